"""Patterns of Dutch news prose the tagger misread on real articles, each on sentences written for the test:
where the rule must fire and where it must not."""

from __future__ import annotations

import re

import pytest

from generator.temporal import tag

DCT = "2023-02-10"


def values(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# --- a date and its distance from now, side by side ---------------------------------------------------------------


def test_a_date_then_a_comma_and_its_distance_from_now_are_two_expressions() -> None:
    found = values("Het aantal besmettingen is het hoogst sinds 20 januari, ruim drie weken geleden.")
    assert ("20 januari", "DATE", "2023-01-20") in found
    assert ("drie weken geleden", "DATE", "2023-W03") in found


def test_a_weekday_and_an_offset_without_a_comma_still_shift() -> None:
    assert values("Zaterdag een week geleden brak er brand uit.") == [
        ("Zaterdag een week geleden", "DATE", "2023-01-28")
    ]


# --- hours between two numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op 3 maart is er een spreekuur. Tussen 19 en 21 uur kan iedereen binnenlopen.",
         [("19", "2023-03-03T19:00"), ("21 uur", "2023-03-03T21:00")]),
        ("Tussen 9 en 11 uur zijn de loketten open.", [("9", "2023-02-10T09:00"), ("11 uur", "2023-02-10T11:00")]),
    ],
)
def test_a_bare_number_after_tussen_and_n_uur_are_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT) if t.type == "TIME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De verdachten kregen tussen 3 en 5 jaar cel.", [("3", "P3Y"), ("5 jaar", "P5Y")]),
        ("Het herstel duurt 2 tot 3 dagen.", [("2", "P2D"), ("3 dagen", "P3D")]),
    ],
)
def test_lengths_in_other_units_stay_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


# --- an ordinal day beside `en laatste` -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["De renners begonnen zondag aan de 21e en laatste etappe.", "Het werd de 3e en beslissende wedstrijd."],
)
def test_an_ordinal_paired_with_laatste_counts_a_noun_not_a_day(text: str) -> None:
    assert not [f for f in values(text) if f[0].startswith("de ")]


def test_a_bare_ordinal_day_is_still_a_day() -> None:
    assert ("de 21e", "DATE", "2023-02-21") in values("De betaling volgt op de 21e.")


# --- a clock time during a named night -----------------------------------------------------------------------------


def test_a_clock_time_during_a_named_night_is_in_its_small_hours() -> None:
    assert values("Rond half vijf tijdens oudjaarsnacht kwam de politie langs.", "2023-01-20") == [
        ("half vijf", "TIME", "2023-01-01T04:30"),
        ("oudjaarsnacht", "DATE", "2022-12-31TNI"),
    ]


def test_a_clock_time_during_a_day_takes_that_day() -> None:
    assert values("Om 14.00 uur tijdens Koningsdag was het het drukst.", "2023-05-01") == [
        ("14.00 uur", "TIME", "2023-04-27T14:00"),
        ("Koningsdag", "DATE", "2023-04-27"),
    ]


def test_twaalf_uur_told_of_an_evening_is_its_midnight() -> None:
    found = values("Zaterdagavond was er een feest in de schuur. Hij lag om twaalf uur in bed.")
    assert found[-1] == ("twaalf uur", "TIME", "2023-02-05T00:00")


def test_twaalf_uur_told_of_a_day_is_noon() -> None:
    found = values("Zaterdag was er een markt op het plein. Om twaalf uur opende de burgemeester de kraam.")
    assert found[-1] == ("twaalf uur", "TIME", "2023-02-04T12:00")


