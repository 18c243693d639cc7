"""Place mentions in a spaCy Doc, recognised and resolved.

The small English model misses many romanised Arabic, Pashto or Hausa names or tags them
PERSON/ORG ("al-Susah", "al-Suwayda"), so recognition unites four sources:

1. spaCy GPE, LOC and FAC entities (NORP are demonyms and are left out);
2. cue patterns from ``place_cues.json``: "the village of X", "the outskirts of X",
   "X province", "X village", "X and Y districts", "X, about 20 km south of Y",
   "2 km south of X", an upper-case dateline ("NAIROBI, 21 May -");
3. a capitalised name after a locative preposition ("in X", "in rural X", "between X and
   Y"), after a place's possessive ("Syria's Raqqa") or "residents of X", when the
   gazetteer knows it; a city name right after a locative preposition ("from Kidal") even
   when the tagger calls it NORP, PERSON or ORG, unless a title or a full name shows a person;
4. any other capitalised name the gazetteer knows as a town of some size, a province or
   a country, unless spaCy labels it as something else.

Then look-alikes are dropped: lower-case spans, acronyms ("SANA"), hyphenated adjectives
("US-led") and a country or demonym that modifies a noun other than a place noun, which
names an actor rather than a location ("US helicopters", but "the Syrian border").

Each mention is then described by its surroundings (cue feature, containing unit,
relative offset) and handed to `claimtrail.geo.resolve`.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from babel import Locale
from spacy.tokens import Doc, Span

from claimtrail.geo.gazetteer import (
    ARTICLES,
    Candidate,
    Gazetteer,
    country_name_counts,
    default_gazetteer,
    unit_abbreviations,
)
from claimtrail.geo.geodesy import distance_km
from claimtrail.geo.resolve import Mention, Relative, names_part_of_town, resolve_mentions
from claimtrail.ingest.language import function_words
from claimtrail.model import Place
from claimtrail.names import spelled_by
from claimtrail.nlp.dates import find_dates, is_month_name
from claimtrail.nlp.headings import is_crosshead, is_log_entry_heading
from claimtrail.vocab import actors, name_titles, sources

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NON_NAMES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_ANY_DAY = date(2000, 6, 15)  # an anchor, so that 'Monday' or 'last week' reads as a date
_LISTED = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # "X, Y and Z"
_UNITS = frozenset({"province", "district", "country"})
_ART = "|".join(sorted(ARTICLES, key=len, reverse=True))
# capitals of the Latin alphabets: 'Žepče', 'Şanlıurfa', 'İzmir', 'Łódź' open names too
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper()
)
_WORD = rf"[{_UPPER}][\w\u2019'\u2018\u02bf\u02be.\-]*"
_SPACE = re.compile(r"\s+")
# name parts after a hyphen: particles ('-i-', '-e-') and capitalised words, not '-led'
_HYPHEN_TAIL = re.compile(rf"-(?:[a-z]{{1,3}}-)*[{_UPPER}][\w\u2019']*")
# "Pul-e Hesar", "Sar-e Pol": a Persian name joined by its ezafe, which the tagger may cut
_EZAFE_END = re.compile(r"[\w\u2019']-(?:e|i|ye|yi)$")
_EZAFE_TAIL = re.compile(rf" [{_UPPER}][\w\u2019']*")
_POSSESSIVE_IN_RUN = re.compile(r"['\u2019]s (?=\S)")
# a plural's possessive: "the Magistrates' Court" holds no place "Magistrates"
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['\u2019](?!\w)")
_ZONE_TAIL = re.compile(r"\s+(?:local\s+)?time\b")
_BARE_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "from", "to"})
_ZONE_INITIALS = re.compile(r"[A-Z]{2,5}")
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)\s*$", re.I)
_DAY_NUMBER = re.compile(r"\.?\s+\d{1,2}\b")
# ... and 'CORONEL OVIEDO.– ...', as Spanish-language papers close the place with a stop
_DATELINE_TAIL = re.compile(r"\s*[,:)]|\s+[-\u2013\u2014(]|\.[-\u2013\u2014]\s")
_DATELINE_HEAD = re.compile(r"(?:\(|\bBy )$")
_ABBREVIATION_LETTERS = 3  # 'US', 'UAE', 'NY', 'B.C.' are short; 'SANA', 'NATO' acronyms
_CAPITALISED = re.compile(rf"(?:(?:{_ART})[\- ])?[{_UPPER}]")
_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]{3,}")  # "US-led", "Kabul-based"
_LIST_TAIL = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_WORD}(?:[ ]{_WORD})*)+"
)
_NATIONAL = frozenset({"country", "continent", "region"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
_ARTICLE_HEAD = re.compile(rf"(?<![\w-])(?:{_ART})-", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d)]*\s+(?=[\"'\u201c(]*[A-Z0-9])|\n\s*\n")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_FACILITY_PLURAL = re.compile(r"^\s+([A-Za-z]+s)\b")  # "X and Y streets": a plural street word
_LANDFORM_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_NAME_BEFORE = re.compile(r"[\w'’-]*[A-Z][\w'’-]*\s+$")
_PEOPLE_ADJECTIVE = re.compile(r"\b(?:the|a|an)\s+[A-Z][a-z]+\s+$")  # "the Miskitu community"
_PEOPLED = frozenset({"village", "town", "city"})
_LIST_HEAD = re.compile(rf"{_WORD}(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")  # "X and " before a name
# Lower-case words that romanise the Arabic article but, before a space, are English words
_ENGLISH_ARTICLE_LOOKALIKE = re.compile(r"(?:at|as|an) (?=\S)")
# ... and inside a run: the Arabic article takes the first consonant of the word after it
# ('Ras at Tin', 'Bab as Salam'), so 'Tafuna at Pago Pago' holds the English preposition
_PREPOSITION_IN_RUN = re.compile(r" (?:(?=at (?![Tt]))|(?=as (?![Ss]))|(?=an (?![Nn])))\w\w ")
_JOINERS = frozenset({"of", "de", "du", "des", "la", "le", "del", "di", "al"})
# English prepositions, which end no name ('on' of 'Stratford-on-Avon' is hyphened)
_TRAILING_PREPOSITIONS = frozenset({"on", "in", "at", "near", "off", "by", "to", "from"})
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")  # 'Ali Musa, 38, a trader': a person's age
_NAME_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}(?=,)")
_CAPITALISED_WORDS_BEFORE = re.compile(rf"(?:[{_UPPER}][\w\u2019'\-]*\s+){{1,3}}$")
_LARGE_CITY = 100000  # people: a city this large is what its bare name usually means
# what a name the tagger took for a person or a body is after "in", "from" or "near":
# a city, a town or a province ("at Chimoré", "in Ulaanbaatar"), not a village's namesake
_NAMED_AFTER_IN = frozenset({"city", "town", "province", "region"})  # an island is a region


@dataclass(frozen=True)
class _Cues:
    units: dict[str, str]
    settlements: dict[str, str]
    areas: tuple[str, ...]
    strong_prepositions: frozenset[str]
    home_nouns: frozenset[str]
    route_heads: frozenset[str]
    weak_prepositions: frozenset[str]
    stop_names: frozenset[str]
    leading_words: frozenset[str]
    determiners: frozenset[str]
    modifiers: frozenset[str]
    natural: dict[str, str]
    open_land: frozenset[str]  # "the Gulf of Aden": open water or land, in no town
    landform_words: frozenset[str]
    place_nouns: frozenset[str]
    units_re: re.Pattern[str]
    before_re: re.Pattern[str]
    office_heads: frozenset[str]
    generic_words: frozenset[str]
    people_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    relative_after_re: re.Pattern[str]
    bearing_after_re: re.Pattern[str]
    unmeasured_km: float
    settlement_after_re: re.Pattern[str]
    natural_after_re: re.Pattern[str]
    apposition_re: re.Pattern[str]
    what_it_is_re: re.Pattern[str]
    vehicle_makers: frozenset[str]
    vehicle_nouns: frozenset[str]
    vehicle_brands: frozenset[str]
    vessel_name_re: re.Pattern[str]
    place_label_re: re.Pattern[str]  # "STATION: " of "STATION: KATLEHONG"
    owners_business_re: re.Pattern[str]
    parts_of_places: frozenset[str]
    compass_after_re: re.Pattern[str]
    possessive_re: re.Pattern[str]
    parent_gap_re: re.Pattern[str]
    leading_unit_re: re.Pattern[str]  # "District " of "District Sukma"
    part_of_re: re.Pattern[str]
    part_of_words: frozenset[str]
    distance_units: dict[str, float]
    bearings: dict[str, float]
    numbers: dict[str, float]
    facility_words: frozenset[str]
    facility_descriptors: frozenset[str]
    person_named_facilities: frozenset[str]
    facility_openers: frozenset[str]
    locative_prepositions: frozenset[str]
    titles: frozenset[str]
    not_locative_before: frozenset[str]
    at_sea_before_off: frozenset[str]  # "capsized off Lampedusa"
    facility_of_re: re.Pattern[str]
    settlement_word_of_re: re.Pattern[str]  # "Port of " of "the Port of Bar"
    unit_modifiers: frozenset[str]
    actor_nouns: frozenset[str]
    outlet_nouns: re.Pattern[str]  # "The Niamey news site ...": the outlet's base
    armed_body_heads: frozenset[str]
    civil_body_heads: frozenset[str]
    adjective_names: dict[str, frozenset[str]]  # 'Federal' of 'the Federal Police'
    office_words: frozenset[str]
    broadcaster_suffixes: frozenset[str]  # "East End FM": a station's name
    body_openers: frozenset[str]  # "Caritas Goré": a body's name
    storm_name_re: re.Pattern[str]
    name_joiner_re: re.Pattern[str]  # " Los L" of "San Miguel Los Lotes"
    run_re: re.Pattern[str]  # a capitalised run, with the small words inside names
    speaks_after_re: re.Pattern[str]  # " said" of "..., Verhoeven said"
    # " rarely comments" of "Ankara rarely comments on ...": a government by its capital
    government_speaks_re: re.Pattern[str]
    stray_max_population: int  # a namesake smaller than this may be a stray one
    antonomasia_min_population: int  # 'the Nice of Russia': a city famous enough
    plural_parts: frozenset[str]  # "districts", "neighbourhoods": parts of one place


_SMALL_SETTLEMENTS = frozenset({"town", "village"})
_TOWNS = frozenset({"city", "town", "village"})
MAX_INITIALS = 4  # letters of an acronym such as "OC", "SHO", "PDMA"


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _run_re(joiners: list[str]) -> re.Pattern[str]:
    """Capitalised runs of words, with one or two small words inside a name."""
    link = rf"(?:(?:[ \-](?:{_ART}|{_alternation(joiners)})){{1,2}}[ \-]|[ ])"
    return re.compile(rf"(?<![\w\-])(?:(?:{_ART})[\- ])?{_WORD}(?:{link}{_WORD})*")


@lru_cache(maxsize=1)
def cues() -> _Cues:
    raw = json.loads(resources.files("claimtrail.data").joinpath("place_cues.json").read_text())
    rel = raw["relative"]
    settle = _alternation(list(raw["settlement_words"]))
    mods = rf"(?:(?:{_alternation(raw['modifiers'])})\s+)?"
    # "X, a village in Y", "X, a small farming town near Y": what X is (not "X, the centre of
    # Y district", whose unit word is Y's); read for X's kind and for its containing unit
    # "X, a village of some 3,000 people in Y": the settlement's size may come between
    size = (
        rf"(?:\s+of\s+(?:(?:{_alternation(rel['approximators'])})\s+)?[\d.,]+\s+"
        rf"(?:{_alternation(raw['people_words'] + ['families', 'households', 'souls'])}))?"
    )
    what_it_is = rf"(?:a|an)\s+(?:(?!(?:of|in)\b)[\w\-]+\s+){{0,3}}?(?P<word>{settle}){size}"
    # "Newport, in south Manchester": the part of the unit the place lies in
    part = rf"(?:(?:{_alternation(raw['modifiers'] + raw['compass_points'])})\s+)?"
    # settlement and unit words may be capitalised ("State of X"), area words not:
    # "the centre of X" is a place, "the Centre of X" an organisation
    lowercase_settle = _alternation(list(raw["lowercase_settlement_words"]))
    area_of = (
        rf"{mods}(?:{_alternation(raw['area_words'])}|(?i:{settle})|{lowercase_settle})"
        rf"\s+of\s+(?:the\s+)?"
    )
    number = rf"(?:\d+(?:[.,]\d+)?|{_alternation(list(rel['number_words']))})"
    # a conversion or the unit's abbreviation in brackets may follow the distance: '48
    # nautical miles (89 km) south of', '124 nautical miles (NM) west of'
    offset = (
        rf"(?P<num>{number})\s*-?\s*(?P<unit>{_alternation(list(rel['units']))})"
        r"(?:\s*\(\s*(?:\d+(?:[.,]\d+)?\s*)?[A-Za-z]{1,6}(?:\s[a-z]{1,6})?\s*\))?\s+"
        rf"(?:to\s+the\s+)?(?P<bearing>{_alternation(list(rel['bearings']))})\s+of\s+"
        rf"(?:the\s+(?:{settle})\s+of\s+)?"
    )
    approx = rf"(?:(?:{_alternation(rel['approximators'])})\s+)?"
    units = _alternation(list(raw["unit_words"]))
    # 'near Bhejji, District Sukma', 'Tehsil Kotli': a unit word written before the name in
    # capitals, as South Asian news and records write it
    leading_units = rf"(?-i:{_alternation([w.capitalize() for w in raw['unit_words']])})"
    towns = [w.capitalize() for w, feature in raw["settlement_words"].items() if feature in _TOWNS]
    town_words = _alternation(towns)
    # "the market of X" makes X a spot in a town; "the centre of X" is a part of X itself
    introducers = sorted(set(raw["facility_words"]) - set(raw["area_words"]))
    return _Cues(
        vehicle_makers=frozenset(raw["vehicle_makers"]),
        vehicle_nouns=frozenset(raw["vehicle_nouns"]),
        vehicle_brands=frozenset(raw["vehicle_brands"]),
        # "Fitzroy's Bar", "Mama Joy's rum shop", "Noble's Hospital": after the owner's or
        # founder's name, one word at most
        owners_business_re=re.compile(
            rf"['’]s\s+(?:[\w-]+\s+)?(?:(?i:{_alternation(raw['business_words']['words'])})"
            rf"|{_alternation(raw['business_words']['institutions'])})\b"
        ),
        # 'the 42ft sloop Windward Lass', 'their boat, the Miss Bernice', 'MV Doulos'
        place_label_re=re.compile(rf"(?i:{_alternation(raw['place_labels']['words'])})\s*:[ \t]*"),
        vessel_name_re=re.compile(
            rf"(?:\b(?i:{_alternation(raw['vessels']['nouns'])}),?\s+(?:the\s+)?"
            rf"|\b(?:{_alternation(raw['vessels']['prefixes'])})\s+)"
            rf"(?P<name>[{_UPPER}][\w'’-]*(?:\s+(?:[{_UPPER}][\w'’-]*|[IVX]+|\d+)){{0,3}})"
        ),
        parts_of_places=frozenset(raw["modifiers"] + raw["compass_points"]),
        # "Aoufous, south of Errachidia": where a place lies from another, without a distance
        compass_after_re=re.compile(
            rf"^\s*,\s+(?:just\s+)?(?:{_alternation(raw['compass_points'])})\s+of\s+[A-Z]"
        ),
        units=raw["unit_words"],
        settlements=raw["settlement_words"] | raw["lowercase_settlement_words"],
        generic_words=frozenset(raw["generic_name_words"]),
        office_heads=frozenset(w.capitalize() for w in raw["lowercase_settlement_words"]),
        areas=tuple(raw["area_words"]),
        strong_prepositions=frozenset(raw["prepositions"]["strong"]),
        home_nouns=frozenset(raw["home_nouns"]),
        route_heads=frozenset(raw["route_heads"]),
        weak_prepositions=frozenset(raw["prepositions"]["weak"]),
        stop_names=frozenset(raw["stop_names"]),
        landform_words=frozenset(raw["landform_name_words"]),
        leading_words=frozenset(
            w.capitalize() for w in function_words() if w not in raw["determiners"]
        ),
        determiners=frozenset(raw["determiners"]),
        modifiers=frozenset(raw["modifiers"]),
        natural=raw["natural_words"],
        open_land=frozenset(raw["open_land_words"]),
        place_nouns=frozenset(raw["place_nouns"])
        | {w for w in (*raw["unit_words"], *raw["settlement_words"]) if " " not in w},
        units_re=re.compile(rf"^\s+(?P<unit>{units})(?:s|es)?\b", re.I),
        before_re=re.compile(rf"\b(?:{area_of}){{1,2}}$"),
        people_re=re.compile(rf"\b(?:{_alternation(raw['people_words'])})\s+of\s+$", re.I),
        relative_re=re.compile(rf"\b{offset}$", re.I),
        relative_after_re=re.compile(rf"^\s*,\s*{approx}{offset}", re.I),
        # "Riyad, on the southern edge of Nouakchott", "X, south of Y": a bearing alone
        bearing_after_re=re.compile(
            rf"^\s*,\s*(?:just\s+)?(?:on\s+the\s+|in\s+the\s+)?"
            rf"(?P<bearing>{_alternation(list(rel['bearings']))})(?:ern)?\s+"
            rf"(?:(?:{_alternation(rel['unmeasured']['parts'])})\s+)?of\s+",
            re.I,
        ),
        unmeasured_km=float(rel["unmeasured"]["km"]),
        settlement_after_re=re.compile(rf"^\s+(?P<word>{settle})s?\b", re.I),
        settlement_word_of_re=re.compile(rf"(?:{town_words})\s+of\s+(?:the\s+)?(?=[A-Z])"),
        natural_after_re=re.compile(
            rf"^\s+(?P<word>{_alternation(list(raw['natural_words']))})\b", re.I
        ),
        apposition_re=re.compile(
            rf"^\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:{settle})\b", re.I
        ),
        what_it_is_re=re.compile(
            rf"^\s*,\s+{what_it_is}(?=\s*[,.;]|\s+(?:in|of|near|on|outside|close\s+to)\b)",
            re.I,
        ),
        possessive_re=re.compile(rf"['\u2019]s\s+{mods}$", re.I),
        # "X, a village in Y": the appositive says what X is and where it lies; "X, on Y"
        # puts X on an island or atoll ("Ebeye, on Kwajalein Atoll")
        parent_gap_re=re.compile(
            rf"(?:\s*,\s+(?P<apposed>{what_it_is}\s+(?:in|of)\s+)"
            rf"|\s*,\s*(?P<said>(?:in|on)\s+)?|\s+(?:in|of)\s+)(?:the\s+)?{part}"
            rf"(?:(?P<unit>{units}|{settle})\s+of\s+|(?P<leading>{leading_units})\s+(?=[A-Z]))?",
            re.I,
        ),
        leading_unit_re=re.compile(rf"(?P<unit>{leading_units})\s+(?=[{_UPPER}])"),
        part_of_words=frozenset(raw["part_of_words"]),
        part_of_re=re.compile(rf"^\s+(?:{_alternation(raw['part_of_words'])})(?=\s+of\s)", re.I),
        distance_units=rel["units"],
        bearings=rel["bearings"],
        numbers=rel["number_words"],
        facility_words=frozenset(raw["facility_words"]),
        facility_descriptors=frozenset(w.lower() for w in raw["facility_descriptors"]),
        person_named_facilities=frozenset(raw["person_named_facilities"]),
        facility_openers=frozenset(raw["facility_openers"]),
        locative_prepositions=frozenset(raw["locative_prepositions"]),
        titles=frozenset(raw["titles"]),
        not_locative_before=frozenset(raw["not_locative_before"]),
        at_sea_before_off=frozenset(raw["off_the_coast"]["after"]),
        unit_modifiers=frozenset(raw["unit_modifiers"]),
        actor_nouns=frozenset(raw["actor_nouns"]),
        outlet_nouns=re.compile(rf"\s+(?:{_alternation(raw['outlet_nouns']['words'])})\b"),
        broadcaster_suffixes=frozenset(raw["broadcaster_suffixes"]),
        body_openers=frozenset(raw["body_openers"]),
        armed_body_heads=frozenset(raw["armed_body_heads"]),
        civil_body_heads=frozenset(raw["civil_body_heads"]),
        adjective_names={
            "words": frozenset(raw["adjective_names"]["words"]),
            "bodies": frozenset(
                raw["adjective_names"]["bodies"] + raw["armed_body_heads"] + raw["civil_body_heads"]
            ),
        },
        office_words=frozenset(raw["office_words"]),
        stray_max_population=raw["stray_namesake"]["max_population"],
        antonomasia_min_population=raw["antonomasia"]["min_population"],
        plural_parts=frozenset(
            f"{w}s" if not w.endswith("y") else f"{w[:-1]}ies"
            for w in (*raw["part_of_words"], *raw["settlement_words"], *raw["unit_words"])
            if " " not in w
        ),
        name_joiner_re=re.compile(rf" (?:{_alternation(raw['name_joiners'])}) [A-Z]"),
        run_re=_run_re(raw["run_joiners"]),
        speaks_after_re=re.compile(rf"\s+(?:{_alternation(raw['speaking_words'])})\b"),
        government_speaks_re=re.compile(
            r"\s+(?:(?:has|have|had|did|does|do)\s+(?:not\s+)?)?(?:[a-z]+ly\s+)?"
            rf"(?:{_alternation(raw['speaking_words'])})\b"
        ),
        storm_name_re=re.compile(rf"\b(?:{_alternation(raw['storm_words'])})\s+[A-Z][\w'’-]*"),
        facility_of_re=re.compile(
            rf"\bthe\s+(?:{_alternation(introducers)})\s+of\s+(?:the\s+)?$", re.I
        ),
    )


# ---------------------------------------------------------------- public API


def find_places(
    doc: Doc, gazetteer: Gazetteer | None = None, outlets: Sequence[str] = ()
) -> list[Place]:
    """Every place mention in `doc`, resolved; offsets index `doc.text`. `outlets` are the
    names of the publishing media, whose words name no place ('The Dhaka Herald')."""
    gaz = gazetteer or default_gazetteer()
    text = doc.text
    spans = [
        s
        for s in recognise(doc, gaz)
        if not (
            _in_outlet_name(text, s, outlets)
            or _agency_after_date(text, s)
            or _note_label(text, s)
            or _abbreviation_without_its_point(text, s)
            or _adjective_naming_a_body(text, s)
        )
    ]
    spans = _outside_actor_names(text, spans)
    hints = country_hints(text, gaz)
    places = resolve_mentions(describe(text, spans, gaz), gaz, hints)
    main = _main_country(places)
    foreign = [(p.start_char, p.end_char) for p in places if _foreign_unit_initials(p, main)]
    if foreign:  # read again without them, lest they contain the names beside them
        spans = [s for s in spans if s not in foreign]
        places = resolve_mentions(describe(text, spans, gaz), gaz, hints)
        main = _main_country(places)
    named = [
        _region_not_town(text, place, main)
        for place in places
        if not _unknown_initials(place) and not _actor_not_place(place)
    ]
    return sorted([*named, *_points_in_degrees(text, named)], key=lambda p: p.start_char)


def _points_in_degrees(text: str, named: Sequence[Place] = ()) -> list[Place]:
    """'at 12.5068, 39.5224', '13.5790° N, 38.9603° E', '09°45'N, 116°29'E': a point given in
    degrees, as open-source investigators, incident logs and maritime notices give one,
    placed where it says; in the country of the nearest place the text names, if one lies
    near."""
    found = []
    for m, lat, lon, reason in _points(text):
        near = _nearest(named, lat, lon)
        found.append(
            Place(
                text=m[0],
                start_char=m.start(),
                end_char=m.end(),
                name=f"{lat:.4f}, {lon:.4f}",
                feature="locality",
                admin1=near.admin1 if near else None,
                country=near.country if near else None,
                lat=lat,
                lon=lon,
                resolution="exact",
                reason=reason,
            )
        )
    return found


def _points(text: str) -> Iterator[tuple[re.Match[str], float, float, str]]:
    for m in _DECIMAL_DEGREES.finditer(text):
        lat = float(m["lat"]) * (-1 if m["ns"] in ("S", "s") else 1)
        lon = float(m["lon"]) * (-1 if m["ew"] in ("W", "w") else 1)
        if abs(lat) <= 90 and abs(lon) <= 180:
            yield m, lat, lon, "a point given in decimal degrees"
    for m in _DEGREES_AND_MINUTES.finditer(text):
        lat = _sexagesimal(m["lat_d"], m["lat_m"], m["lat_s"], m["ns"])
        lon = _sexagesimal(m["lon_d"], m["lon_m"], m["lon_s"], m["ew"])
        if lat is not None and lon is not None and abs(lat) <= 90 and abs(lon) <= 180:
            yield m, lat, lon, "a point given in degrees and minutes"


def _sexagesimal(degrees: str, minutes: str, seconds: str | None, hemisphere: str) -> float | None:
    """Degrees, minutes and seconds as one signed figure; None where minutes or seconds run
    past sixty (no position, then)."""
    m, s = float(minutes), float(seconds or 0)
    if m >= 60 or s >= 60:
        return None
    value = int(degrees) + m / 60 + s / 3600
    return -value if hemisphere in "SW" else value


# two figures with three or more decimals, a comma between them, perhaps with degrees and
# hemispheres; not a longer run of figures ('1.234, 5.678, 9.012' is a list)
_DECIMAL_DEGREES = re.compile(
    r"(?<![\d.])(?<!\d,)(?<!\d, )(?P<lat>-?\d{1,2}\.\d{3,})\s*°?\s*(?P<ns>[NSns])?,\s*"
    r"(?P<lon>-?\d{1,3}\.\d{3,})(?:\s*°?\s*(?P<ew>[EWew])\b|°)?(?!\d|\.\d|,\s*\d)"
)
# '09°45'N, 116°29'E', '12° 34.5′ N 043° 12.3′ E', '9°45'12"N 116°29'30"E': degrees and
# minutes (and seconds), each figure with its hemisphere, as maritime notices give positions
_MINUTES = (
    r"\s*(?P<{0}_m>\d{{1,2}}(?:\.\d+)?)\s*['′’]\s*(?:(?P<{0}_s>\d{{1,2}}(?:\.\d+)?)\s*[\"″”]\s*)?"
)
_DEGREES_AND_MINUTES = re.compile(
    r"(?<![\d.])(?P<lat_d>\d{1,2})\s*°" + _MINUTES.format("lat") + r"(?P<ns>[NS])\b,?\s*"
    r"(?P<lon_d>\d{1,3})\s*°" + _MINUTES.format("lon") + r"(?P<ew>[EW])\b"
)
MAX_NEIGHBOUR_KM = 150


def _nearest(named: Sequence[Place], lat: float, lon: float) -> Place | None:
    located = [p for p in named if p.lat is not None and p.lon is not None and p.country]
    if not located:
        return None
    near = min(located, key=lambda p: distance_km(lat, lon, p.lat, p.lon))
    return near if distance_km(lat, lon, near.lat, near.lon) <= MAX_NEIGHBOUR_KM else None


def _abbreviation_without_its_point(text: str, span: tuple[int, int]) -> bool:
    """'after the evening Mass': a state's abbreviation ('Mass.', 'Ill.', 'Ind.') written
    without its point is the word, not the state."""
    start, end = span
    written = text[start:end]
    return (
        not written.endswith(".")
        and text[end : end + 1] != "."
        and (f"{written}." in unit_abbreviations())
    )


def _adjective_naming_a_body(text: str, span: tuple[int, int]) -> bool:
    """'the Federal Police', 'the Central Bank': an adjective some unit is also called
    ('Distrito Federal', Uganda's 'Central' region) opens a body's name, no place."""
    word = text[span[0] : span[1]]
    following = re.match(r"\s+([A-Z][a-z]+)", text[span[1] :])
    vocab = cues().adjective_names
    return (
        word.lower() in vocab["words"]
        and following is not None
        and following.group(1) in vocab["bodies"]
    )


def _note_label(text: str, span: tuple[int, int]) -> bool:
    """'[T.N.: the Dozo are hunters]', '(Update: ...)': the label that opens a note in
    brackets, not a place ('T.N.' is no Tennessee)."""
    start, end = span
    return text[max(0, start - 1) : start] in ("[", "(") and text[end : end + 1] == ":"


def _outside_actor_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'fighters of the Islamic State West Africa Province': a place named inside an armed
    group's longer name is part of that name, not where anything happened."""
    names = [m.span() for _, pattern in actors().patterns for m in pattern.finditer(text)]

    def inside(start: int, end: int) -> bool:
        # the name must hold more words than the place: 'U.S.' is the place 'U.S' itself
        return any(
            a <= start and end <= b and any(ch.isalnum() for ch in text[a:start] + text[end:b])
            for a, b in names
        )

    return [span for span in spans if not inside(*span)]


def _main_country(places: list[Place]) -> str | None:
    countries = Counter(p.country for p in places if p.country)
    return countries.most_common(1)[0][0] if countries else None


def _actor_not_place(place: Place) -> bool:
    """'Taliban police in Baghlan': an armed group or party the gazetteer does not know is
    an actor, not a spot to be put at the nearest town."""
    if place.resolution not in ("unresolved", "parent"):
        return False
    words = place.text.split()
    heads = cues().armed_body_heads | cues().civil_body_heads
    if len(words) > 1 and words[-1] in heads:
        return True  # "Kani Township People's Defense Force", "Port Authority"
    return any(pattern.fullmatch(place.text) for _, pattern in actors().patterns)


def _unknown_initials(place: Place) -> bool:
    """'according to the OC': initials the gazetteer does not know name a role or a body, not
    a place to be put at the nearest town."""
    return (
        place.text.isupper()
        and len(place.text) <= MAX_INITIALS
        and place.resolution in ("unresolved", "parent")
    )


def _foreign_unit_initials(place: Place, main_country: str | None) -> bool:
    """'the grounds of SD Negeri 1 Silanca', in a story from Indonesia: initials that are a
    unit's code elsewhere ('SD', South Dakota) name no place outside a story of that country;
    a country's own initials ('UK', 'DRC') still name it."""
    return (
        _BARE_CODE.fullmatch(place.text) is not None  # not 'B.C.', written out as a name is
        and place.feature in ("province", "district")
        and main_country is not None
        and place.country != main_country
    )


def _region_not_town(text: str, place: Place, main_country: str | None) -> Place:
    """'into the Highlands', in a story from Papua New Guinea: a name after 'the' is a region,
    a river or a unit, not a small town that happens to bear it ('Highlands', Texas); a town
    of the story's own country may be written so ('The Woodlands')."""
    before = text[max(0, place.start_char - 4) : place.start_char]
    if before.lower() != "the " or place.feature not in _SMALL_SETTLEMENTS:
        return place
    # "into the Panj, downstream": a river or a region heading its own phrase, not the town
    # of its name ("the Dublin branch" names the town); "The Woodlands" is the town's name
    named_so = (place.name or "").startswith("The ")
    alone = re.fullmatch(r"[^\W\d_]+", place.text) is not None  # one word, the name alone
    heads = alone and _heads_its_phrase(text, place.end_char)
    if place.country == main_country and (before == "The " or named_so or not heads):
        return place
    reason = f"'{place.text}' after 'the' names a region, not the town {place.name}"
    return Place(place.text, place.start_char, place.end_char, reason=reason)


def _heads_its_phrase(text: str, end: int) -> bool:
    """Whether the name ends its noun phrase: a function word or the end of a clause follows,
    not a noun it qualifies ('the Dublin branch'), a hyphen or the next name of a list ('the
    Cambridge, Pleasant City and Byesville fire departments')."""
    after = _AFTER_NAME.match(text, end)
    if after is None or after.group("mark") == "-":
        return False
    word = after.group("word") or ""
    if after.group("mark") == ",":
        return word.casefold() in function_words()
    return not word or word.casefold() in function_words()


_AFTER_NAME = re.compile(r"\s*(?P<mark>[-,.;:!?)]?)\s*(?P<word>[A-Za-z]+)?")


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> list[Place]:
    """Resolve given mention spans of `text` (e.g. gold toponyms), using the text as context."""
    gaz = gazetteer or default_gazetteer()
    return resolve_mentions(describe(text, spans, gaz), gaz, country_hints(text, gaz))


def country_hints(text: str, gazetteer: Gazetteer) -> Counter[str]:
    """Countries the text points to by other means than the place mentions resolved: its
    money, the nationalities it names ('Chadian soldiers', 'Malian traders') and the
    countries it names anywhere ('arrived in the UK'), mention or not."""
    return currency_countries(text) + demonym_countries(text, gazetteer) + named_countries(text)


_NATIONALITY = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?:ians?|eans?|ese|ish|is?|ans?)\b")


