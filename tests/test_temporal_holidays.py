"""Named days, fixed and movable (from Easter), resolved to the occurrence the tense points at."""

from __future__ import annotations

import pytest

from generator.temporal import tag


def values(text: str, dct: str | None) -> list[str]:
    return [t.value for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        ("2019-06-01", "Met Pasen was het druk op de wegen.", "2019-04-21"),
        ("2020-05-01", "Op tweede paasdag bleef iedereen thuis.", "2020-04-13"),
        ("2024-05-01", "Op Goede Vrijdag sloten veel kantoren.", "2024-03-29"),
        ("2021-06-30", "Op Hemelvaartsdag was het mooi weer.", "2021-05-13"),
        ("2025-06-30", "Op tweede pinksterdag was het druk op het strand.", "2025-06-09"),
        ("2022-07-01", "Met Pinksteren was het druk op de wegen.", "2022-06-05"),
        ("2023-05-10", "Met kerst gaan de winkels eerder dicht.", "2023-12-25"),
    ],
)
def test_movable_and_fixed_feasts_across_years(dct: str, text: str, expected: str) -> None:
    assert values(text, dct) == [expected]


def test_koningsdag_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert values("Koningsdag 2025 wordt in Doetinchem gevierd.", "2024-12-01") == ["2025-04-26"]
    assert values("Op Koningsdag was het erg druk.", "2025-05-10") == ["2025-04-26"]
    assert values("Op Koningsdag was het erg druk.", "2022-05-10") == ["2022-04-27"]


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        ("2023-01-02", "Op eerste kerstdag was het rustig op straat.", "2022-12-25"),
        ("2023-01-02", "Op oudejaarsavond werd veel vuurwerk afgestoken.", "2022-12-31TEV"),
        ("2023-12-20", "Op Nieuwjaarsdag gaat de nieuwe wet in.", "2024-01-01"),
        ("2023-12-20", "Op Sinterklaasavond kregen de kinderen cadeaus.", "2023-12-05TEV"),
        ("2023-05-10", "Op Bevrijdingsdag waren er festivals in het hele land.", "2023-05-05"),
        ("2023-05-10", "Met Valentijnsdag werden veel rozen verkocht.", "2023-02-14"),
        ("2023-05-10", "Op Prinsjesdag presenteert het kabinet de begroting.", "2023-09-19"),
    ],
)
def test_nearest_fitting_occurrence_by_tense(dct: str, text: str, expected: str) -> None:
    assert values(text, dct) == [expected]


def test_a_holiday_without_a_year_or_dct_keeps_what_is_known() -> None:
    found = tag("Op Bevrijdingsdag waren er festivals.", None)
    assert [t.value for t in found] == ["XXXX-05-05"]
    assert found[0].review


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        ("2024-06-10", "Koningsdag valt vorig jaar op een zondag, zei de woordvoerder.", "2023-04-27"),
        ("2024-06-10", "Kerstmis valt op een woensdag dit jaar.", "2024-12-25"),
        ("2024-06-10", "De carnavalsoptocht in februari was volgend jaar al volgeboekt.", "2025-02"),
    ],
)
def test_a_yearless_day_takes_the_year_said_right_after_it(dct: str, text: str, expected: str) -> None:
    found = tag(text, dct)
    assert found[0].value == expected
    assert found[0].review is None


@pytest.mark.parametrize(
    "text",
    [
        "Op Prinsjesdag presenteert het kabinet de plannen voor volgend jaar.",
        "De Koning zet op Prinsjesdag de plannen van de regering voor het komende jaar uiteen.",
    ],
)
def test_a_year_saying_what_a_thing_is_for_lends_the_day_no_year(text: str) -> None:
    assert values(text, "2024-09-17")[0] == "2024-09-17"  # this Prinsjesdag, said on it


def test_a_year_said_in_the_next_sentence_is_not_taken() -> None:
    assert values("Kerstmis is ver weg. Dit jaar begint de verkoop al in juni.", "2024-06-10")[0] == "2023-12-25"


