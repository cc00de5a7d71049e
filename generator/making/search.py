"""The site's search, lean and loaded when used: pure functions on what the theme's search plugin writes.

Material for MkDocs asks for `search/search_index.json` on every page it shows. Kroniek
leaves only the search settings there and moves the entries to `search/kroniek_index.json`,
which Kroniek's search worker (`site_templates/search-worker.js`, wrapping Material's own)
fetches on a reader's first query. What goes into the entries is decided where pages are
made: pager, badges, filters, notes and the source pages' dated sentences (indexed once, as
events on the timeline) are marked `data-search-exclude`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.lang.words import SiteWords
    from generator.making.render import Card

SEARCH_ENTRIES = "kroniek_index.json"
WORKER = "search-worker.js"
_PLACEHOLDER = "__MATERIAL_WORKER__"
_WORKER_NAME = re.compile(r"search\.[0-9a-f]+\.min\.js")


def lean_index(index: Mapping[str, object], added: Mapping[str, str | None] | None = None) -> tuple[str, str]:
    """The theme's index split in two: its settings (what every page fetches) and its entries (fetched to search).

    `added` holds, by page URL, entries Kroniek made itself for what the theme's search did not read, as `joined`
    made them (None: none); each page's go after the theme's entries of that page, or last when the theme read
    nothing of it. Entries with neither title nor text are dropped: nothing in them can be found.
    """
    docs = _with_added(index.get("docs", []), added or {})
    settings = {"config": index.get("config", {}), "docs": []}
    return _compact(settings), '{"docs":[' + ",".join(docs) + "]}"


def joined(entries: Sequence[Mapping[str, str]]) -> str:
    """A page's search entries as the index's JSON holds them, those that can be found, joined by commas: encoded
    where the page is made (in a worker, or kept with it), not at the end of the build in one process (a quarter
    of a second at 5,000 articles of 20 events)."""
    return _compact([entry for entry in entries if entry.get("title") or entry.get("text")])[1:-1]  # one encoder


@dataclass
class Section:
    """Text under a heading of a page, as its search entry will hold it (plain text; escaped when made)."""

    location: str
    title_html: str  # the heading, already escaped
    paragraphs: list[str]

    def entry(self) -> dict[str, str]:
        text = " ".join(f"<p>{escaped(paragraph)}</p>" for paragraph in self.paragraphs if paragraph.strip())
        return {"location": self.location, "title": self.title_html, "text": text}


def unhidden(text: str, start: int, end: int, hidden: Sequence[tuple[int, int]]) -> str:
    """`text[start:end]` without the `hidden` spans (sorted), the parts left joined by a space."""
    parts, at = [], start
    for first, last in hidden:
        if last <= at or first >= end:
            continue
        parts.append(text[at:first])
        at = max(at, last)
    parts.append(text[at:end])
    return " ".join(part.strip() for part in parts if part.strip())


def entry(location: str, title: str, text: str = "") -> dict[str, str]:
    """An entry of the search index: where, the heading found there and the text under it (escaped HTML)."""
    return {"location": location, "title": escaped(title), "text": text}


def event_entry(url: str, card: Card, words: SiteWords) -> dict[str, str]:
    """An event's search entry, made from what its card shows and nothing of its decoration: the day (the card's
    heading), the sentence and the other dates it mentions, and the sentences of the other sources' reports of
    the same happening, as the theme's search would have read them."""
    sentence = escaped(card.event.text)
    text = f"<p>{sentence}</p>" if card.own else sentence
    if card.mentions:
        text += f" <p>{escaped(words.page['mentions'].striptags())} {escaped('; '.join(card.mentions))}</p>"
    text += "".join(f" <p>{escaped(report.event.text)}</p>" for report in card.reports)
    return entry(f"{url}#{card.event.id}", card.label, text)


def escaped(text: str) -> str:
    """Text as the theme's search index holds it: escaped for HTML, on one line."""
    return escape(text.replace("\n", " ").strip(), quote=False)


def _with_added(docs: object, added: Mapping[str, str | None]) -> Iterator[str]:
    """The theme's entries that can be found (those of a page come together), each page's added entries after its
    own, as JSON."""
    waiting = dict(added)
    page = None
    for doc in docs if isinstance(docs, list) else []:
        if not isinstance(doc, dict):
            continue
        location = str(doc.get("location", "")).partition("#")[0]
        if location != page:
            if page is not None and (entries := waiting.pop(page, None)):
                yield entries
            page = location
        if doc.get("title") or doc.get("text"):
            yield _compact(doc)
    if page is not None and (entries := waiting.pop(page, None)):
        yield entries
    yield from (entries for entries in waiting.values() if entries)


def _compact(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def search_worker(templates: Path | None, material_worker: str) -> str:
    """Kroniek's search worker (the project's own `site_templates/search-worker.js` first) importing Material's."""
    if not _WORKER_NAME.fullmatch(material_worker):
        raise ValueError(f"not a search worker of Material for MkDocs: {material_worker!r}")
    from generator.making.render import DEFAULT_TEMPLATES  # render makes the entries with this module

    own = templates / WORKER if templates else None
    source = own if own and own.is_file() else DEFAULT_TEMPLATES / WORKER
    return source.read_text(encoding="utf-8").replace(_PLACEHOLDER, material_worker)
