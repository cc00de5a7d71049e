"""Forms of Dutch news prose that recur across many real articles and that the tagger misread, each on sentences
written for the test: where the rule must fire and where it must not."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-07-27"  # a Thursday


def values(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def with_mods(text: str, dct: str = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


# --- a live blog's entry stamp without a colon -------------------------------------------------------------------


BLOG = (
    "Uitslagenavond\n\n01.52 In Noordveen blijft de Stadspartij de grootste.\n\n"
    "0.38 Ook in Oosterhaven zijn de stemmen geteld.\n\n23.47 - De eerste uitslag is binnen\n\n"
    "23.30 - 28 stembureaus geteld"
)


def test_an_entry_stamp_opening_its_line_before_a_capital_or_a_dash_is_a_clock_time() -> None:
    assert [(text, kind) for text, kind, _ in values(BLOG, "2023-03-15")] == [
        ("01.52", "TIME"), ("0.38", "TIME"), ("23.47", "TIME"), ("23.30", "TIME"),
    ]


def test_an_entry_stamp_after_update_or_before_a_slash_is_a_clock_time() -> None:
    blog = ("Liveblog\n\nUPDATE 14.45: Het station is weer open.\n\nUpdate 14.16 De trein rijdt\n\n"
            "20.03 / Geen code geel meer")
    assert values(blog, "2023-03-15") == [
        ("14.45", "TIME", "2023-03-15T14:45"), ("14.16", "TIME", "2023-03-15T14:16"),
        ("20.03", "TIME", "2023-03-15T20:03"),
    ]
    assert values("Liveblog\n\nUpdate 12.50 Euro kost een kaartje", "2023-03-15") == []  # an amount, no stamp


def test_an_entry_stamp_under_a_month_only_date_is_a_time_valued_by_the_month() -> None:
    assert {value for _, _, value in values(BLOG, "2023-03")} == {"2023-03"}


def test_a_range_opening_a_line_keeps_its_two_ends() -> None:
    assert values("Zo gaat het verder.\n\n16.00 - 18.30 is de zaal open.", "2023-03-15") == [
        ("16.00", "TIME", "2023-03-15T16:00"),
        ("18.30", "TIME", "2023-03-15T18:30"),
    ]


def test_a_number_opening_a_line_before_a_word_in_lower_case_is_no_stamp() -> None:
    assert values("De ploeg liep het parcours.\n\n3.45 kilometer was het lang.") == []


@pytest.mark.parametrize(
    "text",
    ["12.50 Euro voor een kaartje.", "10.45 Meter sprong Jansen.", "Uitslag\n\n8.35 Procent ging naar hem."],
)
def test_an_amount_opening_a_line_before_its_unit_is_no_stamp(text: str) -> None:
    assert values(text, "2023-03-15") == []


def test_a_stamp_before_a_word_that_only_begins_as_a_unit_stays_a_stamp() -> None:
    assert values("Live\n\n12.50 Eurocommissaris Timmermans spreekt.", "2023-03-15") == [
        ("12.50", "TIME", "2023-03-15T12:50")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Video\n\n2:08 Zorg in de regio staat onder druk", ("2:08", "DURATION", "PT2M8S")),
        ("Video\n\n0:45 Zo ging het mis", ("0:45", "DURATION", "PT0M45S")),
        # two digits that name no hour are minutes too
        ("Video\n\n25:13 Het volledige interview met de premier", ("25:13", "DURATION", "PT25M13S")),
        ("Liveblog\n\n45:00 Rust in De Kuip, het staat nog 0-0.", ("45:00", "DURATION", "PT45M")),
        ("Podcast\n\n38:12 Het hele debat terugkijken", ("38:12", "DURATION", "PT38M12S")),
    ],
)
def test_a_video_length_opening_its_line_stays_a_length(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize("stamp", ["23:00", "14:55", "09:30"])
def test_two_digits_before_the_colon_opening_an_entry_are_its_stamp_not_a_videos_length(stamp: str) -> None:
    """A news video runs a few minutes (`2:08`); a live blog's entry opens with its hour in two digits."""
    text = f"Live: wateroverlast\n\n{stamp} De gemeente zet zandzakken klaar bij de kade.\n"
    assert values(text, "2023-03-15") == [(stamp, "TIME", f"2023-03-15T{stamp}")]


@pytest.mark.parametrize("stamp", ["16.20", "16:20", "16.20 "])
def test_a_stamp_alone_on_its_line_above_its_entry_is_a_clock_time(stamp: str) -> None:
    """A live blog may set an entry's time on a line of its own: neither an amount nor a video's length, whose title
    stands on its own line."""
    text = f"Live: wateroverlast\n\n{stamp}\nDe gemeente zet zandzakken klaar bij de kade.\n"
    assert values(text, "2023-03-15") == [(stamp.strip(), "TIME", "2023-03-15T16:20")]


# --- a half hour written as one word -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donderdag rond halfzeven brak de brand uit.", ("Donderdag rond halfzeven", "TIME")),
        ("Om halfnegen begint de vergadering.", ("halfnegen", "TIME")),
    ],
)
def test_half_and_its_hour_written_as_one_word_are_a_clock_time(text: str, expected: tuple[str, str]) -> None:
    assert [(t, k) for t, k, _ in values(text)] == [expected]


def test_a_word_that_only_begins_like_a_half_hour_is_no_time() -> None:
    assert values("De voorzitter is halfvijftig en woont in Zwolle.") == []


# --- quarters said by their months; the middle of a period ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In vergelijking met de eerste drie maanden van 2022 groeide de omzet.",
         ("de eerste drie maanden van 2022", "DATE", "2022-Q1")),
        ("De omzet was hoger dan in de eerste drie maanden van dit jaar.",
         ("de eerste drie maanden van dit jaar", "DATE", "2023-Q1")),
        ("Over de laatste drie maanden van vorig jaar is nog niets bekend.",
         ("de laatste drie maanden van vorig jaar", "DATE", "2022-Q4")),
        ("De winst steeg ten opzichte van het slotkwartaal van vorig jaar.",
         ("het slotkwartaal van vorig jaar", "DATE", "2022-Q4")),
    ],
)
def test_a_quarter_said_by_its_months_with_its_year(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_three_months_without_a_year_stay_a_length() -> None:
    assert values("In de eerste drie maanden na de operatie mag zij niet sporten.") == [
        ("drie maanden", "DURATION", "P3M")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het tekort kwam halverwege het jaar uit op twee procent.", ("halverwege het jaar", "DATE", "2023", "MID")),
        ("Halverwege de week draait de wind naar het noorden.", ("Halverwege de week", "DATE", "2023-W30", "MID")),
        ("Op 3 juli was het feest. Halverwege de avond viel de stroom uit.",
         ("Halverwege de avond", "DATE", "2023-07-03TEV", "MID")),
    ],
)
def test_halfway_a_period_is_its_middle(text: str, expected: tuple[str, str, str, str]) -> None:
    assert with_mods(text)[-1] == expected


