"""The forwarding mail over a forwarded newsletter is the reader's, not the outlet's."""

from __future__ import annotations

import pytest

from claimtrail.ingest.forwarded import forwarded_message


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
        "---------- Mensaje reenviado ---------",
    ],
)
def test_the_lines_above_the_marker_are_dropped(marker):
    lines = ["Fwd: Evening Update", "Inbox", "FYI - I.", marker, "From: A <a@b.example>", "Text"]
    assert forwarded_message(lines) == ["From: A <a@b.example>", "Text"]


def test_a_story_that_quotes_a_forwarded_message_far_down_is_left_alone():
    lines = ["Ferry runs aground", "", *["Text."] * 50, "---------- Forwarded message ---------"]
    assert forwarded_message(lines) == lines
