"""The TempEval-3-style scorer, on small hand-made gold, and the tagger's scores on the project's gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import InputError
from generator.model import Timex
from generator.temporal import tag
from generator.temporal.evaluate import (
    Case,
    GoldTimex,
    Scores,
    evaluate,
    load_gold,
    report,
    score_case,
    select,
    summary,
)

EVAL = Path(__file__).parent / "data"  # copies of the shared gold sets (see data/README.md)
HELDOUT = Path(__file__).parent / "data" / "nl-heldout.yaml"
SCORING = Path(__file__).parent / "data" / "eval-scoring.yaml"  # hand-made cases for the scorer itself


def gold(text: str, piece: str, kind: str, value: str, mod: str | None = None) -> GoldTimex:
    start = text.index(piece)
    return GoldTimex(start, start + len(piece), piece, kind, (value,), mod)


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
    assert scores.relaxed_prf() == (0.0, 0.0, 0.0)  # with no gold, recall is 0 as in the reference scorer
    assert scores.type_accuracy == 0.0
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
    assert [(g.start, g.values) for g in case.gold] == [(0, ("2022-01-03",)), (21, ("2022-01-10",))]
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
            assert timex.type == expected.type, f"{case.id}: {expected.text!r}"
            assert timex.value in expected.values, f"{case.id}: {expected.text!r}"


def test_eval_command_tags_an_article_as_the_pipeline_does(capsys: pytest.CaptureFixture[str]) -> None:
    """The scraped ` date 2022-01 ` prefix of a seed is metadata, not the article: it is not tagged."""
    assert main(["eval", str(EVAL / "seeds-gold.yaml"), "--show"]) == 0
    out = capsys.readouterr().out
    assert "'2022-01'" not in out
    assert "value         P" in out and " R 1.000 " in out.split("value         P")[1].splitlines()[0]


def test_eval_command_prints_summary_last(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL / "nl-dev.yaml"), "--show"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines[-3:]] == ["relaxed F1", "type accuracy", "value F1"]
    assert float(lines[-1].split(":")[1]) >= 0.95


# What a tagger is taken to have said on each case of eval-scoring.yaml: (piece of the text, type, value).
SAID = {
    "list-and-ignored": [
        ("3 januari", "DATE", "2022-01-03"),
        ("nu", "DATE", "PRESENT_REF"),
        ("dinsdagavond", "DATE", "2022-01-04TNI"),
    ],
    "most-overlap": [("woensdag", "DATE", "2022-01-12"), ("5 januari", "DATE", "2022-01-05")],
    "tie": [("elke dag", "SET", "P1D"), ("om 8 uur", "TIME", "2022-01-06T08:00")],
    "greedy": [("zaterdag en zondag", "DATE", "2022-W01-WE")],
    "wrong-type": [("twee weken", "DATE", "P2W")],
    "missed-and-spurious": [("zondag 17 april", "DATE", "2022-04-17")],
    "soon-clock": [("over vijf minuten", "TIME", "2022-01-06T00:05")],
    "other-tag": [("2021", "DATE", "2021")],
}


def said(cases: list[Case]):
    """A tagger that says what SAID holds for each case's text."""
    by_text = {case.text: [pred(case.text, *row) for row in SAID[case.id]] for case in cases}
    return lambda text, dct: by_text[text]


def figures(text: str) -> dict[str, float]:
    """The reference scorer's figures from one block of `report` output."""
    found = {}
    for line in text.splitlines():
        if line.startswith("cases:"):
            words = line.split()
            found.update({k.rstrip(":"): int(v) for k, v in zip(words[::2], words[1::2], strict=True)})
        for name in ("strict F1", "relaxed F1", "type accuracy", "value F1"):
            if line.startswith(f"{name}:"):
                found[name] = float(line.split(":")[1])
    return found


