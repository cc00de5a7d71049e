"""Parts of the day alone and in compounds, and nights (which belong to the day they follow)."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisterochtend vond de politie een lichaam.", ("Gisterochtend", "2023-05-09TMO")),
        ("Gistermiddag werd de weg afgesloten.", ("Gistermiddag", "2023-05-09TAF")),
        ("Vanmiddag spreekt de koning het parlement toe.", ("Vanmiddag", "2023-05-10TAF")),
        ("Vanmorgen werd bekend dat de fabriek sluit.", ("Vanmorgen", "2023-05-10TMO")),
        ("Morgenavond speelt het orkest in de Doelen.", ("Morgenavond", "2023-05-11TEV")),
        ("Morgenochtend gaan de scholen weer open.", ("Morgenochtend", "2023-05-11TMO")),
        ("De trein ontspoorde dinsdagochtend bij Zwolle.", ("dinsdagochtend", "2023-05-09TMO")),
        ("Vrijdagavond treedt de band op.", ("Vrijdagavond", "2023-05-12TEV")),
        ("Zaterdagmiddag 13 mei is er een markt.", ("Zaterdagmiddag 13 mei", "2023-05-13TAF")),
    ],
)
def test_parts_of_day(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vannacht werd er ingebroken bij de juwelier.", "2023-05-09TNI"),
        ("Vannacht gaat het vriezen in het noorden.", "2023-05-10TNI"),
        ("Afgelopen nacht was het onrustig in de wijk.", "2023-05-09TNI"),
        ("Gisternacht brandde een schuur af.", "2023-05-09TNI"),
        ("Dinsdagnacht brak er brand uit.", "2023-05-09TNI"),
        ("De nacht van vrijdag op zaterdag verliep onrustig.", "2023-05-05TNI"),
        ("In de nacht op zondag werd er ingebroken.", "2023-05-06TNI"),
        ("Volgens de brandweer was het de hele nacht onrustig.", "2023-05-09TNI"),
    ],
)
def test_nights(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De brand brak afgelopen avond uit.", "2023-05-09TEV"),  # gisteravond
        ("Komende avond trekken er buien over.", "2023-05-10TEV"),  # vanavond
        ("De politie heeft de afgelopen avond tientallen boetes uitgeschreven.", "2023-05-09TEV"),  # its article too
        ("De komende avond blijft het droog.", "2023-05-10TEV"),
    ],
)
def test_an_evening_shifted_with_no_article_counts_from_the_publication_day(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [expected]


def test_a_part_of_day_alone_takes_the_day_last_mentioned() -> None:
    found = tag("Het gebeurde op 3 mei. 's Avonds werd het stil.", DCT)
    assert [(t.text, t.value) for t in found] == [("3 mei", "2023-05-03"), ("'s Avonds", "2023-05-03TEV")]


def test_time_words_inside_other_words_are_not_parts_of_day() -> None:
    assert tag("De morgenstond heeft goud in de mond; goedenavond allemaal.", DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rond de middag kwam de eerste vrachtwagen aan.", ("de middag", "TMI")),
        ("Tussen de middag lunchen de leerlingen in de aula.", ("de middag", "TMI")),
        ("Zaterdag rond de middag opende de burgemeester de markt.", ("Zaterdag rond de middag", "TMI")),
        ("In de middag trok de storm verder naar het oosten.", ("de middag", "TAF")),
        ("'s Middags bleef het droog.", ("'s Middags", "TAF")),
    ],
)
def test_around_noon_is_midday_not_afternoon(text: str, expected: tuple[str, str]) -> None:
    found = tag(text, DCT)
    assert [(t.text, t.value[-3:]) for t in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie deelde zondagavond en -nacht veel boetes uit.",
         [("zondagavond", "2023-05-07TEV"), ("-nacht", "2023-05-07TNI")]),
        ("Gistermiddag en -avond stond het verkeer vast.",
         [("Gistermiddag", "2023-05-09TAF"), ("-avond", "2023-05-09TEV")]),
        ("Op maandag- en dinsdagochtend waren de scholen dicht.",
         [("maandag-", "2023-05-08TMO"), ("dinsdagochtend", "2023-05-09TMO")]),
    ],
)
def test_a_compound_part_left_out_after_a_hyphen_is_shared(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de nacht van 31 december op 1 januari werden 40 mensen opgepakt.",
         ("de nacht van 31 december op 1 januari", "2022-12-31TNI")),
        ("In de nacht van zaterdag 6 op zondag 7 mei sloeg de bliksem in.",
         ("de nacht van zaterdag 6 op zondag 7 mei", "2023-05-06TNI")),
    ],
)
def test_a_night_between_two_dates_is_the_night_of_the_first(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de nacht op 5 mei werd een auto in brand gestoken.", ("de nacht op 5 mei", "2023-05-04TNI")),
        ("In de nacht naar Bevrijdingsdag was het onrustig.", ("de nacht naar Bevrijdingsdag", "2023-05-04TNI")),
        ("In de nacht van 5 mei werd een auto in brand gestoken.", ("de nacht van 5 mei", "2023-05-05TNI")),
    ],
)
def test_the_night_op_a_day_is_the_night_before_it(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


def test_deze_nacht_is_vannacht_by_its_tense() -> None:
    """Like `vannacht`: the night just ended in a past-tense clause, else the coming one."""
    assert [t.value for t in tag("Rond 4 uur deze nacht is er een schuur afgebrand.", DCT)] == ["2023-05-10T04:00"]
    assert [t.value for t in tag("Deze nacht is de brug dichtgegaan.", DCT)] == ["2023-05-09TNI"]
    assert [t.value for t in tag("Deze nacht gaat de brug dicht.", DCT)] == ["2023-05-10TNI"]
