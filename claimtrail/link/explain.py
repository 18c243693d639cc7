"""The pairwise linking rule, and the reason it gives for every link it makes.

Two reports describe one occurrence when (thresholds in data/grading.json, rule in
docs/grading.md):
1. both are dated and their date ranges overlap (a day-precise range widened by a day's slack);
2. their actions are the same or listed together as compatible (an attack that kills);
3. their agents, when both are named, are one actor or affiliated;
4. their places agree: the most precise located places of each lie within the distance allowed
   for the coarser of the two (a village 25 km, a province 150 km), or they share a place name;
   places that disagree forbid the link;
5. their wording is similar: at least the method's `min` similarity when the places agree, and
   `strong` when neither place evidence is available (one report names no place). A report
   naming no place in the same article as the other counts as place evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from claimtrail.geo.gazetteer import name_key
from claimtrail.geo.geodesy import distance_km
from claimtrail.link.rule import LinkRule, link_rule
from claimtrail.link.similarity import Similarity
from claimtrail.model import Article, Place, Report, When
from claimtrail.vocab import actors

FEATURE_ORDER = ("village", "town", "city", "district", "province", "region", "country")


@dataclass(frozen=True)
class Mention:
    """A report together with the article it comes from: what the linker compares."""

    report: Report
    article: Article


@dataclass(frozen=True)
class PlaceMatch:
    verdict: str  # "near", "far" or "none" (no evidence either way)
    km: float | None
    why: str


@dataclass(frozen=True)
class LinkReason:
    """Why two reports were judged to describe one occurrence."""

    a: str  # report id
    b: str
    dates: str
    km: float | None
    place: str
    actions: tuple[str, str]
    similarity: float
    method: str

    def text(self) -> str:
        action = self.actions[0] if self.actions[0] == self.actions[1] else "~".join(self.actions)
        return (
            f"{self.a[:8]} ~ {self.b[:8]}: {self.dates}; {self.place}; action {action}; "
            f"wording {self.similarity:.2f} ({self.method})"
        )


@dataclass(frozen=True)
class Gate:
    """What the rule found before comparing wording: the similarity still needed."""

    dates: str
    place: PlaceMatch
    needed: float


def explain_link(
    a: Mention, b: Mention, similarity: Similarity, rule: LinkRule | None = None
) -> LinkReason | None:
    """The reason `a` and `b` are one occurrence, or None when the rule does not link them."""
    gate = link_gate(a, b, similarity.method, rule)
    if gate is None:
        return None
    ra, rb = a.report, b.report
    score = similarity.score(ra.text, rb.text)
    if score < gate.needed:
        return None
    return LinkReason(
        ra.id,
        rb.id,
        gate.dates,
        gate.place.km,
        gate.place.why,
        (ra.action, rb.action),
        score,
        similarity.method,
    )


def link_gate(a: Mention, b: Mention, method: str, rule: LinkRule | None = None) -> Gate | None:
    """Rules 1-4, which cost no wording comparison; None when they already forbid the link."""
    rule = rule or link_rule()
    ra, rb = a.report, b.report
    if ra.when is None or rb.when is None:
        return None  # nothing anchors an undated report in time
    dates = date_overlap(ra.when, rb.when, rule)
    if dates is None or not rule.actions_compatible(ra.action, rb.action):
        return None
    if not agents_compatible(ra, rb):
        return None
    place = place_match(ra.where, rb.where, rule)
    if place.verdict == "far":
        return None
    floor = rule.floor(method)
    needed = floor.min if place.verdict == "near" else floor.strong
    same_article = a.article.id == b.article.id
    if place.verdict == "none" and same_article and rule.same_article_is_place_evidence:
        place, needed = PlaceMatch("near", None, "same article"), floor.same_article
    elif same_article and rule.same_article_is_place_evidence:
        # One article telling of a compatible event at the same place and date: a quote
        # ("the first explosion came at noon") need not repeat the lead's words.
        needed = min(needed, floor.same_article)
    return Gate(dates, place, needed)


def date_overlap(a: When, b: When, rule: LinkRule) -> str | None:
    # Only day-precise dates get slack: a coarse range already covers its uncertainty.
    precise = a.precision in ("day", "days") and b.precision in ("day", "days")
    slack = timedelta(days=rule.date_slack_days if precise else 0)
    if a.start > b.end + slack or b.start > a.end + slack:
        return None
    if a.start > b.end or b.start > a.end:
        return f"dates {_span(a)} and {_span(b)} within {slack.days} day"
    return f"dates {_span(a)} and {_span(b)} overlap"


def _span(when: When) -> str:
    if when.start == when.end:
        return when.start.isoformat()
    return f"{when.start.isoformat()}..{when.end.isoformat()} ({when.precision})"


def agents_compatible(a: Report, b: Report) -> bool:
    actor_a = a.agent.actor if a.agent else None
    actor_b = b.agent.actor if b.agent else None
    if not actor_a or not actor_b:
        return True
    return actor_b in with_affiliations(actor_a) or actor_a in with_affiliations(actor_b)


def with_affiliations(actor: str | None) -> set[str]:
    return actors().with_affiliations(actor)


def place_match(a: Sequence[Place], b: Sequence[Place], rule: LinkRule) -> PlaceMatch:
    finest_a, finest_b = finest_located(a, rule), finest_located(b, rule)
    shared = _shared_name(a, b, rule)
    if finest_a and finest_b:
        km, p, q = min(
            ((distance_km(p.lat, p.lon, q.lat, q.lon), p, q) for p in finest_a for q in finest_b),
            key=lambda t: t[0] - _allowed(t[1], t[2], rule),
        )
        allowed = _allowed(p, q, rule)
        if km <= allowed:
            return PlaceMatch(
                "near", km, f"{_name(p)} and {_name(q)} {km:.0f} km apart (allowed {allowed:.0f})"
            )
        if shared is None:
            return PlaceMatch(
                "far", km, f"{_name(p)} and {_name(q)} {km:.0f} km apart (allowed {allowed:.0f})"
            )
    if shared is not None:
        return PlaceMatch("near", None, f"both name {shared}")
    return PlaceMatch("none", None, "no place in common to compare")


def finest_located(places: Sequence[Place], rule: LinkRule) -> list[Place]:
    """The located places at the report's most precise level: a town beats its country."""
    located = [
        p
        for p in places
        if p.lat is not None and p.lon is not None and p.feature not in rule.ignored_features
    ]
    if not located:
        return []
    best = min(_rank(p.feature) for p in located)
    return [p for p in located if _rank(p.feature) == best]


def _rank(feature: str | None) -> int:
    return FEATURE_ORDER.index(feature) if feature in FEATURE_ORDER else FEATURE_ORDER.index("city")


def _allowed(p: Place, q: Place, rule: LinkRule) -> float:
    return max(rule.max_km(p.feature), rule.max_km(q.feature))


def _shared_name(a: Sequence[Place], b: Sequence[Place], rule: LinkRule) -> str | None:
    """A place name both reports use, finer than a country: the same spot named twice."""
    coarse = {"country", "region", *rule.ignored_features}

    def names(places: Sequence[Place]) -> dict[str, str]:
        return {
            name_key(p.name or p.text): p.name or p.text
            for p in places
            if p.feature not in coarse and (p.name or p.text).strip()
        }

    common = names(a).keys() & names(b).keys()
    return names(a)[min(common)] if common else None


def _name(place: Place) -> str:
    return f"{place.name or place.text} ({place.feature or '?'})"
