"""The three-way merge that lets editors' corrections survive re-extraction.

`base` is what the machine generated last time (`content/.generated/<slug>.yml`),
`ours` the content file as editors left it, `theirs` what the machine generates
now. Whatever differs between base and ours is an editor's change and wins;
everything else follows the machine. Events are matched by `id` (or, where only an
expression's extent changed, by place: `carried_ids`), fields by key.
The merge works on ruamel trees and changes `ours` in place, so the editors'
comments and key order stay where they put them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from generator.lang import DEFAULT_LANGUAGE
from generator.temporal.language import known as known_language
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


# Where the machine found an event. Never the editor's unless changed: refreshed from the machine's output
# of the same event, and dropped when the machine no longer finds it (they would point at other text).
OFFSETS = frozenset({"span", "sentence"})
# An editor who confirms an event (`confirmed: true`) vouches for its value: the machine never changes it again.
CONFIRMED = frozenset({"confirmed", "when", "mod"})
# What an editor may have changed of an event the machine took into another (`joined:`, one happening told twice)
# that moves to that event. An event whose own sentence an editor changed (its text, expression, mentions or
# context: the joined event has its own, which the text would put out of the site, as a label's `Zondag:` stands for
# its item's in the context) stays whole, as does one whose change another editor's change of the joined event
# contradicts, or the joined event's own words (`_fits`): nothing an editor did is lost, at worst the happening shows
# twice.
MOVABLE = frozenset({"when", "mod", "confirmed", "review", "anchor"})
# The lists a joined event takes from the event it took in (its expression among the mentions, its sentence among
# the context): added to the editor's own list of the joined event, as no expression may be lost.
JOINED_LISTS = ("mentions", "context")
# The joined event's fields an editor's change of an event taken in must fit to move there (`_fits`).
FITTED = ("expression", "review")


@dataclass
class EditorRecord:
    """What editors did, kept in the base (`editors:` of `content/.generated/<slug>.yml`).

    The machine's last output alone forgets an event once its sentence is gone, so its
    return would look new; this record does not forget. `source` and `events` (by id)
    name the fields an editor changed or deleted: they are never taken from the machine
    again. `deleted` holds the ids of the machine's events an editor deleted: never added again.
    """

    source: set[str] = field(default_factory=set)
    events: dict[str, set[str]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    def as_data(self) -> dict[str, Any]:
        """The record as YAML data, sorted so it is written the same every time; empty parts left out."""
        data: dict[str, Any] = {}
        if self.source:
            data["source"] = sorted(self.source)
        if self.events:
            data["events"] = {ident: sorted(self.events[ident]) for ident in sorted(self.events)}
        if self.deleted:
            data["deleted"] = sorted(self.deleted)
        return data


def merge_documents(
    base: Mapping | None, ours: CommentedMap, theirs: Mapping, record: EditorRecord | None = None
) -> EditorRecord:
    """Merge `theirs` into `ours` (changed in place); the record of what editors did, brought up to date.

    `ours` must have a `source:` mapping and an `events:` list of mappings with
    unique ids (`store.merge` makes sure before calling). `record` is the base's.
    """
    base = base or {}
    record = record or EditorRecord()
    # The list first: the lines between events are its own, not the last field's of the event above.
    containers = [
        (ours["events"], (ours, "events")),
        (ours["source"], None),
        *((event, None) for event in ours["events"]),
    ]
    comments = [_detach_comments(container, above) for container, above in containers]
    source = record.source | _changed(base.get("source"), ours["source"])
    _merge_fields(ours["source"], theirs["source"], source)
    language = known_language(plain(ours["source"].get("language", DEFAULT_LANGUAGE)))  # as `kroniek check` reads it
    events, deleted = _merge_events(base.get("events") or [], ours["events"], theirs["events"], record, language)
    for (container, above), lines in reversed(list(zip(containers, comments, strict=True))):
        _attach_comments(container, lines, above)
    return EditorRecord(source, events, deleted)


def carried_ids(base: Mapping | None, ours: Mapping, theirs: Mapping, record: EditorRecord) -> dict[str, str]:
    """Per new machine event that is a base event under a new id, that event's id (the new id → the old).

    An event's id hashes its expression, so a rule that changes an expression's extent (`Ruim een week geleden` →
    `een week geleden`) gives the same happening a new id, and an editor's deletion, edit or confirmation of it would
    be lost. Only such a change of extent is taken for the same event: a new event (its id known nowhere) in a
    sentence of exactly the same text as a base event the machine no longer makes, whose expression is that one's
    less leading or trailing words, each the other's only such match. A carried id stays in the next base at the new
    extent, so the next run finds it at the very same place first (`_exact_keys`), however many new events its
    sentence has by then. Anything else (a sentence the article changed: the machine's output is compared with the
    base alone) is another event: the old one stays whole beside it, shown twice, nothing hidden. The base is
    committed (a pull request can change it): linear time.
    """
    base_events, theirs_events = _events(base), _events(theirs)
    theirs_ids = {str(event.get("id")) for event in theirs_events}
    known = {str(event.get("id")) for event in (*base_events, *_events(ours))} | record.events.keys() | record.deleted
    gone = [place for place in map(_place, (e for e in base_events if str(e.get("id")) not in theirs_ids)) if place]
    new = [place for place in map(_place, (e for e in theirs_events if str(e.get("id")) not in known)) if place]
    renames: dict[str, str] = {}
    for exact in (True, False):  # the very place first: where an id carried before now stands
        taken = set(renames.values())
        olds = [old for old in gone if old.ident not in taken]
        nows = [now for now in new if now.ident not in renames]
        renames |= _only_matches(olds, nows, exact)
    return renames


def rename_ids(document: Mapping, renames: Mapping[str, str]) -> None:
    """Give a document's events the ids `carried_ids` found (only events of their own: one taken into another,
    `joined:`, has no place of its own to be found by)."""
    for event in _events(document):
        if str(event.get("id")) in renames:
            event["id"] = renames[str(event["id"])]


def _events(document: Any) -> list[Mapping]:
    """A document's events that are mappings; none when it has no list of them (an untrusted base may not)."""
    events = document.get("events") if isinstance(document, Mapping) else None
    return [event for event in events if isinstance(event, Mapping)] if isinstance(events, list) else []


