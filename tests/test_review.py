"""`kroniek review`: what needs an editor, with the days a month-only article points to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.model import Event, SourceMeta
from generator.project import Project
from generator.review import ReviewItem, review_items
from generator.store import save

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
        "a-1",
        "a",
        "2022-01",
        THURSDAY.strip(),
        "donderdagochtend",
        (26, 42),
        (0, 80),
        review="weekday cannot be placed with a publication date known only to the month",
    )
    unknown = Event("a-2", "a", "XXXX-01-01", THURSDAY.strip(), "Nieuwjaarsdag", (0, 2), (0, 80))
    settled = Event("a-3", "a", "2022-01-06TMO", THURSDAY.strip(), "donderdagochtend", (26, 42), (0, 80))
    source(project, "a", THURSDAY, "2022-01-06", unsettled, unknown, settled)
    assert sorted((item.kind, item.event, item.message) for item in review_items(project)) == [
        ("event", "a-1", "weekday cannot be placed with a publication date known only to the month"),
        ("event", "a-2", "'XXXX-01-01' is not fully known"),
    ]


def test_the_command_lists_items_and_speaks_json(project, capsys):
    source(project, "a", THURSDAY, None)
    assert main(["--root", str(project.root), "review"]) == 0
    assert capsys.readouterr().out.startswith("content/a.yml: geen publicatiedatum")
    assert main(["--root", str(project.root), "review", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["kind"] == "published" and item["candidates"] == []
