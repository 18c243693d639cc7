"""Header date shapes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.pubdate import find_date, find_month_day, parse_date

D = date(2018, 11, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 19, 2018", D),
        ("19 November 2018", D),
        ("2018-11-19", D),
        ("Nov 19, 2018", D),
        ("Nov. 19th, 2018", D),
        ("Monday, November 19, 2018", D),
        ("19th of November, 2018", D),
        ("2018/11/19", D),
        ("  november 19 2018 ", D),
        ("Sept 4, 2021", date(2021, 9, 4)),
        ("February 30, 2018", None),
        ("November 2018", None),
        ("19/11/2018", date(2018, 11, 19)),  # day first: 19 is no month
        ("11/19/2018", date(2018, 11, 19)),  # month first
        ("05/06/2018", None),  # either; outlets differ by country
        ("03/03/2018", date(2018, 3, 3)),  # the same day either way
        ("November 19, 2018, the army said", None),
        ("", None),
        ("Dilluns, 19 de novembre de 2018", D),  # Catalan
        ("dilluns 19 d'octubre de 2018", date(2018, 10, 19)),
        ("19 ноября 2018", D),  # Russian, the month in the genitive
        ("19.11.18", D),  # a compact stamp: the year's last two figures
        ("19·11·18", D),
        ("05.06.18", None),  # either way
        ("11.11.18", date(2018, 11, 11)),
        ("1.2.3.4", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_date_reports_the_span():
    line = "Global Ledger, November 19, 2018"
    found = find_date(line)
    assert found is not None and found.value == D
    assert line[found.start : found.end] == "November 19, 2018"


def test_find_date_takes_the_earliest():
    found = find_date("2019-01-02 and 3 March 2018")
    assert found is not None and found.value == date(2019, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("KABUL, March 3", (3, 3)), ("Dec. 24th", (12, 24)), ("no date here", None)],
)
def test_find_month_day(text, expected):
    assert find_month_day(text) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip(value):
    assert parse_date(value.isoformat()) == value
    assert parse_date(value.strftime("%B %d, %Y")) == value
    assert parse_date(value.strftime("%d %b %Y")) == value


@given(st.text(max_size=80))
def test_never_raises(text):
    parse_date(text)
    find_month_day(text)
