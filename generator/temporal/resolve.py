"""Turn the fields of one matched expression into a TIMEX3 type, value and modifier.

Fields, as the language data sets them (all optional):

- `year`, `month`, `dom`, `weekday` (1 = Monday): calendar parts; `short_year` a year in two digits.
  Holidays add `easter` (days from Easter Sunday), `nth` + `nth_weekday` (third Tuesday) or `sunday_shift`; a
  named period `period` (`M`: valued by its month, as carnival) and `lasts` (days from its day: near all the while).
- `pod`: part of day, `MO` `MI` `AF` `EV` `NI`; `pod_adverb` when it only tells a.m. from p.m.
  (at night, p.m.), so that a night's clock time stays on its own day.
- `hour`, `minute`, `half` (30 minutes before the hour), `qmin` + `qdir` (minutes
  before (-1) or after (+1) the hour): a clock time.
- `day`: days from the reference day (the DCT, or the last date when `anaphoric`), or from a
  `weekday` (the night before Sunday) or from a holiday (Koningsnacht);
  `tensed_night` makes night 0 the night just ended in a past-tense clause.
- `year_shift`: the year of a month, from the DCT's (May last year); `year_near`: `het jaar`, which names no year
  of its own (the n-th day of it is chosen near the DCT, as a yearless date is).
- `shift` (-1, 0, +1) with `unit` (`W`, `M`, `Y`, `WE`) or a `weekday` or `season`: last week, this summer.
  `weekend` (with shift 0, unit `WE`): a weekend named by the tense (het weekend: past, the one just gone), or every
  weekend in a habit clause; `rest`: what is left of a week, which on its Sunday is the next week.
- `num`, `unit`, `sign`: counted offsets (three weeks ago); anaphoric ones count from the last date.
  `and_half` adds half a unit to the count (drie en een half jaar); `few` counts an unknown small number of units
  from the last date (een paar uur eerder, enkele maanden later).
  `same_time` (with `anaphoric`): the last clock time, whole (`dat tijdstip`); with none in reach, no time at all.
- `quarter` (1-4), `month_shift` (the month of an n-th weekday, from the DCT's).
- `season`, `decade`, `mod` (START/MID/END), `approx` (APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE).
- `duration` (with `plural` when no count: an unknown number, `X`) and `set`.
- `ref`: a fixed value such as PRESENT_REF (nowadays), which the timeline leaves out.

Conventions: docs/temporal-conventions.md. Nothing is guessed finer than the reference
allows; what is missing becomes `X` or a coarser value, with a `review` note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import lru_cache, partial
from typing import Any, Literal

from generator.temporal.dates import (
    SEASON_START,
    add_months,
    day_in_year,
    iso_week,
    monday_of,
    nth_week,
    season_index,
)
from generator.temporal.tense import Tense

Fields = Mapping[str, Any]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# Review reasons (codes of `model.REVIEW_REASONS`; their words are language data).
DCT_UNKNOWN = "dct-unknown"
DCT_MONTH = "dct-month"
NO_ANCHOR = "no-anchor"
TENSE = "tense"
PARTIAL = "partial"
MONTH_UNSAID = "month-unsaid"
DAY_NAMED = "day-named"
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# A unit and how many of the next smaller one it holds: 1.5 years is written as 18 months.
_SMALLER = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60)}
_NEAR_DAYS = 7  # a yearless date this close to the publication date is that one, not one a year away
_PRECISION = {"day": 3, "week": 2.5, "month": 2, "year": 1}
_WEEK = re.compile(r"(\d{4})-W(\d\d)(?:-WE)?")
_PART_OF_YEAR = re.compile(r"(\d{4})-(?:Q([1-4])|SP|SU|FA|WI)")
_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|\Z)")
# A value counted past the calendar's ends: year 0 or before (`-050`, a decade `-12`), or after 9999 (`10000-01`)
_PAST_THE_CALENDAR = re.compile(r"-|\d{5}|0000(?!\d)")


@dataclass(frozen=True)
class Known:
    """What is known of a reference time (the DCT or an earlier date): a year, maybe a month and day."""

    year: int
    month: int | None = None
    day: int | None = None
    night: bool = False  # a night's value (`…TNI`): a clock time before dawn falls on the next day
    week: bool = False  # an ISO week, known by its Monday: `een week eerder` counts from it
    quarter: int | None = None  # a quarter, known to its year: `een kwartaal eerder` counts from it
    weekend: bool = False  # an ISO week's weekend (`…-WE`), known by its week's Monday: the end of its week
    # read from an earlier date or time (`de volgende dag`, `een uur later`, `die avond`, a clock time on such a day),
    # so itself in doubt: a count from it is an anaphor even where it lands on the publication day; not compared, as
    # the day is the same
    counted: bool = field(default=False, compare=False)

    @property
    def precision(self) -> str:
        return "week" if self.week else "day" if self.day else "month" if self.month else "year"

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.month and self.day else None

    @property
    def value(self) -> str:
        if self.week and self.date:
            return iso_week(self.date)
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    @staticmethod
    def parse(value: str) -> Known | None:
        """The calendar part of a TIMEX3 value (`2022-01-05TEV` -> 2022-01-05, `2022-W01` -> its Monday, a quarter or
        season its year); None for X."""
        return _parse_known(value)


@lru_cache(maxsize=4096)  # a text says the same few values again and again; a Known never changes
def _parse_known(value: str) -> Known | None:
    if week := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return Known(monday.year, monday.month, monday.day, week=True, weekend=value.endswith("-WE"))
    m = _VALUE.match(value)
    if not m:
        part = _PART_OF_YEAR.fullmatch(value)  # a quarter or season is known to its year: `een jaar eerder` counts
        return Known(int(part.group(1)), quarter=int(part.group(2)) if part.group(2) else None) if part else None
    year, month, day = m.groups()
    return Known(int(year), int(month) if month else None, int(day) if day else None, value.endswith("TNI"))


@dataclass(frozen=True)
class Context:
    dct: Known | None
    anchors: tuple[Known, ...]  # the last date mentioned so far of each precision, oldest first
    tense: Callable[[], Tense]  # asked only when a value depends on it
    last_time: str | None = None  # the last clock time mentioned (YYYY-MM-DDTHH:MM), for `een uur later`
    range_start: date | None = None  # the first end when this expression ends a range (Monday to Friday)
    # the last day mentioned with each part of day: `die nacht` goes back to the last night named
    parts_of_day: Mapping[str, Known] = field(default_factory=dict)


@dataclass(frozen=True)
class Resolution:
    type: TimexType
    value: str
    mod: str | None = None
    review: str | None = None
    anchor: str | None = None  # the earlier date an anaphoric value counts from


@dataclass(frozen=True)
class _Base:
    """The calendar part of a value before a part of day or clock time is added."""

    value: str
    precision: str  # decade year season month week day
    day: date | None = None
    review: str | None = None
    anchor: str | None = None


def resolve(fields: Fields, context: Context) -> Resolution | None:
    """The TIMEX3 reading of an expression, or None when its words do not make a time after all."""
    mod = fields.get("mod") or fields.get("approx")
    if fields.get("ignore"):  # matched only so that no shorter rule takes its words
        return None
    if "ref" in fields:
        return Resolution("DATE", fields["ref"])
    if fields.get("set"):
        return Resolution("SET", _set_value(fields), mod)
    if fields.get("anaphoric") and fields.get("unit") in _TIME_UNITS:
        return _from_last_time(fields, context, mod)
    if fields.get("same_time"):
        return _same_time(context.last_time, mod)
    if fields.get("duration"):
        return Resolution("DURATION", _duration_value(fields), mod)
    if fields.get("few") and not _few_in_year(fields, context):
        return Resolution("DURATION", _duration_value(fields), mod)
    base = _base(fields, context)
    if base is None:
        return None
    return _finish(fields, base, mod)


def _from_last_time(fields: Fields, context: Context, mod: str | None) -> Resolution:
    """`een uur later`: counted from the last clock time, at its precision; with none before it, a length."""
    if context.last_time is not None and fields.get("few"):
        if "T" in context.last_time and not _few_fits(int(context.last_time[11:13]), 0, 23, fields):
            return Resolution("DURATION", _duration_value(fields), mod)  # a few hours after 23.10 may be the next day
        return _few_from_last_time(context.last_time, mod)
    if context.last_time is None or fields.get("num") is None:
        return Resolution("DURATION", _duration_value(fields), mod)
    if "T" not in context.last_time:  # a clock time known only to the month: ten minutes later is that month too
        return Resolution("TIME", context.last_time, mod, review=DCT_MONTH, anchor=context.last_time)
    minutes = float(fields["num"]) * {"H": 60, "MIN": 1, "S": 1 / 60}[fields["unit"]] * int(fields["sign"])
    moment = datetime.fromisoformat(context.last_time) + timedelta(minutes=minutes)
    return Resolution("TIME", moment.strftime("%Y-%m-%dT%H:%M"), mod, anchor=context.last_time)


def _same_time(last_time: str | None, mod: str | None) -> Resolution | None:
    """`dat tijdstip`, `rond die tijd`: the clock time told last, an anaphor of it (for a source known only to the
    month, what that clock time is there); with none the engine let it reach, the words name no time."""
    if last_time is None:
        return None
    return Resolution("TIME", last_time, mod, review=None if "T" in last_time else DCT_MONTH, anchor=last_time)


def _few_from_last_time(last_time: str, mod: str | None) -> Resolution:
    """`een paar uur eerder`: some hours from the last clock time, so its hour is not known: a time on its day."""
    if "T" not in last_time:  # a clock time known only to the month
        return Resolution("TIME", last_time, mod, review=DCT_MONTH, anchor=last_time)
    return Resolution("TIME", last_time[:10], mod, review=PARTIAL, anchor=last_time)


def _few_fits(position: int, first: int, last: int, fields: Fields) -> bool:
    """True when the most a few units can be (`few`, a number) from `position` stays within first..last: a few months
    after March stay in its year, after November they may not."""
    return first <= position + int(fields["few"]) * int(fields["sign"]) <= last


def _count(fields: Fields) -> str:
    num = fields.get("num")
    if num is None:
        return "X" if fields.get("plural") else "1"
    return f"{num:g}"


def _duration_value(fields: Fields) -> str:
    if "parts" in fields:
        return _compound_value(fields)
    unit, num = fields["unit"], fields.get("num")
    if fields.get("and_half") and num is not None:
        num = num + 0.5
        fields = {**fields, "num": num}
    if unit == "Q":  # quarters are counted in months: twee kwartalen is P6M, ieder kwartaal P3M
        if num is None and not fields.get("plural"):
            num = 1
        unit, num = "M", None if num is None else num * 3
        fields = {**fields, "unit": unit, "num": num}
    # a whole number of a smaller unit where there is one (anderhalf uur is PT90M), else the fraction as said
    # (anderhalve week is P1.5W: ten days and a half are no whole number of days)
    if num is not None and num != int(num) and unit in _SMALLER:
        smaller, times = _SMALLER[unit]
        if float(num * times).is_integer():
            unit, num = smaller, num * times
            fields = {**fields, "unit": unit, "num": num}
    if num is not None and num == int(num):
        fields = {**fields, "num": int(num)}
    if unit in _TIME_UNITS:
        seconds = f"{fields['seconds']}S" if fields.get("seconds") else ""  # a video's 2:08
        return f"PT{_count(fields)}{_TIME_UNITS[unit]}{seconds}"
    return f"P{_count(fields)}{unit}"


def _compound_value(fields: Fields) -> str:
    """A length of several units, largest first (`2 dagen, 1 uur en 5 minuten` → P2DT1H5M); weeks beside days are
    counted in days, as ISO 8601 writes no weeks with other units."""
    counts: dict[str, float] = {}
    for num, unit in ((fields["num"], fields["unit"]), *fields["parts"]):
        if unit == "W":
            unit, num = "D", num * 7
        counts[unit] = counts.get(unit, 0) + num
    date = "".join(f"{counts[u]:g}{u}" for u in ("Y", "M", "D") if u in counts)
    time = "".join(f"{counts[u]:g}{_TIME_UNITS[u]}" for u in ("H", "MIN", "S") if u in counts)
    return f"P{date}{'T' + time if time else ''}"


def _set_value(fields: Fields) -> str:
    pod = f"T{fields['pod']}" if "pod" in fields else ""
    if "hour" in fields:  # every Sunday at 19.00
        _, hour, minute = _clock(fields, None)
        pod = f"T{hour:02d}:{minute:02d}"
    if fields.get("weekdays"):  # every working day
        return f"XXXX-WXX-WD{pod}"
    if fields.get("weekend"):  # every weekend
        return "XXXX-WXX-WE"
    if "weekday" in fields:
        return f"XXXX-WXX-{fields['weekday']}{pod}"
    if "month" in fields and "dom" in fields:  # every 4 May
        return f"XXXX-{fields['month']:02d}-{fields['dom']:02d}{pod}"
    if pod:
        return f"XXXX-XX-XX{pod}"
    if "unit" not in fields:
        return "P1D"
    return _duration_value({**fields, "plural": False})


def _finish(fields: Fields, base: _Base, mod: str | None) -> Resolution:
    value, review = base.value, base.review
    kind: TimexType = "DATE"
    if base.precision == "day" and fields.get("period") == "M":  # carnaval: a named period, as its month
        value = value[:7]
    elif base.precision == "day" and fields.get("period") == "WE" and base.day:
        value = iso_week(base.day + timedelta(days=(6 - base.day.isoweekday()) % 7)) + "-WE"
    elif base.precision == "day" and fields.get("period") == "W" and base.day:  # de week van 15 mei
        value = iso_week(base.day)
    elif base.precision == "day" and "hour" in fields:
        day, hour, minute = _clock(fields, base.day)
        value = (day.isoformat() if day else base.value) + f"T{hour:02d}:{minute:02d}"
        kind = "TIME"
    elif base.precision == "day" and "pod" in fields:
        value += f"T{fields['pod']}"
    elif "hour" in fields:  # a clock time on a day the publication date cannot give: a time, valued by the month
        kind = "TIME"
    if review is None and "X" in value:
        review = PARTIAL
    if _PAST_THE_CALENDAR.match(value):  # last year told in the year 1: no such year, as 0001-01-01 has no yesterday
        raise OverflowError(f"{value} lies past the calendar's ends")
    return Resolution(kind, value, mod, review, base.anchor)


def _clock(fields: Fields, day: date | None) -> tuple[date | None, int, int]:
    """Day, hour and minute of a clock time, with 12 hours added for an evening's 8:30."""
    minutes = int(fields["hour"]) * 60 + int(fields.get("minute", 0))
    if fields.get("half"):
        minutes -= 30
    minutes += int(fields.get("qdir", 1)) * int(fields.get("qmin", 0))
    hour, minute = divmod(minutes % (24 * 60), 60)
    pod = fields.get("pod")
    if pod is None and fields.get("spoken") and 1 <= hour <= 6 and int(fields["hour"]) <= 6:  # om vier uur
        pod = "AF"
    if hour < 12 and minutes < 24 * 60 and (pod in ("AF", "EV") or (pod == "NI" and hour >= 6)):
        hour += 12
    elif hour == 12 and pod == "NI":  # twelve at night is midnight
        hour, minutes = 0, 24 * 60
    if day and (minutes >= 24 * 60 or (pod == "NI" and hour < 6 and not fields.get("pod_adverb"))):
        day += timedelta(days=1)  # after midnight, in the night that belongs to the day before
    return day, hour, minute


