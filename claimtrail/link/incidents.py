"""Links reports into incidents and grades them: a full build, and incremental linking.

The pairwise rule is in `explain` (it says why for every link); linking is transitive
(single-link clustering), so adding reports one batch at a time gives the same incidents as
linking all of them at once. Only reports whose dates can overlap are ever compared: reports
are swept in date order, never all pairs. The incident id is derived from the ids of its
reports, so it is stable across runs that see the same reports.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimtrail.link.denials import (
    Contradiction,
    DenialFound,
    contradictions,
    denials_for,
    stands_alone,
)
from claimtrail.link.explain import LinkReason, Mention, explain_link, link_gate
from claimtrail.link.grading import Evidence, grade
from claimtrail.link.independence import counted_pairs, independent_keys, origin_name, reliability
from claimtrail.link.rule import link_rule
from claimtrail.link.similarity import Similarity, similarity
from claimtrail.link.syndication import CopyOf, Syndication, detect_copies
from claimtrail.model import Article, Incident, Place, Reading, Report


@dataclass(frozen=True)
class Assessment:
    """Everything said about one incident, for the dossier: links, copies, denials."""

    incident: Incident
    links: tuple[LinkReason, ...]
    contradictions: tuple[Contradiction, ...]
    denials: tuple[DenialFound, ...]
    copies: tuple[CopyOf, ...]
    reliability: dict[str, str]  # origin -> registry letter


def build_incidents(
    readings: Sequence[Reading], scorer: Similarity | None = None
) -> list[Incident]:
    """Link every report of `readings` from scratch (what `--relink` does)."""
    return link_new((), readings, (), scorer)


def link_new(
    existing: Sequence[Incident],
    new: Sequence[Reading],
    known: Sequence[Reading] = (),
    scorer: Similarity | None = None,
) -> list[Incident]:
    """`existing` incidents (reports attached) with the reports of `new` readings linked in.

    `known` are the readings already linked (they supply the articles and denials of the
    existing incidents). New reports are compared with each other and with the existing reports
    whose dates can overlap; incidents they do not touch are returned as they were.
    """
    scorer = scorer or similarity()
    all_readings = _unique_readings([*known, *new])
    articles = {r.article.id: r.article for r in all_readings}
    old, owner = [], []
    for k, incident in enumerate(existing):
        for mention in _mentions(incident, articles):
            old.append(mention)
            owner.append(k)
    fresh = [Mention(rep, r.article) for r in _unique_readings(new) for rep in r.reports]
    scorer.add(m.report.text for m in fresh)
    groups = _link(old, owner, fresh, scorer)
    syndication = detect_copies(r.article for r in all_readings)
    untouched, touched = _split(existing, groups, old)
    untouched, touched = _answered_by_new_denials(untouched, touched, new, articles)
    # Grading explains every link of a touched incident: encode their wording in one go.
    scorer.prepare(m.report.text for members in touched if len(members) > 1 for m in members)
    context = _Context(all_readings, syndication, scorer)
    return _ordered([*untouched, *(context.incident(members) for members in touched)])


def _answered_by_new_denials(
    untouched: list[Incident],
    touched: list[list[Mention]],
    new: Sequence[Reading],
    articles: dict[str, Article],
) -> tuple[list[Incident], list[list[Mention]]]:
    """Incidents a new report-less denial may answer are graded again."""
    window = timedelta(days=link_rule().denial_window_days)
    days = [r.article.published for r in new if stands_alone(r)]
    days = [d for d in days if d is not None]
    if not days:
        return untouched, touched
    keep = []
    for incident in untouched:
        if incident.start and any(incident.start <= d <= incident.end + window for d in days):
            touched.append(_mentions(incident, articles))
        else:
            keep.append(incident)
    return keep, touched


def assess(
    incident: Incident, readings: Sequence[Reading], scorer: Similarity | None = None
) -> Assessment:
    """Why `incident` holds together and how it is graded: the dossier's explanations."""
    scorer = scorer or similarity()
    articles = {r.article.id: r.article for r in readings}
    members = _mentions(incident, articles)
    scorer.add(m.report.text for m in members)
    scorer.prepare(m.report.text for m in members)
    context = _Context(_unique_readings(readings), detect_copies(articles.values()), scorer)
    return context.assessment(members, incident)


