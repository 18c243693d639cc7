"""Which denials answer which incident, and which reports contradict the rest.

A denial counts against an incident when:
- it names a target that is the agent of one of the incident's reports in the same article
  (or an actor that agent acts for, `affiliations` in data/actors.json);
- it names no target, and the report closest to it in its article belongs to the incident;
- its article has no report of its own (or only the denier's own counter-account), it names
  a place of the incident, was published within `denial_window_days` after it, and its
  wording meets the `min` similarity.
A report contradicts its incident when its certainty is `denied`, or when its origin is a
source of its chain that denies the incident in the same article (the army's own account of
a strike it denies): it is listed, and never counted as confirmation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from claimtrail.geo.gazetteer import name_key
from claimtrail.link.explain import Mention, with_affiliations
from claimtrail.link.rule import link_rule
from claimtrail.link.similarity import Similarity, content_words
from claimtrail.model import Article, Denial, Reading, Report
from claimtrail.nlp.denial_answers import tells_it

WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class DenialFound:
    denial: Denial
    article: Article
    why: str

    @property
    def denier(self) -> str:
        return self.denial.source.name or self.denial.source.text


@dataclass(frozen=True)
class Contradiction:
    report: Report
    article: Article
    why: str
    by: str  # who contradicts: the denying source, or the report's own origin


def denials_for(
    members: Sequence[Mention], readings: Sequence[Reading], similarity: Similarity
) -> list[DenialFound]:
    """The denials among `readings` that answer the incident made of `members`."""
    found: list[DenialFound] = []
    mine = {m.report.id for m in members}
    in_articles = {m.article.id for m in members}
    for reading in readings:
        for denial in reading.denials:
            if reading.article.id in in_articles:
                why = _in_same_article(denial, reading, mine, members)
            elif stands_alone(reading):
                why = _standalone(denial, reading.article, members, similarity)
            else:
                why = None
            if why:
                found.append(DenialFound(denial, reading.article, why))
    return found


def stands_alone(reading: Reading) -> bool:
    """Whether the article's denials answer reports of other articles: it tells no report of
    its own but, at most, a denier's counter-account ('the army said a patrol had clashed
    with terrorists'), which is not what the denial answers."""
    return bool(reading.denials) and all(
        any(tells_it(d.source, r.sources, reading.article.text) for d in reading.denials)
        for r in reading.reports
    )


def _in_same_article(
    denial: Denial, reading: Reading, mine: set[str], members: Sequence[Mention]
) -> str | None:
    if denial.target:
        for m in members:
            agent = m.report.agent.actor if m.report.agent else None
            if m.article.id == reading.article.id and denial.target in with_affiliations(agent):
                return f"denies the agent's part ({denial.target})"
        return None
    others = [
        r for r in reading.reports if not tells_it(denial.source, r.sources, reading.article.text)
    ]
    nearest = min(others, key=lambda r: _gap(denial, r), default=None)
    if nearest is not None and nearest.id in mine:
        return "answers the nearest report in its article"
    return None


def _gap(denial: Denial, report: Report) -> int:
    if denial.end <= report.start:
        return report.start - denial.end
    if report.end <= denial.start:
        return denial.start - report.end
    return 0


def _standalone(
    denial: Denial, article: Article, members: Sequence[Mention], similarity: Similarity
) -> str | None:
    rule = link_rule()
    starts = [m.report.when.start for m in members if m.report.when]
    ends = [m.report.when.end for m in members if m.report.when]
    if not starts or article.published is None:
        return None
    window_end = max(ends) + timedelta(days=rule.denial_window_days)
    if not (min(starts) <= article.published <= window_end):
        return None
    place = _named_place(denial.text, members)
    if place is None:
        return None
    score = max(similarity.score(denial.text, m.report.text) for m in members)
    if score < rule.floor(similarity.method).min:
        return None
    return f"names {place}, published {article.published}, wording {score:.2f}"


def _named_place(text: str, members: Sequence[Mention]) -> str | None:
    words = [name_key(w) for w in WORD.findall(text)]
    joined = " " + " ".join(words) + " "
    for m in members:
        for place in m.report.where:
            if place.feature in ("country", "region", "continent"):
                continue
            for label in (place.text, place.name):
                key = " ".join(name_key(w) for w in WORD.findall(label or ""))
                if key and f" {key} " in joined:
                    return label
    return None


def contradictions(members: Sequence[Mention], readings: Sequence[Reading]) -> list[Contradiction]:
    denials = {r.article.id: r.denials for r in readings}
    out = []
    for m in members:
        if m.report.certainty == "denied":
            origin = m.report.origin
            by = (origin.name or origin.text) if origin else (m.article.publisher or "?")
            out.append(Contradiction(m.report, m.article, "the report denies the event", by))
            continue
        denier = _denying_origin(m.report, denials.get(m.article.id, ()))
        if denier:
            out.append(Contradiction(m.report, m.article, f"its source {denier} denies it", denier))
    return out


def _denying_origin(report: Report, denials: Sequence[Denial]) -> str | None:
    # Any link of the chain may be the denier: "the army general staff -> statement".
    chain = [s for s in report.sources if s.kind != "author"]
    if not chain:
        return None
    words = set(content_words(" ".join(f"{s.name or ''} {s.text}" for s in chain)))
    for denial in denials:
        source = denial.source
        if words & set(content_words(f"{source.name or ''} {source.text}")):
            return source.name or source.text
    return None