@dataclass(frozen=True)
class _Place:
    """Where an event's expression stands: its sentence's text, its offsets within that sentence, its words."""

    ident: str
    text: str
    start: int
    end: int
    expression: str


def _place(event: Mapping) -> _Place | None:
    """An event's place; None when any part is missing or malformed (the base is committed, so a pull request can
    change it)."""
    pairs = [plain(event.get(key)) for key in ("span", "sentence")]
    text, expression = plain(event.get("text")), plain(event.get("expression"))
    if not all(isinstance(p, list) and len(p) == 2 and all(type(n) is int for n in p) for p in pairs):
        return None
    if not isinstance(text, str) or not isinstance(expression, str):
        return None
    (start, end), (sentence, _) = pairs
    return _Place(str(event.get("id")), text, start - sentence, end - sentence, expression)


def _exact_keys(place: _Place) -> tuple[tuple, ...]:
    """The one key of an event's very place."""
    return ((place.text, place.start, place.end, place.expression),)


def _trimmed_keys(place: _Place) -> tuple[tuple, ...]:
    """An expression's keys as a new event has them, and as an old event does that leading or trailing words were
    taken from: the same sentence text and the same end (leading words left out) or start (trailing)."""
    return (place.text, "end", place.end), (place.text, "start", place.start)


def _trimmed(old: _Place, new: _Place) -> bool:
    """Whether the new expression is the old one less leading or trailing words, where the offsets say so."""
    if new.end - new.start != len(new.expression) or old.end - old.start != len(old.expression):
        return False
    left = len(old.expression) - len(new.expression)
    if left <= 0:
        return False
    if new.end == old.end and old.expression.endswith(new.expression):
        return not old.expression[left - 1].isalnum() or not new.expression[0].isalnum()
    if new.start == old.start and old.expression.startswith(new.expression):
        return not old.expression[len(new.expression)].isalnum() or not new.expression[-1].isalnum()
    return False


