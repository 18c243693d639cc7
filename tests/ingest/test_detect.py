"""The reader is picked from the bytes; the name only breaks ties."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.detect import detect

HTML = b"<!DOCTYPE html><html><body><p>A page.</p></body></html>"


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), "a.warc.gz", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "page.html", "feed"),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', "", "feed"),
        (b'<rdf:RDF xmlns:rdf="x">', "news.txt", "feed"),
        (HTML, "article.txt", "html"),  # content wins over the suffix
        (b"\n\n  <div class='story'><p>Text</p></div>", "", "html"),
        (HTML.decode().encode("utf-16"), "a.html", "html"),
        (HTML.decode().encode("utf-16-le"), "a.html", "html"),
        (b'{"text": "A report.", "title": "T"}\n{"text": "B"}\n', "data.txt", "jsonl"),
        (b"id,title,text\n1,T,A report.\n", "data.txt", "csv"),
        (b"text\nA report.\n", "c.csv", "csv"),
        (b"The minister said <b>nothing</b> on Monday.", "a.html", "text"),  # prose, inline tag
        (b"Title\n\nBy A Writer\n\nThe fire started at dawn.", "a.md", "text"),
        (b"name,age\nx,3\n", "people.csv", "text"),  # no text column
        (b"\x89PNG\r\n\x1a\n\x00\x00", "img.png", "text"),  # left to the text reader to refuse
        (b"", "", "text"),
    ],
)
def test_detect(head, name, kind):
    assert detect(head, name) == kind


@given(st.binary(max_size=200), st.text(max_size=20))
def test_detect_never_fails(head, name):
    assert detect(head, name) in {"warc", "feed", "html", "jsonl", "csv", "text"}
