"""The credibility grade follows the written rule, one row per branch."""

from __future__ import annotations

import pytest

from claimtrail.link.grading import Evidence, grade

CASES = [
    # origins, kinds, independent, hedged, denied_by -> grade
    ((("an anonymous source (anonymous)",), ("anonymous",), 1, False, ("Pentagon",)), 6),
    ((("Daily Star",), ("author",), 1, False, ()), 6),
    ((("SANA",), ("news_agency",), 1, False, ("Pentagon",)), 5),
    ((("SANA",), ("news_agency",), 1, True, ()), 4),
    ((("Governor Ali",), ("official",), 1, False, ()), 3),
    ((("Reuters", "AFP"), ("news_agency", "news_agency"), 2, False, ("army",)), 3),
    ((("Reuters", "AFP"), ("news_agency", "news_agency"), 2, False, ()), 2),
    (
        (
            ("Reuters", "AFP", "residents"),
            ("news_agency", "news_agency", "eyewitness"),
            3,
            False,
            (),
        ),
        1,
    ),
]


@pytest.mark.parametrize("evidence,expected", CASES)
def test_grade_branches(evidence, expected):
    origins, kinds, independent, hedged, denied_by = evidence
    value, reason = grade(Evidence(origins, kinds, independent, hedged, denied_by))
    assert value == expected
    assert reason.startswith(f"{expected}/")
    for origin in origins:
        assert origin in reason  # the reason names what it rests on


def test_reason_names_the_denier():
    _, reason = grade(Evidence(("SANA",), ("news_agency",), 1, False, ("Pentagon",)))
    assert "denied by Pentagon" in reason


def test_a_contradiction_weighs_as_a_denial_and_is_named():
    evidence = Evidence(("Reuters", "AFP"), ("news_agency",) * 2, 2, False, (), ("Army",))
    value, reason = grade(evidence)
    assert value == 3
    assert "denied by Army" in reason


def test_the_reason_carries_the_source_reliability_letter():
    _, reason = grade(Evidence(("SANA",), ("news_agency",), 1, False, (), (), "C"))
    assert reason.endswith("source reliability C")


def test_reliability_comes_from_the_registry_else_f(monkeypatch):
    from claimtrail.link import independence
    from claimtrail.vocab import RegisteredSource

    class Registry:
        def lookup(self, name):
            known = RegisteredSource("Sahel Wire", "news_agency", reliability="B")
            return known if name == "Sahel Wire" else None

    monkeypatch.setattr(independence, "sources", lambda: Registry())
    independence.reliability.cache_clear()
    try:
        assert independence.reliability("Sahel Wire") == "B"
        assert independence.reliability("a trader (eyewitness)") == "F"
    finally:
        independence.reliability.cache_clear()
