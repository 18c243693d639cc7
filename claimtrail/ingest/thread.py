"""A thread of posts on a microblogging site, copied as text from the browser: the account's
posts are the article, and the site's lines around them are not.

The site shows its menu, then the account that wrote the thread (its name over its handle,
'@name'), the first post and the line with that post's time and day ('10:42 AM · Aug 21,
2031 · 61.4K Views'). Each later post opens with the account's name, handle and short day
('Lamis Haj Omar @lamis_hajomar · Aug 21') and closes with its counts; a post may quote
another account's post, with that account's header and time line. Replies by other accounts
follow the thread ('Post your reply', 'Replying to @...').

The first post's opening line is the title, the account's name is the writer and the first
post's time line gives the day; the account is not read as an outlet, since a person's name
is no masthead. Without the site's lines the header would read the menu as the masthead
and the handle as the headline, and no line would carry the day in a form the header reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MAX_AUTHOR_OFFSET = 30
"""The account's name and handle stand within this many lines of the top."""
MAX_FIRST_POST_LINES = 15
"""Lines between the account's handle and the first post's time line."""

_HANDLE = re.compile(r"^@\w{1,30}$")
_MONTH_DAY_YEAR = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
# '10:42 AM · Aug 21, 2031 · 61.4K Views', '21:05 · 3 Sep 2031': the post's time and day
_TIME_LINE = re.compile(
    rf"^\d{{1,2}}:\d{{2}}\s?(?:[AaPp]\.?[Mm]\.?)?\s*·\s*(?:{_MONTH_DAY_YEAR})(?:\s*·.*)?$"
)
_COUNTS_AFTER_DAY = re.compile(r"(?:\s*·\s*[\d.,]+[KkMm]?\s+\w+)+$")
# 'Lamis Haj Omar @lamis_hajomar · Aug 21': a post's header, with the account and its day
_POST_HEADER = re.compile(r"^.{1,60}?\s@\w{1,30}\s*·\s*[\w ,.]{1,20}$")
# '1/ ', '14/14 ': the number a thread's writer gives a post
_POST_NUMBER = re.compile(r"^\d{1,3}/(?:\d{1,3})?\s+")
_THREAD_MARK = re.compile(r"\s*(?:🧵|\U0001f447|👇)\s*$")
_NUMBERS_ONLY = re.compile(r"^[\d.,KkMm\s]+$")


def thread_lines(lines: Sequence[str]) -> list[str]:
    """The thread's lines: the first post's opening line as the title, the account's name as
    its writer over the first post's day, then the posts' text; or `lines` as they are when
    no thread opens near the top."""
    author = _account_line(lines)
    if author is None:
        return list(lines)
    time_line = _first_time_line(lines, author + 2)
    if time_line is None:
        return list(lines)
    first_post = _first_post_text(lines, author + 2, time_line)
    if not first_post or not first_post[0]:
        return list(lines)  # no post under the account's name: no thread
    title, *first_post = first_post
    day = _COUNTS_AFTER_DAY.sub("", lines[time_line].strip())
    # the post's full stop would make its opening line read as a sentence of the story
    kept = [title.removesuffix("."), "", lines[author], day, "", *first_post, ""]
    kept.extend(_later_posts(lines, time_line + 1))
    return kept


def _account_line(lines: Sequence[str]) -> int | None:
    """The line of the account's name, right above a line that is only its handle."""
    for number in range(min(len(lines), MAX_AUTHOR_OFFSET) - 1):
        name, handle = lines[number].strip(), lines[number + 1].strip()
        if name and not name.startswith("@") and _HANDLE.match(handle):
            return number
    return None


def _first_time_line(lines: Sequence[str], start: int) -> int | None:
    for number in range(start, min(len(lines), start + MAX_FIRST_POST_LINES)):
        if _TIME_LINE.match(lines[number].strip()):
            return number
    return None


def _first_post_text(lines: Sequence[str], start: int, end: int) -> list[str]:
    """The first post's lines: from its number when it has one (the account's description
    stands above it), else from the handle down."""
    numbered = next((n for n in range(start, end) if _POST_NUMBER.match(lines[n].strip())), start)
    return [_post_text(line) for line in lines[numbered:end]]


def _later_posts(lines: Sequence[str], start: int) -> list[str]:
    """The text of the posts after the first, up to the replies of other accounts."""
    kept: list[str] = []
    for number in range(start, len(lines)):
        line = lines[number].strip()
        if _opens_replies(lines, number):
            break
        if _is_site_line(line):
            if kept and kept[-1]:
                kept.append("")
            continue
        kept.append(_post_text(lines[number]))
    return kept


def _opens_replies(lines: Sequence[str], number: int) -> bool:
    line = lines[number].strip().lower()
    if any(line.startswith(opener) for opener in _words()["reply_openers"]):
        return True
    if not _POST_HEADER.match(lines[number].strip()):
        return False
    following = next((rest.strip() for rest in lines[number + 1 :] if rest.strip()), "")
    return following.lower().startswith("replying to")


def _is_site_line(line: str) -> bool:
    """A post's header or time line, a control under it or its counts."""
    return bool(
        _POST_HEADER.match(line)
        or _TIME_LINE.match(line)
        or line.lower() in _words()["controls"]
        or _is_count_line(line)
    )


def _is_count_line(line: str) -> bool:
    """'2.1K Views', '212 Reposts   47 Quotes   903 Likes', '34   12   210'."""
    if not line:
        return False
    if _NUMBERS_ONLY.match(line):
        return any(ch.isdigit() for ch in line)
    words = [word for word in re.split(r"[\d.,]+[KkMm]?", line) if word.strip()]
    counted = re.findall(r"[\d.,]+[KkMm]?\s", line)
    return bool(counted) and all(word.strip().lower() in _words()["count_words"] for word in words)


def _post_text(line: str) -> str:
    return _THREAD_MARK.sub("", _POST_NUMBER.sub("", line.strip()))


@cache
def _words() -> dict[str, frozenset[str]]:
    data = read_data("ingest.json")["microblog_thread"]
    return {
        key: frozenset(word.lower() for word in words)
        for key, words in data.items()
        if not key.startswith("_")
    }
