"""Shared fixtures: the spaCy pipeline (loaded once) and the path of the shared folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from claimtrail.nlp.pipeline import load_nlp

# Tests see only the shipped gazetteer, never one a user imported into their home.
os.environ["CLAIMTRAIL_GAZETTEER"] = str(Path(tempfile.mkdtemp()) / "no-imported-gazetteer.sqlite")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OWN_ARTICLES = REPO / "tests" / "data" / "articles"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "tools" / "score.py").exists():
        pytest.skip(
            f"the shared folder is not beside the repository ({SHARED}); scored checks skipped"
        )
    return SHARED
