"""Place mentions in a spaCy Doc, recognised and resolved.

The small English model misses many romanised Arabic, Pashto or Hausa names or tags them
PERSON/ORG ("al-Susah", "al-Suwayda"), so recognition unites four sources:

1. spaCy GPE, LOC and FAC entities (NORP are demonyms and are left out);
2. cue patterns from ``place_cues.json``: "the village of X", "the outskirts of X",
   "X province", "2 km south of X";
3. a capitalised name after a locative preposition ("in X", "near X", "between X and Y")
   when the gazetteer knows it;
4. any other capitalised name the gazetteer knows as a town of some size, a province or
   a country, unless spaCy labels it as something else.

Each mention is then described by its surroundings (cue feature, containing unit,
relative offset) and handed to `claimtrail.geo.resolve`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from claimtrail.geo.gazetteer import ARTICLES, Gazetteer, default_gazetteer
from claimtrail.geo.resolve import Mention, Relative, resolve_mentions
from claimtrail.model import Place

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NON_NAMES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})
_LISTED = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # "X, Y and Z"
_UNITS = frozenset({"province", "district", "country"})
_ART = "|".join(sorted(ARTICLES, key=len, reverse=True))
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_WORD = rf"[{_UPPER}][\w\u2019'\u2018\u02bf\u02be.\-]*"
_LINK = rf"(?:[ \-](?:{_ART}|de|del|la|da|do|dos|das|di|du|al)[ \-]|[ ])"
_RUN = re.compile(rf"(?<![\w\-])(?:(?:{_ART})[\- ])?{_WORD}(?:{_LINK}{_WORD})*")
_SPACE = re.compile(r"\s+")
_HYPHEN_TAIL = re.compile(r"-[\w\u2019']+")
_ARTICLE_HEAD = re.compile(rf"(?<![\w-])(?:{_ART})-", re.I)


@dataclass(frozen=True)
class _Cues:
    units: dict[str, str]
    settlements: dict[str, str]
    areas: tuple[str, ...]
    strong_prepositions: frozenset[str]
    weak_prepositions: frozenset[str]
    stop_names: frozenset[str]
    units_re: re.Pattern[str]
    before_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    distance_units: dict[str, float]
    bearings: dict[str, float]
    numbers: dict[str, float]


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def cues() -> _Cues:
    raw = json.loads(resources.files("claimtrail.data").joinpath("place_cues.json").read_text())
    rel = raw["relative"]
    settle = _alternation(list(raw["settlement_words"]))
    areas = _alternation(raw["area_words"])
    before = (
        rf"(?:\bthe\s+(?:(?:{areas})\s+of\s+)?(?:(?:{settle})\s+of\s+)|\b(?:{settle})\s+of\s+)$"
    )
    number = rf"(?:\d+(?:[.,]\d+)?|{_alternation(list(rel['number_words']))})"
    relative = (
        rf"\b(?P<num>{number})\s*-?\s*(?P<unit>{_alternation(list(rel['units']))})\s+"
        rf"(?:to\s+the\s+)?(?P<bearing>{_alternation(list(rel['bearings']))})\s+of\s+"
        rf"(?:the\s+(?:{settle})\s+of\s+)?$"
    )
    return _Cues(
        units=raw["unit_words"],
        settlements=raw["settlement_words"],
        areas=tuple(raw["area_words"]),
        strong_prepositions=frozenset(raw["prepositions"]["strong"]),
        weak_prepositions=frozenset(raw["prepositions"]["weak"]),
        stop_names=frozenset(raw["stop_names"]),
        units_re=re.compile(rf"^\s+(?P<unit>{_alternation(list(raw['unit_words']))})\b", re.I),
        before_re=re.compile(before, re.I),
        relative_re=re.compile(relative, re.I),
        distance_units=rel["units"],
        bearings=rel["bearings"],
        numbers=rel["number_words"],
    )


# ---------------------------------------------------------------- public API


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every place mention in `doc`, resolved; offsets index `doc.text`."""
    gaz = gazetteer or default_gazetteer()
    spans = recognise(doc, gaz)
    return resolve_mentions(describe(doc.text, spans, gaz), gaz)


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> list[Place]:
    """Resolve given mention spans of `text` (e.g. gold toponyms), using the text as context."""
    gaz = gazetteer or default_gazetteer()
    return resolve_mentions(describe(text, spans, gaz), gaz)


