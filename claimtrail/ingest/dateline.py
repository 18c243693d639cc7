"""Wire and press-release datelines that open the first paragraph.

"KABUL, March 3 (Reuters) - ...", "WASHINGTON (AP) — ...",
"GENEVA, June 4, 2021 /PRNewswire/ -- ...". The dateline names the agency (the publisher of
the copy) and often a day without a year. It stays in the body: its place belongs to the
story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claimtrail.ingest.pubdate import (
    day_month_pattern,
    find_date,
    find_month_day,
    header_vocabulary,
)
from claimtrail.vocab import sources as source_vocabulary

_HEAD = re.compile(r"^(?P<head>\S.{1,100}?)\s*(?:--?|–|—)\s+\S")
# "IMPHAL, Aug 12 (PTI) Two village volunteers ...": wire copy that ends its dateline with the
# agency's name in brackets and no dash
# ... and "MOSCOW, March 4. /TASS/. Russian forces ...", the agency between slashes
_BRACKETED_HEAD = re.compile(
    r"^(?P<head>[A-Z][^()/\n]{1,60}?(?:\([A-Z][^()]{1,40}\)|/[A-Z][^/\n]{1,40}/))"
    r"\.?\s*:?\s+(?=[A-Z\"“‘'])"
)
# "RAJOURI/POONCH, Nov 21": a dateline printed on a line of its own under the byline
_OWN_LINE = re.compile(r"^(?P<head>[A-Z][A-Z.'’ /-]{1,60},\s*[\w ,.]{3,30}?)\.?$")
_AGENCY = re.compile(r"\((?P<paren>[^()]{2,40})\)|/(?P<slash>[^/]{2,40})/")
_CAPS_PLACE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]*[A-ZÀ-ÖØ-Þ.]$")
_LEFTOVER_WORD = re.compile(r"^[A-Z][a-z'’-]*\.?$")
MAX_LEFTOVER_WORDS = 6
"""Words besides place, date and agency a dateline may hold: a state or country after the
place, as in "SAN JOSE, Calif.," or "MAIDUGURI, Nigeria," or "BUNIA, Democratic Republic of
the Congo,"."""
NAME_CONNECTORS = frozenset({"of", "the", "and"})  # lower-case words inside a country's name


@dataclass(frozen=True)
class Dateline:
    place: str | None
    agency: str | None
    published: date | None
    month_day: tuple[int, int] | None


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None when it does not open with one."""
    m = _HEAD.match(paragraph)
    if m is not None:
        return _read_head(m.group("head"), dated=False)
    m = _BRACKETED_HEAD.match(paragraph) or _OWN_LINE.match(paragraph)
    return _read_head(m.group("head"), dated=True) if m is not None else None


def story_start(paragraph: str) -> int | None:
    """Where the story begins after the dateline opening `paragraph` ('KAYES (APS), 17 May -
    A flash flood ...': at 'A'), or None when no dateline opens it."""
    m = _HEAD.match(paragraph)
    if m is not None and _read_head(m.group("head"), dated=False) is not None:
        return m.end() - 1  # the pattern ends on the story's first character
    m = _BRACKETED_HEAD.match(paragraph)
    if m is not None and _read_head(m.group("head"), dated=True) is not None:
        return m.end()
    return None


def parse_dateline_alone(line: str) -> Dateline | None:
    """A dateline printed on a line of its own ("RAJOURI/POONCH, Nov 21"), or None."""
    m = _OWN_LINE.match(line)
    return _read_head(m.group("head"), dated=True) if m is not None else None


def _read_head(head: str, dated: bool) -> Dateline | None:
    """Place, agency and day of a dateline's head; `dated` heads must give a day."""
    agency_match = _AGENCY.search(head)
    agency = None
    if agency_match:
        agency = (agency_match.group("paren") or agency_match.group("slash")).strip()
        head = head[: agency_match.start()] + " " + head[agency_match.end() :]
        if _unit_of_a_place(head[: agency_match.start()].strip(), agency):
            agency = None  # "Gatumba (Mutimbuzi) –": the commune the place lies in
    place, _, rest = head.partition(",")
    place = place.strip()
    if place.endswith(".") and place.count(".") == 1:
        place = place[:-1]  # 'CORONEL OVIEDO.– ...': the stop closes the place, as 'D.C.' does not
    if not _CAPS_PLACE.match(place) or _a_notice_label(place):
        place, rest = "", head  # 'CORRECTION - September 14, 2033': a note's label, no place
    published, month_day, rest = _take_date(rest)
    if not (place or agency) or not _only_leftovers(rest):
        return None
    if dated and not (published or month_day):
        return None  # "The Disaster Agency (BNPB) Chairman said": a name, not a dateline
    if agency and not agency[0].isupper():
        return None
    return Dateline(place or None, agency, published, month_day)


def _a_notice_label(word: str) -> bool:
    """'CORRECTION', 'UPDATE': the label of an editor's note, set as a dateline's place is."""
    return word.casefold() in header_vocabulary()["editor_note_labels"]["labels"]


def _unit_of_a_place(before: str, bracketed: str) -> bool:
    """A place in title case, then a word in title case in brackets that no registry knows
    as an outlet: the bracket names where the place lies ('Gatumba (Mutimbuzi)'), not the
    agency, which wire copy prints in capitals or by a known name ('NAIROBI (AFP)',
    'Nairobi (Reuters)')."""
    if not before or _CAPS_PLACE.match(before) or not _TITLE_WORD.fullmatch(bracketed):
        return False
    return _LEFTOVER_WORD.match(before.split()[-1]) is not None and (
        source_vocabulary().lookup(bracketed) is None
    )


_TITLE_WORD = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?")


def _take_date(text: str) -> tuple[date | None, tuple[int, int] | None, str]:
    full = find_date(text)
    if full is not None:
        return full.value, None, text[: full.start] + text[full.end :]
    month_day = find_month_day(text)
    if month_day is None:
        return None, None, text
    cut = re.sub(r"\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b", "", text, count=1)
    if cut == text:
        cut = day_month_pattern().sub("", text, count=1)  # "KAYES (APS), 17 May -"
    return None, month_day, cut


def _only_leftovers(text: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", text) if w.strip(".")]  # "March 4. /TASS/."
    named = [w for w in words if w not in NAME_CONNECTORS]
    return (
        len(words) <= MAX_LEFTOVER_WORDS
        and bool(named) == bool(words)
        and all(_LEFTOVER_WORD.match(w) for w in named)
    )
