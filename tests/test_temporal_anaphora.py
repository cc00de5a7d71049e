"""Expressions counted from the last date mentioned before them in the same text."""

from __future__ import annotations

import pytest

from generator.temporal import tag
from generator.temporal.engine import _same_month
from generator.temporal.language import load
from generator.temporal.patterns import find
from generator.temporal.resolve import NO_ANCHOR

DCT = "2023-05-10"
ARREST = "Op 12 maart werd de verdachte opgepakt. "


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("Een week later stond hij voor de rechter.", ("Een week later", "2023-W11")),
        ("De volgende dag werd hij verhoord.", ("De volgende dag", "2023-03-13")),
        ("De volgende ochtend werd hij verhoord.", ("De volgende ochtend", "2023-03-13TMO")),
        ("Diezelfde avond volgde een huiszoeking.", ("Diezelfde avond", "2023-03-12TEV")),
        ("Die nacht sliep hij in een cel.", ("Die nacht", "2023-03-12TNI")),
        ("Drie dagen eerder was hij nog gezien.", ("Drie dagen eerder", "2023-03-09")),
        ("De avond ervoor was hij nog thuis.", ("De avond ervoor", "2023-03-11TEV")),
        ("De dag erna werd hij vrijgelaten.", ("De dag erna", "2023-03-13")),
        ("Een maand later kwam hij vrij.", ("Een maand later", "2023-04")),
        ("De volgende week werd hij verhoord.", ("De volgende week", "2023-W11")),
        ("Het jaar erna komt hij vrij.", ("Het jaar erna", "2024")),
    ],
)
def test_anaphoric_expressions(follow_up: str, expected: tuple[str, str]) -> None:
    found = [(t.text, t.value) for t in tag(ARREST + follow_up, DCT)]
    assert found == [("12 maart", "2023-03-12"), expected]


def test_anaphora_chain_from_the_latest_date() -> None:
    text = "Op 1 april begon de actie. Twee dagen later volgde een tweede. Die nacht bleef het onrustig."
    assert [t.value for t in tag(text, DCT)] == ["2023-04-01", "2023-04-03", "2023-04-03TNI"]


def test_a_year_anchors_year_offsets() -> None:
    text = "In 2019 werd hij ziek. Een jaar later overleed hij. Dat jaar stierf ook zijn broer."
    assert [t.value for t in tag(text, DCT)] == ["2019", "2020", "2020"]


def test_durations_are_not_anchors() -> None:
    text = "Op 2 mei begon de staking, die drie dagen duurde. Twee dagen later werd er weer gewerkt."
    assert [t.value for t in tag(text, DCT)] == ["2023-05-02", "P3D", "2023-05-04"]


def test_without_an_earlier_date_the_dct_is_used_and_flagged() -> None:
    found = tag("De volgende dag werd hij vrijgelaten.", DCT)
    assert [(t.value, t.review) for t in found] == [("2023-05-11", NO_ANCHOR)]


def test_a_part_of_day_told_now_after_a_date_of_an_earlier_month_is_the_publication_days() -> None:
    """`In de namiddag wordt het rustiger` forecasts today, not an afternoon of the storm compared with before."""
    text = "Het is de zwaarste storm sinds 3 januari vorig jaar. Aan zee waait het hard. In de namiddag wordt het " \
           "rustiger."
    found = tag(text, "2019-03-10")
    assert [(t.text, t.value, t.review) for t in found][-1] == ("de namiddag", "2019-03-10TAF", "day-assumed")
    past = tag("Op 3 januari stormde het. Aan zee woei het hard. In de namiddag werd het rustiger.", "2019-03-10")
    assert past[-1].value == "2019-01-03TAF"  # told in the past: that day's afternoon
    near = tag("Op 8 maart stormde het. Aan zee waait het hard. In de namiddag wordt het rustiger.", "2019-03-10")
    assert near[-1].value == "2019-03-08TAF"  # a date of the same month stays the anchor


def test_a_part_of_day_told_now_after_a_day_told_long_ago_without_sinds_is_the_publication_days() -> None:
    text = "Op 12 februari vorig jaar liep de kelder onder. Het water staat nu weer hoog. In de avond stijgt het."
    assert tag(text, "2019-03-10")[-1].value == "2019-03-10TEV"
    past = "Op 12 februari vorig jaar liep de kelder onder. Het water stond toen hoog. In de avond steeg het."
    assert tag(past, "2019-03-10")[-1].value == "2018-02-12TEV"


