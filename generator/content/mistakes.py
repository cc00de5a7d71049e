"""What an editor did wrong, from libyaml's syntax error: the kind of mistake and the line where it was made.

libyaml reports where it gave up (`did not find expected key` at 18:12), in the terms of its
grammar. An editor needs what they did (an unclosed quote at line 12, a colon in a sentence, a
line indented one space too far, a new event without its `- `) and how to undo it. The kinds
are message keys (`yaml.<kind>` in `lang/<code>/messages.yaml`); nothing here is worded for people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml's line breaks: its marks count lines by these.
_BREAKS = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
# The start of a line up to where its value begins: indentation, list dashes, a plain key and its `: `.
_BEFORE_VALUE = re.compile(r"[ ]*(?:-[ ]+)*(?:(?P<key>[^\s'\"#:\-\[\]{}][^:#]*?):[ ]+)?")
# A line that is only a key (`  when:` or `- id:`), and the key.
_KEY_LINE = re.compile(r"(?P<indent>[ ]*)(?P<dash>-[ ]*)?(?P<key>[^\s'\"#:\-\[\]{}][^:#]*?)[ ]*:(?:[ ]|\Z)")
# Characters that start something other than plain text in YAML when a value begins with them.
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
# libyaml's contexts and problems that mean a value began with such a character.
_SPECIAL_CONTEXTS = ("while scanning an alias", "while scanning an anchor", "while scanning a block scalar",
                     "while parsing a flow sequence", "while parsing a flow mapping", "while scanning a tag",
                     "while scanning a directive", "while parsing a flow node")


@dataclass(frozen=True)
class Mistake:
    """A kind of mistake (a message key under `yaml.`), its 1-based place and the fields its message names."""

    key: str
    line: int | None
    column: int | None
    fields: dict[str, Any] = field(default_factory=dict)


def explain(text: str, error: yaml.MarkedYAMLError) -> Mistake:
    """The mistake behind libyaml's `error` in `text`, at the line and column where the editor made it."""
    lines = _BREAKS.split(text)
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return Mistake("other", None, None, {"detail": error.problem or error.context})
    at = mark.line
    quote = _unclosed_quote(lines, at)
    if quote is not None:
        return quote
    line = lines[at] if at < len(lines) else ""
    problem, context = error.problem or "", error.context or ""
    if "\t" in line[: len(line) - len(line.lstrip(" \t"))] or line[mark.column : mark.column + 1] == "\t":
        return Mistake("tab", at + 1, line.index("\t") + 1 if "\t" in line else mark.column + 1)
    if problem.startswith("mapping values are not allowed"):
        return _stray_colon(lines, at, mark.column)
    if problem.startswith(("did not find expected key", "did not find expected '-' indicator", "expected <block end>")):
        return _misplaced_line(lines, at, error.context_mark, problem)
    if problem.startswith("could not find expected ':'") and error.context_mark is not None:
        return _missing_colon(lines, error.context_mark.line)
    special = _special_start(lines, error)
    if special is not None:
        return special
    return Mistake("other", at + 1, mark.column + 1, {"detail": problem or context})


def _unclosed_quote(lines: list[str], upto: int) -> Mistake | None:
    """A quoted value that does not end cleanly (only a comment may follow its closing quote) by line `upto`:
    `quote_early` when text follows its closing quote on its own line, else `unclosed_quote`."""
    number = 0
    while number <= min(upto, len(lines) - 1):
        line = lines[number]
        start = _BEFORE_VALUE.match(line).end()
        if line[start : start + 1] not in ("'", '"'):
            number += 1
            continue
        quote = line[start]
        closing, clean = _closing(quote, lines, number, start + 1, upto)
        if closing is None or not clean:
            kind = "quote_early" if closing == number else "unclosed_quote"
            return Mistake(kind, number + 1, start + 1, {"quote": quote})
        number = closing + 1
    return None


def _closing(quote: str, lines: list[str], number: int, start: int, upto: int) -> tuple[int | None, bool]:
    """The line where a value quoted at `lines[number][start - 1]` ends (None if not by `upto`), and whether it ends
    cleanly there."""
    for index in range(number, min(upto, len(lines) - 1) + 1):
        line = lines[index]
        end = _quote_end(quote, line, start if index == number else 0)
        if end is not None:
            rest = line[end + 1 :]
            return index, not rest.strip() or (rest.lstrip(" ").startswith("#") and rest[:1] == " ")
    return None, False


def _quote_end(quote: str, line: str, position: int) -> int | None:
    """Where the quote that is open at `position` closes on this line: `''` is a quote in '...', `\\"` in "..."."""
    while position < len(line):
        char = line[position]
        if quote == '"' and char == "\\":
            position += 2
            continue
        if char == quote:
            if quote == "'" and line[position + 1 : position + 2] == "'":
                position += 2
                continue
            return position
        position += 1
    return None


