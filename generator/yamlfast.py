"""Fast paths for the two YAML jobs that dominate at scale, each exact or refusing.

ruamel's pure-Python round trip costs ~20 ms a content file each way, which
made extraction and builds of thousands of sources take minutes. Both paths
here give the same result as ruamel or step aside:

- `emit` writes the machine's content files byte for byte as ruamel's round
  trip dump would (same scalar styles, decided by ruamel's own analysis and
  resolver), and raises `Unsupported` for anything it cannot promise that for;
- `load` parses with libyaml (C) and hands the nodes to ruamel's round-trip
  constructor, so values, quoting types and line/column marks are ruamel's;
  only comments are lost, so it serves reading, never merging.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import yaml
from ruamel.yaml import YAML, nodes
from ruamel.yaml.error import StreamMark
from ruamel.yaml.tag import Tag

STR_TAG = "tag:yaml.org,2002:str"
_NEEDS_ESCAPE = frozenset("\n\x85\u2028\u2029\ufeff")
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
    if value[0] not in _resolver_first_chars(yaml_rt):
        return True
    return str(yaml_rt.resolver.resolve(nodes.ScalarNode, value, (True, False))) == STR_TAG


@cache
def _resolver_first_chars(yaml_rt: YAML) -> frozenset[str | None]:
    """The first characters ruamel's implicit resolvers look at; other plain scalars are strings."""
    table = yaml_rt.resolver.versioned_resolver
    if table.get(None):
        return frozenset(chr(n) for n in range(0x110000))  # a catch-all resolver: always ask
    return frozenset(table)


# -- loading --------------------------------------------------------------------------------------------------------


def load(text: str, yaml_rt: YAML) -> Any:
    """The round-trip tree ruamel would construct from `text`, without comments; `Unsupported` when unsure.

    Directives (`%YAML 1.1` changes the resolver), tags and libyaml's own errors
    step aside, so ruamel parses those texts and words any error itself.
    """
    if text.startswith("%") or "\n%" in text or "!" in text:
        raise Unsupported("directives or tags")
    if "&" in text or "*" in text:
        raise Unsupported("maybe anchors or aliases, which ruamel's composer in `store.parse` refuses")
    try:
        node = yaml.compose(text, Loader=_loader(yaml_rt))
    except yaml.YAMLError as error:
        raise Unsupported(str(error)) from None
    if node is None:
        raise Unsupported("an empty document")
    constructor = yaml_rt.constructor
    return constructor.construct_document(_ruamel_node(node, {}))


@cache
def _loader(yaml_rt: YAML) -> type:
    """libyaml's composer with ruamel's resolver, so plain scalars get ruamel's (YAML 1.2) tags."""
    resolver = yaml_rt.resolver

    class Loader(yaml.CSafeLoader):
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                return str(resolver.resolve(nodes.ScalarNode, value, implicit))
            return "tag:yaml.org,2002:seq" if kind is yaml.SequenceNode else "tag:yaml.org,2002:map"

    return Loader


@cache
def _tag(name: str) -> Tag:
    """One shared ruamel `Tag` per tag: it caches its decoded form, which is slow to compute per node."""
    return Tag(suffix=name)


def _mark(mark: yaml.Mark) -> StreamMark:
    return StreamMark(mark.name, mark.index, mark.line, mark.column)


def _ruamel_node(node: yaml.Node, seen: dict[int, nodes.Node]) -> nodes.Node:
    """The same node in ruamel's classes; an alias stays one shared node, as ruamel's composer makes it."""
    if id(node) in seen:
        return seen[id(node)]
    start, end = _mark(node.start_mark), _mark(node.end_mark)
    converted: nodes.Node
    if isinstance(node, yaml.ScalarNode):
        converted = nodes.ScalarNode(_tag(node.tag), node.value, start, end, style=node.style)
    elif isinstance(node, yaml.SequenceNode):
        converted = nodes.SequenceNode(_tag(node.tag), [], start, end, flow_style=node.flow_style)
        seen[id(node)] = converted
        converted.value = [_ruamel_node(item, seen) for item in node.value]
    else:
        converted = nodes.MappingNode(_tag(node.tag), [], start, end, flow_style=node.flow_style)
        seen[id(node)] = converted
        converted.value = [(_ruamel_node(key, seen), _ruamel_node(value, seen)) for key, value in node.value]
    seen[id(node)] = converted
    return converted
