"""Every date a reader sees, in words: what an event's value denotes, its badge, a publication date, a range.

Pure functions of a TIMEX3 value (or an `Event`) and the site's words
(`generator/lang/<code>/site.yaml`); month and weekday names come from Babel's
CLDR data, time zones by their CLDR city. No raw TIMEX3 code ever comes out of here:
a value with unknown parts (`XXXX-01-01`, `XXXX-WXX-2`, `XXXX-XX-XXT17:00`) is said
in words too, naming what is known and what is not.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from babel.dates import format_date, get_timezone_location

from generator.lang.words import DEFAULT_LANGUAGE, SiteWords, site_words
from generator.model import Event, Interval
from generator.temporal.values import interval

# Modifiers in reading order inside one period: the whole period first, then its begin, middle and end.
MOD_ORDER = {None: 0, "START": 1, "MID": 2, "END": 3}
# The side of a date an event only mentions (`na Prinsjesdag`): said at any precision, unlike START, MID, END.
SIDE_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})
# A leap year and a week starting on a Monday: dates of a value whose year is unknown are named in these.
_ANY_YEAR, _A_MONDAY = 2000, dt.date(2024, 1, 1)


def words_or_default(words: SiteWords | None) -> SiteWords:
    return words or site_words(DEFAULT_LANGUAGE)


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


@cache
def formatted(day: str, pattern: str, locale: str) -> str:
    """`day` (ISO) in a Babel pattern. Cached: Babel is slow and a timeline names the same days over and over."""
    return format_date(_date(day), pattern, locale=locale)


def day_label(iso: str, words: SiteWords | None = None) -> str:
    """`donderdag 6 januari 2022` for a day or a moment in it."""
    words = words_or_default(words)
    return formatted(iso[:10], words.formats["day"], words.locale)


def month_label(iso: str, words: SiteWords) -> str:
    """`januari 2022` for a month (`2022-01`) or any day in it."""
    return formatted(iso[:7] + "-01", words.formats["month"], words.locale)


def date_label(iso: str, words: SiteWords) -> str:
    """`6 januari 2022`: a day without its weekday, as a card names a publication date."""
    return formatted(iso[:10], words.formats["date"], words.locale)


def range_label(first: str, last: str, words: SiteWords) -> str:
    """`3–9 januari`, `27 december – 2 januari`, or `5 januari` for one day; both ends inclusive (ISO days)."""
    in_month = formatted(last[:10], words.formats["day_in_month"], words.locale)
    if first[:10] == last[:10]:
        return in_month
    if first[:7] == last[:7]:
        start = formatted(first[:10], words.formats["day_number"], words.locale)
        return words.labels["range_in_month"].format(first=start, last=in_month)
    start = formatted(first[:10], words.formats["day_in_month"], words.locale)
    return words.labels["range"].format(first=start, last=in_month)


def clock_label(iso: str, words: SiteWords | None = None) -> str:
    """`10.30 uur`, as the language's newspapers write times."""
    return words_or_default(words).labels["clock"].format(hour=int(iso[11:13]), minute=iso[14:16])


def zoned(label: str, zone: str | None, words: SiteWords) -> str:
    """`10.30 uur (Almaty)`: a clock time or part of day with the time zone it is in, where the site names it.

    The zone is an IANA name (`Asia/Almaty`); a name the time zone database does not know is left out.
    """
    name = zone_name(zone, words) if zone else None
    return words.labels["zone"].format(label=label, zone=name) if name else label


def zone_name(zone: str, words: SiteWords | None = None) -> str | None:
    """A time zone as readers know it: the language's name for its city (`Almaty`, `Tokio`); None when unknown."""
    words = words_or_default(words)
    return words.zone_names.get(zone) or _city(zone, words.locale)


@cache
def _city(zone: str, locale: str) -> str | None:
    try:
        return get_timezone_location(zone, locale=locale, return_city=True)
    except LookupError:
        return None


def when_label(event: Event, words: SiteWords | None = None, zone: str | None = None) -> str:
    """What the event's value denotes, in words, and no more precise than it is.

    `zone` names the time zone of a clock time or part of day, where the site says it (`10.30 uur (Almaty)`).
    """
    return _label(event.when, event.interval, event.mod, words_or_default(words), zone)


