"""Toponym resolution: pick the gazetteer entry a mention most likely means, in context.

A candidate's score adds up plain, explainable evidence:

* how closely the name matched (exact spelling, folded key, consonant skeleton);
* a population prior (bigger places are mentioned more often);
* the feature word around the mention ("the village of X" wants a small place,
  "X province" an admin1 unit);
* the containing unit named beside it ("X in Y province", "X, Y"): candidates inside
  the resolved unit win;
* the article's other places: candidates in the article's dominant country and admin1;
* coherence: candidates in an admin1 unit where many of the article's other names also
  have a candidate (a local story names towns of one state: "Watertown", "Delano" and
  "Elgin" together point to one state even though each name exists in several).
* a name that another mention is said to lie in ("Tacoma, Washington") is a unit: its
  province or country candidates gain;
* coherence never lifts a small town over a country or state spelled exactly like it:
  neighbouring towns explain a village of that name, not a mention of the state.
* a list names places of one kind: a name listed among states or countries ("New Jersey,
  New York and Ohio") is read as one of them when it has such a candidate.

A mention with no candidate whose containing unit resolves gets that unit ("parent").
A building or street that news names for the institution inside it ("the White House said",
"talks at Downing Street") is placed at that landmark (`geo_landmarks.json`), never at a town
of the same name; a generic name ("Congress") only when the article's places lie in the
landmark's country.
A relative expression ("2 km south of X") moves the chosen point by that offset; in
"X, about 20 km south of Y" the offset describes X, which is placed near that point.
A name the gazetteer lacks, a street or facility ("Royal Street", "the X hospital") as much
as a small village, is placed at the town named in its sentence, else in its paragraph,
else at the article's clearly dominant town, marked approximate ("parent"): local news
names places near the town it is about. A river the text calls one ("the X river"), a sea,
range or delta ("Baltic Sea", "Ural Mountains"), and names in an article without such a
town stay unresolved.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from claimtrail.geo.gazetteer import (
    Candidate,
    Gazetteer,
    GazetteerEntry,
    capital_keys,
    compact_countries,
    default_gazetteer,
    fold,
    name_key,
    province_sized_countries,
)
from claimtrail.geo.geodesy import bearing_gap, destination, distance_km, initial_bearing
from claimtrail.model import Place

_MATCH_SCORE = {"exact": 0.0, "folded": -0.3, "demonym": -0.5, "skeleton": -2.5}
# Weights of the evidence, tuned on the dev splits of public geoparsing gold sets.
_W_POPULATION = 0.7  # per decade of population
# a unit spelled as the text writes it, against a unit of that kind found by its consonants
# only: the gazetteer counts no people in many districts
_W_SPELLED_UNIT = 2.0
_W_COUNTRY = 3.0  # times the share of the article's places in the candidate's country
# a province of the country most of the article's places lie in, against namesake towns
# abroad: Jamaican news names its parish Manchester bare, whatever the English city's size
_W_OWN_PROVINCE = 1.5
MIN_OWN_COUNTRY_SHARE = 0.5
_W_ADMIN1 = 6.0  # times the share in the candidate's admin1
_VOTE_SMOOTHING = 1.0  # pseudo-votes, so one other place alone cannot swing a choice
_W_COHERENCE = 6.0  # times the share of the article's other names with a candidate in the unit
_W_NEAR = 1.5  # times the share of the article's other names with a town candidate nearby
_FEATURE_PRIOR = {
    "country": 1.5,
    "continent": 1.5,
    "region": 1.0,
    "province": 0.6,
    "district": -1.0,
    "landmark": -0.5,  # an imported stream, hill or building: a settlement of its name wins
}
_SETTLEMENTS = frozenset({"city", "town", "village"})
_SMALL_TOWNS = frozenset({"town", "village"})
_W_BARE_DISTRICT = 0.75  # a county named without its unit word is rarely what is meant
_W_CAPITAL = 3.0  # a capital is named for its government far beyond what its size suggests
_W_CONTAINER = 2.0  # a name that contains another mention ("Tacoma, Washington") is a unit
_LOCAL = _SETTLEMENTS | {"district"}
_RIVAL_CITY_SHARE = 0.1  # a city this large next to a same-named unit is what a bare name means
_OWN_UNIT_CITY_SHARE = 0.5  # the same, for a city outside the unit: 'Lima', not 'Wyoming'
_MAX_CANDIDATES = 40
_CONTAINERS = frozenset({"country", "province"})
_UNITS = _CONTAINERS | {"district"}
_SETTLEMENT_CUES = frozenset({"village", "town", "city", "hamlet"})
_SMALL_PLACE_CUES = frozenset({"village", "town", "hamlet", "neighbourhood"})
_WIDE_FEATURES = frozenset({"country", "region", "continent"})
MIN_INNER_CHARS = 3
MIN_PROVINCE_VOTES = 2  # names that put a story in one province
MIN_ONE_PROVINCE_VOTES = 3  # ... and keep it there, for a look-alike city elsewhere
MAX_STRAY_CITY_POPULATION = 100_000
OUTVOTED = 3  # a look-alike's country with a third of the main country's mentions is a stray
_AREAS = frozenset({"country", "continent", "region"})
_NOTABLE = _AREAS | {"province", "city"}  # a close match with one: the name is spelled as meant
_UNIT_CUES = frozenset({"province", "district"})
_TOWNS = frozenset({"city", "town"})
_PARTS_OF_TOWNS = frozenset({"neighbourhood", "district", "area"})
_PARAGRAPHS_BACK = 2  # how far back a town the story named may place a spot in its province
_DOMINANT_MIN = 1  # mentions of the main town: the only town named counts
_DOMINANT_RATIO = 2.0  # how many times more often than the next town
_DOMINANT_PROVINCE_SHARE = 2 / 3  # of the article's town mentions in the main town's province
_NEIGHBOUR_KM = 60.0  # a town this close to another place of the article: a local story
_FAIR_SHARE = 3  # a country holds a fair share of the places with a third of the leader's
_NEAR_KM = 10.0  # how far from an offset point X's own gazetteer entry may lie
# Words that name no place on their own though some village bears them.


@dataclass(frozen=True)
class Relative:
    """An offset from the mentioned place: `distance_km` along `bearing` degrees."""

    distance_km: float
    bearing: float
    text: str
    measured: bool = True  # False for a bearing alone ("X, south of Y")


@dataclass(frozen=True)
class Mention:
    """A place mention to resolve, with what its surroundings say about it."""

    text: str
    start_char: int
    end_char: int
    feature: str | None = None  # implied by a cue word: village, town, city, province, ...
    parent: int | None = None  # index of the mention naming the containing unit
    parent_by_comma: bool = False  # "X, Y" may be a list of peers rather than "X in Y"
    relative: Relative | None = None
    anchor: int | None = None  # index of Y in "X, 20 km south of Y": the offset places X
    natural: str | None = None  # a river, lake or range ("the X river"): not in the gazetteer
    facility: str | None = None  # a street or facility word: the name is a spot inside a town
    sentence: int = 0  # index of the sentence holding the mention
    paragraph: int = 0  # index of the paragraph holding the mention
    peers: tuple[int, ...] = ()  # indices of the mentions listed with it ("X, Y and Z")
    # the name stands alone after a preposition ("near Hindi, on the road"): a place's own
    # name, never a demonym or language name standing for a country
    noun_after_preposition: bool = False
    # a unit word inside a facility's name ("the X State Hospital"): X may be a person's name
    unit_word_in_facility: bool = False
    # the name opens an office's ("the X police administration"): it tells who spoke
    of_an_office: bool = False
    # the name speaks for its government ("Ankara rarely comments on ..."): no spot lies there
    speaks: bool = False


@dataclass(frozen=True)
class _Scored:
    entry: GazetteerEntry
    score: float
    notes: tuple[str, ...]


def resolve_mentions(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer | None = None,
    hints: Counter[str] | None = None,
) -> list[Place]:
    """Resolve every mention; the result is parallel to `mentions`. `hints` are country
    votes the text gives by other means than place names (its currency): they weigh in
    the article's country share, not in telling a local story from an international one."""
    gaz = gazetteer or default_gazetteer()
    always, in_country_news = _landmarks()
    marks = [always.get(_landmark_key(m.text)) for m in mentions]
    cands = [[] if mark else _candidates(gaz, m) for m, mark in zip(mentions, marks, strict=True)]
    cands = _no_country_for_a_village(mentions, cands)
    countries, admins = _article_votes(mentions, cands)
    marks = [
        mark or _country_landmark(m, in_country_news, countries)
        for m, mark in zip(mentions, marks, strict=True)
    ]
    evidence = _Evidence(
        mentions,
        cands,
        countries,
        admins,
        _admin1_support(mentions, cands),
        frozenset(m.parent for m in mentions if m.parent is not None),
        Counter(hints or {}),
        _spot_towns(mentions),
    )
    places: dict[int, Place] = {}
    for index in _parents_first(mentions):
        mark = marks[index]
        places[index] = (
            _at_landmark(mentions[index], mark) if mark else _resolve_one(index, evidence, places)
        )
    _read_lists_alike(evidence, places)
    _one_place_per_name(mentions, places, cands)
    resolved = [
        _unknown(m, p, gaz, countries, admins)
        if p.resolution == "unresolved" and not m.natural
        else p
        for m, p in zip(mentions, _places_in_order(places), strict=True)
    ]
    resolved = _same_name_same_place(mentions, resolved)
    loose = {i for i, p in enumerate(resolved) if _look_alike(p, cands[i])}
    return _spots_in_towns(mentions, resolved, loose)


@dataclass(frozen=True)
class Landmark:
    """A building or street news names for the institution in it ('the White House')."""

    name: str
    lat: float
    lon: float
    country: str
    admin1: str


