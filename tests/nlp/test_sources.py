"""The institution a source phrase speaks for, read from its words."""

from __future__ import annotations

import pytest

from claimtrail.nlp.sources import affiliation


@pytest.mark.parametrize(
    ("phrase", "institution"),
    [
        ("the state police spokesman, Mansir Hassan", "police"),
        ("the regional disaster management agency", "agency"),
        ("FRSC sector commander Olufemi Adebayo", "frsc"),
        ("a farmer from the village", None),
    ],
)
def test_the_institution_a_phrase_speaks_for(phrase, institution):
    assert affiliation(phrase) == institution
