"""Years of another era printed where the common era's are read.

Thai pages count years in the Buddhist Era, 543 ahead of the common era ('Situation as of
06:00 hrs, Thursday 1 December B.E. 2576 (2033)'). Dates are read from a copy of the text in
which each such year stands as its common-era year; the copy has the same length, so every
date found points at the characters the page prints.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrail.vocab import read_data


@lru_cache(maxsize=1)
def _era() -> tuple[tuple[str, ...], int, range, re.Pattern[str]]:
    raw = read_data("dates.json")
    era = raw["buddhist_era"]
    names = sorted({name for names in raw["months"] for name in names}, key=len, reverse=True)
    months = "|".join(map(re.escape, names))
    marks = "|".join(re.escape(mark.strip()) for mark in era["marks"])
    # a year after a month's name ('1 December 2576', 'Dec. 2576') or after the era's mark
    year = re.compile(rf"(?:\b(?:{months})\.?,?|{marks})[ \t]*(?P<year>\d{{4}})\b", re.I)
    years = range(era["first_year"], era["last_year"] + 1)
    return tuple(era["marks"]), era["offset"], years, year


def in_common_era(text: str) -> str:
    """`text` with the Buddhist Era's years, on a page that marks that era, written as
    common-era years of the same length; any other text as it is."""
    marks, offset, years, year = _era()
    if not any(mark in text for mark in marks):
        return text
    return year.sub(lambda m: _as_common_era(m, offset, years), text)


def _as_common_era(m: re.Match[str], offset: int, years: range) -> str:
    value = int(m.group("year"))
    if value not in years:
        return m.group()
    start = m.start("year") - m.start()
    return m.group()[:start] + str(value - offset) + m.group()[start + 4 :]
