"""A linear-time table-of-contents lookup for Material's search index, same output.

Material's `SearchIndex._find_toc_by_id` walks a page's whole table of contents
for every section it indexes, so indexing a page costs headings × TOC entries:
110 s for a timeline page with 25,000 events (docs/performance.md). This
replaces it with a table built once per page, in the same depth-first order,
so the first item with an id wins exactly as before and the index is byte for
byte the same (tests/test_scale.py builds it both ways). The Kroniek plugin
installs it at configuration time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from material.plugins.search.plugin import SearchIndex

_original = SearchIndex._find_toc_by_id


def _table(toc: Iterable[Any]) -> dict[str, Any]:
    """Every TOC item by id, the first in depth-first order winning, as the original walk finds it."""
    table: dict[str, Any] = {}
    stack = list(reversed(list(toc)))
    while stack:
        item = stack.pop()
        table.setdefault(item.id, item)
        stack.extend(reversed(list(item.children)))
    return table


def _find_toc_by_id(self: SearchIndex, toc: Any, id: str | None) -> Any:
    cached = getattr(self, "_kroniek_toc", None)
    if cached is None or cached[0] is not toc:
        cached = (toc, _table(toc))
        self._kroniek_toc = cached
    return cached[1].get(id)


def install() -> None:
    SearchIndex._find_toc_by_id = _find_toc_by_id


def uninstall() -> None:
    """Back to Material's own lookup (for the test that compares both)."""
    SearchIndex._find_toc_by_id = _original
