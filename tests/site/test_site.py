"""The built site in a real Chromium: what a reader sees, finds, clicks and filters."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from babel.dates import format_date
from playwright.sync_api import Page, expect

from generator.lang.words import DEFAULT_LANGUAGE, site_words
from generator.making.labels import day_label

pytestmark = pytest.mark.browser

TIMELINE_EVENTS = """() => Array.from(document.querySelectorAll("article.md-content__inner .kr-event")).map(e => {
  let heading = e.previousElementSibling;
  while (heading && heading.tagName !== "H2") heading = heading.previousElementSibling;
  const badge = e.querySelector(".kr-badge");
  return {
    id: e.querySelector("h3").id,
    source: e.dataset.source,
    text: e.querySelector("blockquote, .kr-event__own").textContent,
    group: heading.id,
    heading: heading.firstChild.textContent.trim(),
    badge: badge ? badge.textContent : null,
    hidden: e.hidden,
    reports: Array.from(e.querySelectorAll(".kr-event__reports > li")).map(r => ({
      source: new URL(r.querySelector("a").href).pathname.split("/").filter(Boolean).pop(),
      text: r.querySelector("q").textContent,
    })),
  };
})"""


def timeline_events(page: Page) -> list[dict]:
    return page.evaluate(TIMELINE_EVENTS)


def placed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["group"] != "nog-niet-geplaatst"]


def reported(events: list[dict], gold: dict) -> dict[int, dict]:
    """The gold events shown as another source's report under an entry (one happening, several sources), by their
    index in the gold, each with the entry that lists it."""
    found = {}
    for index, expected in enumerate(gold["timeline"]):
        for entry in events:
            if any(r["source"][:3] == expected["source"] and r["text"].startswith(expected["starts"])
                   for r in entry["reports"]):
                found[index] = entry
    return found


def airport_event(page: Page) -> dict:
    return next(e for e in timeline_events(page) if "vliegveld van Almaty" in e["text"])


def in_viewport(page: Page, selector: str) -> bool:
    return page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight; }""",
        selector,
    )


def test_timeline_shows_the_gold_chronology_under_dutch_day_headings(page: Page, base_url: str, gold: dict):
    page.goto(base_url)
    events = placed(timeline_events(page))
    # A happening both seeds report is one entry listing the other report (the troops sent on Thursday)
    listed = reported(events, gold)
    assert len(listed) == 1
    assert all(entry["heading"] == day_label(gold["timeline"][i]["date"][:10]) for i, entry in listed.items())
    entries = [g for index, g in enumerate(gold["timeline"]) if index not in listed]
    seen = [(e["source"][:3], e["text"][: len(g["starts"])]) for e, g in zip(events, entries, strict=False)]
    assert seen == [(g["source"], g["starts"]) for g in entries]
    assert len(events) == len(entries)
    for shown, expected in zip(events, entries, strict=True):
        assert shown["heading"] == day_label(expected["date"][:10])
        part = expected["date"][-2:] if "T" in expected["date"] else None
        # The seeds' times are Almaty's (their content files say so), the project's Amsterdam's: the zone is named.
        assert shown["badge"] == (_part_badge(expected["date"], part) if part else None)


def _part_badge(value: str, part: str) -> str:
    """A part of day's badge, in Almaty; a night names the evening it follows and the morning it ends in."""
    words = site_words(DEFAULT_LANGUAGE)
    if part != "NI":
        label = words.parts_of_day[part]
    else:
        evening = dt.date.fromisoformat(value[:10])
        evening_name, morning_name = (format_date(d, "EEEE", locale="nl") for d in (evening, evening + dt.timedelta(1)))
        label = words.labels["night_badge"].format(evening=evening_name, morning=morning_name)
    return words.labels["zone"].format(label=label, zone="Almaty")


def search(page: Page, words: str) -> None:
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(words, delay=10)  # Material searches as keys are typed
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def search_links(page: Page) -> list[str]:
    return page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")


def test_search_for_vliegveld_lands_on_the_airport_event(page: Page, base_url: str):
    page.goto(base_url)
    target = airport_event(page)["id"]
    search(page, "vliegveld")
    # Results are redrawn as each key is typed: wait for the last word's, whose links carry it (?h=vliegveld)
    link = page.locator(f'.md-search-result__link[href$="?h=vliegveld#{target}"]')
    expect(link).to_have_count(1)
    if not link.is_visible():  # further hits on the same page sit behind "more on this page"
        page.locator(".md-search-result__more > summary").first.click()
    link.click()
    page.wait_for_url(re.compile(f"#{target}$"))
    assert page.url.startswith(f"{base_url}?h=vliegveld#"), "same page, search words highlighted"
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight / 2; }",
        arg=target,
    )


