"""`kroniek review`: what needs an editor, with the days a month-only article points to."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.content.review import ReviewItem, candidate_days, review_items
from generator.content.store import save
from generator.lang.messages import messages
from generator.making.output import site_output
from generator.making.render import REVIEW_PAGE
from generator.model import EVENT_REASONS, Event, Source, SourceMeta, confidence_of
from generator.project import Project
from generator.temporal import tag
from generator.text.articles import read_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import article as corpus_article

THURSDAY = "De Kazachse politie heeft donderdagochtend schoten gelost op betogers in Almaty.\n"
ANY_DAY = "Onbekende gewapende mensen hebben vanmorgen twee ziekenhuizen in Almaty omsingeld.\n"


def source(project: Project, slug: str, text: str, published: str | None, *events: Event) -> None:
    """An article on disk with its content file, as extraction leaves them."""
    (project.root / "seeds").mkdir(exist_ok=True)
    (project.root / "seeds" / f"{slug}.txt").write_text(text, "utf-8")
    save(project, SourceMeta(slug=slug, file=f"seeds/{slug}.txt", published=published), events)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_a_month_only_article_gets_the_days_its_weekdays_allow(project):
    source(project, "a", THURSDAY, "2022-01")
    assert review_items(project) == (
        ReviewItem(
            "published",
            "content/a.yml",
            "a",
            "publicatiedatum alleen bekend tot op de maand 2022-01; de tekst wijst op "
            "2022-01-06, 2022-01-13, 2022-01-20, 2022-01-27",
            candidates=("2022-01-06", "2022-01-13", "2022-01-20", "2022-01-27"),
            line=line_of(project, "a", "published:"),
        ),
    )


def test_words_that_fit_every_day_give_no_clue(project):
    source(project, "a", ANY_DAY, "2022-01")
    (item,) = review_items(project)
    assert item.candidates == () and item.message.endswith("de tekst zegt niet welke dag")


def test_without_any_date_there_are_no_candidates_and_the_item_says_so(project):
    source(project, "a", THURSDAY, None)
    (item,) = review_items(project)
    assert (item.kind, item.candidates) == ("published", ()) and "geen kandidaat-dagen" in item.message


def test_a_day_precise_source_needs_nothing_but_its_unsettled_events(project):
    unsettled = Event(
        "a-1", "a", "2022-01", THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80), review=("dct-month",)
    )
    unknown = Event("a-2", "a", "XXXX-01-01", THURSDAY.strip(), "Nieuwjaarsdag", (0, 2), (0, 80))
    settled = Event("a-3", "a", "2022-01-06TMO", THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80))
    source(project, "a", THURSDAY, "2022-01-06", unsettled, unknown, settled)
    assert sorted((item.kind, item.event, item.message) for item in review_items(project)) == [
        ("event", "a-1", "publicatiedatum alleen tot op de maand bekend: dag niet te bepalen"),
        ("event", "a-2", "'XXXX-01-01' is niet volledig bekend"),
    ]


def doubted(ident: str, *reasons: str, when: str = "2022-01-06TMO", anchor: str | None = None) -> Event:
    return Event(ident, "a", when, THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80), review=reasons,
                 anchor=anchor)


def test_every_doubted_event_is_listed_most_doubtful_first_with_its_reasons_in_words_and_its_line(project):
    # each event's reasons are those of the one after it and one more, so whatever the doubts (`model.DOUBT`), each
    # comes before the next: an added doubt makes an event more likely wrong
    near = "2022-01-05"
    source(project, "a", THURSDAY, "2022-01-06", doubted("a-1", "anaphor", anchor=near),
           doubted("a-2", "mentioned", "several-dates", "anaphor", anchor=near),
           doubted("a-3", "several-dates", "anaphor", anchor=near), doubted("a-4"))
    source(project, "b", ANY_DAY, "2022-01-06",
           replace(doubted("b-1", "generic", "mentioned", "several-dates", "anaphor", anchor=near), source="b"))
    items = review_items(project)
    assert [item.event for item in items] == ["b-1", "a-2", "a-3", "a-1"]
    assert [item.confidence for item in items] == [confidence_of(item.reasons) for item in items]
    lines = (project.content_dir / "a.yml").read_text("utf-8").splitlines()
    for item in items:
        assert lines[item.line - 1] == f"  - id: {item.event}" if item.source == "a" else item.line
    a3 = next(item for item in items if item.event == "a-3")
    assert a3.message.startswith("de zin noemt meer data") and "(2022-01-05)" in a3.message
    assert a3.reasons == ("several-dates", "anaphor")


def test_sources_come_in_the_order_of_their_most_doubtful_item_each_with_all_its_items(project):
    """An editor works through one file at a time: a source's items stay together, most doubtful first, and the
    source whose worst doubt is worst comes first."""
    source(project, "a", THURSDAY, "2022-01-06", doubted("a-1", "tense"), doubted("a-2", "mentioned", "tense"))
    source(project, "b", THURSDAY, "2022-01-06", *(replace(doubted(ident, *codes), source="b") for ident, codes in (
        ("b-1", ("anaphor",)), ("b-2", ("no-anchor",)), ("b-3", ("tense-far",)))))
    source(project, "c", THURSDAY, "2022-01-06", replace(doubted("c-1", "tense"), source="c"))
    source(project, "d", THURSDAY, None, replace(doubted("d-1", "tense"), source="d"))
    items = review_items(project)
    assert [item.event or item.kind for item in items] == [
        "published", "d-1", "a-2", "a-1", "b-2", "b-1", "b-3", "c-1"
    ]


def test_an_event_an_editor_confirmed_is_settled(project):
    source(project, "a", THURSDAY, "2022-01-06", doubted("a-1", "tense"), doubted("a-2", "tense"))
    content = project.content_dir / "a.yml"
    content.write_text(content.read_text("utf-8").replace("  - id: a-1\n", "  - id: a-1\n    confirmed: true\n"))
    assert [item.event for item in review_items(project)] == ["a-2"]


def test_the_command_gives_file_line_id_and_reasons(project, capsys):
    source(project, "a", THURSDAY, "2022-01-06", doubted("a-1", "tense-far"))
    assert main(["--root", str(project.root), "review"]) == 0
    line = (project.content_dir / "a.yml").read_text("utf-8").splitlines().index("  - id: a-1") + 1
    assert capsys.readouterr().out == (
        f"content/a.yml:{line}: a-1 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): "
        "richting gelezen uit een werkwoordstijd ver van de tijdsaanduiding\n"
    )


def test_every_reason_has_dutch_words_and_the_new_doubts_reach_the_command_and_the_editors_page(project, capsys):
    say = messages("nl")
    assert all(say.reason(code) not in ("", code) for code in EVENT_REASONS)
    source(project, "a", THURSDAY, "2022-01-06", doubted("a-1", "quoted"), doubted("a-2", "day-assumed"),
           doubted("a-3", "relative-clause"), doubted("a-4", "anaphor-far", anchor="2022-01-03"),
           doubted("a-5", "day-unnamed"))
    assert main(["--root", str(project.root), "review"]) == 0
    out = capsys.readouterr().out
    assert f"a-1 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): {say.reason('quoted')}" in out
    assert f"a-2 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): {say.reason('day-assumed')}" in out
    assert f"a-3 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): {say.reason('relative-clause')}" in out
    assert f"a-4 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): {say.reason('anaphor-far', '2022-01-03')}" in out
    assert f"a-5 ('donderdagochtend', 2022-01-06TMO, twijfelachtig): {say.reason('day-unnamed')}" in out
    assert "dag van de spreker" in say.reason("quoted") and "bijzin" in say.reason("relative-clause")
    assert "(2022-01-03) die verder terug" in say.reason("anaphor-far", "2022-01-03")
    page = site_output(project, editors=True).pages[REVIEW_PAGE]
    assert "dag van de spreker" in page and "dag aangenomen" in page and "bijzin" in page
    assert "nergens een dag" in say.reason("day-unnamed") and "nergens een dag" in page


def test_the_command_lists_items_and_speaks_json(project, capsys):
    source(project, "a", THURSDAY, None)
    assert main(["--root", str(project.root), "review"]) == 0
    published = line_of(project, "a", "published:")
    assert capsys.readouterr().out.startswith(f"content/a.yml:{published}: geen publicatiedatum")
    assert main(["--root", str(project.root), "review", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["kind"] == "published" and item["candidates"] == [] and item["line"] == published


def line_of(project: Project, slug: str, piece: str) -> int:
    text = (project.content_dir / f"{slug}.yml").read_text("utf-8")
    return next(number for number, line in enumerate(text.splitlines(), 1) if piece in line)


def test_with_nothing_to_review_the_command_says_so(project, capsys):
    settled = Event("a-3", "a", "2022-01-06TMO", THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80))
    source(project, "a", THURSDAY, "2022-01-06", settled)
    assert main(["--root", str(project.root), "review"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "review: niets na te kijken in 1 inhoudsbestand(en)\n"


def test_items_come_by_source_each_at_its_line_under_the_date_they_wait_for(project, capsys):
    """One missing publication date explains the events that cannot be dated without it: they come below it."""
    night = Event("a-1", "a", "XXXX-XX-XXTNI", "Vannacht was het onrustig.", "Vannacht", (0, 8), (0, 26),
                  review=("dct-unknown",))
    morning = Event("a-2", "a", "XXXX-XX-XXTMO", "Vanmorgen was het stil.", "Vanmorgen", (27, 36), (27, 50),
                    review=("dct-unknown",))
    source(project, "a", "Vannacht was het onrustig. Vanmorgen was het stil.\n", None, night, morning)
    unsettled = Event("b-1", "b", "2022-01", THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80),
                      review=("dct-month",))
    source(project, "b", THURSDAY, "2022-01-06", unsettled)
    assert main(["--root", str(project.root), "review"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"content/a.yml:{line_of(project, 'a', 'published:')}: geen publicatiedatum, dus geen kandidaat-dagen: "
        "vul bij 'published' de dag van verschijnen in",
        "  2 gebeurtenis(sen) hieronder hangen daarvan af: vul eerst 'published' in",
        f"  content/a.yml:{line_of(project, 'a', 'id: a-1')}: a-1 ('Vannacht', XXXX-XX-XXTNI, onzeker): "
        "geen publicatiedatum: datum niet te bepalen",
        f"  content/a.yml:{line_of(project, 'a', 'id: a-2')}: a-2 ('Vanmorgen', XXXX-XX-XXTMO, onzeker): "
        "geen publicatiedatum: datum niet te bepalen",
        "",
        f"content/b.yml:{line_of(project, 'b', 'id: b-1')}: b-1 ('donderdagochtend', 2022-01, onzeker): "
        "publicatiedatum alleen tot op de maand bekend: dag niet te bepalen",
    ]
    assert err == "review: 4 punt(en) in 2 van 2 bron(nen)\n"


def candidate_days_by_tagging(article: Source, month: str) -> tuple[str, ...]:
    """The specification `candidate_days` must meet: the whole text tagged afresh against each day of the month."""
    year, number = (int(part) for part in month.split("-"))
    body = article.body_view()
    scores: dict[str, int] = {}
    for day in range(1, calendar.monthrange(year, number)[1] + 1):
        dct = dt.date(year, number, day).isoformat()
        scores[dct] = sum(timex.value[:10] == dct for timex in tag(body, dct, article.language))
    best = max(scores.values())
    return tuple(day for day, score in scores.items() if score == best) if best > min(scores.values()) else ()


HELDOUT = [case["text"] for case in yaml.safe_load(
    (Path(__file__).parent / "data" / "nl-heldout.yaml").read_text("utf-8"))["cases"]]
MONTHS = ("2022-01", "2022-02", "2024-02", "2023-04", "2021-12", "2020-03", "2023-10")
# Weekdays, relative days, anaphora and clock times that decide the day, next to words that fit any day.
DECIDING = (
    "Donderdagochtend gaf de politie een verklaring. Gisteren was het nog rustig in de stad.",
    "Op 12 januari begon de staking. Twee dagen later, vrijdag, werd er onderhandeld.",
    "Zondag om 14.00 uur vertrok de stoet. Vanavond spreekt de burgemeester, morgen de minister.",
    "Vorige week dinsdag sloot de haven. Afgelopen nacht was er weer onrust.",
    "Het kabinet vergaderde maandag en woensdag. Die avond viel het besluit.",
)
NO_CLUE = (
    "Vanmorgen omsingelden gewapende mensen twee ziekenhuizen.",
    "De betogers trokken door de straten van Almaty, meldt de politie.",
    "In de jaren tachtig was de stad kleiner; in 2019 telde zij 40.000 inwoners.",
)


def _articles(folder: Path) -> list[tuple[Source, str]]:
    """Varied Dutch articles, each with its month (or any): synthetic news, held-out cases, deciding words, none."""
    rng = random.Random(2022)
    texts = [corpus_article(random.Random(f"review-{n}"), n)[1] for n in range(24)]
    texts += [f" date {rng.choice(MONTHS)} " + "\n\n".join(rng.sample(HELDOUT, rng.randint(3, 9))) + "\n"
              for _ in range(24)]
    texts += [" date 2022-01 " + text + "\n" for text in DECIDING + NO_CLUE]
    texts += [" date 2022-01 " + " ".join(rng.sample(DECIDING + NO_CLUE, 3)) + "\n" for _ in range(6)]
    articles = []
    for number, text in enumerate(texts):
        path = folder / f"a{number}.md" if text.startswith("---") else folder / f"a{number}.txt"
        path.write_text(text, "utf-8")
        source = read_article(path, folder)
        articles.append((source, source.published[:7] if source.published else rng.choice(MONTHS)))
    return articles


def test_candidate_days_are_those_of_tagging_the_text_once_per_day(tmp_path):
    results = []
    for article, month in _articles(tmp_path):
        expected = candidate_days_by_tagging(article, month)
        assert candidate_days(article, month) == expected, article.path
        results.append(expected)
    assert sum(not days for days in results) >= 5 and sum(len(days) == 1 for days in results) >= 3
    assert any(len(days) > 1 for days in results)


def reported(ident: str, slug: str, when: str) -> Event:
    return replace(doubted(ident, when=when), source=slug)


def grouped(project: Project, *groups: list[str]) -> None:
    """The editors' groups file, as extraction or an editor leaves it."""
    (project.content_dir / "happenings").mkdir(exist_ok=True)
    text = yaml.safe_dump({"happenings": [{"events": members} for members in groups]}, sort_keys=False)
    (project.content_dir / "happenings" / "happenings.yml").write_text(text, "utf-8")


