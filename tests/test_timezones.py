"""Time zones: a source's clock times and parts of day are local to its zone; the timeline orders by the instant,
the site names a zone that is not the project's own, events.ics carries TZIDs with their VTIMEZONEs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from generator.errors import InputError
from generator.making import exports, render
from generator.making.labels import zone_name
from generator.model import Document, Event, SourceMeta
from generator.project import Project
from generator.temporal.values import interval
from generator.text.articles import read_article
from generator.text.events import timeline

AMSTERDAM, ALMATY = "Europe/Amsterdam", "Asia/Almaty"


def event(ident: str, source: str, when: str, **fields) -> Event:
    text = f"Het gebeurde ({ident})."
    return Event(ident, source, when, text, "Het", (0, 3), (0, len(text)), interval=interval(when), **fields)


def document(slug: str, zone: str | None, *events: Event) -> Document:
    meta = SourceMeta(slug=slug, file=f"seeds/{slug}.txt", title=slug, published="2022-01-06", timezone=zone)
    return Document(f"content/{slug}.yml", meta, events)


def sources() -> list[Document]:
    dutch = (("nl-ochtend", "2022-01-06T07:00"), ("nl-avond", "2022-01-05T23:00"), ("nl-dag", "2022-01-06"))
    kazakh = (("kz-ochtend", "2022-01-06T08:00"), ("kz-nacht", "2022-01-06T03:00"), ("kz-dagdeel", "2022-01-06TMO"))
    return [
        document("nl", None, *(event(ident, "nl", when) for ident, when in dutch)),
        document("kz", ALMATY, *(event(ident, "kz", when) for ident, when in kazakh)),
    ]


def test_within_a_day_times_are_ordered_by_the_instant_and_days_stay_together():
    order = [e.id for e in timeline(sources(), AMSTERDAM)]
    # 06-01 in Almaty (UTC+6): 03:00 is 21:00 UTC on the 5th, yet it is the 6th the article names: under the 6th.
    assert order == ["nl-avond", "nl-dag", "kz-nacht", "kz-dagdeel", "kz-ochtend", "nl-ochtend"]
    assert [e.id for e in timeline(sources())] == order, "a source without a zone and no project zone: as UTC"
    assert [e.id for e in timeline(sources(), ALMATY)][-2:] == ["nl-ochtend", "kz-ochtend"]


def test_the_site_names_a_zone_that_is_not_the_projects_own():
    site = render.Site.of(sources(), timezone=AMSTERDAM)
    labels = {e.id: site.card(e, render.HOME).label for e in site.events}
    badges = {e.id: site.card(e, render.HOME).badge for e in site.events}
    assert labels["kz-ochtend"] == "donderdag 6 januari 2022, 8.00 uur (Almaty)"
    assert labels["kz-dagdeel"] == "donderdag 6 januari 2022, ochtend (Almaty)"
    assert badges["kz-ochtend"] == "8.00 uur (Almaty)"
    assert labels["nl-ochtend"] == "donderdag 6 januari 2022, 7.00 uur"
    assert labels["nl-dag"] == "donderdag 6 januari 2022", "a day is the calendar's: no zone"
    at_home = render.Site.of(sources(), timezone=ALMATY)
    assert at_home.card(at_home.events[-1], render.HOME).label == "donderdag 6 januari 2022, 8.00 uur (Almaty)"[:-9]
    assert zone_name("Asia/Tokyo") == "Tokio", "other zones by their Dutch CLDR city"


def test_events_ics_gives_times_their_tzid_and_each_zone_its_vtimezone():
    ics = exports.events_ics(sources(), stamp=datetime(2024, 5, 1, tzinfo=UTC), timezone=AMSTERDAM)
    lines = ics.replace("\r\n ", "").split("\r\n")
    assert "DTSTART;TZID=Asia/Almaty:20220106T080000" in lines
    assert "DTSTART;TZID=Europe/Amsterdam:20220106T070000" in lines
    assert "DTSTART;VALUE=DATE:20220106" in lines
    assert lines.count("BEGIN:VTIMEZONE") == 2 and "TZID:Asia/Almaty" in lines and "TZOFFSETTO:+0600" in lines
    assert lines.index("BEGIN:VTIMEZONE") < lines.index("BEGIN:VEVENT")
    calendar = icalendar.Calendar.from_ical(ics)  # a calendar program reads each time as the moment it is
    starts = {str(e["UID"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}
    assert starts["kz-ochtend@kroniek"].astimezone(UTC) == datetime(2022, 1, 6, 2, 0, tzinfo=UTC)
    assert starts["nl-ochtend@kroniek"].astimezone(UTC) == datetime(2022, 1, 6, 6, 0, tzinfo=UTC)
    floating = exports.events_ics(sources()[:1], stamp=datetime(2024, 5, 1, tzinfo=UTC))
    assert "DTSTART:20220106T070000" in floating and "VTIMEZONE" not in floating


def test_an_event_only_after_its_date_is_no_calendar_entry():
    after = event("na", "nl", "2022-01-06", mod="AFTER", review=("mentioned",))
    ics = exports.events_ics([document("nl", None, after)], stamp=datetime(2024, 5, 1, tzinfo=UTC))
    assert "BEGIN:VEVENT" not in ics


def test_events_json_and_timelinejs_say_the_zone():
    data = {e["id"]: e for e in json.loads(exports.events_json(sources(), AMSTERDAM))}
    assert (data["kz-ochtend"]["timezone"], data["nl-ochtend"]["timezone"]) == (ALMATY, AMSTERDAM)
    slides = {s["unique_id"]: s for s in json.loads(exports.timelinejs_json(sources(), timezone=AMSTERDAM))["events"]}
    assert slides["kz-ochtend"]["display_date"].endswith("(Almaty)")
    assert not slides["nl-ochtend"]["display_date"].endswith(")")


def test_the_projects_zone_is_the_kroniek_plugins_option_in_mkdocs_yml(tmp_path: Path):
    assert Project(tmp_path).timezone is None
    emoji = "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    plugins = "plugins:\n  - search\n  - kroniek:\n      timezone: Asia/Almaty\n"
    (tmp_path / "mkdocs.yml").write_text(f"site_name: !ENV [NAAM, x]\nmarkdown_extensions:\n{emoji}{plugins}", "utf-8")
    assert Project(tmp_path).timezone == ALMATY
    unknown = "plugins:\n  - kroniek:\n      jobs: 2\n      timezone: Mars/Olympus\n"
    (tmp_path / "mkdocs.yml").write_text(unknown, "utf-8")
    with pytest.raises(InputError) as caught:
        _ = Project(tmp_path).timezone
    assert (caught.value.path, caught.value.line) == ("mkdocs.yml", 4) and "is not a time zone" in caught.value.message


def test_a_front_matter_zone_must_be_a_zone(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\ntimezone: Asia/Almaty\n---\nDonderdagochtend om 10.30 uur.\n", "utf-8")
    assert read_article(path, tmp_path).timezone == ALMATY
    path.write_text("---\ntitle: T\ntimezone: ../../etc/passwd\n---\nDonderdagochtend.\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path, tmp_path)
    assert caught.value.line == 3 and "is not a time zone" in caught.value.message


def test_the_plugin_refuses_a_zone_that_is_no_zone(tmp_path: Path, repo: Path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    config_text = (repo / "mkdocs.yml").read_text("utf-8")
    (tmp_path / "mkdocs.yml").write_text(config_text.replace("Europe/Amsterdam", "Mars/Olympus"), "utf-8")
    (tmp_path / "site_templates" / "docs").mkdir(parents=True)
    config = load_config(str(tmp_path / "mkdocs.yml"))
    with pytest.raises(PluginError, match="is not a time zone"):
        config.plugins["kroniek"].on_config(config)
