"""The STIX 2.1 bundle parses with stix2 and carries the articles with their hashes."""

from __future__ import annotations

import hashlib

import pytest
import stix2
from export_ledger import ledger

from claimtrail.export.stix import stix_bundle, stix_json


@pytest.fixture(scope="module")
def exported():
    incidents, articles = ledger()
    return incidents, articles, stix2.parse(stix_json(incidents, articles), allow_custom=False)


def test_the_bundle_parses_and_holds_the_expected_objects(exported):
    incidents, _, bundle = exported
    kinds = [o.type for o in bundle.objects]
    for kind in ("report", "incident", "location", "identity", "note", "opinion"):
        assert kind in kinds
    assert kinds.count("report") == len(incidents)


def test_reports_cite_articles_with_the_sha256_of_their_text(exported):
    _, articles, bundle = exported
    refs = [ref for o in bundle.objects if o.type == "report" for ref in o.external_references]
    assert {ref.external_id for ref in refs} == set(articles)
    for ref in refs:
        text = articles[ref.external_id].text
        assert ref.hashes["SHA-256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_report_refs_resolve_inside_the_bundle(exported):
    _, _, bundle = exported
    ids = {o.id for o in bundle.objects}
    for obj in bundle.objects:
        for ref in getattr(obj, "object_refs", []):
            assert ref in ids


def test_locations_are_in_range_and_grades_are_explained(exported):
    incidents, _, bundle = exported
    for loc in (o for o in bundle.objects if o.type == "location"):
        assert -90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180
    notes = [o.content for o in bundle.objects if o.type == "note"]
    assert {i.grade_reason for i in incidents} <= {n.splitlines()[0] for n in notes}


def test_ids_are_stable_across_exports():
    incidents, articles = ledger()
    first = {o.id for o in stix_bundle(incidents, articles).objects}
    assert first == {o.id for o in stix_bundle(incidents, articles).objects}
