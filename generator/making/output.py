"""Everything Kroniek adds to a site, as text: the generated pages and the export files.

MkDocs renders every page on every build, so Kroniek's own share must not
start from scratch each time. The output is kept in `.kroniek-cache/` under
the hash of what it is made of: the content files and their `.generated`
bases, the articles, the templates, the options and Kroniek's code. An
unchanged project costs only that hashing. After an edit, only the parts made
of what changed are rendered again: a source page whose document, article or
place on the timeline changed, a timeline page with an event of a changed
source, an export's lines for the events of a changed source. The rest of each
page list and export file is joined from the kept parts.

Nor need a build wait for all of it (`making`): MkDocs asks for one page at a
time, in one process, so on a first build each page is handed over as soon as
it is made while worker processes make the rest beside MkDocs, on the other
CPUs.

The result holds only strings and bytes: a build keeps it to the end, and
thousands of `Event`s kept alive would be walked again by every garbage
collection MkDocs triggers. (The documents live on only while pages are still
to be handed over.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from generator.content import review
from generator.content.store import content_files, document_key, load_all
from generator.lang.words import DEFAULT_LANGUAGE
from generator.making import exports, render
from generator.model import Document, Source
from generator.project import Project
from generator.support import cache
from generator.support.workers import Sharing
from generator.text.articles import read_article

SITE_CACHE = "site"
SOURCE_PAGES = "source pages"
TIMELINE_PAGES = "timeline pages"
EXPORT_PIECES = "export pieces"
DAYS = "candidate days"  # kept by `review`
# Below this many parts to make, starting worker processes costs more than it saves.
POOL_MIN_PARTS = 200
T = TypeVar("T")


@dataclass(frozen=True)
class SiteOutput:
    pages: Mapping[str, str]  # path in the docs folder → Markdown
    files: Mapping[str, bytes]  # path in the site folder → bytes: the exports
    edit_paths: Mapping[str, str]  # source page → the content file its edit button opens


@dataclass(frozen=True)
class _Cached:
    """The whole output, valid while `key` and the articles it was made from (file → hash) are unchanged."""

    key: str
    articles: Mapping[str, str]
    output: SiteOutput


def site_output(
    project: Project,
    *,
    edit_base: str | None = None,
    threshold: int = render.SPLIT_THRESHOLD,
    jobs: int = 1,
    language: str = DEFAULT_LANGUAGE,
) -> SiteOutput:
    """The pages and export files of the project's site, taken from the cache as far as nothing changed."""
    with making(project, edit_base=edit_base, threshold=threshold, jobs=jobs, language=language) as output:
        return output.result()


