"""What goes into a store comes back equal, in a stable order."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrail.model import (
    ActorMention,
    Article,
    Denial,
    Hedge,
    Incident,
    Original,
    Place,
    Reading,
    Rejection,
    Report,
    Source,
    When,
)
from claimtrail.store import Store, open_store


def test_open_store_satisfies_the_protocol(store):
    assert isinstance(store, Store)


def test_full_reading_round_trips(store, make_reading):
    reading = make_reading("a1")
    assert store.save_reading(reading, pipeline_version="1.0")
    assert store.readings() == [reading]
    assert store.has_article("a1")
    assert not store.has_article("a2")


def test_reports_come_back_in_text_order(store, make_reading):
    reading = make_reading("a1")
    shuffled = replace(reading, reports=tuple(reversed(reading.reports)))
    store.save_reading(shuffled, pipeline_version="1.0")
    assert store.readings()[0].reports == reading.reports
    assert store.reports() == [("a1", r) for r in reading.reports]


def test_readings_come_back_in_ingestion_order(store, make_reading):
    ids = ["c", "a", "b"]
    for article_id in ids:
        store.save_reading(make_reading(article_id), pipeline_version="1.0")
    assert [r.article.id for r in store.readings()] == ids
    assert [aid for aid, _ in store.reports()] == ["c", "c", "a", "a", "b", "b"]


def test_bare_reading_round_trips(store):
    bare = Reading(Article(id="bare", text=""))
    store.save_reading(bare, pipeline_version="1.0")
    assert store.readings() == [bare]


def test_original_without_fields_is_not_lost(store):
    reading = Reading(Article(id="o", text="x", original=Original(None, None)))
    store.save_reading(reading, pipeline_version="1.0")
    assert store.readings()[0].article.original == Original(None, None)


def test_rejections_are_kept_once_per_path_and_reason(store):
    rejections = [
        Rejection("inbox/empty.html", "no article text found"),
        Rejection("inbox/empty.html", "no article text found"),
        Rejection("inbox/empty.html", "not English"),
        Rejection("inbox/scan.pdf", "unsupported file type .pdf"),
    ]
    for rejection in rejections:
        store.save_rejection(rejection)
    assert store.rejections() == [rejections[0], rejections[2], rejections[3]]
    assert store.stats()["rejected"] == 3


def _incident(incident_id: str, report_ids: tuple[tuple[str, str], ...]) -> Incident:
    return Incident(
        id=incident_id,
        action="seize",
        start=date(2023, 5, 16),
        end=date(2023, 5, 17),
        places=(Place("Kelt Island", 10, 21, lat=61.1, lon=-4.5, resolution="exact"),),
        report_ids=report_ids,
        origins=("Nordwire", "eyewitness"),
        independent_origins=2,
        denied_by=("coast guard",),
        grade=2,
        grade_reason="two independent origins, denied by the coast guard",
    )


def test_incidents_round_trip_and_are_replaced(store, make_reading):
    store.save_reading(make_reading("a1"), pipeline_version="1.0")
    store.save_reading(make_reading("a2"), pipeline_version="1.0")
    first = [
        _incident("i1", (("r-seizure", "a1"), ("r-seizure", "a2"))),
        replace(_incident("i0", (("r-fire", "a1"),)), start=None, end=None, places=()),
    ]
    store.save_incidents(first)
    assert store.incidents() == first
    second = [_incident("i2", (("r-fire", "a2"),))]
    store.save_incidents(second)
    assert store.incidents() == second
    store.save_incidents([])
    assert store.incidents() == []


def test_stats_count_everything(store, make_reading):
    store.save_reading(make_reading("a1"), pipeline_version="1.0")
    store.save_incidents([_incident("i1", (("r-seizure", "a1"),))])
    store.save_rejection(Rejection("x.txt", "empty"))
    assert store.stats() == {"articles": 1, "reports": 2, "incidents": 1, "rejected": 1}


def test_two_stores_on_one_file_see_each_other(file_url, make_reading):
    first = open_store(file_url)
    first.save_reading(make_reading("a1"), pipeline_version="1.0")
    first.save_rejection(Rejection("x.txt", "empty"))
    first.close()
    second = open_store(file_url)
    assert second.readings() == [make_reading("a1")]
    second.save_reading(make_reading("a2"), pipeline_version="1.0")
    second.close()
    third = open_store(file_url)
    assert [r.article.id for r in third.readings()] == ["a1", "a2"]
    assert third.rejections() == [Rejection("x.txt", "empty")]
    third.close()


# --- generated readings -----------------------------------------------------------------

# NUL cannot be stored in PostgreSQL text, and no cleaned article contains it.
texts = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))
maybe_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=10**6)


@st.composite
def spans(draw) -> tuple[int, int]:
    start = draw(offsets)
    return start, start + draw(st.integers(min_value=0, max_value=1000))


@st.composite
def whens(draw) -> When:
    first, second = sorted(draw(st.lists(st.dates(), min_size=2, max_size=2)))
    precision = draw(st.sampled_from(["day", "days", "month", "part-of-month", "year"]))
    role = draw(st.sampled_from(["occurred", "reported"]))
    return When(draw(texts), *draw(spans()), first, second, precision, role)


places = st.builds(
    Place,
    text=texts,
    start_char=offsets,
    end_char=offsets,
    name=maybe_texts,
    feature=maybe_texts,
    admin1=maybe_texts,
    country=maybe_texts,
    lat=st.none() | st.floats(min_value=-90, max_value=90),
    lon=st.none() | st.floats(min_value=-180, max_value=180),
    geonames_id=st.none() | st.integers(min_value=0, max_value=2**31 - 1),
    resolution=st.sampled_from(["exact", "parent", "unresolved"]),
    reason=texts,
)
kinds = st.sampled_from(
    ["news_agency", "media", "official", "organization", "anonymous", "eyewitness", "author"]
)
sources = st.builds(
    Source,
    text=texts,
    name=maybe_texts,
    kind=kinds,
    start_char=st.integers(min_value=-1, max_value=10**6),
    end_char=st.integers(min_value=-1, max_value=10**6),
)
actors = st.none() | st.builds(ActorMention, texts, maybe_texts, offsets, offsets)


@st.composite
def reports(draw, report_id: str) -> Report:
    start, end = draw(spans())
    return Report(
        id=report_id,
        start=start,
        end=end,
        text=draw(texts),
        action=draw(texts),
        agent=draw(actors),
        patient=draw(actors),
        when=draw(st.none() | whens()),
        where=tuple(draw(st.lists(places, max_size=3))),
        sources=tuple(draw(st.lists(sources, max_size=3))),
        hedges=tuple(draw(st.lists(st.builds(Hedge, texts, offsets, offsets), max_size=2))),
        certainty=draw(st.sampled_from(["asserted", "reported", "alleged", "denied"])),
    )


@st.composite
def denials(draw) -> Denial:
    return Denial(*draw(spans()), draw(texts), draw(sources), draw(maybe_texts))


@st.composite
def readings(draw) -> Reading:
    article = Article(
        id=draw(texts.filter(bool)),
        text=draw(texts),
        path=draw(maybe_texts),
        title=draw(maybe_texts),
        authors=tuple(draw(st.lists(texts, max_size=3))),
        publisher=draw(maybe_texts),
        published=draw(st.none() | st.dates()),
        original=draw(st.none() | st.builds(Original, maybe_texts, st.none() | st.dates())),
        url=draw(maybe_texts),
        language=draw(st.sampled_from(["en", "fr", "und"])),
    )
    ids = draw(st.lists(texts, max_size=4, unique=True))
    found = sorted((draw(reports(i)) for i in ids), key=lambda r: (r.start, r.end))
    said = sorted(draw(st.lists(denials(), max_size=2)), key=lambda d: (d.start, d.end))
    return Reading(article, tuple(found), tuple(said))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(reading=readings())
def test_generated_readings_round_trip(store, reading):
    """One store serves every example: a rising pipeline version makes each one replace
    whatever an earlier example stored under the same article id."""
    version = str(next(_versions))
    assert store.save_reading(reading, pipeline_version=version)
    stored = [r for r in store.readings() if r.article.id == reading.article.id]
    assert stored == [reading]
    article_id = reading.article.id
    assert [r for aid, r in store.reports() if aid == article_id] == list(reading.reports)


_versions = itertools.count(1)