def clock_hour(fields: Fields) -> int:
    """The hour on the 24-hour clock a clock time's fields say (`om vier uur` is 16)."""
    return _clock(fields, None)[1]


def _decade(decade: int, dct: Known | None) -> _Base:
    """`de jaren twintig`: the latest such decade that has begun by the DCT (the 1900s without one)."""
    tens = decade // 10 if decade >= 10 else decade
    if dct is None:
        return _Base(f"19{tens}", "decade", review=DCT_UNKNOWN)
    century = dct.year // 100
    if century * 100 + tens * 10 > dct.year:
        century -= 1
    return _Base(f"{century}{tens}", "decade")


def _week_year(dct: Known, week: int, shift: int | None = None) -> int:
    """The year a week number without one names: the publication date's, but in the days its calendar year and its
    ISO year differ, the one whose week lies nearer (told on 2 January 2021, in 2020's week 53, `week 53` is 2020's
    and `week 1` 2021's; on 30 December 2024, `week 1` is 2025's). A year said relative to it (`shift`, last year's
    week 53) is counted from the publication date's calendar year, as a month's is."""
    if shift is not None:
        if not MINYEAR <= dct.year + shift <= MAXYEAR:  # last year's week told in the year 1
            raise OverflowError("a week's year lies past the calendar's ends")
        return dct.year + shift
    if not (dct.month and dct.day):
        return dct.year
    day = date(dct.year, dct.month, dct.day)
    years = {dct.year, day.isocalendar()[0]}
    having = [y for y in years if 1 <= week <= date(y, 12, 28).isocalendar()[1]]
    if not having:
        return dct.year  # no such week either year: the caller says so
    return min(having, key=lambda y: abs((date.fromisocalendar(y, week, 1) - day).days))


