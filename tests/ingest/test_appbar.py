"""A phone app's buttons around the outlet's name in its top bar are no words of the page."""

from __future__ import annotations

from claimtrail.ingest.appbar import without_app_buttons
from claimtrail.ingest.text import read_article

APP_COPY = """☰  LAKESIDE HERALD  🔍

REGION

Ferry capsizes off Kilwa Point, eleven passengers missing

By Amina Said
Updated 3 March 2031, 8:10am

A ferry carrying 40 passengers capsized off Kilwa Point on Sunday evening, and eleven of
them are still missing, the regional harbour master said on Monday.

Fishermen pulled 29 survivors from the water before the marine police arrived, he said.
"""


def test_the_buttons_at_the_ends_of_the_top_bar_are_dropped():
    lines = ["", "≡  POST-COURIER  🔍", "NATIONAL", "Headline"]
    assert without_app_buttons(lines) == ["", "POST-COURIER", "NATIONAL", "Headline"]


def test_a_line_without_buttons_keeps_its_spacing():
    lines = ["LAKESIDE HERALD     The lake's daily since 1961", "Text."]
    assert without_app_buttons(lines) == lines


def test_the_words_between_the_buttons_keep_their_spacing():
    lines = ["← Back to text-only front page  |  Switch to full site"]
    assert without_app_buttons(lines) == ["Back to text-only front page  |  Switch to full site"]


def test_only_the_first_lines_are_the_bar():
    lines = ["Masthead", "Section", "Headline", "A list ⋮"]
    assert without_app_buttons(lines) == lines


def test_a_glyph_inside_a_line_stays():
    assert without_app_buttons(["Pick ≡ or ☰ here"]) == ["Pick ≡ or ☰ here"]


def test_the_outlet_between_the_buttons_is_the_masthead_and_the_headline_the_title():
    article = read_article(APP_COPY.encode(), "ferry.txt")
    assert article.publisher == "Lakeside Herald"
    assert article.title == "Ferry capsizes off Kilwa Point, eleven passengers missing"
    assert article.published.isoformat() == "2031-03-03"