def test_a_year_said_in_another_clause_of_the_sentence_is_not_taken() -> None:
    text = "De burgemeester, die op Koningsdag een lintje uitreikte, gaat volgend jaar met pensioen."
    assert values(text, "2024-06-10")[:2] == ["2024-04-27", "2025"]


@pytest.mark.parametrize(
    "text",
    [
        "Bevrijdingsdag, die vorig jaar op een donderdag viel, trok veel bezoekers.",
        "Bevrijdingsdag, waarop vorig jaar veel bezoekers kwamen, was een succes.",
    ],
)
def test_a_year_said_in_a_relative_clause_about_the_named_day_is_its_year(text: str) -> None:
    assert values(text, "2023-06-10")[0] == "2022-05-05"


@pytest.mark.parametrize(
    "text",
    [
        "Bevrijdingsdag was een succes, maar vorig jaar kwamen er meer.",
        # no relative right after the day, or the year in a clause after the relative one
        "Bevrijdingsdag, zo zei hij vorig jaar al, was een succes.",
        "Bevrijdingsdag, die zonnig begon, eindigde in regen; vorig jaar was het andersom.",
    ],
)
def test_a_year_said_in_a_clause_not_opened_right_after_the_named_day_is_not_taken(text: str) -> None:
    assert values(text, "2023-06-10")[0] == "2023-05-05"


def test_an_article_or_deze_before_a_named_day_is_part_of_it() -> None:
    found = tag("In de kerstnacht was het stil; deze Koningsdag wordt het druk.", "2023-01-10")
    assert [(t.text, t.value) for t in found] == [("de kerstnacht", "2022-12-24TNI"), ("deze Koningsdag", "2023-04-27")]


@pytest.mark.parametrize(
    "text",
    ["In januari lag de inflatie hoger dan vorig jaar.", "In januari stegen de prijzen vergeleken met vorig jaar."],
)
def test_a_year_compared_with_gives_no_year_to_the_month_before_it(text: str) -> None:
    assert values(text, "2023-02-14") == ["2023-01", "2022"]


def test_a_clock_time_alone_before_a_named_day_gives_it_no_year() -> None:
    """A page's time stamp runs into the lead: the year of `Kerstmis` is the one `dit jaar` says."""
    text = "4 juni 2018\n\n10u57 Cultuur Kerstmis wordt dit jaar groots gevierd in de stad."
    found = [(t.text, t.value) for t in tag(text, "2018-06-04")]
    assert ("Kerstmis", "2018-12-25") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the n-th weekday after a day, counted from the day after it
        ("De eerste maandag na Pasen is de school nog dicht.", [("De eerste maandag na Pasen", "2023-04-10")]),
        ("De derde dinsdag na kerst 2014 begon de cursus.", [("De derde dinsdag na kerst 2014", "2015-01-13")]),
        ("De tweede zondag na 1 september trekt de optocht door het dorp.",
         [("De tweede zondag na 1 september", "2023-09-10")]),
        ("De eerste zondag na Moederdag is er een braderie.", [("De eerste zondag na Moederdag", "2023-05-21")]),
        # with no day after it, or with a month of its own, nothing is counted
        ("De eerste zaterdag na de vakantie is er een feest.", [("De eerste zaterdag", "2023-05-06")]),
        ("De eerste vrijdag van juli na de examens.", [("De eerste vrijdag van juli", "2023-07-07")]),
    ],
)
def test_the_nth_weekday_after_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # the school holidays are named periods, valued by their month as carnival is
        ("2022-09-05", "De gymzaal blijft tot de herfstvakantie dicht.", "2022-10"),
        ("2021-01-12", "De verbouwing begon pas na de kerstvakantie.", "2020-12"),
        ("2024-01-15", "Na de krokusvakantie start de nieuwe cursus.", "2024-02"),  # carnival 11 February 2024
        ("2019-01-15", "In de voorjaarsvakantie is het zwembad dicht.", "2019-02"),  # the Dutch one: February
        ("2019-01-15", "Na de krokusvakantie opent het zwembad weer.", "2019-03"),  # the Flemish one: carnival's
        ("2025-03-01", "Tijdens de paasvakantie wordt de brug vervangen.", "2025-04"),  # Easter 20 April 2025
        ("2023-03-01", "Tijdens de carnavalsdagen is het plein een feesttent.", "2023-02"),
        ("2018-06-20", "In de bouwvak ligt het werk stil.", "2018-07"),
        ("2024-04-05", "De paasvakantie is begonnen.", "2024-04"),  # Easter 31 March 2024, the holiday in April
        ("2022-04-20", "In de meivakantie gaan we op reis.", "2022-05"),
        # told while it lasts or just after, the one that is on, whatever the tense
        ("2024-01-03", "Na de kerstvakantie gaan de scholen weer open.", "2023-12"),
        ("2024-10-30", "Na de herfstvakantie gaan de Vlaamse scholen weer open.", "2024-10"),
        ("2024-08-19", "Na de bouwvak gaan de bouwvakkers weer aan de slag.", "2024-07"),
        # a future's infinitive is no present: the tense points ahead (a month nearer back than ahead)
        ("2026-01-22", "Dat zal een drukke week worden, midden in de herfstvakantie.", "2026-10"),
        # but not across a word that opens a clause with a present of its own
        ("2024-11-06", "Het zal even duren voor de gezinnen van oktober terug mogen.", "2024-10"),
    ],
)
def test_school_holidays_are_named_periods_by_their_month(dct: str, text: str, expected: str) -> None:
    assert values(text, dct) == [expected]


