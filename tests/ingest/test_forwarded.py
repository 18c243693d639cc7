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


MAIL = ["From: Valley Risk Desk <desk@valleyrisk.example>", "To: Clients (List B)", ""]


def test_a_document_under_a_mails_note_and_rule_starts_under_the_rule():
    lines = [*MAIL, "Dear colleagues,", "", "This week's note below.", "", "_" * 40, "NOTE 41"]
    assert forwarded_message(lines) == ["NOTE 41"]


def test_a_mail_with_no_greeting_above_its_rule_is_left_alone():
    # a newsletter's own rule under the mail's header: the subject may be the headline
    lines = [*MAIL, "Subject: Ferry aground off Port Lenn", "_" * 40, "The Harbour Gazette"]
    assert forwarded_message(lines) == lines


def test_a_greeting_in_a_page_that_opens_with_no_mail_header_is_left_alone():
    lines = ["The Harbour Gazette", "Dear readers,", "_" * 40, "Ferry aground"]
    assert forwarded_message(lines) == lines


def test_a_heading_boxed_by_rules_under_the_greeting_is_the_mails_own_section():
    lines = [
        *MAIL,
        "Dear colleagues,",
        "",
        "Our digest below.",
        "",
        "-" * 40,
        "INCIDENTS",
        "-" * 40,
    ]
    assert forwarded_message(lines) == lines
