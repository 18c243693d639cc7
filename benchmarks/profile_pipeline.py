"""Where the time of an ingest goes: cProfile over a single-process ingest.

    python benchmarks/profile_pipeline.py [--articles 60] [--top 5]

Prints the top claimtrail functions by cumulative time, then the share of the run taken
by each stage (spaCy parse, each extraction stage, storage, linking), all from one run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

from claimtrail import ledger
from claimtrail.nlp.pipeline import load_nlp
from claimtrail.scale.benchcorpus import write_corpus

# (label, file suffix, function name): the stages named in claimtrail/extract.py and ledger.py
STAGES = (
    ("spaCy parse", "spacy/language.py", "__call__"),
    ("spaCy parse", "spacy/language.py", "pipe"),  # the single-process ingest parses in batches
    ("dates", "claimtrail/nlp/dates.py", "find_dates"),
    ("places", "claimtrail/nlp/places.py", "find_places"),
    ("attribution", "claimtrail/nlp/attribution.py", "find_attributions"),
    ("events", "claimtrail/nlp/events.py", "find_triggers"),
    ("denials", "claimtrail/nlp/denials.py", "find_denials"),
    ("reports", "claimtrail/nlp/reports.py", "assemble_reports"),
    ("store reading", "claimtrail/store/sql.py", "save_reading"),
    ("read inputs", "claimtrail/ingest/sources.py", "read_input"),
    ("link incidents", "claimtrail/ledger.py", "_link_stored"),
    ("store incidents", "claimtrail/store/sql.py", "save_incidents"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    load_nlp()  # loading the model is a one-off, not part of the per-article cost
    with tempfile.TemporaryDirectory() as tmp:
        files = write_corpus(Path(tmp) / "corpus", args.articles)
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        profile = cProfile.Profile()
        profile.runcall(ledger.ingest_paths, [str(f) for f in files], url)
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    total = max(ct for _, _, _, ct, _ in stats.values())
    own = [(key, value) for key, value in stats.items() if "/claimtrail/" in key[0]]
    print(f"articles={args.articles} total_s={total:.2f}")
    print(f"top {args.top} claimtrail functions by cumulative time:")
    for (file, line, name), (_, calls, _, cumulative, _) in sorted(
        own, key=lambda item: -item[1][3]
    )[: args.top]:
        where = file[file.rindex("/claimtrail/") + 1 :]
        share = 100 * cumulative / total
        print(f"  {cumulative:7.2f}s {share:5.1f}%  {calls:6d} calls  {where}:{line} {name}")
    print("stages (cumulative):")
    spent: dict[str, float] = {}
    for label, suffix, function in STAGES:
        found = sum(v[3] for k, v in stats.items() if k[0].endswith(suffix) and k[2] == function)
        spent[label] = spent.get(label, 0.0) + found
    for label, seconds in spent.items():
        print(f"  {label:16s} {seconds:7.2f}s {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
