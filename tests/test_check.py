"""`kroniek check`: each kind of problem, found in real files, at the line to fix."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema_rs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.content import check, store, yamlfast
from generator.content.check import Problem, check_and_load, check_content, impossible_date, time_of_day_conflict
from generator.content.store import generated_yaml
from generator.errors import InputError
from generator.model import Event, SourceMeta
from generator.project import Project

ARTICLE = "De politie schoot donderdagochtend op betogers. Om 21.00 uur was het weer rustig.\n"
META = SourceMeta(slug="a", file="seeds/a.txt", title="Schoten", published="2022-01-06", publisher="NOS")
MORNING = Event(
    id="a-donderdagochtend",
    source="a",
    when="2022-01-06TMO",
    text="De politie schoot donderdagochtend op betogers.",
    expression="donderdagochtend",
    span=(18, 34),
    sentence_span=(0, 47),
)
EVENING = Event(
    id="a-21-00-uur",
    source="a",
    when="2022-01-06T21:00",
    text="Om 21.00 uur was het weer rustig.",
    expression="21.00 uur",
    span=(51, 60),
    sentence_span=(48, 81),
)
VALID = generated_yaml(META, (MORNING, EVENING))


def make_project(root: Path) -> Project:
    """A project in `root` with the article `seeds/a.txt` and an empty `content/`."""
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "content").mkdir()
    return Project(root)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path)


def write(project: Project, text: str, name: str = "a.yml") -> None:
    (project.content_dir / name).write_text(text, "utf-8")


def line_of(text: str, piece: str) -> int:
    """The 1-based number of the first line holding `piece`."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if piece in line)


def changed_line(text: str) -> int:
    """The 1-based number of the first line where `text` differs from the valid file."""
    return next(n for n, (a, b) in enumerate(zip(text.splitlines(), VALID.splitlines(), strict=True), 1) if a != b)


def only_problem(project: Project) -> Problem:
    problems = check_content(project)
    assert len(problems) == 1, problems
    return problems[0]


def test_the_generated_file_has_no_problems(project):
    write(project, VALID)
    assert check_content(project) == []


def test_the_valid_files_offsets_hold_their_expressions():
    assert ARTICLE[18:34] == "donderdagochtend" and ARTICLE[51:60] == "21.00 uur"
    assert ARTICLE[0:47] == MORNING.text and ARTICLE[48:81] == EVENING.text


WRONG_VALUES = [  # (what the valid file has, what an editor wrote instead, words of the problem)
        ("when: 2022-01-06TMO", "when: 2022-02-30TMO", "dag die niet bestaat"),
        ("when: 2022-01-06TMO", "when: 2022-13", "maand die niet bestaat"),
        ("when: 2022-01-06TMO", "when: 2021-W54", "week die 2021 niet heeft"),
        ("published: '2022-01-06'", "published: '2022-02-29'", "dag die niet bestaat"),
        ("when: 2022-01-06TMO", "when: 6 januari", "'6 januari' is geen datum die Kroniek kan lezen"),
        ("published: '2022-01-06'", "published: 6-1-2022", "'6-1-2022' klopt niet: hier hoort een dag"),
        ("span: [18, 34]", "span: [18, 200]", "voorbij de 82 tekens van het artikel"),
        ("span: [18, 34]", "span: [34, 18]", "begint na zijn eind"),
        ("span: [18, 34]", "span: [17, 33]", "wijst naar ' donderdagochten', niet naar de uitdrukking"),
        ("sentence: [0, 47]", "sentence: [0, 470]", "'sentence' [0, 470] reikt voorbij"),
        ("span: [18, 34]", "span: [18]", "'span' is te kort: [18]"),
        ("when: 2022-01-06TMO", "when: 2022", "zet '2022' tussen aanhalingstekens"),
        ("when: 2022-01-06TMO", "when: 2022-01-06T22:00", "spreekt 'donderdagochtend' (06:00–12:00) in de"),
        ("when: 2022-01-06T21:00", "when: 2022-01-06TMO", "spreekt '21.00 uur' (21:00) in de uitdrukking tegen"),
        ("when: 2022-01-06T21:00", "when: 2022-H1", "geen datum of tijd die de tijdlijn kan plaatsen"),
        ("when: 2022-01-06T21:00", "when: P3D", "geen datum of tijd die de tijdlijn kan plaatsen"),
        ("timezone: null", "timezone: Europe/Amsterdamm", "'Europe/Amsterdamm' is geen tijdzone"),
        ("timezone: null", "timezone: ../../../etc/passwd", "'../../../etc/passwd' is geen tijdzone"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "words"), WRONG_VALUES)
