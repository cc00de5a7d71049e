"""Constructions that real news writes and the first rules missed: each with sentences written for it."""

from __future__ import annotations

import pytest

from generator.temporal import tag
from generator.temporal.values import interval

DCT = "2023-05-10"  # a Wednesday


def _only(text: str, dct: str = DCT) -> tuple[str, str, str | None]:
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0].text, found[0].value, found[0].mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [n-th] [weekday] van [month], of a month relative to the DCT, and the last one
        ("De raad kiest op de derde dinsdag van september.", ("de derde dinsdag van september", "2023-09-19")),
        ("Het feest is de 2e zaterdag van juni 2024.", ("de 2e zaterdag van juni 2024", "2024-06-08")),
        ("We spreken af op de eerste maandag van volgende maand.",
         ("de eerste maandag van volgende maand", "2023-06-05")),
        ("De markt valt op de laatste vrijdag van deze maand.", ("de laatste vrijdag van deze maand", "2023-05-26")),
        # the n-th day or weekday of a year, said with no month: counted in the year, not in a month near the DCT
        ("Op de laatste dag van het jaar is het feest.", ("de laatste dag van het jaar", "2023-12-31")),
        ("De eerste dag van het jaar begon koud.", ("De eerste dag van het jaar", "2023-01-01")),
        ("Het sloot op de laatste dag van 2019.", ("de laatste dag van 2019", "2019-12-31")),
        ("Op de eerste dag van volgend jaar gaat het in.", ("de eerste dag van volgend jaar", "2024-01-01")),
        ("Tot de laatste dag van vorig jaar gold het.", ("de laatste dag van vorig jaar", "2022-12-31")),
        ("De eerste maandag van volgend jaar begint de cursus.", ("De eerste maandag van volgend jaar", "2024-01-01")),
        ("Het was de laatste vrijdag van 2019.", ("de laatste vrijdag van 2019", "2019-12-27")),
        ("In de laatste week van volgend jaar sluit het.", ("de laatste week van volgend jaar", "2024-W52")),
        # ... and of a month, where one is said
        ("Het begint op de derde dag van oktober.", ("de derde dag van oktober", "2023-10-03")),
        ("Het liep tot de laatste dag van februari 2024.", ("de laatste dag van februari 2024", "2024-02-29")),
        # [ordinal day] van [month], a day as a number word, [date] [deictic year]
        ("Hij werd op de twaalfde van maart opgepakt.", ("de twaalfde van maart", "2023-03-12")),
        ("Op de 4e van juli 2022 ging het mis.", ("de 4e van juli 2022", "2022-07-04")),
        ("Zij trouwden op vijfentwintig april.", ("vijfentwintig april", "2023-04-25")),
        ("Op 3 maart vorig jaar brak er brand uit.", ("3 maart vorig jaar", "2022-03-03")),
        # quarters
        ("In het tweede kwartaal van 2021 daalde de omzet.", ("het tweede kwartaal van 2021", "2021-Q2")),
        ("De cijfers over K4 2019 vielen tegen.", ("K4 2019", "2019-Q4")),
        ("Het derde kwartaal van vorig jaar was beter.", ("Het derde kwartaal van vorig jaar", "2022-Q3")),
        # numeric dates
        ("Uiterlijk 03/06 moet het formulier binnen zijn.", ("03/06", "2023-06-03")),
        ("De brief is gedateerd 14-feb-2021.", ("14-feb-2021", "2021-02-14")),
        ("Het contract loopt af in 09/2025.", ("09/2025", "2025-09")),
        ("De oogst van sept 2020 viel tegen.", ("sept 2020", "2020-09")),
        ("Het ging om 7-3-98, een zaterdag.", ("7-3-98", "1998-03-07")),
        # months and years framed
        ("In de maand februari regende het veel.", ("de maand februari", "2023-02")),
        ("Heel 2020 stond in het teken van het virus.", ("Heel 2020", "2020")),
        # a weekday of a shifted week
        ("Op donderdag van vorige week werd hij gezien.", ("donderdag van vorige week", "2023-05-04")),
        # named days
        ("Tijdens de jaarwisseling bleef het rustig.", ("de jaarwisseling", "2022-12-31TNI")),
        ("In de Koningsnacht werd veel gefeest.", ("de Koningsnacht", "2023-04-26TNI")),
        ("Op nieuwjaarsochtend lag er sneeuw.", ("nieuwjaarsochtend", "2023-01-01TMO")),
    ],
)
def test_dates(text: str, expected: tuple[str, str]) -> None:
    assert _only(text)[:2] == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # `het jaar` names no year of its own: its n-th day is the one within a few days of the DCT that fits the
        # tense, else the one the tense points to, else the DCT's year's
        ("2025-01-02", "Op de laatste dag van het jaar was het druk op straat.", "2024-12-31"),
        ("2024-12-30", "Op de eerste dag van het jaar gaat de accijns omhoog.", "2025-01-01"),
        ("2024-12-30", "De eerste dag van het jaar was nog zacht.", "2024-01-01"),
        ("2025-01-02", "De laatste dag van het jaar zal de kermis weer staan.", "2025-12-31"),
        ("2024-12-30", "De eerste maandag van het jaar zal de school weer beginnen.", "2025-01-06"),
        ("2023-05-10", "De laatste dag van het jaar was ijskoud.", "2022-12-31"),
        ("2023-05-10", "De eerste dag van het jaar zal het museum dicht zijn.", "2024-01-01"),
        ("2023-05-10", "Op de laatste dag van het jaar is de winkel dicht.", "2023-12-31"),
        ("2025-01-02", "In de laatste week van het jaar was het stil in de haven.", "2024-W52"),
        ("2024-12-20", "In de eerste week van het jaar gaat de brug weer open.", "2025-W01"),
        # a year said keeps its year, whatever the DCT
        ("2025-01-02", "De laatste dag van 2025 valt op een woensdag.", "2025-12-31"),
        ("2025-01-02", "Op de laatste dag van vorig jaar vertrok hij.", "2024-12-31"),
    ],
)
def test_the_nth_day_of_het_jaar_is_chosen_near_the_dct(dct: str, text: str, expected: str) -> None:
    assert _only(text, dct)[1] == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # a month relative to the DCT gives its month and year to a day or week of it, whatever the tense
        ("2024-06-15", "De eerste dag van volgende maand ging de nieuwe regel in.", "2024-07-01"),
        ("2025-01-02", "Op de laatste dag van deze maand gaat het loket dicht.", "2025-01-31"),
        ("2025-01-20", "De tweede dag van vorige maand was het druk.", "2024-12-02"),
        ("2025-01-02", "In de laatste week van deze maand komt de raad bijeen.", "2025-W05"),
    ],
)
def test_the_nth_day_of_a_relative_month(dct: str, text: str, expected: str) -> None:
    assert _only(text, dct)[1] == expected