@pytest.mark.parametrize(
    "text", ["Om acht uur halverwege de avond begon het.", "Halverwege de avond, om 20.00 uur, begon het."]
)
def test_halfway_a_part_of_day_with_a_clock_time_leaves_the_time_without_a_mod(text: str) -> None:
    assert [(t.type, t.value[-5:], t.mod) for t in tag(text, DCT)] == [("TIME", "20:00", None)]


def test_halfway_a_match_is_no_time() -> None:
    assert values("Halverwege de wedstrijd stond het al 2-0.") == []


# --- a forecast's mostly is no habit -------------------------------------------------------------------------------


def test_mostly_dry_in_a_forecast_leaves_the_day_a_day() -> None:
    assert values("Zaterdag wordt het meestal zwaarbewolkt. Tegen de avond wordt het droog.") == [
        ("Zaterdag", "DATE", "2023-07-29"),
        ("de avond", "DATE", "2023-07-29TEV"),
    ]
    assert values("Zondag blijft het meestal droog met een meestal zwakke wind.") == [("Zondag", "DATE", "2023-07-30")]


def test_mostly_of_what_happens_stays_a_habit() -> None:
    assert values("Op zaterdag is het meestal druk in het centrum.") == [("zaterdag", "SET", "XXXX-WXX-6")]
    assert values("Mensen die meestal op zaterdag winkelen, blijven thuis.") == [("zaterdag", "SET", "XXXX-WXX-6")]
    assert values("Hij fietst meestal op zaterdag naar de markt.") == [("zaterdag", "SET", "XXXX-WXX-6")]


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdag blijft het meestal regenachtig.",
        "Zaterdag wordt het in het centrum meestal druk.",
        "Het blijft zaterdag meestal grauw.",
        "Zaterdag staat er een meestal stevige bries.",
    ],
)
def test_mostly_after_het_and_a_copula_or_a_determiner_leaves_the_day_a_day(text: str) -> None:
    assert [(t.text.lower(), t.type) for t in tag(text, DCT)] == [("zaterdag", "DATE")]


# --- earlier that day; an hour up to and including ---------------------------------------------------------------


def test_earlier_in_the_day_is_the_day_told_as_later_in_the_day_is() -> None:
    assert values("Op 3 juli ging de brug dicht. Eerder op de dag was er een storing.") == [
        ("3 juli", "DATE", "2023-07-03"),
        ("Eerder op de dag", "DATE", "2023-07-03"),
    ]
    assert values("Later op de dag volgt een persconferentie.") == [("Later op de dag", "DATE", "2023-07-27")]


def test_an_hour_after_tot_en_met_is_a_clock_time() -> None:
    assert values("Tot en met negen uur vanavond kan iedereen stemmen.") == [
        ("negen uur vanavond", "TIME", "2023-07-27T21:00")
    ]
    assert values("Het stembureau is open t/m 21 uur.") == [("21 uur", "TIME", "2023-07-27T21:00")]


def test_hours_counted_stay_a_length() -> None:
    assert values("Het tellen duurde negen uur.") == [("negen uur", "DURATION", "PT9H")]


# --- a named time zone -----------------------------------------------------------------------------------------------


def test_a_clock_time_with_its_zone_named_keeps_the_clock_as_written() -> None:
    found = values("In de nacht van zondag op maandag beefde de aarde om 5.40 uur plaatselijke tijd (3.40 uur "
                   "Belgische tijd).", "2023-02-07")
    assert found[1:] == [("5.40 uur", "TIME", "2023-02-06T05:40"), ("3.40 uur", "TIME", "2023-02-06T03:40")]


# --- a relative day with a capital inside a sentence is a name -------------------------------------------------------


def test_a_relative_day_written_with_a_capital_inside_a_sentence_is_a_name() -> None:
    assert values("Het raadslid van Vandaag! stemde tegen, net als de fractie van Morgen!.") == []
    assert values("De wethouder sprak namens Morgen Samen met de buurt.") == []


def test_a_relative_day_with_a_capital_opening_a_sentence_or_quotation_is_a_day() -> None:
    assert values("Morgen gaat de brug dicht. De wethouder zei: \u201cVandaag beslissen we.\u201d") == [
        ("Morgen", "DATE", "2023-07-28"),
        ("Vandaag", "DATE", "2023-07-27"),
    ]
    assert values("De brug gaat morgen dicht.") == [("morgen", "DATE", "2023-07-28")]


# --- a result added after a comma is a score ------------------------------------------------------------------------


def test_a_pair_after_a_comma_closing_its_sentence_is_a_score() -> None:
    assert values("Na een 2-0 voorsprong bij rust werd het in de tweede helft nog spannend, 3-2.") == []
    assert values("In het eigen stadion werd de koploper verslagen, 4-1. De trainer was trots.") == []


def test_a_pair_after_a_cue_or_alone_on_its_line_is_still_a_date() -> None:
    assert values("De markt is weer open op 5-8.") == [("5-8", "DATE", "2023-08-05")]
    assert values("De kermis begint.\n\n12-8.") == [("12-8", "DATE", "2023-08-12")]


# --- sport notation: a goal's minute and its score, a standing's score, a range of days before their month ----------


def test_a_pair_after_a_goals_minute_is_a_score() -> None:
    assert values("Doelpunten: 12. Piet Vos 0-1, 40. 1-1, 88. 2-1.") == []
    assert values("Heracles - Vitesse 2-1 (1-1). 20. Jan Vos 0-1, 71. 2-1.") == []
    # after a cue, or after a word, the pair is a date as before
    assert values("Zie punt 3. Op 5-8 is er weer een markt.") == [("5-8", "DATE", "2023-08-05")]


