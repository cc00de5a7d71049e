"""The site's Markdown from hand-made documents: Dutch labels, grouping, splitting, links and escaping."""

from __future__ import annotations

import datetime as dt
import json
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

from generator.making import labels as labels_
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
    labels = {e.when: labels_.when_label(e) for e in sample().events}
    assert labels["2022-01-06T10:30"] == "donderdag 6 januari 2022, 10.30 uur"
    assert labels["2022-01-06TMO"] == "donderdag 6 januari 2022, ochtend"
    assert labels["2022-01"] == "januari 2022"
    assert labels["2022-W01"] == "week 1 van 2022 (3–9 januari)"
    assert labels["2021-SP"] == "voorjaar 2021"
    night = event("2022-01-05TNI", "Vannacht.", "Vannacht")
    assert labels_.when_label(night) == "nacht van woensdag 5 op donderdag 6 januari 2022"
    new_year = event("2021-12-31TNI", "Oudejaarsnacht.", "Oudejaarsnacht")
    assert labels_.when_label(new_year) == "nacht van vrijdag 31 december 2021 op zaterdag 1 januari 2022"
    assert labels_.when_label(event("2022-12", "Eind december.", "Eind december", mod="END")) == "eind december 2022"
    assert labels_.when_label(event("199", "In de jaren negentig.", "jaren negentig")) == "jaren negentig (1990–1999)"
    week = event("2021-W52", "Die week.", "Die week")
    assert labels_.when_label(week) == "week 52 van 2021 (27 december – 2 januari)"
    assert labels_.published_label("2022-01") == "januari 2022"
    assert labels_.published_label(None) == "onbekend"


def test_home_groups_days_under_dutch_headings_with_coarse_periods_first():
    page = render.timeline_pages([sample()])["index.md"]
    assert headings(page) == [
        "Voorjaar 2021",
        "Januari 2022",
        "zaterdag 1 januari 2022",
        "Week 1 van 2022 (3–9 januari)",
        "donderdag 6 januari 2022",
        "Nog niet geplaatst",
    ]
    assert "1 januari 2022" not in labels_.when_label(sample().events[0])
    morning, clock = page.index(">ochtend</span>"), page.index(">10.30 uur</span>")
    assert morning < clock, "within a day: part of day (from 06:00) before 10.30"


def _home(site: render.Site) -> str:
    return render.site_wide_pages(site)[render.HOME]


def test_events_carry_anchor_highlight_source_link_and_review_mark_for_editors():
    edit = "https://example.org/edit/main/"
    page = _home(render.Site.of([sample()], edit, editors=True))
    assert 'id="a-2022-01-06tmo"' in page
    assert '<mark>Die ochtend</mark> was het stil.' in page
    assert 'href="bronnen/a/"' in page, "no sentence offsets (an editor's event): the source page itself"
    assert 'href="https://example.org/edit/main/content/a.yml"' in page, "no lines known: the file itself"
    assert 'data-source="a"' in page and 'data-start="2022-01-06T06:00"' in page
    assert "kr-event--review" in page
    assert "datum deels onbekend <span class=\"kr-event__confidence\">(Zekerheid: onzeker)</span>" in page
    public = _home(render.Site.of([sample()], edit))
    assert "example.org/edit" not in public and "kr-event--review" not in public
    assert "datum deels onbekend" not in public and "Zekerheid" not in public, "no doubts for readers"
    assert "seeds/" not in public and "content/" not in public, "no file paths for readers"


def test_a_date_only_mentioned_is_labelled_with_its_side_at_any_precision():
    after = event("2024-09-17", "In de dagen na Prinsjesdag.", "Prinsjesdag", mod="AFTER", review=("mentioned",))
    assert labels_.when_label(after) == "na dinsdag 17 september 2024"
    assert labels_.badge(after) == "na"
    until = event("2024-09-17T15:00", "Tot 15.00 uur.", "15.00 uur", mod="ON_OR_BEFORE")
    assert labels_.when_label(until) == "tot dinsdag 17 september 2024, 15.00 uur"
    assert labels_.badge(until) == "tot 15.00 uur"
    since = event("2023", "Sinds 2023.", "2023", mod="ON_OR_AFTER")
    assert labels_.when_label(since) == "vanaf 2023"


