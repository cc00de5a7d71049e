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
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any, TypeVar

from generator import cache, exports, render
from generator.articles import read_article
from generator.model import Document, Source
from generator.project import Project
from generator.review import review_items
from generator.store import content_files, document_key, load_all

SITE_CACHE = "site"
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
    project: Project, *, edit_base: str | None = None, threshold: int = render.SPLIT_THRESHOLD
) -> SiteOutput:
    """The pages and export files of the project's site, taken from the cache as far as nothing changed."""
    files = _content_digests(project)
    settings = _settings(edit_base, threshold)
    key = cache.digest(settings, *(part for item in sorted(files.items()) for part in item))
    table = cache.load(project.root, SITE_CACHE)
    whole = table.get("site")
    if isinstance(whole, _Cached) and whole.key == key and _article_digests(project, whole.articles) == whole.articles:
        return whole.output
    documents = load_all(project)
    site = render.Site.of(documents, edit_base, threshold)
    articles = _article_digests(project, {d.source.file for d in documents})
    parts = _Parts(table, settings, {d.source.slug: files[d.path] for d in documents})
    pages = render.site_wide_pages(site, review_items(project, documents), parts.timeline_page)
    for document in site.documents:
        slug = document.source.slug
        pages[render.source_page_path(slug)] = parts.get(
            "source pages",
            slug,
            (files[document.path], articles[document.source.file], *(site.pages[e.id] for e in site.by_source[slug])),
            lambda document=document: render.source_page(document, _article(project, document), site=site),
        )
    output = SiteOutput(
        pages=pages,
        files={name: text.encode("utf-8") for name, text in exports.export_files(parts.pieces(site)).items()},
        edit_paths={render.source_page_path(d.source.slug): d.path for d in documents},
    )
    cache.save(project.root, SITE_CACHE, {"site": _Cached(key, articles, output), **parts.used})
    return output


class _Parts:
    """Parts of the output kept from the last build, each under the hash of what it is made of.

    A part whose hash changed is made again; every part asked for is kept for
    the next build, and the others are dropped.
    """

    def __init__(self, table: Mapping[str, Any], settings: str, source_keys: Mapping[str, str]) -> None:
        self.known = table
        self.settings = settings
        self.source_keys = source_keys  # slug → hash of its content file and `.generated` base
        self.used: dict[str, dict[str, tuple[str, Any]]] = {}

    def get(self, kind: str, name: str, made_of: Iterable[str], make: Callable[[], T]) -> T:
        key = cache.digest(self.settings, *made_of)
        entry = self.known.get(kind, {}).get(name)
        if entry is None or entry[0] != key:
            entry = (key, make())
        self.used.setdefault(kind, {})[name] = entry
        return entry[1]

    def timeline_page(self, site: render.Site, page: render.TimelinePage) -> str:
        """A page of the timeline: its events are known by id and by their source's hash."""
        made_of = (page.path, page.title, repr(page.pager), *(self.source_keys[e.source] + e.id for e in page.events))
        return self.get("timeline pages", page.path, made_of, lambda: render.timeline_page(site, page))

    def pieces(self, site: render.Site) -> list[exports.Pieces]:
        """Every event's pieces of the export files, in timeline order, made again for changed sources only."""
        stamp = exports.ics_stamp(exports.build_stamp(site.documents))
        by_id: dict[str, exports.Pieces] = {}
        for document in site.documents:
            by_id |= self.get(
                "export pieces",
                document.source.slug,
                (self.source_keys[document.source.slug], stamp),
                lambda document=document: _event_pieces(document, stamp),
            )
        return [by_id[event.id] for event in site.events]


def _content_digests(project: Project) -> dict[str, str]:
    """Each content file (as documents name it) → the hash of it and its `.generated` base."""
    if not project.content_dir.is_dir():
        return {}
    folder = project.relative(project.content_dir)  # once: resolving every file's path costs more than hashing it
    return {
        f"{folder}/{path.name}": document_key(path) for path in content_files(project.content_dir)
    }


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


def _event_pieces(document: Document, stamp: str) -> dict[str, exports.Pieces]:
    return {event.id: exports.event_pieces(event, document.source, stamp) for event in document.events}
