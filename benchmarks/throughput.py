"""Pipeline throughput against a bare spaCy pass over the same texts, in one run.

    python benchmarks/throughput.py [--articles 200] [--batch-size 16]

Prints the seconds of: a bare `nlp.pipe` pass; `extract_many` (spaCy plus every stage);
a single-process `ingest` into a fresh SQLite file (reading, extraction, storage, linking);
and `ratio=` pipeline_time / bare_time for both. The corpus is built by
`claimtrail.scale.benchcorpus` (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from claimtrail import ledger
from claimtrail.extract import extract_many
from claimtrail.ingest.corpus import read_jsonl
from claimtrail.nlp.pipeline import load_nlp
from claimtrail.options import Options
from claimtrail.scale.benchcorpus import write_corpus


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = write_corpus(Path(tmp) / "corpus", args.articles)
        records = [r for f in files for r in read_jsonl(f.read_bytes(), str(f))]
        articles = [r.article for r in records if r.article is not None]
        texts = [a.text for a in articles]
        nlp = load_nlp()
        list(nlp.pipe(texts[:8]))  # warm up: first calls allocate
        bare = timed(lambda: list(nlp.pipe(texts, batch_size=args.batch_size)))
        pipeline = timed(lambda: list(extract_many(articles, Options(), args.batch_size)))
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        ingest = timed(lambda: ledger.ingest_paths([str(f) for f in files], url))
    chars = sum(map(len, texts))
    print(f"articles={len(articles)} chars={chars} batch_size={args.batch_size}")
    print(f"bare_spacy_s={bare:.2f} ({len(articles) / bare:.1f} articles/s)")
    print(f"extract_many_s={pipeline:.2f} ({len(articles) / pipeline:.1f} articles/s)")
    print(f"ingest_s={ingest:.2f} ({len(articles) / ingest:.1f} articles/s)")
    print(f"extract ratio={pipeline / bare:.2f}")
    print(f"ingest ratio={ingest / bare:.2f}")


if __name__ == "__main__":
    main()
