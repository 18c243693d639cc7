"""Whatever the bytes, the reader returns an Article or a rejection, nothing else."""

from __future__ import annotations

import string

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrail.errors import InputRejected
from claimtrail.ingest.captions import caption_lines
from claimtrail.ingest.chat import chat_lines
from claimtrail.ingest.decode import decode_text, normalise_text
from claimtrail.ingest.feedreader import reading_pane
from claimtrail.ingest.forumpost import pasted_article
from claimtrail.ingest.forwarded import forwarded_message
from claimtrail.ingest.photopost import photo_post_lines
from claimtrail.ingest.socialpost import post_lines
from claimtrail.ingest.text import read_article
from claimtrail.ingest.thread import thread_lines
from claimtrail.ingest.versions import newest_version
from claimtrail.ingest.wiki import wiki_lines
from claimtrail.model import Article

LINES = st.sampled_from(
    [
        "",
        "By Jane Doe and John Roe",
        "Published: 2021-06-04",
        "Global Ledger, November 19, 2018",
        "[South Desk](#) 14 November 2018",
        "Region: [Europe](#)",
        "KABUL, March 3 (Reuters) - Two men were killed in the city, police said.",
        "The minister said on Monday that the talks would go on.",
        "and the talks continued",
        "**bold** and *italic* and [a link](http://example.org)",
        "- a list item",
        "*",
        "The original source of this article is [South Desk](#)",
        "Copyright © 2020",
        # the lines by which a saved or shared copy is told from the page itself
        "Visit website",
        "by Jane Doe · The Courier · Tue, Nov 11, 2031 at 8:42 AM",
        "Verified account",
        "3d · 🌐",
        "Posted by u/someone 5 hours ago",
        "Full text since it's paywalled:",
        "banner landmark",
        "link, The Courier home",
        "heading level 1, Floods hit the town",
        "list, 3 items",
        "out of list",
        "We use cookies. Accept | Cookie policy",
        "Jane Doe",
        "@jane_doe",
        "1/ Floods hit the town. 🧵",
        "9:15 AM · Oct 11, 2030 · 18.2K Views",
        "Jane Doe @jane_doe · Oct 11",
        "64 Reposts   12 Quotes   310 Likes",
        "Replying to @jane_doe",
        "------------------------------------------------------------",
        "UPDATE 2-Floods hit the town",
        "URGENT-Floods hit the town",
        "From: The Courier <desk@courier.example>",
        "Dear readers,",
        "WhatsApp Chat with Valley Stringers",
        "[14/10/2030, 07:31] Jon Lind: The footbridge came down last night.",
        "[15/10/2030, 09:02] Petra Lindqvist: <Media omitted>",
        "[16/10/2030, 18:30] Tomas Ekberg left",
        "No. | Date | Village | Description | Source",
        "1 | 01/10/2030 | Velden | Floods hit the town. | police",
        "   and the valley road. | residents",
        "52.3K subscribers",
        "3,114 views  Streamed live on Aug 4, 2031",
        "0:07",
        "1:02:33",
        ">> I am at the port of Split.",
        "[Music]",
        "From Wikipedia, the free encyclopedia",
        "View history",
        "4 February – The Aller burst its banks at Celle.[2][3]",
        "Follow",
        "Verified",
        "Slide 2 of 3",
        "Photo by Harbour News. May be an image of a ship. Slide text: 'A ferry burned.'",
        "View all 41 comments",
    ]
)

# Mostly ASCII prose with the accents and punctuation a Windows-1252 file typically holds.
ASCII_WORD = st.text(alphabet=string.ascii_letters + ".,", min_size=1, max_size=9)
SPECIAL_WORD = st.sampled_from(
    ["café", "“Yes,”", "€40", "—", "Zürich", "naïve", "don’t", "£3", "É", "ñ", "Ørsted"]
)
CP1252_PROSE = st.lists(
    st.one_of(ASCII_WORD, ASCII_WORD, ASCII_WORD, ASCII_WORD, SPECIAL_WORD), max_size=80
).map(" ".join)
ENCODED = st.one_of(
    st.binary(max_size=600),
    CP1252_PROSE.map(lambda text: text.encode("cp1252")),
    st.text(max_size=200).map(lambda text: text.encode("utf-16-le")),
    CP1252_PROSE.map(lambda text: text.encode("utf-16-le")),
    CP1252_PROSE.map(lambda text: text.encode("utf-16-be")),
    st.binary(max_size=300).map(lambda data: data.replace(b"", b"\x00")),
)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check(data: bytes) -> None:
    try:
        article = read_article(data, "p.txt")
    except InputRejected as rejected:
        assert isinstance(rejected.reason, str) and rejected.reason
        assert "\n" not in rejected.reason
        return
    assert isinstance(article, Article)
    assert isinstance(article.text, str) and article.text
    assert "\n\n\n" not in article.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data):
    _check(data)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    _check(text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=20))