@lru_cache(maxsize=1)
def _landmarks() -> tuple[dict[str, Landmark], dict[str, Landmark]]:
    """The landmarks by name key: names always meant, and generic names meant only in news
    about the landmark's country."""
    path = resources.files("claimtrail.data").joinpath("geo_landmarks.json")
    always: dict[str, Landmark] = {}
    in_country_news: dict[str, Landmark] = {}
    for item in json.loads(path.read_text("utf-8"))["landmarks"]:
        mark = Landmark(item["name"], item["lat"], item["lon"], item["country"], item["admin1"])
        for name in (item["name"], *item["aliases"]):
            always[_landmark_key(name)] = mark
        for name in item.get("in_country_news", ()):
            in_country_news[_landmark_key(name)] = mark
    return always, in_country_news


def _landmark_key(text: str) -> str:
    """The name without a leading article: 'the White House' and 'White House' are one."""
    words = text.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return name_key(" ".join(words))


def _country_landmark(
    mention: Mention, marks: dict[str, Landmark], countries: Counter[str]
) -> Landmark | None:
    """A generic name ('Congress') read as the landmark when the article's places lie mostly
    in its country."""
    mark = marks.get(_landmark_key(mention.text))
    if mark is None or not countries:
        return None
    return mark if countries.most_common(1)[0][0] == mark.country else None


def _at_landmark(mention: Mention, mark: Landmark) -> Place:
    return Place(
        text=mention.text,
        start_char=mention.start_char,
        end_char=mention.end_char,
        name=mark.name,
        feature="landmark",
        admin1=mark.admin1,
        country=mark.country,
        lat=mark.lat,
        lon=mark.lon,
        resolution="exact",
        reason=f"names the landmark {mark.name}, not a town of that name",
    )


def _look_alike(place: Place, found: list[Candidate]) -> bool:
    """Whether the place was reached only by a look-alike spelling (a skeleton match)."""
    return any(
        c.match == "skeleton"
        and c.entry.geonames_id == place.geonames_id
        and c.entry.name == place.name
        for c in found
    )


def _one_place_per_name(
    mentions: Sequence[Mention], places: dict[int, Place], cands: Sequence[list[Candidate]]
) -> None:
    """An article means one place by one name: once "Athens, Greece" has placed Athens, a
    bare "Athens" later in the text is that city too, whatever namesakes its other places
    favour; once "Borgou, a village in Kpendjal" is placed at Kpendjal for want of the
    village, a bare "Borgou" is not the Beninese department. A mention with its own containing
    unit or cue word keeps its reading. Updates `places` in place."""
    anchored: dict[str, Place] = {}
    for index, mention in enumerate(mentions):
        place = places[index]
        parent = places.get(mention.parent) if mention.parent is not None else None
        # the text says where the place lies ("a village in Kpendjal", "George, Lusaka": no
        # notable place bears the name), or the tables hold it
        said = place.resolution == "parent" and (
            mention.feature in _SETTLEMENT_CUES or not _notable(cands[index])
        )
        if parent is None or not (place.resolution == "exact" or said):
            continue
        if place.country == parent.country:
            anchored.setdefault(mention.text.casefold(), place)
    for index, mention in enumerate(mentions):
        first = anchored.get(mention.text.casefold())
        place = places[index]
        if first is None or mention.parent is not None or mention.feature:
            continue
        if mention.start_char < first.start_char:
            continue  # a link to another story at the page's foot ('Manchester, England: ...')
        if place.resolution != "exact" or place.geonames_id == first.geonames_id:
            continue
        reason = f"as the article's mention of '{first.text}' in its named unit: {first.reason}"
        span = {"start_char": mention.start_char, "end_char": mention.end_char}
        places[index] = replace(first, text=mention.text, reason=reason, **span)


def _notable(cands: Sequence[Candidate]) -> bool:
    """Whether a name is a country's, a province's or a large city's ('U.S.', 'Paris'), which
    a text does not place inside another town."""
    small = _place_cues()["stray_namesake"]["max_population"]
    return any(
        c.match == "exact"
        and (c.entry.feature in _AREAS | {"province"} or (c.entry.population or 0) >= small)
        for c in cands
    )


def _read_lists_alike(evidence: _Evidence, places: dict[int, Place]) -> None:
    """A list names places of one kind: in "New Jersey, New York and Ohio" or "in Texas, New
    York or California" the name listed among states is the state, not its city. A listed
    mention takes the unit class most of its peers resolved to when it has a candidate of
    that class, preferably in its peers' countries. Updates `places` in place."""
    first = dict(places)
    cands = evidence.cands
    for index, mention in enumerate(evidence.mentions):
        unit = _peers_unit(mention, first)
        if unit is None or mention.feature or first[index].feature == unit:
            continue
        alike = [c for c in cands[index] if _close(c) and c.entry.feature == unit]
        peer_countries = {first[j].country for j in mention.peers}
        alike = [c for c in alike if c.entry.country in peer_countries] or alike
        if not alike:
            continue
        narrowed = list(cands)
        narrowed[index] = alike
        place = _resolve_one(index, replace(evidence, cands=narrowed), places)
        reason = f"listed with places of the kind '{unit}'; {place.reason}"
        places[index] = replace(place, reason=reason)


def _peers_unit(mention: Mention, places: dict[int, Place]) -> str | None:
    """The unit class (country or province) most of the mention's listed peers resolved to,
    when they outnumber the peers of any other class."""
    kinds = Counter(
        places[j].feature
        for j in mention.peers
        if j in places and places[j].resolution == "exact" and places[j].feature
    )
    ranked = kinds.most_common()
    if not ranked or ranked[0][0] not in _CONTAINERS:
        return None
    if ranked[0][1] * 2 <= sum(kinds.values()):
        return None  # "Kabul, Kandahar and Helmand": a mixed list says nothing
    return ranked[0][0]


def _spots_in_towns(
    mentions: Sequence[Mention], places: list[Place], loose: set[int] | None = None
) -> list[Place]:
    """A street, facility or village the gazetteer lacks lies in or near a town: the nearest
    one named in its sentence, else in its paragraph, else the article's clearly dominant
    town, else, when the article names no town, its clearly dominant district ("the county
    hospital" of a county story). Without such a town the name stays unresolved. A town
    reached only by a look-alike spelling (`loose` indices) places nothing."""
    sure = [
        p if i not in (loose or ()) else replace(p, resolution="unresolved")
        for i, p in enumerate(places)
    ]
    # a resolved village is often a look-alike; a capital speaking for its government
    # ('Ankara rarely comments on operations in Sinjar') says nothing of where a spot lies
    towns = [(m, p) for m, p in _local_places(mentions, sure, _TOWNS) if not m.speaks]
    towns += [  # Gibraltar, Monaco, Singapore: the country is one town
        (m, p)
        for m, p in _local_places(mentions, sure, {"country"})
        if p.country in compact_countries()
    ]
    units = _local_places(mentions, sure, _UNIT_CUES)
    main = _dominant_town([p for _, p in towns])
    if main is not None and not _of_the_story_country(main, [p for _, p in towns + units]):
        main = None  # the one foreign town of a story told in districts ('a flight from X')
    if main is None and not towns:
        main = _dominant_town([p for _, p in _local_places(mentions, sure, {"district"})])
    # ... but not one near a town of the story, named in the spot's sentence ('Residents of
    # Metula said a drone hit a yard on HaRishonim Street', Metula a few km from the town)
    villages = [
        (m, p)
        for m, p in _local_places(mentions, sure, {"village"})
        if any(distance_km(p.lat, p.lon, t.lat, t.lon) <= _NEIGHBOUR_KM for _, t in towns)
    ]
    out = []
    for mention, place in zip(mentions, places, strict=True):
        if place.resolution == "unresolved" and _in_a_town(mention):
            place = _in_town(mention, place, towns, main, units, villages)
        out.append(place)
    return _as_where_named_first(mentions, out, towns)


def _as_where_named_first(
    mentions: Sequence[Mention], places: list[Place], towns: list[tuple[Mention, Place]]
) -> list[Place]:
    """A spot still unplaced, with no town near it and no main town to the story, lies where
    another mention of its name was placed by a town its sentence names before it ('In
    Conakry, a protester was shot in Dar-es-Salam', later 'the Dar-es-Salam mosque'). A town
    named after the spot ('taken to Sadda, then flown to Peshawar') or beside it in a list
    ('Umlazi, KwaMashu and Inanda') says nothing of where the spot lies."""
    first: dict[str, Place] = {}
    for mention, place in zip(mentions, places, strict=True):
        if place.resolution == "parent" and _after_its_town(mention, place, towns, mentions):
            first.setdefault(place.text.casefold(), place)
    out = []
    for mention, place in zip(mentions, places, strict=True):
        other = first.get(place.text.casefold())
        if place.resolution == "unresolved" and other is not None and _in_a_town(mention):
            place = _as_other_mention(mention, other)
        out.append(place)
    return out


def _after_its_town(
    mention: Mention,
    place: Place,
    towns: list[tuple[Mention, Place]],
    mentions: Sequence[Mention],
) -> bool:
    """Whether the spot was placed at a town its sentence names before it, in no list with it
    (a town of its sentence comes first among the places a spot may be put at)."""
    listed = {mentions[j].start_char for j in mention.peers}
    return any(
        m.sentence == mention.sentence
        and m.start_char < mention.start_char
        and m.start_char not in listed
        and (p.geonames_id, p.name) == (place.geonames_id, place.name)
        for m, p in towns
    )


def _in_a_town(mention: Mention) -> bool:
    """Whether the place lies in or near a town: a street, road, village, or a lake named
    beside the town does; a sea, range or delta ("Baltic Sea", "Ural Mountains") does not,
    nor a river the text calls one ("the X river": it may run far from the town)."""
    words = mention.text.casefold().split()
    open_land = bool(words) and bool({words[0], words[-1]} & _open_land_words())
    return mention.natural in (None, "road") and not open_land


@lru_cache(maxsize=1)
def _place_cues() -> dict:
    """place_cues.json, read once."""
    path = resources.files("claimtrail.data").joinpath("place_cues.json")
    return json.loads(path.read_text("utf-8"))


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(_place_cues()["generic_name_words"])


