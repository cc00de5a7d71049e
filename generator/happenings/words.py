"""An event's words as the grouping compares them: stems of what the report says, named words weighing more.

The date words themselves (the event's expression and its mentions) are left out: two reports of one day share
them whatever they tell. A capitalised word that does not start its sentence, or a number, names something
(a place, an organisation, a count) and says more about which happening it is than a common word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer
import yaml

from generator.lang import data_file
from generator.model import Event

NAMED_WEIGHT = 2.0  # a named word or number counts twice: measured with benchmarks/grouping.py (--sweep)
CONTEXT_WEIGHT = 0.5  # the neighbouring sentences (`Event.context`) tell around the report, not the report itself
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_OPENING = re.compile(r"^\W*")


@dataclass(frozen=True)
class Language:
    """One language's stop words and Snowball stemmer (`lang/<code>/happenings.yaml`)."""

    stop_words: frozenset[str]
    stemmer_name: str
    named_endings: tuple[str, ...] = ()

    def name(self, word: str) -> str:
        """A named word without an adjective's ending (`utrechtse` → `utrecht`), when enough of it is left."""
        for ending in self.named_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
        return word


@cache
def language(code: str) -> Language:
    """The grouping's words of language `code`; ValueError when there are none."""
    data = yaml.safe_load(data_file(code, "happenings").read_text("utf-8"))
    stop = frozenset(str(word).lower() for word in data["stop_words"])
    return Language(stop, str(data["stemmer"]), tuple(str(ending) for ending in data.get("named_endings") or ()))


@cache
def _stemmer(name: str) -> snowballstemmer.Stemmer:  # type: ignore[name-defined]
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=200_000)
def _stem(stemmer: str, word: str) -> str:
    """A word's stem, kept: an archive repeats its words, and the pure-Python stemmer is the stage's main cost."""
    return _stemmer(stemmer).stemWord(word)


def event_terms(event: Event, lang: str = "nl") -> dict[str, float]:
    """The weighted stems of an event: its sentence without its date words, and its context at a lower weight."""
    dates = [event.expression, *(mention.expression for mention in event.mentions)]
    terms: dict[str, float] = {}
    get = terms.get
    for stem, weight in sentence_terms(_without(event.text, dates), lang):
        terms[stem] = get(stem, 0.0) + weight
    for sentence in event.context:
        for stem, weight in sentence_terms(sentence, lang):
            terms[stem] = get(stem, 0.0) + CONTEXT_WEIGHT * weight
    return terms


def _without(text: str, expressions: list[str]) -> str:
    """The sentence with each date expression blanked out once (its first occurrence)."""
    for expression in expressions:
        if expression:
            text = text.replace(expression, " ", 1)
    return text


@lru_cache(maxsize=100_000)
def sentence_terms(sentence: str, lang: str) -> tuple[tuple[str, float], ...]:
    """A sentence's stems, each with its weight; kept, as the sentences around a paragraph's events repeat."""
    words = language(lang)
    opening = len(_OPENING.match(sentence).group())  # type: ignore[union-attr]
    found = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        lower = word.lower()
        if lower in words.stop_words or (len(word) == 1 and not word.isdigit()):
            continue
        named = word[0].isdigit() or (word[0].isupper() and match.start() != opening)
        found.append((_stem(words.stemmer_name, words.name(lower) if named else lower), NAMED_WEIGHT if named else 1.0))
    return tuple(found)
