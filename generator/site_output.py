"""Everything Kroniek adds to a site, as text: the generated pages and the export files.

MkDocs renders every page on every build, so Kroniek's own share must not
start from scratch each time. The output is kept in `.kroniek-cache/` under
the hash of what it is made of: the content files and their `.generated`
bases, the articles, the templates, the options and Kroniek's code. An
unchanged project costs only that hashing; a changed one renders the timeline
and the exports again, but only the source pages whose document, article or
place on the timeline changed.

The result holds only strings and bytes: a build keeps it to the end, and
thousands of `Event`s kept alive would be walked again by every garbage
collection MkDocs triggers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import version

from generator import cache, exports, render
from generator.articles import read_article
from generator.model import Document, Source
from generator.project import Project
from generator.review import review_items
from generator.store import content_files, document_key, load_all

SITE_CACHE = "site"


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
    pages = render.site_wide_pages(site, review_items(project, documents))
    articles = _article_digests(project, {d.source.file for d in documents})
    known: dict[str, tuple[str, str]] = table.get("source pages", {})  # page → (key, Markdown)
    fresh: dict[str, tuple[str, str]] = {}
    for document in site.documents:
        page = render.source_page_path(document.source.slug)
        page_key = cache.digest(
            settings,
            files[document.path],
            articles[document.source.file],
            *(site.pages[event.id] for event in site.by_source[document.source.slug]),
        )
        entry = known.get(page)
        if entry is None or entry[0] != page_key:
            entry = (page_key, render.source_page(document, _article(project, document), site=site))
        fresh[page] = entry
        pages[page] = entry[1]
    output = SiteOutput(
        pages=pages,
        files=_exports(documents),
        edit_paths={render.source_page_path(d.source.slug): d.path for d in documents},
    )
    cached = _Cached(key, articles, output)
    cache.save(project.root, SITE_CACHE, {"site": cached, "source pages": fresh})
    return output


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


def _exports(documents: tuple[Document, ...]) -> dict[str, bytes]:
    # Bytes: the CRLF line ends RFC 5545 asks for stay exactly as written on every platform.
    return {
        "events.json": exports.events_json(documents).encode("utf-8"),
        "timelinejs.json": exports.timelinejs_json(documents).encode("utf-8"),
        "events.ics": exports.events_ics(documents).encode("utf-8"),
    }
