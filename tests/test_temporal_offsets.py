"""Offsets always slice back to the expression, in order and without overlap, whatever the text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.temporal import tag

PIECES = [
    "gisteravond", "Vannacht", "op 5 januari 2022", "vorige week dinsdag", "om 10.30 uur", "half negen",
    "de afgelopen dagen", "Koningsdag", "twee dagen later", "in 1998", "2000 mensen", "elke dag", "Die avond",
    "donderdagochtend", "'s avonds", "10.000", "werd", "gaat", "de politie", "Augustus", "mei", "over een week",
    "drie weken geleden", "het voorjaar van 2021", "zondag om kwart voor elf", "ú", "İ", "’s nachts",
]
SEPARATORS = [" ", ". ", ", ", "\n", "  ", "\n\n", " - ", "; "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12),
       st.sampled_from(["2022-01-06", "2022-01", None]))
def test_offsets_slice_back_in_order(parts: list[tuple[str, str]], dct: str | None) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    found = tag(text, dct)
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
        assert timex.text == timex.text.strip()
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def test_blanked_metadata_keeps_offsets() -> None:
    raw = " date 2022-01 De politie heeft donderdagochtend geschoten."
    blanked = " " * len(" date 2022-01 ") + raw[len(" date 2022-01 ") :]
    (found,) = tag(blanked, "2022-01-06")
    assert raw[found.start : found.end] == "donderdagochtend"
    assert found.value == "2022-01-06TMO"
