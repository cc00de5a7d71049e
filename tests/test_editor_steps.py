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

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from generator.content.check import check_content, errors
from generator.content.store import dump, parse, read
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
    ("Na de storm van zondag reed maandag geen trein.", "Na de storm van zondag reden maandag geen treinen."),
)
OPTIONAL_FIELDS = ("context", "review", "mod", "span", "sentence", "mentions", "anchor")
MISSING = object()  # a field an event lacks


class Newsroom:
    """One article, its content file, and the editor's hand on it."""

    def __init__(self, root: Path) -> None:
        (root / "seeds").mkdir()
        self.project = Project(root)
        self.content = root / "content" / f"{SLUG}.yml"

    def write_article(self, sentences: list[str], published: str = "2023-02-10") -> None:
        (self.project.seeds_dir / f"{SLUG}.txt").write_text(f" date {published} {' '.join(sentences)}\n", "utf-8")

    def extract(self) -> None:
        """Extract and check, as `kroniek build` does: both must pass."""
        report = extract(self.project)
        assert not report.errors, report.errors
        problems = errors(check_content(self.project))  # an edited value may be implausible: a warning, no more
        assert not problems, [str(problem) for problem in problems]

    def values(self, path: Path) -> dict[str, Any]:
        """A file's plain values, read by the fast reader: ruamel's round trip, which only an edit needs, made nine
        tenths of a run (the rules' preconditions and the invariant read the file at every step)."""
        return read(path.read_text("utf-8"), path.name).values

    def events(self) -> dict[str, dict[str, Any]]:
        return {fields["id"]: fields for fields in self.values(self.content)["events"]}

    def source(self) -> dict[str, Any]:
        return self.values(self.content)["source"]

    def edit(self, change: Callable[[Any], None]) -> None:
        """What an editor does in a pull request: change the parsed file and save it."""
        tree = parse(self.content.read_text("utf-8"), "t")
        change(tree)
        self.content.write_text(dump(tree), "utf-8")

    def event(self, tree: Any, ident: str) -> Any:
        return next(fields for fields in tree["events"] if fields["id"] == ident)

    def machine_event(self, ident: str) -> dict[str, Any]:
        """The event as the machine last wrote it (the merge's base, which an editor's file is compared with)."""
        base = self.project.content_dir / ".generated" / f"{SLUG}.yml"
        events = self.values(base)["events"] if base.is_file() else []
        return next((fields for fields in events if fields["id"] == ident), {})


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


def test_a_confirmed_event_keeps_its_value_when_the_machine_moves_it_and_its_flag_stays_cleared(tmp_path):
    everything = [first for first, _ in SENTENCES] + ["Zaterdag gaat de markt weer open."]
    room = newsroom(tmp_path, everything)
    markt, trein = ident_of(room, "Zaterdag"), ident_of(room, "maandag")
    assert room.events()[markt]["review"] == ["tense"]  # a present tense read as the future: doubted
    room.edit(lambda tree: room.event(tree, markt).__setitem__("confirmed", True))
    room.write_article(everything, published="2023-02-17")  # a week later: every weekday moves a week
    room.extract()
    assert (room.events()[markt]["when"], room.events()[markt]["confirmed"]) == ("2023-02-11", True)
    assert room.events()[trein]["when"] == "2023-02-13", "an unconfirmed event follows the machine"


def test_an_editors_mentions_and_time_zone_survive_re_extraction(tmp_path):
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    trein = ident_of(room, "maandag")
    assert [m["expression"] for m in room.events()[trein]["mentions"]] == ["zondag"]
    mentions = [{"expression": "de storm", "value": "2023-02-05"}]
    room.edit(lambda tree: room.event(tree, trein).__setitem__("mentions", mentions))
    room.edit(lambda tree: tree["source"].__setitem__("timezone", "Asia/Almaty"))
    room.write_article([second for _, second in SENTENCES])
    room.extract()
    room.write_article(everything)
    room.extract()
    assert room.events()[trein]["mentions"] == mentions
    assert room.source()["timezone"] == "Asia/Almaty"


