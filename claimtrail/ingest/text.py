"""The reader for plain-text and markdown-like article files.

Steps, in order:
1. decode the bytes (UTF-8; UTF-16/32 with a byte order mark; UTF-16 without one or
   Windows-1252 when the bytes leave no doubt, see `decode.py`) and normalise the text;
2. take a Markdown file's front matter apart (`frontmatter.py`); drop the forwarding mail
   above a forwarded message (`forwarded.py`), a web archive's toolbar or a search
   engine's cache banner (`webarchive.py`) and a browser's print header and footer lines
   (`printout.py`); join the lines of hard-wrapped text again (`wrapping.py`);
3. read the metadata from the header and footer lines (title, byline, outlet lines, dateline,
   declared original, url), noting the lines that carry only metadata; the front matter's
   fields win over the header's;
4. clean the body: drop those lines, reduce markup, rebuild paragraphs, drop boilerplate;
5. refuse the article if no body is left or its language does not look English;
6. derive the article id from the cleaned body.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace

from claimtrail.errors import InputRejected
from claimtrail.ingest.appbar import without_app_buttons
from claimtrail.ingest.body import clean_body
from claimtrail.ingest.captions import caption_lines
from claimtrail.ingest.chat import chat_lines
from claimtrail.ingest.decode import decode_bytes
from claimtrail.ingest.feedreader import reading_pane
from claimtrail.ingest.footnotes import bracketed_note_marks
from claimtrail.ingest.forumpost import pasted_article
from claimtrail.ingest.forwarded import forwarded_message
from claimtrail.ingest.frontmatter import split_front_matter
from claimtrail.ingest.language import check_english
from claimtrail.ingest.metadata import Metadata, read_metadata
from claimtrail.ingest.minutes import minutes_lines
from claimtrail.ingest.ocr import repaired_ocr, without_scan_notes
from claimtrail.ingest.photopost import photo_post_lines
from claimtrail.ingest.printout import unboxed, without_print_furniture
from claimtrail.ingest.screenreader import read_aloud
from claimtrail.ingest.socialpost import post_lines
from claimtrail.ingest.tables import table_rows
from claimtrail.ingest.thread import thread_lines
from claimtrail.ingest.versions import newest_version
from claimtrail.ingest.webarchive import without_archive_toolbar, without_cache_banner
from claimtrail.ingest.wiki import wiki_lines
from claimtrail.ingest.wrapping import joined_capital_headlines, unwrapped
from claimtrail.model import Article

ID_HEX_CHARS = 16


def read_article(data: bytes, path: str) -> Article:
    """The article in `data` (the bytes of the file at `path`); raises InputRejected."""
    text = decode_bytes(data)
    front, lines = split_front_matter(text.split("\n"))
    lines = page_lines(lines)
    meta = _with_front_matter(read_metadata(lines), front)
    body = clean_body(lines, meta.dropped, meta.authors)
    if not body:
        raise InputRejected("no article text left after removing metadata and boilerplate")
    check_english(f"{meta.title or ''}\n{body}")
    return Article(
        id=article_id(body),
        text=body,
        path=path,
        title=meta.title,
        authors=meta.authors,
        publisher=meta.publisher,
        published=meta.published,
        original=meta.original,
        url=meta.url,
        language="en",
        filed=meta.filed,
    )


def page_lines(lines: list[str]) -> list[str]:
    """The page's own lines: without a forwarding mail, an archive's toolbar, a cache's
    banner, an app's buttons around its name, a feed reader's lists, a social network's or
    a forum's lines above them, a microblog's lines around a thread's posts, a chat app's
    own lines among the messages of an exported group chat, a video site's lines around a
    transcript's captions, a wiki's lines around its article, a meeting's form fields and
    signatures around its minutes, a photo site's around a post's slides, a screen
    reader's words around them, an incident log's rows read as paragraphs, the older
    versions of a stacked wire story and a browser's print lines among them, with a
    report's footnote markers in brackets, joined where wrapping broke them (step 2); an
    OCR'd page's digits read as letters first ('UNION 0F ZIMBABWE'), without a transcriber's
    notes of its stamps."""
    lines = without_scan_notes(repaired_ocr(lines))
    saved_copy = without_cache_banner(without_archive_toolbar(forwarded_message(lines)))
    saved_copy = without_app_buttons(saved_copy)
    saved_copy = pasted_article(post_lines(thread_lines(reading_pane(saved_copy))))
    saved_copy = caption_lines(photo_post_lines(minutes_lines(wiki_lines(saved_copy))))
    saved_copy = table_rows(chat_lines(saved_copy))
    saved_copy = bracketed_note_marks(newest_version(read_aloud(saved_copy)))
    return joined_capital_headlines(unwrapped(unboxed(without_print_furniture(saved_copy))))


def _with_front_matter(meta: Metadata, front: Metadata | None) -> Metadata:
    """The front matter's fields, where it has them, over what the header gave."""
    if front is None:
        return meta
    return replace(
        meta,
        title=front.title or meta.title,
        authors=front.authors or meta.authors,
        publisher=front.publisher or meta.publisher,
        published=front.published or meta.published,
        url=front.url or meta.url,
    )


def article_id(text: str) -> str:
    """A stable hex id of an article's cleaned text: the same text gives the same id."""
    normal = unicodedata.normalize("NFC", text)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]