# --- a yearless date in a clause that says what usually happens ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doorgaans lag er rond 15 juni een akkoord.", ("15 juni", "SET", "XXXX-06-15")),
        ("Het buurtfeest is normaal altijd op Bevrijdingsdag.", ("Bevrijdingsdag", "SET", "XXXX-05-05")),
    ],
)
def test_a_yearless_date_in_a_habit_is_every_years(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Normaal gesproken is de uitslag op 15 juni bekend.", ("15 juni", "DATE", "2023-06-15")),
        ("Op Bevrijdingsdag was het druk in de stad.", ("Bevrijdingsdag", "DATE", "2022-05-05")),
        ("Op Valentijnsdag gaan traditioneel veel rozen over de toonbank.", ("Valentijnsdag", "DATE", "2023-02-14")),
    ],
)
def test_a_date_said_once_stays_a_date(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, "2023-02-14")


# --- a month told as past after a later month ----------------------------------------------------------------------


def test_a_past_month_after_a_later_one_goes_back_rather_than_past_the_publication_date() -> None:
    found = values("De man werd op 18 juli aangehouden. In april was zijn rijbewijs al ingetrokken.", "2016-12-30")
    assert ("april", "DATE", "2016-04") in found


def test_a_past_month_after_an_earlier_one_still_moves_the_story_on() -> None:
    found = values("De griep begon eind november. In januari was de piek er.", "2017-03")
    assert ("januari", "DATE", "2017-01") in found


# --- zijn after an auxiliary -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maandag heeft zijn advocaat beroep aangetekend.", ("Maandag", "2016-12-12")),
        ("Op vrijdag is zijn auto gestolen.", ("vrijdag", "2016-12-09")),
    ],
)
def test_zijn_after_a_perfect_auxiliary_is_the_possessive_and_the_perfect_a_past(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(t.text, t.value) for t in tag(text, "2016-12-14")] == [expected]


def test_zijn_after_a_modal_leaves_the_future() -> None:
    assert [(t.text, t.value) for t in tag("Vrijdag zal zijn advocaat beroep aantekenen.", "2016-12-14")] == [
        ("Vrijdag", "2016-12-16")
    ]


# --- midnight as the end of a day ----------------------------------------------------------------------------------


def test_what_follows_a_midnight_told_as_an_end_is_still_that_day() -> None:
    found = values("Code geel blijft van kracht tot middernacht. In de avond trekken de buien weg.", "2019-06-19")
    assert found == [("middernacht", "TIME", "2019-06-20T00:00"), ("de avond", "DATE", "2019-06-19TEV")]


def test_a_time_before_dawn_after_such_a_midnight_is_the_next_day() -> None:
    found = values("Code geel blijft van kracht tot middernacht. Om 3 uur is het weer rustig.", "2019-06-19")
    assert found[-1] == ("3 uur", "TIME", "2019-06-20T03:00")


def test_what_follows_a_midnight_that_starts_a_happening_is_the_next_day() -> None:
    found = values("Zaterdagavond was er een feest. Kort na middernacht kwam de politie. In de ochtend was het stil.")
    assert found[1:] == [("middernacht", "TIME", "2023-02-05T00:00"), ("de ochtend", "DATE", "2023-02-05TMO")]


def test_a_midnight_told_as_gone_is_the_one_that_opened_the_publication_day() -> None:
    assert values("Kort na middernacht brak er brand uit in een schuur.", "2019-06-20") == [
        ("middernacht", "TIME", "2019-06-20T00:00")
    ]


