"""A group chat exported from a messaging app: the members' messages, not the app's lines."""

from __future__ import annotations

from claimtrail.ingest.chat import chat_lines

STAMP = "[14/10/2030, 07:31]"


def test_the_chats_name_and_the_day_of_its_last_message_head_the_messages():
    lines = [
        "WhatsApp Chat with Valley Stringers",
        "",
        f"{STAMP} Jon Lind: The footbridge came down last night.",
        "[15/10/2030, 09:02] Petra Lindqvist: The road is shut.",
        "[16/10/2030, 18:30] Mira Holt: Exporting now.",
    ]
    kept = chat_lines(lines)
    assert kept[:3] == ["WhatsApp Chat with Valley Stringers", "", "16/10/2030"]
    assert f"{STAMP} Jon Lind: The footbridge came down last night." in kept


def test_the_apps_own_lines_are_dropped_and_each_message_is_a_paragraph():
    lines = [
        f"{STAMP} Jon Lind: The footbridge came down last night.",
        "and took the middle span with it.",  # a long message going on
        "[14/10/2030, 07:33] Jon Lind: <Media omitted>",
        "[14/10/2030, 07:40] Tomas Ekberg left",
        "[14/10/2030, 07:41] Mira Holt: This message was deleted",
        "[15/10/2030, 09:02] Petra Lindqvist: The road is shut.",
    ]
    kept = [line for line in chat_lines(lines) if line]
    assert kept == [
        "15/10/2030",  # no name: the day of the last message alone
        f"{STAMP} Jon Lind: The footbridge came down last night.",
        "and took the middle span with it.",
        "[15/10/2030, 09:02] Petra Lindqvist: The road is shut.",
    ]


def test_a_page_with_a_stamped_line_or_two_is_no_chat():
    lines = ["Floods in the valley", "", f"{STAMP} The footbridge came down.", "More text."]
    assert chat_lines(lines) == lines
