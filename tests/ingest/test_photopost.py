"""A post of slides on a photo-sharing site: the slides' words and the caption, not the
site's lines nor the readers' comments."""

from __future__ import annotations

from claimtrail.ingest.photopost import photo_post_lines
from claimtrail.ingest.text import read_article

POST = [
    "Home",
    "Search",
    "",
    "harbournews",
    "Verified",
    "•",
    "Follow",
    "Split, Croatia",
    "",
    "Slide 1 of 3",
    "Photo by Harbour News on August 4, 2031. May be an image of text that says 'FERRY FIRE'",
    "",
    "Slide 2 of 3",
    "Photo by Harbour News. May be an image of a ship. Slide text: 'HVAR. A fire broke out on "
    "a ferry off Hvar on Tuesday morning, the harbour master said.'",
    "",
    "Slide 3 of 3",
    "Photo by Harbour News. May be an image of a road. Slide text: 'SINJ. A rockfall closed "
    "the road at Sinj overnight, police said. OMIS. Divers found a boat sunk off Omis.'",
    "",
    "harbournews",
    "Verified",
    "FERRY FIRE OFF HVAR 🔥 A long day on the coast.",
    "",
    "Swipe for the details.",
    "#Hvar #Split",
    "See translation",
    "View all 41 comments",
    "",
    "sea.view.22",
    "2d",
    "They evacuated the whole marina at Stari Grad too",
    "12 likes",
    "Reply",
    "",
    "August 4, 2031",
]


def test_the_caption_account_and_day_head_the_slides_words_and_the_caption():
    kept = photo_post_lines(POST)
    assert kept[:5] == [
        "FERRY FIRE OFF HVAR 🔥 A long day on the coast.",
        "",
        "Source: Harbour News",
        "August 4, 2031",
        "",
    ]
    text = "\n".join(kept)
    assert "A fire broke out on a ferry off Hvar on Tuesday morning" in text
    assert "Swipe for the details." in text
    assert "Stari Grad" not in text and "#Hvar" not in text  # a reader's comment, the tags


def test_the_post_is_the_accounts_and_of_its_day():
    article = read_article("\n".join(POST).encode(), "x")
    assert article.publisher == "Harbour News"
    assert str(article.published) == "2031-08-04"


def test_a_page_with_one_slide_or_no_account_is_left_as_it_is():
    one = [line for line in POST if not line.startswith(("Slide 2", "Slide 3"))]
    assert photo_post_lines(one) == one
    no_follow = [line for line in POST if line != "Follow"]
    assert photo_post_lines(no_follow) == no_follow


def test_a_slides_sections_each_opened_by_a_place_in_capitals_are_paragraphs():
    kept = photo_post_lines(POST)
    assert "SINJ. A rockfall closed the road at Sinj overnight, police said." in kept
    assert "OMIS. Divers found a boat sunk off Omis." in kept
