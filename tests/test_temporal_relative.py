"""Weeks, months, years and weekends relative to the DCT; counted offsets; begin/medio/eind modifiers."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"  # Wednesday of ISO week 19


def found(text: str, dct: str = DCT) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vorige week werd het bekend.", ("Vorige week", "2023-W18", None)),
        ("Deze week valt het besluit.", ("Deze week", "2023-W19", None)),
        ("Volgende maand verschijnt het rapport.", ("Volgende maand", "2023-06", None)),
        ("Vorig jaar daalde de werkloosheid.", ("Vorig jaar", "2022", None)),
        ("Dit jaar wordt het warmer.", ("Dit jaar", "2023", None)),
        ("Komend weekend wordt het mooi weer.", ("Komend weekend", "2023-W19-WE", None)),
        ("Afgelopen weekend was het druk op het strand.", ("Afgelopen weekend", "2023-W18-WE", None)),
        ("Eind vorig jaar sloot de fabriek.", ("Eind vorig jaar", "2022", "END")),
        ("Begin volgende week volgt meer nieuws.", ("Begin volgende week", "2023-W20", "START")),
        ("Medio juni wordt de brug geopend.", ("Medio juni", "2023-06", "MID")),
        ("Halverwege deze maand komt het advies.", ("Halverwege deze maand", "2023-05", "MID")),
        ("Begin 2020 brak de pandemie uit.", ("Begin 2020", "2020", "START")),
    ],
)
def test_relative_periods_and_modifiers(text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vier dagen geleden verdween de jongen.", ("Vier dagen geleden", "2023-05-06")),
        ("Twee weken geleden werd het besloten.", ("Twee weken geleden", "2023-W17")),
        ("Zes maanden geleden begon de bouw.", ("Zes maanden geleden", "2022-11")),
        ("Twee jaar geleden trad hij af.", ("Twee jaar geleden", "2021")),
        ("Over drie maanden zijn de verkiezingen.", ("Over drie maanden", "2023-08")),
        ("Over een week valt het besluit.", ("Over een week", "2023-W20")),
        ("Over 10 dagen opent de brug.", ("Over 10 dagen", "2023-05-20")),
    ],
)
def test_counted_offsets_take_the_granularity_of_their_unit(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


def test_relative_periods_across_the_new_year() -> None:
    assert found("Vorige week en vorige maand was het koud.", "2023-01-03") == [
        ("Vorige week", "2022-W52", None),
        ("vorige maand", "2022-12", None),
    ]


@pytest.mark.parametrize(
    "text", ["Het vuurwerk begon een uur na kerst al.", "Tien minuten vanaf vandaag gaat de verkoop open."]
)
def test_a_length_in_hours_or_minutes_is_not_counted_from_a_day(text: str) -> None:
    found = tag(text, "2023-05-10")
    assert [t.type for t in found] == ["DURATION", "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de eerste helft van 2022 steeg de omzet.", ("de eerste helft van 2022", "2022", "START")),
        ("De tweede helft van februari was koud.", ("De tweede helft van februari", "2023-02", "END")),
    ],
)
def test_a_half_of_a_month_or_year_is_it_with_start_or_end(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.value, t.mod) for t in tag(text, DCT)] == [expected]


def test_a_half_of_a_match_is_no_time() -> None:
    assert tag("In de tweede helft scoorde de thuisploeg twee keer.", DCT) == ()


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        ("2024-02-14", "In het vierde kwartaal kromp de economie licht.", "2023-Q4"),
        ("2024-02-14", "In het eerste kwartaal daalde de werkloosheid.", "2024-Q1"),
        ("2024-02-14", "In het vierde kwartaal gaat de fabriek dicht.", "2024-Q4"),
        ("2024-11-14", "In het derde kwartaal groeide de economie.", "2024-Q3"),
    ],
)
def test_a_quarter_told_in_the_past_that_has_not_begun_is_last_years(dct: str, text: str, expected: str) -> None:
    assert [t.value for t in tag(text, dct)] == [expected]


def test_the_week_of_a_day_is_its_iso_week() -> None:
    found = tag("In de week van 22 mei zijn de scholen dicht; de week van de waarheid volgt later.", DCT)
    assert [(t.text, t.value) for t in found] == [("de week van 22 mei", "2023-W21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later vandaag spreekt de burgemeester.", ("Later vandaag", "2023-05-10")),
        ("Eerder deze maand sloot de fabriek.", ("Eerder deze maand", "2023-05")),
        ("Later in deze week volgt het besluit.", ("Later in deze week", "2023-W19")),
    ],
)
def test_eerder_and_later_belong_to_the_expression(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause opened by `die` keeps its day relative to the publication date
        ("De fietser die gisteren werd aangereden, ligt nog in het ziekenhuis.", ["2023-03-14"]),
        ("Maatregelen die vandaag ingaan, gelden tot de zomer.", ["2023-03-15", "2023-SU"]),
        ("De vergunning die eergisteren werd verleend, is ingetrokken.", ["2023-03-13"]),
        # only `morgen` is also a noun after an article or pronoun: the morning, not tomorrow
        ("Die morgen was het mistig.", ["2023-03-15TMO"]),
        ("Het was een morgen vol mist.", []),
    ],
)
def test_a_day_after_a_relative_pronoun_is_still_that_day(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2023-03-15")] == expected
