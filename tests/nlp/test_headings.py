"""Headings inside an article's body."""

from __future__ import annotations

import pytest

from claimtrail.nlp.headings import is_crosshead


def heading(text: str, line: str) -> bool:
    start = text.index(line)
    return is_crosshead(text, start, start + len(line))


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        (
            "Intro.\n\nFerry runs aground off Lifuka\n\nThe ferry ran aground.",
            "Ferry runs aground off Lifuka",
            True,
        ),
        # the words after the section's place in capitals
        (
            "Intro.\n\nTONGA: Ferry runs aground off Lifuka\n\nThe ferry ran aground.",
            "Ferry runs aground off Lifuka",
            True,
        ),
        # a sentence with its full stop is no heading
        (
            "Intro.\n\nThe ferry ran aground off Lifuka.\n\nNo one was hurt.",
            "The ferry ran aground off Lifuka.",
            False,
        ),
        # the words after a speaker's name in ordinary case are what the speaker said
        ("Intro.\n\nMinister Tonga: ferry runs aground\n\nMore.", "ferry runs aground", False),
        # a row of headlines teasing parts of the story, each a heading
        (
            "Ferry fire off Grenaa · Dam breached on Funen · Police deny report of arrests\n\n"
            "It has been a busy week.",
            "Dam breached on Funen ·",
            True,
        ),
        # items that are sentences make no such row
        (
            "Intro.\n\nThe dam broke on Funen. · The ferry burned off Grenaa.\n\nMore.",
            "The dam broke on Funen.",
            False,
        ),
        # a transcript's note of what happened in the room
        ("Intro.\n\n[Interruption]\n\nMR BAHATI: I must answer that.", "[Interruption]", False),
        ("Intro.\n\n(Applause)\n\nMR BAHATI: I must answer that.", "(Applause)", False),
        # nothing under it: the article's last line
        ("Intro.\n\nFerry runs aground off Lifuka", "Ferry runs aground off Lifuka", False),
        # an incident log's dated entry heading in capitals, however long
        (
            "Intro.\n\n3.2  14 JUN 2031, 0215 UTC - SUSPICIOUS APPROACH BY TWO SKIFFS WITH "
            "LADDERS - 25 NM SOUTH-WEST OF MOCHA (AL-MUKHA)\nThe master reported two skiffs.",
            "3.2  14 JUN 2031, 0215 UTC - SUSPICIOUS APPROACH BY TWO SKIFFS WITH LADDERS - 25 NM "
            "SOUTH-WEST OF MOCHA (AL-MUKHA)",
            True,
        ),
    ],
)
def test_a_heading_is_a_short_line_alone_with_text_under_it(text, line, expected):
    assert heading(text, line) is expected
