"""Which year a month or day without one takes: a date that only starts a period running up to now (`sinds`), or that
is only compared with, is not the year the story is at. Sentences written for the test, where the rule must fire and
where it must not."""

from __future__ import annotations

import pytest

from generator.temporal import tag


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_a_month_after_a_record_since_a_year_is_the_story_year() -> None:
    text = "Het is de laagste werkloosheid sinds maart 2015. In februari lag die nog hoger. In maart daalde ze."
    assert values(text, "2024-04-10") == [("maart 2015", "2015-03"), ("februari", "2024-02"), ("maart", "2024-03")]


def test_a_month_after_sedert_and_a_year_is_the_story_year() -> None:
    text = "Sedert juni 2019 staat het pand leeg. In juni kwam er een koper."
    assert values(text, "2024-08-01")[1] == ("juni", "2024-06")


@pytest.mark.parametrize(
    ("text", "dct", "month"),
    [
        ("Sinds augustus 2022 stijgen de huren, op de maand april na.", "2023-08-15", "2023-04"),
        ("Sinds november 2022 stijgen de huren, op de maand december na.", "2023-08-15", "2022-12"),
        ("Sinds maart 2022 stijgen de huren, behalve in oktober.", "2023-10-10", "2023-10"),  # the publication's
        ("Sinds maart 2021 daalt het aantal ongelukken, op 2 januari na.", "2023-10-10", "2023-01-02"),  # a day
        ("Sinds maart 2021 daalt het aantal ongelukken, op 10 oktober na.", "2023-10-10", "2023-10-10"),
        ("Sinds 2021 daalt het aantal ongelukken, behalve in april.", "2023-10-10", "2023-04"),  # from a year
        # the latest January lies before the start: no part of the period, so the one nearest the start
        ("Sinds september 2023 stijgen de huren, behalve in januari.", "2023-10-10", "2024-01"),
    ],
)
def test_a_month_in_the_sentence_of_a_period_up_to_now_lies_within_it(text: str, dct: str, month: str) -> None:
    assert values(text, dct)[1][1] == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Sinds mei 2021 woont zij in Leiden, maar in december gaat zij naar Delft verhuizen.", "2023-12"),
        ("Sinds mei 2021 woont zij in Leiden, maar in december verhuisde zij even naar Delft.", "2022-12"),
        ("Sinds maart 2022 is de brug dicht, tot 3 december.", "2023-12-03"),  # a bound, ahead
    ],
)
def test_a_month_told_as_ahead_in_the_sentence_of_a_period_is_placed_by_the_tense(text: str, month: str) -> None:
    assert values(text, "2023-10-10")[1][1] == month


def test_a_day_told_in_the_present_does_not_take_the_year_of_a_period_start() -> None:
    text = "Sinds oktober 2022 stijgen de prijzen. Op 12 oktober maakt het bureau nieuwe cijfers bekend."
    assert values(text, "2023-09-28")[1] == ("12 oktober", "2023-10-12")


def test_a_count_after_a_period_start_counts_from_the_story_not_from_the_start() -> None:
    text = "De partij haalt de meeste zetels sinds juni 2010. Later op de dag spreekt de leider haar aanhang toe."
    assert values(text, "2024-05")[1] == ("Later op de dag", "2024-05")


@pytest.mark.parametrize(
    ("text", "dct", "later"),
    [
        ("De boot ligt sinds 14 maart in de haven. Twee dagen later kwam de douane aan boord.", "2024-04-20",
         ("Twee dagen later", "2024-03-16")),
        ("Sinds dinsdag is de tunnel dicht. Die ochtend raakte een vrachtwagen het plafond.", "2024-04-19",
         ("Die ochtend", "2024-04-16TMO")),
    ],
)
def test_a_day_after_sinds_is_where_the_story_starts_and_counts_go_on_from_it(
    text: str, dct: str, later: tuple[str, str]
) -> None:
    assert values(text, dct)[1] == later


def test_a_period_told_in_the_past_has_ended_and_the_story_goes_on_from_its_start() -> None:
    over = "Sinds juni 2018 woonde het gezin in Gent. In februari vertrok het naar Brussel."
    assert values(over, "2024-05-02")[1] == ("februari", "2019-02")
    going_on = "Sinds juni 2018 woont het gezin in Gent. In februari kreeg het een tweede kind."
    assert values(going_on, "2024-05-02")[1] == ("februari", "2024-02")


def test_a_count_after_a_date_that_starts_no_period_counts_from_it() -> None:
    text = "In juni 2010 won de partij de meeste zetels. Later op de dag sprak de leider haar aanhang toe."
    assert values(text, "2024-05")[1] == ("Later op de dag", "2010-06")


