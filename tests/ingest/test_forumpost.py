"""An article pasted into a forum's post is read from the note that introduces it."""

from __future__ import annotations

from claimtrail.ingest.forumpost import pasted_article

POST = ["r/worldnews", "Posted by u/reader 5 hours ago", "", "Floods in the valley", ""]


def test_the_article_under_the_note_with_the_link_above_it():
    lines = [*POST, "valley.example/2030/10/04/floods", "", "Full text:", "", "Floods hit Velden."]
    assert pasted_article(lines) == ["valley.example/2030/10/04/floods", "", "Floods hit Velden."]


def test_a_note_with_nothing_pasted_under_it_leaves_the_page_as_it_is():
    lines = [*POST, "Full text:", ""]
    assert pasted_article(lines) == lines


def test_a_post_without_a_note_leaves_the_page_as_it_is():
    lines = [*POST, "What do you all think of this?"]
    assert pasted_article(lines) == lines
