"""`extract --format json` keeps the shapes of the JSON contract in SPEC."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrail.cli import app
from claimtrail.export.contract import assertion_dict
from claimtrail.model import AuthorAssertion

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


ASSERTION_KEYS = {"start", "end", "text", "label", "cue", "target"}
JUDGED = (
    "Officials in Marrow County said the bridge closed on Monday for repairs. "
    "The toll increase that followed was a cynical attempt to raise money. "
    "\u201cThe accusations are baseless,\u201d a county spokeswoman said.\n"
)


def test_author_assertions_are_an_additive_key(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(JUDGED, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (reading,) = json.loads(result.stdout)
    assert set(reading) == {"article", "reports", "denials", "assertions"}
    text = reading["article"]["text"]
    (assertion,) = reading["assertions"]  # the spokeswoman's quoted words are not the author's
    assert set(assertion) == ASSERTION_KEYS
    assert assertion["label"] == "discredit"
    assert text[assertion["start"] : assertion["end"]] == assertion["text"]
    for part in ("cue", "target"):
        span = assertion[part]
        assert text[span["start"] : span["end"]] == span["text"]
    assert assertion["cue"]["text"] == "cynical attempt"
    assert assertion["target"]["text"] == "The toll increase that followed"


def test_an_assertion_without_a_target_has_a_null_one():
    text = "Of course, the ferry kept running."
    certainty = AuthorAssertion(0, len(text), text, "Of course", 0, 9, "certainty")
    shown = assertion_dict(certainty)
    assert shown["target"] is None
    assert shown["cue"] == {"text": "Of course", "start": 0, "end": 9}
    assert (shown["label"], shown["text"]) == ("certainty", text)
