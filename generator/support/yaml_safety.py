"""What Kroniek refuses in any YAML it reads, checked event by event before a node is built.

Editors' files and front matter need plain mappings, lists and scalars. Anchors
and aliases are what a "billion laughs" document multiplies itself with, tags
are how a loader is talked into building objects (`!!python/object`), and
deep nesting exhausts the parser's recursion. Refusing them while composing
costs nothing on good files and stops a bad one at its first offending node.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 50  # content files nest four levels deep; front matter two


_WORDS = {  # the reasons in English; content files' readers word them in the editors' language
    "anchor": "anchors and aliases (& and *) are not allowed; write the value out",
    "tag": "the tag {tag} is not allowed; write plain values (in quotes to keep one as text)",
    "depth": "nested more than {limit} levels deep",
}


def refusal_kind(event: Any, depth: int) -> tuple[str, dict[str, Any]] | None:
    """What is refused in a parser event (PyYAML's or ruamel's) at this nesting depth, and the details: or None.

    The kinds are `anchor` (aliases too), `tag` (with `tag`) and `depth` (with `limit`).
    """
    if getattr(event, "anchor", None) is not None:
        return "anchor", {}
    tag = getattr(event, "tag", None)
    if tag is not None:
        return "tag", {"tag": tag}
    if depth > MAX_DEPTH:
        return "depth", {"limit": MAX_DEPTH}
    return None


def refusal(event: Any, depth: int) -> str | None:
    """Why a parser event must not become a node at this nesting depth, in English, or None."""
    found = refusal_kind(event, depth)
    return None if found is None else _WORDS[found[0]].format(**found[1])
