"""The tagger: find atoms, combine them by the grammar's rules, resolve each in text order with anaphora."""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, partial
from itertools import pairwise
from typing import Any

from generator.errors import BadValue
from generator.model import REVIEW_REASONS, Timex
from generator.temporal.combine import YEAR_KEYS, combine, kind
from generator.temporal.dates import day_in_year, season_index
from generator.temporal.language import Language, load
from generator.temporal.liveblog import LiveBlog, opens_line
from generator.temporal.nights import (
    CLOCK_VALUE,
    carried,
    day_after,
    day_before,
    day_of,
    late,
    morning_after_night,
    night_before,
    night_told_again,
)
from generator.temporal.patterns import Atom, find
from generator.temporal.resolve import DAY_NAMED, Context, Known, Resolution, clock_hour, resolve
from generator.temporal.tense import TWO_WORDS_BEFORE, Evidence, Tense, TenseReader, sorts_by_year
from generator.temporal.values import PARTS_OF_DAY
from generator.temporal.waiting import as_waited

_DCT = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_REACH = 1000  # how far (characters) a clock time looks for the day its sentence names
_STORY_REACH = 50  # how many earlier expressions a clock time looks back through for the day a story has come to
_LATELY = timedelta(days=31)  # how long before the publication date a bound passed is still the one a report tells
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(\w+)")  # the word right after an expression, maybe past a comma
_PART_OF_DAY = re.compile(r"\d\dT(MO|MI|AF|EV|NI)\Z")
_RELATIVE_KEYS = frozenset({"unit", "direction", "shift"})  # the words that place an expression from the DCT
_WEEK_DAYS = 7  # a day named fewer days ahead than this is the one a bare weekday told as a closure says again
_SET_APART_YEARS = 3  # how far a written year may lie from the story month's to set it apart (not a story years back)


def parse_dct(dct: str | None) -> Known | None:
    """`YYYY-MM-DD`, `YYYY-MM` or None; anything else is a ValueError."""
    if dct is None:
        return None
    m = _DCT.fullmatch(dct.strip()) if isinstance(dct, str) else None
    if not m:
        raise BadValue(f"publication date {dct!r} is not YYYY-MM-DD or YYYY-MM")
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    try:
        date(year, month, day or 1)
    except ValueError:  # 2022-13 or 2022-02-30
        raise BadValue(f"publication date {dct!r} is not a day of the calendar") from None
    return Known(year, month, day)


# How sure a value is when the tense decided it, by where the tense was read.
_TENSE_DOUBT: dict[Evidence, str | None] = {
    "lead": None, "clause": "tense", "sentence": "tense-far", "none": "tense-none"
}


class _TenseAsked:
    """The tense of one expression, read when a value first depends on it; remembers that it was asked."""

    def __init__(self, reading: Callable[[int, int], tuple[Tense, Evidence]], start: int, end: int):
        self._reading, self._span = reading, (start, end)
        self.tense: Tense | None = None
        self.evidence: Evidence | None = None

    def __call__(self) -> Tense:
        self.tense, self.evidence = self._reading(*self._span)
        return self.tense

    def doubt(self) -> str | None:
        return _TENSE_DOUBT[self.evidence] if self.evidence else None


def _tense_doubt(atom: Atom, context: Context, asked: _TenseAsked, resolution: Resolution) -> str | None:
    """How the tense was read, when the value depends on it: another tense would give another value."""
    doubt = asked.doubt()
    if doubt is None:
        return None
    for other in ("past", "present", "future"):
        if other == asked.tense:
            continue  # the value already resolved under it
        again = resolve(atom.fields, replace(context, tense=lambda other=other: other))
        if again is not None and again.value != resolution.value:
            return doubt
    return None


# What a time a habit can be has no more than these: a weekday, a part of day, a clock time.
_HABIT_FIELDS = frozenset(
    {"weekday", "pod", "pod_adverb", "hour", "minute", "half", "qmin", "qdir", "mod", "approx", "spoken"}
)


# The kinds of expression that name a day or a longer stretch of the calendar (not a clock time, part of day or length).
_DATE_KINDS = frozenset({"day", "time", "month", "season", "decade", "week", "year", "offset"})

# A weekday said alone, maybe with its part of day (zondag, zondagmiddag).
_BARE_WEEKDAY = frozenset({"weekday", "pod", "pod_adverb"})

# What a day of the calendar every year can be: a fixed day of a month (a named day), maybe its part of day
# (`paired`: a bare day after van or tussen, as in `van 4 en 5 mei`).
_YEARLY_FIELDS = frozenset({"month", "dom", "pod", "sunday_shift", "paired"})


def _as_habit(atom: Atom, reader: TenseReader) -> Atom:
    """A weekday, part of day or clock time in a clause that says it is a habit is a set: every Sunday at 19.00.
    So is a yearless day of a month in a clause that says it comes back every year (`alle edities van 4 en 5
    mei`, `de afgelopen twee jaar speelde er op Koningsdag een orkest`)."""
    fields = atom.fields
    habitual = fields.keys() <= _HABIT_FIELDS or bool(fields.get("weekend"))  # in het weekend: every weekend
    yearly = {"month", "dom"} <= fields.keys() <= _YEARLY_FIELDS
    if not (habitual or yearly):
        return atom
    habit = reader.habit(atom.start, atom.end)
    if habitual and habit.habitual:
        unled = "weekday" in fields and not _after_habit_lead(atom, reader)  # not `op zondag`, a habit's day
        if unled and habit.conditional_only:
            return atom  # als je zondagmiddag de deur uit moet: that Sunday, a day said to anyone
        if unled and fields.keys() <= _BARE_WEEKDAY and habit.within_day:
            return atom  # a forecast's `Zaterdag is er geregeld zon`: how often that Saturday
        if "weekday" in fields and _word_before_in(reader.text, atom.start, reader.data.habit_start_leads):
            return atom  # the day a habit starts from is one day (see habit_start_leads)
        return Atom(atom.start, atom.end, {**fields, "set": True})
    if yearly and habit.recurring:
        return Atom(atom.start, atom.end, {**fields, "set": True})
    return atom


def _after_habit_lead(atom: Atom, reader: TenseReader) -> bool:
    """Whether a weekday stands right after a word naming a habit's day (`op`: `als je op zondag winkelt`)."""
    return _word_before_in(reader.text, atom.start, reader.data.habit_day_leads)


