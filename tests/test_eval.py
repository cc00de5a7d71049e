"""The TempEval-3-style scorer, on small hand-made gold, and the tagger's scores on the project's gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import InputError
from generator.model import Timex
from generator.temporal import tag
from generator.temporal.evaluate import Case, GoldTimex, Scores, evaluate, load_gold, score_case

EVAL = Path(__file__).parent / "data"  # copies of the shared gold sets (see data/README.md)
HELDOUT = Path(__file__).parent / "data" / "nl-heldout.yaml"


def gold(text: str, piece: str, kind: str, value: str, mod: str | None = None) -> GoldTimex:
    start = text.index(piece)
    return GoldTimex(start, start + len(piece), piece, kind, value, mod)


def pred(text: str, piece: str, kind: str, value: str) -> Timex:
    start = text.index(piece)
    return Timex(start, start + len(piece), piece, kind, value)  # type: ignore[arg-type]


TEXT = "Vanmiddag om 14.00 uur begint het debat, dat drie uur duurt; nu is het stil."


def scored(predicted: list[Timex], golds: list[GoldTimex]) -> Scores:
    scores = Scores()
    score_case(Case("c1", "2022-03-14", TEXT, tuple(golds)), predicted, scores)
    return scores


def test_exact_and_overlapping_spans() -> None:
    golds = [
        gold(TEXT, "Vanmiddag om 14.00 uur", "TIME", "2022-03-14T14:00"),
        gold(TEXT, "drie uur", "DURATION", "PT3H"),
    ]
    predicted = [pred(TEXT, "14.00 uur", "TIME", "2022-03-14T14:00"), pred(TEXT, "drie uur", "DATE", "PT3H")]
    scores = scored(predicted, golds)
    assert (scores.gold, scores.predicted, scores.strict, scores.relaxed) == (2, 2, 1, 2)
    assert scores.strict_prf() == (0.5, 0.5, 0.5)
    assert scores.relaxed_prf()[2] == 1.0
    assert scores.type_accuracy == 0.5
    assert scores.value_prf()[2] == 1.0
    assert [m.problem for m in scores.misses] == ["span", "type"]


def test_one_prediction_matches_one_gold_the_one_it_overlaps_most() -> None:
    golds = [gold(TEXT, "Vanmiddag", "DATE", "2022-03-14TAF"), gold(TEXT, "14.00 uur", "TIME", "2022-03-14T14:00")]
    predicted = [pred(TEXT, "Vanmiddag om 14.00 uur", "TIME", "2022-03-14T14:00")]
    scores = scored(predicted, golds)
    assert scores.relaxed == 1
    assert scores.relaxed_prf() == (1.0, 0.5, pytest.approx(2 / 3))
    assert [m.problem for m in scores.misses] == ["span,type,value", "missed"]


def test_spurious_predictions_and_ignored_refs() -> None:
    predicted = [pred(TEXT, "drie uur", "DURATION", "PT3H"), pred(TEXT, "nu", "DATE", "PRESENT_REF")]
    scores = scored(predicted, [])
    assert (scores.predicted, scores.relaxed) == (1, 0)
    assert scores.relaxed_prf() == (0.0, 1.0, 0.0)
    assert [m.problem for m in scores.misses] == ["spurious"]


def test_wrong_value_costs_value_f1_only() -> None:
    scores = scored([pred(TEXT, "drie uur", "DURATION", "PT2H")], [gold(TEXT, "drie uur", "DURATION", "PT3H")])
    assert scores.relaxed_prf()[2] == 1.0
    assert scores.value_prf() == (0.0, 0.0, 0.0)


def test_load_gold_locates_repeated_expressions_in_order(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(
        "cases:\n"
        "  - id: a\n    dct: '2022-01-06'\n    text: Maandag regende het. Maandag wordt het droog.\n"
        "    timexes:\n"
        "      - {text: Maandag, type: DATE, value: '2022-01-03'}\n"
        "      - {text: Maandag, type: DATE, value: '2022-01-10'}\n",
        encoding="utf-8",
    )
    (case,) = load_gold(path)
    assert [(g.start, g.value) for g in case.gold] == [(0, "2022-01-03"), (21, "2022-01-10")]
    scores = evaluate([case], tag)
    assert scores.value_prf()[2] == 1.0


def test_bad_gold_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text("cases:\n  - {id: a, dct: null, text: Hallo, timexes: [{text: morgen, type: DATE, value: X}]}\n")
    with pytest.raises(InputError):
        load_gold(path)
    path.write_text("just: text\n")
    with pytest.raises(InputError):
        load_gold(path)


def test_dev_set_scores() -> None:
    scores = evaluate(load_gold(EVAL / "nl-dev.yaml"), tag)
    assert scores.relaxed_prf()[2] >= 0.97
    assert scores.value_prf()[2] >= 0.95


def test_held_out_set_scores() -> None:
    """Our own cases, written before the rules they test: a regression on unseen kinds of text fails here."""
    cases = load_gold(HELDOUT)
    assert len(cases) >= 120
    scores = evaluate(cases, tag)
    assert scores.strict_prf()[2] >= 0.95
    assert scores.relaxed_prf()[2] >= 0.97
    assert scores.type_accuracy >= 0.97
    assert scores.value_prf()[2] >= 0.95


def test_every_seed_expression_is_found_with_its_value() -> None:
    cases = load_gold(EVAL / "seeds-gold.yaml")
    assert len(cases) == 2
    for case in cases:
        found = {(t.start, t.end): t for t in tag(case.text, case.dct)}
        for expected in case.gold:
            timex = found.get((expected.start, expected.end))
            assert timex is not None, f"{case.id}: {expected.text!r} not found"
            assert (timex.type, timex.value) == (expected.type, expected.value), f"{case.id}: {expected.text!r}"


def test_eval_command_prints_summary_last(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL / "nl-dev.yaml"), "--show"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines[-3:]] == ["relaxed F1", "type accuracy", "value F1"]
    assert float(lines[-1].split(":")[1]) >= 0.95
