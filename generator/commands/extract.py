"""`kroniek extract`: articles → YAML in content/, keeping every editor correction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.pipeline import ExtractReport


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="find the dates in articles and write their events to content/",
        description="Read articles (default: everything in seeds/), tag their temporal expressions and write "
        "one YAML file per source to content/, merging with what editors changed there.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="article files or folders (default: seeds/)")


def run(args: argparse.Namespace) -> int:
    from generator.pipeline import extract
    from generator.project import Project

    report = extract(Project(args.root), args.paths or None)
    return report_outcome(report)


def report_outcome(report: ExtractReport) -> int:
    """Print what changed and every error; 1 when any article could not be read."""
    counts: dict[str, int] = {}
    for _, outcome in report.outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    summary = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "no sources"
    print(f"extract: {summary}; {len(report.errors)} error(s)", file=sys.stderr)
    return 1 if report.errors else 0
