"""Several versions of one wire story on one page: only the newest is read.

A news terminal exports a story chain with every version the agency sent, each under its
own item header and rule: the flash ('URGENT-...'), then updates that repeat it with new
figures ('UPDATE 1-...', 'UPDATE 2-...'). Read whole, each version's account of the same
incident would be a report of its own, and the older tolls would stand beside the newest.
The newest version is the one with the highest update number, the first when several tie
(terminals list the newest first). The lines above the first version are the export's own
(the terminal's name, the query, the user), not the story's; the lines under the last rule
after the last version (the terminal's footer) are kept, since they may name the agency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.ingest.markup import is_separator
from claimtrail.vocab import read_data

MIN_VERSIONS = 2


def newest_version(lines: Sequence[str]) -> list[str]:
    """The newest version of a stacked wire story in `lines`, with the page's footer; `lines`
    as they are when the page holds fewer than two versions."""
    headlines = [n for n, line in enumerate(lines) if version_tag(line) is not None]
    if len(headlines) < MIN_VERSIONS:
        return list(lines)
    starts = [
        _block_start(lines, n, earlier)
        for earlier, n in zip([0, *headlines[:-1]], headlines, strict=True)
    ]
    ends = [*starts[1:], _footer_start(lines, headlines[-1])]
    chosen = max(range(len(headlines)), key=lambda i: (_rank(lines[headlines[i]]), -i))
    return [*lines[starts[chosen] : ends[chosen]], *lines[ends[-1] :]]


def version_tag(line: str) -> str | None:
    """'UPDATE 2' of 'UPDATE 2-South Sudan cattle raid ...', or None."""
    m = _tag_pattern().match(line.strip())
    return m.group("tag") if m else None


def without_version_tag(title: str) -> str:
    """'South Sudan cattle raid ...' of 'UPDATE 2-South Sudan cattle raid ...'."""
    return _tag_pattern().sub("", title.strip(), count=1)


def _rank(line: str) -> int:
    """A numbered update ranks by its number, above the flash tags; other tags rank as
    the flash."""
    tag = version_tag(line) or ""
    number = re.search(r"\d+", tag)
    return int(number.group()) + 1 if number else 0


def _block_start(lines: Sequence[str], headline: int, earlier: int) -> int:
    """Where the version of the headline at `headline` begins: at the last rule above it
    (its item header stands between), else at the headline itself."""
    for number in range(headline - 1, earlier, -1):
        if is_separator(lines[number]):
            return number
    return headline


def _footer_start(lines: Sequence[str], last_headline: int) -> int:
    """The last rule under the last version, where the page's footer begins."""
    rules = [n for n in range(last_headline + 1, len(lines)) if is_separator(lines[n])]
    return rules[-1] if rules else len(lines)


@cache
def _tag_pattern() -> re.Pattern[str]:
    words = read_data("ingest.json")["story_versions"]
    numbered = "|".join(map(re.escape, words["numbered"]))
    single = "|".join(map(re.escape, [*words["flash"], *words["other"]]))
    # the tag, then a hyphen or a dash before the headline's first word
    return re.compile(rf"^(?P<tag>(?:{numbered})\s+\d{{1,2}}|{single})\s?[-–—]\s?(?=\S)")