def named_countries(text: str) -> Counter[str]:
    """A vote for each time the text names a country anywhere ('in the UK', 'the Royal
    Barbados Police Force'), mention or not."""
    return country_name_counts(text)


def demonym_countries(text: str, gazetteer: Gazetteer) -> Counter[str]:
    """One vote for each country a nationality word of the text names."""
    found: set[str] = set()
    for word in set(_NATIONALITY.findall(text)):
        for candidate in gazetteer.candidates(word, loose=False):
            # 'Haitian' reaches Haiti through an alias the tables give it (a folded match)
            if candidate.match != "exact" and candidate.entry.feature == "country":
                found.add(candidate.entry.country or "")
    return Counter(code for code in found if code)


def currency_countries(text: str) -> Counter[str]:
    """The countries the article's amounts of money point to, one vote each: local news
    quotes sums in the local currency ('$765,000' in Texas, '£2m' in England)."""
    symbols, words, pattern = _currencies()
    found: set[str] = set()
    for match in pattern.finditer(text):
        prefix, sign, word = match.group("prefix") or "", match.group("sign"), match.group("word")
        if sign:
            found.update(symbols[sign].get(prefix, symbols[sign].get("", [])))
        elif word:
            found.update(words[word.casefold()])
    return Counter(found)


@lru_cache(maxsize=1)
def _currencies() -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]], re.Pattern[str]]:
    path = resources.files("claimtrail.data").joinpath("geo_currencies.json")
    raw = json.loads(path.read_text("utf-8"))
    symbols, words = raw["symbols"], raw["words"]
    signs = "|".join(re.escape(sign) for sign in symbols)
    names = "|".join(sorted(words, key=len, reverse=True))
    pattern = re.compile(
        rf"(?:(?<![A-Za-z])(?P<prefix>[A-Z]{{1,3}})?(?P<sign>{signs})\s?\d)"
        rf"|(?:\d(?:\s?(?:million|billion|bn|m))?\s(?P<word>{names})\b)"
    )
    return symbols, words, pattern