def value_label(value: str, words: SiteWords | None = None, mod: str | None = None) -> str | None:
    """What a value denotes, in words (`zondag 3 maart 2024`), or None when it is no place on the timeline."""
    span = interval(value)
    return _label(value, span, mod, words_or_default(words), None) if span.start and span.precision else None


def _label(when: str, span: Interval, mod: str | None, words: SiteWords, zone: str | None) -> str:
    start, end, precision = span.start, span.end, span.precision
    if start is None or end is None or precision is None:
        return unknown_label(when, words)
    if precision == "minute":
        label = zoned(f"{day_label(start, words)}, {clock_label(start, words)}", zone, words)
    elif precision == "partofday":
        part = when[-2:]
        day = f"{day_label(start, words)}, {part_of_day(part, words)}"
        label = zoned(_night_label(start, end, words) if part == "NI" else day, zone, words)
    elif precision == "day":
        label = day_label(start, words)
    else:
        label = period_label(precision, when, start, end, words)
        if mod in words.mods and mod not in SIDE_MODS:
            label = f"{words.mods[mod]} {label}"
    return f"{words.mods[mod]} {label}" if mod in SIDE_MODS and mod in words.mods else label


def part_of_day(part: str, words: SiteWords) -> str:
    return words.parts_of_day.get(part, words.labels["part_of_day_unknown"])


def _night_label(start: str, end: str, words: SiteWords) -> str:
    """`nacht van woensdag 5 op donderdag 6 januari 2022`: a night belongs to the evening before it."""
    same_month = start[:7] == end[:7]
    pattern = words.formats["evening_in_month" if same_month else "day"]
    evening = formatted(start[:10], pattern, words.locale)
    return words.labels["night"].format(evening=evening, day=day_label(end, words))


def period_label(precision: str, value: str, start: str, end: str, words: SiteWords) -> str:
    """`januari 2022`, `week 1 van 2022 (3–9 januari)`, `voorjaar 2021`, `2021`, `jaren zeventig (1970–1979)`."""
    year = _date(start).year
    if precision == "month":
        return month_label(start, words)
    if precision == "week":
        return _week_label(value, start, end, words)
    if precision == "season":
        return _season_label(value, start, end, words)
    if precision == "decade":
        return decade_label(year, words)
    return str(year)


