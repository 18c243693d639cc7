"""The Store on SQLAlchemy Core: SQLite today, PostgreSQL with the same statements.

Dialect-specific code is confined to two guarded helpers. `_tune_sqlite` switches foreign
keys on per connection and issues explicit BEGINs, so a read-then-write transaction is
really one transaction; write transactions take the lock up front (BEGIN IMMEDIATE), so
two ingesting processes wait for each other instead of failing with "database is locked".
`_lock_schema` serialises schema creation between PostgreSQL clients.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Table,
    create_engine,
    delete,
    event,
    func,
    make_url,
    select,
)
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    SQLAlchemyError,
)
from sqlalchemy.pool import StaticPool

from claimtrail.errors import StoreError
from claimtrail.ingest.custody import Capture, CustodyLink
from claimtrail.model import Incident, Reading, Rejection, Report
from claimtrail.store import codec, schema
from claimtrail.store.base import Store

_WRITE = "claimtrail_write"
_BACKENDS = ("sqlite", "postgresql")
_SCHEMA_LOCK = 0x636C_6169_6D74  # any constant shared by every claimtrail process
_LINK_LOCK = _SCHEMA_LOCK + 1  # held while one process links and saves incidents
_SQLITE_BUSY_MS = 600_000
T = TypeVar("T")


def open_store(url: str) -> Store:
    """Open (creating or migrating as needed) the ledger at a SQLAlchemy database URL.

    `sqlite:///path.db` is a file, `sqlite://` a private in-memory database, and
    `postgresql://user@host/db` a PostgreSQL database (its driver must be installed).
    """
    engine = _engine(url)
    store = SqlStore(engine)
    try:
        with store._guard(f"cannot open database {_safe(engine.url)}"), store._write() as conn:
            _lock_schema(conn)
            schema.migrate(conn)
    except StoreError:
        engine.dispose()
        raise
    return store


class SqlStore:
    """A `Store` over any SQLAlchemy engine whose schema is at `schema.LATEST_VERSION`."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._writer = engine.execution_options(**{_WRITE: True})
        self._closed = False

    # --- writes -------------------------------------------------------------------------

    def save_reading(self, reading: Reading, *, pipeline_version: str) -> bool:
        article_id = reading.article.id
        try:
            with self._guard(f"cannot store article {article_id}"), self._write() as conn:
                stored = _stored_version(conn, article_id)
                if stored is not None and not _older(stored, pipeline_version):
                    return False
                if stored is not None:
                    # Cascades to its reports, their parts, denials, assertions and incident links.
                    conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
                _insert_reading(conn, reading, pipeline_version)
            return True
        except StoreError as exc:
            # A concurrent writer stored it first (PostgreSQL has no BEGIN IMMEDIATE).
            if _integrity(exc) and not self._outdated(article_id, pipeline_version):
                return False
            raise

    def save_rejection(self, rejection: Rejection) -> None:
        try:
            with self._guard(f"cannot record rejection of {rejection.path}"), self._write() as conn:
                if not _has_rejection(conn, rejection):
                    row = codec.rejection_row(rejection, at=schema.now_utc())
                    conn.execute(schema.rejections.insert(), row)
        except StoreError as exc:
            # Another process recorded the same rejection between our check and insert.
            if not _integrity(exc) or not self._rejected(rejection):
                raise

    def save_incidents(self, incidents: Sequence[Incident]) -> None:
        try:
            with self._guard("cannot store incidents"), self._write() as conn:
                for table in (schema.incident_reports, schema.incident_places, schema.incidents):
                    conn.execute(delete(table))
                rows = [codec.incident_row(i, incident) for i, incident in enumerate(incidents)]
                _insert(conn, schema.incidents, rows)
                for incident in incidents:
                    _insert(conn, schema.incident_places, codec.incident_place_rows(incident))
                    _insert(conn, schema.incident_reports, codec.incident_report_rows(incident))
        except StoreError as exc:
            missing = self._unstored_report(incidents) if _integrity(exc) else None
            if missing:
                report_id, article_id = missing
                raise StoreError(
                    f"cannot store incidents: report {report_id} of article {article_id} "
                    "is not stored"
                ) from exc
            raise

    def save_custody(self, capture: Capture, data: bytes) -> bool:
        try:
            with self._guard(f"cannot keep custody of {capture.origin}"), self._write() as conn:
                if _has_custody(conn, capture.sha256):
                    return False
                conn.execute(schema.custody.insert(), _custody_row(capture, data))
            return True
        except StoreError as exc:
            # Another process kept the same bytes between our check and insert.
            if _integrity(exc) and self._kept(capture.sha256):
                return False
            raise

    def link_custody(self, article_id: str, sha256: str, path: str) -> None:
        t = schema.article_custody
        key = {"article_id": article_id, "sha256": sha256, "path": path}
        try:
            with self._guard(f"cannot link article {article_id} to custody"), self._write() as conn:
                where = [t.c[k] == v for k, v in key.items()]
                if conn.execute(select(t.c.path).where(*where)).first() is None:
                    conn.execute(t.insert(), {**key, "linked_at": schema.now_utc()})
        except StoreError as exc:
            if not _integrity(exc):
                raise

    # --- reads --------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        query = select(schema.articles.c.id).where(schema.articles.c.id == article_id)
        with self._guard("cannot read articles"), self._read() as conn:
            return conn.execute(query).first() is not None

    def readings(self) -> list[Reading]:
        with self._guard("cannot read readings"), self._read() as conn:
            rows = conn.execute(select(schema.articles).order_by(*_ingestion_order())).mappings()
            articles = [codec.article_from_row(row) for row in rows]
            reports = _group_pairs(_load_reports(conn))
            denials = _group(
                conn,
                schema.denials,
                ("article_id",),
                codec.denial_from_row,
                order=("start", "end", "position"),
            )
            assertions = _group(
                conn, schema.author_assertions, ("article_id",), codec.assertion_from_row
            )
        return [
            Reading(
                article=a,
                reports=tuple(reports.get(a.id, ())),
                denials=tuple(denials.get((a.id,), ())),
                assertions=tuple(assertions.get((a.id,), ())),
            )
            for a in articles
        ]

    def reports(self) -> list[tuple[str, Report]]:
        with self._guard("cannot read reports"), self._read() as conn:
            return _load_reports(conn)

    def rejections(self) -> list[Rejection]:
        t = schema.rejections
        with self._guard("cannot read rejections"), self._read() as conn:
            rows = conn.execute(select(t).order_by(t.c.at, t.c.path, t.c.reason)).mappings()
            return [codec.rejection_from_row(row) for row in rows]

    def incidents(self) -> list[Incident]:
        t = schema.incidents
        with self._guard("cannot read incidents"), self._read() as conn:
            places = _group(conn, schema.incident_places, ("incident_id",), codec.place_from_row)
            links = _group(
                conn,
                schema.incident_reports,
                ("incident_id",),
                lambda row: (row["report_id"], row["article_id"]),
            )
            rows = conn.execute(select(t).order_by(t.c.position)).mappings()
            return [
                codec.incident_from_row(
                    row,
                    places=places.get((row["id"],), ()),
                    report_ids=links.get((row["id"],), ()),
                )
                for row in rows
            ]

    def custody_of(self, article_id: str) -> list[CustodyLink]:
        with self._guard("cannot read custody"), self._read() as conn:
            return custody_links(conn, [article_id])

    def custody_data(self, sha256: str) -> bytes | None:
        t = schema.custody
        with self._guard("cannot read custody"), self._read() as conn:
            return conn.execute(select(t.c.data).where(t.c.sha256 == sha256)).scalar_one_or_none()

    def stats(self) -> dict[str, int]:
        tables = {
            "articles": schema.articles,
            "reports": schema.reports,
            "incidents": schema.incidents,
            "rejected": schema.rejections,
        }
        with self._guard("cannot count records"), self._read() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()
            }

    def close(self) -> None:
        self._closed = True
        self._engine.dispose()

    @contextmanager
    def linking(self) -> Iterator[SqlStore]:
        """One write transaction holding the ledger's linking lock, and a view of this store
        whose reads and writes all run in it, so reading the ledger, linking and saving the
        incidents never interleave with another process doing the same (PostgreSQL: an
        advisory lock; SQLite: the write lock that BEGIN IMMEDIATE takes, held to the end)."""
        with self._guard("cannot lock the ledger for linking"), self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_LINK_LOCK)))
            yield _InTransaction(self._engine, conn)

    # --- plumbing -----------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        self._check_open()
        with self._engine.begin() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._check_open()
        with self._writer.begin() as conn:
            yield conn

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")

    @staticmethod
    @contextmanager
    def _guard(action: str) -> Iterator[None]:
        """Turn a backend failure into a one-line StoreError naming what was attempted."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{action}: {_reason(exc)}") from exc

    def _outdated(self, article_id: str, pipeline_version: str) -> bool:
        """True unless the article is now stored by this or a newer pipeline version."""
        with self._read() as conn:
            stored = _stored_version(conn, article_id)
        return stored is None or _older(stored, pipeline_version)

    def _rejected(self, rejection: Rejection) -> bool:
        with self._read() as conn:
            return _has_rejection(conn, rejection)

    def _kept(self, sha256: str) -> bool:
        with self._read() as conn:
            return _has_custody(conn, sha256)

    def _unstored_report(self, incidents: Sequence[Incident]) -> tuple[str, str] | None:
        """The first (report id, article id) an incident names that the store lacks."""
        t = schema.reports
        try:
            with self._read() as conn:
                stored = {tuple(row) for row in conn.execute(select(t.c.id, t.c.article_id))}
        except SQLAlchemyError:
            return None
        for incident in incidents:
            for key in incident.report_ids:
                if tuple(key) not in stored:
                    return key
        return None


class _InTransaction(SqlStore):
    """A store whose every read and write runs on one open connection, in its transaction."""

    def __init__(self, engine: Engine, conn: Connection):
        super().__init__(engine)
        self._conn = conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        self._check_open()
        yield self._conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._check_open()
        yield self._conn

    def close(self) -> None:
        self._closed = True  # the engine belongs to the store that opened the transaction


# --- engine -----------------------------------------------------------------------------


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError, TypeError) as exc:
        raise StoreError(f"invalid database URL {url!r}: {_first_line(exc)}") from exc
    if parsed.get_backend_name() not in _BACKENDS:
        raise StoreError(
            f"unsupported database URL scheme {parsed.drivername!r}; use sqlite:// or postgresql://"
        )
    options: dict[str, Any] = {}
    if _is_sqlite_memory(parsed):
        # One shared connection, so every thread sees the same in-memory database.
        options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    try:
        engine = create_engine(parsed, **options)
    except NoSuchModuleError as exc:
        raise StoreError(f"unsupported database URL scheme {parsed.drivername!r}") from exc
    except ImportError as exc:
        raise StoreError(
            f"the driver for {parsed.drivername!r} is not installed ({exc.name or exc})"
        ) from exc
    except (ArgumentError, TypeError, ValueError) as exc:
        raise StoreError(f"invalid database URL {_safe(parsed)}: {_first_line(exc)}") from exc
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _is_sqlite_memory(url: URL) -> bool:
    memory = url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    return url.get_backend_name() == "sqlite" and memory


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let the "begin" hook below issue BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # A writer waits while another process links (it holds the write lock throughout).
        cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _reason(exc: SQLAlchemyError) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return _first_line(exc.orig)
    return _first_line(exc)


def _integrity(exc: StoreError) -> bool:
    return isinstance(exc.__cause__, IntegrityError)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _older(stored: str, new: str) -> bool:
    return _version_key(stored) < _version_key(new)


def _version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Order pipeline versions as dotted numbers ("0.10" after "0.9"); text sorts after."""
    parts = re.findall(r"\d+|[^\d.\-+_]+", version)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