def test_mentions_an_editor_changed_keep_offsets_that_hold_their_expression(tmp_path):
    """Found by the state machine: the editor owns `mentions`, the article's words move, check must still pass."""
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    trein = ident_of(room, "maandag")
    room.edit(lambda tree: room.event(tree, trein)["mentions"][0].__setitem__("value", "2023-02-04"))
    room.write_article(["Een nieuwe zin vooraf.", *everything])  # every offset moves
    room.extract()  # checks too
    (mention,) = room.events()[trein]["mentions"]
    assert mention["value"] == "2023-02-04" and mention["span"][0] > 200
    room.write_article([second for _, second in SENTENCES])  # the sentence is reworded: the event is lost
    room.extract()
    assert "span" not in room.events()[trein]["mentions"][0]


@pytest.mark.parametrize("confirm", [False, True])
def test_an_editor_writing_the_machines_own_value_changes_nothing_and_confirmed_keeps_it(tmp_path, confirm):
    """Found by the state machine: the file stays byte for byte the machine's, so its next reading of a reworded
    sentence replaces the event; a value the editor checked is kept by `confirmed: true`."""
    everything = [first for first, _ in SENTENCES]
    room = newsroom(tmp_path, everything)
    trein = ident_of(room, "maandag")
    written = room.content.read_text("utf-8")
    when = room.events()[trein]["when"]
    room.edit(lambda tree: room.event(tree, trein).__setitem__("when", when))
    assert room.content.read_text("utf-8") == written
    if confirm:
        room.edit(lambda tree: room.event(tree, trein).__setitem__("confirmed", True))
    room.write_article([*everything[:-1], SENTENCES[-1][1]])
    room.extract()
    events = room.events()
    assert any(ident != trein and fields["expression"] == "maandag" for ident, fields in events.items())
    if confirm:
        assert (events[trein]["when"], events[trein]["confirmed"]) == (when, True)
        assert "span" not in events[trein]
    else:
        assert trein not in events