def test_mentions_are_marked_in_the_sentence_and_listed_with_what_they_denote():
    text = "Na de storm van zondag reed maandag geen trein, drie uur lang."
    mentions = (Mention("zondag", "2024-03-03", (16, 22)), Mention("drie uur", "PT3H", (48, 56)))
    found = event("2024-03-04", text, "maandag", span=(28, 35), sentence_span=(0, len(text)), mentions=mentions)
    page = render.timeline_pages([document("a", found)])["index.md"]
    assert ('Na de storm van <mark class="kr-mention">zondag</mark> reed <mark>maandag</mark> geen '
            'trein, <mark class="kr-mention">drie uur</mark> lang.') in page
    assert "Ook genoemd: zondag (zondag 3 maart 2024); drie uur" in page


def test_a_confirmed_event_is_shown_as_certain():
    doubted = event("2022-01-06", "Donderdag begon het.", "Donderdag", review=("tense-far",))
    assert "werkwoordstijd" in _home(render.Site.of([document("a", doubted)], editors=True))
    page = _home(render.Site.of([document("a", replace(doubted, confirmed=True))], editors=True))
    assert "kr-event--review" not in page and "werkwoordstijd" not in page


def test_every_card_links_to_its_source_page_and_the_original_article():
    meta = SourceMeta(slug="a", file="seeds/a.txt", title="Kop", published="2022-01-06", publisher="NOS",
                      url="https://nos.nl/artikel/1")  # fmt: skip
    doc = Document("content/a.yml", meta, (event("2022-01-06", "Op 6 januari.", "6 januari", span=(3, 12),
                                                 sentence_span=(0, 13)),))  # fmt: skip
    page = render.timeline_pages([doc])["index.md"]
    card = page[page.index("<article") : page.index("</article>")]
    assert 'href="bronnen/a/#zin-0">NOS · Kop</a>, 6 januari 2022' in card
    assert '<a href="https://nos.nl/artikel/1" rel="noopener">origineel artikel</a>' in card


def test_an_editors_own_text_is_never_shown_as_a_quotation():
    quoted = event("2022-01-06", "Op 6 januari gebeurde het.", "6 januari", ident="quoted")
    own = event("2022-01-07", "De redactie vat samen: op 7 januari.", "7 januari", ident="own", edited=True)
    page = _home(render.Site.of([document("a", quoted, own)], own_text=["own"]))
    assert "<blockquote>Op <mark>" in page
    own_card = page[page.index('id="own"') :]
    own_card = own_card[: own_card.index("</article>")]
    assert "<blockquote" not in own_card and "Tekst van de redactie:" in own_card
    added = event("2022-01-08", "Toegevoegd door de redactie.", "8 januari", ident="added", edited=True)
    assert "Tekst van de redactie:" in _home(render.Site.of([document("a", added)])), "no offsets: the newsroom's"


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


def test_source_page_links_every_expression_to_its_event_with_its_value_in_words():
    src, doc = source()
    page = render.source_page(doc, src, site=render.Site.of([doc], source_text="full"))
    assert TEXT[9:31] == "6 januari om 10.30 uur" and TEXT[46:57] == "Die ochtend"
    assert page.count('<a class="kr-expr"') == 2
    assert (
        '<span class="kr-sentence" id="zin-46" data-search-exclude><a class="kr-expr" href="../../#a-2022-01-06tmo"'
        ' data-tip="donderdag 6 januari 2022, ochtend">Die ochtend</a>'
    ) in page
    assert "2022-01-06TMO" not in page, "no TIMEX3 value for readers"
    assert '<h2 class="kr-article__heading" id="kop-72">Kop</h2>' in page
    assert ">Titel<" not in page, "the title is the page title, not repeated in the text"
    assert 'href="bronnen/a/#zin-46"' in render.timeline_pages([doc])["index.md"]
    editors = render.source_page(doc, src, site=render.Site.of([doc], editors=True))
    assert 'data-tip="donderdag 6 januari 2022, ochtend · 2022-01-06TMO"' in editors


