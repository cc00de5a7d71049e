"""What a reader of a chronology does, in a real Chromium: search by words, numbers and dates; filter the whole
timeline and share it; find any day; trust the labels; never see the editors' trade."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.site.conftest import OWN_TEXT

pytestmark = pytest.mark.browser


# --- Search -----------------------------------------------------------------------------------------------------


def type_search(page: Page, words: str) -> list[dict]:
    """Type into the search box as a reader does, key by key; the results once they are there."""
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(words, delay=30)
    expect(page.locator(".md-search-result__meta")).not_to_contain_text("Typ om", timeout=10_000)
    page.wait_for_function(
        "words => document.querySelector('input.md-search__input').value === words"
        " && document.querySelectorAll('.md-search-result__item').length > 0",
        arg=words,
    )
    for more in page.locator(".md-search-result__more > summary").all():  # every hit on a page, not just the first
        more.click()
    return page.eval_on_selector_all(
        ".md-search-result__link",
        """links => links.map(a => ({href: a.href, title: a.querySelector('h1, h2')?.textContent ?? '',
                                    text: a.querySelector('article')?.textContent ?? ''}))""",
    )


def events_with(page: Page, url: str, predicate: str) -> set[str]:
    """The ids of the timeline's events for which the JavaScript `predicate(event, label)` holds."""
    page.goto(url)
    return set(
        page.eval_on_selector_all(
            "article.kr-event",
            f"(events) => events.filter(e => ({predicate})(e.querySelector('blockquote, .kr-event__own').textContent,"
            " e.querySelector('h3').textContent)).map(e => e.querySelector('h3').id)",
        )
    )


def found_events(results: list[dict]) -> set[str]:
    return {urlsplit(r["href"]).fragment for r in results if urlsplit(r["href"]).fragment}


@pytest.mark.parametrize("word", ["demonstranten", "ziekenhuizen", "gewapende"])
def test_a_whole_word_finds_the_events_that_hold_it(page: Page, root_url: str, word: str):
    """The stem is shorter than the word: typed whole, the word must still find every event holding it."""
    holding = events_with(page, root_url, f"(text) => /\\b{word}\\b/i.test(text)")
    assert holding, f"the seeds' timeline has events with {word}"
    results = type_search(page, word)
    assert holding <= found_events(results), results
    assert not [r for r in results if "Ontbrekend" in r["text"]], "no result says the typed word is missing"


def test_a_year_finds_its_events(page: Page, root_url: str):
    in_2022 = events_with(page, root_url, "(text, label) => label.includes('2022')")
    results = type_search(page, "2022")
    assert in_2022 and in_2022 <= found_events(results)


def test_a_date_finds_the_events_of_that_day_first(page: Page, root_url: str):
    on_the_5th = events_with(page, root_url, "(text, label) => / 5 januari 2022/.test(label)")
    results = type_search(page, "5 januari")
    assert on_the_5th and on_the_5th <= found_events(results)
    ranked = [urlsplit(r["href"]).fragment for r in results]
    first_event = next(fragment for fragment in ranked if fragment in on_the_5th or re.match(r"\d{3}-", fragment))
    assert first_event in on_the_5th or first_event == "dag-2022-01-05", ranked


def test_a_clock_time_finds_its_event(page: Page, corpus_url: str):
    page.goto(corpus_url)
    results = type_search(page, "10.30")
    hits = [r for r in results if "10.30 uur" in r["text"]]
    assert hits and any("noodloket" in r["text"] for r in hits), results
    assert all("/tijdlijn/2022-01/" in r["href"] for r in hits if urlsplit(r["href"]).fragment.startswith("loket-"))


def test_a_mention_is_marked_and_found_by_the_day_it_names(page: Page, corpus_url: str):
    """`zondag` only mentioned beside the day that dates the event: marked in the sentence, and the day it denotes
    (said in the card, nowhere in the sentence) finds the event."""
    page.goto(corpus_url + "tijdlijn/2022-03/")
    card = page.locator(".kr-event", has=page.locator("blockquote", has_text="Na de storm van zondag"))
    expect(card.locator("mark.kr-mention")).to_have_text("zondag")
    listed = card.locator(".kr-event__mentions").inner_text()
    day = re.search(r"zondag \(zondag (\d+ \w+) \d{4}\)", listed)
    assert day, listed
    assert day[1] not in card.locator("blockquote").inner_text()
    ident = card.locator("h3").get_attribute("id")
    entries = page.request.get(corpus_url + "search/kroniek_index.json").json()["docs"]
    (entry,) = [e for e in entries if e["location"].endswith(f"#{ident}")]
    assert day[1] in entry["text"], "the day it names is in the event's search entry"
    assert ident in found_events(type_search(page, day[1]))