def test_a_date_after_the_last_weekday_of_het_jaar_keeps_its_year() -> None:
    found = tag("De laatste vrijdag van het jaar viel op 27 december.", "2025-01-03")
    assert [t.value for t in found] == ["2024-12-27", "2024-12-27"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij was de eerste van het jaar die slaagde.",
        "Het was zijn beste dag van het jaar.",
        "Zij werd de eerste vrouw van het jaar.",
        "De laatste dag van het kamp was nat.",
        "Het jaar was zwaar voor de boeren.",
    ],
)
def test_het_jaar_without_an_nth_day_is_no_date(text: str) -> None:
    assert tag(text, "2024-12-30") == ()


def test_koningsnacht_follows_a_koningsdag_moved_to_saturday() -> None:
    """27 April 2025 is a Sunday: Koningsdag is the 26th, so Koningsnacht is the night of the 25th."""
    assert _only("Koningsnacht verliep rustig.", "2025-05-01")[1] == "2025-04-25TNI"


def test_a_month_without_a_fifth_weekday_gives_no_date() -> None:
    assert tag("op de vijfde maandag van februari 2023", DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We vertrekken om 7, zei hij.", ("7", "2023-05-10T07:00")),
        ("Zij belde om half 3 's middags.", ("half 3 's middags", "2023-05-10T14:30")),
        ("Hij kwam om kwart voor 8 \u2018s ochtends binnen.", ("kwart voor 8 \u2018s ochtends", "2023-05-10T07:45")),
        ("De winkel ging om negen uur in de ochtend open.", ("negen uur in de ochtend", "2023-05-10T09:00")),
        ("Het begon om 6 's avonds.", ("6 's avonds", "2023-05-10T18:00")),
        ("Hij werd 's avonds om tien uur gezien.", ("'s avonds om tien uur", "2023-05-10T22:00")),
        ("De bus reed om 22.10u weg.", ("22.10u", "2023-05-10T22:10")),
        ("Het alarm ging af om 06:15:30.", ("06:15:30", "2023-05-10T06:15")),
    ],
)
def test_clock_times(text: str, expected: tuple[str, str]) -> None:
    assert _only(text)[:2] == expected