@pytest.mark.parametrize(("words", "expected"), [("betoger", "betogers"), ("Pasjinian", "Pasjinian")])
def test_dutch_search_finds_events_and_source_passages(page: Page, root_url: str, words: str, expected: str):
    page.goto(root_url)
    search(page, words)
    links = search_links(page)
    assert any(re.search(r"#\d{3}-", link) for link in links), f"no event among {links}"
    assert any("/bronnen/" in link for link in links), f"no source passage among {links}"
    expect(page.locator(".md-search-result mark", has_text=re.compile(expected, re.I)).first).to_be_attached()


def test_source_page_links_expressions_to_their_events_for_mouse_and_keyboard(page: Page, base_url: str):
    page.goto(base_url)
    event = next(e for e in timeline_events(page) if e["text"].startswith("De Kazachse politie heeft donderdagochtend"))
    page.locator(f"[id='{event['id']}'] ~ .kr-event__meta a[href*='bronnen/']").click()
    page.wait_for_url(re.compile(r"/bronnen/000-[^/]+/#zin-\d+$"))
    link = page.locator("a.kr-expr", has_text="donderdagochtend").first
    tip = "() => getComputedStyle(document.querySelector('a.kr-expr[data-tip*=ochtend]'), '::after').content"
    assert page.evaluate(tip) in ("none", "normal"), "the value in words is hidden until asked for"
    link.hover()
    assert page.evaluate(tip) == '"donderdag 6 januari 2022, ochtend (Almaty)"'
    assert link.inner_text() == "donderdagochtend", "read in the sentence as the word itself, nothing more"
    page.mouse.move(0, 0)
    page.locator("body").focus()
    for _ in range(80):  # reachable with the keyboard alone
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('a.kr-expr')"):
            break
    assert page.evaluate("() => document.activeElement.textContent") == "donderdagochtend"
    assert page.evaluate(tip) == '"donderdag 6 januari 2022, ochtend (Almaty)"', "shown on focus too"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(f"#{event['id']}$"))
    assert page.url == f"{base_url}#{event['id']}"


def test_the_editors_view_has_edit_links_to_their_lines(page: Page, editors_url: str, editors_dir: Path):
    page.goto(editors_url + "bronnen/")
    page.locator(".kr-sources a").first.click()
    slug = page.url.rstrip("/").rsplit("/", 1)[-1]
    edit = page.locator("a.md-content__button").first
    assert edit.get_attribute("href").endswith(f"/edit/main/content/{slug}.yml")
    lines = (editors_dir.parent / "content" / f"{slug}.yml").read_text("utf-8").splitlines()
    events = page.locator(".kr-event__edit")
    hrefs = [events.nth(i).get_attribute("href") for i in range(events.count())]
    assert hrefs and len(set(hrefs)) == len(hrefs), "each event opens its own line"
    for href in hrefs:  # GitHub's editor puts its cursor on the line #L<n> names
        file, _, line = href.partition("#L")
        assert file == edit.get_attribute("href") and lines[int(line) - 1].startswith("  - id: "), href


def test_filters_by_source_and_date_without_a_server(page: Page, base_url: str):
    page.goto(base_url)
    everything = timeline_events(page)
    first_source = next(e["source"] for e in everything if e["source"].startswith("000"))
    page.locator("select[name=source]").hover()  # the whole timeline's sources are loaded as the reader reaches
    expect(page.locator("select[name=source] option")).to_have_count(3)
    page.select_option("select[name=source]", value=first_source)
    expect(page.locator(".kr-filters__status")).to_contain_text("van")
    shown = [e for e in timeline_events(page) if not e["hidden"]]
    # each shown entry is the source's own, or a happening it reports too (listed among the entry's reports)
    assert shown and all(
        e["source"].startswith("000") or any(r["source"].startswith("000") for r in e["reports"]) for e in shown
    )
    assert any(not e["source"].startswith("000") for e in shown), "the happening both report is found by either"
    assert len(shown) < len(everything)
    page.click(".kr-filters button[type=reset]")
    page.fill("input[name=from]", "2022-01-01")
    page.fill("input[name=to]", "2022-01-01")
    page.locator("input[name=to]").dispatch_event("change")
    expect(page.locator(".kr-filters__status")).to_contain_text(f"1 van {len(everything)}")
    shown = [e for e in timeline_events(page) if not e["hidden"]]
    assert [e["text"][:29] for e in shown] == ["De aanleiding voor de protest"]
    expect(page.locator("h2#dag-2022-01-05")).to_be_hidden()
    contents = page.locator(".md-nav--secondary a[href$='#dag-2022-01-05']")  # nor in the table of contents
    assert contents.count() > 0 and all(not link.is_visible() for link in contents.all())
    page.click(".kr-filters button[type=reset]")
    expect(page.locator("h2#dag-2022-01-05")).to_be_visible()
    assert not any(e["hidden"] for e in timeline_events(page))
    page.locator(".md-tabs__link", has_text="Over Kroniek").click()  # instant navigation away and back
    page.wait_for_url(re.compile(r"/over/$"))
    page.locator(".md-tabs__link", has_text="Tijdlijn").click()
    expect(page.locator(".kr-filters__form")).to_have_count(1)


