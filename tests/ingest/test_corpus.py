"""Corpora: one article per JSON line or CSV row, with optional metadata columns."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.errors import InputRejected
from claimtrail.ingest.corpus import read_csv, read_jsonl

FIRE = (
    "A fire broke out at a chemical plant near the port on Friday night, the fire brigade "
    "said, and residents of nearby streets were told to keep their windows closed."
)
STRIKE = (
    "Dock workers walked out on Tuesday over a pay dispute, their union said, and the port "
    "authority said that ships were being diverted to other harbours along the coast."
)
FRENCH = (
    "Les dockers ont cessé le travail mardi pour protester contre les salaires, selon leur "
    "syndicat, et les navires ont été détournés vers les autres ports de la région côtière."
)


def _jsonl(*rows: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows).encode()


def test_jsonl_records_with_metadata():
    data = _jsonl(
        {
            "text": FIRE,
            "title": "Plant fire",
            "publisher": "Port Gazette",
            "published": "2021-05-07",
            "url": "https://gazette.example/fire",
            "authors": ["Ann Lee", "Bo Tran"],
        },
        "",
        {"body": STRIKE, "id": "strike-1"},
    )
    records = list(read_jsonl(data, "c.jsonl"))
    assert [r.path for r in records] == ["c.jsonl#line=1", "c.jsonl#id=strike-1"]
    fire = records[0].article
    assert fire.text == FIRE and fire.title == "Plant fire" and fire.publisher == "Port Gazette"
    assert fire.published.isoformat() == "2021-05-07" and fire.authors == ("Ann Lee", "Bo Tran")
    assert fire.url == "https://gazette.example/fire" and fire.path == "c.jsonl#line=1"
    assert records[1].article.text == STRIKE


def test_jsonl_bad_lines_are_rejected_one_by_one():
    data = _jsonl({"text": FIRE}, "{not json", "[1, 2]", {"title": "no text"}, {"text": FRENCH})
    records = list(read_jsonl(data, "c.jsonl"))
    assert records[0].article is not None
    reasons = [r.reason for r in records[1:]]
    assert "not a JSON object" in reasons[0] and reasons[1] == "not a JSON object"
    assert "no text" in reasons[2] and "not English" in reasons[3]
    assert [r.path for r in records[1:]] == [f"c.jsonl#line={n}" for n in (2, 3, 4, 5)]


def test_csv_rows():
    data = f'id,title,text\n7,Plant fire,"{FIRE}"\n,Strike,"{STRIKE}"\n'.encode()
    records = list(read_csv(data, "c.csv"))
    assert [r.path for r in records] == ["c.csv#id=7", "c.csv#row=3"]
    assert records[0].article.title == "Plant fire" and records[1].article.text == STRIKE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"name,age\nx,1\n", "no text column"),
        (b"", "empty"),
        ("text\nA\n".encode("utf-16-le"), "binary"),
        (b"text\n\xe9t\xe9\n", "not valid UTF-8"),
    ],
)
def test_bad_csv(data, reason):
    with pytest.raises(InputRejected, match=reason):
        list(read_csv(data, "c.csv"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: ("text,title\n" + t).encode()))
def test_csv_raises_only_input_rejected(data):
    try:
        for record in read_csv(data, "c.csv"):
            assert (record.article is None) != (record.reason is None)
    except InputRejected as rejected:
        assert rejected.reason and "\n" not in rejected.reason


ROW = st.dictionaries(
    st.sampled_from(["text", "title", "published", "id", "authors", "url", "x"]),
    st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5))),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(ROW.map(json.dumps), st.text(max_size=40)), max_size=8))
def test_jsonl_raises_only_input_rejected(lines):
    try:
        for record in read_jsonl("\n".join(lines).encode(), "c.jsonl"):
            assert (record.article is None) != (record.reason is None)
    except InputRejected as rejected:
        assert rejected.reason and "\n" not in rejected.reason