def test_each_wrong_value_is_reported_at_its_line(project, old, new, words):
    text = VALID.replace(old, new, 1)
    write(project, text)
    problem = only_problem(project)
    assert problem.path == "content/a.yml"
    assert problem.line == changed_line(text)
    assert words in problem.message


ADDED_FIELDS = [  # (lines an editor adds below the evening's expression, words of the problem at the first)
        ("    review: [tense, weekday]\n", "'weekday' is niet een van dct-unknown"),
        ("    review: kijk hier naar\n", "'kijk hier naar' is geen lijst of leeg (null)"),
        ("    anchor: '2022-02-30'\n", "dag die niet bestaat"),
        ("    anchor: gisteren\n", "'gisteren' klopt niet: hier hoort de eerdere datum"),
        ("    confirmed: ja\n", "'ja' is geen ja of nee (true/false)"),
        ("    mentions:\n      - expression: rustig\n        value: 2022-01-06TXX\n",
         "'2022-01-06TXX' klopt niet: hier hoort de TIMEX3-waarde"),
        ("    mentions:\n      - expression: rustig\n        value: '2022-01-06'\n        span: [70, 75]\n",
         "wijst naar 'eer r', niet naar de uitdrukking 'rustig'"),
        ("    mentions:\n      - value: '2022-01-06'\n", "hier ontbreekt het veld 'expression'"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "words"), ADDED_FIELDS)
def test_each_wrong_new_field_is_reported_at_its_line(project, lines, words):
    text = VALID.replace("    expression: 21.00 uur\n", "    expression: 21.00 uur\n" + lines)
    write(project, text)
    problem = only_problem(project)
    first = text.splitlines().index(lines.splitlines()[0]) + 1
    assert first <= problem.line <= first + lines.count("\n") - 1
    assert words in problem.message


def test_confirmed_review_codes_mentions_and_a_zone_pass(project):
    lines = ("    review: [several-dates, tense]\n    anchor: 2022-01-06TMO\n    confirmed: true\n"
             "    mentions:\n      - expression: rustig\n        value: PT2H\n        span: [74, 80]\n")
    text = VALID.replace("    expression: 21.00 uur\n", "    expression: 21.00 uur\n" + lines)
    write(project, text.replace("timezone: null", "timezone: Asia/Almaty"))
    assert check_content(project) == []


def test_an_unknown_field_is_reported_at_its_key(project):
    text = VALID.replace("    expression: 21.00 uur\n", "    expression: 21.00 uur\n    wanneer: morgen\n")
    text = text.replace("  publisher: NOS\n", "  publisher: NOS\n  auteur: X\n")
    write(project, text)
    problems = check_content(project)
    assert [(p.line, p.column) for p in problems] == [(line_of(text, "auteur"), 3), (line_of(text, "wanneer"), 5)]
    assert "onbekend veld 'auteur'" in problems[0].message


def test_a_language_the_tagger_has_no_data_for_is_reported_at_its_line(project):
    text = VALID.replace("language: nl", "language: xx")
    write(project, text)
    problem = only_problem(project)
    assert (problem.line, problem.column) == (line_of(text, "language:"), 13) and "'xx'" in problem.message


