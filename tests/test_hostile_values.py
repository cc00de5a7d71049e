"""Hostile values in articles and content files: each becomes `path:line: message`, never a traceback.

Every case here crashed a command (or slipped through check and crashed the build) before it was fixed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.content.check import check_content
from generator.project import Project
from tests.test_check import VALID, line_of, make_project, write

GOOD = "Goed bericht\nDe raad vergaderde op maandag 3 januari 2022 over de haven.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path)


def with_when(when: str) -> str:
    text = VALID.replace("when: 2022-01-06TMO", f"when: '{when}'", 1)
    assert text != VALID
    return text


def seeds_with(root: Path, name: str, text: str) -> None:
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / "goed.txt").write_text(GOOD, "utf-8")
    (root / "seeds" / name).write_text(text, "utf-8")


# -- dates at the ends of the calendar --------------------------------------------------------------------------------


def test_a_publication_date_of_9999_12_31_is_named_and_the_others_extracted(tmp_path: Path, run_kroniek) -> None:
    seeds_with(tmp_path, "eind.md", "---\npublished: 9999-12-31\n---\nDonderdag kwamen zij. Morgen weer.\n")
    result = run_kroniek("extract", cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: seeds/eind.md: a date it names, counted from its publication date, lies past 9999-12-31" in (
        result.stderr)
    assert (tmp_path / "content" / "goed.yml").is_file()


@pytest.mark.parametrize("when", ["9999-12-31", "9999-12", "9999-W52", "9999-WI", "999"])
def test_a_when_past_the_end_of_the_calendar_is_a_problem_at_its_line(project: Project, when: str) -> None:
    text = with_when(when)
    write(project, text)
    [problem] = check_content(project)  # before: an OverflowError out of check, or an event silently unplaced
    assert problem.line == line_of(text, f"when: '{when}'")
    assert problem.message == f"'when': {when} reaches past the end of 9999, where the calendar ends"


@pytest.mark.parametrize("when", ["0999-01-06", "0001", "0001-01-01TMO", "0050-03"])
def test_years_before_1000_pass_check_and_build(project: Project, when: str, run_kroniek, repo: Path) -> None:
    shutil.copy(repo / "mkdocs.yml", project.root / "mkdocs.yml")
    shutil.copytree(repo / "site_templates", project.root / "site_templates")
    write(project, with_when(when).replace("when: 2022-01-06T21:00", "when: '2022-01-06'"))
    assert check_content(project) == []
    result = run_kroniek("build", cwd=project.root, timeout=180)  # before: `Invalid isoformat string: '999-01-06T'`
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_interval_of_an_early_year_has_four_digits() -> None:
    from generator.temporal.values import interval

    assert interval("0999-01-06").start == "0999-01-06T00:00"
    assert interval("0001").end == "0002-01-01T00:00"


# -- text a content file cannot hold -----------------------------------------------------------------------------------


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\U0000d800"])
def test_a_lone_surrogate_in_text_is_a_problem_at_its_line(project: Project, escape: str) -> None:
    text = VALID.replace("text: De politie", f'text: "a{escape}b De politie', 1).replace(
        "op betogers.\n", 'op betogers."\n', 1)
    write(project, text)
    [problem] = check_content(project)
    assert problem.line == line_of(text, escape)
    assert "invalid Unicode character escape" in problem.message


def test_a_nul_in_file_is_a_problem_at_its_line(project: Project) -> None:
    text = VALID.replace("file: seeds/a.txt", 'file: "seeds/a\\0b"', 1)
    write(project, text)
    [problem] = check_content(project)
    assert problem.line == line_of(text, "file: ") and "cannot be read" in problem.message


# -- a content/ that cannot be written --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("blocked", "named"),
    [("content", "content: cannot make the extraction lock here"),
     ("content/.generated", "content/.generated/goed.yml: cannot write here: Not a directory"),
     ("schema", "schema: cannot write here")],
)
def test_a_file_where_a_folder_must_be_is_named(tmp_path: Path, run_kroniek, blocked: str, named: str) -> None:
    """As root no folder is read-only; a file where Kroniek must make a folder fails the same system calls."""
    seeds_with(tmp_path, "ander.txt", GOOD)
    (tmp_path / blocked).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / blocked).write_text("", "utf-8")
    result = run_kroniek("extract", cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {named}" in result.stderr


@pytest.mark.parametrize(
    ("when", "expression"),
    [("0001-01-01TEV", "gisteravond"), ("9999-12-31TMO", "morgenochtend"),
     ("0001-01-01T10:00", "vorige week om 10 uur"), ("9999-12-31TNI", "vannacht")],
)
def test_times_of_day_at_the_ends_of_the_calendar_contradict_nothing(when: str, expression: str) -> None:
    from generator.content.check import time_of_day_conflict

    assert time_of_day_conflict(when, expression) is None  # before: OverflowError out of check
