"""A story read in a feed reader's reading pane and copied as text: the reader's lines over
the story are not the outlet's.

A feed reader shows its own menu, the feeds and their unread counts, and a list of items
(other stories' titles with their ages, '2h', '5h') before the pane of the item chosen. The
pane opens with the item's title, a credit line with its writer, its feed and its date as
the reader prints them ('by Rami Odeh · The Manara Post · Tue, Nov 11, 2031 at 8:42 AM'),
and a link to the outlet's own page ('Visit website'). Above the title, the reader's lines
would be read as the page's headline, its outlet and its date; the other items' titles as
the story's own lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from claimtrail.ingest.markup import line_above
from claimtrail.ingest.pubdate import find_date
from claimtrail.vocab import read_data

MAX_PANE_OFFSET = 40
"""The link to the outlet's page stands within this many lines of the top."""


def reading_pane(lines: Sequence[str]) -> list[str]:
    """The item in a reader's pane, from its title down, without the link to its page; or
    `lines` as they are when no pane opens near the top."""
    for number, line in enumerate(lines[:MAX_PANE_OFFSET]):
        if line.strip().lower() not in _open_links():
            continue
        credit = line_above(lines, number)
        # the reader always dates the item; a 'Visit website' under anything else is the
        # page's own link
        if credit is None or find_date(lines[credit]) is None:
            continue
        title = line_above(lines, credit)
        if title is not None:
            return [*lines[title:number], *lines[number + 1 :]]
    return list(lines)


@cache
def _open_links() -> frozenset[str]:
    links = read_data("ingest.json")["feed_reader_links"]["links"]
    return frozenset(link.lower() for link in links)
