"""Author assertions are stored with their article, replaced with it, and migrated in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import create_engine, func, inspect, select

from claimtrail.errors import StoreError
from claimtrail.model import Article, AuthorAssertion, Reading
from claimtrail.store import open_store, schema

TEXT = (
    "The port authority says the new toll pays for dredging. "
    "That explanation is an obvious lie. "
    "Of course, the ferries kept running."
)


def judgement(sentence: str, cue: str, label: str, target: str | None = None) -> AuthorAssertion:
    start = TEXT.index(sentence)
    cue_start = TEXT.index(cue, start)
    target_start = TEXT.index(target, start) if target else None
    return AuthorAssertion(
        start=start,
        end=start + len(sentence),
        text=sentence,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        label=label,  # type: ignore[arg-type]
        target=target,
        target_start=target_start,
        target_end=target_start + len(target) if target_start is not None else None,
    )


LIE = judgement(
    "That explanation is an obvious lie.", "an obvious lie", "discredit", "That explanation"
)
CERTAIN = judgement("Of course, the ferries kept running.", "Of course", "certainty")


def reading(article_id: str = "t1", *assertions: AuthorAssertion) -> Reading:
    return Reading(Article(id=article_id, text=TEXT), assertions=assertions)


def stored_rows(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        count = select(func.count()).select_from(schema.author_assertions)
        rows = conn.execute(count).scalar_one()
    engine.dispose()
    return rows


def test_assertions_round_trip_in_text_order(store):
    saved = reading("t1", LIE, CERTAIN)
    assert store.save_reading(saved, pipeline_version="1.0")
    assert store.readings() == [saved]


def test_a_replaced_article_takes_its_assertions_along(file_url):
    store = open_store(file_url)
    store.save_reading(reading("t1", LIE, CERTAIN), pipeline_version="1.0")
    newer = reading("t1", CERTAIN)
    assert store.save_reading(newer, pipeline_version="2.0")
    assert store.readings() == [newer]
    store.close()
    assert stored_rows(file_url) == 1


def test_a_malformed_assertion_fails_the_whole_article(store):
    broken = replace(LIE, cue_start=LIE.cue_end + 1)  # the cue ends before it starts
    with pytest.raises(StoreError):
        store.save_reading(reading("t1", CERTAIN, broken), pipeline_version="1.0")
    assert store.readings() == []


def test_a_version_4_database_gains_the_assertions_table(file_url):
    engine = create_engine(file_url)
    with engine.begin() as conn:
        schema.migrate(conn, [m for m in schema.MIGRATIONS if m.version <= 4])
        schema.author_assertions.drop(conn)  # as version 4 left it
        assert schema.current_version(conn) == 4
    engine.dispose()
    store = open_store(file_url)
    store.save_reading(reading("t1", LIE), pipeline_version="1.0")
    assert store.readings() == [reading("t1", LIE)]
    store.close()
    assert "author_assertions" in inspect(create_engine(file_url)).get_table_names()