def test_article_like_lines(lines):
    _check("\n".join(lines).encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=20))
def test_reading_is_deterministic(lines):
    data = "\n".join(lines).encode("utf-8")
    try:
        first = read_article(data, "p.txt")
    except InputRejected:
        return
    assert read_article(data, "p.txt") == first


@settings(max_examples=400, deadline=None)
@given(ENCODED)
def test_decode_raises_only_input_rejected(data):
    try:
        decoded = decode_text(data)
    except InputRejected as rejected:
        assert rejected.reason and "\n" not in rejected.reason
        return
    assert decoded.text.strip() and decoded.encoding


@settings(max_examples=200, deadline=None)
@given(CP1252_PROSE)
def test_windows_1252_is_recovered_exactly_or_refused(text):
    data = text.encode("cp1252")
    assume(not _is_utf8(data))  # such bytes are read as UTF-8, by design
    try:
        decoded = decode_text(data)
    except InputRejected:
        return
    assert decoded.text == normalise_text(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300).filter(lambda text: "\x00" not in text))
def test_valid_utf8_is_always_read_as_utf8(text):
    try:
        decoded = decode_text(text.encode("utf-8"))
    except InputRejected:
        return
    assert decoded.encoding == "utf-8" and not decoded.inferred


def _in_order_within(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(any(line == other for other in rest) for line in part)


@given(st.lists(LINES, max_size=30))
def test_a_saved_copys_reader_keeps_only_lines_of_the_page_in_their_order(lines):
    for reader in (reading_pane, post_lines, pasted_article, newest_version, forwarded_message):
        kept = reader(lines)
        assert _in_order_within([line.strip() for line in kept], [line.strip() for line in lines])


@given(st.lists(LINES, max_size=30))
def test_a_threads_or_a_chats_reader_keeps_only_words_of_the_page(lines):
    """The thread's reader sets the first post above the account's name and trims the
    posts' numbers, counts and marks; the chat's reader sets the last message's day under
    the chat's name; every line either keeps is still the page's own words."""
    for reader in (thread_lines, chat_lines):
        for line in reader(lines):
            assert not line.strip() or any(line.strip() in other for other in lines)


VIDEO_HEADER = [
    "Ferry fire off Hvar",
    "Dalmatia Today",
    "52.3K subscribers",
    "3,114 views  Aug 4, 2031",
]


@given(
    st.lists(st.tuples(st.sampled_from(["0:07", "12:40", "1:02:33"]), LINES), max_size=40),
    st.lists(LINES, max_size=10),
)
def test_a_videos_reader_keeps_only_words_of_the_page(captions, around):
    """The video's reader joins captions into paragraphs, closes each with a full stop and
    labels the channel's line; every other word it keeps is a word of the page."""
    lines = [*VIDEO_HEADER, *around, *(line for caption in captions for line in caption)]
    page_words = {word for line in lines for word in line.split()}
    for line in caption_lines(lines):
        words = line.removeprefix("Channel: ").split()
        if words and words[-1] not in page_words:
            words[-1] = words[-1].removesuffix(".")  # the stop that closes a stretch
        assert set(words) <= page_words


@given(st.lists(LINES, max_size=40))
def test_a_wikis_or_a_photo_posts_reader_keeps_only_words_of_the_page(lines):
    """Both set the site's name on a 'Source:' line; the wiki's reader takes reference
    numbers off words, the photo post's reader keeps a slide's words from its line."""
    for reader in (wiki_lines, photo_post_lines):
        for line in reader(lines):
            for word in line.removeprefix("Source: ").split():
                assert any(word in other for other in lines)
