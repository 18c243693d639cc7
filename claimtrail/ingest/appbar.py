"""A phone app's top bar copied as text: the outlet's name between the app's buttons.

Copied from an app or a narrow page, the bar over a story reads '≡  POST-COURIER  🔍': the
menu button, the outlet's name, the search button. The glyphs are controls, not words; left
on the line, they keep the name from reading as the page's masthead, and the bar is taken
for the headline. They are dropped where they stand apart at the ends of one of the page's
first lines (the glyphs are in `ingest.json`, `app_bar`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data


def without_app_buttons(lines: Sequence[str]) -> list[str]:
    """`lines` with the buttons at the ends of the page's first lines taken off."""
    controls, reach = _controls()
    kept = list(lines)
    seen = 0
    for number, line in enumerate(kept):
        if not line.strip():
            continue
        kept[number] = _between_buttons(line, controls)
        seen += 1
        if seen >= reach:
            break
    return kept


def _between_buttons(line: str, controls: frozenset[str]) -> str:
    """The line without the buttons at its ends; the words between keep their spacing."""
    words = [t for t in re.finditer(r"\S+", line) if t.group() not in controls]
    return line[words[0].start() : words[-1].end()] if words else ""


@cache
def _controls() -> tuple[frozenset[str], int]:
    data = read_data("ingest.json")["app_bar"]
    return frozenset(data["controls"]), int(data["top_lines"])