def test_a_score_after_a_standing_and_op_is_no_date() -> None:
    assert values("In de slotminuut bracht Jansen de stand op 2-2.") == []
    assert values("Vos zette de eindstand in de laatste minuut op 3-1.") == []
    # `de stand van zaken`, a word that only begins with `stand`: `op` still cues a date
    assert values("De stand van zaken wordt op 5-8 bekend.") == [("5-8", "DATE", "2023-08-05")]
    assert values("De standbeelden gaan op 5-8 weg.") == [("5-8", "DATE", "2023-08-05")]


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        ("Het akkoord kwam tot stand op 12-3.", "12-3", "-03-12"),  # `tot stand`, `stand houden`: no standing
        ("Het ijs hield stand tot op 12-3.", "12-3", "-03-12"),
        ("De stand op 12-3: Ajax bovenaan.", "12-3", "-03-12"),  # a standing opening its sentence: on a day
        ("De eindstand op 31-12 was bekend.", "31-12", "-12-31"),
        ("De tussenstand werd op 1-3 gepubliceerd.", "1-3", "-03-01"),
        ("Het bestuur bracht zijn stand van zaken op 5-8 naar buiten.", "5-8", "-08-05"),
    ],
)
def test_a_date_after_stand_in_another_sense_or_a_standing_opening_its_sentence_stays(text, pair, day) -> None:
    """The year aside (the tense sets it), the pair is a day and its month."""
    assert [(found, kind, value[4:]) for found, kind, value in values(text)] == [(pair, "DATE", day)]


def test_a_dates_parts_share_one_separator_and_a_mixed_pair_is_a_range_of_days() -> None:
    assert values("Ajax en PSV treffen elkaar pas op de tiende speeldag (1-3/10) in Amsterdam.") == [
        ("1", "DATE", "2023-10-01"),
        ("3/10", "DATE", "2023-10-03"),
    ]
    assert values("Op 1-3-2010 was het druk.") == [("1-3-2010", "DATE", "2010-03-01")]
    assert values("Op 1/3/10 was het druk.") == [("1/3/10", "DATE", "2010-03-01")]
    # a dot and then a dash mix separators too: no first of March 2010
    assert "2010-03-01" not in [value for _, _, value in values("De tiende speeldag (1.3-10) is in Amsterdam.")]


# --- een etmaal: a day and a night -----------------------------------------------------------------------------------


def test_an_etmaal_is_counted_as_a_day() -> None:
    assert values("Op dinsdag 1 augustus speelt de band. Een etmaal later volgt de zangeres.") == [
        ("dinsdag 1 augustus", "DATE", "2023-08-01"),
        ("Een etmaal later", "DATE", "2023-08-02"),
    ]
    assert values("De brandweer was een etmaal bezig met blussen.") == [("een etmaal", "DURATION", "P1D")]
    assert values("Binnen twee etmalen was het water weg.") == [("twee etmalen", "DURATION", "P2D")]


# --- a count and a half ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij was drie en een half jaar wethouder.", [("drie en een half jaar", "DURATION", "P42M")]),
        ("Zij zat vier en half jaar in de raad.", [("vier en half jaar", "DURATION", "P54M")]),
        ("De vergadering duurde twee en een half uur.", [("twee en een half uur", "DURATION", "PT150M")]),
        ("De bouw liep vijf en een halve week uit.", [("vijf en een halve week", "DURATION", "P5.5W")]),
    ],
)
def test_a_count_and_a_half_is_one_length_in_the_next_smaller_unit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text) == expected


def test_a_count_and_a_half_of_something_else_is_no_length() -> None:
    assert values("Hij dronk twee en een halve liter water.") == []
    assert values("Het duurde een half jaar.") == [("een half jaar", "DURATION", "P6M")]


# --- dagelijks: a daily habit -----------------------------------------------------------------------------------------


def test_clock_times_in_a_clause_with_dagelijks_are_a_habit() -> None:
    assert values("De bibliotheek opent dagelijks van 9.00 tot 17.00 uur.") == [
        ("dagelijks", "SET", "P1D"),
        ("9.00", "SET", "XXXX-XX-XXT09:00"),
        ("17.00 uur", "SET", "XXXX-XX-XXT17:00"),
    ]


def test_dagelijks_in_a_noun_phrase_makes_no_habit() -> None:
    assert values("Het dagelijks bestuur vergaderde maandag om 20.00 uur.") == [
        ("maandag om 20.00 uur", "TIME", "2023-07-24T20:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het dagelijks onderhoud van de brug begint maandag om 9.00 uur.",
        "Het wekelijks overleg van de raad begint maandag om 9.00 uur.",
        "In het dagelijks verkeer merk je maandag om 9.00 uur weinig van de werkzaamheden.",
        "De stad sluit maandag om 9.00 uur een contract voor dagelijks onderhoud.",
    ],
)
def test_a_habit_word_as_an_adjective_makes_no_habit(text: str) -> None:
    assert [t.type for t in tag(text, DCT) if "maandag" in t.text] == ["TIME"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij doet het dagelijks om 9.00 uur.",
        "De bakker die dagelijks om 9.00 uur opent, stopt.",
        "Ze bellen ons dagelijks om 9.00 uur.",
    ],
)
def test_a_habit_word_after_a_verb_or_pronoun_stays_a_habit(text: str) -> None:
    assert [t.type for t in tag(text, DCT)] == ["SET"]


def test_a_weekday_a_habit_starts_from_is_one_day() -> None:
    assert values("Vanaf maandag vaart de pont dagelijks.") == [
        ("maandag", "DATE", "2023-07-31"),
        ("dagelijks", "SET", "P1D"),
    ]
    assert values("Van maandag tot vrijdag is de winkel dagelijks open.")[:2] == [
        ("maandag", "SET", "XXXX-WXX-1"),
        ("vrijdag", "SET", "XXXX-WXX-5"),
    ]


# --- an unknown small count from the last date ---------------------------------------------------------------------


def test_a_few_hours_from_the_last_clock_time_is_a_time_on_its_day() -> None:
    found = tag("Om 18.15 uur ging de sluis weer open, nadat een paar uur eerder een boot was vastgelopen.", DCT)
    assert [(t.text, t.type, t.value, t.review) for t in found][1:] == [
        ("een paar uur eerder", "TIME", "2023-07-27", "partial")
    ]