def test_source_text_decides_how_much_of_the_article_is_shown():
    parts = [
        ("title", "Titel"),
        ("paragraph", "Eerste zin zonder datum. Op 6 januari gebeurde het. Een zin erna. Weer een zin. Nog een."),
        ("heading", "Kop"),
        ("paragraph", "Helemaal zonder datum hier."),
        ("heading", "Kop twee"),
        ("paragraph", "In januari 2022 kwam er meer."),
    ]
    text = "\n".join(part for _, part in parts)
    starts = [sum(len(part) + 1 for _, part in parts[:i]) for i in range(len(parts))]
    blocks = tuple(Block(kind, at, at + len(part)) for (kind, part), at in zip(parts, starts, strict=True))
    src = Source(path="seeds/a.txt", slug="a", text=text, blocks=blocks, title="Titel")

    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    day = event("2022-01-06", "Op 6 januari gebeurde het.", "6 januari", span=at("6 januari"),
                sentence_span=at("Op 6 januari gebeurde het."), context=("Een zin erna.",))  # fmt: skip
    month = event("2022-01", "In januari 2022 kwam er meer.", "januari 2022", span=at("januari 2022"),
                  sentence_span=at("In januari 2022 kwam er meer."))  # fmt: skip
    doc = document("a", day, month)

    def shown(mode: str) -> str:
        return render.source_page(doc, src, site=render.Site.of([doc], source_text=mode)).split("## Gebeurtenissen")[0]

    whole, excerpt, nothing = shown("full"), shown("excerpt"), shown("none")
    assert "Eerste zin zonder datum." in whole and "Helemaal zonder datum hier." in whole
    assert "Eerste zin zonder datum." not in excerpt and "Weer een zin." not in excerpt
    assert "Helemaal zonder datum hier." not in excerpt and ">Kop<" not in excerpt, "no heading of a left-out part"
    assert "<p>… <span" in excerpt and "Een zin erna. …</p>" in excerpt and ">Kop twee</h2>" in excerpt
    assert "Op 6 januari" not in nothing and "kr-article" not in nothing and "uitgever" in nothing
    with pytest.raises(ValueError, match="source_text"):
        render.Site.of([doc], source_text="alles")


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


def test_site_wide_pages_include_sources_index_and_for_editors_their_page():
    _, doc = source()
    pages = render.site_wide_pages(render.Site.of([doc]))
    assert set(pages) == {"index.md", "bronnen/index.md"}, "the public site has no editors' page"
    assert 'href="a/"' in pages["bronnen/index.md"]
    assert "redactie/index.md" in render.site_wide_pages(render.Site.of([doc], editors=True))


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
    site = render.Site.of([document], "https://example.org/edit/main/", editors=True)
    page = _home(site)
    for ident, line in ((event.id, event.line) for event in events):
        card = page[page.index(f'id="{ident}"') :]
        link = f'href="https://example.org/edit/main/content/a.yml#L{line}"'
        assert card[: card.index("</article>")].count(link) == 1
    source = render.source_page(document, None, site=site)
    assert 'href="https://example.org/edit/main/content/a.yml#L4"' in source


def _titles(pages: dict[str, str]) -> dict[str, str]:
    return {path: yaml.safe_load(page.split("---\n")[1])["title"] for path, page in pages.items()}


def test_years_seasons_and_decades_get_their_own_pages_and_no_page_names_a_month_it_does_not_cover():
    doc = document(
        "a",
        event("197", "In de jaren zeventig.", "de jaren zeventig"),
        event("2021", "In 2021.", "2021"),
        event("2021-SP", "In het voorjaar van 2021.", "het voorjaar van 2021"),
        event("2021-WI", "In de winter van 2021.", "de winter van 2021"),
        event("2022-01", "In januari 2022.", "januari 2022"),
        event("2022-W01", "In week 1.", "week 1"),
        event("2022-01-05", "Op 5 januari.", "5 januari"),
    )
    pages = render.timeline_pages([doc], threshold=1)
    assert _titles(pages) == {
        "index.md": "Tijdlijn",
        "tijdlijn/1970-1979.md": "Jaren zeventig (1970–1979)",
        "tijdlijn/2021.md": "2021",
        "tijdlijn/2022-01.md": "Januari 2022",
    }
    assert headings(pages["tijdlijn/2021.md"]) == ["2021", "Voorjaar 2021", "Winter 2021–2022"]
    assert headings(pages["tijdlijn/2022-01.md"]) == [
        "Januari 2022", "Week 1 van 2022 (3–9 januari)", "woensdag 5 januari 2022"
    ]  # fmt: skip
    assert 'href="../2021/" rel="prev"' in pages["tijdlijn/2022-01.md"]
    assert 'href="../1970-1979/" rel="prev"' in pages["tijdlijn/2021.md"]


def test_a_period_reads_whole_then_begin_middle_end_under_one_heading_each():
    whens = [("MID", "medio"), ("END", "eind"), (None, "heel"), ("START", "begin"), ("MID", "medio 2"), (None, "ook")]
    doc = document("a", *(event("2022-01", f"{text}.", text, mod=mod, ident=f"e-{i}")
                          for i, (mod, text) in enumerate(whens)))  # fmt: skip
    page = render.timeline_pages([doc])["index.md"]
    assert headings(page) == ["Januari 2022", "Begin januari 2022", "Medio januari 2022", "Eind januari 2022"]
    ids = re.findall(r'\bid="([^"]+)"', page) + re.findall(r"\{ #([^ }]+)", page)
    assert len(ids) == len(set(ids))


