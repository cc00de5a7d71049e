"""Hostile values in articles and content files: each becomes `path:line: message`, never a traceback.

Every case here crashed a command (or slipped through check and crashed the build) before it was fixed.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
from pathlib import Path

import pytest

import generator
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


@pytest.mark.parametrize(
    "text",
    [
        "---\npublished: 0001-06-01\n---\nVorig jaar met Pasen brandde de molen af.\n",  # the year 0
        "---\npublished: 9999-12-05\n---\nVolgende maand gaat de brug open.\n",  # the year 10000
        "---\npublished: 9999-12-31\n---\nVRIJDAG 31 DECEMBER\n\n00.10 uur: Binnen.\n\n23.40 uur: Hoger.\n",
    ],
)
def test_a_date_counted_past_the_calendar_is_named_and_the_others_extracted(
    tmp_path: Path, run_kroniek, text: str
) -> None:
    seeds_with(tmp_path, "rand.md", text)
    result = run_kroniek("extract", cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: seeds/rand.md: a date it names" in result.stderr
    assert (tmp_path / "content" / "goed.yml").is_file() and not (tmp_path / "content" / "rand.yml").exists()


@pytest.mark.parametrize("when", ["9999-12-31", "9999-12", "9999-W52", "9999-WI", "999"])
def test_a_when_past_the_end_of_the_calendar_is_a_problem_at_its_line(project: Project, when: str) -> None:
    text = with_when(when)
    write(project, text)
    [problem] = check_content(project)  # before: an OverflowError out of check, or an event silently unplaced
    assert problem.line == line_of(text, f"when: '{when}'")
    assert problem.message == f"'when': {when} reikt voorbij het einde van 9999, waar de kalender ophoudt"


@pytest.mark.parametrize("when", ["0999-01-06", "0001", "0001-01-01TMO", "0050-03"])
def test_years_before_1000_pass_check_and_build(project: Project, when: str, run_kroniek, repo: Path) -> None:
    shutil.copy(repo / "mkdocs.yml", project.root / "mkdocs.yml")
    shutil.copytree(repo / "site_templates", project.root / "site_templates")
    write(project, with_when(when).replace("when: 2022-01-06T21:00", "when: '2022-01-06'"))
    assert [p.severity for p in check_content(project)] == ["warning"]  # 'donderdagochtend' in 2022, not in that year
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
    problems = check_content(project)
    assert {problem.line for problem in problems} == {line_of(text, "file: ")}
    assert any("het artikel 'seeds/a\x00b'" in problem.message for problem in problems)


# -- a `.generated` base a pull request changed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "line", "problem"),
    [("events: 5\nsource: {file: seeds/x.txt}\n", 1, "'events:' moet een lijst zijn"),
     ("just text\n", 1, "dit bestand moet bestaan uit velden, met 'source:' en 'events:'"),
     ("source: []\nevents: []\n", 1, "'source:' moet bestaan uit velden"),
     ("source: {file: seeds/x.txt}\nevents:\n  - 3\n", 3, "elke gebeurtenis moet bestaan uit velden")],
)
def test_a_base_of_the_wrong_shape_is_named_at_its_line(project_copy: Path, run_kroniek, base, line, problem) -> None:
    """The base is committed beside the content file, so an outsider can change it: check, extract and the build
    each name its line (before: a TypeError out of all three)."""
    named = sorted((project_copy / "content" / ".generated").glob("*.yml"))[0]
    named.write_text(base, "utf-8")
    where = f"content/.generated/{named.name}:{line}:"
    for command in (("check",), ("extract",), ("build",)):
        result = run_kroniek(*command, cwd=project_copy)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (command, result.stderr)
        assert f"{where}" in result.stdout + result.stderr and problem in result.stdout + result.stderr, command


# -- a content/ that cannot be written --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("blocked", "named"),
    [("content", "content: cannot make the extraction lock here"),
     ("content/.generated", "content/.generated/goed.yml: dit is niet te onderzoeken"),
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


# -- calendar injection: control characters and line ends --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [("url: null", 'url: "https://a.example/x\\r\\nATTACH:https://evil.example/x"', "url"),
     ("id: a-donderdagochtend", 'id: "e1\\n"', "id"),
     ("timezone: null", 'timezone: "Europe/Amsterdam\\u2028X"', "timezone"),
     ("file: seeds/a.txt", 'file: "seeds/a.txt\\n"', "file"),
     ("title: Schoten", 'title: "Scho\\e[2Jten"', "title"),
     ("publisher: NOS", 'publisher: "N\\x07OS"', "publisher"),
     ("text: De politie", 'text: "\\e]0;pwned\\aDe politie', "text")],
)
def test_a_control_character_or_line_break_is_a_problem_at_its_value(
    project: Project, old: str, new: str, field: str
) -> None:
    text = VALID.replace(old, new, 1)
    if new.startswith('text: "'):
        text = text.replace("op betogers.\n", 'op betogers."\n', 1)
    assert text != VALID
    write(project, text)
    problems = [p for p in check_content(project) if f"'{field}' bevat" in p.message]
    assert [p.line for p in problems] == [line_of(text, new.split(":")[0] + ": ")]
    assert "U+00" in problems[0].message or "U+2028" in problems[0].message


def test_line_breaks_and_tabs_in_prose_are_fine(project: Project) -> None:
    """A Markdown paragraph spans lines, so an event's sentence may hold its line breaks."""
    text = VALID.replace("title: Schoten", 'title: "Scho\\tten"', 1).replace(
        "text: Om 21.00 uur was het weer rustig.", 'text: "Om 21.00 uur\\r\\nwas het weer rustig."', 1)
    write(project, text)
    assert check_content(project) == []


