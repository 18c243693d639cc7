"""The reader for RSS and Atom feeds: each entry's page is fetched and read as HTML.

The feed itself is only an index; the articles are the pages its entries link to, fetched
under the same rules as a URL given on the command line. Each fetched page is captured
for custody before it is read. An entry whose page cannot be fetched or read becomes a
rejection named by its link; the other entries go on. Title, date and outlet missing from
a page are taken from the entry and the feed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from claimtrail.errors import InputRejected
from claimtrail.ingest.corpus import Record
from claimtrail.ingest.custody import Captured, capture_bytes
from claimtrail.ingest.fetch import Fetched
from claimtrail.ingest.html import read_html
from claimtrail.model import Article

Fetcher = Callable[[str], Fetched]


def parse_feed(data: bytes) -> object:
    """The parsed feed; raises InputRejected when `data` is not an RSS or Atom feed."""
    import feedparser  # loaded only for feeds

    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as error:  # noqa: BLE001 - the parser's failure is the input's
        raise InputRejected(f"malformed feed ({type(error).__name__})") from None
    if not parsed.get("version"):
        raise InputRejected("not an RSS or Atom feed")
    if not parsed.entries and parsed.get("bozo"):
        raise InputRejected("malformed feed with no readable entry")
    return parsed


def read_feed(data: bytes, origin: str, fetcher: Fetcher) -> Iterator[Captured | Record]:
    parsed = parse_feed(data)
    outlet = (parsed.feed.get("title") or "").strip() or None  # type: ignore[attr-defined]
    if not parsed.entries:  # type: ignore[attr-defined]
        raise InputRejected("feed has no entries")
    for number, entry in enumerate(parsed.entries, start=1):  # type: ignore[attr-defined]
        link = (entry.get("link") or "").strip()
        if not link:
            yield Record(f"{origin}#entry={number}", reason="feed entry has no link")
            continue
        yield from _read_entry(entry, link, outlet, fetcher)


def _read_entry(
    entry: dict, link: str, outlet: str | None, fetcher: Fetcher
) -> Iterator[Captured | Record]:
    try:
        page = fetcher(link)
    except InputRejected as rejected:
        yield Record(link, reason=rejected.reason)
        return
    capture = capture_bytes(
        page.data, link, final_url=page.final_url, status=page.status, headers=page.headers
    )
    yield Captured(capture, page.data)
    try:
        article = read_html(page.data, link, url=page.final_url, charset=page.charset)
    except InputRejected as rejected:
        yield Record(link, reason=rejected.reason, sha256=capture.sha256)
        return
    yield Record(link, article=_fill(article, entry, outlet), sha256=capture.sha256)


def _fill(article: Article, entry: dict, outlet: str | None) -> Article:
    """The entry's and the feed's metadata where the page itself has none."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    when = date(parsed[0], parsed[1], parsed[2]) if parsed else None
    return replace(
        article,
        title=article.title or (entry.get("title") or "").strip() or None,
        published=article.published or when,
        publisher=article.publisher or outlet,
    )
