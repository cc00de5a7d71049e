"""`kroniek check` warns when a `when` contradicts its own expression and the publication date, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.content.check import check_content, errors
from generator.content.store import GENERATED_DIR, generated_yaml
from generator.model import Event, SourceMeta
from generator.project import Project

# Thursday 6 January 2022. Sentences of our own, in the tense a report uses.
PUBLISHED = "2022-01-06"
SENTENCES = {
    "vannacht": "Vannacht werd er opnieuw geschoten in het centrum van de stad.",
    "gisteravond": "Gisteravond bestormden betogers het stadhuis.",
    "donderdag": "Donderdag sloot de luchthaven voor alle verkeer.",
    "Nieuwjaarsdag": "De prijsverhoging op Nieuwjaarsdag was de aanleiding voor de protesten.",
    "die avond": "Die avond viel het besluit om het leger in te zetten.",
    "destijds": "Het plan was destijds al omstreden.",
}
ARTICLE = " ".join(SENTENCES.values()) + "\n"


def event(expression: str, when: str) -> Event:
    sentence = SENTENCES[expression]
    start = ARTICLE.index(sentence)
    offset = start + sentence.lower().index(expression.lower())
    return Event(
        id=f"a-{expression.replace(' ', '-')}",
        source="a",
        when=when,
        text=sentence,
        expression=sentence[offset - start : offset - start + len(expression)],
        span=(offset, offset + len(expression)),
        sentence_span=(start, start + len(sentence)),
    )


def project_with(root: Path, *events: Event, published: str | None = PUBLISHED) -> Project:
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "content").mkdir()
    meta = SourceMeta(slug="a", file="seeds/a.txt", title="Onrust", published=published)
    (root / "content" / "a.yml").write_text(generated_yaml(meta, events), "utf-8")
    return Project(root)


IMPLAUSIBLE = [  # (expression, the value an editor set, what the expression gives in an article of 6 January 2022)
    ("vannacht", "2022-01-06TNI", "2022-01-05TNI"),  # the night after publication
    ("gisteravond", "2022-01-08TEV", "2022-01-05TEV"),  # two days after it
    ("donderdag", "2022-01-07", "2022-01-06"),  # a Friday
    ("Nieuwjaarsdag", "2021-01-01", "2022-01-01"),  # another year
]


@pytest.mark.parametrize(("expression", "when", "reading"), IMPLAUSIBLE)
def test_a_value_its_expression_does_not_allow_is_a_warning(tmp_path, expression, when, reading) -> None:
    project = project_with(tmp_path, event(expression, when))
    (problem,) = check_content(project)
    assert problem.severity == "warning"
    text = (project.content_dir / "a.yml").read_text("utf-8")
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1) if f"when: {when}" in line
                                or f"when: '{when}'" in line)
    assert f"'when' {when} past niet bij '{event(expression, when).expression}'" in problem.message
    assert f"in een artikel van {PUBLISHED}: dat zou {reading} zijn" in problem.message


@pytest.mark.parametrize(("expression", "when", "reading"), IMPLAUSIBLE)
def test_the_expressions_own_value_or_a_finer_one_is_no_warning(tmp_path, expression, when, reading) -> None:
    finer = f"{reading}T22:30" if len(reading) == 10 else reading
    project = project_with(tmp_path, event(expression, reading), event("destijds", "2021"))
    assert check_content(project) == []
    (project.content_dir / "a.yml").write_text(
        (project.content_dir / "a.yml").read_text("utf-8").replace(f"when: '{reading}'", f"when: {finer}"), "utf-8")
    assert check_content(project) == []


@pytest.mark.parametrize(
    ("expression", "when", "published"),
    [
        ("die avond", "2022-01-09TEV", PUBLISHED),  # anaphoric: the tagger counts from an assumed day, with a note
        ("destijds", "1999", PUBLISHED),  # the tagger finds nothing
        ("gisteravond", "2022-03-02TEV", "2022-01"),  # a month-only article: the tagger cannot tell the day
        ("gisteravond", "2022-03-02TEV", None),  # no publication date at all
    ],
)
def test_no_warning_where_the_tagger_is_not_sure(tmp_path, expression, when, published) -> None:
    project = project_with(tmp_path, event(expression, when), published=published)
    assert check_content(project) == []


def test_a_warning_leaves_the_exit_code_0_and_says_it_is_one(tmp_path, capsys) -> None:
    project = project_with(tmp_path, event("vannacht", "2022-01-06TNI"))
    assert main(["--root", str(project.root), "check"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("content/a.yml:") and ": waarschuwing: 'when' 2022-01-06TNI past niet bij" in out
    assert "1 waarschuwing(en)" in err and "geen fouten" in err
    assert main(["--root", str(project.root), "check", "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith("::warning file=content/a.yml,line=")


def test_an_editor_who_confirmed_the_value_has_decided_and_gets_no_warning(tmp_path) -> None:
    """The warning says how to settle a value that is right after all; once settled, nothing is said."""
    project = project_with(tmp_path, event("vannacht", "2022-01-06TNI"), event("gisteravond", "2022-01-08TEV"))
    (vannacht, gisteravond) = check_content(project)
    assert "zet dan 'confirmed: true' bij de gebeurtenis" in vannacht.message
    content = project.content_dir / "a.yml"
    content.write_text(content.read_text("utf-8").replace("  - id: a-vannacht\n", "  - id: a-vannacht\n"
                                                          "    confirmed: true\n"), "utf-8")
    assert [problem.message for problem in check_content(project)] == [gisteravond.message]


def test_a_warning_is_remembered_with_the_clean_file(tmp_path) -> None:
    project = project_with(tmp_path, event("vannacht", "2022-01-06TNI"))
    first = check_content(project)
    assert check_content(project) == first and errors(first) == []


def test_the_machines_own_values_raise_no_warning(project_copy: Path, run_kroniek) -> None:
    result = run_kroniek("check", cwd=project_copy)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_no_warning_on_what_extraction_wrote_from_varied_articles(tmp_path: Path) -> None:
    """The tagger read each expression in its article; read again in its sentence it must agree."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from corpus import write_corpus

    from generator.pipeline import extract

    write_corpus(tmp_path / "seeds", 60, seed=18)
    project = Project(tmp_path)
    assert not extract(project).errors
    shutil.rmtree(project.content_dir / GENERATED_DIR)  # no base: every event is read as an editor's
    events = sum(text.count("\n  - id: ") for text in (p.read_text("utf-8") for p in project.content_dir.glob("*.yml")))
    assert events > 200
    assert check_content(project) == []


