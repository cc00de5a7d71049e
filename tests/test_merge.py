"""The three-way merge: editors' corrections survive whatever the machine does next."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.content.check import editor_errors
from generator.content.merge import EditorRecord, carried_ids, plain, timeline_key
from generator.content.store import dump, generated_yaml, merge, merge_with_base, parse, three_way
from generator.errors import InputError
from generator.model import Event, Mention, SourceMeta
from generator.project import Project
from generator.temporal import tag
from generator.text import events as events_stage
from generator.text.articles import read_article
from generator.text.events import make_events

META = SourceMeta(slug="s", file="seeds/s.txt", title="Titel", published="2022-01", publisher="NOS")
WHENS = ("2021", "2022-01", "2022-01-05", "2022-01-05TEV", "2022-01-05TNI", "2022-01-06TMO", "2022-01-06T22:00")


def event(number: int, when: str = "2022-01-05", **changes) -> Event:
    start = 10 * number
    fields = dict(
        id=f"e{number}",
        source="s",
        when=when,
        text=f"Zin {number}.",
        expression=f"uitdrukking{number}",
        span=(start, start + 5),
        sentence_span=(start, start + 9),
    )
    return Event(**(fields | changes))


def events_of(text: str) -> dict:
    return {fields["id"]: fields for fields in plain(parse(text, "t"))["events"]}


def edit(text: str, change) -> str:
    """What an editor does: change the parsed file and save it."""
    tree = parse(text, "t")
    change(tree)
    return dump(tree)


EVENTS = {1: {}, 2: {"when": "2022-01-06TMO", "review": ("tense",)}, 3: {"when": "2022-01-06T22:00"}}
BASE = generated_yaml(META, tuple(event(n, **fields) for n, fields in EVENTS.items()))


def test_without_a_content_file_the_machine_output_is_taken():
    assert merge(None, None, BASE) == BASE


def test_an_untouched_file_comes_back_byte_for_byte_even_in_an_editors_own_formatting():
    ours = BASE.replace("events:\n", "# a comment\nevents:\n").replace("'2022-01'", "2022-01")
    assert merge(BASE, ours, BASE) is ours


def test_an_edited_field_keeps_the_editors_value_and_the_rest_follows_the_machine():
    ours = edit(BASE, lambda tree: tree["events"][0].__setitem__("text", "Verbeterde zin."))
    theirs = generated_yaml(META, (event(1, text="Nieuwe zin.", expression="nieuw"), event(2), event(3)))
    merged = events_of(merge(BASE, ours, theirs))
    assert merged["e1"]["text"] == "Verbeterde zin."
    assert merged["e1"]["expression"] == "nieuw"


def test_a_deleted_event_stays_deleted_and_a_deleted_field_stays_deleted():
    def change(tree):
        del tree["events"][0]
        del tree["events"][0]["review"]

    merged = events_of(merge(BASE, edit(BASE, change), BASE))
    assert "e1" not in merged
    assert "review" not in merged["e2"]


def test_an_added_event_without_offsets_stays_in_timeline_order():
    added = {"id": "hand-1", "when": "2022-01-06", "text": "Door een redacteur.", "expression": "6 januari"}
    merged = merge(BASE, edit(BASE, lambda tree: tree["events"].append(added)), BASE)
    assert [fields["id"] for fields in plain(parse(merged, "t"))["events"]] == ["e1", "hand-1", "e2", "e3"]


def test_an_edited_published_is_kept_while_events_take_the_values_resolved_with_it():
    ours = edit(BASE, lambda tree: tree["source"].__setitem__("published", "2022-01-06"))
    theirs = generated_yaml(replace(META, published="2022-01-06"), (event(1), event(2, "2022-01-06TMO"), event(3)))
    merged = plain(parse(merge(BASE, ours, theirs), "t"))
    assert merged["source"]["published"] == "2022-01-06"
    assert "review" not in merged["events"][1]


def test_the_tagger_dropping_an_event_drops_it_unless_an_editor_touched_it():
    ours = edit(BASE, lambda tree: tree["events"][1].__setitem__("when", "2022-01-06TAF"))
    theirs = generated_yaml(META, (event(3, "2022-01-06T22:00"),))
    assert set(events_of(merge(BASE, ours, theirs))) == {"e2", "e3"}


def test_a_new_event_is_added_in_timeline_order():
    theirs = generated_yaml(META, (event(4, "2021"), *[event(n, **fields) for n, fields in EVENTS.items()]))
    merged = merge(BASE, BASE, theirs)
    assert list(events_of(merged)) == ["e4", "e1", "e2", "e3"]


def test_events_found_for_an_empty_list_are_written_one_field_a_line():
    empty = generated_yaml(META, ())
    assert "events: []\n" in empty
    assert merge(empty, empty, BASE) == BASE


def test_comments_and_key_order_survive_a_merge_that_changes_other_fields():
    ours = BASE.replace("  publisher: NOS\n", "  # wie het schreef\n  publisher: NOS  # bevestigd\n")
    ours = ours.replace(
        "    text: Zin 1.\n    expression: uitdrukking1\n", "    expression: uitdrukking1\n    text: Zin 1.\n"
    )
    merged = merge(BASE, ours, generated_yaml(META, (event(1, text="Zin 1 opnieuw."), event(2), event(3))))
    assert "  # wie het schreef\n  publisher: NOS  # bevestigd\n" in merged
    assert "    expression: uitdrukking1\n    text: Zin 1 opnieuw.\n" in merged


def test_comments_above_an_event_or_field_move_and_go_with_it():
    ours = BASE.replace("  - id: e1\n", "  # bron: NOS-liveblog\n  - id: e1\n")
    ours = ours.replace("  - id: e3\n", "  # nagevraagd\n\n  - id: e3\n").replace(
        "    span: [30", "    # klopt\n    span: [30"
    )
    ours += "# einde\n"
    theirs = generated_yaml(META, (event(2, "2022-01-06TMO"), event(3, "2022-01-06T22:00", sentence_span=(1, 2))))
    assert merge(BASE, ours, theirs).endswith(
        "  # nagevraagd\n\n  - id: e3\n"
        "    when: 2022-01-06T22:00\n    text: Zin 3.\n    expression: uitdrukking3\n"
        "    # klopt\n    span: [30, 35]\n    sentence: [1, 2]\n# einde\n"
    )
    assert "bron" not in merge(BASE, ours, theirs)
    moved = generated_yaml(META, (event(2, "2022-01-06TMO"), event(3, "2022-01-06T22:00"), event(1, "2023")))
    assert merge(BASE, ours, moved).endswith(
        "  # bron: NOS-liveblog\n  - id: e1\n    when: '2023'\n"
        + "".join(
            f"    {line}\n"
            for line in ("text: Zin 1.", "expression: uitdrukking1", "span: [10, 15]", "sentence: [10, 19]")
        )
        + "# einde\n"
    )


def test_a_comment_below_an_events_mentions_stays_above_the_next_event_when_that_event_goes():
    """ruamel keeps the lines after a list of mappings (`mentions`) at the list's end, not at its last line."""
    with_mentions = generated_yaml(META, (event(1, mentions=(Mention("gisteren", "2022-01-05", (3, 11)),)),))
    hand = "  - id: hand-1\n    when: '2021'\n    text: Door een redacteur.\n    expression: x\n"
    ours = with_mentions + "  # nagevraagd\n" + hand + "# einde\n"
    merged = merge(with_mentions, ours, generated_yaml(META, ()))
    assert merged.endswith("events:\n  # nagevraagd\n" + hand + "# einde\n")


