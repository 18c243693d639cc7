"""The JSON API under /api: read-only routes over the ledger, filtered and paged.

Routes parse parameters, call `query`, and shape records with the exporters' dict
functions, so the page, the CLI and the exports agree on every field.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy import Connection

from claimtrail import __version__
from claimtrail.export.contract import (
    article_dict,
    custody_dict,
    place_dict,
    reading_dict,
    report_dict,
)
from claimtrail.export.tabular import UNCERTAINTY_M, incident_dict, primary_place
from claimtrail.ledger import IncidentNotFound
from claimtrail.link.incidents import Assessment, assess
from claimtrail.link.rule import grade_rule
from claimtrail.model import Incident, Reading
from claimtrail.store.sql import custody_links
from claimtrail.web import query
from claimtrail.web.schemas import (
    ArticlePage,
    DossierOut,
    ErrorOut,
    IncidentPage,
    MetaOut,
    ReadingOut,
    ReportPage,
    SourcePage,
)

# Radius drawn for a located place whose feature has no entry in UNCERTAINTY_M.
DEFAULT_UNCERTAINTY_M = 25_000

router = APIRouter(prefix="/api")
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}}


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]


def _bbox(text: str | None) -> query.BBox | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError as exc:
        raise HTTPException(422, "bbox is west,south,east,north in degrees") from exc
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise HTTPException(422, "bbox is west,south,east,north in degrees, south <= north")
    return query.BBox(west, south, east, north)


def filters(
    date_from: Annotated[
        date | None, Query(alias="from", description="Ranges ending on or after this day.")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="to", description="Ranges starting on or before this day.")
    ] = None,
    bbox: Annotated[
        str | None, Query(description="west,south,east,north; any place inside matches.")
    ] = None,
    action: Annotated[list[str], Query(description="Any of these actions.")] = [],  # noqa: B006
    source_kind: Annotated[
        list[str], Query(description="A source of one of these kinds in a chain.")
    ] = [],  # noqa: B006
    grade: Annotated[list[int], Query(description="Any of these grades (1-6).")] = [],  # noqa: B006
    certainty: Annotated[list[str], Query(description="Reports of one of these certainties.")] = [],  # noqa: B006
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the text, places or sources.")
    ] = None,
) -> query.Filters:
    return query.Filters(
        date_from=date_from,
        date_to=date_to,
        bbox=_bbox(bbox),
        actions=tuple(action),
        source_kinds=tuple(source_kind),
        grades=tuple(grade),
        certainties=tuple(certainty),
        text=q.strip() or None if q else None,
    )


Filtered = Annotated[query.Filters, Depends(filters)]
Offset = Annotated[int, Query(ge=0)]
Limit = Annotated[int, Query(ge=1, le=query.MAX_LIMIT)]


def incident_json(incident: Incident) -> dict[str, Any]:
    """The export's incident dict plus what a map, a timeline and a table row need."""
    place = primary_place(incident)
    lead = incident.reports[0] if incident.reports else None
    kinds = sorted({s.kind for r in incident.reports for s in r.sources})
    uncertainty = UNCERTAINTY_M.get(place.feature or "", DEFAULT_UNCERTAINTY_M) if place else None
    return {
        **incident_dict(incident),
        "place": place_dict(place) if place else None,
        "uncertainty_m": uncertainty,
        "precision": lead.when.precision if lead and lead.when else None,
        "summary": lead.text if lead else None,
        "source_kinds": kinds,
    }


def _page(page: query.Page[Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": page.total, "offset": page.offset, "limit": page.limit, "items": items}


@router.get("/meta", response_model=MetaOut, summary="Counts and the values filters take")
def meta(conn: Conn) -> dict[str, Any]:
    labels = {str(k): v for k, v in sorted(grade_rule().labels.items())}
    return {
        "version": __version__,
        "counts": query.counts(conn),
        "grade_labels": labels,
        **query.facets(conn),
    }


@router.get("/incidents", response_model=IncidentPage, summary="Incidents, filtered and paged")
def incidents(conn: Conn, given: Filtered, offset: Offset = 0, limit: Limit = 100) -> Any:
    page = query.incidents_page(conn, given, offset, limit)
    return _page(page, [incident_json(i) for i in page.items])


@router.get(
    "/incidents/{incident_id}",
    response_model=DossierOut,
    responses=NOT_FOUND,
    summary="The dossier of one incident (a unique id prefix is enough)",
)
def incident(conn: Conn, incident_id: str) -> Any:
    try:
        found = query.incident_dossier(conn, incident_id)
    except IncidentNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return {
        "incident": incident_json(found.incident),
        "readings": with_custody(conn, found.readings),
        "assessment": assessment_json(assess(found.incident, found.readings)),
    }


def assessment_json(found: Assessment) -> dict[str, Any]:
    """The dossier's explanations: links, copies, contradictions and the denials that answer."""
    return {
        "links": [{"a": link.a, "b": link.b, "text": link.text()} for link in found.links],
        "copies": [
            {"article": c.article_id, "outlet": c.outlet, "reason": c.reason} for c in found.copies
        ],
        "contradictions": [
            {"report": c.report.id, "article": c.article.id, "by": c.by, "why": c.why}
            for c in found.contradictions
        ],
        "denials": [
            {"denier": d.denier, "article": d.article.id, "why": d.why, "text": d.denial.text}
            for d in found.denials
        ],
    }


@router.get("/reports", response_model=ReportPage, summary="Reports, filtered and paged")
def reports(
    conn: Conn,
    given: Filtered,
    article: Annotated[str | None, Query(description="Only this article's reports.")] = None,
    offset: Offset = 0,
    limit: Limit = 100,
) -> Any:
    page = query.reports_page(conn, given, offset, limit, article_id=article)
    return _page(page, [{**report_dict(r), "article": aid} for aid, r in page.items])


@router.get(
    "/articles",
    response_model=ArticlePage,
    summary="Articles by publication date; `from`, `to` and `q` filter them",
)
def articles(conn: Conn, given: Filtered, offset: Offset = 0, limit: Limit = 100) -> Any:
    page = query.articles_page(conn, given, offset, limit)
    items = []
    for summary in page.items:
        fields = article_dict(summary.article)
        del fields["text"]
        items.append({**fields, "reports": summary.reports})
    return _page(page, items)


@router.get(
    "/articles/{article_id}",
    response_model=ReadingOut,
    responses=NOT_FOUND,
    summary="One article's text with everything read from it",
)
def article(conn: Conn, article_id: str) -> Any:
    found = query.readings_of(conn, [article_id])
    if not found:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return with_custody(conn, found)[0]


def with_custody(conn: Connection, readings: Sequence[Reading]) -> list[dict[str, Any]]:
    """Each reading's JSON with the custody of its article's raw bytes."""
    links = custody_links(conn, [r.article.id for r in readings])
    out = []
    for reading in readings:
        shown = reading_dict(reading)
        shown["custody"] = [custody_dict(k) for k in links if k.article_id == reading.article.id]
        out.append(shown)
    return out


@router.get(
    "/sources",
    response_model=SourcePage,
    summary="Sources by how many reports cite them; `source_kind` and `q` filter them",
)
def sources(conn: Conn, given: Filtered, offset: Offset = 0, limit: Limit = 100) -> Any:
    page = query.sources_page(conn, given, offset, limit)
    items = [
        {
            "name": s.name,
            "kind": s.kind,
            "text": s.text,
            "reports": s.reports,
            "as_origin": s.as_origin,
        }
        for s in page.items
    ]
    return _page(page, items)
