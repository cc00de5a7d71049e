"""Forms of Dutch words the tagger read only in their plain form: an hour in -en, a unit's diminutive, a part of
day in a compound; and what a form around them says (a pair of ordinals sharing a noun, `over` after a word of
spreading, a season's pair of years). Sentences written for the test: where each rule must fire and where not."""

from __future__ import annotations

import re

import pytest

from generator.temporal import tag

DCT = "2024-03-13"  # a Wednesday


def values(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# --- an hour in its spoken form in -en ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De bus kwam pas na elven aan.", ("elven", "TIME", "2024-03-13T11:00")),
        ("Tegen vieren was de weg weer vrij.", ("vieren", "TIME", "2024-03-13T16:00")),
        ("Het ongeluk gebeurde iets na negenen.", ("negenen", "TIME", "2024-03-13T09:00")),
        ("Rond zessen gaan de deuren open.", ("zessen", "TIME", "2024-03-13T18:00")),
        ("Vóór tienen moet alles binnen zijn.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Kort voor tienen belde hij.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Iets voor tienen belde hij.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Net voor tienen belde hij.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Uiterlijk voor tienen moet alles binnen zijn.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Vanavond na elven wordt het stil.", ("elven", "TIME", "2024-03-13T23:00")),
    ],
)
def test_an_hour_in_en_after_a_clock_word_is_that_hour(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("lead", "word", "plain"),
    [("na", "elven", "elf uur"), ("tegen", "vieren", "vier uur"), ("rond", "zevenen", "zeven uur"),
     ("vóór", "twaalven", "twaalf uur"), ("vanaf", "drieën", "drie uur")],
)
def test_an_hour_in_en_is_read_as_the_same_hour_written_with_uur(lead: str, word: str, plain: str) -> None:
    said = values(f"Gisteravond was het feest. De gasten kwamen {lead} {word} binnen.")
    written = values(f"Gisteravond was het feest. De gasten kwamen {lead} {plain} binnen.")
    assert [v for _, _, v in said] == [v for _, _, v in written]


@pytest.mark.parametrize(
    "text",
    [
        "Ze vieren zaterdag feest in de kantine.",
        "Om het kampioenschap te vieren gingen ze de stad in.",
        "Ze liepen met z'n vieren naar huis.",
        "De taart werd in drieën gesneden.",
        "Ze gingen met hun tweeën op pad.",
        # bare `voor` before such a form is as often `for` (a count of people), so it is no clock word there
        "We reserveerden een tafel voor tweeën.",
        "Het is een spel voor vieren.",
        # counted up to, no hour
        "De kinderen moesten tot vieren tellen.",
        "Hij telde tot vieren en sprong.",
        # every form of the counting verb, before `tot` as after the number
        "Hij telt tot vieren en springt.",
        "Ze telden tot vieren en sprongen.",
        "We tellen tot vieren en springen.",
        "Er werd geteld tot vieren.",
        "Tel tot vieren en spring.",
        "Ze hebben tot tienen geteld.",
    ],
)
def test_a_form_in_en_without_a_clock_word_is_no_hour(text: str) -> None:
    assert [t for t in values(text) if t[1] == "TIME"] == []


@pytest.mark.parametrize("lead", ["vanaf", "tot", "voor", "vóór", "na", "kort na"])
def test_a_town_after_a_clock_word_is_no_hour(lead: str) -> None:
    # Tienen is a town: written with a capital after a lower-case clock word it is a name
    assert values(f"De file stond {lead} Tienen.") == []


