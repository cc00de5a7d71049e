"""The clause an expression stands in gives it its tense and its day: a subordinate clause's verbs tell its own
expressions only, the verb right after a fronted date is its clause's own, `en` between two finite verbs starts a
new main clause, and a clock time takes a day named after it only from its own clause."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.temporal import tag
from generator.temporal.language import load
from generator.temporal.tense import TenseReader


def reading(text: str, expression: str) -> tuple[str, str]:
    """The tense of the first `expression` in `text`, and where it was read."""
    start = text.index(expression)
    return TenseReader(text, load("nl").tense).reading(start, start + len(expression))


def clause(text: str, expression: str) -> str:
    """The clause the first `expression` in `text` stands in."""
    start = text.index(expression)
    lo, hi = TenseReader(text, load("nl").tense).clause(start, start + len(expression))
    return text[lo:hi].strip().rstrip(".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT 20 June: a date in July still to come, whatever the perfect of the question after it
        ("Op 14 juli horen de kandidaten of ze zijn toegelaten.", ["2023-07-14"]),
        ("Van 3 tot en met 5 juli zijn de inhaaltoetsen en op 12 juli weten de studenten of ze geslaagd zijn.",
         ["2023-07-03", "2023-07-05", "2023-07-12"]),
        ("De leerlingen krijgen 14 juli te horen of ze zijn geslaagd.", ["2023-07-14"]),
        ("Op 14 juli vieren we dat de dijk is hersteld.", ["2023-07-14"]),
    ],
)
def test_the_perfect_of_a_subordinate_clause_does_not_put_the_main_clause_in_the_past(
    text: str, expected: list[str]
) -> None:
    assert [t.value for t in tag(text, "2023-06-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op 14 juli werd bekend of ze waren toegelaten.", ["2022-07-14"]),  # the main clause's own past
        ("In juli is gebleken dat de dijk wordt hersteld.", ["2022-07"]),
    ],
)
def test_the_main_clause_keeps_its_own_past(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2023-06-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Thursday 6 January: an adverb right after the opening day is no verb, and the clause's listed
        # (or weak singular) finite verb later on is its one verb
        ("Zaterdag meteen na de wedstrijd vertrokken de spelers.", ["2022-01-01"]),
        ("Vrijdag direct na afloop werd hij gearresteerd.", ["2021-12-31"]),
        ("Dinsdag intussen kondigde de minister een besluit aan.", ["2022-01-04"]),
        # a determiner of a present's shape right after the day is no verb either (its clause has none)
        ("Zaterdag dit nieuws uit de gemeente: de burgemeester stopte.", ["2022-01-01"]),
        ("Maandag dit bericht van de minister, die een besluit nam.", ["2022-01-03"]),
        ("Op 5 mei onverwacht vertrokken zij.", ["2021-05-05"]),
        # a verbless headline with a verb in its relative clause
        ("Zondag verkiezingen in Frankrijk die Macron won.", ["2022-01-02"]),
        # `en` opens a clause of its own only with a finite verb right after it
        ("Zondag wedstrijden en de club won.", ["2022-01-02"]),
        ("Zondag wedstrijden in de stad en is er een feest.", ["2022-01-09"]),
        # a verbless headline whose verb stands in the clause after its comma or colon
        ("Zaterdag eten bij oma, gisteren waren we thuis.", ["2022-01-01", "2022-01-05"]),
        ("Zondag verkiezingen in Frankrijk en Duitsland, die Macron won.", ["2022-01-02"]),
        ("Zaterdag rellen en plunderingen in de stad: de politie greep in.", ["2022-01-01"]),
        # ... or an unlisted verb of a past's shape in that clause's second place
        ("Zondag wedstrijden, gisteren speelden ze ook.", ["2022-01-02", "2022-01-05"]),
        # ... but not where no listed verb follows, nor a present in -t in second place
        ("Zondag wedstrijden in de stad, daarna een feest.", ["2022-01-09"]),
        ("Zondag wedstrijden, daarna trainingen voor de jeugd.", ["2022-01-09"]),
        ("Zaterdag eten bij oma.", ["2022-01-08"]),
        ("Zaterdag speelt Ajax thuis, gisteren won PSV.", ["2022-01-08", "2022-01-05"]),
        ("Zaterdag spelen de kinderen buiten, zei de juf.", ["2022-01-08"]),
        # only a comma or a colon right after the clause's last word, and only the one clause after it, up to its mark
        ("Zaterdag rellen in de stad; de politie greep in.", ["2022-01-08"]),
        ("Zaterdag rellen in de stad omdat de bond staakt, de politie greep in.", ["2022-01-08"]),
        ("Zaterdag rellen in de stad, vooral in het centrum, de politie greep hard in.", ["2022-01-08"]),
    ],
)
def test_a_later_finite_verb_of_the_clause_is_its_verb_not_the_word_after_the_date(
    text: str, expected: list[str]
) -> None:
    assert [t.value for t in tag(text, "2022-01-06")] == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # an adverb of a verb's shape is no verb, with no finite verb after it in its clause
        ("Zaterdag meteen naar huis, zei de trainer.", "Zaterdag", ("past", "sentence")),
        # the verb by shape, with a finite verb only in another clause
        ("Vrijdag wisselen zon en wolken elkaar af, zei de weerman.", "Vrijdag", ("present", "none")),
        # a later inflected adjective shaped as a weak past singular is no finite verb
        ("In de loop van de nacht vormt zich plaatselijk dichte mist.", "de loop van de nacht", ("present", "clause")),
        # a listed verb after `en` may be the next main clause's
        ("Op zondag speelt Ajax thuis en is er een duel in Gent.", "zondag", ("present", "clause")),
        # a be-/ver- present in -dt, though shaped as a participle, before a word no inverted verb takes
        ("Vrijdag verbreedt Rijkswaterstaat de weg, meldde de krant.", "Vrijdag", ("present", "clause")),
        # not where another clause opens the sentence, nor a capitalised name after a stamp
        ("Ze vervoerden veel reizigers, zondag forensen en maandag scholieren.", "zondag", ("past", "sentence")),
        ("01.10 Utrecht in de ban van de storm, zei de burgemeester.", "01.10", ("past", "sentence")),
    ],
)
def test_where_the_verb_second_by_shape_reads_and_where_not(
    text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert reading(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Op vrijdag openen de winkels pas om tien uur.", "vrijdag"),
        ("Zaterdagmiddag trekken er buien over het land.", "Zaterdagmiddag"),
        ("En op zondag spelen we de finale.", "zondag"),
        ("In de loop van de avond verdwijnen die buien.", "de loop van de avond"),
    ],
)
def test_a_verb_known_by_shape_after_a_fronted_expression_is_present_in_doubt(text: str, expression: str) -> None:
    """A plural the lists do not name, in second place before its subject, is its clause's verb (no other clause's
    verb decides) but read present only by its shape, so the doubt stays (`none`): a past plural looks the same."""
    assert reading(text, expression) == ("present", "none")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a plural in -en second, before a noun rather than its subject: its tense is not known
        ("Donderdag wisselen zon en stapelwolken elkaar af.", "Donderdag", ("present", "none")),
        ("Op 3 juni openen beide zwembaden weer.", "3 juni", ("present", "none")),
        # a present in -t second: a later word shaped as a weak past (a plural noun in -lden, -rden) does not decide
        ("Zaterdag trekt bewolking met dikke wolkenvelden over.", "Zaterdag", ("present", "clause")),
        ("In de loop van de middag klaart het van zee uit op boven de polders met hun velden.",
         "de loop van de middag", ("present", "clause")),
    ],
)
def test_a_verb_shaped_word_right_after_a_sentence_opening_date_is_the_finite_verb(
    text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert reading(text, expression) == expected


def test_the_verb_second_by_shape_puts_a_forecast_day_ahead() -> None:
    """Written on Sunday 12 December: the Friday of the forecast is the next one, not the one gone."""
    assert [t.value for t in tag("Vrijdag wisselen opklaringen en lage wolkenvelden elkaar af.", "2021-12-12")] == [
        "2021-12-17"
    ]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("01.10 Beverwijk en Heemskerk telden hun stemmen.", "01.10", ("past", "clause")),  # a stamp before a name
        ("Drukke avondspits verwacht na regen en ijzel", "avondspits", ("present", "none")),  # a participle, no verb
        ("Van maandag tot en met vrijdag verhuisden de afdelingen.", "maandag", ("past", "clause")),  # no verb shape
        ("Daarom zaterdag kregen wij bezoek.", "zaterdag", ("past", "clause")),  # not opening its sentence
    ],
)
def test_no_verb_second_by_shape_where_the_word_is_no_finite_verb(
    text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert reading(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Op 5 mei leden de troepen zware verliezen, meldde het leger.", "5 mei"),
        ("In de herfst streken de ganzen neer, zo werd gemeld.", "de herfst"),
    ],
)
def test_an_unlisted_past_plural_in_second_place_keeps_its_doubt(text: str, expression: str) -> None:
    """Not read past from another clause's verb, nor present with evidence: the flag of a doubtful tense stays."""
    assert reading(text, expression) == ("present", "none")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Op vrijdag zijn de winkels dicht, meldde de gemeente.", "vrijdag", "present"),
        ("Op vrijdag waren de winkels dicht, zegt de gemeente.", "vrijdag", "past"),
    ],
)
def test_a_listed_verb_in_second_place_decides_in_its_clause(text: str, expression: str, expected: str) -> None:
    assert reading(text, expression) == (expected, "clause")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("De winkels openen op vrijdag pas om tien uur.", "vrijdag"),  # not fronted: a plural before it
        ("Op vrijdag tegen de avond.", "vrijdag"),  # a preposition after it, no verb
    ],
)
def test_no_verb_second_where_the_expression_is_not_fronted_before_a_verb(text: str, expression: str) -> None:
    assert reading(text, expression) == ("present", "none")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Om 20.00 uur begint het concert en op zaterdag is de reprise.", "20.00 uur",
         "Om 20.00 uur begint het concert"),
        ("De kinderen zwommen in de ochtend en in de middag gingen ze fietsen.", "de middag",
         "in de middag gingen ze fietsen"),
        # `en` within one clause: no finite verb on one side of it
        ("Op zaterdag en op zondag is de zaal open.", "zaterdag", "Op zaterdag en op zondag is de zaal open"),
        ("De musea zijn dinsdag en woensdag gesloten.", "dinsdag", "De musea zijn dinsdag en woensdag gesloten"),
        # the verb after it is a relative clause's
        ("Er zijn woensdag boetes en taakstraffen opgelegd aan jongeren die agenten bekogelden.", "woensdag",
         "Er zijn woensdag boetes en taakstraffen opgelegd aan jongeren die agenten bekogelden"),
        # a verb known by its shape before its subject counts as finite beside `en`, as in second place
        ("Ajax verloor zaterdag en zondag spelen we de finale.", "zondag", "zondag spelen we de finale"),
        ("De kinderen zongen zaterdag en zondag liedjes.", "zondag", "De kinderen zongen zaterdag en zondag liedjes"),
        # only first or second after `en`, and not before a relative: `alleen de`, `kinderen die` are no verbs
        ("De ploeg won zaterdag en vandaag wacht niet alleen de finale.", "zaterdag",
         "De ploeg won zaterdag en vandaag wacht niet alleen de finale"),
        ("De ploeg won zaterdag en kinderen die ze kenden juichten.", "zaterdag",
         "De ploeg won zaterdag en kinderen die ze kenden juichten"),
        ("De kinderen zongen zaterdag en zondag liederen van vroeger.", "zondag",
         "De kinderen zongen zaterdag en zondag liederen van vroeger"),
        # `of` and `als` open a clause only before a subject pronoun
        ("Hij komt maandag of dinsdag terug.", "maandag", "Hij komt maandag of dinsdag terug"),
        ("Zij begint maandag als voorzitter.", "maandag", "Zij begint maandag als voorzitter"),
        ("Ze weten maandag of ze door mogen.", "maandag", "Ze weten maandag"),
        ("Zij belt maandag terug als ze tijd heeft.", "maandag", "Zij belt maandag terug"),
    ],
)
def test_the_clause_of_an_expression(text: str, expression: str, expected: str) -> None:
    assert clause(text, expression) == expected


