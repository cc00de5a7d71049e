"""Fast paths for the two YAML jobs that dominate at scale, each exact or refusing.

ruamel's pure-Python round trip costs ~20 ms a content file each way, which
made extraction and builds of thousands of sources take minutes. Both paths
here give the same result as ruamel or step aside:

- `emit` writes the machine's content files byte for byte as ruamel's round
  trip dump would (same scalar styles, decided by ruamel's own analysis and
  resolver), and raises `Unsupported` for anything it cannot promise that for;
- `load` parses with libyaml (C) and builds ruamel's round-trip types from
  its nodes as ruamel's constructor would (same values, quoting types and
  line/column marks), leaving odd scalars to that constructor itself; only
  comments are lost, so it serves reading, never merging;
- `load_plain` gives the same as `plain(load(...))` without making ruamel's
  types at all, and looks up where a value stands only when asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from ruamel.yaml import YAML, nodes
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import StreamMark
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tag import Tag

from generator.content.merge import plain
from generator.support.yaml_safety import MAX_DEPTH

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
INT_TAG = "tag:yaml.org,2002:int"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
# Line breaks for libyaml, not for ruamel's marks; plain and single-quoted scalars fold them into a space.
UNICODE_BREAKS = frozenset("\x85\u2028\u2029")
# What ruamel's round-trip constructor makes of a string by its style: quotes only with `preserve_quotes`.
_BLOCK_STYLED = {"|": LiteralScalarString, ">": FoldedScalarString}
_STYLED = {**_BLOCK_STYLED, "'": SingleQuotedScalarString, '"': DoubleQuotedScalarString}
_DECIMAL = re.compile(r"[-+]?[1-9][0-9]*")
# Scalars ruamel's constructor makes in one call, with no state kept between nodes.
_CONSTRUCTED = frozenset({INT_TAG, "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"})
_NEEDS_ESCAPE = UNICODE_BREAKS | {"\n", "\ufeff"}
_READ_OTHERWISE = UNICODE_BREAKS | {"\t"}  # by libyaml than by ruamel: see `load`
# Certainly plain for ruamel in block context: starts with a letter or digit, no ':' or '#' (which may
# start an indicator), no control, surrogate or non-character code points, no trailing space.
_PLAIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f][^\x00-\x1f\x7f-\x9f:#\ud800-\udfff\ufffe\uffff]*(?<! )")


class Unsupported(ValueError):
    """The fast path cannot promise ruamel's exact result for this input: use ruamel."""


# -- emitting -------------------------------------------------------------------------------------------------------


def emit(tree: Mapping[str, Any], yaml_rt: YAML, start_comment: str | None = None) -> str:
    """A block mapping as ruamel dumps it with `indent(mapping=2, sequence=4, offset=2)` and a huge width.

    Values may be None, ints, strings, tuples (written in flow style), lists
    and mappings of the same.
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
        if not all(isinstance(item, int) and not isinstance(item, bool) for item in value):
            raise Unsupported("a flow sequence of other than integers")
        return "[" + ", ".join(map(str, value)) + "]"
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
    catch_all = tuple(table.get(None, ()))
    rules = {first: (*table[first], *catch_all) for first in table if first is not None}

    def tag(value: str) -> str:
        for name, regexp in rules.get(value[:1], catch_all):  # "" looks up ruamel's rules for the empty scalar
            if regexp.match(value):
                return str(name)
        return STR_TAG

    return tag


# -- loading --------------------------------------------------------------------------------------------------------


def _compose(text: str, yaml_rt: YAML) -> yaml.Node:
    """libyaml's nodes of `text`, tagged by ruamel's resolver; `Unsupported` where ruamel might read it otherwise.

    Directives (`%YAML 1.1` changes the resolver), tags and libyaml's own errors
    step aside, so ruamel parses those texts and words any error itself; so do
    NEL and Unicode line and paragraph separators, which libyaml counts as line
    breaks and ruamel does not (every mark after them would differ), tabs
    (libyaml takes them where ruamel refuses them) and byte order marks past the
    first character (libyaml drops them).
    """
    if text.startswith("%") or "\n%" in text or "!" in text:
        raise Unsupported("directives or tags")
    if "&" in text or "*" in text:
        raise Unsupported("maybe anchors or aliases, which ruamel's composer in `store.parse` refuses")
    if not _READ_OTHERWISE.isdisjoint(text) or text.find("\ufeff", 1) >= 0:
        raise Unsupported("characters libyaml reads otherwise than ruamel")
    try:
        node = yaml.compose(text, Loader=_loader(yaml_rt))
    except yaml.YAMLError as error:
        raise Unsupported(str(error)) from None
    if node is None:
        raise Unsupported("an empty document")
    return node


@dataclass(frozen=True)
class Plain:
    """A text's plain values, and its nodes to find where a value stands when that is asked."""

    values: Any
    root: yaml.Node

    def position(self, *path: str | int) -> tuple[int, int]:
        """1-based line and column of the value at `path` (mapping keys and sequence indexes), as `store.position`.

        Keys are looked up by their text: the paths asked for name string keys.
        """
        node = self.root
        for step in path:
            if isinstance(node, yaml.SequenceNode):
                node = node.value[step]
            else:
                node = next(value for key, value in node.value if key.value == step)
        return node.start_mark.line + 1, node.start_mark.column + 1


def load(text: str, yaml_rt: YAML) -> Any:
    """The round-trip tree ruamel would construct from `text`, without comments; `Unsupported` when unsure.

    The texts refused are those of `_compose`.
    """
    return _Builder(yaml_rt).node(_compose(text, yaml_rt), 1)


