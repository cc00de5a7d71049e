"""An editor's YAML mistakes, each named in plain words at the line where it was made, with how to mend it."""

from __future__ import annotations

import pytest
from test_check import VALID, line_of, write

from generator.cli import main
from generator.content.check import check_content
from generator.project import Project

TEXT = "    text: Om 21.00 uur was het weer rustig."
WHEN = "    when: 2022-01-06T21:00"
SECOND_ID = "  - id: a-21-00-uur"

MISTAKES = [  # (the valid line, what an editor made of it, words of the message)
    (TEXT, " " + TEXT, "springt 5 spaties in en de regel erboven 4: zet 'text' recht onder de velden erboven"),
    (TEXT, TEXT[1:], "springt 3 spaties in en de regel erboven 4"),
    (WHEN, "  " + WHEN, "springt 6 spaties in en de regel erboven 4: zet 'when' recht"),
    (SECOND_ID, " " + SECOND_ID, "het streepje van deze gebeurtenis staat 3 spaties ingesprongen, dat erboven 2"),
    ("  publisher: NOS", "   publisher: NOS", "springt 3 spaties in en de regel erboven 2"),
    (TEXT, "    text: De burgemeester zei: het is weer rustig.", "in de tekst van 'text' staat een dubbele punt met"),
    (TEXT, "    text: De burgemeester zei: het is weer rustig.", "zet de tekst tussen aanhalingstekens"),
    ("  title: Schoten", "  title: Almaty: schoten in de stad", "zet de tekst tussen aanhalingstekens"),
    (WHEN, "    when:", "'when' is leeg: hier hoort een TIMEX3-waarde"),
    (SECOND_ID, "    id: a-21-00-uur", "hier ontbreekt '- ' voor een nieuwe gebeurtenis: begin de regel met '- id:'"),
    (SECOND_ID, "  id: a-21-00-uur", "hier ontbreekt '- ' voor een nieuwe gebeurtenis"),
    (SECOND_ID, "  -id: a-21-00-uur", "zet een spatie na het streepje"),
    (TEXT, "    text: 'Om 21.00 uur was het weer rustig.", "hier begint een tekst met ' die op deze regel niet"),
    (TEXT, '    text: "Om 21.00 uur was het weer rustig.', 'hier begint een tekst met " die op deze regel niet'),
    ("  title: Schoten", "  title: 's Avonds schoten", "schrijf die ' dubbel"),
    (TEXT, "    text: 'Om 21.00 uur' was het weer rustig.", "houdt op voordat de regel ophoudt"),
    (TEXT, "\ttext: Om 21.00 uur was het weer rustig.", "hier staat een tab: YAML springt alleen in met spaties"),
    (WHEN, "    when:2022-01-06T21:00", "zet een spatie na de dubbele punt van 'when'"),
    (TEXT, "    text: - Om 21.00 uur was het weer rustig.", "de tekst van 'text' begint met '-', dat in YAML iets"),
    (TEXT, "    text: [Om 21.00 uur] was het weer rustig.", "de tekst van 'text' begint met '['"),
    (TEXT, "    text: @politie: Om 21.00 uur was het weer rustig.", "de tekst van 'text' begint met '@'"),
    ("  publisher: NOS", "  publisher: NOS\n  publisher: ANP", "het veld 'publisher' staat twee keer"),
]  # fmt: skip


@pytest.mark.parametrize(("valid", "wrong", "words"), MISTAKES, ids=[m[1].strip()[:40] for m in MISTAKES])
def test_each_mistake_is_named_in_plain_words_where_it_was_made(project: Project, valid, wrong, words) -> None:
    assert VALID.count(valid) == 1
    text = VALID.replace(valid, wrong)
    write(project, text)
    problems = check_content(project)
    assert len(problems) == 1, problems
    (problem,) = problems
    made = next(n for n, (a, b) in enumerate(zip(text.splitlines(), VALID.splitlines(), strict=False), 1) if a != b)
    assert problem.line == made
    assert words in problem.message


def test_an_unclosed_quote_is_named_where_it_opened_not_where_the_parser_gave_up(project: Project) -> None:
    """libyaml reads on to the next `'` (a `'s` many lines further) and stops there; the editor's mistake is above."""
    text = VALID.replace("    text: De politie schoot", "    text: 'De politie schoot").replace(
        "    expression: 21.00 uur", "    expression: 21.00 uur\n    context: ['s Avonds was het stil.']")
    write(project, text)
    (problem,) = check_content(project)
    assert (problem.line, problem.column) == (line_of(text, "text: 'De politie"), 11)
    assert "niet wordt afgesloten" in problem.message


def test_a_quoted_text_over_two_lines_is_no_mistake(project: Project) -> None:
    text = VALID.replace(TEXT, "    text: 'Om 21.00 uur was\n      het weer rustig.'")
    write(project, text)
    assert check_content(project) == []


def test_the_command_prints_the_plain_message_at_the_line(project: Project, capsys) -> None:
    text = VALID.replace("    text: Om 21.00 uur", "    text: Gemeld: om 21.00 uur")
    write(project, text)
    assert main(["--root", str(project.root), "check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"content/a.yml:{line_of(text, 'Gemeld')}:11: in de tekst van 'text' staat een dubbele punt")
    assert "mapping values" not in out and "expected" not in out


@pytest.fixture
def project(tmp_path) -> Project:
    from test_check import make_project

    return make_project(tmp_path)
