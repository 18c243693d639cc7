"""A browser's print header and footer, copied with a printed page, are dropped."""

from __future__ import annotations

import pytest

from claimtrail.ingest.printout import unboxed, without_print_furniture

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


RUNNING = "RISK WEEKLY | Week 9 | CLIENT USE ONLY"


def test_a_pdfs_page_counters_and_the_running_line_beside_them_are_dropped():
    lines = [
        RUNNING,
        "",
        "The convoy was ambushed near the",
        "",
        "                                 Page 1 of 2",
        RUNNING,
        "",
        "river crossing on Friday.",
        "",
        "Page 2 of 2",
        RUNNING,
    ]
    assert without_print_furniture(lines) == [
        "",
        "The convoy was ambushed near the",
        "river crossing on Friday.",
    ]


def test_a_line_said_once_beside_a_counter_is_the_documents_own():
    lines = ["Gunmen struck the market.", "Page 1 of 1"]
    assert without_print_furniture(lines) == ["Gunmen struck the market."]


def test_a_gallerys_count_of_its_pictures_is_no_page_counter():
    lines = ["1 / 3", "Flood water in the market.", "2 / 3", "The bridge at dawn."]
    assert without_print_furniture(lines) == lines


def test_a_box_drawn_in_rules_is_read_as_its_lines():
    lines = [
        "+------------------------------+",
        "| ROAD NOTICES                 |",
        "| - Two bridges were closed.   |",
        "+------------------------------+",
        "| A table cell is kept | as is |",
    ]
    assert unboxed(lines) == ["", " ROAD NOTICES", " - Two bridges were closed.", "", lines[-1]]


def test_a_rule_under_a_boxs_title_row_closes_the_title_and_opens_its_items():
    lines = [
        "+------------------------------+",
        "| CAMP NOTES                   |",
        "+------------------------------+",
        "| > Two bridges were closed.   |",
        "+------------------------------+",
    ]
    assert unboxed(lines) == ["", " CAMP NOTES", "", " > Two bridges were closed.", ""]


def test_a_box_headed_by_a_summarys_label_is_left_blank():
    lines = [
        "+------------------------------+",
        "| KEY JUDGEMENTS               |",
        "| - Seven soldiers were killed.|",
        "+------------------------------+",
        "Seven soldiers were killed near Tera on Friday, the ministry said.",
    ]
    assert unboxed(lines) == ["", "", "", "", lines[-1]]
