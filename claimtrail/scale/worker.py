"""What runs on a Dask worker: records in, readings or rejections out. Never writes.

Each worker process parses with its own spaCy pipeline, loaded once per process,
and reads a batch with `nlp.pipe`. An article whose extraction raises is rejected with
the error as its reason, and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from claimtrail.errors import InputRejected
from claimtrail.extract import extract_many
from claimtrail.ingest.corpus import Record
from claimtrail.model import Article, Reading, Rejection
from claimtrail.options import Options

Extractor = Callable[[Iterable[Article], Options, int], Iterator[Reading]]


def extract_records(
    records: Sequence[Record],
    options: Options,
    batch_size: int = 16,
    extractor: Extractor = extract_many,
) -> list[Reading | Rejection]:
    """One result per record, in order: its Reading, or the Rejection with the reason."""
    results: dict[int, Reading | Rejection] = {}
    readable = []
    for index, record in enumerate(records):
        if record.article is None:
            results[index] = Rejection(record.path, record.reason or "not read")
        else:
            readable.append(index)
    found = _isolate(records, readable, options, batch_size, extractor)
    for index, result in zip(readable, found, strict=True):
        results[index] = result
    return [results[i] for i in range(len(records))]


def _isolate(
    records: Sequence[Record],
    indices: list[int],
    options: Options,
    batch_size: int,
    extractor: Extractor,
) -> Iterator[Reading | Rejection]:
    """Run the batch; when it raises, the article at the failure point is read alone, so
    only an article that fails by itself is rejected. Each restart moves on at least one
    article, so a poisoned batch ends."""
    start = 0
    while start < len(indices):
        articles = [records[i].article for i in indices[start:]]
        try:
            for reading in extractor(articles, options, batch_size):
                start += 1
                yield reading
            return
        except Exception:  # noqa: BLE001 - which article failed is found by reading it alone
            yield _alone(records[indices[start]], options, extractor)
            start += 1


def _alone(record: Record, options: Options, extractor: Extractor) -> Reading | Rejection:
    try:
        return next(iter(extractor([record.article], options, 1)))
    except InputRejected as error:
        return Rejection(record.path, error.reason)
    except Exception as error:  # noqa: BLE001 - a poisoned article is refused, never retried
        return Rejection(record.path, f"extraction failed: {_describe(error)}")


def _describe(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
