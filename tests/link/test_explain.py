"""The parts of the linking rule that need no wording comparison, and the link built on them."""

from __future__ import annotations

from datetime import date

from link_builders import WITNESS_A, WITNESS_B, article, place, report

from claimtrail.link.explain import Mention, explain_link, link_gate
from claimtrail.link.rule import link_rule

DAY = date(2024, 5, 2)
DJIBO = place(14.1, -1.63)


def mention(r, aid="a1"):
    return Mention(r, article(aid, f"Outlet {aid}"))


def test_the_gate_asks_the_place_floor_when_places_agree():
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    b = report("r2", date(2024, 5, 3), [place(14.12, -1.6)], [WITNESS_B])
    gate = link_gate(mention(a), mention(b, "a2"), "lexical")
    assert gate is not None and gate.place.verdict == "near"
    assert gate.needed == link_rule().floor("lexical").min


def test_inside_one_article_agreeing_places_ask_only_the_same_article_floor():
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    b = report("r2", DAY, [place(14.12, -1.6)], [WITNESS_B])
    gate = link_gate(mention(a), mention(b), "lexical")
    assert gate is not None and gate.place.verdict == "near"
    assert gate.needed == link_rule().floor("lexical").same_article


def test_the_gate_asks_strong_wording_without_place_evidence():
    a = report("r1", DAY, [], [WITNESS_A])
    b = report("r2", DAY, [], [WITNESS_B])
    gate = link_gate(mention(a), mention(b, "a2"), "lexical")
    assert gate is not None and gate.needed == link_rule().floor("lexical").strong


def test_the_gate_closes_on_far_places_distant_dates_and_other_actions():
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    far = report("r2", DAY, [place(12.37, -1.52, name="Ouagadougou")], [WITNESS_B])
    later = report("r3", date(2024, 8, 1), [DJIBO], [WITNESS_B])
    other = report("r4", DAY, [DJIBO], [WITNESS_B], action="flood")
    for b in (far, later, other):
        assert link_gate(mention(a), mention(b, "a2"), "lexical") is None


def test_a_link_is_the_gate_plus_enough_similar_wording(lexical):
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    b = report("r2", DAY, [DJIBO], [WITNESS_B])
    lexical.add([a.text, b.text])
    reason = explain_link(mention(a), mention(b, "a2"), lexical)
    gate = link_gate(mention(a), mention(b, "a2"), lexical.method)
    assert reason is not None and gate is not None
    assert (reason.dates, reason.place) == (gate.dates, gate.place.why)
