"""The library's front door: the operations the CLI (and later the web page) call.

Each function takes plain arguments and returns model objects; none prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from claimtrail import __version__
from claimtrail.errors import ClaimtrailError
from claimtrail.extract import extract_file
from claimtrail.ingest.corpus import Record
from claimtrail.ingest.custody import Captured, CustodyLink
from claimtrail.ingest.sources import SourceOptions, expand_inputs, folder_files, read_input
from claimtrail.link.incidents import Assessment, assess, build_incidents, link_new
from claimtrail.model import Incident, Reading, Rejection, Report
from claimtrail.options import Options
from claimtrail.store import Store, open_store
from claimtrail.store.sql import SqlStore

EXTRACT_BATCH = 16  # articles parsed together by a single-process ingest


class IncidentNotFound(ClaimtrailError):
    pass


@dataclass(frozen=True)
class IngestSummary:
    stored: int
    unchanged: int
    rejected: tuple[Rejection, ...]
    incidents: int


@dataclass(frozen=True)
class Dossier:
    incident: Incident
    readings: tuple[Reading, ...]  # the articles its reports come from
    assessment: Assessment | None = None  # link reasons, copies, contradictions, denials
    custody: tuple[CustodyLink, ...] = ()  # the raw inputs its articles were read from


def expand_paths(
    paths: Iterable[Path], include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> list[Path]:
    """Files as given, and the article files found in folders (recursively, sorted).

    In folders, `include` globs pick the files (by default, every known input suffix:
    text, markdown, HTML, feeds, corpora, archives) and `exclude` globs leave files out.
    """
    out: list[Path] = []
    for path in paths:
        out.extend(folder_files(path, include, exclude) if path.is_dir() else [path])
    return out


def extract_paths(
    paths: Iterable[Path], options: Options | None = None
) -> Iterator[Reading | Rejection]:
    for path in expand_paths(paths):
        yield extract_file(path, options)


@dataclass(frozen=True)
class IngestStep:
    """Progress of an ingest: an article-sized step inside an input, or the input's end."""

    input: str
    item: str | None  # the article's path; None when the whole input is done
    done: bool


def ingest_paths(
    paths: Iterable[Path | str],
    db_url: str,
    options: Options | None = None,
    on_progress: Callable[[IngestStep], None] | None = None,
    sources: SourceOptions | None = None,
    relink: bool = False,
    workers: int = 0,
    scheduler: str | None = None,
) -> IngestSummary:
    """Store every readable article (one transaction each), record rejections, link.

    With `workers` > 0 (a local Dask cluster) or a `scheduler` address (an existing one),
    articles are extracted in parallel and still written by this process alone; see
    `claimtrail.scale.dask_ingest`.

    New reports are linked into the stored incidents; `relink` rebuilds every incident.

    Inputs are files, folders and http(s) URLs (strings; a Path cannot hold a URL). The
    raw bytes of each are kept in custody first, and each article is linked to them
    before its own transaction, so an interrupted run never leaves an article without
    its custody. Storing is idempotent: an article already stored by this pipeline
    version is left as it is, so a re-run after an interruption adds only what is missing.
    """
    sources = sources or SourceOptions(max_bytes=(options or Options()).max_bytes)
    if workers > 0 or scheduler:
        from claimtrail.scale.dask_ingest import Cluster, ingest_parallel

        cluster = Cluster(workers=workers, scheduler=scheduler)
        return ingest_parallel(paths, db_url, cluster, options, on_progress, sources, relink)
    store = open_store(db_url)
    counts = {"stored": 0, "unchanged": 0}
    rejected: list[Rejection] = []

    batch: list[tuple[str, Record]] = []
    ended: list[str] = []  # inputs whose every article is in `batch` or already written

    def write() -> None:
        # Batches run across inputs as on a Dask worker, so both paths parse alike.
        results = _extract_batch([record for _, record in batch], options)
        for (spec, record), result in zip(batch, results, strict=True):
            outcome = _store_result(store, record, result)
            if isinstance(outcome, Rejection):
                rejected.append(outcome)
            else:
                counts[outcome] += 1
            if on_progress:
                on_progress(IngestStep(spec, record.path, done=False))
        for spec in ended:
            if on_progress:
                on_progress(IngestStep(spec, None, done=True))
        batch.clear()
        ended.clear()

    try:
        for spec in expand_inputs(paths, sources):
            for item in read_input(spec, sources):
                if isinstance(item, Captured):  # custody first, before any of its articles
                    store.save_custody(item.capture, item.data)
                    continue
                batch.append((spec, item))
                if len(batch) >= EXTRACT_BATCH:
                    write()
            ended.append(spec)
        write()
        incidents = link_and_save(store, full=relink)
    finally:
        store.close()
    return IngestSummary(counts["stored"], counts["unchanged"], tuple(rejected), incidents)


