"""The combining grammar, class by class, on sentences written for these tests (not taken from articles).

Each class is one kind of failure the tagger had on real news (issue 14): compounds split, clock times
missed, ordinals, deictic units, ranges and lists, years after signal words, parts of day, named days,
habits and generic mentions, tense and anaphora, numeric and abbreviated dates. The publication date is
Wednesday 10 May 2023 unless a case says otherwise. `benchmarks/grammar_classes.py` counts these
cases per class for any version of the tagger.
"""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"  # a Wednesday

# (class, text, expected (expression, value) pairs in text order, publication date)
CASES: list[tuple[str, str, list[tuple[str, str]], str]] = [
    # 1. compounds are one expression, valued by their finest part
    ("compound", "Op 24 januari vorig jaar werd de wet aangenomen.", [("24 januari vorig jaar", "2022-01-24")], DCT),
    ("compound", "Met Pasen 2021 was de kerk dicht.", [("Pasen 2021", "2021-04-04")], DCT),
    ("compound", "Met Pasen vorig jaar was de kerk vol.", [("Pasen vorig jaar", "2022-04-17")], DCT),
    # the n-th week of a month after a month of another year: the one nearest it (a date with no day of the month)
    ("compound", "Op 3 mei begon het toernooi en in de tweede week van juni eindigt het.",
     [("3 mei", "2023-05-03"), ("de tweede week van juni", "2023-W23")], DCT),
    ("compound", "Tot midden december 2023 en in de derde week van maart spelen we.",
     [("midden december 2023", "2023-12"), ("de derde week van maart", "2024-W12")], DCT),
    # a weekday is no day of a year: the year after it is an expression of its own
    ("compound", "De ploeg heeft maandag het jaar 2022 geevalueerd.",
     [("maandag", "2023-05-08"), ("het jaar 2022", "2022")], DCT),
    ("compound", "Op zaterdag in 2019 was het dorpsfeest.", [("zaterdag in 2019", "2019")], DCT),
    # a movable feast is a day of the year, with no month of its own: it takes the year
    ("compound", "Met Pinksteren, in 2019, was het strand vol.", [("Pinksteren, in 2019", "2019-06-09")], DCT),
    ("compound", "In week 12 in 2021 ging de school dicht.", [("week 12 in 2021", "2021-W12")], DCT),
    ("compound", "De vergadering is op de derde dinsdag van september.",
     [("de derde dinsdag van september", "2023-09-19")], DCT),
    ("compound", "In de vroege ochtend van Tweede Kerstdag brak brand uit.",
     [("de vroege ochtend van Tweede Kerstdag", "2022-12-26TMO")], DCT),
    ("compound", "Dinsdag in de ochtend vertrekt de trein.", [("Dinsdag in de ochtend", "2023-05-16TMO")], DCT),
    ("compound", "Op 14 oktober om 8.00 uur begint de rechtszaak.", [("14 oktober om 8.00 uur", "2023-10-14T08:00")],
     DCT),
    ("compound", "Maandag om half drie 's middags landde het toestel.",
     [("Maandag om half drie 's middags", "2023-05-08T14:30")], DCT),
    ("compound", "Elke maandag om 16.00 uur is er spreekuur.",
     [("Elke maandag om 16.00 uur", "XXXX-WXX-1T16:00")], DCT),
    ("compound", "Twee dagen na vandaag valt het besluit.", [("Twee dagen na vandaag", "2023-05-12")], DCT),
    ("compound", "De avond voor de finale, op zaterdag, was het druk.", [("zaterdag", "2023-05-06")], DCT),
    ("compound", "Van zondag op maandag werd er ingebroken.", [("zondag op maandag", "2023-05-07TNI")], DCT),
    # 2. clock times
    ("clock", "Het spreekuur duurt van 5 tot 6 's middags.",
     [("5", "2023-05-10T17:00"), ("6 's middags", "2023-05-10T18:00")], DCT),
    ("clock", "De bus vertrekt om ongeveer negen uur.", [("negen uur", "2023-05-10T09:00")], DCT),
    ("clock", "Tussen 2 en 4 uur 's nachts was het onrustig.",
     [("2", "2023-05-10T02:00"), ("4 uur 's nachts", "2023-05-10T04:00")], DCT),
    ("clock", "De trein vertrekt om 17.45.", [("17.45", "2023-05-10T17:45")], DCT),
    ("clock", "Om 19:56 ging het alarm af.", [("19:56", "2023-05-10T19:56")], DCT),
    ("clock", "De balie is open 16.00 - 18.30 voor vragen.",
     [("16.00", "2023-05-10T16:00"), ("18.30", "2023-05-10T18:30")], DCT),
    ("clock", "Om 8 uur vertrekt de bus.", [("8 uur", "2023-05-10T08:00")], DCT),
    ("clock", "Het feest begon om half negen 's avonds.", [("half negen 's avonds", "2023-05-10T20:30")], DCT),
    ("clock", "Van 10.30 tot 15.00 uur op 1 juni is het museum open.",
     [("10.30", "2023-06-01T10:30"), ("15.00 uur op 1 juni", "2023-06-01T15:00")], DCT),
    ("clock", "De rechter sprak vrijdag recht. Hij deed dat om 14.00 uur.",
     [("vrijdag", "2023-05-05"), ("14.00 uur", "2023-05-05T14:00")], DCT),
    # a relative day in apposition with the date it is: the date names the day, the count is not added to it
    ("apposition", "Morgen, donderdag 11 mei om negen uur beginnen de examens.",
     [("Morgen, donderdag 11 mei om negen uur", "2023-05-11T09:00")], DCT),
    ("apposition", "Gisteren, 9 mei, ging de school dicht.", [("Gisteren, 9 mei", "2023-05-09")], DCT),
    # 3. ordinals and n-th weekdays
    ("ordinal", "De uitslag komt op de 27e.", [("de 27e", "2023-05-27")], DCT),
    ("ordinal", "Vrijdag de 15e is de uitreiking.", [("Vrijdag de 15e", "2023-09-15")], DCT),
    ("ordinal", "Zij keerde vrijdag de vijftiende terug uit Spanje.", [("vrijdag de vijftiende", "2022-07-15")], DCT),
    ("ordinal", "Zij won vrijdag de tweede rit.", [("vrijdag", "2023-05-05")], DCT),
    ("ordinal", "De eerste vrijdag van juli is er een markt.", [("De eerste vrijdag van juli", "2023-07-07")], DCT),
    ("ordinal", "De laatste maandag in maart ging de school dicht.", [("De laatste maandag in maart", "2023-03-27")],
     DCT),
    # 4. deictic and modified units
    ("unit", "Aanstaande september begint de bouw.", [("Aanstaande september", "2023-09")], DCT),
    ("unit", "Afgelopen september begon de bouw.", [("Afgelopen september", "2022-09")], DCT),
    ("unit", "De rest van de week blijft het droog.", [("De rest van de week", "2023-W19")], DCT),
    ("unit", "In de laatste week van 2019 viel er sneeuw.", [("de laatste week van 2019", "2019-W52")], DCT),
    ("unit", "Het derde kwartaal wordt goed voor de winkels.", [("Het derde kwartaal", "2023-Q3")], DCT),
    ("unit", "Het derde kwartaal was goed voor de winkels.", [("Het derde kwartaal", "2022-Q3")], DCT),
    ("unit", "In K1 2016 daalde de omzet.", [("K1 2016", "2016-Q1")], DCT),
    ("unit", "Vorig kwartaal steeg de omzet.", [("Vorig kwartaal", "2023-Q1")], DCT),
    # 5. ranges and lists
    ("range", "De beurs is op 19-20 juni.", [("19", "2023-06-19"), ("20 juni", "2023-06-20")], DCT),
    ("range", "Op 5 en 6 juni is de school dicht.", [("5", "2023-06-05"), ("6 juni", "2023-06-06")], DCT),
    ("range", "Het festival duurt van 4 tot 22 juli.", [("4", "2023-07-04"), ("22 juli", "2023-07-22")], DCT),
    ("range", "Van mei tot okt 2020 was het museum dicht.", [("mei", "2020-05"), ("okt 2020", "2020-10")], DCT),
    ("range", "Het hoogtepunt is op zondag 2, maandag 3 en dinsdag 4 juli.",
     [("zondag 2", "2023-07-02"), ("maandag 3", "2023-07-03"), ("dinsdag 4 juli", "2023-07-04")], DCT),
    ("range", "Een verdachte staat binnen 3 tot 6 dagen voor de rechter.", [("3", "P3D"), ("6 dagen", "P6D")], DCT),
    # 6. years after signal words
    ("year", "Het moet af zijn, niet later dan 2018.", [("2018", "2018")], DCT),
    ("year", "Het bedrijf sloot voor feb 2018 de deuren.", [("feb 2018", "2018-02")], DCT),
    ("year", "Het aantal daalde vergeleken met 2022.", [("2022", "2022")], DCT),
    # 7. parts of day
    ("part of day", "In de vroege ochtend vielen de schoten.", [("de vroege ochtend", "2023-05-10TMO")], DCT),
    ("part of day", "Op 3 mei begon de zitting. In de loop van de dag werd het stil.",
     [("3 mei", "2023-05-03"), ("de loop van de dag", "2023-05-03")], DCT),
    ("part of day", "Op 3 mei begon de zitting. Aan het einde van de middag viel het vonnis.",
     [("3 mei", "2023-05-03"), ("het einde van de middag", "2023-05-03TAF")], DCT),
    ("part of day", "Op 3 mei begon de zitting. In de namiddag viel het vonnis.",
     [("3 mei", "2023-05-03"), ("de namiddag", "2023-05-03TAF")], DCT),
    ("part of day", "Vandaag avond speelt het orkest.", [("Vandaag avond", "2023-05-10TEV")], DCT),
    ("part of day", "Het verkeer liep vast in de maandagochtendspits.", [("maandagochtendspits", "2023-05-08TMO")],
     DCT),
    ("part of day", "Op 3 mei waren er die ochtend en middag optredens.",
     [("3 mei", "2023-05-03"), ("die ochtend", "2023-05-03TMO"), ("middag", "2023-05-03TAF")], DCT),
    # `deze ochtend` is this morning, the publication day's, whatever day was told before it
    ("part of day", "Op 3 mei begon het proces. Deze ochtend en middag hoort de rechter getuigen.",
     [("3 mei", "2023-05-03"), ("Deze ochtend", "2023-05-10TMO"), ("middag", "2023-05-10TAF")], DCT),
    ("part of day", "Zaterdag was er een feest, maar deze avond blijft het stil.",
     [("Zaterdag", "2023-05-06"), ("deze avond", "2023-05-10TEV")], DCT),
    # a night after `deze` is vannacht, whichever the noun: the one just ended in a past-tense clause
    ("part of day", "Op 3 mei ging het mis. Deze tropennacht sliep niemand.",
     [("3 mei", "2023-05-03"), ("Deze tropennacht", "2023-05-09TNI")], DCT),
    ("part of day", "Op 3 mei was het een drukke nacht voor de brandweer.",
     [("3 mei", "2023-05-03"), ("een drukke nacht", "2023-05-03TNI")], DCT),
    # 8. named days
    ("named day", "Op 1e kerstdag zal de winkel dicht zijn.", [("1e kerstdag", "2023-12-25")], DCT),
    ("named day", "Op oudjaarsavond werd vuurwerk afgestoken.", [("oudjaarsavond", "2022-12-31TEV")], DCT),
    ("named day", "Op Dodenherdenking was het stil in de stad.", [("Dodenherdenking", "2023-05-04TEV")], DCT),
    ("named day", "In de Koningsnacht werd veel gefeest.", [("de Koningsnacht", "2023-04-26TNI")], DCT),
    ("named day", "Het kabinet presenteert de plannen op Prinsjesdag.", [("Prinsjesdag", "2023-09-19")], DCT),
    ("named day", "Op Goede Vrijdag waren de winkels open.", [("Goede Vrijdag", "2023-04-07")], DCT),
    ("named day", "Met carnaval was het druk in de kroegen.", [("carnaval", "2023-02")], DCT),
    # 9. habits, generic mentions, and what is no time at all
    ("habit", "Zondagavond om 19.00 uur is het vaste prik.", [("Zondagavond om 19.00 uur", "XXXX-WXX-7T19:00")], DCT),
    ("habit", "Normaal vergadert de raad op woensdag.", [("woensdag", "XXXX-WXX-3")], DCT),
    ("habit", "De raad vergadert elke drie weken op woensdagavond 20.00 uur.",
     [("elke drie weken", "P3W"), ("woensdagavond 20.00 uur", "XXXX-WXX-3T20:00")], DCT),
    ("habit", "Het was druk, zoals op een normale vrijdag- of zaterdagavond.", [], DCT),
    ("habit", "De jongens (12 en acht jaar) bleven ongedeerd.", [], DCT),
    ("habit", "De auto reed 120 kilometer per uur.", [], DCT),
    ("habit", "Het was een dag zonder incidenten.", [], DCT),
    ("habit", "Hij kreeg achttien jaar cel.", [("achttien jaar", "P18Y")], DCT),
    ("habit", "De verdachten zijn tussen de 15 en 34 jaar oud.", [], DCT),
    # 10. tense and anaphora
    ("anaphora", "Vrijdag werd het stil in de straat.", [("Vrijdag", "2023-05-05")], DCT),
    ("anaphora", "Dit weekend begon het festival.", [("Dit weekend", "2023-W18-WE")], "2023-05-08"),
    ("anaphora", "Dit weekend begint het festival.", [("Dit weekend", "2023-W19-WE")], "2023-05-08"),
    ("anaphora", "Op zondag 7 mei was er een optocht. Op die zondagmiddag regende het.",
     [("zondag 7 mei", "2023-05-07"), ("die zondagmiddag", "2023-05-07TAF")], DCT),
    ("anaphora", "Om 19.00 uur begon de wedstrijd. Een uur eerder ging de poort open.",
     [("19.00 uur", "2023-05-10T19:00"), ("Een uur eerder", "2023-05-10T18:00")], DCT),
    ("anaphora", "Vorig jaar begon de griep eind januari.", [("Vorig jaar", "2022"), ("eind januari", "2022-01")],
     DCT),
    ("anaphora", "Vorige week was het druk. Een week eerder was het rustig.",
     [("Vorige week", "2023-W18"), ("Een week eerder", "2023-W17")], DCT),
    ("anaphora", "Vorige week was er een betoging. Die zondag kwamen toch mensen.",
     [("Vorige week", "2023-W18"), ("Die zondag", "2023-05-07")], DCT),
    ("compound", "De politie hield vorige week zaterdag 29 april vier mannen aan.",
     [("vorige week zaterdag 29 april", "2023-04-29")], DCT),
    ("compound", "Afgelopen vrijdag, de dag dat de stukken kwamen, was het druk.",
     [("Afgelopen vrijdag", "2023-05-05"), ("de dag", "2023-05-05")], DCT),
    ("anaphora", "Op zondag 6 mei 2018 werd er gespeeld. Vier dagen later, op Hemelvaartsdag, weer.",
     [("zondag 6 mei 2018", "2018-05-06"), ("Vier dagen later", "2018-05-10"), ("Hemelvaartsdag", "2018-05-10")],
     DCT),
    ("anaphora", "Het begon in 2019. In april van dat jaar werd er op Pasen nog gevierd.",
     [("2019", "2019"), ("april van dat jaar", "2019-04"), ("Pasen", "2019-04-21")], DCT),
    ("clock", "Het museum is op zondag twee uur lang open.", [("zondag", "2023-05-14"), ("twee uur", "PT2H")], DCT),
    ("clock", "De vrachtwagen kantelde om 02u43 op de E40.", [("02u43", "2023-05-10T02:43")], DCT),
    ("clock", "Maandagavond 22 uur begint de staking.", [("Maandagavond 22 uur", "2023-05-15T22:00")], DCT),
    ("part of day", "De eerste treinen zullen aankomende nacht rijden.", [("aankomende nacht", "2023-05-10TNI")], DCT),
    ("part of day", "Op 3 mei was de opening. Later op de dag kwam de minister.",
     [("3 mei", "2023-05-03"), ("Later op de dag", "2023-05-03")], DCT),
    ("part of day", "Een politiecontrole zaterdagavond leverde veel boetes op.",
     [("zaterdagavond", "2023-05-06TEV")], DCT),
    ("part of day", "„Het wordt glad.” Vrijdagmiddag verdwijnt de sneeuw.", [("Vrijdagmiddag", "2023-05-12TAF")], DCT),
    ("anaphora", "De woordvoerder zegt dat maandagochtend de treinen weer rijden.",
     [("maandagochtend", "2023-05-15TMO")], DCT),
    ("habit", "De storm ging liggen. In de uren erna werd het rustig.", [("de uren erna", "PTXH")], DCT),
    ("habit", "Het fonds keert twee keer per jaar uit en het bestuur vergadert per week.",
     [("twee keer per jaar", "P1Y"), ("per week", "P1W")], DCT),
    ("habit", "De economie kromp twee kwartalen op rij.", [("twee kwartalen", "P6M")], DCT),
    ("habit", "De koers ging een min in.", [], DCT),
    ("unit", "Aan het einde van het kwartaal steeg de omzet.", [("het einde van het kwartaal", "2023-Q2")], DCT),
    ("named day", "Het podium staat op het 5 Mei Plein.", [], DCT),
    ("unit", "In week 31 is de kermis.", [("week 31", "2023-W31")], DCT),
    # in the days the calendar year and the ISO year differ, the nearer of the two years' weeks
    ("unit", "De actie liep in week 53 en loopt door tot week 2.", [("week 53", "2020-W53"), ("week 2", "2021-W02")],
     "2021-01-02"),
    ("unit", "In week 1 start de verkoop, in week 52 was het stil.", [("week 1", "2025-W01"), ("week 52", "2024-W52")],
     "2024-12-30"),
    ("unit", "Ik zal februari weg zijn en de zomer thuis.", [("februari", "2024-02"), ("de zomer", "2023-SU")], DCT),
    ("range", "De school is deze maand van 4 tot 22 dicht.",
     [("deze maand", "2023-05"), ("4", "2023-05-04"), ("22", "2023-05-22")], DCT),
    ("clock", "De winkel sluit vanavond voor 8.", [("vanavond", "2023-05-10TEV"), ("8", "2023-05-10T20:00")], DCT),
    ("anaphora", "In de Koningsnacht was het druk. Die nacht omstreeks 02.45 uur sloeg hij toe.",
     [("de Koningsnacht", "2023-04-26TNI"), ("Die nacht omstreeks 02.45 uur", "2023-04-27T02:45")], DCT),
    ("named day", "Op nieuwjaarsdag zijn de beurzen gesloten.", [("nieuwjaarsdag", "2025-01-01")], "2024-12-28"),
    ("range", "De ronde is in het weekend van 23 en 24 augustus.",
     [("het weekend van 23 en 24 augustus", "2023-W34-WE")], DCT),
    ("named day", "De beurs is op eerste en tweede kerstdag dicht.",
     [("eerste", "2023-12-25"), ("tweede kerstdag", "2023-12-26")], "2023-12-20"),
    # 11. numeric and abbreviated dates
    ("numeric", "Op 2/okt sluit de inschrijving.", [("2/okt", "2023-10-02")], DCT),
    ("numeric", "Hij werd geboren op 3-7-07.", [("3-7-07", "2007-07-03")], DCT),
    ("numeric", "Het gebeurde op 01-aug-2019.", [("01-aug-2019", "2019-08-01")], DCT),
    ("numeric", "De markt is op zat. 13 mei.", [("zat. 13 mei", "2023-05-13")], DCT),
    ("numeric", "Geopend: ma. 15 mei.", [("ma. 15 mei", "2023-05-15")], DCT),
    ("numeric", "Het team won met 2-1 van de koploper.", [], DCT),
]


