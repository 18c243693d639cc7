"""A Markdown file's front matter names the story more surely than its header lines."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.frontmatter import split_front_matter
from claimtrail.ingest.metadata import Metadata
from claimtrail.ingest.text import read_article

CLIP = """---
title: "Ferry runs aground off Port Lenn"
source: "https://harbourgazette.example/2029/05/14/ferry/"
author:
  - "[[Tomas Ekberg]]"
  - "[[Ana Ruiz]]"
published: 2029-05-14
created: 2029-05-20
tags:
  - "clippings"
---
# Ferry runs aground off Port Lenn

The evening ferry from the mainland ran aground on the reef outside Port Lenn on Sunday
night, the harbour master said, and its 84 passengers were taken ashore in lifeboats.

© 2029 Harbour Gazette Ltd. All rights reserved.
"""


def test_the_front_matter_is_read_and_taken_off():
    front, rest = split_front_matter(CLIP.split("\n"))
    assert front == Metadata(
        title="Ferry runs aground off Port Lenn",
        authors=("Tomas Ekberg", "Ana Ruiz"),
        published=date(2029, 5, 14),
        url="https://harbourgazette.example/2029/05/14/ferry/",
    )
    assert rest[0] == "# Ferry runs aground off Port Lenn"


def test_a_clipped_story_takes_its_metadata_from_the_front_matter_not_the_clip_day():
    article = read_article(CLIP.encode(), "clip.md")
    assert article.title == "Ferry runs aground off Port Lenn"
    assert article.published == date(2029, 5, 14)
    assert article.authors == ("Tomas Ekberg", "Ana Ruiz")
    assert article.url == "https://harbourgazette.example/2029/05/14/ferry/"
    # the copyright notice names the outlet, without its company's legal form
    assert article.publisher == "Harbour Gazette"
    assert "clippings" not in article.text
    assert article.text.startswith("The evening ferry")


def test_a_date_in_words_and_a_single_author_are_read():
    lines = ["---", "title: Floods", "author: Ana Ruiz", "date: 'May 14, 2029'", "---", "Text."]
    front, rest = split_front_matter(lines)
    assert front is not None
    assert (front.authors, front.published) == (("Ana Ruiz",), date(2029, 5, 14))
    assert rest == ["Text."]


def test_a_rule_of_dashes_that_opens_no_mapping_is_text():
    lines = ["---", "The ferry ran aground.", "---", "Text."]
    assert split_front_matter(lines) == (None, lines)


def test_an_unclosed_block_is_text():
    lines = ["---", "title: Floods", "Text."]
    assert split_front_matter(lines) == (None, lines)


@given(st.lists(st.text(max_size=40), max_size=12))
def test_whatever_the_lines_the_rest_is_what_follows_the_front_matter(lines):
    given_lines = ["---", *lines]
    front, rest = split_front_matter(given_lines)
    assert rest == given_lines[len(given_lines) - len(rest) :]
    if front is None:
        assert rest == given_lines
