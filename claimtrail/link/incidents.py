"""Links reports into incidents and grades them.

Two reports describe one incident when (thresholds in data/grading.json):
1. their date ranges overlap, with `date_slack_days` of slack;
2. some place of one lies within the other's distance for its feature (a village 25 km,
   a province 150 km), or neither names a resolved place;
3. their actions are the same or listed together as compatible.
Reports without a date stay incidents of their own: nothing anchors them in time.
Linking is transitive (single-link clustering); the incident id is derived from the ids of
its reports, so it is stable across runs that see the same reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import timedelta

from claimtrail.geo.geodesy import distance_km
from claimtrail.link.grading import Evidence, grade
from claimtrail.link.independence import describe, origin_key
from claimtrail.link.rule import link_rule
from claimtrail.model import Article, Denial, Incident, Place, Reading, Report
from claimtrail.vocab import read_data


def build_incidents(readings: Sequence[Reading]) -> list[Incident]:
    pairs = [(report, reading.article) for reading in readings for report in reading.reports]
    denials = {reading.article.id: reading.denials for reading in readings}
    clusters = _cluster([report for report, _ in pairs])
    incidents = [_incident([pairs[i] for i in members], denials) for members in clusters]
    return sorted(incidents, key=lambda inc: (inc.start is None, inc.start, inc.id))


def linked(a: Report, b: Report) -> bool:
    rule = link_rule()
    if a.when is None or b.when is None:
        return False
    slack = timedelta(days=rule.date_slack_days)
    if a.when.start > b.when.end + slack or b.when.start > a.when.end + slack:
        return False
    if not rule.actions_compatible(a.action, b.action):
        return False
    return _places_compatible(a.where, b.where)


def _places_compatible(a: Sequence[Place], b: Sequence[Place]) -> bool:
    located_a = [p for p in a if p.lat is not None and p.lon is not None]
    located_b = [p for p in b if p.lat is not None and p.lon is not None]
    if not located_a or not located_b:
        return not located_a and not located_b
    rule = link_rule()
    return any(
        distance_km(p.lat, p.lon, q.lat, q.lon)
        <= max(rule.max_km(p.feature), rule.max_km(q.feature))
        for p in located_a
        for q in located_b
    )


def _cluster(reports: list[Report]) -> list[list[int]]:
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if find(i) != find(j) and linked(reports[i], reports[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(reports)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _incident(
    pairs: list[tuple[Report, Article]], denials: dict[str, tuple[Denial, ...]]
) -> Incident:
    reports = [report for report, _ in pairs]
    ids = tuple(sorted((report.id, article.id) for report, article in pairs))
    origins = tuple(dict.fromkeys(describe(r.origin) for r in reports if r.origin))
    denied_by = tuple(dict.fromkeys(_denials_for(pairs, denials)))
    evidence = Evidence(
        origins=origins,
        origin_kinds=tuple(r.origin.kind for r in reports if r.origin),
        independent=len({origin_key(report, article) for report, article in pairs}),
        hedged=any(r.certainty == "alleged" for r in reports),
        denied_by=denied_by,
    )
    grade_value, reason = grade(evidence)
    dated = [r.when for r in reports if r.when]
    return Incident(
        id=hashlib.sha256("|".join(i for i, _ in ids).encode()).hexdigest()[:16],
        action=max(reports, key=lambda r: len(r.where)).action,
        start=min((w.start for w in dated), default=None),
        end=max((w.end for w in dated), default=None),
        places=_distinct_places(reports),
        report_ids=ids,
        origins=origins,
        independent_origins=evidence.independent,
        denied_by=denied_by,
        grade=grade_value,
        grade_reason=reason,
        reports=tuple(reports),
    )


def _denials_for(
    pairs: list[tuple[Report, Article]], denials: dict[str, tuple[Denial, ...]]
) -> list[str]:
    """Denials in the same article whose denier stands for an actor of the reports."""
    out = []
    for report, article in pairs:
        agents = _with_affiliations(report.agent.actor if report.agent else None)
        for denial in denials.get(article.id, ()):
            if denial.target and denial.target in agents:
                out.append(denial.source.name or denial.source.text)
    return out


def _with_affiliations(actor: str | None) -> set[str]:
    if actor is None:
        return set()
    affiliations = read_data("actors.json").get("affiliations", {})
    return {actor, *affiliations.get(actor, ())}


def _distinct_places(reports: list[Report]) -> tuple[Place, ...]:
    seen: dict[tuple, Place] = {}
    for report in reports:
        for place in report.where:
            key = (place.name or place.text, place.country)
            seen.setdefault(key, place)
    return tuple(seen.values())
