"""A page copied from a screen reader's reading of it: the reader's announcements around
the page's lines are not the page's words.

A screen reader in browse mode reads a page line by line and names what each line is:
'banner landmark', 'navigation landmark, Main menu', 'list, 7 items' and 'out of list',
'heading level 1, <headline>', 'link, <writer>', 'image, <alt text>', 'button, Share'. A
transcript of it keeps those words, and no blank lines: the landmarks, lists and figures
that bound a block, and the headings, are where the page's blocks begin and end. A link
inside a sentence is read on a line of its own ('By' / 'link, Ana Diallo' / 'and' / ...).
The window's title, with the reader's mode after it ('... - Browse mode'), is the window's;
the logo's link is read with the word for home after the site's name ('<Site> home').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MIN_ANNOUNCEMENTS = 3
"""A transcript names at least this many of the page's parts near its top."""
MAX_TOP_LINES = 40

_HEADING = re.compile(r"^heading level \d,\s*(?P<text>.+)$", re.IGNORECASE)
_LINK = re.compile(r"^(?:visited )?link,\s*(?P<text>.+)$", re.IGNORECASE)
_LIST = re.compile(r"^list,\s*\d+ items?$", re.IGNORECASE)
_JOINING_WORDS = frozenset({"by", "and", "with", ","})


def read_aloud(lines: Sequence[str]) -> list[str]:
    """`lines` without a screen reader's announcements, its blocks set apart by blank lines
    and its links joined to the words around them; or `lines` as they are when they are no
    such transcript."""
    top = [line.strip() for line in lines[:MAX_TOP_LINES]]
    if sum(_bounds_a_block(line) for line in top) < MIN_ANNOUNCEMENTS:
        return list(lines)
    out: list[str] = []
    for number, line in enumerate(lines):
        text = line.strip()
        if number == 0 and _names_the_window(text):
            continue
        if (heading := _HEADING.match(text)) is not None:
            out += ["", heading["text"], ""]
        elif (link := _LINK.match(text)) is not None:
            out.append(_site_name(link["text"]))
        elif _bounds_a_block(text) or _control(text):
            out.append("")
        else:
            out.append(line)
    return _joined_around_links(out)


def _bounds_a_block(text: str) -> bool:
    lowered = text.lower()
    words = _vocabulary()
    return (
        bool(_LIST.match(text))
        or lowered in words["block_bounds"]
        or any(lowered.startswith(f"{role} landmark") for role in words["landmarks"])
        or lowered.startswith("region,")
    )


def _control(text: str) -> bool:
    """'button, Share on X', 'image, <alt text>': a control or a picture, no text of the page."""
    role = text.split(",", 1)[0].lower()
    return "," in text and role in _vocabulary()["controls"]


def _site_name(link: str) -> str:
    """'The Mekong Courier home': the logo's link, named for the site it leads home to."""
    for suffix in sorted(_vocabulary()["home_link_suffixes"], key=len, reverse=True):
        if link.lower().endswith(f" {suffix}") and len(link) > len(suffix) + 1:
            return link[: -len(suffix) - 1].rstrip(" -–|")
    return link


def _names_the_window(text: str) -> bool:
    return any(text.lower().endswith(f"- {mode}") for mode in _vocabulary()["modes"])


def _joined_around_links(lines: list[str]) -> list[str]:
    """'By' / 'Sok Chanthy' / 'and' / 'Mao Vireak': one line, as the page shows it."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        before = out[-1].strip() if out else ""
        if text and before and (_ends_on_a_joining_word(before) or text.lower() in _JOINING_WORDS):
            out[-1] = f"{before} {text}"
        else:
            out.append(line)
    return out


def _ends_on_a_joining_word(text: str) -> bool:
    return text.split()[-1].lower() in _JOINING_WORDS


@cache
def _vocabulary() -> dict[str, frozenset[str]]:
    raw = read_data("ingest.json")["screen_reader"]
    keys = ("landmarks", "block_bounds", "controls", "modes", "home_link_suffixes")
    return {key: frozenset(raw[key]) for key in keys}