def test_a_missing_field_is_reported_at_its_event(project):
    text = VALID.replace("    expression: 21.00 uur\n", "")
    write(project, text)
    problem = only_problem(project)
    assert problem.line == line_of(text, "id: a-21-00-uur")
    assert "hier ontbreekt het veld 'expression'" in problem.message


def test_a_missing_article_is_reported_at_the_file_line(project):
    text = VALID.replace("file: seeds/a.txt", "file: seeds/weg.txt")
    write(project, text)
    problem = only_problem(project)
    assert (problem.line, problem.column) == (line_of(text, "file:"), 9)
    assert "het artikel 'seeds/weg.txt' bestaat niet" in problem.message


def test_a_duplicate_id_in_another_file_names_where_it_was_first_used(project):
    write(project, VALID)
    other = VALID.replace("id: a-21-00-uur", "id: b-21-00-uur")
    write(project, other, "b.yml")
    problem = only_problem(project)
    assert (problem.path, problem.line) == ("content/b.yml", line_of(other, "id: a-donderdagochtend"))
    first = f"content/a.yml:{line_of(VALID, 'id: a-donderdagochtend')}"
    assert f"het id 'a-donderdagochtend' wordt al gebruikt in {first}: geef" in problem.message


def test_an_unclosed_quote_is_reported_where_it_opened(project):
    write(project, VALID.replace("text: Om 21.00 uur was het weer rustig.", "text: 'Om 21.00 uur"))
    problem = only_problem(project)
    assert (problem.line, problem.column) == (line_of(VALID, "text: Om 21.00"), 11)
    assert problem.message.startswith("hier begint een tekst met ' die op deze regel niet wordt afgesloten")


def test_a_key_holding_a_mapping_is_reported_at_its_line(project):
    write(project, VALID.replace("  publisher: NOS\n", "  ? - naam: NOS\n  : uitgever\n"))
    problem = only_problem(project)
    assert (problem.line, problem.column) == (line_of(VALID, "publisher"), 5)  # where the key starts
    assert "een veldnaam kan geen lijst of blok zijn" in problem.message


def test_a_file_that_is_not_utf8_is_named(project):
    (project.content_dir / "a.yml").write_bytes(VALID.encode("utf-8").replace(b"Schoten", b"Sch\xf6ten"))
    assert only_problem(project) == Problem("content/a.yml", line_of(VALID, "Schoten"), 1,
                                           "dit is geen UTF-8-tekst (byte 0xf6): sla het bestand op als UTF-8")


def test_an_unquoted_date_is_the_date_an_editor_meant(project):
    """No error; the clock time of the day before is read against the day the editor typed (a warning says so).

    Told in the present tense, so the machine is sure a bare clock time is on the publication day (one told as
    gone may be the day before: `day-assumed`)."""
    typed = VALID.replace("published: '2022-01-06'", "published: 2022-01-07")
    write(project, typed.replace("Om 21.00 uur was het", "Om 21.00 uur is het"))
    (problem,) = check_content(project)
    assert problem.severity == "warning" and "'21.00 uur' in een artikel van 2022-01-07" in problem.message


def test_only_the_paths_given_are_checked(project):
    write(project, VALID.replace("when: 2022-01-06TMO", "when: 2022-13"), "broken.yml")
    write(project, VALID.replace("id: a-", "id: b-"), "b.yml")
    assert check_content(project, [project.content_dir / "b.yml"]) == []
    assert len(check_content(project, [project.content_dir])) == 1


def test_the_schema_is_valid_draft_2020_12_and_knows_every_timex3_shape():
    schema = json.loads(resources.files("generator").joinpath("content/schema/source.schema.json").read_text("utf-8"))
    assert jsonschema_rs.meta.is_valid(schema)
    when = re.compile(schema["$defs"]["event"]["properties"]["when"]["pattern"])
    good = ("2022-01-06", "2022-01-06TNI", "2022-01-06T22:30", "2022-W01-WE", "2021-SP", "199", "XXXX-01-01", "P2W")
    assert all(when.match(value) for value in good)
    assert not any(when.match(value) for value in ("P", "2022-1-6", "2022TMO", "gisteren", "2022-01-06T"))


