"""The MkDocs adapter: adds the pages and export files of `generator.making.output` to a build.

All the work is in `site_output`; this module only knows MkDocs'
events, so `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` work as they
do for any MkDocs site.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from babel import Locale
from babel.core import get_global
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from generator.content.check import check_and_load
from generator.errors import InputError
from generator.lang.words import site_words
from generator.making import render
from generator.making.exports import build_stamp
from generator.making.output import SiteOutput, site_output
from generator.making.search import SEARCH_ENTRIES, lean_index, search_worker
from generator.model import Document
from generator.pipeline import extract
from generator.project import Project
from generator.support.lock import extraction_lock
from generator.support.workers import usable_cpus

if TYPE_CHECKING:  # a build need not import the live-reload server (about 40 ms)
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.kroniek")


class KroniekConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    content_dir = c.Type(str, default="content")
    # Past this many events the timeline becomes one page per month.
    split_threshold = c.Type(int, default=render.SPLIT_THRESHOLD)
    # Processes that check and render; 0 is one per usable CPU. `mkdocs serve` always works in one.
    jobs = c.Type(int, default=0)
    # Extract seeds/ into content/ first (`kroniek build` sets it); a plain `mkdocs build` publishes content/ as is.
    extract = c.Type(bool, default=False)
    # With `extract`: an article that cannot be read is a warning, not the end of the build.
    keep_going = c.Type(bool, default=False)
    # The editors' view (edit links, review notes, file paths, the editors' page); unset: while serving only.
    editors = c.Optional(c.Type(bool))
    # How much of each article its source page shows: all of it, the dated sentences with their context, or none.
    source_text = c.Choice(render.SOURCE_TEXT, default=render.DEFAULT_SOURCE_TEXT)
    # The picture link previews show (Open Graph, Twitter cards), a path in the site.
    image = c.Type(str, default="assets/kroniek-card.png")


class KroniekPlugin(BasePlugin[KroniekConfig]):
    """Timeline, source and editors' pages from `content/`; events.json, timelinejs.json and events.ics."""

    def __init__(self) -> None:
        self.project: Project | None = None
        self.serving = False
        self.epoch_set = False  # whether this build set SOURCE_DATE_EPOCH, to unset it when done

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    @property
    def editors(self) -> bool:
        """The editors' view: asked for, or by default while previewing with `serve`."""
        return self.serving if self.config.editors is None else self.config.editors

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not config.use_directory_urls:
            raise PluginError("kroniek: the pages link to each other for 'use_directory_urls: true'; keep it on")
        if self.config.jobs < 0:
            raise PluginError("kroniek: 'jobs' is a number of processes: 0 (one per usable CPU) or more")
        try:  # the site speaks the theme's language: its words are data in generator/lang/<code>/
            site_words(config.theme["language"])
        except ValueError as error:
            raise PluginError(f"kroniek: theme language: {error}") from error
        root = Path(config.config_file_path).resolve().parent
        self.project = Project(root)
        for option, expected in (("seeds_dir", self.project.seeds_dir), ("content_dir", self.project.content_dir)):
            if (root / self.config[option]).resolve() != expected.resolve():
                raise PluginError(f"kroniek: '{option}' must be '{expected.name}' beside mkdocs.yml for now")
        self._add_theme(config)
        if not self.editors:  # the public site: no editors' page in the navigation, no edit buttons
            config.nav = _without(config.nav, render.REVIEW_PAGE)
            config.edit_uri = config.edit_uri_template = None
        return config

    def _add_theme(self, config: MkDocsConfig) -> None:
        """Kroniek's theme templates (and a project's own, first) before Material's, and what they need to know."""
        ours = [folder / render.THEME_DIR for folder in (self._project().root / render.PROJECT_TEMPLATES,
                                                            render.DEFAULT_TEMPLATES)]  # fmt: skip
        dirs = config.theme.dirs
        before = next((i for i, folder in enumerate(dirs) if Path(folder, "base.html").is_file()), 0)
        dirs[before:before] = [str(folder) for folder in ours if folder.is_dir() and str(folder) not in dirs]
        words = site_words(config.theme["language"])
        image = render.url_path(self.config.image)
        config.extra["kroniek"] = {
            "image": (config.site_url.rstrip("/") + "/" + image) if config.site_url else image,
            "feed": render.FEED,
            "feed_title": words.labels["feed_title"].format(site=config.site_name),
            "locale": _territorial(words.locale),
            "not_found_title": words.page["not_found_title"],
            "not_found_text": words.page["not_found_text"],
        }  # fmt: skip

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Every page and export file, finished before MkDocs renders: MkDocs gets them as generated files."""
        project = self._project()
        # `mkdocs serve` runs server threads, and forking a threaded process is unsafe: work in this one.
        jobs = 1 if self.serving else self.config.jobs or usable_cpus()
        documents = self._documents(project, jobs)
        self._date_by_content(documents)
        with _as_build_error():
            output = site_output(
                project,
                documents,
                edit_base=_edit_base(config),
                threshold=self.config.split_threshold,
                jobs=jobs,
                language=config.theme["language"],
                editors=self.editors,
                source_text=self.config.source_text,
                site_url=config.site_url,
                site_name=config.site_name,
            )
        for path, content in (*output.pages.items(), *output.files.items(), *self._worker(files, project).items()):
            if existing := files.get_file_from_path(path):
                files.remove(existing)
            files.append(File.generated(config, path, content=content))
        for path in sorted(p for p in render.DEFAULT_DOCS.rglob("*") if p.is_file()):  # Kroniek's docs extras
            if not files.get_file_from_path(uri := path.relative_to(render.DEFAULT_DOCS).as_posix()):
                files.append(File(uri, str(render.DEFAULT_DOCS), config.site_dir, config.use_directory_urls))
        if self.editors:
            self._point_edit_links(files, project, output)
        return files

    def _worker(self, files: Files, project: Project) -> dict[str, str]:
        """Kroniek's search worker beside Material's, named after it (the theme's `config` block points there)."""
        workers = [f.src_uri for f in files if _MATERIAL_WORKER.fullmatch(f.src_uri)]
        if len(workers) != 1:
            raise PluginError(f"kroniek: expected one Material search worker among the theme's files, found {workers}")
        folder, name = workers[0].rsplit("/", 1)
        return {f"{folder}/kroniek-{name}": search_worker(project.root / render.PROJECT_TEMPLATES, name)}

    @event_priority(-50)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The search entries into Kroniek's index file, loaded when a reader searches; Material's keeps the
        settings only, as every page asks for it."""
        try:
            index = Path(config.site_dir) / "search" / "search_index.json"
            if index.is_file():
                settings, entries = lean_index(json.loads(index.read_text(encoding="utf-8")))
                (index.parent / SEARCH_ENTRIES).write_text(entries, encoding="utf-8")
                index.write_text(settings, encoding="utf-8")
        finally:
            self._undate()

    def _documents(self, project: Project, jobs: int) -> tuple[Document, ...]:
        """content/ as the site shows it, read once: extracted first when asked (or serving), then checked."""
        if self.serving or self.config.extract:
            self._extract(project)
        with _as_build_error():
            problems, documents = check_and_load(project, jobs=jobs)
        if problems:
            listing = "\n".join(str(problem) for problem in problems)
            raise PluginError(f"kroniek: {len(problems)} problem(s) in content/; fix them first:\n{listing}")
        return documents

    def _date_by_content(self, documents: tuple[Document, ...]) -> None:
        """`SOURCE_DATE_EPOCH`, unless given, the newest publication date (`exports.build_stamp`) for this build.

        MkDocs dates every page's sitemap `lastmod` (and the gzip header of
        sitemap.xml.gz) by it, else by today: the same content would build a
        different site each day. events.ics takes its DTSTAMP from the same date.
        """
        if not os.environ.get("SOURCE_DATE_EPOCH", "").strip():
            os.environ["SOURCE_DATE_EPOCH"] = str(int(build_stamp(documents).timestamp()))
            self.epoch_set = True

    def on_build_error(self, *, error: Exception) -> None:
        self._undate()

    def _undate(self) -> None:
        if self.epoch_set:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self.epoch_set = False

    def _extract(self, project: Project) -> None:
        """New and changed articles into content/, holding the extraction lock as `kroniek extract` does.

        While serving, an article that cannot be read (or a lock held by another
        run) is a warning: the preview goes on with the content/ there is.
        """
        from generator.commands.extract import report_outcome

        try:
            with extraction_lock(project):
                report = extract(project)  # one job: a pool for a few changed articles costs more than it saves
        except InputError as error:
            if not self.serving:
                raise PluginError(f"kroniek: {error}") from error
            log.warning("kroniek: %s", error)
            return
        if self.serving:
            for error in report.errors:
                log.warning("kroniek: %s", error)
        elif report_outcome(report, keep_going=self.config.keep_going):
            raise PluginError(f"kroniek: {len(report.errors)} article(s) could not be read (see above)")

    def _point_edit_links(self, files: Files, project: Project, output: SiteOutput) -> None:
        """Edit buttons open the file an editor changes: a source's YAML, a static page's own file.

        Percent-encoded, as every href Kroniek makes: MkDocs joins the path into the
        button's href as it is, and the theme does not escape it.
        """
        for page_path, content_file in output.edit_paths.items():
            if page := files.get_file_from_path(page_path):
                page.edit_uri = render.url_path(content_file)
        for file in files.documentation_pages():
            if file.generated_by is None and file.abs_src_path:
                file.edit_uri = render.url_path(project.relative(Path(file.abs_src_path)))

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        self.serving = True  # also under `mkdocs serve --clean`, which starts as a build: no forks once threads run
        project = self._project()
        for folder in (project.content_dir, project.seeds_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def _project(self) -> Project:
        if self.project is None:
            raise PluginError("kroniek: the plugin was used before MkDocs read its configuration")
        return self.project


def _territorial(locale: str) -> str:
    """`nl_NL` for `nl`: Open Graph names a locale with its territory, the likeliest one when none is given."""
    parsed = Locale.parse(locale)
    if not parsed.territory:
        parsed = Locale.parse(get_global("likely_subtags").get(parsed.language, parsed.language))
    return f"{parsed.language}_{parsed.territory}" if parsed.territory else parsed.language


_MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")


def _without(nav: list | None, page: str) -> list | None:
    """The navigation without the entries that open `page`."""
    if nav is None:
        return None
    kept = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
        if value == page:
            continue
        if isinstance(value, list):
            item = {next(iter(item)): _without(value, page)}
        kept.append(item)
    return kept


@contextmanager
def _as_build_error() -> Iterator[None]:
    """A problem in the input (an article that cannot be read any more) as MkDocs' build error, not a traceback."""
    try:
        yield
    except InputError as error:
        raise PluginError(f"kroniek: {error}") from error


def _edit_base(config: MkDocsConfig) -> str | None:
    """Where `edit_uri` points, so an event's edit link can open its content file."""
    if not config.edit_uri:
        return None
    if config.edit_uri.startswith(("http://", "https://")) or not config.repo_url:
        return config.edit_uri
    return config.repo_url.rstrip("/") + "/" + config.edit_uri.lstrip("/")
