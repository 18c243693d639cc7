"""A report's footnote markers glued to its sentences are set in brackets when its notes end it."""

from __future__ import annotations

from claimtrail.ingest.footnotes import bracketed_note_marks, notes_at_end
from claimtrail.ingest.text import read_article

REPORT = [
    "Gunmen burned the market at Kessa on 3 May, witnesses said.2 Traders fled.",
    "",
    "Two boys were abducted near Dorro.[1] Their families paid.3",
    "",
    "Notes",
    "",
    "1 Interview with a teacher, Dorro, 5 May 2031.",
    "2 Interview with two traders, Kessa, 4 May 2031.",
    "3 Information shared by a church worker.",
    "",
    "Riverside Monitoring Group, PO Box 14, Kessa",
]


def test_the_notes_that_end_a_report_are_found_under_their_numbers():
    assert notes_at_end(REPORT) == (6, frozenset({1, 2, 3}))


def test_markers_glued_after_sentences_are_set_in_brackets_and_the_notes_stay():
    lines = bracketed_note_marks(REPORT)
    assert (
        lines[0] == "Gunmen burned the market at Kessa on 3 May, witnesses said.[2] Traders fled."
    )
    assert lines[2] == "Two boys were abducted near Dorro.[1] Their families paid.[3]"
    assert lines[6:] == REPORT[6:]


def test_figures_in_a_text_without_notes_stay():
    lines = ["The river rose 2.3 metres.", "", "1 dead, 4 missing.", "", "The end.4 Then more."]
    assert bracketed_note_marks(lines) == lines


def test_a_number_no_note_has_stays_glued():
    lines = [
        "They fled.7 More followed.",
        "",
        "1 Interview with a nurse.",
        "2 Interview with a guard.",
    ]
    assert bracketed_note_marks(lines)[0] == "They fled.7 More followed."


def test_a_read_reports_text_has_its_markers_in_brackets():
    page = "\n".join(["Market burned in Kessa", "", "Published 9 May 2031", "", *REPORT])
    article = read_article(page.encode(), "report.txt")
    assert "witnesses said.[2] Traders fled." in article.text
    assert "1 Interview with a teacher, Dorro, 5 May 2031." in article.text