# --- statements -------------------------------------------------------------------------


def _insert(conn: Connection, table: Table, rows: Any) -> None:
    rows = list(rows)
    if rows:  # an empty executemany would insert one row of defaults
        conn.execute(table.insert(), rows)


def _insert_reading(conn: Connection, reading: Reading, pipeline_version: str) -> None:
    article_id = reading.article.id
    row = codec.article_row(
        reading.article, pipeline_version=pipeline_version, ingested_at=schema.now_utc()
    )
    conn.execute(schema.articles.insert(), row)
    rows = [codec.report_row(article_id, i, r) for i, r in enumerate(reading.reports)]
    _insert(conn, schema.reports, rows)
    parts = (
        (schema.report_sources, codec.source_rows),
        (schema.report_places, codec.place_rows),
        (schema.report_hedges, codec.hedge_rows),
    )
    for table, to_rows in parts:
        _insert(conn, table, [row for r in reading.reports for row in to_rows(article_id, r)])
    rows = [codec.denial_row(article_id, i, d) for i, d in enumerate(reading.denials)]
    _insert(conn, schema.denials, rows)
    rows = [codec.assertion_row(article_id, i, a) for i, a in enumerate(reading.assertions)]
    _insert(conn, schema.author_assertions, rows)


def _stored_version(conn: Connection, article_id: str) -> str | None:
    t = schema.articles
    query = select(t.c.pipeline_version).where(t.c.id == article_id)
    return conn.execute(query).scalar_one_or_none()


