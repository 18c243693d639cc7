"""The reader for HTML pages: main text and metadata with trafilatura, the date with htmldate.

Steps, in order:
1. decode the bytes: a byte order mark, else the charset the server or the page declares,
   else UTF-8, else Windows-1252 (the HTML standard's default for undeclared pages); bytes
   mixing UTF-8 sequences with stray single bytes are refused, since either reading of
   them corrupts some names;
2. extract the main text without navigation, comments, share bars or related-article
   lists, and the title, authors and site name;
3. find the publication date (the original one when the page gives both);
4. rebuild paragraphs as the plain-text reader does (one blank line between them), refuse
   a page with no article or not in English, and derive the id from the text.
"""

from __future__ import annotations

import codecs
import logging
import re
from datetime import date
from urllib.parse import urlsplit

from claimtrail.errors import InputRejected
from claimtrail.ingest.decode import normalise_text
from claimtrail.ingest.language import check_english
from claimtrail.ingest.text import article_id
from claimtrail.model import Article

MIN_TEXT_CHARS = 80
"""Less extracted text than this is a stub, a teaser or an index page, not an article."""

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_BLANKS = re.compile(r"[ ]+")

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)  # their warnings are not our output


def read_html(
    data: bytes, path: str, *, url: str | None = None, charset: str | None = None
) -> Article:
    """The article in the HTML page `data` (read from `path`); raises InputRejected."""
    if not data.strip():
        raise InputRejected("empty file")
    markup = normalise_text(decode_html(data, charset))
    if "\x00" in markup:
        raise InputRejected("binary file, not HTML")
    try:
        doc, published = _extract(markup, url)
    except InputRejected:
        raise
    except (RecursionError, MemoryError):
        raise InputRejected("HTML nested too deeply to parse") from None
    except Exception as error:  # noqa: BLE001 - a third-party parser's failure is the input's
        raise InputRejected(f"malformed HTML ({type(error).__name__})") from None
    title = _clean(getattr(doc, "title", None))
    body = _paragraphs(getattr(doc, "text", None) or "", title)
    if len(body) < MIN_TEXT_CHARS:
        raise InputRejected("no article text found in the HTML page")
    check_english(f"{title or ''}\n{body}")
    return Article(
        id=article_id(body),
        text=body,
        path=path,
        title=title,
        authors=_authors(getattr(doc, "author", None)),
        publisher=_publisher(getattr(doc, "sitename", None), url),
        published=published,
        url=url or _clean(getattr(doc, "url", None)),
        language="en",
    )


def decode_html(data: bytes, charset: str | None = None) -> str:
    """The text of an HTML page's bytes; raises InputRejected when it cannot be decoded."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16)
    declared = _known(charset) or _known(_meta_charset(data))
    if declared:
        return _decode(data, declared)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if _UTF8_SEQUENCE.search(data):
            raise InputRejected(
                f"mixed encodings: UTF-8 text with a stray byte 0x{data[err.start]:02X} "
                f"at offset {err.start}; save the page as UTF-8"
            ) from None
        return data.decode("cp1252", errors="replace")


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 markup without a BOM: its ASCII tags put a zero in every other byte."""
    sample = data[:2048]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _meta_charset(data: bytes) -> str | None:
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that says ISO-8859-1 means Windows-1252, as every browser reads it.
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputRejected(
            f"not valid {encoding} (byte 0x{data[err.start]:02X} at offset {err.start}); "
            "save the page as UTF-8"
        ) from None


def _extract(markup: str, url: str | None) -> tuple[object | None, date | None]:
    # Imported here: trafilatura takes a second to load, and most runs read plain text.
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        raise InputRejected("no article text found in the HTML page")
    found = find_date(markup, url=url, original_date=True, extensive_search=False)
    return doc, _iso_date(found)


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _paragraphs(text: str, title: str | None) -> str:
    """One blank line between paragraphs; the headline is metadata, not body."""
    lines = [_BLANKS.sub(" ", line).strip() for line in normalise_text(text).split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


MAX_NAME_WORDS = 5
"""A longer "author" is a sentence from a biography box, not a name."""


def _authors(value: str | None) -> tuple[str, ...]:
    names = (_clean(name) for name in (value or "").split(";"))
    return tuple(n for n in names if n and len(n.split()) <= MAX_NAME_WORDS)


def _publisher(sitename: str | None, url: str | None) -> str | None:
    """The site's declared name; the host name trafilatura falls back on is not an outlet."""
    name = _clean(sitename)
    host = urlsplit(url).netloc.lower() if url else ""
    return None if name and host and name.lower() in (host, host.split(":")[0]) else name


def _clean(value: str | None) -> str | None:
    value = _BLANKS.sub(" ", value or "").strip()
    return value or None