class _Context:
    """What grading an incident needs beyond its reports: articles, copies, denials."""

    def __init__(self, readings: list[Reading], syndication: Syndication, scorer: Similarity):
        self.syndication = syndication
        self.scorer = scorer
        self.by_article = {r.article.id: r for r in readings}
        self.denial_only = [r for r in readings if stands_alone(r)]

    def _readings_for(self, members: Sequence[Mention]) -> list[Reading]:
        own = {m.article.id for m in members}
        standalone = [r for r in self.denial_only if r.article.id not in own]
        return [self.by_article[a] for a in sorted(own) if a in self.by_article] + standalone

    def incident(self, members: Sequence[Mention]) -> Incident:
        return self.assessment(members).incident

    def assessment(self, members: Sequence[Mention], given: Incident | None = None) -> Assessment:
        # Earliest article first, so origins read in the order the story was told.
        members = sorted(members, key=_telling_order)
        readings = self._readings_for(members)
        against = contradictions(members, readings)
        contra_ids = {c.report.id for c in against}
        supporting = [m for m in members if m.report.id not in contra_ids]
        pairs = [(m.report, m.article) for m in supporting]
        denials = denials_for(members, readings, self.scorer)
        counted = counted_pairs(pairs, self.syndication)
        origins = tuple(dict.fromkeys(origin_name(r, a) for r, a in counted))
        letters = {name: reliability(name) for name in origins}
        evidence = Evidence(
            origins=origins,
            origin_kinds=tuple(r.origin.kind if r.origin else "author" for r, _ in counted),
            independent=len(independent_keys(pairs, self.syndication)),
            hedged=any(r.certainty == "alleged" or r.hedges for r, _ in counted),
            denied_by=tuple(dict.fromkeys(d.denier for d in denials)),
            contradicted_by=tuple(dict.fromkeys(c.by for c in against)),
            reliability=min(letters.values(), default=""),
        )
        incident = given or _incident(members, evidence)
        return Assessment(
            incident=incident,
            links=tuple(_spanning_links(members, self.scorer)),
            contradictions=tuple(against),
            denials=tuple(denials),
            copies=tuple(
                c
                for a in dict.fromkeys(m.article.id for m in members)
                if (c := self.syndication.copy_of(a))
            ),
            reliability=letters,
        )


def _telling_order(m: Mention) -> tuple[date, str, int]:
    return (m.article.published or date.max, m.article.id, m.report.start)


def _incident(members: Sequence[Mention], evidence: Evidence) -> Incident:
    reports = [m.report for m in members]
    ids = tuple(sorted((m.report.id, m.article.id) for m in members))
    by_id = {r.id: r for r in reports}
    grade_value, reason = grade(evidence)
    dated = [r.when for r in reports if r.when]
    return Incident(
        id=hashlib.sha256("|".join(i for i, _ in ids).encode()).hexdigest()[:16],
        action=max(reports, key=lambda r: len(r.where)).action,
        start=min((w.start for w in dated), default=None),
        end=max((w.end for w in dated), default=None),
        places=_distinct_places(reports),
        report_ids=ids,
        origins=evidence.origins,
        independent_origins=evidence.independent,
        denied_by=tuple(dict.fromkeys((*evidence.denied_by, *evidence.contradicted_by))),
        grade=grade_value,
        grade_reason=reason,
        reports=tuple(by_id[rid] for rid, _ in ids),
    )


def _mentions(incident: Incident, articles: dict[str, Article]) -> list[Mention]:
    reports = {r.id: r for r in incident.reports}
    return [
        Mention(reports[rid], articles[aid])
        for rid, aid in incident.report_ids
        if rid in reports and aid in articles
    ]


