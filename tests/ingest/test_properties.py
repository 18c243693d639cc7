"""Whatever the bytes, the reader returns an Article or a rejection, nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.errors import InputRejected
from claimtrail.ingest.text import read_article
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
    ]
)


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
