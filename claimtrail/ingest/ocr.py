"""Text read from an image by OCR: the digits the reader took for letters, made letters again.

A statement that circulates as a photo or a scan reaches analysts through OCR, which reads an
O as a zero and an l as a one inside words: 'UNION 0F ZIMBABWE', 'WILL N0T', '0rganise',
'Internationa1'. Left so, a headline and a publisher's name read wrong and a town's name
('BULAWAY0') is not found in the gazetteer.

A digit is read as a letter only where no figure could stand: alone among letters in a word
('N0T'), opening a word of letters ('0rganise'), closing a word of three letters or more
('BULAWAY0'), or, as '0F' and '0N', a word of two between words. Words with more than one
digit ('H1N1', 'G20', 'MH17') are names and codes, left as they are, and a page is repaired
only when it shows the mistake more than once, so that one odd code on a typed page stays.
Each digit becomes one letter, so every offset in the text is kept.

A transcriber sets what is no text of the document in brackets on lines of its own: the
stamp across a paragraph ('[STAMP: UNION OF TEACHERS * 12 MAY 2033 * P.O. BOX ...]'), a
seal, a signature. Its words and its day are the stamp's, not the story's, so those lines
are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimtrail.ingest.pubdate import header_vocabulary

MIN_REPAIRS = 2
"""A page with fewer words to repair is taken as typed, not read by OCR."""

# a word of letters with one 0 or 1 in it
_WORD = re.compile(r"(?<![\w'’.-])[A-Za-z]*[01][A-Za-z]*(?![\w'’-])")
# what follows a figure in the same word: ordinals, hours and units
_FIGURE_SUFFIXES = frozenset(
    {"st", "nd", "rd", "th", "am", "pm", "h", "hrs", "km", "kg", "m", "mm", "cm", "s", "x", "g"}
)


def repaired_ocr(lines: Sequence[str]) -> list[str]:
    """The lines with OCR's digits read as the letters they stand for, if the page shows
    that mistake at least MIN_REPAIRS times; else the lines as they are."""
    # twice: a word's neighbour may itself need repair first ('0F 0UR')
    fixed = [_repaired_line(_repaired_line(line)) for line in lines]
    changed = sum(
        1
        for old, new in zip(lines, fixed, strict=True)
        for a, b in zip(old, new, strict=True)
        if a != b
    )
    return fixed if changed >= MIN_REPAIRS else list(lines)


def _repaired_line(line: str) -> str:
    out = list(line)
    for m in _WORD.finditer(line):
        word = m.group()
        letter = _letter_for(word, line, m.start(), m.end())
        if letter is not None:
            digit_at = m.start() + next(i for i, c in enumerate(word) if c in "01")
            out[digit_at] = letter
    return "".join(out)


def _letter_for(word: str, line: str, start: int, end: int) -> str | None:
    """The letter the word's one digit stands for, or None where it may be a figure."""
    at = next(i for i, c in enumerate(word) if c in "01")
    before, after = word[:at], word[at + 1 :]
    letters = before + after
    if not letters or (not before and after.lower() in _FIGURE_SUFFIXES):
        return None  # '1st', '0km': a figure with its suffix
    upper = letters.isupper()
    read_as_letter = (
        (before and after)  # 'N0T', 'C0NDEMNS'
        or len(after) >= 2  # '0rganise', '0UR'
        or len(before) >= 3  # 'BULAWAY0', 'Internationa1'
        or (after and upper and _between_words(line, start, end))  # 'UNION 0F ZIMBABWE'
    )
    if not read_as_letter:
        return None
    if word[at] == "0":
        return "O" if upper else "o"
    return "I" if upper else "l"


def _between_words(line: str, start: int, end: int) -> bool:
    """The word stands between words of letters ('UNION 0F ZIMBABWE'), not beside a figure
    ('32 0F')."""
    left = line[:start].split()
    right = line[end:].split()
    return bool(left and right) and all(w.strip(",.;:'\"").isalpha() for w in (left[-1], right[0]))


def without_scan_notes(lines: Sequence[str]) -> list[str]:
    """The lines without a transcriber's bracketed notes of a stamp, a seal or a signature
    that open a line ('   [STAMP: ... 12 MAY 2033 ...' to its closing ']')."""
    kept: list[str] = []
    inside = False
    for line in lines:
        opens = not inside and _scan_note().match(line) is not None
        if opens and "]" in line and not line.rstrip().endswith("]"):
            opens = False  # '[logo] SACEOM': a note before the line's own words, which stay
        if opens:
            inside = True
        if inside:
            inside = "]" not in line
            continue
        kept.append(line)
    return kept


def opens_with_an_emblem(line: str) -> bool:
    """'[crest] KALOLENI UNITED FOOTBALL CLUB * EST. 1961': a transcriber's note of the
    emblem before the words printed with it, the page's letterhead and never its headline."""
    match = _scan_note().match(line)
    return match is not None and bool(re.match(r"[^\]]*\]\s*\w", line[match.end() :]))


@lru_cache(maxsize=1)
def _scan_note() -> re.Pattern[str]:
    labels = "|".join(
        re.escape(label) for label in header_vocabulary()["scan_note_labels"]["labels"]
    )
    return re.compile(rf"^\s*\[\s*(?:{labels})\b", re.I)
