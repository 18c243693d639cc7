"""Which reader fits an input: decided from its first bytes, the file name only breaking ties.

Kinds: `warc` (the WARC magic, also gzip-compressed), `feed` (an XML document whose root
is rss, feed or rdf:RDF), `html` (a document starting with an HTML element or declaring
`<!doctype html>`; inline tags in prose do not count), `jsonl` (a first line that is
a JSON object), `csv` (a header row naming a text column) and `text` (everything else,
left to the plain-text reader, which refuses what is not text).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

Kind = Literal["warc", "feed", "html", "jsonl", "csv", "text"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "ingest.json"
SNIFF_BYTES = 4096
_PROLOG = re.compile(rb"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT = re.compile(rb"<([A-Za-z][\w:.-]*)")


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def detect(head: bytes, name: str = "") -> Kind:
    """The kind of the input whose first bytes are `head` (named `name`, maybe a URL)."""
    text = _ascii_view(head[:SNIFF_BYTES])
    if _is_warc(head):
        return "warc"
    if _feed_root(text):
        return "feed"
    if _looks_html(text):
        return "html"
    if _looks_jsonl(text):
        return "jsonl"
    if _looks_csv(text, name):
        return "csv"
    return "text"


def _ascii_view(head: bytes) -> bytes:
    """Head bytes with UTF-16/32 zero bytes dropped, so markup cues match in any of them."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head.count(b"\x00") > len(head) // 4:
        head = head.replace(b"\x00", b"")
    return head


def _is_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return inflater.decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def _root(text: bytes) -> str:
    """The first tag name after the XML prolog, comments and doctype; "" when none."""
    found = _ROOT.match(text[_PROLOG.match(text).end() :])
    return found.group(1).decode("ascii", "replace").lower() if found else ""


def _feed_root(text: bytes) -> bool:
    return _root(text) in cues()["feed_roots"]


def _looks_html(text: bytes) -> bool:
    """A page starts with an HTML element or declares itself; inline tags in prose do not count."""
    lowered = text.lower()
    declared = any(cue.encode() in lowered for cue in cues()["html_cues"])
    return declared or _root(text) in cues()["html_roots"]


def _looks_jsonl(text: bytes) -> bool:
    first = text.lstrip().split(b"\n", 1)
    if not first[0].startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first[0]), dict)
    except ValueError:
        # A first record longer than the sniffed head: a brace start is enough then.
        return len(first) == 1


def _looks_csv(text: bytes, name: str) -> bool:
    header = text.lstrip().split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    try:
        fields = next(csv.reader(io.StringIO(header)))
    except (csv.Error, StopIteration):
        return False
    columns = {f.strip().lower() for f in fields}
    named = bool(columns & set(cues()["text_columns"]))
    return named and (len(fields) > 1 or name.lower().endswith(".csv"))