@lru_cache(maxsize=1)
def _open_land_words() -> frozenset[str]:
    return frozenset(_place_cues()["open_land_words"])


@lru_cache(maxsize=1)
def _landform_words() -> frozenset[str]:
    return frozenset(_place_cues()["landform_name_words"])


def _local_places(
    mentions: Sequence[Mention], places: list[Place], features: set[str] | frozenset[str]
) -> list[tuple[Mention, Place]]:
    """The mentions resolved by name to a place of one of `features`. A name with a street
    word is left out: "Franklin Avenue" tagged as "Franklin" names a street, not the town."""
    return [
        (m, p)
        for m, p in zip(mentions, places, strict=True)
        if p.resolution == "exact" and p.feature in features and not m.facility
    ]


def main_town(places: Sequence[Place]) -> Place | None:
    """The town an article's resolved places clearly centre on, as `_dominant_town` reads
    it, or None."""
    return _dominant_town([p for p in places if p.resolution == "exact" and p.feature in _TOWNS])


def _dominant_town(towns: list[Place]) -> Place | None:
    """The article's clearly dominant town: the only one it names, or one it names at least
    twice as often as any other."""
    counts = Counter(p.geonames_id or p.name for p in towns)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _DOMINANT_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < _DOMINANT_RATIO * ranked[1][1]:
        return None
    main = next(p for p in towns if (p.geonames_id or p.name) == ranked[0][0])
    # a story told in two provinces ('Floods in Freetown', then 'Clash at Tombodu') has no
    # main town for the spots of both
    in_its_province = sum(1 for p in towns if (p.country, p.admin1) == (main.country, main.admin1))
    return main if in_its_province >= _DOMINANT_PROVINCE_SHARE * len(towns) else None


def _of_the_story_country(main: Place, places: list[Place]) -> bool:
    """Whether the main town's country holds as many of the article's placed towns and units
    as any other country."""
    counts = Counter(p.country for p in places if p.country)
    return counts[main.country] >= max(counts.values(), default=0)


def _in_town(
    mention: Mention,
    place: Place,
    towns: list[tuple[Mention, Place]],
    main: Place | None,
    units: Sequence[tuple[Mention, Place]] = (),
    villages: Sequence[tuple[Mention, Place]] = (),
) -> Place:
    """`mention` placed at the nearest town of its sentence, else at the province or district
    its sentence names, else at the nearest town, then unit, of its paragraph, else at `main`,
    else left as it was: a village is written beside its own unit ("a house in X, in Y
    district"), not beside the story's main town. The point is the town's or unit's, marked
    as approximate."""
    kind = f" ({mention.facility})" if mention.facility else ""
    what = f"'{mention.text}'{kind} not in the gazetteer"
    town, where = None, ""
    for scope in ("sentence", "paragraph"):
        # a village near a town of the story counts in the spot's own sentence only
        settlements = [*towns, *villages] if scope == "sentence" else towns
        for kind_of, near in (("town", settlements), ("unit", units)):
            # a province named as an office's ('the X police administration said') says who
            # spoke, not where in it the spot lies; a town so named is near enough
            here = [
                (m, p)
                for m, p in near
                if getattr(m, scope) == getattr(mention, scope)
                and not (kind_of == "unit" and m.of_an_office)
            ]
            town = _nearest(mention, here)
            where = f"named in its {scope}" if kind_of == "town" else f"its {scope}'s unit"
            if town is not None and kind_of == "unit":
                # the story's main town, else the town it last named inside the province,
                # is a finer guess ('flooding in Jeddah', then '... in the Al-Ruwais
                # district, the civil defence in the Makkah region said')
                unit = town
                town = main if _holds(unit, main) else _town_before_in(mention, unit, towns)
                if town is not unit:
                    where = f"a town the story named in its {scope}'s unit"
            if town is not None:
                break
        if town is not None:
            break
    if town is None:
        town, where = main, "the article's main place"
    if town is None:
        return place
    reason = f"{what}; approximate: placed in {town.name}, {where}"
    return _place_from(mention, town, reason)


def _town_before_in(mention: Mention, unit: Place, towns: list[tuple[Mention, Place]]) -> Place:
    """The town named last before `mention`, in its paragraph or the few before it, that
    the province holds; else the province. Only a spot the text calls a part of a town or a
    facility: a river or a range ('the Mimi River', 'the Hindu Kush') runs on past any town."""
    if not (mention.facility or mention.feature in _PARTS_OF_TOWNS):
        return unit
    before = [
        (m, p)
        for m, p in towns
        if m.start_char < mention.start_char
        and mention.paragraph - m.paragraph <= _PARAGRAPHS_BACK
        and _holds(unit, p)
    ]
    return max(before, key=lambda t: t[0].start_char)[1] if before else unit


def _holds(unit: Place, town: Place | None) -> bool:
    """Whether a province holds the town."""
    return (
        town is not None
        and unit.feature == "province"
        and (town.country, town.admin1) == (unit.country, unit.admin1)
    )


def _nearest(mention: Mention, towns: list[tuple[Mention, Place]]) -> Place | None:
    """The place named closest to the mention, an earlier one winning a tie. A facility
    named after one of them lies there ('Kirkenes Airport', with 'between Vadsø and
    Kirkenes' after it); a street may bear another town's name ('Damascus Road')."""
    if not towns:
        return None
    named = [t for t in towns if mention.natural != "road" and _named_after(mention, t[0])]
    return min(
        named or towns, key=lambda t: (abs(t[0].start_char - mention.start_char), t[0].start_char)
    )[1]


def _named_after(spot: Mention, town: Mention) -> bool:
    """Whether a facility's name holds the town's name as whole words."""
    words = f" {' '.join(_NAME_PART.findall(spot.text)).casefold()} "
    return bool(spot.facility) and f" {town.text.casefold()} " in words


def _places_in_order(places: dict[int, Place]) -> list[Place]:
    return [places[i] for i in range(len(places))]


_NAME_AFTER_CONNECTOR = re.compile(r"\s(?:da|de|do|dos|das|del|of)\s+([A-Z][\w'’-]+)$")


def _same_name_same_place(mentions: Sequence[Mention], places: list[Place]) -> list[Place]:
    """A name left unresolved takes the place another mention of it in the article got
    from its context ("the camp of X in Y" first, "X camp" later): one place per name. So
    does a name put in another country than most of the article's places, when another
    mention of it, written with its article ('al-Kasara', then 'Kasara'), lies in the
    country most of them do."""
    known: dict[str, Place] = {}
    for place in places:
        if place.resolution != "unresolved":
            known.setdefault(place.text.casefold(), place)
    for place in places:  # "Complexo da Maré", then "the Maré"
        tail = _NAME_AFTER_CONNECTOR.search(place.text)
        if place.resolution != "unresolved" and tail is not None:
            known.setdefault(tail.group(1).casefold(), place)
    countries = Counter(p.country for p in places if p.country)
    main = countries.most_common(1)[0][0] if countries else None
    at_home = {name_key(p.text): p for p in places if main and p.country == main}
    out = []
    for mention, place in zip(mentions, places, strict=True):
        other = known.get(place.text.casefold())
        home = at_home.get(name_key(place.text))
        if place.resolution == "unresolved" and other is not None and not mention.natural:
            place = _as_other_mention(mention, other)
        elif home is not None and place.country != main and _spelled_otherwise(home, place):
            place = _as_other_mention(mention, home)  # 'Kasara' of 'al-Kasara': not abroad
        out.append(place)
    return out


def _spelled_otherwise(a: Place, b: Place) -> bool:
    """The same name written two ways ('al-Kasara', 'Kasara'); a name written alike in two
    countries ('Georgia') may well mean both."""
    return a.text.casefold() != b.text.casefold()


def _as_other_mention(mention: Mention, other: Place) -> Place:
    """The mention placed where the article's other mention of its name was placed."""
    reason = f"as the article's other mention of '{other.text}': {other.reason}"
    span = {"start_char": mention.start_char, "end_char": mention.end_char}
    return replace(other, text=mention.text, reason=reason, **span)


def _inner_place(
    inner: str, gaz: Gazetteer, countries: Counter[str], admins: Counter[int]
) -> GazetteerEntry | None:
    """A well-known place named inside a longer name ('Kabul' in 'Kabul University'); a
    district outside the province the story is about names nothing there ('Krishna Ghati'
    in Poonch is no part of the Krishna district, two states away)."""
    if inner in _generic_words() or not inner[:1].isupper() or len(inner) < MIN_INNER_CHARS:
        return None  # nor a state's short form inside a name ('La' in 'La Prensa')
    found = gaz.candidates(inner, loose=False)[:_MAX_CANDIDATES]
    found = [c for c in found if c.match == "exact" and c.entry.lat is not None]
    if not found:
        return None
    sub = Mention(inner, 0, 0)
    entry = max(found, key=lambda c: _score(c, found, sub, None, countries, Counter()).score).entry
    votes = countries[entry.country or ""]
    if entry.feature in ("country", "province"):
        return entry if votes > 0 else None
    # a city of the story's country or one it names about as often; not of one that only
    # a stray candidate of another name votes for ('Kani' of Japan in a Sagaing story)
    known_here = votes > 0 and votes * OUTVOTED > max(countries.values())
    if (
        entry.feature == "district"
        and not admins[_vote_unit(entry) or -1]
        and _story_province(admins)
    ):
        return None
    return entry if known_here and entry.population >= 100000 else None


@lru_cache(maxsize=1)
def _saint_titles() -> frozenset[str]:
    return frozenset(_place_cues()["saint_titles"]["words"])


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(_place_cues()["street_words"]["words"])


def _story_province(admins: Counter[int], votes: int = MIN_PROVINCE_VOTES) -> bool:
    """Whether at least `votes` of the article's names lie in one province."""
    return max(admins.values(), default=0) >= votes


