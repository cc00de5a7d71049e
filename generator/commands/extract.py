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
    parser.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="extract in N processes (default: 1); same result"
    )
    add_keep_going(parser)


def add_keep_going(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="an article that cannot be read is a warning, not a failure: the others are extracted (and built)",
    )


def run(args: argparse.Namespace) -> int:
    from generator.pipeline import extract
    from generator.project import Project
    from generator.support.lock import extraction_lock

    project = Project(args.root)
    with extraction_lock(project):
        report = extract(project, args.paths or None, jobs=args.jobs)
    return report_outcome(report, keep_going=args.keep_going)


def report_outcome(report: ExtractReport, keep_going: bool = False) -> int:
    """Print what changed, every warning and error; 1 when any article could not be read, unless `keep_going`."""
    counts: dict[str, int] = {}
    for _, outcome in report.outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"{'warning' if keep_going else 'error'}: {error}", file=sys.stderr)
    if report.happenings and report.happenings[1] in ("created", "updated"):
        print(f"extract: {report.happenings[0]} {report.happenings[1]}", file=sys.stderr)
    summary = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "no sources"
    failed = "file(s) skipped (--keep-going)" if keep_going else "file(s) with errors"
    print(f"extract: {summary}; {len({error.path for error in report.errors})} {failed}", file=sys.stderr)
    return 1 if report.errors and not keep_going else 0
