"""The reader for WARC web archives: each HTML response record is one page to read.

Other records (requests, metadata, non-HTML responses) are passed over. A record is named
`archive.warc.gz#record=N` (N counts every record from 1) and the article keeps the
record's target URI as its url. A truncated or corrupt archive ends with a rejection for
the rest of it; the records read before it stand.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from claimtrail.errors import InputRejected
from claimtrail.ingest.corpus import Record
from claimtrail.ingest.html import read_html


def read_warc(data: bytes, origin: str, limit: int) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator  # loaded only for archives

    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type != "response" or not _is_html(record):
                continue
            path = f"{origin}#record={number}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = _payload(record, limit)
                article = read_html(payload, path, url=url, charset=_charset(record))
                yield Record(path, article=article)
            except InputRejected as rejected:
                yield Record(path, reason=rejected.reason)
    except Exception as error:  # noqa: BLE001 - warcio signals corruption in many ways
        yield Record(
            f"{origin}#record={number + 1}",
            reason=f"corrupt or truncated WARC after record {number} ({type(error).__name__})",
        )


def _is_html(record: object) -> bool:
    http = getattr(record, "http_headers", None)
    content_type = http.get_header("Content-Type", "") if http else ""
    return "html" in content_type.lower()


def _charset(record: object) -> str | None:
    http = getattr(record, "http_headers", None)
    content_type = http.get_header("Content-Type", "") if http else ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            return value.strip("\"' ") or None
    return None


def _payload(record: object, limit: int) -> bytes:
    stream = record.content_stream()  # type: ignore[attr-defined]
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputRejected(f"record too large (over {limit:,} bytes)")
    return data
