"""A fresh lexical scorer per test: its word frequencies must not leak between tests."""

from __future__ import annotations

import pytest

from claimtrail.link.similarity import LexicalSimilarity


@pytest.fixture
def lexical():
    return LexicalSimilarity()