def test_the_index_is_fetched_only_when_search_is_opened(page: Page, root_url: str):
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(root_url)
    page.wait_for_load_state("networkidle")
    page.goto(root_url + "bronnen/")
    page.wait_for_load_state("networkidle")
    assert "/search/kroniek_index.json" not in fetched, "no page view loads the entries"
    settings = page.request.get(root_url + "search/search_index.json").json()
    assert settings["docs"] == [] and settings["config"]["lang"] == ["nl"], "every page's fetch is the settings only"
    type_search(page, "Almaty")
    assert "/search/kroniek_index.json" in fetched


def test_the_index_holds_no_pager_badge_or_glued_text_and_each_sentence_once(page: Page, corpus_url: str):
    entries = page.request.get(corpus_url + "search/kroniek_index.json").json()["docs"]
    entries = [e for e in entries if not e["location"].startswith("over/")]  # the about page may name a night
    text = " ".join(f"{e['title']} {e['text']}" for e in entries)
    assert "→" not in text and "←" not in text and "Overzicht" not in text, "no pager"
    assert "uitgever onbekend" not in text and "Gebeurtenissen filteren" not in text
    assert not re.search(r"nacht van \w+dag op \w+dag", text), "no badge"
    sentence = re.compile(r"<p>([^<]{40,}?)</p>")
    seen: dict[str, str] = {}
    for entry in entries:
        for found in sentence.findall(entry["text"]):
            # one place each: an article may repeat itself, the site may not repeat it elsewhere
            assert seen.get(found, entry["location"]) == entry["location"], (found, seen[found], entry["location"])
            seen[found] = entry["location"]


# --- Filters ----------------------------------------------------------------------------------------------------


SPANS = "events => events.map(e => [e.dataset.start, e.dataset.end])"


def visible_sources(page: Page) -> set[str]:
    return set(page.eval_on_selector_all(".kr-event[data-source]:not([hidden])", "es => es.map(e => e.dataset.source)"))


def test_a_filter_holds_across_the_whole_timeline_and_stays_in_the_address(page: Page, corpus_url: str):
    page.goto(corpus_url + "tijdlijn/2022-01/")
    page.locator("select[name=publisher]").hover()
    expect(page.locator("select[name=publisher] option", has_text="Stadsblad")).to_have_count(1)
    page.select_option("select[name=publisher]", label="Stadsblad")
    expect(page).to_have_url(re.compile(r"\?uitgever=Stadsblad$"))
    expect(page.locator(".kr-filters__status")).to_contain_text(re.compile("in de hele tijdlijn", re.I))
    assert visible_sources(page) == {"loket"}
    months = page.locator(".kr-filters__pages a")
    expect(months).not_to_have_count(0)
    titles = months.all_inner_texts()
    assert "Februari 2022" in titles and "Maart 2021" in titles, titles
    months.filter(has_text="Februari 2022").click()  # another month, the filter kept
    page.wait_for_url(re.compile(r"/tijdlijn/2022-02/\?uitgever=Stadsblad$"))
    expect(page.locator("select[name=publisher]")).to_have_value("Stadsblad")
    expect(page.locator(".kr-filters__status")).to_contain_text("op deze pagina")
    assert visible_sources(page) == {"loket", "zonder-titel"}
    page.locator(".kr-pager__prev").first.click()  # the pager keeps it too
    page.wait_for_url(re.compile(r"\?uitgever=Stadsblad$"))
    shared = page.url
    other = page.context.new_page()  # a shared address opens filtered
    other.goto(shared)
    expect(other.locator(".kr-filters__status")).to_contain_text(re.compile("in de hele tijdlijn", re.I))
    assert visible_sources(other) <= {"loket", "zonder-titel"}
    other.close()


