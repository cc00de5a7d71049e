"""Forms of Dutch words the tagger read only in their plain form: an hour in -en, a unit's diminutive, a part of
day in a compound; and what a form around them says (a pair of ordinals sharing a noun, `over` after a word of
spreading, a season's pair of years). Sentences written for the test: where each rule must fire and where not."""

from __future__ import annotations

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
        ("Voor tienen moet alles binnen zijn.", ("tienen", "TIME", "2024-03-13T10:00")),
        ("Vanavond na elven wordt het stil.", ("elven", "TIME", "2024-03-13T23:00")),
    ],
)
def test_an_hour_in_en_after_a_clock_word_is_that_hour(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("lead", "word", "plain"),
    [("na", "elven", "elf uur"), ("tegen", "vieren", "vier uur"), ("rond", "zevenen", "zeven uur"),
     ("voor", "twaalven", "twaalf uur"), ("vanaf", "drieën", "drie uur")],
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
    ],
)
def test_a_form_in_en_without_a_clock_word_is_no_hour(text: str) -> None:
    assert [t for t in values(text) if t[1] == "TIME"] == []
