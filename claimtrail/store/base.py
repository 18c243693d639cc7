"""The storage seam: what the pipeline, the linker and the presenters may ask of a ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from claimtrail.ingest.custody import Capture, CustodyLink
from claimtrail.model import Incident, Reading, Rejection, Report


@runtime_checkable
class Store(Protocol):
    """A ledger of readings, rejections and incidents.

    Writes are atomic per call: a failing `save_reading` or `save_incidents` leaves the
    store as it was. Backend failures surface as `claimtrail.errors.StoreError`.
    """

    def save_reading(self, reading: Reading, *, pipeline_version: str) -> bool:
        """Store one article's reading in one transaction; False when nothing was written.

        Nothing is written when the article is already stored by the same or a newer
        pipeline version; a reading by a newer version replaces the older one's reports
        and denials.
        """
        ...

    def has_article(self, article_id: str) -> bool: ...

    def save_rejection(self, rejection: Rejection) -> None:
        """Record an input that was not read; the same path and reason is kept once."""
        ...

    def readings(self) -> list[Reading]:
        """Every stored reading, in ingestion order, reports and denials in text order."""
        ...

    def reports(self) -> list[tuple[str, Report]]:
        """Every stored report as (article id, report), in the order of `readings()`."""
        ...

    def rejections(self) -> list[Rejection]: ...

    def save_incidents(self, incidents: Sequence[Incident]) -> None:
        """Replace the stored incidents with these, in one transaction."""
        ...

    def incidents(self) -> list[Incident]:
        """The stored incidents in the order saved; `Incident.reports` is left empty."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts keyed `articles`, `reports`, `incidents`, `rejected`."""
        ...

    def save_custody(self, capture: Capture, data: bytes) -> bool:
        """Keep an input's raw bytes under their SHA-256; False when already kept."""
        ...

    def link_custody(self, article_id: str, sha256: str, path: str) -> None:
        """Record that the article at `path` was read from the kept bytes `sha256`; idempotent."""
        ...

    def custody_of(self, article_id: str) -> list[CustodyLink]:
        """The custody records an article was read from (without their bytes)."""
        ...

    def custody_data(self, sha256: str) -> bytes | None:
        """The raw bytes kept under `sha256`, or None."""
        ...

    def close(self) -> None: ...