def test_a_confirmed_event_keeps_the_value_the_editor_confirmed():
    ours = edit(BASE, lambda tree: tree["events"][1].__setitem__("confirmed", True))
    theirs = generated_yaml(META, (event(1), event(2, "2022-01-06TAF", mod="AFTER", review=("mentioned",)), event(3)))
    merged = events_of(merge(BASE, ours, theirs))["e2"]
    assert (merged["when"], merged.get("mod"), merged["confirmed"], merged["review"]) == (
        "2022-01-06TMO", None, True, ["mentioned"])


@pytest.mark.parametrize(("first", "second"), [("day-assumed", "quoted"), ("relative-clause", "several-dates"),
                                               ("day-unnamed", "negation")])
def test_a_confirmation_clears_the_new_doubts_and_survives_re_extraction(first: str, second: str):
    """A speaker's day (`quoted`), an assumed day (`day-assumed`, `day-unnamed`) or a relative clause's happening an
    editor confirmed stays confirmed, whatever the machine doubts next time; the machine's reasons are kept for the
    record."""
    doubted = generated_yaml(META, (event(1, review=(first, second)), event(2, review=(second,))))
    ours = edit(doubted, lambda tree: tree["events"][0].__setitem__("confirmed", True))
    again = generated_yaml(META, (event(1, review=(second,)), event(2, review=(first,))))
    merged = events_of(merge(doubted, ours, again))
    assert (merged["e1"]["confirmed"], merged["e1"]["review"]) == (True, [second])
    assert "confirmed" not in merged["e2"] and merged["e2"]["review"] == [first]


def test_mentions_follow_the_machine_until_an_editor_changes_them():
    base = generated_yaml(META, (event(1, mentions=(Mention("gisteren", "2022-01-05", (3, 11)),)),))
    again = generated_yaml(META, (event(1, mentions=(Mention("eergisteren", "2022-01-04", (3, 14)),)),))
    assert events_of(merge(base, base, again))["e1"]["mentions"][0]["expression"] == "eergisteren"
    ours = edit(base, lambda tree: tree["events"][0]["mentions"][0].__setitem__("value", "2022-01-06"))
    assert events_of(merge(base, ours, again))["e1"]["mentions"][0]["value"] == "2022-01-06"


def test_without_a_base_everything_in_the_content_file_counts_as_the_editors():
    ours = edit(BASE, lambda tree: tree["events"][0].__setitem__("when", "2022-01-04"))
    theirs = generated_yaml(META, (event(1), event(5, "2022-01-07")))
    merged = events_of(merge(None, ours, theirs))
    assert merged["e1"]["when"] == "2022-01-04"
    assert set(merged) == {"e1", "e2", "e3", "e5"}


@pytest.mark.parametrize(
    ("ours", "line"),
    [
        ("source:\n  title: [unclosed\nevents: []\n", 3),
        ("source:\n  file: x\nevents:\n  - id: a\n  - id: a\n", 5),
        ("source:\n  file: x\nevents:\n  - when: 2022\n", 4),
        ("source:\n  file: x\n", 1),
    ],
)
def test_a_content_file_the_merge_cannot_read_is_refused_at_its_line(ours, line):
    with pytest.raises(InputError) as caught:
        merge(BASE, ours, BASE, path="content/s.yml")
    assert (caught.value.path, caught.value.line) == ("content/s.yml", line)


# -- properties -----------------------------------------------------------------------------------------------------

MENTIONS = st.sampled_from([(), (Mention("gisteren", "2022-01-05", (3, 11)),), (Mention("twee uur", "PT2H", (0, 8)),)])
MACHINE_EVENTS = st.lists(
    st.builds(
        dict,
        when=st.sampled_from(WHENS),
        review=st.sampled_from([(), ("tense",), ("several-dates", "anaphor"), ("quoted",), ("day-assumed", "quoted")]),
        mentions=MENTIONS,
        mod=st.sampled_from([None, "AFTER"]),
    ),
    max_size=6,
)
EDITOR_TEXT = st.sampled_from(["Door een redacteur.", "Let op: #1 'quote'", "2022-01-07", "ja", ""])