def test_a_month_after_a_date_that_starts_no_period_still_takes_its_year() -> None:
    text = "In maart 2015 sloot de fabriek. In april volgde de sloop. Daarna lag er in maart nog puin."
    assert values(text, "2024-04-10") == [("maart 2015", "2015-03"), ("april", "2015-04"), ("maart", "2015-03")]


def test_a_month_after_a_date_compared_with_in_its_sentence_takes_the_tense() -> None:
    text = "In augustus verkocht de winkel 6 procent meer dan een jaar eerder, tegen 1 procent in juli."
    assert values(text, "2024-09-10")[::2] == [("augustus", "2024-08"), ("juli", "2024-07")]


@pytest.mark.parametrize(
    ("text", "review"),
    [
        ("Er kwamen meer toeristen dan in 2017. In juli was het strand vol.", "tense"),
        ("Sinds 2017 komen er meer toeristen. In juli was het strand vol.", "tense"),
        ("In 2017 kwamen er veel toeristen. In juli was het strand vol.", "year-other"),
    ],
)
def test_a_year_compared_with_or_starting_a_period_is_not_the_year_the_text_named(text: str, review: str) -> None:
    assert [(t.value, t.review) for t in tag(text, "2023-10-10")][-1] == ("2023-07", review)


def test_a_month_after_a_date_not_compared_with_in_its_sentence_is_nearest_that_date() -> None:
    text = "Vorig jaar begon de actie eind november en in januari was ze voorbij."
    assert [value for _, value in values(text, "2024-06-10")] == ["2023", "2023-11", "2024-01"]


@pytest.mark.parametrize(
    "text",
    [
        "De verbouwing duurt tot 30 december, daarna is het café weer open.",
        "De omleiding loopt nog t/m 30 december.",
        "De expositie is tot en met 30 december te zien.",
    ],
)
def test_a_bound_a_state_lasts_until_told_in_the_present_is_still_ahead(text: str) -> None:
    assert ("30 december", "2024-12-30") in values(text, "2024-05-20")


def test_a_bound_told_in_the_past_stays_behind() -> None:
    assert ("30 december", "2023-12-30") in values("De verbouwing duurde tot 30 december.", "2024-05-20")


def test_a_date_told_in_the_present_without_a_bound_stays_nearest() -> None:
    assert ("30 december", "2023-12-30") in values("De opening op 30 december is een succes.", "2024-05-20")


@pytest.mark.parametrize(
    ("text", "dct", "bound"),
    [
        ("De wegafsluiting duurt tot 9 april, meldt de provincie.", "2024-04-20", ("9 april", "2024-04-09")),
        ("De korting loopt tot maart.", "2024-04-02", ("maart", "2024-03")),
        ("De korting geldt t/m 28 maart.", "2024-04", ("28 maart", "2024-03-28")),  # a month-only publication date
        ("De wegafsluiting duurt tot 9 januari, meldt de provincie.", "2024-04-20", ("9 januari", "2025-01-09")),
    ],
)
def test_a_bound_passed_less_than_a_month_ago_is_the_one_just_over(text: str, dct: str, bound: tuple[str, str]) -> None:
    assert values(text, dct) == [bound]


def test_a_date_after_met_that_is_no_bound_stays_nearest() -> None:
    assert values("De tijdlijn in het rapport eindigt met 6 januari.", "2024-06-14") == [("6 januari", "2024-01-06")]


@pytest.mark.parametrize(
    ("text", "dct", "month"),
    [
        # a day after sinds anchors counts, not the year of a month of its period or the next sentence
        ("Sinds 1 september 2016 daalt de inflatie, behalve in augustus.", "2023-10-10", ("augustus", "2023-08")),
        ("Het is de laagste stand sinds 1 september 2016. In augustus was die hoger.", "2023-10-10",
         ("augustus", "2023-08")),
        ("Sinds 12 januari 2021 is hij burgemeester. In mei werd hij herkozen.", "2023-10-10", ("mei", "2023-05")),
        # a period told in the past: the nearest month not before its start
        ("Sinds november 2022 gold een nieuwe regel, maar in juni werd die afgeschaft.", "2023-10-10",
         ("juni", "2023-06")),
        ("Hij woonde sinds september 2022 in Delft, tot hij in juni vertrok.", "2023-10-10", ("juni", "2023-06")),
        # the same without sinds: the nearest month, before it too
        ("Hij verhuisde in september 2022 naar Delft, nadat hij in juni zijn baan verloor.", "2023-10-10",
         ("juni", "2022-06")),
    ],
)
def test_a_month_after_a_sinds_date_never_lies_before_its_start(text: str, dct: str, month: tuple[str, str]) -> None:
    assert values(text, dct)[1] == month