def with_base(project: Project) -> Path:
    """The content file as the machine's own output: its `.generated` base holds the same text."""
    content = project.content_dir / "a.yml"
    (project.content_dir / GENERATED_DIR).mkdir()
    (project.content_dir / GENERATED_DIR / "a.yml").write_text(content.read_text("utf-8"), "utf-8")
    return content


def test_only_what_an_editor_changed_is_read_again(tmp_path) -> None:
    """The machine's own values carry their doubt in `review:`; the warning is for what an editor wrote, so an
    event as the machine wrote it (the same in its `.generated` base) is not tagged a second time."""
    project = project_with(tmp_path, event("vannacht", "2022-01-06TNI"), event("gisteravond", "2022-01-05TEV"))
    content = with_base(project)
    assert check_content(project) == []
    content.write_text(content.read_text("utf-8").replace("2022-01-05TEV", "2022-01-08TEV"), "utf-8")
    (warning,) = check_content(project)
    assert "'when' 2022-01-08TEV past niet bij 'Gisteravond'" in warning.message


def test_a_changed_publication_date_reads_every_event_again(tmp_path) -> None:
    """An editor who corrects `published` changes what every expression means: none counts as the machine's."""
    project = project_with(tmp_path, event("donderdag", "2022-01-06"))
    content = with_base(project)
    assert check_content(project) == []
    text = content.read_text("utf-8")
    content.write_text(text.replace(f"published: '{PUBLISHED}'", "published: '2022-01-14'"), "utf-8")
    (warning,) = check_content(project)
    assert "in een artikel van 2022-01-14: dat zou 2022-01-13 zijn" in warning.message


def test_a_time_of_day_that_contradicts_its_expression_is_an_error_even_in_a_base_from_elsewhere(tmp_path) -> None:
    """A base and content file that agree prove nothing on their own (a pull request can change both): a clock time
    that contradicts the part of day named is an error."""
    project = project_with(tmp_path, event("vannacht", "2022-01-05T15:00"))
    with_base(project)
    (problem,) = check_content(project)
    assert problem.severity == "error" and "spreekt 'Vannacht'" in problem.message


def test_events_as_this_projects_extraction_recorded_them_are_not_tagged_again(tmp_path, monkeypatch) -> None:
    """The machine wrote each `when` from its expression: tagging every expression again on a first build cost a sixth
    of the check. A base is the machine's when its hash is the one the project's extraction recorded."""
    from generator.content import check
    from generator.pipeline import extract
    from generator.support import cache

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(f" date {PUBLISHED} {ARTICLE}", "utf-8")
    monkeypatch.setattr(cache, "RACY_NS", 0)
    extract(Project(tmp_path))
    extract(Project(tmp_path))  # records the files as the first run left them
    tagged: list[str] = []
    conflict = check.time_of_day_conflict
    monkeypatch.setattr(check, "time_of_day_conflict", lambda *a, **k: tagged.append(a[1]) or conflict(*a, **k))
    project = Project(tmp_path)
    content = project.content_dir / "a.yml"
    assert check.check_file(project, content, "content/a.yml").problems == ()
    assert tagged, "without the record every event is read again"
    tagged.clear()
    extract(project)  # as a build does first: the record is read
    assert check.check_file(project, content, "content/a.yml").problems == () and tagged == []
