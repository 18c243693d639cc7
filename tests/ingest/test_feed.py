"""Feeds: entries fetched from a local server, stored with their custody; non-feeds refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.errors import InputRejected
from claimtrail.ingest.feed import parse_feed
from claimtrail.ingest.sources import SourceOptions
from claimtrail.ledger import custody_of, ingest_paths
from claimtrail.store import open_store

sys.path.insert(0, str(Path(__file__).parent / "web"))
from local_server import STORIES, LocalServer, feed  # noqa: E402


@pytest.fixture(scope="module")
def base():
    with LocalServer() as url:
        yield url


def _articles(db: str):
    store = open_store(db)
    try:
        return [r.article for r in store.readings()]
    finally:
        store.close()


def test_feed_entries_are_fetched_and_stored(base, tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    options = SourceOptions(allow_private=True, timeout=2)
    summary = ingest_paths([f"{base}/feed.xml"], db, sources=options)
    assert summary.rejected == ()
    articles = _articles(db)
    assert sorted(a.title for a in articles) == sorted(title for title, _ in STORIES)
    assert {a.path for a in articles} == {f"{base}/news/{n}.html" for n in range(1, 6)}
    assert all(a.publisher == "Valley Courier" for a in articles)  # from the feed
    assert sorted(a.published.day for a in articles) == [1, 2, 3, 4, 5]
    links = custody_of(db, articles[0].id)
    assert len(links) == 1 and links[0].capture.status == 200
    assert dict(links[0].capture.headers)["content-type"].startswith("text/html")
    again = ingest_paths([f"{base}/feed.xml"], db, sources=options)
    assert again.stored == 0 and again.unchanged == 5


def test_feed_file_on_disk_fetches_its_entries(base, tmp_path):
    path = tmp_path / "courier.rss"
    path.write_bytes(feed(base))
    db = f"sqlite:///{tmp_path / 'l.db'}"
    summary = ingest_paths([path], db, sources=SourceOptions(allow_private=True, timeout=2))
    assert summary.stored == 5 and summary.rejected == ()


def test_loopback_feed_is_refused_without_allow_private(base, tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    summary = ingest_paths([f"{base}/feed.xml"], db, sources=SourceOptions(timeout=2))
    assert summary.stored == 0
    assert len(summary.rejected) == 1
    assert "non-public address" in summary.rejected[0].reason


def test_failing_entries_are_rejected_and_the_rest_stored(base, tmp_path):
    broken = feed(base).replace(b"/news/2.html", b"/error").replace(b"/news/3.html", b"/slow")
    path = tmp_path / "broken.xml"
    path.write_bytes(broken)
    db = f"sqlite:///{tmp_path / 'l.db'}"
    options = SourceOptions(allow_private=True, timeout=0.5)
    summary = ingest_paths([path], db, sources=options)
    assert summary.stored == 3
    reasons = {r.path: r.reason for r in summary.rejected}
    assert "HTTP 500" in reasons[f"{base}/error"]
    assert "timed out" in reasons[f"{base}/slow"]


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><p>not a feed</p></body></html>",
        b'{"items": []}',
        b"<rss version='2.0'><channel><title>x</title>",
        b"",
        b"\x00\x01\x02",
    ],
)
def test_not_a_feed_is_refused(data):
    with pytest.raises(InputRejected):
        parse_feed(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: f"<rss>{t}</rss>".encode()))
def test_parse_feed_raises_only_input_rejected(data):
    try:
        parse_feed(data)
    except InputRejected as rejected:
        assert rejected.reason and "\n" not in rejected.reason
