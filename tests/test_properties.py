"""Properties over any input: the reader, the tagger and the events stage never raise anything but `InputError`,
offsets stay valid, and the events stage loses no expression it does not mean to.

`check_reader`, `check_tagger` and `check_events` are also what `benchmarks/fuzz.py` runs for minutes.
The merge's properties live in tests/test_merge.py.
"""

from __future__ import annotations

import tempfile
from bisect import bisect_left
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import article_bytes, articles, texts

from generator.errors import InputError
from generator.model import Source, Timex
from generator.temporal import tag
from generator.text.articles import read_article
from generator.text.events import is_event_expression, make_events
from generator.text.sentences import sentence_spans


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


def check_events(folder: Path, article: str) -> None:
    """The events of any article, made as the pipeline makes them, keep the promises of `make_events`.

    Each event is dated by one of the tagger's dates or times, as written at its offsets, inside its sentence, and
    each mention is one of the tagger's expressions; no expression serves twice, ids are unique and the events come
    in text order. An expression is dropped only with its whole sentence (a title, a caption, a page's own line, a
    teaser, a question to the reader, or nothing in it dates a happening): a sentence that makes events carries
    every expression lying wholly in it.
    """
    path = folder / "artikel.md"
    path.write_text(article, encoding="utf-8", errors="surrogatepass")
    try:
        source = read_article(path, folder)
    except InputError:
        return  # what the reader refuses is `check_reader`'s
    timexes = tag(source.body_view(), source.published, source.language)
    events = make_events(source, timexes, source.published)
    found = {(timex.start, timex.end): timex for timex in timexes}
    used: list[tuple[int, int]] = []
    for event in events:
        date = found[event.span]
        assert (date.text, date.value) == (event.expression, event.when) and is_event_expression(date)
        assert event.sentence_span[0] <= event.span[0] < event.span[1] <= event.sentence_span[1] <= len(source.text)
        assert source.text[slice(*event.sentence_span)] == event.text
        for mention in event.mentions:
            assert (found[mention.span].text, found[mention.span].value) == (mention.expression, mention.value)
        used += [event.span, *(mention.span for mention in event.mentions)]
    assert len(used) == len(set(used)), "an expression dates or is mentioned by two events"
    assert len({event.id for event in events}) == len(events)
    assert [event.sentence_span for event in events] == sorted(event.sentence_span for event in events)
    _dropped_whole(source, list(timexes), set(used))


def _dropped_whole(source: Source, timexes: list[Timex], used: set[tuple[int, int]]) -> None:
    """Every sentence of a paragraph that holds an expression of an event holds no expression left out."""
    starts = [timex.start for timex in timexes]  # in order, as `check_tagger` holds
    for block in source.blocks:
        if block.kind != "paragraph":
            continue
        for start, end in sentence_spans(source.text, block.start, block.end, source.language):
            inside = timexes[bisect_left(starts, start) : bisect_left(starts, end)]
            kept = [(timex.start, timex.end) in used for timex in inside if timex.end <= end]
            assert all(kept) or not any(kept), f"a sentence lost some of its expressions: {source.text[start:end]!r}"


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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_any_article_gives_events_that_keep_its_expressions(article: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_events(Path(folder), article)
