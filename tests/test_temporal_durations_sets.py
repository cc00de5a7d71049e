"""Durations (P…) and sets (every …)."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het onderzoek duurde vijf maanden.", ("vijf maanden", "DURATION", "P5M")),
        ("De staking duurde drie dagen.", ("drie dagen", "DURATION", "P3D")),
        ("Hij kreeg vier jaar cel.", ("vier jaar", "DURATION", "P4Y")),
        ("De vergadering duurde twee uur.", ("twee uur", "DURATION", "PT2H")),
        ("Na 45 minuten werd de wedstrijd stilgelegd.", ("45 minuten", "DURATION", "PT45M")),
        ("De afgelopen weken steeg de prijs.", ("De afgelopen weken", "DURATION", "PXW")),
        ("De komende drie maanden wordt er gebouwd.", ("De komende drie maanden", "DURATION", "P3M")),
        ("Het afgelopen jaar was zwaar voor de boeren.", ("Het afgelopen jaar", "DURATION", "P1Y")),
        ("Hij werkte jarenlang als agent.", ("jarenlang", "DURATION", "PXY")),
        ("Elke maandag is de markt open.", ("Elke maandag", "SET", "XXXX-WXX-1")),
        ("Iedere week komen er meldingen binnen.", ("Iedere week", "SET", "P1W")),
        ("Elke ochtend staat er een file.", ("Elke ochtend", "SET", "XXXX-XX-XXTMO")),
        ("Het koor repeteert elke vrijdagavond.", ("elke vrijdagavond", "SET", "XXXX-WXX-5TEV")),
        ("De krant verschijnt dagelijks.", ("dagelijks", "SET", "P1D")),
    ],
)
def test_durations_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == [expected]


def test_a_counted_span_with_a_modifier_keeps_it() -> None:
    """The approximator is left out of the extent, as a preposition is, and kept as the mod."""
    found = tag("De bouw duurde ruim twee jaar.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [("twee jaar", "P2Y", "MORE_THAN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elk jaar op 11 november trekken de kinderen langs de deuren.", ("11 november", "SET", "XXXX-11-11")),
        ("De afgelopen vijf jaar viel Koningsdag in het water.", ("Koningsdag", "SET", "XXXX-04-27")),
        ("Tijdens eerdere edities van Oudejaarsavond ging het mis.", ("Oudejaarsavond", "SET", "XXXX-12-31TEV")),
        ("Op 11 november gaan de kinderen langs de deuren.", ("11 november", "DATE", "2023-11-11")),
        ("Net als de afgelopen jaren was het op Koningsdag erg druk.", ("Koningsdag", "DATE", "2023-04-27")),
        ("De jaarlijkse Dodenherdenking trok veel mensen.", ("Dodenherdenking", "DATE", "2023-05-04TEV")),
        ("Koningsdag 2019 was de natste van de afgelopen vijf jaar.", ("Koningsdag 2019", "DATE", "2019-04-27")),
    ],
)
def test_a_yearless_day_said_to_come_back_every_year_is_a_set(text: str, expected: tuple[str, str, str]) -> None:
    found = [t for t in tag(text, "2023-05-10") if t.type != "DURATION" and t.value != "P1Y"]
    assert [(t.text, t.type, t.value) for t in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # later or earlier than something else: the length is the difference, not a date counted from the last
        ("Op 2 mei begon de bouw. De brug is twee weken later dan gepland klaar.", ("twee weken", "DURATION", "P2W")),
        ("Op 2 mei vertrok de boot. Hij kwam drie dagen eerder dan verwacht terug.",
         ("drie dagen", "DURATION", "P3D")),
        # before dan and a day it is counted from that day; with no dan, from the last date
        ("Op 2 mei begon de bouw. Een week later lag de brug er.", ("Een week later", "DATE", "2023-W19")),
    ],
)
def test_a_length_compared_with_dan_is_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, "2023-05-10")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside its clause, right before a modal or `duren`: how much earlier or later, a length
        ("Op 2 mei kwam de regeling. Daarin staat dat bouwvakkers twee jaar eerder mogen stoppen.",
         ("twee jaar", "DURATION", "P2Y")),
        ("Op 2 mei begon de proef. Nieuw is dat de pauzes voortaan tien minuten later duren.",
         ("tien minuten", "DURATION", "PT10M")),
        ("Op 2 mei kwam het bericht. De bond zei dat de bus een uur later kon vertrekken.",
         ("een uur", "DURATION", "PT1H")),
        # opening its clause, also after a comma or `en`, it is counted from the last date
        ("Op 2 mei ging de winkel dicht. Een week later moest ook de fabriek sluiten.",
         ("Een week later", "DATE", "2023-W19")),
        ("Op 2 mei viel de stroom uit, twee dagen later kon de fabriek weer draaien.",
         ("twee dagen later", "DATE", "2023-05-04")),
        ("Op 2 mei viel de stroom uit en twee dagen later kon de fabriek weer draaien.",
         ("twee dagen later", "DATE", "2023-05-04")),
        # ... and after `maar`, even before a word shaped as an infinitive (a plural noun: its subject)
        ("Op 2 mei won hij, maar twee dagen later moesten artsen hem opereren.",
         ("twee dagen later", "DATE", "2023-05-04")),
        # after a word that opens the clause (pas, al, zelfs ...) it opens it too: the modal's subject follows
        *[(f"Op 2 mei 2019 vertrok hij. {opener} twee jaar later moest hij terug.",
           ("twee jaar later", "DATE", "2021"))
          for opener in ("Pas", "Al", "Slechts", "Precies", "Amper", "Nauwelijks", "Ook", "Zelfs", "Nog geen", "Dus",
                         "Want")],
        ("Op 2 mei vertrok hij. Pas een week later mocht Jansen naar huis.", ("een week later", "DATE", "2023-W19")),
        ("Op 2 mei 2019 sloot de mijn. Amper een jaar later kon men weer graven.", ("een jaar later", "DATE", "2020")),
        ("Op 2 mei 2019 sloot de mijn. Al een jaar later moest toch alles dicht.",
         ("een jaar later", "DATE", "2020")),
        # half a unit with its article, as a count is (een half uur, een halfuur, een half jaar)
        ("Om 21.00 uur sloten de bureaus. Een half uur later kwam de eerste uitslag.",
         ("Een half uur later", "TIME", "2023-05-10T21:30")),
        ("Om 21.00 uur sloten de bureaus. Zo'n halfuur later kwam de eerste uitslag.",
         ("halfuur later", "TIME", "2023-05-10T21:30")),
        ("Op 2 mei 2019 sloot de mijn. Een half jaar later ging ze weer open.",
         ("Een half jaar later", "DATE", "2019-11")),
        # inside its clause at the clause's end: a length
        ("Op 2 mei kwam het bericht. Hij zei dat de bus een uur later kon.", ("een uur", "DURATION", "PT1H")),
        ("Op 2 mei kwam het bericht. Hij zei dat de bus een half uur later kon.",
         ("een half uur", "DURATION", "PT30M")),
        # counted from the last date by daarna, it stays a date (only later and eerder compare)
        ("Op 2 mei kwam het bericht. Hij zei dat ze twee weken daarna kunnen beginnen.",
         ("twee weken daarna", "DATE", "2023-W20")),
        # with another verb after it, too
        ("Op 2 mei viel de stroom uit. De fabriek draaide twee dagen later weer.",
         ("twee dagen later", "DATE", "2023-05-04")),
    ],
)
def test_a_count_earlier_or_later_before_a_modal_in_its_clause_is_a_duration(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, "2023-05-10")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De operatie duurde drie uur en twintig minuten.", [("drie uur en twintig minuten", "PT3H20M")]),
        ("Hij werd veroordeeld tot twee jaar en zes maanden cel.", [("twee jaar en zes maanden", "P2Y6M")]),
        ("De winnares liep 2 uur, 4 minuten en 12 seconden.", [("2 uur, 4 minuten en 12 seconden", "PT2H4M12S")]),
        ("De wegwerkzaamheden duren drie weken en twee dagen.", [("drie weken en twee dagen", "P23D")]),
        ("Het bezoek duurt de komende dag en 5 uren.", [("de komende dag en 5 uren", "P1DT5H")]),
    ],
)
def test_a_length_and_a_smaller_one_after_it_are_one_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT) if t.type == "DURATION"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part as large as the unit before it is a second length: a sentence and community service
        ("De rechter legde drie jaar en 240 uur taakstraf op.", [("drie jaar", "P3Y"), ("240 uur", "PT240H")]),
        # a larger unit after a smaller one, or words between, make two lengths
        ("Er waren 15 minuten, 2 uur en 3 dagen nodig.",
         [("15 minuten", "PT15M"), ("2 uur", "PT2H"), ("3 dagen", "P3D")]),
        ("Hij kreeg vier maanden en zijn broer twee weken.", [("vier maanden", "P4M"), ("twee weken", "P2W")]),
        # an unknown number of days says no count to add to
        ("De afgelopen dagen en 3 uur lang regende het.", [("De afgelopen dagen", "PXD"), ("3 uur", "PT3H")]),
    ],
)
def test_lengths_that_are_not_one_stay_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT) if t.type == "DURATION"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elke werkdag vertrekt de eerste pont om 6.15 uur.", ("Elke werkdag", "XXXX-WXX-WD")),
        ("Op werkdagen is het gemeentehuis open.", ("werkdagen", "XXXX-WXX-WD")),
        ("Doordeweeks is het strand bijna leeg.", ("Doordeweeks", "XXXX-WXX-WD")),
        ("Elke weekdag om 7 uur vertrekt de bus.", ("Elke weekdag om 7 uur", "XXXX-WXX-WDT07:00")),
    ],
)
def test_every_working_day_is_a_set(text: str, expected: tuple[str, str]) -> None:
    assert (tag(text, DCT)[0].text, tag(text, DCT)[0].value) == expected


def test_a_working_day_described_is_no_set() -> None:
    assert tag("De doordeweekse drukte op de ring is groot.", DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last unit of a thing named is a part of it, no length counted back from now
        ("De spits scoorde in de laatste minuut van de wedstrijd.", []),
        ("Het laatste jaar van deze raadsperiode wordt zwaar.", []),
        # with no thing named, with a count, or before a time, it stays what it was
        ("De laatste weken stegen de prijzen.", [("De laatste weken", "DURATION", "PXW")]),
        ("Het laatste jaar was zwaar voor de boeren.", [("Het laatste jaar", "DURATION", "P1Y")]),
        ("De laatste twee dagen van de maand regende het.", [("De laatste twee dagen", "DURATION", "P2D")]),
        ("De laatste week van juli was warm.", [("De laatste week van juli", "DATE", "2022-W30")]),
    ],
)
def test_the_last_unit_of_a_thing_named_is_no_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het onderhoud duurde circa vier dagen.", ("vier dagen", "P4D", "APPROX")),
        ("De wachttijd was ongeveer twintig minuten.", ("twintig minuten", "PT20M", "APPROX")),
        ("Zo'n drie weken lang lag de weg open.", ("drie weken", "P3W", "APPROX")),
        ("De zitting duurde bijna vijf uur.", ("vijf uur", "PT5H", "LESS_THAN")),
        ("Het wachten duurde meer dan een jaar.", ("een jaar", "P1Y", "MORE_THAN")),
        ("Bijna twee maanden geleden opende de zaak.", ("twee maanden geleden", "2023-03", "LESS_THAN")),
        ("De stremming duurde minder dan een week.", ("een week", "P1W", "LESS_THAN")),
        ("Pakweg drie weken geleden sloot de zaak.", ("drie weken geleden", "2023-W16", "APPROX")),
        ("De storing duurde zeker twee uur.", ("twee uur", "PT2H", "EQUAL_OR_MORE")),
    ],
)
def test_a_leading_approximator_is_left_out_and_kept_as_mod(text: str, expected: tuple[str, str, str]) -> None:
    """As a preposition is: the conventions' extent, and the annotators' in every real-news set."""
    assert [(t.text, t.value, t.mod) for t in tag(text, DCT)] == [expected]


def test_an_approximator_inside_an_expression_stays_in_it() -> None:
    """Only an approximator that opens the expression is left out; `over` opens this one."""
    found = tag("Over ruim een week gaat de brug weer open.", DCT)
    assert [(t.text, t.mod) for t in found] == [("Over ruim een week", "MORE_THAN")]


def test_a_day_and_its_clock_time_keep_the_approximator_between_them() -> None:
    found = tag("De wedstrijd begint donderdag rond 17.00 uur.", DCT)
    assert [t.text for t in found] == ["donderdag rond 17.00 uur"]


def test_a_number_without_a_unit_after_an_approximator_is_no_expression() -> None:
    assert tag("Er kwamen ongeveer driehonderd mensen op af.", DCT) == ()


@pytest.mark.parametrize(
    "text",
    [
        "De schuur brandde niet ruim een week geleden af, maar gisteren.",
        "De bus vertrok niet om ongeveer 8 uur maar pas om 9 uur.",
        "Niet zo’n drie dagen later, maar pas na een maand kwam de brief.",
        "Niet bijna twee jaar geleden maar vorige maand opende de winkel.",
    ],
)
def test_a_negation_before_an_approximator_still_denies_the_expression(text: str) -> None:
    """The approximator is left out of the extent, not out of the sentence: `niet` before it denies what follows."""
    assert tag(text, DCT)[0].mark == "negated"


def test_a_word_ending_a_sentence_before_an_approximator_denies_nothing() -> None:
    assert tag("Hij wilde het niet. Ruim een week geleden vertrok hij.", DCT)[0].mark is None


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Tot ruim twee uur later bleef de zaal dicht.", "MORE_THAN"),
        ("Tot bijna vijf uur later lag de weg open.", "LESS_THAN"),
        ("Tot twee uur later bleef de zaal dicht.", None),
    ],
)
def test_an_approximator_after_a_cue_keeps_its_mod_when_a_longer_reading_follows(text: str, mod: str | None) -> None:
    """`tot` is read as a clock's cue first; the longer count read after it starts at the approximator, not after."""
    (found,) = tag(text, DCT)
    assert (found.text.split()[-1], found.mod) == ("later", mod)
