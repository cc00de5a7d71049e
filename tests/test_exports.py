"""The data exports: plain JSON, TimelineJS3 and an RFC 5545 calendar."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.lang.words import DEFAULT_LANGUAGE, site_words
from generator.making import exports
from generator.model import Document, Event, SourceMeta
from generator.temporal.values import interval

LONG = "Een zin met komma's, puntkomma's; backslash \\ en een regel\nerbij, en een lange staart vol é's en ü's " * 2


def event(ident: str, when: str, text: str = "Het gebeurde toen.", **fields) -> Event:
    return Event(
        id=ident,
        source="a",
        when=when,
        text=text,
        expression=text.split()[0],
        span=(0, 3),
        sentence_span=(0, len(text)),
        interval=interval(when),
        **fields,
    )


def documents() -> list[Document]:
    meta = SourceMeta(slug="a", file="seeds/a.txt", title="Titel <b>", publisher="NOS", url="https://nos.nl/x")
    events = (
        event("day", "2022-01-06"),
        event("month", "2022-01", "In januari <script>."),
        event("morning", "2022-01-06TMO", LONG),
        event("clock", "2022-01-06T10:30"),
        event("unknown", "XXXX-01-01"),
    )
    return [Document(path="content/a.yml", source=meta, events=events)]


def test_events_json_lists_every_event_in_timeline_order_with_its_fields():
    data = json.loads(exports.events_json(documents()))
    assert [e["id"] for e in data] == ["month", "day", "morning", "clock", "unknown"]
    morning = data[2]
    assert {"id", "source", "when", "text"} <= set(morning)
    assert morning["start"] == "2022-01-06T06:00" and morning["precision"] == "partofday"


def test_timelinejs_dates_never_claim_more_than_the_value_knows():
    data = json.loads(exports.timelinejs_json(documents()))
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert set(slides) == {"month", "day", "morning", "clock"}
    assert slides["month"]["start_date"] == {"year": 2022, "month": 1}
    assert slides["month"]["display_date"] == "januari 2022"
    assert slides["clock"]["start_date"] == {"year": 2022, "month": 1, "day": 6, "hour": 10, "minute": 30}
    assert slides["day"]["start_date"] == {"year": 2022, "month": 1, "day": 6}
    assert "&lt;script&gt;" in slides["month"]["text"]["headline"]
    assert '<mark>In</mark>' in slides["month"]["text"]["text"]
    credit = slides["day"]["text"]["text"]
    assert "Titel &lt;b&gt;" in credit and 'href="https://nos.nl/x"' in credit
    assert data["title"]["text"]["headline"] == "Kroniek"


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_is_crlf_folded_at_75_octets_and_escaped():
    ics = exports.events_ics(documents(), stamp=datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # never split inside a character
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines
    assert lines.count("BEGIN:VEVENT") == 3, "day, part of day and clock time; not the month or the unknown"
    assert "UID:day@kroniek" in lines and "DTSTAMP:20240501T120000Z" in lines
    assert "DTSTART;VALUE=DATE:20220106" in lines and "DTEND;VALUE=DATE:20220107" in lines
    assert "DTSTART:20220106T060000" in lines and "DTEND:20220106T120000" in lines
    assert "DTSTART:20220106T103000" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:Een zin"))
    assert "komma's\\, puntkomma's\\; backslash \\\\ en een regel\\nerbij" in description
    assert "URL:https://nos.nl/x" in lines


def test_fold_keeps_short_lines_and_splits_long_ones_on_characters():
    assert exports.fold("SUMMARY:kort") == "SUMMARY:kort"
    folded = exports.fold("DESCRIPTION:" + "é" * 80)
    pieces = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in pieces) and all(p.startswith(" ") for p in pieces[1:])
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 80


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=400))
def test_fold_never_passes_75_octets_or_splits_a_character_and_unfolds_to_the_line(line):
    folded = exports.fold(line)
    pieces = folded.split("\r\n ")
    assert all(len(piece.encode()) <= 75 - (index > 0) for index, piece in enumerate(pieces))
    assert "".join(pieces) == line
    assert all(pieces[1:]) and (len(pieces) == 1 or len(pieces[0].encode()) > 71)


def test_json_exports_are_one_item_a_line():
    lines = exports.events_json(documents()).splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 2 + len(json.loads("\n".join(lines)))
    assert exports.events_json([]) == "[]\n"


def test_ics_is_the_same_for_the_same_content(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = exports.events_ics(documents())
    assert first == exports.events_ics(documents())
    assert "DTSTAMP:19700101T000000Z" in first  # no publication dates: the epoch, never the clock
    first_doc, *others = documents()
    dated = [replace(first_doc, source=replace(first_doc.source, published="2021-03")), *others]
    dated += [replace(first_doc, source=replace(first_doc.source, slug="b", published="2021-02-07"))]
    assert "DTSTAMP:20210301T000000Z" in exports.events_ics(dated)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert "DTSTAMP:20231114T221320Z" in exports.events_ics(documents())


def test_files_joined_from_event_pieces_are_the_files_made_from_documents():
    docs = documents()
    stamp = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    sources = {d.source.slug: d.source for d in docs}
    pieces = [exports.event_pieces(e, sources[e.source], exports.ics_stamp(stamp)) for e in exports.timeline(docs)]
    assert exports.export_files(pieces) == {
        "events.json": exports.events_json(docs),
        "timelinejs.json": exports.timelinejs_json(docs),
        "events.ics": exports.events_ics(docs, stamp=stamp),
    }
    assert [p.vevent is None for p in pieces] == [True, False, False, False, True]  # a month, an unknown day
    assert exports.export_files([])["events.json"] == exports.events_json([]) == "[]\n"


def test_the_atom_feed_lists_the_newest_events_with_absolute_links_and_escaped_text():
    import xml.etree.ElementTree as ET

    from generator.making import render

    older = Document(
        "content/b.yml",
        SourceMeta(slug="b", file="seeds/b.txt", title="Ouder", published="2021-05-01"),
        (replace(event("old", "2021-05-01"), source="b"),),
    )
    current = [replace(d, source=replace(d.source, published="2022-01-07")) for d in documents()]
    site = render.Site.of([older, *current])
    feed = exports.atom_feed(site, site_url="https://example.org/kroniek", site_name="Kroniek",
                             updated=datetime(2022, 1, 7, tzinfo=UTC))  # fmt: skip
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.fromstring(feed)
    entries = root.findall(f"{atom}entry")
    assert len(entries) == min(exports.FEED_ENTRIES, len(site.events))
    assert entries[-1].find(f"{atom}id").text == "https://example.org/kroniek/#old", "the oldest source last"
    assert len({e.find(f"{atom}id").text for e in entries}) == len(entries)
    assert all(e.find(f"{atom}link").get("href").startswith("https://example.org/kroniek/#") for e in entries)
    contents = " ".join(e.find(f"{atom}content").text for e in entries)
    assert "januari &lt;script&gt;." in contents and "<script>" not in contents
    assert root.find(f"{atom}link[@rel='self']").get("href") == "https://example.org/kroniek/feed.xml"
    relative = ET.fromstring(exports.atom_feed(site, site_url=None, site_name="K", updated=datetime.now(UTC)))
    assert relative.find(f"{atom}entry/{atom}id").text.startswith("urn:uuid:")


def test_the_calendar_and_slides_credit_a_source_in_the_sites_language():
    """The word before a source (`Bron:`) and the labels come from the site's words, so another language's data
    says them in that language; the default is the project's language."""
    (document,) = documents()
    clock = next(e for e in document.events if e.id == "clock")
    dutch = exports.event_pieces(clock, document.source, "20240501T120000Z")
    words = site_words(DEFAULT_LANGUAGE)
    other = replace(words, labels={**words.labels, "credit": "Source:"})
    english = exports.event_pieces(clock, document.source, "20240501T120000Z", words=other)
    assert f"{words.labels['credit']} Titel" in dutch.vevent.replace("\r\n ", "")
    assert "<p>Source: <a href=" in english.slide and "Source: Titel" in english.vevent.replace("\r\n ", "")
    assert words.labels["credit"] not in english.slide


