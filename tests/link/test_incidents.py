"""Linking reports of one occurrence across articles, with reasons, built in full or in steps."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from link_builders import ARMY, WITNESS_A, WITNESS_B, article, place, report

from claimtrail.link.explain import Mention, explain_link
from claimtrail.link.incidents import assess, build_incidents, link_new
from claimtrail.model import Denial, Reading

DAY = date(2024, 5, 2)
DJIBO = place(14.1, -1.63)
OTHER_TEXT = "Gunmen attacked a convoy on the road, a witness said."


def mention(r, aid="a1", publisher="Ouaga Today"):
    return Mention(r, article(aid, publisher))


def test_same_day_same_place_links_with_a_reason(lexical):
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    b = report("r2", date(2024, 5, 3), [place(14.12, -1.6)], [WITNESS_B])
    reason = explain_link(mention(a), mention(b, "a2"), lexical)
    assert reason is not None
    assert reason.km is not None and reason.km < 5
    assert reason.actions == ("attack", "attack")
    assert reason.similarity > 0.9 and reason.method == "lexical"
    text = reason.text()
    assert "km apart" in text and "2024-05-02" in text and "wording" in text


@pytest.mark.parametrize(
    "other",
    [
        report("far", DAY, [place(12.37, -1.52, name="Ouagadougou")], [WITNESS_B]),
        report("flood", DAY, [DJIBO], [WITNESS_B], action="flood"),
        report("week", date(2024, 5, 9), [DJIBO], [WITNESS_B]),
        report("undated", DAY, [DJIBO], [WITNESS_B]).__class__(
            id="undated", start=0, end=1, text="x", action="attack", when=None
        ),
    ],
    ids=["far-apart", "other-action", "other-week", "undated"],
)
def test_what_does_not_link(lexical, other):
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    assert explain_link(mention(a), mention(other, "a2"), lexical) is None


def test_province_precision_links_wider(lexical):
    a = report("r1", DAY, [DJIBO], [WITNESS_A])
    b = report("r2", DAY, [place(13.3, -1.4, feature="province", name="Soum")], [WITNESS_B])
    reason = explain_link(mention(a), mention(b, "a2"), lexical)
    assert reason is not None and "allowed 150" in reason.place


def test_a_shared_country_is_no_evidence_of_one_spot(lexical):
    burkina = place(12.5, -1.5, feature="country", name="Burkina Faso")
    a = report("r1", DAY, [DJIBO, burkina], [WITNESS_A])
    b = report("r2", DAY, [place(13.09, -1.08, name="Kaya"), burkina], [WITNESS_B])
    assert explain_link(mention(a), mention(b, "a2"), lexical) is None


def test_other_agents_do_not_link(lexical):
    a = report("r1", DAY, [DJIBO], [WITNESS_A], agent="JNIM")
    b = report("r2", DAY, [DJIBO], [WITNESS_B], agent="Burkinabe army")
    assert explain_link(mention(a), mention(b, "a2"), lexical) is None


def test_a_placeless_mention_joins_its_own_article_but_needs_strong_wording_elsewhere(lexical):
    lead = report("r1", DAY, [DJIBO], [WITNESS_A])
    follow = report("r2", DAY, [], [WITNESS_A], text="No group claimed the strike on Saturday.")
    lexical.add([lead.text, follow.text])
    reason = explain_link(mention(lead), mention(follow), lexical)
    assert reason is not None and reason.place == "same article"
    assert explain_link(mention(lead), mention(follow, "a2", "Sahel Post"), lexical) is None


def readings_for_djibo():
    return [
        Reading(article("a1", "Ouaga Today"), (report("r1", DAY, [DJIBO], [WITNESS_A]),)),
        # A declared copy: same anonymous origin through the same original outlet.
        Reading(
            article("a2", "Sahel Digest", original="Ouaga Today"),
            (report("r2", DAY, [DJIBO], [WITNESS_A]),),
        ),
        Reading(article("a3", "Burkina Post"), (report("r3", DAY, [DJIBO], [WITNESS_B]),)),
        Reading(
            article("a4", "Kaya Times"),
            (report("r4", DAY, [place(13.09, -1.08, name="Kaya")], [WITNESS_B], text=OTHER_TEXT),),
        ),
    ]


def test_independent_origins_and_syndication(lexical):
    incidents = build_incidents(readings_for_djibo(), lexical)
    djibo = next(i for i in incidents if len(i.report_ids) == 3)
    assert djibo.independent_origins == 2
    assert djibo.grade == 2
    assert len(incidents) == 2


def test_incremental_linking_equals_a_full_rebuild(lexical):
    readings = readings_for_djibo()
    first = build_incidents(readings[:2], lexical)
    stepped = link_new(first, readings[2:], readings[:2], lexical)
    full = build_incidents(readings, lexical)
    assert [i.report_ids for i in stepped] == [i.report_ids for i in full]
    assert [i.grade_reason for i in stepped] == [i.grade_reason for i in full]


def test_incremental_linking_leaves_untouched_incidents_as_they_were(lexical):
    readings = readings_for_djibo()
    first = build_incidents(readings[:1] + readings[3:], lexical)
    kaya = next(i for i in first if i.reports[0].id == "r4")
    stepped = link_new(first, readings[1:3], readings[:1] + readings[3:], lexical)
    assert any(i is kaya for i in stepped)  # the very same object: nothing recomputed


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(4)), st.integers(min_value=0, max_value=4))
def test_linking_does_not_depend_on_order_or_batches(order, cut):
    readings = [readings_for_djibo()[i] for i in order]
    full = build_incidents(readings, _lexical())
    stepped = link_new(build_incidents(readings[:cut], _lexical()), readings[cut:], readings[:cut])
    assert sorted(i.report_ids for i in stepped) == sorted(i.report_ids for i in full)


def _lexical():
    from claimtrail.link.similarity import LexicalSimilarity

    return LexicalSimilarity()


def test_denial_by_the_agent_is_recorded(lexical):
    denial = Denial(0, 1, "The army denied it.", ARMY, target="Burkinabe army")
    readings = [
        Reading(
            article("a1", "Ouaga Today"),
            (report("r1", DAY, [DJIBO], [WITNESS_B], agent="Burkinabe army"),),
            (denial,),
        ),
    ]
    (incident,) = build_incidents(readings, lexical)
    assert incident.denied_by == ("Army",)
    assert incident.grade == 5


def test_a_denial_in_an_article_without_reports_answers_the_incident_it_names(lexical):
    text = "The army denied that its drone struck the market in Djibo on Thursday."
    denial = Denial(0, len(text), text, ARMY)
    readings = [
        *readings_for_djibo()[:3],
        Reading(article("a9", "Sahel Wire", text=text, published=date(2024, 5, 5)), (), (denial,)),
    ]
    djibo = next(i for i in build_incidents(readings, lexical) if len(i.report_ids) == 3)
    assert djibo.denied_by == ("Army",)
    assert djibo.grade == 3  # two independent origins, but denied


def test_contradicting_reports_are_listed_not_counted(lexical):
    denial = Denial(0, 5, "The army rejected the claims.", ARMY)
    army_account = report(
        "r5", DAY, [DJIBO], [ARMY], text="The army said its drone hit militants near Djibo."
    )
    denied = report("r6", DAY, [DJIBO], [WITNESS_B], certainty="denied")
    readings = [
        *readings_for_djibo()[:1],
        Reading(article("a5", "Sahel Wire"), (army_account,), (denial,)),
        Reading(article("a6", "Burkina Post"), (denied,)),
    ]
    (incident,) = build_incidents(readings, lexical)
    assert incident.independent_origins == 1  # the trader only
    assert "Army" in incident.denied_by
    found = assess(incident, readings, lexical)
    assert {c.report.id for c in found.contradictions} == {"r5", "r6"}
    assert [link.a for link in found.links]  # the dossier can say why they were linked


def test_incident_ids_are_stable(lexical):
    readings = [Reading(article("a1", "Ouaga Today"), (report("r1", DAY, [DJIBO], [WITNESS_A]),))]
    assert build_incidents(readings, lexical)[0].id == build_incidents(readings, lexical)[0].id


def test_an_institution_and_its_spokesman_are_one_origin():
    from claimtrail.link.independence import speaks_for
    from claimtrail.model import Source

    police = Source("Police in Kaduna state", "Police in Kaduna state", "official", 0, 1)
    spokesman = Source(
        "The state police spokesman, Mansir Hassan", "Mansir Hassan", "official", 0, 1
    )
    assert speaks_for(police) == speaks_for(spokesman) == "police"
    assert speaks_for(Source("a farmer", None, "eyewitness", 0, 1)) is None


class RecordingScorer:
    """A scorer that calls every pair alike and remembers which texts it was asked for."""

    method = "lexical"

    def __init__(self) -> None:
        self.prepared: set[str] = set()

    def add(self, texts):
        list(texts)

    def prepare(self, texts):
        self.prepared.update(texts)

    def score(self, a, b):
        return 1.0


def test_only_texts_of_pairs_that_pass_dates_actions_and_places_are_prepared():
    near = report("r1", DAY, [DJIBO], [WITNESS_A], text="Gunmen attacked the Djibo market.")
    also_near = report("r2", DAY, [DJIBO], [WITNESS_B], text="The Djibo market came under fire.")
    elsewhere = report(
        "r3", DAY, [place(12.37, -1.52, name="Ouagadougou")], [WITNESS_B], text="A far raid."
    )
    later = report("r4", date(2024, 9, 1), [DJIBO], [WITNESS_B], text="A raid months later.")
    readings = [
        Reading(article(f"a{i}", f"Outlet {i}"), (r,))
        for i, r in enumerate([near, also_near, elsewhere, later])
    ]
    scorer = RecordingScorer()
    incidents = build_incidents(readings, scorer)
    assert scorer.prepared == {near.text, also_near.text}
    assert sorted(len(i.report_ids) for i in incidents) == [1, 1, 2]