def test_anchors_stay_unique_when_one_period_comes_back():
    cards = {"x": "<p>x</p>", "y": "<p>y</p>", "z": "<p>z</p>"}
    month, day = event("2022-01", "M.", "m", ident="x"), event("2022-01-05", "D.", "d", ident="y")
    again = event("2022-01", "M2.", "m", ident="z")
    made = render.groups([month, day, again], cards, render.site_words("nl"))
    assert [g.anchor for g in made] == ["periode-2022-01", "dag-2022-01-05", "periode-2022-01-2"]


def test_the_parts_of_a_long_month_say_which_days_they_hold(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(render, "PAGE_MAX_EVENTS", 4)
    days = [1, 1, 2, 5, 9, 9, 17, 30]
    dated = (event(f"2022-01-{d:02d}", f"Dag {d}.", "dag", ident=f"e{i}") for i, d in enumerate(days))
    doc = document("a", event("2022-01", "Januari.", "januari", ident="m"), *dated)
    titles = _titles(render.timeline_pages([doc], threshold=1))
    assert titles == {
        "index.md": "Tijdlijn",
        "tijdlijn/2022-01.md": "Januari 2022, 1–2 januari",
        "tijdlijn/2022-01-deel-2.md": "Januari 2022, 3–17 januari",
        "tijdlijn/2022-01-deel-3.md": "Januari 2022, 18–31 januari",
    }


def test_a_happenings_card_counts_every_report_it_lists_when_a_month_is_cut(monkeypatch: pytest.MonkeyPatch):
    """Parts hold at most so many events shown, reports included: a card of five reports weighs five."""
    monkeypatch.setattr(render, "PAGE_MAX_EVENTS", 4)
    dated = [event(f"2022-01-{d:02d}", f"Dag {d}.", "dag", ident=f"e{d}") for d in (1, 2, 3)]
    reports = [event("2022-01-02", f"Ook dag 2, bron {n}.", "dag", ident=f"r{n}", source=f"b{n}") for n in range(4)]
    site = render.Site.of([document("a", *dated), *(document(f"b{n}", r) for n, r in enumerate(reports))],
                          threshold=1, happenings=[("e2", *(r.id for r in reports))])  # fmt: skip
    assert {e: site.pages[e] for e in ("e1", "e2", "e3")} == {
        "e1": "tijdlijn/2022-01.md", "e2": "tijdlijn/2022-01-deel-2.md", "e3": "tijdlijn/2022-01-deel-3.md",
    }  # fmt: skip
    assert all(site.pages[r.id] == site.pages["e2"] for r in reports), "a report is on its happening's page"


def test_the_overview_is_a_grid_of_years_by_months_with_counts():
    doc = document("a", *(event(w, f"{w}.", w, ident=w) for w in
                          ("2021", "2021-03-02", "2021-03-09", "2022-01-05", "197", "XXXX-01-01")))  # fmt: skip
    home = render.timeline_pages([doc], threshold=1)["index.md"]
    rows = re.findall(r"<tr><th scope=\"row\">(\d{4})</th>(.*?)</tr>", home)
    assert [year for year, _ in rows] == ["2021", "2022"]
    cells = {year: re.findall(r"<td[^>]*>(.*?)</td>", row) for year, row in rows}
    counts = {year: [re.sub(r"<[^>]+>", "", c) for c in row] for year, row in cells.items()}
    assert counts["2021"] == ["1", "", "", "2", *[""] * 9, "3"]
    assert counts["2022"] == ["", "1", *[""] * 11, "1"]
    assert 'aria-label="maart 2021: 2 gebeurtenissen"' in home and 'href="tijdlijn/2021-03/"' in home
    assert "Jaren zeventig (1970–1979)" in home and 'href="tijdlijn/nog-niet-geplaatst/"' in home


def test_a_source_without_a_title_gets_a_clear_one_and_is_flagged_for_editors():
    meta = SourceMeta(slug="b", file="seeds/b.txt", title=None, published="2022-01-06", publisher="NOS")
    doc = Document("content/b.yml", meta, (event("2022-01-06", "Zin.", "zin", source="b"),))
    site = render.Site.of([doc], editors=True)
    pages = render.site_wide_pages(site)
    assert "Artikel zonder titel (NOS, 6 januari 2022)" in pages["bronnen/index.md"]
    assert "seeds/b.txt" not in pages["bronnen/index.md"] + pages["index.md"]
    review = pages["redactie/index.md"]
    assert "Artikel zonder titel (NOS, 6 januari 2022)" in review and "<code>content/b.yml</code>" in review
    assert "Alle bronnen hebben een titel." in render.site_wide_pages(render.Site.of([sample()], editors=True))[
        "redactie/index.md"
    ]


def test_filter_data_places_every_event_on_its_page_by_source_and_days():
    doc = document("a", event("2022-01-05TNI", "Nacht.", "nacht", ident="n"), event("XXXX-01-01", "?", "?", ident="u"),
                   event("2022-02-01", "Feb.", "feb", ident="f"))  # fmt: skip
    site = render.Site.of([doc], threshold=1)
    data = json.loads(render.filter_data(site, render.timeline_plan(site)))
    urls = ["tijdlijn/2022-01/", "tijdlijn/2022-02/", "tijdlijn/nog-niet-geplaatst/"]
    assert [page[0] for page in data["pages"]] == urls
    assert data["sources"] == [["a", "Een artikel", 0]] and data["publishers"] == ["NOS"]
    jan5 = (dt.date(2022, 1, 5) - dt.date(1970, 1, 1)).days
    assert data["events"] == [0, 0, jan5, jan5 + 2, 1, 0, jan5 + 27, jan5 + 28, 2, 0, None, None]


def test_filter_data_gives_a_happening_every_source_that_reports_it():
    first = document("a", event("2022-01-06", "Troepen komen aan.", "Donderdag", ident="a1"))
    second = document("b", event("2022-01-06TMO", "Parachutisten gestuurd.", "vanmorgen", source="b", ident="b1"),
                      event("2022-01-07", "Iets anders.", "vrijdag", source="b", ident="b2"))  # fmt: skip
    site = render.Site.of([first, second], happenings=[("a1", "b1")])
    data = json.loads(render.filter_data(site, render.timeline_plan(site)))
    cells = [data["events"][i + 1] for i in range(0, len(data["events"]), 4)]
    slugs = [record[0] for record in data["sources"]]
    assert len(cells) == 2  # the happening is one entry
    assert sorted(slugs[i] for i in next(c for c in cells if isinstance(c, list))) == ["a", "b"]
    assert [slugs[c] for c in cells if not isinstance(c, list)] == ["b"]


def test_what_cards_say_of_a_source_is_made_once_per_source_and_is_what_they_said():
    meta = SourceMeta(slug="a", file="seeds/a.txt", title=None, published="2022-01", publisher="NOS",
                      url="javascript:alert(1)")  # fmt: skip
    doc = Document("content/a.yml", meta, (event("2022-01-06", "Op 6 januari.", "6 januari", ident="e1"),
                                           event("2022-01-07", "Op 7 januari.", "7 januari", ident="e2")))  # fmt: skip
    site = render.Site.of([doc])
    first, second = (site.card(e, render.HOME) for e in doc.events)
    assert site.credit(meta) is site.credit(meta)
    for card in (first, second):
        assert card.source_title == render.source_title(meta, site.words) == "Artikel zonder titel (NOS, januari 2022)"
        assert (card.publisher, card.published, card.original) == ("NOS", "januari 2022", None)


def test_a_projects_own_card_template_of_before_still_reads_every_field_it_read(tmp_path):
    """A project keeps the templates it copied: one that reads the card's fields by dotted names, as Kroniek's
    own did, builds the same cards."""
    (tmp_path / "_event.html.j2").write_text(
        "{% macro event_card(card, words, anchor=True, context=True) %}"
        "<article data-source=\"{{ card.event.source }}\" data-start=\"{{ card.event.interval.start }}\">"
        "<h3 id=\"{{ card.event.id }}\">{{ card.label }}<a href=\"{{ card.timeline_href }}\""
        " title=\"{{ words.page.event_link }}\">¶</a></h3><blockquote>{{ card.sentence }}</blockquote>"
        "<a href=\"{{ card.source_href }}\">{{ card.publisher }} · {{ card.source_title }}</a>, {{ card.published }}"
        "</article>{% endmacro %}\n"
    )
    doc = document("a", event("2022-01-06", "Op 6 januari.", "6 januari", ident="e1", span=(3, 12),
                              sentence_span=(0, 13)))  # fmt: skip
    site = render.Site.of([doc], templates=tmp_path)
    own, kroniek = _home(site), _home(render.Site.of([doc]))
    card = own[own.index("<article") : own.index("</article>")]
    assert card.startswith('<article data-source="a" data-start="2022-01-06')
    assert f'title="{site.words.page["event_link"]}"' in card
    assert ">NOS · Een artikel</a>, 6 januari 2022" in card
    own_sentence = card[card.index("<blockquote>") : card.index("</blockquote>")]
    assert own_sentence in kroniek
