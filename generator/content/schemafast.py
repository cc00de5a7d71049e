"""A fast yes to "is this valid?" for the JSON Schema keywords Kroniek's schema uses, never a false one.

jsonschema's `iter_errors` takes about a millisecond a content file, nearly
always to find nothing. `compile_schema` turns a schema into nested closures
that answer in a tenth of that; they say True only where jsonschema (draft
2020-12, no format assertions) finds no error, and False whenever unsure, so
callers ask jsonschema for the errors, in its own words, only then. A keyword it does not
know makes `compile_schema` raise `Unsupported`: then there is no fast answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]
# Keywords that never fail an instance.
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"})
# jsonschema's default type checker, except "integer" also takes a float such as 1.0: False here, to be asked.
_TYPES: dict[str, Check] = {
    "string": lambda value: isinstance(value, str),
    "null": lambda value: value is None,
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
}


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


class Unsupported(ValueError):
    """The schema uses a keyword or form this module does not answer for."""


def compile_schema(schema: Mapping[str, Any], pointer: str = "#") -> Check:
    """A check of instances against the part of `schema` at `pointer` (`#` for all of it).

    References must be local JSON pointers such as `#/$defs/event`.
    """
    compiled: dict[str, Check] = {}

    def ref(pointer: str) -> Check:
        if pointer != "#" and not pointer.startswith("#/"):
            raise Unsupported(f"the reference {pointer}")
        if pointer not in compiled:
            target: Any = schema
            for part in pointer[2:].split("/") if pointer != "#" else ():
                target = target[part.replace("~1", "/").replace("~0", "~")]
            compiled[pointer] = _never  # until built: a schema may refer to itself
            compiled[pointer] = build(target)
        return lambda value: compiled[pointer](value)

    def build(subschema: Any) -> Check:
        if subschema is True or subschema is False:
            return _always if subschema else _never
        if not isinstance(subschema, Mapping):
            raise Unsupported(f"the schema {subschema!r}")
        checks = [
            keyword(name, argument, subschema) for name, argument in subschema.items() if name not in _ANNOTATIONS
        ]
        return _all_of(checks)

    def keyword(name: str, argument: Any, subschema: Mapping[str, Any]) -> Check:
        if name == "$ref":
            return ref(argument)
        if name == "type":
            names = [argument] if isinstance(argument, str) else list(argument)
            if not set(names) <= set(_TYPES):
                raise Unsupported(f"the type {argument!r}")
            tests = [_TYPES[type_name] for type_name in names]
            return lambda value: any(test(value) for test in tests)
        if name == "enum":
            strings = {member for member in argument if isinstance(member, str)}
            takes_null = any(member is None for member in argument)
            return lambda value: (value is None and takes_null) or (isinstance(value, str) and value in strings)
        if name == "pattern":
            search = re.compile(argument).search  # what jsonschema's `re.search(pattern, instance)` does
            return lambda value: not isinstance(value, str) or search(value) is not None
        if name == "minLength":
            return lambda value: not isinstance(value, str) or len(value) >= argument
        if name == "minimum":
            return lambda value: not _is_number(value) or value >= argument
        if name == "minItems":
            return lambda value: not isinstance(value, list) or len(value) >= argument
        if name == "maxItems":
            return lambda value: not isinstance(value, list) or len(value) <= argument
        if name == "required":
            return lambda value: not isinstance(value, dict) or all(key in value for key in argument)
        if name == "properties":
            properties = {key: build(item) for key, item in argument.items()}

            def each_property(value: Any) -> bool:
                if isinstance(value, dict):
                    for key, item in value.items():
                        if key in properties and not properties[key](item):
                            return False
                return True

            return each_property
        if name == "additionalProperties":
            if "patternProperties" in subschema:
                raise Unsupported("additionalProperties beside patternProperties")
            known = set(subschema.get("properties", ()))
            extra = build(argument)
            return lambda value: (
                not isinstance(value, dict) or all(extra(item) for key, item in value.items() if key not in known)
            )
        if name == "prefixItems":
            prefix = [build(item) for item in argument]
            return lambda value: (
                not isinstance(value, list) or all(check(item) for check, item in zip(prefix, value, strict=False))
            )
        if name == "items":
            skip = len(subschema.get("prefixItems", ()))
            each = build(argument)
            return lambda value: not isinstance(value, list) or all(each(item) for item in value[skip:])
        raise Unsupported(f"the keyword {name}")

    return ref(pointer)


def _all_of(checks: list[Check]) -> Check:
    """One check for several: this runs for every node of every file, so it is a plain loop."""
    if len(checks) == 1:
        return checks[0]

    def every(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 - `all()` over a generator takes half as long again
            if not check(value):
                return False
        return True

    return every


def _is_number(value: Any) -> bool:
    """jsonschema's "number": any int or float but a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool)
