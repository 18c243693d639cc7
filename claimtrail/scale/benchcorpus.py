"""A benchmark corpus from the project's own example articles and, when present, the
public news texts of the shared bench folder (geowebnews, lgl), as JSON Lines files.

Beyond the texts available, each is repeated with a small change (a numbered closing
sentence), so every article has its own id and is stored, not skipped as a duplicate.
Nothing here is used by the pipeline; the benchmarks in benchmarks/ call it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OWN = (REPO / "examples" / "corpus", REPO / "tests" / "data" / "articles")
SHARED_SETS = ("geowebnews", "lgl")
PER_FILE = 500  # articles per JSONL file: each file stays far below the input size limit


def shared_bench(repo: Path = REPO) -> Path:
    return repo.parent / "shared" / "bench"


def base_texts(bench: Path | None = None) -> list[str]:
    """The distinct source texts: own articles first, then the public bench texts."""
    texts = [p.read_text(encoding="utf-8") for folder in OWN for p in sorted(folder.glob("*.txt"))]
    bench = bench or shared_bench()
    for name in SHARED_SETS:
        for split in ("dev.jsonl", "test.jsonl"):
            path = bench / name / split
            if path.exists():
                lines = path.read_text(encoding="utf-8").split("\n")
                texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def texts(count: int, bench: Path | None = None) -> Iterator[str]:
    """`count` distinct texts, cycling through the base texts with a numbered change."""
    base = base_texts(bench)
    for n in range(count):
        text, round_ = base[n % len(base)], n // len(base)
        yield text if round_ == 0 else f"{text.rstrip()}\n\nThis is update {round_} of the story."


def write_corpus(folder: Path, count: int, bench: Path | None = None) -> list[Path]:
    """Write `count` articles as JSON Lines files under `folder`; return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    out = None
    for n, text in enumerate(texts(count, bench)):
        if n % PER_FILE == 0:
            if out:
                out.close()
            files.append(folder / f"corpus_{len(files):04d}.jsonl")
            out = files[-1].open("w", encoding="utf-8")
        out.write(json.dumps({"id": f"bench-{n}", "title": f"Article {n}", "text": text}) + "\n")
    if out:
        out.close()
    return files