def test_a_year_of_birth_lends_no_year_to_the_dates_after_it() -> None:
    """`geboren in 1956` dates a person: `vanaf 3 mei` after it is this May, as a year of its own would not make it."""
    assert values("Mensen geboren in 1956 kunnen vanaf 3 mei een afspraak maken.", "2021-04-20") == [
        "1956",
        "2021-05-03",
    ]
    assert values("Wie geboren is in 1960 kan vanaf 26 april bellen.", "2021-04-20") == ["1960", "2021-04-26"]
    assert values("In 1956 was het op 3 mei koud.", "2021-04-20") == ["1956", "1956-05-03"]
    # the year before its participle, after a relative pronoun or an article: the same
    assert values("Wie in 1962 geboren is, kan vanaf 3 mei bellen.", "2021-04-20") == ["1962", "2021-05-03"]
    assert values("De in 1985 geboren schaatser rijdt op 2 mei.", "2021-04-20") == ["1985", "2021-05-02"]
    # a main clause telling the birth keeps its year
    assert values("Hij is in 1985 geboren, op 2 mei.", "2021-04-20") == ["1985", "1985-05-02"]
    # as does a pronoun's clause, though the pronoun is spelled as an article
    assert values("Volgens Blijdorp is het in 2019 geboren, op 3 mei.", "2021-04-20") == ["2019", "2019-05-03"]


def test_a_title_before_a_holidays_name_names_a_person() -> None:
    """`Prins Carnaval` is the carnival's prince, no day; the carnival itself still is one."""
    assert values("In Oss is gisteren de nieuwe Prins Carnaval gekozen.", "2023-11-12") == ["2023-11-11"]
    assert values("De jeugdprinses carnaval werd op 11 november gekozen.", "2023-11-12") == ["2023-11-11"]
    assert values("De Prins van Carnaval werd op 11 november gekozen.", "2023-11-12") == ["2023-11-11"]
    # a royal prince before another holiday is the clause's subject
    assert values("Volgend jaar viert de prinses Koningsdag in Emmen.", "2023-11-12") == ["2024", "2024-04-27"]
    assert values("Carnaval begint op 18 februari.", "2023-01-10") == ["2023-02", "2023-02-18"]