def recognise(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of place mentions, sorted and non-overlapping."""
    text = doc.text
    labels = _labels(doc)
    found: list[tuple[int, int, int]] = []  # (priority, start, end); lower priority wins
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS:
            span = _trim(text, *_hyphen_joined(text, ent.start_char, ent.end_char))
            if span:
                found.append((1, *span))
    taken = [(s, e) for _, s, e in found]
    for match in _RUN.finditer(text):
        listed = any(_LISTED.match(text[e : match.start()]) for _, e in taken)
        for span, priority in _run_spans(text, match, gazetteer, labels, listed):
            found.append((priority, *span))
            taken.append(span)
    return _non_overlapping(found)


def describe(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for `spans`, with the cue feature, containing unit and offset around each."""
    ordered = sorted(set(spans))
    starts = {start: i for i, (start, _) in enumerate(ordered)}
    mentions = []
    for start, end in ordered:
        parent = _parent(text, end, starts, ordered, gazetteer)
        mentions.append(
            Mention(
                text=text[start:end],
                start_char=start,
                end_char=end,
                feature=_feature(text, start, end),
                parent=parent,
                parent_by_comma=parent is not None and _comma_after(text, end),
                relative=_relative(text, start),
            )
        )
    index = {(m.start_char, m.end_char): i for i, m in enumerate(mentions)}
    return [mentions[index[s]] for s in spans] if len(index) == len(spans) else mentions


# ---------------------------------------------------------------- recognition helpers


def _labels(doc: Doc) -> dict[int, str]:
    """Entity label by character position, for the characters inside entities."""
    out: dict[int, str] = {}
    for ent in doc.ents:
        for pos in range(ent.start_char, ent.end_char):
            out[pos] = ent.label_
    return out


def _hyphen_joined(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an entity cut at a hyphen: spaCy tags 'Mazar' in 'Mazar-i-Sharif', 'Hasakah' in
    'al-Hasakah'."""
    while True:
        more = _HYPHEN_TAIL.match(text, end)
        if not more:
            break
        end = more.end()
    head = _ARTICLE_HEAD.search(text, max(0, start - 5), start)
    if head and head.end() == start:
        start = head.start()
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading 'the', a possessive and a trailing unit word from an entity span."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start += 4
    while end > start and text[end - 1] in ".,;:'\u2019 ":
        end -= 1
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2
    words = text[start:end].rsplit(" ", 1)
    if len(words) == 2 and words[1].lower() in cues().units:
        end = start + len(words[0])
    return (start, end) if end > start else None


def _words(text: str, match: re.Match[str]) -> list[tuple[int, int]]:
    """Cut points of a capitalised run: the end offset of each prefix of 1..n words."""
    ends = [m.start() for m in re.finditer(r"[ ](?=\S)", match.group())]
    ends = [match.start() + e for e in ends] + [match.end()]
    return [(match.start(), _clean_end(text, match.start(), e)) for e in ends]


def _clean_end(text: str, start: int, end: int) -> int:
    word = text[start:end]
    if word.endswith(("'s", "\u2019s")):
        return end - 2
    while end > start and text[end - 1] in ".-'\u2019":
        if text[end - 1] == "." and "." in text[start : end - 1].rsplit(" ", 1)[-1]:
            break  # keep the dot of an abbreviation such as "D.C."
        end -= 1
    return end


def _run_spans(
    text: str,
    match: re.Match[str],
    gaz: Gazetteer,
    labels: dict[int, str],
    listed: bool,
) -> list[tuple[tuple[int, int], int]]:
    """Spans a capitalised run contributes, with their priority (lower wins overlaps)."""
    c = cues()
    prefixes = [p for p in _words(text, match)[:5] if p[1] > p[0] and not _ends_in_stop(text, p)]
    if not prefixes:
        return []
    known = [p for p in prefixes if _knows(gaz, text[p[0] : p[1]])]
    before = text[max(0, match.start() - 60) : match.start()]
    cue = c.before_re.search(before) or c.relative_re.search(before)
    unit_after = c.units_re.match(text[prefixes[-1][1] :])
    if cue or unit_after:
        return [(_loose_span(text, known, prefixes, gaz, labels), 0)]
    label = labels.get(match.start())
    if label in _NON_NAMES:
        return []
    previous = _previous_word(before)
    if previous in c.strong_prepositions or listed:
        span = _loose_span(text, known, prefixes, gaz, labels)
        if span in known or label in (None, "PERSON") or gaz.candidates(text[span[0] : span[1]]):
            return [(span, 2)]
        return []
    arabic = match.group().split("-")[0].split(" ")[0].lower() in ARTICLES
    if previous in c.weak_prepositions and known and (label is None or arabic):
        return [(known[-1], 2)]
    if known and label is None and not _sentence_start(before):
        span = known[-1]
        if _notable(gaz, text[span[0] : span[1]]):
            return [(span, 3)]
    return []


def _ends_in_stop(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0] : span[1]].split(" ")
    return words[-1] in cues().stop_names or words[0] in cues().stop_names


def _loose_span(
    text: str,
    known: list[tuple[int, int]],
    prefixes: list[tuple[int, int]],
    gaz: Gazetteer,
    labels: dict[int, str],
) -> tuple[int, int]:
    """The longest prefix the gazetteer knows (loosely) or that spaCy saw as one entity."""
    best = known[-1] if known else prefixes[0]
    for span in prefixes:
        if span[1] <= best[1]:
            continue
        name = text[span[0] : span[1]]
        one_entity = labels.get(span[0]) is not None and labels.get(span[1] - 1) is not None
        if one_entity or gaz.candidates(name)[:1]:
            best = span
    return best


def _knows(gaz: Gazetteer, name: str) -> bool:
    return any(c.match != "skeleton" for c in gaz.candidates(name, loose=False)[:1])


def _notable(gaz: Gazetteer, name: str) -> bool:
    """A bare capitalised word counts only if it names a sizeable place."""
    for cand in gaz.candidates(name, loose=False)[:5]:
        entry = cand.entry
        if cand.match == "exact" and (
            entry.feature in ("country", "continent", "region", "province")
            or entry.population >= 50000
        ):
            return True
    return False


def _previous_word(before: str) -> str:
    words = re.findall(r"[A-Za-z]+", before[-20:])
    return words[-1].lower() if words else ""


def _sentence_start(before: str) -> bool:
    stripped = before.rstrip(" \"'\u201c(")
    return not stripped or stripped[-1] in ".!?\n:"


def _non_overlapping(found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for _, start, end in sorted(found, key=lambda f: (f[0], f[1] - f[2], f[1])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


# ---------------------------------------------------------------- context helpers


def _feature(text: str, start: int, end: int) -> str | None:
    c = cues()
    after = c.units_re.match(text[end : end + 40])
    if after:
        return c.units[_SPACE.sub(" ", after.group("unit").lower())]
    settle = re.match(r"^\s+(city|town|village)\b", text[end : end + 12])
    if settle:
        return settle.group(1)
    before = c.before_re.search(text[max(0, start - 60) : start])
    if before:
        for word in re.findall(r"[a-z\-]+", before.group().lower())[::-1]:
            if word in c.settlements and word != "of":
                return c.settlements[word]
    return None


def _after_unit(text: str, end: int) -> int:
    unit = cues().units_re.match(text[end : end + 40])
    return end + unit.end() if unit else end


def _parent(
    text: str,
    end: int,
    starts: dict[int, int],
    ordered: list[tuple[int, int]],
    gaz: Gazetteer,
) -> int | None:
    """The mention right after 'X, ' / 'X in ' / 'X of ' that names X's containing unit."""
    pos = _after_unit(text, end)
    gap = re.match(r"(\s*,\s*(?:in\s+)?|\s+(?:in|of)\s+)(?:the\s+)?", text[pos : pos + 20])
    if not gap or pos + gap.end() not in starts:
        return None
    j = starts[pos + gap.end()]
    if "," not in gap.group():
        return j
    p_start, p_end = ordered[j]
    if _feature(text, p_start, p_end) in _UNITS:
        return j
    top = gaz.candidates(text[p_start:p_end], loose=False)[:3]
    return j if any(c.entry.feature in ("province", "country") for c in top) else None


def _comma_after(text: str, end: int) -> bool:
    return text[_after_unit(text, end) :].lstrip(" ").startswith(",")


def _relative(text: str, start: int) -> Relative | None:
    c = cues()
    found = c.relative_re.search(text[max(0, start - 80) : start])
    if not found:
        return None
    raw = found.group("num").lower().replace(",", ".")
    number = c.numbers.get(_SPACE.sub(" ", raw)) or float(raw)
    unit = c.distance_units[found.group("unit").lower()]
    bearing = c.bearings[found.group("bearing").lower().replace(" ", "")]
    phrase = _SPACE.sub(" ", found.group().strip())
    return Relative(distance_km=number * unit, bearing=float(bearing), text=phrase)