def test_a_date_counted_later_that_lands_after_the_publication_date_in_a_past_clause_is_unknown() -> None:
    """Counted from a date that was not the story's: `een jaar later` cannot be next year in the past tense."""
    text = "Vorige maand kondigde het bedrijf ontslagen aan. Bij een ander bedrijf sloot een oven. Een jaar later " \
           "moest alles dicht."
    found = tag(text, "2026-02-12")
    assert [(t.text, t.value, t.review) for t in found][-1] == ("Een jaar later", "XXXX", "no-anchor")
    future = tag("Vorige maand kondigde het bedrijf ontslagen aan. Een jaar later moet alles dicht zijn.", "2026-02-12")
    assert future[-1].value == "2027"
    hearing = tag("Hij komt op 14 april voor de rechter. Hij zei dat hij die dag veel had gedronken.", "2023-03-20")
    assert [(t.value, t.review) for t in hearing][-1] == ("XXXX-XX-XX", "no-anchor")


def test_a_count_from_a_day_itself_counted_is_an_anaphor_even_on_the_publication_day() -> None:
    """`De volgende dag` after one that landed on the publication day counts from that count, not from today told as
    such: still an anaphor, so in a past clause a day after the publication day is unknown, as any such count is."""
    text = "Gisteren brak er brand uit. De eigenaar werd de volgende dag verhoord. De volgende dag werd hij opgepakt."
    found = [(t.text, t.value, t.review) for t in tag(text, DCT)]
    assert found[1] == ("de volgende dag", "2023-05-10", "anaphor")
    assert found[2] == ("De volgende dag", "XXXX-XX-XX", "no-anchor")
    ahead = tag("Gisteren brak er brand uit. De volgende dag wordt de eigenaar verhoord. De dag erna volgt de "
                "uitspraak.", DCT)
    assert [(t.value, t.anchor) for t in ahead][2] == ("2023-05-11", "2023-05-10")
    today = tag("Vandaag brak er brand uit. De dag erna volgt de uitspraak.", DCT)
    assert [(t.value, t.review, t.anchor) for t in today][1] == ("2023-05-11", None, None)  # from today told as such


@pytest.mark.parametrize(
    "text",
    [
        # a clock time or part of day on the counted day keeps its doubt for the next count
        "Gisteren brak er brand uit. De volgende dag werd de eigenaar om 10 uur verhoord. Een dag later werd hij "
        "vrijgelaten.",
        "Gisteren brak er brand uit. De volgende dag werd de eigenaar ’s middags verhoord. Een dag later werd hij "
        "vrijgelaten.",
        # a time counted from a time is read from an earlier one too
        "Vanochtend om 9 uur brak brand uit. Een uur later was de brand geblust. De volgende dag werd de schade "
        "opgenomen.",
    ],
)
def test_a_count_from_a_day_read_from_a_count_stays_an_anaphor(text: str) -> None:
    assert (tag(text, DCT)[-1].value, tag(text, DCT)[-1].review) == ("XXXX-XX-XX", NO_ANCHOR)


def test_a_day_named_outright_after_a_counted_one_is_no_count() -> None:
    """`Vandaag` names the day itself, though a count landed on it before: a count from it is none."""
    text = "Gisteren brak er brand uit. De volgende dag werd de eigenaar verhoord. Vandaag maakte de politie bekend " \
           "dat hij vastzit. De dag erna wordt hij voorgeleid."
    assert [(t.value, t.review) for t in tag(text, DCT)][-1] == ("2023-05-11", None)


def test_a_count_of_months_from_a_counted_month_under_a_month_only_publication_date_is_an_anaphor() -> None:
    text = "In maart werd het plan gemaakt. Twee maanden later werd het besproken. Een maand later werd het getekend."
    assert [(t.value, t.review) for t in tag(text, "2023-05")][-1] == ("XXXX-XX", NO_ANCHOR)


def test_die_after_a_noun_with_its_article_opens_a_relative_clause_not_an_anaphor() -> None:
    """`de avondklok die zaterdagavond inging` is that Saturday evening, read as any weekday; `die zondag` after a
    verb or preposition still points back."""
    text = "Op 12 maart werd de verdachte opgepakt. Het was de regel die zaterdagavond inging."
    assert [(t.text, t.value) for t in tag(text, DCT)][-1] == ("zaterdagavond", "2023-05-06TEV")
    back = tag("Op 12 maart werd de verdachte opgepakt. Hij was die zaterdag ziek.", DCT)
    assert [(t.text, t.value) for t in back][-1] == ("die zaterdag", "2023-03-11")
    # so does a quantifier (alle, elke) before the noun
    text = "Op 12 maart werd de verdachte opgepakt. Alle agenten die zaterdagavond dienst hadden, zijn gehoord."
    every = tag(text, DCT)
    assert [(t.text, t.value) for t in every][-1] == ("zaterdagavond", "2023-05-06TEV")