def test_a_subordinator_stays_with_the_clause_it_opens() -> None:
    """`als je` is a condition of the clause it opens: the night of one said to anyone is still a habit."""
    assert "als je" in clause("Wie weet dat als je 's nachts slaapt je niets ruikt?", "'s nachts")


def test_a_pronoun_before_its_verb_opens_no_subordinate_clause() -> None:
    """`Dat meldde de brandweer zondag`: `dat` is the subject, the verb after it the clause's own."""
    assert reading("Dat meldde de brandweer zondag.", "zondag") == ("past", "clause")
    assert reading("Dat meldt de brandweer zondag.", "zondag") == ("present", "clause")


def test_the_verbs_of_another_subordinate_clause_do_not_reach_the_main_clause() -> None:
    """With no cue of its own, the main clause reads the sentence less the clauses that other subordinators open."""
    text = "De bakker opent 1 juli een winkel aan het plein, nadat hij lang had getwijfeld."
    assert reading(text, "1 juli") == ("present", "none")
    assert [t.value for t in tag(text, "2023-06-20")] == ["2023-07-01"]


def test_a_subordinate_clause_opened_before_the_window_is_left_out_too() -> None:
    """The clause's subordinator may stand more than the reader's reach before the expression: its verbs are still
    that clause's, as in the same sentence told short."""
    for filler in ("", "heel " * 250):
        text = f"Omdat de kramers {filler}lang klaagden, zaterdag geen markt."
        assert reading(text, "zaterdag") == ("present", "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day named in the other clause is not the clock time's
        ("Om 20.00 uur begint het concert en op zaterdag 6 mei is de reprise.", "2023-05-03T20:00"),
        # the day named after it in its own clause is
        ("Om 20.00 uur begint op zaterdag 6 mei het concert.", "2023-05-06T20:00"),
        ("Het concert begint om 20.00 uur op zaterdag 6 mei.", "2023-05-06T20:00"),
        # `maar` ends it
        ("Om 20.00 uur begint het concert, maar zaterdag 6 mei is er geen.", "2023-05-03T20:00"),
    ],
)
def test_a_clock_time_takes_a_day_named_after_it_only_from_its_own_clause(text: str, expected: str) -> None:
    assert tag(text, "2023-05-03")[0].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT Thursday 6 January. A comma, bracket or quote with no verb and no time after it names the time's day
        ("De finale (aftrap 20.45 uur) is op zondag 9 januari.", "2022-01-09T20:45"),
        ("De finale begint om 20.45 uur (zondag 9 januari).", "2022-01-09T20:45"),
        ("Om 15.00 uur begint de markt, zondag 9 januari.", "2022-01-09T15:00"),
        ("De bus rijdt om 8.15 uur (lijn 5) op zondag 9 januari.", "2022-01-09T08:15"),
        # the bracket closing the aside a time stands in goes back to its clause, whatever verb the aside holds
        ("De finale (de aftrap is om 20.45 uur) is op zondag 9 januari.", "2022-01-09T20:45"),
        # `;` and `:` end the clause
        ("De markt begint om 9.00 uur; zaterdag 8 januari pas om 11.00 uur.", "2022-01-06T09:00"),
        ("De markt begint om 9.00 uur; zaterdag 8 januari niet.", "2022-01-06T09:00"),
        ("De trein vertrekt om 7.00 uur: maandag 10 januari rijdt er geen.", "2022-01-06T07:00"),
        ("De trein vertrekt om 7.00 uur: maandag 10 januari geen.", "2022-01-06T07:00"),
        # so does a stretch with a finite verb of its own, listed or known by its shape before its subject
        ("De bus vertrok om 8.15 uur (gisteren reed hij niet).", "2022-01-06T08:15"),
        ("Om 15.00 uur begint de markt, zondag 9 januari is die dicht.", "2022-01-06T15:00"),
        ("Om 15.00 uur traint de ploeg, zondag 9 januari spelen we thuis.", "2022-01-06T15:00"),
        # and, for a clock time, one with a day that has a clock time of its own
        ("Het museum gaat om 10.00 uur open, zondag om 12.00 uur.", "2022-01-06T10:00"),
        # a part of day is no time of its own there: the clock time may fall within it
        ("Om 15.00 uur begint de markt, zondagmiddag 9 januari.", "2022-01-09T15:00"),
        # a night still ends on the morning after it, with a time of its own or not
        ("De ploeg werkt de nacht door, tot zaterdagochtend om 8.00 uur.", "2022-01-07TNI"),
        ("De ploeg werkt de nacht door, tot zaterdagochtend.", "2022-01-07TNI"),
    ],
)
def test_a_clock_time_s_day_after_punctuation_is_cut_only_by_a_stretch_of_its_own(text: str, expected: str) -> None:
    assert tag(text, "2022-01-06")[0].value == expected


