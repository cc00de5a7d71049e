"""`kroniek build`: extract what is new, check content/, then build the site with MkDocs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from generator.commands.check import add_jobs
from generator.commands.extract import add_keep_going

if TYPE_CHECKING:
    from generator.model import Document
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
    from generator.commands.extract import report_outcome
    from generator.content.check import check_and_load
    from generator.pipeline import extract
    from generator.project import Project
    from generator.support.lock import extraction_lock

    project = Project(args.root)
    with extraction_lock(project):
        report = extract(project)  # one job: a pool for a few changed articles costs more than it saves
    if report_outcome(report, keep_going=args.keep_going):
        return 1
    problems, documents = check_and_load(project, jobs=args.jobs)  # None: one process per usable CPU
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"build stopped: {len(problems)} problem(s) in content/", file=sys.stderr)
        return 1
    with source_date_epoch(documents):
        return build_site(project, args.site_dir, args.jobs)


@contextmanager
def source_date_epoch(documents: Iterable[Document]) -> Iterator[None]:
    """`SOURCE_DATE_EPOCH` for the block, unless already set: the newest publication date (`exports.build_stamp`).

    MkDocs 1.6 dates every page's sitemap `lastmod` (and the gzip header of
    sitemap.xml.gz) by it, else by today: the same content would build a
    different site each day. events.ics already takes its DTSTAMP from the same date.
    """
    from generator.making.exports import build_stamp

    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(build_stamp(documents).timestamp()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def build_site(project: Project, site_dir: str | None, jobs: int | None = None) -> int:
    """Run MkDocs' own build on the project's mkdocs.yml; `jobs`, if given, overrides the plugin's option."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from generator.errors import printable

    overrides = {"site_dir": site_dir} if site_dir else {}
    try:
        config = load_config(str(project.mkdocs_yml), **overrides)
        if jobs and "kroniek" in config.plugins:
            config.plugins["kroniek"].config.jobs = jobs
        build(config)
    except MkDocsException as error:  # may quote a page's text
        print(printable(f"error: {error}"), file=sys.stderr)
        return 1
    print(f"site built in {config['site_dir']}", file=sys.stderr)
    return 0