def test_the_end_of_the_quarter_is_of_the_quarter_the_text_is_about() -> None:
    """Quarterly figures come after the quarter: `het einde van het kwartaal` after April is the second quarter's;
    `dit kwartaal`, and the quarter with no month named before, are the publication date's."""
    text = "In het tweede kwartaal kromp de economie. In april daalde de consumptie. Aan het einde van het " \
           "kwartaal was er herstel. Aan het eind van dit kwartaal komt er meer."
    found = [(t.value, t.mod) for t in tag(text, "2020-08-14")]
    assert found[2:] == [("2020-Q2", "END"), ("2020-Q3", "END")]
    assert tag("Aan het einde van het kwartaal komt er herstel.", "2020-08-14")[0].value == "2020-Q3"


def test_an_anaphor_after_only_a_month_under_a_month_only_publication_date_is_that_month() -> None:
    text = "Hij stak vorig jaar oktober een man neer. Later op die avond viel een tweede slachtoffer."
    assert [(t.value, t.review, t.anchor) for t in tag(text, "2023-03")][-1] == ("2022-10", "anaphor", "2022-10")
    # a publication day to go by keeps the rule of the day: no earlier day, the publication day, doubted
    assert tag(text, "2023-03-14")[-1].review == "no-anchor"


def test_a_night_told_before_a_morning_is_the_night_that_ends_that_morning() -> None:
    text = "Ze willen de nacht doorwerken, in de hoop morgenochtend een akkoord te hebben."
    assert [t.value for t in tag(text, "2020-09-27")] == ["2020-09-27TNI", "2020-09-28TMO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the daytime after a night, with no day of its own, is the morning or afternoon that night ran into
        ("In de nacht van vrijdag op zaterdag sloegen inbrekers toe. 's Ochtends zag de bakker de schade.",
         ["2021-03-05TNI", "2021-03-06TMO"]),
        ("Vannacht woedde een brand in de loods. In de loop van de middag komt de verzekeraar kijken.",
         ["2021-03-07TNI", "2021-03-08TAF"]),
        ("In de nacht van vrijdag op zaterdag raasde een storm over het dorp. Tegen de middag ging de wind liggen.",
         ["2021-03-05TNI", "2021-03-06TMI"]),
        ("Donderdagnacht vielen drie bomen om. Die ochtend bleven de scholen dicht. 's Avonds ging het weer waaien.",
         ["2021-03-04TNI", "2021-03-05TMO", "2021-03-05TEV"]),
        # not the evening, which may as well be the one before the night; not a morning that names its day
        ("In de nacht van vrijdag op zaterdag sloegen inbrekers toe. 's Avonds waren de buren weg.",
         ["2021-03-05TNI", "2021-03-05TEV"]),
        ("Zaterdagnacht brandde een schuur af. Zaterdagochtend had niemand iets gemerkt.",
         ["2021-03-06TNI", "2021-03-06TMO"]),
        # nor one told back from the story's time by the word right before it: maybe the one before; `had` alone
        # is no such word (`'s Ochtends had de brandweer het vuur onder controle` is the next morning)
        ("Vrijdagnacht brak brand uit in de schuur. Eerder die ochtend had de boer nog hooi gehaald.",
         ["2021-03-05TNI", "2021-03-05TMO"]),
        ("In de nacht van vrijdag op zaterdag brandde de schuur. 's Ochtends had de brandweer het vuur onder controle.",
         ["2021-03-05TNI", "2021-03-06TMO"]),
        ("In de nacht van vrijdag op zaterdag sloegen inbrekers toe. Eerder die middag liep er een man rond.",
         ["2021-03-05TNI", "2021-03-05TAF"]),
        # nor one counted from the publication day (gisterochtend, on Monday: Sunday's), the night's own day
        ("In de nacht van zondag op maandag blokkeerden boeren de weg. Gisterochtend waren ze al begonnen.",
         ["2021-03-07TNI", "2021-03-07TMO"]),
        # nor a morning told after a day named after the night
        ("Vrijdagnacht brak er brand uit. Op maandag kwam de burgemeester, 's ochtends vroeg.",
         ["2021-03-05TNI", "2021-03-08", "2021-03-08TMO"]),
    ],
)
def test_a_morning_told_after_a_night_is_the_next_day(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2021-03-08")] == expected



def test_a_clock_time_after_a_day_the_publication_month_cannot_place_is_of_that_unknown_day() -> None:
    """Under a month-only publication date, `dinsdag` is a day not known: a later bare clock time is on it (the
    month), not on an earlier day named as a record."""
    text = "Het record stond op dinsdag 3 september. Op de ringweg stond dinsdag al vroeg file. De eerste melding " \
           "kwam om 06.30 uur."
    found = [(t.text, t.type, t.value) for t in tag(text, "2024-10")]
    assert found[-1] == ("06.30 uur", "TIME", "2024-10")


def test_an_unplaced_weekday_that_may_be_the_day_named_keeps_it_as_the_story_day() -> None:
    """`Woensdag` after `woensdag 9 oktober`, in October: the clock time may take that day."""
    text = "De opening is op woensdag 9 oktober. Woensdag begint het feest. Om 10.00 uur gaat de poort open."
    found = [(t.text, t.value) for t in tag(text, "2024-10")]
    assert found[-1] == ("10.00 uur", "2024-10-09T10:00")


def test_a_story_told_in_the_present_throughout_keeps_its_day_for_a_clock_time() -> None:
    """No turn from past to present: `Rond 22.00 uur hoort een buurman een knal` is on the day told before."""
    found = tag("Op 14 maart 2024 gaat het mis in de straat. Rond 22.00 uur hoort een buurman een knal.", "2024-05-21")
    assert found[-1].value == "2024-03-14T22:00"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rond 08.30 uur lost de file langzaam op.", ("2024-05-21T08:30", "day-assumed")),  # told now: today
        ("Rond 08.30 uur werd de file korter.", ("2024-03-14T08:30", "anaphor")),  # told as past: that day
    ],
)
def test_a_clock_time_told_now_after_a_day_of_an_earlier_month_is_the_publication_days(
    sentence: str, expected: tuple[str, str]
) -> None:
    found = tag("De langste file ooit stond er op 14 maart. " + sentence, "2024-05-21")
    assert (found[-1].value, found[-1].review) == expected