def test_a_time_stamp_opening_a_line_takes_no_day_its_line_names_after_it() -> None:
    """A stamp says when its line was written; the same time inside the sentence is the day's it names."""
    assert tag("Markt\n10u57 De kramers komen zondag 9 januari.", "2022-01-06")[0].value == "2022-01-06T10:57"
    assert tag("Markt\nOm 10u57 komen de kramers zondag 9 januari.", "2022-01-06")[0].value == "2022-01-09T10:57"


def test_a_long_sentence_is_classified_once_however_many_expressions_ask() -> None:
    """Each expression reads a window cut from its sentence's words and breaks: read anew for each window, a line of
    50,000 words with no full stop cost quadratic time and gigabytes."""
    text = "zondag dat wij gaan en zij zijn er " * 300
    reader = TenseReader(text, load("nl").tense)
    starts = [i for i in range(len(text)) if text.startswith("zondag", i)]
    for start in starts:
        reader.reading(start, start + 6)
        reader.habit(start, start + 6)
    assert len(starts) == 300
    assert (len(reader._words), len(reader._splits), len(reader._spans)) == (1, 1, 1)


def test_an_auxiliary_reads_the_clause_splits_within_its_reach_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each perfect auxiliary looks for its participle at most `participle_reach` words away: reading every split of
    its sentence for each made a line of many `is` and `maar` with no full stop quadratic (47 s at 16,000 of them)."""
    text = "zondag is er brand uitgebroken maar " * 300
    reader, reach = TenseReader(text, load("nl").tense), load("nl").tense.participle_reach
    read: list[int] = []
    breaks = TenseReader._breaks

    def counted(self: TenseReader, window: tuple[int, int]) -> list[tuple[int, int, bool]]:
        found = breaks(self, window)
        read.append(len(found))
        return found

    monkeypatch.setattr(TenseReader, "_breaks", counted)
    for start in [i for i in range(len(text)) if text.startswith(" is ", i)]:
        assert reader.reading(start - 6, start) == ("past", "clause")
    assert 0 < max(read) <= 2 * reach + 1 < text.count("maar")


def test_an_auxiliary_s_participle_scan_stops_at_a_split_beyond_its_nearest_words() -> None:
    """The splits read around an auxiliary reach as far as its participle may stand: `omdat` or `maar` some words
    on still ends its clause, so the participle after them is another clause's."""
    for text in ("Zondag is de markt in het centrum open omdat de brug gesloten blijft.",
                 "Zondag is het museum in de stad dicht maar de tuin geopend."):
        reader = TenseReader(text, load("nl").tense)
        assert reader._participles_around(text.index(" is ") + 1) == (None, None)


