"""Linking reports of one occurrence across articles, and counting independent origins."""

from __future__ import annotations

from datetime import date

from claimtrail.link.incidents import build_incidents, linked
from claimtrail.model import (
    ActorMention,
    Article,
    Denial,
    Original,
    Place,
    Reading,
    Report,
    Source,
    When,
)


def place(lat, lon, feature="city", name="Djibo"):
    return Place(
        name,
        0,
        len(name),
        name=name,
        feature=feature,
        country="BF",
        lat=lat,
        lon=lon,
        resolution="exact",
    )


def report(rid, day, where, sources, action="attack", agent=None, certainty="reported"):
    return Report(
        id=rid,
        start=0,
        end=1,
        text="x",
        action=action,
        agent=ActorMention(agent, agent, 0, 1) if agent else None,
        when=When("d", 0, 1, day, day, "day"),
        where=tuple(where),
        sources=tuple(sources),
        certainty=certainty,
    )


def article(aid, publisher, original=None):
    return Article(
        id=aid,
        text="x",
        publisher=publisher,
        original=Original(original, None) if original else None,
    )


WITNESS_A = Source("a trader", None, "eyewitness", 0, 1)
WITNESS_B = Source("Awa Diallo", "Awa Diallo", "eyewitness", 0, 1)
ARMY = Source("the army", "Army", "official", 0, 1)


def test_same_day_same_place_links():
    a = report("r1", date(2024, 5, 2), [place(14.1, -1.63)], [WITNESS_A])
    b = report("r2", date(2024, 5, 3), [place(14.12, -1.6)], [WITNESS_B])
    assert linked(a, b)


def test_far_apart_or_other_action_or_other_week_does_not_link():
    a = report("r1", date(2024, 5, 2), [place(14.1, -1.63)], [WITNESS_A])
    assert not linked(a, report("r2", date(2024, 5, 2), [place(12.37, -1.52)], [WITNESS_B]))
    assert not linked(
        a, report("r3", date(2024, 5, 2), [place(14.1, -1.63)], [WITNESS_B], action="flood")
    )
    assert not linked(a, report("r4", date(2024, 5, 9), [place(14.1, -1.63)], [WITNESS_B]))


def test_province_precision_links_wider():
    a = report("r1", date(2024, 5, 2), [place(14.1, -1.63)], [WITNESS_A])
    b = report(
        "r2", date(2024, 5, 2), [place(13.3, -1.4, feature="province", name="Soum")], [WITNESS_B]
    )
    assert linked(a, b)


def test_independent_origins_and_syndication():
    day, where = date(2024, 5, 2), [place(14.1, -1.63)]
    readings = [
        Reading(article("a1", "Ouaga Today"), (report("r1", day, where, [WITNESS_A]),)),
        # A syndicated copy: same anonymous origin through the same original outlet.
        Reading(
            article("a2", "Sahel Digest", original="Ouaga Today"),
            (report("r2", day, where, [WITNESS_A]),),
        ),
        Reading(article("a3", "Burkina Post"), (report("r3", day, where, [WITNESS_B]),)),
    ]
    (incident,) = build_incidents(readings)
    assert incident.independent_origins == 2
    assert incident.grade == 2
    assert len(incident.report_ids) == 3


def test_denial_by_the_agent_is_recorded():
    day, where = date(2024, 5, 2), [place(14.1, -1.63)]
    denial = Denial(0, 1, "The army denied it.", ARMY, target="Burkinabe army")
    readings = [
        Reading(
            article("a1", "Ouaga Today"),
            (report("r1", day, where, [WITNESS_B], agent="Burkinabe army"),),
            (denial,),
        ),
    ]
    (incident,) = build_incidents(readings)
    assert incident.denied_by == ("Army",)
    assert incident.grade == 5


def test_incident_ids_are_stable():
    day, where = date(2024, 5, 2), [place(14.1, -1.63)]
    readings = [Reading(article("a1", "Ouaga Today"), (report("r1", day, where, [WITNESS_A]),))]
    assert build_incidents(readings)[0].id == build_incidents(readings)[0].id
