"""A post on a social network's page, copied as text from the browser: the network's lines
over the post are not the outlet's.

The network shows its own name, search box and menus, then the page that posts: its name,
a mark that the page is verified, a 'Follow' button, and the post's age and audience
('3d · 🌐', 'Yesterday at 07:45 · 🌐'). The page's name is the outlet; the network's name
would otherwise be read as the masthead and the page's name as the headline, and the age
line counts back from a day the copy does not give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.ingest.markup import line_above
from claimtrail.ingest.pubdate import find_date
from claimtrail.vocab import read_data

MAX_POST_OFFSET = 30
"""The post's age line stands within this many lines of the top."""
MAX_LABEL_LINES = 3
"""Lines of the page's labels ('Verified account', 'Follow') between its name and the age."""

# '3d · 🌐', '5 h ·', 'Yesterday at 07:45 · 🌐', '14 June at 19:02 ·', 'June 14 at 9:42 AM ·':
# an age or a short day, either way round, then the dot and the pictogram of the post's
# audience, or its text ('· Public')
_CLOCK = r"(?: at \d{1,2}[:.]\d{2}(?:\s?[AP]M)?)?"
_AGE = re.compile(
    rf"^(?:\d{{1,2}}\s?(?:s|m|min|h|hrs?|d|w|y)|just now|yesterday{_CLOCK}"
    rf"|(?:\d{{1,2}} [A-Za-z]+|[A-Za-z]+ \d{{1,2}})(?:,? \d{{4}})?{_CLOCK})"
    r"\s*·\s*(?P<audience>.{0,20})$",
    re.IGNORECASE,
)


def post_lines(lines: Sequence[str]) -> list[str]:
    """`lines` from the posting page's name down, without its labels and the post's age; or
    `lines` as they are when no post opens near the top."""
    for number, line in enumerate(lines[:MAX_POST_OFFSET]):
        if not _post_age(line):
            continue
        labels = _labels_above(lines, number)
        if labels:
            name = line_above(lines, labels[-1])
            if name is not None:
                return [lines[name], *lines[number + 1 :]]
        elif (
            name := _page_name_again(lines, number) or _page_under_the_network(lines, number)
        ) is not None:
            return [lines[name], *lines[number + 1 :]]
    return list(lines)


def _page_under_the_network(lines: Sequence[str], number: int) -> int | None:
    """'facebook', 'Search Facebook' and the network's menu over the page's name and the
    post's age: under the network's own name, the line right above the age names the page."""
    name = line_above(lines, number)
    if name is None or not lines[name].strip():
        return None
    return name if any(_names_the_network(line) for line in lines[:name]) else None


def _names_the_network(line: str) -> bool:
    names, search_labels = _networks()
    words = line.strip().casefold().split(maxsplit=1)
    if len(words) == 2 and words[0] in search_labels:
        words = words[1:]
    return len(words) == 1 and words[0] in names


@cache
def _networks() -> tuple[frozenset[str], frozenset[str]]:
    """The networks' own names and the labels of their search boxes, read once."""
    networks = read_data("ingest.json")["social_networks"]
    return frozenset(networks["names"]), frozenset(networks["search_labels"])


def _post_age(line: str) -> bool:
    """'3d · 🌐', '15 March at 14:20 · Public', 'June 14 at 9:42 AM · Public': the post's
    age and its audience."""
    found = _AGE.match(line.strip())
    if found is None:
        return False
    audience = found["audience"].strip().casefold()
    return not re.search(r"\w", audience) or audience in _audiences()


@cache
def _audiences() -> frozenset[str]:
    return frozenset(read_data("ingest.json")["social_post_audiences"]["words"])


def _page_name_again(lines: Sequence[str], number: int) -> int | None:
    """The line right above the age when it repeats a line higher up: the page's name over
    its post, as it also heads the page ('Hiigsi School' over its menu, then over '3d · 🌐').
    Not where a line over the page's name gives a day: the copy's own header ('Copied: 13
    MAR 2032, by ...') then dates the posts."""
    name = line_above(lines, number)
    if name is None or not lines[name].strip():
        return None
    first = next((n for n in range(name) if lines[n].strip() == lines[name].strip()), None)
    if first is None or any(find_date(line) for line in lines[:first]):
        return None
    return name


def _labels_above(lines: Sequence[str], number: int) -> list[int]:
    """The page's label lines right above line `number`, nearest first."""
    labels = []
    above = line_above(lines, number)
    while above is not None and len(labels) < MAX_LABEL_LINES and _is_label(lines[above]):
        labels.append(above)
        above = line_above(lines, above)
    return labels


def _is_label(line: str) -> bool:
    return line.strip(" ·•✓✔☑").strip().lower() in _page_labels()


@cache
def _page_labels() -> frozenset[str]:
    labels = read_data("ingest.json")["social_page_labels"]["labels"]
    return frozenset(label.lower() for label in labels)
