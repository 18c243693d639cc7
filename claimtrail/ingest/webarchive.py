"""A page saved by a web archive or a search engine's cache and copied as text: the saving
service's lines over the page are not the page's.

An archived copy opens with the archive's own toolbar: its name, the count of captures and
the span of dates they cover ('18 Mar 2034 - 02 Jun 2035'), a calendar of months and years,
the capture's time stamp and address. Its dates are the archive's, not the outlet's, and its
lines would otherwise be read as the page's headline and date bar. The toolbar is the lines
from the archive's name, at the top, down to the last line of the top that gives the
capture's address; the toolbar is replaced by the address of the page as first published,
which the capture's address carries and the header reads as the page's own.

A search engine's cached copy opens with a banner instead: 'This is the cached copy of
https://... It is a snapshot of the page as it appeared on 22 Oct 2031 14:05:33 GMT', then
links to other versions and a search tip. The snapshot's date is the cache's; the banner
gives way to the address it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MAX_TOOLBAR_LINES = 30
"""The toolbar sits within this many lines of the top."""

# 'https://web.archive.org/web/20340319084512/https://example.com/...': a Wayback capture;
# 'https://archive.ph/AbC12': an archive.today capture, which does not carry the original
_ADDRESS = re.compile(r"https?://\S+?(?=[.,;)\]]?(?:\s|$))")
_CAPTURE = re.compile(
    r"(?:https?://)?(?:web\.)?archive\.org/web/\d{4,14}[a-z_]*/(?P<original>\S+)"
    r"|(?:https?://)?archive\.(?:ph|today|is|li|md|vn)/\w+",
    re.IGNORECASE,
)


def without_archive_toolbar(lines: Sequence[str]) -> list[str]:
    """`lines` with a web archive's toolbar at the top replaced by the page's own address."""
    first = _first_line(lines)
    if first is None or not _names_an_archive(lines[first]):
        return list(lines)
    top = range(first, min(len(lines), first + MAX_TOOLBAR_LINES))
    captures = [(n, m) for n in top if (m := _CAPTURE.search(lines[n]))]
    if not captures:
        return list(lines)
    last, capture = captures[-1]
    originals = [m.group("original") for _, m in captures if m.group("original")]
    own_address = [originals[-1].rstrip("]).,")] if originals else []
    return [*lines[:first], *own_address, *lines[last + 1 :]]


def _names_an_archive(line: str) -> bool:
    return _holds_any(line, _phrases("web_archive_names", "names"))


def without_cache_banner(lines: Sequence[str]) -> list[str]:
    """`lines` with a search engine's cache banner at the top replaced by the page's address."""
    first = _first_line(lines)
    if first is None or not _cache_cue(lines[first]):
        return list(lines)
    address = _ADDRESS.search(lines[first])
    if address is None:
        return list(lines)
    end = first + 1
    while end < min(len(lines), first + MAX_TOOLBAR_LINES):
        if lines[end].strip() and not _cache_cue(lines[end]):
            break
        end += 1
    while end > first + 1 and not lines[end - 1].strip():
        end -= 1  # the blank lines under the banner stay the page's
    return [*lines[:first], address.group(), *lines[end:]]


def _cache_cue(line: str) -> bool:
    return _holds_any(line, _phrases("cache_banner_cues", "cues"))


def _first_line(lines: Sequence[str]) -> int | None:
    return next((n for n, line in enumerate(lines) if line.strip()), None)


def _holds_any(line: str, phrases: tuple[str, ...]) -> bool:
    lowered = line.lower()
    return any(phrase in lowered for phrase in phrases)


@cache
def _phrases(entry: str, field: str) -> tuple[str, ...]:
    phrases = read_data("article_header.json")[entry][field]
    if not phrases or any(phrase != phrase.lower() for phrase in phrases):
        raise ValueError(f"article_header.json: {entry} must be lowercase")
    return tuple(phrases)
