"""A meeting's minutes typed in a word processor and copied: the record, not its form.

Minutes open with the body that met ('NAPAK DISTRICT LOCAL GOVERNMENT') over their title
('MINUTES OF THE DISTRICT SECURITY COMMITTEE MEETING HELD ON THURSDAY 16TH SEPTEMBER 2032
AT ...'), then list who attended, who sent apologies and the agenda, one numbered line each,
before the minutes themselves; they end with signature blocks ('Recorded by:' over a dotted
line, the name and the role). Read as they stand, the body's name is taken for the title,
the day the meeting was held is not the page's, and the signatures are body text.

They are read as their title over the body that met (its 'Source:' line), the day the title
names and the writer of the 'Recorded by:' block (a byline), then the record from its first
list down to the signature blocks: the form's fields between the title and the lists ('Time:
10:20 am', 'CONFIDENTIAL') and the signatures are left out. The lists stay: they are the
record of who met, and they spell out the titles the minutes go on to abbreviate ('District
Police Commander (DPC)'). The words are in `ingest.json` (`meeting_minutes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.ingest.byline import without_honorific
from claimtrail.ingest.header import outlet_name
from claimtrail.ingest.pubdate import find_date
from claimtrail.vocab import read_data

MAX_TITLE_LINE = 12
"""The title stands among the first non-blank lines."""
MAX_NAME_WORDS = 8
"""The body that met is named in a few words above the title."""
SIGNATURE_SHARE = 0.6
"""Signature blocks stand in the last part of the minutes, not in a minute that quotes one."""

_DOTTED = re.compile(r"^[\s._…-]*$")


def minutes_lines(lines: Sequence[str]) -> list[str]:
    """The minutes as title, body that met, day and writer over their record; `lines` as
    they are when no minutes' title opens them."""
    title = _title_line(lines)
    if title is None:
        return list(lines)
    end = _signatures_start(lines, title)
    header = [lines[title].strip(), ""]
    if (name := _body_that_met(lines, title)) is not None:
        header.append(f"Source: {outlet_name(name)}")
    if (held := find_date(lines[title])) is not None:
        header.append(f"Published: {held.value.isoformat()}")
    if (writer := _writer(lines, end)) is not None:
        header.append(f"By {writer}")
    return [*header, "", *lines[_first_list(lines, title, end) : end]]


def _title_line(lines: Sequence[str]) -> int | None:
    words = _words()
    filled = [n for n, line in enumerate(lines) if line.strip()][:MAX_TITLE_LINE]
    for number in filled:
        text = lines[number].strip().casefold()
        opened = text.startswith(tuple(f"{o} " for o in words["title_openers"]))
        if opened and any(re.search(rf"\b{n}\b", text) for n in words["title_nouns"]):
            return number
    return None


def _first_list(lines: Sequence[str], title: int, end: int) -> int:
    """Where the lists begin: the lines between the title and them are the form's fields
    ('Time: 10:20 am', 'Venue: ...', 'CONFIDENTIAL'), no part of the record."""
    headings = _words()["list_headings"]
    return next(
        (n for n in range(title + 1, end) if lines[n].strip().rstrip(":").casefold() in headings),
        title + 1,
    )


def _body_that_met(lines: Sequence[str], title: int) -> str | None:
    """The nearest line above the title, when it is a short name."""
    above = next((lines[n].strip() for n in range(title - 1, -1, -1) if lines[n].strip()), None)
    if above is None or len(above.split()) > MAX_NAME_WORDS or re.search(r"[.:;,!?]$", above):
        return None
    return above


def _signatures_start(lines: Sequence[str], title: int) -> int:
    labels = _words()["signature_labels"]
    first = title + int((len(lines) - title) * SIGNATURE_SHARE)
    for number in range(first, len(lines)):
        if _label(lines[number]) in labels:
            return number
    return len(lines)


def _writer(lines: Sequence[str], start: int) -> str | None:
    """The name under (or beside) the 'Recorded by:' label, past the dotted line to sign on."""
    labels = _words()["writer_labels"]
    for number in range(start, len(lines)):
        label, _, rest = lines[number].strip().partition(":")
        if label.strip().casefold() not in labels:
            continue
        if rest.strip() and not _DOTTED.match(rest):
            return without_honorific(rest.strip())
        below = (lines[n].strip() for n in range(number + 1, len(lines)))
        name = next((line for line in below if line and not _DOTTED.match(line)), None)
        return without_honorific(name) if name else None
    return None


def _label(line: str) -> str:
    label, colon, _ = line.strip().partition(":")
    return label.strip().casefold() if colon else line.strip().casefold()


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data = read_data("ingest.json")["meeting_minutes"]
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}
