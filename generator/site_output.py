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

The result holds only strings and bytes: a build keeps it to the end, and
thousands of `Event`s kept alive would be walked again by every garbage
collection MkDocs triggers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from typing import Any, TypeVar

from generator import cache, exports, render, review
from generator.articles import read_article
from generator.model import Document, Source
from generator.project import Project
from generator.store import content_files, document_key, load_all
from generator.workers import executor

SITE_CACHE = "site"
SOURCE_PAGES = "source pages"
TIMELINE_PAGES = "timeline pages"
EXPORT_PIECES = "export pieces"
CARDS = "timeline cards"  # made for the timeline pages made again, not kept
DAYS = "candidate days"  # kept by `review`
# Below this many parts to make, starting worker processes costs more than it saves.
POOL_MIN_PARTS = 400
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
    project: Project, *, edit_base: str | None = None, threshold: int = render.SPLIT_THRESHOLD, jobs: int = 1
) -> SiteOutput:
    """The pages and export files of the project's site, taken from the cache as far as nothing changed.

    With `jobs` > 1 and many sources to render (a first build, a new template),
    everything made of one source alone is made in that many processes: first
    the timeline's event cards and the review's candidate days, which this
    process then joins into the site-wide pages, while the workers go on with
    the source pages and export pieces.
    """
    files = _content_digests(project)
    settings = _settings(edit_base, threshold)
    key = cache.digest(settings, *(part for item in sorted(files.items()) for part in item))
    table = cache.load(project.root, SITE_CACHE)
    whole = table.get("site")
    if isinstance(whole, _Cached) and whole.key == key and _article_digests(project, whole.articles) == whole.articles:
        return whole.output
    documents = load_all(project, files)
    site = render.Site.of(documents, edit_base, threshold)
    articles = _article_digests(project, {d.source.file for d in documents})
    stamp = exports.ics_stamp(exports.build_stamp(documents))
    # A source is its content file's name (cards link to its slug and edit link) and its hash.
    parts = _Parts(table, settings, {d.source.slug: cache.digest(d.path, files[d.path]) for d in documents})
    source_pages = {}  # a source page shows its document and article, and links to its events' timeline pages
    for slug, d in site.by_slug.items():
        timeline_pages = (site.pages[event.id] for event in site.by_source[slug])
        source_pages[slug] = parts.key(parts.sources[slug], articles[d.source.file], *timeline_pages)
    wanted = {  # per source: a key for each part of the output that is made of one source alone
        SOURCE_PAGES: source_pages,
        EXPORT_PIECES: {slug: parts.key(parts.sources[slug], stamp) for slug in site.by_slug},
    }
    plan = render.timeline_plan(site)
    redo = parts.stale_timeline(plan)
    todo = {  # what workers make, per source; in this order, since the first two are waited for first
        CARDS: sorted({event.source for page in plan if page.path in redo for event in page.events}),
        DAYS: review.days_to_find(project, documents),
        **{kind: parts.stale(kind, keys) for kind, keys in wanted.items()},
    }
    makers = {
        CARDS: partial(_timeline_cards, pages=redo),
        DAYS: partial(_days, project),
        SOURCE_PAGES: partial(_source_pages, project),
        EXPORT_PIECES: partial(_export_pieces, stamp=stamp),
    }
    workers = max(jobs, 1) if sum(map(len, todo.values())) >= POOL_MIN_PARTS else 1
    with executor(workers) as pool:
        making = {
            kind: [pool.submit(makers[kind], site.part(chunk)) for chunk in _chunks(names, workers)]
            for kind, names in todo.items()
        }
        items = review.review_items(project, documents, _results(making[DAYS]))
        pages = render.site_wide_pages(site, items, partial(parts.timeline_page, cards=_results(making[CARDS])))
        made = {kind: _results(making[kind]) for kind in wanted}
    per_source = {
        kind: {slug: parts.get(kind, slug, key, partial(made[kind].__getitem__, slug)) for slug, key in keys.items()}
        for kind, keys in wanted.items()
    }
    pages |= {render.source_page_path(slug): page for slug, page in per_source[SOURCE_PAGES].items()}
    pieces = _merged(per_source[EXPORT_PIECES].values())
    output = SiteOutput(
        pages=pages,
        files={  # bytes: the CRLF line ends RFC 5545 asks for stay exactly as written on every platform
            name: text.encode("utf-8")
            for name, text in exports.export_files(pieces[event.id] for event in site.events).items()
        },
        edit_paths={render.source_page_path(d.source.slug): d.path for d in documents},
    )
    cache.save(project.root, SITE_CACHE, {"site": _Cached(key, articles, output), **parts.used})
    return output