@pytest.mark.parametrize(("kind", "text", "expected", "dct"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_grammar_class(kind: str, text: str, expected: list[tuple[str, str]], dct: str) -> None:
    assert [(t.text, t.value) for t in tag(text, dct) if not t.value.endswith("_REF")] == expected


def test_a_negated_happening_keeps_its_value_and_is_marked() -> None:
    (found,) = tag("De beelden werden niet om 19.00 uur uitgezonden.", DCT)
    assert (found.value, found.mark) == ("2023-05-10T19:00", "negated")


def test_a_stressed_negation_denies_as_the_plain_one_does() -> None:
    found = tag("De beelden werden níet om 19.00 uur uitgezonden, wél om 21.00 uur.", DCT)
    assert [(t.text, t.mark) for t in found] == [("19.00 uur", "negated"), ("21.00 uur", None)]


@pytest.mark.parametrize(
    "sentence",
    ["De boot vertrók zondag.", "De brand brák zondag uit.", "Het bedrijf stúurde zondag een brief."],
)
def test_a_past_stressed_in_print_is_the_plain_past(sentence: str) -> None:
    """A verb stressed with an acute accent (vertrók, brák, stúurde) is read as its plain word: a past, last Sunday."""
    assert [t.value for t in tag(sentence, DCT)] == ["2023-05-07"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Het feest wás zondag.", "2023-05-07"),
        ("Het feest wa\u0301s zondag.", "2023-05-07"),  # the accent typed as a mark of its own
        ("Wás het feest zondag echt zo druk?", "2023-05-07"),  # opening the sentence
        ("Het feest ís zondag.", "2023-05-14"),
    ],
)
def test_a_stressed_verb_tells_its_tense_as_the_plain_one_does(sentence: str, value: str) -> None:
    (found,) = tag(sentence, DCT)
    assert found.value == value


def test_instead_of_denies_a_time() -> None:
    found = tag("De wedstrijd begint om 21.00 uur in plaats van laat in de middag.", DCT)
    assert [(t.text, t.mark) for t in found] == [("21.00 uur", None), ("laat in de middag", "negated")]


def test_a_bound_after_not_is_no_negation() -> None:
    (found,) = tag("Het werk is niet voor 2030 klaar.", DCT)
    assert (found.value, found.mark) == ("2030", None)


def test_a_yearless_date_after_another_year_is_doubted() -> None:
    found = tag("Vorig jaar was het druk. Het hoogtepunt kwam begin februari.", "2026-02-04")
    assert [(t.value, t.review, t.anchor) for t in found] == [("2025", None, None), ("2026-02", "year-other", "2025")]


def test_every_item_of_a_long_list_takes_the_month_of_its_last() -> None:
    """Sharing sweeps both ways: the month said at the end reaches the first item (benchmarks/bench_hostile.py times
    a list of 100,000)."""
    found = tag(", ".join(str(day % 28 + 1) for day in range(300)) + " januari", DCT)
    assert len(found) == 300 and {t.value[:7] for t in found} == {"2023-01"}


def test_a_clock_time_far_from_any_day_takes_the_day_the_story_has_come_to_and_is_doubted() -> None:
    """News prose tells on from the last day it named (HeidelTime's reference time for narratives)."""
    text = "Donderdag speelde de club in Athene. Het was koud. Het duel werd vervroegd naar 16.30 uur."
    assert [(t.value, t.review, t.anchor) for t in tag(text, "2025-10-24")] == [
        ("2025-10-23", "tense", None),
        ("2025-10-23T16:30", "anaphor", "2025-10-23"),
    ]
    # no other day named: the publication day's, doubted only as no day was named at all; named, no doubt
    assert tag("Het duel begint om 16.30 uur.", "2025-10-24")[0].review == "day-unnamed"
    assert tag("Vandaag begint het duel om 16.30 uur.", "2025-10-24")[1].review is None


def test_a_story_day_on_the_wrong_side_of_the_publication_date_for_the_tense_is_passed_over() -> None:
    """A past-tense clock time does not take a day still to come, nor a future one a day gone by."""
    past = tag("Zondag speelt de club thuis. Het was koud. Het duel werd vervroegd naar 16.30 uur.", "2025-10-24")
    assert [(t.value, t.review) for t in past][1] == ("2025-10-24T16:30", "day-assumed")
    future = tag("Dinsdag speelde de club uit. Het wordt koud. Het duel zal om 20.00 uur beginnen.", "2025-10-24")
    assert [(t.value, t.review) for t in future][1] == ("2025-10-24T20:00", "day-assumed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an evening's time, a time before dawn is the next day's
        ("Dinsdag rond 23 uur sloeg de vrachtwagen om. De file loste pas rond 2 uur op.", "2025-10-22T02:00"),
        ("Zaterdagavond brak er brand uit. De laatste blussers vertrokken om 3.15 uur.", "2025-10-19T03:15"),
        # after a night, a morning's time is the morning after it
        ("In de nacht van woensdag op donderdag stormde het. De schade werd om 9 uur opgenomen.", "2025-10-23T09:00"),
        # midnight after a night or an evening is the midnight that night, once
        ("In de nacht van dinsdag op woensdag brak brand uit. Het vuur ontstond na middernacht.", "2025-10-22T00:00"),
        ("Zaterdagavond was het feest. Om middernacht werd er afgeteld.", "2025-10-19T00:00"),
        # an evening's later time, and a time of the afternoon said in words, stay on the day
        ("Zaterdagavond brak er brand uit. De melding kwam om 22.40 uur binnen.", "2025-10-18T22:40"),
        ("Dinsdagavond was het feest. Ze had sinds vier uur goed verkocht.", "2025-10-21T16:00"),
    ],
)
def test_a_clock_time_told_after_an_evening_or_night_runs_on_into_the_next_day(text: str, expected: str) -> None:
    assert tag(text, "2025-10-24")[-1].value == expected


