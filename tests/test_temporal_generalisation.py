"""Rules added so that the tagger generalises beyond the development set (see tests/data/nl-heldout.yaml)."""

from __future__ import annotations

import pytest

from generator.lang.messages import messages
from generator.model import REVIEW_REASONS
from generator.temporal import tag

DCT = "2022-05-11"  # a Wednesday


def values(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weak past tenses of stems in -f/-v (durfde, beloofde) and in -en (tekende)
        ("Donderdag beloofde de wethouder beterschap.", "2022-05-05"),
        ("Vrijdag leefde het dorp nog in angst.", "2022-05-06"),
        ("Dinsdag ondertekende de koning de wet.", "2022-05-10"),
        # a noun ending like a past tense is no past tense: the suspect, the same, the fifth
        ("Maandag moet de verdachte opnieuw voorkomen.", "2022-05-16"),
        ("Zaterdag speelt het elftal hetzelfde duel opnieuw.", "2022-05-14"),
        # perfect tense with a strong participle without ge- or with a past form
        ("Zondag is in Arnhem een auto beschoten.", "2022-05-08"),
        ("Vrijdag zijn twee gevangenen verdwenen.", "2022-05-06"),
        ("Dinsdag is de oud-burgemeester overleden.", "2022-05-10"),
        # modal of obligation points forward
        ("Vrijdag moeten de plannen klaar zijn.", "2022-05-13"),
    ],
)
def test_tense_cues_for_weekdays(text: str, expected: str) -> None:
    found = tag(text, DCT)
    assert [t.value for t in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Het bestuur van Piet Maandag stapt op.",
        "De columns van Anna Vrijdag zijn gebundeld.",
        "Het gebeurde op een zondag, zoals altijd.",
        "In 1200 gemeenten werd gestemd.",
        "In 2000 bedrijven ligt het werk stil.",
        "Er kwamen 1800 meldingen binnen.",
    ],
)
def test_names_generic_weekdays_and_counts_are_no_dates(text: str) -> None:
    assert tag(text, DCT) == ()


def test_a_capitalised_weekday_still_counts_at_a_sentence_or_quote_start() -> None:
    found = values("Hij zei het al. 'Dinsdag komt hij terug.' Vrijdag kwam hij.")
    assert [v for _, _, v in found] == ["2022-05-17", "2022-05-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij zat een half jaar vast.", ("een half jaar", "DURATION", "P6M")),
        ("De storing duurde anderhalf uur.", ("anderhalf uur", "DURATION", "PT90M")),
        ("De reparatie duurt enkele weken.", ("enkele weken", "DURATION", "PXW")),
        ("Het kost een aantal maanden.", ("een aantal maanden", "DURATION", "PXM")),
        ("De bus rijdt drie keer per dag.", ("drie keer per dag", "SET", "P1D")),
        ("De markt is 's zaterdags open.", ("'s zaterdags", "SET", "XXXX-WXX-6")),
        ("Op dinsdagen is het museum dicht.", ("dinsdagen", "SET", "XXXX-WXX-2")),
        ("Het komende weekend wordt het feest gehouden.", ("Het komende weekend", "DATE", "2022-W19-WE")),
        ("Het jaar 1989 veranderde Europa.", ("Het jaar 1989", "DATE", "1989")),
        ("Deze nacht wordt het glad.", ("Deze nacht", "DATE", "2022-05-11TNI")),
        ("In de nacht van 7 op 8 mei brandde een schuur af.", ("de nacht van 7 op 8 mei", "DATE", "2022-05-07TNI")),
    ],
)
def test_new_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_vague_counted_offsets_are_references() -> None:
    found = tag("Enkele weken geleden begon het; over een paar dagen is het klaar.", DCT)
    assert [t.value for t in found] == ["PAST_REF", "FUTURE_REF"]


def test_midnight_closing_an_evening_is_the_next_day_at_0000() -> None:
    assert values("Vanavond om middernacht sluit de zaak.") == [
        ("Vanavond om middernacht", "TIME", "2022-05-12T00:00")
    ]


def test_review_reasons_are_codes_with_dutch_words() -> None:
    (month_only,) = tag("Dinsdag werd bekend dat de fabriek sluit.", "2022-05")
    (unknown,) = tag("Gisteren werd het bekend.", None)
    (no_anchor,) = tag("Een dag later werd het bekend.", DCT)
    assert (month_only.review, unknown.review, no_anchor.review) == ("dct-month", "dct-unknown", "no-anchor")
    say = messages("nl")
    assert all(say.reason(code) != code for code in REVIEW_REASONS)
    assert say.reason("dct-month") == "publicatiedatum alleen tot op de maand bekend: dag niet te bepalen"
    assert "2022-01-05" in say.reason("anaphor", "2022-01-05")