def decade_label(first_year: int, words: SiteWords) -> str:
    name = words.decades[first_year // 10 % 10]
    return words.labels["decade"].format(name=name, first=first_year, last=first_year + 9)


def _last_day(end: str) -> str:
    """The last day an interval covers: its end is exclusive."""
    return (_date(end) - dt.timedelta(days=1)).isoformat() if end[11:] in ("", "00:00") else end[:10]


def _week_label(value: str, start: str, end: str, words: SiteWords) -> str:
    year, week, _ = _date(start).isocalendar()
    kind = "weekend" if value.endswith("-WE") else "week"
    return words.labels[kind].format(week=week, year=year, range=range_label(start, _last_day(end), words))


def _season_label(value: str, start: str, end: str, words: SiteWords) -> str:
    first, last = _date(start).year, _date(_last_day(end)).year
    years = str(first) if first == last else f"{first}–{last}"
    season = words.seasons.get(value[-2:], words.labels["season_unknown"])
    return words.labels["season"].format(season=season, years=years)


_VALUE_PARTS = re.compile(
    r"(?P<year>[\dX]{4})"
    r"(?:-(?:W(?P<week>[\dX]{2})(?:-(?P<weekday>[1-7]|WE))?|(?P<season>SP|SU|FA|WI|Q[1-4])"
    r"|(?P<month>[\dX]{2})(?:-(?P<day>[\dX]{2}))?))?"
    r"(?:T(?:(?P<hour>\d\d):(?P<minute>\d\d)|(?P<part>MO|MI|AF|EV|NI)))?"
)


def unknown_label(value: str, words: SiteWords | None = None) -> str:
    """A value with unknown parts in words: what is known, then what is not (`1 januari, jaar onbekend`).

    `XXXX-WXX-2` is `een dinsdag, datum onbekend`, `XXXX-XX-XXT17:00` `17.00 uur, datum onbekend`,
    `2022-XX-XX` `2022, datum onbekend`, `2022-05-XX` `mei 2022, dag onbekend`; anything else without a
    place `datum onbekend`.
    """
    words = words_or_default(words)
    unknown = words.unknown
    parts = _VALUE_PARTS.fullmatch(value)
    if not parts:
        return unknown["date"]
    field = parts.groupdict()
    digits = {name: text for name, text in field.items() if text and text.isdigit()}
    month = int(digits.get("month", 0)) if 1 <= int(digits.get("month", 0)) <= 12 else None
    time = []
    if field["hour"]:
        time.append(clock_label(f"0000-00-00T{field['hour']}:{field['minute']}", words))
    elif field["part"]:
        time.append(part_of_day(field["part"], words))
    if "year" in digits:
        if month:
            return ", ".join([month_label(f"{digits['year']}-{month:02d}", words), *time, unknown["day"]])
        missing = "week" if field["week"] else "date" if field["day"] else "month"
        return ", ".join([digits["year"], *time, unknown[missing]])
    known = []
    if field["weekday"] == "WE":
        known.append(unknown["some_weekend"])
    elif field["weekday"]:
        weekday = _A_MONDAY + dt.timedelta(days=int(field["weekday"]) - 1)
        known.append(unknown["some_weekday"].format(weekday=formatted(weekday.isoformat(), "EEEE", words.locale)))
    elif "week" in digits:
        known.append(unknown["week_number"].format(week=int(digits["week"])))
    elif field["week"]:
        known.append(unknown["some_week"])
    if field["season"]:
        known.append(words.seasons.get(field["season"], words.labels["season_unknown"]))
    if month:
        day = int(digits.get("day", 0))
        first = dt.date(_ANY_YEAR, month, 1)
        if 1 <= day <= (dt.date(_ANY_YEAR + month // 12, month % 12 + 1, 1) - first).days:
            known.append(formatted(first.replace(day=day).isoformat(), words.formats["day_in_month"], words.locale))
        else:
            known.append(formatted(first.isoformat(), "LLLL", words.locale))
    dated = bool(field["season"] or month or "week" in digits)
    return ", ".join([*known, *time, unknown["year" if dated else "date"]])


def badge(event: Event, words: SiteWords | None = None, zone: str | None = None) -> str | None:
    """The small label beside an event inside its day or period group: `ochtend`, `10.30 uur`, `eind`, `na`.

    A night says whose night it is (`nacht van woensdag op donderdag`); a value with no place says what is known;
    a clock time or part of day its time zone `zone`, where the site names it.
    """
    words = words_or_default(words)
    precision, start, end = event.interval.precision, event.interval.start, event.interval.end
    if start is None or end is None or precision is None:
        return unknown_label(event.when, words)
    if precision == "partofday":
        part = event.when[-2:]
        if part == "NI":
            evening, morning = (formatted(day[:10], "EEEE", words.locale) for day in (start, end))
            found = words.labels["night_badge"].format(evening=evening, morning=morning)
        else:
            found = part_of_day(part, words)
    elif precision == "minute":
        found = clock_label(start, words)
    else:
        return words.mods.get(event.mod or "")
    found = zoned(found, zone, words)
    return f"{words.mods[event.mod]} {found}" if event.mod in SIDE_MODS and event.mod in words.mods else found


def published_label(published: str | None, words: SiteWords | None = None) -> str:
    """A publication date at its own precision: a day, `januari 2022`, or `onbekend`."""
    words = words_or_default(words)
    if not published:
        return words.labels["unknown"]
    if len(published) == 7:
        return month_label(published, words)
    return day_label(published, words)


def short_published_label(published: str | None, words: SiteWords) -> str | None:
    """A card's publication date: `6 januari 2022`, `januari 2022`, or None when unknown."""
    if not published:
        return None
    return month_label(published, words) if len(published) == 7 else date_label(published, words)
