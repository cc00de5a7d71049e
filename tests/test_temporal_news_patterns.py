"""Patterns of Dutch news prose the tagger misread on real articles, each on sentences written for the test:
where the rule must fire and where it must not."""

from __future__ import annotations

from generator.temporal import tag

DCT = "2023-02-10"


def values(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# --- a date and its distance from now, side by side ---------------------------------------------------------------


def test_a_date_then_a_comma_and_its_distance_from_now_are_two_expressions() -> None:
    found = values("Het aantal besmettingen is het hoogst sinds 20 januari, ruim drie weken geleden.")
    assert ("20 januari", "DATE", "2023-01-20") in found
    assert ("ruim drie weken geleden", "DATE", "2023-W03") in found


def test_a_weekday_and_an_offset_without_a_comma_still_shift() -> None:
    assert values("Zaterdag een week geleden brak er brand uit.") == [
        ("Zaterdag een week geleden", "DATE", "2023-01-28")
    ]
