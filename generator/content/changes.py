"""What a change to content/ does to the timeline: the events added, changed and removed, compared by id.

A pull request's reviewers see YAML lines; this says which events those lines are. Offsets
(`span`, `sentence`, and a mention's `span`) are where the machine found an event, not what
it says: they are not compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.content import store
from generator.lang.messages import Messages

OFFSETS = ("span", "sentence")
Kind = Literal["added", "changed", "removed"]


@dataclass(frozen=True)
class Entry:
    """An event as a content file has it: where it stands and its fields (no offsets)."""

    path: str
    line: int
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    """One event the change touches; `line` is in the new file (in the old one for a removed event)."""

    kind: Kind
    id: str
    path: str
    line: int
    fields: Mapping[str, Any]  # as they are now (as they were, for a removed event)
    before: Mapping[str, Any]  # as they were (empty for an added event)


def events(folder: Path, say: Messages, shown: str = "content") -> dict[str, Entry]:
    """Every event of the content files in `folder` by id, with its place (the path shown under `shown`/).

    A file that cannot be read is an `InputError` at its line: `check` names it first.
    """
    found: dict[str, Entry] = {}
    if not folder.is_dir():
        return found
    for path in store.content_files(folder):
        name = f"{shown}/{path.name}"
        loaded = store.read(store.read_text(path, name, say), name, say)
        entries = loaded.values.get("events") if isinstance(loaded.values, dict) else None
        for index, event in enumerate(entries if isinstance(entries, list) else ()):
            if isinstance(event, dict) and isinstance(event.get("id"), str):
                found[event["id"]] = Entry(name, loaded.position(entries, index)[0], _said(event))
    return found


def _said(event: Mapping[str, Any]) -> dict[str, Any]:
    """An event's fields without its offsets, nor those of its mentions."""
    fields = {key: value for key, value in event.items() if key not in OFFSETS}
    mentions = fields.get("mentions")
    if isinstance(mentions, list):
        fields["mentions"] = [_said(mention) if isinstance(mention, dict) else mention for mention in mentions]
    return fields


def changes(before: Mapping[str, Entry], after: Mapping[str, Entry]) -> list[Change]:
    """The events added, changed and removed from `before` to `after`, by file and line."""
    found = [
        Change("added" if ident not in before else "changed", ident, entry.path, entry.line, entry.fields,
               before[ident].fields if ident in before else {})
        for ident, entry in after.items()
        if ident not in before or before[ident].fields != entry.fields
    ]
    found += [Change("removed", ident, entry.path, entry.line, entry.fields, entry.fields)
              for ident, entry in before.items() if ident not in after]
    return sorted(found, key=lambda change: (change.path, change.kind == "removed", change.line))


def describe(change: Change, say: Messages) -> str:
    """A change in the editors' words: what the event says, and for a changed one, each field before and after."""
    if change.kind != "changed":
        return say("changes.event", id=change.id, when=change.fields.get("when"), text=change.fields.get("text"))
    differences = "; ".join(_difference(key, change.before, change.fields) for key in _keys(change))
    return say("changes.event_changed", id=change.id, differences=differences)


def line(change: Change, say: Messages) -> str:
    """A change as `path:line: kind: event`."""
    return f"{change.path}:{change.line}: {say(f'changes.kind_{change.kind}')}: {describe(change, say)}"


def _keys(change: Change) -> Iterator[str]:
    keys = [*change.before, *(key for key in change.fields if key not in change.before)]
    return (key for key in keys if change.before.get(key, _GONE) != change.fields.get(key, _GONE))


_GONE = object()


def _difference(key: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    def shown(fields: Mapping[str, Any]) -> str:  # yes/no, nothing and lists as YAML's flow style writes them
        if key not in fields:
            return "—"
        value = fields[key]
        flow = value is None or isinstance(value, bool | list | dict)
        return json.dumps(value, ensure_ascii=False, default=str) if flow else str(value)

    return f"{key}: {shown(before)} → {shown(after)}"


def markdown(found: list[Change], say: Messages) -> str:
    """The changes as a Markdown table, for a pull request's summary; every cell's text escaped for Markdown."""
    if not found:
        return f"### {say('changes.title')}\n\n{say('changes.none')}\n"
    rows = [f"| {say(f'changes.kind_{c.kind}')} | `{c.path}:{c.line}` | {_cell(describe(c, say))} |" for c in found]
    head = f"| {say('changes.column_kind')} | {say('changes.column_place')} | {say('changes.column_event')} |"
    return "\n".join([f"### {say('changes.title')}", "", head, "|---|---|---|", *rows]) + "\n"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: nothing in it is read as Markdown, HTML or a cell's end (a cell holds no
    blocks, so only the inline syntax is escaped)."""
    special = "\\`*_[]|<>&~"
    return "".join(f"\\{char}" if char in special else " " if char in "\r\n" else char for char in text)

