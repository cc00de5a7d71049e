"""Editors' steps and article changes in any order: nothing an editor changed or deleted is undone.

Real projects on disk, real extractions and real checks. The regression tests
replay sequences that once lost an editor's work; `EditorSteps` is a state
machine that tries sequences at random (`benchmarks/fuzz_editing.py` runs it
for longer).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from generator.content.check import check_content, errors
from generator.content.merge import plain
from generator.content.store import dump, parse
from generator.pipeline import extract
from generator.project import Project

SLUG = "a"
# Each sentence of the article, as first written and reworded; the second has no date and is context.
SENTENCES = (
    ("De raad besloot dinsdag tot sluiting.", "De raad besloot dinsdag opnieuw tot sluiting."),
    ("Niemand raakte gewond.", "Er raakte niemand gewond."),
    ("Op 3 maart opent de nieuwe brug.", "Op 3 maart gaat de nieuwe brug open."),
    ("Gisteravond brak brand uit in de haven.", "Gisteravond woedde een brand in de haven."),
    ("Vrijdagochtend vergadert het college.", "Het college vergadert vrijdagochtend."),
)
OPTIONAL_FIELDS = ("context", "review", "mod", "span", "sentence")


class Newsroom:
    """One article, its content file, and the editor's hand on it."""

    def __init__(self, root: Path) -> None:
        (root / "seeds").mkdir()
        self.project = Project(root)
        self.content = root / "content" / f"{SLUG}.yml"

    def write_article(self, sentences: list[str]) -> None:
        (self.project.seeds_dir / f"{SLUG}.txt").write_text(f" date 2023-02-10 {' '.join(sentences)}\n", "utf-8")

    def extract(self) -> None:
        """Extract and check, as `kroniek build` does: both must pass."""
        report = extract(self.project)
        assert not report.errors, report.errors
        problems = errors(check_content(self.project))  # an edited value may be implausible: a warning, no more
        assert not problems, [str(problem) for problem in problems]

    def events(self) -> dict[str, dict[str, Any]]:
        return {fields["id"]: fields for fields in plain(parse(self.content.read_text("utf-8"), "t"))["events"]}

    def edit(self, change: Callable[[Any], None]) -> None:
        """What an editor does in a pull request: change the parsed file and save it."""
        tree = parse(self.content.read_text("utf-8"), "t")
        change(tree)
        self.content.write_text(dump(tree), "utf-8")

    def event(self, tree: Any, ident: str) -> Any:
        return next(fields for fields in tree["events"] if fields["id"] == ident)


def newsroom(tmp_path: Path, sentences: list[str]) -> Newsroom:
    room = Newsroom(tmp_path)
    room.write_article(sentences)
    room.extract()
    return room


def ident_of(room: Newsroom, expression: str) -> str:
    return next(ident for ident, fields in room.events().items() if fields["expression"] == expression)


# -- regressions ----------------------------------------------------------------------------------------------------


def test_a_deleted_event_stays_deleted_when_its_sentence_goes_and_comes_back(tmp_path):
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    brug = ident_of(room, "3 maart")
    room.edit(lambda tree: tree["events"].remove(room.event(tree, brug)))
    room.extract()
    room.write_article([s for s in everything if "maart" not in s])
    room.extract()
    room.write_article(everything)
    room.extract()
    assert brug not in room.events()
    assert "deleted" in (tmp_path / "content" / ".generated" / f"{SLUG}.yml").read_text("utf-8")


def test_a_deleted_field_stays_deleted_when_its_sentence_goes_and_comes_back(tmp_path):
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    raad = ident_of(room, "dinsdag")
    assert "context" in room.events()[raad]
    room.edit(lambda tree: room.event(tree, raad).pop("context"))
    room.write_article(everything[1:])
    room.extract()
    assert "context" not in room.events()[raad]  # kept: the editor touched it
    room.write_article(everything)
    room.extract()
    assert "context" not in room.events()[raad]


