"""A newsletter forwarded by a reader and copied from a mail client: the lines above the
forwarded message are the reader's, not the outlet's.

A mail client shows the forwarding mail first: its subject ('Fwd: ...'), the folder it sits
in ('Inbox'), the forwarder's name and address, the time it was sent and to whom, and the
forwarder's own note ('FYI, see item 3'). Then a marker ('---------- Forwarded message
---------', 'Begin forwarded message:') opens the message as the outlet sent it, with its
own sender, date and subject lines. What stands above the marker would otherwise be read as
the page's headline, writer and date; the forwarder's send time is not the outlet's.

A document pasted into a mail's text comes the same way without a marker: the mail's header
lines, a short note to the readers ('Dear colleagues, this week's advisory below in plain
text ... Regards,') and a rule, under which the document begins with its own masthead and
title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimtrail.ingest.header_lines import is_mail_header
from claimtrail.ingest.markup import is_separator
from claimtrail.vocab import read_data

MAX_LINES_ABOVE = 40
"""The marker stands within this many lines of the top: the forwarding mail is short."""


def forwarded_message(lines: Sequence[str]) -> list[str]:
    """The forwarded message in `lines`, without the forwarding mail above its marker or
    the covering note above its rule."""
    for number, line in enumerate(lines[:MAX_LINES_ABOVE]):
        if _marker().fullmatch(line.strip()):
            return list(lines[number + 1 :])
    return _under_covering_note(lines)


def _under_covering_note(lines: Sequence[str]) -> list[str]:
    """The document under a mail's header and note and the rule that ends them; `lines` as
    they are when the page does not open with a mail's header or no greeting opens a note."""
    top = next((n for n, line in enumerate(lines) if line.strip()), None)
    if top is None or not is_mail_header(lines[top]):
        return list(lines)
    for number in range(top + 1, min(len(lines), MAX_LINES_ABOVE)):
        if is_separator(lines[number]):
            note = lines[top:number]
            greeted = any(_greeting().match(line.strip()) for line in note)
            if not greeted or _boxed_heading(lines, number):
                return list(lines)
            return list(lines[number + 1 :])
    return list(lines)


def _boxed_heading(lines: Sequence[str], rule: int) -> bool:
    """'-----' then 'INCIDENTS' then '-----': a heading set between two rules opens a
    section of the mail itself, not a document forwarded under its note."""
    below = [n for n in range(rule + 1, min(len(lines), rule + 4)) if lines[n].strip()]
    return len(below) >= 2 and is_separator(lines[below[1]])


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern[str]:
    words = read_data("ingest.json")["covering_note_greetings"]["greetings"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\b[ ,]", re.I)


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    names = read_data("ingest.json")["forward_markers"]["names"]
    alternatives = "|".join(re.escape(name) for name in names)
    # '---------- Forwarded message ---------', '-----Original Message-----', or the name
    # alone with a colon: 'Begin forwarded message:'
    return re.compile(rf"(?:-{{2,}}\s*(?:{alternatives})\s*-{{2,}}|(?:{alternatives}):)", re.I)
