"""From what the user names (files, folders, URLs) to articles, each with its custody.

`read_input` captures an input's bytes, picks the reader by content (see `detect`) and
yields, in order: the `Captured` bytes to keep, then one `Record` per article read or
refused. Container formats (corpora, archives, feeds) yield many records; a failure in
one record is that record's rejection, and the batch goes on.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from claimtrail.errors import InputRejected
from claimtrail.ingest.corpus import Record, read_csv, read_jsonl
from claimtrail.ingest.custody import Captured, capture_bytes, read_file_limited
from claimtrail.ingest.detect import cues, detect
from claimtrail.ingest.feed import read_feed
from claimtrail.ingest.fetch import FetchPolicy, fetch, is_url
from claimtrail.ingest.html import read_html
from claimtrail.ingest.text import read_article
from claimtrail.ingest.warc import read_warc
from claimtrail.model import Article


@dataclass(frozen=True)
class SourceOptions:
    allow_private: bool = False  # fetch from private, loopback and link-local addresses
    timeout: float = 10.0
    max_bytes: int = 20_000_000
    include: tuple[str, ...] = ()  # globs picking files in folders; default: known suffixes
    exclude: tuple[str, ...] = ()  # globs leaving files out

    def policy(self) -> FetchPolicy:
        return FetchPolicy(
            allow_private=self.allow_private,
            timeout=self.timeout,
            deadline=3 * self.timeout,
            max_bytes=self.max_bytes,
        )


def expand_inputs(inputs: Iterable[str | Path], options: SourceOptions) -> list[str]:
    """URLs and files as given, and the files found in folders (recursively, sorted)."""
    out: list[str] = []
    for given in inputs:
        spec = str(given)
        path = Path(spec)
        if not is_url(spec) and path.is_dir():
            out.extend(str(p) for p in folder_files(path, options.include, options.exclude))
        else:
            out.append(spec)
    return out


def folder_files(
    folder: Path, include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> list[Path]:
    """The files under `folder` that `include` picks (by default: known article suffixes)."""
    include, exclude = tuple(include), tuple(exclude)
    suffixes = tuple(cues()["folder_suffixes"])
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if include:
            picked = _matches(relative, include)
        else:
            picked = path.name.lower().endswith(suffixes)
        if picked and not _matches(relative, exclude):
            found.append(path)
    return found


def _matches(relative: Path, globs: tuple[str, ...]) -> bool:
    return any(
        fnmatch.fnmatch(relative.as_posix(), g) or fnmatch.fnmatch(relative.name, g) for g in globs
    )


def read_input(spec: str, options: SourceOptions) -> Iterator[Captured | Record]:
    """Capture the input named `spec` and read it; never raises InputRejected."""
    try:
        captured, charset, url = _capture(spec, options)
    except InputRejected as rejected:
        yield Record(spec, reason=rejected.reason)
        return
    yield captured
    sha = captured.capture.sha256
    try:
        for item in _read(captured.data, spec, url, charset, options):
            yield replace(item, sha256=item.sha256 or sha) if isinstance(item, Record) else item
    except InputRejected as rejected:
        yield Record(spec, reason=rejected.reason, sha256=sha)


def read_single(data: bytes, path: str) -> Article:
    """The one article in a file's bytes (text or HTML); containers are refused."""
    kind = detect(data, path)
    if kind == "html":
        return read_html(data, path)
    if kind == "text":
        return read_article(data, path)
    raise InputRejected(f"a {kind} input holds many articles; store it with 'claimtrail ingest'")


def _capture(spec: str, options: SourceOptions) -> tuple[Captured, str | None, str | None]:
    if is_url(spec):
        page = fetch(spec, options.policy())
        capture = capture_bytes(
            page.data, spec, final_url=page.final_url, status=page.status, headers=page.headers
        )
        return Captured(capture, page.data), page.charset, page.final_url
    data = read_file_limited(Path(spec), options.max_bytes)
    return Captured(capture_bytes(data, spec), data), None, None


def _read(
    data: bytes, spec: str, url: str | None, charset: str | None, options: SourceOptions
) -> Iterator[Captured | Record]:
    kind = detect(data, url or spec)
    if kind == "text":
        yield Record(spec, article=read_article(data, spec))
    elif kind == "html":
        yield Record(spec, article=read_html(data, spec, url=url, charset=charset))
    elif kind == "jsonl":
        yield from read_jsonl(data, spec)
    elif kind == "csv":
        yield from read_csv(data, spec)
    elif kind == "warc":
        yield from read_warc(data, spec, options.max_bytes)
    else:
        policy = options.policy()
        yield from read_feed(data, spec, lambda link: fetch(link, policy))