def test_a_few_months_from_the_last_date_is_its_year() -> None:
    found = tag("In de zomer van 2021 brandde de schuur af. Enkele maanden later werd een man opgepakt.", DCT)
    assert [(t.text, t.type, t.value, t.review) for t in found][1:] == [
        ("Enkele maanden later", "DATE", "2021", "partial")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In november 2019 sloot de fabriek. Enkele maanden later volgde de sloop.", ("DURATION", "PXM")),
        ("In februari 2020 sloot de fabriek. Een paar maanden eerder was er een brand.", ("DURATION", "PXM")),
        ("In het vierde kwartaal van 2019 daalde de omzet. Enkele maanden later kwam herstel.", ("DURATION", "PXM")),
        ("In september 2019 sloot de fabriek. Enkele maanden later volgde de sloop.", ("DATE", "2019")),
        ("In april 2020 sloot de fabriek. Een paar maanden eerder was er een brand.", ("DATE", "2020")),
    ],
)
def test_a_few_months_that_may_cross_a_year_stay_a_length(text: str, expected: tuple[str, str]) -> None:
    assert [(t.type, t.value) for t in tag(text, DCT)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om 1.30 uur sloeg het alarm. Een paar uur eerder was de bewaker vertrokken.", ("DURATION", "PTXH")),
        ("Om 23.10 uur sloeg het alarm. Een paar uur later was de brand geblust.", ("DURATION", "PTXH")),
        ("Om 20.40 uur sloeg het alarm. Een paar uur later was de brand geblust.", ("TIME", "2023-07-27")),
        ("Om 3.00 uur sloeg het alarm. Een paar uur eerder was de bewaker vertrokken.", ("TIME", "2023-07-27")),
    ],
)
def test_a_few_hours_that_may_cross_midnight_stay_a_length(text: str, expected: tuple[str, str]) -> None:
    assert [(t.type, t.value) for t in tag(text, DCT)][-1] == expected


def test_a_number_of_hours_counts_from_the_last_clock_time() -> None:
    found = tag("Om 9.00 uur begon de zoektocht. Een aantal uren later werd de jongen gevonden.", DCT)
    assert [(t.text, t.type, t.value) for t in found][1:] == [("Een aantal uren later", "TIME", "2023-07-27")]


def test_a_few_units_compared_or_said_alone_stay_a_length() -> None:
    assert values("De bouw was een paar maanden later dan gepland klaar.") == [("een paar maanden", "DURATION", "PXM")]
    assert values("De reparatie duurde een paar uur.") == [("een paar uur", "DURATION", "PTXH")]
    assert values("Brand in de loods. Een paar uur later was het vuur uit.") == [
        ("Een paar uur later", "DURATION", "PTXH")
    ]


# --- session 9: forms misread on the sets made tuning sets then, counted over every tuning text -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "De politie hield twee mannen van 31 en 34 jaar aan bij het station.",
        "Een meisje van 7 jaar raakte lichtgewond toen de bus remde.",
        "Getuigen zagen drie jongens in de leeftijd tussen de 16 en 19 jaar wegrennen.",
        "De verdachte van ongeveer 40 jaar droeg een rode jas.",
    ],
)
def test_an_age_is_no_length_of_time(text: str) -> None:
    assert values(text) == []


def test_a_length_or_a_count_beside_a_person_stays_a_time() -> None:
    # a sentence, a count from now, a length with no person before it
    assert values("De dader kreeg een celstraf van 6 jaar.") == [("6 jaar", "DURATION", "P6Y")]
    assert values("De dader van 3 jaar geleden is nooit gevonden.") == [("3 jaar geleden", "DATE", "2020")]
    assert values("Het contract van de trainer van 2 jaar werd verlengd.") == [("2 jaar", "DURATION", "P2Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De agent van 30 jaar dienst kreeg een lintje.", ("30 jaar", "DURATION", "P30Y")),
        ("Een chauffeur van 12 jaar rijervaring raakte toch van de weg.", ("12 jaar", "DURATION", "P12Y")),
        ("De man van 8 jaar cel kwam vrij.", ("8 jaar", "DURATION", "P8Y")),
        ("Een vrouw van 40 jaar huwelijk verloor haar man.", ("40 jaar", "DURATION", "P40Y")),
    ],
)
def test_years_a_person_spent_in_something_stay_a_length(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "De Belgische renner kwam op 12 seconden van de winnaar over de streep.",
        "In het klassement staat de Nederlander vijfde op ruim een minuut.",
        "De Nederlandse schaatser werd derde op 4 seconden.",
        "Zij staat nu op 40 seconden van de leider.",
        "De kopman kwam op 25 seconden binnen.",
        # a place right before op, or after a verb of finishing with a few words between
        "Hij staat nu vijfde op 40 seconden.",
        "De Belg finishte als derde in de sprint op 12 seconden.",
        "Zij eindigde als laatste op drie minuten.",
        "De schaatser, die in de slotrit vierde werd op 6 seconden, bleef leider.",
    ],
)
def test_a_race_margin_after_op_is_a_standing(text: str) -> None:
    assert values(text) == []


def test_a_length_after_op_that_is_no_margin_stays_one() -> None:
    assert values("Op tien minuten van het einde maakte de spits de gelijkmaker.") == [
        ("tien minuten", "DURATION", "PT10M")
    ]
    assert values("Het dorp ligt op 20 minuten rijden van de stad.") == [("20 minuten", "DURATION", "PT20M")]
    # a delay, a waiting time, an estimate: no place in a race stands before it, nobody it is counted from after it
    assert values("De vervoerder schat de vertraging op 15 minuten.") == [("15 minuten", "DURATION", "PT15M")]
    assert values("Bij de balie staat de wachttijd op 45 minuten.") == [("45 minuten", "DURATION", "PT45M")]
    assert values("De reistijd komt daarmee uit op 20 minuten.") == [("20 minuten", "DURATION", "PT20M")]
    # an ordinal or `laatste` before a noun is an adjective, no place in a race
    assert values("De laatste wachttijd staat op 45 minuten.") == [("45 minuten", "DURATION", "PT45M")]
    assert values("De tweede bus komt op 20 minuten.") == [("20 minuten", "DURATION", "PT20M")]
    assert values("Voor de derde ploeg staat de pauze op 30 minuten.") == [("30 minuten", "DURATION", "PT30M")]
    # an ordinal before a moment of a match or a distance leaves it a length
    assert values("De tweede treffer viel op tien minuten van het einde.") == [("tien minuten", "DURATION", "PT10M")]


def test_a_half_unit_ago_is_a_date() -> None:
    said = "Een half jaar geleden sloot de fabriek haar deuren."
    assert values(said) == [("Een half jaar geleden", "DATE", "2023-01")]
    assert with_mods("Ruim een half jaar geleden brandde de loods af.") == [
        ("een half jaar geleden", "DATE", "2023-01", "MORE_THAN")
    ]
    assert values("Een halve maand geleden ging de winkel open.") == [("Een halve maand geleden", "DATE", "2023-W28")]
    # a half unit alone stays a length
    assert values("De verbouwing duurde een half jaar.") == [("een half jaar", "DURATION", "P6M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een half uur geleden vertrok de laatste bus.", ("Een half uur", "DURATION", "PT30M")),
        ("Een halfuur geleden begon het te regenen.", ("Een halfuur", "DURATION", "PT30M")),
        ("Een halve dag geleden lag hier nog sneeuw.", ("Een halve dag", "DURATION", "PT12H")),
    ],
)
def test_half_a_clock_unit_ago_stays_a_length(text: str, expected: tuple[str, str, str]) -> None:
    # counted in hours or minutes, as `twee uur geleden` is: no date
    assert values(text) == [expected]


