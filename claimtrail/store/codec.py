"""Model records to table rows and back.

Rows are plain dicts keyed by column name, so the same code serves every SQL dialect.
Dates travel as ISO text, lists of strings as JSON text; an optional nested record
(agent, when, original) is present exactly when its required columns are not NULL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields
from datetime import date
from typing import Any, TypeVar

from claimtrail.model import (
    ActorMention,
    Article,
    AuthorAssertion,
    Denial,
    Hedge,
    Incident,
    Original,
    Place,
    Rejection,
    Report,
    Source,
    When,
)

Row = dict[str, Any]
Flat = TypeVar("Flat", Place, Hedge, AuthorAssertion)


def _flat_row(record: Place | Hedge | AuthorAssertion) -> Row:
    """A record whose fields are plain values stored under their own names."""
    return asdict(record)


def _flat_record(cls: type[Flat], row: Mapping[str, Any]) -> Flat:
    return cls(**{f.name: row[f.name] for f in fields(cls)})


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _strings(value: str) -> tuple[str, ...]:
    return tuple(json.loads(value))


# --- articles ---------------------------------------------------------------------------


def article_row(article: Article, *, pipeline_version: str, ingested_at: str) -> Row:
    original = article.original
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "authors": _json(article.authors),
        "publisher": article.publisher,
        "published": _iso(article.published),
        "has_original": original is not None,
        "original_publisher": original.publisher if original else None,
        "original_published": _iso(original.published) if original else None,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "pipeline_version": pipeline_version,
        "ingested_at": ingested_at,
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    original = None
    if row["has_original"]:
        original = Original(row["original_publisher"], _date(row["original_published"]))
    return Article(
        id=row["id"],
        text=row["text"],
        path=row["path"],
        title=row["title"],
        authors=_strings(row["authors"]),
        publisher=row["publisher"],
        published=_date(row["published"]),
        original=original,
        url=row["url"],
        language=row["language"],
    )


# --- reports and their parts ------------------------------------------------------------


def _actor_columns(prefix: str, mention: ActorMention | None) -> Row:
    if mention is None:
        return {f"{prefix}_{k}": None for k in ("text", "actor", "start", "end")}
    return {
        f"{prefix}_text": mention.text,
        f"{prefix}_actor": mention.actor,
        f"{prefix}_start": mention.start_char,
        f"{prefix}_end": mention.end_char,
    }


def _actor(prefix: str, row: Mapping[str, Any]) -> ActorMention | None:
    if row[f"{prefix}_start"] is None:
        return None
    return ActorMention(
        text=row[f"{prefix}_text"],
        actor=row[f"{prefix}_actor"],
        start_char=row[f"{prefix}_start"],
        end_char=row[f"{prefix}_end"],
    )


def _when_columns(when: When | None) -> Row:
    keys = ("text", "start_char", "end_char", "start", "end", "precision", "role")
    if when is None:
        return {f"when_{k}": None for k in keys}
    return {
        "when_text": when.text,
        "when_start_char": when.start_char,
        "when_end_char": when.end_char,
        "when_start": _iso(when.start),
        "when_end": _iso(when.end),
        "when_precision": when.precision,
        "when_role": when.role,
    }


def _when(row: Mapping[str, Any]) -> When | None:
    if row["when_start"] is None:
        return None
    return When(
        text=row["when_text"],
        start_char=row["when_start_char"],
        end_char=row["when_end_char"],
        start=date.fromisoformat(row["when_start"]),
        end=date.fromisoformat(row["when_end"]),
        precision=row["when_precision"],
        role=row["when_role"],
    )


def report_row(article_id: str, position: int, report: Report) -> Row:
    return {
        "article_id": article_id,
        "id": report.id,
        "position": position,
        "start": report.start,
        "end": report.end,
        "text": report.text,
        "action": report.action,
        **_actor_columns("agent", report.agent),
        **_actor_columns("patient", report.patient),
        **_when_columns(report.when),
        "certainty": report.certainty,
    }


def report_from_row(
    row: Mapping[str, Any],
    *,
    sources: Sequence[Source] = (),
    places: Sequence[Place] = (),
    hedges: Sequence[Hedge] = (),
) -> Report:
    return Report(
        id=row["id"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        action=row["action"],
        agent=_actor("agent", row),
        patient=_actor("patient", row),
        when=_when(row),
        where=tuple(places),
        sources=tuple(sources),
        hedges=tuple(hedges),
        certainty=row["certainty"],
    )


def source_rows(article_id: str, report: Report) -> list[Row]:
    return [
        {
            "article_id": article_id,
            "report_id": report.id,
            "position": i,
            "text": s.text,
            "name": s.name,
            "kind": s.kind,
            "start_char": s.start_char,
            "end_char": s.end_char,
            "affiliation": s.affiliation,
        }
        for i, s in enumerate(report.sources)
    ]


def source_from_row(row: Mapping[str, Any]) -> Source:
    return Source(
        text=row["text"],
        name=row["name"],
        kind=row["kind"],
        start_char=row["start_char"],
        end_char=row["end_char"],
        affiliation=row.get("affiliation"),
    )


def place_columns(place: Place) -> Row:
    return _flat_row(place)


def place_from_row(row: Mapping[str, Any]) -> Place:
    return _flat_record(Place, row)


def place_rows(article_id: str, report: Report) -> list[Row]:
    return [
        {"article_id": article_id, "report_id": report.id, "position": i, **place_columns(p)}
        for i, p in enumerate(report.where)
    ]


def hedge_rows(article_id: str, report: Report) -> list[Row]:
    return [
        {
            "article_id": article_id,
            "report_id": report.id,
            "position": i,
            **_flat_row(h),
        }
        for i, h in enumerate(report.hedges)
    ]


def hedge_from_row(row: Mapping[str, Any]) -> Hedge:
    return _flat_record(Hedge, row)


# --- denials, rejections, incidents -----------------------------------------------------


def denial_row(article_id: str, position: int, denial: Denial) -> Row:
    source = denial.source
    return {
        "article_id": article_id,
        "position": position,
        "start": denial.start,
        "end": denial.end,
        "text": denial.text,
        "source_text": source.text,
        "source_name": source.name,
        "source_kind": source.kind,
        "source_start_char": source.start_char,
        "source_end_char": source.end_char,
        "target": denial.target,
    }


def denial_from_row(row: Mapping[str, Any]) -> Denial:
    source = Source(
        text=row["source_text"],
        name=row["source_name"],
        kind=row["source_kind"],
        start_char=row["source_start_char"],
        end_char=row["source_end_char"],
    )
    return Denial(
        start=row["start"], end=row["end"], text=row["text"], source=source, target=row["target"]
    )


def assertion_row(article_id: str, position: int, assertion: AuthorAssertion) -> Row:
    return {"article_id": article_id, "position": position, **_flat_row(assertion)}


def assertion_from_row(row: Mapping[str, Any]) -> AuthorAssertion:
    return _flat_record(AuthorAssertion, row)


def rejection_row(rejection: Rejection, *, at: str) -> Row:
    return {"path": rejection.path, "reason": rejection.reason, "at": at}


def rejection_from_row(row: Mapping[str, Any]) -> Rejection:
    return Rejection(path=row["path"], reason=row["reason"])


def incident_row(position: int, incident: Incident) -> Row:
    return {
        "id": incident.id,
        "position": position,
        "action": incident.action,
        "start": _iso(incident.start),
        "end": _iso(incident.end),
        "origins": _json(incident.origins),
        "independent_origins": incident.independent_origins,
        "denied_by": _json(incident.denied_by),
        "grade": incident.grade,
        "grade_reason": incident.grade_reason,
    }


def incident_place_rows(incident: Incident) -> list[Row]:
    return [
        {"incident_id": incident.id, "position": i, **place_columns(p)}
        for i, p in enumerate(incident.places)
    ]


def incident_report_rows(incident: Incident) -> list[Row]:
    return [
        {"incident_id": incident.id, "position": i, "report_id": rid, "article_id": aid}
        for i, (rid, aid) in enumerate(incident.report_ids)
    ]


def incident_from_row(
    row: Mapping[str, Any],
    *,
    places: Sequence[Place] = (),
    report_ids: Sequence[tuple[str, str]] = (),
) -> Incident:
    return Incident(
        id=row["id"],
        action=row["action"],
        start=_date(row["start"]),
        end=_date(row["end"]),
        places=tuple(places),
        report_ids=tuple(report_ids),
        origins=_strings(row["origins"]),
        independent_origins=row["independent_origins"],
        denied_by=_strings(row["denied_by"]),
        grade=row["grade"],
        grade_reason=row["grade_reason"],
    )
