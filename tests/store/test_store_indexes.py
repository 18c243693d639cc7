"""Migration 6: indexes for the filtered incident list, and trigram indexes on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from schema_inspection import index_names
from sqlalchemy import create_engine

from claimtrail.store import open_store, schema

POSTGRES_ENV = "CLAIMTRAIL_TEST_POSTGRES_URL"

BEFORE_6 = tuple(m for m in schema.MIGRATIONS if m.version < 6)
FILTER_INDEXES = {i.name for i in schema.INCIDENT_FILTER_INDEXES}
TRIGRAM_INDEXES = {i.name for i in schema.TRIGRAM_INDEXES}


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL backend not tested: set {POSTGRES_ENV}")
    return url


def reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        schema.METADATA.drop_all(conn)
    engine.dispose()


@pytest.fixture(params=["file", "postgresql"])
def reopenable_url(request: pytest.FixtureRequest, file_url: str) -> Iterator[str]:
    if request.param == "file":
        yield file_url
        return
    url = postgres_url()
    reset_postgres(url)
    yield url
    reset_postgres(url)


def version(url: str) -> int | None:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = schema.current_version(conn)
    engine.dispose()
    return found


def is_postgres(url: str) -> bool:
    return url.startswith("postgresql")


def test_a_new_ledger_has_the_filter_indexes(reopenable_url):
    open_store(reopenable_url).close()
    names = index_names(reopenable_url)
    assert FILTER_INDEXES <= names
    # Trigram indexes exist only where PostgreSQL can have them.
    assert (
        (TRIGRAM_INDEXES <= names) if is_postgres(reopenable_url) else not (TRIGRAM_INDEXES & names)
    )


def test_an_older_ledger_gains_them_and_keeps_its_data(reopenable_url, make_reading):
    engine = create_engine(reopenable_url)
    with engine.begin() as conn:
        schema.migrate(conn, BEFORE_6)
        for index in (*schema.INCIDENT_FILTER_INDEXES, *schema.TRIGRAM_INDEXES):
            index.drop(conn, checkfirst=True)
    engine.dispose()
    assert not (FILTER_INDEXES | TRIGRAM_INDEXES) & index_names(reopenable_url)
    old = open_store(reopenable_url)  # the migration runs here
    old.save_reading(make_reading("a1"), pipeline_version="1")
    old.close()

    assert version(reopenable_url) == schema.LATEST_VERSION
    assert FILTER_INDEXES <= index_names(reopenable_url)
    store = open_store(reopenable_url)
    assert store.readings() == [make_reading("a1")]
    store.close()


def test_without_the_trigram_extension_postgresql_still_migrates(monkeypatch, make_reading):
    """A server that refuses the extension gets a working ledger without trigram indexes."""
    url = postgres_url()
    reset_postgres(url)
    monkeypatch.setattr(schema, "TRIGRAM_EXTENSION", "claimtrail_no_such_extension")
    store = open_store(url)
    store.save_reading(make_reading("a1"), pipeline_version="1")
    assert store.readings() == [make_reading("a1")]
    store.close()
    names = index_names(url)
    assert FILTER_INDEXES <= names
    assert not TRIGRAM_INDEXES & names
    assert version(url) == schema.LATEST_VERSION
    reset_postgres(url)
