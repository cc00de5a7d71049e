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
        # de week na de volgende: the week after next (the DCT, 2023-05-10, is in week 19)
        ("De week na de volgende gaat het zwembad weer open.", [("De week na de volgende", "2023-W21")]),
        ("De maand na volgende maand stemt de raad over het plan.", [("De maand na volgende maand", "2023-07")]),
        ("Het weekend na het volgende is er een braderie.", [("Het weekend na het volgende", "2023-W20-WE")]),
        # volgende before a noun is not a period: the week after the next meeting is no date we know
        ("De week na de volgende vergadering valt het besluit.", []),
        ("Het jaar na de volgende crisis wordt alles anders.", []),
    ],
)
def test_a_period_after_the_next_is_two_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eerder/later in de week: the week of the last date, else of the publication date (week 19)
        ("Later in de week wordt het weer warmer.", [("Later in de week", "2023-W19")]),
        ("Eerder in de week sloot de fabriek al een hal.", [("Eerder in de week", "2023-W19")]),
        ("Op 6 februari begon de staking. Later in de week sloten zich meer bonden aan.",
         [("6 februari", "2023-02-06"), ("Later in de week", "2023-W06")]),
        ("In juni vorig jaar ging de zaak dicht. Later in de maand volgde het faillissement.",
         [("juni vorig jaar", "2022-06"), ("Later in de maand", "2022-06")]),
        ("De wet wordt later in het jaar behandeld.", [("later in het jaar", "2023")]),
        # later in a match or a story is no period
        ("Later in de wedstrijd scoorde de spits opnieuw.", []),
        ("Eerder in de weekendbijlage stond een interview.", []),
    ],
)
def test_earlier_or_later_in_the_week_is_that_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period before or after a date: counted from it at the period's granularity
        ("De week voor 25 december is het altijd druk in de winkels.", [("De week voor 25 december", "2022-W50")]),
        ("In het jaar na 2015 groeide de economie snel.", [("het jaar na 2015", "2016")]),
        ("Het jaar voor 2008 was een topjaar voor de bouw.", [("Het jaar voor 2008", "2007")]),
        ("Drie maanden na juni vorig jaar kwam het rapport uit.", [("Drie maanden na juni vorig jaar", "2022-09")]),
        # with no date after it the period names nothing; a finer period than the month or year stays a length
        ("De week voor de verkiezingen was het onrustig.", []),
        ("Twee weken na maart was de storm voorbij.", [("Twee weken", "P2W"), ("maart", "2023-03")]),
    ],
)
def test_a_period_before_or_after_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


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
        # ... and after an inflected adjective (a greeting's morning), but `je morgen` is tomorrow
        ("Goede frisse morgen allemaal!", []),
        ("Zie je morgen op het plein?", ["2023-03-16"]),
    ],
)
def test_a_day_after_a_relative_pronoun_is_still_that_day(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2023-03-15")] == expected
