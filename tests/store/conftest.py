"""Stores to test against and a small hand-written reading with every field filled.

Every store test runs on an in-memory SQLite database and on a SQLite file. Setting
CLAIMTRAIL_TEST_POSTGRES_URL to an empty, disposable PostgreSQL database adds it too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from claimtrail.model import (
    ActorMention,
    Article,
    Denial,
    Hedge,
    Original,
    Place,
    Reading,
    Report,
    Source,
    When,
)
from claimtrail.store import Store, open_store
from claimtrail.store.schema import METADATA

POSTGRES_ENV = "CLAIMTRAIL_TEST_POSTGRES_URL"

TEXT = (
    "Fishermen in Port Amsel said on Tuesday that a coast guard cutter reportedly seized "
    "two trawlers near Kelt Island, according to the regional news agency Nordwire. "
    "Harbour officials in Vennby reported a fire at the fuel depot in March. "
    "The coast guard denied that any vessel had been seized."
)


def span(fragment: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(fragment, after)
    return start, start + len(fragment)


def full_reading(article_id: str = "a1") -> Reading:
    """A reading that uses every field of every record, in text order."""
    article = Article(
        id=article_id,
        text=TEXT,
        path="inbox/port-amsel.html",
        title="Trawlers seized near Kelt Island",
        authors=("Ilse Marten", "Tomas Ødegård"),
        publisher="Coastal Herald",
        published=date(2023, 5, 18),
        original=Original(publisher="Nordwire", published=date(2023, 5, 17)),
        url="https://example.org/coast/trawlers",
        language="en",
    )
    return Reading(article=article, reports=(seizure(), fire()), denials=(denial(),))


def seizure() -> Report:
    start, end = span("Fishermen in Port Amsel")
    _, end = span("news agency Nordwire.")
    return Report(
        id="r-seizure",
        start=start,
        end=end,
        text=TEXT[start:end],
        action="seize",
        agent=ActorMention("a coast guard cutter", "coast guard", *span("a coast guard cutter")),
        patient=ActorMention("two trawlers", None, *span("two trawlers")),
        when=When("Tuesday", *span("Tuesday"), date(2023, 5, 16), date(2023, 5, 16), "day"),
        where=(
            Place(
                "Kelt Island",
                *span("Kelt Island"),
                name="Kelt Island",
                feature="island",
                admin1="Westmark",
                country="NO",
                lat=61.123456789,
                lon=-4.5,
                geonames_id=3141592,
                resolution="exact",
                reason="single gazetteer match",
            ),
            Place("Port Amsel", *span("Port Amsel"), reason="not in gazetteer"),
        ),
        sources=(
            Source(
                "the regional news agency Nordwire",
                "Nordwire",
                "news_agency",
                *span("the regional news agency Nordwire"),
                affiliation="agency",
            ),
            Source("Fishermen in Port Amsel", None, "eyewitness", *span("Fishermen in Port Amsel")),
        ),
        hedges=(Hedge("reportedly", *span("reportedly")),),
        certainty="alleged",
    )


def fire() -> Report:
    start, end = span("Harbour officials in Vennby reported a fire at the fuel depot in March.")
    return Report(
        id="r-fire",
        start=start,
        end=end,
        text=TEXT[start:end],
        action="burn",
        when=When(
            "in March", *span("in March"), date(2023, 3, 1), date(2023, 3, 31), "month", "reported"
        ),
        where=(Place("Vennby", *span("Vennby"), resolution="parent", country="NO"),),
        sources=(Source("Harbour officials in Vennby", "Harbour officials", "official"),),
        certainty="reported",
    )


def denial() -> Denial:
    start, end = span("The coast guard denied that any vessel had been seized.")
    return Denial(
        start=start,
        end=end,
        text=TEXT[start:end],
        source=Source("The coast guard", "coast guard", "official", *span("The coast guard")),
        target="r-seizure",
    )


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        METADATA.drop_all(conn)
    engine.dispose()


BACKENDS = ["memory", "file", "postgresql"]


def postgres_url() -> str:
    """The disposable test database; CI must have one, elsewhere its absence is a visible skip."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"{POSTGRES_ENV} is not set: .ci/run should have started PostgreSQL")
    pytest.skip(
        f"PostgreSQL backend not tested: set {POSTGRES_ENV} (scripts/test-postgres.sh starts one)"
    )


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "memory":
        return "sqlite://"
    if request.param == "file":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    url = postgres_url()
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def file_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def make_reading():
    """Build the full sample reading under a given article id."""
    return full_reading