_NAME_PART = re.compile(r"[^\s\-]+")


def _part_of_town(name: str, town: str, entry: GazetteerEntry) -> bool:
    """'Rotterdam-Zuid', 'Amsterdam-Noord': a town, hyphened to a word for a part of it."""
    rest = [w for w in _NAME_PART.findall(name.replace(town, " ")) if w]
    return entry.feature in _SETTLEMENTS and bool(rest) and all(map(names_part_of_town, rest))


def names_part_of_town(word: str) -> bool:
    """'Zuid', 'Midi', 'North': a word that, hyphened to a town's name, names a part of it."""
    cues = _place_cues()
    return word in cues["town_part_words"] or word.lower() in cues["compass_points"]


def _unknown(
    mention: Mention,
    place: Place,
    gaz: Gazetteer,
    countries: Counter[str],
    admins: Counter[int],
) -> Place:
    """A name the gazetteer lacks: a well-known place named inside it, else unresolved.
    A name ending in a landform word ('Iowa Hill') is a place of its own, not one inside
    the place it is named after."""
    words = mention.text.split()
    if words and words[-1].casefold() in _landform_words():
        return place
    if mention.facility in _street_words():
        return place  # 'Victoria Street' in Grenville: placed by its town, not in Victoria
    # 'Rotterdam-Zuid' lies in Rotterdam: the parts of a hyphened word count as words, when
    # the rest names a part of the town
    parts = [m.span() for m in _NAME_PART.finditer(mention.text)]
    # 'Santa Cruz Barillas' lies in no Santa Cruz: only the words after the patron's name
    after_patron = 2 if len(words) > 2 and words[0].casefold() in _saint_titles() else 0
    for size in range(len(parts) - 1, 0, -1):
        for first in range(after_patron, len(parts) - size + 1):
            start, end = parts[first][0], parts[first + size - 1][1]
            inner = mention.text[start:end]
            entry = _inner_place(inner, gaz, countries, admins)
            if entry is None:
                continue
            cut_at_hyphen = "-" in (mention.text[start - 1 : start], mention.text[end : end + 1])
            if cut_at_hyphen and not _part_of_town(mention.text, inner, entry):
                continue  # 'Congo-Nil', 'Oti-Kéran', 'Paris-Henry' are no part of a town
            reason = f"'{mention.text}' not in the gazetteer; placed at {inner}, named in it"
            return _place(mention, entry, "parent", reason)
    return place


def _no_country_for_a_village(
    mentions: Sequence[Mention], cands: list[list[Candidate]]
) -> list[list[Candidate]]:
    """'the villages of Kosova and Misurići', then 'in Kosova': a name the text lists among
    villages or towns names no country or world region anywhere in the article (while 'a
    Palestinian camp' may be a camp of the people whose country the word names)."""
    small = {m.text.casefold() for m in mentions if m.feature in _SMALL_PLACE_CUES and m.peers}
    return [
        [c for c in found if c.entry.feature not in _WIDE_FEATURES]
        if m.text.casefold() in small
        else found
        for m, found in zip(mentions, cands, strict=True)
    ]


def _candidates(gaz: Gazetteer, mention: Mention) -> list[Candidate]:
    found = gaz.candidates(mention.text)
    located = [c for c in found if c.entry.lat is not None]
    if mention.noun_after_preposition:
        located = [c for c in located if c.match != "demonym"]
    if not any(_close(c) for c in located):
        located = _unit_after_compass_word(gaz, mention.text) or located
    if not any(_close(c) for c in located):
        located = _after_code(gaz, mention.text) or located
    if not any(_close(c) for c in located):
        located = _after_patron(gaz, mention.text) or located
    if (towns := _city_of_a_unit(mention, located)) is not None:
        return towns
    if any(_close(c) and c.entry.feature in _NOTABLE for c in located):
        # "Canada" is the country, never a look-alike spelling of a town such as Wauconda
        located = [c for c in located if c.match != "skeleton"]
    return located[:_MAX_CANDIDATES]


def _city_of_a_unit(mention: Mention, located: list[Candidate]) -> list[Candidate] | None:
    """'Jazan city', 'the city of Jazan': a town cue on a name the tables hold exactly only
    as a province is the province's town, spelled otherwise in them (Jizan), if a look-alike
    town lies in the same country."""
    if mention.feature not in _TOWNS:
        return None
    close = [c for c in located if _close(c)]
    if not close or any(c.entry.feature in _TOWNS for c in close):
        return None
    units = {c.entry.country for c in close if c.entry.feature == "province"}
    towns = [
        c
        for c in located
        if c.match == "skeleton" and c.entry.feature in _TOWNS and c.entry.country in units
    ]
    return towns or None


def _after_code(gaz: Gazetteer, name: str) -> list[Candidate]:
    """'K. Maafushi', 'Lh. Hinnavaru': an island or village after the code of its atoll or
    district and a full stop, as Maldivian news writes them, is looked up by its own name;
    only a town or village, never a country ('S. Africa' is no code)."""
    found = _CODED_NAME.match(name)
    if found is None or found["code"] in _NOT_CODES:
        return []
    return [
        c
        for c in gaz.candidates(found["name"], loose=False)
        if _close(c) and c.entry.feature in _SETTLEMENTS and c.entry.lat is not None
    ]


_CODED_NAME = re.compile(
    r"^(?P<code>[A-Z][A-Za-z]{0,2})\.\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)$"
)
# a point of the compass ('N. Korea') or a title word ('St. Paul') before a name is no code
_NOT_CODES = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "Mt", "St", "Ft"})


def _after_patron(gaz: Gazetteer, name: str) -> list[Candidate]:
    """'Santa Cruz Barillas', 'San Juan Sacatepéquez': a town named after its patron saint is
    often held, and called, by the rest of its name alone (Barillas); only a town or city,
    since a village of that short name ('Los Lotes') is mostly another place."""
    words = name.split()
    if len(words) < 3 or words[0].casefold() not in _saint_titles():
        return []
    rest = " ".join(words[2:])
    return [
        c
        for c in gaz.candidates(rest, loose=False)
        if _close(c) and c.entry.feature in _TOWNS and c.entry.lat is not None
    ]


def _unit_after_compass_word(gaz: Gazetteer, name: str) -> list[Candidate]:
    """'Western US', 'Northern Syria', 'Lower Kurram': a part of a country, province,
    district or region the gazetteer does not hold by that name is read as the unit itself."""
    first, _, rest = name.partition(" ")
    if not rest or first.casefold() not in _compass_words():
        return []
    units = _AREAS | {"province", "district"}
    found = gaz.candidates(rest, loose=False)
    return [c for c in found if _close(c) and c.entry.feature in units and c.entry.lat is not None]


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(_place_cues()["compass_words"])


def _close(cand: Candidate) -> bool:
    return cand.match in ("exact", "folded")


def _parents_first(mentions: Sequence[Mention]) -> list[int]:
    """Order mentions so each containing unit is resolved before the places inside it."""
    order: list[int] = []
    seen: set[int] = set()

    def visit(i: int, depth: int = 0) -> None:
        if i in seen:
            return
        for first in (mentions[i].parent, mentions[i].anchor):
            if first is not None and depth < 8 and 0 <= first < len(mentions):
                visit(first, depth + 1)
        seen.add(i)
        order.append(i)

    for i in range(len(mentions)):
        visit(i)
    return order


def _article_votes(
    mentions: Sequence[Mention], cands: list[list[Candidate]]
) -> tuple[Counter[str], Counter[int]]:
    """Country votes from each mention's context-free best guess, once per name; admin1
    votes from its best guess given those country votes: 'Georgia' beside 'Texas' and
    'America' votes for the state, although the country wins it out of context."""
    countries: Counter[str] = Counter()
    admins: Counter[int] = Counter()
    for _, found in _once_per_name(mentions, cands):
        best = max(found[:_MAX_CANDIDATES], key=lambda c: _prior(c, found, None)[0]).entry
        if best.country and any(c.match != "skeleton" for c in found):
            countries[best.country] += 1
    for _, found in _once_per_name(mentions, cands):
        best = _admin_guess(found, countries)
        if (unit := _vote_unit(best)) is not None and best.feature != "country":
            admins[unit] += 1
    return countries, admins


def _admin_guess(found: list[Candidate], countries: Counter[str]) -> GazetteerEntry:
    """A name's best candidate by its prior and the article's country votes."""
    total = sum(countries.values()) + _VOTE_SMOOTHING

    def weight(cand: Candidate) -> float:
        share = countries[cand.entry.country or ""] / total
        return _prior(cand, found, None)[0] + _W_COUNTRY * share

    return max(found[:_MAX_CANDIDATES], key=weight).entry


@dataclass(frozen=True)
class _Evidence:
    """What the article as a whole says about its mentions: their candidates, the countries
    and provinces it votes for, and which mentions other places are said to lie in."""

    mentions: Sequence[Mention]
    cands: list[list[Candidate]]
    countries: Counter[str]
    admins: Counter[int]
    support: _Support
    containers: frozenset[int]
    hints: Counter[str]
    spot_towns: frozenset[int] = frozenset()  # containers named only by streets and buildings


