"""Incidents for programs: JSON dicts, CSV, ACLED-style CSV and GeoJSON (RFC 7946)."""

from __future__ import annotations

import csv
import io
from typing import Any

from claimtrail.export.contract import place_dict
from claimtrail.link.independence import reliability
from claimtrail.model import Incident, Place, Report

# Metres of uncertainty by feature: how far the true spot may lie from the point drawn.
UNCERTAINTY_M = {
    "village": 2_000,
    "city": 10_000,
    "district": 30_000,
    "province": 100_000,
    "country": 500_000,
}
ACLED_COLUMNS = [
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
    "claimtrail_end_date",
    "claimtrail_origins",
    "claimtrail_independent_origins",
    "claimtrail_denied_by",
    "claimtrail_grade",
    "claimtrail_grade_reason",
    "claimtrail_source_reliability",
]
# ACLED time_precision: 1 day, 2 within a week or so, 3 a month or longer.
TIME_PRECISION = {"day": 1, "days": 2, "part-of-month": 2, "month": 3, "year": 3}
GEO_PRECISION = {"village": 1, "city": 1, "district": 2, "province": 3, "country": 3}


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def incident_dict(incident: Incident) -> dict[str, Any]:
    return {
        "id": incident.id,
        "action": incident.action,
        "start": _iso(incident.start),
        "end": _iso(incident.end),
        "places": [place_dict(p) for p in incident.places],
        "reports": [{"id": rid, "article": aid} for rid, aid in incident.report_ids],
        "origins": list(incident.origins),
        "independent_origins": incident.independent_origins,
        "denied_by": list(incident.denied_by),
        "grade": incident.grade,
        "grade_reason": incident.grade_reason,
    }


def primary_place(incident: Incident) -> Place | None:
    """The most precise located place: the one a map should draw."""
    located = [p for p in incident.places if p.lat is not None and p.lon is not None]
    order = list(UNCERTAINTY_M)
    return min(
        located, key=lambda p: order.index(p.feature) if p.feature in order else 2, default=None
    )


def _lead(incident: Incident) -> Report | None:
    return incident.reports[0] if incident.reports else None


def incidents_csv(incidents: list[Incident]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "id",
            "start",
            "end",
            "action",
            "place",
            "lat",
            "lon",
            "origins",
            "independent_origins",
            "denied_by",
            "grade",
            "grade_reason",
            "reports",
        ]
    )
    for incident in incidents:
        place = primary_place(incident)
        writer.writerow(
            [
                incident.id,
                _iso(incident.start),
                _iso(incident.end),
                incident.action,
                place.name or place.text if place else "",
                place.lat if place else "",
                place.lon if place else "",
                "; ".join(incident.origins),
                incident.independent_origins,
                "; ".join(incident.denied_by),
                incident.grade,
                incident.grade_reason,
                len(incident.report_ids),
            ]
        )
    return buffer.getvalue()


def acled_csv(incidents: list[Incident]) -> str:
    """ACLED's column names, plus claimtrail's own columns on sourcing and grade."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    for incident in incidents:
        writer.writerow(_acled_row(incident))
    return buffer.getvalue()


def _acled_row(incident: Incident) -> dict[str, Any]:
    place, lead = primary_place(incident), _lead(incident)
    precision = lead.when.precision if lead and lead.when else "year"
    return {
        "event_id_cnty": incident.id,
        "event_date": _iso(incident.start),
        "time_precision": TIME_PRECISION.get(precision, 3),
        "event_type": incident.action,
        "sub_event_type": "",
        "actor1": (lead.agent.actor or lead.agent.text) if lead and lead.agent else "",
        "actor2": (lead.patient.actor or lead.patient.text) if lead and lead.patient else "",
        "country": place.country if place else "",
        "admin1": place.admin1 if place else "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place else "",
        "longitude": place.lon if place else "",
        "geo_precision": GEO_PRECISION.get(place.feature or "", 2) if place else "",
        "source": "; ".join(incident.origins),
        "source_scale": "",
        "notes": lead.text if lead else "",
        "claimtrail_end_date": _iso(incident.end),
        "claimtrail_origins": "; ".join(incident.origins),
        "claimtrail_independent_origins": incident.independent_origins,
        "claimtrail_denied_by": "; ".join(incident.denied_by),
        "claimtrail_grade": incident.grade,
        "claimtrail_grade_reason": incident.grade_reason,
        "claimtrail_source_reliability": "; ".join(
            f"{origin}: {reliability(origin)}" for origin in incident.origins
        ),
    }


def incidents_geojson(incidents: list[Incident]) -> dict[str, Any]:
    """A FeatureCollection: one Point per located incident, [lon, lat] as RFC 7946 says."""
    features = []
    for incident in incidents:
        place = primary_place(incident)
        if place is None:
            continue
        properties = incident_dict(incident)
        properties["place"] = place.name or place.text
        properties["uncertainty_m"] = UNCERTAINTY_M.get(place.feature or "", 25_000)
        features.append(
            {
                "type": "Feature",
                "id": incident.id,
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
