"""An ingest killed midway (SIGKILL) and run again finishes the batch: no duplicate, no
half-written article, every article linked to its custody."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtrail.extract import extract
from claimtrail.ledger import custody_of
from claimtrail.store import open_store

REPO = Path(__file__).resolve().parents[2]
TOWNS = ("Arden", "Belmoor", "Carlow", "Dunsby", "Elmhurst", "Fenwick", "Garston", "Holm")
EVENTS = (
    ("a warehouse fire", "the fire service said", "two workers were treated for smoke"),
    ("a bus crash", "police said", "eleven passengers were taken to hospital"),
    ("a gas explosion", "the city council said", "three houses were badly damaged"),
)


def corpus_lines() -> list[str]:
    lines = []
    for n, town in enumerate(TOWNS):
        for m, (event, source, outcome) in enumerate(EVENTS):
            text = (
                f"Emergency crews responded to {event} in {town} on Monday, {source}. "
                f"Officials said {outcome}, and the cause was being investigated. "
                f"Residents of {town} said the area was sealed off for {n + m + 2} hours."
            )
            lines.append(json.dumps({"text": text, "title": f"{event.capitalize()} in {town}"}))
    return lines


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "claimtrail", "ingest", str(corpus), "--db", f"sqlite:///{db}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_ingest_resumes_without_duplicates(tmp_path):
    lines = corpus_lines()
    corpus = tmp_path / "towns.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    first = _ingest(corpus, db)
    deadline = time.monotonic() + 30
    while _count(db) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    killed_at = _count(db)
    assert 0 < killed_at < len(lines), "the first run was not interrupted midway"

    assert _ingest(corpus, db).wait(timeout=60) == 0

    url = f"sqlite:///{db}"
    store = open_store(url)
    try:
        readings = store.readings()
    finally:
        store.close()
    ids = [r.article.id for r in readings]
    assert len(ids) == len(set(ids)) == len(lines)
    for reading in readings:
        fresh = extract(reading.article)
        assert [r.id for r in reading.reports] == [r.id for r in fresh.reports]
        (link,) = custody_of(url, reading.article.id)
        assert link.path.startswith(f"{corpus}#line=")
