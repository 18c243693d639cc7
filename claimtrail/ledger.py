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
from claimtrail.link.incidents import build_incidents
from claimtrail.model import Incident, Reading, Rejection, Report
from claimtrail.options import Options
from claimtrail.store import open_store

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


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


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the article files found in folders (recursively, sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                )
            )
        else:
            out.append(path)
    return out


def extract_paths(
    paths: Iterable[Path], options: Options | None = None
) -> Iterator[Reading | Rejection]:
    for path in expand_paths(paths):
        yield extract_file(path, options)


def ingest_paths(
    paths: Iterable[Path],
    db_url: str,
    options: Options | None = None,
    on_progress: Callable[[Path], None] | None = None,
) -> IngestSummary:
    """Store every readable article (one transaction each), record rejections, relink.

    Storing is idempotent: an article already stored by this pipeline version is left as
    it is, so a re-run after an interruption adds only what is missing.
    """
    store = open_store(db_url)
    stored = unchanged = 0
    rejected: list[Rejection] = []
    try:
        for path in expand_paths(paths):
            result = extract_file(path, options)
            if isinstance(result, Rejection):
                store.save_rejection(result)
                rejected.append(result)
            elif store.save_reading(result, pipeline_version=__version__):
                stored += 1
            else:
                unchanged += 1
            if on_progress:
                on_progress(path)
        incidents = build_incidents(store.readings())
        store.save_incidents(incidents)
    finally:
        store.close()
    return IngestSummary(stored, unchanged, tuple(rejected), len(incidents))


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
    finally:
        store.close()
    return Dossier(incident, tuple(r for r in readings if r.article.id in article_ids))


def ledger_stats(db_url: str) -> dict[str, int]:
    store = open_store(db_url)
    try:
        return store.stats()
    finally:
        store.close()
