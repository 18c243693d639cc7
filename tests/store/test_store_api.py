"""The storage package exports exactly its documented surface."""

from __future__ import annotations

import inspect

import claimtrail.store
from claimtrail.store import Store

STORE_METHODS = {
    "save_reading": "(self, reading: 'Reading', *, pipeline_version: 'str') -> 'bool'",
    "has_article": "(self, article_id: 'str') -> 'bool'",
    "save_rejection": "(self, rejection: 'Rejection') -> 'None'",
    "readings": "(self) -> 'list[Reading]'",
    "reports": "(self) -> 'list[tuple[str, Report]]'",
    "rejections": "(self) -> 'list[Rejection]'",
    "save_incidents": "(self, incidents: 'Sequence[Incident]') -> 'None'",
    "incidents": "(self) -> 'list[Incident]'",
    "stats": "(self) -> 'dict[str, int]'",
    "close": "(self) -> 'None'",
    "save_custody": "(self, capture: 'Capture', data: 'bytes') -> 'bool'",
    "link_custody": "(self, article_id: 'str', sha256: 'str', path: 'str') -> 'None'",
    "custody_of": "(self, article_id: 'str') -> 'list[CustodyLink]'",
    "custody_data": "(self, sha256: 'str') -> 'bytes | None'",
}


def test_package_exports():
    assert sorted(claimtrail.store.__all__) == ["Store", "open_store"]
    signature = str(inspect.signature(claimtrail.store.open_store))
    assert signature == "(url: 'str') -> 'Store'"


def test_protocol_methods_and_signatures():
    methods = {
        name: str(inspect.signature(member))
        for name, member in vars(Store).items()
        if callable(member) and not name.startswith("_")
    }
    assert methods == STORE_METHODS


def test_sql_store_matches_the_protocol_signatures():
    from claimtrail.store.sql import SqlStore

    for name, signature in STORE_METHODS.items():
        assert str(inspect.signature(getattr(SqlStore, name))) == signature
