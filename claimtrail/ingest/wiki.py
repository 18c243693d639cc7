"""A wiki's article copied from the browser: the article's text, not the wiki's lines.

A wiki built on MediaWiki shows its menus and the article's contents above the title, the
count of languages and the page's tabs ('Article', 'Talk', 'Read', 'Edit', 'View history')
beside it, and under it the line that names the site ('From Wikipedia, the free
encyclopedia'). Each heading ends with an '[edit]' link, each cited sentence with the
numbers of its references ('[4][5]'), and the day the page was last edited stands at its
foot, where the header reads it.

The page is read as its title over the site's name (on a 'Source:' line the header reads),
then the article from the line under the site's name, with the edit links and reference
numbers taken out. Left as it was, the contents list would be the title, the site would be
no publisher, and a reference number would stick to the last word of every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MAX_TAGLINE_LINE = 80
"""The site's line stands among the first lines of the page."""

_REFERENCE_MARKS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|citation needed|edit)\])+", re.IGNORECASE)
_ITEM_GAP = re.compile(r"\s{2,}|\t")  # tabs copied on one line stand apart
_CONTENTS = re.compile(r"^contents(?:\s+(?:hide|show))?$", re.IGNORECASE)
_LANGUAGE_COUNT = re.compile(r"^\d{1,3}\s+languages?$", re.IGNORECASE)


def wiki_lines(lines: Sequence[str]) -> list[str]:
    """The article's title over the wiki's name, then its text without edit links and
    reference numbers; `lines` as they are when no wiki names itself near the top."""
    found = next(
        (
            (n, m["site"])
            for n, line in enumerate(lines[:MAX_TAGLINE_LINE])
            if (m := _tagline(line))
        ),
        None,
    )
    if found is None:
        return list(lines)
    tagline, site = found
    title = _title_above(lines, tagline)
    if title is None:
        return list(lines)
    body = [_REFERENCE_MARKS.sub("", line) for line in lines[tagline + 1 :]]
    return [title, "", f"Source: {site}", "", *_without_boxes(body, title)]


def _without_boxes(body: list[str], title: str) -> list[str]:
    """The article without its infobox and its table of contents, each a block of lines up
    to a blank one: the infobox opens with the title again as its caption, its fields after
    it ('Location: ...', 'Casualties: at least 11 killed' would read as an account), and the
    contents list opens with its heading, its numbered sections under it ('1 January' would
    read as a date)."""
    kept: list[str] = []
    in_box = False
    for line in body:
        text = line.strip()
        if not text:
            in_box = False
        elif text.casefold() == title.casefold() or _CONTENTS.match(text):
            in_box = True
        if not in_box:
            kept.append(line)
    return kept


def _tagline(line: str) -> re.Match[str] | None:
    return next((m for p in _patterns() if (m := p.match(line.strip()))), None)


def _title_above(lines: Sequence[str], tagline: int) -> str | None:
    """The nearest line above the site's line that is no tab of the page, nor a row of them
    ('Read   Edit   View history'), nor its count of languages."""
    tabs = _tabs()
    for number in range(tagline - 1, -1, -1):
        text = lines[number].strip()
        row = _ITEM_GAP.split(text)
        if not text or all(item.casefold() in tabs for item in row) or _LANGUAGE_COUNT.match(text):
            continue
        return text
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in read_data("ingest.json")["wiki_page"]["taglines"])


@cache
def _tabs() -> frozenset[str]:
    return frozenset(t.casefold() for t in read_data("ingest.json")["wiki_page"]["tabs"])
