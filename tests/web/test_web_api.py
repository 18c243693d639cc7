"""The JSON API against a ledger ingested from real articles, checked against the library."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimtrail.errors import StoreError
from claimtrail.export.tabular import incident_dict
from claimtrail.ledger import ledger_stats, list_incidents
from claimtrail.model import Incident
from claimtrail.web import create_app
from claimtrail.web.app import STATIC

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="session")
def incidents(ledger_url: str) -> list[Incident]:
    return list_incidents(ledger_url)


def all_items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params={**params, "limit": 1000})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body["items"]


def ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def test_incidents_are_the_ledgers_with_the_export_fields(client, incidents):
    items = all_items(client, "/api/incidents")
    assert len(items) == len(incidents) > 0
    by_id = {item["id"]: item for item in items}
    for incident in incidents:
        exported = incident_dict(incident)
        served = by_id[incident.id]
        assert {k: served[k] for k in exported} == exported
        assert served["summary"] == (incident.reports[0].text if incident.reports else None)


def overlaps(incident: Incident, start: date | None, end: date | None) -> bool:
    if incident.start is None or incident.end is None:
        return False
    return (start is None or incident.end >= start) and (end is None or incident.start <= end)


def in_box(incident: Incident, west: float, south: float, east: float, north: float) -> bool:
    return any(
        p.lat is not None and south <= p.lat <= north and west <= p.lon <= east
        for p in incident.places
    )


FILTERS = [
    ({"from": "2024-10-01"}, lambda i: overlaps(i, date(2024, 10, 1), None)),
    ({"to": "2024-06-30"}, lambda i: overlaps(i, None, date(2024, 6, 30))),
    (
        {"from": "2024-06-01", "to": "2024-10-31"},
        lambda i: overlaps(i, date(2024, 6, 1), date(2024, 10, 31)),
    ),
    ({"action": "explode"}, lambda i: i.action == "explode"),
    ({"action": ["explode", "kill"]}, lambda i: i.action in ("explode", "kill")),
    ({"grade": 3}, lambda i: i.grade == 3),
    (
        {"source_kind": "eyewitness"},
        lambda i: any(s.kind == "eyewitness" for r in i.reports for s in r.sources),
    ),
    ({"bbox": "-20,0,20,25"}, lambda i: in_box(i, -20, 0, 20, 25)),
    ({"bbox": "30,-10,45,5"}, lambda i: in_box(i, 30, -10, 45, 5)),
    ({"q": "djibo"}, lambda i: "djibo" in searchable(i)),
    ({"q": "100%_"}, lambda i: False),
]


def searchable(incident) -> str:
    """What the incidents search looks in: report texts, places, action, origins, deniers."""
    words = [r.text for r in incident.reports]
    words += [p.name or "" for p in incident.places] + [p.text for p in incident.places]
    words += [incident.action, *incident.origins, *incident.denied_by]
    return " ".join(words).lower()


@pytest.mark.parametrize(("params", "expected"), FILTERS, ids=lambda v: str(v)[:40])
def test_incident_filters_match_the_ledger(client, incidents, params, expected):
    wanted = {i.id for i in incidents if expected(i)}
    assert ids(all_items(client, "/api/incidents", **params)) == wanted


def test_filters_combine(client, incidents):
    params = {"from": "2024-01-01", "bbox": "-20,0,20,25", "grade": 3}
    wanted = {
        i.id
        for i in incidents
        if overlaps(i, date(2024, 1, 1), None) and in_box(i, -20, 0, 20, 25) and i.grade == 3
    }
    assert wanted, "the corpus should have West African incidents"
    assert ids(all_items(client, "/api/incidents", **params)) == wanted


@settings(max_examples=40, deadline=None)
@given(
    start=st.dates(date(2016, 1, 1), date(2025, 12, 31)),
    days=st.integers(0, 800),
)
def test_date_window_matches_the_ledger(client, incidents, start, days):
    end = date.fromordinal(start.toordinal() + days)
    params = {"from": start.isoformat(), "to": end.isoformat()}
    wanted = {i.id for i in incidents if overlaps(i, start, end)}
    assert ids(all_items(client, "/api/incidents", **params)) == wanted


@pytest.mark.parametrize("path", ["/api/incidents", "/api/reports", "/api/articles"])
def test_pages_add_up_to_the_whole(client, path):
    whole = [item["id"] for item in all_items(client, path)]
    paged: list[str] = []
    for offset in range(0, len(whole), 2):
        body = client.get(path, params={"offset": offset, "limit": 2}).json()
        assert body["total"] == len(whole)
        paged.extend(item["id"] for item in body["items"])
    assert paged == whole


def test_counts_agree_with_stats(client, ledger_url):
    stats = ledger_stats(ledger_url)
    assert client.get("/api/meta").json()["counts"] == stats
    assert len(all_items(client, "/api/reports")) == stats["reports"]
    assert len(all_items(client, "/api/articles")) == stats["articles"]


def test_dossier_offsets_point_at_their_text(client, incidents):
    incident = next(i for i in incidents if i.reports)
    body = client.get(f"/api/incidents/{incident.id[:8]}").json()
    assert body["incident"]["id"] == incident.id
    wanted = {(rid, aid) for rid, aid in incident.report_ids}
    seen = set()
    for reading in body["readings"]:
        text = reading["article"]["text"]
        for report in reading["reports"]:
            assert text[report["start"] : report["end"]] == report["text"]
            for place in report["where"]:
                assert text[place["start"] : place["end"]] == place["text"]
            if report["when"]:
                when = report["when"]
                assert text[when["text_start"] : when["text_end"]] == when["text"]
            seen.add((report["id"], reading["article"]["id"]))
    assert wanted <= seen


def test_dossier_shows_the_custody_of_each_article(client, incidents):
    incident = next(i for i in incidents if i.reports)
    for reading in client.get(f"/api/incidents/{incident.id}").json()["readings"]:
        (kept,) = reading["custody"]
        raw = Path(kept["origin"]).read_bytes()
        assert kept["sha256"] == hashlib.sha256(raw).hexdigest() and kept["size"] == len(raw)
        assert kept["captured_at"] and kept["reader_version"]


def test_dossier_says_why_its_reports_are_one_incident(client, incidents):
    linked = max(incidents, key=lambda i: len(i.report_ids))
    assert len(linked.report_ids) > 1, "the example corpus holds a multi-report incident"
    found = client.get(f"/api/incidents/{linked.id}").json()["assessment"]
    members = {rid for rid, _ in linked.report_ids}
    assert found["links"]
    for link in found["links"]:
        assert {link["a"], link["b"]} <= members and "wording" in link["text"]
    articles = {aid for _, aid in linked.report_ids}
    assert all(copy["article"] in articles and copy["reason"] for copy in found["copies"])


@pytest.mark.parametrize("path", ["/api/incidents/ffffffffffff", "/api/articles/nope"])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "detail" in response.json()


@pytest.mark.parametrize(
    "params",
    [{"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"from": "May"}, {"limit": 0}, {"offset": -1}],
)
def test_bad_parameters_are_422(client, params):
    assert client.get("/api/incidents", params=params).status_code == 422


def test_sources_count_reports_and_origins(client):
    sources = all_items(client, "/api/sources")
    assert sources and all(0 <= s["as_origin"] <= s["reports"] for s in sources)
    eyewitness = all_items(client, "/api/sources", source_kind="eyewitness")
    assert eyewitness and {s["kind"] for s in eyewitness} == {"eyewitness"}


def api_routes(app: Any) -> list[APIRoute]:
    """Every documented route, looking inside included routers."""
    found, pending = [], list(app.routes)
    while pending:
        route = pending.pop(0)
        if isinstance(route, APIRoute):
            found += [route] if route.include_in_schema else []
        elif hasattr(route, "routes") and not hasattr(route, "app"):  # a router, not a mount
            pending.extend(route.routes)
        else:  # an included router keeps its routes on the router it wraps
            inner = getattr(route, "original_router", None) or getattr(route, "router", None)
            pending.extend(inner.routes if inner is not None else [])
    return found


def sample_path(route: APIRoute, client: TestClient) -> str:
    """A path for the route, with ids taken from the ledger itself."""
    incident = client.get("/api/incidents", params={"limit": 1}).json()["items"][0]
    values = {"incident_id": incident["id"], "article_id": incident["reports"][0]["article"]}
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], route.path)


def test_openapi_documents_every_route(client):
    schema = client.get("/api/openapi.json").json()
    routes = api_routes(client.app)
    assert routes
    for route in routes:
        operation = schema["paths"][route.path]["get"]
        content = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert content["$ref"].endswith("/" + route.response_model.__name__)
        if "{" in route.path:
            assert "404" in operation["responses"]
    assert set(schema["paths"]) == {r.path for r in routes}


def test_every_route_answers_its_declared_model(client):
    for route in api_routes(client.app):
        response = client.get(sample_path(route, client))
        assert response.status_code == 200, (route.path, response.text)
        # The models forbid extra keys, so this also proves no field goes undeclared.
        TypeAdapter(route.response_model).validate_python(response.json())


def test_only_reads_are_allowed(client):
    for route in api_routes(client.app):
        assert route.methods == {"GET"}
    assert client.post("/api/incidents").status_code == 405


def test_missing_database_is_refused_not_created(tmp_path: Path):
    target = tmp_path / "absent.db"
    with pytest.raises(StoreError):
        create_app(f"sqlite:///{target}")
    assert not target.exists()


def test_headers_forbid_inline_script(client):
    for path in ["/", "/api/meta", "/static/app.js"]:
        policy = client.get(path).headers["content-security-policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["script-src"] == "'self'"
        assert "unsafe" not in policy
        assert client.get(path).headers["x-content-type-options"] == "nosniff"


class InlineFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        self.problems += [f"{tag} {n}" for n in names if n.startswith("on") or n == "style"]
        if tag == "script":
            self.in_script = True
            if "src" not in names:
                self.problems.append("script without src")
        if tag == "style":
            self.problems.append("inline style element")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = self.in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.problems.append("inline script text")


def test_page_has_no_inline_script_or_handler(client):
    finder = InlineFinder()
    finder.feed(client.get("/").text)
    assert finder.problems == []


def test_page_script_never_writes_html():
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("]:
        assert sink not in script


@pytest.mark.parametrize(
    "path",
    [
        "/static/vendor/leaflet-1.9.4/leaflet.js",
        "/static/vendor/leaflet-1.9.4/LICENSE",
        "/static/vendor/topojson-client-3.1.0/topojson-client.min.js",
        "/static/vendor/topojson-client-3.1.0/LICENSE",
        "/static/vendor/world-atlas-2.0.2/countries-110m.json",
        "/static/vendor/world-atlas-2.0.2/LICENSE",
    ],
)
def test_vendored_files_are_served(client, path):
    assert client.get(path).status_code == 200


def test_page_refers_to_no_other_host():
    for name in ["index.html", "app.js", "app.css"]:
        text = (STATIC / name).read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), name
        assert "url(http" not in text


def test_hostile_text_is_served_verbatim_as_json(client):
    found = all_items(client, "/api/articles", q="ferry")
    assert len(found) == 1
    reading = client.get(f"/api/articles/{found[0]['id']}")
    assert reading.headers["content-type"].startswith("application/json")
    text = reading.json()["article"]["text"]
    assert '<script>alert("body")</script>' in text
    assert "javascript:alert('link')" in text
