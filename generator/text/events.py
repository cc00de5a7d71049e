"""Turn a tagged source into timeline events, and put events in timeline order.

One event per happening. A sentence that reports one happening gives one event,
dated by the expression that dates it; a sentence whose clauses each report a
happening of their own, on another date (`Woensdag …, donderdag …`), gives one
event per clause. Every other expression of the sentence is kept on the event as
one of its `mentions`, so none is lost. Titles and headings, dates only compared
with (`hoger dan een jaar eerder`) or denied as a record over a period (`zo'n
spits was er in heel 2025 niet`) or outright (`niet meer het geval`, `nog niet
bekend`), a byline's stamp, what a day is every year (`Prinsjesdag is niet
alleen …`), a question to the reader (`Zit je vandaag op het terras?`), a photo's
caption, and expressions the tagger marked negated or generic make no event;
durations and sets place nothing. A date describing a person or thing (`de Belg,
de winnaar van vorig jaar, reed weg`, a relative clause, a question) gives way to
the main clause's; a relative clause with a day of its own apart from the main
clause's (`De bond, die woensdag staakte, eist donderdag …`) is an event of its
own, flagged. A date only mentioned (`in de dagen na Prinsjesdag`) dates an event
only when nothing else does, with a `mod` (AFTER, BEFORE…) saying which side of it
the happening lies, or none for the day a happening is meant for (`de plannen voor
volgend jaar`). Whatever makes the machine unsure is kept as reason codes
(`model.EVENT_REASONS`), the tagger's and this stage's own, less those the sentence
or the source settles (`_doubts`); a day a speaker places from when they speak
(`"We gaan vanavond …"`) is `quoted`, as they may have said it the day before, and
a holiday named with no year (`tijdens de jaarwisseling`) is `holiday`, a weekday after `op` (`Op zondag zijn …`)
`weekday-habit`, as it may name every such day, and a month, season or year over a month gone in a sentence
with only a copula for its verb (`In 2012 was dat 77 procent`), or a period over with a figure told with `nog` (`In
september lag dat nog op 99,8 procent`), `past-state`, a state or figure of then. An
expression whose value could not be resolved (`XXXX-XX-XXTMO`) still makes its
event, so the site can show it as unplaced. Sentences of the same paragraph that
yield none are kept as context of the event before them (or, at the paragraph's
start, the first event after them). A happening told again with its taking place
(`De brand brak rond 21.30 uur uit`, after the lede's `Bij een brand … zondagavond`)
joins the event of its first telling: one event, the other date a mention; so does a
list's label line (`Zaterdag:`) the first item below it that tells its own date within the label's.
"""

from __future__ import annotations

import datetime
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from generator.model import Block, Document, Event, Mention, Source, Timex, ordered_reasons
from generator.support.zones import utc_instant
from generator.temporal.language import load
from generator.temporal.liveblog import alone_on_line
from generator.temporal.tense import TenseReader
from generator.temporal.values import PRECISIONS, interval, sort_key
from generator.text.clauses import (
    Signal,
    Span,
    advising,
    alike,
    apposed,
    clauses,
    closing_credit,
    condition,
    credit_line,
    date_line,
    denied,
    described,
    describing,
    entry_stamp,
    example_cue,
    figure_then,
    generic_cue,
    has_content,
    in_question,
    infinitive,
    list_label,
    listed,
    moved,
    names,
    negation_cue,
    of_a_recurring_day,
    page_cue,
    quote_positions,
    quoted,
    ranged,
    record,
    record_opening,
    refers_back,
    restating,
    schedule_cue,
    signal,
    stamp_at,
    stamped,
    states,
    teaser,
    to_the_reader,
    weekly_day,
)
from generator.text.sentences import sentence_spans
from generator.text.slugs import short_hash, slugify

EXPRESSION_SLUG_CHARS = 30
# Tagger reasons that say a value is coarser than its expression (`gisteravond` as the month, for want of a day).
COARSENED = frozenset({"dct-unknown", "dct-month", "partial"})
_DAY = PRECISIONS.index("day")
# A holiday this many days or fewer from the publication day is the one the news is about (`de jaarwisseling`, two
# days after it): no doubt of its year.
_HOLIDAY_NEAR = 7
# A month, season or year ended over this many days before the publication date is gone: a sentence with only a copula
# for its verb (`In 2012 was dat 77 procent`) may set its state or figure beside now (`past-state`).
_GONE_DAYS = 31
_PERIODS_GONE = ("month", "season", "year")
# A figure of a week or longer period over by the publication date, told with `nog` (`In september lag dat nog op
# 99,8 procent`), is set beside now's however recent: it is flagged `past-state` too.
_PERIODS_OVER = ("decade", "year", "season", "month", "week")
_YEAR = re.compile(r"\b\d{4}\b")  # a year written in an expression: `Koningsdag 2019` says which one
_WORD_CHARACTER = re.compile(r"\w")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.u]\d{2}")  # a time of day written in digits (`21.00`, `10:29`, `17u43`)
_NUMBER = re.compile(r"\d+")  # a number written in an expression: `op 3 mei` is a date, not a speaker's day
# How a group of clauses is dated, most trusted first: by a date of its own, by one describing a person or thing in
# it (`de winnaar van vorig jaar`), by one it mentions after a signal (`na Prinsjesdag`), by a year that sorts people
# (`Mensen geboren in 2004`), in its clause or another.
# A relative clause's own date (`, die om 10.00 uur werd geopend`) before a noun phrase's or a question's.
_OWN, _DESCRIBING, _DESCRIBING_DOUBTED, _MENTIONED, _SORTING = range(5)
# The kinds of description that give way to any other date of the sentence: a year that sorts people, one that says
# where a thing is from.
_GIVING_WAY = frozenset({"sorting", "origin"})
_BOUNDS = frozenset({"ON_OR_AFTER", "ON_OR_BEFORE"})  # the `mod` of a start or end of what lasts: vanaf, sinds, tot
_SIDES = frozenset({"AFTER", "BEFORE"})  # the `mod` of a time after or before a date: na, voor
# How many events back a retelling (`Het ongeluk gebeurde rond 16.00 uur`) looks for the happening it tells again.
_RESTATED_REACH = 40
# A side of a whole period that a side of its part does not imply: before its middle or end, after its start or middle.
_FALSE_SIDES = frozenset({("BEFORE", "MID"), ("BEFORE", "END"), ("AFTER", "START"), ("AFTER", "MID")})
# The `mod`s of a count said roughly (`ruim`, `bijna`, `ongeveer`): the time it names may lie in the unit beside.
_ROUGH = frozenset({"MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE"})


