"""The scored regression gate: extraction quality on gold articles must not drop.

The sample article's gold lives in the shared folder (present in CI); our own gold articles
live in tests/data/articles, and articles written apart from the rules in tests/data/heldout.
All are scored with the shared scorer, and each figure must stay at or above its floor in
tests/quality_floor.json. Raise a floor when work improves it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrail.export.contract import reading_dict
from claimtrail.extract import extract_file
from claimtrail.model import Rejection

FLOORS = json.loads((Path(__file__).parent / "quality_floor.json").read_text())
OWN = Path(__file__).parent / "data" / "articles"
HELD_OUT = Path(__file__).parent / "data" / "heldout"


def score(
    shared: Path, articles: list[Path], golds: list[Path], tmp_path: Path, *extra: str
) -> dict:
    readings = [extract_file(path) for path in articles]
    assert not [r for r in readings if isinstance(r, Rejection)]
    predictions = tmp_path / "pred.json"
    predictions.write_text(json.dumps([reading_dict(r) for r in readings]))
    scorer = shared / "tools" / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(predictions), *map(str, golds), "--json", *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)["summary"]


def assert_floors(summary: dict, floors: dict) -> None:
    below = {k: (summary[k], floor) for k, floor in floors.items() if summary[k] < floor}
    assert not below, f"scores below their floors (got, floor): {below}"


def test_sample_article_gate(shared, tmp_path):
    golds = sorted((shared / "corpus").glob("*.gold.json"))
    articles = [shared / "corpus" / json.loads(g.read_text())["file"] for g in golds]
    assert_floors(score(shared, articles, golds, tmp_path), FLOORS["sample"])


@pytest.mark.parametrize(
    ("folder", "floors"),
    [(OWN, "own"), (HELD_OUT, "held_out")],  # held-out: written apart from the rules
    ids=["own", "held_out"],
)
def test_gold_folder_gate(shared, tmp_path, folder, floors):
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        pytest.fail(f"no gold articles in {folder}")
    articles = [folder / json.loads(g.read_text())["file"] for g in golds]
    summary = score(shared, articles, golds, tmp_path, "--synonyms", str(OWN / "synonyms.json"))
    assert_floors(summary, FLOORS[floors])
