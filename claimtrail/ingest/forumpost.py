"""An article a reader pasted into a forum's post, copied as text from the browser: the
forum's lines above the pasted text are not the outlet's.

A forum shows its own name, search box and rules, then the post: who posted it and how long
ago ('Posted by u/nile_delta 7 hours ago'), the poster's own title, often a link to the
article, and a note that introduces the pasted text ('Full text since it's paywalled:').
The article follows with its own headline, byline and date. The poster's title and the
post's age would otherwise be read as the page's headline and date, and the forum's name
as its outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_POST_OFFSET = 40
"""The poster's line stands within this many lines of the top."""
MAX_NOTE_OFFSET = 12
"""The note introducing the pasted text stands within this many lines of the poster's."""
MAX_NOTE_WORDS = 15

# 'Posted by u/nile_delta 7 hours ago', 'submitted 7 hours ago by nile_delta'
_POSTER = re.compile(
    r"^(?:posted|submitted)\s+(?:by\s+/?u?/?\S+.*\bago\b|.*\bago\s+by\s+\S+)", re.IGNORECASE
)
_ADDRESS = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+$")


def pasted_article(lines: Sequence[str]) -> list[str]:
    """The pasted article from its first line down, after the link to its page; or `lines`
    as they are when no post with a note before pasted text opens near the top."""
    for number, line in enumerate(lines[:MAX_POST_OFFSET]):
        if not _POSTER.match(line.strip()):
            continue
        post = range(number + 1, min(len(lines), number + MAX_NOTE_OFFSET))
        note = next((n for n in post if _introduces_text(lines[n])), None)
        if note is None or not any(line.strip() for line in lines[note + 1 :]):
            return list(lines)  # no note, or nothing pasted under it
        between = (lines[n].strip() for n in range(number + 1, note))
        links = [line for line in between if _ADDRESS.match(line)]
        return [*links[-1:], *lines[note + 1 :]]
    return list(lines)


def _introduces_text(line: str) -> bool:
    """'Full text since it's paywalled:', 'Article text:': a short line that ends in a colon."""
    text = line.strip()
    return text.endswith(":") and 0 < len(text.split()) <= MAX_NOTE_WORDS
