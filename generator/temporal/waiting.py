"""Hours waited: `tot twee uur` beside a word of waiting or delay is a length up to it, not a clock time.

A stage of the tagger after atoms are found and combined, before they are resolved: it rewrites an hour atom as a
length where the words around it (data in the language's `waiting:` section) say so, and leaves every other atom as
found."""

from __future__ import annotations

import re
from typing import Any

from generator.temporal.combine import kind
from generator.temporal.language import Language
from generator.temporal.patterns import Atom
from generator.temporal.tense import SENTENCE_REACH, TenseReader

# An hour said alone (`twee uur`, `ruim 3 uur`), which `tot` beside a word of waiting makes a length.
_HOUR_FIELDS = frozenset({"hour", "spoken", "approx"})
_BOUND_REACH = 40  # characters before the hour that hold its `tot`, an approximator and a word of waiting before them
# What ends a clause right after an hour: `de wachttijd is tot twee uur.` is a length, `is tot twee uur open` a time.
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|\Z)")


def as_waited(atoms: list[Atom], text: str, language: Language, reader: TenseReader) -> list[Atom]:
    """`de wachttijd loopt op tot twee uur`, `het is tot drie uur aanschuiven`: an hour after `tot` beside a word of
    waiting is the most the wait lasts, a length (`EQUAL_OR_LESS`), not a clock time; a range's first end before it
    is a length too, and then `tot` joins the two ends, no bound (`18 tot 24 uur wachten`). Right after another
    clock time of its sentence it is that clock's later time (`om 12 uur, maar met vertraging tot 14 uur`, `van 12
    tot 14 uur`)."""
    out = list(atoms)
    for i, atom in enumerate(atoms):
        first = atoms[i - 1] if i else None
        clock_before = first is not None and kind(first.fields) == "clock"
        clock_before = clock_before and first.start >= _clock_reach(atom, text, language, reader)
        ranged = clock_before and first.fields.keys() <= _HOUR_FIELDS and bool(
            language.range_join.fullmatch(text, first.end, atom.start)
        )
        if (clock_before and not ranged) or not _waited(atom, text, language, reader):
            continue
        out[i] = _as_length(atom, bound=not ranged)
        if ranged:
            out[i - 1] = _as_length(atoms[i - 1], bound=False)
    return out


def _clock_reach(atom: Atom, text: str, language: Language, reader: TenseReader) -> int:
    """Where a clock time before an hour makes it that clock's later time: in its sentence (`om 12 uur, maar met
    vertraging tot 14 uur`), or only after the noun of waiting a verb of rising bounds (`De winkel is open tot twee
    uur en de wachttijd stijgt tot drie uur`: a length)."""
    waiting, sentence = language.waiting, reader.sentence(atom.start)[0]
    if not waiting.rise_bound.search(text, max(0, atom.start - _BOUND_REACH), atom.start):
        return sentence
    return max((noun.start() for noun in waiting.nouns.finditer(text, sentence, atom.start)), default=sentence)


def _waited(atom: Atom, text: str, language: Language, reader: TenseReader) -> bool:
    """Whether an hour said alone after `tot` is a length waited: right after a noun of waiting, or after a verb of
    rising with such a noun earlier in its clause, or after a verb of amounting or a copula with such a noun when
    the hour ends its clause (`de wachttijd is tot twee uur.`, not `is tot twee uur open`), or right before a noun of
    waiting, or before a verb of waiting with no modal or verb of letting before it in its sentence (`je moet tot
    drie uur wachten`: until). `tot 0 uur` is midnight."""
    fields, waiting = atom.fields, language.waiting
    if "hour" not in fields or not fields.keys() <= _HOUR_FIELDS or int(fields["hour"]) < 1:
        return False
    if not waiting.unit.search(text, atom.start, atom.end):
        return False
    lo = max(0, atom.start - _BOUND_REACH)
    if not waiting.bound.search(text, lo, atom.start):
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
    return bool(waiting.amount_bound.search(text, lo, atom.start) and _CLAUSE_ENDS.match(text, atom.end))


def _as_length(atom: Atom, bound: bool) -> Atom:
    """An hour read as so many hours, with `tot` as its upper bound where it is one (an approximator's mod stays)."""
    fields = atom.fields
    length: dict[str, Any] = {"duration": True, "unit": "H", "num": fields["hour"]}
    if "approx" in fields:
        length["approx"] = fields["approx"]
    elif bound:
        length["mod"] = "EQUAL_OR_LESS"
    return Atom(atom.start, atom.end, length)
