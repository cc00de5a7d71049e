"""Extraction never writes a content file that has errors: it names them where the editor typed them, leaves the
file (and its `.generated` base) byte for byte as it was, and extracts the other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import extract
from generator.project import Project

ARTICLES = {
    "a.txt": " date 2022-01-06 Vannacht werd er geschoten. Op Nieuwjaarsdag begonnen de protesten. "
    "Donderdagochtend was het rustig. Zaterdag gaat de markt weer open.\n",
    "b.txt": " date 2022-01-07 Gisteravond trokken betogers door de stad.\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "seeds").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "seeds" / name).write_text(text, "utf-8")
    project = Project(tmp_path)
    assert not extract(project).errors
    return project


def files(project: Project, slug: str) -> tuple[bytes, bytes]:
    """The content file and its `.generated` base, as bytes."""
    folder = project.content_dir
    return (folder / f"{slug}.yml").read_bytes(), (folder / ".generated" / f"{slug}.yml").read_bytes()


def edit(project: Project, old: str, new: str) -> tuple[str, int]:
    """An editor's change to a.yml; the text as saved and the line of the change."""
    path = project.content_dir / "a.yml"
    text = path.read_text("utf-8")
    assert text.count(old) >= 1, old
    changed = text.replace(old, new, 1)
    path.write_text(changed, "utf-8")
    lines = zip(changed.splitlines(), text.splitlines(), strict=False)
    return changed, next(n for n, (x, y) in enumerate(lines, 1) if x != y)


BROKEN = [  # (what the editor had, what they typed, words of the error)
    ("when: '2022-01-01'", "when: '2022-02-30'", "2022-02-30 noemt een dag die niet bestaat"),
    ("when: '2022-01-01'", "when: 2022-02-30", "2022-02-30 staat niet op de kalender"),
    ("when: '2022-01-01'", "when: 1 januari 2022", "schrijf '1 januari 2022' als 2022-01-01"),
    ("when: '2022-01-01'", "when:", "'when' is leeg"),
    ("    text: Op Nieuwjaarsdag", "    text: Gemeld: op Nieuwjaarsdag", "staat een dubbele punt met een spatie erna"),
    ("    text: Op Nieuwjaarsdag", "     text: Op Nieuwjaarsdag", "springt 5 spaties in en de regel erboven 4"),
    ("    text: Op Nieuwjaarsdag", "    text: 'Op Nieuwjaarsdag", "niet wordt afgesloten"),
    ("  - id: a-", "    id: a-", "hier ontbreekt '- ' voor een nieuwe gebeurtenis"),
    ("    expression: Nieuwjaarsdag", "    expressie: Nieuwjaarsdag", "onbekend veld 'expressie'"),
    # What editors write to settle an event and say where its times are.
    ("    review: [tense]", "    review: [tense, weekday]", "'weekday' is niet een van"),
    ("    review: [tense]", "    review: nagekeken", "'nagekeken' is geen lijst of leeg (null)"),
    ("    review: [tense]", "    confirmed: ja", "'ja' is geen ja of nee (true/false)"),
    ("    review: [tense]", "    anchor: '2022-02-30'", "2022-02-30 noemt een dag die niet bestaat"),
    ("    review: [tense]", "    mentions: [{value: '2022-01-01'}]", "hier ontbreekt het veld 'expression'"),
    ("  timezone: null", "  timezone: Europe/Amsterdamm", "'Europe/Amsterdamm' is geen tijdzone"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "words"), BROKEN)
def test_a_file_with_errors_is_left_byte_for_byte_and_named_where_the_editor_typed(project, old, new, words) -> None:
    untouched_b = files(project, "b")
    (project.seeds_dir / "b.txt").write_text(ARTICLES["b.txt"] + "Vrijdag volgde een verklaring.\n", "utf-8")
    text, line = edit(project, old, new)
    before = files(project, "a")
    (project.seeds_dir / "a.txt").write_text(ARTICLES["a.txt"] + "Zondag volgde een verklaring.\n", "utf-8")

    report = extract(project)

    assert files(project, "a") == before, "a file with errors was rewritten"
    assert (project.content_dir / "a.yml").read_text("utf-8") == text
    found = [error for error in report.errors if error.line == line and words in error.message]
    assert [error.path for error in found] == ["content/a.yml"], report.errors
    assert any(error.line is None and "staat nog precies zoals het was" in error.message for error in report.errors)
    assert ("content/b.yml", "updated") in report.outcomes and files(project, "b") != untouched_b
    assert "verklaring" in (project.content_dir / "b.yml").read_text("utf-8")


def test_once_mended_the_file_is_extracted_as_usual(project) -> None:
    edit(project, "when: '2022-01-01'", "when: '2022-02-30'")
    assert extract(project).errors
    edit(project, "when: '2022-02-30'", "when: '2021-12-31'")
    report = extract(project)
    assert not report.errors
    assert "when: '2021-12-31'" in (project.content_dir / "a.yml").read_text("utf-8")


def test_a_confirmed_event_in_a_file_without_errors_is_merged_and_stays_the_editors(project) -> None:
    """`confirmed: true` is no error: the file is merged as always, and the value the editor confirmed stays."""
    edit(project, "    review: [tense]\n", "    confirmed: true\n")
    edit(project, "when: '2022-01-01'", "when: '2021-01-01'")  # implausible, but confirmed: the editor decided
    (project.seeds_dir / "a.txt").write_text(ARTICLES["a.txt"] + "Zondag volgde een verklaring.\n", "utf-8")
    report = extract(project)
    assert not report.errors
    text = (project.content_dir / "a.yml").read_text("utf-8")
    assert "when: '2021-01-01'" in text and "confirmed: true" in text and "Zondag volgde" in text


def test_a_warning_does_not_stop_the_merge(project) -> None:
    """An implausible but possible value is the editor's to keep: extraction merges the file as always."""
    edit(project, "when: '2022-01-01'", "when: '2021-01-01'")
    (project.seeds_dir / "a.txt").write_text(ARTICLES["a.txt"] + "Zondag volgde een verklaring.\n", "utf-8")
    report = extract(project)
    assert not report.errors
    text = (project.content_dir / "a.yml").read_text("utf-8")
    assert "when: '2021-01-01'" in text and "Zondag volgde" in text


def test_the_command_names_each_error_and_exits_1(project, run_kroniek) -> None:
    _, line = edit(project, "when: '2022-01-01'", "when: '2022-02-30'")
    before = files(project, "a")
    result = run_kroniek("extract", cwd=project.root)
    assert result.returncode == 1
    assert f"error: content/a.yml:{line}:11: 'when': 2022-02-30 noemt een dag die niet bestaat" in result.stderr
    assert "1 file(s) with errors" in result.stderr
    assert files(project, "a") == before