def test_hand_made_cases_score_as_worked_out_by_hand() -> None:
    """Figures of the reference method, worked out by hand: 9 gold, 10 predictions (the PRESENT_REF one
    not counted), 7 relaxed matches, 3 strict, 6 of the right type, 6 with an accepted value."""
    cases = load_gold(SCORING)
    scored_cases, apart = select(cases)
    scores = evaluate(scored_cases, said(cases))
    assert (scores.cases, scores.gold, scores.predicted) == (7, 9, 10)
    assert (scores.relaxed, scores.strict, scores.typed, scores.valued) == (7, 3, 6, 6)
    assert scores.relaxed_prf() == pytest.approx((7 / 10, 7 / 9, 14 / 19))
    assert scores.strict_prf()[2] == pytest.approx(6 / 19)
    assert scores.value_prf()[2] == pytest.approx(12 / 19)
    assert scores.type_accuracy == pytest.approx(6 / 7)
    cats = {name: (c.right, c.gold, c.found) for name, c in scores.cats.items()}
    assert cats == {
        "date": (2, 2, 2),
        "part of day": (1, 1, 1),  # the list's second reading counts
        "set": (1, 1, 1),  # the tie went to the earlier prediction, which has the right value
        "weekday": (0, 2, 1),  # the first weekday took the one prediction; the second was missed
        "duration": (1, 1, 1),  # a wrong type costs type accuracy, not the value
        "holiday": (0, 1, 0),
        "week/month/year": (1, 1, 1),
    }
    assert figures(report(scores)) == {
        "cases": 7, "gold": 9, "predicted": 10,
        "strict F1": 0.316, "relaxed F1": 0.737, "type accuracy": 0.857, "value F1": 0.632,
    }  # fmt: skip
    assert [c.id for c in apart] == ["soon-clock"]


def test_a_gold_value_list_accepts_any_of_its_readings(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(
        "cases:\n"
        "  - id: a\n    dct: '2022-01-06'\n    text: Dinsdagavond kwam hij, dinsdagavond ging hij.\n"
        "    timexes:\n"
        "      - {text: Dinsdagavond, type: DATE, value: ['2022-01-04TEV', '2022-01-04TNI']}\n"
        "      - {text: dinsdagavond, type: DATE, value: ['2022-01-04TEV', '2022-01-04TNI']}\n",
        encoding="utf-8",
    )
    (case,) = load_gold(path)
    assert case.gold[0].values == ("2022-01-04TEV", "2022-01-04TNI")
    scores = Scores()
    readings = ("2022-01-04TNI", "2022-01-04")  # the second reading of the list, then a reading not in it
    predicted = [Timex(g.start, g.end, g.text, "DATE", v) for g, v in zip(case.gold, readings, strict=True)]
    score_case(case, predicted, scores)
    assert scores.valued == 1
    assert [m.problem for m in scores.misses] == ["value"]


def test_clock_cases_are_scored_apart_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(SCORING)]) == 0
    out = capsys.readouterr().out
    head, _, rest = out.partition("\napart:")
    assert head.splitlines()[0] == "main figures: 7 cases of 8; not in them, scored apart below: 1 case tagged clock"
    assert figures(head)["cases"] == 7 and figures(head)["gold"] == 9
    assert rest.splitlines()[0] == " 1 case tagged clock"
    assert figures(rest)["cases"] == 1 and figures(rest)["gold"] == 1

    assert main(["eval", str(SCORING), "--no-apart"]) == 0
    out = capsys.readouterr().out
    assert "apart" not in out
    assert figures(out)["cases"] == 8 and figures(out)["gold"] == 10

    assert main(["eval", str(SCORING), "--only-tag", "clock"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("main figures: 1 case of 8 (7 left out by tag)\n")
    assert "apart" not in out
    assert figures(out)["gold"] == 1


def test_skip_and_only_tags_choose_cases_as_the_reference_scorer() -> None:
    cases = load_gold(SCORING)
    ids = lambda chosen: [c.id for c in chosen]  # noqa: E731
    assert ids(select(cases, skip=["year"])[0]) == ids(select(cases)[0])[:-1]
    assert ids(select(cases, skip=["year"])[1]) == ["soon-clock"]
    assert [ids(part) for part in select(cases, only=["year"])] == [["other-tag"], []]
    assert [ids(part) for part in select(cases, only=["year", "clock"])] == [["soon-clock", "other-tag"], []]
    assert [ids(part) for part in select(cases, skip=["clock"], apart=())] == [ids(select(cases)[0]), []]


def test_by_cat_prints_value_accuracy_per_category() -> None:
    cases = load_gold(SCORING)
    out = summary(cases, said(cases), by_cat=True)
    main_part, _, apart_part = out.partition("\napart:")
    assert "value accuracy by category" in main_part
    assert "  weekday             0/2    0.000  (found 1)" in main_part
    assert "  date                2/2    1.000  (found 2)" in main_part
    assert "  part of day         1/1    1.000  (found 1)" in main_part
    assert "  clock time          0/1    0.000  (found 1)" in apart_part
    assert "clock time" not in main_part


def test_summary_without_categories_or_apart_cases() -> None:
    cases = [c for c in load_gold(SCORING) if c.id == "tie"]
    out = summary(cases, said(cases), show=True)
    assert out.splitlines()[0] == "main figures: 1 case of 1"
    assert "apart" not in out and "by category" not in out
    assert "tie: spurious: gold - | predicted 'om 8 uur' TIME 2022-01-06T08:00" in out
