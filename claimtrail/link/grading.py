"""The credibility grade of an incident, in the spirit of the Admiralty code's 1-6 scale.

The rule (thresholds in data/grading.json, explained in docs/grading.md):
  6 cannot be judged  - no origin but anonymous sources or the article's own author;
  5 improbable        - a single origin, and the claim is denied;
  4 doubtful          - a single origin that hedges the claim ("reportedly", "alleged");
  3 possibly true     - a single named origin, not hedged and not denied,
                        or several independent origins while it is denied;
  2 probably true     - at least `probable_min_independent` independent origins, not denied;
  1 confirmed         - at least `confirmed_min_independent` independent named origins, not denied.
A contradicting report (one that denies the event, or comes from a source that denies it)
counts as a denial, never as confirmation. The reason ends with the source-reliability letter
(A-F, from the source registry) of the best-rated origin, so a reader sees both halves of the
Admiralty rating side by side: "B2".
The grade says how well a claim is sourced, never whether it is true.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.link.rule import grade_rule

UNJUDGEABLE_KINDS = {"anonymous", "author"}


@dataclass(frozen=True)
class Evidence:
    """What the grade looks at, gathered by the linker."""

    origins: tuple[str, ...]
    origin_kinds: tuple[str, ...]
    independent: int
    hedged: bool
    denied_by: tuple[str, ...]
    contradicted_by: tuple[str, ...] = ()
    reliability: str = ""  # the best registry letter among the counted origins


def grade(evidence: Evidence) -> tuple[int, str]:
    rule = grade_rule()
    grade_value, why = _grade(
        evidence, rule.confirmed_min_independent, rule.probable_min_independent
    )
    if evidence.reliability:
        why += f"; source reliability {evidence.reliability}"
    return grade_value, f"{grade_value}/{rule.labels[grade_value]}: {why}"


def _grade(e: Evidence, confirmed_min: int, probable_min: int) -> tuple[int, str]:
    origins = _plain_list(e.origins)
    # A contradicting account weighs as a denial by its source.
    deniers = tuple(dict.fromkeys((*e.denied_by, *e.contradicted_by)))
    e = Evidence(e.origins, e.origin_kinds, e.independent, e.hedged, deniers)
    denial = f"; denied by {_plain_list(deniers)}" if deniers else ""
    if all(kind in UNJUDGEABLE_KINDS for kind in e.origin_kinds):
        return 6, f"no named origin ({origins}){denial}"
    if e.independent >= confirmed_min and not e.denied_by:
        return 1, f"{e.independent} independent origins ({origins})"
    if e.independent >= probable_min and not e.denied_by:
        return 2, f"{e.independent} independent origins ({origins})"
    if e.independent >= probable_min:
        return 3, f"{e.independent} independent origins ({origins}){denial}"
    if e.denied_by:
        return 5, f"one origin ({origins}){denial}"
    if e.hedged:
        return 4, f"one origin ({origins}), and the account is hedged"
    return 3, f"one named origin ({origins}), not confirmed elsewhere"


def _plain_list(items: tuple[str, ...]) -> str:
    return ", ".join(items) if items else "none"