def _link(
    old: list[Mention], owner: list[int], fresh: list[Mention], scorer: Similarity
) -> list[list[Mention]]:
    """Groups of mentions after linking `fresh` among themselves and to `old`, whose reports
    stay with the other reports of the incident that `owner` says they belong to."""
    nodes = [*old, *fresh]
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    first: dict[int, int] = {}
    for i, k in enumerate(owner):
        union(first.setdefault(k, i), i)
    pairs = _gated_pairs(nodes, len(old), scorer.method)
    scorer.prepare(nodes[k].report.text for pair in pairs for k in pair)
    for i, j in pairs:
        if find(i) != find(j) and explain_link(nodes[i], nodes[j], scorer):
            union(i, j)
    groups: dict[int, list[Mention]] = {}
    for i, node in enumerate(nodes):
        groups.setdefault(find(i), []).append(node)
    return list(groups.values())


def _gated_pairs(nodes: list[Mention], first_fresh: int, method: str) -> list[tuple[int, int]]:
    """The pairs (old or earlier fresh, fresh) whose dates can overlap and that pass every
    part of the rule but wording: the only pairs whose wording needs comparing."""
    window = _DateWindow(nodes)
    return [
        (i, j)
        for j in range(first_fresh, len(nodes))
        for i in window.candidates(j)
        if i != j and not (i >= first_fresh and i > j) and link_gate(nodes[i], nodes[j], method)
    ]


class _DateWindow:
    """Indexes mentions by date so a report is only compared with those it can overlap."""

    def __init__(self, nodes: list[Mention]):
        slack = timedelta(days=link_rule().date_slack_days)
        dated = sorted(
            (n.report.when.start - slack, i) for i, n in enumerate(nodes) if n.report.when
        )
        self._starts = [s for s, _ in dated]
        self._ids = [i for _, i in dated]
        self._nodes = nodes
        self._slack = slack
        self._longest = max(
            ((n.report.when.end - n.report.when.start) for n in nodes if n.report.when),
            default=timedelta(0),
        )

    def candidates(self, j: int) -> Iterable[int]:
        when = self._nodes[j].report.when
        if when is None:
            return ()
        low: date = when.start - 2 * self._slack - self._longest
        high: date = when.end + self._slack
        lo = bisect.bisect_left(self._starts, low)
        hi = bisect.bisect_right(self._starts, high)
        return self._ids[lo:hi]


def _split(
    existing: Sequence[Incident], groups: list[list[Mention]], old: list[Mention]
) -> tuple[list[Incident], list[list[Mention]]]:
    """Existing incidents whose membership did not change, and the groups to (re)grade."""
    by_ids = {frozenset(rid for rid, _ in inc.report_ids): inc for inc in existing}
    untouched, touched = [], []
    for members in groups:
        same = by_ids.get(frozenset(m.report.id for m in members))
        if same is not None:
            untouched.append(same)
        else:
            touched.append(members)
    return untouched, touched


def _spanning_links(members: Sequence[Mention], scorer: Similarity) -> list[LinkReason]:
    """One reason per link of a spanning forest: enough to show how every report joined."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    out = []
    for j in range(len(members)):
        for i in range(j):
            if find(i) == find(j):
                continue
            reason = explain_link(members[i], members[j], scorer)
            if reason:
                parent[find(j)] = find(i)
                out.append(reason)
    return out


def _unique_readings(readings: Iterable[Reading]) -> list[Reading]:
    return list({r.article.id: r for r in readings}.values())


def _ordered(incidents: list[Incident]) -> list[Incident]:
    return sorted(incidents, key=lambda inc: (inc.start is None, inc.start, inc.id))


def _distinct_places(reports: list[Report]) -> tuple[Place, ...]:
    seen: dict[tuple, Place] = {}
    for report in reports:
        for place in report.where:
            key = (place.name or place.text, place.country)
            seen.setdefault(key, place)
    return tuple(seen.values())