def _base(fields: Fields, context: Context) -> _Base | None:
    if "after_nth" in fields:
        return _nth_after(fields, context)
    if "count_unit" in fields or "shift_unit" in fields:
        return _offset(fields, context)
    if "isoweek" in fields:  # week 31: of the year written or said (vorig jaar), else of the DCT's ISO year
        week = int(fields["isoweek"])
        year = fields.get("year") or (_week_year(context.dct, week, fields.get("year_shift")) if context.dct else None)
        if year and week > date(year, 12, 28).isocalendar()[1]:  # week 53 of a year of 52: no week that year has
            return _Base(f"XXXX-W{week:02d}", "week")
        return _Base(f"{year:04d}-W{week:02d}", "week") if year else _Base("XXXX-WXX", "week")
    if "decade" in fields:
        return _decade(fields["decade"], context.dct)
    if "season" in fields:
        return _season(fields, context)
    if "quarter" in fields or "quarter_shift" in fields:
        return _quarter(fields, context.dct, context.tense)
    if "month_shift" in fields or (fields.get("unit") == "M" and "shift" in fields and fields.keys() & {"nth", "dom"}):
        # de eerste vrijdag van volgende maand, de laatste dag van deze maand, de 15e van volgende maand: of the month
        # shifted from the DCT's
        dct = context.dct
        if dct is None or dct.month is None:
            return _unknown_day(dct)
        year, month = add_months(dct.year, dct.month, int(fields.get("month_shift", fields.get("shift"))))
        fields = {**fields, "year": year, "month": month}
    if any(key in fields for key in ("month", "dom", "easter", "nth")):
        return _calendar(fields, context)
    if "year" in fields:
        return _Base(f"{fields['year']:04d}", "year")
    if "year_shift" in fields or "year_near" in fields:  # vorig jaar
        if context.dct is None:
            return _Base("XXXX", "year", review=DCT_UNKNOWN)
        return _Base(f"{context.dct.year + fields.get('year_shift', 0):04d}", "year")
    if fields.get("anaphoric"):
        return _anaphoric(fields, context)
    if "num" in fields and "sign" in fields:
        return _counted(fields, context.dct, None)
    if "weekday" in fields:
        return _weekday(fields, context)
    if "unit" in fields and "shift" in fields:
        return _relative(fields, context)
    if "day" in fields:
        offset = fields["day"]
        if fields.get("tensed_night") and offset == 0 and fields.get("pod") == "NI" and context.tense() == "past":
            offset = -1
        return _day_from(context.dct, lambda d: d + timedelta(days=offset))
    if "pod" in fields or "hour" in fields:  # in the evening, at 10.30: on the day last mentioned
        return _anaphoric(fields, context)
    return None