def test_a_count_back_said_again_counts_from_the_story_day_not_from_the_first() -> None:
    """Market prose: `een dag eerder` twice is the day before today both times, not two and then three days."""
    text = ("De koers van de bank herstelde vrijdag van het verlies van een dag eerder. Ook de verzekeraar had "
            "een dag eerder verloren.")
    assert [t.value for t in tag(text, "2023-11-17")] == ["2023-11-17", "2023-11-16", "2023-11-16"]


def test_the_same_day_after_a_look_back_is_the_story_day() -> None:
    """`De avond ervoor` looks back from the race day; `dezelfde dag` is the race day again."""
    text = "De wedstrijd begint op 12 juni. De avond ervoor traint de ploeg. Na de start volgt dezelfde dag " \
           "een tweede rit."
    assert [t.value for t in tag(text, "2023-05-10")] == ["2023-06-12", "2023-06-11TEV", "2023-06-12"]


@pytest.mark.parametrize(("follow_up", "expected"), [("Die avond", "2023-06-10TEV"), ("Die dag", "2023-06-10")])
def test_a_pointing_anaphor_after_a_look_back_points_at_the_day_looked_back_at(follow_up: str, expected: str) -> None:
    text = f"De rechtszaak begon op 12 juni. Twee dagen eerder was hij nog in Parijs. {follow_up} sprak hij een vriend."
    assert [t.value for t in tag(text, "2023-06-20")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 opende de fabriek. In het derde kwartaal van 2022 lag de omzet hoger dan een jaar eerder.", "2021"),
        ("In 2019 opende de fabriek. In de zomer van 2021 ging ze dicht. Een jaar later werd ze gesloopt.", "2022"),
    ],
)
def test_a_quarter_or_season_is_an_anchor_for_its_year(text: str, expected: str) -> None:
    assert tag(text, DCT)[-1].value == expected


