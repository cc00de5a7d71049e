"""Readings the conventions decided in session 13 (docs/temporal-conventions.md, *Readings decided in session 13*),
each on sentences written for the test: where the rule must fire and where it must not."""

from __future__ import annotations

import pytest

from generator.temporal import tag
from generator.temporal.language import _waiting
from generator.temporal.tense import TenseReader

DCT = "2023-07-27"  # a Thursday


def readings(text: str, dct: str = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


# --- dat tijdstip, rond die tijd: the clock time told just before, whole ------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("De brand brak rond 15.00 uur uit. Rond dat tijdstip kwam ook de burgemeester kijken.", "dat tijdstip",
         "2023-07-27T15:00"),
        ("Om 13.30 uur begint het examen biologie. Op datzelfde tijdstip starten de anderen met Frans.",
         "datzelfde tijdstip", "2023-07-27T13:30"),
        ("Betogen mag tot 16.00 uur. Wie na dat tijdstip nog op het plein staat, krijgt een boete.", "dat tijdstip",
         "2023-07-27T16:00"),
        ("De uitslag volgt om 21.00 uur en rond die tijd gaan de deuren open.", "die tijd", "2023-07-27T21:00"),
        ("Om 8.00 uur sluit het stembureau. Tegen die tijd moeten de kiezers binnen zijn.", "die tijd",
         "2023-07-27T08:00"),
        # a length after it in its clause is no date: the hour is still that time
        ("Om 14.00 uur ging het alarm af. Op dat tijdstip was de winkel al een uur dicht.", "dat tijdstip",
         "2023-07-27T14:00"),
    ],
)
def test_dat_tijdstip_after_a_clock_time_of_its_sentence_or_the_one_before_is_that_time(
    text: str, words: str, value: str
) -> None:
    found = {t.text: t for t in tag(text, DCT)}
    assert (found[words].type, found[words].value) == ("TIME", value)
    assert found[words].review == "anaphor"  # flagged as every anaphor is
    assert found[words].anchor == found[words].value


def test_dat_tijdstip_under_a_month_only_date_is_the_time_that_clock_time_is_there() -> None:
    found = tag("Het ongeluk gebeurde vrijdag rond 10.30 uur. Rond die tijd reed er een bus langs.", "2023-07")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("vrijdag rond 10.30 uur", "TIME", "2023-07"), ("die tijd", "TIME", "2023-07"),
    ]
    assert found[-1].review == "dct-month"


@pytest.mark.parametrize(
    "text",
    [
        # no clock time before it: no time, not a guess
        "Rond die tijd kwam de burgemeester kijken.",
        "Op dinsdag werd het dak hersteld. Op dat tijdstip was niemand thuis.",
        # the clock time two sentences back: out of reach
        "De brand brak rond 15.00 uur uit. Er kwam veel rook vrij. Rond dat tijdstip kwam de burgemeester.",
        # a vague past or a story's joint
        "Om 15.00 uur brak de brand uit. Op dat moment was niemand thuis.",
        "Om 15.00 uur brak de brand uit. In die tijd woonde er nog een gezin.",
        # compared, not pointing back
        "Om 15.00 uur begint de wedstrijd. Twee clubs spelen nooit op hetzelfde tijdstip.",
    ],
)
def test_dat_tijdstip_with_no_clock_time_just_before_is_not_tagged(text: str) -> None:
    assert [t.text for t in tag(text, DCT) if "tijd" in t.text] == []


def test_a_date_told_after_the_clock_time_takes_it_out_of_reach() -> None:
    """`In 2012 had rond dat tijdstip ...`: the time of day on another day, which the clock time does not give."""
    text = "De opkomst was rond 17.45 uur 55 procent. In 2012 had rond dat tijdstip 48 procent gestemd."
    assert [t.text for t in tag(text, "2023-03-15")] == ["17.45 uur", "2012"]


