"""Content files at libyaml's speed: the one reader, and the writer of the machine's files.

ruamel's pure-Python round trip costs ~20 ms a content file each way, which
made extraction and builds of thousands of sources take minutes. ruamel is
kept only where comments and key order must survive (the merge); here:

- `read` parses with libyaml (C) into plain values (dicts, lists, strings,
  numbers, None; dates as ISO text) read by ruamel's YAML 1.2 rules, with the
  line and column of every value and key, refusing what `support.yaml_safety`
  refuses, each error at its line (a syntax error where the editor made it, `mistakes`);
- `emit` writes the machine's content files byte for byte as ruamel's round
  trip dump would (same scalar styles, decided by ruamel's own analysis and
  resolver), and raises `Unsupported` for anything it cannot promise that for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.util import create_timestamp, timestamp_regexp

from generator.content import mistakes
from generator.support.yaml_safety import MAX_DEPTH, refusal_kind

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
MERGE_TAG = "tag:yaml.org,2002:merge"
# Line breaks for libyaml, not for ruamel; plain and single-quoted scalars fold them into a space.
UNICODE_BREAKS = frozenset("\x85\u2028\u2029")
_NEEDS_ESCAPE = UNICODE_BREAKS | {"\n", "\ufeff"}
# Certainly plain for ruamel in block context: starts with a letter or digit, no ':' or '#' (which may
# start an indicator), no control, surrogate or non-character code points, no trailing space.
# A code such as `several-dates`: plain in a flow sequence too, where ',', '[' and ']' are indicators.
_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_PLAIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f][^\x00-\x1f\x7f-\x9f:#\ud800-\udfff\ufffe\uffff]*(?<! )")


class Unsupported(ValueError):
    """The fast path cannot promise ruamel's exact result for this input: use ruamel."""


# -- emitting -------------------------------------------------------------------------------------------------------


def emit(tree: Mapping[str, Any], yaml_rt: YAML, start_comment: str | None = None) -> str:
    """A block mapping as ruamel dumps it with `indent(mapping=2, sequence=4, offset=2)` and a huge width.

    Values may be None, ints, strings, tuples of ints or codes (written in flow
    style), lists and mappings of the same.
    """
    out = [f"# {start_comment}\n"] if start_comment else []
    _mapping(tree, 0, out, yaml_rt, first_prefix="")
    return "".join(out)


def _mapping(tree: Mapping[str, Any], indent: int, out: list[str], yaml_rt: YAML, first_prefix: str) -> None:
    pad = " " * indent
    for index, (key, value) in enumerate(tree.items()):
        out.append(first_prefix if index == 0 and first_prefix else pad)
        out.append(f"{key}:")
        if isinstance(value, Mapping):
            out.append("\n")
            _mapping(value, indent + 2, out, yaml_rt, first_prefix="")
        elif isinstance(value, list):
            _sequence(value, indent, out, yaml_rt)
        else:
            out.append(f" {_value(value, yaml_rt)}\n")


def _sequence(items: list[Any], indent: int, out: list[str], yaml_rt: YAML) -> None:
    if not items:
        out.append(" []\n")
        return
    out.append("\n")
    dash = " " * (indent + 2) + "- "
    for item in items:
        if isinstance(item, Mapping) and item:
            _mapping(item, indent + 4, out, yaml_rt, first_prefix=dash)
        elif isinstance(item, Mapping | list):
            raise Unsupported("nested empty collections")
        else:
            out.append(f"{dash}{_value(item, yaml_rt)}\n")


def _value(value: Any, yaml_rt: YAML) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool) or not isinstance(value, int | str | tuple):
        raise Unsupported(f"a {type(value).__name__} value")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        if all(isinstance(item, int) and not isinstance(item, bool) for item in value):
            return "[" + ", ".join(map(str, value)) + "]"
        if all(isinstance(item, str) and _CODE.fullmatch(item) and _resolves_to_str(item, yaml_rt) for item in value):
            return "[" + ", ".join(value) + "]"
        raise Unsupported("a flow sequence of other than integers or codes")
    return scalar(value, yaml_rt)