@st.composite
def scenario(draw):
    """A base, the editor's changes to it, and the tagger's next output, with what the editor did."""
    base_events = tuple(event(n, **fields) for n, fields in enumerate(draw(MACHINE_EVENTS)))
    base = generated_yaml(META, base_events)
    tree = parse(base, "t")
    deleted, edited, deleted_fields, added, confirmed = set(), {}, set(), {}, {}
    for fields in list(tree["events"]):
        action = draw(st.sampled_from(["keep", "delete", "edit", "drop-review", "confirm", "drop-mentions"]))
        if action == "delete":
            tree["events"].remove(fields)
            deleted.add(fields["id"])
        elif action == "edit":
            key = draw(st.sampled_from(["when", "text", "expression"]))
            value = draw(st.sampled_from(WHENS)) if key == "when" else draw(EDITOR_TEXT) + "!"
            if value != fields[key]:
                fields[key] = value
                edited[(fields["id"], key)] = value
        elif action == "drop-review" and "review" in fields:
            del fields["review"]
            deleted_fields.add((fields["id"], "review"))
        elif action == "drop-mentions" and "mentions" in fields:
            del fields["mentions"]
            deleted_fields.add((fields["id"], "mentions"))
        elif action == "confirm":
            fields["confirmed"] = True
            confirmed[fields["id"]] = (plain(fields["when"]), fields.get("mod"))
    for n in range(draw(st.integers(0, 2))):
        new = {
            "id": f"hand-{n}",
            "when": draw(st.sampled_from(WHENS)),
            "text": draw(EDITOR_TEXT) + ".",
            "expression": "x",
        }
        tree["events"].append(new)
        added[new["id"]] = new
    published = draw(st.sampled_from([None, "2022-01", "2022-01-06"]))
    if published != "2022-01":
        tree["source"]["published"] = published
    timezone = draw(st.sampled_from([None, "Asia/Almaty"]))
    tree["source"]["timezone"] = timezone
    ours = dump(tree)
    ids = sorted(events_of(ours))
    noted = draw(st.sets(st.sampled_from(ids))) if ids else set()
    for identifier in noted:
        ours = ours.replace(f"  - id: {identifier}\n", f"  # nagevraagd {identifier}\n  - id: {identifier}\n")

    kept = draw(st.lists(st.booleans(), min_size=len(base_events), max_size=len(base_events)))
    retagged = [
        replace(e, when=draw(st.sampled_from(WHENS)), mod=draw(st.sampled_from([None, "BEFORE"])),
                mentions=draw(MENTIONS), text=e.text + " (opnieuw)")
        for e, k in zip(base_events, kept, strict=True)
        if k
    ]
    new_events = [event(100 + n, **fields) for n, fields in enumerate(draw(MACHINE_EVENTS))]
    theirs_events = tuple(
        sorted(retagged + new_events, key=lambda e: timeline_key({"when": e.when, "span": list(e.span)}))
    )
    theirs = generated_yaml(replace(META, title=draw(st.sampled_from(["Titel", "Nieuwe titel"]))), theirs_events)
    return (
        base,
        ours,
        theirs,
        dict(
            deleted=deleted,
            edited=edited,
            deleted_fields=deleted_fields,
            added=added,
            published=published,
            noted=noted,
            confirmed=confirmed,
            timezone=timezone,
        ),
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario())
def test_every_editor_change_survives_any_retagging(case):
    base, ours, theirs, did = case
    merged_text = merge(base, ours, theirs)
    merged = plain(parse(merged_text, "t"))
    by_id = {fields["id"]: fields for fields in merged["events"]}
    assert not did["deleted"] & set(by_id)
    for (identifier, key), value in did["edited"].items():
        assert by_id[identifier][key] == value
    for identifier, key in did["deleted_fields"]:
        assert key not in by_id.get(identifier, {})
    for identifier, (when, mod) in did["confirmed"].items():  # confirmed: the value stays as the editor saw it
        assert (by_id[identifier]["confirmed"], by_id[identifier]["when"], by_id[identifier].get("mod")) == (
            True, when, mod)
    for identifier, fields in did["added"].items():
        assert by_id[identifier] == fields
    assert merged["source"]["published"] == did["published"]
    assert merged["source"]["timezone"] == did["timezone"]
    assert merged["source"]["title"] == plain(parse(theirs, "t"))["source"]["title"]
    theirs_ids = set(events_of(theirs))
    base_ids = set(events_of(base))
    assert theirs_ids - base_ids <= set(by_id)
    touched = {i for i, _ in did["edited"]} | {i for i, _ in did["deleted_fields"]} | set(did["confirmed"])
    untouched = base_ids - did["deleted"] - touched
    assert untouched & set(by_id) <= theirs_ids
    assert merged["events"] == sorted(merged["events"], key=timeline_key)
    for identifier in did["noted"]:
        note = f"  # nagevraagd {identifier}\n  - id: {identifier}\n"
        assert (note in merged_text) == (identifier in by_id)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario())
def test_merging_again_changes_nothing(case):
    base, ours, theirs, _ = case
    merged = merge(base, ours, theirs)
    assert merge(base, merged, theirs) == merged
    assert merge(theirs, merged, theirs) == merged


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(["a\x85", "\u2028\u2029"]))
def test_any_text_an_editor_types_survives_a_merge(text):
    """Quotes, colons, `#`, YAML indicators, `{{ }}`, markup, control characters, line separators: kept exactly."""
    base = generated_yaml(META, (event(0),))
    assume(text != plain(parse(base, "t"))["events"][0]["text"])
    tree = parse(base, "t")
    tree["events"][0]["text"] = text
    theirs = generated_yaml(META, (replace(event(0), text="Opnieuw getagd."),))
    merged = plain(parse(merge(base, dump(tree), theirs), "t"))
    assert merged["events"][0]["text"] == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario())
def test_a_file_no_editor_touched_takes_the_machines_output_as_the_full_merge_would(case):
    """The trivial merge (content file = its base: take the new output) gives what the full merge gives.

    Byte for byte but for quotes: where a value changes, the full merge writes the new value in the old
    one's quoting (ruamel keeps a string's style), the trivial merge in the machine's, as a first extraction does.
    """
    base, _, theirs, _ = case
    full = three_way(base, base, theirs)
    assert merge(base, base, theirs) == theirs
    assert plain(parse(full, "t")) == plain(parse(theirs, "t"))
    assert full.replace("'", "") == theirs.replace("'", "")


def test_an_untouched_file_after_new_output_is_the_full_merges_bytes():
    theirs = generated_yaml(replace(META, title="Nieuw"), (event(1), event(4), event(2, when="2022-01-06TMO")))
    assert merge(BASE, BASE, theirs) == three_way(BASE, BASE, theirs) == theirs


# One happening told twice (`events._told_once`): the machine's output before it joined them (the base an editor
# worked on), and after. The retelling's time is finer than the lede's day part, or the lede's than the retelling's.
RETELLING_FINER = ("Bij een brand in Hengelo is zondagavond een woning verwoest.", "De brand brak rond 21.30 uur uit.")
LEDE_FINER = ("Zondagavond om 21.30 uur was er een brand in Hengelo.", "De brand brak zondagavond uit.")
TOLD_META = replace(META, published="2023-05-12")