def _lock_schema(conn: Connection) -> None:
    """Serialise schema creation between processes; SQLite's BEGIN IMMEDIATE already does."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))


def _has_rejection(conn: Connection, rejection: Rejection) -> bool:
    t = schema.rejections
    query = select(t.c.path).where(t.c.path == rejection.path, t.c.reason == rejection.reason)
    return conn.execute(query).first() is not None


def _ingestion_order() -> tuple[Any, ...]:
    return (schema.articles.c.ingested_at, schema.articles.c.id)


def _group(
    conn: Connection,
    table: Table,
    keys: tuple[str, ...],
    convert: Callable[[Mapping[str, Any]], T],
    order: tuple[str, ...] = ("position",),
) -> dict[tuple[Any, ...], list[T]]:
    """All rows of `table` converted and grouped by `keys`, each group in `order`."""
    columns = [table.c[k] for k in (*keys, *order)]
    grouped: dict[tuple[Any, ...], list[T]] = defaultdict(list)
    for row in conn.execute(select(table).order_by(*columns)).mappings():
        grouped[tuple(row[k] for k in keys)].append(convert(row))
    return grouped


def _load_reports(conn: Connection) -> list[tuple[str, Report]]:
    """Every report with its parts, by article in ingestion order, then in text order."""
    keys = ("article_id", "report_id")
    sources = _group(conn, schema.report_sources, keys, codec.source_from_row)
    places = _group(conn, schema.report_places, keys, codec.place_from_row)
    hedges = _group(conn, schema.report_hedges, keys, codec.hedge_from_row)
    t = schema.reports
    query = (
        select(t)
        .join_from(t, schema.articles)
        .order_by(*_ingestion_order(), t.c.start, t.c.end, t.c.position)
    )
    result = []
    for row in conn.execute(query).mappings():
        key = (row["article_id"], row["id"])
        report = codec.report_from_row(
            row,
            sources=sources.get(key, ()),
            places=places.get(key, ()),
            hedges=hedges.get(key, ()),
        )
        result.append((row["article_id"], report))
    return result


def _group_pairs(pairs: list[tuple[str, Report]]) -> dict[str, list[Report]]:
    grouped: dict[str, list[Report]] = defaultdict(list)
    for article_id, report in pairs:
        grouped[article_id].append(report)
    return grouped


def _has_custody(conn: Connection, sha256: str) -> bool:
    t = schema.custody
    return conn.execute(select(t.c.sha256).where(t.c.sha256 == sha256)).first() is not None


def _custody_row(capture: Capture, data: bytes) -> dict[str, Any]:
    return {
        "sha256": capture.sha256,
        "size": capture.size,
        "data": data,
        "origin": capture.origin,
        "final_url": capture.final_url,
        "status": capture.status,
        "headers": json.dumps(dict(capture.headers), ensure_ascii=False),
        "captured_at": capture.captured_at,
        "reader_version": capture.reader_version,
    }


def custody_links(conn: Connection, article_ids: Sequence[str]) -> list[CustodyLink]:
    """What these articles were read from (without the bytes), oldest link first."""
    links, kept = schema.article_custody, schema.custody
    query = (
        select(links.c.article_id, links.c.path, *[c for c in kept.c if c.name != "data"])
        .join_from(links, kept, links.c.sha256 == kept.c.sha256)
        .where(links.c.article_id.in_(article_ids))
        .order_by(links.c.linked_at, links.c.path)
    )
    rows = conn.execute(query).mappings()
    return [CustodyLink(row["article_id"], row["path"], _capture_from_row(row)) for row in rows]


def _capture_from_row(row: Mapping[str, Any]) -> Capture:
    return Capture(
        sha256=row["sha256"],
        size=row["size"],
        origin=row["origin"],
        captured_at=row["captured_at"],
        reader_version=row["reader_version"],
        final_url=row["final_url"],
        status=row["status"],
        headers=tuple(json.loads(row["headers"]).items()),
    )