def test_a_date_range_over_months_and_a_clear_empty_state(page: Page, corpus_url: str):
    page.goto(corpus_url + "?van=2022-01-05&tot=2022-02-28")
    expect(page.locator(".kr-filters__status")).to_contain_text(re.compile("in de hele tijdlijn", re.I))
    cells = page.eval_on_selector_all(
        ".kr-grid td a[data-page]", "links => links.map(a => [a.getAttribute('data-page'), a.textContent])"
    )
    counts = {url: int(count) for url, count in cells}
    assert counts["tijdlijn/2022-01/"] > 0 and counts["tijdlijn/2022-02/"] > 0
    assert all(count == 0 for url, count in counts.items() if not url.startswith("tijdlijn/2022-0")), counts
    page.locator(".kr-grid a[data-page='tijdlijn/2022-01/']").click()
    page.wait_for_url(re.compile(r"/tijdlijn/2022-01/\?van=2022-01-05&tot=2022-02-28$"))
    expect(page.locator("input[name=from]")).to_have_value("2022-01-05")
    spans = page.eval_on_selector_all(".kr-event:not([hidden])", SPANS)
    assert spans and all(start[:10] <= "2022-02-28" and end > "2022-01-05" for start, end in spans), spans
    hidden_days = page.eval_on_selector_all("h2.kr-group[hidden]", "hs => hs.map(h => h.id)")
    assert "dag-2022-01-01" in hidden_days
    toc = page.locator(".md-nav--secondary a[href$='#dag-2022-01-01']")
    assert toc.count() > 0 and all(not link.is_visible() for link in toc.all())
    page.fill("input[name=from]", "1900-01-01")
    page.fill("input[name=to]", "1900-01-02")
    page.locator("input[name=to]").dispatch_event("change")
    expect(page.locator(".kr-filters__empty")).to_contain_text("Geen enkele gebeurtenis")
    assert page.locator(".kr-event:not([hidden])").count() == 0
    assert parse_qs(urlsplit(page.url).query) == {"van": ["1900-01-01"], "tot": ["1900-01-02"]}
    page.click(".kr-filters button[type=reset]")
    expect(page).to_have_url(re.compile(r"/tijdlijn/2022-01/$"))
    expect(page.locator(".kr-filters__empty")).to_have_count(0)


# --- The whole chronology at a glance, and any day on a phone ---------------------------------------------------


def test_the_overview_grid_counts_each_month_and_links_to_it(page: Page, corpus_url: str, corpus_dir: Path):
    page.goto(corpus_url)
    cells = page.eval_on_selector_all(
        ".kr-grid td a[data-page]", "links => links.map(a => [a.getAttribute('data-page'), Number(a.textContent)])"
    )
    assert len(cells) > 20
    for href, count in cells:
        parts = [corpus_dir / href / "index.html", *corpus_dir.glob(href.rstrip("/") + "-deel-*/index.html")]
        made = sum(part.read_text(encoding="utf-8").count('<article class="kr-event') for part in parts)
        assert made == count, href
    heads = page.eval_on_selector_all(".kr-grid thead th", "ths => ths.map(th => th.textContent)")
    assert heads[2:14] == ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    page.locator(".kr-grid a[data-page='tijdlijn/2021-03/']").click()
    page.wait_for_url(corpus_url + "tijdlijn/2021-03/")