def test_a_window_starting_mid_word_holds_no_fragment() -> None:
    """A window cut 1,000 characters before an expression may begin inside `voordat`: its tail `dat` is no
    subordinator of its own."""
    head = "Hij belde voor"
    text = head + "dat " + "het " * 249 + "zondag bezoek kwam."
    start = text.index("zondag")
    reader = TenseReader(text, load("nl").tense)
    window, _ = reader._window(start, start + 6)
    assert window[0] == len(head)
    breaks = reader._breaks(window)
    assert all(not text[b_start - 1].isalnum() for b_start, _, _ in breaks)
    assert reader.reading(start, start + 6) == ("past", "clause")


def test_en_before_another_en_reads_only_to_it() -> None:
    """Each `en` looks for a finite verb only as far as the next `en` (linear time): in a list of three days the
    middle one opens no clause of its own."""
    assert clause("De zaal is maandag en dinsdag en woensdag dicht.", "dinsdag") == (
        "De zaal is maandag en dinsdag en woensdag dicht"
    )


def spans(text: str) -> list[str]:
    """The subordinate clauses the reader finds in `text`, one sentence."""
    found, _ = TenseReader(text, load("nl").tense)._subordinate_spans((0, len(text)))
    return [text[a:b] for a, b in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # up to the verbs that close it, the trailing participle too
        ("Op 15 juli horen de leerlingen of ze zijn geslaagd.", ["of ze zijn geslaagd"]),
        ("Op 15 juli horen de leerlingen of ze geslaagd zijn, zei de school.", ["of ze geslaagd zijn"]),
        # a pronoun before its verb, and `maar`, open none
        ("Dat meldde de brandweer zondag.", []),
        ("Zaterdag geen markt maar de winkels waren open.", []),
    ],
)
def test_the_subordinate_clauses_of_a_sentence(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the other clause's verb tells the main clause's time where no subordinator opens it
        ("Maandag geen treinen, dat meldde de NS.", "Maandag", ("past", "sentence")),
        ("Zaterdag geen markt maar de winkels waren open.", "Zaterdag", ("past", "sentence")),
        ("Zaterdag weer een markt, maar de kramers klaagden.", "Zaterdag", ("past", "sentence")),
        # not where one does
        ("Maandag geen treinen, omdat de machinisten staakten.", "Maandag", ("present", "none")),
    ],
)
def test_only_a_subordinate_clause_is_left_out_of_the_sentence(
    text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert reading(text, expression) == expected


@pytest.mark.parametrize(
    "subordinator", ["wanneer", "zodra", "hoewel", "indien", "totdat", "tenzij", "alsof", "opdat", "ofschoon"]
)
def test_each_subordinator_keeps_its_verbs_to_its_own_clause(subordinator: str) -> None:
    assert reading(f"Zaterdag weer een markt, {subordinator} de kramers klaagden.", "Zaterdag") == ("present", "none")


def test_of_before_er_opens_a_clause() -> None:
    assert clause("Ze weten maandag of er gespeeld wordt.", "maandag") == "Ze weten maandag"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Ook op zondag trekken er buien over, meldde het KNMI.", "zondag"),
        ("Pas op zondag trekken er buien over, meldde het KNMI.", "zondag"),
        ("Uiterlijk zondag trekken er buien over, meldde het KNMI.", "zondag"),
        ("Tegen zondag trekken er buien over, meldde het KNMI.", "zondag"),
        ("Nu op zondag trekken er buien over, meldde het KNMI.", "zondag"),
        ("Eind mei trekken er buien over, meldde het KNMI.", "mei"),
        ("Medio juni trekken er buien over, meldde het KNMI.", "juni"),
        ("Van 6 tot en met 9 juli trekken er buien over, meldde het KNMI.", "9 juli"),  # a range's first day
    ],
)
def test_an_adverb_preposition_or_range_before_a_fronted_expression_keeps_it_fronted(
    text: str, expression: str
) -> None:
    """The verb after it is its clause's own, so the past of the other clause does not decide."""
    assert reading(text, expression) == ("present", "none")


