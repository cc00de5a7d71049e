"""Find where temporal expressions are and read their fields, using the compiled language data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from generator.lang import read_data
from generator.temporal.triggers import fold

if TYPE_CHECKING:  # the language data is compiled with the grammar, which builds on atoms
    from generator.temporal.language import Language, Rule


@dataclass(frozen=True)
class Atom:
    """One matched expression before resolution: its extent and what its words mean."""

    start: int
    end: int
    fields: Mapping[str, object]


def _read(rule: Rule, match: re.Match[str], text: str) -> tuple[Atom, int]:
    """The atom a match makes, and where its words start after a leading cue (before an approximator left out)."""
    start = said = match.start()
    fields: dict[str, object] = dict(rule.constants)
    for name, field, word_class in rule.groups:
        written = match.group(name)
        if written is None:
            continue
        if field == "lead" or (word_class.outside and match.start(name) == start):
            start = match.end(name)
            while text[start].isspace():
                start += 1
            if field == "lead":
                said = start
                continue
        meaning = word_class.meaning(written)
        if isinstance(meaning, dict):  # a word meaning several fields (the data are plain dicts)
            fields.update(meaning)
        else:
            fields[field] = meaning
    # kwartier is fifteen minutes: twee kwartier is the count times fifteen, een kwartier 15; a few quarters (`few`)
    # are an unknown count of the unit, as a few minutes are
    if "per_unit" in fields and "few" not in fields:
        fields["num"] = float(fields.get("num", 1)) * float(fields["per_unit"])  # type: ignore[arg-type]
    fields.pop("per_unit", None)
    return Atom(start, match.end(), fields), said


_OPENERS = "\"'([\u201c\u2018\u201e\u201d\u2019\u00bb)"  # and closers: `meter.” Vrijdagmiddag` starts one
_SENTENCE_ENDS = ".!?:\n"
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# A dateline: the words of a place with a capital (at most three, or five all in capitals), maybe one agency in
# brackets, not counted, then a dash with a space before it, at the start of its line (`DEN HAAG - `, `Brussel \u2013 `,
# `ALPHEN AAN DEN RIJN (ANP) - `, `'s-Hertogenbosch - `); or a bullet's dash.
_DATELINE_WORD = re.compile(r"(?:['\u2019]s-)?([^\W\d_])[\w'\u2019.-]*")
_DATELINE_AGENCY = re.compile(r"\([^\W\d_][\w'\u2019.-]*\)")
_DATELINE_WORDS = 3
_DATELINE_CAPITALS = 5  # words of a place all in capitals (`ALPHEN AAN DEN RIJN`): a longer line is a headline
_DATELINE_REACH = 60  # characters: a dateline is short


@cache
def _quote_marks(code: str) -> tuple[str, ...]:
    """The language's quotation marks (`text.yaml`, which the sentence splitter reads too: Dutch `,,` and `«`),
    longest first."""
    marks = {str(mark) for mark in read_data(code, "text").get("quote_marks", ())}
    return tuple(sorted(marks, key=len, reverse=True))


def _starts_sentence(text: str, pos: int, marks: tuple[str, ...] = ()) -> bool:
    """True when only white space and opening quotes (`_OPENERS` and `marks`) stand between `pos` and a sentence end
    (or the start)."""
    i = pos
    while i > 0:
        if text[i - 1] == "\n":
            return True
        mark = next((mark for mark in marks if text.startswith(mark, i - len(mark))), None)
        if mark is not None:
            i -= len(mark)
        elif text[i - 1] in _OPENERS or text[i - 1].isspace():
            i -= 1
        else:
            break
    return i == 0 or text[i - 1] in _SENTENCE_ENDS


def _after_dateline(text: str, pos: int) -> bool:
    """True when `pos` follows a dateline's dash, which opens a news page's text as a sentence end would (`DEN HAAG -
    Vrijdag debatteert ...`), or a bullet's; a dash inside a line is no such (`het duel Van Dijk - Zondag`)."""
    lo = max(0, pos - _DATELINE_REACH)
    cut = text.rfind("\n", lo, pos)
    if cut < 0 < lo:
        return False  # a line's start further back: no dateline, and a long line is not read back to it each time
    head = text[cut + 1 : pos]
    *words, dash = head.split() or [""]
    place = [word for word in words if not _DATELINE_AGENCY.fullmatch(word)]
    return (
        dash in _DASHES
        and len(words) - len(place) <= 1
        and (len(place) <= _DATELINE_WORDS or (len(place) <= _DATELINE_CAPITALS and all(w.isupper() for w in place)))
        and all((m := _DATELINE_WORD.fullmatch(word)) and m.group(1).isupper() for word in place)
    )


def _is_name(rule: Rule, match: re.Match[str], text: str, language: Language) -> bool:
    """Written with a capital inside a sentence: a guarded word (Jan Zondag), or an article and a noun that
    both have one (vzw De Nacht, café Het Weekend), is a name, not a time."""
    start = match.start()
    marks = _quote_marks(language.code)
    if not text[start].isupper() or _starts_sentence(text, start, marks):
        return False
    if rule.name_guard:
        return not _after_dateline(text, start)
    words = match.group().split(None, 1)
    before = text[max(0, start - 8):start].split()
    articles = language.articles
    if before and before[-1][:1].isupper() and before[-1].lower() in articles:
        return not _starts_sentence(text, start - len(before[-1]) - 1, marks)  # De Nacht: the match is its noun
    return len(words) > 1 and words[1][:1].isupper() and words[0].lower() in articles


def _longest_at(text: str, pos: int, prefix: str, language: Language) -> tuple[Rule, re.Match[str]] | None:
    best: tuple[Rule, re.Match[str]] | None = None
    # nothing reads across a line break (`Volgende week` as a heading, the next line's `Maandagvoormiddag`): a match
    # that would is cut at the line's end, matched again as if the text ended there (`om 12.00` before a broken-off
    # `uur`); a rule that stops within its line is left as it reads (a score `3-1` at a line's end stays no date)
    for rule in language.rules_for(prefix):
        match = rule.regex.match(text, pos)
        if match and (line_end := text.find("\n", pos, match.end())) >= 0:
            match = rule.regex.match(text, pos, line_end)
        if match and _is_name(rule, match, text, language):
            continue
        if match and (best is None or match.end() > best[1].end()):
            best = rule, match
    return best


def find(text: str, language: Language) -> list[Atom]:
    """Non-overlapping atoms in text order; at each place the longest rule wins (the first on a tie).

    Only places where some rule's literal prefix occurs are looked at, and there only the
    rules owning it. A rule with a leading cue is also compared with those right after the cue.
    """
    normalized = fold(text)
    atoms: list[Atom] = []
    pos = 0
    for hit in language.trigger.finditer(normalized):
        if hit.start() < pos:
            continue
        found = _longest_at(text, hit.start(), hit.group(1), language)
        if found is None:
            continue
        rule, match = found
        atom, said = _read(rule, match, text)
        # after the cue from its approximator on (`Tot ruim drie uur later`: the approximator kept as the mod), or else
        # from the expression's first word
        for at in dict.fromkeys((said, atom.start)):
            after_cue = language.trigger.match(normalized, at) if at > match.start() else None
            longer = _longest_at(text, at, after_cue.group(1), language) if after_cue else None
            if longer and longer[1].end() > match.end():
                rule, match = longer
                atom = _read(rule, match, text)[0]
                break
        atoms.append(atom)
        pos = match.end()
    return atoms