def told_twice(tmp_path, sentences: tuple[str, str]) -> tuple[str, str, str, str]:
    """The base (two events), the machine's output now (one), the joined event's id and the id of the one taken in."""
    (tmp_path / "s.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
    source = read_article(tmp_path / "s.txt", tmp_path)

    def made() -> tuple[Event, ...]:
        return make_events(source, tag(source.body_view(), "2023-05-12"))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_stage, "_told_once", lambda _source, made: tuple(made))
        apart = made()
    (joined,) = made()
    assert len(apart) == 2 and joined.joined
    (taken,) = joined.joined
    return generated_yaml(TOLD_META, apart), generated_yaml(TOLD_META, (joined,)), joined.id, taken


def by_id(tree, ident: str):
    return next(event for event in tree["events"] if event["id"] == ident)


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_a_happening_told_twice_that_nobody_touched_becomes_one_event_keeping_both_expressions(tmp_path, sentences):
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    merged = events_of(merge(base, base, theirs))
    assert list(merged) == [host] and merged[host]["joined"] == [taken]
    assert events_of(base)[taken]["expression"] in [m["expression"] for m in merged[host]["mentions"]]


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
@pytest.mark.parametrize("key", ["mentions", "context"])
def test_the_expression_taken_in_reaches_the_list_an_editor_owns(tmp_path, sentences, key):
    """An editor wrote the joined event's mentions (or context) before the join: the event taken in is not lost."""
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    own = [{"expression": "rond half tien", "value": "2023-05-07T21:30"}] if key == "mentions" else ["Eigen zin."]
    ours = edit(base, lambda tree: by_id(tree, host).__setitem__(key, own))
    merged = events_of(merge(base, ours, theirs))
    assert list(merged) == [host]
    told = events_of(base)[taken]
    wanted = {"expression": told["expression"], "value": told["when"]} if key == "mentions" else told["text"]
    items = [{k: v for k, v in m.items() if k != "span"} for m in merged[host][key]] if key == "mentions" else (
        merged[host][key])
    assert own[0] in items and wanted in items


@pytest.mark.parametrize("key", ["mentions", "context"])
def test_the_expression_taken_in_comes_back_to_a_list_an_editor_deleted(tmp_path, key):
    """The editor deleted what the machine had (nothing of the other telling): the other telling is new to them."""
    again = "De brand brak rond 21.30 uur uit, na drie weken van droogte. Niemand raakte gewond."
    base, theirs, host, taken = told_twice(tmp_path, (RETELLING_FINER[0], again))
    assert key in events_of(base)[host]  # `drie weken`, `Niemand raakte gewond.`
    ours = edit(base, lambda tree: by_id(tree, host).pop(key))
    merged = events_of(merge(base, ours, theirs))
    told = events_of(base)[taken]
    assert [told["expression"] if key == "mentions" else told["text"]] == [
        item["expression"] if key == "mentions" else item for item in merged[host][key]]


def test_a_mention_an_editor_removes_after_the_join_stays_removed(tmp_path):
    base, theirs, host, _ = told_twice(tmp_path, RETELLING_FINER)
    ours = merge(base, base, theirs)
    ours = edit(ours, lambda tree: tree["events"][0].__setitem__("mentions", []))
    assert events_of(merge(theirs, ours, theirs))[host]["mentions"] == []


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_an_edit_of_the_event_taken_in_moves_to_the_joined_event(tmp_path, sentences):
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    ours = edit(base, lambda tree: by_id(tree, taken).__setitem__("when", "2023-04-30TEV"))
    merged = events_of(merge(base, ours, theirs))
    assert list(merged) == [host] and merged[host]["when"] == "2023-04-30TEV"


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_a_confirmation_of_the_event_taken_in_confirms_the_joined_event_with_its_finer_date(tmp_path, sentences):
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    ours = edit(base, lambda tree: by_id(tree, taken).__setitem__("confirmed", True))
    merged = events_of(merge(base, ours, theirs))
    assert list(merged) == [host] and merged[host]["confirmed"] is True
    assert merged[host]["when"] == events_of(theirs)[host]["when"] == "2023-05-07T21:30"


def test_the_joined_events_own_edit_and_a_confirmation_of_the_one_taken_in_both_stay(tmp_path):
    base, theirs, host, taken = told_twice(tmp_path, RETELLING_FINER)

    def correct(tree) -> None:
        by_id(tree, taken)["confirmed"] = True
        by_id(tree, host)["when"] = "2023-05-07T21:15"

    merged = events_of(merge(base, edit(base, correct), theirs))
    assert list(merged) == [host]
    assert (merged[host]["when"], merged[host]["confirmed"]) == ("2023-05-07T21:15", True)


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_edits_of_both_events_that_disagree_keep_both_events_whole(tmp_path, sentences):
    base, theirs, host, taken = told_twice(tmp_path, sentences)

    def correct(tree) -> None:
        by_id(tree, taken)["when"] = "2023-04-30TEV"
        by_id(tree, host)["when"] = "2023-05-07T21:15"

    merged = events_of(merge(base, edit(base, correct), theirs))
    assert (merged[host]["when"], merged[taken]["when"]) == ("2023-05-07T21:15", "2023-04-30TEV")


@pytest.mark.parametrize("key", ["mentions", "context", "expression"])
def test_an_event_taken_in_whose_own_words_an_editor_changed_stays_whole(tmp_path, key):
    base, theirs, host, taken = told_twice(tmp_path, RETELLING_FINER)
    value = {"mentions": [], "context": ["Eigen zin."], "expression": "zondag laat"}[key]
    merged = events_of(merge(base, edit(base, lambda tree: by_id(tree, taken).__setitem__(key, value)), theirs))
    assert set(merged) == {host, taken} and merged[taken][key] == value


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_deleting_the_event_taken_in_keeps_the_joined_event_the_editor_kept(tmp_path, sentences):
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, taken)))
    assert list(events_of(merge(base, ours, theirs))) == [host]


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
def test_deleting_the_joined_events_own_id_keeps_the_one_it_took_in(tmp_path, sentences):
    """The editor chose the other telling: the machine's joined event stays deleted, the one chosen stays."""
    base, theirs, host, taken = told_twice(tmp_path, sentences)
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, host)))
    merged = events_of(merge(base, ours, theirs))
    assert list(merged) == [taken] and merged[taken]["when"] == events_of(base)[taken]["when"]


