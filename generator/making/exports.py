"""The timeline as data for other tools: plain JSON, TimelineJS3 JSON and an iCalendar feed.

Pure functions from `Document`s to text, in timeline order, written beside the
site by the MkDocs plugin and printed by `kroniek list --json`. Each file is made
of one piece per event (`Pieces`), so a build can keep the pieces of unchanged
sources and only join them again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from uuid import NAMESPACE_URL, uuid5

from markupsafe import Markup, escape

from generator import __version__
from generator.lang.words import SiteWords
from generator.making.labels import SIDE_MODS, when_label, words_or_default
from generator.making.render import FEED, Site, page_url, sentence_markup, web_url
from generator.model import Document, Event, SourceMeta
from generator.text.events import timeline

HEADLINE_WORDS = 12
CALENDAR_PRECISIONS = ("day", "partofday", "minute")
ICS_LINE_OCTETS = 75


@dataclass(frozen=True)
class Pieces:
    """One event's share of each export file; None where that file leaves the event out."""

    json: str  # its line of events.json
    slide: str | None  # its line of timelinejs.json: only events with a place on the time line
    vevent: str | None  # its folded CRLF lines of events.ics: only events a calendar holds honestly
    zone: str | None = None  # the TZID its VEVENT's times are in, whose VTIMEZONE the feed must hold
    year: int | None = None  # ... for the year of those times


@dataclass(frozen=True)
class Happening:
    """The happening an event reports with other sources: its id, and the others' reports when the event is its
    lead (the one entry of the timeline), else none."""

    id: str
    lead: bool
    others: tuple[tuple[Event, SourceMeta], ...] = ()


def event_pieces(
    event: Event,
    source: SourceMeta,
    stamp: str,
    timezone: str | None = None,
    happening: Happening | None = None,
    sentence: Callable[[Event], Markup] = sentence_markup,
    words: SiteWords | None = None,
    label: Callable[[Event], str] | None = None,
) -> Pieces:
    """The event's pieces of all three files; `stamp` is the feed's DTSTAMP (`ics_stamp`), `timezone` the
    project's own time zone, where a source that names none has its times. An event of a `happening` says its id
    in events.json; timelinejs.json has one slide for the happening, its lead's, listing every report.
    `sentence` is `sentence_markup`, or the same kept for each event (`Site.shown`); `words` the site's language's
    (its labels and the word that credits a source); `label` the event's label as the site shows it, its zone named
    where it is not the project's own (`Site.shown`), else made here."""
    words = words_or_default(words)
    zone = source.timezone or timezone
    named = zone if zone != timezone else None  # the zone a label names
    slid = _on_timeline(event) and (happening is None or happening.lead)
    calendar = _on_calendar(event)
    said = (label(event) if label else when_label(event, words, zone=named)) if slid or calendar else ""
    vevent = _vevent(event, source, stamp, zone, words, said if named is None else None) if calendar else None
    timed = vevent is not None and zone is not None and event.interval.precision != "day"
    fields = _event_fields(event, zone)
    if happening is not None:
        fields["happening"] = happening.id
    others = happening.others if happening is not None else ()
    return Pieces(
        json=_json_line(fields),
        slide=_json_line(_slide(event, source, words, said, others, sentence))
        if slid
        else None,
        vevent=vevent,
        zone=zone if timed else None,
        year=int((event.interval.start or "0")[:4]) if timed else None,
    )


def document_pieces(
    document: Document,
    stamp: str,
    timezone: str | None = None,
    happenings: Mapping[str, Happening] | None = None,
    sentence: Callable[[Event], Markup] = sentence_markup,
    words: SiteWords | None = None,
    label: Callable[[Event], str] | None = None,
) -> dict[str, Pieces]:
    """The pieces of each of a document's events, by event id; `happenings` by event id, for the grouped."""
    happenings = happenings or {}
    source = document.source
    return {
        e.id: event_pieces(
            e, source, stamp, timezone, happening=happenings.get(e.id), sentence=sentence, words=words, label=label
        )
        for e in document.events
    }


