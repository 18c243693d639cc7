"""Filtered incident pages: the word search combined with other filters, paging, backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine

from claimtrail.ledger import list_incidents
from claimtrail.model import Incident
from claimtrail.store import open_store
from claimtrail.store.schema import METADATA
from claimtrail.web import query
from claimtrail.web.query import BBox, Filters

POSTGRES_ENV = "CLAIMTRAIL_TEST_POSTGRES_URL"
WEST_AFRICA = BBox(-20, 0, 20, 25)


@pytest.fixture(scope="module")
def incidents(ledger_url: str) -> list[Incident]:
    return list_incidents(ledger_url)


@pytest.fixture(scope="module")
def sqlite_conn(ledger_url: str) -> Iterator[Connection]:
    engine = query.read_only_engine(ledger_url)
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def searchable(incident: Incident) -> str:
    words = [r.text for r in incident.reports] + [incident.action]
    words += [p.name or "" for p in incident.places] + [p.text for p in incident.places]
    words += [*incident.origins, *incident.denied_by]
    return " ".join(words).lower()


def in_box(incident: Incident, box: BBox) -> bool:
    return any(
        p.lat is not None
        and p.lon is not None
        and box.south <= p.lat <= box.north
        and box.west <= p.lon <= box.east
        for p in incident.places
    )


def all_ids(conn: Connection, filters: Filters) -> list[str]:
    page = query.incidents_page(conn, filters, 0, query.MAX_LIMIT)
    assert page.total == len(page.items)
    return [i.id for i in page.items]


def common_words(incidents: list[Incident]) -> list[str]:
    """Words of the ledger's own texts, so the searches below find something."""
    words = {w.strip(".,;:'\"()").lower() for i in incidents for w in searchable(i).split()}
    return sorted(w for w in words if len(w) >= 5 and w.isascii() and w.isalpha())[:12]


def test_words_with_a_box_match_the_ledger(sqlite_conn, incidents):
    for word in common_words(incidents):
        wanted = {i.id for i in incidents if word in searchable(i) and in_box(i, WEST_AFRICA)}
        filters = Filters(text=word, bbox=WEST_AFRICA)
        assert set(all_ids(sqlite_conn, filters)) == wanted, word


def test_words_with_a_grade_and_dates_match_the_ledger(sqlite_conn, incidents):
    since = date(2024, 1, 1)
    for grade in {i.grade for i in incidents}:
        for word in common_words(incidents)[:4]:
            wanted = {
                i.id
                for i in incidents
                if i.grade == grade
                and i.end is not None
                and i.end >= since
                and word in searchable(i)
            }
            filters = Filters(text=word, grades=(grade,), date_from=since)
            assert set(all_ids(sqlite_conn, filters)) == wanted, (grade, word)


def test_a_page_past_the_end_still_counts_the_matches(sqlite_conn, incidents):
    page = query.incidents_page(sqlite_conn, Filters(), len(incidents) + 5, 10)
    assert page.items == ()
    assert page.total == len(incidents)


def test_a_word_found_nowhere_matches_nothing(sqlite_conn):
    page = query.incidents_page(sqlite_conn, Filters(text="qqxqq", bbox=WEST_AFRICA), 0, 10)
    assert (page.total, page.items) == (0, ())


# --- the same pages from PostgreSQL -------------------------------------------------------


@pytest.fixture(scope="module")
def postgres_engine(ledger_url: str) -> Iterator[Engine]:
    """The SQLite ledger copied into the disposable PostgreSQL database, read-only."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL backend not tested: set {POSTGRES_ENV}")
    _copy_ledger(ledger_url, url)
    engine = query.read_only_engine(url)
    yield engine
    engine.dispose()


def _copy_ledger(source_url: str, target_url: str) -> None:
    engine = create_engine(target_url)
    with engine.begin() as conn:
        METADATA.drop_all(conn)
    engine.dispose()
    source, target = open_store(source_url), open_store(target_url)
    try:
        for reading in source.readings():
            target.save_reading(reading, pipeline_version="1")
        target.save_incidents(source.incidents())
    finally:
        source.close()
        target.close()


def backend_filters(incidents: list[Incident]) -> list[Filters]:
    words = common_words(incidents)
    return [
        Filters(),
        Filters(grades=(3,)),
        Filters(date_from=date(2024, 1, 1), bbox=WEST_AFRICA),
        *(Filters(text=word) for word in words[:4]),
        *(Filters(text=word, bbox=WEST_AFRICA, date_from=date(2023, 1, 1)) for word in words),
        Filters(text="100%_"),
    ]


def test_postgresql_pages_are_sqlites(postgres_engine, sqlite_conn, incidents):
    pages: list[tuple[Any, ...]] = []
    with postgres_engine.connect() as pg_conn:
        for filters in backend_filters(incidents):
            for offset in (0, 3):
                pg = query.incidents_page(pg_conn, filters, offset, 5)
                lite = query.incidents_page(sqlite_conn, filters, offset, 5)
                assert (pg.total, pg.items) == (lite.total, lite.items), filters
                pages.append((filters, pg.total))
    assert any(total for _, total in pages), "the filters should find something"