def test_een_heel_jaar_is_a_length() -> None:
    assert values("De vereniging moest een heel jaar wachten op de nieuwe kantine.") == [
        ("een heel jaar", "DURATION", "P1Y")
    ]
    assert values("Het heel jaar door is de tuin open.") == []


def test_dan_normaal_compares_and_makes_no_habit() -> None:
    assert values("Er stonden vrijdagochtend meer files dan normaal.") == [
        ("vrijdagochtend", "DATE", "2023-07-21TMO")
    ]
    assert values("Het is zaterdagmiddag drukker dan gewoonlijk op het strand.") == [
        ("zaterdagmiddag", "DATE", "2023-07-29TAF")
    ]
    # normaal alone still says what usually happens
    assert values("Normaal rijden er op vrijdagochtend minder treinen.") == [
        ("vrijdagochtend", "SET", "XXXX-WXX-5TMO")
    ]


def test_nothing_is_read_across_a_line_break() -> None:
    assert values("Volgende week\n\nDinsdagmiddag trekken de buien weg.") == [
        ("Volgende week", "DATE", "2023-W31"),
        ("Dinsdagmiddag", "DATE", "2023-08-01TAF"),
    ]
    assert values("Volgende week dinsdagmiddag trekken de buien weg.") == [
        ("Volgende week dinsdagmiddag", "DATE", "2023-08-01TAF")
    ]


def test_a_time_broken_off_at_a_line_end_is_read_up_to_it() -> None:
    # what stands before the break is still read, as if the text ended there
    assert values("De markt opent om 9.30\nuur op het plein.") == [("9.30", "TIME", "2023-07-27T09:30")]
    assert values("Het concert begint op zaterdag 5\naugustus.")[0] == ("zaterdag 5", "DATE", "2023-08-05")


def test_a_month_told_years_back_does_not_place_a_present_day_of_it() -> None:
    said = "De vechtpartij in de discotheek was in oktober 2016. Vonnis op 1 oktober."
    assert values(said, "2018-09-04")[-1] == ("1 oktober", "DATE", "2018-10-01")
    said = "In 2019 was er voor het laatst een feest op Koningsdag. Het volgende feest is dan Koningsdag."
    assert values(said, "2022-03-10")[-1] == ("Koningsdag", "DATE", "2022-04-27")
    # a month told within a year still places it, as a story or schedule goes on there
    said = "De vechtpartij was in december 2017. De rechter doet op 12 december uitspraak over de zaak."
    assert values(said, "2018-09-04")[-1] == ("12 december", "DATE", "2017-12-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present the lists do not name, right after its subject or right before it, is the clause's own tense
        ("De wethouder kwam met groot nieuws: zij trouwt in oktober in Zwolle.", ("oktober", "DATE", "2023-10")),
        ("De omzet steeg vorig jaar, meldt het statistiekbureau dinsdag.", ("dinsdag", "DATE", "2023-08-01")),
        # ... first in its clause, with words after the expression (not only right before it)
        ("De omzet steeg vorig jaar, becijfert het statistiekbureau dinsdag in een rapport.",
         ("dinsdag", "DATE", "2023-08-01")),
        ('"Zondag besteedt de krant aandacht aan de brand", zei ze.', ("Zondag", "DATE", "2023-07-30")),
    ],
)
def test_a_present_known_by_its_form_is_the_clause_tense(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no other verb in the clause tells its tense, so these leave the past of the sentence to decide:
        # a past shaped as a participle after its subject, or right before a subject after the expression
        ("Hij verkocht dinsdag zijn auto, zei zijn broer.", ("dinsdag", "DATE", "2023-07-25")),
        ("Vrijdag verkocht het museum een schilderij, meldde de krant.", ("Vrijdag", "DATE", "2023-07-21")),
        # a noun in -t after `het`
        ("Het concert was een succes, zei de organisator, het resultaat dinsdag boven verwachting.",
         ("dinsdag", "DATE", "2023-07-25")),
        # a noun in -t before `de` or `een` where no inverted verb stands (not first in its clause, not right after
        # the expression)
        ("Zij vertelde dat het kabinet de plannen vrijdag terugtrok.", ("vrijdag", "DATE", "2023-07-21")),
        ("De politie zei dat de inbreker in het restaurant een kluis zaterdag openbrak.",
         ("zaterdag", "DATE", "2023-07-22")),
        # a word of that shape that is no verb, first in its clause
        ("Het plein ging dicht, vanuit het stadhuis zondag opgedragen.", ("zondag", "DATE", "2023-07-23")),
        # a word in -st after a pronoun
        ("De trainer vertelde dat hij eerst zondag de selectie doorgaf.", ("zondag", "DATE", "2023-07-23")),
    ],
)
def test_a_past_or_a_noun_in_t_makes_no_present(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


# --- voortaan, voorheen: how things go from now on, or went before, is a habit ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op zaterdag gaat de markt voortaan om 8.00 uur open.",
         [("zaterdag", "SET", "XXXX-WXX-6"), ("8.00 uur", "SET", "XXXX-XX-XXT08:00")]),
        ("Zondag rijden er voortaan twee bussen.", [("Zondag", "SET", "XXXX-WXX-7")]),
        ("Voorheen was maandag de vaste dag voor het oud papier.", [("maandag", "SET", "XXXX-WXX-1")]),
        ("Het zwembad is voortaan ook 's avonds open.", [("'s avonds", "SET", "XXXX-XX-XXTEV")]),
    ],
)
def test_voortaan_and_voorheen_make_a_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a new habit starts from is one day
        ("Vanaf maandag sluit de winkel voortaan om 18.00 uur.",
         [("maandag", "DATE", "2023-07-31"), ("18.00 uur", "SET", "XXXX-XX-XXT18:00")]),
        # the decision's day is in a clause of its own
        ("Het college besloot dinsdag dat de markt voortaan op zaterdag wordt gehouden.",
         [("dinsdag", "DATE", "2023-07-25"), ("zaterdag", "SET", "XXXX-WXX-6")]),
        # another clause of the sentence tells a single day
        ("Voorheen woonde hij in Utrecht, maar zaterdag verhuisde hij naar Gent.",
         [("zaterdag", "DATE", "2023-07-22")]),
    ],
)
def test_voortaan_and_voorheen_leave_other_days_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


