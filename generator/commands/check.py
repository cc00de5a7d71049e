"""`kroniek check`: validate content/ before it is merged or built; exit 1 on any problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate the YAML in content/",
        description="Check content files (default: all of content/) against the schema and the articles: "
        "dates that exist, spans that hold their expression, unique ids, times of day that agree. "
        "Prints each problem as path:line:column: message.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="content files or folders (default: content/)")
    parser.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="github: print GitHub Actions annotations that mark the lines in a pull request",
    )
    add_jobs(parser)


def add_jobs(parser: argparse.ArgumentParser) -> None:
    """`--jobs N`, shared by the commands that check and build."""
    parser.add_argument(
        "--jobs",
        "-j",
        type=positive_number,
        metavar="N",
        help="work in N processes (default: one per CPU this process may use); same result",
    )


def positive_number(text: str) -> int:
    """A whole number of at least 1; argparse names this function in its message for anything else."""
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number}: at least 1")
    return number


def run(args: argparse.Namespace) -> int:
    from generator.content.check import check_files, files_to_check
    from generator.project import Project

    project = Project(args.root)
    files = files_to_check(project, args.paths or None)
    problems = check_files(project, files, jobs=args.jobs)
    for problem in problems:
        print(problem.github() if args.format == "github" else problem)
    if problems:
        in_files = len({problem.path for problem in problems})
        print(f"check: {len(problems)} problem(s) in {in_files} of {len(files)} content file(s)", file=sys.stderr)
        return 1
    print(f"check: {len(files)} content file(s), no problems", file=sys.stderr)
    return 0