# --- a unit's diminutive ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om 14.00 uur brak er brand uit. Een kwartiertje later was het vuur onder controle.",
         ("Een kwartiertje later", "TIME", "2024-03-13T14:15")),
        ("Om 9.00 uur ging de sirene. Een minuutje later stopte hij.",
         ("Een minuutje later", "TIME", "2024-03-13T09:01")),
        ("Na een uurtje was de storing verholpen.", ("een uurtje", "DURATION", "PT1H")),
        ("Ze bleven twee weekjes in Spanje.", ("twee weekjes", "DURATION", "P2W")),
        ("Het overleg duurde een half uurtje.", ("een half uurtje", "DURATION", "PT30M")),
        ("De reparatie kost een paar dagjes.", ("een paar dagjes", "DURATION", "PXD")),
        ("Over een jaartje gaat de school dicht.", ("Over een jaartje", "DATE", "2025")),
    ],
)
def test_a_diminutive_unit_is_read_as_its_unit(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("small", "plain"),
    [
        ("Ze maakten een dagje uit naar zee.", "Ze maakten een dag uit naar zee."),
        ("Hij werd weer een dagje ouder.", "Hij werd weer een dag ouder."),
        ("Het duurde een minuutje of tien.", "Het duurde een minuut of tien."),
        ("Drie weekjes geleden begon de verbouwing.", "Drie weken geleden begon de verbouwing."),
        ("Een paar maandjes later verhuisde hij.", "Een paar maanden later verhuisde hij."),
        ("Enkele maandjes eerder was hij ontslagen.", "Enkele maanden eerder was hij ontslagen."),
        ("Een secondje later knalde het.", "Een seconde later knalde het."),
        ("Een halfjaartje geleden begon de verbouwing.", "Een halfjaar geleden begon de verbouwing."),
        ("Om 14.00 uur brak er brand uit. Twee kwartiertjes later was het uit.",
         "Om 14.00 uur brak er brand uit. Twee kwartier later was het uit."),
        ("Een half jaartje geleden begon het.", "Een half jaar geleden begon het."),
        ("Wacht een minuutje.", "Wacht een minuut."),
    ],
)
def test_a_diminutive_reads_wherever_its_unit_reads_as_a_length_or_count(small: str, plain: str) -> None:
    assert [(type_, value) for _, type_, value in values(small)] == [
        (type_, value) for _, type_, value in values(plain)
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Om 14.00 uur brak er brand uit. Een kwartier later was het uit.", "2024-03-13T14:15"),
        ("Om 14.00 uur brak er brand uit. Twee kwartier later was het uit.", "2024-03-13T14:30"),
        ("Om 14.00 uur brak er brand uit. Drie kwartiertjes later was het uit.", "2024-03-13T14:45"),
        ("Om 14.00 uur brak er brand uit. Drie uur later was het uit.", "2024-03-13T17:00"),
    ],
)
def test_a_quarter_hour_is_counted_times_its_fifteen_minutes(sentence: str, value: str) -> None:
    assert values(sentence)[-1][2] == value


@pytest.mark.parametrize("few", ["Een paar", "Enkele"])
@pytest.mark.parametrize(("clock", "unit"), [("14.00", "2024-03-13"), ("23.00", "PTXM")])
def test_a_few_quarters_are_a_few_of_the_unit_as_a_few_minutes_are(few: str, clock: str, unit: str) -> None:
    # not one quarter: a few quarters after 14.00 are some time that day, after 23.00 a length that may cross midnight
    quarters = values(f"Om {clock} uur ging het alarm. {few} kwartier later kwam de brandweer.")[-1]
    minutes = values(f"Om {clock} uur ging het alarm. {few} minuten later kwam de brandweer.")[-1]
    assert quarters[2] == minutes[2] == unit
    assert values(f"Om {clock} uur ging het alarm. {few} kwartieren later kwam de brandweer.")[-1][2] == unit


def test_a_diminutive_is_never_a_clock_time() -> None:
    # `na een uur` may be one o'clock; `na een uurtje` is only a length
    assert ("een uurtje", "DURATION", "PT1H") in values("Na een uurtje was het klaar.")
    assert ("een uur", "TIME", "2024-03-13T13:00") in values("Na een uur was het klaar.")


@pytest.mark.parametrize(
    "text",
    ["Ze bleven een urentje.", "Ze bleven een dagentje.", "Ze bleven een uurje.", "Ze bleven een jaarje."],
)
def test_a_form_that_is_no_diminutive_of_a_unit_is_not_read(text: str) -> None:
    assert values(text) == []