def export_files(pieces: Iterable[Pieces], *, title: str = "Kroniek", subtitle: str = "") -> dict[str, str]:
    """events.json, timelinejs.json and events.ics from their events' pieces, in timeline order; `title` and
    `subtitle` head the TimelineJS cover slide."""
    pieces = tuple(pieces)
    years: dict[str, list[int]] = {}
    for piece in pieces:
        if piece.zone is not None and piece.year is not None:
            years.setdefault(piece.zone, []).append(piece.year)
    return {
        "events.json": _json_lines(p.json for p in pieces),
        "timelinejs.json": _timelinejs_file((p.slide for p in pieces if p.slide is not None), title, subtitle),
        "events.ics": _ics_file((p.vevent for p in pieces if p.vevent is not None), years),
    }


def events_json(documents: Iterable[Document], timezone: str | None = None) -> str:
    """Every event with all its fields, its interval flattened into `start`, `end`, `precision`; `timezone` is the
    project's own."""
    documents = tuple(documents)
    zones = {d.source.slug: d.source.timezone or timezone for d in documents}
    return _json_lines(_json_line(_event_fields(e, zones[e.source])) for e in timeline(documents, timezone))


def _json_line(item: object) -> str:
    """One item of a JSON array, by the C encoder (`indent` would need Python's)."""
    return json.dumps(item, ensure_ascii=False)


def _json_lines(lines: Iterable[str], head: str = "[", tail: str = "]") -> str:
    """A JSON array with one item a line: diffable."""
    joined = ",\n".join(lines)
    return f"{head}\n{joined}\n{tail}\n" if joined else f"{head}{tail}\n"


def _event_fields(event: Event, zone: str | None = None) -> dict[str, object]:
    """The event as data; `start` and `end` are local to `zone` (null: as written)."""
    return {
        "id": event.id,
        "source": event.source,
        "when": event.when,
        "mod": event.mod,
        "start": event.interval.start,
        "end": event.interval.end,
        "precision": event.interval.precision,
        "timezone": zone,
        "text": event.text,
        "expression": event.expression,
        "span": list(event.span),
        "sentence_span": list(event.sentence_span),
        "context": list(event.context),
        "mentions": [{"expression": m.expression, "value": m.value, "span": list(m.span)} for m in event.mentions],
        "review": list(event.review),
        "anchor": event.anchor,
        "confirmed": event.confirmed,
        "confidence": event.confidence,
        "edited": event.edited,
    }


def marker_title(event: Event) -> str:
    """The start of the sentence: enough to recognise an event in a list of markers."""
    words = event.text.split()
    return " ".join(words[:HEADLINE_WORDS]) + (" …" if len(words) > HEADLINE_WORDS else "")


def _pieces(documents: Iterable[Document], stamp: datetime | None = None, timezone: str | None = None) -> list[Pieces]:
    """Every event's pieces, in timeline order; `stamp` as in `events_ics`."""
    documents = tuple(documents)
    stamp_text = ics_stamp(stamp or build_stamp(documents))
    pieces = (document_pieces(d, stamp_text, timezone).items() for d in documents)
    by_id = {event_id: piece for found in pieces for event_id, piece in found}
    return [by_id[event.id] for event in timeline(documents, timezone)]


def _on_timeline(event: Event) -> bool:
    """Whether the event has a place on the time line."""
    return bool(event.interval.start and event.interval.precision)


def _on_calendar(event: Event) -> bool:
    """Whether a calendar can hold the event honestly: a whole day, a part of it, a clock time; never one that
    happened only before or after its date (`na Prinsjesdag`)."""
    return _on_timeline(event) and event.interval.precision in CALENDAR_PRECISIONS and event.mod not in SIDE_MODS


# --- TimelineJS3 ------------------------------------------------------------------------------------------------

_TIMELINEJS_FIELDS = {  # which date fields a precision fills: never a day the value does not give
    "decade": ("year",),
    "year": ("year",),
    "season": ("year", "month"),
    "month": ("year", "month"),
    "week": ("year", "month", "day"),
    "day": ("year", "month", "day"),
    "partofday": ("year", "month", "day", "hour", "minute"),
    "minute": ("year", "month", "day", "hour", "minute"),
}
_ISO_SLICES = {"year": (0, 4), "month": (5, 7), "day": (8, 10), "hour": (11, 13), "minute": (14, 16)}


def timelinejs_json(
    documents: Iterable[Document], title: str = "Kroniek", subtitle: str = "", timezone: str | None = None
) -> str:
    """A TimelineJS3 data file (https://timeline.knightlab.com/docs/json-format.html) of the placed events.

    `display_date` carries the Dutch label, so a month reads `januari 2022` and a week is not shown as its Monday.
    """
    return export_files(_pieces(documents, timezone=timezone), title=title, subtitle=subtitle)["timelinejs.json"]