def load_plain(text: str, yaml_rt: YAML) -> Plain:
    """`plain(load(text, yaml_rt))` with the nodes it was made of, a third of the cost; `Unsupported` as `load`.

    Most content files are only read, never written or reported on: their
    values need no ruamel types, no line and column marks.
    """
    node = _compose(text, yaml_rt)
    return Plain(_Builder(yaml_rt).value(node, 1), node)


@cache
def _loader(yaml_rt: YAML) -> type:
    """libyaml's composer with ruamel's resolver, so plain scalars get ruamel's (YAML 1.2) tags."""
    plain_tag = _plain_tag(yaml_rt)

    class Loader(yaml.CSafeLoader):
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                return plain_tag(value) if implicit[0] else STR_TAG  # quoted and block scalars are strings
            return SEQ_TAG if kind is yaml.SequenceNode else MAP_TAG

    return Loader


class _Builder:
    """ruamel's round-trip constructor (`RoundTripConstructor`) over libyaml's nodes, for what content files hold.

    Strings, null and plain decimal integers are built here exactly as ruamel
    builds them, with the same `CommentedMap`/`CommentedSeq` line and column
    marks and flow styles; dates, floats, booleans and other integers (`0o10`,
    `1_000`) go to ruamel's own constructor. Collections as keys, merge (`<<`)
    and value (`=`) scalars, duplicate keys, empty values and block scalars that open
    with blank lines step aside. A folded scalar has no `fold_pos`: only ruamel's
    scanner marks the folds, and only its emitter reads them.
    """

    def __init__(self, yaml_rt: YAML) -> None:
        self.constructor = yaml_rt.constructor
        self.styled = _STYLED if yaml_rt.preserve_quotes else _BLOCK_STYLED

    def node(self, node: yaml.Node, depth: int) -> Any:
        if depth >= MAX_DEPTH:
            raise Unsupported("deep nesting, which `store.parse` refuses")
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        start = node.start_mark
        data: CommentedMap | CommentedSeq
        if isinstance(node, yaml.SequenceNode):
            data = CommentedSeq()
            data._yaml_set_line_col(start.line, start.column)
            data.extend([self.node(child, depth + 1) for child in node.value])
            for index, child in enumerate(node.value):
                data._yaml_set_idx_line_col(index, [child.start_mark.line, child.start_mark.column])
        else:
            data = CommentedMap()
            data._yaml_set_line_col(start.line, start.column)
            for key_node, value_node in node.value:
                key = self.key(key_node, data)
                value = self.node(value_node, depth + 1)
                key_mark, value_mark = key_node.start_mark, value_node.start_mark
                data._yaml_set_kv_line_col(key, [key_mark.line, key_mark.column, value_mark.line, value_mark.column])
                data[key] = value
        if data and node.flow_style:  # ruamel's `set_collection_style`
            data.fa.set_flow_style()
        elif data:
            data.fa.set_block_style()
        return data

    def value(self, node: yaml.Node, depth: int) -> Any:
        """`plain(self.node(node, depth))`, made without ruamel's types on the way."""
        if depth >= MAX_DEPTH:
            raise Unsupported("deep nesting, which `store.parse` refuses")
        if isinstance(node, yaml.ScalarNode):
            return plain(self.scalar(node, styled=False))
        if isinstance(node, yaml.SequenceNode):
            return [self.value(child, depth + 1) for child in node.value]
        data: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node, data)
            data[key] = self.value(value_node, depth + 1)
        return {str(key): value for key, value in data.items()}  # as `plain` names keys

    def key(self, node: yaml.Node, data: Mapping[Any, Any]) -> Any:
        """A mapping's key, not yet in `data`."""
        if not isinstance(node, yaml.ScalarNode):
            raise Unsupported("a collection as a key")
        key = self.scalar(node)
        if key in data:
            raise Unsupported("a duplicate key, which ruamel refuses in its own words")
        return key

    def scalar(self, node: yaml.ScalarNode, styled: bool = True) -> Any:
        """The scalar as ruamel constructs it; without `styled`, a quoted or block string is a plain `str`."""
        if node.style in ("|", ">") and (node.value.startswith("\n") or not node.value.strip(" \n")):
            raise Unsupported("a block scalar opening with blank lines, which ruamel may refuse for their indentation")
        if not node.value and not node.style:
            raise Unsupported("an empty value, which libyaml marks where its key ends and ruamel where the next begins")
        if node.tag == STR_TAG:
            kind = self.styled.get(node.style) if styled else None
            return node.value if kind is None else kind(node.value)
        if node.tag == NULL_TAG:
            return None
        if node.tag == INT_TAG and _DECIMAL.fullmatch(node.value):
            return int(node.value)  # ruamel keeps a ScalarInt only for widths, underscores and other bases
        if node.tag not in _CONSTRUCTED:
            raise Unsupported(f"a scalar tagged {node.tag}")
        converted = nodes.ScalarNode(
            _tag(node.tag), node.value, _mark(node.start_mark), _mark(node.end_mark), style=node.style or None
        )
        return self.constructor.construct_non_recursive_object(converted)


@cache
def _tag(name: str) -> Tag:
    """One shared ruamel `Tag` per tag: it caches its decoded form, which is slow to compute per node."""
    return Tag(suffix=name)


def _mark(mark: yaml.Mark) -> StreamMark:
    return StreamMark(mark.name, mark.index, mark.line, mark.column)
