"""Bytes to text: pick the encoding, refuse what is not text, normalise what is.

Declared or valid: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 with a byte
order mark. Recognised on strong evidence only, because a wrong guess silently corrupts
names and quotes that later stages cite character by character:
- UTF-16 without a byte order mark, from the zero bytes that Latin-script text puts in
  every other byte (the high byte of each code unit);
- Windows-1252 (a superset of Latin-1 in practice), for bytes that are not UTF-8 but decode
  to mostly ASCII English with a few accented letters or typographic punctuation.
Everything else is refused with a one-line reason a person can act on (re-save as UTF-8).
`decode_text` also tells which encoding was used and whether it was inferred.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtrail.errors import InputRejected

MAX_BYTES = 20 * 1024 * 1024
"""Largest input accepted; a news article is far smaller, a bigger file is a mistake."""

CONTROL_SHARE_LIMIT = 0.05
"""Share of control characters above which a file is taken for binary data."""

_DATA = Path(__file__).resolve().parent.parent / "data" / "ingest.json"
_SAMPLE = 65536  # bytes looked at for statistics; an article's head is representative
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
_SPACES = re.compile("[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ASCII_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WHITESPACE = frozenset(b" \t\r\n")


@dataclass(frozen=True)
class Decoded:
    """Normalised text and how its bytes were read."""

    text: str
    encoding: str  # Python codec name: utf-8, utf-16-le, utf-32-be, cp1252, ...
    inferred: bool = False  # True when chosen from byte statistics, not a BOM or valid UTF-8


@lru_cache(maxsize=1)
def _legacy() -> dict[str, Any]:
    return json.loads(_DATA.read_text(encoding="utf-8"))["legacy_text"]


def check_size(size: int, limit: int = MAX_BYTES) -> None:
    """Refuse an input of `size` bytes if it exceeds `limit` (callable before reading a file)."""
    if size > limit:
        raise InputRejected(
            f"file too large ({size / 1_048_576:.1f} MB, limit {limit / 1_048_576:.0f} MB)"
        )


def decode_bytes(data: bytes, limit: int = MAX_BYTES) -> str:
    """Return the text of `data`, NFC-normalised with "\\n" line ends; raise InputRejected."""
    return decode_text(data, limit).text


def decode_text(data: bytes, limit: int = MAX_BYTES) -> Decoded:
    """Like `decode_bytes`, also naming the encoding used; raise InputRejected."""
    check_size(len(data), limit)
    if not data.strip():
        raise InputRejected("empty file")
    raw = _decode(data)
    if _control_share(raw.text) > CONTROL_SHARE_LIMIT or "\x00" in raw.text:
        raise InputRejected("binary file, not text")
    text = normalise_text(raw.text)
    if not text.strip():
        raise InputRejected("empty file")
    return Decoded(text, raw.encoding, raw.inferred)


def normalise_text(text: str) -> str:
    """Unify line ends, spaces and invisible characters so offsets mean the same everywhere."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _C1_CONTROLS.sub(_cp1252, text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "".join(ch for ch in text if ch == "\n" or not _is_control(ch))
    return unicodedata.normalize("NFC", text)


def _cp1252(match: re.Match[str]) -> str:
    # U+0080..U+009F in decoded text are Windows-1252 punctuation (dashes, quotes) that went
    # through a Latin-1 decoder somewhere upstream; restore them instead of losing them.
    return bytes([ord(match.group())]).decode("cp1252", errors="ignore")


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode_as(data[len(bom) :], encoding), encoding)
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        return _decode_legacy(data, err)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if _byte_control_share(data) > CONTROL_SHARE_LIMIT:
            raise InputRejected("binary file, not text") from None
        raise InputRejected(
            f"not valid {_label(encoding)} (byte 0x{data[err.start]:02X} at offset "
            f"{err.start}); save the file as UTF-8"
        ) from None


def _label(encoding: str) -> str:
    family, _, bits_and_order = encoding.partition("-")
    return f"{family.upper()}-{bits_and_order.split('-')[0]}"


def _decode_utf16_without_bom(data: bytes) -> Decoded:
    """UTF-16 text is told from binary data by where its zero bytes fall, then by its letters."""
    encoding = _utf16_byte_order(data)
    if encoding is None:
        raise InputRejected("binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        where = "an odd number of bytes" if len(data) % 2 else f"offset {err.start}"
        raise InputRejected(
            f"looks like {_label(encoding)} without a byte order mark but is not valid "
            f"({where}); save the file as UTF-8"
        ) from None
    if not _looks_like_prose(text):
        raise InputRejected("binary file, not text")
    return Decoded(text, encoding, inferred=True)


def _utf16_byte_order(data: bytes) -> str | None:
    cues = _legacy()
    sample = data[:_SAMPLE]
    sample = sample[: len(sample) & ~1]  # whole code units only
    if len(sample) < 2 * cues["utf16_min_code_units"]:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    mostly, rarely = cues["utf16_min_zero_share"], cues["utf16_max_zero_share"]
    if odd_zeros >= mostly and even_zeros <= rarely:
        return "utf-16-le"
    if even_zeros >= mostly and odd_zeros <= rarely:
        return "utf-16-be"
    return None


def _looks_like_prose(text: str) -> bool:
    sample = text[: _SAMPLE // 2]
    letters = sum(1 for ch in sample if ch.isalpha() or ch.isspace())
    return letters >= _legacy()["min_letter_space_share"] * len(sample)


def _decode_legacy(data: bytes, err: UnicodeDecodeError) -> Decoded:
    """Bytes that are not UTF-8: Windows-1252 English, or a refusal saying why not."""
    if _byte_control_share(data) > CONTROL_SHARE_LIMIT:
        raise InputRejected("binary file, not text")
    bad = f"byte 0x{data[err.start]:02X} at offset {err.start}"
    if _mostly_utf8(data):
        raise InputRejected(
            f"mixed encodings: UTF-8 text with a stray {bad}; save the file as UTF-8"
        )
    text = _as_english_cp1252(data)
    if text is None:
        raise InputRejected(f"not valid UTF-8 ({bad}); save the file as UTF-8")
    return Decoded(text, "cp1252", inferred=True)


def _mostly_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form valid UTF-8 sequences: a UTF-8 file with stray bytes added.

    In Windows-1252 text the non-ASCII bytes stand alone between ASCII letters, so they
    rarely happen to form a UTF-8 sequence.
    """
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(sample))
    return high > 0 and in_sequences >= _legacy()["mixed_utf8_share"] * high


def _as_english_cp1252(data: bytes) -> str | None:
    """The text of `data` as Windows-1252 if its bytes look like English prose, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
        return None
    sample = data[:_SAMPLE]
    cues = _legacy()
    letters = sum(1 for b in sample if b in _ASCII_LETTERS)
    spaces = sum(1 for b in sample if b in _WHITESPACE)
    high = sum(1 for b in sample if b >= 0x80)
    english = (
        letters >= cues["min_ascii_letters"]
        and letters + spaces >= cues["min_letter_space_share"] * len(sample)
        and high <= cues["max_high_byte_share"] * len(sample)
    )
    if not english or _typical_share(text[:_SAMPLE]) < cues["min_typical_high_share"]:
        return None
    return text


def _typical_share(text: str) -> float:
    """Share of non-ASCII characters that are usual in English news (1.0 when there are none)."""
    symbols = _legacy()["typical_symbols"]
    positions = [i for i, ch in enumerate(text) if ch >= "\x80"]
    if not positions:
        return 1.0
    typical = sum(1 for i in positions if text[i] in symbols or _letter_in_word(text, i))
    return typical / len(positions)


def _letter_in_word(text: str, i: int) -> bool:
    """An accented letter next to another letter, and not a capital inside a lower-case word.

    A capital right after a lower-case letter ("donÕt") is what another code page's
    apostrophe or quote looks like when read as Windows-1252.
    """
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not ch.isalpha() or not (before.isalpha() or after.isalpha()):
        return False
    return not (ch.isupper() and before.islower())


def _is_control(ch: str) -> bool:
    return ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs")


def _control_share(text: str) -> float:
    # C0 controls only: C1 ones are repaired as Windows-1252 punctuation by normalise_text.
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    return controls / len(sample)


def _byte_control_share(data: bytes) -> float:
    sample = data[:_SAMPLE]
    controls = sum(1 for b in sample if (b < 0x20 and chr(b) not in _ALLOWED_CONTROLS) or b == 0x7F)
    return controls / len(sample) if sample else 0.0