# --- an aside in brackets shares the habit of its clause -------------------------------------------------------------


def test_times_in_brackets_share_the_habit_of_their_clause() -> None:
    assert values("Op zondag zijn er normaal drie diensten (10.00 uur, 12.00 uur en 18.30 uur).") == [
        ("zondag", "SET", "XXXX-WXX-7"),
        ("10.00 uur", "SET", "XXXX-XX-XXT10:00"),
        ("12.00 uur", "SET", "XXXX-XX-XXT12:00"),
        ("18.30 uur", "SET", "XXXX-XX-XXT18:30"),
    ]


def test_times_in_brackets_after_a_clause_with_no_habit_stay_one_day() -> None:
    assert values("Zondag zijn er drie diensten (10.00 uur en 18.30 uur).") == [
        ("Zondag", "DATE", "2023-07-30"),
        ("10.00 uur", "TIME", "2023-07-30T10:00"),
        ("18.30 uur", "TIME", "2023-07-30T18:30"),
    ]
    # a habit told after the brackets is not the aside's clause
    assert values("De brand (zondag rond 3.00 uur) verwoestte de loods, die normaal dagelijks open is.")[0] == (
        "zondag rond 3.00 uur", "TIME", "2023-07-23T03:00"
    )


def test_a_promise_of_from_now_on_reads_its_clause_as_a_habit() -> None:
    """As the conventions decide: the clause is the reach, so the promise's own day is read with `voortaan` (a
    reporting verb and its infinitive are one clause); an editor dates the promise."""
    assert [t.type for t in tag("De burgemeester beloofde zaterdag voortaan op tijd te komen.", DCT)] == ["SET"]


@pytest.mark.parametrize(
    "text",
    [
        "Het bestuur vergadert wekelijks (de volgende vergadering is maandag om 20.00 uur).",
        "De club traint normaal op het veld (de laatste training begon maandag om 20.00 uur).",
    ],
)
def test_an_aside_with_its_own_verb_tells_its_own_time(text: str) -> None:
    """Only a bare list of times in brackets is the clause's; an aside with a finite verb is a clause of its own."""
    assert [t.type for t in tag(text, DCT) if "maandag" in t.text] == ["TIME"]


# --- a stamp's date and clock time across a comma are one expression --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Door ANP - 3-5-2021, 14:10", [("3-5-2021, 14:10", "TIME", "2021-05-03T14:10")]),
        ("dinsdag 4 mei 2021, 9:30 DEN HAAG - De Kamer stemt.",
         [("dinsdag 4 mei 2021, 9:30", "TIME", "2021-05-04T09:30")]),
    ],
)
def test_a_date_and_its_clock_time_across_a_comma_are_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


# --- volgende, vorige, voorgaande before a plural or a count: a span, as komende and afgelopen --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de volgende jaren bouwt de stad een nieuwe brug.", [("de volgende jaren", "DURATION", "PXY")]),
        ("De bakker verkocht meer taart dan vorige jaren.", [("vorige jaren", "DURATION", "PXY")]),
        ("Het was drukker dan in de voorafgaande weken.", [("de voorafgaande weken", "DURATION", "PXW")]),
        ("In de daaropvolgende dagen bleef het rustig.", [("de daaropvolgende dagen", "DURATION", "PXD")]),
        ("De volgende drie dagen blijft het droog.", [("De volgende drie dagen", "DURATION", "P3D")]),
    ],
)
def test_volgende_or_vorige_before_a_plural_or_a_count_is_a_span(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De volgende week is het droog.", [("De volgende week", "DATE", "2023-W31")]),
        ("Vorige week was het droog.", [("Vorige week", "DATE", "2023-W29")]),
        ("Het vorige weekend was het druk in het park.", [("Het vorige weekend", "DATE", "2023-W29-WE")]),
        ("De volgende 250 mensen krijgen een prik.", []),
        ("De vorige keer was het druk.", []),
    ],
)
def test_volgende_or_vorige_before_one_period_or_no_unit_is_no_span(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De voorheen onbekende schutter werd maandag om 9.00 uur opgepakt.",
        "Het voorheen gesloten zwembad ging maandag om 9.00 uur weer open.",
    ],
)
def test_voorheen_before_an_adjective_describes_the_noun_and_makes_no_habit(text: str) -> None:
    assert [t.type for t in tag(text, DCT) if "maandag" in t.text] == ["TIME"]


# --- session 11: het weekend, het hele weekend: the weekend the tense points to -------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # Thursday: past is the weekend just gone, present and future this week's
        ("Het weekend verliep rustig op de camping.", DCT, [("Het weekend", "DATE", "2023-W29-WE")]),
        ("Het weekend wordt het zonnig aan zee.", DCT, [("Het weekend", "DATE", "2023-W30-WE")]),
        ("Na het weekeinde stijgen de temperaturen weer.", DCT, [("het weekeinde", "DATE", "2023-W30-WE")]),
        ("De minister zal het hele weekend overleggen.", DCT, [("het hele weekend", "DATE", "2023-W30-WE")]),
        ("In de loop van het weekend lekte het plan uit.", DCT, [("de loop van het weekend", "DATE", "2023-W29-WE")]),
        ("De brandweer was het gehele weekend bezig.", DCT, [("het gehele weekend", "DATE", "2023-W29-WE")]),
        # on a Sunday the weekend it is, whatever the tense; on a Monday the past one is the one just gone
        ("Het weekend verliep rustig op de camping.", "2023-07-30", [("Het weekend", "DATE", "2023-W30-WE")]),
        ("Het weekend blijft het droog.", "2023-07-30", [("Het weekend", "DATE", "2023-W30-WE")]),
        ("Het weekend verliep rustig op de camping.", "2023-07-31", [("Het weekend", "DATE", "2023-W30-WE")]),
        ("Het weekend wordt het zonnig aan zee.", "2023-07-31", [("Het weekend", "DATE", "2023-W31-WE")]),
        # a publication date known only to the month: the month
        ("Het weekend wordt het zonnig aan zee.", "2023-07", [("Het weekend", "DATE", "2023-07")]),
    ],
)
def test_het_weekend_is_the_weekend_the_tense_points_to(
    text: str, dct: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text, dct) == expected


def test_het_weekend_in_a_habit_clause_is_every_weekend() -> None:
    assert values("In het weekend is de bibliotheek altijd gesloten.") == [("het weekend", "SET", "XXXX-WXX-WE")]


