"""One happening told by two sources, as a reader meets it in a real Chromium: on the seeds' site, the Russian-led
troops sent on Thursday are told by NU.nl and the NOS; the timeline shows them once, citing both."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.site.test_reader import found_events, type_search

pytestmark = pytest.mark.browser

NU, NOS = "eerste Russische veiligheidstroepen", "Rusland parachutisten"


def test_the_troops_are_one_entry_that_cites_both_sources(page: Page, root_url: str):
    page.goto(root_url)
    entry = page.locator("article.kr-event", has=page.locator(".kr-event__reports"))
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text(NU)
    expect(entry).to_contain_text(NOS)
    expect(entry.locator(".kr-event__sources")).to_contain_text("2 bronnen")
    # neither report is a card of its own beside it
    for words in (NU, NOS):
        expect(telling(page, words)).to_have_count(1)
    # the attacks of Wednesday and the shots of Thursday morning stay two entries
    for words in ("aanvallen op overheidsgebouwen", "schoten gelost op betogers"):
        expect(telling(page, words)).to_have_count(1)
        expect(telling(page, words).locator(".kr-event__reports")).to_have_count(0)


def telling(page: Page, words: str):
    """The cards whose sentence, or one of whose reports, holds `words` (not their context)."""
    said = page.locator("blockquote, .kr-event__reports q", has_text=words)
    return page.locator("article.kr-event", has=said)


def test_each_source_page_links_to_the_one_entry(page: Page, root_url: str):
    page.goto(root_url)
    entry = page.locator("article.kr-event", has=page.locator(".kr-event__reports"))
    lead = entry.locator("h3").get_attribute("id")
    sources = [entry.locator(".kr-event__meta a[href*='bronnen/']").get_attribute("href"),
               entry.locator(".kr-event__reports a").first.get_attribute("href")]
    for href in sources:
        page.goto(root_url + href)
        telling(page, NU).or_(telling(page, NOS)).locator(".kr-event__meta > a:first-child").click()
        expect(page).to_have_url(re.compile(f"#{re.escape(lead)}$"))
        expect(page.locator(f"[id='{lead}']")).to_be_in_viewport()


@pytest.mark.parametrize("words", ["veiligheidstroepen", "parachutisten"])
def test_search_finds_the_entry_by_either_reports_words(page: Page, root_url: str, words: str):
    page.goto(root_url)
    lead = page.locator("article.kr-event", has=page.locator(".kr-event__reports")).locator("h3").get_attribute("id")
    results = type_search(page, words)
    assert lead in found_events(results), [urlsplit(r["href"]).fragment for r in results]


def test_a_filter_on_either_source_keeps_the_entry(page: Page, root_url: str):
    page.goto(root_url)
    entry = page.locator("article.kr-event", has=page.locator(".kr-event__reports"))
    sources = (entry.get_attribute("data-sources") or "").split()
    assert len(sources) == 2, sources
    lead = entry.locator("h3").get_attribute("id")
    for source in sources:
        page.goto(root_url)
        page.locator("select[name=source]").hover()  # the filters' data load
        expect(page.locator(f"select[name=source] option[value='{source}']")).to_have_count(1)
        page.select_option("select[name=source]", value=source)
        expect(page.locator(f"article.kr-event:has([id='{lead}'])")).to_be_visible()
        expect(page.locator("article.kr-event:not([hidden])").first).to_be_visible()
