"""What an article says about itself: title, authors, publisher, dates, declared original.

Steps, in order:
1. walk the header (the lines before the first body paragraph), classifying each line as a
   byline, a "Publisher, date" line, a labelled date or url, a tag line, a press-release
   marker or a separator; the first line that is none of these and reads like a headline is
   the title, the next one starts the body;
2. read the opening dateline of the body for a wire agency and a day;
3. scan the footer for a declared original ("The original source of this article is X"), an
   "Articles by:" line, a labelled url and a copyright year;
4. combine: the first "Publisher, date" line gives publisher and date, a second one with
   another outlet is the original; an original equal to the publisher is no cross-post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from claimtrail.ingest.body import paragraph_continues
from claimtrail.ingest.byline import parse_byline
from claimtrail.ingest.dateline import parse_dateline
from claimtrail.ingest.header_lines import HeaderLine, classify
from claimtrail.ingest.markup import is_separator, is_url, squash_spaces, strip_markup
from claimtrail.model import Original

T = TypeVar("T")

MAX_HEADER_LINES = 15
"""Non-blank lines searched for the header; metadata further down is body text."""
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 35
MAX_STOPPED_TITLE_WORDS = 20
FOOTER_LINES = 15

_ORIGINAL = re.compile(
    r"^(?:the original source of this article is|this article was (?:originally|first) "
    r"published (?:by|in|on|at)|(?:originally|first) published (?:by|in|on|at))\s+"
    r"(?P<name>[^.]+?)\s*\.?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"(?:[.,;:][\"'”’)]*|[(\[])$")
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}[.!?]\s+\S")  # "a cyclist. The incident"
_TITLE_CASE_SHARE = 0.75
_COPYRIGHT_YEAR = re.compile(r"(?:copyright|©|\(c\)).{0,200}?\b(?P<year>(?:19|20)\d\d)\b", re.I)
MAX_FOOTER_LINE_CHARS = 300
"""Footer notices are short; a longer line is body text."""


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: date | None = None
    original: Original | None = None
    url: str | None = None
    dropped: frozenset[int] = field(default_factory=frozenset)


def read_metadata(lines: Sequence[str]) -> Metadata:
    """The article's metadata and the line numbers that carry only metadata."""
    plain = [squash_spaces(strip_markup(line)) for line in lines]
    header, title, body_start = _walk_header(plain)
    dropped = {h.number for h in header}
    if title is not None:
        dropped.add(title[0])
    footer = [i for i, text in enumerate(plain) if 0 < len(text) <= MAX_FOOTER_LINE_CHARS]
    footer = footer[-FOOTER_LINES:]
    footer = [i for i in footer if i > body_start] if body_start is not None else []
    url = _first(h.url for h in header)
    if url is None and (found := _footer_url(plain, footer)) is not None:
        url = found.url
        dropped.add(found.number)
    publisher, published, original = _outlets(header, plain, footer, body_start)
    return Metadata(
        title=title[1] if title else None,
        authors=_authors(header, plain, footer),
        publisher=publisher,
        published=published,
        original=original,
        url=url,
        dropped=frozenset(dropped),
    )


def _walk_header(plain: list[str]) -> tuple[list[HeaderLine], tuple[int, str] | None, int | None]:
    header: list[HeaderLine] = []
    title: tuple[int, str] | None = None
    numbers = [number for number, text in enumerate(plain) if text]
    for position, number in enumerate(numbers):
        if position >= MAX_HEADER_LINES:
            return header, title, number
        text = plain[number]
        found = classify(number, text)
        if found is not None:
            header.append(found)
        elif title is None and _is_title_like(text) and _stands_alone(number, plain):
            title = (number, text.removeprefix("Title:").strip())
        elif (
            title is None and not header and _is_stopped_title(text, plain, numbers[position + 1 :])
        ):
            title = (number, text[:-1])
        else:
            return header, title, number
    return header, title, None