def test_a_midnight_told_ahead_is_the_coming_one() -> None:
    found = values("Rond middernacht begint het vuurwerk.", "2019-06-20")
    assert found == [("middernacht", "TIME", "2019-06-21T00:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de nacht reed een auto tegen een boom.", ("de nacht", "DATE", "2019-06-19TNI")),
        ("Een wandelaar zag in het midden van de nacht een vreemd licht.", ("de nacht", "DATE", "2019-06-19TNI")),
        ("Aan het eind van de nacht was de weg vrij.", ("het eind van de nacht", "DATE", "2019-06-19TNI")),
    ],
)
def test_a_night_with_no_day_told_as_gone_is_the_one_that_ended_on_the_publication_day(
    text: str, expected: tuple[str, str, str]
) -> None:
    """The publication day's own night has not begun when its news is written."""
    assert values(text, "2019-06-20") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de nacht trekt de regen weg.", ("de nacht", "DATE", "2019-06-20TNI")),  # told ahead
        ("In de nacht zal het gaan vriezen.", ("de nacht", "DATE", "2019-06-20TNI")),
        ("Donderdagnacht werd een auto gestolen.", ("Donderdagnacht", "DATE", "2019-06-20TNI")),  # its day named
    ],
)
def test_a_night_told_ahead_or_with_its_day_stays_the_publication_days(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert values(text, "2019-06-20") == [expected]


def test_a_night_after_that_days_evening_named_is_that_days_night() -> None:
    """A report from that very night: the evening named on the publication day keeps the night after it."""
    found = values("Donderdagavond om 22.00 uur brak brand uit. In de nacht werd het vuur geblust.", "2019-06-20")
    assert found[-1] == ("de nacht", "DATE", "2019-06-20TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Vanavond om 21.00 uur is er een vergadering. In de nacht werd bij de bakker ingebroken.",
        "In de nacht werd bij de bakker ingebroken. Vanavond om 21.00 uur is er een vergadering.",
        "Woensdagavond om 22.00 uur stond de bus al klaar. In de nacht werd bij de bakker ingebroken.",
    ],
)
def test_only_a_late_hour_of_that_day_told_as_gone_keeps_the_night(text: str) -> None:
    """An evening still to come, or one of another day, says nothing of the night past: in either order."""
    assert ("de nacht", "DATE", "2019-06-19TNI") in values(text, "2019-06-20")


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Om 23.00 uur sloeg de vlam in de pan. In de nacht werd het vuur geblust.", "23.00 uur"),
        ("Rond 20.15 uur werd een brand gemeld. In de nacht werd het vuur geblust.", "20.15 uur"),
    ],
)
def test_a_late_hour_put_on_the_day_for_want_of_one_goes_back_with_the_night(text: str, hour: str) -> None:
    """Put on the publication day only for want of a day named, it is the evening of the night told as gone."""
    found = {said: value for said, _, value in values(text, "2019-06-20")}
    assert (found[hour][:10], found["de nacht"]) == ("2019-06-19", "2019-06-19TNI")


# --- a live blog's entry times --------------------------------------------------------------------------------------


BLOG = (
    "ZATERDAG 4 FEBRUARI\n\n14.42 uur: De bergetappe is begonnen.\n\nZondag wordt bekend wie de prijs krijgt.\n\n"
    "12.40 uur: De kopgroep heeft drie minuten voorsprong."
)


def test_an_entry_time_takes_the_day_of_the_stamps_above_not_of_the_prose() -> None:
    assert [(t.text, t.value) for t in tag(BLOG, "2023-02-04") if t.type == "TIME"] == [
        ("14.42 uur", "2023-02-04T14:42"),
        ("12.40 uur", "2023-02-04T12:40"),
    ]


def stamps(text: str, dct: str = "2022-03") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct) if t.type == "TIME"]


def blog(*lines: str) -> str:
    """A live blog's page: a day line or a stamped entry each on its own paragraph."""
    return "\n\n".join(lines)


def days(text: str, dct: str) -> list[str]:
    """The day (or month) each stamp of a blog is put on, in order."""
    return [value.split("T")[0] for _, value in stamps(text, dct)]


@pytest.mark.parametrize("dct", ["2022-03", "2022-03-17"])
def test_a_blog_written_newest_first_into_the_night_puts_its_night_entries_on_the_next_day(dct: str) -> None:
    night = (
        "DONDERDAG 17 MAART\n\n00.10 uur: De laatste uitslag is binnen.\n\n00.01 uur: Nog twee bureaus.\n\n"
        "23.40 uur: De opkomst ligt hoger.\n\n21.05 uur: De stembussen zijn dicht."
    )
    assert stamps(night, dct) == [
        ("00.10 uur", "2022-03-18T00:10"),
        ("00.01 uur", "2022-03-18T00:01"),
        ("23.40 uur", "2022-03-17T23:40"),
        ("21.05 uur", "2022-03-17T21:05"),
    ]


