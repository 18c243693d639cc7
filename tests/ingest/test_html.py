"""HTML pages: the main text without the page's furniture, metadata, encodings, bad markup.

The extraction quality on the fixtures is measured as character-level F1 against the text
written by hand for each (`*.expected.txt`), and printed (`pytest -s`) as well as checked.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.errors import InputRejected
from claimtrail.ingest.html import read_html

WEB = Path(__file__).parent / "web"
FIXTURES = ("harbour", "valley")
MIN_F1 = 0.95

BODY = (
    "<p>Flooding cut off three villages in the north of the province on Monday, local "
    "officials said, and rescue teams used boats to reach families stranded on rooftops.</p>"
    "<p>The regional governor said the water had begun to fall by the evening.</p>"
)


def page(body: str = BODY, head: str = "<meta charset='utf-8'><title>Floods</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def char_f1(found: str, expected: str) -> float:
    """F1 over the multiset of characters (spaces ignored): order-free, partial credit."""
    got, want = Counter(found.replace(" ", "")), Counter(expected.replace(" ", ""))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", FIXTURES)
def test_main_text_of_a_cluttered_page(name):
    article = read_html((WEB / f"{name}.html").read_bytes(), f"{name}.html")
    expected = (WEB / f"{name}.expected.txt").read_text(encoding="utf-8").strip()
    f1 = char_f1(article.text, expected)
    print(f"\n{name}.html character F1 = {f1:.3f}")
    assert f1 >= MIN_F1
    for clutter in ("Subscribe", "Share", "comment", "Related", "Trending", "Sign up", "cookies"):
        assert clutter not in article.text


def test_metadata_of_a_page():
    article = read_html((WEB / "harbour.html").read_bytes(), "harbour.html")
    assert article.title == "Fire destroys warehouse at Port Calder harbour"
    assert article.authors == ("Mara Ellison",)
    assert article.publisher == "The Northern Ledger"
    assert article.published.isoformat() == "2023-03-14"
    assert article.url == "https://ledger.example/news/port-calder-fire"
    assert not article.text.startswith(article.title)  # the headline is metadata


def test_date_from_structured_data():
    article = read_html((WEB / "valley.html").read_bytes(), "valley.html")
    assert article.published.isoformat() == "2022-09-07"


@pytest.mark.parametrize(
    "data",
    [
        page().encode("utf-16"),  # with BOM
        page().encode("utf-16-le"),  # without BOM
        page().encode("utf-16-be"),
        page(BODY.replace("officials", "officiäls"), "<meta charset='iso-8859-1'>").encode(
            "latin-1"
        ),
        page(BODY.replace("officials", "officiäls"), "").encode("cp1252"),  # undeclared
    ],
)
def test_encodings_are_decoded(data):
    assert "rescue teams used boats" in read_html(data, "p.html").text


def test_declared_latin1_keeps_accents():
    data = page(BODY.replace("officials", "officiäls"), "<meta charset='iso-8859-1'>")
    assert "officiäls" in read_html(data.encode("latin-1"), "p.html").text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (page("<nav><a href='/'>Home</a></nav>").encode(), "no article text"),
        (b"<html><body>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000, "no article text"),
        (b"<html><body><p>Broken <b><i>markup</p></b>" * 3, "no article text"),
        (page(BODY).encode()[:60], "no article text"),  # truncated before the body
        (page(BODY).encode() + "Ä".encode("latin-1"), "not valid utf-8"),
        (page("<p>Ä</p>" + BODY, "").encode() + "Ä".encode("latin-1"), "mixed encodings"),
    ],
)
def test_bad_pages_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputRejected, match=reason):
        read_html(data, "p.html")


def test_non_english_page_is_refused():
    french = (
        "<p>Des inondations ont coupé trois villages du nord de la province lundi, selon les "
        "autorités locales, et les secours ont utilisé des bateaux pour atteindre les familles "
        "réfugiées sur les toits de leurs maisons pendant toute la journée.</p>"
    )
    with pytest.raises(InputRejected, match="not English"):
        read_html(page(french).encode(), "p.html")


TAGS = st.sampled_from(["p", "div", "article", "b", "span", "nav", "li", "script", "h1", "table"])


@st.composite
def html_soup(draw):
    parts = draw(
        st.lists(
            st.one_of(
                TAGS.map(lambda t: f"<{t}>"),
                TAGS.map(lambda t: f"</{t}>"),
                st.text(max_size=40),
                st.just(BODY),
            ),
            max_size=30,
        )
    )
    return "<html><body>" + "".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=300), html_soup().map(str.encode)))
def test_read_html_raises_only_input_rejected(data):
    try:
        article = read_html(data, "p.html")
    except InputRejected as rejected:
        assert rejected.reason and "\n" not in rejected.reason
        return
    assert article.text and "\n\n\n" not in article.text