def _only_matches(olds: list[_Place], nows: list[_Place], exact: bool) -> dict[str, str]:
    """The pairs (new id → old id) that match at the very place (`exact`: `_exact_keys`) or as a trimmed expression
    (`_trimmed_keys`), each the other's only match; a key two old events share matches neither (linear time, however
    many events an untrusted base puts in one sentence).

    At the very place new events that share one old event's place are copies of one sentence the article now
    repeats: the first (`nows` is in the file's order, so in the article's) keeps the old id, as `event_id` keeps it
    for the first copy and numbers the others, which are new."""
    keys = _exact_keys if exact else _trimmed_keys
    by_key: dict[tuple, list[_Place]] = {}
    for old in olds:
        for key in keys(old):
            by_key.setdefault(key, []).append(old)
    pairs = [
        (now, bucket[0]) for now in nows for key in keys(now)
        if len(bucket := by_key.get(key, ())) == 1 and (exact or _trimmed(bucket[0], now))
    ]
    shared = {now.ident for now in nows if any(len(by_key.get(key, ())) > 1 for key in keys(now))}
    olds_of, nows_of = Counter(now.ident for now, _ in pairs), Counter(old.ident for _, old in pairs)
    renames: dict[str, str] = {}
    given: set[str] = set()
    for now, old in pairs:
        if now.ident in shared or olds_of[now.ident] != 1 or old.ident in given:
            continue
        if exact or nows_of[old.ident] == 1:
            renames[now.ident] = old.ident
            given.add(old.ident)
    return renames


def _changed(base: Mapping | None, ours: Mapping) -> set[str]:
    """The fields an editor changed, added or deleted; with no machine version to compare, all of them."""
    if base is None:
        return set(ours) - {"id"}
    return {key for key in {*base, *ours} if plain(base.get(key, MISSING)) != plain(ours.get(key, MISSING))}


def _merge_fields(ours: CommentedMap, theirs: Mapping, owned: set[str]) -> None:
    """Per key: the editor's where they own it (present or deleted), else the machine's."""
    for key in list(ours):
        if key in owned:
            continue
        if key not in theirs:
            del ours[key]
        elif plain(ours[key]) != plain(theirs[key]):  # the same anyway: keep the editor's node and its formatting
            ours[key] = theirs[key]
    for key in theirs:
        if key not in ours and key not in owned:
            _insert(ours, theirs, key, theirs[key])


def _insert(ours: CommentedMap, theirs: Mapping, key: str, value: Any) -> None:
    """A field put where the machine puts it: after the fields before it in `theirs` (else at the start)."""
    order = list(theirs)
    earlier = [k for k in order[: order.index(key)] if k in ours] if key in order else list(ours)
    ours.insert(list(ours).index(earlier[-1]) + 1 if earlier else 0, key, value)


def _merge_events(
    base: list, ours: CommentedSeq, theirs: list, record: EditorRecord, language: str | None
) -> tuple[dict[str, set[str]], set[str]]:
    """Per event id: deleted stays deleted, added stays, edited fields stay; the rest follows the machine.

    Returns the fields editors own by event id, and the ids deleted for good. `language` is the source's (None
    where the tagger knows none), in which a date that moves is read against the joined event's words.
    """
    base_by_id = {event["id"]: event for event in base}
    theirs_by_id = {event["id"]: event for event in theirs}
    ours_ids = {event["id"] for event in ours}
    # An id the editors once had and removed; one they add back by hand is theirs again.
    deleted = (record.deleted | ((base_by_id.keys() | record.events.keys()) - ours_ids)) - ours_ids
    owned_of = {event["id"]: _owned(event, base_by_id.get(event["id"]), record) for event in ours}
    known = base_by_id.keys() | ours_ids | record.events.keys() | deleted
    for host in theirs:  # a new event that took in only events the editors deleted is that happening: deleted too
        if host["id"] not in known and _joined(host) and set(_joined(host)) <= deleted:
            deleted.add(host["id"])
    moves = _moves(ours, base_by_id, theirs, owned_of, deleted, language)
    # The events taken into one the editors deleted: the editors chose them over it, so they stay as they are.
    chosen = {ident for host in theirs if host["id"] in deleted for ident in _joined(host)}
    moved = {ident for changes in moves.values() for ident in changes}
    owned_by_id: dict[str, set[str]] = {}
    kept: list = []
    for event in [*ours, *(e for e in theirs if e["id"] not in ours_ids and e["id"] not in deleted)]:
        ident = event["id"]
        if ident in moved:
            continue  # its editors' changes go to the event that took it in
        owned = owned_of.get(ident, set())
        now = theirs_by_id.get(ident)
        if now is not None:
            if ident in ours_ids:  # else new from the machine, taken as it is
                _merge_fields(event, now, owned)
                _add_joined_items(event, base_by_id.get(ident), now, owned)
        elif not owned and ident not in chosen:
            continue  # unedited, and the tagger no longer finds it
        else:  # the machine lost it: the editor's whole, but for offsets that point at what the article no longer says
            for key in OFFSETS - owned:
                event.pop(key, None)
            owned |= set(event) - {"id"}
        if ident in base_by_id and "mentions" in owned:  # the machine's mentions an editor kept: fresh offsets
            _refresh_mention_spans(event.get("mentions"), (now or {}).get("mentions"))
        for changes in moves.get(ident, {}).values():
            owned |= _take_changes(event, changes, now or {})
        if owned:
            owned_by_id[ident] = owned
        kept.append(event)
    kept.sort(key=timeline_key)
    if [id(event) for event in kept] != [id(event) for event in ours]:
        ours[:] = kept
    return owned_by_id, deleted