@pytest.mark.parametrize("source_zone", [None, "Europe/Amsterdam", "Asia/Almaty"])
def test_pieces_made_with_the_sites_labels_are_the_pieces_made_without(source_zone):
    """A build hands each event's label as its pages show it (made once per event); the slide shows it as it is,
    the calendar only where it names no time zone (a VEVENT's times carry their TZID)."""
    from generator.making import render

    (document,) = documents()
    document = replace(document, source=replace(document.source, timezone=source_zone))
    site = render.Site.of([document], timezone="Europe/Amsterdam")
    for found in document.events:
        made = exports.event_pieces(found, document.source, "20240501T120000Z", "Europe/Amsterdam")
        given_label = exports.event_pieces(found, document.source, "20240501T120000Z", "Europe/Amsterdam",
                                           label=lambda e: site.shown(e).label)  # fmt: skip
        assert given_label == made
    clock = document.events[3]
    shown, zoneless = site.shown(clock).label, render.when_label(clock, site.words)
    pieces = exports.event_pieces(clock, document.source, "20240501T120000Z", "Europe/Amsterdam",
                                  label=lambda e: site.shown(e).label)  # fmt: skip
    assert json.loads(pieces.slide)["display_date"] == shown
    assert exports.ics_text(zoneless) in pieces.vevent.replace("\r\n ", "")
    assert (shown != zoneless) == (source_zone == "Asia/Almaty")
