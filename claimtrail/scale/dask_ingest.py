"""Ingest on a Dask cluster: workers extract, this process alone writes.

The inputs are read here, as a stream, and cut into batches of records; at most
`in_flight` batches are out on the cluster at once, so memory stays bounded whatever
the corpus size. Results are written in the order the articles were read (one
transaction per article, as in the single-process path), then reports are linked.

A batch whose worker dies is retried by Dask (`retries`); a batch that still fails is
split, and each of its articles tried alone, so one article that kills its worker is
rejected with the reason instead of being retried forever.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrail import ledger
from claimtrail.errors import ClaimtrailError
from claimtrail.extract import extract_many
from claimtrail.ingest.corpus import Record
from claimtrail.ingest.custody import Captured
from claimtrail.ingest.sources import SourceOptions, expand_inputs, read_input
from claimtrail.model import Reading, Rejection
from claimtrail.options import Options
from claimtrail.scale.worker import Extractor, extract_records
from claimtrail.store import Store, open_store

try:
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError:  # the optional `scale` extra is not installed
    Client = LocalCluster = None  # type: ignore[assignment,misc]
    WorkerPlugin = object  # type: ignore[assignment,misc]

MISSING_DASK = "parallel ingest needs Dask: pip install 'claimtrail[scale]'"


class ScaleUnavailable(ClaimtrailError):
    """Dask is not installed, or the cluster cannot be reached."""


@dataclass(frozen=True)
class Cluster:
    """Where to extract: `workers` local processes, or the Dask scheduler at `scheduler`."""

    workers: int = 0
    scheduler: str | None = None  # "tcp://HOST:PORT"; wins over `workers`
    batch_size: int = 16  # articles per task, parsed together with nlp.pipe
    in_flight: int = 0  # batches out at once; 0: two per worker thread
    retries: int = 2  # Dask retries of a batch whose worker was lost


@dataclass
class _Batch:
    items: list[tuple[str, Record]] = field(default_factory=list)  # (input, record)
    ends: list[str] = field(default_factory=list)  # inputs fully read once this is written
    future: Any = None


def ingest_parallel(
    paths: Iterable[Path | str],
    db_url: str,
    cluster: Cluster,
    options: Options | None = None,
    on_progress: Callable[[ledger.IngestStep], None] | None = None,
    sources: SourceOptions | None = None,
    relink: bool = False,
    extractor: Extractor = extract_many,
) -> ledger.IngestSummary:
    """`ledger.ingest_paths` with extraction on a Dask cluster; same stored results."""
    options = options or Options()
    sources = sources or SourceOptions(max_bytes=options.max_bytes)
    if Client is None:
        raise ScaleUnavailable(MISSING_DASK)
    specs = expand_inputs(paths, sources)
    store = open_store(db_url)
    writer = _Writer(store, on_progress)
    try:
        with _client(cluster, options) as client:
            _run(client, cluster, options, extractor, writer, specs, sources)
        incidents = ledger.link_and_save(store, full=relink)
    finally:
        store.close()
    counts = writer.counts
    return ledger.IngestSummary(
        counts["stored"], counts["unchanged"], tuple(writer.rejected), incidents
    )


@contextmanager
def _client(cluster: Cluster, options: Options) -> Iterator[Any]:
    local = None
    try:
        if cluster.scheduler:
            client = Client(cluster.scheduler, timeout="10s")
        else:
            local = LocalCluster(
                n_workers=cluster.workers,
                threads_per_worker=1,  # spaCy parsing holds the GIL: parallelism is processes
                processes=True,
                dashboard_address=":0",  # a free port: never clash with another cluster
                silence_logs=logging.ERROR,
            )
            client = Client(local)
    except OSError as error:
        raise ScaleUnavailable(f"cannot reach the Dask cluster: {error}") from error
    try:
        client.register_plugin(_PreloadNlp(options.spacy_model))
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


class _PreloadNlp(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the spaCy pipeline when a worker starts, so each process loads it once."""

    name = "claimtrail-preload-nlp"

    def __init__(self, model: str | None):
        self.model = model

    def setup(self, worker: Any) -> None:
        from claimtrail.nlp.pipeline import load_nlp

        load_nlp(self.model)


def _run(
    client: Any,
    cluster: Cluster,
    options: Options,
    extractor: Extractor,
    writer: _Writer,
    specs: list[str],
    sources: SourceOptions,
) -> None:
    """Stream the inputs into batches, keep at most `in_flight` out, write the oldest first."""
    limit = cluster.in_flight or 2 * max(1, sum(client.nthreads().values()))
    pending: deque[_Batch] = deque()

    def submit(batch: _Batch) -> None:
        if batch.items:
            records = [record for _, record in batch.items]
            batch.future = client.submit(
                extract_records,
                records,
                options,
                cluster.batch_size,
                extractor,
                retries=cluster.retries,
                pure=False,
            )
        pending.append(batch)
        while len(pending) > limit:
            writer.write(pending.popleft(), client, options, extractor)

    batch = _Batch()
    for spec in specs:
        for item in read_input(spec, sources):
            if isinstance(item, Captured):  # custody first, before any of its articles
                writer.store.save_custody(item.capture, item.data)
                continue
            batch.items.append((spec, item))
            if len(batch.items) >= cluster.batch_size:
                submit(batch)
                batch = _Batch()
        batch.ends.append(spec)
    submit(batch)
    while pending:
        writer.write(pending.popleft(), client, options, extractor)


class _Writer:
    """The one writer: stores each result in its own transaction, in reading order."""

    def __init__(self, store: Store, on_progress: Callable[[ledger.IngestStep], None] | None):
        self.store = store
        self.on_progress = on_progress
        self.counts = {"stored": 0, "unchanged": 0}
        self.rejected: list[Rejection] = []

    def write(self, batch: _Batch, client: Any, options: Options, extractor: Extractor) -> None:
        results = _results(batch, client, options, extractor) if batch.items else []
        for (spec, record), result in zip(batch.items, results, strict=True):
            outcome = ledger._store_result(self.store, record, result)
            if isinstance(outcome, Rejection):
                self.rejected.append(outcome)
            else:
                self.counts[outcome] += 1
            self._progress(ledger.IngestStep(spec, record.path, done=False))
        for spec in batch.ends:
            self._progress(ledger.IngestStep(spec, None, done=True))

    def _progress(self, step: ledger.IngestStep) -> None:
        if self.on_progress:
            self.on_progress(step)


def _results(
    batch: _Batch, client: Any, options: Options, extractor: Extractor
) -> list[Reading | Rejection]:
    """The batch's results; when it failed even after retries, each record tried alone."""
    try:
        return batch.future.result()
    except Exception:  # noqa: BLE001 - a lost worker (KilledWorker, comm errors): split
        return [_single(record, client, options, extractor) for _, record in batch.items]


def _single(record: Record, client: Any, options: Options, extractor: Extractor):
    future = client.submit(extract_records, [record], options, 1, extractor, pure=False)
    try:
        return future.result()[0]
    except Exception as error:  # noqa: BLE001 - this article alone breaks its worker
        return Rejection(record.path, f"extraction failed on its worker: {type(error).__name__}")