def test_the_steps_expect_nothing_kept_of_an_editors_value_that_is_the_machines():
    """The state machine's own model, on the steps that found it: a value set to the machine's is no change."""
    steps = EditorSteps()
    steps.start()
    try:
        trein = ident_of(steps.room, "maandag")
        steps.set_value(trein, "when", steps.room.events()[trein]["when"])
        steps.reword_sentence(len(SENTENCES) - 1)
        steps.extract()  # the event is another now: nothing of the old one is expected
        trein = ident_of(steps.room, "maandag")
        steps.set_value(trein, "when", "2023-02-14")
        steps.extract()
        steps.set_value(trein, "when", steps.room.machine_event(trein)["when"])  # the editor's since the last run
        steps.reword_sentence(len(SENTENCES) - 1)
        steps.extract()  # the machine no longer finds it: kept whole, with the editor's value
        assert (trein, "when") in steps.set_fields
    finally:
        steps.teardown()


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
EDITOR_MENTIONS = st.sampled_from([[], [{"expression": "met de hand", "value": "2023-02-05"}]])
ZONES = st.sampled_from([None, "Asia/Almaty", "Europe/Amsterdam"])


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
        self.recorded: set[tuple[str, str]] = set()  # the fields an extraction took as the editor's: theirs for good
        self.deleted_fields: set[tuple[str, str]] = set()
        self.deleted: set[str] = set()
        self.added: dict[str, dict[str, Any]] = {}
        self.confirmed: set[str] = set()  # their `when` and `mod` as confirmed are in set_fields / deleted_fields
        self.timezone: tuple[Any] | None = None  # the editor's zone, once set
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
        self.recorded |= self.set_fields.keys() | self.deleted_fields

    # -- the editor

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data(), key=st.sampled_from(["when", "text", "context", "mentions"]))
    def change_value(self, data: st.DataObject, key: str) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        strategy = {"when": EDITOR_WHENS, "mentions": EDITOR_MENTIONS}.get(key, EDITOR_TEXTS)
        value: Any = data.draw(strategy)
        self.set_value(ident, key, [value] if key == "context" else value)

    def set_value(self, ident: str, key: str, value: Any) -> None:
        """The editor sets a field. The machine's own value, in a field not yet the editor's, is no change: the file is
        byte for byte the machine's, so the merge cannot see it (docs/editing.md: what differs from the machine's last
        output is the editor's), and the machine's next reading replaces it; `confirmed: true` is how an editor keeps
        a value they checked."""
        self.room.edit(lambda tree: self.room.event(tree, ident).__setitem__(key, value))
        self.deleted_fields.discard((ident, key))
        if (ident, key) in self.recorded or self.room.machine_event(ident).get(key, MISSING) != value:
            self.set_fields[(ident, key)] = value
        else:
            self.set_fields.pop((ident, key), None)

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data())
    def delete_event(self, data: st.DataObject) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        self.room.edit(lambda tree: tree["events"].remove(self.room.event(tree, ident)))
        self.deleted.add(ident)
        self.confirmed.discard(ident)
        self.set_fields = {place: value for place, value in self.set_fields.items() if place[0] != ident}
        self.deleted_fields = {place for place in self.deleted_fields if place[0] != ident}
        self.recorded = {place for place in self.recorded if place[0] != ident}

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data())
    def confirm_event(self, data: st.DataObject) -> None:
        """`confirmed: true`: the event as the editor sees it now is theirs, its `when` and `mod` too."""
        ident = data.draw(st.sampled_from(self.machine_ids()))
        fields = self.room.events()[ident]
        self.room.edit(lambda tree: self.room.event(tree, ident).__setitem__("confirmed", True))
        self.confirmed.add(ident)
        self.set_fields[(ident, "confirmed")] = True
        self.set_fields[(ident, "when")] = fields["when"]
        if "mod" in fields:
            self.set_fields[(ident, "mod")] = fields["mod"]
        else:
            self.deleted_fields.add((ident, "mod"))

    @rule(zone=ZONES)
    def set_timezone(self, zone: str | None) -> None:
        self.room.edit(lambda tree: tree["source"].__setitem__("timezone", zone))
        self.timezone = (zone,)

    @precondition(lambda self: self.machine_ids())
    @rule(data=st.data())
    def delete_field(self, data: st.DataObject) -> None:
        ident = data.draw(st.sampled_from(self.machine_ids()))
        present = [key for key in OPTIONAL_FIELDS if key in self.room.events()[ident]]
        if not present:
            return
        key = data.draw(st.sampled_from(present))
        self.room.edit(lambda tree: self.room.event(tree, ident).pop(key))
        self.set_fields.pop((ident, key), None)
        if key in self.room.machine_event(ident):  # else it only undoes the editor's own value, not yet extracted
            self.deleted_fields.add((ident, key))

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
        assert all(events[ident].get("confirmed") is True for ident in self.confirmed), "a confirmation was lost"
        if self.timezone is not None:
            assert self.room.source()["timezone"] == self.timezone[0], "the editor's time zone was undone"
        for (ident, key), value in self.set_fields.items():
            assert events[ident][key] == value, f"{ident}: the editor's {key} was undone"
        for ident, key in self.deleted_fields:
            assert key not in events[ident], f"{ident}: the deleted {key} came back"
        for ident, fields in self.added.items():
            assert {key: events[ident].get(key) for key in fields} == fields, f"{ident}: an added event changed"


# Not the explain phase: once a run fails, Hypothesis traces every later run for it (settrace before Python 3.12),
# which made each shrink run ~5x slower; it stopped at its five-minute limit with 25 steps left unshrunk.
PHASES = [phase for phase in Phase if phase is not Phase.explain]
EditorSteps.TestCase.settings = settings(
    max_examples=12, stateful_step_count=25, deadline=None, suppress_health_check=list(HealthCheck), phases=PHASES
)
test_editor_steps = EditorSteps.TestCase
