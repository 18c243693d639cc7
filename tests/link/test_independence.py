"""Counting independent origins: one institution counts once, whatever it is called."""

from __future__ import annotations

from datetime import date

from link_builders import article, place, report

from claimtrail.link.independence import independent_count
from claimtrail.model import Source

SAGAMU = place(6.84, 3.65, name="Sagamu", country="NG")
CORPS = Source(
    "Federal Road Safety Corps", "Federal Road Safety Corps", "official", 0, 1, affiliation="corps"
)
COMMANDER = Source("FRSC sector commander Olufemi Adebayo", "Olufemi Adebayo", "official", 0, 1)
RESIDENT = Source("a resident", None, "eyewitness", 0, 1)


def test_an_official_named_by_his_institutions_acronym_counts_with_it():
    wire = article("a1", "Lagos Metro")
    pairs = [
        (report("r1", date(2024, 11, 5), [SAGAMU], [CORPS]), wire),
        (report("r2", date(2024, 11, 5), [SAGAMU], [COMMANDER]), wire),
    ]
    assert independent_count(pairs) == 1


def test_a_different_voice_still_counts_apart():
    wire = article("a1", "Lagos Metro")
    pairs = [
        (report("r1", date(2024, 11, 5), [SAGAMU], [CORPS]), wire),
        (report("r2", date(2024, 11, 5), [SAGAMU], [RESIDENT]), wire),
    ]
    assert independent_count(pairs) == 2
