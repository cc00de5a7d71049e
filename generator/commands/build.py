"""`kroniek build`: MkDocs' build, with the kroniek plugin told to extract what is new first; or Zensical's.

With `--builder zensical` Kroniek extracts, checks and makes the pages itself, writes
them as Markdown into `.kroniek-build/docs/` and has Zensical build that folder.
Either way the site is built into a folder beside `site/` and swapped in only when it
is whole, so a Ctrl-C, a kill or a failed check leaves the old site where it was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from generator.commands.check import add_jobs
from generator.commands.extract import add_keep_going
from generator.errors import InputError, printable
from generator.support.atomic import interrupts_held

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
    parser.add_argument(
        "--builder",
        choices=("mkdocs", "zensical"),
        default="mkdocs",
        help="mkdocs (default): MkDocs with Material and the kroniek plugin; zensical: Zensical, Material's "
        "successor, from the pages written as Markdown into .kroniek-build/docs/",
    )
    parser.add_argument(
        "--editors",
        action="store_true",
        help="build the editors' view: edit links, review notes, file paths and the Redactie page "
        "(default: the public site for readers)",
    )
    add_keep_going(parser)
    add_jobs(parser)


def run(args: argparse.Namespace) -> int:
    from generator.project import Project
    from generator.starter.template import placeholders_left

    project = Project(args.root)
    for warning in placeholders_left(project.mkdocs_yml, project.relative(project.mkdocs_yml)):
        print(f"warning: {warning}", file=sys.stderr)
    if args.builder == "zensical":
        return build_with_zensical(project, args.site_dir, args.jobs, keep_going=args.keep_going, editors=args.editors)
    return build_site(project, args.site_dir, args.jobs, extract=True, keep_going=args.keep_going, editors=args.editors)


def build_with_zensical(
    project: Project, site_dir: str | None, jobs: int | None, *, keep_going: bool, editors: bool = False
) -> int:
    """What the plugin does in a MkDocs build, done here, then Zensical's build of the Markdown folder.

    `editors` asks for the editors' view, as `--editors` does for MkDocs (otherwise the plugin's `editors`
    option decides, by default the public site)."""
    from dataclasses import replace

    from generator.builders import zensical
    from generator.commands.extract import report_outcome
    from generator.content.check import check_and_load
    from generator.lang.words import site_words
    from generator.making.config import read_settings
    from generator.making.folder import write_folder
    from generator.making.output import site_output
    from generator.pipeline import extract
    from generator.support.lock import extraction_lock
    from generator.support.workers import usable_cpus

    if not zensical.available():
        print("error: Zensical is not installed: pip install 'kroniek[zensical]'", file=sys.stderr)
        return 1
    name = project.relative(project.mkdocs_yml)
    settings = read_settings(project.mkdocs_yml, name)
    if editors:
        settings = replace(settings, editors=True)
    try:
        site_words(settings.language)
    except ValueError as error:
        raise InputError(name, f"theme language: {error}") from None
    docs = settings.docs_dir
    if docs.is_symlink() or not docs.resolve().is_relative_to(project.root.resolve()):
        raise InputError(name, f"docs_dir '{project.relative(docs)}' must be a folder inside the project")
    work = zensical.work_folder(project.root)
    with extraction_lock(project):
        report = extract(project)
    if report_outcome(report, keep_going=keep_going):
        return 1
    jobs = jobs or settings.jobs or usable_cpus()
    problems, documents = check_and_load(project, jobs=jobs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"error: {len(problems)} problem(s) in content/; fix them first", file=sys.stderr)
        return 1
    with dated_by(documents):
        output = site_output(
            project, documents, edit_base=settings.edit_base, threshold=settings.split_threshold, jobs=jobs,
            language=settings.language, timezone=settings.timezone, editors=settings.editors,
            source_text=settings.source_text, site_url=settings.site_url, site_name=settings.site_name,
        )
        write_folder(output, docs, work / "docs", project.root)
        target = Path(site_dir) if site_dir else settings.site_dir
        with whole_site(target) as staging:
            zensical.build(project.root, settings, name, staging)
        project.cache.wait()  # the pages' entries, written while Zensical built
    print(f"site built in {target.absolute()} by Zensical", file=sys.stderr)
    return 0


@contextmanager
def dated_by(documents: Sequence[Document]) -> Iterator[None]:
    """`SOURCE_DATE_EPOCH`, unless given, the newest publication date, as the plugin dates a MkDocs build: the
    same exports and cache keys whichever builder runs. Unset again afterwards, for a caller in the same process."""
    from generator.making.exports import build_stamp

    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(build_stamp(documents).timestamp()))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def build_site(
    project: Project,
    site_dir: str | None,
    jobs: int | None = None,
    *,
    extract: bool = False,
    keep_going: bool = False,
    editors: bool = False,
) -> int:
    """Run MkDocs' own build on the project's mkdocs.yml, the kroniek plugin's options set from the command line.

    The plugin does all of Kroniek's work in the build, once: extract (with
    `extract`), check, read content/, make the pages. `jobs`, if given,
    overrides the plugin's option; `editors` asks for the editors' view (otherwise
    the plugin's `editors` option decides, by default the public site).
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
        if editors:
            options.editors = True
        target = Path(config["site_dir"])
        with whole_site(target) as staging:
            config["site_dir"] = str(staging)
            # as `mkdocs build` does: MkDocs keeps a plugin with `on_startup` for the next load of a config in this
            # process, which would otherwise go on as the last command (a `serve`) left it
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
    except MkDocsException as error:  # may quote a page's text
        print(printable(f"error: {error}"), file=sys.stderr)
        return 1
    print(f"site built in {target}", file=sys.stderr)
    return 0


@contextmanager
def whole_site(target: Path) -> Iterator[Path]:
    """A new, empty folder beside `target` to build into; swapped in for `target` when the block ends well.

    The swap is two renames (the old site aside, the new one in), then the old
    one is removed. If the block fails, is interrupted or the process killed,
    `target` is untouched; what a kill leaves beside it (a half-built folder,
    or an old site set aside just before the second rename) the next build
    puts back or removes. One build per site at a time: the next one's clean-up
    would remove the folder another is building in.
    """
    import secrets  # here, not at the top: every `kroniek` command imports this module to register it

    from filelock import FileLock, Timeout

    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(target.parent / f".{target.name}.kroniek.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise InputError(str(target), "another kroniek build is writing this site; wait for it to finish") from None
    try:
        _recover(target)
        token = secrets.token_hex(4)
        staging, aside = (target.with_name(f"{_prefix(target)}{kind}-{token}") for kind in ("new", "old"))
        staging.mkdir()  # not mkdtemp: its 0700 would become the published site's mode
        try:
            yield staging
            # A Ctrl-C here would leave no site/ at all until the next build, or the old one half removed beside it:
            # held until the old site is gone (a kill still leaves it, for the next build to remove).
            with interrupts_held():
                if target.exists():
                    target.rename(aside)
                staging.rename(target)
                shutil.rmtree(aside, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        lock.release()


def _prefix(target: Path) -> str:
    """The start of the names of the folders a build of `target` leaves beside it."""
    return f".{target.name}.kroniek-"


def _recover(target: Path) -> None:
    """Undo what a killed build left: an old site set aside goes back if there is no site, the rest is removed."""
    leftovers = [p for p in target.parent.glob(f"{_prefix(target)}*") if p.is_dir() and not p.is_symlink()]
    set_aside = [p for p in leftovers if p.name.startswith(f"{_prefix(target)}old-")]
    if set_aside and not target.exists():
        set_aside[0].rename(target)
        leftovers.remove(set_aside[0])
    for leftover in leftovers:
        shutil.rmtree(leftover, ignore_errors=True)
