"""Properties over any input: the reader and the tagger never raise anything but `InputError`, offsets stay valid.

`check_reader` and `check_tagger` are also what `benchmarks/fuzz.py` runs for minutes.
The merge's properties live in tests/test_merge.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import article_bytes, texts

from generator.errors import InputError
from generator.temporal import tag
from generator.text.articles import read_article


def check_reader(folder: Path, data: bytes) -> None:
    """Any bytes give a `Source` whose blocks lie inside its text, or an `InputError` naming the file."""
    path = folder / "artikel.md"
    path.write_bytes(data)
    try:
        source = read_article(path, folder)
    except InputError as error:
        assert error.path == "artikel.md" and error.message
        return
    assert source.blocks
    for block in source.blocks:
        assert 0 <= block.start < block.end <= len(source.text)
        assert source.block_text(block).strip() == source.block_text(block)
    assert len(source.body_view()) == len(source.text)


def check_tagger(text: str, dct: str | None = "2022-01-06") -> None:
    """Every expression lies inside the text, in order, and is exactly the words at its offsets."""
    previous_end = 0
    for timex in tag(text, dct):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end


QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(article_bytes)
def test_any_bytes_give_a_source_or_an_input_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_reader(Path(folder), data)


@QUICK
@given(texts, st.sampled_from([None, "2022-01-06", "2022-01", "1999-12-31"]))
def test_any_text_gives_valid_offsets(text: str, dct: str | None) -> None:
    check_tagger(text, dct)
