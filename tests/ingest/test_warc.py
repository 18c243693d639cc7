"""WARC archives, built here with warcio: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimtrail.errors import InputRejected
from claimtrail.ingest.warc import read_warc
from claimtrail.ledger import custody_of, ingest_paths

STORY = (
    "<html><head><title>{title}</title></head><body><nav>Home | World</nav><article>"
    "<h1>{title}</h1><p>{body}</p></article><footer>About us</footer></body></html>"
)
PAGES = (
    (
        "http://news.example/quake",
        "Tremor shakes hill towns",
        "A moderate earthquake shook several hill towns early on Saturday, the national "
        "seismology institute said, cracking walls in old houses but causing no injuries.",
    ),
    (
        "http://news.example/dam",
        "Villages evacuated below dam",
        "Hundreds of people were moved from villages below the Ostra dam on Sunday after "
        "engineers found a leak in its wall, the regional civil protection agency said.",
    ),
)


def build_warc(gzip: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, title, body in PAGES:
        html = STORY.format(title=title, body=body).encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html), http_headers=headers
        )
        writer.write_record(record)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "http://news.example/a.png",
            "response",
            payload=io.BytesIO(b"\x89PNG...."),
            http_headers=image,
        )
    )
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles(gzip):
    records = list(read_warc(build_warc(gzip), "a.warc", 10**6))
    assert [r.article.url for r in records] == [url for url, _, _ in PAGES]
    assert [r.article.title for r in records] == [title for _, title, _ in PAGES]
    assert records[0].path == "a.warc#record=1"


def test_truncated_warc_keeps_what_was_read():
    data = build_warc(gzip=False)
    cut = data[: data.index(b"Villages evacuated") + 10]
    records = list(read_warc(cut, "a.warc", 10**6))
    assert records[0].article is not None
    assert all(r.reason for r in records[1:])


def test_ingest_links_articles_to_the_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc())
    db = f"sqlite:///{tmp_path / 'l.db'}"
    summary = ingest_paths([path], db)
    assert summary.stored == 2 and not summary.rejected
    from claimtrail.store import open_store

    store = open_store(db)
    article = store.readings()[0].article
    store.close()
    (link,) = custody_of(db, article.id)
    assert link.capture.origin == str(path) and link.path.startswith(f"{path}#record=")


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400).map(lambda b: b"WARC/1.0\r\n" + b))
def test_read_warc_raises_only_input_rejected(data):
    try:
        for record in read_warc(data, "a.warc", 10**6):
            assert (record.article is None) != (record.reason is None)
    except InputRejected as rejected:
        assert rejected.reason
