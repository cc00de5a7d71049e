"""The three-way merge that lets editors' corrections survive re-extraction.

`base` is what the machine generated last time (`content/.generated/<slug>.yml`),
`ours` the content file as editors left it, `theirs` what the machine generates
now. Whatever differs between base and ours is an editor's change and wins;
everything else follows the machine. Events are matched by `id`, fields by key.
The merge works on ruamel trees and changes `ours` in place, so the editors'
comments and key order stay where they put them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from generator.text.events import text_position, value_order

MISSING: Any = object()  # a key or event absent from one side


def plain(node: Any) -> Any:
    """A ruamel node as plain Python data, dates as the ISO text an editor meant by them."""
    if isinstance(node, Mapping):
        return {str(key): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    if isinstance(node, str):
        return str(node)
    return node


def timeline_key(event: Mapping) -> tuple:
    """A content file's events in timeline order (`events.order_events` within one source): by value, then text."""
    return value_order(str(plain(event.get("when")))), text_position(event.get("span"))


def merge_documents(base: Mapping | None, ours: CommentedMap, theirs: Mapping) -> CommentedMap:
    """Merge `theirs` into `ours` (changed in place and returned).

    `ours` must have a `source:` mapping and an `events:` list of mappings with
    unique ids (`store.merge` makes sure before calling).
    """
    base = base or {}
    # The list first: the lines between events are its own, not the last field's of the event above.
    containers = [
        (ours["events"], (ours, "events")),
        (ours["source"], None),
        *((event, None) for event in ours["events"]),
    ]
    comments = [_detach_comments(container, above) for container, above in containers]
    _merge_fields(base.get("source") or {}, ours["source"], theirs["source"])
    _merge_events(base.get("events") or [], ours["events"], theirs["events"])
    for (container, above), lines in reversed(list(zip(containers, comments, strict=True))):
        _attach_comments(container, lines, above)
    return ours


def _merge_fields(base: Mapping, ours: CommentedMap, theirs: Mapping) -> None:
    """Per key: the editor's value where it differs from base (a deletion included), else the machine's."""
    for key in list(ours):
        merged = _merged_value(base.get(key, MISSING), ours[key], theirs.get(key, MISSING))
        if merged is MISSING:
            del ours[key]
        elif merged is not ours[key]:
            ours[key] = merged
    order = list(theirs)
    for index, key in enumerate(order):
        if key not in ours and key not in base:
            earlier = [k for k in order[:index] if k in ours]
            ours.insert(list(ours).index(earlier[-1]) + 1 if earlier else 0, key, theirs[key])


def _merged_value(base: Any, ours: Any, theirs: Any) -> Any:
    if plain(ours) != plain(base) or plain(ours) == plain(theirs):
        return ours  # edited, or the same anyway: keep the editor's node and its formatting
    return theirs


def _merge_events(base: list, ours: CommentedSeq, theirs: list) -> None:
    """Per event id: deleted stays deleted, added stays, edited fields stay; the rest follows the machine."""
    base_by_id = {event["id"]: event for event in base}
    theirs_by_id = {event["id"]: event for event in theirs}
    ours_ids = {event["id"] for event in ours}
    kept: list = []
    for event in ours:
        was, now = base_by_id.get(event["id"], MISSING), theirs_by_id.get(event["id"], MISSING)
        if now is MISSING:
            if was is MISSING or plain(event) != plain(was):
                kept.append(event)  # added or edited by an editor: the tagger's opinion does not matter
            continue  # unedited, and the tagger no longer finds it
        _merge_fields(was if was is not MISSING else {}, event, now)
        kept.append(event)
    kept.extend(event for event in theirs if event["id"] not in ours_ids and event["id"] not in base_by_id)
    kept.sort(key=timeline_key)
    if [id(event) for event in kept] != [id(event) for event in ours]:
        ours[:] = kept


# Comment lines an editor writes above a field or an event are stored by ruamel after the line before them, or as
# "before" comments by position in a list, so they would follow whatever the merge deletes, replaces or reorders.
# Lifted off before the merge and put back above the entry they were written above, they stay where the editor
# put them (and go when their entry goes).


def _names(container: CommentedMap | CommentedSeq) -> list[Any]:
    """Each entry of a container by a name the merge keeps: a key, or the event mapping itself."""
    return list(container) if isinstance(container, CommentedMap) else [id(event) for event in container]


def _keys(container: CommentedMap | CommentedSeq) -> list[Any]:
    return list(container) if isinstance(container, CommentedMap) else list(range(len(container)))


Above = tuple[CommentedMap, str] | None  # the parent and key whose comment slot holds the lines above entry 0


def _detach_comments(container: CommentedMap | CommentedSeq, above: Above) -> dict[Any, str]:
    """The comment lines above each entry, taken off; keyed by entry name, None for the lines after the last."""
    lifted: dict[Any, str] = {}
    names, keys = _names(container), _keys(container)
    for index, (name, key) in enumerate(zip([*names, None], [*keys, None], strict=True)):
        lines = _take_tail_lines(container, keys[index - 1]) if index else ""
        slots, slot = _before_slot(container, index, key, above)
        if slots is not None and slots[slot]:
            lines += "".join(" " * token.column + token.value for token in slots[slot])
            slots[slot] = None
        if lines.strip():
            lifted[name] = lines
    return lifted


def _attach_comments(container: CommentedMap | CommentedSeq, lifted: dict[Any, str], above: Above) -> None:
    """Put lifted comment lines back above their entry, and the last ones after the last entry."""
    keys = _keys(container)
    for index, (name, key) in enumerate(zip(_names(container), keys, strict=True)):
        if name in lifted:
            slots, slot = _before_slot(container, index, key, above, create=True)
            slots[slot] = [
                CommentToken(line.lstrip(" "), CommentMark(len(line) - len(line.lstrip(" "))))
                for line in lifted[name].splitlines(keepends=True)
            ]
    if None in lifted and keys:
        token = _tail_token(container, keys[-1], create=True)
        token.value = token.value.partition("\n")[0] + "\n" + lifted[None]


def _before_slot(
    container: CommentedMap | CommentedSeq, index: int, key: Any, above: Above, create: bool = False
) -> tuple[list | None, int]:
    """Where ruamel keeps the comment lines printed above an entry: for the first, its parent's slot for `above`."""
    owner, owner_key, slot = (*above, 3) if index == 0 and above else (container, key, 1)
    slots = owner.ca.items.setdefault(owner_key, [None, None, None, None]) if create else owner.ca.items.get(owner_key)
    return slots, slot


def _take_tail_lines(container: CommentedMap | CommentedSeq, key: Any) -> str:
    """The full lines of the comment after an entry's last line, removed from it (its end-of-line part stays)."""
    token = _tail_token(container, key)
    if token is None or "\n" not in token.value:
        return ""
    line_end, _, lines = token.value.partition("\n")
    token.value = line_end + "\n"
    return lines


def _tail_token(container: CommentedMap | CommentedSeq, key: Any, create: bool = False) -> CommentToken | None:
    """The comment token ruamel prints after the last line of `container[key]`."""
    value = container[key]
    if isinstance(value, CommentedMap | CommentedSeq) and value and not value.fa.flow_style():
        return _tail_token(value, _keys(value)[-1], create)
    slot = 2 if isinstance(container, CommentedMap) else 0
    comments = container.ca.items.get(key)
    if comments is None or comments[slot] is None:
        if not create:
            return None
        comments = container.ca.items.setdefault(key, [None, None, None, None])
        comments[slot] = CommentToken("\n", CommentMark(0))
    return comments[slot]