def _nth_after(fields: Fields, context: Context) -> _Base | None:
    """"The third Tuesday after Christmas": the n-th such weekday after the day named (not that day itself)."""
    nth, weekday = int(fields["after_nth"]), int(fields["after_weekday"])
    base = _base({key: value for key, value in fields.items() if not key.startswith("after_")}, context)
    if base is None or base.day is None or nth < 1:
        return base
    first = base.day + timedelta(days=(weekday - base.day.isoweekday() - 1) % 7 + 1)
    return _day_from(Known(first.year, first.month, first.day), lambda d: d + timedelta(weeks=nth - 1), base.review)


def _counted_coarse(period: Fields, anchor: Known, base: _Base) -> _Base:
    """A period counted from a month or year (`het jaar voor 2015`, `twee maanden na maart`): the month or year so
    far from it, at the coarser of the two; a finer period (`de week na maart`) says no more than the base."""
    n, unit = int(period["num"]) * int(period["sign"]), period["unit"]
    if unit == "Y":
        if base.precision == "year":
            return _Base(f"{anchor.year + n:04d}", "year", review=base.review)
        n, unit = n * 12, "M"
    if unit == "M" and anchor.month:
        year, month = add_months(anchor.year, anchor.month, n)
        return _Base(f"{year:04d}-{month:02d}", "month", review=base.review)
    return base