def _stray_colon(lines: list[str], at: int, column: int) -> Mistake:
    """`key: value` where libyaml allows none: a line indented under a value, or `: ` inside a sentence."""
    line = lines[at]
    only_key = _KEY_LINE.fullmatch(line[: column + 1]) or _KEY_LINE.match(line)
    before = line[:column]
    if only_key and not re.search(r":[ ]", before):  # the first `: ` of its line: the line itself is misplaced
        fields = {"found": len(only_key["indent"]), "expected": _sibling_indent(lines, at), "field": only_key["key"]}
        return Mistake("indentation", at + 1, len(only_key["indent"]) + 1, fields)
    owner = _KEY_LINE.match(line)
    value = _BEFORE_VALUE.match(line).end()
    return Mistake("colon_in_text", at + 1, value + 1, {"field": owner["key"] if owner else "?"})


def _misplaced_line(lines: list[str], at: int, context: yaml.Mark | None, detail: str) -> Mistake:
    """A line that starts where no field or item of the block around it can: a wrong indentation or a missing `- `."""
    line = lines[at] if at < len(lines) else ""
    indent = _indent(line)
    content = line.lstrip(" ")
    key = _KEY_LINE.match(line)
    name = key["key"] if key else content.split(":")[0].lstrip("- ").strip()
    if content.startswith("-") and not content.startswith(("- ", "-\t")) and content != "-":
        return Mistake("dash_space", at + 1, indent + 1, {"field": name})
    if content.startswith("-"):
        dashes = [_indent(earlier) for earlier in lines[:at] if earlier.lstrip(" ").startswith("- ")]
        if dashes and dashes[-1] != indent:
            return Mistake("dash_indentation", at + 1, indent + 1, {"found": indent, "expected": dashes[-1]})
        first = _first_of_block(lines, at)  # a list whose first item has no dash: it is a mapping to libyaml
        if first is not None:
            item = _KEY_LINE.match(lines[first])
            return Mistake("missing_dash", first + 1, _indent(lines[first]) + 1, {"field": item["key"]})
        return Mistake("other", at + 1, indent + 1, {"detail": detail})
    if key and context is not None and name == _first_item_key(lines, context):
        return Mistake("missing_dash", at + 1, indent + 1, {"field": name})
    expected = _sibling_indent(lines, at)
    if indent == expected:  # in its place: what follows the key is what YAML could not read
        return _starts_special(lines, at) or Mistake("other", at + 1, indent + 1, {"detail": detail})
    return Mistake("indentation", at + 1, indent + 1, {"found": indent, "expected": expected, "field": name})


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _first_of_block(lines: list[str], at: int) -> int | None:
    """The first line of the block that line `at` (a list item) belongs to, if it is a field without a dash."""
    indent = _indent(lines[at])
    for number in range(at - 1, -1, -1):
        line = lines[number]
        if line.strip() and not line.lstrip().startswith("#") and _indent(line) < indent:
            after = [n for n in range(number + 1, at) if lines[n].strip() and not lines[n].lstrip().startswith("#")]
            key = _KEY_LINE.match(lines[after[0]]) if after else None
            return after[0] if key and not key["dash"] else None
    return None


def _first_item_key(lines: list[str], context: yaml.Mark) -> str | None:
    """The key after the `- ` of the list item libyaml's context mark is at (`id` for `- id: …`), if it is one."""
    line = lines[context.line] if context.line < len(lines) else ""
    item = _KEY_LINE.match(line[context.column :]) if line[context.column : context.column + 1] == "-" else None
    return item["key"] if item and item["dash"] else None


def _sibling_indent(lines: list[str], at: int) -> int:
    """Where the fields around line `at` start: under the key of the line above, or inside it if that opens a block."""
    for earlier in reversed(lines[:at]):
        stripped = earlier.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key = _KEY_LINE.match(earlier)
        if key is None:
            return _indent(earlier)
        start = len(key["indent"]) + len(key["dash"] or "")
        return start + 2 if not earlier[key.end() :].strip() else start
    return 0


def _missing_colon(lines: list[str], at: int) -> Mistake:
    """A key libyaml could not find the `: ` of: written `key:value`, or no colon at all."""
    line = lines[at] if at < len(lines) else ""
    glued = re.match(r"[ ]*(?:-[ ]+)*([^\s:#]+):\S", line)
    if glued:
        return Mistake("colon_space", at + 1, glued.end(1) + 1, {"field": glued[1]})
    return Mistake("missing_colon", at + 1, len(line) - len(line.lstrip(" ")) + 1)


def _special_start(lines: list[str], error: yaml.MarkedYAMLError) -> Mistake | None:
    """A value that begins with a character YAML reads as syntax (`@`, `` ` ``, `*`, `[`, `- `, `>`…)."""
    context, problem = error.context or "", error.problem or ""
    mark = error.context_mark if context.startswith(_SPECIAL_CONTEXTS) else error.problem_mark
    if not (context.startswith(_SPECIAL_CONTEXTS) or "cannot start any token" in problem
            or problem.startswith("block sequence entries are not allowed")) or mark is None:
        return None
    return _starts_special(lines, mark.line)


def _starts_special(lines: list[str], at: int) -> Mistake | None:
    """The value of line `at` begins with a character YAML reads as syntax: that is the mistake."""
    line = lines[at] if at < len(lines) else ""
    start = _BEFORE_VALUE.match(line).end()
    character = line[start : start + 1]
    owner = _KEY_LINE.match(line)
    if character not in _INDICATORS or not character or owner is None:
        return None
    return Mistake("special_start", at + 1, start + 1, {"field": owner["key"], "character": character})