# --- a part of day in a compound ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op 12 maart was het druk. In de middagspits stond er file.", ("de middagspits", "DATE", "2024-03-12TAF")),
        ("Op 12 maart brak er brand uit in de vooravond.", ("de vooravond", "DATE", "2024-03-12TEV")),
        ("Op 12 maart viel er regen in de nachturen.", ("de nachturen", "DATE", "2024-03-12TNI")),
        ("Op 12 maart viel er regen in de voornacht.", ("de voornacht", "DATE", "2024-03-12TNI")),
        ("In de maandagmiddagspits was het druk.", ("maandagmiddagspits", "DATE", "2024-03-11TAF")),
        ("Op 12 maart was de ochtendspits rustig.", ("de ochtendspits", "DATE", "2024-03-12TMO")),
        ("Op 12 maart was het stil in de avonduren.", ("de avonduren", "DATE", "2024-03-12TEV")),
    ],
)
def test_a_rush_hour_or_the_hours_of_a_part_of_day_is_that_part_of_day(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aan de vooravond van de verkiezingen sprak de premier het land toe.",
        "Op de vooravond van de finale bleef het rustig in het hotel.",
        "De vooravond van de verkiezingen was rustig.",
        "Tijdens de vooravond van de verkiezingen sprak hij.",
        # a day of the month in words after `van de` is a day no rule reads, so no evening of today either
        "Tijdens de vooravond van de vijftiende was het rustig.",
        "Tijdens de vooravond van de dertigste was het rustig.",
    ],
)
def test_the_eve_of_a_happening_is_no_evening(text: str) -> None:
    assert values(text) == []


def test_the_early_evening_of_a_day_is_that_days_evening() -> None:
    # only `aan` or `op` before it makes it the eve of a happening
    assert ("de vooravond van 5 januari", "DATE", "2024-01-05TEV") in values(
        "Tijdens de vooravond van 5 januari viel de stroom uit."
    )
    assert ("de vooravond van 15 januari", "DATE", "2024-01-15TEV") in values(
        "Tijdens de vooravond van 15 januari viel de stroom uit."
    )
    # a weekday, a day named from today and a day of the month as an ordinal are dates too
    assert ("de vooravond van maandag", "DATE", "2024-03-11TEV") in values(
        "Tijdens de vooravond van maandag viel de stroom uit."
    )
    assert ("de vooravond van de 15e", "DATE", "2024-03-15TEV") in values(
        "Tijdens de vooravond van de 15e is het druk."
    )


def test_the_eve_of_a_holiday_is_left_out_as_the_eve_of_a_happening() -> None:
    # `de vooravond van Koningsdag` is as often the evening before it: the holiday alone is tagged
    assert values("Tijdens de vooravond van Koningsdag was het druk.") == [("Koningsdag", "DATE", "2023-04-27")]


# --- a pair of ordinals sharing a noun -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dit weekend wordt er gevoetbald in de 1e tot en met 3e divisie.",
        "Ook in de 2e en 3e klasse ligt alles stil.",
        "De 4e of 5e plaats is haalbaar.",
        "Van de 2e tot de 4e ronde speelt hij niet.",
        "Dit weekend wordt er gevoetbald in de 1e t/m 3e divisie.",
        "In de 1e en 2e periode scoorde niemand.",
        "Na de 1e en 2e helften stond het gelijk.",
        "Tussen de 3e en 4e verdieping zat de lift vast.",
        "Voor de 2e en 3e keer won hij.",
        "Na de 2e en 3e maal gaf hij op.",
        "Op de 2e en 3e jaren van zijn studie woonde hij thuis.",
        "Tussen de 2e en 3e prijzen zat weinig verschil.",
        "In de 2e en 3e golven van de pandemie bleef hij thuis.",
        "Met de 2e en 3e man in de ploeg won hij.",
        # with no preposition before it, a pair before a verb is a ranking
        "De 3e en 4e werden uitgeschakeld.",
    ],
)
def test_an_ordinal_joined_to_a_second_before_a_noun_is_that_nouns(text: str) -> None:
    # no expression holds either ordinal, with or without its article
    assert [t for t in values(text) if re.search(r"\b\d{1,2}e\b", t[0])] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Op de 2e en 3e mei is het museum dicht.", ("de 2e", "DATE", "2024-05-02")),
        ("Van de 2e tot de 5e is de zaal gesloten.", ("de 2e", "DATE", "2024-03-02")),
        ("Van de 2e t/m de 5e is de zaal gesloten.", ("de 2e", "DATE", "2024-03-02")),  # t/m is tot en met
        ("De 8e en 9e van de maand zijn vrij.", ("De 8e", "DATE", "2024-03-08")),
        # a verb after the second: both are days (a finite verb, a weak past by its ending)
        ("Tussen de 10e en 15e staakten de bussen.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en 15e kwamen er klachten.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en 15e stemde het land.", ("de 10e", "DATE", "2024-03-10")),
        # after a preposition, any word but a noun counted (-nde endings too)
        ("Tussen de 10e en 15e regende het.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en 15e bleef het droog.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en 15e verkocht de winkel niets.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en 15e staakt het personeel.", ("de 10e", "DATE", "2024-03-10")),
        ("Tussen de 10e en de 15e bleef het droog.", ("de 10e", "DATE", "2024-03-10")),
        ("Op de 2e en 3e mocht niemand naar binnen.", ("de 2e", "DATE", "2024-03-02")),
    ],
)
def test_an_ordinal_joined_to_a_day_stays_a_day(text: str, day: tuple[str, str, str]) -> None:
    assert day in values(text)


