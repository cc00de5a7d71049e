"""`kroniek check`: validate content/ before it is merged or built; exit 1 on any error (warnings pass)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.content.check import Problem
    from generator.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate the YAML in content/",
        description="Check content files (default: all of content/) against the schema and the articles: "
        "dates that exist, spans that hold their expression, unique ids, times of day that agree; and warn "
        "where a date does not fit its own expression and the publication date. "
        "Prints each problem as path:line:column: message; exits 1 on any error, 0 with warnings only.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="content files or folders (default: content/)")
    parser.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="github: print GitHub Actions annotations that mark the lines in a pull request",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="first rewrite each 'when' written in words (5 januari 2022 21.30) as its TIMEX3 value, in place",
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
    from generator.content.check import check_files, errors, files_to_check
    from generator.project import Project

    project = Project(args.root)
    say = project.messages
    files = files_to_check(project, args.paths or None)
    if args.fix:
        _fix(project, files)
    problems = check_files(project, files, jobs=args.jobs)
    if not args.paths:  # the whole project: the groups' file too
        problems += happenings_problems(project, known=not errors(problems))
    for problem in problems:
        print(problem.github() if args.format == "github" else problem.labelled(say))
    failed = errors(problems)
    counts = {"files": len({problem.path for problem in problems}), "total": len(files)}
    if failed:
        warnings = len(problems) - len(failed)
        print(say("check.summary_problems", errors=len(failed), warnings=warnings, **counts), file=sys.stderr)
        return 1
    if problems:
        print(say("check.summary_warnings", warnings=len(problems), **counts), file=sys.stderr)
        return 0
    print(say("check.summary_clean", total=len(files)), file=sys.stderr)
    return 0


def happenings_problems(project: Project, known: bool) -> list[Problem]:
    """The problems of `content/happenings/happenings.yml`; with `known`, an id no event has is a warning."""
    from generator.content.check import Problem
    from generator.content.store import load_all
    from generator.happenings import decisions

    ids = {event.id for document in load_all(project) for event in document.events} if known else None
    name = project.relative(decisions.happenings_path(project))
    return [Problem(name, p.line, p.column, p.message, p.severity) for p in decisions.file_problems(project, ids)]


def _fix(project: Project, files: list[Path]) -> None:
    """`--fix`: rewrite `when`s written in words, holding the extraction lock (`serve` extracts into content/ too)."""
    from generator.content.fix import fix_file
    from generator.errors import printable
    from generator.support.lock import extraction_lock

    with extraction_lock(project):
        for path in files:
            name = project.relative(path)
            count = fix_file(project, path, name)
            if count:
                print(printable(project.messages("check.fixed", path=name, count=count)), file=sys.stderr)
