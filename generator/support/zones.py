"""Time zones by IANA name: the standard library's zoneinfo, with PyPI's tzdata where the system has no database.

A zone name comes from an article's front matter, a content file or mkdocs.yml, so it is
checked against the names the database holds before a file of it is opened: never a path.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, available_timezones

from generator.errors import BadValue, printable

UTC = dt.UTC


@cache
def known_zones() -> frozenset[str]:
    """Every IANA zone name the database holds (Europe/Amsterdam, Asia/Almaty, UTC, …)."""
    return frozenset(available_timezones())


def unknown_zone(name: object) -> str | None:
    """Why `name` is not a time zone Kroniek can use, or None when it is one."""
    if not isinstance(name, str) or name not in known_zones():
        return f"{printable(repr(name))} is not a time zone: write an IANA name such as Europe/Amsterdam or Asia/Almaty"
    return None


def zone(name: str) -> ZoneInfo:
    """The zone of an IANA name; ValueError for any other name."""
    reason = unknown_zone(name)
    if reason:
        raise BadValue(reason)
    return ZoneInfo(name)


@lru_cache(maxsize=65536)
def utc_instant(local: str, name: str | None) -> str:
    """A local `YYYY-MM-DDTHH:MM` as the same moment in UTC (same notation).

    A time without a zone, or in a name that is no zone (`kroniek check` reports it), is taken as UTC.
    """
    if name is None or unknown_zone(name):
        return local
    moment = dt.datetime.fromisoformat(local).replace(tzinfo=zone(name))
    try:
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="minutes")
    except OverflowError:  # a moment at the very start or end of the calendar: keep it where it is
        return local
