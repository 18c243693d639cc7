"""Where the article ends and the page's furniture below it starts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.ingest.footer import article_end, inserted_blocks
from claimtrail.ingest.text import read_article

STORY = ["The road was closed on Monday.", "", "Police said two cars had collided.", ""]


@pytest.mark.parametrize(
    "marker",
    [
        "3 thoughts on “The road home”",
        "12 Comments",
        "Leave a Reply",
        "About Riverside Aid Trust",
        "About the author",
        "Notes to editors",
        "-ENDS-",
        "###",
        "- 30 -",
        "Media contact:",
        "For press enquiries, please contact:",
        "Related Stories",
        "You may also like",
        "RELATED",
        "See also:",
        "MORE FROM THE COURANT",
        "More from Northeast",
        "More from this source  ›",
        "INDEX OF ITEMS BY COUNTRY - 10 March 2032",
        "LEGEND OF INCIDENT TYPES",
        "Glossary of terms",
    ],
)
def test_end_markers(marker):
    lines = [*STORY, marker, "Someone else's words."]
    assert article_end(lines, 0) == len(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "About 200 people fled the village.",
        "About two hundred families",
        "Comments made by the minister angered farmers.",
        "Related to the flooding, the council met.",
        "More stories emerged on Tuesday",
        "Legend: [Verified] = a moderator has checked the report.",
        "LEGEND",  # a digest's key to its codes, over its entries
    ],
)
def test_story_lines_are_not_end_markers(line):
    assert article_end([*STORY, line, "More text."], 0) is None


def test_marker_must_open_a_block():
    lines = [*STORY, "The council said it would meet.", "Comments", "Text."]
    assert article_end(lines, 0) is None


def test_a_marker_under_a_line_of_the_sites_own_opens_a_block():
    lines = [*STORY, "Tags: Roads, Police, Weather", "RELATED STORIES", "Another story."]
    assert article_end(lines, 0) == len(STORY) + 1


@pytest.mark.parametrize(
    ("line", "reactions"),
    [
        ("👍 214   😢 187   🙏 96", True),
        ("👍 1.1K | 🔥 388 | 😂 57", True),
        ("👍 12", False),  # one pictogram is a button
        ("👍❤️😢 1.2K", True),  # a social network's reactions run together before one count
        ("(3) 4 5", False),
        ("Brest 3–1 Velden", False),
        ("← 2031 | 2033 →", False),  # a pager to the years before and after
    ],
)
def test_a_row_of_readers_reactions_ends_the_post(line, reactions):
    lines = [*STORY, "The tug came at noon.", line, "The channel's next post."]
    assert (article_end(lines, 0) == len(STORY) + 1) is reactions


def test_marker_needs_body_above_it():
    assert article_end(["Comments", "", "The road was closed.", ""], 0) is None


HEADS = st.lists(
    st.sampled_from(
        [
            "Home > World > Europe",
            "News | Sport | Weather",
            "FOR IMMEDIATE RELEASE",
            "By Ann Berg",
            "Published: 4 June 2021",
            "Updated: 10:32 AM June 5, 2021",
            "Contact: Ann Berg, Press Officer",
        ]
    ),
    max_size=5,
    unique=True,
)
FEET = st.lists(
    st.sampled_from(
        [
            "Tags: floods, roads",
            "Share this:",
            "Leave a Reply",
            "About Northern Relief Trust",
            "Northern Relief Trust is a charity.",
            "-ENDS-",
            "RELATED: More rain forecast",
        ]
    ),
    max_size=5,
)
BODY = [
    "OSLO, June 4 (Example Wire) - Ferries stopped running on Friday, the port said.",
    "The port said the storm had damaged two piers.",
    "Repairs would take a week, officials said.",
]


@settings(max_examples=150, deadline=None)
@given(st.booleans(), HEADS, FEET)
def test_page_furniture_never_takes_story_text(masthead, heads, feet):
    heads = ["THE NORTHERN LANTERN", *heads] if masthead else heads
    lines = [*heads, "Storm stops ferries along the coast", *BODY, *feet]
    article = read_article("\n\n".join(lines).encode("utf-8"), "p.txt")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[: len(BODY)] == BODY
    for furniture in ("LANTERN", "Home >", "Sport |", "IMMEDIATE", "Contact:", "Published:"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    "block",
    [
        [
            "MORE FROM THE VALLEY",
            "",
            "› Council approves new bus depot (June 9, 2027)",
            "",
            "› Schools reopen after repairs (June 8, 2027)",
        ],
        [
            "Dans la même rubrique",
            "› Kara : le marché rouvre (02/02/2027)",
            "› Sokodé : pluies attendues (27/01/2027)",
        ],
        ["Western: Gizo market reopens (15/02/2027)", "Isabel: Buala school repaired (12/02/2027)"],
    ],
)
def test_links_to_other_stories_end_the_article_whatever_their_heading(block):
    assert article_end([*STORY, *block], 0) == len(STORY)


def test_one_dated_line_is_no_list_of_stories():
    lines = [*STORY, "› A correction was added to this story (June 9, 2027)", "", "More text."]
    assert article_end(lines, 0) is None


LONG = (
    "The river rose again overnight and about forty families left their houses in the low "
    "streets near the port, residents said on Sunday morning."
)


LINKS = ["Recommended for you", "• Ferry runs aground off Port Lenn", "• Storm cuts road"]


def test_a_list_of_other_stories_set_inside_the_story_does_not_end_it():
    lines = [*STORY, *LINKS, "", LONG, "", LONG, "", "Comments (3)", "A reader: so sad."]
    assert article_end(lines, 0) == len(lines) - 2
    assert inserted_blocks(lines, 0) == {4, 5, 6}


def test_a_list_of_other_stories_with_no_story_under_it_ends_it():
    lines = [*STORY, *LINKS]
    assert article_end(lines, 0) == len(STORY)
    assert inserted_blocks(lines, 0) == set()
