"""The MkDocs adapter: adds the pages and export files of `generator.making.output` to a build.

All the work is in `site_output`; this module only knows MkDocs'
events, so `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` work as they
do for any MkDocs site.

Under a dirty `serve` (`kroniek serve`, `mkdocs serve --dirty`) a save renders again only the
pages and files made from what changed: a generated file counts as modified only when its
text differs from the last build's (MkDocs counts every generated file as modified), and the
search index keeps the entries of the pages not rendered again.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import re
import secrets
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import jinja2
import jinja2.bccache
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc
from mkdocs.utils import write_file

from generator.content.check import Loaded, errors, load_checked
from generator.errors import InputError
from generator.lang.messages import messages
from generator.lang.words import site_words
from generator.making import render
from generator.making.config import DEFAULT_IMAGE, edit_base, theme_dirs, theme_extra, without_page
from generator.making.exports import build_stamp
from generator.making.finished import Stretch, put_back, take_out
from generator.making.output import SiteOutput, site_output
from generator.making.search import SEARCH_ENTRIES, lean_index, search_worker
from generator.model import Document
from generator.pipeline import Seen, changed_articles, extract, snapshot
from generator.plugin import apart, headings
from generator.project import Project
from generator.support.lock import extraction_lock
from generator.support.workers import Later, inherits, usable_cpus
from generator.support.zones import unknown_zone

if TYPE_CHECKING:  # a build need not import the live-reload server (about 40 ms)
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

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
    # The project's own time zone (IANA name): its sources' clock times and parts of day are there unless one
    # says otherwise (`timezone:` in its front matter or content file); the site names every other zone.
    timezone = c.Optional(c.Type(str))

    # The editors' view (edit links, review notes, file paths, the editors' page); unset: while serving only.
    editors = c.Optional(c.Type(bool))
    # How much of each article its source page shows: all of it, the dated sentences with their context, or none.
    source_text = c.Choice(render.SOURCE_TEXT, default=render.DEFAULT_SOURCE_TEXT)
    # The picture link previews show (Open Graph, Twitter cards), a path in the site.
    image = c.Type(str, default=DEFAULT_IMAGE)


class _CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates in memory, by template and source checksum (Jinja checks both)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class _Served(File):
    """A generated file in a dirty `serve`: modified when its text differs from the last build's, or is not written."""

    same_as_before = False

    def is_modified(self) -> bool:
        return not self.same_as_before or not os.path.isfile(self.abs_dest_path)


