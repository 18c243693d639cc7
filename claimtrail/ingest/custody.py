"""Chain of custody: the raw bytes of every input, addressed by their SHA-256.

A `Capture` records what was read, when (UTC), from where (a file path or a URL, with the
HTTP status and a few response headers for a fetched page) and by which claimtrail
version. The store keeps one record per distinct content; an article links to the capture
it was read from, with the member path inside it (`corpus.jsonl#line=12`, a feed entry's
URL, a WARC record), so every stored figure traces back to the exact bytes it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from claimtrail import __version__
from claimtrail.errors import InputRejected

CHUNK = 1 << 16
KEPT_HEADERS = (
    "content-type",
    "content-length",
    "content-language",
    "last-modified",
    "etag",
    "date",
    "server",
)
"""Response headers worth keeping as evidence of what the server said it sent."""


@dataclass(frozen=True)
class Capture:
    """One input's raw bytes as captured, with where and when they came from."""

    sha256: str
    size: int
    origin: str  # the path or URL as given
    captured_at: str  # ISO UTC timestamp
    reader_version: str = __version__
    final_url: str | None = None  # where a fetch ended after redirects
    status: int | None = None  # HTTP status of a fetched page
    headers: tuple[tuple[str, str], ...] = field(default=())


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def capture_bytes(
    data: bytes,
    origin: str,
    *,
    final_url: str | None = None,
    status: int | None = None,
    headers: dict[str, str] | None = None,
) -> Capture:
    """The custody record of `data`, captured now from `origin`."""
    kept = tuple((k, headers[k]) for k in KEPT_HEADERS if headers and k in headers)
    return Capture(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        origin=origin,
        captured_at=now_utc(),
        final_url=final_url,
        status=status,
        headers=kept,
    )


def read_limited(stream: BinaryIO, limit: int, what: str) -> bytes:
    """Read at most `limit` bytes; refuse the input as soon as it proves larger.

    The size is checked while reading, so a 100 MB file (or a file that grows, or a device
    whose size the file system does not know) is never held whole in memory.
    """
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(CHUNK):
        total += len(chunk)
        if total > limit:
            raise InputRejected(f"{what} too large (over {limit:,} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def read_file_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, refused with a reason when missing, a folder or too large."""
    try:
        if path.is_dir():
            raise InputRejected("is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise InputRejected(f"file too large ({size:,} bytes; the limit is {limit:,})")
        with path.open("rb") as stream:
            return read_limited(stream, limit, "file")
    except OSError as error:
        raise InputRejected(f"cannot read file: {error.strerror or error}") from error


@dataclass(frozen=True)
class Captured:
    """Bytes to keep in custody, with their record."""

    capture: Capture
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class CustodyLink:
    """An article and the captured bytes it was read from."""

    article_id: str
    path: str  # the article's path inside the capture: file, URL, corpus.jsonl#line=3
    capture: Capture
