"""Split a paragraph into sentences, as offsets into the source text.

Hand-written rather than pysbd: pysbd splits Dutch titles such as `Dhr.`, is
unmaintained since 2021 and reads about 40 KB/s, too slow for an archive. The
abbreviations, the quotation marks and the elided words that may open a sentence
are language data (`generator/lang/<lang>/text.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lang import read_data

# End punctuation, then closing quotes or brackets: one run taken whole, never given back. The white space that
# must follow is `_Splitting.next_start`'s to find: a look-ahead after the run would make every position inside a
# run of 10,000 dots try the rest of it again (quadratic). Every unbounded quantifier in this module is possessive and
# none is followed by a look-around (tests/test_sentences.py checks it), so no pattern here can backtrack.
_CANDIDATE = re.compile(r"[.!?…]++[\"'”’»)\]]*+")
# What may stand before the capital or digit that opens a sentence, in every language: quotes and brackets. The
# language adds its own quotation marks (Dutch `,,`) and elided words (`’s`).
_OPENERS = "\"'“‘„«(["
_APOSTROPHES = "'’‘`"  # any of them writes an elided word
_STRAIGHT_QUOTES = "\"'"  # the same mark opens and closes: only counting tells which
_INITIAL = re.compile(r"[\"'“‘„«(\[]*+[A-Za-zÀ-ÿ]\.")
# An age or number in brackets after a name, then the sentence going on in lower case (`Y.B. (57) uit Knokke`,
# after initials the engine does not know as such): no sentence opens with it.
_BRACKETED_NUMBER = re.compile(r"\s++\(\d{1,3}\)\s++[a-zß-ÿ]")
# A clock time run onto the full stop before it, with no space (`… rondom de storm.18.30 uur: De brug is open`): a
# scraper joined a live blog's entries, and the time opens the next one. Its next character is no digit (`2.10.30`).
_RUN_ON_CLOCK = re.compile(r"\d{1,2}[.:]\d\d(?:\D|\Z)")
# So is a capitalised word run onto a word's end punctuation (`De Jong.De gemeente`, `is het zover."We gaan`): a
# scraper dropped the space or line break between two sentences.
_RUN_ON_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]")
# Only the word before a full stop decides, and abbreviations are short: looking no further back
# keeps a long sentence full of abbreviations linear instead of quadratic.
_WORD_WINDOW = 64


@dataclass(frozen=True)
class _Splitting:
    """A language's data for splitting, read once."""

    abbreviations: frozenset[str]  # lower case, with their full stops
    next_start: re.Pattern[str]  # white space, then what opens a sentence
    elided: re.Pattern[str] | None  # an elided word (`'s avonds`): its apostrophe is no quotation mark


def abbreviations(lang: str) -> frozenset[str]:
    """The words after which a full stop does not end a sentence, lower case."""
    return _splitting(lang).abbreviations


@cache
def _splitting(lang: str) -> _Splitting:
    data = read_data(lang, "text")
    marks = sorted({*_OPENERS, *(str(mark) for mark in data.get("quote_marks", ()))})
    # An elided word takes any apostrophe and is followed by a space or hyphen; the capital comes after it. It is
    # tried before the marks: its apostrophe must not be taken for an opening quote and never given back.
    words = "|".join(re.escape(str(word).lstrip(_APOSTROPHES)) for word in data.get("elided_openers", ()))
    elided = f"[{_APOSTROPHES}](?:{words})[\\s-]" if words else None
    single = "".join(re.escape(mark) for mark in marks if len(mark) == 1)
    longer = [*([elided] if elided else []), *(re.escape(mark) for mark in marks if len(mark) > 1)]
    opener = "|".join([*longer, f"[{single}]"])
    return _Splitting(
        abbreviations=frozenset(str(word).lower() for word in data.get("abbreviations", ())),
        next_start=re.compile(rf"\s++(?:{opener})*+[A-ZÀ-Þ0-9]"),
        elided=re.compile(elided) if elided else None,
    )