def test_a_word_that_is_no_fronting_one_before_the_expression_leaves_it_in_place() -> None:
    assert reading("De buien trekken zondag over, meldde het KNMI.", "zondag") == ("past", "sentence")


def test_a_perfect_does_not_take_a_participle_across_maar() -> None:
    assert reading("De hal is open maar zaterdag gesloten.", "zaterdag") == ("present", "sentence")
    assert reading("De hal is zaterdag verbouwd.", "zaterdag") == ("past", "clause")


def test_en_before_a_relative_clause_s_verb_joins_nothing() -> None:
    text = "Er zijn woensdag boetes en taakstraffen opgelegd aan jongeren die agenten belaagden."
    assert clause(text, "woensdag") == text.rstrip(".")


def test_en_reads_as_far_as_the_next_en() -> None:
    """`A en B en waren`: the first `en` does not reach past the second for its verb."""
    text = "Wij hadden zaterdag vis en zondag vlees en waren daarna moe."
    assert clause(text, "zondag") == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # an ordinal in -de is no weak past, nor the participle of the clause's `zijn`
        ("In het derde weekend van augustus zijn er kramen in het dorp.", "augustus", ("present", "clause")),
        ("Op 2 april is het zeventiende festival in het park.", "2 april", ("present", "clause")),
        # with no verb to take it for a participle
        ("Op 2 april hun zeventiende editie, met muziek.", "2 april", ("present", "none")),
        ("Honderden fietsers zijn zaterdag op pad.", "zaterdag", ("present", "clause")),
        # `vierde` is also the past of vieren
        ("Op 2 april vierde het dorp feest.", "2 april", ("past", "clause")),
    ],
)
def test_an_ordinal_is_no_past(text: str, expression: str, expected: tuple[str, str]) -> None:
    assert reading(text, expression) == expected


