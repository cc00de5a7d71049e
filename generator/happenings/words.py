"""An event's words as the grouping compares them: stems of what the report says, named words weighing more.

The date words themselves (the event's expression and its mentions) are left out: two reports of one day share
them whatever they tell. A capitalised word that does not start its sentence, or a number, names something
(a place, an organisation, a count) and says more about which happening it is than a common word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from generator.lang import read_data
from generator.model import Event
from generator.text.clauses import clauses

Span = tuple[int, int]
Weighed = tuple[int, float]  # where a clause ends, and the weight of its words

NAMED_WEIGHT = 2.0  # a named word or number counts twice: measured with benchmarks/grouping.py (--sweep)
OTHER_CLAUSE_WEIGHT = 0.25  # words of a clause another date of the sentence rules (see `event_terms`)
CONTEXT_WEIGHT = 0.5  # the neighbouring sentences (`Event.context`) tell around the report, not the report itself
HEAD_WEIGHT = 1.0  # the head of a compound (`personeelsstaking` → `staking`) where the archive has it as a word
MIN_HEAD, MIN_MODIFIER = 5, 3  # the least letters of a compound's head stem and of what stands before it
PART_WEIGHT = 1.0  # each part of a hyphenated word (`NS-treinen`: `NS`, `treinen`), besides the word itself
_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a value to the minute: a clock time on a day
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
    data = read_data(code, "happenings")
    stop = frozenset(str(word).lower() for word in data["stop_words"])
    return Language(stop, str(data["stemmer"]), tuple(str(ending) for ending in data.get("named_endings") or ()))


@cache
def _stemmer(name: str) -> snowballstemmer.Stemmer:  # type: ignore[name-defined]
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=200_000)
def _stem(stemmer: str, word: str) -> str:
    """A word's stem, kept: an archive repeats its words, and the pure-Python stemmer is the stage's main cost."""
    return _stemmer(stemmer).stemWord(word)


def event_terms(event: Event, lang: str = "nl", siblings: Sequence[Span] = ()) -> dict[str, float]:
    """The weighted stems of an event: its sentence without its date words, and its context at a lower weight.

    `siblings` are the source-text spans of the expressions that date the sentence's other events. A sentence
    that tells more than one happening (`donderdag kondigde NS aan dat vrijdag geen treinen rijden`) gives
    each event the words of its own clauses in full and those of the clauses another date rules at
    `OTHER_CLAUSE_WEIGHT`: they tell what happened then, not what happened at this event's time. A clock time
    the event or one of its mentions is dated by counts as a named word (`@2025-10-14T11:15`): two reports of
    one minute of one day most often tell one happening, whatever their words."""
    terms: dict[str, float] = {}
    get = terms.get
    dates, clauses_weighed = _dates_and_clauses(event, siblings, lang)
    # The dates (sorted, apart) blanked where the clauses' offsets must hold; else cut, so that reports alike but
    # for their dates share the words kept (`sentence_words` is kept by sentence). One pass: a sentence may hold
    # thousands of dates.
    pieces, at = [], 0
    for start, end in dates:
        pieces += [event.text[at:start], " " * (end - start) if clauses_weighed else " "]
        at = end
    text = "".join([*pieces, event.text[at:]])
    ends = [end for end, _ in clauses_weighed]
    for start, stem, weight in sentence_words(text, lang):
        if clauses_weighed:
            weight *= clauses_weighed[bisect_right(ends, start)][1]  # the weight of the clause it stands in
        terms[stem] = get(stem, 0.0) + weight
    for sentence in event.context:
        for _, stem, weight in sentence_words(sentence, lang):
            terms[stem] = get(stem, 0.0) + CONTEXT_WEIGHT * weight
    for value in (event.when, *(mention.value for mention in event.mentions)):
        minute = clock(value)
        if minute:  # no word has an `@`
            terms["@" + minute] = get("@" + minute, 0.0) + NAMED_WEIGHT
    return terms


def clock(value: str) -> str | None:
    """The day and minute a value names (`2024-06-05T16:00`), or None when it is not told to the minute."""
    found = _CLOCK.match(value)
    return found.group() if found else None


def with_heads(terms: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """Each event's stems with the head of each compound added (`personeelsstaak` → `staak`).

    A Dutch compound ends with its head, and its stem with the head's stem (`treinverkeer` and `verkeer`, `verker`):
    the longest tail of a stem that is itself a stem of the archive's events is taken for the head, at
    `HEAD_WEIGHT` of the compound's weight, so `personeelsstaking` meets `staking` without a dictionary (a
    hyphenated word has its parts already, a clock time no head)."""
    vocabulary: set[str] = set().union(*terms)
    # Only tails as long as some stem can be one: a scraped run of letters thousands long tries a few lengths, not
    # each of its positions (quadratic in its length). Longest first, as the head is the longest such tail.
    lengths = sorted({len(stem) for stem in vocabulary if len(stem) >= MIN_HEAD}, reverse=True)
    heads: dict[str, str] = {}
    for stem in vocabulary:
        if len(stem) >= MIN_MODIFIER + MIN_HEAD and stem[0] != "@" and "-" not in stem:
            longest = len(stem) - MIN_MODIFIER
            head = next((stem[-n:] for n in lengths if n <= longest and stem[-n:] in vocabulary), None)
            if head is not None:
                heads[stem] = head
    result = []
    for counted in terms:
        compounds = counted.keys() & heads.keys()
        if compounds:
            counted = dict(counted)
            for stem in sorted(compounds):
                counted[heads[stem]] = counted.get(heads[stem], 0.0) + HEAD_WEIGHT * counted[stem]
        result.append(counted)
    return result


def _dates_and_clauses(event: Event, siblings: Sequence[Span], lang: str) -> tuple[list[Span], list[Weighed]]:
    """Where the sentence's date expressions stand, and, when it has more than one, the end of each clause with
    its weight for this event (empty when all its words are the event's own).

    A clause belongs to the date it holds, a clause without one to the date before it (or else after it): the
    rule the events stage gives a sentence's mentions. When the event's span does not fall on its expression
    (an editor changed the text), its date words are those found first and the whole sentence is its own."""
    text, base = event.text, event.sentence_span[0]
    own = (event.span[0] - base, event.span[1] - base)
    others = [(start - base, end - base) for start, end in (*siblings, *(m.span for m in event.mentions))]
    if not 0 <= own[0] <= own[1] <= len(text) or text[own[0] : own[1]] != event.expression or \
            not all(0 <= s < e <= len(text) for s, e in others):
        found = [(at, at + len(words)) for words in (event.expression, *(m.expression for m in event.mentions))
                 if words and (at := text.find(words)) >= 0]
        return _merged(sorted(found)), []
    if not others:
        return [own], []
    dates = _merged(sorted([own, *others]))
    own = next(date for date in dates if date[0] <= own[0] < date[1])  # as merged with what overlaps it
    weighed: list[Weighed] = []
    owner: Span | None = None
    for start, end in clauses(text, 0, len(text), dates, lang):
        held = dates[bisect_left(dates, (start,)) : bisect_left(dates, (end,))]  # those starting in it
        owner = (own if own in held else held[0]) if held else owner
        if owner is not None:
            weighed.append((end, 1.0 if owner == own else OTHER_CLAUSE_WEIGHT))
    return dates, weighed or [(len(text), 1.0)]


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted spans with those that overlap (a mention inside its event's expression) made one."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=100_000)
def sentence_words(sentence: str, lang: str) -> tuple[tuple[int, str, float], ...]:
    """A sentence's stems, each with where its word starts and its weight; kept, as the sentences around a
    paragraph's events repeat."""
    words = language(lang)
    stop, stemmer = words.stop_words, words.stemmer_name
    opening = len(_OPENING.match(sentence).group())  # type: ignore[union-attr]
    found = []

    def add(start: int, word: str, named: bool, weight: float) -> None:
        """A word's stem at `start`: a named word or number by its name's stem, at `NAMED_WEIGHT` × `weight`."""
        lower = word.lower()
        stem = _stem(stemmer, words.name(lower) if named else lower)
        found.append((start, stem, weight * (NAMED_WEIGHT if named else 1.0)))

    for match in _WORD.finditer(sentence):
        word = match.group()
        if word.lower() in stop or (len(word) == 1 and not word.isdigit()):
            continue
        start = match.start()
        add(start, word, word[0].isdigit() or (word[0].isupper() and start != opening), 1.0)
        if "-" in word:  # `NS-treinen` meets `treinen` and `NS`; `Zuid-Holland` stays itself too
            for part in word.split("-"):
                if len(part) > 1 and part.lower() not in stop:
                    add(start, part, part[0].isdigit() or part[0].isupper(), PART_WEIGHT)
    return tuple(found)
