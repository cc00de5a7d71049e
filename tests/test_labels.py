"""Every date a reader sees is said in words: values with unknown parts, nights, ranges; never a TIMEX3 code."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.making import labels
from generator.model import Event
from generator.temporal.values import interval


def event(when: str, mod: str | None = None) -> Event:
    return Event(id="e", source="a", when=when, text="Zin.", expression="x", span=(0, 1), sentence_span=(0, 4),
                 mod=mod, interval=interval(when))  # fmt: skip


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("XXXX-01-01", "1 januari, jaar onbekend"),
        ("XXXX-12", "december, jaar onbekend"),
        ("XXXX-SU", "zomer, jaar onbekend"),
        ("XXXX-WXX-2", "een dinsdag, datum onbekend"),
        ("XXXX-WXX", "een week, datum onbekend"),
        ("XXXX-W05", "week 5, jaar onbekend"),
        ("XXXX-XX-XXT17:00", "17.00 uur, datum onbekend"),
        ("XXXX-XX-XXTEV", "avond, datum onbekend"),
        ("XXXX-01-01T10:30", "1 januari, 10.30 uur, jaar onbekend"),
        ("2022-XX-XX", "2022, datum onbekend"),
        ("2022-05-XX", "mei 2022, dag onbekend"),
        ("2022-XX", "2022, maand onbekend"),
        ("XXXX", "datum onbekend"),
        ("XXXX-XX-XX", "datum onbekend"),
        ("PXD", "datum onbekend"),
    ],
)
def test_a_value_with_unknown_parts_says_what_is_known_and_what_is_not(value: str, words: str) -> None:
    assert labels.when_label(event(value)) == words
    assert labels.badge(event(value)) == words


_PART = st.sampled_from(["XXXX", "2022", "19XX"])
_VALUES = st.one_of(
    st.builds("{}-{}-{}".format, _PART, st.sampled_from(["XX", "01", "12"]), st.sampled_from(["XX", "05", "31"])),
    st.builds("{}-W{}{}".format, _PART, st.sampled_from(["XX", "01", "53"]), st.sampled_from(["", "-3", "-WE"])),
    st.builds("{}-{}".format, _PART, st.sampled_from(["SP", "SU", "FA", "WI", "Q2", "XX"])),
    st.builds("{}T{}".format, st.sampled_from(["XXXX-XX-XX", "XXXX-03-XX"]), st.sampled_from(["NI", "07:45"])),
)


@given(_VALUES)
def test_no_timex_code_reaches_a_reader(value: str) -> None:
    for said in (labels.when_label(event(value)), labels.badge(event(value)) or ""):
        assert "X" not in said and not re.search(r"\d{4}-|T\d\d:|T[A-Z]{2}\b|W\d", said), (value, said)


def test_a_night_says_whose_night_it_is() -> None:
    night = event("2022-01-05TNI")
    assert labels.badge(night) == "nacht van woensdag op donderdag"
    assert labels.when_label(night) == "nacht van woensdag 5 op donderdag 6 januari 2022"
    assert labels.badge(event("2022-01-05TEV")) == "avond"


def test_ranges_name_their_month_once_when_they_can() -> None:
    assert labels.range_label("2022-01-03", "2022-01-09", labels.words_or_default(None)) == "3–9 januari"
    assert labels.range_label("2021-12-27", "2022-01-02", labels.words_or_default(None)) == "27 december – 2 januari"
    assert labels.range_label("2022-01-05", "2022-01-05", labels.words_or_default(None)) == "5 januari"


def test_a_time_of_day_names_the_zone_it_is_in_when_asked() -> None:
    clock = event("2022-01-06T10:30")
    assert labels.badge(clock, zone="Asia/Almaty") == "10.30 uur (Almaty)", "the newsroom's name for the city"
    assert labels.when_label(clock, zone="Asia/Tokyo").endswith("10.30 uur (Tokio)"), "else CLDR's Dutch name"
    assert labels.badge(clock) == labels.badge(clock, zone="Nergens/Niets") == "10.30 uur"
    assert labels.badge(event("2022-01-06TMO"), zone="Asia/Almaty") == "ochtend (Almaty)"
    assert labels.badge(event("2022-01-05TNI"), zone="Asia/Almaty") == "nacht van woensdag op donderdag (Almaty)"
    assert labels.when_label(event("2022-01-06"), zone="Asia/Almaty") == "donderdag 6 januari 2022", "a day: no zone"