def test_reports_of_one_happening_that_name_other_moments_are_listed_until_confirmed(project, capsys):
    """Sources that disagree on when a happening was: each report is an item naming what the others say."""
    source(project, "a", THURSDAY, "2022-01-06", reported("a-1", "a", "2022-01-06TMO"))
    source(project, "b", THURSDAY, "2022-01-06", reported("b-1", "b", "2022-01-05TMO"))
    source(project, "c", THURSDAY, "2022-01-06", reported("c-1", "c", "2022-01-06"), reported("c-2", "c", "2022-01-06"))
    source(project, "d", THURSDAY, "2022-01-06", reported("d-1", "d", "2022-01-06T10:30"))
    grouped(project, ["a-1", "b-1"], ["c-2", "d-1"])  # the second agrees: 10.30 is within the day
    items = review_items(project, happenings=[["a-1", "b-1"], ["c-2", "d-1"]])
    assert [(item.event, item.reasons, item.confidence) for item in items] == [
        ("a-1", ("disagree",), "medium"), ("b-1", ("disagree",), "medium")
    ]
    assert "andere bronnen van dezelfde gebeurtenis noemen een ander moment (b: 2022-01-05TMO)" in items[0].message
    assert main(["--root", str(project.root), "review"]) == 0
    out = capsys.readouterr().out
    assert "content/a.yml:" in out and "(a: 2022-01-06TMO)" in out and "content/c.yml" not in out
    content = project.content_dir / "b.yml"  # a title from a pull request is text on the editors' page, never markup
    content.write_text(content.read_text("utf-8").replace("title: null", "title: <script>x()</script>"), "utf-8")
    page = site_output(project, editors=True).pages[REVIEW_PAGE]  # the editors' page reads the groups file itself
    assert page.count("andere bronnen van dezelfde gebeurtenis noemen een ander moment") == 2
    assert "(&lt;script&gt;x()&lt;/script&gt;: 2022-01-05TMO)" in page and "<script>x" not in page

    content = project.content_dir / "b.yml"
    content.write_text(content.read_text("utf-8").replace("  - id: b-1\n", "  - id: b-1\n    confirmed: true\n"))
    assert [item.event for item in review_items(project, happenings=[["a-1", "b-1"]])] == ["a-1"]