@pytest.mark.parametrize(
    "text",
    [
        "Het weekend erna bleef het rustig in de stad.",
        "Het weekend na de verkiezingen was het stil.",
        "Het weekend van de Elfstedentocht blijft hem bij.",
        "Ze dronken koffie in café Het Weekend.",
        "Ze bleven in hetzelfde weekend thuis.",
    ],
)
def test_het_weekend_of_a_thing_named_or_counted_from_a_date_is_not_read_by_tense(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # tied to a thing or a time named next
        "Het weekend voor de finale trainde de ploeg niet.",
        "Het weekend vóór de verkiezingen bleef het stil.",
        "Het weekend erop ging de winkel weer open.",
        "Het weekend nadat de dijk brak, stond de polder blank.",
        "Het weekend voordat de school begon, regende het.",
        "Het weekend waarop de storm raasde, bleef iedereen binnen.",
        "Het weekend waarin de brug dichtging, stond het vast.",
        "Het weekend waarna de staking begon, was onrustig.",
        "Het weekend dat de kermis kwam, was het druk.",
        "Het weekend rond de jaarwisseling was het onrustig.",
        "Het weekend tijdens de spelen bleef de stad leeg.",
        "Het weekend met Pasen was de camping vol.",
        # counted from a date told before (the words of `later`)
        "Het weekend later kwam de burgemeester langs.",
        "Het weekend eerder was het nog warm.",
        "Het weekend daarna bleef het stil.",
        "Het weekend daarvoor was de zaal leeg.",
        "Het weekend ervoor won de ploeg nog.",
        "Het weekend nadien ging de zaak weer open.",
        "Het weekend voordien was het rustig.",
        "Het weekend daarop brak er brand uit.",
    ],
)
def test_het_weekend_tied_to_what_follows_is_not_the_weekend_the_tense_points_to(text: str) -> None:
    assert [t for t in values(text) if "weekend" in t[0].lower()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # met with whom, not with a day: the weekend the tense points to
        ("De premier overlegde het hele weekend met de fracties.", [("het hele weekend", "DATE", "2023-W29-WE")]),
        # a clause set off by a comma says more of the weekend, it does not pick one
        ("Het weekend, dat rustig verliep, was kort.", [("Het weekend", "DATE", "2023-W29-WE")]),
    ],
)
def test_het_weekend_before_a_word_that_ties_nothing_is_read_by_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text) == expected


def review_of(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [(t.value, t.review) for t in tag(text, dct)]


@pytest.mark.parametrize("dct", ["2023-07-29", "2023-07-30"])  # a Saturday, a Sunday
def test_het_weekend_told_in_the_present_on_the_weekend_is_flagged_as_maybe_every_weekend(dct: str) -> None:
    assert review_of("Het weekend is heilig voor de boeren.", dct) == [("2023-W30-WE", "tense")]


def test_het_weekend_told_in_the_past_on_its_sunday_is_that_weekend_unflagged() -> None:
    assert review_of("Het weekend verliep rustig op de camping.", "2023-07-30") == [("2023-W30-WE", None)]


def test_dit_weekend_told_in_the_past_midweek_stays_this_weeks() -> None:
    # only on a Monday is a past dit weekend the one just gone (het weekend is so before any Saturday)
    assert values("Dit weekend was het druk in de stad.") == [("Dit weekend", "DATE", "2023-W30-WE")]


# --- session 11: gehele is hele before the day, the night, a part of day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie heeft de gehele nacht gezocht.", [("de gehele nacht", "DATE", "2023-07-26TNI")]),
        ("Zaterdag was de markt de gehele dag open.", [("Zaterdag", "DATE", "2023-07-22"),
                                                        ("de gehele dag", "DATE", "2023-07-22")]),
        ("De gehele ochtend bleef het stil.", [("De gehele ochtend", "DATE", "2023-07-27TMO")]),
        ("Het gehele treinverkeer lag stil.", []),
        # the Flemish ganse too
        ("De politie heeft de ganse nacht gezocht.", [("de ganse nacht", "DATE", "2023-07-26TNI")]),
        ("De ganse ochtend bleef het stil.", [("De ganse ochtend", "DATE", "2023-07-27TMO")]),
        ("Het verkeer stond de ganse maand stil.", [("de ganse maand", "DURATION", "P1M")]),
        ("Zaterdag was de markt de ganse dag open.", [("Zaterdag", "DATE", "2023-07-22"),
                                                       ("de ganse dag", "DATE", "2023-07-22")]),
        ("Het ganse weekend bleef het droog.", [("Het ganse weekend", "DATE", "2023-W29-WE")]),
        ("Gans de dag bleef het druk aan de kust.", [("Gans de dag", "DATE", "2023-07-27")]),
        # the whole day of a day named after it is that day
        ("De hele dag van zaterdag is de tunnel dicht.", [("zaterdag", "DATE", "2023-07-29")]),
    ],
)
def test_gehele_before_a_day_or_part_of_day_is_hele(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


# --- session 11: later in de week, told of a Sunday, is the next week ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Later in de week wordt het droger.", "2019-04-07", "2019-W15"),  # a Sunday: nothing of its week is left
        ("Later in de week wordt het droger.", "2019-04-03", "2019-W14"),  # a Wednesday: this week
        ("Eerder in de week was het droog.", "2019-04-07", "2019-W14"),
        ("Op zondag 7 april begon de actie. Later in de week volgde een tweede.", "2019-04-10", "2019-W15"),
    ],
)
def test_later_in_de_week_told_of_a_sunday_is_the_next_week(text: str, dct: str, value: str) -> None:
    assert [v for t, _, v in values(text, dct) if "week" in t] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # told in the past on a Sunday, with only the publication date to count from: that week
        ("Later in de week werd het koud.", "2019-04-07", "2019-W14"),
        # a weekend is its week's end: what came later in the week is the next week's
        ("Het weekend begon met regen. Later in de week werd het koud.", "2019-04-10", "2019-W15"),
        ("Het weekend begon met regen. Later in de week wordt het koud.", "2019-04-07", "2019-W15"),
    ],
)
def test_later_in_de_week_after_the_weeks_end_by_tense_and_anchor(text: str, dct: str, value: str) -> None:
    assert [v for t, _, v in values(text, dct) if "week" in t.lower() and "weekend" not in t.lower()] == [value]


def test_later_in_de_maand_on_a_sunday_stays_in_its_month() -> None:
    assert values("Later in de maand wordt het droger.", "2019-03-31") == [("Later in de maand", "DATE", "2019-03")]


