"""Filtered, paged reads of the ledger for the web API, in SQLAlchemy Core.

`Store.incidents()` and `Store.readings()` load the whole ledger into memory, which is
right for the linker but far too slow for a page that asks for twenty rows of a hundred
thousand. These queries filter and page in the database instead, over the store's own
tables, and turn rows into model records with the store's own codec, so the web layer
sees exactly the records the CLI sees. Nothing here writes: the engine is opened
read-only where the backend allows it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Engine,
    FromClause,
    Select,
    Subquery,
    and_,
    case,
    create_engine,
    exists,
    func,
    make_url,
    or_,
    select,
    union_all,
)
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from claimtrail.errors import StoreError
from claimtrail.ledger import Dossier, IncidentNotFound
from claimtrail.model import Article, Incident, Reading, Report
from claimtrail.store import codec, schema

MAX_LIMIT = 1000
T = TypeVar("T")


@dataclass(frozen=True)
class BBox:
    """West, south, east, north in degrees; west > east crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class Filters:
    """What the page can ask for; every field left empty matches everything."""

    date_from: date | None = None
    date_to: date | None = None
    bbox: BBox | None = None
    actions: tuple[str, ...] = ()
    source_kinds: tuple[str, ...] = ()
    grades: tuple[int, ...] = ()
    certainties: tuple[str, ...] = ()
    text: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    total: int
    offset: int
    limit: int
    items: tuple[T, ...]


@dataclass(frozen=True)
class ArticleSummary:
    article: Article
    reports: int


@dataclass(frozen=True)
class SourceSummary:
    name: str | None
    kind: str
    text: str  # one mention, so an unnamed source still has words to show
    reports: int
    as_origin: int  # reports whose chain ends at this source


# --- engine -----------------------------------------------------------------------------


