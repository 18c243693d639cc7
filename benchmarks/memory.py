"""Peak memory of `claimtrail ingest` at 1,000 and 10,000 articles, in one run.

    python benchmarks/memory.py [--sizes 1000 10000] [--workers 0] [--max-seconds 600]

Each size is ingested (`ledger.ingest_paths`, as `claimtrail ingest` does) by a fresh
process into a fresh SQLite file; its peak resident set (resource.getrusage ru_maxrss,
children of a fresh watcher process) is printed with the articles it stored, and the
peak it had reached when the last article was stored, before linking. A run that passes
--max-seconds is stopped and reported as such: the peak so far and the articles stored
by then. With --workers N the workers' memory is not in the figure (they are the
cluster's processes; the figure is the writing client's).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimtrail.scale.benchcorpus import write_corpus
from claimtrail.store import open_store


def child(url: str, files: list[str], workers: int) -> None:
    """The measured ingest: print the peak RSS reached before linking began (KiB)."""
    from claimtrail import ledger

    before_link = [0]

    def note(_step: object) -> None:
        before_link[0] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    ledger.ingest_paths(files, url, on_progress=note, workers=workers)
    print(before_link[0], flush=True)


def watch(command: list[str], max_seconds: float) -> None:
    """Run `command`, stop it after `max_seconds`; print its peak RSS and time as JSON."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        output, _ = process.communicate(timeout=max_seconds)
        finished = process.returncode == 0
    except subprocess.TimeoutExpired:
        process.terminate()
        output, _ = process.communicate()
        finished = False
    before_link = int(output) / 1024 if finished and output.strip() else None
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    seconds = time.perf_counter() - start
    result = {"peak_mib": peak_kib / 1024, "before_link_mib": before_link}
    print(json.dumps({**result, "seconds": seconds, "finished": finished}))


def measure(size: int, folder: Path, workers: int, max_seconds: float) -> dict:
    files = write_corpus(folder / f"corpus{size}", size)
    url = f"sqlite:///{folder / f'ledger{size}.db'}"
    ingest = [sys.executable, __file__, "--child", url, str(workers), *map(str, files)]
    watcher = [sys.executable, __file__, "--watch", str(max_seconds), "--", *ingest]
    result = json.loads(subprocess.run(watcher, capture_output=True, text=True).stdout)
    store = open_store(url)
    try:
        result["stored"] = store.stats()["articles"]
    finally:
        store.close()
    return result


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # the ingest itself
        child(sys.argv[2], sys.argv[4:], int(sys.argv[3]))
        return
    if "--watch" in sys.argv:  # the watcher process: its only child is the ingest
        at = sys.argv.index("--")
        watch(sys.argv[at + 1 :], float(sys.argv[sys.argv.index("--watch") + 1]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = measure(size, Path(tmp), args.workers, args.max_seconds)
            state = "finished" if r["finished"] else f"stopped after {r['seconds']:.0f}s"
            before = r["before_link_mib"]
            before_text = f"{before:.0f}" if before is not None else "n/a"
            print(
                f"articles={size} workers={args.workers} peak_rss_mib={r['peak_mib']:.0f} "
                f"before_link_mib={before_text} "
                f"stored={r['stored']} seconds={r['seconds']:.0f} ({state})",
                flush=True,
            )


if __name__ == "__main__":
    main()