def recognise(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of place mentions, sorted and non-overlapping."""
    text = doc.text
    labels = _labels(doc)
    found: list[tuple[int, int, int]] = []  # (priority, start, end); lower priority wins
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS and not _bare_stop_name(ent):
            span = _trim(text, *_hyphen_joined(text, ent.start_char, ent.end_char))
            if span:
                span = _after_settlement_word(text, span, gazetteer)
                span = _before_facility_word(text, span, gazetteer)
                span = _known_place_after_of(text, span, gazetteer)
                span = _whole_name_with_of(text, span, gazetteer)
                found.append((1, *_whole_landform_name(text, span)))
    found += [(0, *span) for span in _heading_place_labels(text, gazetteer)]
    found += [(0, *span) for span in _log_entry_places(text, gazetteer)]
    found += [(0, *span) for span in _labelled_places(text, gazetteer)]
    taken = [(s, e) for _, s, e in found]
    for match in cues().run_re.finditer(text):
        for start, end in _run_parts(text, match.start(), match.end(), gazetteer):
            listed = any(_LISTED.match(text[e:start]) for _, e in taken)
            for span, priority in _run_spans(text, (start, end), gazetteer, labels, listed, taken):
                span = _whole_landform_name(text, _whole_name_with_of(text, span, gazetteer))
                found.append((priority, *span))
                taken.append(span)
    found += [(0, *span) for span in _names_joined_by_and(text, gazetteer)]
    spans = _within_sentences(doc, _non_overlapping(found))
    # `doc.text` rebuilds the string from every token, so it is read once and passed on.
    spans = [s for s in spans if _names_a_place(doc, text, s, spans, gazetteer)]
    people = _surnames(doc)
    spans = [s for s in spans if not _persons_surname(text, s, people, gazetteer)]
    spans = [s for s in spans if not _in_personal_name(text, s, gazetteer)]
    spans = [s for s in spans if not (_titled_work(text, s, gazetteer) or _told(text, s))]
    cities = _cities_tagged_otherwise(doc, text, spans, people, gazetteer)
    spans += [s for s in cities if not _COMPOUND_ADJECTIVE.match(text, s[1])]  # "Dakar-based"
    # a name the gazetteer lacks that a cue made a place ("in Battlefields, about 35km south
    # of Kadoma") is that place at its bare mentions too ("a dawn raid on Battlefields")
    cued = frozenset(text[s:e] for priority, s, e in found if priority == 0 and (s, e) in spans)
    again = _same_name_again(doc, text, spans, people, gazetteer, cued)
    spans += [s for s in again if _names_a_place(doc, text, s, spans, gazetteer)]
    vessels = _vessel_names(text)
    spans = [
        s
        for s in spans
        if not _before_actor_noun(text, s)
        and not _station_name(text, s)
        and not _closes_a_bodys_name(text, s)
        and not _make_and_model(text, s)
        and not _vehicle_named(text, s, gazetteer)
        and not _vessel_named(text, s, vessels)
        and not _owner_of_a_business(text, s, gazetteer)
        and not _NICKNAME_AFTER.match(text, s[1])
        and not _month_day(text, s)
        and not _time_zone(text, s)
        and not _in_storm_name(text, s)
        and not _people_of_a_settlement(text, s, gazetteer)
        and not _a_language(doc, labels, s)
        and not _unknown_speaker(text, s, gazetteer)
        and not _title_of_a_name(text, s, gazetteer, labels)
        and not _opens_a_body_name(text, s, labels)
        and not _names_a_medium(text, s, gazetteer)
        and not _outlet_base(text, s)
        and not _saints_epithet(text, s)
    ]
    spans += _names_in_brackets(text, spans, gazetteer)
    spans = _written_in_full_elsewhere(text, spans)
    spans = _without_defined_acronyms(text, spans, gazetteer)
    spans = _possessive_names(text, spans, gazetteer)
    spans = [
        part for s in spans for part in _comma_joined_places(text, _stripped(text, s), gazetteer)
    ]
    spans = [_after_leading_unit_word(text, s, gazetteer) for s in spans]
    # A name has a capital: "fled into the bush" names no place, whatever the tagger says;
    # nor is a lone function word one ("No additional homes ...", though a province's
    # code in the gazetteer reads "No").
    return sorted(
        s
        for s in spans
        if any(ch.isupper() for ch in text[s[0] : s[1]])
        and not _function_word(text[s[0] : s[1]])
        and not _unit_word_before_name(text, s)
    )


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the spaces or line breaks a capitalised run took in at its ends."""
    start, end = span
    words = text[start:end]
    return start + len(words) - len(words.lstrip()), start + len(words.rstrip())


def _comma_joined_places(text: str, span: tuple[int, int], gaz: Gazetteer) -> list[tuple[int, int]]:
    """'Gun Bay, East End', tagged as one name: two places the tables know, a spot and its
    district, when the whole is no name of its own."""
    start, end = span
    words = text[start:end]
    if words.count(", ") != 1 or gaz.knows(words):
        return [span]
    first, second = words.split(", ")
    if not (gaz.knows(first) and gaz.knows(second)):
        return [span]
    return [(start, start + len(first)), (end - len(second), end)]


# 'Trinidad and Tobago', 'Sistan and Baluchestan': capitalised words on both sides of 'and'
_AND_JOINED = re.compile(
    r"(?P<left>(?:[A-Z][\w'’-]*\s)*[A-Z][\w'’-]*) (?:and|&) (?P<right>(?:the )?"
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)"
)
_JOINED_UNITS = frozenset({"country", "province", "district"})
# words a side of 'and' in the longest such name ('Saint Vincent and the Grenadines')
MAX_JOINED_SIDE_WORDS = 4


def _names_joined_by_and(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """'the Royal Turks and Caicos Islands Police Force', 'Jammu and Kashmir': a country or
    unit whose name holds 'and' is one place, not two ('Trinidad' is then no Bolivian town);
    the longest such name inside the run of capitalised words is taken."""
    spans = []
    for match in _AND_JOINED.finditer(text):
        left, right = match.group("left").split(), match.group("right").split()
        # no such name has more than a few words a side: a long capitalised run (a headline
        # in title case) is looked up only near its 'and'
        skipped = max(0, len(left) - MAX_JOINED_SIDE_WORDS)
        joined = _longest_joined_unit(left[skipped:], right[:MAX_JOINED_SIDE_WORDS], gaz)
        if joined is not None:
            first, last = joined
            first += skipped
            start = match.start() + len(" ".join(left[:first])) + (1 if first else 0)
            end = match.start("right") + len(" ".join(right[:last]))
            spans.append((start, end))
    return spans


def _longest_joined_unit(
    left: list[str], right: list[str], gaz: Gazetteer
) -> tuple[int, int] | None:
    """(first word of `left`, words of `right`) of the longest unit name across 'and'."""
    for first in range(len(left)):
        for last in range(len(right), 0, -1):
            name = f"{' '.join(left[first:])} and {' '.join(right[:last])}"
            found = gaz.candidates(name, loose=False)[:1]
            if found and found[0].match == "exact" and found[0].entry.feature in _JOINED_UNITS:
                return first, last
    return None


# 'Kangerlussuaq: Watson River over its banks', a heading on a line of its own
_HEADING_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}):[ \t]+\S[^\n]*$", re.MULTILINE
)
MAX_HEADING_LABEL_WORDS = 10


