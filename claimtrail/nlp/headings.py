"""Headings inside an article's body: a paragraph of a few words without a full stop, perhaps
under the place its section is about ('KOŠICE: One dead in bar shooting')."""

from __future__ import annotations

MAX_CROSSHEAD_WORDS = 16
MAX_LABEL_WORDS = 3


def is_crosshead(text: str, start: int, end: int) -> bool:
    """The characters from `start` to `end` are a paragraph of a few words without a full
    stop, with more text under it."""
    own = text[start:end]
    if len(own.split()) > MAX_CROSSHEAD_WORDS or own.rstrip()[-1:] in '.!?"”’:':
        return False
    before, after = text[:start], text[end:]
    label = before[before.rfind("\n") + 1 :]
    alone = (not before.strip() or not label or _place_label(label)) and after.startswith("\n")
    return alone and bool(after.strip())


def _place_label(text: str) -> bool:
    """'KOŠICE: ' before a heading's words: the place the section is about, in capitals."""
    label = text.rstrip()
    return label.endswith(":") and label.isupper() and len(label.split()) <= MAX_LABEL_WORDS
