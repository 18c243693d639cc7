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
