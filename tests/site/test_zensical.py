"""The same project built by Zensical (`kroniek build --builder zensical`): the same site, searchable, in Chromium.

Zensical has its own search (a dialog opened with Ctrl+K, its results in a shadow root, which
Playwright's locators enter) and its own index (`search.json`), without the `lang`/`pipeline`
options MkDocs' search takes: these tests check that Dutch words are found there all the same.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}


class _Anchors(HTMLParser):
    """The ids of a page's headings inside its article: the day and month headings and one per event."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "article":
            self.depth += 1
        elif self.depth and re.fullmatch(r"h[1-6]", tag) and found.get("id"):
            self.ids.append(found["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1


def anchors(page: Path) -> list[str]:
    parser = _Anchors()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.ids


def test_both_builders_make_the_same_pages_with_the_same_anchors(site_dir: Path, zensical_site_dir: Path):
    built = pages(site_dir)
    assert "index.html" in built and any(page.startswith("bronnen/") for page in built)
    assert pages(zensical_site_dir) == built
    events = 0
    for page in sorted(built - {"404.html"}):
        ours = anchors(zensical_site_dir / page)
        assert ours == anchors(site_dir / page), page
        events += sum(1 for anchor in ours if re.match(r"\d{3}-", anchor))
    assert events > 10
    for name in ("events.json", "timelinejs.json", "events.ics"):
        assert (zensical_site_dir / name).read_bytes() == (site_dir / name).read_bytes(), name


def open_search(page: Page, words: str) -> list[str]:
    """Zensical's search: Ctrl+K, type, and the hrefs of the results listed once the list stops changing.

    The list is redrawn as each typed letter's query comes back (slower on a loaded machine): it is read whole,
    in one call, until two readings agree, not link by link while it may be redrawn.
    """
    page.keyboard.press("Control+k")
    page.keyboard.type(words, delay=10)
    results = page.locator("[role=listbox] a[role=option]")
    expect(results.first).to_be_visible()
    read = "links => links.map(link => link.getAttribute('href') || '')"
    before, now = None, results.evaluate_all(read)
    for _ in range(25):
        if now == before:
            break
        page.wait_for_timeout(200)
        before, now = now, results.evaluate_all(read)
    return now


@pytest.fixture(params=["root", "sub"])
def zensical_url(request: pytest.FixtureRequest, zensical_servers: dict[str, str]) -> str:
    return zensical_servers[request.param]


def test_search_for_vliegveld_lands_on_the_airport_event(page: Page, zensical_url: str):
    page.goto(zensical_url)
    page.wait_for_load_state("networkidle")
    airport = page.locator(".kr-event", has_text="vliegveld van Almaty").locator("h3").get_attribute("id")
    links = open_search(page, "vliegveld")
    assert any(link.endswith(f"#{airport}") for link in links), links
    page.locator(f'[role=listbox] a[role=option][href$="#{airport}"]').click()
    page.wait_for_url(re.compile(f"#{airport}$"))
    assert page.url.startswith(zensical_url)
    expect(page.locator(f"[id='{airport}']")).to_be_in_viewport()


@pytest.mark.parametrize(("words", "expected"), [("betoger", "betogers"), ("Pasjinian", "Pasjinian")])
def test_dutch_search_finds_events_and_source_passages(page: Page, zensical_servers: dict, words: str, expected: str):
    page.goto(zensical_servers["root"])
    page.wait_for_load_state("networkidle")
    links = open_search(page, words)
    assert any(re.search(r"#\d{3}-", link) for link in links), f"no event among {links}"
    assert any("/bronnen/" in link for link in links), f"no source passage among {links}"
    marked = page.locator("[role=listbox] mark").all_inner_texts()
    assert any(expected.lower().startswith(text.lower()) for text in marked), marked


def test_the_zensical_site_asks_no_other_host(visit, zensical_url: str):
    page = visit.page
    for path in ("", "over/", "bronnen/"):  # the public site: no editors' page
        page.goto(zensical_url + path)
        page.wait_for_load_state("networkidle")
    page.locator(".kr-sources a").first.click()
    page.wait_for_load_state("networkidle")
    open_search(page, "Almaty")
    assert visit.errors == []
    assert visit.external == []
    assert len(visit.requests) > 10
    assert {urlsplit(url).netloc for url in visit.requests} == {urlsplit(zensical_url).netloc}, visit.requests