def test_latent_parts_never_surface_alone() -> None:
    """A bare number, a year with no cue or an n-th day with no month combine or stay out."""
    assert tag("Er kwamen 17 mensen en 2019 was een goed jaar voor de derde dag van de actie.", DCT) == ()


def test_a_month_and_the_days_of_it_after_van_are_expressions_of_their_own() -> None:
    found = tag("Het museum is volgende maand van 3 tot 9 gesloten.", DCT)
    expected = [("volgende maand", "2023-06"), ("3", "2023-06-03"), ("9", "2023-06-09")]
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month with neither month nor weekday: the nearest month, doubted (it may count a rank)
        ("De uitslag komt op de 27e.", [("de 27e", "month-unsaid")]),
        ("De 9e in het klassement staat langs de kant.", [("De 9e", "month-unsaid")]),
        # its month or weekday said, or taken from a list: no such doubt
        ("De uitslag komt op 27 mei.", [("27 mei", None)]),
        ("De uitslag komt op de 27e van deze maand.", [("de 27e van deze maand", None)]),
        ("Zij komen op de 5e en 6e juni.", [("de 5e", None), ("6e juni", None)]),
        ("De uitslag komt zaterdag de 27e.", [("zaterdag de 27e", None)]),
        # a day named with no day of the month is not what the doubt is for
        ("Met Pasen gaat de winkel dicht.", [("Pasen", None)]),
        ("Op de laatste dag van het jaar gaat de winkel dicht.", [("de laatste dag van het jaar", None)]),
    ],
)
def test_a_day_of_the_month_without_its_month_is_doubted(text: str, expected: list[tuple[str, str | None]]) -> None:
    doubted = [(t.text, "month-unsaid" if t.review == "month-unsaid" else None) for t in tag(text, DCT)]
    assert doubted == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De zitting is op de 15e van volgende maand.", "2023-06-15"),
        ("Hij kwam op de 3e van vorige maand terug.", "2023-04-03"),
        ("De uitslag komt op de 27e van deze maand.", "2023-05-27"),
    ],
)
def test_a_day_of_a_month_relative_to_the_publication_date_is_in_that_month(text: str, value: str) -> None:
    assert [(t.value, t.review) for t in tag(text, DCT)] == [(value, None)]


def test_a_day_of_next_month_in_december_is_in_january_of_the_next_year() -> None:
    assert [t.value for t in tag("De zitting is op de 15e van volgende maand.", "2019-12-10")] == ["2020-01-15"]