def _is_stopped_title(text: str, plain: list[str], following: list[int]) -> bool:
    """A headline printed with a full stop, recognised by the header or dateline after it."""
    if not following or not text.endswith(".") or text.endswith(".."):
        return False
    if len(text.split()) > MAX_STOPPED_TITLE_WORDS or "." in text.split()[-1][:-1]:
        return False  # too long for a headline, or the stop belongs to "U.S."
    if not _is_title_like(text[:-1]):
        return False
    after = plain[following[0]]
    if classify(following[0], after) is not None or parse_dateline(after) is not None:
        return True
    return _is_title_case(text)


def _is_title_case(text: str) -> bool:
    """Headline capitalisation ("Donor and Candidate May Be Aligning"), rare in a lede."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 3 and capitalised >= _TITLE_CASE_SHARE * len(long_words)


def _stands_alone(number: int, plain: list[str]) -> bool:
    """Whether the line at `number` is not the first line of a wrapped paragraph."""
    following = plain[number + 1] if number + 1 < len(plain) else ""
    if not following or classify(number + 1, following) is not None:
        return True
    return not paragraph_continues([plain[number], following])


def _is_title_like(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and not _CLAUSE_END.search(text)
        and not _SENTENCE_INSIDE.search(text)
        and not text[0].islower()
        and not is_separator(text)
    )


def _outlets(
    header: list[HeaderLine], plain: list[str], footer: list[int], body_start: int | None
) -> tuple[str | None, date | None, Original | None]:
    outlet_lines = [h for h in header if h.publisher and h.kind == "outlet"]
    publisher = _first(h.publisher for h in header)
    published = _first(h.published for h in header if h.publisher or h.date_line)
    published = published or _first(h.published for h in header)
    original: Original | None = None
    others = [h for h in outlet_lines[1:] if h.publisher != publisher]
    if others:
        original = Original(others[0].publisher, others[0].published)
    declared = _declared_original(plain, footer)
    if declared and (original is None or original.publisher != declared):
        dated = [h for h in outlet_lines if h.publisher == declared]
        original = Original(declared, dated[0].published if dated else None)
    if body_start is not None and (publisher is None or published is None):
        publisher, published = _from_dateline(plain, body_start, footer, publisher, published)
    if original is not None and original.publisher == publisher:
        original = None
    return publisher, published, original


def _from_dateline(
    plain: list[str],
    body_start: int,
    footer: list[int],
    publisher: str | None,
    published: date | None,
) -> tuple[str | None, date | None]:
    dateline = parse_dateline(plain[body_start])
    if dateline is None:
        return publisher, published
    if published is None and dateline.published:
        published = dateline.published
    elif published is None and dateline.month_day:
        year = _copyright_year(plain, footer)
        if year is not None:
            published = _safe_date(year, *dateline.month_day)
    return publisher or dateline.agency, published


def _declared_original(plain: list[str], footer: list[int]) -> str | None:
    for number in footer:
        m = _ORIGINAL.match(plain[number])
        if m:
            return m.group("name").strip()
    return None


def _authors(header: list[HeaderLine], plain: list[str], footer: list[int]) -> tuple[str, ...]:
    names = tuple(name for h in header for name in h.authors)
    if names:
        return tuple(dict.fromkeys(names))
    for number in footer:
        if plain[number].lower().startswith(("articles by", "written by", "author")):
            byline = parse_byline(plain[number])
            if byline:
                return byline.names
    return ()


def _footer_url(plain: list[str], footer: list[int]) -> HeaderLine | None:
    """A labelled url line near the end ("URL: https://..."); a bare url there is a reference."""
    for number in footer:
        found = classify(number, plain[number])
        if found is not None and found.url and not is_url(plain[number]):
            return found
    return None


def _copyright_year(plain: list[str], footer: list[int]) -> int | None:
    years = [int(m.group("year")) for i in footer if (m := _COPYRIGHT_YEAR.search(plain[i]))]
    return max(years) if years else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v), None)