def sentence_spans(text: str, start: int, end: int, lang: str = "nl") -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in `text[start:end]`, without surrounding white space."""
    splitting = _splitting(lang)
    spans: list[tuple[int, int]] = []
    sentence_start = start
    quotes: _QuoteCount | None = None  # made at the first run-on: most paragraphs have none
    for match in _CANDIDATE.finditer(text, start, end):
        opening = splitting.next_start.match(text, match.end(), end)
        if opening and not _goes_on(text, opening, end):
            cut = match.end()
        elif _run_on(text, match, end):
            quotes = quotes or _QuoteCount(text, start, splitting.elided)
            cut = _run_on_cut(match, quotes)
        else:
            continue
        before = text[max(sentence_start, match.start() + 1 - _WORD_WINDOW) : match.start() + 1]
        if match.group().startswith(".") and _is_abbreviation(before, splitting.abbreviations):
            continue
        spans.append((sentence_start, cut))
        sentence_start = cut
    spans.append((sentence_start, end))
    return tuple(_strip(text, s, e) for s, e in spans if text[s:e].strip())


def _goes_on(text: str, opening: re.Match[str], end: int) -> bool:
    """Whether what looked like a sentence's opening is a number in brackets the sentence goes on after (`(57) uit`)."""
    return text[opening.end() - 1].isdigit() and _BRACKETED_NUMBER.match(text, opening.start(), end) is not None


def _run_on(text: str, end_mark: re.Match[str], end: int) -> bool:
    """Whether the next sentence was run onto this one's end with no space (`storm.18.30 uur`, `Jong.De`)."""
    start = end_mark.start()
    word_end = text[start - 2 : start]
    if start < 2 or not word_end.isalpha():
        return False
    if end_mark.group() == "." and _RUN_ON_CLOCK.match(text, end_mark.end(), end):
        return True
    return word_end.islower() and _RUN_ON_WORD.match(text, end_mark.end(), end) is not None


class _QuoteCount:
    """How many straight quotes (`"`, and `'` neither inside a word as in `auto's` nor eliding one as in `'s avonds`)
    a paragraph has before a position, counted on from where it was last asked: linear in the paragraph however often
    it is asked."""

    def __init__(self, text: str, start: int, elided: re.Pattern[str] | None) -> None:
        self._text = text
        self._elided = elided
        self._counted = start
        self._counts = dict.fromkeys(_STRAIGHT_QUOTES, 0)

    def before(self, position: int, quote: str) -> int:
        text = self._text
        for index in range(self._counted, position):
            mark = text[index]
            if mark in self._counts and not (mark == "'" and self._apostrophe(index)):
                self._counts[mark] += 1
        self._counted = max(self._counted, position)
        return self._counts[quote]

    def _apostrophe(self, index: int) -> bool:
        return _inside_word(self._text, index) or bool(self._elided and self._elided.match(self._text, index))


def _inside_word(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def _run_on_cut(end_mark: re.Match[str], quotes: _QuoteCount) -> int:
    """Where a run-on sentence ends. A straight quote right after its end punctuation closes a quotation when the
    paragraph has an odd number of them before it (`spontaner."Toch`); else it opens the next sentence
    (`zover."We gaan`). A typographic closing quote always closes."""
    marks = end_mark.group()
    punctuation = len(marks) - len(marks.lstrip(".!?…"))
    if punctuation == len(marks) or marks[punctuation] not in _STRAIGHT_QUOTES:
        return end_mark.end()
    if quotes.before(end_mark.start(), marks[punctuation]) % 2:
        return end_mark.end()
    return end_mark.start() + punctuation


def _is_abbreviation(before: str, known: frozenset[str]) -> bool:
    token = before.rsplit(maxsplit=1)[-1]  # `before` ends with the full stop: never empty, never in white space
    return token.lower().lstrip(_OPENERS) in known or bool(_INITIAL.fullmatch(token))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    segment = text[start:end]
    return start + len(segment) - len(segment.lstrip()), start + len(segment.rstrip())