def test_an_evening_counted_back_counts_from_the_last_day_not_the_last_evening() -> None:
    said = "Zondagavond sprak het bestuur. Woensdag valt het besluit, maar de avond ervoor praten de leden nog."
    assert [t.value for t in tag(said, "2024-04-02")] == ["2024-03-31TEV", "2024-04-03", "2024-04-02TEV"]
    said = "Vrijdagavond was het concert. De dag erna ging de zaal dicht; de avond daarvoor was het nog vol."
    assert [t.value for t in tag(said, "2024-04-02")][-1] == "2024-03-29TEV"  # before Saturday: the concert's
    # `die avond` points at the last evening named, not at the last day
    said = "Zaterdagavond brak er brand uit. Zondag kwam de verzekeraar. Die avond was het in de straat onrustig."
    assert [t.value for t in tag(said, "2024-04-02")][-1] == "2024-03-30TEV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter named is an anchor for a count in quarters, as a month is
        ("De omzet van de keten steeg in het tweede kwartaal fors vergeleken met een kwartaal eerder.", "2024-Q1"),
        ("In het eerste kwartaal van 2023 kromp de bouw. Twee kwartalen later groeide ze weer.", "2023-Q3"),
        ("In het vierde kwartaal daalde de export; een kwartaal eerder steeg ze nog.", "2023-Q3"),
        # a month named later than the quarter is counted from
        ("In het eerste kwartaal was het rustig. In mei steeg de vraag, meer dan een kwartaal eerder.", "2024-Q1"),
    ],
)
def test_a_quarter_counts_from_the_last_quarter_named(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2024-08-20")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date compared with is no anchor for a count that follows: it counts from the date the text is about
        ("In 2023 verkocht de boer meer melk dan in 2019. Een jaar eerder was de oogst mislukt.", "2022"),
        ("De omzet lag in mei hoger dan in januari. Een maand eerder was de winkel nog dicht.", "2024-04"),
        # a date named plainly still is one
        ("In 2019 verkocht de boer meer melk. Een jaar eerder was de oogst mislukt.", "2018"),
    ],
)
def test_a_date_compared_with_is_no_anchor(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2024-08-20")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same month right before a count of years is that month so many years off; an anaphoric count names it too
        ("De huren stegen in maart harder dan in dezelfde maand een jaar eerder.",
         ["2024-03", "2023-03", "2023-03"]),
        ("In juni lag de productie lager dan in dezelfde maand twee jaar eerder.", ["2024-06", "2022-06", "2022-06"]),
        # a count from the publication date names that month too, and so does one a word or a comma apart
        ("Brood was in april duurder dan in dezelfde maand vorig jaar.", ["2024-04", "2023-04", "2023-04"]),
        ("Brood was in april duurder dan in dezelfde maand van vorig jaar.", ["2024-04", "2023-04", "2023-04"]),
        ("Brood was in april duurder dan in dezelfde maand van een jaar eerder.", ["2024-04", "2023-04", "2023-04"]),
        ("Brood was in april duurder dan in dezelfde maand, een jaar eerder.", ["2024-04", "2023-04", "2023-04"]),
        ("Brood was in april duurder dan in diezelfde maand een jaar eerder.", ["2024-04", "2023-04", "2023-04"]),
        # counted ahead as well as back
        ("In maart 2023 stegen de huren harder dan in dezelfde maand een jaar later.",
         ["2023-03", "2024-03", "2024-03"]),
        # not when a full stop parts them, nor without a count of years
        ("In mei sloot de fabriek, en dezelfde maand. Een jaar eerder was ze open.", ["2024-05", "2024-05", "2023"]),
        ("In februari begon de bouw en dezelfde maand nog kwam de vergunning.", ["2024-02", "2024-02"]),
        # nor a count of months after it
        ("In juli was het warmer dan in dezelfde maand een maand later.", ["2024-07", "2024-07", "2024-08"]),
        # nor more than one van or comma between them
        ("In juni was het warmer dan in dezelfde maand, , vorig jaar.", ["2024-06", "2024-06", "2023"]),
        ("In juni was het warmer dan in dezelfde maand van van vorig jaar.", ["2024-06", "2024-06", "2023"]),
    ],
)
def test_the_same_month_before_a_count_of_years_is_that_month_then(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2024-08-20")] == expected


def test_the_same_month_a_year_off_compared_with_tells_no_year_of_the_story() -> None:
    text = ("In juni daalden de prijzen harder dan in dezelfde maand een jaar eerder. "
            "De inflatie zakte van 5 procent in juni naar 4 procent in juli.")
    assert [t.value for t in tag(text, "2024-08-20")] == ["2024-06", "2023-06", "2023-06", "2024-06", "2024-07"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pair counted from a month told in another year than the publication's: one month, both names
        ("In maart 2020 stegen de huren harder dan in dezelfde maand vorig jaar.", ["2020-03", "2019-03", "2019-03"]),
        ("In december stegen de huren harder dan in dezelfde maand vorig jaar.", ["2023-12", "2022-12", "2022-12"]),
        # `dit jaar` moves no year: the publication's year, the month alone
        ("In maart 2023 daalden de prijzen, dezelfde maand dit jaar stegen ze.", ["2023-03", "2023-03", "2024"]),
    ],
)
def test_the_same_month_and_its_count_of_years_agree(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2024-08-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brood was in april duurder dan in dezelfde maand vorig jaar.", ("anaphor", "2024-04")),
    ],
)
def test_a_count_of_years_takes_the_doubt_of_the_month_it_names(text: str, expected: tuple[str, str | None]) -> None:
    month, count = tag(text, "2024-08-20")[-2:]
    assert (month.review, month.anchor) == (count.review, count.anchor) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # no month told before: the count names no month, and keeps its own value and certainty
        ("Dezelfde maand vorig jaar was het veel droger.", ("2023", None)),
        ("Volgens de boeren was het in dezelfde maand vorig jaar natter.", ("2023", None)),
    ],
)
def test_the_same_month_with_no_month_told_lends_a_count_of_years_nothing(
    text: str, count: tuple[str, str | None]
) -> None:
    month, said = tag(text, "2024-08-20")[-2:]
    assert month.review == NO_ANCHOR
    assert (said.value, said.review) == count