def _offset(fields: Fields, context: Context) -> _Base | None:
    """A day counted from (`twee dagen na vandaag`: at the unit's granularity) or moved by a period
    (`dinsdag over een week`: still a day)."""
    prefix = "count" if "count_unit" in fields else "shift"
    period = {key[len(prefix) + 1 :]: value for key, value in fields.items() if key.startswith(prefix + "_")}
    base = _base({key: value for key, value in fields.items() if not key.startswith(prefix + "_")}, context)
    anchor = Known.parse(base.value) if base else None
    if prefix == "count" and base is not None and anchor is not None and base.precision in ("month", "year"):
        return _counted_coarse(period, anchor, base)
    if base is None or anchor is None or base.precision != "day":
        return base
    if prefix == "count":
        return _counted(period, anchor, base.review)
    n, unit = int(period["num"]) * period["sign"], period["unit"]
    if unit in ("M", "Y") and base.day:
        year, month = add_months(base.day.year, base.day.month, n * (12 if unit == "Y" else 1))
        return _day_from(Known(year, month, min(base.day.day, 28)), lambda d: d.replace(day=base.day.day)
                         if _valid(year, month, base.day.day) else d, base.review)
    days = {"D": 1, "W": 7}.get(unit)
    return _day_from(anchor, lambda d: d + timedelta(days=n * days), base.review) if days else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _unknown_day(dct: Known | None) -> _Base:
    """What can be said of a day that needs the DCT's day when the DCT has none."""
    if dct is None:
        return _Base("XXXX-XX-XX", "day", review=DCT_UNKNOWN)
    return _Base(dct.value, dct.precision, review=DCT_MONTH)


def _day_from(ref: Known | None, step: Callable[[date], date], review: str | None = None) -> _Base:
    if ref is None or ref.date is None:
        return _unknown_day(ref)
    day = step(ref.date)
    return _Base(day.isoformat(), "day", day, review)


def _weekday(fields: Fields, context: Context) -> _Base:
    weekday, shift = fields["weekday"], fields.get("shift")

    def weekday_from(today: date) -> date:
        if fields.get("unit") == "W":
            return monday_of(today) + timedelta(days=7 * shift + weekday - 1)
        if not shift and context.range_start:  # Monday to Friday; Thursday 9.30 - 11.00 is one day
            start = context.range_start
            return start + timedelta(days=(weekday - start.isoweekday()) % 7 or (0 if "hour" in fields else 7))
        if not shift and today.isoweekday() == weekday:
            return today
        backwards = shift < 0 if shift else context.tense() == "past"
        if backwards:
            return today - timedelta(days=(today.isoweekday() - weekday) % 7 or 7)
        return today + timedelta(days=(weekday - today.isoweekday()) % 7 or 7)

    # `day` moves from the weekday: the night before Sunday is Saturday's night.
    return _day_from(context.dct, lambda today: weekday_from(today) + timedelta(days=fields.get("day", 0)))


def _relative(fields: Fields, context: Context) -> _Base | None:
    """Last week, this month, next year, last weekend: a period relative to the DCT."""
    unit, shift, dct = fields["unit"], fields["shift"], context.dct
    if dct is None:
        unknown = {"Y": ("XXXX", "year"), "M": ("XXXX-XX", "month"), "W": ("XXXX-WXX", "week")}
        value, precision = unknown.get(unit, ("XXXX-WXX-WE", "week"))
        return _Base(value, precision, review=DCT_UNKNOWN)
    if unit == "Y":
        return _Base(f"{dct.year + shift:04d}", "year")
    if unit == "Q":
        told = next((a for a in reversed(context.anchors) if a.month), None) if fields.get("told") else None
        # the quarter of the last month named, if told
        return _quarter({"quarter_shift": shift}, told or dct, context.tense)
    if unit == "M" and dct.month:
        year, month = add_months(dct.year, dct.month, shift)
        return _Base(f"{year:04d}-{month:02d}", "month")
    today = dct.date
    if today is None:
        return _unknown_day(dct)
    if unit == "W":
        if fields.get("rest") and _week_over(dct, False, context):  # the rest of the week, said on its Sunday
            shift += 1
        return _Base(iso_week(today + timedelta(weeks=shift)), "week")
    if unit == "WE":
        saturday = monday_of(today) + timedelta(days=5)
        # what happened before the week's Saturday: het weekend is the one just past, dit weekend when said on a Monday
        told_gone = shift == 0 and saturday > today and (fields.get("weekend") or today.isoweekday() == 1)
        if shift > 0 and saturday <= today:
            saturday += timedelta(weeks=1)
        elif (shift < 0 and saturday + timedelta(days=1) >= today) or (told_gone and context.tense() == "past"):
            saturday -= timedelta(weeks=1)
        if abs(shift) > 1:  # het weekend na het volgende: a weekend further on
            saturday += timedelta(weeks=shift - (1 if shift > 0 else -1))
        # het weekend said on its Saturday or Sunday is that weekend whatever the tense; told in the present it may be
        # every weekend (`Het weekend is heilig`), so it is flagged, as a weekday the present tense placed is
        general = fields.get("weekend") and saturday <= today and context.tense() == "present"
        return _Base(iso_week(saturday) + "-WE", "week", review=TENSE if general else None)
    return None