def make_events(source: Source, timexes: Iterable[Timex], dct: str | None = None) -> tuple[Event, ...]:
    """The events of one source, in text order; `dct` is the date the expressions were resolved against (the
    source's `published` when None)."""
    dct = source.published if dct is None else dct
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    events: list[Event] = []
    ids: tuple[set[str], dict[str, int]] = (set(), {})
    last_named: dict[str, int] = {}  # each value (and its day, month, year) named: the last sentence that named it
    number = 0  # the sentence's number in the article's paragraphs
    # a title or heading repeats what the text tells, or labels it: no happening
    paragraphs = [block for block in source.blocks if block.kind == "paragraph"]
    listed = _list_items(source, paragraphs, ordered, starts)
    for at, block in enumerate(paragraphs):
        paragraph: list[tuple[list[Event], str]] = []
        spans = _stamps_joined(
            source.text, sentence_spans(source.text, block.start, block.end, source.language), ordered, starts,
            source.language,
        )
        if spans and not listed[at] and _caption(source.text, spans, source.language):
            continue  # a photo's caption illustrates the story: no happening of its own
        marks = quote_positions(source.text, (block.start, block.end), source.language)
        for start, end in spans:
            sentence = source.text[start:end]
            # Only the expressions starting in the sentence, found by bisection: linear in a long article.
            candidates = ordered[bisect_left(starts, start) : bisect_left(starts, end)]
            in_sentence = [t for t in candidates if t.end <= end]
            found = (
                happenings(source.text, (start, end), in_sentence, source.language)
                if in_sentence and not _own_date_line(source.text, (start, end), in_sentence, dct, source.language)
                else []
            )
            # Counted once: a sentence may hold thousands of dates. An anchor named here by another expression, or in
            # the sentence before, is near; one the anaphor's own value names is not.
            named = Counter(t.value for t in in_sentence)
            parts = Counter(part for t in in_sentence for part in _named_parts(t.value))
            number += 1
            stative: bool | None = None  # whether the sentence only states (`states`), asked at most once
            figure: tuple[Span, ...] | None = None  # where it tells a figure of then (`figure_then`), asked once
            dated = [(t.start, t.end) for t in in_sentence]  # the spans those two read past
            for happening in found:
                if _speakers_day(happening.date) and quoted(marks, happening.date.start):
                    happening.reasons.append("quoted")
                if _of_a_holiday(happening.date, source.language):
                    happening.reasons.append("holiday")
                told_back = _before_publication_day(happening.date.value, dct)
                if weekly_day(source.text, (happening.date.start, happening.date.end), source.language, told_back):
                    happening.reasons.append("weekday-habit")  # `op zondag`: this Sunday, or every one?
                gone = _gone_period(happening.date.value, dct)
                if gone and stative is None:  # asked once a sentence: it may hold thousands of dates
                    stative = states(source.text, (start, end), dated, source.language)
                # a figure of a period over (not of one after or before it: `Na de storm van vorige week zijn nog
                # 300 mensen dakloos` tells now's)
                over = (
                    happening.date.review not in COARSENED
                    and happening.mod not in _SIDES
                    and _days_over(happening.date.value, dct, _PERIODS_OVER) >= 0
                )
                if over and not (gone and stative) and figure is None:
                    figure = figure_then(source.text, (start, end), dated, source.language)
                figured = any(told <= happening.date.start < ended for told, ended in figure or ())
                # not a bound of what lasts: `Sinds januari is het rustig` tells a state up to now
                if ((gone and stative) or (over and figured)) and happening.mod not in _BOUNDS:
                    happening.reasons.append("past-state")  # `In 2012 was dat 77 procent`: a figure of then
                date = happening.date
                own = date.anchor in _named_parts(date.value)
                near = date.anchor is not None and (
                    parts[date.anchor] > own or last_named.get(date.anchor, -1) >= number - 1
                )
                happening.reasons = _doubts(happening, named, dct, near)
            for timex in in_sentence:
                last_named |= dict.fromkeys(_named_parts(timex.value), number)
            made = [_event(source, happening, sentence, (start, end), ids) for happening in found]
            paragraph.append((made, sentence))
        events.extend(_with_context(paragraph))
    return _told_once(source, _headlines_told(source, events))


def _own_date_line(text: str, sentence: Span, timexes: Sequence[Timex], dct: str | None, lang: str) -> bool:
    """Whether a sentence is the page's line of its own date (`vrij 15 Jul 2016`, `date_line`): it writes out the
    publication day with its number, and its other dates hold it (`januari 2024` beside `11-01-2024 20:36`). Under a
    month-only publication date no line is known to be the page's; a month's label (`November:`) names no day, and a
    label's `vandaag` or a time alone (`EK-FINALE - vandaag 21.00 uur`, `12.05 uur`) writes none out."""
    dated = [timex for timex in timexes if is_event_expression(timex)]
    return (
        dct is not None
        and len(dct) == len("2022-01-06")
        and any(timex.value[:10] == dct and _writes_day(timex.text, dct) for timex in dated)
        and all(dct.startswith(timex.value.split("T")[0]) for timex in dated)
        and date_line(text, sentence, lang, [(timex.start, timex.end) for timex in timexes])
    )


def _writes_day(expression: str, day: str) -> bool:
    """Whether an expression writes out a day's number (`vrij 15 Jul 2016`, `11-01-2024 20:36`), not only a clock
    time's (`vandaag 21.00 uur`)."""
    return int(day[8:]) in (int(number) for number in _NUMBER.findall(_CLOCK_TIME.sub(" ", expression)))


