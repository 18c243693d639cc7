"""Tables of the ledger, the schema version and the numbered migrations.

Only portable SQLAlchemy Core types are used (dates are ISO text, lists are JSON text), so
SQLite and PostgreSQL share one definition. `METADATA` always describes the latest schema:
a new database gets it directly and is stamped with every step; an older database runs,
in order, the steps after the version it records.

Offsets and enumerations are checked by the database too (CHECK constraints derived from
the Literal types of the model), so a malformed record fails the whole article's
transaction instead of landing half-right in the ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import get_args

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Double,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    and_,
    column,
    func,
    inspect,
    select,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.exc import DBAPIError

from claimtrail.errors import StoreError
from claimtrail.model import AssertionLabel, Certainty, DateRole, Precision, Resolution, SourceKind

# Constraint names follow a convention so PostgreSQL and SQLite name them alike.
METADATA = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _one_of(name: str, literal: object) -> CheckConstraint:
    """A CHECK that `name` is NULL or one of the values of a model Literal."""
    return CheckConstraint(column(name).in_(get_args(literal)), name=f"{name}_valid")


def _span(start: str, end: str) -> CheckConstraint:
    return CheckConstraint(
        and_(column(start) >= 0, column(end) >= column(start)), name=f"{start}_{end}_span"
    )


def _text_span_columns() -> list[Column]:
    """An article's numbered stretch of text: denials and author assertions."""
    return [
        Column("article_id", String, nullable=False),
        Column("position", Integer, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
    ]


def _place_columns() -> list[Column]:
    """The fields of `model.Place`, shared by report and incident places."""
    return [
        Column("text", Text, nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
        Column("name", Text),
        Column("feature", Text),
        Column("admin1", Text),
        Column("country", Text),
        Column("lat", Double),
        Column("lon", Double),
        Column("geonames_id", Integer),
        Column("resolution", String(16), nullable=False),
        Column("reason", Text, nullable=False),
        _one_of("resolution", Resolution),
        CheckConstraint(column("lat").between(-90, 90), name="lat_range"),
        CheckConstraint(column("lon").between(-180, 180), name="lon_range"),
    ]


def _report_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["article_id", "report_id"], ["reports.article_id", "reports.id"], ondelete="CASCADE"
    )


articles = Table(
    "articles",
    METADATA,
    Column("id", String, primary_key=True),
    Column("path", Text),
    Column("title", Text),
    Column("authors", Text, nullable=False),  # JSON list of names
    Column("publisher", Text),
    Column("published", String(10)),  # ISO date
    Column("has_original", Boolean, nullable=False),  # Original(None, None) is not None
    Column("original_publisher", Text),
    Column("original_published", String(10)),
    Column("url", Text),
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String, nullable=False),
    Column("ingested_at", String(32), nullable=False),  # ISO UTC timestamp
)