@dataclass(frozen=True)
class _Support:
    """For each admin1 unit, how many of the article's distinct names have a candidate in it."""

    units: dict[int, set[str]]  # the names with a candidate in each admin1 unit
    names: int
    cells: dict[tuple[int, int], set[str]]  # names with a settlement candidate in a 1° cell
    points: dict[tuple[int, int], list[tuple[str, float, float]]]  # those candidates' points

    def share(self, admin1_id: int | None, name: str, backers_needed: int = 0) -> float:
        """Share of the other names (not the one scored) with a candidate in the unit, less
        `backers_needed` of them."""
        if admin1_id is None or self.names <= 1:
            return 0.0
        others = len(self.units.get(admin1_id, set()) - {name}) - backers_needed
        return max(0, others) / (self.names - 1 + _VOTE_SMOOTHING)

    def near(self, entry: GazetteerEntry, name: str) -> float:
        """Share of the other names with a settlement candidate within about a degree."""
        if self.names <= 1 or entry.lat is None or entry.lon is None:
            return 0.0
        row, col = _cell(entry.lat, entry.lon)
        around: set[str] = set()
        for d_row in (-1, 0, 1):
            for d_col in (-1, 0, 1):
                around |= self.cells.get((row + d_row, col + d_col), set())
        return len(around - {name}) / (self.names - 1 + _VOTE_SMOOTHING)

    def neighbours(self, entry: GazetteerEntry, name: str) -> bool:
        """Whether another name of the article has a settlement candidate within a short
        drive of the entry (`_NEIGHBOUR_KM`): the mark of a local story about that town."""
        if entry.lat is None or entry.lon is None:
            return False
        row, col = _cell(entry.lat, entry.lon)
        return any(
            other != name and distance_km(entry.lat, entry.lon, lat, lon) <= _NEIGHBOUR_KM
            for d_row in (-1, 0, 1)
            for d_col in (-1, 0, 1)
            for other, lat, lon in self.points.get((row + d_row, col + d_col), ())
        )


def _spot_towns(mentions: Sequence[Mention]) -> frozenset[int]:
    """The mentions said to hold only streets and buildings ('a printing house on Kalvaryjskaja
    Street in Minsk'), never another town or unit."""
    of_spots = {m.parent for m in mentions if m.parent is not None and m.facility}
    of_places = {m.parent for m in mentions if m.parent is not None and not m.facility}
    return frozenset(of_spots - of_places)


def _vote_unit(entry: GazetteerEntry) -> int | None:
    """The unit whose names back one another: the entry's admin1 unit, or its whole country
    when that is no larger than a province (a Dominican story's parishes are one unit)."""
    code = entry.country
    if entry.feature != "country" and code and code in province_sized_countries():
        return -(ord(code[0]) << 8 | ord(code[1]))  # below every GeoNames id
    return entry.admin1_id


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat), math.floor(lon)


def _once_per_name(
    mentions: Sequence[Mention], cands: list[list[Candidate]]
) -> Iterator[tuple[str, list[Candidate]]]:
    """Each distinct name that has candidates, with them: a name repeated votes once."""
    seen: set[str] = set()
    for mention, found in zip(mentions, cands, strict=True):
        key = mention.text.casefold()
        if found and key not in seen:
            seen.add(key)
            yield key, found


def _admin1_support(mentions: Sequence[Mention], cands: list[list[Candidate]]) -> _Support:
    """Count, once per distinct name, the admin1 units its closely matching candidates lie in.
    A name that means a world city ('Paris', 'Berlin') supports that city's unit only: the
    Parises and Berlins of New York or Ontario do not make a list of capitals a local story."""
    units: dict[int, set[str]] = {}
    cells: dict[tuple[int, int], set[str]] = {}
    points: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    names = 0
    for key, found in _once_per_name(mentions, cands):
        names += 1
        close = [c.entry for c in found if c.match != "skeleton"]
        best = max(found, key=lambda c: _prior(c, found, None)[0]).entry
        if best.feature == "city" and best.population >= _world_city()["min_population"]:
            close = [best]
        for unit in {_vote_unit(e) for e in close} - {None}:
            units.setdefault(unit, set()).add(key)
        for e in close:
            if e.feature in _LOCAL and e.lat is not None and e.lon is not None:
                cells.setdefault(_cell(e.lat, e.lon), set()).add(key)
                points.setdefault(_cell(e.lat, e.lon), []).append((key, e.lat, e.lon))
    return _Support(units, names, cells, points)


def _seat_of_its_municipality(
    cand: Candidate, found: list[Candidate], mention: Mention, countries: Counter[str]
) -> bool:
    """A town named as a district when no district of its name lies in a country where a
    fair share of the article's places lie."""
    if mention.feature != "district" or cand.entry.feature not in _SETTLEMENTS:
        return False
    return not any(
        c.entry.feature == "district" and c.match != "skeleton" and _fair_share(c.entry, countries)
        for c in found
    )


def _fair_share(entry: GazetteerEntry, countries: Counter[str]) -> bool:
    """Whether the entry's country holds at least a third of the leading country's places."""
    most = max(countries.values(), default=0)
    return countries[entry.country or ""] * _FAIR_SHARE >= most


def _abroad_unit_fits(
    cand: Candidate, found: list[Candidate], mention: Mention, countries: Counter[str]
) -> bool:
    """A district fitting the cue in a country that holds no fair share of the article's
    places, while a town of the name lies in the country that holds most of them."""
    entry = cand.entry
    if mention.feature != "district" or entry.feature != "district" or not countries:
        return False
    if _fair_share(entry, countries):
        return False
    home = countries.most_common(1)[0][0]
    return any(
        c.entry.country == home and c.entry.feature in _SETTLEMENTS and c.match != "skeleton"
        for c in found
    )


def _prior(cand: Candidate, found: list[Candidate], feature: str | None) -> tuple[float, list[str]]:
    """Score from the name match, population, feature class and cue word alone."""
    entry = cand.entry
    score = _MATCH_SCORE[cand.match] + _W_POPULATION * math.log10(entry.population + 10)
    score += _FEATURE_PRIOR.get(entry.feature, 0.0)
    notes = [f"{cand.match} name match"]
    if entry.feature in ("province", "district") and feature not in ("province", "district"):
        if any(_same_named_town(cand, other) for other in found):
            score -= 1.5  # "Kabul" alone means the city more often than the province
    if entry.feature == "country" and any(_constituent(cand, other) for other in found):
        score -= 3.0  # "Wales" names the constituent unit, not the United Kingdom it is in
    if cand.match == "skeleton" and any(_unit_of_the_very_name(cand, other) for other in found):
        # 'Hodan District': Mogadishu's Hodan, its people uncounted, not Hodonín by its
        # consonants
        score -= _W_SPELLED_UNIT
    if feature:
        bonus = _feature_fit(feature, entry.feature)
        if bonus:
            score += bonus
            notes.append(
                f"fits the cue '{feature}'" if bonus > 0 else f"unlike the cue '{feature}'"
            )
    return score, notes


def _unit_of_the_very_name(skeleton: Candidate, other: Candidate) -> bool:
    """Another candidate spelled exactly as the text writes it, a unit of the same kind."""
    return (
        other.match == "exact"
        and other.entry.feature in ("province", "district")
        and other.entry.feature == skeleton.entry.feature
    )


def _capital(entry: GazetteerEntry, found: list[Candidate]) -> bool:
    """Whether the entry is its country's capital city: the most populous city of the
    capital's name in that country (Washington, DC, not Washington, Illinois)."""
    key = name_key(entry.name)
    if entry.feature != "city" or capital_keys().get(entry.country or "") != key:
        return False
    return not any(
        c.entry.country == entry.country
        and c.entry.feature == "city"
        and c.entry.population > entry.population
        and name_key(c.entry.name) == key
        for c in found
    )


def _same_named_town(unit_cand: Candidate, other: Candidate) -> bool:
    """A town of the unit's name inside it ('Kabul'), or a city abroad about as populous as
    the unit ('Gaza' the city against the Mozambican province of that name). A city of the
    name in another unit of the same country is no rival: 'Wyoming' is the state."""
    unit, e = unit_cand.entry, other.entry
    if e.feature not in _SETTLEMENTS or (
        other.match == "skeleton" and unit_cand.match != "skeleton"
    ):
        return False
    inside = e.country == unit.country and (unit.admin1_id is None or e.admin1_id == unit.admin1_id)
    if e.country == unit.country and not inside:
        # Wyoming, Michigan is a city of another state, not Wyoming's own; but a capital
        # that is a unit of its own ('Lima', 'Tashkent') outweighs the region named after it
        return e.feature == "city" and e.population >= _OWN_UNIT_CITY_SHARE * unit.population
    if e.feature == "city" and e.population >= _RIVAL_CITY_SHARE * unit.population:
        return True
    return inside


def _constituent(country_cand: Candidate, other: Candidate) -> bool:
    """A province of the country, matched by exactly the spelling that reached the country
    only as an alias ('England', 'Scotland' for the United Kingdom)."""
    country, e = country_cand.entry, other.entry
    return (
        e.feature == "province"
        and e.country == country.country
        and other.match == "exact"
        and fold(e.name) != fold(country.name)
    )


def _feature_fit(cue: str, feature: str) -> float:
    if cue in ("province", "country", "district"):
        if feature == cue:
            return 3.0
        return 1.0 if {cue, feature} == {"province", "district"} else -2.0
    if cue in ("village", "town"):
        return {"village": 2.0, "town": 2.0, "city": 0.5}.get(feature, -1.5)
    if cue == "city":
        return {"city": 2.0, "town": 1.0}.get(feature, -1.0)
    return 0.0


def _no_look_alike_abroad(found: list[Candidate], evidence: _Evidence) -> list[Candidate]:
    """'Arorangi', in a story that names the Cook Islands, is the district of that name, not a
    look-alike town abroad ('Orange', Oranga). A look-alike in the district's own country may
    be its seat ('Bagdad' district, Bag'dod), and one in a country the story names more often
    stays ('Murghab' of a Tajik story may be Murghob, not the Afghan district)."""
    named = evidence.countries + evidence.hints
    districts = [
        c.entry.country or "" for c in found if _close(c) and c.entry.feature == "district"
    ]
    home = max((named[code] for code in districts), default=0)
    if not home:
        return found
    return [
        c
        for c in found
        if c.match != "skeleton"
        or c.entry.country in districts
        or named[c.entry.country or ""] > home
    ]


