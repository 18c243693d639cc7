"""Front matter: the YAML block a Markdown file opens with, between two '---' lines.

A story saved by a clipping tool (into a notes app) or kept as a static site's source opens
with its metadata as YAML: title, address, writers, the day it was published and the day it
was clipped. That block names the story more surely than any header line, so its fields win
over what the header reading finds; the clipping day ('created') is the reader's, never the
story's. Field names vary by tool; those read are in `ingest.json` (`front_matter_fields`).
A block that is no YAML mapping is left alone, as text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import yaml

from claimtrail.ingest.metadata import Metadata
from claimtrail.ingest.pubdate import find_date

_DATA = Path(__file__).resolve().parent.parent / "data" / "ingest.json"
MAX_FRONT_MATTER_LINES = 80
_FENCE = "---"
_WIKI_LINK = re.compile(r"^\[\[(?:[^|\]]*\|)?(?P<name>[^\]]+)\]\]$")  # '[[Ana Ruiz]]'


def split_front_matter(lines: Sequence[str]) -> tuple[Metadata | None, list[str]]:
    """The metadata the front matter at the top of `lines` gives, if any, and the lines
    after it."""
    if not lines or lines[0].strip() != _FENCE:
        return None, list(lines)
    end = next(
        (
            n
            for n in range(1, min(len(lines), MAX_FRONT_MATTER_LINES))
            if lines[n].strip() == _FENCE
        ),
        None,
    )
    if end is None:
        return None, list(lines)
    try:
        fields = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        return None, list(lines)
    if not isinstance(fields, dict):
        return None, list(lines)
    return _read(fields), list(lines[end + 1 :])


def _read(fields: dict) -> Metadata:
    names = _field_names()
    lowered = {str(key).lower(): value for key, value in fields.items()}

    def first(kind: str) -> object:
        return next((lowered[n] for n in names[kind] if lowered.get(n)), None)

    return Metadata(
        title=_text(first("title")),
        authors=_names(first("authors")),
        published=_date(first("published")),
        url=_text(first("url")),
        publisher=_text(first("publisher")),
    )


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    link = _WIKI_LINK.match(text)
    return (link.group("name") if link else text) or None


def _names(value: object) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value] if value else []
    return tuple(name for v in values if (name := _text(v)))


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    found = find_date(text) if text else None
    return found.value if found else None


@lru_cache(maxsize=1)
def _field_names() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["front_matter_fields"]
    kinds = {"title", "authors", "published", "url", "publisher"}
    if set(raw) - {"_doc"} != kinds:
        raise ValueError(f"{_DATA.name}: front_matter_fields must name {sorted(kinds)}")
    return {kind: tuple(name.lower() for name in raw[kind]) for kind in kinds}
