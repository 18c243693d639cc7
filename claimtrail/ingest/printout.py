"""A page printed from a browser and copied back as text: the browser's lines, not the story's.

A browser prints a running header on every page (the print date and time, then the page's
title, often cut short with '…') and a running footer (the page's address, then 'Page 2 of
4' or '2/4'). Copied as text, these lines fall between the story's paragraphs, even inside
a sentence or a word hyphenated across the page break. They are no headline, date or
paragraph of the story: the print date is the reader's, not the outlet's.

The footer is recognised alone (an address and a page count can be nothing else); a header
line is recognised when it repeats, or when the page carries a footer, since a print date
and time followed by a title is otherwise also the shape of a timeline's entry.

A document copied out of a PDF viewer has the same furniture in its own shapes: a page
counter alone on its line ('Page 2 of 5') and a running line the document repeats at every
page break ('WEEKLY BRIEF | Week 23 | CONFIDENTIAL'). A running line is known by repeating
beside the counters; the same words elsewhere, once, are the document's own. Its text boxes
drawn with rules ('+----+' over lines framed by '|') are read as the lines inside them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from claimtrail.ingest.markup import ends_sentence
from claimtrail.ingest.pubdate import header_vocabulary

_FOOTER = re.compile(
    r"^\s*(?:https?://|www\.)\S+\s+(?:Page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$",
    re.IGNORECASE,
)
# 'Page 2 of 5', 'page 2/5': a PDF page's counter alone on its line ('2 / 9' alone is as
# often a gallery's count of its pictures)
_PAGE_COUNTER = re.compile(r"^\s*page\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$", re.IGNORECASE)
RUNNING_LINE_REACH = 1
"""A running header or footer stands next to a page counter (blank lines not counted)."""
MIN_RUNNING_REPEATS = 2
"""... beside this many counters, and the same line anywhere is furniture."""
_BOX_RULE = re.compile(r"^\s*\+[-=+]{10,}\+\s*$")
_BOXED = re.compile(r"^\s*\|(?P<inside>.*?)\|\s*$")
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
    footers |= _page_furniture(lines)
    header_counts = Counter(line.strip() for line in lines if _HEADER.match(line))
    headers = {
        n
        for n, line in enumerate(lines)
        if _HEADER.match(line) and (footers or header_counts[line.strip()] > 1)
    }
    return footers | headers


def _page_furniture(lines: Sequence[str]) -> set[int]:
    """A PDF's page counters and the running lines that repeat beside them."""
    counters = [n for n, line in enumerate(lines) if _PAGE_COUNTER.match(line)]
    if not counters:
        return set()
    beside: Counter[str] = Counter()
    for counter in counters:
        for n in _neighbours(lines, counter):
            beside[lines[n].strip()] += 1
    running = {text for text, count in beside.items() if count >= MIN_RUNNING_REPEATS}
    return set(counters) | {n for n, line in enumerate(lines) if line.strip() in running}


def _neighbours(lines: Sequence[str], number: int) -> list[int]:
    """The numbers of the few non-blank lines on either side of line `number`."""
    found: list[int] = []
    for step in (-1, 1):
        n, seen = number + step, 0
        while 0 <= n < len(lines) and seen < RUNNING_LINE_REACH:
            if lines[n].strip():
                if not _PAGE_COUNTER.match(lines[n]):
                    found.append(n)
                seen += 1
            n += step
    return found


def unboxed(lines: Sequence[str]) -> list[str]:
    """`lines`, with a text box drawn in rules read as the lines inside it: its rules made
    blank, the bars framing each line taken off. A rule may close one part of the box and
    open the next (a title row over the box's items). Framed lines with no closing rule are
    a table's, and stay."""
    kept = list(lines)
    number = 0
    while number < len(kept):
        if not _BOX_RULE.match(kept[number]):
            number += 1
            continue
        opening = number
        while True:
            end = opening + 1
            while end < len(kept) and _BOXED.match(kept[end]):
                end += 1
            closed = end > opening + 1 and end < len(kept) and _BOX_RULE.match(kept[end])
            if not closed:
                break
            for inside in range(opening + 1, end):
                kept[inside] = _BOXED.match(kept[inside]).group("inside").rstrip()
            kept[opening] = ""  # the box stands apart from the paragraphs around it
            opening = end
        if opening != number:
            kept[opening] = ""
            _without_a_summary(kept, number, opening)
        number = opening + 1
    return kept


def _without_a_summary(kept: list[str], start: int, end: int) -> None:
    """A box headed by a summary's label ('HIGHLIGHTS', 'KEY JUDGEMENTS') restates in short
    what the report then tells in full: its lines are dropped, the box left blank."""
    heading = next((line.strip() for line in kept[start:end] if line.strip()), "")
    if heading.rstrip(":").casefold() in _summary_labels():
        kept[start:end] = [""] * (end - start)


@lru_cache(maxsize=1)
def _summary_labels() -> frozenset[str]:
    return frozenset(header_vocabulary()["summary_labels"])