def _timeline_cards(site: render.Site, pages: frozenset[str]) -> dict[str, str]:
    """The cards of the events of `site` that sit on these timeline pages, by event id."""
    return render.timeline_cards(site, (event for event in site.events if site.pages[event.id] in pages))


def _days(project: Project, site: render.Site) -> review.Days:
    """The review's candidate days of the documents of `site`."""
    return review.find_days(project, site.documents)


def _source_pages(project: Project, site: render.Site) -> dict[str, str]:
    """The source page of each document of `site`, by slug: in a worker process, or in this one."""
    return {d.source.slug: render.source_page(d, _article(project, d), site=site) for d in site.documents}


def _export_pieces(site: render.Site, stamp: str) -> dict[str, dict[str, exports.Pieces]]:
    """The export pieces of each document's events (event id → pieces), by slug."""
    return {d.source.slug: exports.document_pieces(d, stamp) for d in site.documents}


def _merged(mappings: Iterable[Mapping[str, T]]) -> dict[str, T]:
    """One mapping of the parts that workers (or sources) made apart."""
    return {key: value for mapping in mappings for key, value in mapping.items()}


def _results(futures: Iterable[Future[dict[str, T]]]) -> dict[str, T]:
    """What workers made of one kind, as one mapping, once they are done."""
    return _merged(future.result() for future in futures)


def _chunks(items: list[str], count: int) -> list[list[str]]:
    """`items` cut into `count` runs of about equal length (none when there are no items)."""
    size = -(-len(items) // count)
    return [items[start : start + size] for start in range(0, len(items), size)] if items else []


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

    def stale_timeline(self, plan: Iterable[render.TimelinePage]) -> frozenset[str]:
        """The pages of the timeline (paths) to make again."""
        return frozenset(
            page.path for page in plan if self.kept(TIMELINE_PAGES, page.path, self.timeline_key(page)) is None
        )

    def timeline_page(self, site: render.Site, page: render.TimelinePage, cards: Mapping[str, str]) -> str:
        """A page of the timeline, kept or made from `cards` (of every page made again)."""
        return self.get(
            TIMELINE_PAGES, page.path, self.timeline_key(page), lambda: render.timeline_page(site, page, cards)
        )


def _content_digests(project: Project) -> dict[str, str]:
    """Each content file (as documents name it) → the hash of it and its `.generated` base."""
    if not project.content_dir.is_dir():
        return {}
    folder = project.relative(project.content_dir)  # once: resolving every file's path costs more than hashing it
    return {f"{folder}/{path.name}": document_key(path) for path in content_files(project.content_dir)}


def _article_digests(project: Project, articles: Iterable[str]) -> dict[str, str]:
    """Each article file → the hash of its bytes (of "missing" when it is gone)."""
    return {name: cache.file_digest(project.root / name) for name in articles}


def _settings(edit_base: str | None, threshold: int) -> str:
    """Everything besides content that shapes the output: options, templates, code, Babel's data, the clock."""
    return cache.digest(
        edit_base,
        str(threshold),
        _templates_key(),
        cache.fingerprint(),
        version("babel"),
        os.environ.get("SOURCE_DATE_EPOCH"),
    )


def _templates_key() -> str:
    """Read on every call, not once: `mkdocs serve` must see an edited template."""
    templates = sorted(render.TEMPLATES.glob("*.j2"))
    return cache.digest(*(path.name + path.read_text(encoding="utf-8") for path in templates))


def _article(project: Project, document: Document) -> Source | None:
    """The article behind a content file, or None when it is gone (its page then lists the events only)."""
    path = project.root / document.source.file
    if not path.is_file():
        return None
    return read_article(path, project.root, slug=document.source.slug)