def _counted(fields: Fields, ref: Known | None, review: str | None) -> _Base | None:
    """N days/weeks/months/years from `ref`, at the granularity of the unit."""
    num, unit = fields["num"], fields["unit"]
    if num != int(num):
        return None
    n = int(num) * fields["sign"]
    if ref is None:
        unknown = {"D": ("XXXX-XX-XX", "day"), "W": ("XXXX-WXX", "week"), "M": ("XXXX-XX", "month")}
        value, precision = unknown.get(unit, ("XXXX", "year"))
        return _Base(value, precision, review=DCT_UNKNOWN)
    if unit == "Y":
        return _Base(f"{ref.year + n:04d}", "year", review=review)
    if unit == "M" and ref.month:
        year, month = add_months(ref.year, ref.month, n)
        return _Base(f"{year:04d}-{month:02d}", "month", review=review)
    if unit == "Q" and (ref.month or ref.quarter):  # een kwartaal eerder
        quarter_of = ref.quarter - 1 if ref.quarter else ((ref.month or 1) - 1) // 3
        year, quarter = divmod(ref.year * 4 + quarter_of + n, 4)
        return _Base(f"{year:04d}-Q{quarter + 1}", "season", review=review)
    if ref.date is None:
        return _unknown_day(ref)
    if unit == "W":
        return _Base(iso_week(ref.date + timedelta(weeks=n)), "week", review=review)
    return _day_from(ref, lambda d: d + timedelta(days=n), review)


def _few_in_year(fields: Fields, context: Context) -> bool:
    """A few months from the last date stay in its year (so the year is their value) only when its month, or its
    quarter's, leaves room; a date known only to its year or season is taken to."""
    if not context.anchors:
        return True
    anchor = context.anchors[-1]
    month = anchor.month
    if month is None and anchor.quarter:  # the quarter's last month counting on, its first counting back
        month = anchor.quarter * 3 if int(fields["sign"]) > 0 else anchor.quarter * 3 - 2
    return month is None or _few_fits(month, 1, 12, fields)


def _few_from(context: Context) -> _Base:
    """`enkele maanden later`: some months from the last date, so known only to its year, and marked partial."""
    if not context.anchors:
        if context.dct is None:
            return _Base("XXXX", "year", review=DCT_UNKNOWN)
        return _Base(f"{context.dct.year:04d}", "year", review=NO_ANCHOR)
    anchor = context.anchors[-1]
    return _Base(f"{anchor.year:04d}", "year", review=PARTIAL, anchor=anchor.value)


def _anaphoric(fields: Fields, context: Context) -> _Base | None:
    """Counted from the most recent earlier date that is precise enough (die avond, twee dagen later)."""
    if fields.get("few"):
        return _few_from(context)
    unit = fields.get("unit", "D") if "num" in fields else "W" if "weekday" in fields else "D"
    needed = _PRECISION[{"Y": "year", "M": "month", "Q": "month", "W": "week"}.get(unit, "day")]
    anchor = next((a for a in reversed(context.anchors) if _PRECISION[a.precision] >= needed), None)
    if unit == "Q" and "num" in fields:  # een kwartaal eerder: from the last quarter or month named, the later
        anchor = next((a for a in reversed(context.anchors) if a.quarter or a.month), None)
    # `die avond` points at the last evening named; `de avond ervoor` counts from the last day, as `de dag ervoor`
    pointing = fields.get("anaphoric") and "num" not in fields and not fields.get("day")
    if pointing and fields.get("pod") in context.parts_of_day:
        anchor = context.parts_of_day[fields["pod"]]
    review = None
    month = next((a for a in reversed(context.anchors) if a.month and not a.day), None)
    if anchor is None and month is not None and fields.get("anaphoric") and context.dct and not context.dct.day:
        # `later op die avond` after `vorig jaar oktober`, with no day to go by: that month, not the publication's
        return _Base(month.value, "month", anchor=month.value)
    if anchor is None:
        anchor, review = context.dct, NO_ANCHOR
    if fields.get("rest") and fields.get("unit") == "W" and _week_over(anchor, review != NO_ANCHOR, context):
        fields = {**fields, "num": 1}  # later in the week of a Sunday: nothing of its ISO week is left, the next one
    if "num" in fields:
        base = _counted(fields, anchor, review)
    elif "weekday" in fields and anchor is not None and anchor.date:  # die zondag: that week's Sunday
        base = _day_from(anchor, partial(_weekday_near, int(fields["weekday"]), anchor.week), review)
    else:
        offset = fields.get("day", 0)
        # as the clock reads it (`om vier uur` is 16:00); a night's time (`NI`) _clock moves itself
        before_dawn = "hour" in fields and clock_hour(fields) < 6 and fields.get("pod") != "NI"
        if anchor is not None and anchor.night and before_dawn:
            offset += 1  # three o'clock that night: the night belongs to the evening before
        base = _day_from(anchor, lambda d: d + timedelta(days=offset), review)
    if base is None or review is not None or anchor is None or (anchor == context.dct and not anchor.counted):
        return base  # counted from the publication day told as such (`vandaag … om 10 uur`): no anaphor
    return replace(base, anchor=anchor.value)


