"""`content/happenings/happenings.yml`: the groups as editors see and change them, and what they decided in them.

The machine's grouping of the last extraction is kept in `content/.generated/happenings/`, as every
content file's is in `content/.generated/`. What editors changed is the difference between that base and
their file, taken pair by pair: two events they put in one group that the machine had apart are *together*,
two the machine had in one group that they separated are *apart*. Each extraction groups again with those
decisions binding, writes the machine's own grouping as the new base and the bound one as the editors' file;
the difference, and so every decision, stays, whatever events new articles bring. A file whose groups did
not change keeps its bytes. It stands in a folder of its own, so that every `content/*.yml` is still a
source's file; it is written once there is a group (or an editors' file) to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content import store
from generator.errors import InputError
from generator.happenings.evaluate import pairs
from generator.happenings.grouping import THRESHOLD, Decisions, Report, compare, group
from generator.lang.messages import Messages
from generator.model import Document, Event
from generator.project import Project
from generator.support.atomic import write_atomic
from generator.temporal.values import sort_key
from generator.text.slugs import short_hash

FOLDER, FILE_NAME = "happenings", "happenings.yml"  # a folder of content/: never taken for a source's file
SCHEMA_COMMENT = "yaml-language-server: $schema=../../schema/happenings.schema.json"
_PLAIN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")  # an event id as Kroniek makes them: plain in YAML
_COMMENT_CHARS = 70
# Controls, line and paragraph separators, direction marks and overrides, the byte order mark: never in a comment.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Happening:
    """One group of the file: its id (made from its events), its event ids in file order, where it stands."""

    id: str
    events: tuple[str, ...]
    line: int = 0
    event_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class FileProblem:
    line: int
    column: int
    message: str
    severity: str = "error"


def happenings_path(project: Project) -> Path:
    return project.content_dir / FOLDER / FILE_NAME


def base_path(project: Project) -> Path:
    """Where the machine's own grouping of the last extraction is kept: the base editors' changes are taken from."""
    return project.content_dir / store.GENERATED_DIR / FOLDER / FILE_NAME


def happening_id(events: Sequence[str]) -> str:
    """A group's id: its first event id's, so that a group keeps it while reports join or leave it."""
    return f"h-{short_hash(min(events), length=10)}"


# -- reading --------------------------------------------------------------------------------------------------------


def parse(text: str, name: str, say: Messages) -> tuple[tuple[Happening, ...], list[FileProblem]]:
    """The groups of a happenings file and what is wrong in it (a syntax error is an `InputError`)."""
    loaded = store.read(text, name, say)
    values = loaded.values
    if values is None:
        return (), []
    if not isinstance(values, dict) or set(values) != {"happenings"}:
        return (), [FileProblem(1, 1, say("happenings.not_a_file"))]
    items = values["happenings"] or []
    if not isinstance(items, list):
        return (), [FileProblem(*loaded.position(values, "happenings"), say("happenings.not_a_file"))]
    found, problems, seen = [], [], {}
    for index, item in enumerate(items):
        line, column = loaded.position(items, index)
        if not isinstance(item, dict) or not isinstance(item.get("events", []) or [], list):
            problems.append(FileProblem(line, column, say("happenings.not_a_group")))
            continue
        for key in item:
            if key not in ("id", "events"):
                problems.append(FileProblem(*loaded.key_position(item, key), say("happenings.unknown_key", key=key)))
        ids, lines, events = [], [], item.get("events") or []
        for position, value in enumerate(events):
            where = loaded.position(events, position)
            if not isinstance(value, str) or not value.strip():
                problems.append(FileProblem(*where, say("happenings.not_an_id", value=value)))
            elif value in seen:
                problems.append(FileProblem(*where, say("happenings.twice", id=value, line=seen[value])))
            else:
                seen[value] = where[0]
                ids.append(value)
                lines.append(where[0])
        if ids:
            found.append(Happening(happening_id(ids), tuple(ids), line, tuple(lines)))
    return tuple(found), problems


def file_problems(project: Project, known: set[str] | None = None) -> list[FileProblem]:
    """What `kroniek check` says of the happenings file: its errors, and a warning for each id no event has."""
    path = happenings_path(project)
    if not path.exists():
        return []
    name, say = project.relative(path), project.messages
    try:
        happenings, problems = parse(store.read_text(path, name, say), name, say)
    except InputError as error:
        return [FileProblem(error.line or 1, error.column or 1, error.message)]
    for happening in happenings if known is not None else ():
        for event, line in zip(happening.events, happening.event_lines, strict=True):
            if event not in known:
                problems.append(FileProblem(line, 1, say("happenings.unknown_event", id=event), "warning"))
    return sorted(problems, key=lambda problem: (problem.line, problem.column))


def read_groups(project: Project) -> tuple[Happening, ...]:
    """The groups as the editors' file has them now (none without one); an `InputError` names its first error."""
    path = happenings_path(project)
    if not path.exists():
        return ()
    name, say = project.relative(path), project.messages
    happenings, problems = parse(store.read_text(path, name, say), name, say)
    if problems:
        first = problems[0]
        raise InputError(name, first.message, first.line, first.column)
    return happenings