def test_a_phone_gets_the_filter_form_when_it_opens_it(browser: Browser, corpus_url: str):
    """On a phone the filters start closed, and their form is made when the reader opens them: it then filters."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(corpus_url + "tijdlijn/2022-01/")
    cards = page.locator(".kr-event[data-source]").count()
    expect(page.locator(".kr-filters__status")).to_have_text(f"{cards} gebeurtenissen op deze pagina")
    expect(page.locator(".kr-filters__form")).to_have_count(0)
    page.locator(".kr-filters summary").tap()
    expect(page.locator(".kr-filters__form")).to_be_visible()
    page.locator("select[name=publisher]").tap()  # the whole timeline's publishers are loaded as the reader reaches
    expect(page.locator("select[name=publisher] option", has_text="Stadsblad")).to_have_count(1)
    page.select_option("select[name=publisher]", label="Stadsblad")
    expect(page).to_have_url(re.compile(r"\?uitgever=Stadsblad$"))
    assert visible_sources(page) == {"loket"}
    page.reload()  # filters in the address: the box is open and the form made at once
    expect(page.locator("select[name=publisher]")).to_have_value("Stadsblad")
    context.close()


def test_a_phone_jumps_to_a_day(browser: Browser, corpus_url: str):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(corpus_url + "tijdlijn/2022-01/")
    jump = page.locator("details.kr-jump")
    expect(jump).to_be_visible()
    jump.locator("summary").tap()
    day = jump.locator("a[href$='#dag-2022-01-05']")
    expect(day).to_have_text("wo 5")
    day.tap()
    page.wait_for_url(re.compile(r"#dag-2022-01-05$"))
    page.wait_for_function(
        "() => { const r = document.getElementById('dag-2022-01-05').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight / 2; }"
    )
    context.close()


# --- Honest labels and pages ------------------------------------------------------------------------------------


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.extend(value for name, value in attrs if name == "id" and value)


@pytest.mark.parametrize("site", ["site_dir", "editors_dir", "corpus_dir"])
def test_no_page_has_an_id_twice(site: str, request: pytest.FixtureRequest):
    folder: Path = request.getfixturevalue(site)
    pages = sorted(folder.rglob("*.html"))
    assert len(pages) > 5
    for path in pages:
        parser = _Ids()
        parser.feed(path.read_text(encoding="utf-8"))
        doubles = {i for i in parser.ids if parser.ids.count(i) > 1}
        assert not doubles, (path, doubles)


def test_in_the_browser_too_every_id_is_unique(page: Page, corpus_url: str):
    for path in ("", "tijdlijn/2022-01/", "tijdlijn/2021/", "tijdlijn/1970-1979/", "bronnen/loket/"):
        page.goto(corpus_url + path)
        doubles = page.evaluate(
            "() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
            " return ids.filter((id, i) => ids.indexOf(id) !== i); }"
        )
        assert doubles == [], (path, doubles)


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip


def _period(name: str, title: str) -> tuple[str, str]:
    """The first day and the day after the period a timeline page is named for, its title checked against it."""
    if m := re.fullmatch(r"(\d{4})-(\d{4})", name):
        assert re.fullmatch(rf"Jaren \w+ \({m[1]}–{m[2]}\)", title), title
        return f"{m[1]}-01-01", f"{int(m[2]) + 1}-01-01"
    if re.fullmatch(r"\d{4}", name):
        assert title == name
        return f"{name}-01-01", f"{int(name) + 1}-01-01"
    year, month = int(name[:4]), int(name[5:7])
    assert title.split(",")[0] == f"{MONTHS[month - 1].capitalize()} {year}", title
    return f"{name[:7]}-01", f"{year + month // 12}-{month % 12 + 1:02d}-01"


def test_no_page_is_titled_with_a_period_it_does_not_cover(page: Page, corpus_url: str, corpus_dir: Path):
    """Every page of the timeline, as built; a few in the browser too."""
    pages = sorted(p.parent.name for p in (corpus_dir / "tijdlijn").glob("*/index.html") if p.parent.name[:4].isdigit())
    kinds = {"decade": 0, "year": 0, "month": 0}
    for name in pages:
        html = (corpus_dir / "tijdlijn" / name / "index.html").read_text(encoding="utf-8")
        title = re.search(r"<h1[^>]*>([^<]*)", html)[1].strip()
        spans = re.findall(r'<article class="kr-event[^>]* data-start="([^"]*)" data-end="([^"]*)"', html)
        assert spans, name
        first, after = _period(name, title)
        kinds[{9: "decade", 4: "year"}.get(len(name), "month")] += 1
        for start, end in spans:  # every event on the page lies (at least partly) in the period its title names
            assert start < after and end > first, (name, title, start, end)
    assert all(kinds.values()), kinds
    for name in ("1970-1979", "2021", "2022-01"):
        page.goto(f"{corpus_url}tijdlijn/{name}/")
        title = page.locator("article h1").evaluate("h => h.firstChild.textContent.trim()")
        first, after = _period(name, title)
        assert all(s < after and e > first for s, e in page.eval_on_selector_all(".kr-event[data-start]", SPANS))


TIMEX_CODE = re.compile(r"\bX{2,}|\d{4}-\d\d-\d\dT|\d{4}-W\d|\bT(?:MO|MI|AF|EV|NI)\b|-(?:SP|SU|FA|WI)\b")


def test_no_timex_code_reaches_a_reader(page: Page, corpus_url: str, root_url: str):
    paths = ("", "tijdlijn/2022-01/", "tijdlijn/nog-niet-geplaatst/", "tijdlijn/2021/", "bronnen/loket/")
    for url in (*(corpus_url + path for path in paths), root_url, root_url + "bronnen/"):
        page.goto(url)
        shown = page.locator("article.md-content__inner").inner_text()
        assert not TIMEX_CODE.search(shown), (url, TIMEX_CODE.search(shown))
        for link in page.locator("a.kr-expr").all()[:20]:
            link.hover()
            tip = link.evaluate("a => getComputedStyle(a, '::after').content")
            assert tip.startswith('"') and not TIMEX_CODE.search(tip), tip


def test_nights_are_said_in_words_and_periods_read_in_order(page: Page, root_url: str, corpus_url: str):
    page.goto(root_url)
    badges = page.eval_on_selector_all(".kr-badge", "bs => bs.map(b => b.textContent)")
    assert "nacht van woensdag op donderdag (Almaty)" in badges, "the seeds' times are Almaty's, named"
    assert not any(badge.startswith("nacht (") for badge in badges), "no night without whose night it is"
    page.goto(corpus_url + "tijdlijn/2022-01/")
    headings = page.eval_on_selector_all("h2.kr-group", "hs => hs.map(h => h.firstChild.textContent.trim())")
    periods = [h for h in headings if re.match(r"(Begin |Medio |Eind )?januari 2022$", h, re.I)]
    order = {"januari": 0, "begin": 1, "medio": 2, "eind": 3}
    ranks = [order[p.split()[0].lower()] for p in periods]
    assert ranks == sorted(ranks) and len(ranks) == len(set(ranks)), periods


# --- Readers and editors apart; where every fact came from ------------------------------------------------------


def test_readers_see_no_editors_trade_and_editors_see_it_all(page: Page, root_url: str, editors_url: str):
    for path in ("", "bronnen/", "bronnen/003-99419ed3d2e69392/", "over/"):
        page.goto(root_url + path)
        shown = page.locator("body").inner_text()
        assert page.locator(".kr-event__edit, .md-content__button, .kr-event__review").count() == 0, path
        assert "content/" not in shown and "seeds/" not in shown and ".yml" not in shown, path
        assert page.get_by_role("link", name="Redactie").count() == 0, path
    assert page.request.get(root_url + "redactie/").status == 404
    page.goto(editors_url + "bronnen/003-99419ed3d2e69392/")
    assert page.locator(".kr-event__edit").count() > 0 and page.locator(".md-content__button").count() == 1
    assert "seeds/003_99419ed3d2e69392.txt" in page.locator(".kr-source-meta").inner_text()
    page.get_by_role("link", name="Redactie").first.click()
    page.wait_for_url(editors_url + "redactie/")
    expect(page.locator("article h1")).to_contain_text("Redactie")


def test_an_editors_event_is_the_newsrooms_text_not_a_quotation(page: Page, corpus_url: str):
    page.goto(corpus_url + "tijdlijn/2022-01/")
    card = page.locator(".kr-event", has=page.locator("h3#loket-redactie"))
    expect(card.locator(".kr-event__own")).to_contain_text("Tekst van de redactie:")
    expect(card.locator(".kr-event__own")).to_contain_text(OWN_TEXT)
    assert card.locator("blockquote").count() == 0
    quoted = page.locator(".kr-event", has=page.locator("blockquote", has_text="noodloket"))
    expect(quoted).to_have_count(1)
    assert quoted.locator(".kr-event__own").count() == 0


def test_every_card_links_to_its_source_page_and_the_original_article(page: Page, corpus_url: str):
    page.goto(corpus_url + "tijdlijn/2022-01/")
    cards = page.locator("article.kr-event")
    assert cards.count() > 5
    source, original = ".kr-event__meta a[href*='bronnen/']", ".kr-event__meta a[href^='http']"
    for card in cards.all():
        assert card.locator(source).count() == 1
    card = page.locator(".kr-event", has=page.locator("blockquote", has_text="noodloket"))
    expect(card.locator(source)).to_have_text("Stadsblad · Gemeente opent noodloket na onrust")
    expect(card.locator(".kr-event__meta")).to_contain_text("6 januari 2022")
    expect(card.locator(original)).to_have_attribute("href", "https://example.org/stadsblad/loket")
    card.locator(source).click()
    page.wait_for_url(re.compile(r"/bronnen/loket/#zin-\d+$"))
    expect(page.locator(".kr-sentence:target")).to_contain_text("noodloket")


def test_source_pages_show_an_excerpt_by_default(page: Page, root_url: str, site_dir: Path):
    page.goto(root_url + "bronnen/000-3a4275490f53a859/")
    expect(page.locator(".kr-note")).to_contain_text("zinnen met een datum")
    article = page.locator(".kr-article").inner_text()
    assert "donderdagochtend" in article
    assert "Nog eens 400 demonstranten" not in article, "a sentence without a date or an event's context"


def test_a_source_without_a_title_is_named_and_flagged(page: Page, corpus_url: str):
    page.goto(corpus_url + "bronnen/")
    expect(page.locator(".kr-sources a", has_text="Artikel zonder titel (Stadsblad, 3 februari 2022)")).to_have_count(1)


# --- The rest a reader expects ----------------------------------------------------------------------------------


def test_the_sources_sort_by_date_publisher_and_title(page: Page, corpus_url: str):
    page.goto(corpus_url + "bronnen/")

    def column(index: int) -> list[str]:
        cell = f"r.cells[{index}]"
        return page.eval_on_selector_all(
            ".kr-sources tbody tr", f"rows => rows.map(r => {cell}.getAttribute('data-value') ?? {cell}.textContent)"
        )

    dates = column(2)
    assert dates == sorted(dates, reverse=True), "newest first, without a script too"
    page.get_by_role("button", name="Uitgever").click()
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Uitgever")
    publishers = [p for p in column(1) if p]
    assert publishers == sorted(publishers, key=str.casefold) and column(1)[-1] == ""
    page.get_by_role("button", name="Gepubliceerd").click()
    page.get_by_role("button", name="Gepubliceerd").click()
    expect(page.locator("th[aria-sort=descending]")).to_contain_text("Gepubliceerd")
    assert column(2) == dates


def test_feed_link_previews_and_a_dutch_404(page: Page, corpus_url: str):
    for path in ("", "tijdlijn/2022-01/", "bronnen/loket/", "bronnen/", "over/"):
        page.goto(corpus_url + path)
        meta = page.eval_on_selector_all(
            "meta[property^='og:'], meta[name^='twitter:']",
            "ms => Object.fromEntries(ms.map(m => [m.getAttribute('property') || m.name, m.content]))",
        )
        for key in ("og:title", "og:description", "og:image", "og:url", "twitter:card", "twitter:image"):
            assert meta.get(key), (path, key, meta)
        assert meta["og:locale"] == "nl_NL" and meta["og:image"].startswith("https://")
        assert page.request.get(corpus_url + urlsplit(meta["og:image"]).path.split("/", 2)[2]).ok
        feed = page.locator("link[rel~=alternate][type='application/atom+xml']").get_attribute("href")
        assert feed
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.fromstring(page.request.get(corpus_url + "feed.xml").body())
    assert len(root.findall(f"{atom}entry")) == 50
    page.goto(corpus_url + "404.html")
    expect(page.locator("article h1")).to_have_text("Pagina niet gevonden")
    assert page.title().startswith("Pagina niet gevonden")


def test_a_page_fetches_no_sitemap(page: Page, corpus_url: str):
    """The feed's link is no language version of the site: the theme fetches and parses the whole sitemap for those."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(corpus_url + "tijdlijn/2022-01/")
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/search/search_index.json") for url in fetched), fetched  # the theme's script ran
    assert not [url for url in fetched if "sitemap" in url]


def test_print_shows_the_timeline_and_writes_out_addresses(page: Page, corpus_url: str):
    page.goto(corpus_url + "tijdlijn/2022-01/")
    page.emulate_media(media="print")
    for selector in (".kr-filters", ".kr-jump", ".kr-pager"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    original = page.locator(".kr-event__meta a[href^='http']").first
    assert original.evaluate("a => getComputedStyle(a, '::after').content") == '" (" attr(href) ")"' or (
        "https://" in original.evaluate("a => getComputedStyle(a, '::after').content")
    )
    assert page.locator("article.kr-event").first.is_visible()


def test_the_filter_form_appears_without_moving_the_page(page: Page, corpus_url: str):
    page.add_init_script(
        "window.__shift = 0; new PerformanceObserver(l => l.getEntries().forEach(e => {"
        " if (!e.hadRecentInput) window.__shift += e.value; })).observe({type: 'layout-shift', buffered: true});"
    )
    for path in ("", "tijdlijn/2022-01/"):
        page.goto(corpus_url + path)
        page.wait_for_load_state("networkidle")
        expect(page.locator(".kr-filters__form")).to_be_visible()
        assert page.evaluate("window.__shift") < 0.01, (path, page.evaluate("window.__shift"))
