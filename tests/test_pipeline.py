"""The extract stage across runs: which date is the reference, which file a source owns, errors per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.merge import plain
from generator.content.store import generated_path, load_all, parse
from generator.pipeline import _extracted, extract
from generator.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "seeds").mkdir()
    return Project(tmp_path)


def article(project: Project, name: str, text: str) -> Path:
    path = project.seeds_dir / name
    path.write_text(text, encoding="utf-8")
    return path


def whens(project: Project, slug: str) -> list[str]:
    return [e.when for d in load_all(project) if d.source.slug == slug for e in d.events]


def content(project: Project, slug: str) -> Path:
    return project.content_dir / f"{slug}.yml"


def test_a_corrected_date_in_the_article_reaches_an_untouched_file(project: Project) -> None:
    article(project, "g.txt", " date 2023-02 De raad besloot dinsdag tot sluiting.\n")
    assert not extract(project).errors
    assert whens(project, "g") == ["2023-02"]
    article(project, "g.txt", " date 2023-02-10 De raad besloot dinsdag tot sluiting.\n")
    assert not extract(project).errors
    assert whens(project, "g") == ["2023-02-07"]
    assert "published: '2023-02-10'" in content(project, "g").read_text()


def test_an_editors_date_wins_over_the_articles(project: Project) -> None:
    article(project, "g.txt", " date 2023-02 De raad besloot dinsdag tot sluiting.\n")
    extract(project)
    path = content(project, "g")
    path.write_text(path.read_text().replace("published: 2023-02", "published: '2023-02-17'"))
    extract(project)
    assert whens(project, "g") == ["2023-02-14"]
    article(project, "g.txt", " date 2023-02-10 De raad besloot dinsdag tot sluiting. Nog iets.\n")
    extract(project)
    assert whens(project, "g") == ["2023-02-14"]
    assert "published: '2023-02-17'" in path.read_text()


def test_extracting_one_article_never_takes_another_ones_file(project: Project) -> None:
    article(project, "a-b.txt", "Maandag begon het.\n")
    article(project, "A b.txt", "Dinsdag eindigde het.\n")
    extract(project)
    before = {p.name: p.read_text() for p in project.content_dir.glob("*.yml")}
    assert len(before) == 2
    extract(project, [project.seeds_dir / "A b.txt"])
    after = {p.name: p.read_text() for p in project.content_dir.glob("*.yml")}
    assert after == before


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        ("published: '2023-02-30'", "'published': "),
        ("published: 20230210", "'published': "),
        ("language: ../../lang/nl", "'language': "),
    ],
)
def test_a_broken_source_field_is_named_with_its_line_and_the_others_go_on(
    project: Project, edit: str, words: str
) -> None:
    article(project, "g.txt", " date 2023-02-10 Dinsdag besloot de raad.\n")
    article(project, "h.txt", " date 2023-02-10 Woensdag volgde de stemming.\n")
    extract(project)
    path = content(project, "g")
    key = edit.split(":")[0]
    lines = path.read_text().splitlines()
    number = next(n for n, line in enumerate(lines, 1) if line.strip().startswith(f"{key}:"))
    lines[number - 1] = f"  {edit}"
    path.write_text("\n".join(lines) + "\n")
    article(project, "h.txt", " date 2023-02-10 Woensdag volgde de stemming. Donderdag niet.\n")
    report = extract(project)
    *found, left_alone = report.errors  # the errors, then that the file was left as it was
    assert found and all(e.path == "content/g.yml" and e.line == number and words in e.message for e in found)
    assert left_alone.path == "content/g.yml" and left_alone.line is None
    assert ("content/h.yml", "updated") in report.outcomes


def test_an_article_in_a_language_without_data_is_an_error_not_a_crash(project: Project) -> None:
    article(project, "de.md", "---\ntitle: Bericht\nlanguage: de\n---\nAm Montag begann es.\n")
    article(project, "nl.txt", "Maandag begon het.\n")
    report = extract(project)
    (error,) = report.errors
    assert error.path == "seeds/de.md" and "'de'" in error.message
    assert [name for name, _ in report.outcomes] == ["content/nl.yml"]


def test_a_file_whose_event_kept_its_old_id_is_not_taken_as_just_extracted(project: Project) -> None:
    """The machine's output with a carried id is not what it just made: the grouping reads the file, not the events
    in memory, or it would name an id the file does not have."""
    path = article(project, "g.txt", " date 2023-02-10 De raad besloot dinsdag tot sluiting.\n")
    assert _extracted(project, path, "g", "seeds/g.txt", None)[3] is not None  # the machine's own, as just made
    text = content(project, "g").read_text(encoding="utf-8")
    made = plain(parse(text, "g.yml"))["events"][0]
    start, end = made["span"]
    old = text.replace(f"id: {made['id']}", "id: g-oud")
    old = old.replace(f"span: [{start}, {end}]", f"span: [{start - 8}, {end}]")
    old = old.replace(f"expression: {made['expression']}", f"expression: besloot {made['expression']}")
    assert "besloot dinsdag" in old and "g-oud" in old
    for file in (content(project, "g"), generated_path(content(project, "g"))):
        file.write_text(old, encoding="utf-8")  # as an earlier rule left it: the editors never touched it
    assert _extracted(project, path, "g", "seeds/g.txt", None)[3] is None
    assert [event.id for document in load_all(project) for event in document.events] == ["g-oud"]
