"""A ledger built once per session from real article files, the app over it, a live server.

The ledger holds the project's example corpus plus one hostile article whose text carries
markup, event-handler attributes and javascript: links, so every page test also shows that
data is rendered as text.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimtrail.ledger import ingest_paths
from claimtrail.web import create_app

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"
HOSTILE = Path(__file__).parent / "data" / "hostile_article.txt"


@pytest.fixture(scope="session")
def ledger_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'ledger.db'}"
    summary = ingest_paths([CORPUS, HOSTILE], url)
    assert not summary.rejected, summary.rejected
    assert summary.incidents > 0
    return url


@pytest.fixture(scope="session")
def client(ledger_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(ledger_url)) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(ledger_url: str) -> Iterator[str]:
    """uvicorn on 127.0.0.1 at a free port, in a background thread."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(ledger_url), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