class Making:
    """The site's output while it is being made: `page` hands over each page once it is ready, `result` all.

    When every page has been handed over, the output is finished at once (the
    export files joined, the cache table saved), so that a build writes the
    cache while it goes on rendering.
    """

    def __init__(
        self,
        pages: Mapping[str, Callable[[], str]],
        edit_paths: Mapping[str, str],
        finish: Callable[[dict[str, str]], SiteOutput],
        pool: Sharing[Any] | None = None,
    ) -> None:
        self.paths = tuple(pages)  # in site order: the order MkDocs is given them, and reads them
        self.edit_paths = edit_paths
        self._makers = dict(pages)
        self._made: dict[str, str] = {}
        self._finish: Callable[[dict[str, str]], SiteOutput] | None = finish  # None once it has run
        self._output: SiteOutput | None = None
        self._pool = pool

    @classmethod
    def done(cls, output: SiteOutput) -> Making:
        """The output when nothing was left to make."""
        pages = {path: partial(str, markdown) for path, markdown in output.pages.items()}
        return cls(pages, output.edit_paths, lambda _: output)

    def page(self, path: str) -> str:
        """A page's Markdown, waited for while a worker makes it."""
        markdown = self._page(path)
        if self._output is None and len(self._made) == len(self.paths):
            self.result()
        return markdown

    def result(self) -> SiteOutput:
        """All pages and export files, once every part is made; the cache table is saved then."""
        if self._output is None:
            assert self._finish is not None
            self._output = self._finish({path: self._page(path) for path in self.paths})
            self._makers.clear()  # they and `finish` hold the documents: let them go, for MkDocs' collections
            self._finish = None
            self.close()
        return self._output

    def close(self) -> None:
        """Stop the workers, dropping what they have not started: a build that fails leaves none behind."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _page(self, path: str) -> str:
        if path not in self._made:
            self._made[path] = self._makers[path]()
        return self._made[path]


@dataclass(frozen=True)
class _Shared:
    """What every worker is given once: the whole site and what its parts are made with."""

    project: Project
    site: render.Site
    plan: Mapping[str, render.TimelinePage]  # path → page of the timeline
    stamp: str  # the iCalendar DTSTAMP of the export pieces


@contextmanager
def making(
    project: Project,
    *,
    edit_base: str | None = None,
    threshold: int = render.SPLIT_THRESHOLD,
    jobs: int = 1,
    language: str = DEFAULT_LANGUAGE,
) -> Iterator[Making]:
    """The pages and export files of the site as `site_output` makes them, each to be had as soon as it is made.

    With `jobs` > 1 and many parts to make (a first build, a new template),
    every part made of one page of the timeline or of one source alone is made
    in `jobs` - 1 other processes (at least one), in the order a build asks for
    them, while this one goes on: MkDocs renders in it meanwhile. Leaving the
    block stops them.
    """
    output = _making(project, edit_base, threshold, jobs, language)
    try:
        yield output
    finally:
        output.close()


def _making(project: Project, edit_base: str | None, threshold: int, jobs: int, language: str) -> Making:
    files = _content_digests(project)
    templates = project.root / render.PROJECT_TEMPLATES
    settings = _settings(edit_base, threshold, templates, language)
    key = cache.digest(settings, *(part for item in sorted(files.items()) for part in item))
    table = cache.load(project.root, SITE_CACHE)
    whole = table.get("site")
    if isinstance(whole, _Cached) and whole.key == key and _article_digests(project, whole.articles) == whole.articles:
        return Making.done(whole.output)
    table.pop("site", None)  # the last build's whole output: only its parts are of use now
    documents = load_all(project, files)
    site = render.Site.of(documents, edit_base, threshold, language=language, templates=templates)
    plan = render.timeline_plan(site)
    articles = _article_digests(project, {d.source.file for d in documents})
    stamp = exports.ics_stamp(exports.build_stamp(documents))
    # A source is its content file's name (cards link to its slug and edit link) and its hash.
    parts = _Parts(table, settings, {d.source.slug: cache.digest(d.path, files[d.path]) for d in documents})
    source_pages = {}  # a source page shows its document and article, and links to its events' timeline pages
    for slug, d in site.by_slug.items():
        timeline_pages = (site.pages[event.id] for event in site.by_source[slug])
        source_pages[slug] = parts.key(parts.sources[slug], articles[d.source.file], *timeline_pages)
    keys = {  # per kind of part: the key of each, by page path or source slug
        TIMELINE_PAGES: {page.path: parts.timeline_key(page) for page in plan},
        SOURCE_PAGES: source_pages,
        EXPORT_PIECES: {slug: parts.key(parts.sources[slug], stamp) for slug in site.by_slug},
    }
    todo = {  # in the order the build asks for them: the timeline first, the exports last
        TIMELINE_PAGES: parts.stale(TIMELINE_PAGES, keys[TIMELINE_PAGES]),
        DAYS: review.days_to_find(project, documents),
        SOURCE_PAGES: parts.stale(SOURCE_PAGES, keys[SOURCE_PAGES]),
        EXPORT_PIECES: parts.stale(EXPORT_PIECES, keys[EXPORT_PIECES]),
    }
    workers = max(jobs - 1, 1) if jobs > 1 and sum(map(len, todo.values())) >= POOL_MIN_PARTS else 0
    pool = Sharing(workers, _Shared(project, site, {page.path: page for page in plan}, stamp))
    try:
        made = {kind: _submit(pool, kind, names, workers) for kind, names in todo.items()}
    except BaseException:  # a worker that could not be started, or Ctrl-C: none is left behind
        pool.shutdown(cancel_futures=True)
        raise
    edit_paths = {render.source_page_path(d.source.slug): d.path for d in documents}

    def part(kind: str, name: str) -> Any:
        """A part of the output: kept, or waited for from the worker making it."""
        return parts.get(kind, name, keys[kind][name], lambda: made[kind][name].result()[name])

    def review_items() -> tuple[review.ReviewItem, ...]:
        found = _merged(f.result() for f in set(made[DAYS].values()))
        return review.review_items(project, documents, found, language=language)

    def finish(pages: dict[str, str]) -> SiteOutput:
        pieces = _merged(part(EXPORT_PIECES, slug) for slug in site.by_slug)
        files = exports.export_files(pieces[event.id] for event in site.events)
        output = SiteOutput(
            pages=pages,
            # bytes: the CRLF line ends RFC 5545 asks for stay exactly as written on every platform
            files={name: text.encode("utf-8") for name, text in files.items()},
            edit_paths=edit_paths,
        )
        pool.shutdown()  # before saving: the table is written by a forked child, and a pool runs threads
        cache.save(project.root, SITE_CACHE, {"site": _Cached(key, articles, output), **parts.used})
        return output

    pages = render.site_wide_makers(site, plan, review_items, lambda _, page: part(TIMELINE_PAGES, page.path))
    pages |= {render.source_page_path(slug): partial(part, SOURCE_PAGES, slug) for slug in site.by_slug}
    return Making(pages, edit_paths, finish, pool)


def _timeline_pages(shared: _Shared, paths: Sequence[str]) -> dict[str, str]:
    """These pages of the timeline, by path."""
    return {path: render.timeline_page(shared.site, shared.plan[path]) for path in paths}


def _days(shared: _Shared, slugs: Sequence[str]) -> review.Days:
    """The review's candidate days of these sources (by content file, as `review` keeps them)."""
    return review.find_days(shared.project, [shared.site.by_slug[slug] for slug in slugs])