@pytest.mark.parametrize(
    ("text", "dct", "month"),
    [
        ("Sinds maart daalt de inflatie, maar in november stijgt ze.", "2023-10-10", "2023-11"),  # the coming one
        # ... only where its clause is not told in the past: a past one is the one before
        ("Sinds april daalt de werkloosheid, maar in december steeg ze nog.", "2023-11-20", "2022-12"),
        ("Sinds april daalt de werkloosheid, maar in december was ze hoger.", "2023-11-20", "2022-12"),
        # before the start, the one before it nearer the publication date than the coming one
        ("Het aantal stijgt sinds half januari weer, maar niet tot de stand rond de jaarwisseling.", "2023-02-10",
         "2022-12-31TNI"),
        ("Het aantal stijgt sinds half januari weer, al komt het niet in de buurt van de jaarwisseling.", "2023-02",
         "2022-12-31TNI"),
        ("Sinds oktober 2022 daalt de inflatie, behalve in oktober.", "2022-11-10", "2022-10"),  # the start's month
        ("Sinds 2022 stijgen de huren, behalve in januari.", "2022-11-10", "2022-01"),  # a year's first month
    ],
)
def test_a_month_before_the_start_is_the_nearer_of_the_one_before_and_the_coming_one(
    text: str, dct: str, month: str
) -> None:
    assert values(text, dct)[1][1] == month


def test_a_week_after_sinds_is_where_the_story_starts_as_a_day_is() -> None:
    text = "Sinds week 36 ligt de brug open. Een week later kwam de monteur."
    assert values(text, "2023-10-10")[1] == ("Een week later", "2023-W37")


@pytest.mark.parametrize(
    ("text", "dct", "week"),
    [
        ("Vorig jaar in week 53 was de ijsbaan open.", "2021-03-02", ("week 53", "2020-W53")),  # 2021 has no week 53
        ("Vorig jaar ging de ijsbaan in week 4 dicht.", "2021-03-02", ("week 4", "2020-W04")),
        ("In 2018 ging de ijsbaan in week 4 dicht.", "2021-03-02", ("week 4", "2018-W04")),
        ("Volgend jaar gaat de sluis in week 40 dicht.", "2021-03-02", ("week 40", "2022-W40")),
        ("In week 40 gaat volgend jaar de sluis dicht.", "2021-03-02", ("week 40", "2022-W40")),  # said after it
        ("In week 7 van vorig jaar lag er ijs.", "2021-03-02", ("week 7 van vorig jaar", "2020-W07")),
        ("Week 9 van volgend jaar is de sluis dicht.", "2021-03-02", ("Week 9 van volgend jaar", "2022-W09")),
        # a date written with its year: that date's ISO year (the last days of December may lie in week 1)
        ("Op 8 maart 2019, in week 10, ging de ijsbaan dicht.", "2021-03-02", ("week 10", "2019-W10")),
        ("Op 30 december 2019, in week 1, ging de ijsbaan dicht.", "2021-03-02", ("week 1", "2020-W01")),
        # not: a year in another sentence, a year compared with, a date whose year is not written
        ("Vorig jaar was de ijsbaan vol. In week 4 gaat hij dicht.", "2021-03-02", ("week 4", "2021-W04")),
        ("Op 8 maart, in week 10, gaat de ijsbaan dicht.", "2021-03-02", ("week 10", "2021-W10")),
        ("Het ijs lag dikker dan vorig jaar in week 4.", "2021-03-02", ("week 4", "2021-W04")),
        ("Vorig jaar in week 53 was de ijsbaan open.", "2022-03-02", ("week 53", "XXXX-W53")),  # 2021 has none
    ],
)
def test_a_week_number_takes_the_year_said_beside_it(text: str, dct: str, week: tuple[str, str]) -> None:
    assert week in values(text, dct)


def test_last_year_s_week_told_in_the_year_1_lies_past_the_calendar() -> None:
    with pytest.raises(OverflowError):
        tag("In week 7 van vorig jaar lag er ijs.", "0001-03-02")


def test_next_year_s_week_told_in_the_year_9999_lies_past_the_calendar() -> None:
    with pytest.raises(OverflowError):
        tag("In week 7 van volgend jaar gaat de sluis dicht.", "9999-03-02")