@pytest.mark.parametrize("dct", ["2022-03", "2022-03-17"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # an entry's next paragraph opening with a day, or a midnight told in prose, is no stamp of its own
        (("DONDERDAG 17 MAART", "00.10 uur: Alle bureaus zijn geteld.", "Vrijdag maakt de raad de uitslag bekend.",
          "23.40 uur: Het wordt spannend."), ["2022-03-18", "2022-03-17"]),
        (("DONDERDAG 17 MAART", "00.10 uur: Alle bureaus zijn geteld.", "Vanavond volgt de officiële uitslag.",
          "23.40 uur: Het wordt spannend."), ["2022-03-18", "2022-03-17"]),
        (("DONDERDAG 17 MAART", "00.20 uur: Alle bureaus zijn geteld.", "Middernacht is voorbij.",
          "23.50 uur: Het wordt spannend."), ["2022-03-18", "2022-03-18", "2022-03-17"]),
        # a stamp at 22.00 is the night's; the bylines' form without a space too
        (("DONDERDAG 17 MAART", "01.15 uur: Geteld.", "22.00 uur: Tellen."), ["2022-03-18", "2022-03-17"]),
        (("Donderdag 17 maart\n00.10 uur: Geteld.\n05.50 uur: Eerder.",), ["2022-03-17", "2022-03-17"]),
        (("Donderdag 17 maart\n05.50 uur: Geteld.\n23.40 uur: Hoger.\n21.00 uur: Dicht.",),
         ["2022-03-18", "2022-03-17", "2022-03-17"]),
        # a run of two or more that falls: any evening below it, from 18.00
        (("DONDERDAG 17 MAART", "01.15 uur: Geteld.", "00.20 uur: Bijna.", "20.30 uur: Dicht."),
         ["2022-03-18", "2022-03-18", "2022-03-17"]),
        # two entries stamped the same minute stay one run
        (("DONDERDAG 17 MAART", "00.20 uur: Bijna.", "00.20 uur: Ook.", "23.30 uur: Dicht."),
         ["2022-03-18", "2022-03-18", "2022-03-17"]),
        # each midnight the blog crosses going down is read alike: a night below an evening came first that day
        (("WOENSDAG 16 MAART", "02.00 uur: Tweede nacht.", "23.50 uur: Laat.", "21.00 uur: Avond.", "03.00 uur: Klaar.",
          "01.10 uur: Nacht.", "23.30 uur: Uitslag.", "21.00 uur: Dicht."),
         ["2022-03-17", "2022-03-16", "2022-03-16", "2022-03-16", "2022-03-16", "2022-03-15", "2022-03-15"]),
        # once the blog runs newest first, any hour after dawn below a night is the day before; a midnight right
        # under the day line is the one that ends its day
        (("DONDERDAG 17 MAART", "00.10 uur: Binnen.", "23.40 uur: Hoger.", "02.00 uur: Nacht.", "14.00 uur: Middag."),
         ["2022-03-18", "2022-03-17", "2022-03-17", "2022-03-16"]),
        (("DONDERDAG 17 MAART", "Middernacht is voorbij.", "00.10 uur: Binnen.", "23.40 uur: Hoger."),
         ["2022-03-18", "2022-03-18", "2022-03-17"]),
        # each day line decides for its own stamps
        (("DONDERDAG 17 MAART", "00.10 uur: Binnen.", "23.40 uur: Hoger.", "WOENSDAG 16 MAART", "23.00 uur: Avond."),
         ["2022-03-18", "2022-03-17", "2022-03-16"]),
    ],
)
def test_a_blog_runs_newest_first_by_its_falling_night_stamps_and_an_evening_near_midnight(
    lines: tuple[str, ...], expected: list[str], dct: str
) -> None:
    assert days(blog(*lines), dct) == expected


