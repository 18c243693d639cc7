"""Importing full GeoNames dumps: streaming, malformed rows, and lookups that use them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrail.cli import app
from claimtrail.errors import GazetteerError
from claimtrail.geo.gazetteer import default_gazetteer, embedded_gazetteer
from claimtrail.geo.geonames import (
    CombinedGazetteer,
    LocalGazetteer,
    _dump_row,
    gazetteer_path,
    import_geonames,
)
from claimtrail.nlp.places import find_places, resolve_spans


def _dump_line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    *,
    alternates: str = "",
    fclass: str = "P",
    fcode: str = "PPL",
    admin1: str = "01",
    population: int = 0,
) -> str:
    """One row in the 19 columns of a GeoNames dump (invented villages, plausible values)."""
    ascii_name = name.replace("ā", "a")
    cols = [str(gid), name, ascii_name, alternates, f"{lat}", f"{lon}", fclass, fcode, "SY"]
    cols += ["", admin1, "", "", "", str(population), "", "310", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


VILLAGES = [
    _dump_line(99000001, "Tell Qarmazan", 36.61, 40.93, alternates="Tall Qarmazan,Tel Qarmazan"),
    _dump_line(99000002, "Umm Khurayzah", 36.42, 40.61),
    _dump_line(99000003, "As Suwaydā", 36.55, 40.80, alternates="al-Suwayda"),
    _dump_line(99000004, "Wadi Qarmazan", 36.60, 40.90, fclass="H", fcode="WAD"),
]
MALFORMED = "99000009\tBroken row\t36.0"


def _zip(path: Path, member: str, lines: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "\n".join(lines) + "\n")
        archive.writestr("readme.txt", "not a table\n")
    return path


@pytest.fixture()
def imported(tmp_path, monkeypatch) -> Path:
    """A country dump, an admin1 table and an alternate-names file, imported into tmp_path."""
    target = tmp_path / "gaz" / "geonames.sqlite"
    monkeypatch.setenv("CLAIMTRAIL_GAZETTEER", str(target))
    dump = _zip(tmp_path / "SY.zip", "SY.txt", [*VILLAGES, MALFORMED])
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("SY.01\tAl-Hasakah\tAl-Hasakah\t173813\n", encoding="utf-8")
    alternates = _zip(
        tmp_path / "alternateNamesV2.zip",
        "alternateNamesV2.txt",
        ["1\t99000002\ten\tUmm Khuraiza\t\t\t\t\t\t", "2\t99000002\tlink\thttps://x.test/u\t\t"],
    )
    summary = import_geonames([alternates, dump, admin1])
    assert summary.path == target
    return target


def test_import_counts_and_skips_malformed_rows(imported):
    local = LocalGazetteer(imported)
    assert len(local) == len(VILLAGES)
    summary_line = import_geonames(
        [imported.parent.parent / "SY.zip"], imported.parent / "again.sqlite"
    ).line()
    assert "skipped 1 malformed row(s)" in summary_line
    assert "SY.txt line 5: expected 19 tab-separated columns, found 3" in summary_line
    assert "\n" not in summary_line


def test_default_location_follows_the_env_var(imported):
    assert gazetteer_path() == imported
    assert isinstance(default_gazetteer(), CombinedGazetteer)


def test_missing_import_leaves_the_embedded_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_GAZETTEER", str(tmp_path / "absent.sqlite"))
    assert default_gazetteer() is embedded_gazetteer()
    assert embedded_gazetteer().candidates("Tell Qarmazan") == []


@pytest.mark.parametrize(
    ("name", "geonames_id", "match"),
    [
        ("Tell Qarmazan", 99000001, "exact"),
        ("Tall Qarmazan", 99000001, "exact"),  # an alternate name in the dump row
        ("Tellqarmazan", 99000001, "folded"),
        ("Umm Khuraiza", 99000002, "exact"),  # from alternateNamesV2
    ],
)
def test_imported_names_are_found_with_the_same_keys(imported, name, geonames_id, match):
    top = default_gazetteer().candidates(name)[0]
    assert (top.entry.geonames_id, top.match) == (geonames_id, match)
    assert top.entry.admin1 == embedded_gazetteer().admin1_name(173813)
    assert top.entry.feature == "village"


def test_links_in_alternate_names_are_not_names(imported):
    assert default_gazetteer().candidates("https://x.test/u", loose=False) == []


def test_a_village_the_embedded_gazetteer_lacks_resolves_exactly(imported):
    text = "Shelling hit Tell Qarmazan, a village east of Hasakah, on Monday."
    start = text.index("Tell")
    place = resolve_spans(text, [(start, start + len("Tell Qarmazan"))])[0]
    assert place.resolution == "exact"
    assert place.geonames_id == 99000001
    assert (place.lat, place.lon, place.country) == (36.61, 40.93, "SY")


def test_end_to_end_from_text(imported, nlp):
    text = "Residents said clashes broke out in Umm Khurayzah on Sunday night."
    places = find_places(nlp(text))
    assert [(p.text, p.geonames_id, p.resolution) for p in places] == [
        ("Umm Khurayzah", 99000002, "exact")
    ]


def test_named_unit_picks_the_imported_village_over_the_city(imported):
    text = "The strike hit the village of al-Suwayda in Hasakah province."
    start = text.index("al-Suwayda")
    spans = [(start, start + len("al-Suwayda")), (text.index("Hasakah"), text.index(" province"))]
    place = resolve_spans(text, spans)[0]
    assert place.geonames_id == 99000003
    assert place.resolution == "exact"


def test_other_features_are_landmarks(imported):
    top = default_gazetteer().candidates("Wadi Qarmazan")[0]
    assert (top.entry.geonames_id, top.entry.feature) == (99000004, "landmark")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "SY.zip", "no such file"),
        (lambda d: _write(d / "SY.zip", "plain text, not zipped"), "not a zip archive"),
        (lambda d: _zip(d / "SY.zip", "notes.csv", ["hello"]), "holds no .txt table"),
        (lambda d: _write(d / "admin1CodesASCII.txt", "SY.01\tX\tX\t1\n"), "no GeoNames dump"),
    ],
)
def test_unusable_files_give_a_one_line_reason(tmp_path, make, reason):
    with pytest.raises(GazetteerError) as caught:
        import_geonames([make(tmp_path)], tmp_path / "out.sqlite")
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "out.sqlite").exists()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_import_and_its_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_GAZETTEER", str(tmp_path / "unused.sqlite"))
    dump = _zip(tmp_path / "SY.zip", "SY.txt", VILLAGES)
    target = tmp_path / "cli.sqlite"
    done = CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--into", str(target)])
    assert done.exit_code == 0, done.output
    assert "stored 4 place(s)" in done.output
    assert target.is_file() and not (tmp_path / "unused.sqlite").exists()
    failed = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "XX.zip")])
    assert failed.exit_code == 2
    assert failed.output.strip().count("\n") == 0 and "no such file" in failed.output


@given(st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=200))
def test_any_line_parses_or_gives_a_reason(line):
    assert isinstance(_dump_row(line), str | tuple)


@given(st.lists(st.sampled_from(["1", "x", "", "36.5", "999", "Qarmazan"]), max_size=25))
def test_tab_separated_junk_parses_or_gives_a_reason(cols):
    found = _dump_row("\t".join(cols))
    assert isinstance(found, str) or found[0][0] == int(cols[0])
