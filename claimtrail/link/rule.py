"""The linking rule's thresholds and the grade's, read once from `data/grading.json`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimtrail.vocab import actions, read_data


@dataclass(frozen=True)
class LinkRule:
    date_slack_days: int
    max_km_by_feature: dict[str, float]
    default_max_km: float

    def max_km(self, feature: str | None) -> float:
        return self.max_km_by_feature.get(feature or "", self.default_max_km)

    def actions_compatible(self, a: str, b: str) -> bool:
        return actions().compatible(a, b)


@dataclass(frozen=True)
class GradeRule:
    confirmed_min_independent: int
    probable_min_independent: int
    labels: dict[int, str]


@lru_cache(maxsize=1)
def link_rule() -> LinkRule:
    raw = read_data("grading.json")["linking"]
    return LinkRule(
        date_slack_days=int(raw["date_slack_days"]),
        max_km_by_feature={k: float(v) for k, v in raw["max_km_by_feature"].items()},
        default_max_km=float(raw["default_max_km"]),
    )


@lru_cache(maxsize=1)
def grade_rule() -> GradeRule:
    raw = read_data("grading.json")["grade"]
    return GradeRule(
        confirmed_min_independent=int(raw["confirmed_min_independent"]),
        probable_min_independent=int(raw["probable_min_independent"]),
        labels={int(k): v for k, v in raw["labels"].items()},
    )
