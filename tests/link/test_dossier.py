"""`claimtrail show` prints the dossier with link reasons, copies and denials; export stix."""

from __future__ import annotations

from pathlib import Path

import pytest
import stix2
from typer.testing import CliRunner

from claimtrail.cli import app
from claimtrail.ledger import ingest_paths, list_incidents

CORPUS = Path(__file__).resolve().parents[1] / "data" / "incidents"
LANDSLIDE = [
    "06_elgon_times_mbale_landslide.txt",
    "07_great_lakes_digest_mbale_syndicated.txt",
    "08_kampala_roundup_mbale_nearcopy.txt",
    "09_radio_kampala_today_mbale_red_cross.txt",
]
SEVARE = ["01_bamako_courier_sevare_attack.txt", "03_sahel_monitor_army_denial.txt"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLAIMTRAIL_SIMILARITY", "lexical")
        # Two ingests: the second links its reports into the stored incidents.
        ingest_paths([str(CORPUS / name) for name in LANDSLIDE[:2] + SEVARE[:1]], url)
        ingest_paths([str(CORPUS / name) for name in LANDSLIDE[2:] + SEVARE[1:]], url)
    return url


def show(db: str, action: str) -> str:
    incident = next(i for i in list_incidents(db) if i.action == action)
    result = CliRunner().invoke(app, ["show", incident.id[:10], "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_dossier_says_why_reports_were_linked_and_which_are_copies(db, monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_SIMILARITY", "lexical")
    text = show(db, "landslide")
    assert "why these reports are one incident" in text
    assert "km apart" in text and "wording" in text
    assert "copies (count once)" in text
    assert "declares its original: Elgon Times" in text
    assert "near copy of article" in text
    for outlet in ("Elgon Times", "Great Lakes Digest", "Kampala Round-up", "Radio Kampala Today"):
        assert outlet in text
    assert "2 independent" in text
    assert "A landslide buried at least nine homes" in text  # the evidence quote


def test_the_dossier_lists_the_denial_from_a_statement_story(db, monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_SIMILARITY", "lexical")
    text = show(db, "attack")
    assert "denied by: Malian army" in text
    assert "denials" in text and "names Soufouroulaye" in text


def test_export_stix_from_the_command_line(db, tmp_path):
    out = tmp_path / "bundle.json"
    result = CliRunner().invoke(app, ["export", "--format", "stix", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=False)
    assert {o.type for o in bundle.objects} >= {"report", "identity", "location", "note"}