def _owned(event: Mapping, base: Mapping | None, record: EditorRecord) -> set[str]:
    """The fields of an event an editor owns: changed now or before, and what a confirmation vouches for."""
    owned = record.events.get(event["id"], set()) | _changed(base, event)
    if plain(event.get("confirmed")) is True:  # what the editor confirmed is the editor's from now on
        owned |= CONFIRMED
    return owned


def _joined(event: Mapping) -> list[str]:
    """The ids of the events the machine took into this one (`joined:`)."""
    ids = event.get("joined")
    return [str(ident) for ident in ids] if isinstance(ids, list) else []


def _moves(
    ours: CommentedSeq,
    base_by_id: Mapping,
    theirs: list,
    owned_of: Mapping[str, set[str]],
    deleted: set[str],
    language: str | None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Per event the machine made of a happening told twice, the editors' changes of each event it took in, by that
    event's id: each changed field's value (MISSING when deleted). Only changes that can move (`MOVABLE`), agree
    with the editors' changes of the joined event and of the others it took in, and fit the joined event (`_fits`)."""
    theirs_by_id = {event["id"]: event for event in theirs}
    ours_by_id = {event["id"]: event for event in ours}
    moves: dict[str, dict[str, dict[str, Any]]] = {}
    for host in theirs:
        if host["id"] in deleted:
            continue  # the editors deleted the event that took it in: the other stays as they left it
        mine = ours_by_id.get(host["id"])
        taken = {key: mine.get(key, MISSING) for key in owned_of.get(host["id"], ())} if mine is not None else {}
        for ident in _joined(host):
            event = ours_by_id.get(ident)
            if event is None or ident in theirs_by_id or not owned_of.get(ident):
                continue  # gone, still the machine's own, or nobody touched it: nothing to move
            base = base_by_id.get(ident, {})
            changes = {
                key: event.get(key, MISSING) for key in owned_of[ident]
                if plain(event.get(key, MISSING)) != plain(base.get(key, MISSING))
            }
            if changes.keys() <= MOVABLE and all(
                plain(taken[key]) == plain(value) for key, value in changes.items() if key in taken
            ) and _fits(changes, {key: taken.get(key, host.get(key, MISSING)) for key in FITTED}, language):
                moves.setdefault(host["id"], {})[ident] = changes
                taken |= changes
    return moves


def _fits(changes: Mapping[str, Any], joined: Mapping[str, Any], language: str | None) -> bool:
    """Whether an editor's changes of an event taken in can stand on the joined event (`joined`: its fields as the
    merge leaves them). Not a `when` that event's own expression contradicts (`21:00` on `rond 21.30 uur`):
    `kroniek check` would refuse the file for an event nobody edited. Not flags that leave out some of that event's
    own: the editor checked the other telling's doubts, not these, which would be hidden unchecked."""
    when, expression = plain(changes.get("when")), plain(joined["expression"])
    if language and isinstance(when, str) and isinstance(expression, str) and _contradicts(when, expression, language):
        return False
    return "review" not in changes or _flags(joined["review"]) <= _flags(changes["review"])


def _contradicts(when: str, expression: str, language: str) -> bool:
    """Whether `kroniek check` finds a `when` contradicting the time of day its expression names."""
    # Imported here: the check reads content files through `store`, which merges with this module.
    from generator.content.check import time_of_day_conflict

    try:
        return time_of_day_conflict(when, expression, language) is not None
    except ValueError:  # a day the calendar lacks: the check says so of its form, whichever event holds it
        return False


def _flags(review: Any) -> set[str]:
    """An event's review flags (none where it has no list of them)."""
    flags = plain(review)
    return {str(flag) for flag in flags} if isinstance(flags, list) else set()


def _take_changes(event: CommentedMap, changes: Mapping[str, Any], theirs: Mapping) -> set[str]:
    """An event the machine took in: its editors' changes made on the event that took it in; the fields now owned."""
    for key, value in changes.items():
        if value is MISSING:
            event.pop(key, None)
        elif key in event:
            event[key] = value
        else:
            _insert(event, theirs, key, value)
    return set(changes)


def _add_joined_items(event: CommentedMap, base: Mapping | None, theirs: Mapping, owned: set[str]) -> None:
    """An event that took in another since the base (`joined:`) has that one's expression among its mentions and its
    sentence among its context: added to such a list an editor owns, where they stand in the machine's, so that no
    expression is lost. An item the base had the editor removed: it stays removed."""
    if not set(_joined(theirs)) - set(_joined(base or {})):
        return
    for key in JOINED_LISTS:
        if key not in owned or not isinstance(theirs.get(key), list):
            continue
        mine = event.get(key)
        if not isinstance(mine, list):  # deleted by the editor (or not a list): the new items alone
            mine = CommentedSeq()
        known = {_item_key(item) for item in (*mine, *((base or {}).get(key) or ()))}
        if all(_item_key(item) in known for item in theirs[key]):
            continue
        at = 0  # where the next new item goes: after the last of the machine's items the editor's list has
        for item in theirs[key]:
            found = next((index for index, own in enumerate(mine) if _item_key(own) == _item_key(item)), None)
            if found is not None:
                at = found + 1
            elif _item_key(item) not in known:
                mine.insert(at, item)
                at += 1
        if key not in event:
            _insert(event, theirs, key, mine)
        elif mine is not event[key]:
            event[key] = mine


def _item_key(item: Any) -> Any:
    """A mention by its expression and value (its offsets move with the text), a context sentence by itself."""
    data = plain(item)
    return tuple(sorted((k, v) for k, v in data.items() if k != "span")) if isinstance(data, dict) else data


def _refresh_mention_spans(ours: Any, theirs: Any) -> None:
    """A mention's `span`, like an event's, is where the machine found it: taken from the machine's mention of the
    same expression now, dropped when it finds none (it would point at other text). The rest is the editor's."""
    if not isinstance(ours, list):
        return
    found: dict[Any, list[Any]] = {}
    for mention in theirs if isinstance(theirs, list) else ():
        if isinstance(mention, Mapping) and "span" in mention:
            found.setdefault(plain(mention.get("expression")), []).append(mention["span"])
    for mention in ours:
        if not isinstance(mention, CommentedMap) or "span" not in mention:
            continue
        spans = found.get(plain(mention.get("expression")))
        if not spans:
            del mention["span"]
        elif plain(mention["span"]) != plain(spans[0]):
            mention["span"] = spans.pop(0)
        else:
            spans.pop(0)


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
    ended = _take_end_lines(container[key])
    token = _tail_token(container, key)
    if token is None or "\n" not in token.value:
        return ended
    line_end, _, lines = token.value.partition("\n")
    token.value = line_end + "\n"
    return lines + ended


def _take_end_lines(value: Any) -> str:
    """The comment lines ruamel keeps at the end of a nested block collection (after a list of mappings, such as
    an event's `mentions`), removed from it."""
    if not isinstance(value, CommentedMap | CommentedSeq) or not value or value.fa.flow_style():
        return ""
    tokens, value.ca.end = value.ca.end or [], []
    lines = "".join(" " * token.column + token.value for token in tokens)
    return _take_end_lines(value[_keys(value)[-1]]) + lines


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