reports = Table(
    "reports",
    METADATA,
    Column("article_id", String, nullable=False),
    Column("id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("action", String, nullable=False),
    Column("agent_text", Text),
    Column("agent_actor", Text),
    Column("agent_start", Integer),
    Column("agent_end", Integer),
    Column("patient_text", Text),
    Column("patient_actor", Text),
    Column("patient_start", Integer),
    Column("patient_end", Integer),
    Column("when_text", Text),
    Column("when_start_char", Integer),
    Column("when_end_char", Integer),
    Column("when_start", String(10)),
    Column("when_end", String(10)),
    Column("when_precision", String(16)),
    Column("when_role", String(16)),
    Column("certainty", String(16), nullable=False),
    PrimaryKeyConstraint("article_id", "id"),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    _span("start", "end"),
    _one_of("certainty", Certainty),
    _one_of("when_precision", Precision),
    _one_of("when_role", DateRole),
    CheckConstraint(column("when_start") <= column("when_end"), name="when_order"),
)

report_sources = Table(
    "report_sources",
    METADATA,
    Column("article_id", String, nullable=False),
    Column("report_id", String, nullable=False),
    Column("position", Integer, nullable=False),  # 0 is the outermost source of the chain
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("kind", String(16), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("affiliation", Text),  # added by migration 4
    PrimaryKeyConstraint("article_id", "report_id", "position"),
    _report_fk(),
    _one_of("kind", SourceKind),
)

report_places = Table(
    "report_places",
    METADATA,
    Column("article_id", String, nullable=False),
    Column("report_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    *_place_columns(),
    PrimaryKeyConstraint("article_id", "report_id", "position"),
    _report_fk(),
)

report_hedges = Table(
    "report_hedges",
    METADATA,
    Column("article_id", String, nullable=False),
    Column("report_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    PrimaryKeyConstraint("article_id", "report_id", "position"),
    _report_fk(),
)

denials = Table(
    "denials",
    METADATA,
    *_text_span_columns(),
    Column("source_text", Text, nullable=False),
    Column("source_name", Text),
    Column("source_kind", String(16), nullable=False),
    Column("source_start_char", Integer, nullable=False),
    Column("source_end_char", Integer, nullable=False),
    Column("target", Text),
    PrimaryKeyConstraint("article_id", "position"),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    _span("start", "end"),
    _one_of("source_kind", SourceKind),
)

author_assertions = Table(  # added by migration 5
    "author_assertions",
    METADATA,
    *_text_span_columns(),
    Column("cue", Text, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("label", String(16), nullable=False),
    Column("target", Text),
    Column("target_start", Integer),
    Column("target_end", Integer),
    PrimaryKeyConstraint("article_id", "position"),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    _span("start", "end"),
    _span("cue_start", "cue_end"),
    _one_of("label", AssertionLabel),
)

rejections = Table(
    "rejections",
    METADATA,
    Column("path", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),  # ISO UTC timestamp of the first rejection
    PrimaryKeyConstraint("path", "reason"),
)

incidents = Table(
    "incidents",
    METADATA,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("action", String, nullable=False),
    Column("start", String(10)),
    Column("end", String(10)),
    Column("origins", Text, nullable=False),  # JSON list
    Column("independent_origins", Integer, nullable=False),
    Column("denied_by", Text, nullable=False),  # JSON list
    Column("grade", Integer, nullable=False),
    Column("grade_reason", Text, nullable=False),
)

incident_places = Table(
    "incident_places",
    METADATA,
    Column("incident_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    *_place_columns(),
    PrimaryKeyConstraint("incident_id", "position"),
    ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
)

incident_reports = Table(
    "incident_reports",
    METADATA,
    Column("incident_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("report_id", String, nullable=False),
    Column("article_id", String, nullable=False),
    PrimaryKeyConstraint("incident_id", "position"),
    ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
    # Re-reading an article with a newer pipeline drops its reports; their links go too.
    _report_fk(),
)

schema_version = Table(
    "schema_version",
    METADATA,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

# Chain of custody: the raw bytes of every input, keyed by their SHA-256, and which
# custody record (and which member of it: a corpus line, a WARC record) each article was
# read from. The link has no foreign key to `articles` on purpose: it is written before
# the article's own transaction, so an interrupted run never leaves an article without it.
custody = Table(
    "custody",
    METADATA,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("origin", Text, nullable=False),  # path or URL as given
    Column("final_url", Text),  # after redirects
    Column("status", Integer),  # HTTP status of a fetched page
    Column("headers", Text, nullable=False),  # JSON object of kept response headers
    Column("captured_at", String(32), nullable=False),  # ISO UTC timestamp
    Column("reader_version", String, nullable=False),
    CheckConstraint(column("size") >= 0, name="size_positive"),
)

article_custody = Table(
    "article_custody",
    METADATA,
    Column("article_id", String, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("path", Text, nullable=False),  # the article's path: file, URL, corpus.jsonl#line=3
    Column("linked_at", String(32), nullable=False),
    PrimaryKeyConstraint("article_id", "sha256", "path"),
    ForeignKeyConstraint(["sha256"], ["custody.sha256"]),
)

# The lookups a ledger makes: reports by date, by action, by article (the primary key),
# places by coordinates, and a report's incidents.
LEDGER_INDEXES: tuple[Index, ...] = (
    Index(None, reports.c.when_start, reports.c.when_end),
    Index(None, reports.c.action),
    Index(None, report_places.c.lat, report_places.c.lon),
    Index(None, incident_places.c.lat, incident_places.c.lon),
    Index(None, incident_reports.c.article_id, incident_reports.c.report_id),
    Index(None, incidents.c.start, incidents.c.end),
)

# The filtered incident list (migration 6): a grade with a date window, and a map box whose
# index carries the incident id, so the box is answered from the index alone.
INCIDENT_FILTER_INDEXES: tuple[Index, ...] = (
    Index(None, incidents.c.grade, incidents.c.start, incidents.c.end),
    Index(None, incident_places.c.lat, incident_places.c.lon, incident_places.c.incident_id),
)

TRIGRAM_EXTENSION = "pg_trgm"


def _trigram_ready(_ddl: object, _target: object, bind: Connection | None, **_kw: object) -> bool:
    """Whether pg_trgm is installed, installing it first when the database allows it.

    pg_trgm is a trusted extension, so a database owner may create it; where that is
    refused the word search still works, without an index.
    """
    if bind is None:  # DDL compiled without a database, e.g. to print it
        return True
    installed = sql_text("SELECT 1 FROM pg_extension WHERE extname = :name")
    if bind.execute(installed, {"name": TRIGRAM_EXTENSION}).first() is not None:
        return True
    try:
        with bind.begin_nested():  # a refusal must not abort the migration's transaction
            bind.execute(sql_text(f"CREATE EXTENSION IF NOT EXISTS {TRIGRAM_EXTENSION}"))
    except DBAPIError:
        return False
    return True


def _trigram_index(column: Column) -> Index:
    """A PostgreSQL index that serves ILIKE '%words%' on a text column."""
    name = f"ix_{column.table.name}_{column.name}_trigram"
    index = Index(
        name,
        column,
        postgresql_using="gin",
        postgresql_ops={column.name: "gin_trgm_ops"},
    )
    return index.ddl_if(dialect="postgresql", callable_=_trigram_ready)


# Every column the word search of the incident list looks in.
TRIGRAM_INDEXES: tuple[Index, ...] = (
    _trigram_index(incidents.c.action),
    _trigram_index(incidents.c.origins),
    _trigram_index(incidents.c.denied_by),
    _trigram_index(reports.c.text),
    _trigram_index(incident_places.c.name),
    _trigram_index(incident_places.c.text),
)

_LEDGER_TABLES = [t for t in METADATA.sorted_tables if t is not schema_version]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    for table in _LEDGER_TABLES:
        table.create(conn, checkfirst=True)


def _create_ledger_indexes(conn: Connection) -> None:
    for index in LEDGER_INDEXES:
        index.create(conn, checkfirst=True)


def _create_custody_tables(conn: Connection) -> None:
    for table in (custody, article_custody):
        table.create(conn, checkfirst=True)


def _create_author_assertions(conn: Connection) -> None:
    author_assertions.create(conn, checkfirst=True)


def _create_incident_filter_indexes(conn: Connection) -> None:
    for index in (*INCIDENT_FILTER_INDEXES, *TRIGRAM_INDEXES):
        index.create(conn, checkfirst=True)


def _add_source_affiliation(conn: Connection) -> None:
    # A database created at version 1 with today's tables has the column already.
    if "affiliation" not in {c["name"] for c in inspect(conn).get_columns("report_sources")}:
        conn.execute(sql_text("ALTER TABLE report_sources ADD COLUMN affiliation TEXT"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, reports and their parts, rejections, incidents", _create_tables),
    Migration(2, "indexes for ledger queries", _create_ledger_indexes),
    Migration(3, "chain of custody: raw input bytes and article links", _create_custody_tables),
    Migration(4, "the institution a source is or speaks for", _add_source_affiliation),
    Migration(5, "the author's own judgements of an article", _create_author_assertions),
    Migration(6, "indexes for the filtered incident list", _create_incident_filter_indexes),
)
LATEST_VERSION = MIGRATIONS[-1].version


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def current_version(conn: Connection) -> int | None:
    """The version recorded in the database, or None when it has no claimtrail schema."""
    if not inspect(conn).has_table(schema_version.name):
        return None
    return conn.execute(select(func.max(schema_version.c.version))).scalar_one() or 0


def migrate(conn: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema on `conn` to the last of `migrations`; return the version reached.

    Runs inside the caller's transaction, so a failing step leaves the old version intact.
    """
    latest = migrations[-1].version
    version = current_version(conn)
    if version is None:
        _refuse_foreign_tables(conn)
        METADATA.create_all(conn, tables=[*_LEDGER_TABLES, schema_version])
        _record(conn, migrations)
        return latest
    if version > latest:
        raise StoreError(
            f"database schema version {version} is newer than this claimtrail supports "
            f"({latest}); upgrade claimtrail"
        )
    pending = [m for m in migrations if m.version > version]
    for step in pending:
        step.apply(conn)
    _record(conn, pending)
    return latest


def _refuse_foreign_tables(conn: Connection) -> None:
    """A database holding our table names without our version table is someone else's."""
    existing = set(inspect(conn).get_table_names())
    clash = sorted(existing & {t.name for t in _LEDGER_TABLES})
    if clash:
        raise StoreError(
            f"database already has tables {', '.join(clash)} but no claimtrail schema_version; "
            "refusing to modify it"
        )


def _record(conn: Connection, steps: Sequence[Migration]) -> None:
    if steps:
        at = now_utc()
        conn.execute(
            schema_version.insert(),
            [{"version": m.version, "description": m.description, "applied_at": at} for m in steps],
        )
