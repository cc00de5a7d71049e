"""A happening several sources report, as the site and its exports show it: one entry, every report listed."""

from __future__ import annotations

import json

from generator.making import exports, render
from generator.model import Document, Event, SourceMeta
from generator.temporal.values import interval


def event(source: str, when: str, text: str, expression: str) -> Event:
    start = text.index(expression)
    return Event(id=f"{source}-{when}", source=source, when=when, text=text, expression=expression,
                 span=(start, start + len(expression)), sentence_span=(0, len(text)), interval=interval(when))


def document(slug: str, publisher: str, *events: Event) -> Document:
    meta = SourceMeta(slug=slug, file=f"seeds/{slug}.txt", title=f"Artikel {slug}", published="2025-03-15",
                      publisher=publisher)
    return Document(path=f"content/{slug}.yml", source=meta, events=events)


DAY = event("a", "2025-03-14", "De loods in Zwolle brandde vrijdag af.", "vrijdag")
EVENING = event("b", "2025-03-14TEV", "Vrijdagavond sloegen de vlammen uit het dak van de loods.", "Vrijdagavond")
OTHER = event("a", "2025-03-13", "Donderdag vergaderde de raad.", "Donderdag")
DOCUMENTS = [document("a", "NOS", DAY, OTHER), document("b", "RTV Oost", EVENING)]
GROUP = [(DAY.id, EVENING.id)]


def test_a_happening_is_one_entry_led_by_its_most_precise_value_listing_every_report() -> None:
    site = render.Site.of(DOCUMENTS, happenings=GROUP)
    assert [e.id for e in site.entries] == [OTHER.id, EVENING.id]  # the evening is more precise than the day
    assert len(site.events) == 3 and site.pages[DAY.id] == site.pages[EVENING.id]
    card = site.card(EVENING, render.HOME)
    assert [r.event.id for r in card.reports] == [DAY.id] and card.sources == "2 bronnen" and not card.disagree
    assert card.reports[0].publisher == "NOS" and "vrijdag 14 maart 2025" in card.reports[0].label
    page = render.timeline_page(site, render.timeline_plan(site)[0])
    assert page.count('<article class="kr-event') == 2
    assert "Gemeld door 2 bronnen" in page and "De loods in Zwolle brandde" in page and "RTV Oost" in page
    # the day's own source page links to the one entry, not to an entry of its own
    assert site.card(DAY, "bronnen/a.md").timeline_href.endswith(f"#{EVENING.id}")


def test_reports_that_disagree_on_the_time_are_said_to_and_flagged_for_editors() -> None:
    morning = event("c", "2025-03-14TMO", "Vrijdagochtend brandde de loods.", "Vrijdagochtend")
    documents = [*DOCUMENTS, document("c", "AD", morning)]
    groups = [(DAY.id, EVENING.id, morning.id)]
    public = render.Site.of(documents, happenings=groups)
    card = public.card(public.event_of(public.happenings[DAY.id][0]), render.HOME)
    assert card.disagree and card.sources == "3 bronnen" and not card.doubts
    editors = render.Site.of(documents, happenings=groups, editors=True)
    lead = editors.event_of(editors.happenings[DAY.id][0])
    assert any("niet hetzelfde tijdstip" in doubt for doubt in editors.card(lead, render.HOME).doubts)
    page = render.timeline_page(public, render.timeline_plan(public)[0])
    assert "De bronnen noemen niet hetzelfde tijdstip." in page


def test_an_unknown_or_lonely_id_in_a_group_makes_no_entry_of_it() -> None:
    site = render.Site.of(DOCUMENTS, happenings=[(DAY.id, "bestaat-niet")])
    assert site.happenings == {} and len(site.entries) == 3


def test_events_json_says_each_reports_happening_and_timelinejs_has_one_slide_for_it() -> None:
    site = render.Site.of(DOCUMENTS, happenings=GROUP)
    happening = exports.Happening("h-1", True, ((DAY, DOCUMENTS[0].source),))
    lead = exports.event_pieces(EVENING, DOCUMENTS[1].source, "20250315T000000Z", happening=happening)
    other = exports.event_pieces(DAY, DOCUMENTS[0].source, "20250315T000000Z",
                                 happening=exports.Happening("h-1", False))
    assert json.loads(lead.json)["happening"] == json.loads(other.json)["happening"] == "h-1"
    assert other.slide is None and "De loods in Zwolle brandde" in json.loads(lead.slide)["text"]["text"]
    assert site.entries  # the same split the pages use


def test_two_reports_of_one_source_in_a_happening_count_that_source_once() -> None:
    again = event("a", "2025-03-14T21:00", "Om 21.00 uur stond de loods in Zwolle in lichterlaaie.", "Om 21.00 uur")
    documents = [document("a", "NOS", DAY, again, OTHER), document("b", "RTV Oost", EVENING)]
    site = render.Site.of(documents, happenings=[(DAY.id, EVENING.id, again.id)])  # an editor's merge
    card = site.card(again, render.HOME)  # the clock time is the most precise: the lead
    assert sorted(r.event.id for r in card.reports) == sorted([DAY.id, EVENING.id])  # every report is listed
    assert card.sources == "2 bronnen"