def test_a_new_joined_event_of_a_happening_the_editor_deleted_stays_deleted(tmp_path):
    """The article at first told it once, the editor deleted it; told again later, it does not come back."""
    base, theirs, host, _ = told_twice(tmp_path, RETELLING_FINER)
    alone = edit(base, lambda tree: tree["events"].remove(by_id(tree, host)))  # the machine's output then
    ours = edit(alone, lambda tree: tree["events"].clear())
    assert list(events_of(merge(alone, ours, theirs))) == []


@pytest.mark.parametrize("sentences", [RETELLING_FINER, LEDE_FINER])
@pytest.mark.parametrize("change", ["when", "confirmed", "delete-taken", "delete-host", "mentions"])
def test_a_joined_merge_is_stable(tmp_path, sentences, change):
    """Merged once, the file merges again to itself, against the old base and the next one."""
    base, theirs, host, taken = told_twice(tmp_path, sentences)

    def correct(tree) -> None:
        if change == "when":
            by_id(tree, taken)["when"] = "2023-04-30TEV"
        elif change == "confirmed":
            by_id(tree, taken)["confirmed"] = True
        elif change == "mentions":
            by_id(tree, host)["mentions"] = [{"expression": "laat", "value": "2023-05-07TNI"}]
        else:
            tree["events"].remove(by_id(tree, taken if change == "delete-taken" else host))

    merged, next_base = merge_with_base(base, edit(base, correct), theirs)
    assert merge(base, merged, theirs) == merged
    assert merge(next_base, merged, theirs) == merged


def test_an_editor_parts_a_wrong_join_by_adding_the_event_taken_in_back(tmp_path):
    """Copied back from the machine's earlier output with its id, the event taken in stays as the editor wrote it."""
    base, theirs, host, taken = told_twice(tmp_path, RETELLING_FINER)
    joined, next_base = merge_with_base(base, base, theirs)
    parted = edit(joined, lambda tree: tree["events"].append(by_id(parse(base, "t"), taken)))
    merged = merge(next_base, parted, theirs)
    assert events_of(merged)[taken] == events_of(base)[taken] and host in events_of(merged)
    assert merge(next_base, merged, theirs) == merged


# A list's label line over its first item (`events._headlines_told`): the machine's output before it joined them (the
# base an editor worked on), and after: the item the joined event, the label's date its mention.
LABELLED = ("Zondag:", "Om 14.30 uur begint de intocht van Sinterklaas in Tiel.")


def label_joined(tmp_path) -> tuple[str, str, str, str]:
    """The base (label and item apart), the machine's output now (one), the joined event's id and the label's."""
    (tmp_path / "s.txt").write_text("Intocht\n" + "\n".join(LABELLED) + "\nDe Sint rijdt op zijn paard.\n",
                                    encoding="utf-8")
    source = read_article(tmp_path / "s.txt", tmp_path)

    def made() -> tuple[Event, ...]:
        return make_events(source, tag(source.body_view(), "2023-05-12"))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_stage, "list_label", lambda *_: False)
        apart = made()
    (joined,) = made()
    assert len(apart) == 2 and joined.joined and joined.text == LABELLED[1]
    (taken,) = joined.joined
    return generated_yaml(TOLD_META, apart), generated_yaml(TOLD_META, (joined,)), joined.id, taken


@pytest.mark.parametrize("joining", ["label", "told twice"])
def test_an_edited_sentence_of_the_event_taken_in_stays_its_own_and_the_joined_events_stays_shown(tmp_path, joining):
    """The editor wrote the label's sentence anew (`Zondag: de intocht`): moved onto the item's event it would put
    the item's own sentence out of the site, as the context holds only the label's. It is that event's own sentence
    (the joined event has its own): the event stays whole beside the joined one, the happening shown twice."""
    base, theirs, host, taken = label_joined(tmp_path) if joining == "label" else told_twice(tmp_path, RETELLING_FINER)
    own = events_of(theirs)[host]["text"]
    ours = edit(base, lambda tree: by_id(tree, taken).__setitem__("text", "Zondag: de intocht, de hele dag feest."))
    merged, next_base = merge_with_base(base, ours, theirs)
    found = events_of(merged)
    assert set(found) == {host, taken}
    assert (found[host]["text"], found[taken]["text"]) == (own, "Zondag: de intocht, de hele dag feest.")
    assert merge(base, merged, theirs) == merged and merge(next_base, merged, theirs) == merged


def test_a_label_taken_in_moves_its_editors_date_and_confirmation_keeping_the_items_sentence(tmp_path):
    """What can move still does (the date an editor set, a confirmation); the item's sentence stays the event's."""
    base, theirs, host, taken = label_joined(tmp_path)

    def correct(tree) -> None:
        by_id(tree, taken)["when"] = "2023-05-14T14:30"
        by_id(tree, taken)["confirmed"] = True

    found = events_of(merge(base, edit(base, correct), theirs))
    assert list(found) == [host]
    assert (found[host]["when"], found[host]["confirmed"], found[host]["text"]) == (
        "2023-05-14T14:30", True, LABELLED[1])
    assert "Zondag" in [m["expression"] for m in found[host]["mentions"]]


def joined_by(joining: str, tmp_path) -> tuple[str, str, str, str]:
    """The two runs' output for a label join or a happening told twice (`label_joined`, `told_twice`)."""
    return label_joined(tmp_path) if joining == "label" else told_twice(tmp_path, RETELLING_FINER)


def check_errors(tmp_path, text: str) -> list[str]:
    """What `kroniek check` refuses in a content file's text of its editors' making."""
    (tmp_path / "project").mkdir(exist_ok=True)
    return [problem.message for problem in editor_errors(Project(tmp_path / "project"), text, "content/s.yml")]


# An editor's `when` of the event taken in, on the day the joined event's own expression (`14.30 uur` of the label's
# item, `21.30 uur` of the retelling) names: another time of day contradicts it; that very time, or a day, does not.
CLOCKED = {"label": "2023-05-14T10:00", "told twice": "2023-05-07T21:00"}
ALLOWED = [("label", "2023-05-14T14:30"), ("label", "2023-05-21"), ("told twice", "2023-05-07T21:30"),
           ("told twice", "2023-05-07")]


