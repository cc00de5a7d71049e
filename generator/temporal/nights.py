"""Which day a time falls on around midnight: a night is dated by the day it starts, so a time before dawn
after an evening is the next day's, and a morning after a night is the day after that night's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from generator.model import Timex
from generator.temporal.resolve import Known, clock_hour
from generator.temporal.values import PARTS_OF_DAY

DAWN = PARTS_OF_DAY["MO"][0]  # a clock time before the morning's first hour is before dawn
MORNING = re.compile(r"T(MO|0\d:\d\d|1[01]:\d\d)\Z")  # a morning, or a clock time before noon
DAYTIME = frozenset({"MO", "MI", "AF"})  # the parts of day that follow a night, not the evening that may precede it
CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")


def night_before(day: Known, value: str, fields: Mapping[str, Any]) -> Known:
    """The day of a night told before a morning of `day` (`de nacht door, in de hoop morgenochtend …`): the night
    ends that morning, so it is the night of the day before."""
    night = fields.get("pod") == "NI" and "hour" not in fields
    if not night or day.date is None or not MORNING.search(value):
        return day
    before = day.date - timedelta(days=1)
    return Known(before.year, before.month, before.day)


def carried(day: Known, value: str, fields: Mapping[str, Any], evenings: Mapping[str, Known]) -> Known:
    """The day a later sentence's clock time is on, told after `value` on `day`: the next day for a time before
    dawn after an evening or a late time (at 23.00 … only around 1 o'clock), or before noon after a night (last
    night … around 10.30). A day whose evening or night the text named (`evenings`, by part of day: a party on New
    Year's Eve, then that day named alone) is told as that evening: a time before dawn after it is the next
    morning's."""
    if "hour" not in fields or fields.get("pod") == "NI" or int(fields["hour"]) >= 24 or day.date is None:
        return replace(day, night=False)  # a night's own time (`3 uur 's nachts`, midnight) the clock moves itself
    hour = clock_hour(fields)
    if (value.endswith("TNI") and hour < 12) or (hour < DAWN and (late(value) or evening_of(day, evenings))):
        return shifted(day.date, 1)
    return replace(day, night=False)


def newest_first_day(day: date, above: str | None, fields: Mapping[str, Any]) -> Known:
    """The day of a line stamp in a blog written newest first, under the stamp `above` on `day` (None: right under
    the day line of `day`). Right under the day line a stamp before dawn is the night after that day's evening;
    below a stamp before dawn one after it (or a midnight) is the day before, at every midnight the blog crosses
    going down alike; any other stamp is on the day of the one above it, a night below an evening too (that night
    came first)."""
    hour = clock_hour(fields) if int(fields["hour"]) < 24 else 24
    if above is None:
        return shifted(day, 1 if hour < DAWN else 0)
    return shifted(day, -1 if before_dawn(above) and hour >= DAWN else 0)


def late(value: str) -> bool:
    """Whether a value is an evening, a night, or a clock time from the evening's first hour (`2022-03-17T19:30`)."""
    clock = CLOCK_VALUE.fullmatch(value)
    return value.endswith(("TEV", "TNI")) or (clock is not None and int(clock[2]) >= PARTS_OF_DAY["EV"][0])


def before_dawn(value: str) -> bool:
    """Whether a value is a clock time before dawn (`2022-03-18T00:10`)."""
    clock = CLOCK_VALUE.fullmatch(value)
    return clock is not None and int(clock[2]) < DAWN


def shifted(day: date, days: int) -> Known:
    """`day` moved `days` (-1, 0 or 1) as a Known. Past the calendar's end it raises OverflowError, as tomorrow told
    on 9999-12-31 does: a blog's night after that day has no day, and one kept on it would pull its evening back."""
    moved = day + timedelta(days=days)
    return Known(moved.year, moved.month, moved.day)


def evening_of(day: Known, evenings: Mapping[str, Known]) -> bool:
    """Whether the text named the evening or night of `day`."""
    return any((told := evenings.get(part)) is not None and told.date == day.date for part in ("EV", "NI"))


def day_of(value: str) -> Known | None:
    """The day a value names, or None for one coarser than a day: what a time of day can be put on."""
    known = Known.parse(value)
    return known if known is not None and known.precision == "day" else None


def night_told_again(
    fields: Mapping[str, Any], value: str, found: list[Timex], parts_of_day: Mapping[str, Known]
) -> bool:
    """Whether `de nacht`, with no day of its own, put on the night after a morning told last, is the night the
    text named before, which that morning ended (`de nieuwjaarsnacht … donderdagochtend … de onrustige nacht`)."""
    if fields.keys() - {"lead"} != {"pod"} or fields["pod"] != "NI" or not value.endswith("TNI"):
        return False
    night = parts_of_day.get("NI")
    last = next((earlier for earlier in reversed(found) if day_of(earlier.value)), None)
    if night is None or night.date is None or last is None or not MORNING.search(last.value):
        return False
    return last.value[:10] == value[:10] and night.date == date.fromisoformat(value[:10]) - timedelta(days=1)


def morning_after_night(fields: Mapping[str, Any], value: str, found: list[Timex]) -> bool:
    """Whether a morning, midday or afternoon with no day of its own, put on the day whose night the text told last,
    is the daytime that night ran into: a night is dated by the day it starts, so the morning after it in the story
    is the next day's (a fire in the night from Saturday to Sunday, put out in the morning: Sunday morning)."""
    own = fields.keys() - {"pod_adverb", "anaphoric", "points", "lead"}
    if own - {"day"} != {"pod"} or fields.get("day", 0) != 0 or fields["pod"] not in DAYTIME:
        return False
    last = next((earlier for earlier in reversed(found) if day_of(earlier.value)), None)
    return last is not None and last.value.endswith("TNI") and last.value[:10] == value[:10]


def day_after(day: str) -> str:
    """The day after a day written `YYYY-MM-DD`: where a morning after a night told last lies."""
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def day_before(value: str) -> str:
    """A value of a day or finer moved one day back (`2024-01-02T00:00` -> `2024-01-01T00:00`)."""
    day = date.fromisoformat(value[:10]) - timedelta(days=1)
    return day.isoformat() + value[10:]