def _week_over(anchor: Known | None, told: bool, context: Context) -> bool:
    """Whether nothing of the anchor's ISO week is left after it: a Sunday, or a weekend (its week's end). Counted
    from the publication date, only in a clause not told in the past: what happened later in the week of a Sunday's
    article happened in that week."""
    if anchor is None or anchor.date is None or not (anchor.weekend or anchor.date.isoweekday() == 7):
        return False
    return told or context.tense() != "past"


def _weekday_near(weekday: int, in_week: bool, day: date) -> date:
    """The given weekday of a week named before, or the one nearest a day named before (earlier on a tie)."""
    if in_week:
        return monday_of(day) + timedelta(days=weekday - 1)
    return min(
        (day + timedelta(days=k) for k in range(-6, 7)),
        key=lambda d: (d.isoweekday() != weekday, abs((d - day).days), d > day),
    )


def _pick(candidates: list[tuple[int, Any]], ref: int, tense: Tense) -> Any:
    """The candidate (key, item) fitting the tense: latest at or before ref, earliest at or after, or nearest."""
    if tense == "past":
        before = [c for c in candidates if c[0] <= ref]
        if before:
            return max(before, key=lambda c: c[0])[1]
    elif tense == "future":
        after = [c for c in candidates if c[0] >= ref]
        if after:
            return min(after, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (abs(c[0] - ref), -c[0]))[1]


def _full_year(short_year: int, dct: Known) -> int:
    """'22: the latest such year at most ten years after the DCT."""
    year = dct.year // 100 * 100 + short_year
    return year - 100 if year > dct.year + 10 else year


def _calendar(fields: Fields, context: Context) -> _Base | None:
    """A date, week or month, with the year from the text, a relative year, or the DCT and the tense.

    A day without its month (`de 27e`, `de eerste vrijdag`) is looked for in every month near the DCT.
    """
    has_day = any(key in fields for key in ("dom", "easter", "nth_weekday")) or fields.get("nth_unit") == "D"
    dct = context.dct
    year = fields.get("year")
    if "short_year" in fields and dct is None:  # '22 with no DCT: the century is unknown
        known = [f"XX{fields['short_year']:02d}", f"{fields.get('month', 'XX'):02}"]
        if "dom" in fields:
            known.append(f"{fields['dom']:02d}")
        return _Base("-".join(known), "day" if "dom" in fields else "month", review=DCT_UNKNOWN)
    if "short_year" in fields:
        year = _full_year(fields["short_year"], dct)
    if year is None and "year_shift" in fields and dct is not None:
        year = dct.year + fields["year_shift"]
    if year is None and fields.get("unit") == "Y" and "shift" in fields and dct is not None:  # ... van vorig jaar
        year = dct.year + int(fields["shift"])
    if year is None and fields.get("unit") == "Y" and "sign" in fields:  # februari van dat jaar
        counted = {key: fields[key] for key in ("num", "unit", "sign", "anaphoric") if key in fields}
        of_year = _anaphoric(counted, context) if fields.get("anaphoric") else _counted(counted, dct, None)
        if of_year is None or "X" in of_year.value:
            return of_year
        year = _year_of(of_year.value)
    if "direction" in fields:  # afgelopen september: which way is said, not read from the tense
        context = replace(context, tense=lambda: fields["direction"])
    if fields.get("nth_unit") == "W":
        return _nth_week(fields, year, context)
    month = fields.get("month")
    if year is None and month is None and fields.get("year_near"):  # de laatste dag van het jaar
        year = _year_near(lambda y: day_in_year(fields, y), context)
    if year is None and dct is None:
        if not has_day:
            return _Base(f"XXXX-{month:02d}", "month", review=DCT_UNKNOWN)
        if "dom" in fields:
            return _Base(f"XXXX-{month or 'XX':02}-{fields['dom']:02d}", "day", review=DCT_UNKNOWN)
        return _Base("XXXX-XX-XX", "day", review=DCT_UNKNOWN)
    if not has_day:
        if year is None:
            months = [((y * 12 + month - 1), y) for y in range(dct.year - 1, dct.year + 2)]
            ref = dct.year * 12 + (dct.month or 1) - 1
            year = _pick(months, ref, context.tense()) if dct.month else dct.year
        return _Base(f"{year:04d}-{month:02d}", "month")
    # Four years either side, so that 29 February finds a leap year in the direction the tense points.
    years = [year] if year is not None else range(dct.year - 4, dct.year + 5)
    # the n-th day or weekday of a year said with no month ("the last day of the year", "the first Monday of 2019")
    # is counted in the year, not in a month near the DCT
    of_year = (fields.get("nth_unit") == "D" or "nth_weekday" in fields) and year is not None
    months = [month] if month or of_year or "easter" in fields else range(1, 13)
    if "nth_weekday" in fields and month is None and year is None and dct.month:  # de derde dinsdag: of this month
        years, months = [dct.year], [dct.month]
    days = [d for y in years for m in months if (d := day_in_year(fields, y, m))]
    if "weekday" in fields:
        days = [d for d in days if d.isoweekday() == fields["weekday"]] or days
    if not days:
        return None
    # a named period (`lasts` days from its day: de kerstvakantie) is near all the while it lasts
    lasts = int(fields.get("lasts", 0))
    today = dct.date if dct is not None else None
    near = [d for d in days if today and -_NEAR_DAYS <= (today - d).days <= lasts + _NEAR_DAYS]
    if len(days) == 1 or dct is None:
        day = days[0]
    elif near and year is None:  # Nieuwjaarsdag said on 28 December: the one in four days, whatever the tense
        day = min(near, key=lambda d: abs((d - dct.date).days))
    elif dct.date:
        day = _pick([(d.toordinal(), d) for d in days], dct.date.toordinal(), context.tense())
    elif dct.month:
        day = _pick([(d.year * 12 + d.month - 1, d) for d in days], dct.year * 12 + dct.month - 1, context.tense())
    else:
        day = next((d for d in days if d.year == dct.year), days[0])
    # a day of the month said with neither its month nor its weekday (`de tweede`, `op de 15e`): the month is the
    # nearest one, and the words may count a rank, a class or a turn rather than a day (`De 9e in het klassement`)
    unsaid = "dom" in fields and month is None and not fields.keys() & {"weekday", "month_shift"}
    return _Base(day.isoformat(), "day", day, MONTH_UNSAID if unsaid else None)