@pytest.mark.parametrize("joining", ["label", "told twice"])
def test_a_date_of_the_event_taken_in_that_the_joined_events_words_contradict_keeps_it_whole(tmp_path, joining):
    """Moved onto the joined event, `21:00` beside its own `rond 21.30 uur` would make `kroniek check` refuse a file
    whose joined event nobody edited: the edited event stays whole beside it, the happening shown twice."""
    base, theirs, host, taken = joined_by(joining, tmp_path)
    wrong = CLOCKED[joining]
    ours = edit(base, lambda tree: by_id(tree, taken).__setitem__("when", wrong))
    moved = edit(theirs, lambda tree: by_id(tree, host).__setitem__("when", wrong))
    assert check_errors(tmp_path, moved)  # moved, it would be refused
    merged, next_base = merge_with_base(base, ours, theirs)
    found = events_of(merged)
    assert set(found) == {host, taken}
    assert (found[host]["when"], found[taken]["when"]) == (events_of(theirs)[host]["when"], wrong)
    assert check_errors(tmp_path, merged) == []
    assert merge(base, merged, theirs) == merged and merge(next_base, merged, theirs) == merged


@pytest.mark.parametrize(("joining", "day"), ALLOWED)
def test_a_date_of_the_event_taken_in_that_the_joined_events_words_allow_still_moves(tmp_path, joining, day):
    base, theirs, host, taken = joined_by(joining, tmp_path)
    merged, next_base = merge_with_base(base, edit(base, lambda tree: by_id(tree, taken).__setitem__("when", day)),
                                        theirs)
    found = events_of(merged)
    assert list(found) == [host] and found[host]["when"] == day
    assert check_errors(tmp_path, merged) == [] and merge(next_base, merged, theirs) == merged


@pytest.mark.parametrize("joining", ["label", "told twice"])
@pytest.mark.parametrize("flags", [[], ["dct-unknown"]])
def test_flags_an_editor_changed_on_the_event_taken_in_hide_none_of_the_joined_events_own(tmp_path, joining, flags):
    """The editor cleared (or changed) the flags of one telling: the joined event's own doubts (`anaphor` of the
    item or the retelling) nobody checked. Moved, they would be hidden; left behind, the editor's choice undone. The
    edited event stays whole as the editor left it, the joined event keeps its flags."""
    base, theirs, host, taken = joined_by(joining, tmp_path)
    ours = edit(base, lambda tree: by_id(tree, taken).__setitem__("review", flags))
    merged, next_base = merge_with_base(base, ours, theirs)
    found = events_of(merged)
    assert set(found) == {host, taken}
    assert (found[host]["review"], found[taken]["review"]) == (events_of(theirs)[host]["review"], flags)
    assert "anaphor" in found[host]["review"]
    assert check_errors(tmp_path, merged) == []
    assert merge(base, merged, theirs) == merged and merge(next_base, merged, theirs) == merged


def test_flags_that_keep_all_the_joined_events_own_still_move(tmp_path):
    """An editor who flags the telling taken in with more than the joined event has hides nothing: it moves."""
    base, theirs, host, taken = told_twice(tmp_path, RETELLING_FINER)
    flags = [*events_of(theirs)[host]["review"], "dct-unknown"]
    found = events_of(merge(base, edit(base, lambda tree: by_id(tree, taken).__setitem__("review", flags)), theirs))
    assert list(found) == [host] and found[host]["review"] == flags


APPOSED = "Ruim een half jaar geleden, in december 2019, brandde de schuur af."


def dated_again(tmp_path) -> tuple[str, str, str, str]:
    """The file made before dates in apposition were one time (the count dated) and after (the month dates), and
    the two events' ids: a rule that moves a clause's dating expression changes its event's id."""
    (tmp_path / "s.txt").write_text(APPOSED + "\n", encoding="utf-8")
    source = read_article(tmp_path / "s.txt", tmp_path)

    def made() -> Event:
        (found,) = make_events(source, tag(source.body_view(), "2020-06-20"), "2020-06-20")
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_stage, "apposed", lambda *_: False)
        before = made()
    after = made()
    assert (before.expression, after.expression) == ("een half jaar geleden", "december 2019")
    return generated_yaml(META, (before,)), generated_yaml(META, (after,)), before.id, after.id


def expressions(fields: dict) -> set[str]:
    return {fields["expression"], *(mention["expression"] for mention in fields.get("mentions", []))}


@pytest.mark.parametrize(("key", "value"), [("when", "2019-11"), ("confirmed", True)])
def test_an_edited_event_whose_dating_expression_moved_stays_whole_beside_the_new_one(tmp_path, key, value):
    """Nothing an editor did is lost and no expression goes missing; the machine's new event stands beside theirs."""
    base, theirs, old, new = dated_again(tmp_path)
    ours = edit(base, lambda tree: by_id(tree, old).__setitem__(key, value))
    merged = events_of(merge(base, ours, theirs))
    assert sorted(merged) == sorted([old, new]) and merged[old][key] == value
    assert expressions(merged[old]) == expressions(merged[new]) == {"een half jaar geleden", "december 2019"}


def test_an_untouched_event_whose_dating_expression_moved_is_replaced_keeping_both_expressions(tmp_path):
    base, theirs, _, new = dated_again(tmp_path)
    merged = events_of(merge(base, base, theirs))
    assert list(merged) == [new] and expressions(merged[new]) == {"een half jaar geleden", "december 2019"}


# A rule that changes an expression's extent changes its event's id (`events.event_id` hashes the expression): the
# machine's output before and after `Ruim` was left out of the expression, beside an event of another sentence.
ROUGH = "Ruim een week geleden brandde de schuur af, gisteren werd de dader opgepakt."
ROUGH_BEFORE = event(
    5, id="s-ruim-een-week-geleden-aaaa", when="2021-12-29", text=ROUGH, expression="Ruim een week geleden",
    span=(100, 121), sentence_span=(100, 100 + len(ROUGH)), mod="APPROX",
)
ROUGH_AFTER = replace(ROUGH_BEFORE, id="s-een-week-geleden-bbbb", expression="een week geleden", span=(105, 121))
CAUGHT = event(6, id="s-gisteren-cccc", text=ROUGH, expression="gisteren", span=(143, 151), sentence_span=(100, 176))


def extent_changed(*after: Event, before: tuple[Event, ...] = (ROUGH_BEFORE, CAUGHT)) -> tuple[str, str]:
    return generated_yaml(META, (event(1), *before)), generated_yaml(META, (event(1), *after))