def test_om_with_a_bare_number_and_a_noun_is_no_clock_time() -> None:
    assert tag("Het gaat om 3 personen.", DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op 2 mei ging het mis. In de vroege ochtend brak brand uit.", ("de vroege ochtend", "2023-05-02TMO", None)),
        ("Op 2 mei ging het mis. Aan het einde van de middag was het over.",
         ("het einde van de middag", "2023-05-02TAF", "END")),
        ("Op 2 mei ging het mis. De avond verliep rustig.", ("De avond", "2023-05-02TEV", None)),
        ("Op 2 mei ging het mis. Die middag kwam de politie.", ("Die middag", "2023-05-02TAF", None)),
        ("Op 2 mei ging het mis. In de loop van de dag klaarde het op.", ("de loop van de dag", "2023-05-02", None)),
        ("Op 2 mei ging het mis. Aan het einde van de dag was het over.",
         ("het einde van de dag", "2023-05-02", "END")),
        ("Op 2 mei ging het mis. Aan het begin van deze dag is het rustig.",
         ("het begin van deze dag", "2023-05-10", "START")),  # `deze dag`: the publication day
    ],
)
def test_parts_of_day_take_the_last_date(text: str, expected: tuple[str, str, str | None]) -> None:
    last = tag(text, DCT)[-1]
    assert (last.text, last.value, last.mod) == expected


def test_a_quarter_is_three_months_on_the_timeline() -> None:
    span = interval("2021-Q2")
    assert (span.start, span.end) == ("2021-04-01T00:00", "2021-07-01T00:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range runs forwards: the end that takes its year from the other across New Year is a year apart
        ("Het schaatsseizoen loopt van november tot februari 2024.",
         [("november", "2023-11"), ("februari 2024", "2024-02")]),
        ("De kerstmarkt staat er van 28 december tot 3 januari 2025.",
         [("28 december", "2024-12-28"), ("3 januari 2025", "2025-01-03")]),
        ("De brug was dicht van 30 december 2022 tot 2 januari.",
         [("30 december 2022", "2022-12-30"), ("2 januari", "2023-01-02")]),
        # within one year, and in a list, nothing moves
        ("Het festival loopt van maart tot mei 2025.", [("maart", "2025-03"), ("mei 2025", "2025-05")]),
        ("In november en februari 2023 lag er sneeuw.", [("november", "2023-11"), ("februari 2023", "2023-02")]),
        # a lower-case abbreviated month opens a range of months; a name does not
        ("De metingen liepen nov-feb 2023.", [("nov", "2022-11"), ("feb 2023", "2023-02")]),
        ("Het onderzoek liep jan-mrt 2021.", [("jan", "2021-01"), ("mrt 2021", "2021-03")]),
        ("Jan-Willem kwam gisteren thuis.", [("gisteren", "2023-05-09")]),
    ],
)
def test_a_range_of_months_runs_forwards(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected
