"""`kroniek init DIR`: a new newsroom project, ready to take articles and publish with GitHub Pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="write a new newsroom project into a folder",
        description="Write a new project into DIR: mkdocs.yml with the kroniek plugin, empty seeds/ and "
        "content/, GitHub workflows that check pull requests and publish to GitHub Pages, a README for "
        "editors, a .gitignore and a requirements.txt naming this Kroniek. Never overwrites a file.",
    )
    parser.add_argument("dir", type=Path, metavar="DIR", help="the project folder (created if missing)")


def run(args: argparse.Namespace) -> int:
    from generator.starter.template import new_project

    target = args.dir if args.dir.is_absolute() else args.root / args.dir
    written, requirement = new_project(target)
    for path in written:
        print(path)
    if not requirement.reinstallable:
        print(
            f"warning: {args.dir}/requirements.txt names {requirement.line}, but this Kroniek was installed from a "
            "folder, which pip cannot install from again: name a wheel, its URL or a Git URL of Kroniek there "
            "before the workflows run",
            file=sys.stderr,
        )
    print(
        f"init: a new project in {args.dir}. Next: put articles in {args.dir}/seeds/, set site_url and repo_url "
        f"in {args.dir}/mkdocs.yml, then run `kroniek build` there (the README says more).",
        file=sys.stderr,
    )
    return 0
