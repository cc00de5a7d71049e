"""Split a paragraph into sentences, as offsets into the source text.

Hand-written rather than pysbd: pysbd splits Dutch titles such as `Dhr.`, is
unmaintained since 2021 and reads about 40 KB/s, too slow for an archive. The
abbreviations are language data (`generator/lang/<lang>.yaml`).
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from generator.lang import data_file

# End punctuation, then closing quotes or brackets: one run taken whole, never given back. The white space that
# must follow is `_NEXT_START`'s to find: a look-ahead after the run would make every position inside a run of
# 10,000 dots try the rest of it again (quadratic). Every unbounded quantifier in this module is possessive and
# none is followed by a look-around (tests/test_sentences.py checks it), so no pattern here can backtrack.
_CANDIDATE = re.compile(r"[.!?…]++[\"'”’»)\]]*+")
_NEXT_START = re.compile(r"\s++[\"'“‘„«(\[]*+[A-ZÀ-Þ0-9]")
_INITIAL = re.compile(r"[\"'“‘„«(\[]*+[A-Za-zÀ-ÿ]\.")
# A clock time run onto the full stop before it, with no space (`… rondom de storm.18.30 uur: De brug is open`): a
# scraper joined a live blog's entries, and the time opens the next one. Its next character is no digit (`2.10.30`).
_RUN_ON_CLOCK = re.compile(r"\d{1,2}[.:]\d\d(?:\D|\Z)")
# Only the word before a full stop decides, and abbreviations are short: looking no further back
# keeps a long sentence full of abbreviations linear instead of quadratic.
_WORD_WINDOW = 64


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """The words after which a full stop does not end a sentence, lower case."""
    data = yaml.safe_load(data_file(lang, "text").read_text("utf-8"))
    return frozenset(word.lower() for word in data.get("abbreviations", ()))


def sentence_spans(text: str, start: int, end: int, lang: str = "nl") -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in `text[start:end]`, without surrounding white space."""
    known = abbreviations(lang)
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if not _NEXT_START.match(text, match.end(), end) and not _run_on(text, match, end):
            continue
        before = text[max(sentence_start, match.start() + 1 - _WORD_WINDOW) : match.start() + 1]
        if match.group().startswith(".") and _is_abbreviation(before, known):
            continue
        spans.append((sentence_start, match.end()))
        sentence_start = match.end()
    spans.append((sentence_start, end))
    return tuple(_strip(text, s, e) for s, e in spans if text[s:e].strip())


def _run_on(text: str, end_mark: re.Match[str], end: int) -> bool:
    """Whether a full stop right after a word has a clock time run onto it (`storm.18.30 uur`): a sentence ends."""
    start = end_mark.start()
    return (
        end_mark.group() == "."
        and start >= 2
        and text[start - 2 : start].isalpha()
        and _RUN_ON_CLOCK.match(text, end_mark.end(), end) is not None
    )


def _is_abbreviation(before: str, known: frozenset[str]) -> bool:
    token = before.rsplit(maxsplit=1)[-1]  # `before` ends with the full stop: never empty, never in white space
    return token.lower().lstrip("\"'“‘„«([") in known or bool(_INITIAL.fullmatch(token))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    segment = text[start:end]
    return start + len(segment) - len(segment.lstrip()), start + len(segment.rstrip())