def _word_before_in(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before text[start] is one of `words` (a lead: `sinds`, `op`, `tot`)."""
    before = _words_before(text, start)
    return bool(before) and before[-1] in words


def _words_before(text: str, start: int, reach: int = 20) -> list[str]:
    """The lower-case words in the `reach` characters before `start` (the first maybe cut short): what stands right
    before an expression, its preposition or a word that compares with it."""
    return text[max(0, start - reach) : start].lower().split()


def _relative(atom: Atom, text: str, language: Language) -> Atom:
    """A weekday after a pronoun that opens a relative clause (the curfew that took effect on Saturday evening) is
    that weekday itself, not one counted back: the pronoun leaves the expression."""
    fields = atom.fields
    if not (fields.get("anaphoric") and "weekday" in fields and "num" not in fields):
        return atom
    first = re.match(r"([^\W\d_]+)\s+", text[atom.start : atom.end])
    if first is None or first.group(1).lower() not in language.relative_pronouns:
        return atom
    before = TWO_WORDS_BEFORE.search(text, max(0, atom.start - 60), atom.start)  # an article, a noun
    if before is None or before.group(1).lower() not in language.articles:
        return atom
    plain = {key: value for key, value in fields.items() if key not in ("anaphoric", "day")}
    return Atom(atom.start + first.end(), atom.end, plain)


@dataclass
class _Memory:
    """What a text has said so far, which later expressions are read against: one pass, in text order."""

    dct: Known | None
    anchors: tuple[Known, ...] = ()  # the last date of each precision, oldest first
    last_time: str | None = None  # the last clock time, for `een uur later`
    time_at: int | None = None  # where the last clock time stands, while no other date was told after it
    year_named: str | None = None  # the year last written out, for a doubt about a yearless date
    parts_of_day: dict[str, Known] = field(default_factory=dict)  # the last day named with each part of day
    days_told: dict[int, date] = field(default_factory=dict)  # weekday -> the last day named on it, no tense chose
    other_day_named: bool = False  # whether a day other than the publication day was named yet
    day_named: bool = False  # whether any day was named yet by its own words (`vrijdag`, `vandaag`, `4-6-2021`)
    months_written: dict[int, int] = field(default_factory=dict)  # month -> the year it was last written with
    months_told: dict[int, int] = field(default_factory=dict)  # month -> the year it was last told in, however placed
    months_alone: dict[int, int] = field(default_factory=dict)  # month -> the year it was told in with no year written
    story_anchors: tuple[Known, ...] = ()  # the anchors, less the dates counted back from them (a look back)
    # whether the last day named is one the publication month cannot place (`dinsdag` in an article dated 2024-11)
    # and no day named before it may be (`dinsdag 1 oktober`, a record compared with)
    day_unplaced: bool = False
    # the day a midnight ends (`tot middernacht`), by where that midnight stands in the text
    days_ended: dict[int, date] = field(default_factory=dict)

    def remember(
        self,
        fields: Mapping[str, Any],
        resolution: Resolution,
        compared: bool = False,
        tells_month: bool = False,
        at: int | None = None,
    ) -> None:
        """Take in what an expression said (standing `at` in the text); one `compared` with (`hoger dan in 2019`) or
        starting a period up to now (`sinds 2016`) is no anchor, tells no month and is not the year the text is about,
        and one `tells_month` (not negated) is the year its month was last told in."""
        value = resolution.value
        said = Known.parse(value) if resolution.type in ("DATE", "TIME") else None
        names_a_day = said is not None and _names_a_day(fields)
        if said is not None and (resolution.anchor is not None or (self._on_a_counted_day(said) and not names_a_day)):
            said = replace(said, counted=True)
        if said is not None and said.precision == "day":
            self.day_unplaced = False
        elif said is not None and said.precision == "month" and names_a_day:
            self.day_unplaced = not self._may_be_last_day(fields)
        if said is not None:  # the newest of its precision, after the others in the order they were said
            if not compared:  # a date compared with (`hoger dan in 2019`) is not one a later count starts from
                self.anchors = (*(anchor for anchor in self.anchors if anchor.precision != said.precision), said)
                if not _looks_back(fields):
                    self.story_anchors = self.anchors
                if tells_month and said.month is not None and not said.week:  # for a day of it told in the present
                    self.months_told[said.month] = said.year
                    if _month_alone(fields) and not fields.keys() & YEAR_KEYS:
                        self.months_alone.setdefault(said.month, said.year)
            if said.precision == "day" and self.dct is not None and said.date != self.dct.date:
                self.other_day_named = True
            self.day_named = self.day_named or names_a_day
            if part := _PART_OF_DAY.search(value):
                self.parts_of_day[part.group(1)] = said
        if not fields.get("same_time"):  # `dat tijdstip` renews no reach: the clock time is told where it was told
            if resolution.type == "TIME" and "X" not in value:
                self.last_time, self.time_at = value, at
            elif said is not None or resolution.type == "DURATION":
                # a day or month told since (`In 2012 had rond dat tijdstip ...`: that day's hour) or a length (`duurt
                # twee uur. Na die tijd`: its end, maybe): the clock time no longer stands whole
                self.time_at = None
        written_year = fields.keys() & {"year", "short_year"} or len(value) == 4  # 2019, vorig jaar
        if written_year and not compared and value[:4].isdigit():
            self.year_named = value[:4]

    def _on_a_counted_day(self, said: Known) -> bool:
        """Whether a date said takes the day of a counted one (`De volgende dag werd hij om 10 uur verhoord`): it
        keeps that day's doubt, as a count from it is still an anaphor, unless it names the day itself (`Vandaag`)."""
        kept = next((anchor for anchor in self.anchors if anchor.precision == said.precision), None)
        return kept is not None and kept.counted and kept.value == said.value

    def tell_day(self, value: str) -> None:
        """Remember a day whose value no tense chose, on its weekday: a bare weekday told as a closure may be that day
        again (`Expressions._named_ahead`)."""
        said = Known.parse(value)
        if said is not None and said.precision == "day" and said.date is not None:
            self.days_told[said.date.isoweekday()] = said.date

    def write_month(self, value: str) -> None:
        """Remember the year a month was written with (`oktober 2025`), for the same month named alone later; not one
        compared with (`meer dan in oktober 2024`), which the caller leaves out. Nor one whose month the text first
        told with no year and placed a few years off (the story's January, then January 2021): the year is written
        to set that month apart from the story's, which the month named alone again still is."""
        said = Known.parse(value)
        if said is None or said.month is None or said.week:
            return
        alone = self.months_alone.get(said.month, said.year)
        if alone == said.year or abs(alone - said.year) > _SET_APART_YEARS:  # a story decades back goes on in it
            self.months_written[said.month] = said.year

    def _may_be_last_day(self, fields: Mapping[str, Any]) -> bool:
        """Whether an unplaced weekday may be the last day named: one on that weekday in the publication month."""
        last = next((anchor for anchor in reversed(self.anchors) if anchor.precision == "day"), None)
        if last is None or last.date is None or self.dct is None:
            return False
        weekday = fields.get("weekday")
        same_month = (last.year, last.month) == (self.dct.year, self.dct.month)
        return same_month and (weekday is None or last.date.isoweekday() == weekday)


@dataclass(frozen=True)
class _YearOff:
    """The same months named with a count of years (`dezelfde maand een jaar eerder`), found in a text: each
    count's start with its month's, and each such month's own fields, read alone when the pair cannot be."""

    counts: Mapping[int, int]
    alone: Mapping[int, Mapping[str, Any]]


def _period_a_year_off(
    atoms: tuple[Atom, ...], text: str, between: frozenset[str]
) -> tuple[tuple[Atom, ...], _YearOff]:
    """The same month told right before a count of years (`dezelfde maand een jaar eerder`, `dezelfde maand vorig
    jaar`): the month last told, that many years off, as one period with two names. The month is counted in months
    (12 a year), so it stays a month; the count right after it names that same month, whether it counts from the
    month (`een jaar eerder`) or from the publication date (`vorig jaar`), so the two never disagree. Only adjacent
    atoms with nothing but the words `between` (`van`, a comma), each at most once, apart: a full stop between
    (`dezelfde maand. Een jaar eerder ...`) tells of two times."""
    joined, counts, alone = list(atoms), {}, {}
    for index, (same, count) in enumerate(pairwise(atoms)):
        years_off = _years_off(count.fields)
        apart = text[same.end : count.start].replace(",", " , ").lower().split()
        once = set(apart) <= between and len(set(apart)) == len(apart)
        if years_off is None or not _same_month(same.fields) or not once:
            continue
        sign = -1 if years_off < 0 else 1
        joined[index] = Atom(same.start, same.end, {**same.fields, "num": 12 * abs(years_off), "sign": sign})
        counts[count.start], alone[same.start] = same.start, same.fields
    return tuple(joined), _YearOff(counts, alone)


def _same_month(fields: Mapping[str, Any]) -> bool:
    """Whether an atom is the month last told, named again (`dezelfde maand`, `diezelfde maand`): an anaphoric
    count of no months, and nothing more (no day or part of day of it)."""
    named = fields.keys() <= {"anaphoric", "num", "sign", "unit", "points"}
    return named and bool(fields.get("anaphoric")) and fields.get("num") == 0 and fields.get("unit") == "M"


def _years_off(fields: Mapping[str, Any]) -> int | None:
    """How many years a count of whole years (`een jaar eerder`, `twee jaar later`, `vorig jaar`) moves, else None;
    `dit jaar` moves none, so it names no other year of the month."""
    if fields.get("unit") != "Y" or fields.keys() - {"anaphoric", "num", "sign", "unit", "shift"}:
        return None
    if "shift" in fields:
        return int(fields["shift"]) or None
    num = fields.get("num")
    return int(num) * int(fields.get("sign", 1)) if isinstance(num, int) and num > 0 else None


def _names_a_day(fields: Mapping[str, Any]) -> bool:
    """Whether an expression names a day by its own words (a weekday, a relative day), not a month or a count."""
    return not fields.get("anaphoric") and kind(fields) in ("day", "time") and "num" not in fields


def _looks_back(fields: Mapping[str, Any]) -> bool:
    """Whether an anaphor counts back from the day before it (`een dag eerder`, `de avond ervoor`)."""
    return bool(fields.get("anaphoric")) and (int(fields.get("sign", 1)) < 0 or int(fields.get("day", 0)) < 0)


def _day_anaphor(fields: Mapping[str, Any]) -> bool:
    """An anaphor of a whole day or more, counted (`een dag eerder`) or the same (`dezelfde dag`), not one that
    points (`die dag`, `die avond` point at the day last told, a look back too)."""
    return bool(fields.get("anaphoric")) and not fields.keys() & {"pod", "hour", "weekday", "points"}


def _other_year(fields: Mapping[str, Any], value: str, year_named: str | None) -> str | None:
    """The year the text named before, when a date with no year of its own was put in another one."""
    calendar = "month" in fields or "easter" in fields
    if not calendar or fields.keys() & {*YEAR_KEYS, "unit", "month_shift"} or year_named is None:
        return None
    return year_named if value[:4].isdigit() and value[:4] != year_named else None


def _most_doubtful(*reasons: str | None) -> str | None:
    given = [reason for reason in reasons if reason]
    return min(given, key=REVIEW_REASONS.index) if given else None


def _range_start(found: list[Timex], atom: Atom, text: str, language: Language) -> date | None:
    """The day the previous expression names when it and `atom` are the two ends of a range."""
    if not found or not language.range_join.fullmatch(text, found[-1].end, atom.start):
        return None
    previous = Known.parse(found[-1].value)
    return previous.date if previous else None


class Expressions:
    """The expressions of one text, found once and resolvable against any reference date.

    Finding and joining atoms, and the tense around each, depend on the text alone; only
    resolving needs the DCT. Scoring a month-only article against each of its days so
    finds once and resolves 31 times instead of tagging 31 times.
    """

    def __init__(self, text: str, lang: str = "nl"):
        self.text = text
        self.language = load(lang)
        reader = self._reader = TenseReader(text, self.language.tense)
        atoms = combine(find(text, self.language), text, self.language.combinations)
        atoms = as_waited(atoms, text, self.language, reader)
        self.atoms, self._year_off = _period_a_year_off(
            tuple(_as_habit(_relative(atom, text, self.language), reader) for atom in atoms),
            text,
            self.language.year_off_between,
        )
        self._negated = frozenset(atom.start for atom in self.atoms if reader.negated(atom.start))
        self._tense = cache(reader.reading)  # a span's tense is the same any day
        self._sentences = tuple(reader.sentence(atom.start) for atom in self.atoms)
        self._starts = [atom.start for atom in self.atoms]
        # what only the text decides, worked out once for all the dates a month-only article is resolved against
        self._period_leads = frozenset(atom.start for atom in self.atoms if self._opens_period(atom))
        self._bounds = frozenset(atom.start for atom in self.atoms if self._bound_ahead(atom))
        compared = {atom.start for atom in self.atoms if self._compared_with(atom.start)}
        # a count naming the month compared with (`dan in dezelfde maand een jaar eerder`) is compared with too
        counts = {count for count, same in self._year_off.counts.items() if same in compared}
        self._compared = frozenset(compared | counts)
        self._blog = LiveBlog(text, self.atoms, _STORY_REACH)  # a live blog's line stamps, if the text is one

    def tag(self, dct: str | None) -> tuple[Timex, ...]:
        """The expressions in order, with offsets into the text and values against `dct`."""
        text, language = self.text, self.language
        known = parse_dct(dct)
        memory = _Memory(known)
        found: list[Timex] = []
        alone: set[int] = set()  # the months named with a count of years that stand alone after all
        for index, atom in enumerate(self.atoms):
            fields = self._with_year_said(index, atom, found, memory)
            if listed := self._weekday_listed(index, found):  # zaterdag 13 maart ... en op zondag: the 14th
                fields = {**fields, "year": listed.year, "month": listed.month, "dom": listed.day}
            anchors, day_doubt = self._anchors(index, atom, found, memory)
            ahead = atom.start in self._bounds and not _passed_lately(fields, known)
            reading = self._until_ahead if ahead else self._tense
            tense = _TenseAsked(reading, atom.start, atom.end)  # read only when a value depends on it
            range_start = _range_start(found, atom, text, language)
            last_time = memory.last_time if not fields.get("same_time") else self._time_in_reach(index, memory)
            context = Context(known, anchors, tense, last_time, range_start, memory.parts_of_day)
            resolution = resolve(fields, context)
            if resolution is None:
                continue
            # one month, named twice: the count is the month as it stood (already read against the tense)
            month = self._year_off.counts.get(atom.start)
            # (only where the month had one told before it: else the count keeps its own value and certainty)
            twice = bool(found) and found[-1].start == month and month not in alone and found[-1].anchor is not None
            if twice:
                resolution = Resolution(  # and a year named, as the count alone would be
                    found[-1].type, found[-1].value, review=found[-1].review, anchor=found[-1].anchor
                )
                if atom.start not in self._compared:
                    memory.year_named = resolution.value[:4]
            if "dom" in fields and memory.months_told:  # komt in december ... op 12 december: that December
                told = self._month_told(atom, fields, resolution.value, memory.months_told)
                if told and (again := resolve({**fields, **told}, context)):
                    fields, resolution = {**fields, **told}, again
            if "spoken" in fields and (half := _told_of_evening(fields, resolution.value, found)):  # kwart voor twaalf
                resolution = resolve({**fields, **half}, context) or resolution
            if night_told_again(fields, resolution.value, found, memory.parts_of_day):  # de nacht, after its morning
                resolution = replace(resolution, value=day_before(resolution.value))
            if morning_after_night(fields, resolution.value, found) and not self._told_earlier(atom):
                resolution = replace(resolution, value=day_after(resolution.value[:10]) + resolution.value[10:])
            if self._midnight_ahead(atom, resolution.value, known):  # kort na middernacht brak brand uit
                resolution = replace(resolution, value=day_before(resolution.value))
            if self._night_ahead(atom, resolution.value, known, found):  # in de nacht hoorde een buurman een knal
                resolution = replace(resolution, value=day_before(resolution.value))
                found[:] = [self._evening_before(told, resolution.value) for told in found]
            if atom.start in self._year_off.alone and self._after_told_past(atom, resolution.value, known, found):
                # a year later, yet told as past: the month named again was not the story's, so it stands alone
                resolution = resolve(self._year_off.alone[atom.start], context) or resolution
                alone.add(atom.start)
            if resolution.anchor and not twice and self._after_told_past(atom, resolution.value, known, found):
                resolution = Resolution(resolution.type, _unknown_like(resolution.value), review="no-anchor")
            if (named := self._named_ahead(atom, fields, resolution, memory, range_start)) is not None:
                resolution = named  # `Op 21 juli ... Zondag zijn de stations afgesloten`: that Sunday
            if day_doubt == "day-unnamed" and not (known and known.date and resolution.value[:10] == str(known.date)):
                day_doubt = None  # not put on the publication day after all
            anaphor = "anaphor" if resolution.anchor else day_doubt
            other_year = _other_year(fields, resolution.value, memory.year_named)
            review = _most_doubtful(
                resolution.review, _tense_doubt(atom, context, tense, resolution), anaphor, other_year and "year-other"
            )
            found.append(
                Timex(
                    start=atom.start,
                    end=atom.end,
                    text=text[atom.start : atom.end],
                    type=resolution.type,
                    value=resolution.value,
                    mod=resolution.mod,
                    review=review,
                    anchor=resolution.anchor or other_year,
                    mark="negated" if atom.start in self._negated else None,
                )
            )
            period = self._starts_period(found[-1])  # sinds september 2016: the story is at the period's end
            compared = (period or atom.start in self._compared) if resolution.type in ("DATE", "TIME") else False
            ended = self._day_ended(atom, resolution)
            if ended is not None:
                memory.days_ended[atom.start] = ended
            said = Resolution("DATE", ended.isoformat()) if ended else resolution
            memory.remember(fields, said, compared, tells_month=found[-1].mark is None, at=atom.start)
            if tense.tense is None and not resolution.anchor and not compared:
                memory.tell_day(said.value)
            written = _YEAR_WRITTEN.search(found[-1].text)
            if written and not (period or _compared(found[-1], text, language.tense.comparing)):
                memory.write_month(resolution.value)
        return tuple(found)

    def _anchors(
        self, index: int, atom: Atom, found: list[Timex], memory: _Memory
    ) -> tuple[tuple[Known, ...], str | None]:
        """The earlier dates an expression is read against, and the doubt of a clock time or part of day put on a
        day for want of one nearby: `day-assumed` where the text told of other days or told it as gone,
        `day-unnamed` where it named no day at all yet (a report may appear days after what it tells)."""
        fields, known = atom.fields, memory.dct
        if _day_anaphor(fields):  # een dag eerder, dezelfde dag: from the story's day, not from a look back
            return memory.story_anchors, None
        if kind(fields) not in ("clock", "pod") or fields.get("anaphoric"):
            return memory.anchors, None
        evenings = memory.parts_of_day  # the days whose evening or night was named: a time before dawn follows on
        if (
            opens_line(self.text, atom)
            and kind(fields) == "clock"
            and (stamped := self._blog.day_stamped(found, evenings, atom))
        ):
            return (stamped,), None  # a live blog's `12.40 uur:` is on the day of the stamp or day line above it
        sentence_day = self._sentence_day(index, found, known, memory, evenings)
        if sentence_day and sentence_day[1] and known and self._told_now_after(atom, sentence_day[1], known):
            return (known,), "day-assumed"  # `Rond 9.00 uur lopen de files terug`, after a record day of a month before
        if sentence_day:
            return sentence_day[0], None
        if known and not known.day and memory.day_unplaced:  # the story's day is one the month cannot place
            return (known,), None
        unnamed = None if memory.day_named else "day-unnamed"
        if known and known.day and kind(fields) == "clock":  # a clock time with no day near it
            if memory.other_day_named and (told := self._day_told(atom, found, known, memory)):
                return (told,), "day-assumed"
            return (known,), "day-assumed" if memory.other_day_named or self._told_before(atom) else unnamed
        if known and kind(fields) == "pod" and self._told_as_now(atom, memory.anchors, known):
            return (known,), "day-assumed"  # `In de namiddag wordt het rustiger`, after a record of last year
        if known and known.day and kind(fields) == "pod" and not memory.other_day_named and self._told_before(atom):
            return (known,), "day-assumed"  # `aan het eind van de nacht werd hij aangehouden`, in a text naming no day
        return memory.anchors, unnamed if known and known.day else None

    def _midnight_ahead(self, atom: Atom, value: str, dct: Known | None) -> bool:
        """Whether a midnight told in the past tense was put after the publication day (the midnight that ends it,
        as a midnight with no day is read): what is told as gone is the midnight that opened that day."""
        if atom.fields.get("hour") != 24 or dct is None or dct.date is None:
            return False
        said = day_of(value)
        if said is None or said.date is None or said.date <= dct.date:
            return False
        return self._tense(atom.start, atom.end) == ("past", "clause")

    def _night_ahead(self, atom: Atom, value: str, dct: Known | None, found: list[Timex]) -> bool:
        """Whether a night with no day of its own, put on the publication day's night, is told as gone: that night
        has not begun when the day's news is written, so it is the night that just ended, as the conventions read
        this night's adverb told in the past tense. Not after the text put that day's evening or a late hour on that
        day itself (a report from that night); one put there only for want of another (`Rond 20.15 uur werd ...
        gemeld`, day-assumed) may be last evening, and goes back with the night (`_evening_before`). Only what is
        told as gone counts: a meeting `vanavond om 20.00 uur` still to come says nothing of the night past."""
        if dct is None or dct.date is None or value != f"{dct.date.isoformat()}TNI":
            return False
        if atom.fields.keys() - {"lead", "mod"} != {"pod"} or atom.fields["pod"] != "NI":
            return False
        # a late hour told as gone with no day named near it is always day-assumed (`_told_before`)
        if any(self._late_told_gone(told, value[:10]) and told.review != "day-assumed" for told in found):
            return False
        return self._tense(atom.start, atom.end) == ("past", "clause")

    def _late_told_gone(self, told: Timex, day: str) -> bool:
        """Whether an expression found is an evening, a night or a late hour on `day`, told in the past tense."""
        on_day = told.value[:10] == day and late(told.value)
        return on_day and self._tense(told.start, told.end)[0] == "past"

    def _evening_before(self, told: Timex, night: str) -> Timex:
        """An expression found, moved back with a night told as gone (its value, the night before the publication
        day): a late hour told in the past that the text put on the publication day only for want of a day named
        (`Om 23.00 uur sloeg de vlam in de pan. In de nacht werd het vuur geblust.`) is that night's evening."""
        if told.review == "day-assumed" and self._late_told_gone(told, day_after(night[:10])):
            return replace(told, value=day_before(told.value))
        return told

    def _weekday_listed(self, index: int, found: list[Timex]) -> date | None:
        """The day of a weekday said alone after a date with its weekday in the same sentence (`Op zaterdag 13 maart
        ... en op zondag ...`): the first such weekday after that date, as a schedule goes on. None otherwise, and
        when a day without its weekday stands between (the weekday then counts from the publication date)."""
        atom = self.atoms[index]
        if "weekday" not in atom.fields or not atom.fields.keys() <= _BARE_WEEKDAY:
            return None
        sentence = self._sentences[index]
        for earlier in reversed(found):
            if earlier.start < sentence[0]:
                return None
            day = day_of(earlier.value)
            if day is None or day.date is None:
                continue
            at = bisect.bisect_left(self._starts, earlier.start)
            if not {"weekday", "dom"} <= self.atoms[at].fields.keys():
                return None
            return day.date + timedelta(days=(int(atom.fields["weekday"]) - day.date.isoweekday()) % 7 or 7)
        return None

    def _day_ended(self, atom: Atom, resolution: Resolution) -> date | None:
        """The day a midnight told as an end closes (`blijft van kracht tot middernacht`, `voor middernacht thuis`),
        to read what follows against: that day, not the next one its value starts (`In de avond ...` after it is
        still that evening). None for any other expression, and for a midnight that starts what it tells (`kort na
        middernacht`)."""
        if atom.fields.get("hour") != 24 or atom.fields.get("minute", 0) != 0 or resolution.type != "TIME":
            return None
        bounds = self.language.tense.day_end_bounds
        next_day = Known.parse(resolution.value)
        if next_day is None or not next_day.date or not _word_before_in(self.text, atom.start, bounds):
            return None
        return next_day.date - timedelta(days=1)

    def _told_before(self, atom: Atom) -> bool:
        """Whether a time with no day is told as gone late in the day (an evening's or night's): a report of it may
        appear the next morning, so it may be the day before the publication's. One earlier in the day, or told now
        or ahead, is likely the publication day's."""
        fields = atom.fields
        evening = clock_hour(fields) >= PARTS_OF_DAY["EV"][0] if "hour" in fields else fields.get("pod") in ("EV", "NI")
        return evening and self._tense(atom.start, atom.end)[0] == "past"

    def _told_as_now(self, atom: Atom, anchors: tuple[Known, ...], dct: Known) -> bool:
        """Whether a part of day with no day of its own is the publication day's rather than the last date's: its
        clause is in the present or future tense and the last date named lies before the publication's month (a
        part of day told now of a day long gone would be in the past tense; a tense misread nearer is likelier)."""
        last = next((a for a in reversed(anchors) if a.precision in ("day", "week")), None)
        if last is None or last.date is None:
            return False
        tense, evidence = self._tense(atom.start, atom.end)
        if tense == "past" or evidence != "clause":
            return False
        return last.date < date(dct.year, dct.month or 1, 1)

    def _told_now_after(self, atom: Atom, earlier: Timex, dct: Known) -> bool:
        """Whether a clock time that would take the day of the previous sentence's `earlier` is told now: its tense
        turns from the past of that day (a record, a comparison) to the present, and that day lies before the
        publication's month. A story told in the present throughout (`Op 3 maart gaat het mis. Rond 22.00 uur hoort
        …`) keeps its day."""
        day = Known.parse(earlier.value)
        if kind(atom.fields) != "clock" or day is None or day.date is None:
            return False
        if day.date >= date(dct.year, dct.month or 1, 1) or self._tense(earlier.start, earlier.end)[0] != "past":
            return False
        return self._tense(atom.start, atom.end)[0] != "past"

    def _day_told(self, atom: Atom, found: list[Timex], dct: Known, memory: _Memory) -> Known | None:
        """The day a story has come to: the last day named before a clock time that names none, on the side of the
        publication date its tense says (yesterday all trains stood still; … around six the first one left).

        An evening, a night or a late time carries it to the next day (`carried`). None when no such day was
        named.
        """
        tense = self._tense(atom.start, atom.end)[0]
        for earlier in found[: -_STORY_REACH - 1 : -1]:  # the latest few: a long list of times costs linear time
            day = _told_day(earlier, memory.days_ended)
            if day is None or earlier.mark is not None or day.date is None or dct.date is None:
                continue
            if (tense == "past" and day.date > dct.date) or (tense == "future" and day.date < dct.date):
                continue
            return carried(day, _told_value(earlier, memory.days_ended), atom.fields, memory.parts_of_day)
        return None

    def _after_told_past(self, atom: Atom, value: str, dct: Known | None, found: list[Timex]) -> bool:
        """Whether a date read from an earlier one lies after the publication date in a past-tense clause (`Een
        jaar later moest alles dicht`, counted from last month; `die dag had hij gedronken`, after a hearing still
        to come): that earlier date was not the story's. A live blog's night after its day line's date is (`00.10
        uur: Binnen. Een uur later was alles anders.`): a count on the day of a line stamp above it stands."""
        if dct is None or not atom.fields.get("anaphoric"):
            return False
        said = Known.parse(value)  # the tense last: reading it rescans the clause, and most such dates are not ahead
        if said is None or (said.year, said.month or 0, said.day or 0) <= (dct.year, dct.month or 12, dct.day or 31):
            return False
        stamps = (t for t in found[-_STORY_REACH:] if t.type == "TIME" and opens_line(self.text, t))
        if any(t.value[:10] == value[:10] for t in stamps):
            return False
        # (a count from a weekday told as a closure, `Zondag zijn de wegen de hele dag afgesloten`, is that day's)
        named = any(t.review == DAY_NAMED and t.value[:10] == value[:10] for t in found[-_STORY_REACH:])
        return not named and self._tense(atom.start, atom.end) == ("past", "clause")

    def _sentence_day(
        self,
        index: int,
        found: list[Timex],
        dct: Known | None,
        memory: _Memory,
        evenings: Mapping[str, Known],
    ) -> tuple[tuple[Known, ...], Timex | None] | None:
        """The day a clock time or part of day with no day of its own is on: the day its sentence names.

        The nearest day before it in the sentence, else the first one after it in its clause, else the last day the
        previous sentence names (then that expression beside it); None when they name none. Only `_REACH` characters
        either side are looked at, so that a megabyte without a full stop costs linear time.
        """
        atom, sentence = self.atoms[index], self._sentences[index]
        limit = max(sentence[0], atom.start - _REACH)
        for earlier in reversed(found):
            if earlier.start < limit:
                break
            if day := _told_day(earlier, memory.days_ended):
                return (day,), None
        # Not for a time stamp opening a line: it says when the line was written, not the day the line goes on to
        # tell of; else up to where another clause or a stretch of its own opens (`Om 16.45 uur is het ... en op
        # zondag is de return`)
        clock = kind(atom.fields) == "clock"  # a part of day may end on a timed morning: the night before it
        stamp = clock and opens_line(self.text, atom)
        timed = self._timed_day if clock else None
        clause_end = atom.end if stamp else self._reader.day_clause_end(atom.start, atom.end, timed)
        for later in range(index + 1, len(self.atoms)):
            following = self.atoms[later]
            if following.start >= clause_end or following.start > atom.end + _REACH:
                break
            if kind(following.fields) in ("day", "time"):
                context = Context(dct, memory.anchors, partial(self._tense_of, following))
                resolution = resolve(following.fields, context)
                if resolution is not None and (day := day_of(resolution.value)):
                    return (night_before(day, resolution.value, atom.fields),), None
        previous = self._previous_sentence(sentence)
        limit = max(previous[0], sentence[0] - _REACH)
        for earlier in reversed(found):
            if earlier.start < limit:
                break
            if earlier.start < sentence[0] and (day := _told_day(earlier, memory.days_ended)):
                return (carried(day, _told_value(earlier, memory.days_ended), atom.fields, evenings),), earlier
        return None

    def _timed_day(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names a day with a clock time of its own (`zondag om 12.00 uur`): that time's day, not
        one for a clock time before it."""
        atoms = self.atoms[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]
        day = any(kind(atom.fields) in ("day", "time") for atom in atoms)
        return day and any("hour" in atom.fields for atom in atoms)

    def _with_year_said(
        self, index: int, atom: Atom, found: list[Timex], memory: _Memory
    ) -> Mapping[str, Any]:
        """A month, season or named day with no year of its own takes its year from the date said just before it
        in its sentence: that year itself (last year the epidemic began at the end of January), or the year
        that puts it nearest that date (four days later, on Ascension Day). With none before it, from a year
        said right after it (`Sinterklaasavond valt laat dit jaar`). A week number takes only a year said (last
        year in week 53; a date written with its year: that date's ISO year), not one nearest a day."""
        fields = atom.fields
        named = "month" in fields or "easter" in fields or "season" in fields or "isoweek" in fields
        if not named or fields.keys() & {*YEAR_KEYS, *_RELATIVE_KEYS}:
            return fields
        sentence = self._sentences[index]
        last = found[-1] if found else None
        if last is not None and self._clock_only(last):  # a time of day says no year (a stamp: `10u57 Kerstmis …`)
            last = None
        ran_on = last is not None and self._line_run_on(index, atom, last)
        if last is None or (last.start < sentence[0] and not ran_on) or last.start in self._compared:
            written = _year_named_with(fields, memory.months_written)
            year = self._year_after(index) or written or self._year_told_on(index, atom, last, memory.dct)
            return fields if year is None else {**fields, **year}
        if (said := Known.parse(last.value)) is None:
            return fields
        period = _month_or_its_day(fields) and last.start in self._period_leads  # sinds oktober 2022 daalt het
        if period and (within := self._in_period(atom, fields, said, memory.dct)) is not None:
            return within
        if said.precision == "year":  # a year said in a phrase of its own (in 2019, vorig jaar), not a budget's
            before = _words_before(self.text, last.start, 4)
            relative = not any(char.isdigit() for char in last.text)
            farther = _words_before(self.text, last.start)[-3:-1]  # the participle, maybe its verb after it
            if before[-1:] == ["in"] and (
                any(word in self.language.tense.sorting_participles for word in farther)
                or sorts_by_year(self.text, last.start, last.end, self.language.tense)
            ):
                return fields  # `geboren (is) in 1956`, `wie in 1960 geboren is`: a person's year, not the sentence's
            return {**fields, "year": said.year} if relative or before[-1:] == ["in"] else fields
        if "isoweek" in fields and said.month is not None and _YEAR_WRITTEN.search(last.text):  # 3 maart 2020, week 10
            return {**fields, "year": said.date.isocalendar()[0] if said.date else said.year}
        if said.month is None or said.week or "isoweek" in fields:
            return fields
        years = (said.year - 1, said.year, said.year + 1)
        if "season" in fields:  # the summer after augustus 1992: the one whose months are nearest the month said
            if not _YEAR_WRITTEN.search(last.text):  # februari ... en de zomer: each by the tense
                return fields
            month = said.year * 12 + said.month - 1
            return {**fields, "year": min(years, key=lambda y: abs(season_index(y, fields["season"]) + 1 - month))}
        if not period and self._reader.after_past_lead(last.start):  # a period over: not before its start
            years = tuple(y for y in years if (y, fields.get("month", 12)) >= (said.year, said.month))
        if _month_alone(fields):  # a month: the nearest one
            month = said.year * 12 + said.month
            return {**fields, "year": min(years, key=lambda y: abs(y * 12 + fields["month"] - month))}
        near = said.date or date(said.year, said.month, 15)  # a month said: the day nearest its middle
        days = {y: day for y in years if (day := day_in_year(fields, y, said.month))}
        nearest = min(days, key=lambda y: abs((days[y] - near).days), default=None)
        return fields if nearest is None else {**fields, "year": nearest}

    def _named_ahead(
        self, atom: Atom, fields: Mapping[str, Any], resolution: Resolution, memory: _Memory, range_start: date | None
    ) -> Resolution | None:
        """A bare weekday told as a closure with a perfect that may as well tell a state (`Daarnaast zijn bepaalde
        metrostations zondag afgesloten`), after the text named the day on that weekday in the coming week by words no
        tense chose (`op 21 juli`, `volgende zondag`): that day, not the one a week before that the perfect's past
        gives; doubted (`day-named`). A plain past (`Dinsdag werd hij gehoord`) or a day named before the publication
        day keeps the tense's reading."""
        weekday, dct = fields.get("weekday"), memory.dct
        if weekday is None or fields.keys() & {"shift", "unit", "dom", "month"} or range_start is not None:
            return None
        told = memory.days_told.get(weekday)
        said = Known.parse(resolution.value)
        if told is None or dct is None or dct.date is None or said is None or said.date is None:
            return None
        read = said.date - timedelta(days=int(fields.get("day", 0)))  # the weekday itself (its night is the day before)
        if read == told or not 0 < (told - dct.date).days < _WEEK_DAYS:
            return None
        past = self._tense(atom.start, atom.end) == ("past", "clause")
        if not past or not self._reader.state_or_past(atom.start, atom.end):
            return None
        moved = said.date + (told - read)
        value = moved.isoformat() + resolution.value[10:]
        return Resolution(resolution.type, value, resolution.mod, review=DAY_NAMED, anchor=told.isoformat())

    def _line_run_on(self, index: int, atom: Atom, last: Timex) -> bool:
        """Whether a day of the calendar heads a line with no verb right after a line its day said last heads too,
        with no year written: a schedule's next line (`7 november 16.45 uur: …` then `12 december 14.30 uur: …`),
        which goes on from that day as a list in one sentence would (not a label's record: `Laatste titel: 12 mei
        2019`, then `Volgende wedstrijd: 22 september`)."""
        if "dom" not in atom.fields or _YEAR_WRITTEN.search(last.text):  # a year written: a record, no run
            return False
        if not (opens_line(self.text, atom) and opens_line(self.text, last)):  # each line headed by its day
            return False
        before, line = self._reader.sentence(last.start), self._sentences[index]
        between = self.text[before[1] : line[0]]
        if before[0] >= line[0] or between.strip() or "\n" not in between:  # not the line right before
            return False
        return all(self._tense(at.start, at.end)[1] == "none" for at in (atom, last))

    def _told_earlier(self, atom: Atom) -> bool:
        """Whether a word right before an expression tells it back from the story's time (`told_earlier`), so a
        morning may be the one before the night told last."""
        return not self.language.tense.told_earlier.isdisjoint(_words_before(self.text, atom.start)[-2:])

    def _bound_ahead(self, atom: Atom) -> bool:
        """Whether a date of the calendar with no year is the bound a state lasts until (`duurt tot 18 december`)."""
        if "month" not in atom.fields or atom.fields.keys() & YEAR_KEYS:
            return False
        before = tuple(_words_before(self.text, atom.start))
        return any(before[-len(phrase) :] == phrase for phrase in self.language.tense.bounds_ahead)

    def _until_ahead(self, start: int, end: int) -> tuple[Tense, Evidence]:
        """The tense of a bound a state lasts until: one told in the present is still ahead, as the state goes on now
        (`Het toernooi duurt tot 18 december`, told in June, is this December, not the nearer last one)."""
        tense, evidence = self._tense(start, end)
        return ("future" if tense == "present" else tense), evidence

    def _opens_period(self, atom: Atom) -> bool:
        """Whether an expression stands where a period running up to now starts (`sinds september 2016`, `Sinds
        oktober 2022 daalt de inflatie`): not in a clause told in the past, whose period has ended (`Sinds augustus
        2019 woonde hij in Utrecht. In maart verhuisde hij`: the story goes on from it)."""
        if not self._reader.after_past_lead(atom.start):
            return False
        return self._reader.clause_reading(atom.start, atom.end)[0] != "past"

    def _starts_period(self, timex: Timex) -> bool:
        """Whether an expression found starts a period running up to now, the story being at its end: a date less
        precise than a day. A day is where a story starts, and counts go on from it (`Sinds 3 oktober wordt een man
        vermist. Een dag later vond de politie zijn fiets`)."""
        said = Known.parse(timex.value) if timex.start in self._period_leads else None
        return said is not None and said.precision not in ("day", "week")

    def _in_period(
        self, atom: Atom, fields: Mapping[str, Any], start: Known, dct: Known | None
    ) -> Mapping[str, Any] | None:
        """A month or a day of one named after the start of a period up to now, in its sentence: the latest such up to
        the publication date (`Sinds oktober 2022 daalt de inflatie, op mei na`, told in September 2023, is May 2023;
        `Sinds 2022 stijgen de huren, behalve in maart` the last March). Where that lies before the start it is no part
        of the period: the coming one where that is nearer the publication date and its clause is not told in the past
        (`Sinds maart daalt de inflatie, maar in november stijgt ze`, told in October; `…, maar in december steeg het`
        is no coming December), else None, read as after any other date (a period since
        mid-January, compared with the turn of the year: the one before). The tense places one told as ahead
        (`Sinds maart 2020 werkt hij thuis, maar in november gaat hij weer naar kantoor`: the coming November) or a
        bound (`tot 3 juni`)."""
        if dct is None:
            return fields
        day = int(fields.get("dom", 0))  # a month alone: any up to the publication month, its own too
        year = dct.year if (fields["month"], day) <= (dct.month or 12, dct.day or 31) else dct.year - 1
        if (year, fields["month"], day) < (start.year, start.month or 1, 0):  # the coming one, if nearer than that
            now, latest = dct.year * 12 + (dct.month or 12), year * 12 + fields["month"]
            ahead = latest + 12 - now < now - latest and self._tense(atom.start, atom.end)[0] != "past"
            return {**fields, "year": year + 1} if ahead else None
        if atom.start in self._bounds or self._tense(atom.start, atom.end)[0] == "future":
            return fields
        return {**fields, "year": year}

    def _compared_with(self, start: int) -> bool:
        """Whether the expression at `start` is what something is compared with (`hoger dan in 2019`, `in vergelijking
        met het tweede kwartaal`): a phrase of comparison right before it, or before its preposition. The words are
        split only where a cue of one stands near (most expressions have none)."""
        data = self.language.tense
        window = self.text[max(0, start - 40) : start].lower()
        if not any(first in window for first in data.compared_firsts):
            return False
        words = window.split()
        for end in (len(words), len(words) - 1):
            for phrase in data.compared_with.get(words[end - 1], ()) if end > 0 else ():
                if words[end - len(phrase) : end] == phrase:
                    return True
        return False

    def _month_told(
        self, atom: Atom, fields: Mapping[str, Any], value: str, months_told: Mapping[int, int]
    ) -> dict[str, int] | None:
        """The year of a day of a month with no year of its own, told in the present (a schedule or a story: which
        way it points is not said), when the text told of that month before in another year than `value` has
        (`komt in december ... speelt op 12 december`, the coming December); None when there is nothing to change.
        A month told more than a year from `value` is a past story or a record (`in oktober 2016 ... Vonnis op 1
        oktober`, told in 2018), not the schedule the present goes on with. Nor a day said with the week it lies in
        (next week's Monday 19 March), a relative day (tomorrow, 13 March) or its weekday: those say its year."""
        placed = {*YEAR_KEYS, *_RELATIVE_KEYS, "day", "weekday", "easter", "nth", "season"}
        if "dom" not in fields or "month" not in fields or fields.keys() & placed:
            return None
        year = months_told.get(fields["month"])
        if year is None or value[:4] == f"{year:04d}" or (value[:4].isdigit() and abs(year - int(value[:4])) > 1):
            return None
        return {"year": year} if self._tense(atom.start, atom.end)[0] == "present" else None

    def _clock_only(self, timex: Timex) -> bool:
        """Whether an expression found is a clock time alone, with no day of its own words."""
        at = bisect.bisect_left(self._starts, timex.start)
        return at < len(self.atoms) and self.atoms[at].start == timex.start and kind(self.atoms[at].fields) == "clock"

    def _year_told_on(self, index: int, atom: Atom, last: Timex | None, dct: Known | None) -> dict[str, int] | None:
        """A month with no year, told in the past tense right after a month of the previous sentence: the story moves
        on, so it is the first such month from that one (last year the flu began at the end of one month; its peak
        came early in the next: the month after it, of last year, not this year's). Not one after the publication
        date's month: what is told as past has happened by then, so the story went back (`op 18 juli ... In april
        werd zijn rijbewijs ingetrokken`, told in December)."""
        fields = atom.fields
        if last is None or not _month_alone(fields):
            return None
        if last.start < self._previous_sentence(self._sentences[index])[0] or last.mark is not None:
            return None
        compared = last.start in self._compared or _compared(last, self.text, self.language.tense.comparing)
        aside = last.start in self._year_off.counts or last.start in self._year_off.alone  # a year off, told aside
        if compared or aside or last.start in self._period_leads:
            return None
        said = Known.parse(last.value)
        if said is None or said.month is None or said.week or self._tense(atom.start, atom.end)[0] != "past":
            return None
        year = said.year if fields["month"] >= said.month else said.year + 1
        if dct is not None and dct.month is not None and (year, fields["month"]) > (dct.year, dct.month):
            return None
        return {"year": year}

    def _year_after(self, index: int) -> dict[str, int] | None:
        """The year said by the next expression of the clause, when it is one relative to the publication date
        (`dit jaar`, `vorig jaar`): `Sinterklaasavond valt laat dit jaar`. Not one of another clause (`Koning, die
        deze Prinsjesdag de Troonrede las, krijgt volgend jaar meer salaris`: the raise's year, not the day's)."""
        later = index + 1
        while later < len(self.atoms) and self.atoms[later].fields.get("ignore"):  # op een woensdag: no time
            later += 1
        if later == len(self.atoms) or self._sentences[later] != self._sentences[index]:
            return None
        following, atom = self.atoms[later], self.atoms[index]
        if following.start >= self._reader.clause(atom.start, atom.end)[1] and not self._about_day(atom, following):
            return None
        before = _words_before(self.text, following.start, 40)
        if before[-1:] and before[-1] in self.language.tense.comparing:  # hoger dan vorig jaar: compared with
            return None
        # de plannen voor volgend jaar: what a noun (after its article) is for; not `schrapt Koningsdag voor volgend
        # jaar`, the day's own year
        if len(before) >= 3 and before[-1] in self.language.tense.purpose and before[-3] in self.language.articles:
            return None
        if following.fields.keys() == {"shift", "unit"} and following.fields["unit"] == "Y":
            return {"year_shift": int(following.fields["shift"])}
        return None

    def _about_day(self, atom: Atom, following: Atom) -> bool:
        """Whether `following` stands in a relative clause opened right after `atom` (`Koningsdag, die vorig jaar op
        een woensdag viel`): a clause about that day, so a year it says is the day's."""
        opening = _RELATIVE_AFTER.match(self.text, atom.end)
        if opening is None or opening.group(1).lower() not in self.language.tense.relatives:
            return False
        lo = self._reader.clause(following.start, following.end)[0]
        return lo <= opening.start(1) and not self.text[lo : opening.start(1)].strip()

    def _time_in_reach(self, index: int, memory: _Memory) -> str | None:
        """The clock time `dat tijdstip` takes: the last one told, when it stands in this sentence or the one before,
        no other date or length was told after it and no date follows it in its clause (that hour of
        another day); else None (then the words name no time)."""
        if memory.time_at is None or memory.time_at < self._previous_sentence(self._sentences[index])[0]:
            return None
        atom = self.atoms[index]
        following = self.atoms[index + 1] if index + 1 < len(self.atoms) else None
        if following is None or kind(following.fields) not in _DATE_KINDS:
            return memory.last_time
        return None if following.start < self._reader.clause(atom.start, atom.end)[1] else memory.last_time

    def _previous_sentence(self, sentence: tuple[int, int]) -> tuple[int, int]:
        return self._reader.sentence(sentence[0] - 1) if sentence[0] > 0 else sentence

    def _tense_of(self, atom: Atom) -> Tense:
        return self._tense(atom.start, atom.end)[0]


def _told_of_evening(fields: Mapping[str, Any], value: str, found: list[Timex]) -> dict[str, Any] | None:
    """The half of the clock of a clock time said in words with none (`kwart voor twaalf`, `om negen uur`), read as a
    morning's, on the day of the evening, night or late time named last: told of that evening, it is in its hours,
    and `twaalf uur` is its midnight. None when it is not so told."""
    if not fields.get("spoken") or "pod" in fields or kind(fields) != "clock":
        return None
    morning = CLOCK_VALUE.fullmatch(value)
    if morning is None or not 6 <= int(morning.group(2)) <= 12:
        return None
    for earlier in found[: -_STORY_REACH - 1 : -1]:
        if day_of(earlier.value) is not None and earlier.mark is None:
            if earlier.value[:10] != morning.group(1) or not late(earlier.value):
                return None
            if int(morning.group(2)) == 12:
                return {"pod": "NI"}
            return {"pod": "EV", "pod_adverb": True}
    return None


def _month_alone(fields: Mapping[str, Any]) -> bool:
    """Whether an expression names a month and no day or season in it (`in oktober`, not `4 oktober`)."""
    return "month" in fields and fields.keys().isdisjoint({"dom", "easter", "nth", "season"})


def _passed_lately(fields: Mapping[str, Any], dct: Known | None) -> bool:
    """Whether a bound a state lasts until, read nearest the publication date, passed less than about a month before
    it: the report of a state just over, still told in the present (`Het congres duurt tot 5 juni`, told on 14 June;
    a headline), not one that lasts until the same day next year."""
    nearest = resolve(fields, Context(dct, (), lambda: "present")) if dct is not None else None
    said = Known.parse(nearest.value) if nearest is not None else None
    if dct is None or said is None or said.month is None or said.week:
        return False
    end = said.date or date(said.year, said.month, monthrange(said.year, said.month)[1])
    return timedelta(0) <= (dct.date or date(dct.year, dct.month or 1, 1)) - end < _LATELY


def _month_or_its_day(fields: Mapping[str, Any]) -> bool:
    """Whether an expression names a month or a day of one, and no season or movable day (`in mei`, `op 3 juni`)."""
    return "month" in fields and fields.keys().isdisjoint({"easter", "nth", "season"})


def _year_named_with(fields: Mapping[str, Any], months_written: Mapping[int, int]) -> dict[str, int] | None:
    """The year a month with no year of its own was written with before in the text (`oktober 2025` … `in oktober`):
    the month the article is about, named again."""
    if not _month_alone(fields):
        return None
    year = months_written.get(fields["month"])
    return None if year is None else {"year": year}


def _compared(timex: Timex, text: str, comparing: frozenset[str]) -> bool:
    """Whether an expression is compared with (`hoger dan in oktober 2024`): not the time the story is at."""
    return bool(set(_words_before(text, timex.start)[-2:]) & comparing)


def _unknown_like(value: str) -> str:
    """A value of the same shape with every digit unknown: `2027` -> `XXXX`, `2027-03` -> `XXXX-XX`."""
    return re.sub(r"\d", "X", value.split("T")[0])


def _told_day(timex: Timex, days_ended: Mapping[int, date]) -> Known | None:
    """The day an expression found tells of: its value's, or the day a midnight ends (`tot middernacht`)."""
    ended = days_ended.get(timex.start)
    return Known(ended.year, ended.month, ended.day) if ended else day_of(timex.value)


def _told_value(timex: Timex, days_ended: Mapping[int, date]) -> str:
    """An expression's value as the story tells it: a midnight that ends a day is that day's 24:00, a late time
    after which a time before dawn is the next day's."""
    ended = days_ended.get(timex.start)
    return f"{ended.isoformat()}T24:00" if ended else timex.value


def tag(text: str, dct: str | None, lang: str = "nl") -> tuple[Timex, ...]:
    """Temporal expressions of `text` in order, with offsets into `text` and values against `dct`."""
    return Expressions(text, lang).tag(dct)
