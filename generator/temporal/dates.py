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


def day_in_year(fields: Mapping[str, Any], year: int) -> date | None:
    """The day a (possibly movable) calendar day falls on in `year`, or None if it has none (31 February)."""
    if "easter" in fields:
        return easter(year) + timedelta(days=int(fields["easter"]))
    month = int(fields["month"])
    if "nth" in fields:
        return _nth_weekday(year, month, int(fields["nth"]), int(fields["nth_weekday"]))
    try:
        day = date(year, month, int(fields["dom"]))
    except ValueError:
        return None
    if "sunday_shift" in fields and day.isoweekday() == 7:
        day += timedelta(days=int(fields["sunday_shift"]))
    return day + timedelta(days=int(fields.get("day", 0)))  # Koningsnacht: the night before Koningsdag


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    """The nth such weekday of the month (-1: the last one); None when the month has no fifth one."""
    if nth < 0:
        last = date(*add_months(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None
