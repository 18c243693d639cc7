"""Two ingest processes on one database at once never store an article or a report's
incident twice, leave every stored report in exactly one incident, and link as one full
build would: the linking of one process waits for the other's to be saved."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from claimtrail import ledger
from claimtrail.extract import read_file
from claimtrail.store import open_store
from claimtrail.store.schema import METADATA

REPO = Path(__file__).resolve().parents[2]
EXAMPLES, OWN = REPO / "examples" / "corpus", REPO / "tests" / "data" / "articles"
POSTGRES_ENV = "CLAIMTRAIL_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not tested: set {POSTGRES_ENV} (scripts/test-postgres.sh)")
    engine = create_engine(url)
    with engine.begin() as conn:
        METADATA.drop_all(conn)
    engine.dispose()
    return url


def ingest_at_once(inputs: list[list[Path]], db_url: str, timeout: int) -> None:
    """One `claimtrail ingest` process per list of inputs, all started before any ends."""
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "claimtrail", "ingest", *map(str, paths), "--db", db_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in inputs
    ]
    for process in running:
        _, stderr = process.communicate(timeout=timeout)
        assert process.returncode == 0, stderr


def test_two_ingests_at_once_store_each_article_once(db_url: str) -> None:
    # Both take the example corpus, so they race on the same articles; each adds its own.
    own = sorted(OWN.glob("*.txt"))
    inputs = [[EXAMPLES, *own[: len(own) // 2]], [EXAMPLES, *own[len(own) // 2 :]]]
    ingest_at_once(inputs, db_url, timeout=120)
    store = open_store(db_url)
    try:
        ids = [reading.article.id for reading in store.readings()]
        report_ids = {report.id for _, report in store.reports()}
        stats = store.stats()
    finally:
        store.close()
    expected = {read_file(path).id for path in [*EXAMPLES.glob("*.txt"), *own]}
    assert len(ids) == len(set(ids)) == stats["articles"]
    assert set(ids) == expected
    incidents = ledger.list_incidents(db_url)
    assert len({i.id for i in incidents}) == len(incidents)
    linked = Counter(rid for incident in incidents for rid, _ in incident.report_ids)
    assert set(linked) == report_ids  # no report left out by the other process's linking
    assert max(linked.values()) == 1


INCIDENTS = REPO / "tests" / "data" / "incidents"


def test_two_ingests_at_once_link_as_one_full_build(db_url: str) -> None:
    # Alternate files of a corpus whose stories span outlets: each process holds reports
    # that belong in incidents with the other's, so linking from a stale view would show.
    files = sorted(INCIDENTS.glob("*.txt"))
    halves = [files[0::2], files[1::2]]
    ingest_at_once(halves, db_url, timeout=180)
    linked = ledger.list_incidents(db_url)
    store = open_store(db_url)
    try:
        rebuilt = ledger._link_stored(store, full=True)
    finally:
        store.close()
    assert _summary(linked) == _summary(rebuilt)
    assert any(len({aid for _, aid in i.report_ids}) > 1 for i in linked)


def _summary(incidents: list) -> list[tuple]:
    return sorted((i.id, i.report_ids, i.grade, i.independent_origins) for i in incidents)


def test_linking_waits_for_the_other_process_to_save(db_url: str) -> None:
    first, second = open_store(db_url), open_store(db_url)
    order: list[str] = []
    entered = threading.Event()

    def hold() -> None:
        with first.linking():
            entered.set()
            time.sleep(0.5)
            order.append("first saved")

    def follow() -> None:
        entered.wait(10)
        with second.linking():
            order.append("second linked")

    threads = [threading.Thread(target=hold), threading.Thread(target=follow)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        first.close()
        second.close()
    assert order == ["first saved", "second linked"]
