"""Where rules can start: the literal prefixes of each rule, and one trie regex to find them fast.

Trying every rule at every word is what makes a regex tagger slow. Each compiled rule is
read with Python's own regex parser to collect the literal prefixes (up to eight
characters, across spaces and digits) that its matches must start with. The text is scanned once,
in a normalised copy with the same offsets (lower case, digits as 0, any white space
as a space), for those prefixes; only there are the rules owning them tried.

Reading the rules so was most of what starting the tagger cost, so `cached_owners` keeps the
result between runs in a plain JSON file, under a hash of the rules; see there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

PREFIX = 8
_SAME_LENGTH = str.maketrans({**{str(d): "0" for d in range(10)}, "\n": " ", "\t": " ", "\r": " ", "\xa0": " ",
                              "\u2019": "'", "\u2018": "'"})

Prefixes = set[tuple[str, bool]]  # (prefix, finished: no more characters can be added)
Owners = dict[str, tuple[int, ...]]  # prefix -> the indices of the rules that can start with it


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


def _trie(words: Sequence[str]) -> str:
    """A regex matching the longest of `words` (sorted) that the text starts with (words share their prefixes).

    Last characters that end every word through them are one class ([ae], not (?:a|e)):
    the same matches, and a regex that Python's parser reads faster.
    """

    def node(low: int, high: int, depth: int) -> str:  # words[low:high] share their first `depth` characters
        ends, branches, last, i = False, [], [], low
        while i < high:
            if len(words[i]) == depth:
                ends, i = True, i + 1
                continue
            char, j = words[i][depth], i + 1
            while j < high and len(words[j]) > depth and words[j][depth] == char:
                j += 1
            rest = node(i, j, depth + 1)
            if rest:
                branches.append(re.escape(char) + rest)
            else:
                last.append(re.escape(char))
            i = j
        branches += [f"[{''.join(last)}]"] if len(last) > 1 else last
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return node(0, len(words), 0)


def owners(found: Sequence[Iterable[str]]) -> Owners:
    """Each prefix of `found` (the prefixes of rule 0, 1, ...) and the rules that can start with it.

    A prefix is left out when shorter prefixes of it already own all its rules: where it
    occurs they occur too, and the rules tried there are those of every start of the prefix
    found (`Language.rules_for`), so the same rules are tried and the scanner is smaller.
    """
    owned: dict[str, set[int]] = {}
    for index, prefixes_of_rule in enumerate(found):
        for prefix in prefixes_of_rule:
            owned.setdefault(prefix, set()).add(index)
    kept: Owners = {}
    for prefix, rules in owned.items():
        shorter = set().union(*(owned.get(prefix[:n], ()) for n in range(1, len(prefix))))
        if not rules <= shorter:
            kept[prefix] = tuple(sorted(rules))
    return kept


def scanner(all_prefixes: Iterable[str]) -> re.Pattern[str]:
    """Finds, at every word start of a normalised text, the longest known prefix there (group 1)."""
    return re.compile(rf"(?<!\w)(?=({_trie(sorted(set(all_prefixes)))}))")


_LONGEST = 2 * PREFIX  # no prefix is longer: a run of digits may overshoot PREFIX by three
_MAX_STORE = 8 * 2**20  # a larger file was not written here


def cached_owners(patterns: Sequence[str], flags: int, store: Path | None) -> Owners:
    """`owners` of the `prefixes` of `patterns`, kept between runs in the JSON file `store` (None: not kept).

    They depend on the patterns, the flags, this module and Python's regex parser, nothing
    else: the file is marked with a hash of all of these, so a changed rule, module or Python
    makes them read again. It is plain JSON whose shape is checked: a damaged or planted file
    is ignored (then replaced), never run. One that cannot be read or written costs time, not results.
    """
    key = None if store is None else _key(patterns, flags)
    if store is None or key is None:
        return owners([prefixes(pattern, flags) for pattern in patterns])
    kept = _read_store(store, key, len(patterns))
    if kept is not None:
        return kept
    found = owners([prefixes(pattern, flags) for pattern in patterns])
    _write_store(store, {"key": key, "owners": found})
    return found


def _key(patterns: Sequence[str], flags: int) -> str | None:
    """The hash of everything the owners depend on; None when this module's source cannot be read."""
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None
    hasher = hashlib.blake2b(f"{sys.version_info[:2]} {flags}\n".encode() + source, digest_size=20)
    for pattern in patterns:
        hasher.update(b"\x00" + pattern.encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def _read_store(store: Path, key: str, rules: int) -> Owners | None:
    """The owners kept in `store` under `key`: prefixes of 1 to _LONGEST characters, each of some of the `rules`."""
    try:
        if not store.is_file():  # never open a FIFO or a device
            return None
        with store.open("rb") as handle:
            raw = handle.read(_MAX_STORE + 1)
        data = json.loads(raw) if len(raw) <= _MAX_STORE else None
    except (OSError, ValueError, RecursionError):  # unreadable, not UTF-8, not JSON, nested too deep
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("owners"), dict):
        return None
    kept: Owners = {}
    for prefix, indices in data["owners"].items():
        if not 0 < len(prefix) <= _LONGEST or not isinstance(indices, list) or not indices:
            return None
        if not all(type(index) is int and 0 <= index < rules for index in indices):
            return None
        kept[prefix] = tuple(indices)
    return kept


def _write_store(store: Path, data: Mapping[str, object]) -> None:
    """Replace `store` whole (a reader sees the old file or the new one); give up quietly when it cannot be."""
    temporary = store.with_name(f".{store.name}.{os.getpid()}.tmp")
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, store)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
