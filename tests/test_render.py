"""The site's Markdown from hand-made documents: Dutch labels, grouping, splitting, links and escaping."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace

import markdown
import markupsafe
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from generator.making import render
from generator.model import Block, Document, Event, Mention, Source, SourceMeta
from generator.temporal.values import interval

TEXT = "Titel\nOp 6 januari om 10.30 uur gebeurde het. Die ochtend was het stil.\nKop\nIn januari 2022 en in week 1."


def event(when: str, text: str, expression: str, *, source: str = "a", ident: str | None = None, **fields) -> Event:
    return Event(
        id=ident or f"{source}-{re.sub(r'[^a-z0-9]+', '-', when.lower())}",
        source=source,
        when=when,
        text=text,
        expression=expression,
        span=fields.pop("span", (0, 0)),
        sentence_span=fields.pop("sentence_span", (0, 0)),
        interval=interval(when),
        **fields,
    )


def document(slug: str, *events: Event, title: str = "Een artikel", publisher: str | None = "NOS") -> Document:
    meta = SourceMeta(slug=slug, file=f"seeds/{slug}.txt", title=title, published="2022-01-06", publisher=publisher)
    return Document(path=f"content/{slug}.yml", source=meta, events=events)


def sample() -> Document:
    return document(
        "a",
        event("2022-01", "In januari 2022 begon het.", "januari 2022"),
        event("2022-W01", "In week 1 ging het door.", "week 1"),
        event("2021-SP", "In het voorjaar van 2021 niet.", "het voorjaar van 2021"),
        event("2022-01-06T10:30", "Om 10.30 uur gebeurde het.", "10.30 uur"),
        event("2022-01-06TMO", "Die ochtend was het stil.", "Die ochtend"),
        event("2022-01-01", "Op Nieuwjaarsdag begon het.", "Nieuwjaarsdag"),
        event("XXXX-01-01", "Op een Nieuwjaarsdag ooit.", "een Nieuwjaarsdag", review=("partial",)),
    )


def headings(page: str) -> list[str]:
    return re.findall(r"^## (.+?) \{", page, flags=re.M)


def test_labels_are_dutch_and_honest_about_precision():
    labels = {e.when: render.when_label(e) for e in sample().events}
    assert labels["2022-01-06T10:30"] == "donderdag 6 januari 2022, 10.30 uur"
    assert labels["2022-01-06TMO"] == "donderdag 6 januari 2022, ochtend"
    assert labels["2022-01"] == "januari 2022"
    assert labels["2022-W01"] == "week 1 van 2022"
    assert labels["2021-SP"] == "voorjaar 2021"
    night = event("2022-01-05TNI", "Vannacht.", "Vannacht")
    assert render.when_label(night) == "nacht van woensdag 5 op donderdag 6 januari 2022"
    new_year = event("2021-12-31TNI", "Oudejaarsnacht.", "Oudejaarsnacht")
    assert render.when_label(new_year) == "nacht van vrijdag 31 december 2021 op zaterdag 1 januari 2022"
    assert render.when_label(event("2022-12", "Eind december.", "Eind december", mod="END")) == "eind december 2022"
    assert render.when_label(event("199", "In de jaren negentig.", "de jaren negentig")) == "jaren negentig (1990–1999)"
    assert render.published_label("2022-01") == "januari 2022"
    assert render.published_label(None) == "onbekend"


def test_home_groups_days_under_dutch_headings_with_coarse_periods_first():
    page = render.timeline_pages([sample()])["index.md"]
    assert headings(page) == [
        "Voorjaar 2021",
        "Januari 2022",
        "zaterdag 1 januari 2022",
        "Week 1 van 2022",
        "donderdag 6 januari 2022",
        "Nog niet geplaatst",
    ]
    assert "1 januari 2022" not in render.when_label(sample().events[0])
    morning, clock = page.index(">ochtend</span>"), page.index(">10.30 uur</span>")
    assert morning < clock, "within a day: part of day (from 06:00) before 10.30"


def test_events_carry_anchor_highlight_source_link_and_review_mark():
    page = render.timeline_pages([sample()], edit_base="https://example.org/edit/main/")["index.md"]
    assert 'id="a-2022-01-06tmo"' in page
    assert '<mark class="kr-expr">Die ochtend</mark> was het stil.' in page
    assert 'href="bronnen/a/"' in page, "no sentence offsets (an editor's event): the source page itself"
    assert 'href="https://example.org/edit/main/content/a.yml"' in page, "no lines known: the file itself"
    assert 'data-source="a"' in page and 'data-start="2022-01-06T06:00"' in page
    assert "kr-event--review" in page
    assert "datum deels onbekend <span class=\"kr-event__confidence\">(Zekerheid: onzeker)</span>" in page


def test_a_date_only_mentioned_is_labelled_with_its_side_at_any_precision():
    after = event("2024-09-17", "In de dagen na Prinsjesdag.", "Prinsjesdag", mod="AFTER", review=("mentioned",))
    assert render.when_label(after) == "na dinsdag 17 september 2024"
    assert render.badge(after) == "na"
    until = event("2024-09-17T15:00", "Tot 15.00 uur.", "15.00 uur", mod="ON_OR_BEFORE")
    assert render.when_label(until) == "tot dinsdag 17 september 2024, 15.00 uur"
    assert render.badge(until) == "tot 15.00 uur"
    since = event("2023", "Sinds 2023.", "2023", mod="ON_OR_AFTER")
    assert render.when_label(since) == "vanaf 2023"


def test_mentions_are_marked_in_the_sentence_and_listed_with_what_they_denote():
    text = "Na de storm van zondag reed maandag geen trein, drie uur lang."
    mentions = (Mention("zondag", "2024-03-03", (16, 22)), Mention("drie uur", "PT3H", (48, 56)))
    found = event("2024-03-04", text, "maandag", span=(28, 35), sentence_span=(0, len(text)), mentions=mentions)
    page = render.timeline_pages([document("a", found)])["index.md"]
    assert ('Na de storm van <mark class="kr-mention">zondag</mark> reed <mark class="kr-expr">maandag</mark> geen '
            'trein, <mark class="kr-mention">drie uur</mark> lang.') in page
    assert "Ook genoemd: zondag (zondag 3 maart 2024); drie uur" in page


def test_a_confirmed_event_is_shown_as_certain():
    doubted = event("2022-01-06", "Donderdag begon het.", "Donderdag", review=("tense-far",))
    page = render.timeline_pages([document("a", replace(doubted, confirmed=True))])["index.md"]
    assert "kr-event--review" not in page and "werkwoordstijd" not in page


def test_long_timelines_split_into_month_pages_linked_from_home():
    days = [(m, d) for m in (1, 2, 3) for d in (1, 2)]
    doc = document("a", *(event(f"2022-0{m}-0{d}", f"Zin {m} {d}.", "zin", ident=f"e{m}{d}") for m, d in days))
    pages = render.timeline_pages([doc], threshold=4)
    assert set(pages) == {"index.md", "tijdlijn/2022-01.md", "tijdlijn/2022-02.md", "tijdlijn/2022-03.md"}
    assert 'href="tijdlijn/2022-02/"' in pages["index.md"] and "februari 2022" in pages["index.md"]
    february = pages["tijdlijn/2022-02.md"]
    assert 'href="../2022-01/" rel="prev"' in february and 'href="../2022-03/" rel="next"' in february
    assert 'id="e21"' in february and 'id="e11"' not in february
    assert set(render.timeline_pages([doc], threshold=6)) == {"index.md"}


def test_source_links_point_at_the_events_month_page():
    doc = document("a", *(event(f"2022-0{m}-01", f"Zin {m}.", "Zin", ident=f"e{m}") for m in (1, 2)))
    site = render.Site.of([doc], threshold=1)
    page = render.source_page(doc, None, site=site)
    assert 'href="../../tijdlijn/2022-02/#e2"' in page


def source() -> tuple[Source, Document]:
    blocks = (Block("title", 0, 5), Block("paragraph", 6, 71), Block("heading", 72, 75), Block("paragraph", 76, 105))
    src = Source(path="seeds/a.txt", slug="a", text=TEXT, blocks=blocks, title="Titel")
    first = event(
        "2022-01-06T10:30",
        "Op 6 januari om 10.30 uur gebeurde het.",
        "6 januari om 10.30 uur",
        span=(9, 31),
        sentence_span=(6, 45),
    )
    morning = event("2022-01-06TMO", "Die ochtend was het stil.", "Die ochtend", span=(46, 57), sentence_span=(46, 71))
    return src, document("a", first, morning)


def test_source_page_highlights_every_expression_with_a_focusable_tooltip():
    src, doc = source()
    page = render.source_page(doc, src)
    assert TEXT[9:31] == "6 januari om 10.30 uur" and TEXT[46:57] == "Die ochtend"
    assert page.count('<mark class="kr-expr" tabindex="0">') == 2
    assert '<span class="kr-sentence" id="zin-46"><mark class="kr-expr" tabindex="0">Die ochtend' in page
    assert "donderdag 6 januari 2022, ochtend <code>2022-01-06TMO</code>" in page
    assert 'href="../../#a-2022-01-06tmo"' in page
    assert '<h2 class="kr-article__heading" id="kop-72">Kop</h2>' in page
    assert ">Titel<" not in page, "the title is the page title, not repeated in the text"
    assert 'href="bronnen/a/#zin-46"' in render.timeline_pages([doc])["index.md"]


def test_overlapping_highlights_never_break_the_markup():
    def wrap(start: int, end: int, tag: str) -> render.Wrap:
        return render.Wrap(start, end, Markup(f"<{tag}>"), Markup(f"</{tag}>"))

    wraps = [wrap(0, 5, "b"), wrap(3, 8, "i"), wrap(1, 2, "u")]
    assert render.highlighted("a<cdefghij", 0, 10, wraps) == "<b>a<u>&lt;</u>cde</b>fghij"


HOSTILE = '<script>alert(1)</script> {{ x }} !!! note {: .evil } --8<-- "geheim" [klik](javascript:x) *nadruk*'


def test_hostile_article_text_stays_text():
    title = 'Kop "met" <b>tags</b>: {{ title }}'
    doc = document("a", event("2022-01-06", HOSTILE, "{{ x }}"), title=title, publisher="<i>NOS</i>")
    src = Source(path="seeds/a.txt", slug="a", text=HOSTILE, blocks=(Block("paragraph", 0, len(HOSTILE)),))
    extensions = ["attr_list", "toc", "admonition", "pymdownx.snippets", "md_in_html"]
    for page in [render.timeline_pages([doc])["index.md"], render.source_page(doc, src)]:
        body = page.split("---\n", 2)[2]
        html = markdown.markdown(body, extensions=extensions)
        assert "<script" not in html and "<b>" not in html and "<i>NOS" not in html
        for piece in ("&lt;script&gt;alert(1)&lt;/script&gt;", "{{ x }}", "!!! note {: .evil } --8&lt;--", "[klik]("):
            assert piece in html
        assert 'href="javascript' not in html and "<em>nadruk</em>" not in html
        assert 'class="evil"' not in html and "admonition" not in html
    assert yaml.safe_load(render.source_page(doc, src).split("---\n")[1])["title"] == str(markupsafe.escape(title))


@pytest.mark.parametrize(
    ("origin", "target", "anchor", "expected"),
    [
        ("index.md", "bronnen/a.md", "zin-3", "bronnen/a/#zin-3"),
        ("bronnen/a.md", "index.md", "e1", "../../#e1"),
        ("tijdlijn/2022-01.md", "tijdlijn/2022-02.md", None, "../2022-02/"),
        ("index.md", "index.md", "e1", "#e1"),
        ("redactie/index.md", "tijdlijn/2022-01.md", "e1", "../tijdlijn/2022-01/#e1"),
        ("index.md", "events.json", None, "events.json"),
    ],
)
def test_relative_urls_work_under_any_sub_path(origin, target, anchor, expected):
    assert render.relative_url(origin, target, anchor) == expected


def test_only_web_urls_become_links():
    assert render.web_url("https://nos.nl/a") == "https://nos.nl/a"
    assert render.web_url("javascript:alert(1)") is None


def test_site_wide_pages_include_sources_index_and_review_page():
    _, doc = source()
    pages = render.site_wide_pages(render.Site.of([doc]))
    assert {"index.md", "bronnen/index.md", "redactie/index.md"} <= set(pages)
    assert 'href="a/"' in pages["bronnen/index.md"]


def test_the_editors_page_lists_doubted_events_with_their_reasons_how_sure_and_file_line():
    from generator.content.review import ReviewItem

    items = [
        ReviewItem("event", "content/a.yml", "a", "de datum wordt alleen genoemd", event="a-2022-01-06tmo",
                   expression="Die ochtend", when="2022-01-06TMO", line=42, reasons=("mentioned",),
                   confidence="medium"),
    ]
    page = render.review_page(items, site=render.Site.of([sample()]))
    assert "<code>content/a.yml:42</code>" in page
    assert '<span class="kr-review__confidence">twijfelachtig:</span> de datum wordt alleen genoemd' in page
    assert 'href="../#a-2022-01-06tmo"' in page and "confirmed: true" in page


def test_the_editors_page_shows_the_review_list_source_by_source_in_its_order():
    """The same list as `kroniek review`: each source under its heading, its publication date first with the events
    waiting for it, the sources as the list orders them; and a word when there is nothing to review."""
    from generator.content.review import ReviewItem

    items = [
        ReviewItem("published", "content/b.yml", "b", "geen publicatiedatum", line=4),
        ReviewItem("event", "content/b.yml", "b", "reden b", event="b-1", expression="gisteren",
                   when="XXXX-XX-XX", line=12, reasons=("dct-unknown",), confidence="low"),
        ReviewItem("event", "content/a.yml", "a", "reden a", event="a-2022-01-06tmo", expression="Die ochtend",
                   when="2022-01-06TMO", line=42, reasons=("tense",), confidence="high"),
    ]
    page = render.review_page(items, site=render.Site.of([sample()]))
    order = ['id="bron-b"', "geen publicatiedatum", "1 gebeurtenis(sen) hieronder hangen daarvan af", "onzeker:",
             "reden b", 'id="bron-a"', 'href="../bronnen/a/"', "waarschijnlijk:", "reden a"]
    assert [page.index(piece) for piece in order] == sorted(page.index(piece) for piece in order)
    assert "<code>content/b.yml:4</code>" in page and "<code>content/b.yml:12</code>" in page
    assert "niets na te kijken" in render.review_page([]) and "niets na te kijken" not in page


_segments = st.lists(st.sampled_from(["bronnen", "tijdlijn", "2022-01", "a", "index", "events.json"]), max_size=4)
# Site paths as pages link them: a file (`events.json`), a directory URL (`bronnen/a/`), the root ("").
_site_paths = _segments.map("/".join) | _segments.filter(bool).map(lambda parts: "/".join(parts) + "/")


@given(_site_paths, _site_paths)
def test_relative_path_is_posix_relpath_below_the_site_root(target, start):
    assert render.relative_path(target, start) == posixpath.relpath(target or ".", start or ".")


def test_an_events_edit_link_opens_its_line():
    """GitHub's editor puts its cursor on the line that `#L<n>` on an edit URL names: where the event's entry starts."""
    from dataclasses import replace

    base = sample()
    events = tuple(replace(event, line=11 + 6 * n) for n, event in enumerate(base.events))
    document = replace(base, events=events, published_line=4)
    page = render.timeline_pages([document], edit_base="https://example.org/edit/main/")["index.md"]
    for ident, line in ((event.id, event.line) for event in events):
        card = page[page.index(f'id="{ident}"') :]
        link = f'href="https://example.org/edit/main/content/a.yml#L{line}"'
        assert card[: card.index("</article>")].count(link) == 1
    source = render.source_page(document, None, edit_base="https://example.org/edit/main/")
    assert 'href="https://example.org/edit/main/content/a.yml#L4"' in source