def _nth_week(fields: Fields, year: int | None, context: Context) -> _Base | None:
    """`de laatste week van 2019`, `de eerste week van juli`: an ISO week of a year or month."""
    month, nth, dct = fields.get("month"), int(fields["nth"]), context.dct
    if year is None and month is not None and dct is not None:
        year = _year_of(_calendar({"month": month}, context).value)  # the month's year, by the tense
    if year is None and month is None and fields.get("year_near"):  # de laatste week van het jaar
        year = _year_near(lambda y: nth_week(y, None, nth), context)
    if year is None:
        return _Base("XXXX-WXX", "week", review=DCT_UNKNOWN if dct is None else None)
    monday = nth_week(int(year), month, nth)
    return _Base(iso_week(monday), "week") if monday else None


def _year_of(value: str) -> int:
    """The year of a value resolved on the way (`2024-05`); OverflowError for one past the calendar's ends
    (`10000-01`, whose first four digits are no year of it)."""
    if _PAST_THE_CALENDAR.match(value):
        raise OverflowError(f"{value} lies past the calendar's ends")
    return int(value[:4])


def _year_near(day_of: Callable[[int], date | None], context: Context) -> int | None:
    """The year of `het jaar`, which names none of its own, from its n-th day (`day_of`) in the years around the DCT:
    in a past or future clause the latest before or the first after the DCT; else the one within a few days of it
    (`de eerste dag van het jaar` said on 30 December is two days on), else the DCT's year (`Op de laatste dag van
    het jaar is het feest`, in May)."""
    dct = context.dct
    if dct is None or dct.date is None:
        return None if dct is None else dct.year
    days = [(d.toordinal(), y) for y in range(dct.year - 1, dct.year + 2) if (d := day_of(y))]
    ref, tense = dct.date.toordinal(), context.tense()
    if not days:
        return dct.year
    if tense in ("past", "future"):
        return _pick(days, ref, tense)
    near = [c for c in days if abs(c[0] - ref) <= _NEAR_DAYS]
    return _pick(near, ref, tense) if near else dct.year


def _quarter(fields: Fields, dct: Known | None, tense: Callable[[], Tense]) -> _Base:
    """`het derde kwartaal (van 2025)`: the year written, shifted, or else the DCT's, except a quarter told in the
    past tense that has not begun by the DCT: last year's (`In het vierde kwartaal kromp de economie`, in
    February); `vorig kwartaal`."""
    if "quarter_shift" in fields:
        if dct is None or dct.month is None:
            return _Base("XXXX-QX", "season", review=DCT_UNKNOWN if dct is None else DCT_MONTH)
        year, quarter = divmod(dct.year * 4 + (dct.month - 1) // 3 + int(fields["quarter_shift"]), 4)
        return _Base(f"{year:04d}-Q{quarter + 1}", "season")
    year = fields.get("year")
    if year is None and dct is not None and "short_year" in fields:
        year = _full_year(fields["short_year"], dct)
    elif year is None and dct is not None:
        year = dct.year + fields.get("year_shift", 0)
        begun = dct.month is None or (fields["quarter"] - 1) * 3 < dct.month
        if "year_shift" not in fields and not begun and tense() == "past":
            year -= 1
    if year is None:
        return _Base(f"XXXX-Q{fields['quarter']}", "season", review=DCT_UNKNOWN)
    return _Base(f"{year:04d}-Q{fields['quarter']}", "season")


def _season(fields: Fields, context: Context) -> _Base:
    season = fields["season"]
    if "year" in fields:
        return _Base(f"{fields['year']:04d}-{season}", "season")
    dct = context.dct
    if dct is None or dct.month is None:
        return _Base(f"XXXX-{season}", "season", review=DCT_UNKNOWN if dct is None else DCT_MONTH)
    now = dct.year * 12 + dct.month - 1
    starts = [season_index(y, season) for y in range(dct.year - 2, dct.year + 2)]
    shift = fields.get("shift", 0)
    if shift < 0:
        start = max(s for s in starts if s + 3 <= now)
    elif shift > 0:
        start = min(s for s in starts if s > now)
    else:
        current = [s for s in starts if s <= now < s + 3]
        if current:
            start = current[0]
        elif context.tense() == "past":
            start = max(s for s in starts if s <= now)
        else:
            start = min(s for s in starts if s > now)
    year = (start - SEASON_START[season] + 1) // 12
    return _Base(f"{year:04d}-{season}", "season")