def _source_pages(shared: _Shared, slugs: Sequence[str]) -> dict[str, str]:
    """The source page of each of these sources, by slug."""
    documents = (shared.site.by_slug[slug] for slug in slugs)
    return {d.source.slug: render.source_page(d, _article(shared.project, d), site=shared.site) for d in documents}


def _export_pieces(shared: _Shared, slugs: Sequence[str]) -> dict[str, dict[str, exports.Pieces]]:
    """The export pieces of each source's events (event id → pieces), by slug."""
    return {slug: exports.document_pieces(shared.site.by_slug[slug], shared.stamp) for slug in slugs}


_MAKERS: Mapping[str, Callable[[_Shared, Sequence[str]], Mapping[str, Any]]] = {
    TIMELINE_PAGES: _timeline_pages,
    DAYS: _days,
    SOURCE_PAGES: _source_pages,
    EXPORT_PIECES: _export_pieces,
}


def _submit(pool: Sharing[_Shared], kind: str, names: list[str], workers: int) -> dict[str, Future[Any]]:
    """The parts of one kind made in runs of names: each name → the future of its run.

    Runs are short enough to spread over the workers and to hand the first
    pages over early; a page of the timeline, of up to `render.PAGE_MAX_EVENTS`
    events, is a run of its own.
    """
    size = 1 if kind == TIMELINE_PAGES else max(1, -(-len(names) // (max(workers, 1) * 8)))
    futures: dict[str, Future[Any]] = {}
    for start in range(0, len(names), size):
        run = names[start : start + size]
        futures |= dict.fromkeys(run, pool.submit(_MAKERS[kind], run))
    return futures


def _merged(mappings: Iterable[Mapping[str, T]]) -> dict[str, T]:
    """One mapping of the parts that workers (or sources) made apart."""
    return {key: value for mapping in mappings for key, value in mapping.items()}


class _Parts:
    """Parts of the output kept from the last build, each under the hash of what it is made of.

    A part whose hash changed is made again; every part asked for is kept for
    the next build, and the others are dropped.
    """

    def __init__(self, table: Mapping[str, Any], settings: str, sources: Mapping[str, str]) -> None:
        self.known = table
        self.settings = settings
        self.sources = sources  # slug → hash of its content file's name, bytes and `.generated` base
        self.used: dict[str, dict[str, tuple[str, Any]]] = {}

    def key(self, *made_of: str) -> str:
        """The key of a part made of these inputs (and the settings)."""
        return cache.digest(self.settings, *made_of)

    def kept(self, kind: str, name: str, key: str) -> Any:
        """The part kept from the last build if it was made under `key`, else None."""
        entry = self.known.get(kind, {}).get(name)
        return entry[1] if entry is not None and entry[0] == key else None

    def stale(self, kind: str, keys: Mapping[str, str]) -> list[str]:
        """The names (of `keys`: name → key) whose part must be made again."""
        return [name for name, key in keys.items() if self.kept(kind, name, key) is None]

    def get(self, kind: str, name: str, key: str, make: Callable[[], T]) -> T:
        """The kept part, or `make()` when its key changed; either way kept for the next build."""
        value = self.kept(kind, name, key)
        if value is None:
            value = make()
        self.used.setdefault(kind, {})[name] = (key, value)
        return value

    def timeline_key(self, page: render.TimelinePage) -> str:
        """A page of the timeline is made of its place and its events, known by id and by their source's hash."""
        events = (part for event in page.events for part in (self.sources[event.source], event.id))
        return self.key(page.path, page.title, repr(page.pager), *events)


def _content_digests(project: Project) -> dict[str, str]:
    """Each content file (as documents name it) → the hash of it and its `.generated` base."""
    if not project.content_dir.is_dir():
        return {}
    folder = project.relative(project.content_dir)  # once: resolving every file's path costs more than hashing it
    return {f"{folder}/{path.name}": document_key(path) for path in content_files(project.content_dir)}


def _article_digests(project: Project, articles: Iterable[str]) -> dict[str, str]:
    """Each article file → the hash of its bytes (of "missing" when it is gone)."""
    paths = {name: project.readable_article(name) for name in articles}
    return {name: cache.file_digest(path) if path else cache.digest(None) for name, path in paths.items()}


def _settings(edit_base: str | None, threshold: int, templates: Path, language: str) -> str:
    """Everything besides content that shapes the output: options, templates, code, Babel's data, the clock."""
    return cache.digest(
        edit_base,
        str(threshold),
        language,
        _templates_key(templates),
        cache.fingerprint(),
        version("babel"),
        os.environ.get("SOURCE_DATE_EPOCH"),
    )


def _templates_key(templates: Path) -> str:
    """Read on every call, not once: `mkdocs serve` must see an edited template."""
    files = render.template_files(templates).items()
    return cache.digest(*(name + path.read_text(encoding="utf-8") for name, path in sorted(files)))


def _article(project: Project, document: Document) -> Source | None:
    """The article behind a content file, or None when it is gone (its page then lists the events only)."""
    path = project.readable_article(document.source.file)
    if path is None:
        return None
    return read_article(path, project.root, slug=document.source.slug)
