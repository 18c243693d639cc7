"""Headings inside an article's body: a paragraph of a few words without a full stop, perhaps
under the place its section is about ('KOŠICE: One dead in bar shooting')."""

from __future__ import annotations

import re

MAX_CROSSHEAD_WORDS = 16
TEASER_SEPARATOR = re.compile(r"\s+[·•|]\s+")
MAX_LABEL_WORDS = 3


def is_crosshead(text: str, start: int, end: int) -> bool:
    """The characters from `start` to `end` are a paragraph of a few words without a full
    stop, with more text under it."""
    before, after = text[:start], text[end:]
    line_start, line_end = before.rfind("\n") + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if _teaser_row(line):
        return True
    own = text[start:end]
    if is_log_entry_heading(line) and own.strip() and own.strip() in line:
        return bool(after.strip())
    if len(own.split()) > MAX_CROSSHEAD_WORDS or own.rstrip()[-1:] in '.!?"”’:':
        return False
    if _STAGE_DIRECTION.fullmatch(line.strip()):
        return False  # '[Interruption]', '(Applause)': a transcript's note, no section
    label = before[before.rfind("\n") + 1 :]
    alone = (not before.strip() or not label or _place_label(label)) and after.startswith("\n")
    return alone and bool(after.strip())


_STAGE_DIRECTION = re.compile(r"\[[^\[\]]+\]|\([^()]+\)")


def _teaser_row(line: str) -> bool:
    """'Dam breached on Funen · Police deny Swedish report · Fishing boat lost off Bornholm':
    a row of headlines under the title, each teasing a part of the story, none a sentence."""
    items = TEASER_SEPARATOR.split(line.strip())
    return len(items) > 1 and all(
        item and len(item.split()) <= MAX_CROSSHEAD_WORDS and item.rstrip()[-1:] not in ".!?"
        for item in items
    )


def _place_label(text: str) -> bool:
    """'KOŠICE: ' before a heading's words: the place the section is about, in capitals."""
    label = text.rstrip()
    return label.endswith(":") and label.isupper() and len(label.split()) <= MAX_LABEL_WORDS


# '2.3  02 MAY 2032, 2240 UTC - ATTACK ON MERCHANT VESSEL - 55 NM WEST OF AL-HUDAYDAH': an
# incident log's entry heading, in capitals, dated, its fields set apart by dashes
LOG_ENTRY_FIELDS = re.compile(r"[ \t][-–—][ \t]")


def is_log_entry_heading(line: str) -> bool:
    """A dated line in capitals whose fields dashes set apart: an incident log's entry
    heading, however many words it has."""
    return (
        not any(c.islower() for c in line)
        and any(c.isdigit() for c in line)
        and any(c.isalpha() for c in line)
        and LOG_ENTRY_FIELDS.search(line) is not None
    )