def test_a_deleted_field_stays_deleted_when_the_machine_drops_it_and_finds_it_again(tmp_path):
    """The context sentence goes and comes back: the machine agreeing for a while is no reason to forget."""
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    raad = ident_of(room, "dinsdag")
    room.edit(lambda tree: room.event(tree, raad).pop("context"))
    room.write_article([s for s in everything if "gewond" not in s])
    room.extract()
    room.write_article(everything)
    room.extract()
    assert "context" not in room.events()[raad]


def test_an_edited_event_whose_sentence_changes_keeps_the_edit_and_check_passes(tmp_path):
    """The old offsets point at other text now: they are dropped, the editor's `when` stays, check passes."""
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    brand = ident_of(room, "Gisteravond")
    room.edit(lambda tree: room.event(tree, brand).__setitem__("when", "2023-02-08TEV"))
    room.write_article([SENTENCES[2][0], SENTENCES[3][1], SENTENCES[4][0]])
    room.extract()  # checks too
    kept = room.events()[brand]
    assert kept["when"] == "2023-02-08TEV"
    assert "span" not in kept and "sentence" not in kept


def test_an_edited_event_found_again_takes_the_machines_new_offsets(tmp_path):
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    brand = ident_of(room, "Gisteravond")
    room.edit(lambda tree: room.event(tree, brand).__setitem__("when", "2023-02-08TEV"))
    room.write_article([s for s in everything if "Gisteravond" not in s])
    room.extract()
    room.write_article(["Eerst dit.", *everything])
    room.extract()
    found = room.events()[brand]
    assert found["when"] == "2023-02-08TEV"
    article = (tmp_path / "seeds" / f"{SLUG}.txt").read_text("utf-8")
    assert article[slice(*found["span"])] == "Gisteravond"


def test_an_editors_value_stays_after_the_machine_found_the_same_and_then_another(tmp_path):
    """A value once set by an editor is theirs, even after the machine's output happened to match it."""
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    raad = ident_of(room, "dinsdag")
    room.edit(lambda tree: room.event(tree, raad).__setitem__("context", ["Er raakte niemand gewond."]))
    room.write_article([s.replace("Niemand raakte", "Er raakte niemand") for s in everything])
    room.extract()
    room.write_article(everything)
    room.extract()
    assert room.events()[raad]["context"] == ["Er raakte niemand gewond."]


def test_an_editor_can_add_a_deleted_event_back_by_hand(tmp_path):
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    brug = ident_of(room, "3 maart")
    removed = room.events()[brug]
    room.edit(lambda tree: tree["events"].remove(room.event(tree, brug)))
    room.extract()
    room.edit(lambda tree: tree["events"].append(removed))
    room.extract()
    room.extract()
    assert room.events()[brug]["when"] == "2023-03-03"


def test_a_tampered_record_in_the_base_is_an_error_at_its_line(tmp_path):
    room = newsroom(tmp_path, [first for first, _ in SENTENCES])
    room.edit(lambda tree: tree["events"].pop())
    room.extract()
    base = tmp_path / "content" / ".generated" / f"{SLUG}.yml"
    text = base.read_text("utf-8")
    tampered = text.replace("  deleted:\n    - ", "  deleted:\n    - {x: 1}\n    - ")
    base.write_text(tampered, "utf-8")
    room.write_article([first for first, _ in SENTENCES][1:])
    report = extract(room.project)
    (error,) = report.errors
    assert error.path == f"content/.generated/{SLUG}.yml"
    assert error.line == tampered.splitlines().index("    - {x: 1}") + 1


# -- any sequence ---------------------------------------------------------------------------------------------------

EDITOR_WHENS = st.sampled_from(["2023-02-06", "2023-02-14", "2023-03", "2023"])
EDITOR_TEXTS = st.sampled_from(["Door een redacteur.", "Let op: #1 'quote'", "Er raakte niemand gewond."])


