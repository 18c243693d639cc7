"""Markdown-like inline markup: reduce it to the words a reader sees.

Links keep their text (the target is not part of the sentence), images vanish, emphasis
markers go. Underscores are only taken at word edges so that `file_name` survives, and a
star between spaces ("2 * 3") is prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Bounded, bracket-free parts keep every pattern linear on hostile input ("[a](" * 10**5).
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\s]{0,2000}\)")
_LINK = re.compile(
    r"\[(?P<text>[^\[\]\n]{0,500})\]\((?P<url>[^()\s\[\]]{0,2000})(?:\s+\"[^\"\n]{0,200}\")?\)"
)
_REF_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]")
_AUTOLINK = re.compile(r"<(?P<url>https?://[^<>\s]{1,2000})>")
# Emphasis markers are dropped one by one instead of matched in pairs: pairing is quadratic
# on text full of unmatched markers, and a marker touching a word is never prose.
_STARS = re.compile(r"\*+(?=\S)|(?<=\S)\*+")
_UNDERSCORES = re.compile(r"(?<!\w)_+(?=\w)|(?<=\w)_+(?!\w)")
_OTHER_MARKERS = re.compile(r"~~|`")
# '## Heading', and '--- Heading' of a page that draws its section rules in text
_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}|-{3,}|={3,})\s+(?=\S)|\s+#+\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
LIST_MARKS = "-*+•·▪–"
"""The bullets that open a list item (besides '1.', '1)' and a report's lettered 'a.', 'b)')."""
_LIST_ITEM = re.compile(
    rf"^\s*(?:[{re.escape(LIST_MARKS)}]|\d{{1,3}}[.)]|\(?[a-h][.)](?=\s+[A-Z]))\s+(?=\S)"
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]»]*$")


@dataclass(frozen=True)
class Link:
    text: str
    url: str


def strip_markup(text: str) -> str:
    """`text` without link, image, emphasis, heading and quote markup."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _REF_LINK.sub(lambda m: m.group("text"), text)
    text = _AUTOLINK.sub(lambda m: m.group("url"), text)
    for pattern in (_STARS, _UNDERSCORES, _OTHER_MARKERS):
        text = pattern.sub("", text)
    lines = [_QUOTE.sub("", _HEADING.sub("", line)) for line in text.split("\n")]
    return "\n".join(lines)


def links(text: str) -> list[Link]:
    """Links with a real target (not "#" or empty) in `text`, in order."""
    found = [Link(m.group("text"), m.group("url")) for m in _LINK.finditer(text)]
    found += [Link(m.group("url"), m.group("url")) for m in _AUTOLINK.finditer(text)]
    return [link for link in found if link.url.lower().startswith(("http://", "https://"))]


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def strip_list_marker(line: str) -> str:
    return _LIST_ITEM.sub("", line, count=1)


def is_url(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def is_separator(text: str) -> bool:
    """A line of punctuation only ("*", "***", "---", "###"): layout, not words."""
    stripped = text.strip()
    return bool(stripped) and not any(ch.isalnum() for ch in stripped)


def ends_sentence(text: str) -> bool:
    """Whether `text` ends with punctuation that can close a sentence or introduce a quote."""
    return bool(_TERMINAL.search(text.rstrip()))


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def line_above(lines: Sequence[str], number: int) -> int | None:
    """The number of the nearest line above line `number` that holds text."""
    return next((n for n in range(number - 1, -1, -1) if lines[n].strip()), None)