def _resolve_one(index: int, evidence: _Evidence, places: dict[int, Place]) -> Place:
    mention, cands = evidence.mentions[index], evidence.cands
    parent = places.get(mention.parent) if mention.parent is not None else None
    if parent is not None and parent.resolution == "unresolved":
        parent = None
    anchor = places.get(mention.anchor) if mention.anchor is not None else None
    if (
        anchor is not None
        and anchor.lat is not None
        and mention.relative is not None
        # "Perpignan, south of France": a bearing alone from a country or province says
        # which part of it, not how far from it
        and (mention.relative.measured or anchor.feature in _SETTLEMENTS)
    ):
        # "the Cal Miskaad mountains, about 60 km southeast of Bosaso": the text places it
        return _near_offset(mention, cands[index], anchor, mention.relative)
    if mention.natural:
        return _natural(mention, cands[index], parent, evidence.countries)
    if mention.feature == "neighbourhood" and parent is None:
        # "raids on the Cienfuegos, Pekín and La Joya neighbourhoods" of Santiago: no Cuban
        # city; a part of a town is placed at the town its sentence or paragraph names
        reason = f"'{mention.text}' names a part of a town, placed only by a town the text names"
        return Place(mention.text, mention.start_char, mention.end_char, reason=reason)
    found = _no_look_alike_abroad(cands[index], evidence)
    abroad_units = _only_units(found) and _none_voted(
        found, _own_votes(mention, found, evidence.countries)
    )
    if mention.feature in _SETTLEMENT_CUES and (parent is not None or abroad_units):
        # "the town of Bahrain in Swat district" is no country ("the city of Singapore" is);
        # in a story from Nicaragua, "the Miskitu community of Wisconsin" is no US state
        found = [c for c in found if c.entry.feature not in _CONTAINERS]
    if not found:
        return _fallback(mention, parent, elsewhere=bool(cands[index]))
    if parent is not None and mention.parent_by_comma and not _contains(parent, found):
        parent = None  # a list of peers ("Mexico, Japan") rather than "X, its province"
    # a district the text calls one ("in Páez municipality") holds places of its province
    # only: "La Victoria, in Páez municipality" is not the La Victoria of another state
    cued = mention.parent is not None and evidence.mentions[mention.parent].feature
    named_district = parent is not None and parent.feature == cued == "district"
    if parent is not None and (parent.feature in _CONTAINERS or named_district):
        inside = [c for c in found if _inside(c.entry, parent)]
        capitals = [
            c for c in found if c.entry.country != parent.country and _capital(c.entry, found)
        ]
        if not inside and capitals:
            # 'Bogotá, D.C.': a capital written with its own district's letters, which are
            # no unit abroad (the District of Columbia holds no Bogotá)
            found, parent = capitals, None
        elif not inside:
            return _fallback(mention, parent, elsewhere=True)
        else:
            found = inside
    if (
        parent is not None
        and cued in _SETTLEMENT_CUES
        and parent.feature in _SETTLEMENTS
        and parent.lat is not None
        and not any(
            c.entry.feature in _CONTAINERS | _WIDE_FEATURES and c.match in ("exact", "folded")
            for c in found
        )
    ):
        # "Shatian, a village in Anpu town" is no Shatian of another county; a town named
        # without its word ("Deir Mawas in Minya") may stand for its province, and "the
        # Children's Hospital of Manitoba in the city of Winnipeg" names a province
        found = [c for c in found if _near_town(c.entry, parent)]
        if not found:
            return _fallback(mention, parent, elsewhere=True)
    own = _own_votes(mention, cands[index], evidence.countries)
    admins = _own_admin_votes(cands[index], evidence.admins, evidence.countries)
    as_unit = index in evidence.containers
    if as_unit and any(c.match in ("exact", "folded") and c.entry.feature in _UNITS for c in found):
        # "Puerto Princesa, Palawan": a name said to hold another place, spelled as a unit
        # of the tables spell it, is that unit, not a look-alike town (Pulilan) among the
        # article's other places
        found = [c for c in found if c.match != "skeleton"]
    scored = [
        _score(
            c,
            found,
            mention,
            parent,
            own,
            admins,
            evidence.support,
            as_unit,
            evidence.hints,
            index in evidence.spot_towns,
        )
        for c in found
    ]
    best = max(scored, key=lambda s: s.score)
    if parent is None:
        best = _past_stray_namesakes(scored, own, evidence.hints, bool(mention.peers))
        if best is None:
            return _fallback(mention, None)
    # a look-alike spelling won, though a weaker candidate matched the name itself
    loose = next(c.match for c in found if c.entry is best.entry) == "skeleton"
    named_after = mention.unit_word_in_facility and _far_from_its_neighbours(
        best.entry, mention, evidence
    )
    numbered_street = mention.text.casefold() == mention.facility  # "Rue 0": no town Rue
    if mention.facility and (loose or named_after or numbered_street):
        # "the Busserine estate" is a spot inside a town, not a look-alike town elsewhere;
        # "the Getulio Vargas State Hospital" bears a person's name, not a far-off town's
        return _fallback(mention, parent)
    abroad = parent is not None and parent.country and best.entry.country != parent.country
    in_a_town = (
        best.entry.feature == "province" and parent is not None and parent.feature in _SETTLEMENTS
    )
    if abroad and (loose or best.entry.feature in _LOCAL or in_a_town):
        # a look-alike, or a namesake town or province abroad, though the text names the place
        # it lies in ("Bole, a sub-city of Addis Ababa" is no town in China; "the Diyala
        # area of Aden" no Iraqi province)
        return _fallback(mention, parent)
    if loose and parent is not None and _outside_unit(best.entry, parent):
        # "Headington, Oxford": a look-alike in another province (Haddington in Scotland)
        # is not the suburb the text places in a town of England
        return _fallback(mention, parent)
    unit_cued = mention.feature in _UNIT_CUES and best.entry.feature in _UNIT_CUES
    votes = own[best.entry.country or ""]
    main_country = own.most_common(1)[0][0] if own else None
    # a look-alike outside the story's main country needs more than one other name there
    outvoted = not votes or votes * OUTVOTED < max(own.values(), default=0)
    outvoted = outvoted or (loose and votes <= 1 and best.entry.country != main_country)
    elsewhere = (  # the article's places lie in provinces, none of them the small look-alike's
        best.entry.feature in _SMALL_TOWNS
        and any(admins.values())
        and not admins[_vote_unit(best.entry) or -1]
    )
    # nor a look-alike city of middling size, when the story keeps to one other province
    # ('Mendhar' of a Poonch story is no Mandawar, two states away)
    elsewhere = elsewhere or (
        best.entry.population < MAX_STRAY_CITY_POPULATION
        and _story_province(admins, MIN_ONE_PROVINCE_VOTES)
        and admins[_vote_unit(best.entry) or -1] * OUTVOTED < max(admins.values())
    )
    if parent is None and _stray_in_country(best.entry, mention.text.casefold(), evidence.support):
        return _fallback(mention, None)
    if loose and parent is None and unit_cued and best.entry.feature in _UNIT_CUES:
        # "the Metina region" of a Duhok story is no look-alike province across the country,
        # nor "the Trakiya district" of a Plovdiv story Finland's Turku: a unit none of the
        # article's other names lies in or near
        if _far_from_the_story(best.entry, mention.text.casefold(), evidence.support):
            return _fallback(mention, None)
    if loose and parent is None and not unit_cued and (outvoted or elsewhere):
        # A look-alike name in a country the article hardly mentions is more likely a miss,
        # unless a unit word backs it: units are few, so "Sari Pul province" is Sar-e Pul.
        # So is a small town in a province the article does not name (a Timberlea in Nova
        # Scotia for a village near Winnipeg); a city is spelled many ways ("Mazar-i-Sharif").
        return _fallback(mention, None)
    return _place(mention, best.entry, "exact", "; ".join(best.notes))


def _past_stray_namesakes(
    scored: list[_Scored], countries: Counter[str], hints: Counter[str], listed: bool
) -> _Scored | None:
    """The best candidate that is no stray namesake: a small namesake abroad may win on the
    story's other names ('Oxford' of Mississippi, pulled by a 'Gladstone Road'), and the next
    candidate (Oxford in England) may still fit. None when every candidate is a stray."""
    fitting = [s for s in scored if not _stray_namesake(s.entry, countries, hints, listed)]
    return max(fitting, key=lambda s: s.score) if fitting else None


def _stray_namesake(
    entry: GazetteerEntry, countries: Counter[str], hints: Counter[str], listed: bool = False
) -> bool:
    """A small place in a country that none of the article's other names lies in, while they
    lie clearly in one other country: a namesake abroad ('Fano' of Italy, for a name in an
    Ethiopian story), so the name is treated as one the gazetteer lacks. A province abroad
    is such a namesake too when the name stands in a list with the story's own places ('the
    Ain Zara and Salah al-Din areas' of a Libyan story are no Iraqi province): peers in a
    list lie together."""
    limits = _stray_limits()
    small = entry.feature in _LOCAL and entry.population < limits["max_population"]
    # a micro-state's province is the size of a village ('Bel Air' of the Seychelles, for a
    # quarter of Port-au-Prince)
    tiny_unit = 0 < entry.population < limits["max_town_population"]
    if not small and not (entry.feature == "province" and (listed or tiny_unit)):
        return False
    if not entry.country or countries[entry.country] or hints[entry.country]:
        return False
    main = countries.most_common(2)
    if not main or main[0][1] < limits["min_main_votes"]:
        return False
    # a country only one name lies in is mostly another stray namesake, no part of the story
    total = sum(votes for votes in countries.values() if votes > 1)
    # a story may lie across a border (Kurram and Khost): two countries then hold the votes
    return (
        main[0][1] >= limits["min_main_share"] * total
        or sum(votes for _, votes in main) >= limits["min_two_share"] * total
    )


def _far_from_its_neighbours(entry: GazetteerEntry, mention: Mention, evidence: _Evidence) -> bool:
    """A small place with none of the article's other places within a short drive."""
    small = entry.population < _stray_limits()["max_town_population"]
    return (
        entry.feature in _SETTLEMENTS
        and small
        and not evidence.support.neighbours(entry, mention.text.casefold())
    )