def _extract_batch(records: list[Record], options: Options | None) -> list[Reading | Rejection]:
    """Each record's reading or rejection; articles are parsed together (`nlp.pipe`)."""
    if not records:
        return []
    from claimtrail.scale.worker import extract_records  # the same isolation as a worker's

    return extract_records(records, options or Options(), EXTRACT_BATCH)


def link_and_save(store: Store, full: bool = False) -> int:
    """Link the stored reports and save the incidents; return how many there are.

    Reading the ledger, linking and saving run in one transaction under the ledger's linking
    lock, so two processes ingesting into one database never link from the same state and
    overwrite each other's incidents.
    """
    if not isinstance(store, SqlStore):
        incidents = _link_stored(store, full)
        store.save_incidents(incidents)
        return len(incidents)
    with store.linking() as locked:
        incidents = _link_stored(locked, full)
        locked.save_incidents(incidents)
    return len(incidents)


def _store_result(store: Store, record: Record, result: Reading | Rejection) -> str | Rejection:
    """Write one record's outcome: "stored", "unchanged", or the Rejection recorded."""
    if isinstance(result, Rejection):
        store.save_rejection(result)
        return result
    reading = result
    if record.sha256:
        store.link_custody(reading.article.id, record.sha256, record.path)
    if store.save_reading(reading, pipeline_version=__version__):
        return "stored"
    return "unchanged"


def _link_stored(store: Store, full: bool) -> list[Incident]:
    """Link the reports no stored incident holds yet; rebuild all when asked, or when the
    stored incidents name reports that are gone (articles re-read by a newer pipeline)."""
    readings = store.readings()
    if full:
        return build_incidents(readings)
    # The readings hold every stored report already: no second read of the reports.
    reports = {report.id: report for r in readings for report in r.reports}
    existing = [_with_reports(i, reports) for i in store.incidents()]
    linked = {aid for incident in existing for _, aid in incident.report_ids}
    stale = any(rid not in reports for i in existing for rid, _ in i.report_ids)
    if full or stale or not existing:
        return build_incidents(readings)
    new = [r for r in readings if r.article.id not in linked]
    if not new:
        return existing
    known = [r for r in readings if r.article.id in linked]
    return link_new(existing, new, known)


def custody_of(db_url: str, article_id: str) -> list[CustodyLink]:
    """The chain of custody of a stored article: the captured inputs it was read from."""
    store = open_store(db_url)
    try:
        return store.custody_of(article_id)
    finally:
        store.close()


def custody_of_articles(db_url: str, article_ids: Iterable[str]) -> list[CustodyLink]:
    """The chain of custody of several stored articles at once."""
    store = open_store(db_url)
    try:
        return [link for aid in dict.fromkeys(article_ids) for link in store.custody_of(aid)]
    finally:
        store.close()


def stored_rejections(db_url: str) -> list[Rejection]:
    """Every input the ledger refused, with its reason, oldest first."""
    store = open_store(db_url)
    try:
        return store.rejections()
    finally:
        store.close()


def list_incidents(db_url: str) -> list[Incident]:
    """Stored incidents with their reports attached."""
    store = open_store(db_url)
    try:
        incidents, reports = store.incidents(), dict((r.id, r) for _, r in store.reports())
    finally:
        store.close()
    return [_with_reports(incident, reports) for incident in incidents]


def _with_reports(incident: Incident, reports: dict[str, Report]) -> Incident:
    attached = tuple(reports[rid] for rid, _ in incident.report_ids if rid in reports)
    return replace(incident, reports=attached)


def dossier(db_url: str, incident_id: str) -> Dossier:
    """One incident with the readings of the articles behind it; a unique id prefix is enough."""
    matches = [i for i in list_incidents(db_url) if i.id.startswith(incident_id)]
    if len(matches) != 1:
        problem = "no incident" if not matches else f"{len(matches)} incidents"
        raise IncidentNotFound(
            f"{problem} with id {incident_id!r}; list them with 'claimtrail incidents'"
        )
    incident = matches[0]
    article_ids = {article_id for _, article_id in incident.report_ids}
    store = open_store(db_url)
    try:
        readings = store.readings()
        custody = tuple(link for aid in sorted(article_ids) for link in store.custody_of(aid))
    finally:
        store.close()
    return Dossier(
        incident,
        tuple(r for r in readings if r.article.id in article_ids),
        assess(incident, readings),
        custody,
    )


def ledger_stats(db_url: str) -> dict[str, int]:
    store = open_store(db_url)
    try:
        return store.stats()
    finally:
        store.close()