# --- tot twee uur beside a word of waiting: a length up to it -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wachttijd bij de grens loopt op tot twee uur.", [("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")]),
        ("Reizigers moeten rekening houden met vertragingen tot 3 uur.",
         [("3 uur", "DURATION", "PT3H", "EQUAL_OR_LESS")]),
        ("Op de A12 is het tot vier uur aanschuiven.", [("vier uur", "DURATION", "PT4H", "EQUAL_OR_LESS")]),
        # an approximator after tot keeps its own mod
        ("Het oponthoud liep op tot ruim een uur.", [("een uur", "DURATION", "PT1H", "MORE_THAN")]),
        # a range's two ends: tot joins them, no bound
        ("Bij de balie is 12 tot 14 uur wachten niet ongewoon.",
         [("12", "DURATION", "PT12H", None), ("14 uur", "DURATION", "PT14H", None)]),
    ],
)
def test_tot_n_uur_beside_a_word_of_waiting_is_a_length_up_to_it(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range after a noun of waiting: its second end bounds the wait
        ("Er zijn vertragingen van een tot twee uur.", [("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")]),
        # a verb of amounting or a copula after a noun of waiting, the hour ending its clause
        ("De vertraging bedraagt tot ruim twee uur.", [("twee uur", "DURATION", "PT2H", "MORE_THAN")]),
        ("De wachttijd is tot twee uur.", [("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")]),
        # a clock time in a clause before the rising wait's noun does not make its hour a later time
        ("De winkel is open tot twee uur en de wachttijd stijgt tot drie uur.",
         [("twee uur", "TIME", "2023-07-27T14:00", None), ("drie uur", "DURATION", "PT3H", "EQUAL_OR_LESS")]),
        # the copula's hour not ending its clause: until
        ("De wachtrij is tot twee uur open.", [("twee uur", "TIME", "2023-07-27T14:00", None)]),
        ("De vertraging was tot twee uur voorbij.", [("twee uur", "TIME", "2023-07-27T14:00", None)]),
        ("De vergadering is van een tot twee uur.", [("twee uur", "TIME", "2023-07-27T14:00", None)]),
        # the range's first end in digits, as in words: the second bounds the wait, the first is a length too
        ("Reizigers hadden vertragingen van 1 tot 3 uur.",
         [("1", "DURATION", "PT1H", None), ("3 uur", "DURATION", "PT3H", "EQUAL_OR_LESS")]),
        ("Het spreekuur is van 1 tot 3 uur.", [("1", "TIME", "2023-07-27T01:00", None),
                                                ("3 uur", "TIME", "2023-07-27T03:00", None)]),
        # longer than a wait is (`longest`): the span of a working day, delayed all through it
        ("Er waren vertragingen van 9 tot 17 uur.", [("9", "TIME", "2023-07-27T09:00", None),
                                                      ("17 uur", "TIME", "2023-07-27T17:00", None)]),
        ("Er waren vertragingen van 2 tot 5 uur.",
         [("2", "DURATION", "PT2H", None), ("5 uur", "DURATION", "PT5H", "EQUAL_OR_LESS")]),
        # a date or a listed adverb between the verb of amounting and tot; the date stays a date of its own
        ("De wachttijd bedroeg zaterdag tot vier uur.",
         [("zaterdag", "DATE", "2023-07-22", None), ("vier uur", "DURATION", "PT4H", "EQUAL_OR_LESS")]),
        ("Het oponthoud was er soms tot 2 uur.", [("2 uur", "DURATION", "PT2H", "EQUAL_OR_LESS")]),
        ("Er was gisteren vertraging tot drie uur.",
         [("gisteren", "DATE", "2023-07-26", None), ("drie uur", "DURATION", "PT3H", "EQUAL_OR_LESS")]),
        # not: an adjective between, or the hour not ending its clause
        ("De wachttijd was zaterdag kort tot vier uur.",
         [("zaterdag", "DATE", "2023-07-22", None), ("vier uur", "TIME", "2023-07-22T16:00", None)]),
        ("De wachtrij was zaterdag tot vier uur open.",
         [("zaterdag", "DATE", "2023-07-22", None), ("vier uur", "TIME", "2023-07-22T16:00", None)]),
    ],
)
def test_tot_n_uur_after_a_range_or_an_amount_of_waiting(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of waiting: a clock time
        ("De weg blijft tot twee uur dicht.", ("twee uur", "TIME", "2023-07-27T14:00", None)),
        # a day or part of day after it: a clock time, whatever stands before
        ("De wachttijd loopt op tot vijf uur vanmiddag.", ("vijf uur vanmiddag", "TIME", "2023-07-27T17:00", None)),
        ("Er is vertraging tot 5 uur 's ochtends.", ("5 uur 's ochtends", "TIME", "2023-07-27T05:00", None)),
        # waiting until an hour: the verb before tot, or a modal governing the verb after it
        ("De reizigers wachten tot drie uur op een bus.", ("drie uur", "TIME", "2023-07-27T15:00", None)),
        ("Je moet tot drie uur wachten op de uitslag.", ("drie uur", "TIME", "2023-07-27T15:00", None)),
        # the noun of waiting in another clause
        ("De wachttijd is kort, tot vijf uur is het rustig.", ("vijf uur", "TIME", "2023-07-27T17:00", None)),
    ],
)
def test_tot_n_uur_with_no_wait_it_bounds_stays_a_clock_time(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert readings(text) == [expected]


# --- a present the lists do not name right after `en`, sharing the subject of the clause before --------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ajax won zondag en speelt woensdag weer.", "2023-08-02"),  # told on a Thursday: next week's
        ("De club verloor zaterdag en wacht dinsdag een lastige wedstrijd.", "2023-08-01"),
        ("De ploeg kwam maandag aan en traint dan dinsdag voor het eerst.", "2023-08-01"),
    ],
)
def test_a_present_right_after_en_before_its_day_reads_that_day_forward(text: str, value: str) -> None:
    assert tag(text, DCT)[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a noun joined to the one before, deep before the day: the clause's past still reads it
        ("Er werd zondag met man en macht gewerkt om de brand dinsdag te blussen.", "2023-07-25"),
        # a capital after en: a name, not a verb sharing the subject
        ("De ploeg won zondag en Feyenoord verloor woensdag.", "2023-07-26"),
        # a listed past after en stays a past
        ("Ajax won zondag en speelde woensdag gelijk.", "2023-07-26"),
        # a noun in -t after en, with the finite verb before it behind a comma or a subordinator
        ("Hij werkte, zoals gezegd, als coach en assistent zondag bij de club.", "2023-07-23"),
        ("Hij zei dat de coach en assistent zondag kwamen.", "2023-07-23"),
    ],
)
def test_no_present_where_the_word_after_en_is_no_verb_sharing_the_subject(text: str, value: str) -> None:
    assert tag(text, DCT)[-1].value == value