@pytest.mark.parametrize(
    ("pointer", "valid"),
    [("/$defs/source/properties/published", "2022-01-06"), ("/$defs/source/properties/language", "nl"),
     ("/$defs/event/properties/id", "e1"), ("/$defs/event/properties/when", "2022-01-06TMO")],
)
def test_the_schemas_patterns_end_at_the_end_of_the_text(pointer: str, valid: str) -> None:
    """jsonschema-rs's `$` is the end of the text (Rust's regex, not multi-line), unlike Python's `$`."""
    import jsonschema_rs

    from generator.content.check import _schema

    schema = _schema()
    for part in pointer.strip("/").split("/"):
        schema = schema[part]
    validator = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": schema["pattern"]})
    assert validator.is_valid(valid)
    for tail in ("\n", "\r\n", "\nX"):
        assert not validator.is_valid(valid + tail), (pointer, tail)


@pytest.mark.parametrize("value", ["2022-01-06\n", "2022-01\n"])
def test_a_published_with_a_final_line_break_is_a_problem(project: Project, value: str) -> None:
    text = VALID.replace("published: '2022-01-06'", f"published: {value!r}".replace("'", '"'), 1)
    assert text != VALID
    write(project, text)
    problems = check_content(project)
    assert problems and all(p.line == line_of(text, "published:") for p in problems)


def _python_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    found = []
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if module.name.startswith("generator.plugin"):
            continue  # imports MkDocs; its patterns are MkDocs' own
        loaded = importlib.import_module(module.name)
        source = Path(loaded.__file__).read_text("utf-8")
        found.extend(
            (module.name, name, value)
            for name, value in vars(loaded).items()
            if isinstance(value, re.Pattern) and f"{name} = re.compile(" in source  # Kroniek's own, not imported
        )
    return found


def test_no_python_pattern_ends_with_dollar() -> None:
    """`$` matches before a final line break too: `^\\S+$` passes `e1\\n`. `\\Z` or `fullmatch` ends the text."""
    patterns = _python_patterns()
    assert len(patterns) > 20
    offenders = [f"{module}.{name}" for module, name, pattern in patterns if re.search(r"(?<!\\)\$", pattern.pattern)]
    assert offenders == []


