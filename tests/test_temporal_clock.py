"""Clock times, alone and joined to their day into one TIME expression."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om 7.45 uur vertrok de trein uit Zwolle.", ("7.45 uur", "2023-05-10T07:45")),
        ("De stembussen sluiten om 21:00.", ("21:00", "2023-05-10T21:00")),
        ("Rond half elf 's avonds ging het mis.", ("half elf 's avonds", "2023-05-10T22:30")),
        ("Om tien voor half negen ging het alarm.", ("tien voor half negen", "2023-05-10T08:20")),
        ("Morgenavond om acht uur begint de bijeenkomst.", ("Morgenavond om acht uur", "2023-05-11T20:00")),
        ("Gisteren rond 17.00 uur ging het mis.", ("Gisteren rond 17.00 uur", "2023-05-09T17:00")),
        ("Om twintig over negen vanochtend kwam de melding.", ("twintig over negen vanochtend", "2023-05-10T09:20")),
        ("Dinsdagavond rond kwart voor tien werd alarm geslagen.",
         ("Dinsdagavond rond kwart voor tien", "2023-05-09T21:45")),
        ("Vrijdag om half twee 's middags landt het toestel.",
         ("Vrijdag om half twee 's middags", "2023-05-12T13:30")),
        ("Het was drie uur 's nachts toen de brand uitbrak.", ("drie uur 's nachts", "2023-05-10T03:00")),
        ("Zaterdagnacht om 2 uur werd alarm geslagen.", ("Zaterdagnacht om 2 uur", "2023-05-07T02:00")),
        # N uur M: a number a word follows counts that word, not the minutes
        ("Na 22 uur een uitstel van de stemming was het klaar.", ("22 uur", "2023-05-10T22:00")),
        ("Rond 9 uur drie fietsers zagen de aanrijding.", ("9 uur", "2023-05-10T09:00")),
        ("Rond 9 uur 4 fietsers zagen de aanrijding.", ("9 uur", "2023-05-10T09:00")),
        ("Om 9 uur 45 vertrok de bus naar Assen.", ("9 uur 45", "2023-05-10T09:45")),
        ("De bus vertrekt om negen uur twintig.", ("negen uur twintig", "2023-05-10T09:20")),
    ],
)
def test_clock_times(text: str, expected: tuple[str, str]) -> None:
    found = tag(text, DCT)
    assert [(t.text, t.value) for t in found] == [expected]
    assert found[0].type == "TIME"


def test_a_clock_time_takes_the_day_last_mentioned() -> None:
    found = tag("Op 3 april begon de zitting. Om 14.30 uur sprak de rechter.", DCT)
    assert [t.value for t in found] == ["2023-04-03", "2023-04-03T14:30"]


def test_a_date_joined_to_its_clock_time() -> None:
    found = tag("Op 3 april om 14.30 uur begon de zitting.", DCT)
    assert [(t.text, t.value, t.type) for t in found] == [("3 april om 14.30 uur", "2023-04-03T14:30", "TIME")]


def test_numbers_with_a_dot_are_not_clock_times() -> None:
    assert tag("Het pakket woog 14.30 kilo en kostte 2,50 euro; er kwamen 10.000 mensen.", DCT) == ()
    # not after a clock time's lead either: an amount rising to a sum
    assert tag("De prijs steeg tot 10.30 euro, daarna tot ongeveer 12.40 euro.", DCT) == ()
    # but a verb spelled as a plural noun after a clock time put first is no unit
    assert [t.value for t in tag("Om 15.00 stemmen de Kamerleden over de motie.", DCT)] == ["2023-05-10T15:00"]
    assert [t.value for t in tag("Vanaf 8.30 testen medewerkers in de sporthal.", DCT)] == ["2023-05-10T08:30"]


def test_a_clock_time_after_its_lead_and_about_is_about_that_time() -> None:
    """`tot ongeveer 10.30` (no `uur`): about half past ten, as `tot 10.30` is half past ten."""
    assert [(t.text, t.value, t.mod) for t in tag("De weg blijft dicht tot ongeveer 10.30.", DCT)] == [
        ("10.30", "2023-05-10T10:30", "APPROX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om kwart over acht in de avond sloeg de bliksem in.", ("kwart over acht in de avond", "2023-05-10T20:15")),
        ("Tien voor half negen in de ochtend ging de bel.", ("Tien voor half negen in de ochtend", "2023-05-10T08:20")),
        ("Om kwart over twee in de nacht belde de buurman.", ("kwart over twee in de nacht", "2023-05-10T02:15")),
    ],
)
def test_a_clock_time_and_in_de_part_of_day_are_one_time(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het was 6 uur toen de eerste gasten kwamen.", ("6 uur", "TIME", "2023-05-10T06:00")),
        ("Toen het alarm ging, was het zeven uur.", ("zeven uur", "TIME", "2023-05-10T07:00")),
        ("Het is twee uur rijden naar de kust.", ("twee uur", "DURATION", "PT2H")),
        ("Het was acht uur lang stil in het dorp.", ("acht uur", "DURATION", "PT8H")),
        ("Het is 9 uur geleden dat de boot vertrok.", ("9 uur", "DURATION", "PT9H")),
        # na N uur and an infinitive used as a noun, before the clause's verb: hours spent doing something
        ("Na 14 uur vergaderen is er eindelijk een akkoord over de begroting.", ("14 uur", "DURATION", "PT14H")),
        ("Na drie uur zoeken vond de brandweer de hond.", ("drie uur", "DURATION", "PT3H")),
        # with the verb right after it (inversion), it is the hour
        ("Na 21 uur beginnen de optredens op het plein.", ("21 uur", "TIME", "2023-05-10T21:00")),
        ("Na 22 uur mogen er geen bussen meer rijden.", ("22 uur", "TIME", "2023-05-10T22:00")),
        # klokslag, and the Flemish klok op / klop op: on the stroke of the hour, at noon
        ("Klokslag twaalf uur gingen de deuren open.", ("twaalf uur", "TIME", "2023-05-10T12:00")),
        ("Klop op de middag opent de burgemeester de markt.", ("de middag", "DATE", "2023-05-10TMI")),
        ("Zaterdag klokslag 18.00 uur begint het.", ("Zaterdag klokslag 18.00 uur", "TIME", "2023-05-13T18:00")),
    ],
)
def test_n_uur_is_the_hour_or_hours_spent_by_the_words_around_it(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == [expected]


def test_a_clock_time_in_brackets_without_uur() -> None:
    found = tag("De eerste rit (10.45 uur) en de tweede (14.15) worden uitgezonden.", DCT)
    assert [(t.text, t.value) for t in found] == [("10.45 uur", "2023-05-10T10:45"), ("14.15", "2023-05-10T14:15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De stukken moeten voor 12 uur bij de griffie liggen.", ("12 uur", "TIME", "2023-05-10T12:00")),
        ("Inschrijven kan tot uiterlijk vijf uur.", ("vijf uur", "TIME", "2023-05-10T17:00")),
        ("Hij ging voor een uur naar buiten.", ("een uur", "DURATION", "PT1H")),
        ("Ze werkte voor twaalf uur per week bij de bakker.", ("twaalf uur", "DURATION", "PT12H")),
    ],
)
def test_n_uur_after_voor_is_before_that_hour(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De brug is vanavond tot 11 uur dicht.", [("vanavond", "2023-05-10TEV"), ("11 uur", "2023-05-10T23:00")]),
        ("Morgenmiddag na 3 komt de monteur.", [("Morgenmiddag", "2023-05-11TAF"), ("3", "2023-05-11T15:00")]),
        ("Vrijdag tot 17.30 uur is het loket open.", [("Vrijdag", "2023-05-12"), ("17.30 uur", "2023-05-12T17:30")]),
        ("Zaterdag voor 6 personen koken.", [("Zaterdag", "2023-05-13")]),
    ],
)
def test_a_time_bounded_after_its_day_takes_the_day_and_its_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    "text", ["Zaterdag tot anderhalf uur wachten we op de uitslag.", "Vrijdag anderhalf uur vergaderd over de brug."]
)
def test_a_length_of_a_fraction_of_hours_after_a_day_is_no_clock_time(text: str) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)][1:] == [("anderhalf uur", "DURATION", "PT90M")]


def test_a_live_blogs_time_stamp_at_the_start_of_a_line() -> None:
    text = "Brand in de haven\n09.15: De brandweer rukt uit.\n10.40 : Het vuur is gedoofd.\nHet kostte 12.50 euro."
    expected = [("09.15", "2023-05-10T09:15"), ("10.40", "2023-05-10T10:40")]
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geplaatst 3 mei 2023 - 14:12", ("3 mei 2023 - 14:12", "2023-05-03T14:12")),
        ("Zondag – 15.00 uur: rommelmarkt op het plein.", ("Zondag – 15.00 uur", "2023-05-14T15:00")),
        ("Bijgewerkt op 9 mei 2023 | 17:40", ("9 mei 2023 | 17:40", "2023-05-09T17:40")),
    ],
)
def test_a_day_and_its_clock_time_across_a_dash(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour in words told of the evening named before it is in that evening's hours
        ("Zaterdagavond was het druk in het centrum. Om kwart voor elf sloeg de vlam in de pan.",
         ("kwart voor elf", "2023-05-06T22:45")),
        ("Op zaterdagavond 6 mei speelde de band in de kroeg. Rond half tien brak er een vechtpartij uit.",
         ("half tien", "2023-05-06T21:30")),
        # told of a morning, or in digits (the 24-hour clock), it stays as it is
        ("Zaterdagochtend was het druk op de markt. Om kwart voor elf viel de stroom uit.",
         ("kwart voor elf", "2023-05-06T10:45")),
        ("Zaterdagavond was het druk in het centrum. Om 10.45 uur viel de stroom uit.",
         ("10.45 uur", "2023-05-06T10:45")),
    ],
)
def test_a_clock_time_in_words_takes_the_half_of_the_evening_it_is_told_of(
    text: str, expected: tuple[str, str]
) -> None:
    found = tag(text, DCT)
    assert (found[-1].text, found[-1].value) == expected


def test_a_time_before_dawn_after_a_day_whose_evening_was_named_is_the_next_morning() -> None:
    """A party of New Year's Eve, then `oudejaar` named as the day: the police at five in the morning came the
    next day."""
    text = ("Op oudejaarsavond gaven de studenten een groot feest. De huisbaas wist dat ze oudejaar in het pand "
            "vierden. Om 4 uur 's morgens belde een buurman over het lawaai.")
    found = tag(text, "2023-01-12")
    assert [(t.text, t.value) for t in found][-1] == ("4 uur 's morgens", "2023-01-01T04:00")


def test_a_time_stamp_opening_a_line_takes_no_day_from_the_sentence_it_runs_into() -> None:
    """A byline's `08u15` before the lead is when the page was written: the dateline's day, not the night the lead
    goes on to tell of."""
    text = "Brand in loods\n\n12 maart 2023\n\n08u15 Stad In de nacht van vrijdag op zaterdag brandde een loods af."
    found = [(t.text, t.value) for t in tag(text, "2023-03-12")]
    assert found[:2] == [("12 maart 2023", "2023-03-12"), ("08u15", "2023-03-12T08:15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour written as a word at either end of a range of hours; words are said on the twelve-hour clock
        ("Het gemeenteloket is open van negen tot vijf.", [("negen", "T09:00"), ("vijf", "T17:00")]),
        ("Tussen acht en tien uur 's avonds is het druk op de dijk.",
         [("acht", "T20:00"), ("tien uur 's avonds", "T22:00")]),
        # a first end written as a length is a clock time beside a clock time
        ("De hoorzitting duurt van tien uur tot twaalf uur.", [("tien uur", "T10:00"), ("twaalf uur", "T12:00")]),
        # moved from one hour to another
        ("Het overleg is verzet van tien uur 's ochtends naar negen.", [("tien uur 's ochtends", "T10:00"),
                                                                        ("negen", "T09:00")]),
        ("De aftrap is verschoven van 14.30 uur naar 16.00.", [("14.30 uur", "T14:30"), ("16.00", "T16:00")]),
    ],
)
def test_hours_as_words_and_lengths_at_the_ends_of_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value[10:]) for t in tag(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tussen acht en tien mensen raakten gewond.",
        "Het aantal steeg van negen naar twaalf.",
        "Hij verbeterde zich van acht naar tien kilometer per uur.",
        "Een werkweek van 40 uur tot 45 uur is normaal.",
    ],
)
def test_numbers_that_count_something_are_no_hours(text: str) -> None:
    assert not [t for t in tag(text, "2023-05-10") if t.type == "TIME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first end after a second in the night or morning is the evening before it
        ("Het café mag open blijven van 10 tot 2 uur 's nachts.", [("10", "T22:00"), ("2 uur 's nachts", "T02:00")]),
        ("Tussen 11 en 3 uur 's nachts werd er ingebroken.", [("11", "T23:00"), ("3 uur 's nachts", "T03:00")]),
        # a range that runs forwards in the morning keeps its hours
        ("Van 5 tot 8 uur 's ochtends is de weg dicht.", [("5", "T05:00"), ("8 uur 's ochtends", "T08:00")]),
        # an end on a day of its own keeps its own half of the clock
        ("De storing duurt vanaf 4 uur vandaag tot morgen 5 uur 's middags.",
         [("4 uur vandaag", "T04:00"), ("morgen 5 uur 's middags", "T17:00")]),
    ],
)
def test_the_half_of_the_clock_across_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value[10:]) for t in tag(text, "2023-05-10")] == expected
