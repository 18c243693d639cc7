"""`claimtrail sources`, a user's registry with --sources, and `claimtrail geoparse`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import app
from claimtrail.vocab import use_sources_file

ARTICLE = """River town cut off

By Kofi Asante

Volta Herald, September 12, 2024

The Coastline Courier reported that floods cut the road to the town of Kpong in Ghana's Eastern
Region on September 9.
"""


@pytest.fixture(autouse=True)
def shipped_registry_only():
    yield
    use_sources_file(None)


@pytest.fixture()
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "registry.json"
    entry = {
        "name": "Coastline Courier",
        "aliases": ["the Courier"],
        "kind": "media",
        "country": "GH",
        "owner": "private",
        "reliability": "B",
    }
    path.write_text(json.dumps({"registry": [entry]}))
    return path


def test_sources_lists_the_shipped_registry():
    result = CliRunner().invoke(app, ["sources", "--format", "json"])
    assert result.exit_code == 0
    names = {entry["name"]: entry for entry in json.loads(result.stdout)}
    assert names["SANA"]["kind"] == "news_agency"
    assert {entry["reliability"] for entry in names.values()} == {"F"}  # no judgements shipped


def test_user_registry_is_added_and_used(registry, tmp_path):
    listed = json.loads(
        CliRunner().invoke(app, ["sources", "--sources", str(registry), "--format", "json"]).stdout
    )
    assert listed[0]["name"] == "Coastline Courier" and listed[0]["reliability"] == "B"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = CliRunner().invoke(app, ["extract", str(article), "--sources", str(registry)])
    (reading,) = json.loads(result.stdout)
    (report,) = reading["reports"]
    assert report["sources"][0]["name"] == "Coastline Courier"


def test_bad_registry_is_a_one_line_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"registry": [{"name": "No kind"}]}')
    result = CliRunner().invoke(app, ["sources", "--sources", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "kind" in result.stderr


def test_geoparse_prints_spans_and_resolution(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = CliRunner().invoke(app, ["geoparse", str(article)])
    assert result.exit_code == 0
    (entry,) = json.loads(result.stdout)
    kpong = next(p for p in entry["places"] if p["text"] == "Kpong")
    assert kpong["country"] == "GH" and kpong["lat"] is not None
    assert kpong["resolution"] in {"exact", "parent"} and kpong["reason"]
