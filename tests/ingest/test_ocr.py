"""Digits an OCR reader took for letters, read as letters again."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.ocr import repaired_ocr, without_scan_notes
from claimtrail.ingest.text import read_article

SCANNED = [
    "NATIONAL NURSES UNI0N 0F MALAWI",
    "The nurses will n0t return to work until the 0rder is withdrawn.",
    "Affiliated to Public Services Internationa1",
]


def test_digits_inside_words_of_a_scanned_page_are_letters():
    assert repaired_ocr(SCANNED) == [
        "NATIONAL NURSES UNION OF MALAWI",
        "The nurses will not return to work until the order is withdrawn.",
        "Affiliated to Public Services International",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "H1N1 cases rose in G20 states after the MH17 inquiry",  # codes and names
        "At 10am on the 1st, the A1 road was closed for 0km",  # figures and their suffixes
        "It was 32 0F at dawn in the Win10 lab",
    ],
)
def test_figures_and_codes_stay_as_they_are(line):
    assert repaired_ocr([line, "N0T 0NE W0RD"])[0] == line


def test_a_typed_page_with_one_odd_word_is_left_as_it_is():
    lines = ["The Taskforce P0lice unit met on Monday.", "Nothing else here."]
    assert repaired_ocr(lines) == lines


@given(st.lists(st.text(alphabet="aOo01 .,TNl", max_size=40), max_size=8))
def test_each_line_keeps_its_length(lines):
    assert [len(line) for line in repaired_ocr(lines)] == [len(line) for line in lines]


def test_a_scanned_statement_reads_its_publisher_and_headline():
    page = "\n".join(
        [
            "NATIONAL NURSES UNI0N 0F MALAWI",
            "Registered Trade Union No. 114",
            "P.O. Box 1142, Lilongwe | Tel: +265 1 000 222",
            "",
            "PRESS STATEMENT",
            "",
            "3 June 2033",
            "",
            "NURSES WILL N0T BE INTIMIDATED: POLICE MUST RELEASE OUR COLLEAGUES",
            "ARRESTED IN LILONGWE",
            "",
            "Police arrested six nurses at a picket outside Kamuzu Central Hospital in Lilongwe"
            " on Monday, the union said.",
        ]
    )
    article = read_article(page.encode(), "x")
    assert article.publisher == "National Nurses Union of Malawi"
    assert article.title == (
        "NURSES WILL NOT BE INTIMIDATED: POLICE MUST RELEASE OUR COLLEAGUES ARRESTED IN LILONGWE"
    )


def test_a_transcribers_note_of_a_stamp_across_a_paragraph_is_left_out():
    lines = [
        "Police arrested twenty members at the gate of the",
        "   [STAMP: NATIONAL NURSES UNION * 3 JUNE 2033 * P.O. BOX 1142,",
        "   LILONGWE]",
        "hospital as they waited for the director.",
        "[Photo: nurses at the gate]",
        "[logo] NNUM",
    ]
    # a note before a line's own words leaves the words
    assert without_scan_notes(lines) == [
        "Police arrested twenty members at the gate of the",
        "hospital as they waited for the director.",
        "[Photo: nurses at the gate]",
        "[logo] NNUM",
    ]
