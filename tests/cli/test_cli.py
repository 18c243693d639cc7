"""The command line as a user meets it: exit codes, formats, and bad input in a batch."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import app

ARTICLE = """Flood waters cut off riverside villages

By Ama Mensah

Volta Herald, September 12, 2024

Heavy rain flooded the town of Kpong in the Eastern Region on September 9, the district
assembly said. Residents claimed that soldiers evacuated forty families from the riverbank
on September 10.

The regional minister said on Wednesday that relief trucks delivered food to Akuse.
"""

FRENCH = (
    "Les eaux de crue ont coupé plusieurs villages au bord du fleuve. Selon les habitants, "
    "les soldats ont évacué quarante familles pendant la nuit, et la mairie a demandé de l'aide."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_json_contract(runner, article_file):
    result = runner.invoke(app, ["extract", str(article_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    (reading,) = json.loads(result.stdout)
    article = reading["article"]
    assert article["publisher"] == "Volta Herald"
    assert article["published"] == "2024-09-12"
    assert article["authors"] == ["Ama Mensah"]
    assert reading["reports"], "the flood and the evacuation are reported"
    for report in reading["reports"]:
        assert article["text"][report["start"] : report["end"]] == report["text"]
        for source in report["sources"]:
            if source["start"] is not None:
                assert article["text"][source["start"] : source["end"]] == source["text"]
        assert report["certainty"] in {"asserted", "reported", "alleged", "denied"}


def test_extract_table_prints_the_ledger(runner, article_file):
    result = runner.invoke(app, ["extract", str(article_file), "--format", "table"])
    assert result.exit_code == 0
    assert "2024-09-09" in result.stdout


def test_extract_table_lists_the_authors_own_judgements(runner, tmp_path):
    path = tmp_path / "opinion.txt"
    path.write_text(
        "Floods cut the road to Kisumu on Monday, police said. The ministry says the road is "
        "open. That is a blatant lie.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path), "--format", "table"], terminal_width=200)
    assert result.exit_code == 0
    assert "author's own judgements" in result.stdout and "blatant lie" in result.stdout


def test_bad_inputs_are_named_and_the_rest_processed(runner, article_file, tmp_path):
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "cyrillic.txt": "Мост закрыт после наводнения.".encode("cp1251"),
        "french.txt": FRENCH.encode("utf-8"),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in bad] + [str(article_file)]
    result = runner.invoke(app, ["extract", *paths])
    assert result.exit_code == 1
    readings = json.loads(result.stdout)
    assert [Path(r["article"]["path"]).name for r in readings] == ["flood.txt"]
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    assert len(lines) == 4
    for name in bad:
        assert any(name in line for line in lines)


def test_usage_error_exits_2(runner):
    result = runner.invoke(app, ["extract", "x.txt", "--format", "yaml"])
    assert result.exit_code == 2


def test_ingest_is_idempotent_and_lists_incidents(runner, article_file, tmp_path):
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    first = runner.invoke(app, ["ingest", str(article_file), "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(article_file), "--db", db])
    assert again.exit_code == 0
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert stats["articles"] == 1
    incidents = json.loads(runner.invoke(app, ["incidents", "--db", db, "--format", "json"]).stdout)
    assert len(incidents) == stats["incidents"] >= 1
    for incident in incidents:
        assert 1 <= incident["grade"] <= 6 and incident["grade_reason"]
        assert incident["independent_origins"] >= 1


def test_exports_and_dossier(runner, article_file, tmp_path):
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    runner.invoke(app, ["ingest", str(article_file), "--db", db])
    incidents = json.loads(runner.invoke(app, ["incidents", "--db", db, "--format", "json"]).stdout)

    shown = runner.invoke(app, ["show", incidents[0]["id"][:8], "--db", db])
    assert shown.exit_code == 0
    assert "chain:" in shown.stdout
    digest = hashlib.sha256(article_file.read_bytes()).hexdigest()
    assert f"custody: sha256 {digest}" in " ".join(shown.stdout.split())

    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(app, ["export", "--format", "acled-csv", "--db", db]).stdout)
        )
    )
    assert len(rows) == len(incidents)
    assert {"event_date", "latitude", "longitude", "claimtrail_grade"} <= set(rows[0])

    exported = runner.invoke(app, ["export", "--format", "json", "--custody", "--db", db])
    custody = [c for incident in json.loads(exported.stdout) for c in incident["custody"]]
    assert custody and {c["sha256"] for c in custody} == {digest}
    refused = runner.invoke(app, ["export", "--format", "geojson", "--custody", "--db", db])
    assert refused.exit_code == 2

    out = tmp_path / "incidents.geojson"
    assert (
        runner.invoke(app, ["export", "--format", "geojson", "--db", db, "-o", str(out)]).exit_code
        == 0
    )
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_show_unknown_id_is_a_clear_error(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    result = runner.invoke(app, ["show", "deadbeef", "--db", db])
    assert result.exit_code == 2
    assert "no incident" in result.stderr
