"""A browser's print header and footer, copied with a printed page, are dropped."""

from __future__ import annotations

import pytest

from claimtrail.ingest.printout import without_print_furniture

HEADER = "12/5/30, 08:41 Two ferries collide off the harbour wall | The Bay Record"
FOOTER = "https://bayrecord.example/news/ferries-collide   Page 1 of 2"


def test_header_and_footer_are_dropped_and_paragraphs_stay_apart():
    lines = [HEADER, "", "The first ferry was late.", "", FOOTER, "", HEADER, "", "Next."]
    assert without_print_furniture(lines) == ["", "The first ferry was late.", "", "Next."]


def test_a_sentence_cut_by_the_page_break_is_made_whole_again():
    lines = ["The harbour master said the", "", FOOTER, "", HEADER, "", "fog was thick."]
    assert without_print_furniture(lines) == ["The harbour master said the", "fog was thick."]


@pytest.mark.parametrize(
    "footer",
    [
        "https://bayrecord.example/news/ferries-collide    2/3",
        "www.bayrecord.example/news/ferries-collide page 2 of 3",
    ],
)
def test_footer_shapes(footer):
    assert without_print_furniture(["Text.", footer]) == ["Text."]


def test_a_timeline_entry_alone_is_kept():
    # a date and time then a text, once and with no page footer: a timeline's entry
    lines = ["12/5/30, 08:41 The first ferry leaves the harbour.", "", "Text."]
    assert without_print_furniture(lines) == lines


def test_a_repeated_header_without_footer_is_dropped():
    header = "5/12/2030, 8:41 AM Two ferries collide"
    lines = [header, "The ferry was late.", header, "The tug came."]
    assert without_print_furniture(lines) == ["The ferry was late.", "The tug came."]
