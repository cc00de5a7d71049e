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
from collections.abc import Mapping
from pathlib import Path

from generator.making.render import DEFAULT_TEMPLATES

SEARCH_ENTRIES = "kroniek_index.json"
WORKER = "search-worker.js"
_PLACEHOLDER = "__MATERIAL_WORKER__"
_WORKER_NAME = re.compile(r"search\.[0-9a-f]+\.min\.js")


def lean_index(index: Mapping[str, object]) -> tuple[str, str]:
    """The theme's index split in two: its settings (what every page fetches) and its entries (fetched to search).

    Entries with neither title nor text are dropped: nothing in them can be found.
    """
    docs = [doc for doc in index.get("docs", []) if isinstance(doc, dict) and (doc.get("title") or doc.get("text"))]
    settings = {"config": index.get("config", {}), "docs": []}
    return _compact(settings), _compact({"docs": docs})


def _compact(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def search_worker(templates: Path | None, material_worker: str) -> str:
    """Kroniek's search worker (the project's own `site_templates/search-worker.js` first) importing Material's."""
    if not _WORKER_NAME.fullmatch(material_worker):
        raise ValueError(f"not a search worker of Material for MkDocs: {material_worker!r}")
    own = templates / WORKER if templates else None
    source = own if own and own.is_file() else DEFAULT_TEMPLATES / WORKER
    return source.read_text(encoding="utf-8").replace(_PLACEHOLDER, material_worker)
