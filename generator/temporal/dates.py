"""Date arithmetic the resolver needs: months, ISO weeks, seasons and holidays in a given year."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

# Meteorological seasons: the month each starts in (winter YYYY-WI runs December YYYY to February YYYY+1).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def season_index(year: int, season: str) -> int:
    """Month index (year * 12 + month - 1) of the season's first month."""
    return year * 12 + SEASON_START[season] - 1


def day_in_year(fields: Mapping[str, Any], year: int, month: int | None = None) -> date | None:
    """The day a (possibly movable) calendar day falls on in `year`, or None if it has none (31 February, or a year
    past the calendar's ends, which a year counted from a date told on 9999-12 or 0001-01 may be).

    `month` stands in for a month the fields do not give (`de 27e`, `de eerste vrijdag`).
    """
    try:
        return _day_in_year(fields, year, month)
    except (ValueError, OverflowError):
        return None


def _day_in_year(fields: Mapping[str, Any], year: int, month: int | None) -> date | None:
    if "easter" in fields:
        return easter(year) + timedelta(days=int(fields["easter"]))
    month = int(fields.get("month", month or 0))
    if "nth_weekday" in fields:
        return _nth_weekday(year, month, int(fields["nth"]), int(fields["nth_weekday"]))
    if fields.get("nth_unit") == "W":  # the n-th week of a month: its Monday
        return nth_week(year, month or None, int(fields["nth"]))
    if fields.get("nth_unit") == "D":  # of the month, or of the year where no month is said (`van het jaar`)
        nth = int(fields["nth"])
        first, end = _span_of(year, month)
        days = (end - first).days
        return first + timedelta(days=nth - 1 if nth > 0 else days + nth) if 0 < abs(nth) <= days else None
    if "dom" not in fields:  # no day of its own (the n-th month of a year): no day to place
        return None
    day = date(year, month, int(fields["dom"]))
    if "sunday_shift" in fields and day.isoweekday() == 7:
        day += timedelta(days=int(fields["sunday_shift"]))
    return day + timedelta(days=int(fields.get("day", 0)))  # Koningsnacht: the night before Koningsdag


def _span_of(year: int, month: int | None) -> tuple[date, date]:
    """The first day of a month, or of the year where no month is said, and the first day after it."""
    if month:
        return date(year, month, 1), date(*add_months(year, month, 1), 1)
    return date(year, 1, 1), date(year + 1, 1, 1)


def nth_week(year: int, month: int | None, nth: int) -> date | None:
    """The Monday of the nth ISO week of a month or year (-1: the last): weeks whose Thursday falls in it; None past
    the calendar's ends."""
    try:
        first, end = _span_of(year, month)
    except ValueError:  # the month after December 9999, or a year 0 counted back from 0001
        return None
    thursday = first + timedelta(days=(4 - first.isoweekday()) % 7)
    thursdays = []
    while thursday < end:
        thursdays.append(thursday)
        thursday += timedelta(weeks=1)
    if not 0 < abs(nth) <= len(thursdays):
        return None
    return thursdays[nth - 1 if nth > 0 else nth] - timedelta(days=3)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    """The nth such weekday of the month, or of the year where no month is said (-1: the last one); None when the
    month has no fifth one."""
    first, end = _span_of(year, month)
    if nth < 0:
        last = end - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day if day < end else None
