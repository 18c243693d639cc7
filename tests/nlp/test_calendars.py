"""Years of the Buddhist Era read as common-era years, the printed characters kept."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.nlp.calendars import in_common_era
from claimtrail.nlp.dates import find_dates

THAI_PAGE = (
    "Situation as of 06:00 hrs, Monday 14 November B.E. 2576 (2033)\n\n"
    "Heavy rain has fallen since 11 November 2576. About 2500 people live in the three "
    "villages. Report No. 7/2576 follows the one of 12 Nov. 2576."
)


def test_a_page_of_the_buddhist_era_is_read_in_common_era_years():
    read = in_common_era(THAI_PAGE)
    assert "since 11 November 2033" in read
    assert "B.E. 2033" in read and "12 Nov. 2033" in read
    # a count and a report's number are no years of a date
    assert "About 2500 people" in read and "No. 7/2576" in read


def test_a_page_that_marks_no_era_keeps_its_years():
    text = "The monastery was founded in 2576 of the old count, on 3 March 2576, they say."
    assert in_common_era(text) == text


def test_dates_of_a_buddhist_era_page_point_at_the_printed_characters():
    found = find_dates(THAI_PAGE, date(2033, 11, 14))
    since = next(w for w in found if w.start == date(2033, 11, 11))
    assert THAI_PAGE[since.start_char : since.end_char] == since.text == "11 November 2576"


@given(st.text(alphabet="0123456789 B.E.NovemberDec,:\n", max_size=80))
def test_the_read_text_is_as_long_as_the_printed_one(text):
    assert len(in_common_era(text)) == len(text)
