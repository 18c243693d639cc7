"""Decoding and the rejections a person can act on."""

from __future__ import annotations

import codecs

import pytest

from claimtrail.errors import InputRejected
from claimtrail.ingest.decode import MAX_BYTES, check_size, decode_bytes, decode_text
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
        ("Москва закрыла два моста после наводнения. " * 3).encode("cp1251"),
        "not valid UTF-8 (byte 0xCC at offset 0); save the file as UTF-8",
    ),
    (
        ("Kelbé " + ENGLISH).encode("utf-8") + "Kelbé".encode("latin-1"),
        "mixed encodings: UTF-8 text with a stray byte 0xE9 at offset 159; save the file as UTF-8",
    ),
    (ENGLISH.encode("utf-32-le"), "binary file, not text"),
    (
        ENGLISH.encode("utf-16-le")[:-1],
        "looks like UTF-16 without a byte order mark but is not valid (an odd number of bytes); "
        "save the file as UTF-8",
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


WINDOWS_1252 = [
    ("Le café était fermé, the owner said. " + ENGLISH, "e-acute in Latin-1 range"),
    ("\u201cWe will rebuild,\u201d the mayor said. " + ENGLISH, "curly quotes 0x93 0x94"),
    ("Repairs will cost \u20ac4 million \u2014 the council\u2019s estimate. " + ENGLISH, "euro"),
    ("Caf\u00e9 owners said the bridge collapsed.", "one short sentence"),
]


@pytest.mark.parametrize(("text", "what"), WINDOWS_1252, ids=[w for _, w in WINDOWS_1252])
def test_windows_1252_english_is_recovered(text, what):
    decoded = decode_text(text.encode("cp1252"))
    assert decoded.text == text
    assert (decoded.encoding, decoded.inferred) == ("cp1252", True)


def test_latin1_file_reads_as_an_article():
    article = read_article(("The café on the corner was closed. " + ENGLISH).encode("latin-1"), "x")
    assert article.text.startswith("The café on the corner")


def test_valid_utf8_is_never_read_as_windows_1252():
    decoded = decode_text(("The café was closed. " + ENGLISH).encode("utf-8"))
    assert decoded.text.startswith("The café was")
    assert (decoded.encoding, decoded.inferred) == ("utf-8", False)


@pytest.mark.parametrize(
    "data",
    [
        "Le café est ouvert.".encode("cp1252"),  # too few letters to judge
        ("Ça été été à Noël, ô ça été dur." * 4).encode("cp1252"),  # too many non-ASCII bytes
        ("The mayor said he didn\u2019t know. " + ENGLISH).encode("mac_roman"),  # "didnÕt"
        ENGLISH.encode("cp1252") + b"\x81",  # a byte Windows-1252 leaves undefined
    ],
    ids=["too-short", "too-accented", "mac-roman", "undefined-byte"],
)
def test_weak_evidence_for_windows_1252_is_refused(data):
    with pytest.raises(InputRejected) as caught:
        decode_text(data)
    assert caught.value.reason.startswith("not valid UTF-8 (byte 0x")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(encoding):
    text = "\u201cThe road is shut,\u201d police said. " + ENGLISH
    decoded = decode_text(text.encode(encoding))
    assert decoded.text == text
    assert (decoded.encoding, decoded.inferred) == (encoding, True)


def test_declared_encodings_are_named():
    assert decode_text(ENGLISH.encode("utf-16")).encoding in ("utf-16-le", "utf-16-be")
    assert decode_text(codecs.BOM_UTF8 + ENGLISH.encode()).encoding == "utf-8"
    assert not decode_text(ENGLISH.encode("utf-32")).inferred


@pytest.mark.parametrize(
    "data",
    [
        "short".encode("utf-16-le"),  # too few code units to tell from binary
        b"ABC\x00" * 20,  # zeros, but not in every other byte
        ("1234 5678 9012 " * 10).encode("utf-16-le").replace(b"1\x00", b"\x01\x00"),
    ],
    ids=["few-units", "irregular-zeros", "controls"],
)
def test_zero_bytes_without_a_utf16_pattern_are_binary(data):
    with pytest.raises(InputRejected) as caught:
        decode_text(data)
    assert caught.value.reason == "binary file, not text"
