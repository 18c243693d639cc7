"""A video's page copied with its transcript open: the spoken words, not the site's lines."""

from __future__ import annotations

from claimtrail.ingest.captions import caption_lines
from claimtrail.ingest.metadata import read_metadata
from claimtrail.ingest.text import page_lines

HEADER = [
    "Skip navigation",
    "Home",
    "Subscriptions",
    "",
    "Ferry fire off Hvar, road shut at Sinj | Evening Report",
    "Dalmatia Today",
    "52.3K subscribers",
    "Subscribe",
    "",
    "3,114 views  Streamed live on Aug 4, 2031",
    "Tonight's bulletin from Split.",
    "...more",
    "",
    "Chapters",
    "0:00",
    "Headlines",
    "1:10",
    "Ferry fire",
    "",
    "Transcript",
]
CAPTIONS = [
    "0:00",
    "[Music]",
    "0:04",
    "Good evening. A fire broke out on a",
    "0:07",
    "ferry off Hvar this morning, and the",
    "0:10",
    "coast guard took forty passengers off",
    "0:13",
    "the ship, the harbour master said.",
    "0:16",
    ">> I am at the port of Split, where",
    "0:19",
    "the first passengers have just landed.",
    "0:22",
    "They told me the smoke came from the",
    "0:25",
    "engine room shortly after nine.",
    "0:28",
    "[Applause]",
    "0:31",
    "Police closed the road at Sinj",
    "0:34",
    "after a rockfall overnight.",
    "0:37",
    "That is all for tonight.",
]
AFTER = [
    "",
    "Comments",
    "@viewer77",
    "2 days ago",
    "They closed the road at Omis too, nobody says it",
    "14",
    "Reply",
]


def test_the_title_channel_and_day_head_the_transcript_joined_into_paragraphs():
    kept = caption_lines(HEADER + CAPTIONS + AFTER)
    assert kept[:5] == [
        "Ferry fire off Hvar, road shut at Sinj | Evening Report",
        "",
        "Channel: Dalmatia Today",
        "Aug 4, 2031",
        "",
    ]
    paragraphs = [line for line in kept[5:] if line]
    assert paragraphs == [
        "Good evening. A fire broke out on a ferry off Hvar this morning, and the coast guard"
        " took forty passengers off the ship, the harbour master said.",
        "I am at the port of Split, where the first passengers have just landed. They told me"
        " the smoke came from the engine room shortly after nine.",
        "Police closed the road at Sinj after a rockfall overnight. That is all for tonight.",
    ]


def test_viewers_comments_and_the_chapters_are_no_part_of_the_broadcast():
    kept = " ".join(caption_lines(HEADER + CAPTIONS + AFTER))
    assert "Omis" not in kept and "Headlines" not in kept and "2 days ago" not in kept


def test_captions_with_their_stamp_on_the_same_line_are_read_alike():
    same_line = [f"{CAPTIONS[n]} {CAPTIONS[n + 1]}" for n in range(0, len(CAPTIONS), 2)]
    assert caption_lines(HEADER + same_line)[5:] == caption_lines(HEADER + CAPTIONS)[5:]


def test_the_header_reads_the_channel_as_publisher_and_the_streaming_day():
    meta = read_metadata(page_lines(HEADER + CAPTIONS + AFTER))
    assert meta.publisher == "Dalmatia Today"
    assert str(meta.published) == "2031-08-04"
    assert meta.title.startswith("Ferry fire off Hvar")


def test_a_short_list_of_stamps_or_a_page_without_a_channel_is_left_as_it_is():
    chapters_only = HEADER + ["Some text of the page."]
    assert caption_lines(chapters_only) == chapters_only
    no_channel = [line for line in HEADER if "subscribers" not in line] + CAPTIONS
    assert caption_lines(no_channel) == no_channel


def test_automatic_captions_with_no_stop_end_their_stretch_at_the_sound_cue():
    # auto-generated captions carry no punctuation; a stretch would otherwise run on
    # into the next one as one sentence
    unpunctuated = [line.rstrip(".").replace(". ", " ") for line in CAPTIONS]
    paragraphs = [line for line in caption_lines(HEADER + unpunctuated)[5:] if line]
    assert [p.rsplit(" ", 3)[-3:] for p in paragraphs] == [
        ["harbour", "master", "said."],
        ["shortly", "after", "nine."],
        ["all", "for", "tonight."],
    ]


def test_the_videos_tags_after_its_day_are_no_part_of_the_day():
    tagged = [
        "18,002 views  Aug 4, 2031  #Split #Hvar" if line.endswith("2031") else line
        for line in HEADER
    ]
    assert caption_lines(tagged + CAPTIONS)[3] == "Aug 4, 2031"