@pytest.mark.parametrize(
    "text",
    [
        "De huren stegen in maart harder dan in dezelfde maand een jaar later.",
        "De huren stegen in maart harder dan in dezelfde maand twee jaar later.",
    ],
)
def test_the_same_month_a_year_ahead_yet_told_as_past_stands_alone(text: str) -> None:
    month, count = tag(text, "2024-08-20")[1:]
    assert (month.value, month.review) == ("2024-03", "anaphor")
    assert (count.value, count.review) == ("XXXX", NO_ANCHOR)


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        # a month counted in months, a week, a duration of years: no month so many years off
        ("In maart 2022 kondigde de minister het plan aan en in de maand erna een jaar later volgde de wet.", 1,
         "2022-04"),
        ("In week 10 was het druk, net als in dezelfde week een jaar eerder.", 1, "2024-W10"),
        ("De huren liggen in maart hoger dan in dezelfde maand twee jaar terug.", 1, "2024-03"),
        # nor a year of the same year
        ("In maart daalden de prijzen, in dezelfde maand van datzelfde jaar stegen de lonen.", 2, "2024"),
    ],
)
def test_no_month_a_year_off_without_the_same_month_and_a_count_of_years(text: str, at: int, expected: str) -> None:
    assert tag(text, "2024-08-20")[at].value == expected


def test_a_month_after_the_same_month_a_year_off_keeps_its_doubt_of_the_year() -> None:
    text = "In maart stegen de huren. In dezelfde maand een jaar eerder daalden ze. In april stegen ze weer."
    april = tag(text, "2024-08-20")[-1]
    assert (april.value, april.review, april.anchor) == ("2024-04", "year-other", "2023")


def test_the_same_month_compared_with_names_no_year_for_a_month_told_after_it() -> None:
    """The pair compared with (`duurder dan in dezelfde maand vorig jaar`) is no year the story is in: a month told
    after it is not flagged as of another year."""
    text = "Melk was in juni goedkoper dan in dezelfde maand vorig jaar. In juli steeg de prijs."
    july = tag(text, "2024-08-20")[-1]
    assert (july.value, july.review) == ("2024-07", "tense")


def test_a_count_of_years_after_a_comma_names_the_month_before_it_even_told_as_past() -> None:
    """The count names the month as it stood, so the two never disagree, even where the count alone would read as a
    date ahead told as past."""
    month, count = tag("De prijzen stijgen in mei fors, in dezelfde maand, een jaar later zakten ze.", "2024-08-20")[1:]
    assert month.anchor == "2024-05"
    assert (count.value, count.review, count.anchor) == (month.value, month.review, month.anchor)


def test_the_same_month_with_a_day_or_hour_of_its_own_is_no_month_a_year_off() -> None:
    """Only the month itself, named again: the fields of `dezelfde maand` with a day joined to them are a day."""
    language = load("nl")
    (month,) = find("dezelfde maand", language)
    (day,) = find("de 3e", language)
    assert _same_month(month.fields)
    assert not _same_month({**month.fields, **day.fields})
