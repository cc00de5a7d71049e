"""`kroniek build`: MkDocs' build, with the kroniek plugin told to extract what is new first."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from generator.commands.check import add_jobs
from generator.commands.extract import add_keep_going
from generator.errors import printable

if TYPE_CHECKING:
    from generator.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="extract, check and build the site into site/",
        description="Extract new and changed articles, check content/, and build the MkDocs site into site/.",
    )
    parser.add_argument("--site-dir", help="where to write the site (default: site/)")
    add_keep_going(parser)
    add_jobs(parser)


def run(args: argparse.Namespace) -> int:
    from generator.project import Project

    return build_site(Project(args.root), args.site_dir, args.jobs, extract=True, keep_going=args.keep_going)


def build_site(
    project: Project, site_dir: str | None, jobs: int | None = None, *, extract: bool = False, keep_going: bool = False
) -> int:
    """Run MkDocs' own build on the project's mkdocs.yml, the kroniek plugin's options set from the command line.

    The plugin does all of Kroniek's work in the build, once: extract (with
    `extract`), check, read content/, make the pages. `jobs`, if given,
    overrides the plugin's option.
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    overrides = {"site_dir": site_dir} if site_dir else {}
    try:
        config = load_config(str(project.mkdocs_yml), **overrides)
        if "kroniek" not in config.plugins:
            print(f"error: {project.relative(project.mkdocs_yml)} does not list the kroniek plugin", file=sys.stderr)
            return 1
        options = config.plugins["kroniek"].config
        options.extract, options.keep_going = extract, keep_going
        if jobs:
            options.jobs = jobs
        build(config)
    except MkDocsException as error:  # may quote a page's text
        print(printable(f"error: {error}"), file=sys.stderr)
        return 1
    print(f"site built in {config['site_dir']}", file=sys.stderr)
    return 0