@pytest.mark.parametrize(
    "change",
    [
        lambda tree: tree["events"].remove(by_id(tree, ROUGH_BEFORE.id)),
        lambda tree: by_id(tree, ROUGH_BEFORE.id).__setitem__("when", "2021-12-27"),
        lambda tree: by_id(tree, ROUGH_BEFORE.id).__setitem__("confirmed", True),
    ],
    ids=["deleted", "edited", "confirmed"],
)
def test_an_editors_change_survives_a_new_extent_of_the_events_expression(change):
    """The new event is the old one: it keeps the old id, so what the editor did to it stands, and it shows once."""
    base, theirs = extent_changed(ROUGH_AFTER, CAUGHT)
    ours = edit(base, change)
    merged, next_base = merge_with_base(base, ours, theirs)
    wanted = events_of(ours)
    assert set(events_of(merged)) == set(wanted) == {"e1", CAUGHT.id} | (set(wanted) & {ROUGH_BEFORE.id})
    if ROUGH_BEFORE.id in wanted:
        now = events_of(merged)[ROUGH_BEFORE.id]
        assert (now["when"], now["expression"], now["span"]) == (wanted[ROUGH_BEFORE.id]["when"], "een week geleden",
                                                                 [105, 121])
        assert now.get("confirmed") == wanted[ROUGH_BEFORE.id].get("confirmed")
    assert merge(next_base, merged, theirs) == merged  # and again, against the base the merge wrote


def test_a_new_extent_finds_its_event_by_the_sentences_text_when_the_article_moved():
    moved = 30
    shifted = [replace(e, span=(e.span[0] + moved, e.span[1] + moved),
                       sentence_span=(e.sentence_span[0] + moved, e.sentence_span[1] + moved))
               for e in (ROUGH_AFTER, CAUGHT)]
    base, theirs = extent_changed(*shifted)
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, ROUGH_BEFORE.id)))
    assert set(events_of(merge(base, ours, theirs))) == {"e1", CAUGHT.id}


def test_an_event_whose_expression_does_not_overlap_the_gone_one_is_new():
    """Another sentence, or another expression of the same sentence, is another happening: no id is carried."""
    elsewhere = replace(ROUGH_AFTER, text="Een week geleden regende het.", sentence_span=(300, 329), span=(300, 316))
    other = replace(ROUGH_AFTER, span=(160, 170))
    for now in (elsewhere, other):
        base, theirs = extent_changed(now, CAUGHT)
        ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, ROUGH_BEFORE.id)))
        assert set(events_of(merge(base, ours, theirs))) == {"e1", CAUGHT.id, ROUGH_AFTER.id}


def test_two_new_events_over_one_gone_one_carry_no_id():
    """`Ruim een week geleden` split in two events cannot say which one the editor deleted: both are new."""
    halves = (replace(ROUGH_AFTER, span=(100, 110)), replace(ROUGH_AFTER, id="s-week-dddd", span=(110, 121)))
    base, theirs = extent_changed(*halves, CAUGHT)
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, ROUGH_BEFORE.id)))
    assert set(events_of(merge(base, ours, theirs))) == {"e1", CAUGHT.id, *(half.id for half in halves)}


def test_an_id_an_editor_already_uses_is_not_given_away():
    """The editor added an event under the new event's id: both are the editor's own, as before."""
    base, theirs = extent_changed(ROUGH_AFTER, CAUGHT)

    def add(tree) -> None:
        tree["events"].remove(by_id(tree, ROUGH_BEFORE.id))
        tree["events"].append({"id": ROUGH_AFTER.id, "when": "2021-12-30", "text": "Eigen zin."})

    merged = events_of(merge(base, edit(base, add), theirs))
    assert set(merged) == {"e1", CAUGHT.id, ROUGH_AFTER.id} and merged[ROUGH_AFTER.id]["text"] == "Eigen zin."



def deleted_rough(base: str) -> str:
    return edit(base, lambda tree: tree["events"].remove(by_id(tree, ROUGH_BEFORE.id)))


def test_an_untouched_file_keeps_the_old_id_over_a_new_extent_so_a_grouping_naming_it_stands():
    """No editor touched the content file, but the happenings file may name the event: its id stays, twice running."""
    base, theirs = extent_changed(ROUGH_AFTER, CAUGHT)
    merged, next_base = merge_with_base(base, base, theirs)
    assert merged == next_base and set(events_of(merged)) == {"e1", ROUGH_BEFORE.id, CAUGHT.id}
    assert events_of(merged)[ROUGH_BEFORE.id]["expression"] == "een week geleden"
    assert merge_with_base(next_base, merged, theirs) == (merged, next_base)


# The article corrected `3 maart` to `4 maart`: the same offsets, another sentence text.
MARCH_3 = "Op 3 maart brandde de schuur af."
MARCH = event(5, id="s-3-maart-aaaa", when="2022-03-03", text=MARCH_3, expression="3 maart", span=(103, 110),
              sentence_span=(100, 100 + len(MARCH_3)))


@pytest.mark.parametrize(
    "now",
    [
        replace(MARCH, id="s-4-maart-bbbb", when="2022-03-04", text=MARCH_3.replace("3", "4"), expression="4 maart"),
        replace(MARCH, id="s-maart-bbbb", when="2022-03", text="Op 3 maart brandde het huis af.", expression="maart",
                span=(105, 110)),
    ],
    ids=["corrected-date", "trimmed-in-a-changed-sentence"],
)
def test_a_confirmed_event_of_a_sentence_whose_text_changed_stays_whole_beside_the_new_one(now):
    """Another sentence text is another event, however its offsets stand: the editor's confirmed value is not put
    on the new expression out of sight, both are shown."""
    base, theirs = generated_yaml(META, (event(1), MARCH)), generated_yaml(META, (event(1), now))
    ours = edit(base, lambda tree: by_id(tree, MARCH.id).__setitem__("confirmed", True))
    merged = events_of(merge(base, ours, theirs))
    assert set(merged) == {"e1", MARCH.id, now.id}
    assert (merged[MARCH.id]["when"], merged[MARCH.id]["confirmed"]) == ("2022-03-03", True)
    assert (merged[now.id]["when"], merged[now.id]["expression"]) == (now.when, now.expression)