# -- writing --------------------------------------------------------------------------------------------------------


def decisions(base: Sequence[Sequence[str]], ours: Sequence[Sequence[str]]) -> Decisions:
    """What editors changed in the groups: pairs they put together, pairs they put apart.

    Only groups that are not the same on both sides can differ by a pair: the others' events are in no other."""
    same = {frozenset(group) for group in base} & {frozenset(group) for group in ours}
    machine = pairs(group for group in base if frozenset(group) not in same)
    editors = pairs(group for group in ours if frozenset(group) not in same)
    return Decisions(together=frozenset(editors - machine), apart=frozenset(machine - editors))


def update(project: Project, documents: Sequence[Document]) -> tuple[str, tuple[InputError, ...]]:
    """Group the events of every document again, editors' decisions binding; write the file and its base.

    Returns the outcome ("created", "updated", "unchanged" or "left alone") and the errors that left the
    editors' file as it was. The editors' file is written before the base, as content files are.
    """
    ours_path, base = happenings_path(project), base_path(project)
    name, say = project.relative(ours_path), project.messages
    ours_text = store.read_text(ours_path, name, say) if ours_path.exists() else None
    base_text = store.read_text(base, project.relative(base), say) if base.exists() else None
    ours: tuple[Happening, ...] = ()
    if ours_text is not None:
        try:
            ours, problems = parse(ours_text, name, say)
        except InputError as error:
            return "left alone", (error, InputError(name, say("happenings.left_alone", count=1)))
        if problems:
            found = tuple(InputError(name, p.message, p.line, p.column) for p in problems)
            return "left alone", (*found, InputError(name, say("happenings.left_alone", count=len(found))))
    machine_file = parse(base_text, project.relative(base), say)[0] if base_text is not None else ()
    reports = [Report(event, document.source.language) for document in documents for event in document.events]
    events = {event.id: (event, document) for document in documents for event in document.events}
    compared = compare(reports, THRESHOLD)
    machine = group(reports, compared=compared)
    decided = decisions([h.events for h in machine_file], [h.events for h in ours])
    bound = group(reports, decided, compared=compared) if decided.together or decided.apart else machine
    if ours_text is None and base_text is None and not machine:
        return "unchanged", ()  # nothing reported twice yet: no file
    new_base = render(machine, events, say)
    plain = new_base if bound == machine else render(bound, events, say)
    if ours_text is not None and _partition(h.events for h in ours if _known(h, events)) == _partition(bound):
        new_ours = ours_text  # the editors' file already says this: its bytes (and comments) stay
    elif ours_text is not None and (kept := editors_comments(ours_text, (base_text or "", plain))):
        new_ours = render(bound, events, say, kept)  # written again, with the comments the editors wrote
    else:
        new_ours = plain
    if new_ours != ours_text:
        ours_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(ours_path, new_ours.encode("utf-8"))
    if new_base != base_text:
        base.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(base, new_base.encode("utf-8"))
    if ours_text is None:
        return "created", ()
    return ("unchanged" if new_ours == ours_text and new_base == base_text else "updated"), ()