def test_the_project_schema_helps_with_every_field_in_the_editors_language():
    """Each field an editor can write, nested ones (a mention's) too, has help from the catalogue; the shipped schema
    has none of its own."""
    from generator.lang.messages import messages

    def fields(part: dict, path: str = "") -> list[tuple[str, dict]]:
        found = [(f"{path}/{name}", inner) for name, inner in part.get("properties", {}).items()]
        found += [item for where, inner in found for item in fields(inner, where)]
        items = part.get("items")
        return found + (fields(items, f"{path}[]") if isinstance(items, dict) else [])

    shipped = json.loads(resources.files("generator").joinpath("content/schema/source.schema.json").read_text("utf-8"))
    assert "description" not in json.dumps(shipped)
    helped = check.schema_with_help(messages("nl"))
    every = [item for part in helped["$defs"].values() for item in fields(part)]
    assert {"/anchor", "/confirmed", "/review", "/mentions", "/mentions[]/value", "/timezone"} <= {p for p, _ in every}
    assert [path for path, part in every if not part.get("description")] == []
    assert "confirmed: true" in helped["$defs"]["event"]["properties"]["review"]["description"]


def test_the_pre_commit_hook_runs_the_check_on_content_files(repo):
    (hook,) = yaml.safe_load((repo / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert (hook["id"], hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "kroniek-check",
        "kroniek check",
        "python",
        False,
    )
    assert re.match(hook["files"], "content/a.yml") and not re.match(hook["files"], "seeds/a.txt")


def test_the_year_0_is_a_problem_not_a_crash():
    assert [bool(impossible_date(value)) for value in ("0000-W01", "0000-01-01", "0000", "0001-W01")] == [
        True, True, True, False,
    ]  # fmt: skip


def test_dates_the_calendar_has_are_possible():
    assert [impossible_date(v) for v in ("2024-02-29", "2020-W53", "2022-01-06T23:59", "2022-SP", "XXXX-01-01")] == [
        None
    ] * 5


@pytest.mark.parametrize(
    ("when", "expression", "conflict"),
    [
        ("2022-01-06T22:00", "donderdagochtend", True),
        ("2022-01-06TMO", "donderdagochtend", False),
        ("2022-01-06T09:15", "donderdagochtend", False),
        ("2022-01-06TMO", "21.00 uur", True),
        ("2022-01-06TEV", "21.00 uur", False),
        ("2022-01-05TNI", "03.00 uur", False),
        ("2022-01-06", "donderdagochtend", False),
    ],
)
def test_a_time_of_day_must_agree_with_its_expression(when, expression, conflict):
    assert (time_of_day_conflict(when, expression) is not None) == conflict


def test_the_command_prints_problems_and_exits_1(project, capsys):
    write(project, VALID.replace("when: 2022-01-06TMO", "when: 2022-13"))
    assert main(["--root", str(project.root), "check"]) == 1
    out, err = capsys.readouterr()
    line = line_of(VALID, "when: 2022-01-06TMO")
    assert out == f"content/a.yml:{line}:11: 'when': 2022-13 noemt een maand die niet bestaat\n"
    assert "1 fout(en)" in err


def test_the_command_speaks_github_annotations(project, capsys):
    write(project, VALID.replace("when: 2022-01-06TMO", "when: 2022-13"))
    assert main(["--root", str(project.root), "check", "--format", "github"]) == 1
    line = line_of(VALID, "when: 2022-01-06TMO")
    assert capsys.readouterr().out == (
        f"::error file=content/a.yml,line={line},col=11::'when': 2022-13 noemt een maand die niet bestaat\n"
    )


def test_the_command_is_quiet_but_for_a_summary_when_all_is_well(project, capsys):
    write(project, VALID)
    assert main(["--root", str(project.root), "check"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.strip() == "check: 1 inhoudsbestand(en), geen problemen"


def test_github_annotations_escape_what_github_reads_as_syntax():
    problem = Problem("content/a,b.yml", 3, 5, "50% wrong\nsee: here")
    assert problem.github() == "::error file=content/a%2Cb.yml,line=3,col=5::50%25 wrong%0Asee: here"


# -- the schema's problems, in editors' words -------------------------------------------------------------------------

BROKEN = [  # (a file an editor got wrong, the words of each problem in it)
    (VALID.replace("  publisher: NOS\n", "  publisher: NOS\n  editor: Jan\n"), ["onbekend veld 'editor'"]),
    (VALID.replace("    expression: donderdagochtend\n", ""), ["hier ontbreekt het veld 'expression'"]),
    (VALID.replace("  file: seeds/a.txt\n", "  file: 7\n"), ["'file': zet '7' tussen aanhalingstekens"]),
    (VALID.replace("  language: nl\n", "  language: 12\n"), ["'language': zet '12' tussen aanhalingstekens"]),
    (
        VALID.replace("  title: Schoten\n", "  title: [Schoten]\n"),
        ["'title': ['Schoten'] is geen tekst of leeg (null)"],
    ),
    (
        VALID.replace("    span: [18, 34]\n", "    mod: HALF\n    span: [18, -1, 3]\n"),
        ["'mod': 'HALF' is niet een van START, MID", "'span' is te lang: [18, -1, 3]",
         "'span': hier horen 2 getallen, er staan er 1 te veel",
         "deze waarde: -1 is kleiner dan 0"],
    ),
    (
        VALID.replace("    sentence: [0, 47]\n", "    sentence: [0.0, 47]\n    context: [1, 'x']\n"),
        ["deze waarde: zet '1' tussen aanhalingstekens, anders leest YAML het als een getal"],
    ),
    (
        VALID.replace("id: a-donderdagochtend", "id: a donderdagochtend"),
        ["'id': 'a donderdagochtend' klopt niet: hier hoort een unieke naam zonder spaties"],
    ),
    (VALID.replace("events:\n", "events: 3\nrest:\n"), ["'events': 3 is geen lijst", "onbekend veld 'rest'"]),
    ("- just\n- a list\n", ["deze waarde: ['just', 'a list'] is geen blok met velden"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), BROKEN)
def test_each_schema_problem_is_worded_for_editors_at_a_line_of_the_file(project, text, words):
    write(project, text)
    problems = check_content(project)
    assert [message for message in words if not any(message in problem.message for problem in problems)] == []
    assert len(problems) == len(words), problems
    assert all(1 <= problem.line <= len(text.splitlines()) for problem in problems)


def test_a_clean_file_is_checked_and_loaded_without_ruamel(project, monkeypatch):
    write(project, VALID)
    monkeypatch.setattr(store, "parse", lambda *_: pytest.fail("ruamel read a file only to check or load it"))
    checked = check.check_file(project, project.content_dir / "a.yml", "content/a.yml")
    assert checked.problems == ()
    assert checked.ids == tuple((event.id, line_of(VALID, f"id: {event.id}"), 9) for event in (MORNING, EVENING))
    assert checked.document is not None
    assert store.load_document(project.content_dir / "a.yml", "content/a.yml") == checked.document[1]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_file_found_clean_is_a_document_and_one_against_the_schema_is_never_clean(tmp_path_factory, data):
    project = make_project(tmp_path_factory.mktemp("p"))
    instance = _mutated(data, store.read(VALID, "a.yml").values)
    write(project, yaml.safe_dump(instance, allow_unicode=True, sort_keys=False))
    path = project.content_dir / "a.yml"
    checked = check.check_file(project, path, "content/a.yml")
    values = store.read(path.read_text("utf-8"), "a.yml").values
    assert checked.problems or check._validator().is_valid(values)
    if not checked.problems:
        assert checked.document is not None and checked.document[1] == store.load_document(path, "content/a.yml")


LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(),
    st.sampled_from(["", "x", "nl", "NL", "2022", "2022-01-06", "a b", "START", "2022-01-06TMO", "P3D", "x\n"]),
)  # fmt: skip


def _mutated(data: st.DataObject, value):
    """`value` with a few of its parts replaced, removed or added to."""
    if isinstance(value, dict):
        mutated = {key: _mutated(data, item) for key, item in value.items() if data.draw(st.integers(0, 9))}
        if not data.draw(st.integers(0, 9)):
            mutated[data.draw(st.sampled_from(["id", "when", "extra", "file", "span"]))] = data.draw(LEAVES)
        return mutated
    if isinstance(value, list):
        return [_mutated(data, item) for item in value] + data.draw(st.lists(LEAVES, max_size=1))
    return data.draw(LEAVES) if not data.draw(st.integers(0, 4)) else value


def test_check_and_load_parses_each_file_once_and_returns_the_documents(project, monkeypatch):
    write(project, VALID)
    write(project, VALID.replace("id: a-", "id: b-"), "b.yml")
    expected = tuple(store.load_document(project.content_dir / name, f"content/{name}") for name in ("a.yml", "b.yml"))
    read = yamlfast.read
    texts: list[str] = []

    def counted(text, yaml_rt):
        texts.append(text)
        return read(text, yaml_rt)

    monkeypatch.setattr(yamlfast, "read", counted)
    assert check_and_load(project) == ([], expected)
    assert len(texts) == 2, "a content file was parsed twice"  # an untouched file's base is its own text
    texts.clear()
    assert check_and_load(project) == ([], expected) and texts == [], "found clean and unchanged: not parsed again"


def test_check_and_load_gives_no_documents_while_a_file_has_problems(project):
    write(project, VALID)
    write(project, VALID.replace("id: a-", "id: b-").replace("when: 2022-01-06TMO", "when: 2022-13"), "b.yml")
    problems, documents = check_and_load(project)
    assert [problem.path for problem in problems] == ["content/b.yml"] and documents == ()


def test_a_file_changed_after_the_check_is_loaded_as_it_is_now(project):
    write(project, VALID)
    assert check_content(project) == []
    write(project, VALID.replace("when: 2022-01-06T21:00", "when: 2022-01-06T21:30"))
    (document,) = store.load_all(project)
    assert [event.when for event in document.events] == ["2022-01-06TMO", "2022-01-06T21:30"]


def test_an_unquoted_impossible_date_is_a_problem_at_its_line_not_a_crash(project):
    text = VALID.replace("when: 2022-01-06TMO", "when: 2022-02-30", 1)
    assert "when: 2022-02-30" in text
    write(project, text)
    [problem] = check_content(project)
    assert (problem.line, problem.column) == (line_of(text, "2022-02-30"), 11)
    assert "2022-02-30 staat niet op de kalender" in problem.message
    with pytest.raises(InputError, match="staat niet op de kalender") as caught:
        store.load_all(project)
    assert caught.value.line == problem.line


def test_a_number_too_long_to_read_is_a_problem_at_its_line_not_a_crash(project):
    """Python reads no decimal number of more than 4,300 digits: an outsider's file must not make that a traceback."""
    line = next(line for line in VALID.splitlines() if "span: [" in line)
    start = line.index("[") + 1
    text = VALID.replace(line, line[:start] + "9" * 5000 + line[line.index(",") :], 1)
    write(project, text)
    [problem] = check_content(project)
    assert (problem.line, problem.column) == (VALID.splitlines().index(line) + 1, start + 1)
    assert "5,000 cijfers" in problem.message
    with pytest.raises(InputError, match="5,000 cijfers") as caught:
        store.load_all(project)
    assert caught.value.line == problem.line


def test_an_empty_file_field_is_a_problem_not_a_crash(project):
    text = VALID.replace("file: seeds/a.txt", "file: ''", 1)
    write(project, text)
    problems = check_content(project)
    assert problems and all(problem.line == line_of(text, "file: ''") for problem in problems)
    assert any("het artikel '' mag niet worden gelezen" in problem.message for problem in problems)
