"""TIMEX3 values as intervals on the timeline, their order and which can be placed."""

from __future__ import annotations

import pytest

from generator.model import Interval
from generator.temporal.values import interval, sort_key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-06", Interval("2022-01-06T00:00", "2022-01-07T00:00", "day")),
        ("2022-01-06TMO", Interval("2022-01-06T06:00", "2022-01-06T12:00", "partofday")),
        ("2022-01-06TMI", Interval("2022-01-06T12:00", "2022-01-06T13:00", "partofday")),
        ("2022-01-06TAF", Interval("2022-01-06T13:00", "2022-01-06T18:00", "partofday")),
        ("2022-01-06TEV", Interval("2022-01-06T18:00", "2022-01-07T00:00", "partofday")),
        ("2022-01-05TNI", Interval("2022-01-05T22:00", "2022-01-06T06:00", "partofday")),
        ("2022-03-12T23:30", Interval("2022-03-12T23:30", "2022-03-12T23:31", "minute")),
        ("2022-W01", Interval("2022-01-03T00:00", "2022-01-10T00:00", "week")),
        ("2020-W09-WE", Interval("2020-02-29T00:00", "2020-03-02T00:00", "week")),
        ("2022-12", Interval("2022-12-01T00:00", "2023-01-01T00:00", "month")),
        ("2021-SP", Interval("2021-03-01T00:00", "2021-06-01T00:00", "season")),
        ("2021-WI", Interval("2021-12-01T00:00", "2022-03-01T00:00", "season")),
        ("2019", Interval("2019-01-01T00:00", "2020-01-01T00:00", "year")),
        ("199", Interval("1990-01-01T00:00", "2000-01-01T00:00", "decade")),
        ("XXXX-01-01", Interval(None, None, "day")),
        ("XXXX-XX-XXTMO", Interval(None, None, "partofday")),
        ("P3M", Interval(None, None, None)),
        ("XXXX-WXX-1", Interval(None, None, None)),
        ("PRESENT_REF", Interval(None, None, None)),
    ],
)
def test_interval(value: str, expected: Interval) -> None:
    assert interval(value) == expected


def test_sort_order_by_start_coarser_first_unresolved_last() -> None:
    values = ["XXXX-XX-XXTMO", "2022-01-06T02:00", "2022-01-05TNI", "2022-01-05TEV", "2022-01-01", "2022-01",
              "P1D", "2022-01-06TMO", "2022-01-06", "2022-W01", "2022", "202"]
    assert sorted(values, key=sort_key) == [
        "202", "2022", "2022-01", "2022-01-01", "2022-W01", "2022-01-05TEV", "2022-01-05TNI", "2022-01-06",
        "2022-01-06T02:00", "2022-01-06TMO", "XXXX-XX-XXTMO", "P1D",
    ]


def test_equal_keys_leave_ties_to_the_text_order() -> None:
    assert sort_key("2022-01-05") == sort_key("2022-01-05")
    assert sort_key("XXXX-01-01") == sort_key("XXXX-02-03")


