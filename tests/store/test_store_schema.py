"""Opening databases: URLs, schema creation, migrations, and portability of the DDL."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from schema_inspection import index_names
from sqlalchemy import Column, Integer, create_engine, inspect, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from claimtrail.errors import StoreError
from claimtrail.store import open_store, schema

BAD_URLS = {
    "not a URL": ("no scheme here", "invalid database URL"),
    "unknown scheme": ("nosuchdb://host/db", "unsupported database URL scheme"),
    "unsupported backend": ("mysql://user@host/db", "use sqlite:// or postgresql://"),
    "missing directory": ("sqlite:///{tmp}/absent/dir/ledger.db", "cannot open database"),
}


@pytest.mark.parametrize("url, message", BAD_URLS.values(), ids=BAD_URLS.keys())
def test_unusable_urls_raise_one_line_store_errors(url, message, tmp_path):
    with pytest.raises(StoreError, match=message) as caught:
        open_store(url.format(tmp=tmp_path))
    assert "\n" not in str(caught.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(f"sqlite:///{path}")


def test_someone_elses_tables_are_not_touched(tmp_path: Path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (slug TEXT)")
    with pytest.raises(StoreError, match="no claimtrail schema_version"):
        open_store(f"sqlite:///{path}")


def test_concurrent_opens_create_the_schema_once(store_url, make_reading):
    errors: list[BaseException] = []

    def open_and_write(article_id: str) -> None:
        try:
            store = open_store(store_url)
            store.save_reading(make_reading(article_id), pipeline_version="1")
            store.close()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(f"a{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_closed_store_refuses_work():
    store = open_store("sqlite://")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.stats()


def test_new_database_is_stamped_with_every_step(file_url):
    open_store(file_url).close()
    engine = create_engine(file_url)
    with engine.connect() as conn:
        rows = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert rows == [m.version for m in schema.MIGRATIONS]
    assert {t.name for t in schema.METADATA.sorted_tables} <= tables


def test_a_version_1_database_is_migrated(file_url, make_reading):
    """Build the schema as version 1 left it, store data, and reopen with this code."""
    engine = create_engine(file_url)
    with engine.begin() as conn:
        schema.migrate(conn, schema.MIGRATIONS[:1])
        for index in schema.LEDGER_INDEXES:
            index.drop(conn)
    engine.dispose()
    assert not {i.name for i in schema.LEDGER_INDEXES} & index_names(file_url)

    store = open_store(file_url)
    store.save_reading(make_reading("a1"), pipeline_version="1")
    store.close()
    assert {i.name for i in schema.LEDGER_INDEXES} <= index_names(file_url)
    store = open_store(file_url)
    assert store.readings() == [make_reading("a1")]
    store.close()


def _add_note_column(conn) -> None:
    column = Column("note", Integer)
    ddl = f"ALTER TABLE rejections ADD COLUMN note {column.type.compile(conn.dialect)}"
    conn.execute(text(ddl))


def test_pending_steps_run_in_order_and_once(file_url):
    open_store(file_url).close()
    extra = (
        *schema.MIGRATIONS,
        schema.Migration(schema.LATEST_VERSION + 1, "rejection notes", _add_note_column),
    )
    engine = create_engine(file_url)
    for _ in range(2):  # the second run finds nothing pending
        with engine.begin() as conn:
            assert schema.migrate(conn, extra) == schema.LATEST_VERSION + 1
    with engine.connect() as conn:
        assert "note" in {c["name"] for c in inspect(conn).get_columns("rejections")}
        assert schema.current_version(conn) == schema.LATEST_VERSION + 1
    engine.dispose()
    # This code does not know version LATEST + 1, so it refuses to write to it.
    with pytest.raises(StoreError, match="newer than this claimtrail supports"):
        open_store(file_url)


def test_a_failing_step_keeps_the_old_version(file_url):
    open_store(file_url).close()

    def broken(conn) -> None:
        _add_note_column(conn)
        conn.execute(text("SELECT * FROM no_such_table"))

    steps = (*schema.MIGRATIONS, schema.Migration(schema.LATEST_VERSION + 1, "broken", broken))
    engine = create_engine(file_url)
    with pytest.raises(Exception), engine.begin() as conn:  # noqa: B017
        schema.migrate(conn, steps)
    with engine.connect() as conn:
        assert schema.current_version(conn) == schema.LATEST_VERSION
    engine.dispose()


def test_foreign_keys_are_enforced_on_sqlite(file_url):
    store = open_store(file_url)
    engine = store._engine  # the store's own connections carry the pragma
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    store.close()


@pytest.mark.parametrize("table", schema.METADATA.sorted_tables, ids=lambda t: t.name)
def test_tables_compile_for_postgresql(table):
    ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
    assert "AUTOINCREMENT" not in ddl
    for index in table.indexes:
        str(CreateIndex(index).compile(dialect=postgresql.dialect()))


def test_a_version_3_database_gains_source_affiliations(file_url, make_reading):
    """A ledger written before sources carried affiliations is migrated in place."""
    engine = create_engine(file_url)
    with engine.begin() as conn:
        schema.migrate(conn, schema.MIGRATIONS[:3])
        conn.execute(text("ALTER TABLE report_sources DROP COLUMN affiliation"))
    engine.dispose()
    store = open_store(file_url)
    store.save_reading(make_reading("a1"), pipeline_version="1")
    assert store.readings() == [make_reading("a1")]
    store.close()
    columns = {c["name"] for c in inspect(create_engine(file_url)).get_columns("report_sources")}
    assert "affiliation" in columns