@pytest.mark.parametrize("dct", ["2022-03", "2022-03-19"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # oldest first: the night follows the evening above it
        (("ZATERDAG 19 MAART", "21.05 uur: Dicht.", "00.01 uur: Nog twee bureaus."), ["2022-03-19", "2022-03-20"]),
        (("ZATERDAG 19 MAART", "21.00 uur: Dicht.", "23.40 uur: Hoger.", "00.10 uur: Binnen.",
          "Zondag volgt de officiële uitslag.", "20.00 uur: Officieel."),
         ["2022-03-19", "2022-03-19", "2022-03-20", "2022-03-20"]),
        # a night told oldest first, then the evening: all that day
        (("ZATERDAG 19 MAART", "01.00 uur: De storm raast.", "03.00 uur: Bomen om.", "23.30 uur: Voorbij."),
         ["2022-03-19", "2022-03-19", "2022-03-19"]),
        # a day's blog opening early, either way, or a night with an afternoon or an early evening below it
        (("ZATERDAG 19 MAART", "05.30 uur: De dijk breekt door.", "07.10 uur: Het water stijgt."),
         ["2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "12.00 uur: De brug is dicht.", "05.30 uur: De dijk breekt door."),
         ["2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "00.10 uur: Binnen.", "14.00 uur: Middag."), ["2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "0.10 uur: Binnen.", "21.30 uur: Avond."), ["2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "06.10 uur: Ochtend.", "23.40 uur: Avond."), ["2022-03-19", "2022-03-19"]),
        # a run with only an afternoon below it, or an evening opening the blog: oldest first
        (("ZATERDAG 19 MAART", "01.15 uur: Geteld.", "00.20 uur: Bijna.", "17.30 uur: Middag."),
         ["2022-03-19", "2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "22.00 uur: Dicht.", "00.10 uur: Binnen."), ["2022-03-19", "2022-03-20"]),
        # a midnight is no stamp, nor a spoken time opening prose, nor a clock time inside an entry's prose
        (("ZATERDAG 19 MAART", "00.10 uur: Binnen.", "Elf uur 's avonds begon het tellen."),
         ["2022-03-19", "2022-03-19"]),
        (("ZATERDAG 19 MAART", "00.30 uur: Binnen.", "Middernacht is voorbij."), ["2022-03-19", "2022-03-20"]),
        (("ZATERDAG 19 MAART", "00.10 uur: Binnen. Om 23.40 uur sloten de bussen.", "14.00 uur: Middag."),
         ["2022-03-19", "2022-03-19", "2022-03-19"]),
        # a day line below ends the run before any evening
        (("ZATERDAG 19 MAART", "01.30 uur: Geen uitslag.", "00.40 uur: Geteld.", "VRIJDAG 18 MAART",
          "23.50 uur: Bijna.", "22.00 uur: Tellen."), ["2022-03-19", "2022-03-19", "2022-03-18", "2022-03-18"]),
        # so does a stamp naming its own day
        (("ZATERDAG 19 MAART", "00.40 uur: Geteld.", "18 maart 23.50 uur: Bijna.", "23.10 uur: Tellen."),
         ["2022-03-19", "2022-03-18", "2022-03-18"]),
    ],
)
def test_a_blog_s_night_entries_stay_where_no_newest_first_evening_follows(
    lines: tuple[str, ...], expected: list[str], dct: str
) -> None:
    assert days(blog(*lines), dct) == expected


@pytest.mark.parametrize(
    ("lines", "dct"),
    [
        (("VRIJDAG 31 DECEMBER", "00.10 uur: Binnen.", "23.40 uur: Hoger."), "9999-12-31"),
        (("VRIJDAG 31 DECEMBER", "23.10 uur: Hoger.", "00.40 uur: Binnen."), "9999-12-31"),
        (("MAANDAG 1 JANUARI", "00.10 uur: Binnen.", "23.40 uur: Hoger.", "00.05 uur: Nacht.", "23.00 uur: Avond."),
         "0001-01-01"),
    ],
)
def test_a_blog_whose_night_runs_past_the_calendar_s_ends_is_an_error(lines: tuple[str, ...], dct: str) -> None:
    # its night has no day; kept on the last one, it pulled the evening below it back to 30 December
    with pytest.raises(OverflowError):
        tag(blog(*lines), dct)


@pytest.mark.parametrize(
    ("lines", "dct", "expected"),
    [
        (("VRIJDAG 31 DECEMBER", "23.40 uur: Hoger.", "21.05 uur: Dicht."), "9999-12-31", ["9999-12-31"] * 2),
        (("VRIJDAG 31 DECEMBER", "21.05 uur: Dicht.", "23.40 uur: Hoger."), "9999-12-31", ["9999-12-31"] * 2),
        (("MAANDAG 1 JANUARI", "00.10 uur: Binnen.", "23.40 uur: Hoger."), "0001-01-01", ["0001-01-02", "0001-01-01"]),
    ],
)
def test_a_blog_within_the_calendar_s_ends_keeps_its_days(
    lines: tuple[str, ...], dct: str, expected: list[str]
) -> None:
    assert days(blog(*lines), dct) == expected


def test_a_clock_time_inside_a_sentence_still_takes_the_day_told() -> None:
    text = "ZATERDAG 4 FEBRUARI\n\nZondag begint de laatste etappe. Om 12.40 uur gaan ze van start."
    found = values(text, "2023-02-04")
    assert found[-1] == ("12.40 uur", "TIME", "2023-02-05T12:40")


# --- quarters and fractions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ieder kwartaal meldt het bureau de cijfers.", ("Ieder kwartaal", "SET", "P3M")),
        ("De krimp hield twee kwartalen aan.", ("twee kwartalen", "DURATION", "P6M")),
        ("Het herstel duurde anderhalve week.", ("anderhalve week", "DURATION", "P1.5W")),
        ("Het herstel duurde anderhalf uur.", ("anderhalf uur", "DURATION", "PT90M")),
        ("Het herstel duurde anderhalf jaar.", ("anderhalf jaar", "DURATION", "P18M")),
    ],
)
def test_quarters_count_three_months_and_fractions_stay_readable(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


# --- a weekday in a condition said to anyone -----------------------------------------------------------------------


def test_a_bare_weekday_in_a_condition_to_the_reader_is_that_day() -> None:
    found = values("Neem een paraplu mee als je zondagmiddag de deur uit moet.", "2017-11-18")
    assert found == [("zondagmiddag", "DATE", "2017-11-19TAF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als je op zondag boodschappen doet, is het druk.", ("zondag", "SET", "XXXX-WXX-7")),
        ("Als je 's nachts slaapt, hoor je de storm niet.", ("'s nachts", "SET", "XXXX-XX-XXTNI")),
        ("Normaal gaan we zondagmiddag wandelen.", ("zondagmiddag", "SET", "XXXX-WXX-7TAF")),
    ],
)
def test_a_weekday_after_op_or_a_habit_word_in_a_condition_stays_a_habit(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert values(text, "2017-11-18") == [expected]


# --- a weekday listed after a dated weekday ------------------------------------------------------------------------


@pytest.mark.parametrize("dct", ["2021-02", "2021-02-20"])
def test_a_weekday_after_a_dated_weekday_in_its_sentence_goes_on_from_that_date(dct: str) -> None:
    found = values("Op zaterdag 13 maart is er een dancefeest en op zondagmiddag een popconcert.", dct)
    assert found == [("zaterdag 13 maart", "DATE", "2021-03-13"), ("zondagmiddag", "DATE", "2021-03-14TAF")]


@pytest.mark.parametrize(
    "text",
    [
        "Op zaterdag 13 maart was het dancefeest. Zondag volgt een popconcert.",
        "Op 13 maart is er een dancefeest, zondag volgt een popconcert.",
    ],
)
def test_a_weekday_in_another_sentence_or_after_a_date_without_weekday_is_read_from_the_publication(
    text: str,
) -> None:
    assert values(text, "2021-02-20")[-1][2] == "2021-02-21"


# --- the night told again after its morning -------------------------------------------------------------------------


def test_de_nacht_after_the_morning_that_ended_a_night_named_is_that_night() -> None:
    text = "In de nacht van zaterdag op zondag brak brand uit. Zondagochtend was het geblust. De nacht was onrustig."
    assert values(text, "2026-01-12")[-1] == ("De nacht", "DATE", "2026-01-10TNI")


def test_de_nacht_after_a_morning_with_no_night_named_is_the_night_after_it() -> None:
    text = "Zondagochtend was het vuur geblust. De nacht bleef het rustig in de straat."
    assert values(text, "2026-01-12")[-1][2] == "2026-01-11TNI"


# --- a verb that aims ahead ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het plan proberen we in december vast te stellen.", ("december", "2019-12")),
        ("De bakkerij hoopt in maart weer open te gaan.", ("maart", "2020-03")),
        ("In december hoopte de bakker nog op een akkoord.", ("december", "2018-12")),
        ("Ze probeerden zaterdag over de grens te komen.", ("zaterdag", "2019-05-18")),
    ],
)
def test_the_present_of_hopen_or_proberen_points_ahead_and_its_past_back(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2019-05-20")] == [expected]


# --- the rest of the week -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("dct", "week"), [("2021-05-16", "2021-W20"), ("2021-05-13", "2021-W19")])
def test_the_rest_of_the_week_said_on_its_sunday_is_the_coming_week(dct: str, week: str) -> None:
    assert values("De rest van de week blijft het wisselvallig.", dct) == [("De rest van de week", "DATE", week)]


def test_the_rest_of_the_week_told_as_gone_on_its_sunday_is_that_week() -> None:
    """What happened in the rest of the week, told on its Sunday, happened in that week (as `later in de week`)."""
    assert values("De rest van de week bleef het wisselvallig.", "2021-05-16") == [
        ("De rest van de week", "DATE", "2021-W19")
    ]


def test_deze_week_said_on_a_sunday_stays_that_week() -> None:
    assert values("Deze week bleef het wisselvallig.", "2021-05-16") == [("Deze week", "DATE", "2021-W19")]


# --- a part of day described in a headline -------------------------------------------------------------------------


def test_a_described_part_of_day_without_article_in_a_headline_is_tagged() -> None:
    assert values("Ook drukke avondspits verwacht\n\nDe wind neemt toe.", "2018-01-08") == [
        ("drukke avondspits", "DATE", "2018-01-08TEV")
    ]


def test_a_kind_of_part_of_day_compared_with_zo_n_is_not() -> None:
    assert values("Zo'n drukke ochtendspits hadden we nog niet gezien.", "2018-01-08") == []


def test_a_count_told_in_the_past_from_a_newest_first_night_after_the_publication_day_keeps_its_anchor() -> None:
    text = blog("DONDERDAG 17 MAART", "00.10 uur: Binnen.", "Een uur later was alles anders.", "23.40 uur: Hoger.")
    assert ("Een uur later", "2022-03-18T01:10") in [(t.text, t.value) for t in tag(text, "2022-03-17")]
    ahead = "De uitslag komt morgen. Een dag later was alles anders."  # a count ahead of no stamp: no anchor
    assert [t.review for t in tag(ahead, "2022-03-17")][-1] == "no-anchor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Tuesday 4 January: a dateline's dash (any of four) opens the text, so the capital after it is no
        # name's; so does a bullet's at the start of a line
        ("DEN HAAG - Vrijdag debatteert de Kamer over de begroting.", ["2022-01-07"]),
        ("Brussel \u2013 Zondagavond speelt Anderlecht thuis.", ["2022-01-09TEV"]),
        ("Utrecht \u2014 Zaterdag opent de nieuwe bibliotheek.", ["2022-01-08"]),
        ("Gent -- Vrijdag begint het festival.", ["2022-01-07"]),
        ("AMSTERDAM (ANP) - Donderdag staakt het personeel.", ["2022-01-06"]),
        ("Den Haag (ANP) - Vrijdag stemt de Kamer.", ["2022-01-07"]),
        ("Sint-Pieters-Leeuw (BELGA) - Zaterdag opent de markt.", ["2022-01-08"]),
        # a place in capitals of any length, an agency not counted as a word of it, a place in 's-
        ("CAPELLE AAN DEN IJSSEL - Vrijdag opent de markt.", ["2022-01-07"]),
        ("WIJK BIJ DUURSTEDE (ANP) - Zaterdag staakt het personeel.", ["2022-01-08"]),
        ("'s-Gravendeel - Donderdag praat de raad.", ["2022-01-06"]),
        ("\u2019s-Gravenzande (ANP) - Donderdag praat de raad.", ["2022-01-06"]),
        ("Op de agenda:\n- Donderdag praat de raad.\n- Vrijdag stemt de raad.", ["2022-01-06", "2022-01-07"]),
        # a weekday that is a name stays one, a dash before the name or not
        ("Het bestuur - met voorzitter Jan Zondag - vergaderde lang.", []),
        ("De prijs ging naar schrijver Jan Zondag.", []),
        # a dash inside a line, after more than a place, or not set apart before, is no dateline's
        ("Het duel Smit - Zondag eindigde gelijk.", []),
        ("De dichter - Vrijdag - las niet voor.", []),
        ("Uitslagen: Bakker - Zondag 1-0.", []),
        ("Finale Ajax Tegen PSV - Zondag 1-0.", []),
        ("Finale Ajax (Thuis) Tegen PSV - Zondag 1-0.", []),
        ("De finale won De Groot - Zondag 2-0.", []),
        ("De gasten -Zondag kwamen niet.", []),
        ("Ajax- Zondag speelt de ploeg niet.", []),
        ("Het boek \u2014 Vrijdag is de knecht \u2014 verscheen maandag.", ["2022-01-03"]),
        # a line in capitals of more than five words is a headline, not a place; two agencies make no dateline, nor a
        # figure in brackets (a player's rank, no agency)
        ("OUDE TONGE AAN HET HARINGVLIET (ANP) - Vrijdag opent de markt.", ["2022-01-07"]),
        ("HET DUEL TUSSEN AJAX EN PSV - Zondag was spannend.", []),
        ("Groep (A) (B) - Zondag wint de poule.", []),
        ("Giri (2) - Zondag (5) eindigde in remise.", []),
    ],
)
def test_a_dateline_dash_opens_a_sentence(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2022-01-04")] == expected


def test_a_dash_far_into_a_long_line_reads_no_more_than_a_dateline_s_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dateline is short: a dash in a line whose start lies further back is none, and the line is not read back to
    its start for each capital after a dash (a line of thousands of them would be quadratic)."""
    from generator.temporal import patterns

    line = "Smit Tegen Jansen - Zondag " * 2000
    read: list[str] = []
    agency = patterns._DATELINE_AGENCY

    class Counted:
        def fullmatch(self, word: str) -> re.Match[str] | None:
            read.append(word)
            return agency.fullmatch(word)

    monkeypatch.setattr(patterns, "_DATELINE_AGENCY", Counted())
    assert not patterns._after_dateline(line, line.rindex("Zondag"))
    assert len(read) == 0
    assert patterns._after_dateline(line[:27], line.index("Zondag"))
    assert 0 < len(read) <= 3


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's dash opens no name of an article and a noun (`De Nacht`): that rule is the weekday's alone
        "Cultuur - De Nacht van de Kunst was vrijdag.",
        "Het stuk \u2013 De Avond \u2013 speelde maandag.",
    ],
)
def test_a_dash_leaves_a_named_part_of_day_a_name(text: str) -> None:
    assert [t.text for t in tag(text, "2022-01-04")] == [text.split()[-1].rstrip(".")]
