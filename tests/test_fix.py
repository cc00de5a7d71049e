"""A `when` in the words an editor types is understood, named as an error `check --fix` mends, and mended in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.content.check import check_content
from generator.content.store import generated_yaml
from generator.model import Event, SourceMeta
from generator.project import Project

ARTICLE = "Het plan was destijds al omstreden. Later volgde een besluit.\n"
META = SourceMeta(slug="a", file="seeds/a.txt", title="Plan", published="2022-01-10")


def content(when: str) -> str:
    """A content file whose second event's `when` is `when`, with an editor's comments above it and beside it."""
    events = (
        Event("a-1", "a", "2021", "Het plan was destijds al omstreden.", "destijds", (13, 21), (0, 35)),
        Event("a-2", "a", "2022-01-05", "Later volgde een besluit.", "Later", (36, 41), (36, 61)),
    )
    text = generated_yaml(META, events).replace("    when: '2022-01-05'\n", f"    when: {when}\n")
    return text.replace("  - id: a-2\n", "  # nagekeken door de redactie\n  - id: a-2  # toegevoegd\n")


def project_with(root: Path, text: str) -> Project:
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "content").mkdir()
    (root / "content" / "a.yml").write_text(text, "utf-8")
    return Project(root)


FORMS = [  # (as an editor types it, its TIMEX3 value, as the fixed file writes it)
    ("5 januari 2022", "2022-01-05", "'2022-01-05'"),
    ("2022-01-05 avond", "2022-01-05TEV", "2022-01-05TEV"),
    ("5 januari 2022 21.30", "2022-01-05T21:30", "2022-01-05T21:30"),
    ("nacht van 5 op 6 januari 2022", "2022-01-05TNI", "2022-01-05TNI"),
    ("6-1-2022 ochtend", "2022-01-06TMO", "2022-01-06TMO"),
    ("januari 2022", "2022-01", "2022-01"),
]


@pytest.mark.parametrize(("typed", "value", "written"), FORMS)
def test_a_when_in_words_is_an_error_naming_its_value(tmp_path, typed, value, written) -> None:
    text = content(typed)
    project = project_with(tmp_path, text)
    (problem,) = check_content(project)
    assert problem.severity == "error"
    assert problem.line == text.splitlines().index(f"    when: {typed}") + 1
    assert problem.message == f"'when': schrijf '{typed}' als {value}; `kroniek check --fix` doet het voor je"


@pytest.mark.parametrize(("typed", "value", "written"), FORMS)
def test_fix_writes_the_value_and_changes_nothing_else(tmp_path, capsys, typed, value, written) -> None:
    text = content(typed)
    project = project_with(tmp_path, text)
    assert main(["--root", str(project.root), "check", "--fix"]) == 0
    fixed = (project.content_dir / "a.yml").read_text("utf-8")
    assert fixed == text.replace(f"    when: {typed}\n", f"    when: {written}\n")
    assert "# nagekeken door de redactie" in fixed and "- id: a-2  # toegevoegd" in fixed
    assert "content/a.yml: 1 keer 'when' herschreven" in capsys.readouterr().err
    assert main(["--root", str(project.root), "check", "--fix"]) == 0  # nothing left to do: the file stays
    assert (project.content_dir / "a.yml").read_text("utf-8") == fixed


@pytest.mark.parametrize("typed", ["gisteren", "5 januari", "donderdag om 10 uur", "31 februari 2022", "binnenkort"])
def test_what_names_no_known_day_is_not_guessed(tmp_path, typed) -> None:
    """Without a year, or relative to a day the value does not name, there is nothing to write: the editor says."""
    text = content(typed)
    project = project_with(tmp_path, text)
    (problem,) = check_content(project)
    assert problem.message.startswith(f"'when': '{typed}' is geen datum die Kroniek kan lezen")
    assert main(["--root", str(project.root), "check", "--fix"]) == 1
    assert (project.content_dir / "a.yml").read_bytes() == text.encode("utf-8")


def test_a_year_written_as_a_number_is_put_in_quotes(tmp_path) -> None:
    text = content("2022")
    project = project_with(tmp_path, text)
    assert main(["--root", str(project.root), "check", "--fix"]) == 0
    assert (project.content_dir / "a.yml").read_text("utf-8") == text.replace("    when: 2022\n", "    when: '2022'\n")


def test_fix_leaves_a_file_it_cannot_read_as_it_was(tmp_path) -> None:
    text = content("5 januari 2022").replace("  title: Plan", "  title: Plan: besluit")
    project = project_with(tmp_path, text)
    assert main(["--root", str(project.root), "check", "--fix"]) == 1
    assert (project.content_dir / "a.yml").read_bytes() == text.encode("utf-8")