def test_a_participle_after_is_still_makes_a_perfect() -> None:
    assert values("De drukste dag van het seizoen is al geweest op 14 augustus.", "2023-07-10")[-1][1] == "2022-08-14"


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        # the week it lies in names its year, whatever month was told before
        ("De finale was op 2 april 2023. Volgende week dinsdag 2 april is de loting.", "Volgende week dinsdag 2 april",
         "2024-04-02"),
        ("In april vorig jaar begon de bouw. Vorige week maandag 25 maart ging de schop in de grond.",
         "Vorige week maandag 25 maart", "2024-03-25"),
        ("In april vorig jaar begon de bouw. Deze week woensdag 3 april opent het café.", "Deze week woensdag 3 april",
         "2024-04-03"),
    ],
)
def test_a_day_said_with_its_week_takes_no_year_from_a_month_told_before(text: str, said: str, value: str) -> None:
    assert (said, value) in values(text, "2024-03-29")


def test_a_schedule_day_in_the_present_still_takes_the_month_told_before() -> None:
    text = "Het festival komt in december 2024 naar Gent. Het opent op 12 december."
    assert ("12 december", "2024-12-12") in values(text, "2023-11-20")


def test_a_month_named_alone_again_is_the_story_month_not_the_one_a_year_set_apart() -> None:
    text = ("De werkloosheid daalde in maart verder. In maart 2023 lag die nog hoger. Het kabinet is tevreden. "
            "Ook de lonen stegen in maart.")
    assert values(text, "2024-04-10") == [("maart", "2024-03"), ("maart 2023", "2023-03"), ("maart", "2024-03")]


def test_a_month_set_apart_two_years_off_right_before_the_story_month_again() -> None:
    text = "In januari gaat de btw omhoog. Het kabinet verlaagde die in januari 2023 nog. In januari volgt ook de huur."
    assert [v for _, v in values(text, "2024-11-20")] == ["2025-01", "2023-01", "2025-01"]


def test_a_month_written_with_its_year_first_still_lends_it_to_the_month_named_again() -> None:
    text = "In oktober 2025 opent het museum. In oktober komt ook de koning langs."
    assert values(text, "2024-05-01") == [("oktober 2025", "2025-10"), ("oktober", "2025-10")]


def test_a_schedule_line_goes_on_from_the_day_of_the_line_before() -> None:
    """Lines with no verb, each headed by a day: the next goes on from the last, across the turn of the year."""
    text = ("Het programma:\n\n5 november 20.00 uur: Ajax - PSV\n\n14 december 14.30 uur: PSV - AZ\n\n"
            "18 januari 16.45 uur: AZ - Ajax\n")
    assert [v for _, v in values(text, "2024-06-12")] == ["2024-11-05T20:00", "2024-12-14T14:30", "2025-01-18T16:45"]


def test_a_line_with_a_verb_after_a_schedule_line_is_read_by_its_own_tense() -> None:
    text = "5 november 20.00 uur: Ajax - PSV\n\nOp 14 december speelde PSV nog gelijk.\n"
    assert values(text, "2024-06-12")[1] == ("14 december", "2023-12-14")


@pytest.mark.parametrize(
    ("text", "dct", "said", "value"),
    [
        # a weekday or a relative day in apposition says the year, whatever month was told before in the past
        ("In maart vorig jaar stonden de boeren al op het Malieveld. Op maandag 18 maart komen ze terug.", "2024-03-12",
         "maandag 18 maart", "2024-03-18"),
        ("In maart vorig jaar stonden de boeren al op het Malieveld. Morgen, woensdag 13 maart, praat de Kamer erover.",
         "2024-03-12", "Morgen, woensdag 13 maart", "2024-03-13"),
        # a story decades back goes on in the year it wrote: no story's month a year off to set apart
        ("Het bedrijf viert in mei zijn eeuwfeest. Jan Jansen richtte het op in mei 1924. Hij was toen twintig. "
         "Al in mei verkocht hij de eerste fiets.", "2024-03-15", "mei", "1924-05"),
        # a label's record over the next line is no schedule run: the next line is read by its own tense
        ("Laatste titel: 12 mei 2019\nVolgende wedstrijd: 22 september tegen PSV", "2024-09-20", "22 september",
         "2024-09-22"),
        ("Opening seizoen: 6 april 2023\nSluiting: 29 oktober", "2024-02-10", "29 oktober", "2023-10-29"),
        # `voor` right after the day or a verb gives the day its year; after an article and a noun it is what for
        ("Het kabinet schrapt Bevrijdingsdag voor volgend jaar als vrije dag.", "2024-03-01", "Bevrijdingsdag",
         "2025-05-05"),
        ("Oudejaarsavond is voor volgend jaar al volgeboekt.", "2024-12-20", "Oudejaarsavond", "2025-12-31TEV"),
    ],
)
def test_the_year_rules_keep_to_their_own_forms(text: str, dct: str, said: str, value: str) -> None:
    assert (said, value) in values(text, dct)
