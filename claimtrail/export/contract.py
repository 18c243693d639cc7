"""The JSON contract of `claimtrail extract --format json`: plain dicts from the model."""

from __future__ import annotations

from datetime import date
from typing import Any

from claimtrail.ingest.custody import CustodyLink
from claimtrail.model import (
    ActorMention,
    Article,
    AuthorAssertion,
    Denial,
    Place,
    Reading,
    Report,
    Source,
    When,
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def article_dict(article: Article) -> dict[str, Any]:
    original = article.original
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "published": _iso(article.published),
        "original": (
            {"publisher": original.publisher, "published": _iso(original.published)}
            if original
            else None
        ),
        "url": article.url,
        "language": article.language,
        "text": article.text,
    }


def actor_dict(mention: ActorMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    return {
        "text": mention.text,
        "actor": mention.actor,
        "start": mention.start_char,
        "end": mention.end_char,
    }


def when_dict(when: When | None) -> dict[str, Any] | None:
    if when is None:
        return None
    return {
        "text": when.text,
        "start": _iso(when.start),
        "end": _iso(when.end),
        "precision": when.precision,
        "role": when.role,
        "text_start": when.start_char,
        "text_end": when.end_char,
    }


def place_dict(place: Place) -> dict[str, Any]:
    return {
        "text": place.text,
        "name": place.name,
        "feature": place.feature,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "resolution": place.resolution,
        "reason": place.reason,
        "start": place.start_char,
        "end": place.end_char,
    }


def source_dict(source: Source) -> dict[str, Any]:
    has_span = source.start_char >= 0
    return {
        "text": source.text,
        "name": source.name,
        "kind": source.kind,
        "start": source.start_char if has_span else None,
        "end": source.end_char if has_span else None,
        "affiliation": source.affiliation,
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "start": report.start,
        "end": report.end,
        "text": report.text,
        "action": report.action,
        "agent": actor_dict(report.agent),
        "patient": actor_dict(report.patient),
        "when": when_dict(report.when),
        "where": [place_dict(p) for p in report.where],
        "sources": [source_dict(s) for s in report.sources],
        "hedges": [h.text for h in report.hedges],
        "hedge_spans": [
            {"text": h.text, "start": h.start_char, "end": h.end_char} for h in report.hedges
        ],
        "certainty": report.certainty,
    }


def denial_dict(denial: Denial) -> dict[str, Any]:
    return {
        "start": denial.start,
        "end": denial.end,
        "text": denial.text,
        "source": source_dict(denial.source),
        "target": denial.target,
    }


def assertion_dict(assertion: AuthorAssertion) -> dict[str, Any]:
    """The author's own judgement: `text`, `cue` and `target` are slices of the article."""
    target = None
    if assertion.target is not None:
        target = {
            "text": assertion.target,
            "start": assertion.target_start,
            "end": assertion.target_end,
        }
    return {
        "start": assertion.start,
        "end": assertion.end,
        "text": assertion.text,
        "label": assertion.label,
        "cue": {"text": assertion.cue, "start": assertion.cue_start, "end": assertion.cue_end},
        "target": target,
    }


def reading_dict(reading: Reading) -> dict[str, Any]:
    return {
        "article": article_dict(reading.article),
        "reports": [report_dict(r) for r in reading.reports],
        "denials": [denial_dict(d) for d in reading.denials],
        "assertions": [assertion_dict(a) for a in reading.assertions],
    }


def custody_dict(link: CustodyLink) -> dict[str, Any]:
    """Where an article's raw bytes came from, as captured (the bytes themselves stay stored)."""
    capture = link.capture
    return {
        "path": link.path,
        "sha256": capture.sha256,
        "size": capture.size,
        "origin": capture.origin,
        "captured_at": capture.captured_at,
        "reader_version": capture.reader_version,
        "final_url": capture.final_url,
        "status": capture.status,
    }
