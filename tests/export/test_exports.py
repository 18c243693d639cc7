"""ACLED-style CSV loads with the csv module; GeoJSON is a valid RFC 7946 FeatureCollection."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest
from export_ledger import ledger

from claimtrail.export.tabular import ACLED_COLUMNS, acled_csv, incidents_geojson

# Column names of ACLED's own export that claimtrail fills.
ACLED_NAMES = {
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
}


@pytest.fixture(scope="module")
def incidents():
    return ledger()[0]


def test_acled_csv_loads_with_acled_column_names(incidents):
    rows = list(csv.DictReader(io.StringIO(acled_csv(incidents))))
    assert len(rows) == len(incidents) == 2
    assert ACLED_NAMES <= set(rows[0])
    assert list(rows[0]) == ACLED_COLUMNS
    for row in rows:
        assert row["event_date"] == "2025-03-14"
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180
        assert row["claimtrail_grade"] in {"1", "2", "3", "4", "5", "6"}
        assert row["claimtrail_source_reliability"]
    kaduna = next(r for r in rows if r["location"] == "Kaduna")
    assert kaduna["claimtrail_independent_origins"] == "2"


def rfc7946_problems(doc: dict) -> list[str]:
    """What keeps `doc` from being a valid RFC 7946 FeatureCollection of Points."""
    problems = []
    if doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        return ["not a FeatureCollection with a features array"]
    if "crs" in doc:
        problems.append("RFC 7946 removed 'crs'")
    for i, feature in enumerate(doc["features"]):
        if feature.get("type") != "Feature":
            problems.append(f"feature {i}: type is not Feature")
        if "properties" not in feature:
            problems.append(f"feature {i}: no properties member")
        if "id" in feature and not isinstance(feature["id"], str | int | float):
            problems.append(f"feature {i}: id is neither string nor number")
        geometry = feature.get("geometry")
        if geometry is None:
            continue
        coords = geometry.get("coordinates")
        if geometry.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
            problems.append(f"feature {i}: not a Point with [lon, lat]")
            continue
        lon, lat = coords[0], coords[1]
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in (lon, lat)):
            problems.append(f"feature {i}: coordinates are not finite numbers")
        elif not (-180 <= lon <= 180 and -90 <= lat <= 90):
            problems.append(f"feature {i}: [lon, lat] out of range")
    return problems


@pytest.mark.parametrize(
    "doc,problem",
    [
        ({"type": "Feature"}, "not a FeatureCollection"),
        (
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [10.5, 200.0]},
                    }
                ],
            },
            "out of range",
        ),
        ({"type": "FeatureCollection", "features": [], "crs": {}}, "crs"),
    ],
)
def test_the_validator_catches_what_it_should(doc, problem):
    assert any(problem in p for p in rfc7946_problems(doc))


def test_geojson_is_valid_rfc7946_with_lon_lat_order(incidents):
    doc = json.loads(json.dumps(incidents_geojson(incidents)))
    assert rfc7946_problems(doc) == []
    points = {f["properties"]["place"]: f["geometry"]["coordinates"] for f in doc["features"]}
    lon, lat = points["Kano"]
    assert (lon, lat) == pytest.approx((8.51672, 12.00012))  # longitude first


def test_acled_csv_loads_in_pandas(incidents):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(acled_csv(incidents)))
    assert ACLED_NAMES <= set(frame.columns)
    assert len(frame) == len(incidents)
    assert frame["latitude"].between(-90, 90).all() and frame["longitude"].between(-180, 180).all()


def test_geojson_passes_the_geojson_package(incidents):
    geojson = pytest.importorskip("geojson")
    collection = geojson.loads(json.dumps(incidents_geojson(incidents)))
    assert collection.is_valid, collection.errors()
    assert len(collection["features"]) == len(incidents)
