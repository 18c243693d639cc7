"""Text hard-wrapped at a fixed width, its lines joined again where the writer's tool broke them.

A page printed and copied as text, or a plain-text e-mail, breaks every line at a width (72
or 80 characters), headline, menu and cookie notice alike. The header is read line by line,
so a headline broken in two is two lines to it, and a two-line notice is a notice and a
stray line. A line was broken by the tool, and not by the writer, when the next line's
first word would not have fitted on it; a word cut with a hyphen at the break is made
whole again, unless the text writes it with a hyphen elsewhere ('long-term').

The width is found, not assumed: the longest line length that many lines come close to.
Text that is not wrapped (most pages) is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimtrail.ingest.markup import LIST_MARKS, ends_sentence, is_list_item, is_separator

MIN_LINE_CHARS = 30
"""Only lines this long tell the width: short ones are headings, bylines or list items."""
WIDTH_BAND = 12
"""A wrapped line ends within this many characters of the width ..."""
MIN_WRAPPED_LINES = 8
MIN_WRAPPED_SHARE = 0.5
"""... and at least this many (and this share) of the long lines do so with the paragraph
going on in the next line, ..."""
MAX_LONGER_SHARE = 0.1
"""... while no more than this share of them run past it (a menu flattened to one line)."""
MIN_LINES_AT_WIDTH = 2
MAX_STRAY_CHARS = 3
"""The width is reached by this many lines: a single line at most this much longer (a word
the scanner or the typesetter let run past the column) does not set it."""

FIT_SLACK = 2
"""Within a sentence, a next word this many characters short of not fitting was still
carried over by the layout."""

_CUT_WORD = re.compile(r"(?P<head>[^\W\d_]{2,})-$")
_FIRST_WORD = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# a list item's marker, also '>' and '›', which reports printed as PDFs set before their items
_LIST_MARKER = re.compile(rf"^\s*(?:[{re.escape(LIST_MARKS)}>›]|\d{{1,3}}[.)])\s+(?=\S)")
_FIELD_LABEL = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,3}:\s")


def unwrapped(lines: Sequence[str]) -> list[str]:
    """`lines`, with the lines of hard-wrapped text joined where the wrapping broke them."""
    width = wrap_width(lines)
    if width is None:
        return list(lines)
    hyphenated = {m.group().lower() for line in lines for m in _WORD.finditer(line)}
    joined: list[str] = []
    previous = ""  # the line above as the text has it, not as joined so far
    for line in lines:
        if previous and line.strip() and _broken_by_wrapping(previous, line, width):
            joined[-1] = _join(joined[-1].rstrip(), line.strip(), hyphenated)
        else:
            joined.append(line)
        previous = line.rstrip()
    return joined


def joined_capital_headlines(lines: Sequence[str]) -> list[str]:
    """A headline in capitals that a scan or a PDF broke over lines ('TEACHERS WILL NOT BE
    INTIMIDATED: ... ON STRIKING' / 'TEACHERS, THE ABDUCTION ... IN' / 'BULAWAYO'), joined
    into one line: a long line in capitals, not closed by a stop, goes on in the line in
    capitals right under it. A letterhead's short lines stacked in capitals stay apart."""
    joined: list[str] = []
    going_on = False  # the line above is a long one in capitals that has not ended
    for line in lines:
        text = line.strip()
        if going_on and text and _in_capitals(text):
            joined[-1] = f"{joined[-1].rstrip()} {text}"
        else:
            joined.append(line)
            going_on = False
        last = joined[-1].strip()
        going_on = (
            len(text) >= MIN_CAPITAL_HEADLINE_BREAK
            and _in_capitals(last)
            and last[-1:] not in ".!?:;"
            and bool(text)
        )
    return joined


MIN_CAPITAL_HEADLINE_BREAK = 50
"""A line in capitals this long, unended, was broken by the width of the page."""


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it is not."""
    if not lines:
        return None
    long_lines = [
        (len(line.rstrip()), bool(following.strip()))
        for line, following in zip(lines, [*lines[1:], ""], strict=True)
        if len(line.strip()) >= MIN_LINE_CHARS
    ]
    if len(long_lines) < MIN_WRAPPED_LINES:
        return None
    # one pass over the distinct lengths, widest first, with counts kept per length: a huge
    # file is read in time linear in its lines
    going_on = Counter(n for n, goes_on in long_lines if goes_on)
    by_length = Counter(n for n, _ in long_lines)
    longer = 0
    for width in sorted(by_length, reverse=True):
        if longer > MAX_LONGER_SHARE * len(long_lines):
            return None
        near = sum(going_on[n] for n in range(width - WIDTH_BAND + 1, width + 1))
        if near >= MIN_WRAPPED_LINES and near >= MIN_WRAPPED_SHARE * len(long_lines):
            return _without_a_stray_line(width, by_length)
        longer += by_length[width]
    return None


def _without_a_stray_line(width: int, by_length: Counter[int]) -> int:
    """The width many lines reach, below a single line a little longer (a word the scanner
    or the typesetter let run past the column)."""
    if by_length[width] >= MIN_LINES_AT_WIDTH:
        return width
    below = [n for n in by_length if width - MAX_STRAY_CHARS <= n < width]
    return max((n for n in below if by_length[n] >= MIN_LINES_AT_WIDTH), default=width)


def _broken_by_wrapping(previous: str, line: str, width: int) -> bool:
    if is_list_item(line) or is_separator(line) or is_separator(previous):
        return False  # an item, a rule or a box's border opens its own line
    if _FIELD_LABEL.match(previous) and _FIELD_LABEL.match(line):
        return False  # a form's rows: 'Prepared by:   A B' over 'Reviewed by:   C D'
    if _indent(line) == _item_text_column(previous):
        return True  # a list item's own lines hang under its text
    if _indent(line) > _indent(previous):
        return False  # a column's paragraphs open with an indent, not a blank line
    first = _FIRST_WORD.search(line)
    if first is None:
        return False
    if _CUT_WORD.search(previous) and line.lstrip()[:1].islower():
        return len(previous) > width - WIDTH_BAND
    if line.lstrip()[:1].islower() and previous.strip() and not ends_sentence(previous):
        return True  # a headline set narrower than the column: 'Five soldiers killed in' / 'on'
    # a sentence going on may break a word or two short of the width, as a copy of a page set
    # in a font of uneven widths does ('... a Grade 10 student, Kristoffer' / 'Abad, was shot')
    slack = FIT_SLACK if previous.strip() and not ends_sentence(previous) else 0
    return len(previous) + 1 + len(first.group()) > width - slack


def _item_text_column(line: str) -> int | None:
    """Where the text of a list item starts ('- Seven soldiers' -> 2), or None."""
    marker = _LIST_MARKER.match(line)
    return marker.end() if marker else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _join(previous: str, line: str, hyphenated: set[str]) -> str:
    cut = _CUT_WORD.search(previous)
    if cut and line[:1].islower():
        rest = _FIRST_WORD.match(line)
        whole = f"{cut.group('head')}-{rest.group() if rest else ''}".lower()
        if whole.rstrip(".,;:!?\"')”’") in hyphenated:
            return previous + line  # a compound the text writes with its hyphen
        return previous[:-1] + line
    return f"{previous} {line}"