# --- over after a word of spreading -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn driehonderd concerten verspreid over tien dagen.", ("tien dagen", "DURATION", "P10D")),
        ("De examens zijn verdeeld over drie weken.", ("drie weken", "DURATION", "P3W")),
        ("De betaling wordt gespreid over twee jaar.", ("twee jaar", "DURATION", "P2Y")),
        ("De kosten worden verdeeld over ongeveer tien jaar.", ("tien jaar", "DURATION", "P10Y")),
        ("De betalingen worden verspreid over een paar maanden.", ("een paar maanden", "DURATION", "PXM")),
        ("De wedstrijden zijn verdeeld over enkele weken.", ("enkele weken", "DURATION", "PXW")),
        ("Stookolie, afgevlakt over 12 maanden, werd duurder.", ("12 maanden", "DURATION", "P12M")),
        ("De groei, berekend over drie jaar, viel tegen.", ("drie jaar", "DURATION", "P3Y")),
    ],
)
def test_over_after_a_word_of_spreading_is_a_length(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Over tien dagen begint het festival.",
        "De folders worden over tien dagen verspreid.",
        "Het bericht werd verspreid. Over tien dagen volgt meer.",
    ],
)
def test_over_elsewhere_still_counts_from_now(text: str) -> None:
    assert [(t, v) for _, t, v in values(text)] == [("DATE", "2024-03-23")]


def test_over_a_few_units_elsewhere_still_lies_ahead() -> None:
    assert [(t, v) for _, t, v in values("Over een paar maanden begint het festival.")] == [("DATE", "FUTURE_REF")]


# --- a season's pair of years ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De bond maakte de kalender voor het seizoen 2024-2025 bekend.",
        "Het Eredivisieseizoen 2025/26 begint thuis.",
        "Het competitie-seizoen 2019/2020 werd afgebroken.",
        "Seizoen 2023/24 was zwaar.",
        "Het seizoen 2020\u20132021 begint thuis.",  # an en dash
        "Het seizoen  2020-2021 begint thuis.",  # any space after the word
        "Het seizoen\n2020-2021 begint thuis.",
        # the pairs listed after it are seasons too
        "In het seizoen 2019-2020 en 2020-2021 werd er niet gespeeld.",
        "De seizoenen 2019-2020, 2020-2021 en 2021-2022 waren zwaar.",
        "In de seizoenen 2019\u20132020 en 2020\u20132021 werd er niet gespeeld.",
        "In het seizoen 2019-2020 of 2020-2021 gaat het gebeuren.",
        "Van het seizoen 2018/19 tot 2020/21 speelde hij in Spanje.",
        "Het seizoen 1999-2000 was zwaar.",
        "Het seizoen 2009/10 was zwaar.",
        "Het seizoen 1999-00 was zwaar.",  # 99 steps to the next century
        "Het seizoen 1929-1930 was zwaar.",
        "Het seizoen 1989-1990 eindigde met een titel.",  # a ten steps after a 9
        "In het seizoen 1099-1100 speelde niemand.",  # a century steps after a 99, from the year 1000 on
    ],
)
def test_a_seasons_pair_of_years_is_not_tagged(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2020-2021 was het zwaar.", [("2020", "DATE", "2020"), ("2021", "DATE", "2021")]),
        ("Het seizoen begon in 2020.", [("2020", "DATE", "2020")]),
        # a year after the list that is no pair stays a year, and a full date after the word stays that date
        ("Het seizoen 2020-2021 en 2022 was zwaar.", [("2022", "DATE", "2022")]),
        ("Het seizoen 2021-12-01 begon.", [("2021-12-01", "DATE", "2021-12-01")]),
        # a pair whose second is not the year after the first is no season
        ("Het seizoen 2021-12 begon.", [("2021-12", "DATE", "2021-12")]),
        ("Het seizoen 2021-1922 begon.", [("1922", "DATE", "1922")]),  # the year after the first, century and all
    ],
)
def test_years_not_after_seizoen_stay_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected
