"""Bytes to text: pick the encoding, refuse what is not text, normalise what is.

Accepted: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 with a byte order mark.
Everything else is refused with a reason a person can act on (re-save the file as UTF-8),
because guessing a legacy encoding silently corrupts names and quotes that later stages
cite character by character.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from claimtrail.errors import InputRejected

MAX_BYTES = 20 * 1024 * 1024
"""Largest input accepted; a news article is far smaller, a bigger file is a mistake."""

CONTROL_SHARE_LIMIT = 0.05
"""Share of control characters above which a file is taken for binary data."""

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


def check_size(size: int, limit: int = MAX_BYTES) -> None:
    """Refuse an input of `size` bytes if it exceeds `limit` (callable before reading a file)."""
    if size > limit:
        raise InputRejected(
            f"file too large ({size / 1_048_576:.1f} MB, limit {limit / 1_048_576:.0f} MB)"
        )


def decode_bytes(data: bytes, limit: int = MAX_BYTES) -> str:
    """Return the text of `data`, NFC-normalised with "\\n" line ends; raise InputRejected."""
    check_size(len(data), limit)
    if not data.strip():
        raise InputRejected("empty file")
    text = _decode(data)
    if _control_share(text) > CONTROL_SHARE_LIMIT or "\x00" in text:
        raise InputRejected("binary file, not text")
    text = normalise_text(text)
    if not text.strip():
        raise InputRejected("empty file")
    return text


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


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding)
    if b"\x00" in data:
        # Text in UTF-16 without a BOM also lands here; it cannot be told from binary safely.
        raise InputRejected("binary file, not text")
    return _decode_as(data, "utf-8")


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if _byte_control_share(data) > CONTROL_SHARE_LIMIT:
            raise InputRejected("binary file, not text") from None
        name = encoding.split("-")[0].upper() + "-" + encoding.split("-")[1]
        bad = data[err.start]
        raise InputRejected(
            f"not valid {name} (byte 0x{bad:02X} at offset {err.start}); save the file as UTF-8"
        ) from None


def _is_control(ch: str) -> bool:
    return ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs")


def _control_share(text: str) -> float:
    # C0 controls only: C1 ones are repaired as Windows-1252 punctuation by normalise_text.
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    return controls / len(sample)


def _byte_control_share(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for b in sample if (b < 0x20 and chr(b) not in _ALLOWED_CONTROLS) or b == 0x7F)
    return controls / len(sample) if sample else 0.0
