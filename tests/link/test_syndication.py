"""Copies: declared originals, and near-identical texts found by MinHash LSH."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.link.syndication import detect_copies, near_copy_groups, shingles
from claimtrail.model import Article, Original

STORY = (
    "Floodwater from the Shabelle river covered six neighbourhoods of Beledweyne on Monday "
    "night, and boats carried families to higher ground while aid agencies sent tents, water "
    "tablets and food by road from Mogadishu. The director of the regional disaster agency "
    "said eight thousand families had left their homes and that two children had drowned "
    "near the market. Heavy rain in the highlands has swollen the river for more than a week."
)
OTHER = (
    "Rangers found three elephant carcasses near a waterhole west of Kasane with the tusks "
    "cut off, and said the poachers probably crossed the river at night. Tour operators said "
    "game drives were continuing as usual and that visitors had not been affected at all."
)


def art(aid, text, publisher, day, original=None):
    return Article(
        id=aid,
        text=text,
        publisher=publisher,
        published=date(2025, 4, day),
        original=Original(original, None) if original else None,
    )


def test_a_lightly_edited_copy_is_a_copy_of_the_earliest():
    edited = STORY.replace("by road from Mogadishu", "from Mogadishu") + " Subscribe today."
    found = detect_copies(
        [
            art("b", edited, "East Africa Briefing", 23),
            art("a", STORY, "Mogadishu Post", 22),
            art("c", OTHER, "Okavango Daily", 22),
        ]
    )
    assert set(found.copies) == {"b"}
    copy = found.copies["b"]
    assert copy.original_id == "a" and copy.outlet == "Mogadishu Post"
    assert "near copy" in copy.reason


def test_a_declared_original_is_found_among_the_stored_articles():
    found = detect_copies(
        [
            art("a", STORY, "Elgon Times", 15),
            art("b", OTHER, "Great Lakes Digest", 16, original="Elgon Times"),
        ]
    )
    assert found.copies["b"].original_id == "a"
    assert found.outlet(art("b", OTHER, "Great Lakes Digest", 16, "Elgon Times")) == "Elgon Times"
    assert "declares" in found.copies["b"].reason


def test_a_wire_story_without_its_original_counts_under_the_wire():
    wire = "Horn Press Agency"
    found = detect_copies(
        [art("a", STORY, "Mogadishu Post", 23, wire), art("b", OTHER, "Briefing", 23, wire)]
    )
    assert {c.outlet for c in found.copies.values()} == {wire}
    assert all(c.original_id is None for c in found.copies.values())


def test_unrelated_articles_are_not_grouped():
    assert near_copy_groups([art("a", STORY, "X", 1), art("c", OTHER, "Y", 1)]) == []


@given(st.lists(st.sampled_from("abcdefgh"), min_size=0, max_size=30))
def test_shingles_cover_every_word(words):
    text = " ".join(words)
    found = shingles(text, 4)
    assert set(" ".join(found).split()) == set(words)