def test_an_anaphor_of_a_clock_time_not_ahead_reads_no_tense(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a tense rescans the clause: `dat tijdstip` on a day not after the publication date needs none, so
    many anaphors in one long sentence cost what plain words do."""
    calls: list[int] = []
    reading = TenseReader.reading

    def counted(self: TenseReader, start: int, end: int) -> tuple[str, str]:
        calls.append(start)
        return reading(self, start, end)

    monkeypatch.setattr(TenseReader, "reading", counted)
    tag("Om 9.00 uur ging de zaal open, en op dat tijdstip en rond die tijd en na dat tijdstip kwamen er mensen.", DCT)
    with_anaphors = len(calls)
    calls.clear()
    tag("Om 9.00 uur ging de zaal open, en op de stoep en rond het plein en na de brug kwamen er mensen.", DCT)
    assert with_anaphors == len(calls)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a noun in -t after en inside a perfect: the auxiliary keeps its participle, the day its past
        ("Zondag is er met man en macht gewerkt.", ["2022-01-02"]),
        ("Zondag heeft hij brood en fruit gekocht.", ["2022-01-02"]),
        ("Maandag heeft hij groente en fruit verkocht.", ["2022-01-03"]),
        ("Zaterdag heeft de brandweer met man en macht geblust.", ["2022-01-01"]),
        ("Zondag is er met man en macht gewerkt en maandag ook.", ["2022-01-02", "2022-01-03"]),
        ("Hij heeft met man en macht zondag gewerkt.", ["2022-01-02"]),
        # a capital after en: a name; a listed past in -t: a past; a noun after another word than en
        ("Feyenoord speelde zondag en Utrecht woensdag.", ["2022-01-02", "2022-01-05"]),
        ("Hij bleef zondag thuis en liet woensdag de hond uit.", ["2022-01-02", "2022-01-05"]),
        ("Hij kocht zondag fruit voor woensdag.", ["2022-01-02", "2022-01-05"]),
    ],
)
def test_a_word_in_t_after_en_that_shares_no_subject_leaves_the_days_as_the_clause_reads_them(
    text: str, values: list[str]
) -> None:
    assert [t.value for t in tag(text, "2022-01-06")] == values


def test_a_present_after_en_reads_after_a_perfect_whose_participle_stands_before_it() -> None:
    found = tag("Ajax heeft zondag gewonnen en speelt woensdag weer.", "2022-01-06")
    assert [t.value for t in found] == ["2022-01-02", "2022-01-12"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a participle right after a possessive is its noun's (attributive), not the auxiliary's: a present
        ("Maandag heeft hij zijn gestolen fiets.", "2022-01-10"),
        ("Maandag heeft hij zijn gebroken been nog in het gips.", "2022-01-10"),
        # the auxiliary's own participle further on: a perfect
        ("Maandag heeft hij zijn gestolen fiets teruggevonden.", "2022-01-03"),
        ("Maandag heeft hij zijn moeder bezocht.", "2022-01-03"),
    ],
)
def test_a_participle_right_after_a_possessive_is_not_the_auxiliarys(text: str, value: str) -> None:
    assert tag(text, "2022-01-06")[0].value == value


@pytest.mark.parametrize(
    "text",
    [
        "De wachttijd bedroeg zelfs tot drie uur.",
        "De vertraging was nog tot twee uur.",
        "De wachttijd was al tot drie uur.",
        "De wachttijd bedroeg intussen tot drie uur.",
        "De vertraging bedroeg plaatselijk tot twee uur.",
        "De wachttijd was toen tot drie uur.",
        "De wachttijd bedraagt nu tot drie uur.",
        "De wachttijd was daar tot drie uur.",
        "De vertraging bedraagt inmiddels tot twee uur.",
        "De wachttijd bedroeg gemiddeld tot drie uur.",
    ],
)
def test_an_adverb_between_a_verb_of_amounting_and_tot_keeps_the_hour_a_length(text: str) -> None:
    """Each adverb the waiting data lists may stand between `bedroeg` or `was` and `tot`: the hour is waited."""
    assert [t.type for t in tag(text, DCT)] == ["DURATION"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun of waiting elsewhere in the sentence, not right before tot nor the subject of a verb of rising
        "De vertraging was groot en de winkels bleven tot twee uur open.",
        "Door de vertraging bleef het station tot twee uur open.",
        "Vanwege de vertraging gaat de winkel pas om 10 uur open en blijft hij tot twee uur dicht.",
        "Bij de wachtrij stond hij tot twee uur, toen ging hij weg.",
        "Het aantal bezoekers steeg tot vier uur, daarna werd het rustiger.",  # a rise of no wait
        "De wachttijd was kort, maar het aantal bezoekers steeg tot twee uur.",  # the noun in another clause
        "Hij bleef op tot twee uur.",  # `op` of another verb, no noun of waiting
        # a span of the clock, and a later time after a clock time of its sentence
        "Het oponthoud duurde van 12 tot 14 uur.",
        "De vertraging duurde van twaalf tot twee uur.",
        "Het vertrek is om 12 uur, maar met vertraging tot 14 uur.",
        "Bij de balie is het van 12 tot 14 uur aanschuiven.",
        # waiting until the hour: a verb of letting or a modal anywhere before in its sentence
        "Hij liet ons tot twee uur wachten.",
        "Je moet volgens de mensen van de organisatie die het feest dit jaar voor de vijfde keer houden soms tot twee"
        " uur wachten.",
        # midnight, minutes, no bound, no unit
        "Er is vertraging tot 0 uur.",
        "Er zijn vertragingen tot 14.30 uur.",
        "De wachttijd begint om twee uur.",
        "Het is om drie uur aanschuiven geblazen.",
        "Er zijn vertragingen tot elven.",  # an hour as the clock says it, with no unit
    ],
)
def test_tot_n_uur_not_bound_to_a_wait_stays_a_clock_time(text: str) -> None:
    types = [t.type for t in tag(text, DCT)]
    assert "TIME" in types and "DURATION" not in types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er is tot twee uur vertraging op de A2.", ("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")),
        ("De wachttijd kan bij de pont oplopen tot drie uur.", ("drie uur", "DURATION", "PT3H", "EQUAL_OR_LESS")),
        ("Reizigers klagen over wachttijden tot 2 u.", ("2 u", "DURATION", "PT2H", "EQUAL_OR_LESS")),
        ("Bij de grens steeg het oponthoud tot vier uur.", ("vier uur", "DURATION", "PT4H", "EQUAL_OR_LESS")),
        # the verb split from its particle, and in a subordinate clause's order
        ("De wachttijd liep aan beide kanten op tot twee uur.", ("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")),
        ("Hij zegt dat het oponthoud oploopt tot vier uur.", ("vier uur", "DURATION", "PT4H", "EQUAL_OR_LESS")),
    ],
)
def test_tot_n_uur_right_beside_a_noun_of_waiting_or_after_its_rise_is_a_length(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert readings(text) == [expected]


def test_a_waiting_section_without_some_lists_matches_none_of_them() -> None:
    waiting = _waiting({"bounds": ["tot"], "units": ["uur"]}, {})
    assert waiting.bound.search("tot ") and not waiting.nouns.search("vertraging tot ") and not waiting.lets


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("De veerpont vertrekt om 7.15 uur. Tot die tijd wachten de auto's op de kade.", "die tijd", "07:15"),
        ("De stembussen sluiten om 21.00 uur. Na die tijd begint het tellen.", "die tijd", "21:00"),
        ("De winkels gaan om 12.00 uur open. Vanaf die tijd mag iedereen naar binnen.", "die tijd", "12:00"),
        ("De optocht start om 14.00 uur. Rond diezelfde tijd opent de kermis.", "diezelfde tijd", "14:00"),
        # a date after it in another clause names no other day for it
        ("De brand woedde om 3.00 uur. Op dat tijdstip sliep iedereen, meldde de politie dinsdag.", "dat tijdstip",
         "03:00"),
    ],
)
def test_each_lead_of_die_tijd_after_a_clock_time_is_that_time(text: str, words: str, value: str) -> None:
    found = {t.text: t for t in tag(text, DCT)}
    assert (found[words].type, found[words].value) == ("TIME", f"{DCT}T{value}")


@pytest.mark.parametrize(
    "text",
    [
        # a date right after it in its clause: that hour of another day, which the clock time does not give
        "De markt opent om 9.00 uur. Rond die tijd gisteren stond er al een rij.",
        "De markt opent om 9.00 uur. Op dat tijdstip vorig jaar stond er al een rij.",
        "De markt opent om 9.00 uur. Rond die tijd op 3 mei stond er al een rij.",
        # a length told after the clock time: `na die tijd` may be its end
        "Het concert begint om 20.00 uur en duurt twee uur. Na die tijd rijden er extra bussen.",
        # not Dutch: tijdstip takes dat
        "De markt opent om 9.00 uur. Op diezelfde tijdstip stond er al een rij.",
    ],
)
def test_dat_tijdstip_beside_another_day_or_after_a_length_is_not_tagged(text: str) -> None:
    assert [t.text for t in tag(text, DCT) if "tijd" in t.text] == []


def test_an_anaphor_does_not_carry_its_clock_time_on_beyond_the_sentence_after_it() -> None:
    text = (
        "De wedstrijd begint om 18.30 uur. Op dat tijdstip gaan de poorten dicht. Op dat tijdstip is het nog licht."
        " Op dat tijdstip eten de meeste mensen."
    )
    assert [t.value for t in tag(text, DCT) if "tijd" in t.text] == ["2023-07-27T18:30"]


def test_a_clock_time_of_the_sentence_before_does_not_make_tot_n_uur_a_later_clock_time() -> None:
    found = readings("De trein vertrok om 8 uur. Daarna waren er vertragingen tot twee uur.")
    assert found[-1] == ("twee uur", "DURATION", "PT2H", "EQUAL_OR_LESS")