def _stray_in_country(entry: GazetteerEntry, name: str, support: _Support) -> bool:
    """A small town in a province where hardly any of the article's other names could lie,
    while most of them could lie in one other province: a namesake ('Weimar' of Texas for
    a hamlet in a Californian fire story), so the name is treated as one the gazetteer
    lacks. A town with a neighbour among the article's places stays."""
    limits = _stray_limits()
    if entry.feature not in _SMALL_TOWNS or entry.population >= limits["max_town_population"]:
        return False
    if support.neighbours(entry, name):
        return False
    return _outside_main_province(entry, name, support)


def _far_from_the_story(entry: GazetteerEntry, name: str, support: _Support) -> bool:
    """Whether the article names enough places, and none of them could lie in the entry's
    province or within about a degree of its centre."""
    if support.names <= _stray_limits()["min_main_votes"]:
        return False
    return support.share(_vote_unit(entry), name) == 0 and support.near(entry, name) == 0


def _outside_main_province(entry: GazetteerEntry, name: str, support: _Support) -> bool:
    """Whether hardly any of the article's other names could lie in the entry's province,
    while most of them could lie in one other province."""
    limits = _stray_limits()
    if support.names <= limits["min_main_votes"]:
        return False
    own = support.share(_vote_unit(entry), name)
    main = max((support.share(unit, name) for unit in support.units), default=0.0)
    return main >= limits["min_main_share"] and own * OUTVOTED < main


@lru_cache(maxsize=1)
def _stray_limits() -> dict[str, float]:
    return _place_cues()["stray_namesake"]


def _natural(
    mention: Mention, found: list[Candidate], parent: Place | None, countries: Counter[str]
) -> Place:
    """A road or a natural feature: placed in the town or unit the text puts it in ("on
    Blackburn Road in Accrington"), else in the unit a road is named after, else unresolved."""
    if parent is not None:  # "on York Road in Hartlepool" lies in Hartlepool, not in York
        reason = f"a {mention.natural} the text places in {parent.name}; placed there"
        return _place_from(mention, parent, reason)
    # the article's countries without this name's own vote: 'West Coast Road' in an Apia
    # story votes for Western Australia itself
    own = _own_votes(mention, found, countries)
    unit = _named_unit(found, own) if mention.natural == "road" else None
    if unit is not None:  # "Florida Highway Patrol", "Otter Tail County Road 80"
        reason = f"a road named after the unit {unit.name} lies in it"
        return _place(replace(mention, relative=None), unit, "parent", reason)
    reason = f"names a {mention.natural}; the gazetteer holds settlements and units only"
    return Place(mention.text, mention.start_char, mention.end_char, reason=reason)


def _named_unit(found: list[Candidate], countries: Counter[str]) -> GazetteerEntry | None:
    """The province, district or country a road is named after, when the name is one, in a
    country the article's places lie in ('the Culiacán–Eldorado highway' is no road of
    Eldorado in Brazil)."""
    units = [
        c.entry
        for c in found
        if c.match in ("exact", "folded")
        and c.entry.feature in ("province", "district", "country")
        and (not any(countries.values()) or countries[c.entry.country or ""] > 0)
        and not _a_city_of_the_name(c.entry, found)
    ]
    return max(units, key=lambda e: e.population) if units else None


def _a_city_of_the_name(unit: GazetteerEntry, found: list[Candidate]) -> bool:
    """'Mombasa Road' in Nairobi: a road named after a large city of the unit's name leads
    to the city, and lies anywhere along the way."""
    return any(
        c.match in ("exact", "folded")
        and c.entry.feature == "city"
        and c.entry.country == unit.country
        and c.entry.population >= MIN_DESTINATION_CITY
        for c in found
    )


MIN_DESTINATION_CITY = 100_000  # people: a city that roads across the country are named after


def _own_votes(mention: Mention, found: list[Candidate], countries: Counter[str]) -> Counter[str]:
    """The article's country votes without this mention's own vote."""
    votes = Counter(countries)
    if any(c.match != "skeleton" for c in found):
        best = max(found, key=lambda c: _prior(c, found, None)[0]).entry
        if best.country and votes[best.country] > 0:
            votes[best.country] -= 1
    return votes


def _own_admin_votes(
    found: list[Candidate], admins: Counter[int], countries: Counter[str]
) -> Counter[int]:
    """The article's admin1 votes without this name's own: a lone 'Mansfield' must not
    vote its English namesake into England and then win for lying there."""
    votes = Counter(admins)
    best = _admin_guess(found, countries)
    unit = _vote_unit(best)
    if unit is not None and best.feature != "country" and votes[unit] > 0:
        votes[unit] -= 1
    return votes


def _score(
    cand: Candidate,
    found: list[Candidate],
    mention: Mention,
    parent: Place | None,
    countries: Counter[str],
    admins: Counter[int],
    support: _Support | None = None,
    as_unit: bool = False,
    hints: Counter[str] | None = None,
    spot_town: bool = False,
) -> _Scored:
    entry = cand.entry
    score, notes = _prior(cand, found, mention.feature)
    if as_unit and entry.feature in _CONTAINERS and not _holds_namesake(entry, found):
        score += _W_CONTAINER
        notes.append("names the unit another place is said to lie in")
    if (
        entry.feature == "district"
        and not mention.feature
        and _unit_word_missing(entry, mention)
        and any(_close(c) and c.entry.feature in _SETTLEMENTS for c in found)
    ):
        # news writes "Washington County"; bare, it is the town, though not a look-alike of
        # the name ('Arorangi' is the district, not Oranga)
        score -= _W_BARE_DISTRICT
    if parent is None and _seat_of_its_municipality(cand, found, mention, countries):
        # "the commune of Régina": no district of the name at home, and the commune is
        # named after its seat, which the tables hold as a town only
        score -= _feature_fit("district", entry.feature)
        notes = [n for n in notes if n != "unlike the cue 'district'"]
    elif _abroad_unit_fits(cand, found, mention, countries):
        # the commune of Régina, whose seat the tables hold, is no district of Canada
        score -= _feature_fit("district", entry.feature)
        notes = [n for n in notes if n != "fits the cue 'district'"]
    rivalled = entry.feature in _SMALL_TOWNS and _rival_unit(found)
    if rivalled and _local_story(cand, found, mention, countries, support):
        rivalled = False  # "Jordan" beside Shakopee is the Minnesota town: its state's votes count
    if rivalled:
        support = None  # neighbours may explain a small town, not outweigh a country or state
    # A town dwarfed by a world city of its name abroad is meant when the article's places
    # lie in its state or next door (Alexandria beside Washington, DC); Ontario's Paris and
    # Berlin do not make 'London' Ontario's.
    local = admins[_vote_unit(entry) or -1] > 0 or (
        support is not None and support.neighbours(entry, mention.text.casefold())
    )
    province_wide = local or not _dwarfed_abroad(cand, found)
    # a parish holds a street as a town does ('Parsons Road, Pembroke'), but the capital
    # holds it before a province of its name ('Kalvaryjskaja Street in Minsk')
    capital_fits = not as_unit or spot_town
    if capital_fits and _capital(entry, found) and countries[entry.country or ""] > 0:
        # "Washington" in news about the US, not in "Tacoma, Washington"; no lift for a
        # Paris in Tennessee news
        score += _W_CAPITAL
        notes.append(f"capital of {entry.country}, a country the article names")
    if parent is not None:
        bonus, note = _parent_fit(entry, parent)
        score += bonus
        if note:
            notes.append(note)
    voted = countries + hints if hints else countries
    total = sum(voted.values()) + _VOTE_SMOOTHING
    if entry.country and voted[entry.country] and (local or not _dwarfed_abroad(cand, found)):
        share = voted[entry.country] / total
        score += _W_COUNTRY * share
        if share >= 0.3:
            notes.append(f"article's places lie mostly in {entry.country}")
        home_town = any(
            c.entry.country == entry.country and c.entry.feature in _SETTLEMENTS for c in found
        )  # Kabul, Raqqa, New York: the city and its province share the name and the country
        if entry.feature == "province" and share >= MIN_OWN_COUNTRY_SHARE and not home_town:
            score += _W_OWN_PROVINCE
            notes.append(f"a province of {entry.country}, where most of the article's places lie")
    admin_total = sum(admins.values()) + _VOTE_SMOOTHING
    unit = _vote_unit(entry)
    if unit is not None and not rivalled and not _in_namesake_unit(entry, found):
        score += _W_ADMIN1 * admins[unit] / admin_total
    if support is not None and province_wide and entry.feature not in _AREAS:
        # a look-alike spelling needs one more name of the article in the unit to back it
        needed = 1 if cand.match == "skeleton" else 0
        coherence = support.share(unit, mention.text.casefold(), needed)
        score += _W_COHERENCE * coherence
        if coherence >= 0.3:
            where = entry.admin1 if unit == entry.admin1_id else entry.country
            notes.append(f"other places of the article lie in {where}")
    if support is not None and entry.feature in _LOCAL:
        nearby = support.near(entry, mention.text.casefold())
        score += _W_NEAR * nearby
        if nearby >= 0.3:
            notes.append("other places of the article lie nearby")
    return _Scored(entry, score, tuple(notes))


def _unit_word_missing(entry: GazetteerEntry, mention: Mention) -> bool:
    """Whether the entry's name ends in a unit word the mention leaves out ('Washington'
    for Washington County)."""
    words, said = entry.name.casefold().split(), mention.text.casefold().split()
    return len(words) > len(said) and words[-1] in _unit_words() and words[-1] not in said


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _place_cues()["unit_words"])


