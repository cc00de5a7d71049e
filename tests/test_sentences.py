"""Sentence splitting on Dutch news text: abbreviations, quotes, numbers with dots."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.temporal import tense
from generator.temporal.language import load as load_language
from generator.text import sentences
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
        (
            "Wij volgen de storm de hele middag.18.30 uur: De brug is weer open.",
            ["Wij volgen de storm de hele middag.", "18.30 uur: De brug is weer open."],
        ),
        ("Het kost ca.18.30 euro per stuk.", ["Het kost ca.18.30 euro per stuk."]),
        ("Installeer versie v2.10.30 vandaag.", ["Installeer versie v2.10.30 vandaag."]),
        ("Het zakte naar 18.3 procent.", ["Het zakte naar 18.3 procent."]),
        # A sentence opening with an elided word, any apostrophe: the word after it has the capital.
        (
            "De veerpont voer tot 13.00 uur. ’s Middags lag hij stil. 's-Hertogenbosch bleef droog. ‘t Is voorbij.",
            ["De veerpont voer tot 13.00 uur.", "’s Middags lag hij stil.", "'s-Hertogenbosch bleef droog.",
             "‘t Is voorbij."],
        ),
        # In lower case after it the writer went on: no new sentence; nor is a quoted word opening with `s`.
        ("De bus rijdt tot 8 uur. 's avonds niet meer.", ["De bus rijdt tot 8 uur. 's avonds niet meer."]),
        ("Er stond een bord. ‘stop’ stond erop.", ["Er stond een bord. ‘stop’ stond erop."]),
        # The Dutch low double comma opens a quotation, and a sentence with it.
        (
            "De wethouder was kort. ,,We beginnen maandag”, zei ze. ,,Daarna zien we verder.''",
            ["De wethouder was kort.", ",,We beginnen maandag”, zei ze.", ",,Daarna zien we verder.''"],
        ),
        # Abbreviations of the Flemish and Dutch press.
        (
            "Er kwamen bvb. buren, m.u.v. de eigenaar. Dat gebeurde i.s.m. Ir. Bos, m.a.w. vlot.",
            ["Er kwamen bvb. buren, m.u.v. de eigenaar.", "Dat gebeurde i.s.m. Ir. Bos, m.a.w. vlot."],
        ),
        # A name's age in brackets after initials goes on the sentence; a bracket opening the next one does not.
        (
            "Hij sloeg K.L. (34) uit Gent. De politie greep in. (Later meer.) Het bleef onrustig.",
            ["Hij sloeg K.L. (34) uit Gent.", "De politie greep in.", "(Later meer.)", "Het bleef onrustig."],
        ),
        # A scraper dropped the space between two sentences; a web address or abbreviation is no such run-on.
        (
            "De brug ging om 9 uur dicht.De schippers wachtten.Daarna voer de eerste boot.",
            ["De brug ging om 9 uur dicht.", "De schippers wachtten.", "Daarna voer de eerste boot."],
        ),
        ("Lees het op nu.nl of bel dhr.Jansen vandaag.", ["Lees het op nu.nl of bel dhr.Jansen vandaag."]),
        # A straight quote run on with them opens the next sentence, unless the paragraph has a quotation open.
        (
            'De dijk hield stand."We bleven binnen", zei ze. "Het water steeg. Het ging snel."Toen zakte het.',
            ['De dijk hield stand.', '"We bleven binnen", zei ze.', '"Het water steeg.', 'Het ging snel."',
             "Toen zakte het."],
        ),
        (
            "Hij zat in z'n auto.'Ik sliep', zei hij.",
            ["Hij zat in z'n auto.", "'Ik sliep', zei hij."],
        ),
        # The apostrophe of an elided word (`'s avonds`, `'t`) is no quotation mark the count could take for open.
        (
            "Ze kwam 's avonds thuis.'Ik sliep', zei ze. Het was 't begin.'Nu niet', zei hij.",
            ["Ze kwam 's avonds thuis.", "'Ik sliep', zei ze.", "Het was 't begin.", "'Nu niet', zei hij."],
        ),
        # `!` or `?` inside a quotation ends the sentence only before a capital.
        (
            '"Wat nu?" vroeg de agent. "Weg!" Hij rende de straat uit.',
            ['"Wat nu?" vroeg de agent.', '"Weg!"', "Hij rende de straat uit."],
        ),
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


def _repeats_and_lookarounds(pattern: re.Pattern[str]) -> tuple[list[tuple[str, int]], int]:
    """Each repeat of a pattern as (kind, upper bound), and how many look-arounds it has, from `re`'s own parser."""
    repeats, lookarounds = [], 0

    def walk(items: object) -> None:
        nonlocal lookarounds
        for op, argument in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                repeats.append((name, argument[1]))
                walk(argument[2])
            elif name in ("ASSERT", "ASSERT_NOT"):
                lookarounds += 1
                walk(argument[1])
            elif name == "SUBPATTERN":
                walk(argument[3])
            elif name in ("BRANCH",):
                for branch in argument[1]:
                    walk(branch)

    walk(re._parser.parse(pattern.pattern))  # re's own parser: what the matcher will run
    return repeats, lookarounds


@pytest.mark.parametrize(
    "patterns",
    [list(vars(sentences).values()), [sentences._splitting("nl").next_start], [tense._SENTENCE_END]],
    ids=["splitter", "splitter-language", "tense"],
)
def test_no_pattern_that_finds_sentence_ends_can_backtrack(patterns: list[object]) -> None:
    """Possessive repeats only and no look-around: a run of `.!?` is taken whole once, never tried again."""
    patterns = [value for value in patterns if isinstance(value, re.Pattern)]
    assert patterns
    for pattern in patterns:
        repeats, lookarounds = _repeats_and_lookarounds(pattern)
        unbounded = [kind for kind, upper in repeats if upper == re._constants.MAXREPEAT]
        assert all(kind == "POSSESSIVE_REPEAT" for kind in unbounded), pattern.pattern
        assert lookarounds == 0, pattern.pattern


@pytest.mark.parametrize("run", [".", "?!", "…", '."'])
def test_a_long_run_of_end_punctuation_is_split_in_linear_time(run: str) -> None:
    text = "Het begon donderdag" + run * (40_000 // len(run)) + " En toen"  # 40,000 dots took 49.5 s
    started = time.perf_counter()
    spans = sentence_spans(text, 0, len(text))
    assert time.perf_counter() - started < 1.0
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_the_tense_reader_finds_sentence_ends_in_a_long_run_in_linear_time() -> None:
    text = "Op maandag kwamen zij" + "." * 40_000 + "x en toen. Dinsdag"  # 10,000 dots took 9 s
    started = time.perf_counter()
    ends = tense.TenseReader(text, load_language("nl").tense)._sentence_ends
    assert time.perf_counter() - started < 1.0
    assert ends == [len(text) - len(" Dinsdag")]


def test_many_sentences_run_on_with_quotes_are_split_in_linear_time() -> None:
    text = 'Het regende."Nu' * 20_000
    started = time.perf_counter()
    spans = sentence_spans(text, 0, len(text))
    assert time.perf_counter() - started < 1.0
    assert len(spans) == 20_001


def test_the_splitter_still_ends_a_sentence_after_a_run() -> None:
    assert split("Het was voorbij!!! Toen kwam de politie...  Daarna niets.") == [
        "Het was voorbij!!!", "Toen kwam de politie...", "Daarna niets."]