# --- session 17: een uur of zeven, een week of zes: the spoken `een ... of` is about so many -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om een uur of acht ging de deur open.", [("een uur of acht", "TIME", "2023-07-27T08:00", "APPROX")]),
        ("Vanaf een uur of vier was het druk.", [("een uur of vier", "TIME", "2023-07-27T16:00", "APPROX")]),
        ("Rond een uur of zes 's ochtends was het stil.",
         [("een uur of zes 's ochtends", "TIME", "2023-07-27T06:00", "APPROX")]),
        ("De reparatie duurt nog een week of vier.", [("een week of vier", "DURATION", "P4W", "APPROX")]),
        ("We hebben een dag of drie gewacht.", [("een dag of drie", "DURATION", "P3D", "APPROX")]),
        ("Een jaar of tien geleden woonde zij hier.", [("Een jaar of tien geleden", "DATE", "2013", "APPROX")]),
        ("Over een maand of twee is de brug klaar.", [("Over een maand of twee", "DATE", "2023-09", "APPROX")]),
        ("Het was een uur of zeven toen de eerste gasten kwamen.",
         [("een uur of zeven", "TIME", "2023-07-27T07:00", "APPROX")]),  # telling the time
        ("Om 14.00 uur ging het alarm. Een uur of drie later was het vuur uit.",
         [("14.00 uur", "TIME", "2023-07-27T14:00", None),
          ("Een uur of drie later", "TIME", "2023-07-27T17:00", "APPROX")]),
        ("Op 3 juli kwam hij aan. Een week of twee later vertrok hij.",
         [("3 juli", "DATE", "2023-07-03", None), ("Een week of twee later", "DATE", "2023-W29", "APPROX")]),
        # one hour stays one hour where no number follows `of`, or where `of` joins two lengths
        ("Het duurde een uur of langer.", [("een uur", "DURATION", "PT1H", None)]),
        ("Wacht een uur of twee uur.",
         [("een uur", "DURATION", "PT1H", None), ("twee uur", "DURATION", "PT2H", None)]),
    ],
)
def test_een_unit_of_a_number_is_about_that_many(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert with_mods(text) == expected


# --- session 17: heel de dag, heel het weekend: the Flemish order of de hele dag -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het was er al heel de dag druk.", [("heel de dag", "DATE", "2023-07-27")]),
        ("Heel de nacht bleef het onrustig.", [("Heel de nacht", "DATE", "2023-07-26TNI")]),
        ("Heel de maand regende het.", [("Heel de maand", "DURATION", "P1M")]),
        ("Het heeft heel het weekend geregend.", [("heel het weekend", "DATE", "2023-W29-WE")]),
        # the night or day named after it is read by its own rule
        ("Heel de nacht van 5 op 6 mei bleef het onrustig.", [("de nacht van 5 op 6 mei", "DATE", "2023-05-05TNI")]),
        ("Het heeft heel de dag van zaterdag geregend.", [("zaterdag", "DATE", "2023-07-22")]),
        ("Hij is heel de tijd gebleven.", []),
    ],
)
def test_heel_de_is_de_hele(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


# --- session 17: a low opening quote typed as two commas opens a sentence -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [",,Zaterdagavond zijn er twee jongens betrapt\", zei de agent.",
     "De agent zei: ,,Zaterdagavond zijn er twee jongens betrapt\".",
     "«Zaterdagavond zijn er twee jongens betrapt», zei de agent."],
)
def test_a_weekday_after_the_languages_quotation_marks_is_no_name(text: str) -> None:
    assert values(text) == [("Zaterdagavond", "DATE", "2023-07-22TEV")]


def test_a_weekday_with_a_capital_after_one_comma_stays_a_name() -> None:
    assert values("Het team van trainer Bas Zondag, Maandag genoemd, won.") == []


# --- session 17: a year in brackets after a name is left alone ------------------------------------------------------


def test_a_year_in_brackets_after_a_name_is_no_date_of_the_sentence() -> None:
    """`Jan Smit (1971)` is a birth year, `(2060)` a Belgian postcode: a bracketed number dates nothing."""
    assert values("Schrijver Jan Smit (1971) kreeg maandag de prijs in wijk (2060).") == [
        ("maandag", "DATE", "2023-07-24")
    ]


# --- session 17: a number before a unit of measure is an amount, no day of the month -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Assen viel zaterdag 12 centimeter sneeuw.", [("zaterdag", "DATE", "2023-07-22")]),
        ("Zondag viel er 8 millimeter regen.", [("Zondag", "DATE", "2023-07-23")]),
        ("De brandweer pompte zondag 12 kuub water weg.", [("zondag", "DATE", "2023-07-23")]),
        ("Op zaterdag 12 augustus viel er sneeuw.", [("zaterdag 12 augustus", "DATE", "2023-08-12")]),
    ],
)
def test_a_number_before_a_unit_of_measure_is_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


# --- session 22: a weekday naming an amateur league ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De derby in de zaterdag tweede klasse B eindigde in 1-1.",
        "Koploper Oranje verloor in de zondag hoofdklasse van DSV.",
        "De club speelt nog steeds op het laagste (zondag)niveau.",
        "Hij trainde zowel de zaterdag- als de zondagtak van de club.",
        "In de zaterdag 3de klasse A won de thuisploeg.",
        "De club promoveert naar de zondag topklasse.",
        "Het elftal komt uit in de zaterdag derde divisie.",
        "De zondag hoofdklasse-derby werd gestaakt.",
        "Zaterdag 2e klasse: uitslagen",  # a results heading: the weekday opens its line before the rank
    ],
)
def test_a_weekday_naming_a_league_or_part_of_a_compound_is_no_day(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zaterdag speelt de club in de tweede klasse.", ["2023-07-29"]),
        ("Vrijdag- en zaterdagavond is het druk.", ["2023-07-28TEV", "2023-07-29TEV"]),
        # no article before the weekday: a day, and what is first class, class or a rival
        ("De minister reisde zondag eerste klasse naar Brussel.", ["2023-07-23"]),
        ("Ajax was zaterdag klasse apart.", ["2023-07-22"]),
        ("Ajax speelt zondag divisie-rivaal PSV.", ["2023-07-30"]),
        # in brackets before a part of day, the day with it
        ("Het regent tot (zondag)avond flink.", ["2023-07-30"]),
    ],
)
def test_a_weekday_before_a_verb_or_a_compound_with_a_part_of_day_stays_a_day(text: str, expected: list[str]) -> None:
    assert [value for _, _, value in values(text)] == expected
