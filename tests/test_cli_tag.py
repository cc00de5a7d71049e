"""`kroniek tag`: a file, standard input, --batch JSON lines, and usage errors."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from generator.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "",
        ) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_tag_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text("Gisteravond werd een man opgepakt. Eind december volgt de zaak.", encoding="utf-8")
    code, out, _ = run(["tag", "--dct", "2023-05-10", str(path)], capsys, monkeypatch)
    assert code == 0
    found = json.loads(out)
    assert found[0] == {"start": 0, "end": 11, "text": "Gisteravond", "type": "DATE", "value": "2023-05-09TEV"}
    assert found[1]["mod"] == "END" and found[1]["value"] == "2023-12"


def test_tag_stdin_with_unknown_dct(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["tag"], capsys, monkeypatch, stdin="Vanmorgen werd het bekend.")
    assert code == 0
    (found,) = json.loads(out)
    assert found["value"] == "XXXX-XX-XXTMO" and found["review"]


def test_batch_keeps_input_order(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        {"id": "b", "dct": "2023-05-10", "text": "Dinsdag sloot de haven."},
        {"id": "a", "dct": None, "text": "Dinsdag sloot de haven."},
        {"id": "c", "dct": "2023-05", "text": "Dinsdag sloot de haven."},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n\n"
    code, out, _ = run(["tag", "--batch"], capsys, monkeypatch, stdin=stdin)
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["b", "a", "c"]
    assert [r["timexes"][0]["value"] for r in results] == ["2023-05-09", "XXXX-XX-XX", "2023-05"]


def test_batch_names_the_bad_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = json.dumps({"id": 1, "dct": None, "text": "Gisteren."}) + "\n{not json\n"
    code, _, err = run(["tag", "--batch"], capsys, monkeypatch, stdin=stdin)
    assert code == 1
    assert "<stdin>:2:" in err


def test_batch_names_each_line_it_cannot_tag_and_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        json.dumps({"id": "a", "dct": "2024-03-08", "text": "Gisteren viel de stroom uit."}),
        json.dumps({"id": "b", "dct": "9999-12-31", "text": "Overmorgen opent de brug."}),
        "{geen json",
        json.dumps({"id": "d", "dct": "0001-02-01", "text": "Vorig jaar brandde de molen af."}),
        json.dumps({"id": "e", "dct": "2024-03-08", "text": "Morgen opent de brug."}),
    ]
    code, out, err = run(["tag", "--batch"], capsys, monkeypatch, stdin="\n".join(lines) + "\n")
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "e"]
    named = err.splitlines()
    assert [line.split(": ")[1] for line in named] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert "calendar ends" in named[0] and "bad batch line" in named[1] and "calendar ends" in named[2]
    assert "Traceback" not in err


def test_batch_refuses_a_bad_dct(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = json.dumps({"id": 1, "dct": "gisteren", "text": "Gisteren."}) + "\n"
    code, _, err = run(["tag", "--batch"], capsys, monkeypatch, stdin=stdin)
    assert code == 1 and "<stdin>:1:" in err


@pytest.mark.parametrize("dct", ["2022-13", "2022-02-30", "6-1-2022", "morgen"])
def test_bad_dct_is_a_usage_error(dct: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["tag", "--dct", dct])
    assert leaving.value.code == 2
    assert "--dct" in capsys.readouterr().err


def test_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(["tag", str(tmp_path / "missing.txt")], capsys, monkeypatch)
    assert code == 1 and "missing.txt" in err


@pytest.mark.parametrize("device", ["/dev/zero", "fifo"])
def test_a_device_or_fifo_is_named_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, device: str) -> None:
    if device == "fifo":
        device = str(tmp_path / "pijp")
        os.mkfifo(device)
    code, _, err = run(["tag", device], capsys, monkeypatch)  # before: a MemoryError, or a hang on the FIFO
    assert code == 1 and f"{device}: is a " in err


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("Morgen maakt de raad de uitslag bekend.", "9999-12-31"),
        ("De markt opende op maandag 1 januari. Zondag was hij weer dicht.", "0001-01-01"),
        # the n-th week of a month whose year, by the tense, is 10000 (not its first four digits, 1000)
        ("De school gaat open in de laatste week van januari.", "9999-12-10"),
    ],
)
def test_a_date_past_the_calendar_s_ends_is_an_input_error(
    text: str, dct: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # as extract names the article, tag names the text: no traceback
    code, out, err = run(["tag", "--dct", dct], capsys, monkeypatch, stdin=text)
    assert code == 1 and out == "" and err.startswith("error: <stdin>: a date it names") and "calendar ends" in err
    line = json.dumps({"id": "a", "dct": dct, "text": text})
    code, _, err = run(["tag", "--batch"], capsys, monkeypatch, stdin=line + "\n")
    assert code == 1 and err.startswith("error: <stdin>:1: a date it names")


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("Vorig jaar met Pasen was de kerk vol.", "0001-06-01"),  # year 0, which the calendar lacks
        ("Vorige maand sloot de haven.", "0001-01-20"),
        ("Vorige winter vroor het hard.", "0001-03-01"),
        ("Honderd jaar geleden stond hier een molen.", "0050-05-01"),
        ("In de jaren twintig stond hier een molen.", "0001-05-01"),
        ("Volgend jaar opent de brug.", "9999-03-01"),  # year 10000
        ("Volgende maand opent de brug.", "9999-12-01"),
        ("Volgend voorjaar opent de brug.", "9999-10-01"),
        ("Tien jaar later opent de brug.", "9995-10-01"),
    ],
)
def test_a_year_counted_past_the_calendar_s_ends_is_an_input_error(
    text: str, dct: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["tag", "--dct", dct], capsys, monkeypatch, stdin=text)
    assert code == 1 and out == "" and err.startswith("error: <stdin>: a date it names")


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        ("Vorig jaar met Pasen was de kerk vol.", "0002-06-01", ["0001", "0001-04-01"]),
        ("Vorige maand sloot de haven.", "0001-02-20", ["0001-01"]),
        ("Volgend jaar opent de brug.", "9998-03-01", ["9999"]),
        ("Volgende maand opent de brug.", "9999-11-01", ["9999-12"]),
    ],
)
def test_a_year_counted_to_the_calendar_s_ends_is_tagged(
    text: str, dct: str, values: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["tag", "--dct", dct], capsys, monkeypatch, stdin=text)
    assert code == 0 and [t["value"] for t in json.loads(out)] == values


def test_a_date_within_the_calendar_s_last_day_is_tagged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["tag", "--dct", "9999-12-31"], capsys, monkeypatch, stdin="Gisteren sloot de markt.")
    assert code == 0 and json.loads(out)[0]["value"] == "9999-12-30"


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        ("In week 53 lag er sneeuw.", "2023-06-10", ["XXXX-W53"]),  # 2023 has 52 weeks
        ("In week 53 van 2020 lag er sneeuw.", "2023-06-10", ["2020-W53"]),  # 2020 has 53
        ("Met Pasen gaat de kerk open.", "9999-12-10", ["9999-03-28"]),  # next Easter past the calendar: the last
        ("Met Pasen gaat de kerk open.", "0001-01-10", ["0001-04-01"]),
        ("Tweede Pinksterdag volgend jaar gaat de kerk open.", "9999-12-10", []),  # only past the calendar: none
        # the n-th day or week of a month, whose years around the one told reach past the calendar's ends
        ("Op de laatste dag van december was het koud.", "9999-12-10", ["9998-12-31"]),
        ("De derde dinsdag van januari was het koud.", "0001-01-05", ["0001-01-16"]),
        ("Op 3 januari begon het en in de eerste week van januari eindigde het.", "0001-03-05",
         ["0001-01-03", "0001-W01"]),
    ],
)
def test_a_week_or_movable_day_the_year_lacks_is_no_error(
    text: str, dct: str, values: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = json.dumps({"id": "w", "dct": dct, "text": text}) + "\n"
    code, out, _ = run(["tag", "--batch"], capsys, monkeypatch, stdin=stdin)
    assert code == 0 and [t["value"] for t in json.loads(out)["timexes"]] == values


def test_a_fault_of_kroniek_s_names_the_line_and_the_others_go_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug of the tagger's on one line is that line's error, with no traceback; so is one on a whole text."""
    import generator.temporal as temporal

    real = temporal.tag

    def faulty(text: str, *rest: object) -> object:
        if "storing" in text:
            raise KeyError("dom")
        if "fout" in text:  # a ValueError of Kroniek's own is a fault too, not the line's bad input
            raise ValueError("year 10000 is out of range")
        return real(text, *rest)

    monkeypatch.setattr(temporal, "tag", faulty)
    lines = [json.dumps({"id": "a", "dct": "2024-03-08", "text": "Er was een storing."}),
             json.dumps({"id": "b", "dct": "2024-03-08", "text": "Morgen opent de brug."}),
             json.dumps({"id": "c", "dct": "2024-03-08", "text": "Een fout van gisteren."})]
    code, out, err = run(["tag", "--batch"], capsys, monkeypatch, stdin="\n".join(lines) + "\n")
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["b"]
    first, third = err.splitlines()
    assert "<stdin>:1" in first and "KeyError: 'dom'" in first and "Traceback" not in err
    assert "<stdin>:3" in third and "ValueError: year 10000" in third and "bad batch line" not in third
    code, out, err = run(["tag", "--dct", "2024-03-08"], capsys, monkeypatch, stdin="Een storing gisteren.")
    assert code == 1 and out == "" and "KeyError: 'dom'" in err and "fault of Kroniek's" in err


def test_a_fault_names_the_line_of_kroniek_s_own_code_it_came_through(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a fault was raised outside Kroniek's code (here in a stand-in for the tagger), the line named is the
    last of Kroniek's own it passed through, which the editor can report."""
    import generator.temporal as temporal

    def faulty(text: str, *rest: object) -> object:
        raise KeyError("dom")

    monkeypatch.setattr(temporal, "tag", faulty)
    code, _, err = run(["tag", "--dct", "2024-03-08"], capsys, monkeypatch, stdin="Morgen gaat de markt open.")
    assert code == 1 and " at tag.py:" in err


def test_a_fault_with_no_line_of_kroniek_s_names_its_own_or_none() -> None:
    """An error raised only outside Kroniek's code names the last line it came through; one never raised, none."""
    from generator.errors import fault

    try:
        {"maand": "maart"}["dag"]
    except KeyError as error:
        assert f" at {Path(__file__).name}:" in fault(error)
    said = fault(KeyError("dom"))
    assert "KeyError: 'dom'" in said and " at " not in said
