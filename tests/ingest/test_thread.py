"""A thread copied from a microblogging site: the account's posts, not the site's lines."""

from __future__ import annotations

from claimtrail.ingest.thread import thread_lines

TOP = ["Home", "Explore", "", "Mira Holt", "@mira_holt", "Reporter in the valley.", ""]
FIRST = ["1/ Floods on the valley road: what we know. 🧵", "", "Two days up there."]
TIME = "9:15 AM · Oct 11, 2030 · 18.2K Views"


def test_the_first_post_is_the_title_above_the_writer_and_the_day():
    kept = thread_lines([*TOP, *FIRST, TIME])
    assert kept[:5] == [
        "Floods on the valley road: what we know",
        "",
        "Mira Holt",
        "9:15 AM · Oct 11, 2030",
        "",
    ]
    assert "Two days up there." in kept
    assert "Reporter in the valley." not in kept  # the account's description


def test_later_posts_lose_their_headers_numbers_controls_and_counts():
    later = [
        "Mira Holt @mira_holt · Oct 11",
        "2/ The road office says crews need a week.",
        "Show more",
        "2.4K Views",
        "",
        "Velden Roads @velden_roads · Oct 10",  # a quoted post keeps its text
        "Clearing work continues.",
        "Translate post",
        "4:02 PM · Oct 10, 2030",
    ]
    kept = [line for line in thread_lines([*TOP, *FIRST, TIME, *later]) if line]
    assert kept[-2:] == ["The road office says crews need a week.", "Clearing work continues."]


def test_the_replies_of_other_accounts_are_no_part_of_the_thread():
    replies = [
        "3/3 That's all.",
        "",
        "Jon Lind @jonlind · Oct 11",
        "Replying to @mira_holt",
        "My cousin lost a wheel on the forest track.",
    ]
    kept = thread_lines([*TOP, *FIRST, TIME, "", *replies])
    assert "That's all." in kept
    assert not any("cousin" in line for line in kept)


def test_a_page_without_the_first_posts_time_line_is_left_alone():
    lines = [*TOP, *FIRST, "The road office says crews need a week."]
    assert thread_lines(lines) == lines


def test_a_time_line_right_under_the_handle_opens_no_thread():
    # found by the property tests: no post stands between the account and its time line
    lines = ["Mira Holt", "@mira_holt", TIME]
    assert thread_lines(lines) == lines
