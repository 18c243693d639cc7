"""Where the article stops and the site's furniture below it starts.

Blogs follow a post with its comments, press releases with "About <organisation>" boilerplate,
notes to editors and contacts, news sites with lists of other stories. Those blocks are
written by other people or about other things, so every line from the first of them on is
left out of the body. The cues are data (`end_markers` in claimtrail/data/boilerplate.json).
A marker only counts where it opens a block below some body text: a heading-like line near
the top of an article must not cut the story off. Lists of other stories also show by their
shape, whatever their heading says ('MORE FROM LEAD STORIES', 'SUR LE MÊME SUJET'): lines
of a headline with its date in brackets, one under the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from claimtrail.ingest.boilerplate import cues, is_boilerplate
from claimtrail.ingest.header_lines import COUNT, without_leading_symbols
from claimtrail.ingest.markup import ends_sentence, is_list_item, is_separator
from claimtrail.ingest.pubdate import find_date

MAX_MARKER_CHARS = 200


def article_end(plain: Sequence[str], body_start: int) -> int | None:
    """The number of the line where the furniture after the article begins, or None.

    `plain` holds markup-free lines; `body_start` is the first line of the body.
    """
    return _markers(plain, body_start)[0]


def inserted_blocks(plain: Sequence[str], body_start: int) -> set[int]:
    """Lines of the lists of other stories a page sets inside the story ('Recommended for
    you' and its links, with the story going on under them): no lines of the story."""
    return _markers(plain, body_start)[1]


def _markers(plain: Sequence[str], body_start: int) -> tuple[int | None, set[int]]:
    """The line where the furniture after the article begins, and the lines of blocks set
    inside the story before it."""
    found = cues()
    body_lines = 0
    inserted: set[int] = set()
    for number in range(body_start, len(plain)):
        text = plain[number]
        if not text or number in inserted:
            continue
        if body_lines >= found.min_body_lines_before_end and _is_marker(plain, number):
            block = _links_under(plain, number)
            if not block or not _story_goes_on(plain, block[-1] + 1):
                return number, inserted
            inserted.update([number, *block])
            continue
        body_lines += not is_separator(text)
    return None, inserted


MIN_INSERTED_LINKS = 2
MIN_STORY_LINES_AFTER = 2
MIN_PROSE_CHARS = 100


def _links_under(plain: Sequence[str], marker: int) -> list[int]:
    """The list items right under a marker, down to the first line that is none."""
    block = []
    for number in range(marker + 1, len(plain)):
        if not is_list_item(plain[number]):
            break
        block.append(number)
    return block if len(block) >= MIN_INSERTED_LINKS else []


def _story_goes_on(plain: Sequence[str], start: int) -> bool:
    """Whether paragraphs of the story's prose follow, before any other marker."""
    prose = 0
    for number in range(start, len(plain)):
        text = plain[number]
        if text and _is_marker(plain, number):
            return False
        prose += len(text) >= MIN_PROSE_CHARS and ends_sentence(text)
        if prose >= MIN_STORY_LINES_AFTER:
            return True
    return False


def _is_marker(plain: Sequence[str], number: int) -> bool:
    text = plain[number]
    if _reactions_row(text):
        return True  # its shape tells it, whatever stands above it
    # set apart by a blank line, a rule, or a line of the site's own ('Tags: Puno, Ilave')
    above = plain[number - 1] if number else ""
    opens_block = not above or is_separator(above) or is_boilerplate(above)
    if not opens_block or len(text) > MAX_MARKER_CHARS or text.endswith("."):
        return False
    # 'More from this source  ›': a link's arrow; '💬 Comments 37': a button's pictogram
    heading = without_leading_symbols(_ARROWS_AFTER.sub("", text))
    return any(pattern.match(heading) for pattern in cues().end_markers) or _opens_story_list(
        plain, number
    )


MIN_REACTIONS = 2
MAX_PICTOGRAMS_TOGETHER = 3


def _is_pictogram(item: str) -> bool:
    """'👍', '😢': pictures only; not the arrows of a pager ('← 2031 | 2033 →'), which are
    marks of another class."""
    return 0 < len(item) <= MAX_PICTOGRAMS_TOGETHER and all(
        unicodedata.category(ch) == "So" for ch in item
    )


def _reactions_row(text: str) -> bool:
    """'👍 214   😢 187   🙏 96': the readers' reactions under a channel's post, or their
    pictograms run together before one count ('👍❤️😢 1.2K'); the post ends above it, and
    what follows is the channel's next post."""
    items = [item for item in _EMOJI_JOINERS.sub("", text).split() if item not in "|•·"]
    pictograms = [item for item in items if _is_pictogram(item)]
    counts = [item for item in items if COUNT.fullmatch(item)]
    return sum(map(len, pictograms)) >= MIN_REACTIONS and len(pictograms) + len(counts) == len(
        items
    )


# a variation selector ('❤️' is '❤' and one) and the joiner inside a composed pictogram
_EMOJI_JOINERS = re.compile("[\ufe0e\ufe0f\u200d]")


_ARROWS_AFTER = re.compile(r"[\s›»→▸▶>]+$")


MIN_STORY_LINKS = 2
MAX_STORY_LINK_CHARS = 200
# "› Senate passes amended Bail Act (June 9, 2027)", "Western: Gizo fish market reopens
# (15/02/2027)": a link to another story, its date in brackets at the end
_STORY_LINK = re.compile(r"^\s*(?:[›»•▸▶·\-–]\s*)?\S.*\((?P<date>[^()]{6,30})\)\s*$")


def _opens_story_list(plain: Sequence[str], number: int) -> bool:
    """A heading over links to other stories, or the first of those links."""
    lines = [n for n in range(number, min(len(plain), number + 8)) if plain[n]]
    links = lines if _is_story_link(plain[number]) else lines[1:]
    return len(links) >= MIN_STORY_LINKS and all(
        _is_story_link(plain[n]) for n in links[:MIN_STORY_LINKS]
    )


def _is_story_link(text: str) -> bool:
    found = _STORY_LINK.match(text)
    return (
        found is not None
        and len(text) <= MAX_STORY_LINK_CHARS
        and find_date(found.group("date"), either_way=True) is not None
    )
