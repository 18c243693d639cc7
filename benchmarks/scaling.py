"""Parallel ingest speed-up: 1 Dask worker against 2, on the same corpus, in one run.

    python benchmarks/scaling.py [--articles 200] [--batch-size 8]

Each run ingests into a fresh SQLite file with `ingest_parallel` on a local cluster.
Prints each wall time (cluster start and spaCy load included, then without them) and
`speedup=` time(1 worker) / time(2 workers). Also the single-process ingest for scale.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from claimtrail import ledger
from claimtrail.link.similarity import similarity
from claimtrail.scale.benchcorpus import write_corpus
from claimtrail.scale.dask_ingest import Cluster, ingest_parallel


def run(
    files: list[Path], folder: Path, workers: int, batch_size: int
) -> tuple[float, float, float]:
    """Seconds: with the cluster's start; of the ingest on the warm cluster; of its
    extraction and storage alone (up to the last article written, before linking)."""
    last = [0.0]

    def note(_step: object) -> None:
        last[0] = time.perf_counter()

    start = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster:
        with Client(cluster) as client:
            client.run(_load_nlp)  # the plugin would load it too; here it is timed apart
        warm = time.perf_counter()
        url = f"sqlite:///{folder / f'w{workers}.db'}"
        where = Cluster(scheduler=cluster.scheduler_address, batch_size=batch_size)
        ingest_parallel([str(f) for f in files], url, where, on_progress=note)
        end = time.perf_counter()
    return end - start, end - warm, last[0] - warm


def _load_nlp() -> None:
    from claimtrail.nlp.pipeline import load_nlp

    load_nlp()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--serial", action="store_true", help="also time the one-process path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_corpus(folder / "corpus", args.articles)
        # The linker's model loads once per process: load it before both runs, or the
        # first run alone would pay for it.
        similarity().prepare(["The linker's model is loaded."])
        one = run(files, folder, 1, args.batch_size)
        two = run(files, folder, 2, args.batch_size)
        serial = None
        if args.serial:
            start = time.perf_counter()
            ledger.ingest_paths([str(f) for f in files], f"sqlite:///{folder / 'serial.db'}")
            serial = time.perf_counter() - start
    print(f"articles={args.articles} cores={os.cpu_count()} batch_size={args.batch_size}")
    for n, (total, warm, extract) in ((1, one), (2, two)):
        print(f"workers={n} total_s={total:.2f} warm_s={warm:.2f} extract_store_s={extract:.2f}")
    if serial is not None:
        print(f"single-process ingest_s={serial:.2f}")
    print(f"speedup={one[0] / two[0]:.2f} (warm: {one[1] / two[1]:.2f}; ", end="")
    print(f"extraction and storage alone: {one[2] / two[2]:.2f})")


if __name__ == "__main__":
    main()
