"""The shared sample article, when the shared folder sits next to the repository."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimtrail.ingest.text import read_article

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
SAMPLES = sorted(CORPUS.glob("*.gold.json")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not SAMPLES, reason="shared corpus folder not present next to the repo")
@pytest.mark.parametrize("gold_path", SAMPLES, ids=lambda p: p.name)
def test_sample_metadata_matches_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = gold["article"]
    source = CORPUS / gold["file"]
    article = read_article(source.read_bytes(), str(source))
    assert article.title == expected["title"]
    assert list(article.authors) == expected["authors"]
    assert article.publisher == expected["publisher"]
    assert article.published == date.fromisoformat(expected["published"])
    if expected.get("original"):
        assert article.original is not None
        assert article.original.publisher == expected["original"]["publisher"]
        assert article.original.published == date.fromisoformat(expected["original"]["published"])
