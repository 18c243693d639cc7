"""Decoding and the rejections a person can act on."""

from __future__ import annotations

import codecs

import pytest

from claimtrail.errors import InputRejected
from claimtrail.ingest.decode import MAX_BYTES, check_size, decode_bytes
from claimtrail.ingest.text import read_article

ENGLISH = (
    "Two bridges were closed on Monday after the river rose overnight, the city said. "
    "Engineers will inspect both of them before they reopen to traffic.\n"
)

REJECTED = [
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "empty file"),
    (b"\xef\xbb\xbf  \n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    (bytes(range(1, 9)) * 40 + ENGLISH.encode(), "binary file, not text"),
    (
        ("Le café était fermé. " + ENGLISH).encode("latin-1"),
        "not valid UTF-8 (byte 0xE9 at offset 6); save the file as UTF-8",
    ),
]


@pytest.mark.parametrize(("data", "reason"), REJECTED)
def test_rejections(data, reason):
    with pytest.raises(InputRejected) as caught:
        read_article(data, "in.txt")
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("utf-8"),
        codecs.BOM_UTF8 + ENGLISH.encode("utf-8"),
        ENGLISH.encode("utf-16"),  # BOM included by the codec
        codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"),
        ENGLISH.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "crlf"],
)
def test_accepted_encodings_give_the_same_text(data):
    assert decode_bytes(data) == ENGLISH


def test_utf16_article_is_read():
    article = read_article(ENGLISH.encode("utf-16"), "in.txt")
    assert article.text == ENGLISH.strip()


def test_too_large_is_refused_by_length_alone():
    with pytest.raises(InputRejected) as caught:
        check_size(MAX_BYTES + 1)
    assert caught.value.reason.startswith("file too large (")
    with pytest.raises(InputRejected):
        decode_bytes(b"a" * 101, limit=100)


def test_normalises_spaces_and_invisible_characters():
    text = decode_bytes("Cafe\u0301\u00a0open\u200b\tnow\r".encode())
    assert text == "Caf\u00e9 open now\n"


def test_french_article_is_rejected():
    french = (
        "Le gouvernement a annoncé lundi la fermeture de deux ponts après la montée des eaux. "
        "Les ingénieurs inspecteront les ouvrages avant leur réouverture à la circulation, "
        "qui pourrait prendre plusieurs semaines selon la mairie de la ville."
    )
    with pytest.raises(InputRejected) as caught:
        read_article(french.encode("utf-8"), "fr.txt")
    assert caught.value.reason.startswith("language looks like not English")


def test_only_boilerplate_is_rejected():
    data = b"Note to readers: please click the share buttons above.\n\nCopyright \xc2\xa9 2020"
    with pytest.raises(InputRejected) as caught:
        read_article(data, "x.txt")
    assert "no article text" in caught.value.reason
