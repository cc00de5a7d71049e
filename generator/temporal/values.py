"""What a TIMEX3 value denotes on the timeline, and the order events sort in.

Intervals follow docs/temporal-conventions.md: parts of day are morning 06-12,
midday 12-13, afternoon 13-18, evening 18-24 and night 22:00 to 06:00 of the next
day; ISO weeks run Monday to Monday, a weekend Saturday 00:00 to Monday 00:00;
seasons are meteorological (spring March-May, summer June-August, autumn
September-November, winter `YYYY-WI` December YYYY to February YYYY+1); quarters
`YYYY-Q1` are January-March and so on; a decade `199` is 1990-2000. Times are local
ISO strings `YYYY-MM-DDTHH:MM`, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

from generator.model import Interval, Precision
from generator.temporal.dates import SEASON_START, add_months

PRECISIONS: tuple[Precision, ...] = ("decade", "year", "season", "month", "week", "day", "partofday", "minute")
# Part of day -> (start hour, length in hours).
PARTS_OF_DAY = {"MO": (6, 6), "MI": (12, 1), "AF": (13, 5), "EV": (18, 6), "NI": (22, 8)}

_D = r"[\dX]"
_SHAPES: tuple[tuple[Precision, re.Pattern[str]], ...] = tuple(
    (precision, re.compile(pattern))
    for precision, pattern in (
        ("minute", rf"({_D}{{4}})-({_D}{{2}})-({_D}{{2}})T(\d\d):(\d\d)"),
        ("partofday", rf"({_D}{{4}})-({_D}{{2}})-({_D}{{2}})T(MO|MI|AF|EV|NI)"),
        ("day", rf"({_D}{{4}})-({_D}{{2}})-({_D}{{2}})"),
        ("week", rf"({_D}{{4}})-W({_D}{{2}})(-WE)?"),
        ("month", rf"({_D}{{4}})-({_D}{{2}})"),
        ("season", rf"({_D}{{4}})-(SP|SU|FA|WI|Q[1-4])"),
        ("year", rf"({_D}{{4}})"),
        ("decade", rf"({_D}{{3}})"),
    )
)


def _iso(moment: datetime) -> str:
    """`YYYY-MM-DDTHH:MM` with four year digits: `strftime("%Y")` writes the year 999 as `999` on Linux."""
    return moment.isoformat(timespec="minutes")


def _span(start: datetime, end: datetime, precision: Precision) -> Interval:
    return Interval(_iso(start), _iso(end), precision)


def _month_start(year: int, month: int) -> datetime:
    return datetime(year, month, 1)


def _interval(precision: Precision, groups: tuple[str, ...]) -> Interval:
    if precision in ("minute", "partofday", "day"):
        day = datetime(int(groups[0]), int(groups[1]), int(groups[2]))
        if precision == "day":
            return _span(day, day + timedelta(days=1), precision)
        if precision == "minute":
            moment = day + timedelta(hours=int(groups[3]), minutes=int(groups[4]))
            return _span(moment, moment + timedelta(minutes=1), precision)
        first, hours = PARTS_OF_DAY[groups[3]]
        return _span(day + timedelta(hours=first), day + timedelta(hours=first + hours), precision)
    if precision == "week":
        monday = datetime.combine(date.fromisocalendar(int(groups[0]), int(groups[1]), 1), datetime.min.time())
        if groups[2]:
            return _span(monday + timedelta(days=5), monday + timedelta(days=7), precision)
        return _span(monday, monday + timedelta(days=7), precision)
    year = int(groups[0])
    if precision == "month":
        month = int(groups[1])
        return _span(_month_start(year, month), _month_start(*add_months(year, month, 1)), precision)
    if precision == "season":  # a quarter is a season of the calendar year: three months, sorted alike
        first = SEASON_START[groups[1]] if groups[1] in SEASON_START else 3 * int(groups[1][1]) - 2
        return _span(_month_start(year, first), _month_start(*add_months(year, first, 3)), precision)
    if precision == "year":
        return _span(datetime(year, 1, 1), datetime(year + 1, 1, 1), precision)
    return _span(datetime(year * 10, 1, 1), datetime(year * 10 + 10, 1, 1), precision)


def share_a_moment(spans: Iterable[Interval]) -> bool:
    """Whether the intervals have a moment in common: several reports of one happening told at one time, however
    precisely (`2022-01-06` and `2022-01-06T10:30` do; `2022-01-05` and `2022-01-06` do not); not with unknown parts."""
    known = [(span.start, span.end) for span in spans]
    if any(start is None or end is None for start, end in known):
        return False
    return max(start for start, _ in known) < min(end for _, end in known)  # type: ignore[type-var]


@lru_cache(maxsize=8192)
def interval(value: str) -> Interval:
    """The interval a value denotes; start and end are None for unknown parts (X), durations and sets.

    Kept per value: check, load and the timeline's sort ask again for the same few thousand values.
    """
    for precision, shape in _SHAPES:
        m = shape.fullmatch(value)
        if m:
            if "X" in value:
                return Interval(None, None, precision)
            try:
                return _interval(precision, m.groups())
            except (ValueError, OverflowError):  # 2022-02-30, week 54; an end past 9999-12-31
                return Interval(None, None, precision)
    return Interval(None, None, None)


def sort_key(value: str) -> tuple[int, str, int]:
    """Sort by start; at the same start the coarser value first; values with no start after all others.

    Equal keys are left to a stable sort, so ties keep the order of the source text.
    """
    span = interval(value)
    rank = PRECISIONS.index(span.precision) if span.precision else len(PRECISIONS)
    return (1, "", rank) if span.start is None else (0, span.start, rank)
