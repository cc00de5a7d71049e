"""Counts, names and words that merely contain a time word are not temporal expressions."""

from __future__ import annotations

import pytest

from generator.temporal import tag


@pytest.mark.parametrize(
    "text",
    [
        "Er kwamen 10.000 bezoekers en 317 agenten op af.",
        "De 2000 deelnemers liepen 42 kilometer.",
        "Het gebouw telt 1200 kamers en 24 verdiepingen.",
        "Er waren 1995 stemmen voor en 1870 tegen.",
        "Augustus de Wit en April Jansen gingen naar de rechter.",
        "Mei Li won de prijs voor de beste film.",
        "Goedemorgen en goedenavond, zei de presentator.",
        "De 24-jarige man won met 2-1 van zijn rivaal.",
        "Het pakket woog 14.30 kilo en kostte 2,50 euro.",
        "De kerstbomen staan in de Zomerstraat.",
        "De leerlingen mochten één voor één naar binnen.",
        "In de slotminuut kwamen de gasten alsnog langszij: 2-2.",
        "De omzet van de bakker daalde voor het tweede kwartaal op rij.",
        # a pair of numbers after a cue, then a unit: a range of amounts, no day and month
        "Er kan een sneeuwdek ontstaan van 3-5 cm.",
        "De wind neemt toe tot 8-9 Beaufort.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert tag(text, "2023-05-10") == ()


def test_a_capitalised_article_and_noun_inside_a_sentence_is_a_name() -> None:
    said = "Het feest van stichting De Avond op 3 juni 2023 trok veel volk, meldt Piet Smit van stichting De Avond."
    assert [(t.text, t.value) for t in tag(said, "2023-05-10")] == [("3 juni 2023", "2023-06-03")]
    assert [t.text for t in tag("Ze dronken in café Het Weekend gisteren een biertje.", "2023-05-10")] == ["gisteren"]
    # in lower case, or opening a sentence, it is the time itself
    assert [t.value for t in tag("Het feest duurde de avond van 3 juni 2023.", "2023-05-10")] == ["2023-06-03TEV"]
    assert [t.value for t in tag("De avond van 3 juni 2023 was feestelijk.", "2023-05-10")] == ["2023-06-03TEV"]


def test_one_by_one_is_no_clock_time_but_one_minute_to_five_is() -> None:
    assert [t.value for t in tag("Om één voor vijf ging het alarm af.", "2023-05-10")] == ["2023-05-10T16:59"]


def test_a_year_needs_a_cue_and_no_counted_noun() -> None:
    assert [t.value for t in tag("In 2005 sloot de mijn.", "2023-05-10")] == ["2005"]
    assert tag("In 2005 mensen werd het virus gevonden.", "2023-05-10") == ()
    assert tag("Het museum trok 2005 bezoekers.", "2023-05-10") == ()
    # a noun of years is a cue: each year of its list is one
    said = "De omzet was het laagst in de oorlogsjaren 1942 en 1944."
    assert [t.value for t in tag(said, "2023-05-10")] == ["1942", "1944"]


def test_present_references_are_not_dates() -> None:
    assert [t.value for t in tag("Vandaag de dag is het rustig.", "2023-05-10")] == ["PRESENT_REF"]


def test_a_race_margin_is_a_standing_not_a_length() -> None:
    for said in (
        "De schaatsster pakte in de slotronde een voorsprong van drie seconden op haar landgenote.",
        "Bij de laatste wissel had de ploeg ruim een minuut achterstand op de leiders.",
        "De Deense zeiler behoudt 40 seconden voorsprong in het tussenklassement.",
    ):
        assert tag(said, "2023-05-10") == ()
    # a length told otherwise stays one, also beside a lead in years or hours
    assert [t.value for t in tag("De renners stonden twintig seconden stil voor de start.", "2023-05-10")] == ["PT20S"]
    said = "Het bedrijf heeft een voorsprong van twee jaar; de vergadering duurde 45 minuten."
    assert [t.value for t in tag(said, "2023-05-10")] == ["P2Y", "PT45M"]


def test_a_race_margin_written_like_a_clock_time_is_no_time_of_day() -> None:
    for said in (
        "De vluchters bouwden een maximale voorsprong van 4:10 uit op het peloton.",
        "Na de tijdrit had de Belg een achterstand van ruim 1.45 op de leider.",
        "De nummer twee kwam met 1:02:30 achterstand over de streep.",
        # hours, minutes and seconds with dots, and a margin said roughly, before or after its noun
        "In het klassement heeft de Noor een voorsprong van 1.12.15 op zijn ploeggenoot.",
        "De titelhouder begon met ruim 2:15 achterstand aan de slotrit.",
        "In de tweede rit pakte de Deen een voorsprong van bijna 3:40 op de favorieten.",
        "De kopman eindigde met 2:15 achterstand op de winnaar.",
    ):
        assert tag(said, "2023-05-10") == ()
    # a time of day after a word that sets one, or one opening a range, stays a clock time
    for said, values in (
        ("De thuisploeg stond om 16.45 achterstand.", ["2023-05-10T16:45"]),
        ("Vanaf 17.10 achterstand voor de bezoekers, tot het eindsignaal.", ["2023-05-10T17:10"]),
        ("Rond 15.20 voorsprong voor de gasten.", ["2023-05-10T15:20"]),
        ("De bezoekers hielden een voorsprong van 14.00 tot 16.30 uur.", ["2023-05-10T14:00", "2023-05-10T16:30"]),
        ("Het team had bij de wissel een voorsprong van 10:30:00 uur.", ["2023-05-10T10:30"]),
        ("De ploeg begon met een achterstand van 14:30u aan de tweede dag.", ["2023-05-10T14:30"]),
        ("De ploeg begon met een achterstand van 14:30 h aan de tweede dag.", ["2023-05-10T14:30"]),
    ):
        assert [t.value for t in tag(said, "2023-05-10")] == values, said
    # `uur` after it makes a clock time, and a clock time elsewhere in the sentence stays one
    said = "De voorsprong van 14.30 uur was om 15:10 al verdwenen."
    assert [t.value for t in tag(said, "2023-05-10")] == ["2023-05-10T14:30", "2023-05-10T15:10"]


def test_a_number_pair_in_brackets_after_a_word_is_a_score() -> None:
    for said in (
        "Het bekerduel Heracles - Vitesse (2-3) trok vijfduizend toeschouwers.",
        "De hockeysters speelden gelijk tegen Duitsland: 4-4 (1-2).",
        "Na de thuisnederlaag tegen Go Ahead (1-4) volgde het ontslag van de trainer.",
    ):
        assert tag(said, "2023-05-10") == ()
    # with a date's context the pair is still a date
    assert [t.value for t in tag("De kermis loopt tot 12-6.", "2023-05-10")] == ["2023-06-12"]
    assert [t.value for t in tag("De loting is op vrijdag 9-6.", "2023-05-10")] == ["2023-06-09"]
    assert [t.value for t in tag("(12-6) De gemeente maakt de plannen bekend.", "2023-05-10")] == ["2023-06-12"]