def _timelinejs_file(slides: Iterable[str], title: str, subtitle: str) -> str:
    cover = {"text": {"headline": str(escape(title)), "text": str(escape(subtitle))}}
    head = f'{{"title": {_json_line(cover)}, "events": ['
    return _json_lines(slides, head, "]}")


@lru_cache(maxsize=1024)  # a source's events are made one after the other: its credit once
def _credit(source: SourceMeta) -> Markup:
    # f-strings of escaped parts, not `Markup.format`: this runs once per event and format is slow.
    credit = escape(f"{source.publisher}: " if source.publisher else "") + escape(source.title or source.file)
    url = web_url(source.url)
    return Markup(f'<a href="{escape(url)}">{credit}</a>') if url else credit


def _slide(
    event: Event,
    source: SourceMeta,
    words: SiteWords,
    label: str,
    others: tuple[tuple[Event, SourceMeta], ...] = (),
    sentence: Callable[[Event], Markup] = sentence_markup,
) -> dict[str, object]:
    """The event as a slide; `label` is its date in words, naming its time zone where that is not the project's own;
    `others` the other sources' reports of its happening, each with its own date."""
    start = event.interval.start or ""
    fields = _TIMELINEJS_FIELDS[event.interval.precision or "day"]
    credit = escape(words.labels["credit"])
    reports = "".join(
        f"<p>{sentence(other)} ({escape(when_label(other, words))})</p><p>{credit} {_credit(meta)}</p>"
        for other, meta in others
    )
    return {
        "unique_id": event.id,
        "start_date": {name: int(start[slice(*_ISO_SLICES[name])]) for name in fields},
        "display_date": label,
        "text": {
            "headline": str(escape(marker_title(event))),
            "text": f"<p>{sentence(event)}</p><p>{credit} {_credit(source)}</p>{reports}",
        },
        **({"group": source.publisher} if source.publisher else {}),
    }


# --- iCalendar --------------------------------------------------------------------------------------------------


def build_stamp(documents: Iterable[Document]) -> datetime:
    """When the content was made: `SOURCE_DATE_EPOCH` (reproducible builds) or the newest publication date."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        return datetime.fromtimestamp(int(epoch), UTC)
    days = [d.source.published for d in documents if d.source.published]
    newest = max((f"{day}-01"[:10] for day in days), default="1970-01-01")  # a month counts from its 1st
    return datetime.fromisoformat(newest).replace(tzinfo=UTC)


def events_ics(documents: Iterable[Document], *, stamp: datetime | None = None, timezone: str | None = None) -> str:
    """An RFC 5545 feed of the events placed on a day or finer: all-day events, or times in their source's zone.

    Times carry the TZID of their source's `timezone` (else the project's, `timezone`), with a VTIMEZONE for
    each; without any zone they are floating local times. Lines end in CRLF and are folded at 75 octets;
    `stamp` is the DTSTAMP of every event (default: `build_stamp()`, so the same content gives the same feed).
    """
    return export_files(_pieces(documents, stamp, timezone))["events.ics"]


def ics_stamp(stamp: datetime) -> str:
    """A DTSTAMP value: the moment in UTC."""
    return stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _ics_file(vevents: Iterable[str], years: Mapping[str, Sequence[int]]) -> str:
    """The feed: its head, a VTIMEZONE for each zone the events' times are in (for the years they span), the events."""
    zones = "".join(vtimezone(zone, min(found), max(found)) for zone, found in sorted(years.items()))
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Kroniek//Kroniek {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Kroniek",
    ]
    return _ics_lines(head) + zones + "".join(vevents) + _ics_lines(["END:VCALENDAR"])


def vtimezone(zone: str, first: int, last: int) -> str:
    """The VTIMEZONE of an IANA zone for the years `first` to `last`: its offsets and changes, from zoneinfo.

    icalendar works them out (Kroniek writes the rest of the feed itself); imported here only, as a
    feed without times in a zone needs none.
    """
    from icalendar import Timezone

    component = Timezone.from_tzid(zone, first_date=date(first, 1, 1), last_date=date(last, 12, 31))
    return component.to_ical().decode("utf-8")


