"""A page printed from a browser and copied back as text: the browser's lines, not the story's.

A browser prints a running header on every page (the print date and time, then the page's
title, often cut short with '…') and a running footer (the page's address, then 'Page 2 of
4' or '2/4'). Copied as text, these lines fall between the story's paragraphs, even inside
a sentence or a word hyphenated across the page break. They are no headline, date or
paragraph of the story: the print date is the reader's, not the outlet's.

The footer is recognised alone (an address and a page count can be nothing else); a header
line is recognised when it repeats, or when the page carries a footer, since a print date
and time followed by a title is otherwise also the shape of a timeline's entry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimtrail.ingest.markup import ends_sentence

_FOOTER = re.compile(
    r"^\s*(?:https?://|www\.)\S+\s+(?:Page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+\S"
)


def without_print_furniture(lines: Sequence[str]) -> list[str]:
    """`lines` without a browser's print header and footer lines. Where a page break cut a
    sentence, the lines on either side of it are made neighbours again."""
    furniture = _furniture(lines)
    if not furniture:
        return list(lines)
    kept: list[str] = []
    cut = False  # inside a page break that cut a sentence
    for number, line in enumerate(lines):
        if number in furniture:
            while kept and not kept[-1].strip():
                kept.pop()  # the blank lines before the footer
            cut = bool(kept) and not ends_sentence(kept[-1].rstrip())
            continue
        if cut and not line.strip():
            continue  # the blank lines after the header
        cut = False
        kept.append(line)
    return kept


def _furniture(lines: Sequence[str]) -> set[int]:
    footers = {n for n, line in enumerate(lines) if _FOOTER.match(line)}
    header_counts = Counter(line.strip() for line in lines if _HEADER.match(line))
    headers = {
        n
        for n, line in enumerate(lines)
        if _HEADER.match(line) and (footers or header_counts[line.strip()] > 1)
    }
    return footers | headers
