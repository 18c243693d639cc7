"""One article, one transaction: idempotent, replaced by newer pipelines, never half-stored."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from claimtrail.errors import StoreError
from claimtrail.model import Article, Place, Reading, Report, Source
from claimtrail.store import open_store


def _counts(store) -> dict[str, int]:
    return {k: v for k, v in store.stats().items() if k in ("articles", "reports")}


def test_same_pipeline_version_is_stored_once(store, make_reading):
    assert store.save_reading(make_reading("a1"), pipeline_version="1.0") is True
    assert store.save_reading(make_reading("a1"), pipeline_version="1.0") is False
    assert store.stats()["articles"] == 1
    assert store.stats()["reports"] == 2


def test_newer_pipeline_replaces_reports_and_denials(store, make_reading):
    old = make_reading("a1")
    store.save_reading(old, pipeline_version="0.9")
    new = replace(old, reports=old.reports[:1], denials=())
    assert store.save_reading(new, pipeline_version="0.10")  # 0.10 is newer than 0.9
    assert store.readings() == [new]


def test_older_pipeline_does_not_overwrite(store, make_reading):
    current = make_reading("a1")
    store.save_reading(current, pipeline_version="2.0")
    assert not store.save_reading(replace(current, reports=()), pipeline_version="1.5")
    assert store.readings() == [current]


def test_replacing_a_reading_drops_links_to_its_old_reports(store, make_reading):
    from datetime import date

    from claimtrail.model import Incident

    store.save_reading(make_reading("a1"), pipeline_version="1")
    incident = Incident(
        "i1", "seize", date(2023, 5, 16), None, (), (("r-seizure", "a1"),), (), 0, (), 6, "x"
    )
    store.save_incidents([incident])
    store.save_reading(make_reading("a1"), pipeline_version="2")
    assert store.incidents() == [replace(incident, report_ids=())]


def _with_report(reading: Reading, **changes) -> Reading:
    """The reading with a third report appended whose fields are changed as given."""
    base = reading.reports[-1]
    fields = {"id": "r-bad", "start": base.end + 1, "end": base.end + 1, **changes}
    bad = replace(base, **fields)
    return replace(reading, reports=(*reading.reports, bad))


BAD_REPORTS = {
    "unknown certainty": {"certainty": "certain"},
    "negative start": {"start": -3},
    "end before start": {"end": 0},
    "latitude beyond the pole": {"where": (Place("Nowhere", 0, 7, lat=123.0, lon=0.0),)},
    "unknown source kind": {"sources": (Source("a bird", None, "bird"),)},
    "duplicate report id": {"id": "r-seizure"},
    "missing action": {"action": None},
}


@pytest.mark.parametrize("changes", BAD_REPORTS.values(), ids=BAD_REPORTS.keys())
def test_a_failing_row_leaves_nothing_of_the_article(store, make_reading, changes):
    store.save_reading(make_reading("kept"), pipeline_version="1.0")
    before = store.readings()
    with pytest.raises(StoreError, match="cannot store article broken"):
        store.save_reading(_with_report(make_reading("broken"), **changes), pipeline_version="1.0")
    assert not store.has_article("broken")
    assert store.readings() == before
    assert _counts(store) == {"articles": 1, "reports": 2}
    # The store is still usable, and a corrected reading goes in.
    assert store.save_reading(make_reading("broken"), pipeline_version="1.0")


def test_a_failing_replacement_keeps_the_older_reading(store, make_reading):
    old = make_reading("a1")
    store.save_reading(old, pipeline_version="1.0")
    with pytest.raises(StoreError):
        store.save_reading(_with_report(old, certainty="certain"), pipeline_version="2.0")
    assert store.readings() == [old]
    assert not store.save_reading(old, pipeline_version="1.0")


def test_incidents_naming_an_unstored_report_are_refused_whole(store, make_reading):
    from datetime import date

    from claimtrail.model import Incident

    store.save_reading(make_reading("a1"), pipeline_version="1.0")
    good = Incident(
        "i1",
        "seize",
        date(2023, 5, 16),
        None,
        (),
        (("r-seizure", "a1"),),
        (),
        0,
        (),
        6,
        "one report",
    )
    store.save_incidents([good])
    dangling = replace(good, id="i2", report_ids=(("r-ghost", "a1"),))
    with pytest.raises(StoreError, match="report r-ghost of article a1 is not stored"):
        store.save_incidents([replace(good, id="i3"), dangling])
    assert store.incidents() == [good]


def test_parallel_writers_on_one_file_all_succeed(file_url, make_reading):
    """Writers in separate connections queue for the SQLite lock instead of failing."""
    open_store(file_url).close()
    errors: list[BaseException] = []

    def ingest(prefix: str) -> None:
        store = open_store(file_url)
        try:
            for i in range(15):
                store.save_reading(make_reading(f"{prefix}{i}"), pipeline_version="1.0")
                store.has_article(f"{prefix}{i}")
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=ingest, args=(p,)) for p in "abc"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = open_store(file_url)
    assert store.stats()["articles"] == 45
    store.close()


def test_text_with_any_unicode_survives(store):
    text = "Ǆemal said «они ушли» 🚁 at 05:00 — نعم"
    reading = Reading(
        Article(id="u", text=text, title=text),
        (Report("r", 0, len(text), text, "leave"),),
    )
    store.save_reading(reading, pipeline_version="1")
    assert store.readings() == [reading]
