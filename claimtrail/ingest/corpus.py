"""Readers for corpora: JSON Lines and CSV files holding one article per record.

A record needs a text column (the first of `text_columns` in data/ingest.json it has);
the metadata columns (title, publisher, published, url, authors, id) are optional. Each
record becomes one article, or one rejection, with the path `corpus.jsonl#line=12`
(`#row=N` for CSV, counting the header as row 1), or `#id=X` when the record has an id.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from claimtrail.errors import InputRejected
from claimtrail.ingest.body import clean_body
from claimtrail.ingest.decode import decode_bytes, normalise_text
from claimtrail.ingest.detect import cues
from claimtrail.ingest.language import check_english
from claimtrail.ingest.text import article_id
from claimtrail.model import Article

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed the 128 kB default


@dataclass(frozen=True)
class Record:
    """One record of a corpus: an article, or the reason it could not be read."""

    path: str
    article: Article | None = None
    reason: str | None = None
    sha256: str | None = None  # the custody record read; None: the input's own


def read_jsonl(data: bytes, origin: str) -> Iterator[Record]:
    text = decode_bytes(data, limit=len(data))
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            yield Record(f"{origin}#line={number}", reason=f"not a JSON object ({error.msg})")
            continue
        if not isinstance(row, dict):
            yield Record(f"{origin}#line={number}", reason="not a JSON object")
            continue
        yield _record(row, origin, f"line={number}")


def read_csv(data: bytes, origin: str) -> Iterator[Record]:
    text = decode_bytes(data, limit=len(data))
    try:
        rows = csv.DictReader(io.StringIO(text, newline=""))
        if not _text_column(rows.fieldnames or ()):
            raise InputRejected(f"CSV has no text column (one of {_names()})")
        for number, row in enumerate(rows, start=2):
            yield _record(row, origin, f"row={number}")
    except csv.Error as error:
        raise InputRejected(f"malformed CSV ({error})") from None


def _record(row: Mapping[str, object], origin: str, where: str) -> Record:
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    record_id = _value(lowered, "id")
    path = f"{origin}#id={record_id}" if record_id else f"{origin}#{where}"
    try:
        return Record(path, article=_article(lowered, path))
    except InputRejected as rejected:
        return Record(path, reason=rejected.reason)


def _article(row: Mapping[str, object], path: str) -> Article:
    column = _text_column(row.keys())
    raw = row.get(column) if column else None
    if not isinstance(raw, str) or not raw.strip():
        raise InputRejected(f"record has no text (a non-empty column {_names()})")
    body = clean_body(normalise_text(raw).split("\n"))
    if not body:
        raise InputRejected("no article text left after removing boilerplate")
    title = _value(row, "title")
    check_english(f"{title or ''}\n{body}")
    authors = _value(row, "authors")
    return Article(
        id=article_id(body),
        text=body,
        path=path,
        title=title,
        authors=tuple(a.strip() for a in authors.split(";") if a.strip()) if authors else (),
        publisher=_value(row, "publisher"),
        published=_date(_value(row, "published")),
        url=_value(row, "url"),
    )


def _text_column(columns: object) -> str | None:
    names = {str(c).strip().lower() for c in columns}  # type: ignore[attr-defined]
    return next((c for c in cues()["text_columns"] if c in names), None)


def _names() -> str:
    return "/".join(cues()["text_columns"])


def _value(row: Mapping[str, object], field: str) -> str | None:
    for name in cues()["metadata_columns"][field]:
        value = row.get(name)
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        if isinstance(value, str | int) and str(value).strip():
            return normalise_text(str(value)).strip()
    return None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
