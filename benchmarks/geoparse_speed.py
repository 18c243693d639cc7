"""How much geoparsing adds to the spaCy pass it runs on.

    python benchmarks/geoparse_speed.py SET.jsonl [--limit N] [--repeat R] [--profile N]

Reads the first N texts of a JSON-lines file (one object with a ``text`` field a line),
then times, in one process and on the same texts, a bare ``nlp.pipe`` over them with the
pipeline claimtrail loads, and the same pass followed by ``find_places`` on every doc.
The gazetteer and the pipeline are loaded and warmed before timing, so the figures compare
steady-state work; the gazetteer's per-name memo is emptied before each geoparse run, so
a run profits only from names repeated within the texts. Each pass runs R times and the
fastest run counts (the least disturbed by other load on the machine). ``--profile N``
prints the N costliest functions of one geoparse pass under cProfile.

The last line printed has the form
``bare_s=... geoparse_s=... ratio=... extra=...%`` where ratio is geoparse time over bare
time and extra is the share geoparsing adds (the aim is at most +30%).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path

from claimtrail.geo.gazetteer import default_gazetteer, embedded_gazetteer
from claimtrail.nlp.pipeline import load_nlp
from claimtrail.nlp.places import find_places


def read_texts(path: Path, limit: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def bare_pass(texts: list[str]) -> None:
    for _ in load_nlp().pipe(texts):
        pass


def geoparse_pass(texts: list[str]) -> None:
    embedded_gazetteer().clear_memo()  # each run starts without the names earlier runs saw
    for doc in load_nlp().pipe(texts):
        find_places(doc)


def fastest(run: Callable[[list[str]], None], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=100, help="texts to read (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per pass (default 3)")
    parser.add_argument("--profile", type=int, default=0, help="show N costliest functions")
    args = parser.parse_args()

    texts = read_texts(args.path, args.limit)
    default_gazetteer()
    geoparse_pass(texts[:5])  # warm caches, lazily built tables and compiled patterns
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(geoparse_pass, texts)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    bare = fastest(bare_pass, texts, args.repeat)
    full = fastest(geoparse_pass, texts, args.repeat)
    chars = sum(len(t) for t in texts)
    print(f"texts={len(texts)} chars={chars} repeat={args.repeat}")
    ratio = full / bare
    print(
        f"bare_s={bare:.3f} geoparse_s={full:.3f} ratio={ratio:.3f} extra={100 * (ratio - 1):.1f}%"
    )


if __name__ == "__main__":
    main()
