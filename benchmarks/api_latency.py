"""p95 latency of the web API's filtered incidents query over a large synthetic ledger.

    python benchmarks/api_latency.py [--reports 100000] [--requests 200] [--db FILE]
                                     [--compare-memory]

Synthetic readings (made up, no spaCy) are written through the store API, ten reports an
article and two reports an incident, so the tables hold what ingesting would leave; on
PostgreSQL the tables are then vacuumed and analysed, as autovacuum would do. Each
request asks `/api/incidents` for one page of 100 with a random date window, a random
bounding box and a grade, and every fourth one with a word to search. `--compare-memory`
also times the library's in-memory path (`ledger.list_incidents` then filtering in Python),
which the web layer does not use because it loads the whole ledger for every request.

The last line printed is `reports=<N> requests=<R> p50_ms=... p95_ms=... max_ms=...`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

from claimtrail.model import Article, Incident, Place, Reading, Report, Source, When
from claimtrail.store import open_store

REPORTS_PER_ARTICLE = 10
ACTIONS = ["attack", "kill", "shell", "raid", "arrest", "protest", "explode", "evacuate"]
KINDS = ["news_agency", "media", "official", "organization", "anonymous", "eyewitness"]
FEATURES = ["village", "city", "district", "province", "country"]
WORDS = ["market", "convoy", "village", "checkpoint", "bridge", "school", "clinic", "road"]
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650


def _report(rng: random.Random, article_no: int, i: int, offset: int) -> tuple[Report, str]:
    word = rng.choice(WORDS)
    sentence = f"Gunmen attacked a {word} near Place{i} on day {i}, a spokesman said. "
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    monthly = rng.random() < 0.3
    end = day + timedelta(days=29 if monthly else 0)
    lat, lon = rng.uniform(-35, 60), rng.uniform(-20, 120)
    place = Place(
        text=f"Place{i}", start_char=offset, end_char=offset + 5, name=f"Place{i}",
        feature=rng.choice(FEATURES), country="XX", lat=lat, lon=lon, resolution="exact",
    )  # fmt: skip
    kind = rng.choice(KINDS)
    report = Report(
        id=f"{article_no:08x}{i:08x}",
        start=offset,
        end=offset + len(sentence),
        text=sentence,
        action=rng.choice(ACTIONS),
        when=When("day", offset, offset + 3, day, end, "month" if monthly else "day"),
        where=(place,),
        sources=(Source("a spokesman", f"{kind} {rng.randrange(500)}", kind),),  # type: ignore[arg-type]
        certainty="reported",
    )
    return report, sentence


def build_ledger(url: str, reports: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = open_store(url)
    articles = max(1, reports // REPORTS_PER_ARTICLE)
    pending: list[tuple[str, Report]] = []
    incidents: list[Incident] = []
    try:
        for a in range(articles):
            parts, offset, found = [], 0, []
            for i in range(REPORTS_PER_ARTICLE):
                report, sentence = _report(rng, a, i, offset)
                parts.append(sentence)
                offset += len(sentence)
                found.append(report)
            article = Article(id=f"{a:016x}", text="".join(parts), title=f"Article {a}",
                              publisher="Synthetic Wire", published=date(2025, 1, 1))  # fmt: skip
            store.save_reading(Reading(article, tuple(found)), pipeline_version="0")
            pending += [(article.id, r) for r in found]
            while len(pending) >= 2:
                (a1, r1), (a2, r2) = pending.pop(), pending.pop()
                incidents.append(_incident(rng, len(incidents), (a1, r1), (a2, r2)))
        store.save_incidents(incidents)
    finally:
        store.close()


def _incident(rng: random.Random, n: int, *pairs: tuple[str, Report]) -> Incident:
    first = pairs[0][1]
    assert first.when is not None
    return Incident(
        id=f"{n:016x}",
        action=first.action,
        start=first.when.start,
        end=first.when.end,
        places=first.where,
        report_ids=tuple((r.id, a) for a, r in pairs),
        origins=tuple(r.sources[-1].name or "" for _, r in pairs),
        independent_origins=2,
        denied_by=(),
        grade=rng.randint(1, 6),
        grade_reason="synthetic",
    )


def random_params(rng: random.Random, i: int) -> dict[str, str | int]:
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 365))
    west, south = rng.uniform(-20, 80), rng.uniform(-35, 30)
    params: dict[str, str | int] = {
        "from": start.isoformat(),
        "to": (start + timedelta(days=rng.randrange(30, 365))).isoformat(),
        "bbox": f"{west:.3f},{south:.3f},{west + 40:.3f},{south + 30:.3f}",
        "grade": rng.randint(1, 6),
        "limit": 100,
    }
    if i % 4 == 0:
        params["q"] = rng.choice(WORDS)
    return params


def measure(url: str, requests: int) -> list[float]:
    from fastapi.testclient import TestClient

    from claimtrail.web import create_app

    rng = random.Random(11)
    timings = []
    with TestClient(create_app(url)) as client:
        client.get("/api/incidents", params={"limit": 1})  # warm the connection pool
        for i in range(requests):
            params = random_params(rng, i)
            began = time.perf_counter()
            response = client.get("/api/incidents", params=params)
            timings.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.text
    return timings


def measure_memory(url: str) -> float:
    from claimtrail.ledger import list_incidents

    began = time.perf_counter()
    found = list_incidents(url)
    lo, hi = date(2019, 1, 1), date(2019, 6, 30)
    [i for i in found if i.start and i.end and i.end >= lo and i.start <= hi and i.grade == 3]
    return (time.perf_counter() - began) * 1000


def prepare_for_reading(url: str) -> None:
    """Bring the schema to this version, then give PostgreSQL's planner fresh statistics.

    Right after a bulk load PostgreSQL knows nothing of the new rows until autovacuum gets
    round to them, and plans as if the tables were empty; a ledger in use has had that pass.
    SQLite is left as ingesting leaves it (no ANALYZE), so its figures stay comparable.
    """
    from sqlalchemy import create_engine

    open_store(url).close()
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()


def ledger_stats(url: str) -> dict[str, int]:
    from claimtrail.ledger import ledger_stats as stats

    return stats(url)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="SQLite file to build (default: a temporary one)")
    parser.add_argument(
        "--url", help="Any database URL instead (e.g. postgresql://...); built when it is empty"
    )
    parser.add_argument("--compare-memory", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        url = args.url or f"sqlite:///{path}"
        if (args.url and ledger_stats(url)["reports"] == 0) or (not args.url and not path.exists()):
            began = time.perf_counter()
            build_ledger(url, args.reports)
            print(f"built {args.reports} reports in {time.perf_counter() - began:.1f} s")
        prepare_for_reading(url)
        if args.compare_memory:
            print(f"in-memory list_incidents + filter: {measure_memory(url):.0f} ms per request")
        timings = measure(url, args.requests)
    print(
        f"reports={args.reports} requests={args.requests} "
        f"p50_ms={statistics.median(timings):.1f} p95_ms={percentile(timings, 0.95):.1f} "
        f"max_ms={max(timings):.1f}"
    )


if __name__ == "__main__":
    main()
