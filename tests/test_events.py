"""Events from tagged sources: one per placeable value in a sentence, context kept, stable ids, order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.model import Event, ordered_reasons
from generator.pipeline import source_events
from generator.temporal import tag
from generator.text import events as events_module
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


# One happening told twice: the lede, then the happening's taking place with its time (`clauses.restating`).
def _told(tmp_path: Path, text: str, dct: str = "2023-05-12"):
    return events_of(article(tmp_path, text), dct)


def test_a_happening_told_again_with_its_time_is_one_event_dated_by_the_time(tmp_path: Path) -> None:
    lede = "Bij een brand in Hengelo is zondagavond een woning verwoest."
    again = "De brand brak rond 21.30 uur uit in de keuken."
    (event,) = _told(tmp_path, f"{lede} {again}\n")
    assert (event.when, event.expression, event.text) == ("2023-05-07T21:30", "21.30 uur", again)
    assert [(m.expression, m.value) for m in event.mentions] == [("zondagavond", "2023-05-07TEV")]
    assert event.context == (lede,)  # the lede's sentence is kept with it: nothing is lost
    assert event.id == event_id("bericht", "21.30 uur", again, set())  # the retelling's own id: its edits still bind


@pytest.mark.parametrize(
    ("lede", "again"),
    [
        ("Bij een verkeersongeluk op de N34 is donderdagmiddag een fietser gewond geraakt.",
         "Het ongeluk gebeurde rond 15.10 uur bij Emmen."),  # a compound names it: verkeersongeluk
        ("Bij een overval op een juwelier in Groningen is dinsdagochtend een man gewond.\n\nEen getuige zag "
         "twee mannen wegrennen.",
         "De overval vond rond 9.40 uur plaats."),  # another paragraph; the particle after the time
        ("Voor de kust van Chili was maandag een zware aardbeving.",
         "Die beving deed zich om 4.12 uur plaatselijke tijd voor."),
    ],
)
def test_the_taking_place_of_a_happening_named_before_joins_its_event(tmp_path: Path, lede: str, again: str) -> None:
    events = _told(tmp_path, f"{lede} {again}\n")
    assert len(events) == 1
    assert events[0].text == again and events[0].interval.precision == "minute"


@pytest.mark.parametrize(
    "text",
    [
        # a step of the happening, not its taking place
        "Bij een brand in Hengelo is zondagavond een woning verwoest. De brand werd om 21.45 uur gemeld.",
        # another happening on another day
        "Op 3 mei woedde een brand in een loods in Almelo. De brand in Hengelo brak op 5 mei rond 4.00 uur uit.",
        # no noun of it named before (a verb is not enough: `overvallen`)
        "Zondagavond is in Hengelo een woning verwoest. Het ongeluk gebeurde rond 21.30 uur.",
        "In Groningen is dinsdagochtend een juwelier overvallen. De overval vond rond 9.40 uur plaats.",
        # an indefinite noun tells a new one
        "Zondagavond woedde een brand in Hengelo. Een brand brak maandag om 3.00 uur uit in Almelo.",
        # the noun not opening its sentence
        "Zondagavond woedde een brand in Hengelo. Volgens de brandweer brak de brand om 22.00 uur uit.",
    ],
)
def test_other_sentences_on_the_same_days_stay_events_of_their_own(tmp_path: Path, text: str) -> None:
    assert len(_told(tmp_path, text + "\n")) == 2


def test_a_retelling_joins_the_nearest_happening_of_its_noun(tmp_path: Path) -> None:
    """Two fires of one evening: `De brand` after the second is the second's."""
    first = "Zondagavond ging in Hengelo een schuur in vlammen op."
    second = "Ook in Almelo woedde zondagavond een brand."
    events = _told(tmp_path, f"{first} {second} De brand brak rond 22.00 uur uit in een garage.\n")
    assert [(e.text, [m.expression for m in e.mentions]) for e in events] == [
        (first, []), ("De brand brak rond 22.00 uur uit in een garage.", ["zondagavond"])]


def test_only_the_first_happening_of_a_retelling_joins(tmp_path: Path) -> None:
    """`De brand brak … uit, en zaterdag …`: the sentence's later happening is its own, not the other fire's."""
    text = (
        "Zaterdag woedde een brand in Almelo. Zondagavond was er een brand in Hengelo. "
        "De brand brak die avond om 21.30 uur uit, en zaterdag werd in Almelo een man aangehouden.\n"
    )
    events = _told(tmp_path, text)
    assert [(e.when, len(e.mentions)) for e in events] == [
        ("2023-05-06", 0), ("2023-05-07T21:30", 1), ("2023-05-06", 0)]


def test_a_retelling_whose_lede_is_finer_joins_only_its_first_happening(tmp_path: Path) -> None:
    """The joined event keeps the finer lede's sentence: the retelling's later happening is still not a retelling."""
    almelo = "Maandag woedde een brand in Almelo."
    text = (
        f"{almelo} Zondagavond om 21.30 uur was er een brand in Hengelo. "
        "De brand brak zondagavond uit, en maandag werd in Almelo een man aangehouden.\n"
    )
    events = _told(tmp_path, text)
    assert [(e.when, [m.expression for m in e.mentions]) for e in events] == [
        ("2023-05-08", []), ("2023-05-07T21:30", ["zondagavond"]), ("2023-05-08", [])]
    assert events[0].text == almelo


@pytest.mark.parametrize(
    "lede",
    [
        "Bij een brand in Hengelo is zondagavond een woning verwoest.",  # its day read by its tense: doubted
        "In Hengelo is een woning verwoest bij een brand, die op 7 mei woedde.",
    ],
)
def test_a_joined_event_names_the_event_it_took_in_and_keeps_its_doubts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lede: str
) -> None:
    """An editor's work on the event taken in finds the joined one by its id; its doubts may be the join's."""
    text = f"{lede} De brand brak rond 21.30 uur uit.\n"
    with monkeypatch.context() as patch:
        patch.setattr(events_module, "_told_once", lambda _source, made: tuple(made))
        first, again = _told(tmp_path, text)
    (joined,) = _told(tmp_path, text)
    assert (joined.id, joined.joined) == (again.id, (first.id,))
    assert joined.review == ordered_reasons((*again.review, *first.review))
    assert set(first.review) <= set(joined.review)


def test_a_live_blogs_stamp_on_a_line_of_its_own_dates_the_entry_below_it(tmp_path: Path) -> None:
    text = (
        "Liveblog: storm over het land\n\n"
        "Update 17u43\n\nEen boom valt op een auto in Oss.\n\n"
        "Update 17u30\n\nDe brandweer sluit de dijk bij Lith af.\n"
    )
    found = [(e.when, e.text.split("\n")[-1]) for e in events_of(article(tmp_path, text))]
    assert found == [
        ("2023-05-12T17:43", "Een boom valt op een auto in Oss."),
        ("2023-05-12T17:30", "De brandweer sluit de dijk bij Lith af."),
    ]