def scalar(value: str, yaml_rt: YAML) -> str:
    """A string in the style ruamel's emitter chooses for it in block context (see `choose_scalar_style`)."""
    if not value or not _NEEDS_ESCAPE.isdisjoint(value):
        raise Unsupported("an empty or multi-line string")
    if _PLAIN.fullmatch(value) and _resolves_to_str(value, yaml_rt):
        return value
    analysis = yaml_rt.emitter.analyze_scalar(value)
    if analysis.allow_block_plain and _resolves_to_str(value, yaml_rt):
        return value
    if not analysis.allow_single_quoted:
        raise Unsupported("a string with special characters")
    if "'" in value:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"'{value}'"


def _resolves_to_str(value: str, yaml_rt: YAML) -> bool:
    """Whether ruamel reads `value` back as a string when written plain (not a date, number, null…)."""
    return _plain_tag(yaml_rt)(value) == STR_TAG


@cache
def _plain_tag(yaml_rt: YAML) -> Callable[[str], str]:
    """ruamel's tag for a plain scalar (`VersionedResolver.resolve`), its YAML 1.2 table read once.

    Asking ruamel costs ~11 µs a scalar here (it looks up the YAML version and
    makes a `Tag` each time), this ~2 µs; same rules in the same order, same answer.
    """
    resolver = yaml_rt.resolver
    if resolver.yaml_path_resolvers:
        raise Unsupported("path resolvers")
    table = resolver.versioned_resolver
    # Each rule as (its tag's name, its pattern's own `match`): ruamel's patterns are compiled lazily behind a
    # wrapper that costs a Python call on every use.
    catch_all = tuple((str(name), regexp.match) for name, regexp in table.get(None, ()))
    rules = {
        first: (*((str(name), regexp.match) for name, regexp in table[first]), *catch_all)
        for first in table
        if first is not None
    }

    def tag(value: str) -> str:
        for name, match in rules.get(value[:1], catch_all):  # "" looks up ruamel's rules for the empty scalar
            if match(value):
                return name
        return STR_TAG

    return tag


# -- reading --------------------------------------------------------------------------------------------------------

Place = tuple[int, int]  # 1-based line and column


class ReadError(ValueError):
    """A text that is not a content file's YAML: what is wrong, as the key of a message in `lang/<code>/messages.yaml`
    (`yaml.<key>`) with its fields, and the place an editor must fix."""

    def __init__(self, key: str, line: int | None = None, column: int | None = None, **fields: Any) -> None:
        super().__init__(key)
        self.key, self.line, self.column, self.fields = key, line, column, fields


@dataclass(frozen=True)
class Read:
    """A text's plain values and where each stands: per mapping and list (by identity), its own place and its parts'.

    Values are dicts, lists, strings, ints, floats, bools and None; keys are
    strings, as `merge.plain` names them. The values must be read, not changed:
    a place is found by the identity of the mapping or list holding it.
    """

    values: Any
    # id(mapping) → (its place, {key: (the key's place, the value's place)}); id(list) → (its place, [items' places])
    marks: dict[int, tuple[Place, dict[str, tuple[Place, Place]] | list[Place]]] = field(repr=False)

    def position(self, node: Any, key: Any = None) -> Place:
        """Where `node[key]` stands (or `node` itself, when `key` is None or not in it), as `store.position` says."""
        mark = self.marks.get(id(node))
        if mark is None:
            return 1, 1
        start, parts = mark
        if isinstance(parts, dict) and key in parts:
            return parts[key][1]
        if isinstance(parts, list) and isinstance(key, int) and 0 <= key < len(parts):
            return parts[key]
        return start

    def key_position(self, node: Any, key: str) -> Place:
        """Where the key `key` of the mapping `node` stands."""
        start, parts = self.marks[id(node)]
        return parts[key][0] if isinstance(parts, dict) and key in parts else start