def test_a_url_that_is_not_one_line_is_never_linked_nor_put_in_the_calendar() -> None:
    from generator.making.exports import events_ics
    from generator.making.render import web_url
    from generator.model import Document, SourceMeta
    from tests.test_check import MORNING

    url = "https://a.example/x\r\nATTACH:https://evil.example/x"
    assert web_url(url) is None and web_url("https://a.example/x y") is None
    assert web_url("https://a.example/x") == "https://a.example/x"
    source = SourceMeta(slug="a", file="seeds/a.txt", title="T", url=url)
    ics = events_ics([Document(path="content/a.yml", source=source, events=(MORNING,))])
    assert "\nATTACH" not in ics and "evil.example" not in ics


def test_a_date_alone_on_the_first_line_is_the_publication_date(tmp_path: Path) -> None:
    """The prefix's `$` matched only before the file's last line break, so `date 2022-01-06` alone was text."""
    from generator.text.articles import read_article

    (tmp_path / "a.txt").write_text("date 2022-01-06\nKop\nDonderdag kwamen zij bijeen.\n", "utf-8")
    source = read_article(tmp_path / "a.txt", tmp_path)
    assert source.published == "2022-01-06" and source.title == "Kop"


# -- an article whose content file would be too big ------------------------------------------------------------------


def test_an_article_making_a_content_file_over_the_limit_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    """65,000 one-line paragraphs (under 1 MB) make a content file check refuses, which would stop every build."""
    from generator.content.store import MAX_YAML_CHARS
    from generator.pipeline import extract

    seeds_with(tmp_path, "veel.txt", "date 2022-01-06\n" + "Op maandag.\n" * 65_000)
    assert (tmp_path / "seeds" / "veel.txt").stat().st_size < 1_000_000
    report = extract(Project(tmp_path))
    [error] = report.errors
    assert error.path == "seeds/veel.txt"
    assert "its events would make content/veel.yml" in error.message and f"at most {MAX_YAML_CHARS:,}" in error.message
    assert not (tmp_path / "content" / "veel.yml").exists()
    assert not (tmp_path / "content" / ".generated" / "veel.yml").exists()
    assert report.outcomes == (("content/goed.yml", "created"),)


# -- terminal escapes -----------------------------------------------------------------------------------------------

TITLE_ESCAPE = "\\e]0;pwned\\a"  # as YAML writes it: ESC ] 0 ; ... BEL retitles the terminal window


def test_check_shows_terminal_escapes_from_yaml_escaped(project: Project, run_kroniek) -> None:
    text = VALID.replace("  publisher: NOS\n", f'  publisher: NOS\n  "x{TITLE_ESCAPE}\\e[2J": 1\n', 1).replace(
        "expression: donderdagochtend", f'expression: "donder{TITLE_ESCAPE}dagochtend"', 1)
    write(project, text)
    for arguments in (("check",), ("check", "--format", "github")):
        result = run_kroniek(*arguments, cwd=project.root, timeout=60)
        assert result.returncode == 1
        shown = result.stdout + result.stderr
        assert "\x1b" not in shown and "\x07" not in shown
        assert "\\x1b]0;pwned\\x07" in shown  # the problems still say what is there
        assert "onbekend veld 'x\\x1b]0;pwned\\x07\\x1b[2J'" in shown


def test_list_and_review_show_terminal_escapes_escaped(project: Project, run_kroniek) -> None:
    text = VALID.replace("text: Om 21.00 uur", f'text: "{TITLE_ESCAPE}\\u202eOm 21.00 uur', 1).replace(
        "was het weer rustig.\n", 'was het weer rustig."\n', 1).replace(
        "id: a-21-00-uur", f'id: "a\\x9b31m"\n    review: "kijk{TITLE_ESCAPE}"', 1)
    write(project, text)
    for command in ("list", "review"):
        result = run_kroniek(command, cwd=project.root, timeout=60)
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", shown), command
    assert "\\x1b]0;pwned\\x07\\u202eOm 21.00 uur" in run_kroniek("list", cwd=project.root).stdout
    assert "a\\x9b31m" in run_kroniek("review", cwd=project.root).stdout


def test_an_extract_error_quoting_an_article_shows_its_escapes_escaped() -> None:
    from generator.errors import InputError

    assert str(InputError("seeds/a\x1b[2J.txt", "front matter 'x\x9b\u2028'", 3)) == (
        "seeds/a\\x1b[2J.txt:3: front matter 'x\\x9b\\u2028'")
