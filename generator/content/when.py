"""A `when` as an editor types it (`5 januari 2022 21.30`), read by the tagger into its TIMEX3 value.

Editors should not have to learn TIMEX3 to correct a date. What they write is read by the
tagger itself (`generator.temporal.tag`, without a publication date, so only a date that names
its year counts), in the readings `lang/<code>/editing.yaml` lists: the Dutch words around a
date (`de nacht van …`, `om 21.30`) are data, the rules here are not Dutch.
"""

from __future__ import annotations

from functools import cache

from generator.lang import read_data
from generator.model import Interval
from generator.temporal import tag
from generator.temporal.values import interval

_KINDS = ("DATE", "TIME")


@cache
def _readings(language: str) -> tuple[str, ...]:
    """The readings of `lang/<language>/editing.yaml`; ValueError when the language has none."""
    data = read_data(language, "editing")
    return tuple(data["when_readings"])


def editor_value(text: str, language: str) -> str | None:
    """The TIMEX3 value of a `when` typed in words, or None when no reading names one known date or time."""
    text = " ".join(text.split())
    try:
        readings = _readings(language)
        found = tag(text, None, language)
    except (ValueError, OverflowError):  # no data for the language; a date past the calendar
        return None
    date, rest = (text[: found[0].end], text[found[0].end :].strip(" ,")) if found else ("", "")
    for template in readings:
        if ("{date}" in template or "{rest}" in template) and not (date and rest):
            continue
        value = _whole(template.format(when=text, date=date, rest=rest), language)
        if value is not None:
            return value
    return None


def _whole(reading: str, language: str) -> str | None:
    """The value of a reading the tagger takes whole, as known dates each refining the one before; else None."""
    try:
        found = tag(reading, None, language)
    except OverflowError:
        return None
    covered = {index for timex in found for index in range(timex.start, timex.end)}
    if not found or any(char.isalnum() for index, char in enumerate(reading) if index not in covered):
        return None
    if any(timex.review or timex.type not in _KINDS or "X" in timex.value for timex in found):
        return None
    spans = [interval(timex.value) for timex in found]
    if any(span.start is None for span in spans) or not all(_overlap(span, spans[-1]) for span in spans):
        return None
    return found[-1].value


def _overlap(a: Interval, b: Interval) -> bool:
    return a.start is not None and b.start is not None and a.start < b.end and b.start < a.end  # type: ignore[operator]