def read(text: str, yaml_rt: YAML) -> Read:
    """The plain values of a YAML text and their places; `ReadError` at its line for anything else.

    Plain scalars get the types ruamel's round trip gives them (YAML 1.2, as
    `yaml_rt` resolves), so a file reads here as the merge reads it. Refused,
    at their place: what `yaml_safety.refusal` refuses (anchors, aliases, tags,
    deep nesting), a list or mapping as a key, duplicate keys, merge keys
    (`<<`), impossible dates, other YAML versions and more than one document.
    """
    loader = yaml.CSafeLoader(text)
    try:
        return _Reader(_plain_tag(yaml_rt)).run(loader)
    except yaml.MarkedYAMLError as error:
        found = mistakes.explain(text, error)
        raise ReadError(found.key, found.line, found.column, **found.fields) from None
    except yaml.YAMLError as error:
        raise ReadError("other", detail=str(error)) from None
    finally:
        loader.dispose()


class _Reader:
    """Values and places made from libyaml's parser events in one pass, without a node tree in between."""

    def __init__(self, plain_tag: Callable[[str], str]) -> None:
        self.plain_tag = plain_tag
        self.marks: dict[int, Any] = {}
        # Open collections, innermost last: (mapping or list, its parts' places, the key awaiting its value or None).
        self.open: list[list[Any]] = []
        self.root: Any = None
        self.documents = 0
        # A plain key's text → the key it is (a content file has a dozen keys, each thousands of times).
        self.keys: dict[str, str] = {}

    def run(self, loader: yaml.CSafeLoader) -> Read:
        """Every event in turn; a scalar, most of them, is taken here, the rest by `start` and `close`."""
        opened, marks, keys, plain = self.open, self.marks, self.keys, self.plain
        get_event, start, close = loader.get_event, self.start, opened.pop
        scalar_event, ends = yaml.ScalarEvent, (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        while True:
            event = get_event()  # None past the end of the stream
            kind = type(event)
            if kind is scalar_event and opened:
                if event.anchor is not None or event.tag is not None or len(opened) >= MAX_DEPTH:
                    self.refused(event, len(opened) + 1)
                mark = event.start_mark
                place = (mark.line + 1, mark.column + 1)
                parent = opened[-1]
                text, awaiting = event.value, parent[2]
                if awaiting is not None:  # the value of a key
                    value = text if event.style else plain(text, place)
                    parent[0][awaiting[0]] = value
                    parent[1][awaiting[0]] = (awaiting[1], place)
                    parent[2] = None
                elif type(parent[0]) is dict:  # a key
                    key = text if event.style else keys.get(text) or self.key(text, event, place)
                    if key in parent[0]:
                        self.key_again(key, event)
                    parent[2] = (key, place)
                else:  # an item of a list
                    parent[0].append(text if event.style else plain(text, place))
                    parent[1].append(place)
            elif kind in ends:
                close()
            elif kind is scalar_event or kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                start(event, kind)
            elif kind is yaml.AliasEvent:
                self.refuse("anchor", event)
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    self.refuse("documents", event)
                if event.version not in (None, (1, 2)):  # YAML 1.1 reads `yes` as true: not what the merge reads
                    self.refuse("version", event)
            elif event is None or kind is yaml.StreamEndEvent:
                return Read(self.root, marks)

    def start(self, event: yaml.Event, kind: type) -> None:
        """A mapping or list opening, or a scalar that is the whole document."""
        opened = self.open
        self.refused(event, len(opened) + 1)
        mark = event.start_mark
        place = (mark.line + 1, mark.column + 1)
        parent = opened[-1] if opened else None
        if parent is not None and parent[2] is None and type(parent[0]) is dict:  # a key
            self.refuse("key_collection", event)
        if kind is yaml.ScalarEvent:
            value = event.value if event.style else self.plain(event.value, place)  # quoted or block: a string
        else:
            value = [] if kind is yaml.SequenceStartEvent else {}
            parts: list[Place] | dict[str, tuple[Place, Place]] = [] if kind is yaml.SequenceStartEvent else {}
            self.marks[id(value)] = (place, parts)
        if parent is None:
            self.root = value
        elif parent[2] is None:  # an item of a list
            parent[0].append(value)
            parent[1].append(place)
        else:
            key, key_place = parent[2]
            parent[0][key] = value
            parent[1][key] = (key_place, place)
            parent[2] = None
        if kind is not yaml.ScalarEvent:
            opened.append([value, parts, None])

    def key(self, text: str, event: yaml.ScalarEvent, place: Place) -> str:
        """The key a plain scalar is, as `merge.plain` names keys (kept for the next time the same text is a key)."""
        tag = self.plain_tag(text)
        if tag == MERGE_TAG:
            self.refuse("merge_key", event)
        value = self.plain(text, place, tag, as_key=True)
        key = value if isinstance(value, str) else str(value)
        if key:  # "" (a null key) would not be found again by `keys.get(text) or`
            self.keys[text] = key
        return key

    def key_again(self, key: str, event: yaml.ScalarEvent) -> None:
        """A key its mapping has already: the first key of an item of a list again means a new item whose `- ` is
        missing; else a duplicate."""
        in_list = len(self.open) > 1 and isinstance(self.open[-2][0], list)
        again = in_list and next(iter(self.open[-1][0])) == key
        self.refuse("missing_dash" if again else "duplicate_key", event, field=key)

    def refused(self, event: yaml.Event, depth: int) -> None:
        """`ReadError` at an event that `yaml_safety` refuses at this depth."""
        refused = refusal_kind(event, depth)
        if refused:
            self.refuse(refused[0], event, **refused[1])

    def plain(self, text: str, place: Place, tag: str | None = None, as_key: bool = False) -> Any:
        """A plain scalar's value as ruamel's round trip reads it (`tag`: its tag, when already known), seen through
        `merge.plain` (dates as ISO text). A date as a key is named as written.
        """
        tag = tag or self.plain_tag(text)
        if tag == STR_TAG:
            return text
        if tag == NULL_TAG:
            return None
        kind = tag.rpartition(":")[2]
        if kind == "int":
            try:
                return _integer(text)
            except ValueError:  # more digits than Python turns into a number (4,300): no value a content file has
                raise ReadError("long_number", *place, digits=f"{len(text):,}") from None
        if kind == "bool":
            return text[0] in "tT"
        if kind == "float":
            return _float(text)
        if kind == "timestamp":
            match = timestamp_regexp.match(text)
            try:
                stamp = create_timestamp(**match.groupdict()) if match else text
                return text if as_key or isinstance(stamp, str) else stamp.isoformat()
            except ValueError as error:
                raise ReadError("impossible_timestamp", *place, value=text, detail=str(error)) from None
        return text  # `=`, which ruamel tags as a "value": its text

    def refuse(self, key: str, event: yaml.Event, **fields: Any) -> None:
        raise ReadError(key, event.start_mark.line + 1, event.start_mark.column + 1, **fields)


def _integer(text: str) -> int:
    """A YAML 1.2 integer as ruamel reads it: underscores ignored, `0b`, `0o` and `0x` prefixes, leading zeros."""
    if text.isdigit() and text.isascii():  # most: offsets
        return int(text)
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    base = {"0b": 2, "0o": 8, "0x": 16}.get(digits[:2].lower(), 10)
    return sign * int(digits[2:] if base != 10 else digits, base)


def _float(text: str) -> float:
    """A YAML 1.2 float as ruamel reads it: `.inf`, `.nan`, underscores ignored."""
    digits = text.replace("_", "").lower()
    if digits.endswith((".inf", ".nan")):
        value = math.inf if digits.endswith("inf") else math.nan
        return -value if digits.startswith("-") else value
    return float(digits)