def _partition(groups: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset(group) for group in groups if len(set(group)) > 1}


def _known(happening: Happening, events: Mapping[str, Any]) -> bool:
    return all(event in events for event in happening.events)


@dataclass(frozen=True)
class EditorsComments:
    """The comments editors wrote in the groups file, which the machine writes again when the groups change."""

    loose: tuple[str, ...] = ()  # written under the header
    on_event: Mapping[str, str] = field(default_factory=dict)  # event id -> their comment on its line

    def __bool__(self) -> bool:
        return bool(self.loose or self.on_event)


_COMMENT = re.compile(r"(?:^|\s)#(.*)\Z")  # of one line (`splitlines`)
_ITEM = re.compile(r"\s*-\s+('(?:[^']|'')*'|\S+)\s*")  # a list item: an event's id, maybe quoted
# What `render` writes after an event's id: its value, its source, its sentence (`2022-01-06 NOS: De CSTO …`).
_EVENT_COMMENT = re.compile(r"[0-9X]{4}\S*\s[^:]*:\s")


def editors_comments(text: str, machine_texts: Sequence[str]) -> EditorsComments:
    """The comments of `text` that the machine did not write: in none of `machine_texts` (the header, the base,
    the file as it would now write it) and, after an event's id, not in the form `render` gives it (the
    sentence may have changed since). A comment after an id stays with that event; any other goes under the header."""
    written = {match.group(1).strip() for machine in machine_texts for line in machine.splitlines()
               if (match := _COMMENT.search(line))}
    loose: list[str] = []
    on_event: dict[str, str] = {}
    for line in text.splitlines():
        match = _COMMENT.search(line)
        comment = match.group(1).strip() if match else ""
        if not comment or comment in written:
            continue
        item = _ITEM.fullmatch(line[: match.start()])
        if item is None:
            loose.append(comment)
        elif not _EVENT_COMMENT.match(comment):
            on_event[item.group(1).strip("'").replace("''", "'")] = comment
    return EditorsComments(tuple(loose), on_event)


def render(
    groups: Sequence[Sequence[str]],
    events: Mapping[str, tuple[Event, Document]],
    say: Messages,
    kept: EditorsComments = EditorsComments(),
) -> str:
    """The happenings file of these groups: each group's events in timeline order, a comment saying which is which
    (or the editors' own, `kept`, with theirs under the header)."""
    placed = {event_id for members in groups for event_id in members}
    gone = [f"{event_id}: {text}" for event_id, text in kept.on_event.items() if event_id not in placed]
    loose = [*kept.loose, *gone]  # an event in no group any more keeps its comment under the header
    lines = [f"# {SCHEMA_COMMENT}\n", *(f"# {line}\n" for line in _wrapped(say("happenings.header")))]
    lines.extend(f"# {_comment(text, limit=None)}\n" for text in loose)
    lines.append("happenings:\n" if groups else "happenings: []\n")

    def order(event_id: str) -> tuple:
        event, document = events[event_id]
        return (*sort_key(event.when), document.source.slug, event_id)

    ordered = sorted((sorted(members, key=order) for members in groups), key=lambda members: order(members[0]))
    for members in ordered:
        lines.append(f"  - id: {happening_id(members)}\n    events:\n")
        for event_id in members:
            event, document = events[event_id]
            who = document.source.publisher or document.source.slug
            said = kept.on_event.get(event_id)
            comment = _comment(said, limit=None) if said else _comment(f"{event.when} {who}: {event.text}")
            lines.append(f"      - {_scalar(event_id)}  # {comment}\n")
    return "".join(lines)


def _scalar(value: str) -> str:
    return value if _PLAIN_ID.fullmatch(value) else "'" + value.replace("'", "''") + "'"


def _comment(text: str, limit: int | None = _COMMENT_CHARS) -> str:
    """A comment's text: on one line, without anything a YAML reader or a terminal would act on, cut at a word
    (an editor's own, `limit` None, whole)."""
    flat = " ".join(_UNPRINTABLE.sub(" ", text if limit is None else text[: 2 * limit]).split())
    return flat if limit is None or len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def _wrapped(text: str, width: int = 110) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines
