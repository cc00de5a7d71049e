"""Sentence splitting on Dutch news text: abbreviations, quotes, numbers with dots."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.text.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er kwamen o.a. wethouders. Dhr. Bakker sprak ca. tien minuten.",
            ["Er kwamen o.a. wethouders.", "Dhr. Bakker sprak ca. tien minuten."],
        ),
        (
            "De trein vertrok om 07.45 uur. Er reisden 12.000 mensen mee.",
            ["De trein vertrok om 07.45 uur.", "Er reisden 12.000 mensen mee."],
        ),
        (
            '"We gaan door", zei de voorzitter. "Dit is pas het begin." Daarna viel het stil.',
            ['"We gaan door", zei de voorzitter.', '"Dit is pas het begin."', "Daarna viel het stil."],
        ),
        (
            "Is dit het einde? Nee! Het gaat verder…  Morgen meer.",
            ["Is dit het einde?", "Nee!", "Het gaat verder…", "Morgen meer."],
        ),
        (
            "Prof. dr. A. de Graaf en mevr. Y. Peters i.p.v. mr. Smit.",
            ["Prof. dr. A. de Graaf en mevr. Y. Peters i.p.v. mr. Smit."],
        ),
        ("Het kost 5 euro p.p. en dat is het.", ["Het kost 5 euro p.p. en dat is het."]),
        ("Geen punt aan het eind", ["Geen punt aan het eind"]),
    ],
)
def test_dutch_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_are_offsets_into_a_larger_text() -> None:
    text = "Kop\nEerste zin. Tweede zin.\nVolgende alinea."
    start = text.index("Eerste")
    end = text.index("\nVolgende")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Eerste zin.", "Tweede zin."]


@given(st.text(alphabet=st.sampled_from(list("abc ABC.!?\"'”\n 0123")), max_size=80))
def test_any_text_gives_ordered_stripped_spans_that_cover_every_word(text: str) -> None:
    spans = sentence_spans(text, 0, len(text))
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
