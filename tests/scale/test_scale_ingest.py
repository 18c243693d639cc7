"""Parallel ingest stores what the single-process ingest stores, and refuses a poisoned
article without losing the rest of its batch."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

pytest.importorskip(
    "distributed", reason="Dask is not installed: pip install -e '.[scale]' to test parallel ingest"
)
import cloudpickle
from distributed import LocalCluster

from claimtrail import ledger
from claimtrail.extract import extract_many
from claimtrail.model import Article, Reading
from claimtrail.options import Options
from claimtrail.scale.dask_ingest import Cluster, ingest_parallel
from claimtrail.scale.worker import extract_records
from claimtrail.store import open_store

REPO = Path(__file__).resolve().parents[2]
CORPUS = [REPO / "examples" / "corpus", REPO / "tests" / "data" / "articles"]
MARKER = "Quillon"

# The workers run in other processes: ship this module's functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def poisoned(articles: Iterable[Article], options: Options, batch_size: int) -> Iterator[Reading]:
    """extract_many, except that an article naming the marker raises."""
    for reading in extract_many(articles, options, batch_size):
        if MARKER in reading.article.text:
            raise RuntimeError("the parser choked")
        yield reading


def stored(url: str) -> tuple[list[Reading], list, dict[str, int]]:
    store = open_store(url)
    try:
        readings, stats = store.readings(), store.stats()
    finally:
        store.close()
    return readings, ledger.list_incidents(url), stats


def test_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    serial, parallel = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    ledger.ingest_paths([str(p) for p in CORPUS], serial)
    command = [sys.executable, "-m", "claimtrail", "ingest", *map(str, CORPUS), "--db", parallel]
    run = subprocess.run([*command, "--workers", "2"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    one, two = stored(serial), stored(parallel)
    assert one[2] == two[2]
    assert one[0] == two[0]  # readings, reports and denials, in ingestion order
    assert one[1] == two[1]  # incidents with their reports and grades
    assert one[2]["articles"] > 10


def write_articles(folder: Path) -> list[str]:
    texts = {
        "a_ferry.txt": "Harbour police in Selmar said on Monday that a ferry caught fire "
        "near the northern pier. Two crew members were injured, officials said.",
        "b_poison.txt": f"Residents of {MARKER} reported that gunmen attacked a checkpoint "
        "on the ring road on Sunday night.",
        "c_bridge.txt": "Protesters blocked the Orrin bridge on Tuesday, the regional "
        "news agency Valewire reported. Police dispersed the crowd with tear gas.",
    }
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return [str(folder / name) for name in texts]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(
        n_workers=1, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster:
        yield cluster.scheduler_address


def test_poisoned_article_is_rejected_and_the_rest_stored(tmp_path: Path, scheduler: str) -> None:
    paths = write_articles(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    cluster = Cluster(scheduler=scheduler, batch_size=3)
    summary = ingest_parallel(paths, url, cluster, extractor=poisoned)
    assert summary.stored == 2
    [rejection] = summary.rejected
    assert rejection.path.endswith("b_poison.txt")
    assert rejection.reason == "extraction failed: RuntimeError: the parser choked"
    assert ledger.stored_rejections(url) == [rejection]
    assert stored(url)[2]["articles"] == 2


@pytest.mark.parametrize("poison_at", [0, 1, 2])
def test_extract_records_isolates_the_failing_article(tmp_path: Path, poison_at: int) -> None:
    from claimtrail.ingest.corpus import Record
    from claimtrail.ledger import extract_paths

    paths = write_articles(tmp_path / "in")
    readings = [r for r in extract_paths([Path(p) for p in paths]) if isinstance(r, Reading)]
    order = [readings[1]] + [r for i, r in enumerate(readings) if i != 1]
    order.insert(poison_at, order.pop(0))
    records = [Record(r.article.path or "", article=r.article) for r in order]
    results = extract_records(records, Options(), 2, poisoned)
    assert [isinstance(r, Reading) for r in results] == [i != poison_at for i in range(3)]
    assert [r for r in results if isinstance(r, Reading)] == [
        r for r in order if MARKER not in r.article.text
    ]


def test_extract_many_equals_extract_one_by_one() -> None:
    from claimtrail.extract import extract, read_file

    files = sorted((REPO / "tests" / "data" / "articles").glob("*.txt"))
    articles = [read_file(f) for f in files]
    assert list(extract_many(articles, Options(), batch_size=4)) == [extract(a) for a in articles]


def test_unread_records_are_rejected_with_their_reason() -> None:
    from claimtrail.ingest.corpus import Record

    [result] = extract_records([Record("feed.xml#3", reason="no text")], Options())
    assert (result.path, result.reason) == ("feed.xml#3", "no text")


def crashing(articles: Iterable[Article], options: Options, batch_size: int) -> Iterator[Reading]:
    """extract_many, except that an article naming the marker kills its worker process."""
    import os

    for reading in extract_many(articles, options, batch_size):
        if MARKER in reading.article.text:
            os._exit(3)
        yield reading


def test_article_that_kills_its_worker_is_rejected(tmp_path: Path) -> None:
    import dask

    paths = write_articles(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    # No second chances here, so the test sees the split and the rejection quickly.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(
            n_workers=1, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.CRITICAL
        ) as local:
            cluster = Cluster(scheduler=local.scheduler_address, batch_size=3, retries=0)
            summary = ingest_parallel(paths, url, cluster, extractor=crashing)
    assert summary.stored == 2
    [rejection] = summary.rejected
    assert rejection.path.endswith("b_poison.txt")
    assert rejection.reason.startswith("extraction failed on its worker")