class KroniekPlugin(BasePlugin[KroniekConfig]):
    """Timeline, source and editors' pages from `content/`; events.json, timelinejs.json and events.ics.

    MkDocs keeps one instance through a `serve` (it has `on_startup`): what the last build wrote is remembered.
    """

    def __init__(self) -> None:
        self.project: Project | None = None
        self.serving = False
        self.dirty = False  # a dirty `serve`: render again only what changed
        self.epoch_set = False  # whether this build set SOURCE_DATE_EPOCH, to unset it when done
        # generated file → its text, as the last finished build wrote it (mostly the very strings the cache keeps, so
        # an unchanged one compares in no time and costs no memory of its own)
        self.written: dict[str, str | bytes] = {}
        self.writing: dict[str, str | bytes] = {}  # the same for the build under way
        self.rendered: set[str] = set()  # the URLs of the pages rendered in the build under way
        self.templates = _CompiledTemplates()  # the theme's templates, compiled once per `serve`
        self.files_before: Seen | None = None  # the articles and content files as the last dirty build found them
        self.loaded: Loaded | None = None  # what the last dirty build checked and loaded, for the next to take again
        self.token = ""  # this build's placeholder for finished HTML (`finished.take_out`); new each build
        self.finished: dict[str, tuple[Stretch, ...] | None] = {}  # Kroniek's pages → their finished HTML, by path
        self.headings: headings.Settings | None = None  # how `toc` makes headings, where `headings` can stand in
        self.search_entries: Mapping[str, str | None] = {}  # page URL → Kroniek's own entries, as JSON
        self.later_files: Later[dict[str, bytes]] | None = None  # the export files, made apart while MkDocs renders
        self.nav: Navigation | None = None  # the build's navigation, as MkDocs renders the pages with it
        self.apart: apart.Apart | None = None  # Kroniek's pages rendered by workers beside MkDocs' loop

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = self.serving and dirty

    @property
    def editors(self) -> bool:
        """The editors' view: asked for, or by default while previewing with `serve`."""
        return self.serving if self.config.editors is None else self.config.editors

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not config.use_directory_urls:
            raise PluginError("kroniek: the pages link to each other for 'use_directory_urls: true'; keep it on")
        if self.config.jobs < 0:
            raise PluginError("kroniek: 'jobs' is a number of processes: 0 (one per usable CPU) or more")
        if self.config.timezone is not None and (reason := unknown_zone(self.config.timezone)):
            raise PluginError(f"kroniek: 'timezone': {reason}")
        try:  # the site speaks the theme's language: its words and messages are data in generator/lang/<code>/
            site_words(config.theme["language"])
            messages(config.theme["language"])
        except ValueError as error:
            raise PluginError(f"kroniek: theme language: {error}") from error
        root = Path(config.config_file_path).resolve().parent
        # Kept through a `serve`: its cache remembers the files hashed and the entries read (checked by their stat
        # and key each build). A new mkdocs.yml may name another language: a new project.
        settings = Path(config.config_file_path).read_bytes()
        if not (self.serving and self.project and self.project.root == root and self.written.get("") == settings):
            self.project, self.loaded = Project(root), None
        # Kroniek's theme overrides (the repository link that asks no API), below the project's `custom_dir`.
        at = 1 if config.theme.custom_dir else 0
        config.theme.dirs[at:at] = [str(folder) for folder in theme_dirs(root)]
        for option, expected in (("seeds_dir", self.project.seeds_dir), ("content_dir", self.project.content_dir)):
            if (root / self.config[option]).resolve() != expected.resolve():
                raise PluginError(f"kroniek: '{option}' must be '{expected.name}' beside mkdocs.yml for now")
        self.headings = headings.Settings.of(config.markdown_extensions, config.mdx_configs)
        config.extra["kroniek"] = theme_extra(
            config.theme["language"], config.site_name, config.site_url, self.config.image, search_worker=True
        )
        if not self.editors:  # the public site: no editors' page in the navigation, no edit buttons
            config.nav = without_page(config.nav, render.REVIEW_PAGE)
            config.edit_uri = config.edit_uri_template = None
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Every page and export file, finished before MkDocs renders: MkDocs gets them as generated files."""
        project = self._project()
        jobs = self._jobs()
        loaded = self._documents(project, jobs)
        documents = loaded.documents
        self._date_by_content(documents)
        with _as_build_error(), _uncollected():
            output = site_output(
                project,
                documents,
                keys={name: (part.key, part.article_key) for name, part in loaded.parts.items()},
                edit_base=edit_base(config.repo_url, config.edit_uri),
                threshold=self.config.split_threshold,
                jobs=jobs,
                language=config.theme["language"],
                timezone=self.config.timezone,
                editors=self.editors,
                source_text=self.config.source_text,
                site_url=config.site_url,
                site_name=config.site_name,
                files_apart=True,  # with jobs: written into the site once the pages are (`on_post_build`)
            )
        self.later_files = output.later_files
        generated = {**output.pages, **output.files, **self._worker(files, project)}
        self.token = f"krhtml{secrets.token_hex(8)}x"
        self.finished = dict.fromkeys(output.pages)
        self.search_entries = output.search
        self.writing = dict(generated)
        self.rendered = set()
        # A page added or gone changes the others' navigation, and mkdocs.yml all of them: then all are rendered.
        self.writing[""] = Path(config.config_file_path).read_bytes()  # mkdocs.yml, under a name of no file
        same_setup = self.writing.keys() == self.written.keys() and self.written[""] == self.writing[""]
        everything = not self.dirty or not same_setup
        for path, content in generated.items():
            if existing := files.get_file_from_path(path):
                files.remove(existing)
            file = _Served.generated(config, path, content=content)
            file.same_as_before = not everything and self.written.get(path) == self.writing[path]
            files.append(file)
        for path in sorted(p for p in render.DEFAULT_DOCS.rglob("*") if p.is_file()):  # Kroniek's docs extras
            if not files.get_file_from_path(uri := path.relative_to(render.DEFAULT_DOCS).as_posix()):
                files.append(File(uri, str(render.DEFAULT_DOCS), config.site_dir, config.use_directory_urls))
        if everything:  # the project's own pages too, whose navigation may have changed: MkDocs goes by their times
            for file in files.documentation_pages():
                if not isinstance(file, _Served):
                    file.is_modified = _modified  # type: ignore[method-assign]
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

    def _documents(self, project: Project, jobs: int) -> Loaded:
        """content/ as the site shows it, read once: extracted first when asked (or serving), then checked.

        A dirty build takes a snapshot of the files first, and extracts, checks and loads again only what
        changed since the last (`load_checked`)."""
        now = snapshot(project, self.files_before) if self.dirty else None
        if self.serving or self.config.extract:
            self._extract(project, now)
        with _as_build_error(), _uncollected():
            # with a second CPU, the documents parsed now are kept by a process of their own while the site is planned
            loaded = load_checked(project, jobs, now and now.files, self.loaded, keep_apart=jobs > 1)
        self.loaded = loaded if now else None
        failed = errors(loaded.problems)
        if failed:
            listing = "\n".join(str(problem) for problem in failed)
            raise PluginError(f"kroniek: {len(failed)} problem(s) in content/; fix them first:\n{listing}")
        for problem in loaded.problems:
            log.warning("kroniek: %s", problem.labelled(project.messages))
        return loaded

    def _date_by_content(self, documents: tuple[Document, ...]) -> None:
        """`SOURCE_DATE_EPOCH`, unless given, the newest publication date (`exports.build_stamp`) for this build.

        MkDocs dates every page's sitemap `lastmod` (and the gzip header of
        sitemap.xml.gz) by it, else by today: the same content would build a
        different site each day. events.ics takes its DTSTAMP from the same date.
        """
        if not os.environ.get("SOURCE_DATE_EPOCH", "").strip():
            os.environ["SOURCE_DATE_EPOCH"] = str(int(build_stamp(documents).timestamp()))
            self.epoch_set = True

    @event_priority(-100)  # the navigation MkDocs renders with, after any other plugin's
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    @event_priority(-100)  # the environment MkDocs renders with, after any other plugin's
    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        if self.serving:  # MkDocs makes a new environment each build, which would compile every template again
            env.bytecode_cache = self.templates
        self._render_apart(env, config, files)
        return env

    def _render_apart(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        """With a second CPU, Kroniek's own pages that Material's search leaves out are rendered by workers as well as
        by MkDocs' loop (`apart`), where that cannot change the site."""
        jobs = self._jobs()
        if jobs <= 1 or self.nav is None or not inherits():
            return
        if not apart.known_plugins(config, KroniekPlugin):
            return
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)  # as MkDocs' loop has them
        pages = [
            file.page
            for file in doc_files
            if file.page is not None
            and file.src_uri in self.finished
            and (file.page.meta.get("search") or {}).get("exclude")
        ]
        if len(pages) > 1:
            self._project().cache.wait()  # nothing forks while the cache's thread writes
            self.apart = apart.Apart(pages, config, doc_files, self.nav, env, self._let_go, jobs - 1)

    def _let_go(self, page: Page) -> None:
        """A page a worker rendered: what this process kept only to render it is dropped."""
        self.finished[page.file.src_uri] = None
        page.content = ""

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Kroniek's pages reach Python-Markdown as their headings and a placeholder for each stretch of finished
        HTML: Markdown has nothing to do in it, and parsing it again cost more than all the rest of a page. Where
        `headings` makes the same HTML and table of contents of what is left, Python-Markdown is not even made
        (`_render_converted`)."""
        if page.file.src_uri not in self.finished:
            return markdown
        if self.search_entries.get(page.url) is not None:  # Kroniek made the page's search entries itself
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        markdown, self.finished[page.file.src_uri] = take_out(markdown, self.token)
        if "title" in page.meta and (converted := headings.convert(markdown, self.headings)):
            page.render = partial(_render_converted, page, converted)  # type: ignore[method-assign]
            return ""
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The finished HTML back in; what the search must not read stays a comment until it has read the page."""
        if stretches := self.finished.get(page.file.src_uri):
            with _as_build_error(page.file.src_uri):
                return put_back(html, self.token, stretches, unindexed=False)
        return html

    def _record_rendered(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        self.rendered.add(page.url)
        return context

    @event_priority(-100)  # after the search plugin has read the page
    def _put_back_unindexed(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        if stretches := self.finished.get(page.file.src_uri):
            with _as_build_error(page.file.src_uri):
                page.content = put_back(page.content or "", self.token, stretches, unindexed=True)
            self.finished[page.file.src_uri] = None  # the page is done: its text need not be kept
        return context

    on_page_context = CombinedEvent(_record_rendered, _put_back_unindexed)

    @event_priority(100)  # before any other plugin's, which may read the site's pages
    def _finish_apart(self, *, config: MkDocsConfig) -> None:
        """The pages rendered by workers (`_render_apart`) written, or the error of one as the build's."""
        pages_apart, self.apart = self.apart, None
        if pages_apart is not None:
            pages_apart.finish()

    @event_priority(100)  # before any other plugin's, which may read the site's files
    def _write_later_files(self, *, config: MkDocsConfig) -> None:
        """The export files made apart while MkDocs rendered (`site_output`'s `files_apart`), into the site."""
        later, self.later_files = self.later_files, None
        if later is not None:
            with _as_build_error():
                for path, content in later.result().items():
                    write_file(content, os.path.join(config.site_dir, path))

    @event_priority(50)  # before the search plugin writes its index
    def _merge_search_entries(self, *, config: MkDocsConfig) -> None:
        if self.dirty:
            _keep_search_entries(config, self.rendered)
        self.written, self.writing = self.writing, {}

    @event_priority(-50)  # after the search plugin has written its index
    def _split_search_index(self, *, config: MkDocsConfig) -> None:
        """The search entries into Kroniek's index file, loaded when a reader searches; Material's keeps the
        settings only, as every page asks for it."""
        try:
            index = Path(config.site_dir) / "search" / "search_index.json"
            if index.is_file():
                settings, entries = lean_index(json.loads(index.read_text(encoding="utf-8")), self.search_entries)
                (index.parent / SEARCH_ENTRIES).write_text(entries, encoding="utf-8")
                index.write_text(settings, encoding="utf-8")
        finally:
            self._after_build()

    on_post_build = CombinedEvent(_finish_apart, _write_later_files, _merge_search_entries, _split_search_index)

    def on_build_error(self, *, error: Exception) -> None:
        self._after_build()

    def _after_build(self) -> None:
        """What a build set up for itself undone when it ends, well or not: the date it set, the frozen objects, the
        cache's writing thread (done by now: it wrote while MkDocs rendered)."""
        if self.later_files is not None:  # the build failed before it needed them
            self.later_files.close()
            self.later_files = None
        if self.apart is not None:  # the build failed while workers rendered pages
            self.apart.close()
            self.apart = None
        self.nav = None
        if self.project is not None:
            self.project.cache.wait()
        gc.unfreeze()
        if self.epoch_set:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self.epoch_set = False

    def _extract(self, project: Project, now: Seen | None) -> None:
        """New and changed articles into content/, holding the extraction lock as `kroniek extract` does; in a dirty
        build, those changed since the last build that extracted (`now` is this build's snapshot).

        While serving, an article that cannot be read (or a lock held by another
        run) is a warning: the preview goes on with the content/ there is.
        """
        from generator.commands.extract import report_outcome

        try:
            with extraction_lock(project):
                paths, slugs = None, None
                if now is not None:  # what changed since the last build: a save touches one file of thousands
                    paths = None if self.files_before is None else changed_articles(project, self.files_before, now)
                    self.files_before, slugs = now, now.slugs
                if paths == []:
                    return
                # one job: a pool for a few changed articles costs more than it saves
                report = extract(project, paths, slugs=slugs)
        except InputError as error:
            if not self.serving:
                raise PluginError(f"kroniek: {error}") from error
            log.warning("kroniek: %s", error)
            return
        if self.serving:
            for error in report.errors:
                log.warning("kroniek: %s", error)
        elif report_outcome(report, keep_going=self.config.keep_going):
            failed = len({error.path for error in report.errors})
            raise PluginError(f"kroniek: {failed} file(s) could not be extracted (see above)")

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
        _listen_for_changes(server)
        for folder in (project.content_dir, project.seeds_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def _jobs(self) -> int:
        """The processes a build works in. `mkdocs serve` runs server threads, and forking a threaded process is
        unsafe: one."""
        return 1 if self.serving else self.config.jobs or usable_cpus()

    def _project(self) -> Project:
        if self.project is None:
            raise PluginError("kroniek: the plugin was used before MkDocs read its configuration")
        return self.project


def _listen_for_changes(server: LiveReloadServer) -> None:
    """On Linux, the server's watches move to an observer the kernel tells of changes (inotify), before it starts.

    MkDocs' own observer polls: twice a second it lists and stats every file watched, which at
    5,000 articles (content/, its bases, seeds/) is half a second of the server's time each
    round, slowing every build beside it and noticing a save up to a second late. Only changes
    are heard: a build reading a file (or taking the extraction lock) must not ask for the next.
    """
    if not sys.platform.startswith("linux") or server.observer.is_alive():
        return
    from watchdog import events
    from watchdog.observers.inotify import InotifyObserver

    changes = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileAttribEvent, events.FileDeletedEvent,
               events.FileMovedEvent, events.DirCreatedEvent, events.DirDeletedEvent, events.DirMovedEvent,
               events.EventsLostEvent]  # fmt: skip

    class ChangesObserver(InotifyObserver):
        def schedule(self, *args, **options):  # what MkDocs' `watch` asks for, of changes only
            return super().schedule(*args, **options, event_filter=changes)

    watched = getattr(server, "_watched_paths", None)  # MkDocs' own so far: the docs folder and mkdocs.yml
    if not isinstance(watched, dict):  # a MkDocs whose server keeps them otherwise: it keeps polling
        return
    watched = dict(watched)
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = ChangesObserver()
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)


_MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")


def _render_converted(page: Page, converted: headings.Converted, config: MkDocsConfig, files: Files) -> None:
    """`Page.render` for a page `headings` made: what MkDocs' render sets, without making a `Markdown` with its
    extensions for an empty page (about 0.1 ms a page: 0.15 s of a build of 1,282 pages). Once: the page's own
    method is back for any later render."""
    del page.render  # type: ignore[method-assign]
    page.content, page.toc, page.present_anchor_ids = converted.html, get_toc(converted.toc), set(converted.ids)


def _modified() -> bool:
    return True


def _keep_search_entries(config: MkDocsConfig, rendered: set[str]) -> None:
    """Material's search index after a dirty build: the last index's entries of the pages not rendered again, and
    the new entries of those that were.

    Material merges the two itself, but as if one page were rendered (and drops every entry when
    that page is the home page, whose URL is a prefix of all). So the index is merged here and
    Material is handed no previous index. Any other search plugin is left as it is.
    """
    for plugin in config.plugins.values():
        index, before = getattr(plugin, "search_index", None), getattr(plugin, "search_index_prev", None)
        if before is not None and isinstance(getattr(index, "entries", None), list):
            kept = [entry for entry in before.entries if entry["location"].partition("#")[0] not in rendered]
            index.entries = kept + index.entries
            plugin.search_index_prev = None


@contextmanager
def _uncollected() -> Iterator[None]:
    """No cyclic garbage collection while Kroniek checks content/ and makes the site, in this process and the workers
    it forks (0.2 s of CPU at 1,000 articles of 20 events): what they make is millions of containers with no cycles,
    kept to the end of the build. Frozen when made, so that the collector stops walking them again and again (about
    7 % of a rebuild's CPU at 5,000 articles of 20 events); thawed when the build ends (`_after_build`), so
    `kroniek serve` keeps no old garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def _as_build_error(page: str | None = None) -> Iterator[None]:
    """A problem in the input (an article that cannot be read any more), or a page's finished HTML that a Markdown
    extension moved, as MkDocs' build error, not a traceback."""
    try:
        yield
    except InputError as error:
        raise PluginError(f"kroniek: {error}") from error
    except ValueError as error:
        if page is None:
            raise
        raise PluginError(f"kroniek: {page}: {error}") from error

