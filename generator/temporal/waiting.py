"""Hours waited: `tot twee uur` beside a word of waiting or delay is a length up to it, not a clock time.

A stage of the tagger after atoms are found and combined, before they are resolved: it rewrites an hour atom as a
length where the words around it (data in the language's `waiting:` section) say so, and leaves every other atom as
found."""

from __future__ import annotations

import re
from typing import Any

from generator.temporal.combine import kind
from generator.temporal.language import Language, Waiting
from generator.temporal.patterns import Atom
from generator.temporal.tense import SENTENCE_REACH, TenseReader

# An hour said alone (`twee uur`, `ruim 3 uur`), which `tot` beside a word of waiting makes a length.
_HOUR_FIELDS = frozenset({"hour", "spoken", "approx"})
_BOUND_REACH = 40  # characters before the hour that hold its `tot`, an approximator and a word of waiting before them
# What ends a clause right after an hour: `de wachttijd is tot twee uur.` is a length, `is tot twee uur open` a time.
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|\Z)")
_WORD = re.compile(r"\w+")


def as_waited(atoms: list[Atom], text: str, language: Language, reader: TenseReader) -> list[Atom]:
    """`de wachttijd loopt op tot twee uur`, `het is tot drie uur aanschuiven`: an hour after `tot` beside a word of
    waiting is the most the wait lasts, a length (`EQUAL_OR_LESS`), not a clock time; a range's first end before it
    is a length too, and then `tot` joins the two ends, no bound (`18 tot 24 uur wachten`). Right after another
    clock time of its sentence it is that clock's later time (`om 12 uur, maar met vertraging tot 14 uur`, `van 12
    tot 14 uur`)."""
    out = list(atoms)
    said = tuple((atom.start, atom.end) for atom in atoms)
    for i, atom in enumerate(atoms):
        first = atoms[i - 1] if i else None
        clock_before = first is not None and kind(first.fields) == "clock"
        clock_before = clock_before and first.start >= _clock_reach(atom, text, language, reader)
        opened = clock_before and _opened_after_noun(first, atom, text, language)
        ranged = (opened or (clock_before and first.fields.keys() <= _HOUR_FIELDS)) and bool(
            language.range_join.fullmatch(text, first.end, atom.start)
        )
        own = _own(atom, first, text, language)
        if (clock_before and not ranged) or not _waited(own, text, language, reader, said):
            continue
        out[i] = _as_length(atom, bound=not ranged or opened)
        if ranged:
            out[i - 1] = _as_length(atoms[i - 1], bound=False)
    return out


def _own(atom: Atom, before: Atom | None, text: str, language: Language) -> Atom:
    """An hour with only what it says itself: not the day it took from a date right before its bound (`bedroeg
    zaterdag tot drie uur`: the length waited that day; `zaterdag` stays a date of its own)."""
    if before is None or not language.waiting.bound.fullmatch(text[before.end : atom.start].lstrip()):
        return atom
    own = {key: value for key, value in atom.fields.items() if key == "hour" or before.fields.get(key) != value}
    return Atom(atom.start, atom.end, own)


def _opened_after_noun(first: Atom, atom: Atom, text: str, language: Language) -> bool:
    """Whether an hour is the second end of a range of bare hours opened right after a noun of waiting (`vertragingen
    van 1 tot 2 uur`): the most the wait lasts, as with its first end in words (`van een tot twee uur`), where only
    the second is a time at all; not a span of the clock opened elsewhere (`is het van 12 tot 14 uur aanschuiven`)."""
    bare = first.fields.get("paired") and first.fields.keys() - {"paired"} <= _HOUR_FIELDS
    short = int(atom.fields.get("hour", 0)) <= language.waiting.longest
    return bool(bare and short and language.waiting.noun_bound.search(text, max(0, atom.start - _BOUND_REACH),
                                                                      atom.start))


def _clock_reach(atom: Atom, text: str, language: Language, reader: TenseReader) -> int:
    """Where a clock time before an hour makes it that clock's later time: in its sentence (`om 12 uur, maar met
    vertraging tot 14 uur`), or only after the noun of waiting a verb of rising bounds (`De winkel is open tot twee
    uur en de wachttijd stijgt tot drie uur`: a length)."""
    waiting, sentence = language.waiting, reader.sentence(atom.start)[0]
    if not waiting.rise_bound.search(text, max(0, atom.start - _BOUND_REACH), atom.start):
        return sentence
    return max((noun.start() for noun in waiting.nouns.finditer(text, sentence, atom.start)), default=sentence)


def _waited(atom: Atom, text: str, language: Language, reader: TenseReader, said: tuple[tuple[int, int], ...]) -> bool:
    """Whether an hour said alone after `tot` is a length waited: right after a noun of waiting, or after a verb of
    rising with such a noun earlier in its clause, or after a verb of amounting or a copula with such a noun when
    the hour ends its clause (`de wachttijd is tot twee uur.`, not `is tot twee uur open`; a date `said` or an
    adverb may stand between the verb and `tot`: `bedroeg zaterdag tot`), or right before a noun of waiting, or
    before a verb of waiting with no modal or verb of letting before it in its sentence (`je moet tot drie uur
    wachten`: until). `tot 0 uur` is midnight."""
    fields, waiting = atom.fields, language.waiting
    if "hour" not in fields or not fields.keys() <= _HOUR_FIELDS or int(fields["hour"]) < 1:
        return False
    if not waiting.unit.search(text, atom.start, atom.end):
        return False
    lo = max(0, atom.start - _BOUND_REACH)
    bound = waiting.bound.search(text, lo, atom.start)
    if not bound:
        return False
    if waiting.nouns_after.match(text, atom.end):
        return True
    if waiting.verbs.match(text, atom.end):
        before = text[max(reader.sentence(atom.start)[0], atom.start - SENTENCE_REACH) : atom.start]
        return not (reader.data.modals | waiting.lets) & set(before.lower().split())
    if waiting.noun_bound.search(text, lo, atom.start):
        return True
    clause = reader.clause(atom.start, atom.end)
    if not waiting.nouns.search(text, clause[0], atom.start):
        return False
    if waiting.rise_bound.search(text, lo, atom.start):
        return True
    return _amounted(text, clause[0], bound.start(), waiting, said) and bool(_CLAUSE_ENDS.match(text, atom.end))


def _amounted(text: str, clause_start: int, at: int, waiting: Waiting, said: tuple[tuple[int, int], ...]) -> bool:
    """Whether a verb of amounting or a copula stands before the bound at `at` in its clause, with nothing between
    but dates said (`De wachttijd bedroeg zaterdag tot drie uur.`) and the adverbs the data lists (`was er soms
    tot`): an adjective or a participle between (`was kort tot`) makes the hour a clock time again."""
    for word in reversed(list(_WORD.finditer(text, clause_start, at))):
        lower = word.group().lower()
        if lower in waiting.amounts:
            return True
        if lower not in waiting.amount_between and not any(s <= word.start() and word.end() <= e for s, e in said):
            return False
    return False


def _as_length(atom: Atom, bound: bool) -> Atom:
    """An hour read as so many hours, with `tot` as its upper bound where it is one (an approximator's mod stays)."""
    fields = atom.fields
    length: dict[str, Any] = {"duration": True, "unit": "H", "num": fields["hour"]}
    if "approx" in fields:
        length["approx"] = fields["approx"]
    elif bound:
        length["mod"] = "EQUAL_OR_LESS"
    return Atom(atom.start, atom.end, length)
