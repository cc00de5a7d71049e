"""The engine is language-neutral: all words live in the language data, compiled once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.temporal import language, triggers

ENGINE = Path(language.__file__).parent
DUTCH = ("maandag", "gisteren", "januari", "vannacht", "geleden", "pasen", "kerst", "vorige", "ochtend")


def test_no_dutch_words_in_the_engine() -> None:
    for module in ENGINE.glob("*.py"):
        source = module.read_text(encoding="utf-8").lower()
        for word in DUTCH:
            assert not re.search(rf"\b{word}\b", source), f"{word!r} in {module.name}"


def test_language_data_is_loaded_once() -> None:
    assert language.load("nl") is language.load("nl")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        language.load("xx")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:de|het)\s+nacht", {"de nacht", "het nach"}),
        (r"(?:op\s+)?\d+\s+mei", {"op 0", "0"}),
        (r"['’]s\s+avonds", {"'s avond"}),
        (r"van(?:avond|nacht)", {"vanavond", "vannacht"}),
    ],
)
def test_rule_prefixes(pattern: str, expected: set[str]) -> None:
    assert triggers.prefixes(pattern, re.IGNORECASE) == expected


def test_normalized_text_keeps_offsets() -> None:
    text = "Op 6 Januari\tom İ 10.30’s"
    assert len(triggers.fold(text)) == len(text)


@pytest.mark.parametrize("separator", ["-", "-|/", r"\s*[-/]\s*"])
def test_a_seasons_separator_written_as_an_alternation_stays_one_piece(separator: str) -> None:
    """A season's pair of years is spelled out from its separator: an alternation must not split the pattern."""
    season = re.compile(language._year_and_next(separator))
    for pair in ("2019-2020", "2019-20", "1999-2000", "2099-2100"):
        assert season.fullmatch(pair), pair
    for pair in ("2019-2021", "2021-1922"):
        assert not season.fullmatch(pair), pair
    if "/" in separator:
        assert season.fullmatch("2025/26")


@pytest.mark.parametrize(
    ("pair", "season"),
    [
        # each unit, ten and century step, at both ends of the years it reads (1000 to 2099)
        ("1989-1990", True),
        ("1989-90", True),
        ("2008-09", True),
        ("1000-1001", True),
        ("1099-1100", True),
        ("1999-00", True),
        # the second year keeps the first's tens and century, a ten steps only after a 9 and a century after a 99
        ("2013-4", False),
        ("2013-204", False),
        ("2019-2030", False),
        ("2019-2000", False),
        # no year before 1000 or after 2099
        ("0999-1000", False),
        ("2119-2120", False),
        ("3019-3020", False),
    ],
)
def test_a_seasons_pair_steps_to_the_year_after_only(pair: str, season: bool) -> None:
    assert bool(re.fullmatch(language._year_and_next("-"), pair)) is season


def test_not_after_a_class_needs_listed_words() -> None:
    """`<!class>` spells out one lookbehind per listed word: a class read by a regex would silently match nothing."""
    words = language.WordClass("verb", "telde|telt", {"telde": None, "telt": None}, False)
    digits = language.WordClass("day", r"\d+", {}, True)
    assert language._not_after("<!verb>x", {"verb": words}) == r"(?<!\btelde\s)(?<!\btelt\s)x"
    with pytest.raises(ValueError, match="<!day>"):
        language._not_after("<!day>x", {"day": digits})


@pytest.mark.parametrize(
    "found",
    [
        language.WordClass("day", r"\d+|een", {"een": 1}, True),  # a regex beside its words
        language.WordClass("none", "", {}, False),  # no words at all
        language.WordClass("habit", "dagelijks", {"dagelijks": None}, False, "e?"),  # a suffix after each word
    ],
)
def test_not_after_refuses_a_class_it_cannot_spell_out(found: language.WordClass) -> None:
    with pytest.raises(ValueError, match=f"<!{found.name}>"):
        language._not_after(f"<!{found.name}>x", {found.name: found})


def test_a_regexs_own_negative_lookbehind_is_no_class() -> None:
    """`(?<!verb>)` in a pattern is a lookbehind of the regex itself, left as written, even when a class bears that
    name."""
    words = language.WordClass("verb", "telt", {"telt": None}, False)
    assert language._not_after("(?<!verb>)x", {"verb": words}) == "(?<!verb>)x"