def read_only_engine(url: str) -> Engine:
    """An engine that cannot write, over a database that already holds a current ledger."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"invalid database URL {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_read_only(parsed.database)
    elif backend == "postgresql":
        # No JIT: compiling costs tens of milliseconds a statement, more than these short,
        # paged queries take to run; the planner turns it on for any costly-looking plan.
        options = {"options": "-c default_transaction_read_only=on -c jit=off"}
        engine = create_engine(parsed, connect_args=options)
    else:
        raise StoreError(f"unsupported database URL scheme {parsed.drivername!r}")
    _check_schema(engine, parsed.render_as_string(hide_password=True))
    return engine


def _sqlite_read_only(path: str | None) -> Engine:
    if not path or path == ":memory:":
        raise StoreError("an in-memory database has no ledger to serve; give a file URL")

    def connect() -> sqlite3.Connection:
        # mode=ro: SQLite itself refuses writes, and a missing file is an error, not created.
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    return create_engine("sqlite://", creator=connect)


def _check_schema(engine: Engine, shown_url: str) -> None:
    try:
        with engine.connect() as conn:
            version = schema.current_version(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StoreError(f"cannot open database {shown_url}: {reason}") from exc
    if version != schema.LATEST_VERSION:
        engine.dispose()
        problem = "holds no claimtrail ledger" if version is None else f"is at schema {version}"
        raise StoreError(
            f"database {shown_url} {problem}; run 'claimtrail ingest' on it first "
            f"(the page reads schema {schema.LATEST_VERSION} and never writes)"
        )


# --- incidents --------------------------------------------------------------------------


def incidents_page(conn: Connection, filters: Filters, offset: int, limit: int) -> Page[Incident]:
    """Incidents matching `filters`, by date (undated last), with places and reports."""
    matching = _matching_incidents(filters)
    total = conn.execute(select(func.count()).select_from(matching)).scalar_one()
    order = (matching.c.start.is_(None), matching.c.start, matching.c.end, matching.c.position)
    query = select(matching).order_by(*order).offset(offset).limit(_clamp(limit))
    rows = list(conn.execute(query).mappings())
    return Page(total, offset, _clamp(limit), tuple(_incidents_from_rows(conn, rows)))


def _matching_incidents(filters: Filters) -> Subquery:
    """The incident rows that pass every filter, the word search last."""
    t = schema.incidents
    where = _incident_conditions(filters)
    if not filters.text:
        return select(t).where(*where).subquery("matching")
    # The words are looked for among the incidents the other filters leave. Left to itself,
    # PostgreSQL may search every report of the ledger before it looks at dates or the box.
    narrowed = select(t).where(*where).cte("candidates") if where else t
    found = narrowed.c.id.in_(_ids_with_text(narrowed, filters.text))
    return select(narrowed).where(found).subquery("matching")


def find_incident(conn: Connection, id_prefix: str) -> Incident:
    """The one incident whose id starts with `id_prefix`, as `claimtrail show` accepts."""
    t = schema.incidents
    pattern = _escape_like(id_prefix) + "%"
    query = select(t).where(t.c.id.like(pattern, escape="\\")).limit(2)
    rows = list(conn.execute(query).mappings())
    if len(rows) != 1:
        problem = "no incident" if not rows else "more than one incident"
        raise IncidentNotFound(f"{problem} with id {id_prefix!r}")
    return _incidents_from_rows(conn, rows)[0]


def incident_dossier(conn: Connection, id_prefix: str) -> Dossier:
    incident = find_incident(conn, id_prefix)
    article_ids = list(dict.fromkeys(aid for _, aid in incident.report_ids))
    return Dossier(incident, tuple(readings_of(conn, article_ids)))


def _incident_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    """Every filter on incidents but the word search."""
    t, links = schema.incidents, schema.incident_reports
    where = _range_overlap(t.c.start, t.c.end, filters)
    if filters.actions:
        where.append(t.c.action.in_(filters.actions))
    if filters.grades:
        where.append(t.c.grade.in_(filters.grades))
    if filters.bbox:
        places = schema.incident_places
        inside = _inside(places.c.lat, places.c.lon, filters.bbox)
        where.append(exists().where(places.c.incident_id == t.c.id, inside))
    report_where = _report_conditions(filters, dates=False)
    if report_where:
        r = schema.reports
        where.append(
            exists()
            .where(links.c.incident_id == t.c.id)
            .where(r.c.article_id == links.c.article_id, r.c.id == links.c.report_id)
            .where(*report_where)
        )
    return where


def _ids_with_text(incidents: FromClause, text: str) -> CompoundSelect:
    """Ids of `incidents` with the words in their own fields, places or reports' text.

    One select a table, so each can use that table's text index (PostgreSQL's trigrams).
    """
    c, places, links, r = (
        incidents.c,
        schema.incident_places,
        schema.incident_reports,
        schema.reports,
    )
    pattern = "%" + _escape_like(text) + "%"

    def like(col: Any) -> ColumnElement[bool]:
        return col.ilike(pattern, escape="\\")

    own = select(c.id).where(or_(like(c.action), like(c.origins), like(c.denied_by)))
    in_place = select(places.c.incident_id).where(or_(like(places.c.name), like(places.c.text)))
    in_report = (
        select(links.c.incident_id)
        .join(r, and_(r.c.article_id == links.c.article_id, r.c.id == links.c.report_id))
        .where(like(r.c.text))
    )
    if incidents is not schema.incidents:  # only the candidates the other filters left
        in_place = in_place.join(incidents, c.id == places.c.incident_id)
        in_report = in_report.join(incidents, c.id == links.c.incident_id)
    return union_all(*(s.correlate(None) for s in (own, in_place, in_report)))


def _incidents_from_rows(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> list[Incident]:
    """Model incidents with their places, links and reports, three queries for the lot."""
    ids = [row["id"] for row in rows]
    if not ids:
        return []
    places = _grouped(
        conn,
        schema.incident_places,
        "incident_id",
        where=schema.incident_places.c.incident_id.in_(ids),
    )
    links = schema.incident_reports
    link_rows = conn.execute(
        select(links).where(links.c.incident_id.in_(ids)).order_by(links.c.position)
    ).mappings()
    report_ids: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for link in link_rows:
        report_ids[link["incident_id"]].append((link["report_id"], link["article_id"]))
    keys = select(links.c.article_id, links.c.report_id.label("id")).where(
        links.c.incident_id.in_(ids)
    )
    reports = _reports_of(conn, keys.distinct().subquery())
    by_key = {(report.id, article_id): report for article_id, report in reports}
    result = []
    for row in rows:
        keys = report_ids.get(row["id"], [])
        incident = codec.incident_from_row(
            row,
            places=[codec.place_from_row(p) for p in places.get(row["id"], [])],
            report_ids=keys,
        )
        attached = tuple(by_key[key] for key in keys if key in by_key)
        result.append(replace(incident, reports=attached))
    return result


# --- reports ----------------------------------------------------------------------------


def reports_page(
    conn: Connection, filters: Filters, offset: int, limit: int, article_id: str | None = None
) -> Page[tuple[str, Report]]:
    """Reports as (article id, report), by date (undated last) then article and position."""
    r = schema.reports
    where = _report_conditions(filters, dates=True)
    if article_id:
        where.append(r.c.article_id == article_id)
    if filters.grades:
        links, t = schema.incident_reports, schema.incidents
        where.append(
            exists().where(
                links.c.article_id == r.c.article_id,
                links.c.report_id == r.c.id,
                links.c.incident_id == t.c.id,
                t.c.grade.in_(filters.grades),
            )
        )
    total = conn.execute(select(func.count()).select_from(r).where(*where)).scalar_one()
    keys = (
        select(r.c.article_id, r.c.id)
        .where(*where)
        .order_by(r.c.when_start.is_(None), r.c.when_start, r.c.article_id, r.c.position)
        .offset(offset)
        .limit(_clamp(limit))
    )
    wanted = [tuple(row) for row in conn.execute(keys)]
    found = _reports_of(conn, keys.subquery()) if wanted else []
    by_key = {(aid, report.id): (aid, report) for aid, report in found}
    return Page(total, offset, _clamp(limit), tuple(by_key[k] for k in wanted if k in by_key))


def _report_conditions(filters: Filters, *, dates: bool) -> list[ColumnElement[bool]]:
    r = schema.reports
    where = _range_overlap(r.c.when_start, r.c.when_end, filters) if dates else []
    if dates and filters.actions:
        where.append(r.c.action.in_(filters.actions))
    if filters.certainties:
        where.append(r.c.certainty.in_(filters.certainties))
    if filters.source_kinds:
        s = schema.report_sources
        where.append(
            exists().where(
                s.c.article_id == r.c.article_id,
                s.c.report_id == r.c.id,
                s.c.kind.in_(filters.source_kinds),
            )
        )
    if dates and filters.bbox:
        p = schema.report_places
        where.append(
            exists().where(
                p.c.article_id == r.c.article_id,
                p.c.report_id == r.c.id,
                _inside(p.c.lat, p.c.lon, filters.bbox),
            )
        )
    if dates and filters.text:
        where.append(r.c.text.ilike("%" + _escape_like(filters.text) + "%", escape="\\"))
    return where


def _reports_of(conn: Connection, keys: Subquery) -> list[tuple[str, Report]]:
    """The reports whose (article_id, id) `keys` selects, with their parts, in text order.

    Joining on the key query (not a list of literal pairs) keeps statements small and
    portable whatever the page size.
    """
    r = schema.reports
    rows = list(
        conn.execute(
            select(r)
            .join(keys, and_(r.c.article_id == keys.c.article_id, r.c.id == keys.c.id))
            .order_by(r.c.article_id, r.c.start, r.c.position)
        ).mappings()
    )
    if not rows:
        return []
    parts = {
        table.name: _grouped(
            conn,
            table,
            "article_id",
            "report_id",
            join=(
                keys,
                and_(table.c.article_id == keys.c.article_id, table.c.report_id == keys.c.id),
            ),
        )
        for table in (schema.report_sources, schema.report_places, schema.report_hedges)
    }
    result = []
    for row in rows:
        key = (row["article_id"], row["id"])
        report = codec.report_from_row(
            row,
            sources=[codec.source_from_row(x) for x in parts["report_sources"].get(key, [])],
            places=[codec.place_from_row(x) for x in parts["report_places"].get(key, [])],
            hedges=[codec.hedge_from_row(x) for x in parts["report_hedges"].get(key, [])],
        )
        result.append((row["article_id"], report))
    return result


# --- articles and sources ---------------------------------------------------------------


def articles_page(
    conn: Connection, filters: Filters, offset: int, limit: int
) -> Page[ArticleSummary]:
    """Articles by publication date (undated last); dates and text filter them."""
    a, r = schema.articles, schema.reports
    where: list[ColumnElement[bool]] = []
    if filters.date_from:
        where.append(a.c.published >= filters.date_from.isoformat())
    if filters.date_to:
        where.append(a.c.published <= filters.date_to.isoformat())
    if filters.text:
        pattern = "%" + _escape_like(filters.text) + "%"
        where.append(
            or_(
                a.c.title.ilike(pattern, escape="\\"),
                a.c.publisher.ilike(pattern, escape="\\"),
                a.c.text.ilike(pattern, escape="\\"),
            )
        )
    total = conn.execute(select(func.count()).select_from(a).where(*where)).scalar_one()
    count = select(func.count()).where(r.c.article_id == a.c.id).scalar_subquery()
    query = (
        select(a, count.label("report_count"))
        .where(*where)
        .order_by(a.c.published.is_(None), a.c.published, a.c.id)
        .offset(offset)
        .limit(_clamp(limit))
    )
    items = tuple(
        ArticleSummary(codec.article_from_row(row), row["report_count"])
        for row in conn.execute(query).mappings()
    )
    return Page(total, offset, _clamp(limit), items)


def readings_of(conn: Connection, article_ids: Sequence[str]) -> list[Reading]:
    """The stored readings of these articles, in the order given; unknown ids are skipped."""
    if not article_ids:
        return []
    a, d = schema.articles, schema.denials
    articles = {
        row["id"]: codec.article_from_row(row)
        for row in conn.execute(select(a).where(a.c.id.in_(article_ids))).mappings()
    }
    reports: dict[str, list[Report]] = defaultdict(list)
    r = schema.reports
    keys = select(r.c.article_id, r.c.id).where(r.c.article_id.in_(article_ids)).subquery()
    for article_id, report in _reports_of(conn, keys):
        reports[article_id].append(report)
    denials = _grouped(
        conn, d, "article_id", where=d.c.article_id.in_(article_ids), order=("start", "position")
    )
    judged = schema.author_assertions
    assertions = _grouped(conn, judged, "article_id", where=judged.c.article_id.in_(article_ids))
    return [
        Reading(
            article=articles[aid],
            reports=tuple(reports.get(aid, ())),
            denials=tuple(codec.denial_from_row(row) for row in denials.get(aid, [])),
            assertions=tuple(codec.assertion_from_row(row) for row in assertions.get(aid, [])),
        )
        for aid in article_ids
        if aid in articles
    ]


def sources_page(
    conn: Connection, filters: Filters, offset: int, limit: int
) -> Page[SourceSummary]:
    """Distinct sources (name and kind; unnamed ones by kind), most cited first."""
    s = schema.report_sources
    last = (
        select(s.c.article_id, s.c.report_id, func.max(s.c.position).label("position"))
        .group_by(s.c.article_id, s.c.report_id)
        .subquery()
    )
    is_origin = and_(
        last.c.article_id == s.c.article_id,
        last.c.report_id == s.c.report_id,
        last.c.position == s.c.position,
    )
    origin = exists().where(is_origin)
    where: list[ColumnElement[bool]] = []
    if filters.source_kinds:
        where.append(s.c.kind.in_(filters.source_kinds))
    if filters.text:
        pattern = "%" + _escape_like(filters.text) + "%"
        where.append(
            or_(s.c.name.ilike(pattern, escape="\\"), s.c.text.ilike(pattern, escape="\\"))
        )
    reports = func.count(func.distinct(s.c.article_id + "/" + s.c.report_id))
    grouped: Select[Any] = (
        select(
            s.c.name,
            s.c.kind,
            func.min(s.c.text).label("text"),
            reports.label("reports"),
            func.sum(_as_int(origin)).label("as_origin"),
        )
        .where(*where)
        .group_by(s.c.name, s.c.kind)
    )
    total = conn.execute(select(func.count()).select_from(grouped.subquery())).scalar_one()
    query = grouped.order_by(reports.desc(), s.c.kind, s.c.name).offset(offset).limit(_clamp(limit))
    items = tuple(
        SourceSummary(row.name, row.kind, row.text, row.reports, int(row.as_origin or 0))
        for row in conn.execute(query)
    )
    return Page(total, offset, _clamp(limit), items)


def facets(conn: Connection) -> dict[str, Any]:
    """The values the filters can take and the date extent of the ledger."""
    t, s = schema.incidents, schema.report_sources
    actions = [row[0] for row in conn.execute(select(t.c.action).distinct().order_by(t.c.action))]
    kinds = [row[0] for row in conn.execute(select(s.c.kind).distinct().order_by(s.c.kind))]
    grades = [row[0] for row in conn.execute(select(t.c.grade).distinct().order_by(t.c.grade))]
    first, last = conn.execute(select(func.min(t.c.start), func.max(t.c.end))).one()
    return {
        "actions": actions,
        "source_kinds": kinds,
        "grades": grades,
        "start": date.fromisoformat(first) if first else None,
        "end": date.fromisoformat(last) if last else None,
    }


def counts(conn: Connection) -> dict[str, int]:
    """The same counts as `claimtrail stats`."""
    tables = {
        "articles": schema.articles,
        "reports": schema.reports,
        "incidents": schema.incidents,
        "rejected": schema.rejections,
    }
    return {
        name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in tables.items()
    }


# --- helpers ----------------------------------------------------------------------------


def _clamp(limit: int) -> int:
    return max(0, min(limit, MAX_LIMIT))


def _range_overlap(start: Any, end: Any, filters: Filters) -> list[ColumnElement[bool]]:
    """A dated range overlaps [from, to]; ISO text compares as dates do. Undated never does."""
    where: list[ColumnElement[bool]] = []
    if filters.date_from:
        where.append(end >= filters.date_from.isoformat())
    if filters.date_to:
        where.append(start <= filters.date_to.isoformat())
    return where


def _inside(lat: Any, lon: Any, box: BBox) -> ColumnElement[bool]:
    in_lat = lat.between(box.south, box.north)
    if box.west <= box.east:
        return and_(in_lat, lon.between(box.west, box.east))
    return and_(in_lat, or_(lon >= box.west, lon <= box.east))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _as_int(condition: ColumnElement[bool]) -> Any:
    return case((condition, 1), else_=0)


def _grouped(
    conn: Connection,
    table: Any,
    *keys: str,
    where: ColumnElement[bool] | None = None,
    join: tuple[Any, ColumnElement[bool]] | None = None,
    order: tuple[str, ...] = ("position",),
) -> dict[Any, list[Mapping[str, Any]]]:
    """Rows of `table` (matching `where`, joined to `join`) grouped by `keys`.

    One key groups by its value, several by a tuple of them.
    """
    query = select(table)
    if join is not None:
        query = query.join(*join)
    if where is not None:
        query = query.where(where)
    query = query.order_by(*(table.c[k] for k in (*keys, *order)))
    grouped: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        key = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
        grouped[key].append(row)
    return grouped
