"""Thresholds of the linking rule, of copy detection and of the grade, from `data/grading.json`.

Every number the linker, the copy detector and the grade use lives in that file, so the rule
written in docs/grading.md and the rule the code applies cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimtrail.vocab import actions, read_data


@dataclass(frozen=True)
class SimilarityFloor:
    """How similar two reports' wording must be: `min` with place evidence, `strong` without,
    `same_article` for a placeless mention beside a report of its own article."""

    min: float
    strong: float
    same_article: float


@dataclass(frozen=True)
class LinkRule:
    date_slack_days: int
    max_km_by_feature: dict[str, float]
    default_max_km: float
    ignored_features: frozenset[str]
    similarity: dict[str, SimilarityFloor]
    same_article_is_place_evidence: bool
    denial_window_days: int
    stopwords: frozenset[str]

    def max_km(self, feature: str | None) -> float:
        return self.max_km_by_feature.get(feature or "", self.default_max_km)

    def actions_compatible(self, a: str, b: str) -> bool:
        return actions().compatible(a, b)

    def floor(self, method: str) -> SimilarityFloor:
        return self.similarity[method]


@dataclass(frozen=True)
class SyndicationRule:
    shingle_words: int
    num_perm: int
    near_copy_jaccard: float


@dataclass(frozen=True)
class GradeRule:
    confirmed_min_independent: int
    probable_min_independent: int
    labels: dict[int, str]
    default_reliability: str = "F"


@lru_cache(maxsize=1)
def link_rule() -> LinkRule:
    raw = read_data("grading.json")["linking"]
    return LinkRule(
        date_slack_days=int(raw["date_slack_days"]),
        max_km_by_feature={k: float(v) for k, v in raw["max_km_by_feature"].items()},
        default_max_km=float(raw["default_max_km"]),
        ignored_features=frozenset(raw.get("ignored_features", ())),
        similarity={
            method: SimilarityFloor(float(v["min"]), float(v["strong"]), float(v["same_article"]))
            for method, v in raw["similarity"].items()
        },
        same_article_is_place_evidence=bool(raw["same_article_is_place_evidence"]),
        denial_window_days=int(raw["denial_window_days"]),
        stopwords=frozenset(raw["lexical_stopwords"]),
    )


@lru_cache(maxsize=1)
def syndication_rule() -> SyndicationRule:
    raw = read_data("grading.json")["syndication"]
    return SyndicationRule(
        shingle_words=int(raw["shingle_words"]),
        num_perm=int(raw["num_perm"]),
        near_copy_jaccard=float(raw["near_copy_jaccard"]),
    )


@lru_cache(maxsize=1)
def grade_rule() -> GradeRule:
    raw = read_data("grading.json")["grade"]
    return GradeRule(
        confirmed_min_independent=int(raw["confirmed_min_independent"]),
        probable_min_independent=int(raw["probable_min_independent"]),
        labels={int(k): v for k, v in raw["labels"].items()},
        default_reliability=str(raw.get("default_reliability", "F")),
    )
