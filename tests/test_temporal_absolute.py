"""Absolute dates, months, years, decades and seasons; years without a year resolved by tense."""

from __future__ import annotations

import pytest

from generator.temporal import tag


def found(text: str, dct: str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        ("2023-05-10", "De brand brak uit op dinsdag 2 mei.", [("dinsdag 2 mei", "2023-05-02")]),
        ("2023-05-10", "Het verdrag werd op 28 april 2023 getekend.", [("28 april 2023", "2023-04-28")]),
        ("2023-05-10", "Het formulier is op 07/03/2021 verstuurd.", [("07/03/2021", "2021-03-07")]),
        ("2023-05-10", "Hij werd op 3 jan. 2021 geboren.", [("3 jan. 2021", "2021-01-03")]),
        ("2023-05-10", "Op 11 maart '22 en 3 mei '98 viel het besluit.", [("11 maart '22", "2022-03-11"),
                                                                            ("3 mei '98", "1998-05-03")]),
        ("2023-05-10", "Sinds maart 2020 werkt iedereen thuis.", [("maart 2020", "2020-03")]),
        ("2023-05-10", "Januari 1999 was de koudste maand.", [("Januari 1999", "1999-01")]),
        ("2023-05-10", "Het bedrijf werd in 1998 opgericht.", [("1998", "1998")]),
        ("2023-05-10", "De fabriek draaide tot 2015 op volle toeren.", [("2015", "2015")]),
        ("2023-05-10", "Tussen 2010 en 2014 groeide de stad.", [("2010", "2010"), ("2014", "2014")]),
        ("2023-05-10", "In de jaren tachtig was de haven nog open.", [("de jaren tachtig", "198")]),
        ("2023-05-10", "De jaren '60 waren roerig.", [("De jaren '60", "196")]),
        ("2026-11-01", "De jaren twintig begonnen met een pandemie.", [("De jaren twintig", "202")]),
        ("2019-11-01", "In de jaren twintig was het feest.", [("de jaren twintig", "192")]),
        (None, "Op 11 maart '22 viel het besluit.", [("11 maart '22", "XX22-03-11")]),
        ("2023-05-10", "De zomer van 2019 was de warmste ooit.", [("De zomer van 2019", "2019-SU")]),
        ("2023-05-10", "In het najaar van 2020 sloten de scholen.", [("het najaar van 2020", "2020-FA")]),
        ("2023-05-10", "Dit voorjaar regende het weinig.", [("Dit voorjaar", "2023-SP")]),
        ("2023-05-10", "Komende winter worden tekorten verwacht.", [("Komende winter", "2023-WI")]),
        ("2023-05-10", "Vorige zomer vielen er weinig buien.", [("Vorige zomer", "2022-SU")]),
        ("2023-01-20", "Deze winter vriest het nauwelijks.", [("Deze winter", "2022-WI")]),
    ],
)
def test_absolute_expressions(dct: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # past tense: the latest such day on or before the DCT, even across New Year
        ("2023-02-10", "Op 20 december werd de verdachte opgepakt.", "2022-12-20"),
        ("2023-05-10", "Sinds 2 februari geldt het verbod.", "2023-02-02"),
        # future: the next one
        ("2023-11-20", "Op 15 januari begint het proces.", "2024-01-15"),
        ("2023-11-20", "De rechtbank zal op 15 januari uitspraak doen.", "2024-01-15"),
        # present with no cue either way: the nearest
        ("2023-05-10", "De nieuwe regels gelden op 1 juni.", "2023-06-01"),
        ("2023-05-10", "De deadline is 30 april.", "2023-04-30"),
        # 29 February: the leap year the tense points to
        ("2023-05-10", "Op 29 februari was het feest.", "2020-02-29"),
    ],
)
def test_dates_without_a_year_follow_the_tense(dct: str, text: str, expected: str) -> None:
    assert [v for _, v in found(text, dct)] == [expected]


def test_bare_months_need_a_cue_and_follow_the_tense() -> None:
    assert found("Van juni tot en met augustus is de brug dicht.", "2023-05-10") == [
        ("juni", "2023-06"),
        ("augustus", "2023-08"),
    ]
    assert found("In november werd het plan al besproken.", "2023-05-10") == [("november", "2022-11")]
    assert found("Volgend jaar maart opent de brug.", "2023-05-10") == [("Volgend jaar maart", "2024-03")]
    assert found("In mei vorig jaar ging het mis.", "2023-05-10") == [("mei vorig jaar", "2022-05")]


def test_a_weekday_with_a_date_picks_the_year_it_fits() -> None:
    assert found("Op vrijdag 13 januari werd het bekend.", "2023-12-01") == [("vrijdag 13 januari", "2023-01-13")]


def test_a_leading_preposition_is_not_part_of_the_expression() -> None:
    for text in ("Op 5 juni sloot de winkel.", "Vanaf 5 juni sloot de winkel.", "Tot 5 juni sloot de winkel."):
        assert [t for t, _ in found(text, "2023-07-01")] == ["5 juni"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2018 was de zomer uitzonderlijk droog.", "2018-SU"),
        ("Eind februari 2021, aan het einde van de winter, vroor het nog.", "2020-WI"),
        ("De oogst van augustus 2015 viel tegen, de hele zomer was nat.", "2015-SU"),
    ],
)
def test_a_season_takes_its_year_from_the_date_said_before_it(text: str, expected: str) -> None:
    assert tag(text, "2023-05-10")[-1].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De aannemer is sinds de vijfde weer aan het werk.", [("de vijfde", "2023-05-05")]),
        ("Tot de twintigste is de winkel dicht.", [("de twintigste", "2023-05-20")]),
        ("Hij eindigde op de tweede plaats.", []),
        ("Na de eerste en tweede ronde stond hij voor.", []),
        ("Voor de derde keer ging het mis.", []),
    ],
)
def test_a_day_of_the_month_as_an_ordinal_word_after_a_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Op 14-2-'19 werd het contract getekend.", "2019-02-14"), ("Sinds 3/9/’20 is hij voortvluchtig.", "2020-09-03")],
)
def test_a_numeric_date_with_its_year_after_an_apostrophe(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2023-05-10")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month told on in the past tense after a month of the sentence before: the story moves on from it
        ("Twee jaar geleden sloot de zaak eind maart. De verbouwing was begin april klaar.", "2022-04"),
        # a month the text wrote with its year before is that month again, not one compared with
        ("In februari 2024 daalde de omzet. In februari bleef de winkel dicht.", "2024-02"),
        ("De omzet lag hoger dan in februari 2023. De winst steeg in februari.", "2024-02"),
        # told now, it follows the tense from the publication date
        ("Twee jaar geleden sloot de zaak eind maart. In april volgt een nieuwe opening.", "2024-04"),
    ],
)
def test_a_month_without_a_year_takes_the_year_the_text_gave_it(text: str, expected: str) -> None:
    assert tag(text, "2024-03-10")[-1].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told in the present is in the month the text told of before, however it was placed
        ("Het orkest komt in november naar Utrecht. Het speelt op 14 november in de grote zaal.", "2024-11-14"),
        ("De kermis gaat in oktober weer open. De opening is op 3 oktober op het plein.", "2024-10-03"),
        ("In september sloot de fabriek. De curator is op 12 september aangesteld.", "2023-09-12"),
        # with no such month told before, the present stays nearest
        ("Het orkest speelt op 14 november in de grote zaal.", "2023-11-14"),
    ],
)
def test_a_day_told_in_the_present_is_in_the_month_told_before(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2024-01-10")][-1] == expected
