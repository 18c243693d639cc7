"""Incidents as a STIX 2.1 bundle, for threat-intelligence tools.

Per incident: an `incident` object; a `location` for each located place; an `identity` for
each outlet whose articles report it; a `report` tying them together, with the articles as
external references carrying the SHA-256 of their text; a `note` with the grade in plain words
and each report's evidence quote and chain; an `opinion` stating the credibility grade on the
Admiralty scale's terms. Object ids are derived from the incident and article ids, so the same
ledger exports the same ids.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import stix2

from claimtrail.export.tables import chain_text
from claimtrail.link.independence import reliability
from claimtrail.model import Article, Incident, Place
from claimtrail.store import open_store

NAMESPACE = uuid.UUID("6f1e3a52-5b0e-4c55-9a4e-3d1c0de0a7e1")
# Grade 1 (confirmed) .. 6 (cannot be judged) in STIX opinion words.
OPINION = {
    1: "strongly-agree",
    2: "agree",
    3: "neutral",
    4: "disagree",
    5: "strongly-disagree",
    6: "neutral",
}


def _id(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, '|'.join(parts))}"


def article_sha256(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def stix_bundle(
    incidents: Sequence[Incident],
    articles: Mapping[str, Article],
    created: datetime | None = None,
) -> stix2.Bundle:
    stamp = created or datetime.now(UTC)
    objects: dict[str, object] = {}
    for incident in incidents:
        for obj in _incident_objects(incident, articles, stamp):
            objects.setdefault(obj.id, obj)
    return stix2.Bundle(objects=list(objects.values()), allow_custom=False)


def stix_json(incidents: Sequence[Incident], articles: Mapping[str, Article]) -> str:
    return stix_bundle(incidents, articles).serialize(pretty=True) + "\n"


def _incident_objects(
    incident: Incident, articles: Mapping[str, Article], stamp: datetime
) -> list[object]:
    common = {"created": stamp, "modified": stamp}
    event = stix2.Incident(
        id=_id("incident", incident.id),
        name=_title(incident),
        description=incident.grade_reason,
        **common,
    )
    locations = [_location(place, common) for place in _located(incident.places)]
    cited = [articles[a] for a in dict.fromkeys(a for _, a in incident.report_ids) if a in articles]
    outlets = [_identity(name, common) for name in dict.fromkeys(_outlet(a) for a in cited)]
    report = stix2.Report(
        id=_id("report", incident.id),
        name=_title(incident),
        description=_summary(incident),
        published=stamp,
        report_types=["incident"],
        object_refs=[event.id, *(x.id for x in locations), *(x.id for x in outlets)],
        external_references=[_reference(a) for a in cited],
        labels=[incident.action, f"grade-{incident.grade}"],
        **common,
    )
    note = stix2.Note(
        id=_id("note", incident.id),
        abstract=f"grade {incident.grade}: how well the incident is sourced",
        content=_evidence(incident, articles),
        object_refs=[report.id, event.id],
        **common,
    )
    opinion = stix2.Opinion(
        id=_id("opinion", incident.id),
        opinion=OPINION.get(incident.grade, "neutral"),
        explanation=incident.grade_reason,
        object_refs=[event.id],
        **common,
    )
    return [event, *locations, *outlets, report, note, opinion]


def stored_articles(db_url: str) -> dict[str, Article]:
    """The ledger's articles by id: the bundle cites each with the hash of its text."""
    store = open_store(db_url)
    try:
        return {r.article.id: r.article for r in store.readings()}
    finally:
        store.close()


def _title(incident: Incident) -> str:
    place = next((p.name or p.text for p in _located(incident.places)), None)
    when = incident.start.isoformat() if incident.start else "undated"
    return f"{incident.action} {('at ' + place) if place else ''} {when}".replace("  ", " ")


def _summary(incident: Incident) -> str:
    origins = "; ".join(f"{o} (reliability {reliability(o)})" for o in incident.origins)
    denied = f" Denied by: {', '.join(incident.denied_by)}." if incident.denied_by else ""
    return (
        f"{len(incident.report_ids)} report(s); origins: {origins or 'none'}; "
        f"{incident.independent_origins} independent.{denied}"
    )


def _evidence(incident: Incident, articles: Mapping[str, Article]) -> str:
    lines = [incident.grade_reason]
    reports = {r.id: r for r in incident.reports}
    for report_id, article_id in incident.report_ids:
        report, article = reports.get(report_id), articles.get(article_id)
        if report is None:
            continue
        outlet = _outlet(article) if article else article_id
        lines.append(
            f"[{outlet}] {chain_text(report.sources) or 'unattributed'} "
            f"({report.certainty}): \u201c{report.text}\u201d"
        )
    return "\n".join(lines)


def _located(places: Sequence[Place]) -> list[Place]:
    return [
        p
        for p in places
        if p.lat is not None
        and p.lon is not None
        and -90 <= p.lat <= 90
        and -180 <= p.lon <= 180
        and p.feature not in ("continent",)
    ]


def _location(place: Place, common: dict) -> stix2.Location:
    name = place.name or place.text
    extra = {"country": place.country} if place.country else {}
    return stix2.Location(
        id=_id("location", name, f"{place.lat:.5f}", f"{place.lon:.5f}"),
        name=name,
        latitude=place.lat,
        longitude=place.lon,
        **extra,
        **common,
    )


def _outlet(article: Article) -> str:
    return article.publisher or article.path or article.id


def _identity(name: str, common: dict) -> stix2.Identity:
    return stix2.Identity(
        id=_id("identity", name.lower()),
        name=name,
        identity_class="organization",
        sectors=["communications"],
        **common,
    )


def _reference(article: Article) -> stix2.ExternalReference:
    original = article.original.publisher if article.original else None
    description = f"{article.title or 'untitled'} ({_outlet(article)}"
    description += f", {article.published}" if article.published else ""
    description += f"; original: {original})" if original else ")"
    fields = {"url": article.url} if article.url else {}
    return stix2.ExternalReference(
        source_name=_outlet(article),
        description=description,
        external_id=article.id,
        hashes={"SHA-256": article_sha256(article)},
        **fields,
    )
