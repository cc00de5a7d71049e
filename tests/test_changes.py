"""`kroniek list --since`: the events a change to content/ adds, changes and removes, each at its line."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_check import VALID, line_of, make_project, write

from generator.cli import main

NEW_EVENT = """  - id: hand-1
    when: '2022-01-07'
    text: Vrijdag bleef het rustig | <b>echt</b>.
    expression: Vrijdag
"""


def base_and_head(tmp_path: Path) -> tuple[Path, Path, str]:
    """A project whose content/ changed since `base`: one `when` set, one event deleted, one added by hand."""
    (tmp_path / "p").mkdir()
    project = make_project(tmp_path / "p")
    write(project, VALID)
    write(project, VALID.replace("id: a-", "id: b-"), "b.yml")
    base = tmp_path / "base" / "content"
    shutil.copytree(project.content_dir, base)
    head = VALID.replace("when: 2022-01-06T21:00", "when: 2022-01-06T21:30") + NEW_EVENT
    write(project, head)
    other = VALID.replace("id: a-", "id: b-")
    start = other.index("  - id: b-21-00-uur")
    write(project, other[:start], "b.yml")
    return project.root, base, head


def test_each_event_changed_is_listed_at_its_line(tmp_path, capsys) -> None:
    root, base, head = base_and_head(tmp_path)
    assert main(["--root", str(root), "list", "--since", str(base)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"content/a.yml:{line_of(head, 'id: a-21-00-uur')}: gewijzigd: a-21-00-uur: when: 2022-01-06T21:00 → "
        "2022-01-06T21:30",
        f"content/a.yml:{line_of(head, 'id: hand-1')}: nieuw: hand-1 (2022-01-07): "
        "Vrijdag bleef het rustig | <b>echt</b>.",
        f"content/b.yml:{line_of(VALID, 'id: a-21-00-uur')}: verwijderd: b-21-00-uur (2022-01-06T21:00): "
        "Om 21.00 uur was het weer rustig.",
    ]


def test_annotations_mark_the_events_lines(tmp_path, capsys) -> None:
    root, base, head = base_and_head(tmp_path)
    assert main(["--root", str(root), "list", "--since", str(base), "--format", "github"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and all(line.startswith("::notice file=content/") for line in out)
    assert out[1].startswith(f"::notice file=content/a.yml,line={line_of(head, 'id: hand-1')},col=1::")


def test_the_summary_table_shows_article_text_as_text(tmp_path, capsys) -> None:
    root, base, _ = base_and_head(tmp_path)
    assert main(["--root", str(root), "list", "--since", str(base), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### Gebeurtenissen die deze wijziging raakt\n")
    row = next(line for line in out.splitlines() if "hand" in line)
    assert row.count(" | ") == 2 and "<b>" not in row and "\\<b\\>" in row and "rustig \\| " in row


def test_nothing_changed_says_so(tmp_path, capsys) -> None:
    (tmp_path / "p").mkdir()
    project = make_project(tmp_path / "p")
    write(project, VALID)
    assert main(["--root", str(project.root), "list", "--since", str(project.content_dir)]) == 0
    assert capsys.readouterr().out == "Deze wijziging raakt geen gebeurtenissen.\n"
    assert main(["--root", str(project.root), "list", "--since", str(tmp_path / "leeg"), "--format", "markdown"]) == 0
    assert "| nieuw |" in capsys.readouterr().out  # no base at all: every event is new


def test_a_mentions_offsets_are_no_change_its_value_and_a_confirmation_are(tmp_path, capsys) -> None:
    """A mention's `span` is where the machine found it, as an event's is; what it says, and `confirmed`, count."""
    (tmp_path / "p").mkdir()
    project = make_project(tmp_path / "p")
    mention = "    mentions:\n      - expression: rustig\n        value: PT2H\n        span: [74, 80]\n"
    with_mention = VALID.replace("    expression: 21.00 uur\n", "    expression: 21.00 uur\n" + mention)
    write(project, with_mention)
    base = tmp_path / "base" / "content"
    shutil.copytree(project.content_dir, base)
    write(project, with_mention.replace("span: [74, 80]", "span: [75, 81]"))
    assert main(["--root", str(project.root), "list", "--since", str(base)]) == 0
    assert capsys.readouterr().out == "Deze wijziging raakt geen gebeurtenissen.\n"
    confirmed = with_mention.replace("value: PT2H", "value: PT3H").replace(
        "  - id: a-21-00-uur\n", "  - id: a-21-00-uur\n    confirmed: true\n")
    write(project, confirmed)
    assert main(["--root", str(project.root), "list", "--since", str(base)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"content/a.yml:{line_of(confirmed, 'id: a-21-00-uur')}: gewijzigd: a-21-00-uur: ")
    assert "PT2H" in line and "PT3H" in line and "confirmed: — → true" in line
