"""A post of slides on a photo-sharing site, copied from the browser: the slides' text and
the caption are the post, not the site's lines nor the readers' comments.

An outlet's post shows the account over 'Verified' and 'Follow', then each slide under
'Slide 3 of 8' with the site's description of the picture ('Photo by Kutawato Times on June
14, 2032. May be an image of ...') and the words set on it ('Slide text: ...'), the caption
under the account's name, 'See translation', the comments with their ages ('3d') and likes,
and the post's day under them.

The post is read as the caption's first line for its title, the account as the site
credits its pictures (on a 'Source:' line the header reads) and the post's day, then the
words of each slide and the caption. The readers' comments are no part of it: a reader's
claim in a comment is no report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MIN_SLIDES = 2
_SLIDE = re.compile(r"^Slide \d{1,2} of \d{1,2}$", re.IGNORECASE)
_SLIDE_TEXT = re.compile(r"Slide text:\s*['‘\"“](?P<text>.+?)['’\"”]?\s*$")
_MONTH_DAY_YEAR = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
_CREDIT = re.compile(rf"^Photo by (?P<name>[^.]{{2,80}}?)(?: on (?P<day>{_MONTH_DAY_YEAR}))?\.")
_DAY_LINE = re.compile(rf"^{_MONTH_DAY_YEAR}$")
_HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
# '... no one was hurt. KIDAPAWAN CITY. In Barangay Ilomavis, ...': a slide's next section,
# opened by its place in capitals
_SECTION_HEAD = re.compile(r"(?<=[.!?])\s+(?=[A-Z][A-Z'’ -]{3,40}\.\s)")


def photo_post_lines(lines: Sequence[str]) -> list[str]:
    """The caption's first line, the account and the post's day over the slides' words and
    the caption; `lines` as they are when the page holds no post of slides."""
    slides = [n for n, line in enumerate(lines) if _SLIDE.match(line.strip())]
    account = _account(lines, slides[0]) if len(slides) >= MIN_SLIDES else None
    if account is None:
        return list(lines)
    words = [m["text"] for line in lines if (m := _SLIDE_TEXT.search(line.strip()))]
    caption = _caption(lines, slides[-1], account)
    if not words or not caption:
        return list(lines)
    credits = [m for line in lines if (m := _CREDIT.match(line.strip()))]
    # the site credits the pictures to the account's display name ('Kutawato Times'), which
    # the handle ('kutawatotimes') is written without
    name = credits[0]["name"] if credits else account
    day = _day(lines, credits)
    head = [caption[0], "", f"Source: {name}", *([day] if day else []), ""]
    sections = [part for text in words for part in _SECTION_HEAD.split(text)]
    return [*head, *(part for text in sections for part in (text, "")), *caption[1:]]


def _account(lines: Sequence[str], first_slide: int) -> str | None:
    """The account's name above its badge and the 'Follow' button, over the first slide."""
    marks = _words()["account_marks"]
    for number in range(first_slide - 1, -1, -1):
        if lines[number].strip().casefold() == "follow":
            above = [line.strip() for line in lines[:number] if line.strip()]
            names = [line for line in above if line.casefold() not in marks]
            return names[-1] if names else None
    return None


def _caption(lines: Sequence[str], last_slide: int, account: str) -> list[str]:
    """The caption's lines under the account's name after the slides, up to the comments."""
    start = next(
        (n + 1 for n in range(last_slide, len(lines)) if lines[n].strip() == account), None
    )
    if start is None:
        return []
    marks, openers = _words()["account_marks"], _words()["comment_openers"]
    caption: list[str] = []
    for line in lines[start:]:
        text = line.strip()
        if any(text.casefold().startswith(o) for o in openers):
            break
        if text.casefold() in marks or _HASHTAGS.match(text):
            continue
        caption.append(text)
    while caption and not caption[0]:
        caption.pop(0)
    return caption


def _day(lines: Sequence[str], credits: Sequence[re.Match[str]]) -> str | None:
    """The day the site credits a picture with, else the post's day line."""
    credited = next((m["day"] for m in credits if m["day"]), None)
    return credited or next((line.strip() for line in lines if _DAY_LINE.match(line.strip())), None)


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data = read_data("ingest.json")["photo_post"]
    return {k: tuple(w.casefold() for w in v) for k, v in data.items() if not k.startswith("_")}
