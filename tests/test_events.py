"""Events from tagged sources: one per placeable value in a sentence, context kept, stable ids, order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.model import Event
from generator.pipeline import source_events
from generator.temporal import tag
from generator.text.articles import read_article
from generator.text.events import event_id, make_events, order_events


def article(tmp_path: Path, text: str, name: str = "bericht.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path, tmp_path)


def events_of(source, dct: str = "2023-05-12"):
    return make_events(source, tag(source.body_view(), dct))


def test_a_sentence_with_a_date_is_an_event_and_its_neighbours_are_context(tmp_path: Path) -> None:
    source = article(
        tmp_path,
        "De brug ging open. Dinsdagmiddag liep een schip vast. Het schip lag dwars. De kapitein is ongedeerd.\n"
        "Een duur van drie maanden is geen plaats op de tijdlijn.\n",
    )
    (event,) = events_of(source)
    assert event.text == "Dinsdagmiddag liep een schip vast."
    assert event.when == "2023-05-09TAF"
    assert event.context == ("De brug ging open.", "Het schip lag dwars.", "De kapitein is ongedeerd.")
    assert source.text[event.span[0] : event.span[1]] == event.expression == "Dinsdagmiddag"
    assert source.text[event.sentence_span[0] : event.sentence_span[1]] == event.text
    assert event.interval.precision == "partofday"


def test_each_distinct_value_of_a_sentence_is_an_event(tmp_path: Path) -> None:
    source = article(tmp_path, "Het debat is morgen, op 13 mei, en de stemming volgt op 20 mei.\n")
    events = events_of(source)
    assert [(e.expression, e.when) for e in events] == [("morgen", "2023-05-13"), ("20 mei", "2023-05-20")]
    assert len({e.id for e in events}) == 2


def test_context_between_events_goes_to_the_event_before(tmp_path: Path) -> None:
    source = article(tmp_path, "Eerst iets. Maandag begon het. Toen dit. Woensdag eindigde het. Tot slot dat.\n")
    first, second = events_of(source)
    assert first.context == ("Eerst iets.", "Toen dit.")
    assert second.context == ("Tot slot dat.",)


def test_ids_survive_edits_elsewhere_and_differ_between_sources(tmp_path: Path) -> None:
    before = article(tmp_path, "Kop\nMaandag begon het.\nIets anders.\nDinsdag ging het door.\n")
    after = article(tmp_path, "Nieuwe kop erboven\nEen nieuwe alinea.\nMaandag begon het.\nDinsdag ging het door.\n")
    assert [e.id for e in events_of(before)] == [e.id for e in events_of(after)]
    other = article(tmp_path, "Kop\nMaandag begon het.\n", name="ander.txt")
    assert events_of(other)[0].id != events_of(before)[0].id
    assert events_of(before)[0].id.startswith("bericht-maandag-")


def test_the_same_sentence_twice_gets_two_ids() -> None:
    taken: set[str] = set()
    first = event_id("bron", "vandaag", "Vandaag regent het.", taken)
    second = event_id("bron", "vandaag", "Vandaag regent het.", taken)
    assert first != second and second.startswith(first)


def make(when: str, source: str = "a", offset: int = 0) -> Event:
    return Event(
        id=f"{source}-{when}-{offset}", source=source, when=when, text="t", expression="e",
        span=(offset, offset + 1), sentence_span=(offset, offset + 1),
    )


def test_order_coarser_first_then_text_then_source() -> None:
    events = [
        make("2022-01-06T02:00"), make("2022-01-05TNI"), make("2022-01-05TEV"), make("2022-01-05"),
        make("2022-01"), make("2022-01-06", "b", 5), make("2022-01-06", "a", 9), make("2022-01-06", "a", 3),
        make("2022-W01"), make("2021-12-31"), make("XXXX-XX-XXTMO"),
        replace(make("2022-01-06", "a", 0), id="added-by-an-editor", span=(0, 0)),
    ]
    ordered = [(e.when, e.source, e.span[0]) for e in order_events(events, {"a": 0, "b": 1})]
    assert ordered == [
        ("2021-12-31", "a", 0),
        ("2022-01", "a", 0),
        ("2022-W01", "a", 0),  # Monday 3 January
        ("2022-01-05", "a", 0),
        ("2022-01-05TEV", "a", 0),
        ("2022-01-05TNI", "a", 0),
        ("2022-01-06", "a", 3),
        ("2022-01-06", "a", 9),
        ("2022-01-06", "a", 0),  # added by an editor, without offsets: after the article's own
        ("2022-01-06", "b", 5),
        ("2022-01-06T02:00", "a", 0),
        ("XXXX-XX-XXTMO", "a", 0),
    ]


def test_seed_events_follow_the_gold_chronology(repo: Path, data: Path) -> None:
    import yaml

    gold = yaml.safe_load((data / "seeds-gold.yaml").read_text(encoding="utf-8"))
    events = []
    for name in sorted(p.name for p in (repo / "seeds").glob("*.txt")):
        source = read_article(repo / "seeds" / name, repo)
        events.extend(source_events(source, "2022-01-06"))
    ordered = order_events(events, {slug: rank for rank, slug in enumerate(sorted({e.source for e in events}))})
    seen = [(e.when, e.source[:3], e.text) for e in ordered]
    assert len(seen) == len(gold["timeline"])
    for (when, source, text), expected in zip(seen, gold["timeline"], strict=True):
        assert (when, source) == (expected["date"], expected["source"])
        assert text.startswith(expected["starts"])
