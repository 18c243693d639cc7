"""Paragraphs that belong to the site, not to the article: share requests, footers, notices.

The cues are data (claimtrail/data/boilerplate.json). A paragraph is dropped whole or kept
whole, so the kept text is exactly what the author wrote; the exceptions are a copyright
notice glued to the end of the last paragraph, common in wire copy without paragraph breaks,
and a broadcast transcript's time code and staff speaker label opening a paragraph.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimtrail.ingest.markup import is_separator

TAIL_CHARS = 1000
MAX_CAPTION_BARS = 2  # 'PHOTO | NAME | OUTLET'
_DATA = Path(__file__).resolve().parent.parent / "data" / "boilerplate.json"


@dataclass(frozen=True)
class BoilerplateCues:
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    max_words: int
    trailing_notice: re.Pattern[str]
    max_words_for_trailing_notice: int
    end_markers: tuple[re.Pattern[str], ...]
    min_body_lines_before_end: int
    captions: tuple[re.Pattern[str], ...]
    max_caption_words: int


@lru_cache(maxsize=1)
def cues() -> BoilerplateCues:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    prefixes = tuple(p.lower() for p in raw["prefixes"])
    phrases = tuple(_fold_quotes(p.lower()) for p in raw["phrases"])
    if not all(prefixes) or not all(phrases):
        raise ValueError(f"{_DATA.name}: empty cue")
    try:
        patterns = tuple(re.compile(p, re.IGNORECASE) for p in raw["patterns"])
        end_markers = tuple(re.compile(p, re.IGNORECASE) for p in raw["end_markers"])
        captions = tuple(re.compile(p, re.IGNORECASE) for p in raw["caption_patterns"])
    except re.error as err:
        raise ValueError(f"{_DATA.name}: bad pattern: {err}") from err
    starts = "|".join(re.escape(start) for start in raw["trailing_notice_starts"])
    # A notice starts a sentence: at the paragraph start or after sentence punctuation.
    trailing = re.compile(rf"(?:^|(?<=[.!?\"”’]\s))(?:{starts})", re.IGNORECASE)
    return BoilerplateCues(
        prefixes,
        phrases,
        patterns,
        int(raw["max_words"]),
        trailing,
        int(raw["max_words_for_trailing_notice"]),
        end_markers,
        int(raw["min_body_lines_before_end"]),
        captions,
        int(raw["max_caption_words"]),
    )


def trim_trailing_notice(paragraph: str) -> str:
    """`paragraph` without a short copyright notice at its end."""
    found = cues()
    # Only the end can hold a short notice; searching the tail keeps this linear.
    offset = max(0, len(paragraph) - TAIL_CHARS)
    for m in found.trailing_notice.finditer(paragraph, offset):
        if len(paragraph[m.start() :].split()) <= found.max_words_for_trailing_notice:
            return paragraph[: m.start()].rstrip()
    return paragraph


def without_staff_speaker(paragraph: str, staff: Sequence[str] = ()) -> str:
    """'[00:44] CORRESPONDENT (Ana Ruiz): The attack began ...' -> 'The attack began ...':
    in a broadcast's transcript, what the outlet's own anchor or correspondent says is the
    outlet's account; the label would otherwise be read as a source. `staff` are the
    names of the outlet's own people (the writers, a podcast's host and reporters), whose
    labels may be their first name alone ('LUCÍA: On Sunday night ...')."""
    cut = _staff_speaker_label().sub("", paragraph, count=1)
    if cut != paragraph or not staff:
        return cut
    m = _NAME_LABEL.match(paragraph)
    if m is None or m.group("label") != m.group("label").upper():
        return paragraph
    label = m.group("label").casefold()
    for name in staff:
        words = name.casefold().split()
        if label == " ".join(words) or (words and label == words[0]):
            return paragraph[m.end() :]
    return paragraph


_TIME_CODE = r"\[\d{1,2}:\d{2}(?::\d{2})?\]\s*"  # '[00:44] ', '[01:02:10] '
_NAME_LABEL = re.compile(
    rf"^(?:{_TIME_CODE})?(?P<label>[^\W\d_]+(?:[ '’-][^\W\d_]+){{0,3}}):\s+(?=\S)"
)


@lru_cache(maxsize=1)
def _staff_speaker_label() -> re.Pattern[str]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["transcript_speakers"]["roles"]
    roles = "|".join(re.escape(role.upper()) for role in raw)
    name = r"\s*\([^()]{1,60}\)"
    return re.compile(rf"^(?:{_TIME_CODE})?(?:{roles})(?:{name})?:\s+(?=\S)")


def is_boilerplate(paragraph: str) -> bool:
    """Whether a markup-free paragraph is site furniture rather than article text."""
    text = " ".join(paragraph.split())
    if not text or is_separator(text):
        return True
    found = cues()
    if len(text.split()) > found.max_words:
        return False
    lowered = _fold_quotes(text.lower())
    return (
        lowered.startswith(found.prefixes)
        or any(p.search(text) for p in found.patterns)
        or any(phrase in lowered for phrase in found.phrases)
        or is_photo_caption(text)
    )


def is_photo_caption(paragraph: str) -> bool:
    """A photo's caption: short, with the picture's credit at its end ('... on Monday.
    PHOTO | NAME') or a picture marker at its start ('[Photo] ...')."""
    text = " ".join(paragraph.split())
    found = cues()
    if not text or len(text.split()) > found.max_caption_words:
        return False
    if text.count("|") > MAX_CAPTION_BARS:
        return False  # a navigation row with its 'Photo | Video' sections
    return any(p.search(text) for p in found.captions)


def _fold_quotes(text: str) -> str:
    return text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
