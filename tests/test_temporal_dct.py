"""A DCT known only to the month, or not at all: coarser or X values, never an invented day, always flagged."""

from __future__ import annotations

import pytest

from generator.temporal import tag
from generator.temporal.resolve import DCT_MONTH, DCT_UNKNOWN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinsdag werd bekend dat de fabriek sluit.", ("2023-05", DCT_MONTH)),
        ("Gisteravond werd een man opgepakt.", ("2023-05", DCT_MONTH)),
        ("Vrijdagochtend wordt de brug geopend.", ("2023-05", DCT_MONTH)),
        ("Vorige week werd het bekend.", ("2023-05", DCT_MONTH)),
        ("Op 3 mei was er een demonstratie.", ("2023-05-03", None)),
        ("Vorige maand werd het bekend.", ("2023-04", None)),
        ("Vorig jaar was het rustig.", ("2022", None)),
        ("In februari was het koud.", ("2023-02", "tense")),  # next February in the future tense
    ],
)
def test_month_only_dct(text: str, expected: tuple[str, str | None]) -> None:
    assert [(t.value, t.review) for t in tag(text, "2023-05")] == [expected]


@pytest.mark.parametrize(
    "text", ["Om 04.30 uur brak er brand uit.", "Zaterdag rond 22.15 uur werd een man opgepakt.", "Het was vier uur."]
)
def test_a_clock_time_under_a_month_only_dct_is_a_time_valued_by_the_month(text: str) -> None:
    found = tag(text, "2023-05")
    assert [(t.type, t.value, t.review) for t in found] == [("TIME", "2023-05", DCT_MONTH)]


@pytest.mark.parametrize("offset", ["Tien minuten later", "Een uur eerder", "Twee uur later"])
def test_a_time_counted_from_a_clock_time_known_only_to_the_month_keeps_the_month(offset: str) -> None:
    found = tag(f"De bus vertrok om 8.15 uur. {offset} kwam de melding binnen.", "2023-05")
    assert [(t.type, t.value, t.review) for t in found] == [("TIME", "2023-05", DCT_MONTH)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisteravond werd een man opgepakt.", "XXXX-XX-XXTEV"),
        ("Vanochtend werd bekend dat de fabriek sluit.", "XXXX-XX-XXTMO"),
        ("Dinsdag werd bekend dat de fabriek sluit.", "XXXX-XX-XX"),
        ("Op 3 mei was er een demonstratie.", "XXXX-05-03"),
        ("Vorig jaar was het rustig.", "XXXX"),
        ("Vorige week werd het bekend.", "XXXX-WXX"),
        ("Om 10.00 uur begon de zitting.", "XXXX-XX-XXT10:00"),
        ("Deze zomer wordt het druk.", "XXXX-SU"),
    ],
)
def test_unknown_dct_gives_x_values_with_a_review(text: str, expected: str) -> None:
    found = tag(text, None)
    assert [t.value for t in found] == [expected]
    assert found[0].review == DCT_UNKNOWN


def test_full_dates_need_no_dct_and_anchor_what_follows() -> None:
    found = tag("Op 6 januari 2022 begon het. Twee dagen later werd het stil.", None)
    assert [(t.value, t.review, t.anchor) for t in found] == [
        ("2022-01-06", None, None),
        ("2022-01-08", "anaphor", "2022-01-06"),
    ]


@pytest.mark.parametrize("dct", ["2022-13-01", "2022-02-30", "6 januari", "2022/01/06", ""])
def test_a_bad_dct_is_refused(dct: str) -> None:
    with pytest.raises(ValueError):
        tag("Gisteren.", dct)
