"""Where the article stops and the site's furniture below it starts.

Blogs follow a post with its comments, press releases with "About <organisation>" boilerplate,
notes to editors and contacts, news sites with lists of other stories. Those blocks are
written by other people or about other things, so every line from the first of them on is
left out of the body. The cues are data (`end_markers` in claimtrail/data/boilerplate.json).
A marker only counts where it opens a block below some body text: a heading-like line near
the top of an article must not cut the story off.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrail.ingest.boilerplate import cues
from claimtrail.ingest.markup import is_separator

MAX_MARKER_CHARS = 200


def article_end(plain: Sequence[str], body_start: int) -> int | None:
    """The number of the line where the furniture after the article begins, or None.

    `plain` holds markup-free lines; `body_start` is the first line of the body.
    """
    found = cues()
    body_lines = 0
    for number in range(body_start, len(plain)):
        text = plain[number]
        if not text:
            continue
        if body_lines >= found.min_body_lines_before_end and _is_marker(plain, number):
            return number
        body_lines += not is_separator(text)
    return None


def _is_marker(plain: Sequence[str], number: int) -> bool:
    text = plain[number]
    opens_block = number == 0 or not plain[number - 1] or is_separator(plain[number - 1])
    if not opens_block or len(text) > MAX_MARKER_CHARS or text.endswith("."):
        return False
    return any(pattern.match(text) for pattern in cues().end_markers)