def _heading_place_labels(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """'Kangerlussuaq: Watson River over its banks': a roundup heads each town's section
    with its name, which the tagger, reading no sentence, leaves untagged. The name is a
    place where the gazetteer knows it and the paragraph under the heading names it again
    in mid-sentence ('Police: ...' over a paragraph on the police is no town's)."""
    spans = []
    for m in _HEADING_LABEL.finditer(text):
        name = m.group("name")
        heading = len(m.group(0).split()) <= MAX_HEADING_LABEL_WORDS
        if not heading or not is_crosshead(text, m.start(), m.end()) or not _knows(gaz, name):
            continue
        below = text[m.end() :].lstrip("\n").split("\n", 1)[0]
        if re.search(rf"(?<=[\w,] ){re.escape(name)}\b", below):
            spans.append((m.start("name"), m.end("name")))
    return spans


# '2.3  02 MAY 2032, 2240 UTC - ATTACK ON MERCHANT VESSEL - 55 NM WEST OF AL-HUDAYDAH': an
# incident log's entry heading in capitals, its fields set apart by dashes, the place last
_LOG_ENTRY = re.compile(r"^[^\n]*[ \t][-–—][ \t](?P<last>[^\n]*?)[ \t]*$", re.MULTILINE)
_LOG_PLACE = re.compile(
    r"(?:.*\b(?:OF|NEAR|OFF|IN|AT)\s+)?(?P<name>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2})"
    r"(?:\s*\([^()]*\))?(?:,\s*[A-Z\s'’-]+)?$"
)


def _labelled_places(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """'STATION: TEMBISA', 'Location: Ecaleni': a line that names a place after its label,
    the name a place where the gazetteer knows it, though in capitals or spelled another way
    (the tables' 'Thembisa'): the label says it is a place."""
    spans = []
    for line in re.finditer(r"(?m)^[^\n]+$", text):
        label = cues().place_label_re.match(line[0])
        name = line[0][label.end() :].strip() if label else ""
        words = len(name.split())
        if label and 0 < words <= MAX_HEADING_LABEL_WORDS and gaz.candidates(name)[:1]:
            start = line.start() + line[0].index(name, label.end())
            spans.append((start, start + len(name)))
    return spans


def _after_a_place_label(text: str, span: tuple[int, int]) -> bool:
    """Whether the span is all a line says after a place's label ('STATION: TEMBISA')."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    rest = text[span[1] : line_end if line_end >= 0 else len(text)]
    return _is_place_label(text[line_start : span[0]]) and not rest.strip()


def _is_place_label(text: str) -> bool:
    """Whether `text` is the label of a line that names a place ('STATION: ')."""
    found = cues().place_label_re.fullmatch(text.strip() + " ")
    return found is not None


def _log_entry_places(
    text: str, gaz: Gazetteer | None, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """'... - ATTACK ON MERCHANT VESSEL - 55 NM WEST OF AL-HUDAYDAH (HODEIDAH)': a log's entry
    heading in capitals ends with where it happened, which the tagger, reading capitals, does
    not see; the entry under it tells the incident without naming the place again. Without
    a gazetteer, every such span, known or not."""
    spans = []
    for m in _LOG_ENTRY.finditer(text, start, len(text) if end is None else end):
        # 'HOME - NEWS - KENYA' is a menu, no dated entry; an entry has its text under it
        if not is_log_entry_heading(m.group(0)) or text[m.end() : m.end() + 1] != "\n":
            continue
        place = _LOG_PLACE.fullmatch(m.group("last"))
        if place is None or (gaz is not None and not _knows(gaz, place.group("name").title())):
            continue
        spans.append((m.start("last") + place.start("name"), m.start("last") + place.end("name")))
    return spans


def _in_log_entry_heading(text: str, span: tuple[int, int]) -> bool:
    """Whether `span` is the place closing a log entry's heading in capitals."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    return span in _log_entry_places(text, None, line_start, line_end if line_end >= 0 else None)


_AND_A_BODY = re.compile(r"\s+and\s+(?=[A-Z])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _names_a_medium(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """'it said in a Facebook post', 'a Telegram message': a name no table holds, right
    before a word for a document, is what carried the words, no place."""
    following = _NEXT_WORD.match(text, span[1])
    if following is None or following.group(1) not in sources().document_nouns:
        return False
    return not gaz.candidates(text[span[0] : span[1]], loose=False)


def _opens_a_body_name(text: str, span: tuple[int, int], labels: dict[int, str]) -> bool:
    """'the Maritime and Port Authority of Singapore': a word the tagger leaves out of the body
    whose name it opens, joined to the rest by 'and', names no place ('Maritime' is a region
    of Togo)."""
    if labels.get(span[0]) in _PLACE_LABELS:
        return False
    joined = _AND_A_BODY.match(text, span[1])
    if joined is None or labels.get(joined.end()) != "ORG":
        return False
    end = joined.end()
    while labels.get(end) == "ORG":
        end += 1
    # 'Swat and Dir', Dir tagged a body, are two districts
    return any(w in cues().civil_body_heads for w in text[joined.end() : end].split())


def _names_in_brackets(
    text: str, spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """'off the east coast of Ndzuani (Anjouan)': the place's other name, in brackets after
    it, is the same place under a name the gazetteer may know, whatever the tagger made of
    it."""
    found = []
    for _, end in spans:
        other = _BRACKETED_NAME.match(text, end)
        if other is None:
            continue
        span = (other.start("name"), other.end("name"))
        if span not in spans and _knows(gaz, other.group("name")):
            found.append(span)
    return found


def _within_sentences(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run of capitalised words cut where a sentence begins inside it: 'Chipata. No
    community deaths', '... in Ba. Dr Priya' name 'Chipata' and 'Ba'."""
    starts = [sent.start_char for sent in doc.sents][1:]
    out = []
    for start, end in spans:
        inside = [s for s in starts if start < s < end]
        if inside:
            dot = doc.text.rfind(".", start, inside[0])  # the full stop before it
            end = dot if dot > start else len(doc.text[: inside[0]].rstrip())
        if end > start:
            out.append((start, end))
    return out


_NEXT_NAME_WORD = re.compile(r" [A-Z][\w'’-]*")
_POSSESSIVE_NAME_TAIL = re.compile(r"['’]s [A-Z][\w-]*")
_POSSESSIVE_NAME_HEAD = re.compile(r"(?<![\w'’])[A-Z][\w-]*['’]s $")
# "St David", "St. John": a saint's name, which a place's name may end with its possessive
_SAINTS_NAME = re.compile(r"(?:St\.?|Saint|Ste\.?) [A-Z][a-z]+$")
_POSSESSIVE_END = re.compile(r"['’]s(?![\w'’])")
MAX_NAME_CHARS = 30


def _possessive_names(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """'Cox's Bazar', 'St John's Wood', 'St David's': a name the tagger cut at its possessive,
    when the gazetteer knows the whole; the word after it is then no name of its own."""

    def known(start: int, end: int) -> bool:
        found = gazetteer.candidates(text[start:end], loose=False)
        return any(c.match in ("exact", "folded") for c in found)

    out: list[tuple[int, int]] = []
    for start, end in spans:
        tail = _POSSESSIVE_NAME_TAIL.match(text, end)
        head = _POSSESSIVE_NAME_HEAD.search(text, max(0, start - MAX_NAME_CHARS), start)
        if tail is not None and known(start, tail.end()):
            end = tail.end()
        elif (
            _SAINTS_NAME.search(text, start, end)
            and (own := _POSSESSIVE_END.match(text, end))
            and known(start, own.end())
        ):
            end = own.end()  # not the 'Saint David' of Saint Vincent
        elif head is not None and known(head.start(), end):
            start = head.start()  # "Cox's Bazar", where the tagger took 'Cox' for a person
        out.append((start, end))
    return [s for s in out if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in out)]


def _written_in_full_elsewhere(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Flight to Baga Sola' in a heading, where only 'Baga' was found: a mention followed by
    the rest of a longer name the article gives as a mention elsewhere is that longer name
    (not 'Bagà' in Spain)."""
    names = {text[s:e] for s, e in spans}
    out = []
    for start, end in spans:
        after = _NEXT_NAME_WORD.match(text, end)
        if after is not None and text[start : after.end()] in names:
            end = after.end()
        out.append((start, end))
    # a second mention inside the longer name ('Sola' of 'Baga Sola') goes
    return [s for s in out if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in out)]


def _function_word(name: str) -> bool:
    """'No', 'Be': a function word as a sentence opens with it ('US' in capitals is a name)."""
    return name[1:].islower() and name.casefold() in function_words()


def _people_of_a_settlement(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """'the Guaraní community of Yacuy', 'the Maasai village of X': the first name is the
    people living there, and the place is the name after 'of'. The adjective of a country's
    people still names the country ('the Georgian town of Gori')."""
    if not (
        _ARTICLE_BEFORE.search(text, max(0, span[0] - 5), span[0])
        and _SETTLEMENT_OF_NAME.match(text, span[1])
    ):
        return False
    name = text[span[0] : span[1]].split("-")[0]  # 'the Georgian-controlled village of X'
    return not any(c.match == "demonym" for c in gaz.candidates(name)[:3])


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_CAPITALISED_WORD = rf"[{_UPPER}][\w\u2019'\-]*\s+"
_NAME_THEN_OF = re.compile(
    rf"(?<![\w\-])(?P<three>{_CAPITALISED_WORD})?(?P<two>{_CAPITALISED_WORD})?"
    rf"(?P<one>{_CAPITALISED_WORD})of\s+(?:the\s+)?$"
)
_SETTLEMENT_OF_NAME = re.compile(rf"\s+(?:community|village|town|settlement)\s+of\s+[{_UPPER}]")


def _unit_word_before_name(text: str, span: tuple[int, int]) -> bool:
    """'the Wilayat of Ibri', 'the Municipality of X': a unit word alone before 'of' is the
    cue to the name after it, not a place itself."""
    name = text[span[0] : span[1]]
    followed_by_of = name.endswith(" of") or bool(_OF_AFTER.match(text, span[1]))
    word = name.removesuffix(" of").casefold()
    return followed_by_of and (word in cues().units or word in cues().settlements)


_OF_AFTER = re.compile(r"\s+of\s")


def _whole_landform_name(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'the Iowa Hill area', 'Todd Valley': a known name followed by a capitalised word that
    ends place names is only the first part of the name; the whole is the mention."""
    after = _LANDFORM_AFTER.match(text, span[1])
    if after and after.group(1).casefold() in cues().landform_words:
        return span[0], after.end()
    return span


def _time_zone(text: str, span: tuple[int, int]) -> bool:
    """'shortly after 2:00 a.m. Moscow time': a clock's city names no place of the event;
    nor does a zone's initials after a clock ('at 10:45 CAT')."""
    before = text[max(0, span[0] - 12) : span[0]]
    if not _CLOCK_BEFORE.search(before):
        return False
    return bool(_ZONE_TAIL.match(text, span[1])) or bool(_ZONE_INITIALS.fullmatch(text, *span))


# "a white Toyota Probox", "an old Nissan Hardbody": an indefinite article, perhaps a
# colour or an age, then a maker's name and its model's
# 'a white ', 'an SNA ': an article and up to two words describing the vehicle
_VEHICLE_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[A-Za-z][A-Za-z\-]*\s+){0,2}$")
_MODEL_AFTER = re.compile(r"\s+(?P<model>[A-Za-z][A-Za-z0-9\-]+)(?!\s*,)")


def _unknown_speaker(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """'..., Verhoeven said': a name the gazetteer lacks that speaks is a person's (a known
    place that speaks, 'Moscow said', is its government, and still names the place)."""
    if not cues().speaks_after_re.match(text, span[1]):
        return False
    if _someones_home(text, span):
        return False  # 'residents of Amchidé told ...', 'farmers from Kfarchouba told ...'
    return not _knows(gaz, text[span[0] : span[1]])


def _someones_home(text: str, span: tuple[int, int]) -> bool:
    """'residents of X', 'police in X': the name is where the speakers are, not who speaks."""
    return _previous_word(text[max(0, span[0] - 30) : span[0]]).lower() in _BEFORE_A_HOME


_BEFORE_A_HOME = frozenset({"of", "from", "in", "at", "near"})


def _speaks_for_its_government(text: str, span: tuple[int, int]) -> bool:
    """'Ankara rarely comments on ...', 'Moscow has denied ...': a place that speaks is its
    government ('Police in Eldoret said' is the police of the place)."""
    if not cues().government_speaks_re.match(text, span[1]):
        return False
    return not _someones_home(text, span)


def _saints_epithet(text: str, span: tuple[int, int]) -> bool:
    """'St. Anthony of Padua Parish', 'Saint Francis of Assisi School': the town names the
    saint a church or school is named after, not where anything happened."""
    return bool(_SAINT_OF.search(text, max(0, span[0] - 40), span[0]))


_SAINT_OF = re.compile(
    r"\b(?:St\.?|Saint|Ste\.?|Sainte|San|Santa|Santo|São)\s+[A-Z][\w'’-]+\s+of\s+$"
)


def _make_and_model(text: str, span: tuple[int, int]) -> bool:
    """A place's name as a vehicle maker's before its model or the vehicle it made: 'a white
    Toyota Probox', 'an SNA Toyota pick-up'. Only
    makers' names count: 'a Texas Department of Transport official' names a place."""
    if text[span[0] : span[1]] not in cues().vehicle_makers:
        return False
    before = _VEHICLE_ARTICLE_BEFORE.search(text[max(0, span[0] - 40) : span[0]])
    model = _MODEL_AFTER.match(text, span[1])
    if before is None or model is None:
        return False
    if not (model["model"][0].isupper() or model["model"].lower() in cues().vehicle_nouns):
        return False  # a model's name, or what the vehicle is: 'an SNA Toyota pick-up'
    # the words between describe the vehicle ('white', 'battered'); 'a house on Colne Road'
    # and 'a village in Tsafe Local Government Area' name where something is
    return not any(word in function_words() for word in before.group().split()[1:])


def _vehicle_named(text: str, span: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """'the Škoda Octavia, travelling towards Kaunas': a maker's name and a model, which the
    gazetteer does not hold, name a vehicle ('Lincoln Park' it holds)."""
    name = text[span[0] : span[1]]
    words = name.split()
    maker = len(words) > 1 and (
        words[0] in cues().vehicle_brands or words[0] in cues().vehicle_makers
    )
    return maker and not gazetteer.knows(name)


def _vessel_names(text: str) -> frozenset[str]:
    """Names the text gives a boat or a ship ('the sloop Windward Lass')."""
    return frozenset(m.group("name") for m in cues().vessel_name_re.finditer(text))


def _vessel_named(text: str, span: tuple[int, int], vessels: frozenset[str]) -> bool:
    """'the skipper of the Windward Lass': a vessel's name, here or where the text named the
    vessel, is no place; 'in Santa Bernadette' would be the place of the name."""
    name = text[span[0] : span[1]]
    if not any(v == name or v.startswith(name + " ") for v in vessels):
        return False
    before = _previous_word(text[max(0, span[0] - 60) : span[0]])
    return before not in cues().strong_prepositions


# 'Fitzroy "Fitz" Jeremiah': a first name, a nickname in quotation marks, the surname
_NICKNAME_AFTER = re.compile(r"\s+[\"“][A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?[\"”]\s+[A-Z]")


def _owner_of_a_business(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """The owner whose name a business bears, no place: "Fitzroy's Bar on Victoria Street" is
    not in Fitzroy, Melbourne; "Kabul's main market" is the city's."""
    if cues().owners_business_re.match(text, span[1]) is None:
        return False
    return not _notable(gaz, text[span[0] : span[1]])


def _a_language(doc: Doc, labels: dict[int, str], span: tuple[int, int]) -> bool:
    """'asked for asylum in English and Arabic': a language's name, read by the tagger as
    one, is no town of that name ('English', Indiana); a city it mistakes for a language
    ('killed in Aleppo') stays a place, and so does the adjective of a country ('the English
    city of Salisbury')."""
    if doc.text[span[0] : span[1]] not in _language_names():
        return False
    if not all(labels.get(pos) == "LANGUAGE" for pos in range(*span)):
        return False
    words = doc.char_span(*span, alignment_mode="expand")
    return words is None or words.root.dep_ not in {"amod", "compound"}


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Languages' names in English, from CLDR."""
    return frozenset(Locale("en").languages.values())


def _month_day(text: str, span: tuple[int, int]) -> bool:
    """'IMPHAL, Aug 12 (PTI)': a month's name before a day number is a date, not a place."""
    return is_month_name(text[span[0] : span[1]]) and bool(_DAY_NUMBER.match(text, span[1]))


def _bare_stop_name(ent: Span) -> bool:
    """'the force's East division': a word such as 'East' alone is a place only before a unit
    word ('East Province', 'East region')."""
    if len(ent) != 1 or ent.text not in cues().stop_names:
        return False
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return following not in {w.lower() for w in cues().units}


def describe(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for `spans`, with the cue feature, containing unit and offset around each."""
    ordered = sorted(set(spans))
    starts = {start: i for i, (start, _) in enumerate(ordered)}
    ends = {end: i for i, (_, end) in enumerate(ordered)}
    anchors = [_anchor(text, end, starts) for _, end in ordered]
    measured_from = {a[0] for a in anchors if a is not None}
    sentence_starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    paragraph_starts = [m.end() for m in _PARAGRAPH_END.finditer(text)]
    containers = [_parent(text, span, starts, ordered, gazetteer) for span in ordered]
    lists = _list_peers(text, ordered, containers)
    possessors = [_possessor(text, start, ends) for start, _ in ordered]
    mentions = []
    for i, (start, end) in enumerate(ordered):
        parent = containers[i]
        by_comma = parent is not None and _comma_after(text, end)
        if parent is None:
            parent = (
                possessors[i]
                if possessors[i] is not None
                else _list_possessor(i, lists, possessors, text, ordered)
            )
        if parent is None:
            parent = _framing_unit(text, i, ordered, starts, sentence_starts)
        anchor = anchors[i]
        relative = anchor[1] if anchor else None
        if anchor is None and i not in measured_from:
            relative = _relative(text, start)
        feature = _feature(text, start, end)
        mentions.append(
            Mention(
                text=text[start:end],
                start_char=start,
                end_char=end,
                feature=feature,
                parent=parent,
                parent_by_comma=by_comma,
                relative=relative,
                anchor=anchor[0] if anchor else None,
                natural=feature if feature in cues().natural.values() else None,
                facility=_facility(text, start, end),
                sentence=bisect.bisect_right(sentence_starts, start),
                paragraph=bisect.bisect_right(paragraph_starts, start),
                peers=lists[i],
                noun_after_preposition=_noun_after_preposition(text, start, end),
                unit_word_in_facility=_facility_after_unit(text[end : end + 40]) is not None,
                of_an_office=_office_word_after(text, end) or _a_body_of(text, start),
                speaks=_speaks_for_its_government(text, (start, end)),
            )
        )
    return _in_given_order(mentions, spans)


def _office_word_after(text: str, end: int) -> bool:
    """'the Split-Dalmatia police administration': the name opens an office's."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) in cues().office_words


_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’]*)")


def _a_body_of(text: str, start: int) -> bool:
    """'the Royal Police Force of Antigua and Barbuda': the name ends a body's."""
    before = _BODY_OF.search(text[max(0, start - 80) : start])
    heads = cues().armed_body_heads | cues().civil_body_heads
    return before is not None and before.group(1) in heads


# '<Head> of ', perhaps 'the', and up to three capitalised words joined by 'and' before it
_BODY_OF = re.compile(r"\b([A-Z]\w+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:and\s+)?){0,3}$")


def _noun_after_preposition(text: str, start: int, end: int) -> bool:
    """'near Hindi, on the road': a name after a locative preposition with no noun after it
    (unlike 'near Syrian positions'), in a sentence or at the end of a heading's line."""
    if _previous_word(text[max(0, start - 30) : start]).casefold() not in _BARE_PREPOSITIONS:
        return False
    after = re.match(r"[ \t]*([A-Za-z]+)?", text[end : end + 30])  # a heading ends the name
    following = (after.group(1) or "") if after else ""
    return not following or following.casefold() in function_words()


def _list_peers(
    text: str, ordered: list[tuple[int, int]], containers: list[int | None]
) -> list[tuple[int, ...]]:
    """For each span, the other spans of the list it stands in ("X, Y and Z", "X or Y").
    A span with its containing unit after a comma ("Medina, Ohio") stands in no list."""
    groups: list[list[int]] = []
    for i, (start, _) in enumerate(ordered):
        after_unit = containers[i] is not None or (i and containers[i - 1] == i)
        if i and not after_unit and _LISTED.match(text[ordered[i - 1][1] : start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    peers: list[tuple[int, ...]] = [() for _ in ordered]
    for group in groups:
        for i in group:
            peers[i] = tuple(j for j in group if j != i)
    return peers


def _in_given_order(mentions: list[Mention], spans: Sequence[tuple[int, int]]) -> list[Mention]:
    """Mentions parallel to `spans`, their parent and anchor indices renumbered to match."""
    index = {(m.start_char, m.end_char): i for i, m in enumerate(mentions)}
    if len(index) != len(spans):
        return mentions
    new = {index[s]: i for i, s in enumerate(spans)}
    out = []
    for s in spans:
        m = mentions[index[s]]
        parent = new[m.parent] if m.parent is not None else None
        anchor = new[m.anchor] if m.anchor is not None else None
        peers = tuple(new[j] for j in m.peers)
        out.append(replace(m, parent=parent, anchor=anchor, peers=peers))
    return out


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
    'al-Hasakah', 'Pul-e' in 'Pul-e Hesar'. A lowercase word after a hyphen ('US-led') is not
    part of the name."""
    while True:
        more = _HYPHEN_TAIL.match(text, end)
        if not more:
            break
        end = more.end()
    tail = _EZAFE_TAIL.match(text, end) if _EZAFE_END.search(text, start, end) else None
    end = tail.end() if tail else end
    head = _ARTICLE_HEAD.search(text, max(0, start - 5), start)
    if head and head.end() == start:
        start = head.start()
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading 'the', a possessive and a trailing unit word from an entity span."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start += 4
    # "west Honiara", "rural Kandahar": the part of the place, not its name
    first = text[start:end].split(" ")[0]
    if first.islower() and first in cues().parts_of_places and " " in text[start:end]:
        start += len(first) + 1
    bracket = text.find("(", start, end)
    if bracket != -1:
        end = bracket  # "Goma (North Kivu": the tagger ran on into a bracket
    while end > start and text[end - 1] in ".,;:'\u2019 ":
        end -= 1
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2
    end = _before_unit_words(text, start, end, frozenset(cues().units))
    head, _, last = text[start:end].rpartition(" ")
    if head and last in _TRAILING_PREPOSITIONS:
        end = start + len(head)  # "the Clairvaux Hotel on": the tagger ran on into a preposition
    cut = text[start:end].rsplit(" ", 1)[-1] in _JOINERS and " " in text[start:end]
    if cut and re.match(r"\s+[a-z]", text[end : end + 3]):
        return None  # "the Chemin de" of "Chemin de fer Congo-Océan": a name cut at its joiner
    return (start, end) if end > start else None


def _whole_name_with_of(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """'Port of Spain', 'Isle of Man': the tagger may cut a name at its 'of' and keep only
    the end; the whole is the mention when the gazetteer holds it as written."""
    before = _NAME_THEN_OF.search(text, max(0, span[0] - 60), span[0])
    if before is None:
        return span
    # the longest name that holds: 'Democratic Republic of the Congo', not the other Congo
    for start in (before.start(g) for g in ("three", "two", "one") if before.start(g) >= 0):
        if any(c.match == "exact" for c in gaz.candidates(text[start : span[1]], loose=False)[:3]):
            return start, span[1]
    return span


def _after_settlement_word(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """'the Port of Bar', 'the City of Kigali': the tagger takes the settlement word in with
    the name; the place is the name after 'of', unless the whole is a name the gazetteer
    holds ('Port of Spain')."""
    start, end = span
    found = cues().settlement_word_of_re.match(text, start, end)
    if found is None or found.end() >= end or _knows(gaz, text[start:end]):
        return span
    return found.end(), end


def _before_facility_word(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """'the Malacatos bridge', 'the Kibuye market': a facility word in lower case is no part
    of a name; the tagger takes it in, and the place is the name before it, where the
    gazetteer holds that name (the facility word after it still marks a spot in the town)."""
    start, end = span
    head, _, last = text[start:end].rpartition(" ")
    if head and last.islower() and last in cues().facility_words and _knows(gaz, head):
        return start, start + len(head)
    return span


def _after_leading_unit_word(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """'District Sukma', 'Tehsil Kotli': the unit word before the name is its cue, no part of
    it, unless the whole is a name the gazetteer holds ('County Durham')."""
    start, end = span
    found = cues().leading_unit_re.match(text, start, end)
    if found is None or found.end() >= end or _knows(gaz, text[start:end]):
        return span
    return found.end(), end


def _known_place_after_of(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """'the Sabzi Mandi of Serai Naurang': a spot the tables lack, named with 'of' and a
    place they hold, lies in that place, which is the mention; 'the Gulf of Aden' and
    other waters and lands of open_land_words and natural_words are not in the town."""
    start, end = span
    name = text[start:end]
    head, of, tail = name.rpartition(" of ")
    if not of or not head or _knows(gaz, name) or not _knows(gaz, tail) or _knows(gaz, head):
        return span
    last = head.split()[-1].lower()
    if last in cues().open_land or last in cues().natural:
        return span
    return end - len(tail), end


def _before_unit_words(text: str, start: int, end: int, units: frozenset[str]) -> int:
    """The end of a name less its trailing unit of one to three words ('X Province', 'X
    Rural Municipality', 'X Local Government Area'); a name that is nothing but the unit
    words stays whole."""
    words = text[start:end].split(" ")
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]).lower() in units:
            return start + len(" ".join(words[:-size]))
    return end


def _run_parts(
    text: str, start: int, end: int, gaz: Gazetteer | None = None
) -> list[tuple[int, int]]:
    """A capitalised run cut at possessives ("Syria's Raqqa"), less leading function words
    ("In Barpeta", but not the 'A' of 'A Luoi') and a trailing capitalised unit word ("Sar-e
    Pol Province")."""
    c = cues()
    cuts = [m.span() for m in _POSSESSIVE_IN_RUN.finditer(text, start, end)]
    cuts += [m.span() for m in _PREPOSITION_IN_RUN.finditer(text, start, end)]
    cuts.sort()
    bounds = [start] + [e for _, e in cuts]
    finals = [s for s, _ in cuts] + [end]
    parts = []
    for s, e in zip(bounds, finals, strict=True):
        while (first := re.match(r"(\S+) ", text[s:e])) and first.group(1) in c.leading_words:
            if gaz is not None and s > 0 and _named_whole(gaz, text[s:e]):
                break  # mid-sentence, 'A Luoi' is the name, 'In Barpeta' is not
            s += first.end()
        if english := _ENGLISH_ARTICLE_LOOKALIKE.match(text, s, e):
            s = english.end()  # "at Bamako": the preposition, not the Arabic article "at-"
        local_units = frozenset(w for w, f in c.units.items() if f in ("province", "district"))
        e = _before_unit_words(text, s, e, local_units)
        if e > s:
            parts.append((s, e))
    return parts


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut points of a capitalised run: the end offset of each prefix of 1..n words."""
    ends = [start + m.start() for m in re.finditer(r"[ ](?=\S)", text[start:end])] + [end]
    return [(start, _clean_end(text, start, e)) for e in ends]


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
    run: tuple[int, int],
    gaz: Gazetteer,
    labels: dict[int, str],
    listed: bool,
    taken: list[tuple[int, int]],
) -> list[tuple[tuple[int, int], int]]:
    """Spans a capitalised run contributes, with their priority (lower wins overlaps)."""
    c = cues()
    start, end = run
    prefixes = [
        p
        for p in _words(text, start, end)[:5]
        if p[1] > p[0]
        and (not _ends_in_stop(text, p) or _named_whole(gaz, text[p[0] : p[1]]))
        # "the Magistrates' Court", though "Wales' capital" names Wales
        and not (_PLURAL_POSSESSIVE.match(text, p[1]) and not _knows(gaz, text[p[0] : p[1]]))
    ]
    if not prefixes:
        return []
    known = [
        p
        for p in prefixes
        if _knows(gaz, text[p[0] : p[1]])
        # "the Río Queguay": a generic word opening a longer name is no place of its own
        and not (text[p[0] : p[1]] in c.generic_words and p[1] < prefixes[-1][1])
    ]
    if known and _named_for_a_person(text, known[-1], end, gaz):
        return []
    before = text[max(0, start - 60) : start]
    if _dateline(text, start, prefixes[-1][1]):
        return [(known[-1], 0)] if known else []
    after = text[prefixes[-1][1] : prefixes[-1][1] + 60]
    if _cue_before(before) or _cue_after(
        after, known or labels.get(start) or not _sentence_start(before), bool(known)
    ):
        return [(_loose_span(text, known, prefixes, gaz, labels), 0)]
    if known and c.apposition_re.match(text[known[-1][1] : known[-1][1] + 60]):
        return [(known[-1], 0)]  # "Majuli, the river island ..."
    if (
        known
        and _named_whole(gaz, text[known[-1][0] : known[-1][1]])
        and _split_by_tagger(text, known[-1], labels)
    ):
        # "Spanish Town", "May Pen": the tagger read a word of the name as a language or a
        # month, and the name as written is a place the gazetteer holds
        return [(known[-1], 1)]
    if known and _saints_place(text, run, gaz):
        return [(run, 2)]  # "Cashew City Road, St David's", though the tagger saw a person
    label = labels.get(start)
    if label in _TIME_LABELS and not _tells_time(text[start:end]):
        label = None  # 'agents in Turbat', the name tagged as a date though it tells none
    if label in _NON_NAMES:
        return []
    previous = _previous_word(before)
    if known and _possessed_by_place(before, start, taken):
        return [(known[-1], 2)]  # "Syria's Raqqa"
    strong = previous in c.strong_prepositions or listed or c.people_re.search(before)
    if strong:
        span = _loose_span(text, known, prefixes, gaz, labels)
        if span in known or label in (None, "PERSON") or gaz.candidates(text[span[0] : span[1]]):
            return [(span, 2)]
        return []
    arabic = text[start:end].split("-")[0].split(" ")[0].lower() in ARTICLES
    if previous in c.weak_prepositions and known and (label is None or arabic):
        return [(known[-1], 2)]
    if known and _locative(before) and _city_not_person(text, known[-1], gaz, labels):
        # "from Kidal", though the tagger calls it NORP or PERSON; "from San Miguel Los
        # Lotes", one entity, is no San Miguel
        whole = _loose_span(text, known, prefixes, gaz, labels)
        joined = cues().name_joiner_re.match(text, known[-1][1])
        return [(whole if joined else known[-1], 2)]
    if known and label is None and not _sentence_start(before):
        span = known[-1]
        if _notable(gaz, text[span[0] : span[1]]):
            return [(span, 3)]
    return []


def _named_for_a_person(text: str, known: tuple[int, int], end: int, gaz: Gazetteer) -> bool:
    """'the Aden Adde International Airport': a known name that opens a facility's name and
    goes on with a word that is neither the facility's nor one describing it ('Adde') is a
    person's name the facility bears, not the place ('Kabul International Airport' is in
    Kabul). Only facilities that often bear a person's name count."""
    c = cues()
    words = text[known[1] : end].split()
    # airports, more often than courts, schools or halls ('Cavan Town Hall', 'Platte County
    # Court'), bear a person's name after their town's ('Jomo Kenyatta International Airport')
    if len(words) < 2 or words[-1].lower() not in c.person_named_facilities:
        return False
    if _knows(gaz, text[known[0] : end]):
        return False
    first = words[0]
    return first[:1].isupper() and first.lower() not in c.facility_words | c.facility_descriptors


def _saints_place(text: str, run: tuple[int, int], gaz: Gazetteer) -> bool:
    """'St David's', 'St. John's': a saint's name with its possessive and no noun after it
    names the place called after the saint's church ('St David's Day' is cut before 'Day')."""
    name = text[run[0] : run[1]]
    own = _POSSESSIVE_END.search(name)
    return (
        own is not None
        and own.end() == len(name)
        and _SAINTS_NAME.fullmatch(name[: own.start()]) is not None
        and _knows(gaz, name)
    )


def _surnames(doc: Doc) -> frozenset[str]:
    """Last words of the full personal names the tagger found ('Darren Ripley'): the same
    word alone later in the article ('coach Ripley') names that person, not a town."""
    return frozenset(
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and sum(1 for token in ent if token.is_alpha) > 1  # not '› Manchester', a link's bullet
        and ent[-1].text[:1].isupper()
    )


def _persons_surname(
    text: str, span: tuple[int, int], people: frozenset[str], gaz: Gazetteer
) -> bool:
    """A one-word span that repeats a person's surname, unless a strong locative preposition
    stands before it ('in Ripley'), a word for a unit or a settlement says what it is
    ('Tsafe Local Government Area', 'fled to Tsafe town') or the name is a country or
    province."""
    name = text[span[0] : span[1]]
    if name not in people:
        return False
    if _previous_word(text[max(0, span[0] - 60) : span[0]]) in cues().strong_prepositions:
        return False
    if _feature(text, *span) is not None:
        return False
    top = gaz.candidates(name, loose=False)[:3]
    return not any(c.entry.feature in ("country", "province") for c in top)


_BARE_CODE = re.compile(r"[A-Z]{2,3}")  # a unit's postal code: 'SD', 'NSW'
# "Ndzuani (Anjouan)": a place, then its other name in brackets
_BRACKETED_NAME = re.compile(r"\s*\((?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\)")
# "the Oromo Liberation Army (OLA)": a name, then its initials in brackets
_DEFINED_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|de|du|des|del|la|el))+)"
    r"\s+\((?P<letters>[A-Z]{2,6})\)"
)


def _without_defined_acronyms(
    text: str, spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """Initials the text defines for a name that is no place ('the Oromo Liberation Army
    (OLA)') name that body wherever they stand: 'the OLA' is no Ola, Arkansas. Initials of
    a place keep it ('the Democratic Republic of the Congo (DRC)')."""
    defined = set()
    for found in _DEFINED_ACRONYM.finditer(text):
        words, letters = found.group("name").split(), found.group("letters")
        # 'the Displacement Tracking Matrix of the International Organization for Migration
        # (IOM)': the initials may spell the name's last words only
        tails = [" ".join(words[i:]) for i in range(len(words)) if words[i][:1].isupper()]
        if any(
            spelled_by(name, letters, function_words()) and not _knows(gaz, name) for name in tails
        ):
            defined.add(letters)
    return [s for s in spans if text[s[0] : s[1]] not in defined]


def _in_storm_name(text: str, span: tuple[int, int]) -> bool:
    """'Hurricane Rene', 'Typhoon Haiyan': a storm's name, not the town of Hurricane, Utah."""
    for found in cues().storm_name_re.finditer(text, max(0, span[0] - 25), span[1] + 25):
        if found.start() <= span[0] and span[1] <= found.end():
            return True
    return False


def _in_outlet_name(text: str, span: tuple[int, int], outlets: Sequence[str]) -> bool:
    """Whether the span lies inside an occurrence of a publishing outlet's name, or names
    the outlet by its first words ('told La Prensa' of 'La Prensa del Alto Apure')."""
    name = text[span[0] : span[1]].casefold()
    for outlet in outlets:
        core = re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
        if not core:
            continue
        if len(name.split()) > 1 and core.casefold().startswith(name + " "):
            return True
        for found in re.finditer(rf"(?<![\w\-]){re.escape(core)}(?![\w\-])", text):
            if found.start() <= span[0] and span[1] <= found.end():
                return True
    return False


def _agency_after_date(text: str, span: tuple[int, int]) -> bool:
    """'TAIZ, Dec. 4 (Sirah) - ...': the agency a dateline credits, in brackets after the
    day and before the dash, is no place ('GOMA (RDC) -' brackets the country, after a
    name, not a day)."""
    before = text[max(0, span[0] - 20) : span[0]]
    return bool(_DAY_OPENING_BRACKET.search(before)) and bool(
        _BRACKET_CLOSING_DATELINE.match(text, span[1])
    )


_DAY_OPENING_BRACKET = re.compile(r"\d{1,2}(?:\s+[A-Za-z]+\.?)?\s*\(\s*$")  # "4 (", "3 March ("
_BRACKET_CLOSING_DATELINE = re.compile(r"\s*\)\s*[-–—]")


def _in_personal_name(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """A name that is part of a person's name: the capitalised run holding it follows a title
    ('Dr Amina Rahat': neither word is a place) or is followed by an age ('Ali Musa, 38,').
    A country or province named alone after the title keeps its name ('President Kenya' is
    no person); as the last word of a full name it is a surname ('Dunia Escoto Rivera')."""
    run_start = _run_start(text, span[0])
    # the age may follow the rest of the name ('shot dead Wilmer Antonio Castro, 41, ...')
    rest = _NAME_WORDS_AFTER.match(text, span[1])
    age = _AGE_AFTER.match(text, rest.end() if rest else span[1])
    first = re.match(r"[A-Za-z.]+", text[run_start : span[0]])
    title_in_run = bool(first) and first.group(0).casefold() in cues().titles  # "Dr Nusrat"
    if not (_titled(text, run_start) or title_in_run or age):
        return _titled_elsewhere(text, run_start, span[1])
    if len(text[run_start : span[0]].split()) >= (2 if title_in_run else 1):
        return True  # the last word of a full name ('spokeswoman Dunia Escoto Rivera')
    top = gaz.candidates(text[span[0] : span[1]], loose=False)[:3]
    return not any(c.entry.feature in ("country", "province") for c in top)


def _title_of_a_name(
    text: str, span: tuple[int, int], gaz: Gazetteer, labels: dict[int, str]
) -> bool:
    """A title opening a capitalised name ('in Jeddah, Major Saad Al-Zahrani, said'), read
    into a list of places, names no place, with or without the name; a place the tagger or
    the tables take whole keeps its name ('General Santos', 'Major Island')."""
    name = text[span[0] : span[1]]
    after_a_town = text[: span[0]].endswith(", ")  # 'Baltimore, Md. The ...' is Maryland
    if _ABBREVIATION_BEFORE_NAME.match(text, span[1]) and not after_a_town:
        if name.casefold() in name_titles():
            return True  # 'Md. Shahadat Hossain': a name's abbreviation, no Maryland
    first, _, rest = name.partition(" ")
    if first.casefold() not in cues().titles:
        return False
    following = _CAPITALISED_NEXT.match(text, span[1])
    if not rest and not following:
        return False
    if not rest and following and labels.get(following.end() - 1) == "PERSON":
        return True  # 'the boat Miss Lorna': a title before the name the tagger calls a person
    if rest and labels.get(span[0]) in _PLACE_LABELS:
        return False
    return not any(c.match == "exact" for c in gaz.candidates(name, loose=False)[:3])


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
_ABBREVIATION_BEFORE_NAME = re.compile(r"\.[ \t]+[A-Z][a-z]")


_FOLLOWING_NAME_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def _titled_elsewhere(text: str, start: int, end: int) -> bool:
    """'the house of Edna Saw Munduruku', where the text has named 'the teacher Edna Saw
    Munduruku': a full name the text gives a title to once is a person's wherever it
    stands."""
    rest = _FOLLOWING_NAME_WORDS.match(text, end)
    if rest is None:
        return False
    name = text[start : rest.end()]
    return any(
        found.start() != start and _titled(text, found.start())
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
    )


def _run_start(text: str, start: int) -> int:
    """Where the run of capitalised words ending at `start` begins ('Dr Amina |Rahat')."""
    before = _CAPITALISED_WORDS_BEFORE.search(text[max(0, start - 60) : start])
    return start - len(before.group()) if before else start


def _told(text: str, span: tuple[int, int]) -> bool:
    """'one resident told Sirah.', 'fishermen told Sirah by phone that ...': who is told
    something is a person or an outlet, not a place; in 'told Utah lawmakers' or 'told
    Atlanta's station' the place names whom."""
    told = _TOLD_BEFORE.search(text, max(0, span[0] - 8), span[0])
    return bool(told) and bool(_HEARER_ENDS.match(text, span[1]))


_TOLD_BEFORE = re.compile(r"\btold\s+$")
_HEARER_ENDS = re.compile(r"\s*[,.;:\"”]|\s+(?:that|by|on|in|at|when|after|last|this)\b")


def _titled_work(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """A name after a capitalised 'The' inside a sentence is a title of a newspaper, book or
    organisation ('told The Valley Herald'), unless the gazetteer knows it ('The Hague')."""
    before = text[max(0, span[0] - 60) : span[0]]
    if not before.endswith("The ") or _sentence_start(before[:-4]):
        return False
    return not _knows(gaz, text[span[0] : span[1]])


def _cities_tagged_otherwise(
    doc: Doc, text: str, spans: list[tuple[int, int]], people: frozenset[str], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """A one-word person or organisation entity that is exactly the name of a large city
    ('Gainesville residents marched'): the tagger often takes a city for a person or team,
    while a person is rarely called by a large city's name alone. Surnames of people named
    in the article, stop names and titled names stay out."""
    c = cues()
    found = []
    for ent in doc.ents:
        name = ent.text.removesuffix("'s").removesuffix("\u2019s")
        if ent.label_ not in ("PERSON", "ORG") or " " in name or name in people:
            continue
        start, end = ent.start_char, ent.start_char + len(name)
        if name in c.stop_names or name.isupper() or any(s < end and start < e for s, e in spans):
            continue
        if not _titled(text, start) and (_large_city(gaz, name) or _part_of_a_city(gaz, name)):
            found.append((start, end))
    return found


def _part_of_a_city(gaz: Gazetteer, name: str) -> bool:
    """'Brussels-Midi', 'Rotterdam-Zuid': a large city hyphened to a word for a part of a
    town, which the tagger often takes for a station's or a club's name."""
    city, hyphen, part = name.partition("-")
    return bool(hyphen) and names_part_of_town(part) and _large_city(gaz, city)


def _titled(text: str, start: int) -> bool:
    """A title right before the name: 'Mr', 'General', 'coach'."""
    title = re.search(r"([A-Za-z.]+)\s+$", text[max(0, start - 20) : start])
    return bool(title) and title.group(1).casefold() in cues().titles


def _large_city(gaz: Gazetteer, name: str) -> bool:
    top = gaz.candidates(name, loose=False)[:3]
    return any(
        c.match == "exact" and c.entry.feature == "city" and c.entry.population >= _LARGE_CITY
        for c in top
    )


def _same_name_again(
    doc: Doc,
    text: str,
    spans: list[tuple[int, int]],
    people: frozenset[str],
    gaz: Gazetteer,
    cued: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Other occurrences of a place name already found in the article: one name keeps one
    sense within an article, though the tagger may call a city a team or a person in some
    sentences ('Edmonton needs ...'). An occurrence inside a longer entity ('Edmonton Police
    Service') or after a title ('Mr Kidal') is left out. `cued`: names a cue word made places,
    known to the gazetteer or not."""
    names = {text[s:e] for s, e in spans}
    names = {n for n in names if n not in people and len(n) > 2 and (n in cued or _knows(gaz, n))}
    if not names:
        return []
    entity_at = {pos: ent for ent in doc.ents for pos in range(ent.start_char, ent.end_char)}
    pattern = re.compile(rf"(?<![\w\-])(?:{_alternation(sorted(names))})(?![\w\-])")
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in spans + found):
            continue
        ent = entity_at.get(start)
        if ent is not None and (ent.start_char != start or ent.end_char > end + 2):
            continue  # part of a longer name
        if ent is not None and ent.label_ in _NON_NAMES:
            continue
        if not _titled(text, start):
            found.append((start, end))
    return found


def _tells_time(words: str) -> bool:
    """Whether words the tagger read as a date or a time name one: a day, or a month alone."""
    return bool(find_dates(words, _ANY_DAY)) or any(is_month_name(w) for w in words.split())


def _locative(before: str) -> bool:
    """A locative preposition right before the name ('from Kidal'); not 'from the X', which
    more often names an organisation, nor 'according to X'."""
    c = cues()
    words = re.findall(r"[A-Za-z]+", before[-30:])
    if not words or not before.endswith(" "):
        return False
    if words[-1].lower() == "off":
        return len(words) > 1 and words[-2].casefold() in c.at_sea_before_off
    if words[-1].lower() not in c.locative_prepositions:
        return False
    return len(words) < 2 or words[-2].casefold() not in c.not_locative_before


def _city_not_person(
    text: str, span: tuple[int, int], gaz: Gazetteer, labels: dict[int, str]
) -> bool:
    """A name the gazetteer knows as a city, unless a title stands before it ('Mr Gao') or
    the tagger saw a person's full name ('Ahmed Kidal Musa')."""
    start, end = span
    if text[start:end].isupper():
        return False  # 'agree to a UN': an acronym
    if labels.get(start) == "PERSON" and _person_entity_words(text, start, labels) > 1:
        return False
    title = re.search(r"([A-Za-z.]+)\s+$", text[max(0, start - 20) : start])
    if title and title.group(1).casefold() in cues().titles:
        return False
    top = gaz.candidates(text[start:end], loose=False)[:3]
    return any(c.match in ("exact", "folded") and c.entry.feature in _NAMED_AFTER_IN for c in top)


def _person_entity_words(text: str, start: int, labels: dict[int, str]) -> int:
    """How many words the PERSON entity covering `start` spans."""
    begin, end = start, start
    while begin > 0 and labels.get(begin - 1) == "PERSON":
        begin -= 1
    while labels.get(end) == "PERSON":
        end += 1
    return len(text[begin:end].split())


def _cue_before(before: str) -> bool:
    c = cues()
    return bool(c.before_re.search(before) or c.relative_re.search(before))


def _cue_after(after: str, named: object, known: bool) -> bool:
    """A unit word or an offset ('X, 20 km south of Y') after a run; a settlement or natural
    feature word, or a bearing ('X, south of Y'), too when the run is `named` (known, tagged
    or inside a sentence), as a sentence may open with any capitalised word ("Whole villages
    ...")."""
    c = cues()
    unit = c.units_re.match(after)
    if unit and not known and unit.group("unit") in c.office_heads:
        return False  # "the Fire Department": an office's name, not a department called Fire
    if unit or c.relative_after_re.match(after) or _listed(after, c.units_re):
        return True
    words = (c.settlement_after_re, c.natural_after_re, c.compass_after_re)
    return bool(named) and any(r.match(after) or _listed(after, r) for r in words)


def _dateline(text: str, start: int, end: int) -> bool:
    """An upper-case name opening a sentence, line or bracket before a comma, colon, dash or
    bracket: 'NAIROBI, 21 May -', '(NEW YORK) -', 'DALLAS (AP) -'."""
    opens = _sentence_start(text[max(0, start - 60) : start]) or bool(
        _DATELINE_HEAD.search(text, max(0, start - 5), start)
    )
    name = text[start:end]
    return opens and name.isupper() and bool(_DATELINE_TAIL.match(text, end))


def _possessed_by_place(before: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """'Syria's Raqqa', "Kenya's Garissa County": a place's possessive introduces a place."""
    found = cues().possessive_re.search(before)
    if not found:
        return False
    apostrophe = start - len(before) + found.start()
    return any(e == apostrophe for _, e in taken)


def _split_by_tagger(text: str, span: tuple[int, int], labels: dict[int, str]) -> bool:
    """Whether the tagger's entities cut the words of `span` apart: its first word labelled
    otherwise than the rest ('Spanish' a language and 'Town' a place)."""
    kinds = {labels.get(i) for i in range(*span) if not text[i].isspace()}
    return len(kinds) > 1


def _named_whole(gaz: Gazetteer, name: str) -> bool:
    """A name of several words the gazetteer holds as written, though a word of it reads as
    a function word ('Hoi An', 'A Luoi', 'Ba To')."""
    return " " in name and any(c.match == "exact" for c in gaz.candidates(name, loose=False)[:3])


def _ends_in_stop(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0] : span[1]].split(" ")
    # "St David" is a place's name, though 'David' alone is a man's (or a Panamanian town)
    saints = len(words) > 1 and _SAINTS_NAME.fullmatch(" ".join(words[-2:])) is not None
    return (words[-1] in cues().stop_names and not saints) or words[0] in cues().stop_names


def _loose_span(
    text: str,
    known: list[tuple[int, int]],
    prefixes: list[tuple[int, int]],
    gaz: Gazetteer,
    labels: dict[int, str],
) -> tuple[int, int]:
    """The longest prefix the gazetteer knows (loosely) or that spaCy saw as one entity;
    a name nothing knows is taken whole, as the cue around it delimits it."""
    if not known and not any(labels.get(p[0]) for p in prefixes):
        return prefixes[-1]
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


def _national(gaz: Gazetteer, name: str) -> bool:
    """Whether `name` names a country or region, or is a demonym ('US', 'Syria', 'Russian')."""
    return any(
        c.match == "demonym" or c.entry.feature in _NATIONAL
        for c in gaz.candidates(name, loose=False)[:3]
    )


def _previous_word(before: str) -> str:
    """The word before a name, past articles and adjectives: 'in rural X' gives 'in'."""
    c = cues()
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", before[-40:])
    while words and (words[-1].lower() in c.determiners or words[-1].lower() in c.modifiers):
        words.pop()
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


# ---------------------------------------------------------------- filters


def _names_a_place(
    doc: Doc, text: str, span: tuple[int, int], spans: list[tuple[int, int]], gaz: Gazetteer
) -> bool:
    """Drop spans that are not place mentions though they look like names."""
    name = text[span[0] : span[1]]
    if not _CAPITALISED.match(name) or _COMPOUND_ADJECTIVE.match(text, span[1]):
        return False  # "the park gate"; "US-led", "Kabul-based"
    if name.isupper() and len(name) > 1 and not _dateline(text, *span):
        if not (
            _place_in_capitals(name, gaz)
            or _in_log_entry_heading(text, span)
            or _after_a_place_label(text, span)
        ):
            return False
    return not _names_an_actor(doc, text, span, spans, gaz)


def _place_in_capitals(name: str, gaz: Gazetteer) -> bool:
    """An upper-case word outside a dateline: short ones are abbreviations ('US', 'NY',
    'B.C.'); a longer one is an acronym ('SANA') unless the gazetteer spells it so."""
    if len(re.sub(r"[^A-Z]", "", name)) <= _ABBREVIATION_LETTERS:
        return True
    spelled = getattr(gaz, "spelled", None)
    return spelled is None or spelled(name) or spelled(name + ".")


def _names_an_actor(
    doc: Doc, text: str, span: tuple[int, int], spans: list[tuple[int, int]], gaz: Gazetteer
) -> bool:
    """A country or demonym modifying a noun that is not a place noun names an actor:
    'US helicopters', 'Russian forces', "Kenya's ministry", but not 'the Syrian border'.
    Any name right before a word for an armed group or its members does too ('X fighters',
    'X militias'), unless a locative preposition stands before it."""
    if _before_actor_noun(text, span):
        return True
    if not _national(gaz, text[span[0] : span[1]]):
        return False
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None:
        return False
    root = tokens.root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or tokens.start <= head.i < tokens.end:
        return False
    if any(s <= head.idx < e for s, e in spans):
        return False  # "Syria's Raqqa": the head is itself a place
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in cues().place_nouns


# ---------------------------------------------------------------- context helpers


def _station_name(text: str, span: tuple[int, int]) -> bool:
    """'East End FM, a community radio station': a place's name that opens a station's."""
    word = re.match(r" ([A-Z][A-Za-z]*)\b", text[span[1] : span[1] + 12])
    return bool(word) and word.group(1) in cues().broadcaster_suffixes


def _closes_a_bodys_name(text: str, span: tuple[int, int]) -> bool:
    """'Caritas Goré and the women of the parish are feeding them': a place's name after a
    word that opens a body's name is the body's, which feeds or tells, not where it acts."""
    opener = re.search(r"\b([A-Z][a-z]+) $", text[max(0, span[0] - 12) : span[0]])
    return opener is not None and opener.group(1) in cues().body_openers


def _before_actor_noun(text: str, span: tuple[int, int]) -> bool:
    noun = re.match(r"\s+([a-z]+)\b", text[span[1] : span[1] + 30])
    if not noun or noun.group(1) not in cues().actor_nouns:
        return False
    return not _locative(text[max(0, span[0] - 60) : span[0]])


def _outlet_base(text: str, span: tuple[int, int]) -> bool:
    """'The Niamey news site Sahel Echo reported ...', 'a Lagos daily said': a town between
    an article and an outlet's word, the outlet's name or its words after them, is where
    the outlet is based; 'attacked the Kabul radio station' is in Kabul."""
    if not re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, span[0] - 5) : span[0]]):
        return False
    outlet = cues().outlet_nouns.match(text, span[1])
    if outlet is None:
        return False
    return bool(
        _NAME_NEXT.match(text, outlet.end()) or cues().speaks_after_re.match(text, outlet.end())
    )


_NAME_NEXT = re.compile(r",?\s+(?:[A-Z]|«|\")")


def _framing_unit(
    text: str,
    i: int,
    ordered: list[tuple[int, int]],
    starts: dict[int, int],
    sentence_starts: list[int],
) -> int | None:
    """'In Bolívar state, relatives said a shaft of a mine in the El Callao municipality
    collapsed': a sentence opened by a province, state or region holds the places it then
    names."""
    start = ordered[i][0]
    opening = _FRAME_OPENING.match(text, _start_of_sentence(text, start, sentence_starts))
    if opening is None:
        return None
    first = starts.get(opening.end())
    if first is None or first >= i:
        return None
    end = ordered[first][1]
    unit = cues().units_re.match(text[end : end + 40])
    if unit is None or _feature(text, ordered[first][0], end) not in _FRAMING_FEATURES:
        return None
    return first if _FRAME_CLOSE.match(text, end + unit.end()) else None


def _start_of_sentence(text: str, start: int, sentence_starts: list[int]) -> int:
    before = bisect.bisect_right(sentence_starts, start)
    return max(sentence_starts[before - 1] if before else 0, text.rfind("\n", 0, start) + 1)


_FRAME_OPENING = re.compile(r"\s*In\s+(?:the\s+)?")
_FRAME_CLOSE = re.compile(r"\s*,")
_FRAMING_FEATURES = frozenset({"province"})


def _feature(text: str, start: int, end: int) -> str | None:
    c = cues()
    tail = text[end : end + 80]
    if _facility_after_unit(tail) is not None:
        return None  # "the X State Hospital": the unit word belongs to a facility's name
    unit = c.units_re.match(tail) or _listed(tail, c.units_re)
    if unit:
        return c.units[_SPACE.sub(" ", unit.group("unit").lower())]
    natural = c.natural_after_re.match(tail) or _listed(tail, c.natural_after_re)
    if natural:
        return c.natural[natural.group("word").lower()]
    settle = c.settlement_after_re.match(tail) or _listed(tail, c.settlement_after_re)
    if settle:
        return c.settlements[_SPACE.sub(" ", settle.group("word").lower())]
    apposed = c.what_it_is_re.match(tail)
    if apposed:  # "Borgou, a village in Kpendjal prefecture": the apposition says what X is
        return c.settlements.get(apposed.group("word").lower())
    leading = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    if leading is not None and leading.group(1).lower() in c.units:
        return c.units[leading.group(1).lower()]  # "District Sukma"
    if _previous_word(text[max(0, start - 30) : start]).casefold() in c.unit_modifiers:
        return "province"  # "upstate New York"
    window = text[max(0, start - 60) : start]
    before = c.before_re.search(window)
    if before is None:
        return None
    words = re.findall(r"[a-z\-]+", before.group().lower())[::-1]
    cue = next((c.settlements[w] for w in words if w in c.settlements and w != "of"), None)
    if _a_part_of(window[: before.start()], words, c.part_of_words):
        return None  # "a residential neighbourhood of Sabya" lies in the town of Sabya
    if cue is None and _LIST_GOES_ON.match(text, end):
        # "the villages of Kosova and Misurići" names villages; "the villages of Swat" lie
        # in Swat, an area word's reading
        cue = next((_singular(w) for w in words if _singular(w) in _LISTED_SETTLEMENTS), None)
    # "the district of X" cues X; in "the Souq al-Juma district of X" the word is the
    # earlier name's, and X only contains it; "the Miskitu community of X", "the Druze town
    # of X" name a people, and X is the settlement
    ahead = window[: before.start()]
    if _NAME_BEFORE.search(ahead) and not (cue in _PEOPLED and _PEOPLE_ADJECTIVE.search(ahead)):
        return None
    return cue


_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _a_part_of(ahead: str, words: list[str], parts: frozenset[str]) -> bool:
    """'a (residential) neighbourhood of X', 'a suburb of X': one part among several of X,
    which is the town, while 'the neighbourhood of X' is named X. `words` are the cue's,
    backwards from the name; `ahead` the text before them."""
    word = next((w for w in words if w != "of"), None)
    return word in parts and bool(_INDEFINITE_BEFORE.search(ahead))


_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}$")


def _singular(word: str) -> str:
    """'villages' -> 'village', 'hamlets' -> 'hamlet'; other words as they are."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_LISTED_SETTLEMENTS = frozenset({"village", "town", "hamlet"})
_LIST_GOES_ON = re.compile(rf"\s*(?:,|\band\b)\s*[{_UPPER}]")


def _facility_after_unit(tail: str) -> str | None:
    """'State Hospital', 'District Prison', 'County Courthouse' after a name: the unit word
    is part of a facility's name, not a cue that the name is a unit."""
    words = re.match(r"\s+([A-Za-z-]+)\s+([A-Za-z]+)\b", tail)
    if words is None or words.group(1).lower() not in cues().units:
        return None
    facility = words.group(2).casefold()
    return facility if facility in cues().facility_words else None


_NUMBERED = re.compile(r"\s+(?:\d+[A-Za-z]?|[A-Z])\b")


def _facility(text: str, start: int, end: int) -> str | None:
    """The street or facility word that makes a name a spot inside a town: ending it ('Royal
    Street'), opening it ('University of Perpetual Help', 'Rue Casa Calvo'), right after it
    ('the Bywater neighbourhood') or introducing it ('the market of X')."""
    c = cues()
    words = text[start:end].split()
    lowered = [w.casefold().strip(",;:") for w in words]
    if len(words) > 1 and lowered[-1] in c.facility_words:
        return lowered[-1]
    if len(words) > 2 and lowered[-2] in c.facility_words and lowered[-1] in c.bearings:
        return lowered[-2]  # "Eglinton Avenue West"
    if len(words) > 1 and (
        lowered[0] in c.facility_openers
        or (lowered[0] in c.facility_words and lowered[1] in _JOINERS)
    ):
        return lowered[0]
    numbered = lowered[0] in c.facility_openers or lowered[0] in c.facility_words
    if len(words) == 1 and numbered and _NUMBERED.match(text, end):
        # "Rue 0", "Calle 5", "Avenue B": a numbered or lettered street; "Camp 13", "Camp
        # 1W": a numbered camp, no place of the word's name (Camp County, Texas)
        return lowered[0]
    after = re.match(r"\s+([A-Za-z]+)\b", text[end : end + 30])
    if after and after.group(1).casefold() in c.facility_words:
        return after.group(1).casefold()
    named_for_unit = _facility_after_unit(text[end : end + 40])
    if named_for_unit:
        return named_for_unit  # "the Getulio Vargas State Hospital"
    listed = _listed_facility(text, start, end)
    if listed:
        return listed
    before = c.facility_of_re.search(text[max(0, start - 40) : start])
    return before.group().split()[0].casefold() if before else None


def _listed_facility(text: str, start: int, end: int) -> str | None:
    """The facility word after a list of names: 'State and Hubbard streets' names two streets,
    where a lone 'Lagos streets' means the city's streets."""
    plural = _listed(text[end : end + 80], _FACILITY_PLURAL)
    if not plural and _LIST_HEAD.search(text[max(0, start - 40) : start]):
        plural = _FACILITY_PLURAL.match(text[end : end + 30])
    word = plural.group(1).casefold()[:-1] if plural else ""
    return word if word in cues().facility_words else None


def _listed(tail: str, word_re: re.Pattern[str]) -> re.Match[str] | None:
    """The plural word ending a list: 'X and Lakhimpur districts', 'X and Subansiri rivers'."""
    listed = _LIST_TAIL.match(tail)
    if not listed:
        return None
    word = word_re.match(tail[listed.end() :])
    return word if word and word.group().lower().endswith("s") else None


# a parenthesis of a few characters without Latin letters, digits or commas
_NATIVE_GLOSS = re.compile(r"\s*\((?:(?![A-Za-z0-9,()\n]).){1,24}\)")


def _after_unit(text: str, end: int) -> int:
    """Past the unit or feature word that follows a name ("X Province", "X Road"), or the
    word for a part of a place ("the Khudabadan area of Panjgur")."""
    tail = text[end : end + 40]
    word = (
        cues().units_re.match(tail)
        or cues().natural_after_re.match(tail)
        or cues().part_of_re.match(tail)
    )
    end = end + word.end() if word else end
    # the name in its own script: "Shatian (沙田村), a village in Anpu town"
    gloss = _NATIVE_GLOSS.match(text, end)
    return gloss.end() if gloss else end


def _parent(
    text: str,
    span: tuple[int, int],
    starts: dict[int, int],
    ordered: list[tuple[int, int]],
    gaz: Gazetteer,
) -> int | None:
    """The mention right after 'X, ' / 'X in ' / 'X of ' / 'X, in the municipality of ' that
    names X's containing unit."""
    start, end = span
    pos = _after_unit(text, end)
    gap = cues().parent_gap_re.match(text[pos : pos + 60])
    if not gap or pos + gap.end() not in starts:
        return None
    j = starts[pos + gap.end()]
    if _antonomasia(text, span, ordered[j], gap.group(), gaz):
        return None
    unit_word = (gap.group("unit") or "").lower()
    apposed_or_in = gap.group("said") or gap.group("apposed")
    if "," in gap.group() and not apposed_or_in and unit_word in cues().settlements:
        return None  # "55 km from Pelican Narrows, the northern village of Sandy Bay": a new place
    if "," not in gap.group() or gap.group("said") or gap.group("unit") or gap.group("apposed"):
        return j  # "X in Y", "X, in Y", "X, in the municipality of Y", "X, a village in Y"
    p_start, p_end = ordered[j]
    if _LIST_TAIL.match(text[p_end : p_end + 60]) and _continues_list(text, p_end, starts):
        return None  # "Iringa, Mbeya and Njombe": peers, not a container
    if _feature(text, p_start, p_end) in _UNITS:
        return j
    top = gaz.candidates(text[p_start:p_end], loose=False)[:3]
    if any(c.entry.feature in ("province", "country", "district") for c in top):
        return j
    return j if _quarter_of_town(text[start:end], top, gaz) else None


def _antonomasia(
    text: str, span: tuple[int, int], unit: tuple[int, int], gap: str, gaz: Gazetteer
) -> bool:
    """'the Nice of Russia': a famous city with 'the' before it, 'of' a place it does not lie
    in, stands for what it is known for; 'the Old City of Jerusalem' is a part of its city."""
    start, end = span
    if gap.strip().lower() != "of" or not re.search(
        r"\bthe\s+$", text[max(0, start - 5) : start], re.I
    ):
        return False
    famous = [
        c.entry
        for c in gaz.candidates(text[start:end], loose=False)
        if c.match == "exact"
        and c.entry.feature == "city"
        and (c.entry.population or 0) >= cues().antonomasia_min_population
    ]
    holders = {c.entry.country for c in gaz.candidates(text[unit[0] : unit[1]], loose=False)[:3]}
    return bool(famous) and not any(city.country in holders for city in famous)


def _quarter_of_town(name: str, town: Sequence[Candidate], gaz: Gazetteer) -> bool:
    """'Stanleytown, New Amsterdam': a name the tables hold in no country of the town after
    it, and only as small places, is a quarter or a village of that town, not a namesake
    elsewhere ('After Paris, London is ...' lists two cities)."""
    towns = [c for c in town if c.entry.feature in ("city", "town") and c.match == "exact"]
    if not towns:
        return False
    own = gaz.candidates(name, loose=False)
    small = cues().stray_max_population
    return (
        bool(own)
        and not any(c.entry.country == towns[0].entry.country for c in own)
        and all((c.entry.population or 0) < small for c in own)
    )


def _continues_list(text: str, end: int, starts: dict[int, int]) -> bool:
    nxt = re.match(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text[end : end + 10])
    return bool(nxt) and end + nxt.end() in starts


def _possessor(text: str, start: int, ends: dict[int, int]) -> int | None:
    """The place whose possessive stands before the mention: "Dadaab's Hagadera camp"."""
    before = text[max(0, start - 40) : start]
    found = cues().possessive_re.search(before)
    return ends.get(start - len(before) + found.start()) if found else None


def _list_possessor(
    i: int,
    lists: list[tuple[int, ...]],
    possessors: list[int | None],
    text: str,
    ordered: list[tuple[int, int]],
) -> int | None:
    """The possessor of the list the mention stands in, written once before its first item
    and shared by all when a plural word for parts closes the list: "Tripoli's Souq al-Juma
    and Ain Zara districts"; not "Washington's Dulles Airport and Moscow's", two places."""
    items = (i, *lists[i])
    first, last = min(items), max(items)
    if first == i or possessors[first] is None:
        return None
    after = _PLURAL_PART.match(text, ordered[last][1])
    return possessors[first] if after and after.group(1).lower() in cues().plural_parts else None


_PLURAL_PART = re.compile(r"\s+([a-z]+s)\b")


def _comma_after(text: str, end: int) -> bool:
    """'X, Y': only a comma stands before the containing unit, so X and Y may be peers of a
    list; 'X, in Y' and 'X, in the department of Y' say that Y contains X."""
    pos = _after_unit(text, end)
    gap = cues().parent_gap_re.match(text[pos : pos + 60])
    if gap is None or "," not in gap.group():
        return False
    return not (gap.group("said") or gap.group("unit") or gap.group("apposed"))


def _anchor(text: str, end: int, starts: dict[int, int]) -> tuple[int, Relative] | None:
    """'X, about 20 km south of Y': the mention Y that X's position is measured from; also
    past a word for what X is ('the Shaam area, some 30 km north-east of Y')."""
    pos = _after_unit(text, end)
    settlement = cues().settlement_after_re.match(text[pos : pos + 40])
    pos += settlement.end() if settlement else 0
    found = cues().relative_after_re.match(text[pos : pos + 80])
    if found and pos + found.end() in starts:
        return starts[pos + found.end()], _offset(found)
    # "X, south of Y", "X, on the southern edge of Y": a direction without a distance
    bearing = cues().bearing_after_re.match(text[pos : pos + 80])
    if bearing and pos + bearing.end() in starts:
        return starts[pos + bearing.end()], _unmeasured_offset(bearing)
    return None


def _unmeasured_offset(found: re.Match[str]) -> Relative:
    c = cues()
    bearing = c.bearings[found.group("bearing").lower().replace(" ", "")]
    phrase = _SPACE.sub(" ", found.group().strip(" ,"))
    return Relative(
        distance_km=c.unmeasured_km, bearing=float(bearing), text=phrase, measured=False
    )


def _relative(text: str, start: int) -> Relative | None:
    found = cues().relative_re.search(text[max(0, start - 80) : start])
    return _offset(found) if found else None


def _offset(found: re.Match[str]) -> Relative:
    c = cues()
    raw = found.group("num").lower().replace(",", ".")
    number = c.numbers.get(_SPACE.sub(" ", raw)) or float(raw)
    unit = c.distance_units[_SPACE.sub(" ", found.group("unit").lower())]
    bearing = c.bearings[found.group("bearing").lower().replace(" ", "")]
    phrase = _SPACE.sub(" ", found.group().strip(" ,"))
    return Relative(distance_km=number * unit, bearing=float(bearing), text=phrase)