def test_a_period_after_an_ordinal_keeps_its_year() -> None:
    """Told in the present on 20 June: the July to come, not last year's."""
    text = "Voor hen zijn de toetsen in het derde blok van 3 tot en met 7 juli."
    assert [t.value for t in tag(text, "2023-06-20")] == ["2023-07-03", "2023-07-07"]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a plural noun shaped as a weak past (-ten, -den) is no participle of the clause's `zijn`
        ("Zaterdag zijn er in het dorp markten.", "Zaterdag", ("present", "clause")),
        ("Op 3 juni zijn in de haven de bootjes met vlaggen en wimpels versierd.", "3 juni", ("past", "clause")),
        # a listed strong past still stands for its participle
        ("In mei zijn de plannen besloten.", "mei", ("past", "clause")),
        ("In mei is het museum door veel scholen bezocht.", "mei", ("past", "clause")),
        # another listed past is none (`kwam` is of the relative clause)
        ("Maandag is de man die kwam thuis.", "Maandag", ("present", "clause")),
        # beside another finite verb of its clause, `zijn` is a possessive and no present
        ("De club legde al zijn wedstrijden zaterdag stil.", "zaterdag", ("past", "clause")),
        ("Ze zijn zaterdag thuis, meldde de club.", "zaterdag", ("present", "clause")),
        # a verbless clause reads its sentence, where the other verb is another clause's: `zijn` stays a present
        ("Maandag: de winkels zijn dicht, meldde de gemeente.", "Maandag", ("present", "sentence")),
        # beside a present or a future of its clause too, `zijn` is a possessive
        ("De club gaat al zijn wedstrijden zaterdag spelen.", "zaterdag", ("future", "clause")),
        # only a possessive is passed over so: `heeft` with no participle stays a present beside another verb
        ("Wie zaterdag een kaartje heeft kwam gratis binnen.", "zaterdag", ("present", "clause")),
        # ... and a `zijn` with a participle of its own is a perfect, read in its clause, beside another verb
        ("Veel fans die komen zijn zaterdag al vertrokken.", "zaterdag", ("past", "clause")),
    ],
)
def test_what_a_perfect_auxiliary_takes_for_its_participle(
    text: str, expression: str, expected: tuple[str, str]
) -> None:
    assert reading(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # a clause longer than the reading window (`SENTENCE_REACH` characters either side of the expression): the
        # participle beyond it, after or before, is not read, and `heeft` stays a present
        ("Zaterdag heeft de club " + "van de trainer " * 80 + "de beker gewonnen.", "Zaterdag"),
        ("Gewonnen door de ploeg " + "van de trainer " * 80 + "heeft de club zaterdag niets.", "zaterdag"),
    ],
)
def test_a_participle_outside_the_reading_window_is_not_the_auxiliarys(text: str, expression: str) -> None:
    assert reading(text, expression) == ("present", "clause")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Sunday 12 August: a habit word inside a phrase after a preposition says how often within it
        ("Maandag is het wisselvallig met vaak zwaarbewolkte perioden.", ["2018-08-13"]),
        ("Dinsdag blijft het droog met geregeld wat zon.", ["2018-08-14"]),
        ("Dinsdag is het zacht zonder vaak regen.", ["2018-08-14"]),
        ("Woensdag is er een cursus voor vaak afwezige leerlingen.", ["2018-08-15"]),
        ("Zondag is er een tentoonstelling van vaak vergeten schilders.", ["2018-08-12"]),
        ("Vrijdag komt na regelmatig overleg het besluit.", ["2018-08-17"]),
        ("Zaterdag speelt de band bij vaak wisselend weer.", ["2018-08-18"]),
        ("Zondag wint hij de race door regelmatig te trainen.", ["2018-08-12"]),
        ("Zaterdag zingt het koor tijdens vaak drukke diensten.", ["2018-08-18"]),
        ("Maandag is de brug dicht vanwege regelmatig onderhoud.", ["2018-08-13"]),
        # only a habit word itself: the words of a habit phrase after a preposition stay (`met vaste prik`)
        ("Op zaterdag is het met vaste prik druk.", ["XXXX-WXX-6"]),
        # the clause's own habit word, and one counting the time itself, still make a habit
        ("Op maandag is het vaak druk in de stad.", ["XXXX-WXX-1"]),
        ("Maandag van elke week is de markt open.", ["XXXX-WXX-1", "P1W"]),
        ("Het plan om voortaan op zondag te spelen gaat niet door.", ["XXXX-WXX-7"]),
        # a habit word opening the clause follows no preposition, whatever word ends the clause (`door`)
        ("Vaak gaat de markt op zaterdag door.", ["XXXX-WXX-6"]),
    ],
)
def test_a_habit_word_after_a_preposition_describes_its_phrase(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2018-08-12")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Thursday 6 January: a possessive `zijn` between an auxiliary and its participle is no auxiliary
        ("Maandag heeft hij zijn moeder bezocht.", ["2022-01-03"]),
        ("Maandag heeft hij zijn ontslag ingediend.", ["2022-01-03"]),
        ("Maandag heeft hij de moeder bezocht.", ["2022-01-03"]),
        # a noun of a participle's shape after the possessive (ge-...-n): `zijn` with a word after it is no infinitive
        ("Maandag heeft hij zijn gezin verlaten.", ["2022-01-03"]),
        # ... while a `zijn` before a participle is one, and a possessive with no participle leaves a present
        ("Maandag zijn ze naar huis gegaan.", ["2022-01-03"]),
        ("Maandag heeft de club zijn nieuwe trainer.", ["2022-01-10"]),
        ("Maandag zijn de winkels dicht.", ["2022-01-10"]),
        # only ahead: looking back from `heeft`, a `zijn` ends the scan, and a participle before it is not `heeft`'s
        ("Verkleed als zijn vader heeft hij maandag een feest.", ["2022-01-10"]),
    ],
)
def test_a_possessive_zijn_does_not_end_the_scan_for_a_participle(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2022-01-06")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Tuesday 4 January: a name spelled like a weak or listed past, with a capital inside its sentence,
        # says no tense, so the clause is read present and the weekday points ahead
        ("Donderdag en vrijdag zijn er hoorzittingen met minister Anne Hulde.", ["2022-01-06", "2022-01-07"]),
        ("Omdat de minister donderdag een werkbezoek aan Drongen heeft, schuift het overleg op.", ["2022-01-06"]),
        ("De raad praat donderdag met wethouder Piet Witte over de begroting.", ["2022-01-06"]),
        ("Wethouder Piet Witte opent zaterdag de nieuwe bibliotheek in Woerden.", ["2022-01-08"]),
        # not a verb in lower case, nor one opening its sentence or written in capitals throughout
        ("Donderdag verhuisde de minister naar Den Haag.", ["2021-12-30"]),
        ("Verhuisde de minister donderdag naar Den Haag?", ["2021-12-30"]),
        ("Het KABINET VIEL donderdag na een lang debat.", ["2021-12-30"]),
        # a name's words apart by a non-breaking space or a comma are a name's still
        ("De raad praat donderdag met wethouder Piet\u00a0Witte.", ["2022-01-06"]),
        ("Donderdag een bezoek van de ministers Witte, Hulde en Bakker.", ["2022-01-06"]),
        # a verb opening a quotation, a bracket's words, or what follows a colon or a dash is written with a capital
        ("De vraag van de dag: Vertrok de trein donderdag op tijd?", ["2021-12-30"]),
        ('Met de kop "Vertrok de trein donderdag op tijd?" opent de krant.', ["2021-12-30"]),
        ("Een vraag (Verhuisde de minister donderdag echt?) blijft open.", ["2021-12-30"]),
        ("Nog een vraag - Verhuisde de minister donderdag echt?", ["2021-12-30"]),
        ("Nog een vraag \u2013 Verhuisde de minister donderdag echt?", ["2021-12-30"]),
        # a capital after the first letter is a slip of the caps lock, no name's (`vERHUISDE`)
        ("Donderdag vERHUISDE de minister naar Den Haag.", ["2021-12-30"]),
    ],
)
def test_a_capital_inside_a_sentence_makes_a_name_no_verb(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, "2022-01-04")] == expected


def test_a_capital_makes_a_name_only_where_the_language_writes_its_verbs_in_lower_case() -> None:
    text = "Donderdag een bezoek van minister Anne Hulde."
    lower_case = TenseReader(text, load("nl").tense).reading(0, len("Donderdag"))
    unknown = TenseReader(text, replace(load("nl").tense, lower_case_verbs=False)).reading(0, len("Donderdag"))
    assert (lower_case[0], unknown[0]) == ("present", "past")