def _local_story(
    cand: Candidate,
    found: list[Candidate],
    mention: Mention,
    countries: Counter[str],
    support: _Support | None,
) -> bool:
    """Whether the article reads as a local story about the town `cand`: another of its
    places has a settlement within a short drive of it, or it names no country but the
    town's own and the one that shares the town's name. An article that names other
    countries is international news, where 'China' or 'Jordan' is the country. A unit of
    the town's own country keeps the name ('Wales', 'Washington' the state)."""
    namesakes = {
        c.entry.country for c in found if c.match == "exact" and c.entry.feature in _CONTAINERS
    }
    if cand.entry.country in namesakes:
        return False  # a village called Wales in England: the name means the nation next door
    if support is not None and support.neighbours(cand.entry, mention.text.casefold()):
        return True
    foreign = {code for code, votes in countries.items() if votes > 0}
    return not foreign - namesakes - {cand.entry.country}


def _in_namesake_unit(entry: GazetteerEntry, found: list[Candidate]) -> bool:
    """Whether the entry is a province, or lies in a province of its own name: places named
    in that unit then speak for the unit as much as for its city ('Albany' and 'New York')."""
    return entry.feature == "province" or any(
        c.entry.feature == "province"
        and c.match == "exact"
        and c.entry.admin1_id == entry.admin1_id
        for c in found
    )


def _dwarfed_abroad(cand: Candidate, found: list[Candidate]) -> bool:
    """Whether a world city of the same name abroad dwarfs this settlement: the article's
    country then says nothing about which one a bare 'Paris' or 'London' means."""
    entry, world = cand.entry, _world_city()
    if entry.feature not in _SETTLEMENTS:
        return False
    return any(
        c.match == "exact"
        and c.entry.feature == "city"
        and c.entry.country != entry.country
        and c.entry.population >= world["min_population"]
        and c.entry.population >= world["min_ratio"] * entry.population
        for c in found
    )


@lru_cache(maxsize=1)
def _world_city() -> dict[str, float]:
    return dict(_place_cues()["world_city"])


def _holds_namesake(unit: GazetteerEntry, found: list[Candidate]) -> bool:
    """Whether a settlement of the unit's name lies in it ('Bangui' the city in the unit
    Bangui): "X, Bangui" then places X in that city as readily as in the unit."""
    return any(
        c.entry.feature in _SETTLEMENTS
        and c.match == "exact"  # 'New York City' does not make 'X, New York' the city
        and c.entry.country == unit.country
        and (unit.feature == "country" or c.entry.admin1_id == unit.admin1_id)
        for c in found
    )


def _rival_unit(found: list[Candidate]) -> bool:
    """Whether the name is spelled exactly as a country or admin1 unit ('China', 'Wyoming')."""
    return any(c.match == "exact" and c.entry.feature in _CONTAINERS for c in found)


def _only_units(found: list[Candidate]) -> bool:
    """Whether every candidate is a country or a province: no settlement bears the name."""
    return all(c.entry.feature in _CONTAINERS for c in found)


def _none_voted(found: list[Candidate], votes: Counter[str]) -> bool:
    """Whether no other place of the article lies in any candidate's country."""
    return not any(votes[c.entry.country or ""] > 0 for c in found)


def _contains(parent: Place, found: list[Candidate]) -> bool:
    """Whether `parent` can contain the mention: the name is not itself a unit of its rank."""
    peers = {"country": ("country", "continent", "region"), "province": ("country", "province")}
    ranks = peers.get(parent.feature or "", ())
    return not any(c.entry.feature in ranks and c.match in ("exact", "folded") for c in found)


def _inside(entry: GazetteerEntry, parent: Place) -> bool:
    """Whether `entry` lies in the named containing unit (a place is not its own container)."""
    if entry.country != parent.country or entry.feature == parent.feature:
        return False
    return parent.feature == "country" or entry.admin1 == parent.admin1


def _near_town(entry: GazetteerEntry, town: Place) -> bool:
    """Whether `entry` lies in a town's province and close enough to it to be the place the
    text puts in that town."""
    if entry.country != town.country or (town.admin1 and entry.admin1 != town.admin1):
        return False
    limit = _place_cues()["within_named_town"]["max_km"]
    return distance_km(town.lat, town.lon, entry.lat, entry.lon) <= limit  # type: ignore[arg-type]


def _outside_unit(entry: GazetteerEntry, parent: Place) -> bool:
    """Whether `entry` lies outside the province of a named town or unit below a country."""
    if parent.feature == "country" or not parent.admin1:
        return False
    return entry.country != parent.country or entry.admin1 != parent.admin1


def _parent_fit(entry: GazetteerEntry, parent: Place) -> tuple[float, str]:
    if parent.feature == "country":
        if entry.country == parent.country and entry.feature != "country":
            return 4.0, f"in the named country {parent.name}"
        return -1.0, ""
    if parent.admin1 and entry.admin1 == parent.admin1 and entry.country == parent.country:
        if entry.name == parent.name and entry.feature == parent.feature:
            return -2.0, ""  # a place is not its own container
        return 5.0, f"in the named unit {parent.name}"
    if entry.country == parent.country:
        return 1.0, f"in the same country as {parent.name}"
    return -1.0, ""


@lru_cache(maxsize=1)
def _unmeasured() -> dict:
    return _place_cues()["relative"]["unmeasured"]


def _lies_that_way(anchor: Place, candidate: Candidate, rel: Relative) -> bool:
    """'X, north-east of Y' with no distance: X's entry lies roughly that way from Y, and not
    far: within a region's span of a city, within a district's of a town or village."""
    limits = _unmeasured()
    far = limits["max_km"] if anchor.feature == "city" else limits["max_km_from_town"]
    lat, lon = candidate.entry.lat, candidate.entry.lon
    if distance_km(anchor.lat, anchor.lon, lat, lon) > far:  # type: ignore[arg-type]
        return False
    way = initial_bearing(anchor.lat, anchor.lon, lat, lon)  # type: ignore[arg-type]
    return bearing_gap(way, rel.bearing) <= limits["max_bearing_gap"]


def _close_to(anchor: Place, candidate: Candidate) -> bool:
    """A look-alike spelling ('Bani Suheila' for the tables' 'Banī Suhaylā') is the place
    when it lies right by the town the text measures it from."""
    lat, lon = candidate.entry.lat, candidate.entry.lon
    return distance_km(anchor.lat, anchor.lon, lat, lon) <= _NEAR_KM  # type: ignore[arg-type]


def _near_offset(mention: Mention, found: list[Candidate], anchor: Place, rel: Relative) -> Place:
    """'X, 20 km south of Y': X's own entry when one lies near that point, else the point."""
    lat, lon = destination(anchor.lat, anchor.lon, rel.bearing, rel.distance_km)  # type: ignore[arg-type]
    radius = max(_NEAR_KM, rel.distance_km / 2)
    near = [
        c
        for c in found
        if (c.match != "skeleton" or _close_to(anchor, c))
        and (
            distance_km(lat, lon, c.entry.lat, c.entry.lon) <= radius  # type: ignore[arg-type]
            if rel.measured
            else _lies_that_way(anchor, c, rel)  # a bearing alone: that way, not too far
        )
    ]
    if near:
        # a town lies south of a town ('Kaduna, north of Abuja'), not its province
        entry = max(
            near,
            key=lambda c: (
                not rel.measured and c.entry.feature in _SETTLEMENTS,
                c.entry.population,
            ),
        ).entry
        reason = f"{near[0].match} name match; lies near the point '{rel.text}' {anchor.name}"
        return _place(replace(mention, relative=None), entry, "exact", reason)
    reason = (
        f"'{mention.text}' not in the gazetteer near {anchor.name}; placed "
        f"{rel.distance_km:g} km at bearing {rel.bearing:g} from it for '{rel.text}'"
    )
    return Place(
        text=mention.text,
        start_char=mention.start_char,
        end_char=mention.end_char,
        name=anchor.name,
        feature=mention.feature,
        admin1=anchor.admin1,
        country=anchor.country,
        lat=round(lat, 5),
        lon=round(lon, 5),
        resolution="parent",
        reason=reason,
    )


def _fallback(mention: Mention, parent: Place | None, elsewhere: bool = False) -> Place:
    """The mention placed at its containing unit; `elsewhere` when the gazetteer knows the
    name only outside that unit, or only as a unit of another rank."""
    if parent is None:
        return Place(
            mention.text, mention.start_char, mention.end_char, reason="no gazetteer entry"
        )
    missing = (
        f"no '{mention.text}' of that kind in {parent.name} in the gazetteer"
        if elsewhere
        else (f"'{mention.text}' not in the gazetteer")
    )
    reason = f"{missing}; approximate: placed at its containing place {parent.name}"
    return _place_from(mention, parent, reason)


def _place_from(mention: Mention, parent: Place, reason: str) -> Place:
    """The mention, placed where its containing unit or town was placed."""
    lat, lon, reason = _offset(mention, parent.lat, parent.lon, reason)
    return replace(
        parent,
        text=mention.text,
        start_char=mention.start_char,
        end_char=mention.end_char,
        lat=lat,
        lon=lon,
        resolution="parent",
        reason=reason,
    )


def _place(mention: Mention, entry: GazetteerEntry, resolution: str, reason: str) -> Place:
    lat, lon, reason = _offset(mention, entry.lat, entry.lon, reason)
    return Place(
        text=mention.text,
        start_char=mention.start_char,
        end_char=mention.end_char,
        name=entry.name,
        feature=entry.feature,
        admin1=entry.admin1,
        country=entry.country,
        lat=lat,
        lon=lon,
        geonames_id=entry.geonames_id,
        resolution=resolution,  # type: ignore[arg-type]
        reason=reason,
    )


def _offset(
    mention: Mention, lat: float | None, lon: float | None, reason: str
) -> tuple[float | None, float | None, str]:
    rel = mention.relative
    if rel is None or mention.anchor is not None or lat is None or lon is None:
        return lat, lon, reason
    lat2, lon2 = destination(lat, lon, rel.bearing, rel.distance_km)
    moved = f"moved {rel.distance_km:g} km at bearing {rel.bearing:g} for '{rel.text}'"
    return round(lat2, 5), round(lon2, 5), f"{reason}; {moved}"
