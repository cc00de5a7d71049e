"""Where rules can start: the literal prefixes of each rule, and one trie regex to find them fast.

Trying every rule at every word is what makes a regex tagger slow. Each compiled rule is
read with Python's own regex parser to collect the literal prefixes (up to eight
characters, across spaces and digits) that its matches must start with. The text is scanned once,
in a normalised copy with the same offsets (lower case, digits as 0, any white space
as a space), for those prefixes; only there are the rules owning them tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

PREFIX = 8
_SAME_LENGTH = str.maketrans({**{str(d): "0" for d in range(10)}, "\n": " ", "\t": " ", "\r": " ", "\xa0": " ",
                              "\u2019": "'", "\u2018": "'"})

Prefixes = set[tuple[str, bool]]  # (prefix, finished: no more characters can be added)


def fold(text: str) -> str:
    """Lower case, digits as 0, white space as a space, straight apostrophes (’ and ‘); offsets stay those of `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters (İ) lower to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_SAME_LENGTH)


def _add(prefixes: set[str], char: str) -> Prefixes:
    char = fold(char)
    return {(p + char, len(p) + 1 >= PREFIX) for p in prefixes}


def _is_space(items: list[Any]) -> bool:
    return items == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]


def _is_digit(items: list[Any]) -> bool:
    return len(items) == 1 and items[0][0] == sre.IN and _class({""}, items[0][1]) == {("0", False)}


def _class(prefixes: set[str], items: list[Any]) -> Prefixes:
    """A character class: branch on its characters, read digits as 0; anything wider ends the prefix."""
    out: Prefixes = set()
    for op, av in items:
        if op == sre.LITERAL:
            out |= _add(prefixes, chr(av))
        elif op == sre.CATEGORY and av == sre.CATEGORY_SPACE:
            out |= _add(prefixes, " ")
        elif (op == sre.CATEGORY and av == sre.CATEGORY_DIGIT) or (op == sre.RANGE and chr(av[0]).isdigit()):
            out |= _add(prefixes, "0")
        else:
            return {(p, True) for p in prefixes}
    return out


def _step(op: Any, av: Any, prefixes: set[str]) -> Prefixes:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {(p, False) for p in prefixes}
    if op == sre.LITERAL:
        return _add(prefixes, chr(av))
    if op == sre.IN:
        return _class(prefixes, av)
    if op == sre.SUBPATTERN:
        return _extend(av[-1], {(p, False) for p in prefixes})
    if op == sre.BRANCH:
        return set().union(*(_extend(alt, {(p, False) for p in prefixes}) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        skipped = {(p, False) for p in prefixes} if low == 0 else set()
        if _is_space(list(body)):  # \s+ or \s*: the normalised text has one space there
            return skipped | {(p + " ", len(p) + 1 >= PREFIX) for p in prefixes}
        if _is_digit(list(body)) and high <= 4:  # \d{1,3}: each length is a prefix of its own
            runs = range(max(low, 1), high + 1)
            return skipped | {(p + "0" * n, len(p) + n >= PREFIX) for p in prefixes for n in runs}
        once = _extend(body, {(p, False) for p in prefixes})
        return skipped | (once if high == 1 else {(p, True) for p, _ in once})
    return {(p, True) for p in prefixes}


def _extend(items: Iterable[Any], prefixes: Prefixes) -> Prefixes:
    for op, av in items:
        open_prefixes = {p for p, finished in prefixes if not finished}
        if not open_prefixes:
            break
        prefixes = {entry for entry in prefixes if entry[1]} | _step(op, av, open_prefixes)
    return prefixes


def prefixes(pattern: str, flags: int = 0) -> frozenset[str]:
    """Normalised literal prefixes every match of `pattern` starts with; "" when it can start anywhere."""
    parsed = sre_parse.parse(pattern, flags)
    return frozenset(p for p, _ in _extend(parsed, {("", False)}))


def _trie(words: list[str]) -> str:
    """A regex matching the longest of `words` that the text starts with (words share their prefixes)."""
    by_first: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _trie(rest) for first, rest in sorted(by_first.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def scanner(all_prefixes: Iterable[str]) -> re.Pattern[str]:
    """Finds, at every word start of a normalised text, the longest known prefix there (group 1)."""
    return re.compile(rf"(?<!\w)(?=({_trie(sorted(set(all_prefixes)))}))")