def _stamps_joined(
    text: str, spans: Sequence[Span], ordered: Sequence[Timex], starts: Sequence[int], lang: str
) -> list[Span]:
    """The sentences, a line's first sentence made of dates alone joined to the next on its line when that one names
    no date: a live blog's stamp written out twice (`15:17 15 uur 17. Nog 2 kilometer tot de top.`, also after the
    page's word for it: `Update 15:17 15 uur 17.`) heads its entry and tells nothing itself. A sentence with a date of
    its own keeps it (`08:15 8 uur 15. Gisteravond viel Roglic`); a line of dates alone (a list's label, a stamp above
    its entry) stays as it is. A sentence of dates alone that only says again the stamp opening its line (`15:17 Nog 2
    kilometer tot de top. 15 uur 17.`, the stamp written out after the entry) is the sentence's before it too."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and "\n" not in text[last[1] : span[0]] and (
            _heads_its_line(text, last, span, ordered, starts, lang)
            or _said_again(text, last, span, ordered, starts, lang)
        ):
            joined[-1] = (last[0], span[1])
        else:
            joined.append(span)
    return joined


def _heads_its_line(
    text: str, last: Span, span: Span, ordered: Sequence[Timex], starts: Sequence[int], lang: str
) -> bool:
    """Whether `last`, a line's first sentence, is dates alone (after an entry stamp's word) and `span` names none."""
    return (
        (last[0] == 0 or text[last[0] - 1] == "\n")
        and bisect_left(starts, span[0]) == bisect_left(starts, span[1])
        and _dates_alone(text, last, _within(ordered, starts, last), stamp_at(text, last[0], lang))
    )


def _said_again(
    text: str, last: Span, span: Span, ordered: Sequence[Timex], starts: Sequence[int], lang: str
) -> bool:
    """Whether `span` is dates alone, each the stamp opening the line of `last` said again (its numbers: `16:16` and
    `16 uur 16`)."""
    line = text.rfind("\n", 0, last[0]) + 1
    opening = _within(ordered, starts, (line, last[1]))
    if not opening or not entry_stamp(text, (opening[0].start, opening[0].end), lang):  # the line's own stamp
        return False
    again = _within(ordered, starts, span)
    numbers = _numbers(opening[0].text)
    return _dates_alone(text, span, again) and all(_numbers(timex.text) == numbers for timex in again)


def _numbers(expression: str) -> list[int]:
    """The numbers an expression is written with (`16:05` and `16 uur 05` alike)."""
    return [int(number) for number in _NUMBER.findall(expression)]


def _within(ordered: Sequence[Timex], starts: Sequence[int], span: Span) -> Sequence[Timex]:
    """The expressions starting within a span."""
    return ordered[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]


def _dates_alone(text: str, sentence: Span, timexes: Sequence[Timex], opened: bool = False) -> bool:
    """Whether nothing but expressions and punctuation make the sentence (after the word before its first expression,
    when `opened`: an entry stamp's `Update`)."""
    rest, at = [], timexes[0].start if opened and timexes else sentence[0]
    for timex in timexes:
        rest.append(text[at : timex.start])
        at = max(at, timex.end)
    rest.append(text[at : sentence[1]])
    return bool(timexes) and not _WORD_CHARACTER.search("".join(rest))


def _headlines_told(source: Source, events: Sequence[Event]) -> list[Event]:
    """The events with each live blog entry's headline line (`02.00 - Nog altijd alleen maar VVD`) made one with the
    first event of the paragraph below it when that paragraph opens telling it on a date within the stamp's or around
    it (`Om 02.00 uur zijn de uitslagen ... bekend`): the headline says in short what its entry tells. A paragraph that
    opens with a stamp of its own is the next entry, not the body. So is a list's label line (`Zaterdag:`, `Zondag:`)
    made one with its first item's event below it, where the item tells its own date within the label's (`Wil je op
    zaterdag de Sint zien …`, `18.45 uur: ADO - Heracles`): the label's date is that event's mention. Items that say
    no date of their own (`29 augustus:` over `1a proloog Wageningen`) are dated by the label, its own event."""
    paragraphs = [block for block in source.blocks if block.kind == "paragraph"]
    starts = [block.start for block in paragraphs]
    kept: list[Event] = []
    for event in events:
        head = kept[-1] if kept else None
        at = bisect_left(starts, head.sentence_span[0] + 1) - 1 if head is not None else -1
        if (head is not None and 0 <= at < len(paragraphs) - 1 and head.sentence_span[0] == paragraphs[at].start
                and head.sentence_span[1] >= paragraphs[at].end
                and event.sentence_span[0] == paragraphs[at + 1].start
                and _heads(source, head, (paragraphs[at].start, paragraphs[at].end), event,
                           (paragraphs[at + 1].start, paragraphs[at + 1].end))):
            kept.pop()
            finer = _precision(head.when) > _precision(event.when)
            kept.append(_joined(*((head, event) if finer else (event, head))))
        else:
            kept.append(event)
    return kept


def _heads(source: Source, head: Event, line: Span, event: Event, below: Span) -> bool:
    """Whether `head`, the one event of its paragraph `line`, heads `event`, the first of the paragraph `below`: an
    entry's headline over the entry's body (dated within the stamp's or around it), or a list's label over its first
    item (dated within the label's; an item that is a label itself is the next one's). A label naming two dates
    (`Zaterdag en zondag:`) labels several items, the first of them no more than the others: it heads none."""
    text, lang = source.text, source.language
    if entry_stamp(text, head.span, lang):
        return _around(head.when, event.when) and not stamp_at(text, below[0], lang)
    return (
        list_label(text, line, _spans(head), lang)
        and all(_around(head.when, mention.value) for mention in head.mentions)
        and not list_label(text, below, _spans(event), lang)
        and contains(head.when, event.when)
    )


def _around(one: str, other: str) -> bool:
    """Whether two values name one date, the one within the other (`Zaterdag 16 november` and its `14.30 uur`)."""
    return contains(one, other) or contains(other, one)


def _spans(event: Event) -> list[Span]:
    """The spans of an event's expressions, its date's and its mentions', in text order."""
    return sorted([event.span, *(mention.span for mention in event.mentions)])


def _told_once(source: Source, events: Sequence[Event]) -> tuple[Event, ...]:
    """The events with each happening an article tells again made one (`Bij een brand in Hengelo is zondagavond …`,
    then `De brand brak rond 21.30 uur uit`): a sentence opening with the happening's noun and its taking place
    (`clauses.restating`) joins the nearest event before it whose sentence names that noun and whose date lies
    within its own, or its own within that one (only the sentence's first happening: the one its opening tells).
    The joined event is dated by the finer of the two (the retelling's
    when they are alike: it says when), keeps that one's id, and keeps the other's date and mentions as mentions and
    its sentence as context: no expression is lost."""
    kept: list[Event] = []
    for before, event in zip((None, *events), events, strict=False):
        # only the first happening of its sentence: the one its opening tells (`De brand brak om 3.00 uur uit`); by
        # the events as made, as a joined event may stand last with its lede's sentence
        first_of_sentence = before is None or before.sentence_span != event.sentence_span
        noun = restating(source.text, event.sentence_span, source.language) if first_of_sentence else None
        told = None if noun is None else next(
            (
                index for index in range(len(kept) - 1, max(-1, len(kept) - 1 - _RESTATED_REACH), -1)
                if kept[index].sentence_span[1] <= event.sentence_span[0]
                and names(kept[index].text, noun, source.language)
                and (contains(kept[index].when, event.when) or contains(event.when, kept[index].when))
            ),
            None,
        )
        if told is None:
            kept.append(event)
            continue
        first = kept.pop(told)
        finer = _precision(first.when) > _precision(event.when)
        kept.append(_joined(*((first, event) if finer else (event, first))))
    return tuple(kept)


def _joined(event: Event, other: Event) -> Event:
    """One event of a happening told twice: `event` with `other`'s date and mentions as mentions, its sentence (and
    context) as context, its doubts (they may be the join's too) and its id among those it took in (so an editor's
    work on it finds this event)."""
    mentions = (*event.mentions, Mention(other.expression, other.when, other.span), *other.mentions)
    before = other.sentence_span < event.sentence_span
    context = (other.text, *other.context, *event.context) if before else (*event.context, other.text, *other.context)
    return replace(
        event,
        mentions=tuple(sorted(mentions, key=lambda m: m.span)),
        context=context,
        review=ordered_reasons((*event.review, *other.review)),
        joined=(*event.joined, other.id, *other.joined),
    )


@dataclass
class Happening:
    """What one event is made of: the expression that dates it and the rest of its clauses' expressions."""

    date: Timex
    mod: str | None
    reasons: list[str] = field(default_factory=list)
    mentions: list[Timex] = field(default_factory=list)


@dataclass
class _Group:
    """Clauses told together: a clause with words of its own, and the bare ones beside it (`, op 13 mei,`)."""

    start: int
    timexes: list[Timex] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Told:
    """The tense of a sentence's clauses, read only when asked (a likeness needs it), from the sentence alone and once
    a clause: a long text is not scanned again for each expression, nor a long clause for each of its dates."""

    text: str
    sentence: tuple[int, int]
    lang: str
    _past: dict[tuple[int, int], bool] = field(default_factory=dict)

    @cached_property
    def _reader(self) -> TenseReader:
        start, end = self.sentence
        return TenseReader(self.text[start:end], load(self.lang).tense)

    @cached_property
    def record_opened(self) -> tuple[int, int] | None:
        """The clause a record fronted in one phrase heads (`Nooit eerder, sinds 2002, zag …`): its period is compared
        over."""
        return record_opening(self.text, self.sentence, self.lang)

    def past(self, clause: tuple[int, int], timex: Timex) -> bool:
        """Whether the clause of an expression is told in the past tense (`werd net als gisteren tweede`), read at its
        first expression asked about."""
        if clause not in self._past:
            start = self.sentence[0]
            self._past[clause] = self._reader.tense(timex.start - start, timex.end - start) == "past"
        return self._past[clause]


def happenings(text: str, sentence: tuple[int, int], timexes: Sequence[Timex], lang: str) -> list[Happening]:
    """The happenings a sentence reports, each with its date, in text order; none when nothing dates one."""
    spans = [(t.start, t.end) for t in timexes]
    if not any(is_event_expression(t) for t in timexes) or page_cue(text, sentence, lang, spans):
        return []  # no date, or the page's own line (printed on, updated on)
    if teaser(text, sentence, lang, [span for span, t in zip(spans, timexes, strict=True) if is_event_expression(t)]):
        return []  # `… van een telefoonwinkel aan de...`: another article's teaser, cut off below the story
    if to_the_reader(text, sentence, lang):
        return []  # `Ga jij zaterdag ook naar het strand?`: a question to the reader tells no happening
    groups = _groups(text, sentence, timexes, lang)
    told = _Told(text, sentence, lang)
    dated: list[tuple[_Group, Happening]] = []
    referred: list[tuple[int, _Group, Happening]] = []  # dated only by a date the clause mentions, and its rank
    last: Timex | None = None  # the last date named before the group
    for group in groups:
        found = _dating(text, group, lang, told)
        if found is not None and found[1] == _OWN:
            dated.append((group, found[0]))
        elif found is not None:
            referred.append((found[1], group, found[0]))
        elif last is not None and refers_back(text, group.spans[0], lang):  # `…dan vorig jaar: toen werden…`
            dated.append((group, Happening(last, None, [last.review] if last.review else [])))
        last = next((t for t in reversed(group.timexes) if is_event_expression(t)), last)
    # A relative clause's date inside the main clause's refines it (`Op maandag begon de zitting, die om 10.00 uur
    # werd geopend`); one apart from every date of the sentence tells a happening of its own, flagged (`De bond, die
    # woensdag het spoor platlegde, eist donderdag meer loon`); a mentioned date dates only where nothing else does:
    # one describing something first.
    for rank, group, found in referred:
        if rank == _DESCRIBING and _finer(found, dated):
            dated.append((group, found))
        elif rank == _DESCRIBING and dated and _apart(found, dated):
            found.reasons.append("relative-clause")
            dated.append((group, found))
    dated.sort(key=lambda item: item[0].start)
    merged = _merge_nested(dated or [(group, found) for _, group, found in sorted(referred, key=lambda r: r[0])[:1]])
    if not merged:
        return []
    owners = [group.start for group, _ in merged]
    known = {id(happening): set(happening.mentions) for _, happening in merged}  # a set: a clause may hold thousands
    # one that dates a happening is no other's mention, even in a clause before its own (`…dan vorig jaar: toen …`)
    dating = {happening.date for _, happening in merged}
    for group in groups:  # every other expression is a mention of the happening told in or before its clause
        owner = merged[max(0, bisect_left(owners, group.start + 1) - 1)][1]
        for timex in group.timexes:
            if timex not in dating and timex not in known[id(owner)]:
                known[id(owner)].add(timex)
                owner.mentions.append(timex)
    # `Ter vergelijking, in 2025 …`, `als er weinig bezoekers zijn`, `net als op donderdagen`: the whole sentence
    habit = (
        generic_cue(text, sentence, lang)
        or condition(text, sentence, lang)
        or any(timex.type == "SET" for timex in timexes)
    )
    # Clauses each with a day of their own tell a sequence (`Op 6 mei brandde het, waarna op 9 mei …`); periods set
    # side by side (`Vorig jaar telde de club 310 leden, in 2022 waren het er 270`)
    # may be figures compared, no happening.
    periods = len(merged) > 1 and any(_precision(happening.date.value) < _DAY for _, happening in merged)
    advice = advising(text, sentence, lang)  # once: a sentence may hold thousands of happenings
    for group, happening in merged:
        happening.mentions.sort(key=lambda t: t.start)
        if periods:
            happening.reasons.append("several-dates")
        # `Zo ziet ze bijvoorbeeld …`; `NS adviseert reizigers morgen niet te reizen`: the act advised
        schedule = _day_or_time(happening.date, lang) and any(schedule_cue(text, span, lang) for span in group.spans)
        if habit or schedule or any(
            example_cue(text, span, lang) or (advice and infinitive(text, span, lang)) for span in group.spans
        ):
            happening.reasons.append("generic")
        if any(negation_cue(text, span, lang) for span in group.spans):  # only its own clauses: `niet` is common
            happening.reasons.append("negation")
    return [happening for _, happening in merged]


def _day_or_time(timex: Timex, lang: str) -> bool:
    """Whether an expression names a weekday or a time of day (`zondag`, `om 20.00 uur`, even where its value could
    be no finer than the month)."""
    said = timex.text.lower()
    return timex.type == "TIME" or any(day in said for day in load(lang).weekdays)


def _groups(text: str, sentence: tuple[int, int], timexes: Sequence[Timex], lang: str) -> list[_Group]:
    """The sentence's clauses, each one without words of its own joined to the one before it (or else after)."""
    spans = [(t.start, t.end) for t in timexes]
    groups: list[_Group] = []
    pending: list[tuple[int, int]] = []
    for clause in clauses(text, *sentence, spans, lang):
        if has_content(text, clause, spans, lang):
            groups.append(_Group((pending or [clause])[0][0], spans=[*pending, clause]))
            pending = []
        elif groups:
            groups[-1].spans.append(clause)
        else:
            pending.append(clause)
    if pending:  # no clause has words of its own
        groups.append(_Group(pending[0][0], spans=pending))
    starts = [group.spans[0][0] for group in groups]  # each group's clauses follow one another
    for timex in timexes:
        at = bisect_left(starts, timex.start + 1) - 1
        if at >= 0 and timex.start < groups[at].spans[-1][1]:
            groups[at].timexes.append(timex)
    return groups


def _dating(text: str, group: _Group, lang: str, told: _Told) -> tuple[Happening, int] | None:
    """The happening of a group of clauses and how it is dated: `_OWN` by a date of its own, `_DESCRIBING` by a
    relative clause's date describing a person or thing, `_DESCRIBING_DOUBTED` by a noun phrase's or a question's,
    `_MENTIONED` by one after a signal.

    None when no expression of the group can date anything (durations, marked or compared dates).
    """
    direct: list[Timex] = []
    describes: list[tuple[Timex, str]] = []  # and how it describes (`describing`; listed ones as the first)
    referred: list[tuple[Timex, str | None]] = []
    denied_record = record(text, group.spans, lang)
    headed = told.record_opened or (0, 0)
    if denied(text, group.spans, lang):
        return None  # `Dat is om 20.00 uur niet meer het geval`: nothing is so, at that time
    before: tuple[Timex, Signal | None] | None = None  # the expression before, and its signal
    for timex in group.timexes:
        if not is_event_expression(timex):
            continue
        if (denied_record or headed[0] <= timex.start < headed[1]) and _precision(timex.value) < _DAY:
            continue  # `zo'n drukke spits was er in heel 2025 niet geweest`: the period is compared over
        if stamped(text, (timex.start, timex.end), lang, timex.type == "TIME"):  # TIME even when made the month
            continue  # `NOS Sport • vandaag, 06:41`, `09u15 3 Voetbal …`: the page's time stamp
        clause_start, clause_end = clause = _clause_of(group, timex)
        if described(text, timex.end, lang) or of_a_recurring_day(text, clause, lang):
            continue  # `Prinsjesdag is niet alleen …`, `de jaarlijkse dag waarop …`: what a day is, every year
        found = signal(text, clause_start, timex.start, lang, clause_end, timex.end)
        coarse = _precision(timex.value) < _DAY
        description = describing(text, clause, timex.start, timex.end, lang, coarse) if found is None else None
        # `geboren in 2003 en 2004`, `tussen 1956 t/m 1960`: dates listed after a described one, or closing its range,
        # describe as it does, when like it (`De helden van 1988 en zondag ontvangt de koning ze`: a day after a year
        # opens a clause of its own)
        closing = before is not None and ranged(text, before[0].end, timex.start, lang)  # its signal is the range's
        if (
            (found is None or closing)
            and description is None
            and before is not None
            and describes
            and describes[-1][0] is before[0]
            and _precision(timex.value) == _precision(before[0].value)
            and (closing or listed(text, before[0].end, timex.start, lang))
        ):
            description = describes[-1][1]
        if found is None and description is None and _asked(text, group, clause, timex, lang):
            description = "question"
        if description is not None:  # `de winnaar van vorig jaar`, `, die zaterdag opgaf,`: the main clause's
            describes.append((timex, description))  # date comes first
            before = (timex, None)
            continue
        if found is None and before is not None and listed(text, before[0].end, timex.start, lang):
            found = before[1]  # `dan in 2023 en 2022`: a list shares the signal of its first date
        before = (timex, found)
        if alike(found, lang) and not told.past(clause, timex):
            continue  # `Net als in 2020 verspreidt Trump nu al geruchten`: told now, compared with then
        if found is None:
            direct.append(timex)
        elif found.mod is not None:  # a comparison (`dan`, `in plaats van`) dates nothing
            referred.append((timex, found.mod or None))  # `PURPOSE` (the day meant, `voor` as *for*): no side
    if direct:
        # `van zaterdag naar zondag`: the date moved from is a mention (the next date only: a clause may hold thousands)
        gone = {id(timex) for timex, later in pairwise(direct) if moved(text, timex, later, lang)}
        direct = [timex for timex in direct if id(timex) not in gone]
        date, disjoint = _choose(text, direct, lang)
        # dates listed (`op 3 en 4 januari`, `op 31 december en op 1 januari`) tell one happening on each, no rivals
        disjoint = disjoint and not all(listed(text, a.end, b.start, lang, loose=True) for a, b in pairwise(direct))
        reasons = [date.review] if date.review else []
        # `het begin van de avond` made the month, for want of a day: its START is the evening's, not the month's
        mod = None if date.review in COARSENED else date.mod
        return Happening(date, mod, [*reasons, *(["several-dates"] if disjoint else [])]), _OWN
    # a year that sorts people (`Mensen geboren in 2004`) or says where a thing is from (`Mensen uit 1955`) tells
    # nothing of when the happening is; a date after a signal at least tells its side (`kunnen vanaf maandag een
    # afspraak maken`), in its clause or another
    sorting = all(kind in _GIVING_WAY for _, kind in describes)
    if describes and not (referred and sorting):
        date, kind = next(((timex, kind) for timex, kind in describes if kind not in _GIVING_WAY), describes[0])
        doubted = kind != "relative"
        reasons = [*([date.review] if date.review else []), *(["mentioned"] if doubted else [])]
        rank = _SORTING if sorting else _DESCRIBING_DOUBTED if doubted else _DESCRIBING
        return Happening(date, None if date.review in COARSENED else date.mod, reasons), rank
    if referred:
        date, mod = referred[0]
        # A value the tagger could make no finer than the month (`dct-month`) says nothing of the side of the day;
        # one with a part of its own keeps that part where the side of the whole would be false: `voor half januari`
        # is not `vóór januari` (`tot het einde van de ochtend` is still `tot de ochtend`).
        side = None if date.review in COARSENED else date.mod if (mod, date.mod) in _FALSE_SIDES else mod
        return Happening(date, side, [*([date.review] if date.review else []), "mentioned"]), _MENTIONED
    return None


def _asked(text: str, group: _Group, clause: Span, timex: Timex, lang: str) -> bool:
    """Whether a date is what a question asks about: one opening the group (`Of de wedstrijd zondag doorgaat, is
    onzeker`), or its own clause closed by a question mark (`maar gaat ze maandag weer open?`). A live blog's stamp,
    on its entry's line or one of its own above it, dates its entry, a question or not (`12.05 uur Is de A12 al weer
    open?`)."""
    stamp = entry_stamp(text, (timex.start, timex.end), lang) or alone_on_line(text, timex)
    return not stamp and (
        in_question(text, group.spans[0], lang) or (clause != group.spans[0] and in_question(text, clause, lang))
    )


def _doubts(happening: Happening, named: Counter[str], published: str | None, near: bool) -> list[str]:
    """A happening's reasons less the doubts its sentence (`named`: how often it names each value) or its source's
    publication date settle; an anaphor counted from a date not named in its sentence or the one before (`near`) is
    `anaphor-far`, as the text may have meant a later one.

    A value made the month the source is known to (`dct-month`) claims no more than the source states: the source's
    own review item asks for its day; one only `mentioned` so made keeps no side either, so nothing is left to doubt.
    A holiday within `_HOLIDAY_NEAR` days of the publication day is the one the news is about (`holiday`). An
    anaphor counted from a day the same sentence names (`Op zaterdag 3 mei vond rond 03.30 uur …`) is that day's. A
    direction read from the tense (`tense`) towards the past was read from a past
    tense, which cannot point ahead; one towards the future was read from a present tense, which also tells a schedule
    of another week or a story in the present, so it stays doubted. A date a happening lasts from or until
    (`sinds zondagavond`, `tot 17.00 uur`) is shown as such, with its `mod`: no doubt. The tagger's guesses
    (`tense-none`, `tense-far`, `no-anchor`) and a denial (`negation`) stay flags: on a fresh real-news set, judged
    before the rules were tuned, dropping them left 30 % of the wrong events unflagged against 13 % with them, and on
    the twenty tuning sets they are wrong 1 to 4 times in 10 (`model.DOUBT`).
    """
    date, settled = happening.date, set[str]()
    if published is not None and len(published) == len("2022-01") and date.value == published:
        settled |= {"dct-month", "mentioned"}
    if date.anchor is not None and named[date.anchor] > (date.value == date.anchor):  # another names it
        settled.add("anaphor")
    if happening.mod in _BOUNDS:
        settled.add("mentioned")
    end = interval(date.value).end
    if published is not None and len(published) == len("2022-01-06") and end is not None and end[:10] <= published:
        settled.add("tense")
    if published is not None and _days_apart(date.value, published) <= _HOLIDAY_NEAR:
        settled.add("holiday")
    far = {"anaphor": "anaphor-far"} if not near else {}
    return [far.get(reason, reason) for reason in happening.reasons if reason not in settled]


def _caption(text: str, spans: Sequence[Span], lang: str) -> bool:
    """Whether a paragraph (its sentences `spans`) is a photo's caption: closed by a credit line (`Beeld Jan Jansen`),
    or one sentence closed by a credit in brackets or after a bar, alone or run into it (`File op de A12 (Archieffoto:
    Jan Jansen)`, `De stoet trok zaterdag door het dorp. | Foto: ANP`). A story of more sentences closed so keeps its
    happenings: the credit is its photo's, not a sign the story is none."""
    if credit_line(text, spans[-1], lang):
        return True
    before = closing_credit(text, spans[-1], lang)
    return before is not None and len(spans) - (before == 0) <= 1


def _list_items(
    source: Source, paragraphs: Sequence[Block], ordered: Sequence[Timex], starts: Sequence[int]
) -> list[bool]:
    """Per paragraph, whether it is a list's item: it opens with its date's label (`12 januari: Jan Jansen (80),
    zanger ...`), and so does the paragraph before or after it. A year review lists its days so, each item under its
    photo and closed by the photo's credit: a caption tells what its photo shows, and one that opens with a label
    (`Zaterdagnacht: brandweerlieden bij het pakhuis (Foto: ANP)`) stands alone."""
    opened = [
        _labelled(source.text, (block.start, block.end), _within(ordered, starts, (block.start, block.end)),
                  source.language)
        for block in paragraphs
    ]
    return [
        label and ((at > 0 and opened[at - 1]) or (at + 1 < len(opened) and opened[at + 1]))
        for at, label in enumerate(opened)
    ]


_LABEL_COLON = re.compile(r":(?=\s)")  # a label's colon, before the item's words (not a clock time's `22:10`)
_LABEL_REACH = 60  # characters: a label is short (`5 maart t.e.m. 12 maart:`)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")  # a day of the calendar, no time of it


def _labelled(text: str, block: Span, timexes: Sequence[Timex], lang: str) -> bool:
    """Whether a paragraph opens with a list's label: its expressions and filler up to a colon, one of them a day of
    the calendar written with its number (`12 januari: …`, `Zaterdag 3 mei: …`). A part of day, a weekday, `Gisteren`
    or a clock time labels a photo series' captions as often (`Zaterdagochtend: brandweerlieden ... Foto: ANP`)."""
    colon = next(
        (found.start() for found in _LABEL_COLON.finditer(text, block[0], min(block[1], block[0] + _LABEL_REACH))
         if not any(t.start <= found.start() < t.end for t in timexes)),
        -1,
    )
    label = [t for t in timexes if t.end <= colon]
    dated = any(_DAY_VALUE.match(t.value) and _NUMBER.search(t.text) for t in label)
    return colon >= 0 and dated and list_label(text, (block[0], colon + 1), [(t.start, t.end) for t in label], lang)


def _gone_period(value: str, published: str | None) -> bool:
    """Whether a value is a month, season or year that ended more than `_GONE_DAYS` before the publication date (a
    month-only date: its first day): a period over and done with, whose state a sentence may only set beside now."""
    return _days_over(value, published, _PERIODS_GONE) > _GONE_DAYS


def _days_over(value: str, published: str | None, precisions: Sequence[str]) -> float:
    """How many days before the publication date (a month-only date: its first day) a value of one of `precisions`
    ended (negative: not over yet); minus infinity for another value or no publication date."""
    span = interval(value)
    if published is None or span.end is None or span.precision not in precisions:
        return -math.inf
    day = datetime.date.fromisoformat(interval(published).start[:10])
    return (day - datetime.date.fromisoformat(span.end[:10])).days


def _before_publication_day(value: str, published: str | None) -> bool:
    """Whether a value's day lies before a publication day known to the day: a weekday the tagger read back, by its
    clause's tense."""
    if published is None or len(published) != len("2022-01-06"):
        return False
    start = interval(value).start
    return start is not None and start[:10] < published


def _days_apart(value: str, published: str) -> float:
    """How many days lie between the day a value starts and a publication day; a month-only publication date, or a
    value with unknown parts, is infinitely far: which day either is, is not known."""
    start = interval(value).start
    if start is None or len(published) != len("2022-01-06"):
        return math.inf
    return abs((datetime.date.fromisoformat(start[:10]) - datetime.date.fromisoformat(published)).days)


def _named_parts(value: str) -> tuple[str, ...]:
    """A value and the day, month and year it lies in, as an anaphor's anchor may name them (`2024-10-01TMO`)."""
    return tuple(dict.fromkeys((value, value[:10], value[:7], value[:4])))


def _speakers_day(timex: Timex) -> bool:
    """Whether a value's day is one a speaker places from when they speak: a day or finer, counted from no date of
    the text, and not written as a date (`vanavond`, `zaterdag`, `om 20.00 uur`, but not `op 3 mei`)."""
    if timex.anchor is not None or timex.review in COARSENED or _precision(timex.value) < _DAY:
        return False
    day = int(timex.value[8:10]) if timex.value[8:10].isdigit() else None
    return day is not None and all(int(number) != day for number in _NUMBER.findall(timex.text))


def _of_a_holiday(timex: Timex, lang: str) -> bool:
    """Whether a value was read from the name of a day every year has, with no year written beside it: a text names
    one for what it is as often as for one occasion (`tijdens de jaarwisseling`, `normaal altijd op Bevrijdingsdag`,
    a wish, a person), and the year it means is the tagger's guess. Of such events ever judged on the 40-set and
    dev6..dev8, 11 in 29 were wrong, more than of any other form of expression."""
    return load(lang).holidays.search(timex.text) is not None and _YEAR.search(timex.text) is None


def _clause_of(group: _Group, timex: Timex) -> tuple[int, int]:
    """The clause of a group an expression stands in (its clauses are in order)."""
    return group.spans[bisect_left(group.spans, (timex.start + 1,)) - 1]


def _choose(text: str, direct: Sequence[Timex], lang: str) -> tuple[Timex, bool]:
    """The expression that dates a clause, and whether the clause names dates apart from it.

    Two in apposition that agree name one time twice (`Ruim een half jaar geleden, in december 2019`): the more
    precise dates, undoubted; this comes first, as the two may have one value. Dates that lie inside one another
    (`maandag`, `om 10.00 uur`) agree: the finest dates. Otherwise the first does, as a date put first in a Dutch
    clause is the one it is about.
    """
    if len(direct) == 2 and apposed(text, direct[0].end, direct[1].start, lang):
        precise = _more_precise(*direct)
        if precise is not None and _agree(direct[1] if precise is direct[0] else direct[0], precise):
            return precise, False
    finest = max(direct, key=lambda t: _precision(t.value))  # the first of the finest
    if all(contains(t.value, finest.value) for t in direct):
        return finest, False
    return direct[0], True


def _more_precise(first: Timex, second: Timex) -> Timex | None:
    """Of two expressions naming one time, the one that names it more precisely: the finer value, or at the same
    precision the one said exactly where the other is said about (`ruim`, `bijna`: a `mod`); None when neither is."""
    a, b = _precision(first.value), _precision(second.value)
    if a != b:
        return first if a > b else second
    if (first.mod is None) != (second.mod is None):
        return first if first.mod is None else second
    return None


def _agree(coarser: Timex, precise: Timex) -> bool:
    """Whether an apposition's more precise date may be the time its coarser one names: inside it, or, when the
    coarser is said roughly (`ruim een half jaar geleden`), within one of its units of it. `In 2019, op 3 mei 2021`
    and `twee weken geleden, op 3 mei` seven weeks back name two times."""
    if contains(coarser.value, precise.value):
        return True
    outer, inner = interval(coarser.value), interval(precise.value)
    if coarser.mod not in _ROUGH or None in (outer.start, outer.end, inner.start, inner.end):
        return False
    start, end, first, last = (datetime.datetime.fromisoformat(moment)  # type: ignore[arg-type]
                               for moment in (outer.start, outer.end, inner.start, inner.end))
    unit = end - start  # one unit of the coarser's precision, as long as its own; differences cannot overflow
    return start - first <= unit and last - end <= unit


def _merge_nested(dated: list[tuple[_Group, Happening]]) -> list[tuple[_Group, Happening]]:
    """Happenings of one sentence on dates inside one another are one: the finer date dates it."""
    merged: list[tuple[_Group, Happening]] = []
    for group, happening in dated:
        for index, (kept_group, kept) in enumerate(merged):
            old, new = kept.date.value, happening.date.value
            if not (contains(old, new) or contains(new, old)):
                continue
            finer, other = (kept, happening) if contains(new, old) else (happening, kept)
            if "several-dates" in other.reasons and "several-dates" not in finer.reasons:
                finer.reasons.append("several-dates")
            joined = _Group(kept_group.start, [*kept_group.timexes, *group.timexes], [*kept_group.spans, *group.spans])
            merged[index] = (joined, finer)
            break
        else:
            merged.append((group, happening))
    return merged


def _finer(happening: Happening, dated: Sequence[tuple[_Group, Happening]]) -> bool:
    """Whether a happening's date lies inside the date of one of the happenings `dated`, and is not the same."""
    value = happening.date.value
    return any(contains(other.date.value, value) and other.date.value != value for _, other in dated)


def _apart(happening: Happening, dated: Sequence[tuple[_Group, Happening]]) -> bool:
    """Whether a happening's date shares no time with the date of any of the happenings `dated`."""
    value = happening.date.value
    return not any(contains(other.date.value, value) or contains(value, other.date.value) for _, other in dated)


def contains(outer: str, inner: str) -> bool:
    """Whether the value `inner` lies within `outer` (equal values do); unknown parts agree only when equal."""
    if outer == inner:
        return True
    a, b = interval(outer), interval(inner)
    if None in (a.start, a.end, b.start, b.end):
        return False
    return a.start <= b.start and b.end <= a.end  # type: ignore[operator]


def _precision(value: str) -> int:
    found = interval(value).precision
    return PRECISIONS.index(found) if found else -1


def is_event_expression(timex: Timex) -> bool:
    """Dates and times may date a happening, resolved or not; durations, sets, PRESENT_REF-like words, and what the
    tagger marked negated or generic do not."""
    return timex.type in ("DATE", "TIME") and not timex.value.endswith("_REF") and timex.mark is None


# A timeline repeats the same few thousand values; working out each one's interval again is what sorting costs.
value_order = lru_cache(maxsize=8192)(sort_key)
_TIMED = ("partofday", "minute")


@lru_cache(maxsize=65536)
def timeline_order(value: str, zone: str | None = None) -> tuple[int, str, str, int]:
    """Where a value sorts on a timeline of sources in several time zones.

    By the day the source names, coarser values first; within a day, clock times and parts of day by the instant
    they start (`zone` is where they are local, None: taken as UTC). Days and coarser periods are the calendar's,
    the same everywhere, so a day heading keeps its day's events together.
    """
    span = interval(value)
    rank = PRECISIONS.index(span.precision) if span.precision else len(PRECISIONS)
    if span.start is None:
        return 1, "", "", rank
    instant = utc_instant(span.start, zone) if span.precision in _TIMED else ""
    return 0, span.start[:10], instant, rank


def order_events(
    events: Iterable[Event], source_order: dict[str, int] | None = None, zones: Mapping[str, str | None] | None = None
) -> tuple[Event, ...]:
    """Timeline order: day, coarser first, the instant of a time of day, then source order, then text order.

    The one definition of the order; `zones` gives each source's time zone (by slug). The merge sorts one
    content file's events, all in one zone, with `value_order` and `text_position`.
    """
    ranks, zones = source_order or {}, zones or {}
    return tuple(
        sorted(
            events,
            key=lambda e: (
                timeline_order(e.when, zones.get(e.source)), ranks.get(e.source, 0), e.source, text_position(e.span)
            ),
        )
    )


def text_position(span: Sequence[object] | None) -> float:
    """Where an event stands in its article; one without offsets (added by an editor) comes after the others."""
    if not isinstance(span, Sequence) or len(span) != 2 or not all(isinstance(x, int) for x in span):
        return math.inf
    start, end = span
    return start if end > start else math.inf  # type: ignore[operator, return-value]


def timeline(documents: Iterable[Document], timezone: str | None = None) -> tuple[Event, ...]:
    """All events of all documents in timeline order; ties keep the documents' order.

    A source without a `timezone` of its own is in the project's, `timezone`.
    """
    documents = list(documents)
    ranks = {document.source.slug: rank for rank, document in enumerate(documents)}
    zones = {document.source.slug: document.source.timezone or timezone for document in documents}
    return order_events((event for document in documents for event in document.events), ranks, zones)


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


def _event(
    source: Source,
    happening: Happening,
    sentence: str,
    sentence_span: tuple[int, int],
    ids: tuple[set[str], dict[str, int]],
) -> Event:
    date = happening.date
    return Event(
        id=event_id(source.slug, date.text, sentence, *ids),
        source=source.slug,
        when=date.value,
        text=sentence,
        expression=date.text,
        span=(date.start, date.end),
        sentence_span=sentence_span,
        mod=happening.mod,
        interval=interval(date.value),
        review=ordered_reasons(happening.reasons),
        anchor=date.anchor,
        mentions=tuple(Mention(t.text, t.value, (t.start, t.end)) for t in happening.mentions),
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
