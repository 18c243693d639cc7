"""`extract --format json` keeps the shapes of the JSON contract in SPEC."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrail.cli import app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "corpus"
ARTICLE_KEYS = {
    "id",
    "path",
    "title",
    "authors",
    "publisher",
    "published",
    "original",
    "url",
    "language",
    "text",
}
REPORT_KEYS = {
    "id",
    "start",
    "end",
    "text",
    "action",
    "agent",
    "patient",
    "when",
    "where",
    "sources",
    "hedges",
    "certainty",
}
WHEN_KEYS = {"text", "start", "end", "precision", "role"}
PLACE_KEYS = {
    "text",
    "name",
    "feature",
    "admin1",
    "country",
    "lat",
    "lon",
    "geonames_id",
    "resolution",
}
KINDS = {"news_agency", "media", "official", "organization", "anonymous", "eyewitness", "author"}


def test_contract_shapes_on_the_example_corpus():
    result = CliRunner().invoke(app, ["extract", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    readings = json.loads(result.stdout)
    assert isinstance(readings, list) and len(readings) == len(list(EXAMPLE.glob("*.txt")))
    for reading in readings:
        article = reading["article"]
        assert ARTICLE_KEYS <= set(article)
        assert isinstance(article["authors"], list)
        text = article["text"]
        for report in reading["reports"]:
            assert REPORT_KEYS <= set(report)
            assert text[report["start"] : report["end"]] == report["text"]
            assert report["certainty"] in {"asserted", "reported", "alleged", "denied"}
            if report["when"]:
                assert WHEN_KEYS <= set(report["when"])
                assert report["when"]["precision"] in {
                    "day",
                    "days",
                    "month",
                    "part-of-month",
                    "year",
                }
                assert report["when"]["start"] <= report["when"]["end"]
            for place in report["where"]:
                assert PLACE_KEYS <= set(place)
                assert place["resolution"] in {"exact", "parent", "unresolved"}
                assert text[place["start"] : place["end"]] == place["text"]
            for source in report["sources"]:
                assert source["kind"] in KINDS
            for side in ("agent", "patient"):
                if report[side]:
                    assert text[report[side]["start"] : report[side]["end"]] == report[side]["text"]
        for denial in reading["denials"]:
            assert text[denial["start"] : denial["end"]] == denial["text"]
            assert denial["source"]["kind"] in KINDS