@pytest.mark.parametrize(
    "later",
    [
        replace(ROUGH_AFTER, id="s-week-dddd", expression="week", span=(109, 113)),
        replace(ROUGH_AFTER, id="s-een-week-dddd", expression="een week", span=(105, 113)),
    ],
    ids=["inside", "prefix"],
)
def test_a_deletion_carried_over_stays_when_a_later_run_finds_another_event_in_its_sentence(later):
    """The carried id stands in the next base at the new extent: the run after finds it at that very place, not by
    a match another new event of the sentence would make ambiguous."""
    base, theirs = extent_changed(ROUGH_AFTER, CAUGHT)
    merged, next_base = merge_with_base(base, deleted_rough(base), theirs)
    assert set(events_of(merged)) == {"e1", CAUGHT.id}
    again = generated_yaml(META, (event(1), ROUGH_AFTER, later, CAUGHT))
    assert set(events_of(merge(next_base, merged, again))) == {"e1", CAUGHT.id, later.id}


def test_a_deletion_carried_over_stays_on_the_first_copy_when_the_article_repeats_its_sentence():
    """The article now tells the sentence twice: the first copy is the event the editor deleted (its id, as
    `event_id` keeps the first copy's), the second is new and shown."""
    base, theirs = extent_changed(ROUGH_AFTER, CAUGHT)
    merged, next_base = merge_with_base(base, deleted_rough(base), theirs)
    copy = replace(ROUGH_AFTER, id=f"{ROUGH_AFTER.id}-2", span=(205, 221), sentence_span=(200, 276))
    again = generated_yaml(META, (event(1), ROUGH_AFTER, copy, CAUGHT))
    assert set(events_of(merge(next_base, merged, again))) == {"e1", CAUGHT.id, copy.id}


def test_an_untrusted_base_full_of_events_in_one_sentence_costs_linear_time(monkeypatch):
    """A pull request can put thousands of events in one sentence of the base: no pair of them is compared."""
    from generator.content import merge as merging

    compared: list[int] = []
    trimmed = merging._trimmed
    monkeypatch.setattr(merging, "_trimmed", lambda old, new: compared.append(1) or trimmed(old, new))
    count = 3000
    words = " ".join(["woord"] * count)
    olds = [{"id": f"b{i}", "text": words, "sentence": [0, len(words)], "span": [0, 6 * i + 5],
             "expression": words[: 6 * i + 5]} for i in range(count)]
    news = [{"id": f"t{i}", "text": words, "sentence": [0, len(words)], "span": [6 * i, len(words)],
             "expression": words[6 * i:]} for i in range(1, count)]
    assert carried_ids({"events": olds}, {"events": []}, {"events": news}, EditorRecord()) == {}
    assert len(compared) <= 2 * (len(olds) + len(news)), "pairs of events were compared"


def test_a_new_extent_must_be_the_old_one_less_whole_words():
    """`Ruim een week geleden` → `een week geleden` is the same expression narrowed; a cut inside a word is not."""
    inside = replace(ROUGH_AFTER, expression="en week geleden", span=(106, 121))
    base, theirs = extent_changed(inside, CAUGHT)
    assert set(events_of(merge(base, deleted_rough(base), theirs))) == {"e1", CAUGHT.id, inside.id}


DAWN = "Zondag 3 maart omstreeks tien uur brandde de schuur af."
DAWN_BEFORE = event(
    5, id="s-zondag-3-maart-omstreeks-aaaa", when="2022-03-03T10:00", text=DAWN,
    expression="Zondag 3 maart omstreeks tien uur", span=(100, 133), sentence_span=(100, 100 + len(DAWN)),
)
DAWN_AFTER = replace(DAWN_BEFORE, id="s-zondag-3-maart-bbbb", when="2022-03-03", expression="Zondag 3 maart",
                     span=(100, 114))


def test_an_editors_deletion_survives_trailing_words_left_out_of_the_expression():
    base, theirs = generated_yaml(META, (event(1), DAWN_BEFORE)), generated_yaml(META, (event(1), DAWN_AFTER))
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, DAWN_BEFORE.id)))
    assert set(events_of(merge(base, ours, theirs))) == {"e1"}


@pytest.mark.parametrize(
    ("key", "value"),
    [("span", "100-133"), ("expression", "Zondag 3 maart"), ("text", {"zin": DAWN}), ("expression", ["Zondag"])],
)
def test_a_base_event_whose_place_does_not_hold_is_matched_to_nothing(key, value):
    """The base is committed, so a pull request can change it: an event whose offsets, words or sentence do not
    hold together carries no id (and breaks nothing)."""
    machines = generated_yaml(META, (event(1), DAWN_BEFORE))
    base = edit(machines, lambda tree: by_id(tree, DAWN_BEFORE.id).__setitem__(key, value))
    theirs = generated_yaml(META, (event(1), DAWN_AFTER))
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, DAWN_BEFORE.id)))
    assert set(events_of(merge(base, ours, theirs))) == {"e1", DAWN_AFTER.id}


def test_a_wider_expression_is_another_event():
    """Only words left out carry an id: `een week geleden` → `Ruim een week geleden` is new, shown beside nothing
    hidden (the editor deleted the narrower one)."""
    base, theirs = extent_changed(ROUGH_BEFORE, CAUGHT, before=(ROUGH_AFTER, CAUGHT))
    ours = edit(base, lambda tree: tree["events"].remove(by_id(tree, ROUGH_AFTER.id)))
    assert set(events_of(merge(base, ours, theirs))) == {"e1", CAUGHT.id, ROUGH_BEFORE.id}


def test_a_new_expression_left_of_several_old_ones_takes_none_of_their_ids():
    """`een week geleden` is what is left of three old expressions of the sentence (words before or after left out):
    which one the editor meant cannot be told, so none is carried, even where one index alone finds one."""
    sentence = "Al ruim een week geleden brandde de schuur af."

    def place(ident: str, expression: str) -> dict:
        start = sentence.index(expression)
        return {"id": ident, "text": sentence, "sentence": [200, 200 + len(sentence)],
                "span": [200 + start, 200 + start + len(expression)], "expression": expression}

    olds = [place("a", "een week geleden brandde"), place("b", "ruim een week geleden"),
            place("c", "Al ruim een week geleden")]
    theirs = {"events": [place("n", "een week geleden")]}
    assert carried_ids({"events": olds}, {"events": []}, theirs, EditorRecord()) == {}
    assert carried_ids({"events": olds[:2]}, {"events": []}, theirs, EditorRecord()) == {}
    assert carried_ids({"events": olds[:1]}, {"events": []}, theirs, EditorRecord()) == {"n": "a"}


def test_an_untouched_file_whose_base_does_not_read_is_replaced_by_the_machines_output():
    theirs = generated_yaml(META, (event(1),))
    assert merge_with_base("events: [", "events: [", theirs) == (theirs, theirs)
