"""Turn a tagged source into timeline events, and put events in timeline order.

A sentence with a date or time expression (a date, part of day, clock time,
week, month, season, year) yields one event per distinct value it names; one
whose value could not be resolved (`XXXX-XX-XXTMO`) is kept too, so the site can
show it as unplaced instead of losing it. Durations and sets place nothing. Sentences of
the same paragraph that yield none are kept as context of the event before them
(or, at the paragraph's start, the first event after them).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from generator.lang.words import site_words
from generator.model import Document, Event, Source, Timex
from generator.temporal.values import interval, sort_key
from generator.text.sentences import sentence_spans
from generator.text.slugs import short_hash, slugify

EXPRESSION_SLUG_CHARS = 30


def make_events(source: Source, timexes: Iterable[Timex]) -> tuple[Event, ...]:
    """The events of one source, in text order."""
    placed = sorted((t for t in timexes if is_event_expression(t)), key=lambda t: t.start)
    starts = [t.start for t in placed]
    events: list[Event] = []
    seen_ids: set[str] = set()
    numbers: dict[str, int] = {}
    for block in source.blocks:
        paragraph: list[tuple[list[Event], str]] = []
        for start, end in sentence_spans(source.text, block.start, block.end, source.language):
            sentence = source.text[start:end]
            # Only the expressions starting in the sentence, found by bisection: linear in a long article.
            candidates = placed[bisect_left(starts, start) : bisect_left(starts, end)]
            in_sentence = [t for t in candidates if t.end <= end]
            made = [
                _event(source, t, sentence, (start, end), (seen_ids, numbers)) for t in _distinct_values(in_sentence)
            ]
            paragraph.append((made, sentence))
        events.extend(_with_context(paragraph))
    return tuple(events)


def is_event_expression(timex: Timex) -> bool:
    """Dates and times make events, resolved or not; durations, sets and PRESENT_REF-like words do not."""
    return timex.type in ("DATE", "TIME") and not timex.value.endswith("_REF")


# A timeline repeats the same few thousand values; working out each one's interval again is what sorting costs.
value_order = lru_cache(maxsize=8192)(sort_key)


def order_events(events: Iterable[Event], source_order: dict[str, int] | None = None) -> tuple[Event, ...]:
    """Timeline order: interval start, coarser first, then source order, then text order.

    The one definition of the order; the merge sorts a content file's events with
    the same `value_order` and `text_position`.
    """
    ranks = source_order or {}
    return tuple(
        sorted(events, key=lambda e: (value_order(e.when), ranks.get(e.source, 0), e.source, text_position(e.span)))
    )


def text_position(span: Sequence[object] | None) -> float:
    """Where an event stands in its article; one without offsets (added by an editor) comes after the others."""
    if not isinstance(span, Sequence) or len(span) != 2 or not all(isinstance(x, int) for x in span):
        return math.inf
    start, end = span
    return start if end > start else math.inf  # type: ignore[operator, return-value]


def timeline(documents: Iterable[Document]) -> tuple[Event, ...]:
    """All events of all documents in timeline order; ties keep the documents' order."""
    documents = list(documents)
    ranks = {document.source.slug: rank for rank, document in enumerate(documents)}
    return order_events((event for document in documents for event in document.events), ranks)


def event_id(
    source_slug: str, expression: str, sentence: str, taken: set[str], numbers: dict[str, int] | None = None
) -> str:
    """An id from the source and the content, not the position: it survives edits elsewhere.

    A repeated sentence gets `-2`, `-3`…; `numbers` remembers the next one per id, so
    a thousand copies of one boilerplate line cost linear, not quadratic, time.
    """
    words = slugify(expression, "tijd")[:EXPRESSION_SLUG_CHARS].strip("-")
    base = f"{source_slug}-{words}-{short_hash(source_slug, expression, sentence)}"
    numbers = {} if numbers is None else numbers
    candidate, number = base, numbers.get(base, 2)
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    numbers[base] = number
    taken.add(candidate)
    return candidate


def _distinct_values(timexes: list[Timex]) -> list[Timex]:
    """The first expression of each value: `morgen, op 29 februari` is one event, not two."""
    first: dict[str, Timex] = {}
    for timex in timexes:
        first.setdefault(timex.value, timex)
    return list(first.values())


def _event(
    source: Source, timex: Timex, sentence: str, sentence_span: tuple[int, int], ids: tuple[set[str], dict[str, int]]
) -> Event:
    return Event(
        id=event_id(source.slug, timex.text, sentence, *ids),
        source=source.slug,
        when=timex.value,
        text=sentence,
        expression=timex.text,
        span=(timex.start, timex.end),
        sentence_span=sentence_span,
        mod=timex.mod,
        interval=interval(timex.value),
        review=site_words(source.language).reason(timex.review, timex.anchor),
    )


def _with_context(paragraph: list[tuple[list[Event], str]]) -> list[Event]:
    """Attach each sentence without events to the event before it, or else the one after it."""
    owners: list[Event] = [event for made, _ in paragraph for event in made]
    if not owners:
        return []
    context: dict[str, list[str]] = {event.id: [] for event in owners}
    current: Event | None = None
    pending: list[str] = []
    for made, sentence in paragraph:
        if made:
            current = made[-1]
            context[made[0].id].extend(pending)
            pending = []
        elif current is None:
            pending.append(sentence)
        else:
            context[current.id].append(sentence)
    return [_replace_context(event, context[event.id]) for event in owners]


def _replace_context(event: Event, sentences: list[str]) -> Event:
    return replace(event, context=tuple(sentences)) if sentences else event