def test_without_javascript_the_whole_timeline_shows(browser, base_url: str, gold: dict):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url)
    events = placed(timeline_events(page))
    assert len(events) + len(reported(events, gold)) == len(gold["timeline"])
    assert page.locator("[data-kr-filters] select").count() == 0
    context.close()


def test_links_styles_and_exports_work_under_the_sub_path(page: Page, servers: dict[str, str]):
    base = servers["sub"]
    page.goto(base)
    assert page.evaluate("() => getComputedStyle(document.querySelector('.kr-event')).display") == "grid"
    page.locator(".kr-event__meta a[href*='bronnen/']").first.click()
    page.wait_for_url(re.compile(re.escape(base) + r"bronnen/[^/]+/#zin-\d+$"))
    assert page.evaluate("() => getComputedStyle(document.querySelector('.kr-sentence:target')).backgroundColor") != (
        "rgba(0, 0, 0, 0)"
    )
    for name in ("events.json", "timelinejs.json", "events.ics", "feed.xml", "filters.json",
                 "search/search_index.json", "search/kroniek_index.json"):  # fmt: skip
        assert page.request.get(base + name).ok, name
    page.get_by_role("link", name="Over Kroniek").first.click()
    page.wait_for_url(base + "over/")


def test_headings_in_order_and_links_with_text(page: Page, root_url: str, editors_url: str, corpus_url: str):
    page.goto(root_url + "bronnen/")
    source = page.evaluate("() => document.querySelector('.kr-sources a').href")
    urls = (root_url, root_url + "bronnen/", source, editors_url + "redactie/", corpus_url)
    for url in (*urls, corpus_url + "tijdlijn/2021/"):
        page.goto(url)
        levels = page.eval_on_selector_all(
            "article.md-content__inner :is(h1,h2,h3,h4)", "hs => hs.map(h => Number(h.tagName[1]))"
        )
        assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), (url, levels)
        nameless = page.eval_on_selector_all(
            "a[href]",
            "as => as.filter(a => !(a.textContent.trim() || a.getAttribute('aria-label') || a.title))"
            ".map(a => a.outerHTML)",
        )
        assert not nameless, nameless


def test_no_console_errors_and_nothing_fetched_from_elsewhere(visit, base_url: str, editors_url: str):
    page = visit.page
    for url in (base_url, base_url + "bronnen/", editors_url + "redactie/", base_url + "over/", base_url):
        page.goto(url)
        page.wait_for_load_state("networkidle")
    page.locator(".md-nav__link, .md-tabs__link", has_text="Bronnen").first.click()
    page.locator(".kr-sources a").first.click()
    search(page, "Almaty")
    assert visit.errors == []
    # Every request went to the site's own server: no repository API, no web fonts, nothing the newsroom did not
    # configure (mkdocs.yml sets a GitHub repo_url, and Material would ask api.github.com about it).
    assert visit.external == []
    assert len(visit.requests) > 10
    hosts = {urlsplit(url).netloc for url in visit.requests}  # the public site's server, and the editors' view's
    assert urlsplit(base_url).netloc in hosts <= {urlsplit(base_url).netloc, urlsplit(editors_url).netloc}, hosts


class _Loads(HTMLParser):
    """The URLs a page makes the browser fetch by itself: scripts, styles, icons, images, frames, preconnects."""

    FETCHING_LINKS = frozenset({"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect", "manifest"})

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and self.FETCHING_LINKS & set((found.get("rel") or "").split()):
            self.urls.append(found.get("href") or "")
        elif tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and found.get("src"):
            self.urls.append(found["src"] or "")


def test_no_page_of_the_site_loads_anything_from_another_host(site_dir):
    """Every page, not only those a browser test visits: what they load is the site's own, by relative URL."""
    pages = sorted(site_dir.rglob("*.html"))
    loads = set()
    for page in pages:
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        loads.update(parser.urls)
    assert pages and loads
    assert [url for url in loads if urlsplit(url).scheme or url.startswith("//")] == []
    styles = " ".join(path.read_text(encoding="utf-8") for path in site_dir.rglob("*.css"))
    assert "fonts.googleapis" not in styles and "@import url(http" not in styles