def _ics_lines(lines: Iterable[str]) -> str:
    """Content lines folded at 75 octets, each ended by CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)


def _vevent(
    event: Event, source: SourceMeta, stamp: str, zone: str | None, words: SiteWords, label: str | None = None
) -> str:
    """The event's VEVENT; `label` is its date in words naming no time zone, when made already."""
    start, end = event.interval.start or "", event.interval.end or ""
    if event.interval.precision == "day":
        times = [f"DTSTART;VALUE=DATE:{_ics_date(start)}", f"DTEND;VALUE=DATE:{_ics_date(end)}"]
    else:
        where = f";TZID={zone}" if zone else ""
        times = [f"DTSTART{where}:{_ics_local(start)}", f"DTEND{where}:{_ics_local(end)}"]
    credit = ", ".join(part for part in (source.title or source.file, source.publisher) if part)
    label = when_label(event, words) if label is None else label
    description = f"{event.text}\n\n{label}\n{words.labels['credit']} {credit}"
    url = web_url(source.url)
    return _ics_lines([
        "BEGIN:VEVENT",
        f"UID:{event.id}@kroniek",
        f"DTSTAMP:{stamp}",
        *times,
        f"SUMMARY:{ics_text(marker_title(event))}",
        f"DESCRIPTION:{ics_text(description)}",
        *([f"URL:{url}"] if url else []),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ])


def _ics_date(iso: str) -> str:
    return iso[:10].replace("-", "")


def _ics_local(iso: str) -> str:
    """A local time (no `Z`): the article's own clock, in the TZID beside it or floating."""
    return f"{_ics_date(iso)}T{iso[11:13]}{iso[14:16]}00"


def ics_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 §3.3.11."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    data = line.encode("utf-8")
    pieces: list[bytes] = []
    start, room = 0, ICS_LINE_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character instead
            cut -= 1
        pieces.append(data[start:cut])
        start, room = cut, ICS_LINE_OCTETS - 1  # the continuation line's leading space counts
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


# --- Atom -------------------------------------------------------------------------------------------------------

FEED_ENTRIES = 50


def atom_feed(site: Site, *, site_url: str | None, site_name: str, updated: datetime) -> str:
    """An Atom feed (RFC 4287) of the newest events: those of the most recently published sources, latest first.

    Links are absolute when the site's URL is known (`site_url` in mkdocs.yml), else relative to the feed,
    which sits at the site's root; ids stay the same either way.
    """
    base = site_url.rstrip("/") + "/" if site_url else ""
    words = site.words
    newest = sorted(
        (e for e in site.events if site.by_slug[e.source].source.published),
        key=lambda e: (site.by_slug[e.source].source.published, e.interval.start or ""),
        reverse=True,
    )[:FEED_ENTRIES]
    title = words.labels["feed_title"].format(site=site_name)
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{escape(words.code)}">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(_entry_id(base, 'feed', base + FEED))}</id>",
        f'<link rel="self" href="{escape(base + FEED)}"/>',
        f'<link rel="alternate" type="text/html" href="{escape(base or "./")}"/>',
        f"<updated>{_atom_time(updated)}</updated>",
        f"<generator>Kroniek {escape(__version__)}</generator>",
    ]
    entries = [_atom_entry(site, event, base, site_name) for event in newest]
    return "\n".join([*head, *entries, "</feed>", ""])


def _atom_entry(site: Site, event: Event, base: str, site_name: str) -> str:
    meta = site.by_slug[event.source].source
    href = base + page_url(site.pages[event.id]) + "#" + event.id
    shown = site.shown(event)
    original = web_url(meta.url)
    related = f'<link rel="related" href="{escape(original)}"/>' if original else ""
    return (
        f"<entry><id>{escape(_entry_id(base, event.id, href))}</id>"
        f"<title>{escape(site.words.labels['feed_entry'].format(when=shown.label, text=marker_title(event)))}</title>"
        f'<link href="{escape(href)}"/>{related}'
        f"<updated>{_atom_time(datetime.fromisoformat(f'{meta.published}-01'[:10]).replace(tzinfo=UTC))}</updated>"
        f"<author><name>{escape(meta.publisher or site_name)}</name></author>"
        f'<content type="html">{escape("<p>" + str(shown.sentence) + "</p>")}</content></entry>'
    )


def _entry_id(base: str, name: str, href: str) -> str:
    """The entry's URL where the site's URL is known, else a name-based UUID URN of it: ids never change."""
    return href if base else f"urn:uuid:{uuid5(NAMESPACE_URL, 'kroniek:' + name)}"


def _atom_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
