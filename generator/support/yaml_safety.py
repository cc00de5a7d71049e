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


def refusal(event: Any, depth: int) -> str | None:
    """Why a parser event (PyYAML's or ruamel's) must not become a node at this nesting depth, or None."""
    if getattr(event, "anchor", None) is not None:
        return "anchors and aliases (& and *) are not allowed; write the value out"
    tag = getattr(event, "tag", None)
    if tag is not None:
        return f"the tag {tag} is not allowed; write plain values (in quotes to keep one as text)"
    if depth > MAX_DEPTH:
        return f"nested more than {MAX_DEPTH} levels deep"
    return None