class EditorSteps(RuleBasedStateMachine):
    """Editor edits, article changes and extractions in any order.

    The model is what the editor did; the invariant, after every extraction, that all of it is
    still there (and check passes, which `Newsroom.extract` asserts).
    """

    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="kroniek-editing-"))
        self.room = Newsroom(self.folder)
        self.present = [True] * len(SENTENCES)
        self.reworded = [False] * len(SENTENCES)
        self.set_fields: dict[tuple[str, str], Any] = {}
        self.deleted_fields: set[tuple[str, str]] = set()
        self.deleted: set[str] = set()
        self.added: dict[str, dict[str, Any]] = {}
        self.write_article()
        self.room.extract()

    def teardown(self) -> None:
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)

    def write_article(self) -> None:
        chosen = zip(SENTENCES, self.present, self.reworded, strict=True)
        self.room.write_article([pair[int(worded)] for pair, here, worded in chosen if here] or ["Leeg."])

    def machine_ids(self) -> list[str]:
        return sorted(ident for ident in self.room.events() if ident not in self.added)

    # -- the article

    @rule(index=st.integers(0, len(SENTENCES) - 1))
    def toggle_sentence(self, index: int) -> None:
        self.present[index] = not self.present[index]
        self.write_article()

    @rule(index=st.integers(0, len(SENTENCES) - 1))
    def reword_sentence(self, index: int) -> None:
        self.reworded[index] = not self.reworded[index]
        self.write_article()

    @rule()
    def extract(self) -> None:
        self.room.extract()
        self.assert_nothing_lost()

    # -- the editor

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data(), key=st.sampled_from(["when", "text", "context"]))
    def change_value(self, data: st.DataObject, key: str) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        value: Any = data.draw(EDITOR_WHENS if key == "when" else EDITOR_TEXTS)
        value = [value] if key == "context" else value
        self.room.edit(lambda tree: self.room.event(tree, ident).__setitem__(key, value))
        self.set_fields[(ident, key)] = value
        self.deleted_fields.discard((ident, key))

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data())
    def delete_event(self, data: st.DataObject) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        self.room.edit(lambda tree: tree["events"].remove(self.room.event(tree, ident)))
        self.deleted.add(ident)
        self.set_fields = {place: value for place, value in self.set_fields.items() if place[0] != ident}
        self.deleted_fields = {place for place in self.deleted_fields if place[0] != ident}

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data())
    def delete_field(self, data: st.DataObject) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        present = [key for key in OPTIONAL_FIELDS if key in self.room.events()[ident]]
        if not present:
            return
        key = data.draw(st.sampled_from(present))
        self.room.edit(lambda tree: self.room.event(tree, ident).pop(key))
        self.deleted_fields.add((ident, key))
        self.set_fields.pop((ident, key), None)

    @rule(when=EDITOR_WHENS, text=EDITOR_TEXTS)
    def add_event(self, when: str, text: str) -> None:
        fields = {"id": f"hand-{len(self.added)}", "when": when, "text": text, "expression": "met de hand"}
        self.room.edit(lambda tree: tree["events"].append(dict(fields)))
        self.added[fields["id"]] = fields

    # -- what must hold

    @invariant()
    def no_editor_work_is_lost(self) -> None:
        if hasattr(self, "room"):
            self.assert_nothing_lost()

    def assert_nothing_lost(self) -> None:
        events = self.room.events()
        assert not self.deleted & set(events), "a deleted event came back"
        for (ident, key), value in self.set_fields.items():
            assert events[ident][key] == value, f"{ident}: the editor's {key} was undone"
        for ident, key in self.deleted_fields:
            assert key not in events[ident], f"{ident}: the deleted {key} came back"
        for ident, fields in self.added.items():
            assert {key: events[ident].get(key) for key in fields} == fields, f"{ident}: an added event changed"


EditorSteps.TestCase.settings = settings(
    max_examples=12, stateful_step_count=25, deadline=None, suppress_health_check=list(HealthCheck)
)
test_editor_steps = EditorSteps.TestCase
