"""Vocabularies as data: loads the JSON files in `claimtrail/data/` once and checks them.

Code never spells a cue word itself; it asks this module. A user can extend the source
registry with their own file (`load_sources(extra=...)`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from claimtrail.errors import ClaimtrailError

SOURCE_KINDS = (
    "news_agency",
    "media",
    "official",
    "organization",
    "anonymous",
    "eyewitness",
    "author",
)


class VocabularyError(ClaimtrailError):
    """A data file is missing a key or holds a value of the wrong kind."""


def read_data(name: str) -> dict[str, Any]:
    """Parse one JSON file shipped in `claimtrail/data/`."""
    text = resources.files("claimtrail.data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase on word boundaries, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class ActionClass:
    name: str
    rank: int
    generic: bool
    lemmas: tuple[str, ...]


@dataclass(frozen=True)
class Actions:
    classes: dict[str, ActionClass]
    by_lemma: dict[str, str]  # "take away" -> "evacuate"
    event_nouns: dict[str, str]
    recipient_actions: frozenset[str] = frozenset()
    weapon_agents: dict[str, str] = field(default_factory=dict)
    compatible_groups: tuple[frozenset[str], ...] = ()
    counted_nouns: frozenset[str] = frozenset()
    patient_actions: dict[str, str] = field(default_factory=dict)
    patient_changes: frozenset[str] = frozenset()
    sequence_prepositions: frozenset[str] = frozenset()
    trend_verbs: frozenset[str] = frozenset()
    growth_verbs: frozenset[str] = frozenset()  # "an outbreak has grown to 146 cases"
    reaction_verbs: frozenset[str] = frozenset()  # "condemned the attack": one already told
    back_references: frozenset[str] = frozenset()
    mass_nouns_told_before: frozenset[str] = frozenset()  # "the fighting"
    refuge_verbs: frozenset[str] = frozenset()
    housing_verbs: frozenset[str] = frozenset()
    housing_refuges: frozenset[str] = frozenset()
    homes_left: frozenset[str] = frozenset()  # "moved out of 14 villages"
    refuges: frozenset[str] = frozenset()
    custody_modifiers: frozenset[str] = frozenset()
    households: frozenset[str] = frozenset()
    public_buildings: frozenset[str] = frozenset()
    care_verbs: frozenset[str] = frozenset()
    care_given_at: frozenset[str] = frozenset()  # "treated at the hospital in X"
    seized_people: frozenset[str] = frozenset()
    detained_vessels: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    aid_modifiers: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    injury_nouns: frozenset[str] = frozenset()
    arms_verbs: frozenset[str] = frozenset()
    sweeping_verbs: frozenset[str] = frozenset()  # "swept away by a torrent"
    overflowing_verbs: frozenset[str] = frozenset()  # "the river overflowed"
    livestock_verbs: frozenset[str] = frozenset()  # "raiders drove off 600 goats"
    livestock_particles: frozenset[str] = frozenset()
    livestock_particle_verbs: frozenset[str] = frozenset()
    vehicle_taking_verbs: frozenset[str] = frozenset()  # "his car was driven away by the men"
    vehicle_particles: frozenset[str] = frozenset()
    vehicle_particle_verbs: frozenset[str] = frozenset()
    taken_vehicles: frozenset[str] = frozenset()
    vehicle_takers: frozenset[str] = frozenset()
    livestock: frozenset[str] = frozenset()
    overflowing_water: frozenset[str] = frozenset()
    sweeping_particles: frozenset[str] = frozenset()
    swept_people: frozenset[str] = frozenset()
    swept_structures: frozenset[str] = frozenset()
    swept_counts: frozenset[str] = frozenset()
    goods_taken_away: frozenset[str] = frozenset()
    contraband_finding_verbs: frozenset[str] = frozenset()  # "recovered eight rifles"
    contraband: frozenset[str] = frozenset()  # "Captagon pills", beside the arms
    taking_verbs: frozenset[str] = frozenset()
    captors: frozenset[str] = frozenset()
    captor_modifiers: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    relief_goods: frozenset[str] = frozenset()
    care_modifiers: frozenset[str] = frozenset()  # "first aid": care, not goods
    dousing_goods: frozenset[str] = frozenset()  # "dropping water on the ridge"
    dousing_prepositions: frozenset[str] = frozenset()
    failing_verbs: frozenset[str] = frozenset()
    structures: frozenset[str] = frozenset()
    structure_falling_verbs: frozenset[str] = frozenset()  # "the roof came down"
    structure_falling_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    falling_structures: frozenset[str] = frozenset()
    structure_parts: frozenset[str] = frozenset()
    replacing_phrases: frozenset[str] = frozenset()  # "the jugo gave way to a bura"
    breaking_forces: frozenset[str] = frozenset()
    jamming_verbs: frozenset[str] = frozenset()  # "GPS signals were jammed"
    signals: frozenset[str] = frozenset()
    slipping_verbs: frozenset[str] = frozenset()  # "a large slip came down"
    slipping_down_only: frozenset[str] = frozenset()
    slips: frozenset[str] = frozenset()
    ground_verbs: frozenset[str] = frozenset()  # "a section of hillside gave way"
    ground: frozenset[str] = frozenset()
    ground_parts: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()  # "feared dead"
    believed_states: frozenset[str] = frozenset()
    dead_finding_verbs: frozenset[str] = frozenset()
    firing_verbs: frozenset[str] = frozenset()  # "fired dozens of rounds at soldiers"
    projectile_verbs: frozenset[str] = frozenset()  # "fired a missile": the object is the weapon
    rounds: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    no_targets: frozenset[str] = frozenset()  # "into the air"
    incident_nouns: frozenset[str] = frozenset()
    confirming_verbs: frozenset[str] = frozenset()
    arms: frozenset[str] = frozenset()
    blockade_verbs: frozenset[str] = frozenset()
    street_verbs: frozenset[str] = frozenset()  # "took to the streets"
    street_prepositions: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    street_crowds: frozenset[str] = frozenset()
    fighting_verbs: frozenset[str] = frozenset()
    deadly_ends: frozenset[str] = frozenset()  # "trampled a farmer to death"
    fight_prepositions: frozenset[str] = frozenset()
    fight_opponents: frozenset[str] = frozenset()
    gathering_with_demands: frozenset[str] = frozenset()
    demand_participles: frozenset[str] = frozenset()
    gathering_purposes: frozenset[str] = frozenset()
    gathering_hazards: frozenset[str] = frozenset()
    carrying_verbs: frozenset[str] = frozenset()
    carried_people: frozenset[str] = frozenset()
    uprooting_verbs: frozenset[str] = frozenset()
    flight_purposes: frozenset[str] = frozenset()  # "left their homes to escape"
    forcing_verbs: frozenset[str] = frozenset()
    going_along: frozenset[str] = frozenset()
    vehicle_forcing_verbs: frozenset[str] = frozenset()
    arson_verbs: frozenset[str] = frozenset()  # 'set fire to', 'burned', 'torched'
    deliberate_arson_verbs: frozenset[str] = frozenset()  # 'was set on fire', 'torched'
    arsonists: frozenset[str] = frozenset()  # who burns on purpose: 'settlers', 'a mob'
    planting_verbs: frozenset[str] = frozenset()
    planted_objects: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    uprooted_people: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()  # '64 families left Sinune'
    left_settlements: frozenset[str] = frozenset()  # '... and the villages of the plain'
    removal_verbs: frozenset[str] = frozenset()  # 'removed several hundred miners from the pits'
    removed_people: frozenset[str] = frozenset()
    destination_prepositions: frozenset[str] = frozenset()
    fire_words: frozenset[str] = frozenset()
    coming_verbs: frozenset[str] = frozenset()  # "came under fire"
    carried_counts: frozenset[str] = frozenset()  # "dozens of the injured"
    care_places: frozenset[str] = frozenset()  # "flown to the Santo Tomás Hospital"
    mine_verbs: frozenset[str] = frozenset()  # "struck a mine"
    robbing_verbs: frozenset[str] = frozenset()  # "men armed with hammers robbed a shop"
    force_words: frozenset[str] = frozenset()
    rock_verbs: frozenset[str] = frozenset()  # "rocks came down onto the highway"
    falling_rocks: frozenset[str] = frozenset()
    rocks_down_only: frozenset[str] = frozenset()
    going_off_verbs: frozenset[str] = frozenset()  # "a bomb went off"
    picking_verbs: frozenset[str] = frozenset()  # "picked up by a patrol boat"
    picking_particles: dict[str, str] = field(default_factory=dict)  # pick -> up, take -> off
    killing_shots: dict[str, str] = field(default_factory=dict)  # open -> fire, fire -> ''
    gun_rounds: frozenset[str] = frozenset()  # "fired shots", not "fired shells"
    sea_rescuers: frozenset[str] = frozenset()
    devices_going_off: frozenset[str] = frozenset()
    setting_off_verbs: frozenset[str] = frozenset()  # "set off a car bomb"
    throwing_verbs: frozenset[str] = frozenset()  # "a grenade was thrown over the wall"
    thrown_explosives: frozenset[str] = frozenset()
    dropping_verbs: frozenset[str] = frozenset()  # "an aircraft dropped bombs on the market"
    dropped_explosives: frozenset[str] = frozenset()
    falling_verbs: frozenset[str] = frozenset()  # "shells fell on the town"
    finding_verbs: frozenset[str] = frozenset()  # "received the bodies of 11 civilians"
    dead_bodies: frozenset[str] = frozenset()
    natural_death_verbs: frozenset[str] = frozenset()
    natural_death_adverbs: frozenset[str] = frozenset()
    natural_death_phrases: frozenset[str] = frozenset()
    beating_verbs: frozenset[str] = frozenset()  # "beat several of them"
    seeing_verbs: frozenset[str] = frozenset()  # "witnessed officers arrest 14 members"
    risk_nouns: frozenset[str] = frozenset()  # "risks from airstrikes, shelling and mines"
    beaten_people: frozenset[str] = frozenset()
    felling_verbs: frozenset[str] = frozenset()  # "pushed her to the floor"
    killing_verbs: frozenset[str] = frozenset()  # "three prisoners were hanged"
    ground_nouns: frozenset[str] = frozenset()
    hidden_explosives: frozenset[str] = frozenset()
    ranking_degrees: frozenset[str] = frozenset()  # "the hardest hit"
    specific_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    under_attack: dict[str, str] = field(default_factory=dict)
    soldier_captors: frozenset[str] = frozenset()
    captor_dress: frozenset[str] = frozenset()
    orders_carried_out: frozenset[str] = frozenset()
    blockaders: frozenset[str] = frozenset()
    storm_verbs: frozenset[str] = frozenset()
    named_storm_words: frozenset[str] = frozenset()
    strike_nouns: frozenset[str] = frozenset()
    strike_modifiers: frozenset[str] = frozenset()
    strike_verbs: frozenset[str] = frozenset()
    on_strike_verbs: frozenset[str] = frozenset()
    stoppage_nouns: frozenset[str] = frozenset()
    work_stopping_verbs: frozenset[str] = frozenset()  # 'workers stopped work'
    stopped_work: frozenset[str] = frozenset()
    striking_workers: frozenset[str] = frozenset()
    captives: frozenset[str] = frozenset()
    authorities: frozenset[str] = frozenset()
    capturing_verbs: frozenset[str] = frozenset()  # 'police captured the suspect'
    capture_suspects: frozenset[str] = frozenset()
    leading_away_verbs: frozenset[str] = frozenset()  # "police took away four men"
    suspects: frozenset[str] = frozenset()
    police_takers: frozenset[str] = frozenset()
    cared_for: frozenset[str] = frozenset()
    custody_places: frozenset[str] = frozenset()
    custody_people: frozenset[str] = frozenset()
    intention_heads: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    area_units: frozenset[str] = frozenset()
    square_units: frozenset[str] = frozenset()
    charge_heads: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    frequency_determiners: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    modal_auxiliaries: frozenset[str] = frozenset()
    frequency_adverbs: frozenset[str] = frozenset()
    frequency_nouns: frozenset[str] = frozenset()
    long_period_words: frozenset[str] = frozenset()
    short_periods: frozenset[str] = frozenset()
    period_prepositions: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    separate_reports: frozenset[str] = frozenset()
    separate_after_lead: frozenset[str] = frozenset()
    another_determiners: frozenset[str] = frozenset()
    another_ordinals: frozenset[str] = frozenset()
    another_nouns: frozenset[str] = frozenset()
    operation_lemmas: frozenset[str] = frozenset()
    looting_lemmas: frozenset[str] = frozenset()
    object_vetoes: dict[str, frozenset[str]] = field(default_factory=dict)
    subject_vetoes: dict[str, frozenset[str]] = field(default_factory=dict)
    collision_verbs: frozenset[str] = frozenset()  # "the car hit a wall", not "was hit"
    counting_nouns: frozenset[str] = frozenset()  # "head" in "4.6 million head of livestock"
    controlled_nouns: frozenset[str] = frozenset()  # "took control of the situation"
    demand_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    quelling_verbs: frozenset[str] = frozenset()  # "the fire was brought under control"
    causing_verbs: frozenset[str] = frozenset()  # "the fire had been started by a man"
    relating_verbs: frozenset[str] = frozenset()  # "not linking the fire to any other"
    request_verbs: frozenset[str] = frozenset()  # "appealed to them to leave": asked for
    mandative_verbs: frozenset[str] = frozenset()  # "demanding that police arrest him"
    absence_nouns: frozenset[str] = frozenset()  # "no evidence that ...": denied, not told
    month_names: frozenset[str] = frozenset()
    figurative_actions: frozenset[str] = frozenset()
    abstract_subjects: frozenset[str] = frozenset()
    figurative_institutions: frozenset[str] = frozenset()  # only 'collapse' figuratively
    figurative_weather: frozenset[str] = frozenset()  # only 'attack' figuratively

    def by_patient(self, action: str, patient_head: str) -> str:
        """'a giraffe was killed' is poaching, 'seized six civilians' an abduction, 'the
        trawler was detained' a seizure: some patients change the action."""
        if action in self.patient_changes:
            return self.patient_actions.get(patient_head, action)
        if action == "seize" and patient_head in self.seized_people:
            return "abduct"
        if action == "arrest" and patient_head in self.detained_vessels:
            return "seize"
        return action

    def compatible(self, a: str, b: str) -> bool:
        """Whether two actions may describe one occurrence (an attack that kills)."""
        return a == b or any(a in group and b in group for group in self.compatible_groups)

    def takes_recipient(self, action: str) -> bool:
        """Actions whose patient is the party served ('to X'), not the object moved."""
        return action in self.recipient_actions

    def rank(self, action: str) -> int:
        return self.classes[action].rank

    def is_generic(self, action: str) -> bool:
        return self.classes[action].generic


@lru_cache(maxsize=1)
def actions() -> Actions:
    raw = read_data("actions.json")
    classes: dict[str, ActionClass] = {}
    by_lemma: dict[str, str] = {}
    for name, spec in raw["actions"].items():
        lemmas = tuple(spec["lemmas"])
        classes[name] = ActionClass(name, int(spec["rank"]), bool(spec.get("generic")), lemmas)
        for lemma in lemmas:
            by_lemma.setdefault(lemma, name)
    nouns = {k: v for k, v in raw["event_nouns"].items() if not k.startswith("_")}
    unknown = set(nouns.values()) - classes.keys()
    weapons = {k: v for k, v in raw.get("weapon_agents", {}).items() if not k.startswith("_")}
    unknown |= set(weapons.values()) - classes.keys()
    if unknown:
        raise VocabularyError(f"actions.json names unknown actions {sorted(unknown)}")
    groups = tuple(frozenset(g) for g in raw["compatible"]["groups"])
    unknown |= set().union(*groups) - classes.keys()
    if unknown:
        raise VocabularyError(f"actions.json names unknown actions {sorted(unknown)}")
    recipients = frozenset(raw.get("recipient_actions", ()))
    patients = raw["patient_actions"]
    unknown |= (set(patients["patients"].values()) | set(patients["from"])) - classes.keys()
    if unknown:
        raise VocabularyError(f"actions.json names unknown actions {sorted(unknown)}")
    return Actions(
        classes,
        by_lemma,
        nouns,
        recipients,
        weapons,
        groups,
        counted_nouns=frozenset(raw["counted_event_nouns"]["nouns"]),
        patient_actions=dict(patients["patients"]),
        patient_changes=frozenset(patients["from"]),
        sequence_prepositions=frozenset(raw["nominal_contexts"]["sequence_prepositions"]),
        trend_verbs=frozenset(raw["nominal_contexts"]["trend_verbs"]),
        growth_verbs=frozenset(raw["nominal_contexts"]["growth_verbs"]),
        reaction_verbs=frozenset(raw["nominal_contexts"]["reaction_verbs"]),
        back_references=frozenset(raw["nominal_contexts"]["back_references"]),
        mass_nouns_told_before=frozenset(raw["nominal_contexts"]["mass_nouns_told_before"]),
        refuge_verbs=frozenset(raw["moved_to_safety"]["verbs"]),
        housing_verbs=frozenset(raw["moved_to_safety"]["housing_verbs"]),
        housing_refuges=frozenset(raw["moved_to_safety"]["housing_refuges"]),
        refuges=frozenset(raw["moved_to_safety"]["refuges"]),
        custody_modifiers=frozenset(raw["moved_to_safety"]["custody_modifiers"]),
        households=frozenset(raw["moved_to_safety"]["households"]),
        public_buildings=frozenset(raw["moved_to_safety"]["public_buildings"]),
        homes_left=frozenset(raw["moved_to_safety"]["homes_left"]),
        care_verbs=frozenset(raw["treated_for_injuries"]["verbs"]),
        care_given_at=frozenset(raw["treated_for_injuries"]["care_given_at"]),
        seized_people=frozenset(raw["seized_people"]["nouns"]),
        detained_vessels=frozenset(raw["detained_vessels"]["nouns"]),
        aid_nouns=frozenset(raw["aid_arrivals"]["nouns"]),
        aid_modifiers=frozenset(raw["aid_arrivals"]["modifiers"]),
        arrival_verbs=frozenset(raw["aid_arrivals"]["verbs"]),
        injury_nouns=frozenset(raw["treated_for_injuries"]["nouns"]),
        arms_verbs=frozenset(raw["taken_arms"]["verbs"]),
        contraband_finding_verbs=frozenset(raw["found_contraband"]["verbs"]),
        contraband=frozenset(raw["found_contraband"]["objects"]),
        taking_verbs=frozenset(raw["taken_people"]["verbs"]),
        captors=frozenset(raw["taken_people"]["agents"]),
        captor_modifiers=frozenset(raw["taken_people"]["modifiers"]),
        sending_verbs=frozenset(raw["goods_sent"]["verbs"]),
        relief_goods=frozenset(raw["goods_sent"]["goods"]),
        care_modifiers=frozenset(raw["goods_sent"]["care_modifiers"]),
        dousing_goods=frozenset(raw["goods_sent"]["dousing_goods"]),
        dousing_prepositions=frozenset(raw["goods_sent"]["dousing_prepositions"]),
        failing_verbs=frozenset(raw["failed_structures"]["verbs"]),
        structures=frozenset(raw["failed_structures"]["subjects"]),
        structure_falling_verbs=frozenset(raw["structures_falling"]["verbs"]),
        structure_falling_particles={
            verb: frozenset(particles)
            for verb, particles in raw["structures_falling"]["verbs"].items()
        },
        falling_structures=frozenset(raw["structures_falling"]["subjects"]),
        structure_parts=frozenset(raw["structures_falling"]["parts"]),
        replacing_phrases=frozenset(raw["giving_way_to"]["phrases"]),
        breaking_forces=frozenset(raw["giving_way_to"]["forces"]),
        jamming_verbs=frozenset(raw["jammed_signals"]["verbs"]),
        signals=frozenset(raw["jammed_signals"]["signals"]),
        slipping_verbs=frozenset(raw["earth_slips"]["verbs"]),
        slipping_down_only=frozenset(raw["earth_slips"]["down_only"]),
        slips=frozenset(raw["earth_slips"]["subjects"]),
        ground_verbs=frozenset(raw["earth_slips"]["ground_verbs"]),
        ground=frozenset(raw["earth_slips"]["ground"]),
        ground_parts=frozenset(raw["earth_slips"]["ground_parts"]),
        rock_verbs=frozenset(raw["earth_slips"]["rock_verbs"]),
        falling_rocks=frozenset(raw["earth_slips"]["rocks"]),
        rocks_down_only=frozenset(raw["earth_slips"]["rocks_down_only"]),
        belief_verbs=frozenset(raw["believed_dead"]["verbs"]),
        dead_finding_verbs=frozenset(raw["believed_dead"]["finding_verbs"]),
        believed_states=frozenset(raw["believed_dead"]["states"]),
        firing_verbs=frozenset(raw["rounds_fired"]["verbs"]),
        projectile_verbs=frozenset(raw["rounds_fired"]["projectile_verbs"]),
        rounds=frozenset(raw["rounds_fired"]["rounds"]),
        target_prepositions=frozenset(raw["rounds_fired"]["prepositions"]),
        no_targets=frozenset(raw["rounds_fired"]["no_targets"]),
        incident_nouns=frozenset(raw["incident_nouns"]["nouns"]),
        confirming_verbs=frozenset(raw["incident_nouns"]["verbs"]),
        arms=frozenset(raw["taken_arms"]["objects"]),
        blockade_verbs=frozenset(raw["blockades"]["verbs"]),
        street_verbs=frozenset(raw["street_protests"]["verbs"]),
        street_prepositions=frozenset(raw["street_protests"]["prepositions"]),
        streets=frozenset(raw["street_protests"]["streets"]),
        street_crowds=frozenset(raw["street_protests"]["crowds"]),
        fighting_verbs=frozenset(raw["fights"]["verbs"]),
        deadly_ends=frozenset(raw["to_death"]["nouns"]),
        fight_prepositions=frozenset(raw["fights"]["prepositions"]),
        fight_opponents=frozenset(raw["fights"]["opponents"]),
        gathering_with_demands=frozenset(raw["gatherings_with_demands"]["verbs"]),
        demand_participles=frozenset(raw["gatherings_with_demands"]["purposes"]),
        gathering_purposes=frozenset(raw["gatherings_with_demands"]["purpose_verbs"]),
        gathering_hazards=frozenset(raw["gatherings_with_demands"]["hazards"]),
        carrying_verbs=frozenset(raw["people_carried"]["verbs"]),
        carried_people=frozenset(raw["people_carried"]["people"]),
        uprooting_verbs=frozenset(raw["people_uprooted"]["verbs"]),
        flight_purposes=frozenset(raw["people_uprooted"]["flight_purposes"]),
        forcing_verbs=frozenset(raw["forced_along"]["verbs"]),
        going_along=frozenset(raw["forced_along"]["going"]),
        vehicle_forcing_verbs=frozenset(raw["forced_into_vehicles"]["verbs"]),
        arson_verbs=frozenset(raw["arson"]["verbs"]),
        deliberate_arson_verbs=frozenset(raw["arson"]["deliberate"]),
        arsonists=frozenset(raw["arson"]["doers"]),
        planting_verbs=frozenset(raw["denied_planting"]["verbs"]),
        planted_objects=frozenset(raw["denied_planting"]["objects"]),
        vehicles=frozenset(raw["forced_into_vehicles"]["vehicles"]),
        uprooted_people=frozenset(raw["people_uprooted"]["people"]),
        leaving_verbs=frozenset(raw["people_uprooted"]["leaving_verbs"]),
        left_settlements=frozenset(raw["people_uprooted"]["settlements"]),
        removal_verbs=frozenset(raw["people_uprooted"]["removal_verbs"]),
        removed_people=frozenset(raw["people_uprooted"]["removed_people"]),
        destination_prepositions=frozenset(raw["people_uprooted"]["destinations"]),
        fire_words=frozenset(raw["set_alight"]["words"]),
        coming_verbs=frozenset(raw["under_attack"]["verbs"]),
        carried_counts=frozenset(raw["people_carried"]["counts"]),
        care_places=frozenset(raw["people_carried"]["care_places"]),
        mine_verbs=frozenset(raw["mines_struck"]["verbs"]),
        robbing_verbs=frozenset(raw["robbed_by_force"]["verbs"]),
        force_words=frozenset(raw["robbed_by_force"]["force_words"]),
        going_off_verbs=frozenset(raw["devices_going_off"]["verbs"]),
        picking_verbs=frozenset(raw["picked_up_at_sea"]["verbs"]),
        picking_particles=dict(raw["picked_up_at_sea"]["verbs"]),
        killing_shots=dict(raw["shots_that_killed"]["verbs"]),
        gun_rounds=frozenset(raw["shots_that_killed"]["rounds"]),
        sea_rescuers=frozenset(raw["picked_up_at_sea"]["rescuers"]),
        devices_going_off=frozenset(raw["devices_going_off"]["devices"]),
        setting_off_verbs=frozenset(raw["devices_set_off"]["verbs"]),
        throwing_verbs=frozenset(raw["explosives_thrown"]["verbs"]),
        thrown_explosives=frozenset(raw["explosives_thrown"]["devices"]),
        dropping_verbs=frozenset(raw["explosives_dropped"]["verbs"]),
        dropped_explosives=frozenset(raw["explosives_dropped"]["devices"]),
        falling_verbs=frozenset(raw["weapons_falling"]["verbs"]),
        finding_verbs=frozenset(raw["bodies_found"]["verbs"]),
        dead_bodies=frozenset(raw["bodies_found"]["nouns"]),
        natural_death_verbs=frozenset(raw["natural_deaths"]["verbs"]),
        natural_death_adverbs=frozenset(raw["natural_deaths"]["adverbs"]),
        natural_death_phrases=frozenset(raw["natural_deaths"]["phrases"]),
        beating_verbs=frozenset(raw["people_beaten"]["verbs"]),
        seeing_verbs=frozenset(raw["seen_doing"]["verbs"]),
        risk_nouns=frozenset(raw["risks"]["nouns"]),
        beaten_people=frozenset(raw["people_beaten"]["people"]),
        felling_verbs=frozenset(raw["people_beaten"]["felling_verbs"]),
        killing_verbs=frozenset(raw["people_beaten"]["killing_verbs"]),
        ground_nouns=frozenset(raw["people_beaten"]["grounds"]),
        hidden_explosives=frozenset(raw["mines_struck"]["devices"]),
        ranking_degrees=frozenset(raw["not_occurrences"]["ranking_degrees"]),
        specific_kinds={k: frozenset(v) for k, v in raw["specific_kinds"]["kinds"].items()},
        under_attack=dict(raw["under_attack"]["nouns"]),
        soldier_captors=frozenset(raw["taken_people"]["soldier_agents"]),
        captor_dress=frozenset(raw["taken_people"]["dress"]),
        orders_carried_out=frozenset(raw["not_occurrences"]["orders_carried_out"]),
        blockaders=frozenset(raw["blockades"]["subjects"]),
        storm_verbs=frozenset(raw["storm_passes"]["verbs"]),
        named_storm_words=frozenset(raw["storm_passes"]["named_only"]),
        strike_nouns=frozenset(raw["labour_strikes"]["nouns"]),
        strike_modifiers=frozenset(raw["labour_strikes"]["modifiers"]),
        strike_verbs=frozenset(raw["labour_strikes"]["verbs"]),
        on_strike_verbs=frozenset(raw["labour_strikes"]["on_verbs"]),
        stoppage_nouns=frozenset(raw["labour_strikes"]["always"]),
        work_stopping_verbs=frozenset(raw["labour_strikes"]["stopping_verbs"]),
        stopped_work=frozenset(raw["labour_strikes"]["stopped_things"]),
        striking_workers=frozenset(raw["labour_strikes"]["workers"]),
        captives=frozenset(raw["held_captive"]["people"]),
        sweeping_verbs=frozenset(raw["swept_away"]["verbs"]),
        overflowing_verbs=frozenset(raw["overflowing_water"]["verbs"]),
        livestock_verbs=frozenset(raw["taken_livestock"]["verbs"]),
        livestock_particles=frozenset(raw["taken_livestock"]["particles"]),
        livestock_particle_verbs=frozenset(raw["taken_livestock"]["needs_particle"]),
        livestock=frozenset(raw["taken_livestock"]["animals"]),
        vehicle_taking_verbs=frozenset(raw["taken_vehicles"]["verbs"]),
        vehicle_particles=frozenset(raw["taken_vehicles"]["particles"]),
        vehicle_particle_verbs=frozenset(raw["taken_vehicles"]["needs_particle"]),
        taken_vehicles=frozenset(raw["taken_vehicles"]["vehicles"]),
        vehicle_takers=frozenset(raw["taken_vehicles"]["takers"]),
        overflowing_water=frozenset(raw["overflowing_water"]["water"]),
        sweeping_particles=frozenset(raw["swept_away"]["particles"]),
        swept_people=frozenset(raw["swept_away"]["people"]),
        swept_structures=frozenset(raw["swept_away"]["structures"]),
        swept_counts=frozenset(raw["swept_away"]["counts"]),
        goods_taken_away=frozenset(raw["goods_taken_away"]["goods"]),
        authorities=frozenset(raw["held_captive"]["authorities"]),
        capturing_verbs=frozenset(raw["captured_by_authorities"]["verbs"]),
        capture_suspects=frozenset(raw["captured_by_authorities"]["suspects"]),
        leading_away_verbs=frozenset(raw["led_away_in_custody"]["verbs"]),
        suspects=frozenset(raw["led_away_in_custody"]["suspects"]),
        police_takers=frozenset(raw["led_away_in_custody"]["police"]),
        cared_for=frozenset(raw["led_away_in_custody"]["cared_for"]),
        custody_places=frozenset(raw["led_away_in_custody"]["custody_places"]),
        custody_people=frozenset(raw["led_away_in_custody"]["custody_people"]),
        intention_heads=frozenset(raw["not_occurrences"]["intention_heads"]),
        prevention_verbs=frozenset(raw["not_occurrences"]["prevention_verbs"]),
        area_units=frozenset(raw["not_occurrences"]["area_units"]),
        square_units=frozenset(raw["not_occurrences"]["square_units"]),
        charge_heads=frozenset(raw["not_occurrences"]["charge_heads"]),
        gathering_verbs=frozenset(raw["not_occurrences"]["gathering_verbs"]),
        frequency_determiners=frozenset(raw["not_occurrences"]["frequency_determiners"]),
        tally_verbs=frozenset(raw["not_occurrences"]["tally_verbs"]),
        modal_auxiliaries=frozenset(raw["not_occurrences"]["modal_auxiliaries"]),
        frequency_adverbs=frozenset(raw["not_occurrences"]["frequency_adverbs"]),
        frequency_nouns=frozenset(raw["not_occurrences"]["frequency_nouns"]),
        long_period_words=frozenset(raw["not_occurrences"]["long_period_words"]),
        short_periods=frozenset(raw["not_occurrences"]["short_periods"]),
        period_prepositions=frozenset(raw["not_occurrences"]["period_prepositions"]),
        period_nouns=frozenset(raw["not_occurrences"]["period_nouns"]),
        separate_reports=frozenset(raw["separate_reports"]["actions"]),
        separate_after_lead=frozenset(raw["separate_reports"]["after_the_lead"]),
        another_determiners=frozenset(raw["other_occurrences"]["determiners"]),
        another_ordinals=frozenset(raw["other_occurrences"]["ordinals"]),
        another_nouns=frozenset(raw["other_occurrences"]["nouns"]),
        operation_lemmas=frozenset(raw["separate_reports"]["operation_lemmas"]),
        looting_lemmas=frozenset(raw["separate_reports"]["looting_lemmas"]),
        object_vetoes={
            verb: frozenset(objects) for verb, objects in raw["object_vetoes"]["verbs"].items()
        },
        counting_nouns=frozenset(raw["object_vetoes"]["counting_nouns"]),
        controlled_nouns=frozenset(raw["object_vetoes"]["controlled"]),
        subject_vetoes={
            verb: frozenset(nouns) for verb, nouns in raw["object_vetoes"]["subjects"].items()
        },
        collision_verbs=frozenset(raw["object_vetoes"]["collision_verbs"]),
        demand_verbs=frozenset(raw["not_occurrences"]["demand_verbs"]),
        occurrence_verbs=frozenset(raw["not_occurrences"]["occurrence_verbs"]),
        quelling_verbs=frozenset(raw["not_occurrences"]["quelling_verbs"]),
        causing_verbs=frozenset(raw["not_occurrences"]["causing_verbs"]),
        relating_verbs=frozenset(raw["not_occurrences"]["relating_verbs"]),
        request_verbs=frozenset(raw["not_occurrences"]["request_verbs"]),
        mandative_verbs=frozenset(raw["not_occurrences"]["mandative_verbs"]),
        absence_nouns=frozenset(raw["not_occurrences"]["absence_nouns"]),
        month_names=frozenset(raw["not_occurrences"]["month_names"]),
        figurative_actions=frozenset(raw["abstract_subjects"]["actions"]),
        abstract_subjects=frozenset(raw["abstract_subjects"]["nouns"]),
        figurative_institutions=frozenset(raw["abstract_subjects"]["institutions"]),
        figurative_weather=frozenset(raw["abstract_subjects"]["weather"]),
    )


@dataclass(frozen=True)
class AttributionCues:
    speech_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]  # ('according', 'to'), ('as', 'per')
    according_to_openers: tuple[tuple[str, ...], ...]  # ('per',): only opening a clause
    document_openers: tuple[tuple[str, ...], ...]  # ('based', 'on'): ... and before a document
    denial_verbs: frozenset[str]
    evidential_nouns: frozenset[str]
    lowercase_evidential_nouns: frozenset[str]
    pointed_evidential_nouns: frozenset[str]  # 'this information': a claim only when pointed at
    blanket_adverbs: frozenset[str]
    falsity_words: frozenset[str] = frozenset()
    falsity_verbs: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()  # 'called the report false'
    accusing_verbs: frozenset[str] = frozenset()
    truth_words: frozenset[str] = frozenset()
    refused_things: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()  # 'no civilian was harmed'
    harmed_civilians: frozenset[str] = frozenset()
    disowning_verbs: frozenset[str] = frozenset()  # 'we have no connection to the blast'
    not_involved_verbs: frozenset[str] = frozenset()  # 'the police are not involved in it'
    disowning_nouns: frozenset[str] = frozenset()
    recording_verbs: frozenset[str] = frozenset()  # 'no such incident has been reported'
    records: frozenset[str] = frozenset()
    contradicting_words: frozenset[str] = frozenset()  # 'contrary to the claims'


@lru_cache(maxsize=1)
def attribution_cues() -> AttributionCues:
    raw = read_data("attribution.json")
    return AttributionCues(
        speech_verbs=frozenset(raw["speech_verbs"]),
        citing_verbs=frozenset(raw["citing_verbs"]),
        telling_verbs=frozenset(raw["telling_verbs"]),
        according_to=tuple(tuple(p.split()) for p in raw["according_to"]["phrases"]),
        according_to_openers=tuple(tuple(p.split()) for p in raw["according_to"]["clause_openers"]),
        document_openers=tuple(tuple(p.split()) for p in raw["according_to"]["document_openers"]),
        denial_verbs=frozenset(raw["denial_verbs"]),
        evidential_nouns=frozenset(raw["evidential_nouns"]),
        lowercase_evidential_nouns=frozenset(raw["lowercase_evidential_nouns"]),
        pointed_evidential_nouns=frozenset(raw["pointed_evidential_nouns"]),
        blanket_adverbs=frozenset(raw["blanket_adverbs"]),
        falsity_words=frozenset(raw["falsity_words"]),
        falsity_verbs=frozenset(raw["falsity_verbs"]),
        calling_verbs=frozenset(raw["calling_verbs"]),
        accusing_verbs=frozenset(raw["accusing_verbs"]),
        truth_words=frozenset(raw["truth_words"]),
        refused_things=frozenset(raw["refused_things"]),
        harm_verbs=frozenset(raw["harmed_civilians"]["verbs"]),
        harmed_civilians=frozenset(raw["harmed_civilians"]["subjects"]),
        disowning_verbs=frozenset(raw["disowning"]["verbs"]),
        not_involved_verbs=frozenset(raw["disowning"]["not_involved"]),
        disowning_nouns=frozenset(raw["disowning"]["nouns"]),
        recording_verbs=frozenset(raw["none_on_record"]["verbs"]),
        records=frozenset(raw["none_on_record"]["records"]),
        contradicting_words=frozenset(raw["contradicting"]["words"]),
    )


@lru_cache(maxsize=1)
def hedge_pattern() -> re.Pattern[str]:
    return phrase_pattern(read_data("hedges.json")["cues"])


@dataclass(frozen=True)
class RegisteredSource:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    owner: str = "unknown"
    reliability: str = "F"


@dataclass(frozen=True)
class SourceVocabulary:
    registry: tuple[RegisteredSource, ...]
    kind_nouns: dict[str, str]  # lowercased noun or phrase -> kind
    anonymous_markers: re.Pattern[str]
    person_roles: frozenset[str] = frozenset()
    name_tails: frozenset[str] = frozenset()
    portfolio_heads: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()  # "do" in "Tribuna do Oiapoque"
    locating_prepositions: frozenset[str] = frozenset()  # "in" of "agents in Lokoja LGA"
    role_groups: tuple[frozenset[str], ...] = ()
    # a generic role and the titles it may name again: "the officer" after "Inspector X"
    role_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    masthead_words: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    document_type_words: frozenset[str] = frozenset()  # "press" in "a police press release"
    owned_documents: frozenset[str] = frozenset()  # "answer": a document only with its giver
    platforms: frozenset[str] = frozenset()  # "Facebook" in "a Facebook post": where, not who
    inanimate_speakers: frozenset[str] = frozenset()
    contact_verbs: frozenset[str] = frozenset()
    self_naming_verbs: frozenset[str] = frozenset()  # 'who identified himself as X'
    generic_bodies: frozenset[str] = frozenset()  # "the company" after "a Gulfmark spokesperson"
    clergy_titles: frozenset[str] = frozenset()  # "Father" in "Father Anselmo Cuamba said"
    shared_name_words: frozenset[str] = frozenset()  # "State" of "State Police", "State Guard"
    rank_modifiers: frozenset[str] = frozenset()  # "Senior" of "Senior Superintendent"
    _by_alias: dict[str, RegisteredSource] = field(default_factory=dict, repr=False)
    _by_alias_folded: dict[str, RegisteredSource] = field(default_factory=dict, repr=False)
    _aliases: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def same_role(self, a: str, b: str) -> bool:
        """Whether a later role word `a` may name the person an earlier word `b` named:
        'official' and 'officer' name the same kind of person, and 'the officer' may be an
        inspector or a colonel named before (but a colonel is no inspector)."""
        if a == b or b in self.role_titles.get(a, ()):
            return True
        return any(a in group and b in group for group in self.role_groups)

    def lookup(self, text: str) -> RegisteredSource | None:
        """The registered source named in `text` (longest alias found), if any."""
        if self._aliases is None:
            return None
        found = [m.group(0) for m in self._aliases.finditer(text)]
        if not found:
            return None
        longest = max(found, key=len)
        if _acronym(longest) and re.search(rf"\(\s*{re.escape(longest)}\s*\)", text):
            return None  # 'the Sahel Press Agency (SPA)': another outlet spelled out
        return self._by_alias.get(longest) or self._by_alias_folded[longest.lower()]


def _alias_pattern(aliases: Iterable[str]) -> re.Pattern[str]:
    """One regex for every alias, built once: acronyms ('AP', 'HINA') must match in case,
    lest a name or a word spelled alike ('Hina', 'spa') be taken for an outlet."""
    ordered = sorted(aliases, key=len, reverse=True)
    exact = [re.escape(a) for a in ordered if _acronym(a)]
    loose = [re.escape(a) for a in ordered if not _acronym(a)]
    parts = [f"(?i:{'|'.join(loose)})"] if loose else []
    parts += exact
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")


MAX_ACRONYM_LETTERS = 5  # 'ANGOP'


def _acronym(alias: str) -> bool:
    return len(alias) <= 3 or (alias.isupper() and len(alias) <= MAX_ACRONYM_LETTERS)


def _registry_entries(raw: list[dict[str, Any]]) -> list[RegisteredSource]:
    entries = []
    for item in raw:
        kind = item["kind"]
        if kind not in SOURCE_KINDS:
            raise VocabularyError(f"source {item.get('name')!r}: unknown kind {kind!r}")
        reliability = item.get("reliability", "F")
        if reliability not in "ABCDEF" or len(reliability) != 1:
            raise VocabularyError(f"source {item['name']!r}: reliability must be one of A-F")
        entries.append(
            RegisteredSource(
                name=item["name"],
                kind=kind,
                aliases=tuple(item.get("aliases", ())),
                country=item.get("country"),
                owner=item.get("owner", "unknown"),
                reliability=reliability,
            )
        )
    return entries


_user_sources: list[Path] = []  # set once per process by use_sources_file()


def use_sources_file(path: Path | None) -> None:
    """Add a user's registry file (same shape as data/sources.json) for this process."""
    _user_sources[:] = [Path(path)] if path is not None else []


def sources(extra: Path | None = None) -> SourceVocabulary:
    """The shipped registry, plus a user's registry file whose entries take precedence."""
    chosen = extra if extra is not None else (_user_sources[0] if _user_sources else None)
    return _sources(chosen)


def source_registry(extra: Path | None = None) -> tuple[RegisteredSource, ...]:
    """The registry as the pipeline sees it: the user's entries first."""
    return sources(extra).registry


def _read_user_registry(path: Path) -> list[RegisteredSource]:
    try:
        user = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise VocabularyError(f"cannot read the source registry {path}: {error}") from error
    items = user.get("registry", user) if isinstance(user, dict) else user
    if not isinstance(items, list):
        raise VocabularyError(f"{path}: expected a list of sources under 'registry'")
    try:
        return _registry_entries(items)
    except (KeyError, TypeError) as error:
        raise VocabularyError(f"{path}: each source needs 'name' and 'kind' ({error})") from error


@lru_cache(maxsize=4)
def _sources(extra: Path | None) -> SourceVocabulary:
    raw = read_data("sources.json")
    entries = _registry_entries(raw["registry"])
    if extra is not None:
        entries = _read_user_registry(extra) + entries
    by_alias: dict[str, RegisteredSource] = {}
    for entry in entries:
        for alias in (entry.name, *entry.aliases):
            by_alias.setdefault(alias, entry)
    kind_nouns = {
        noun.lower(): kind
        for kind, nouns in raw["kind_nouns"].items()
        if not kind.startswith("_")
        for noun in nouns
    }
    return SourceVocabulary(
        registry=tuple(entries),
        kind_nouns=kind_nouns,
        anonymous_markers=phrase_pattern(raw["anonymous_markers"]),
        person_roles=frozenset(raw["person_roles"]["nouns"]),
        name_tails=frozenset(raw["name_tails"]["words"]),
        portfolio_heads=frozenset(raw["portfolio_heads"]["words"]),
        name_joiners=frozenset(raw["name_joiners"]["words"]),
        locating_prepositions=frozenset(raw["locating_prepositions"]["words"]),
        role_groups=tuple(frozenset(g) for g in raw["role_equivalents"]["groups"]),
        role_titles={
            role: frozenset(titles) for role, titles in raw["role_equivalents"]["titles"].items()
        },
        masthead_words=frozenset(raw["masthead_words"]["words"]),
        document_nouns=frozenset(raw["document_nouns"]["words"]),
        document_type_words=frozenset(raw["document_nouns"]["type_words"]),
        owned_documents=frozenset(raw["document_nouns"]["owned_only"]),
        platforms=frozenset(raw["document_nouns"]["platforms"]),
        inanimate_speakers=frozenset(raw["inanimate_speakers"]["nouns"]),
        contact_verbs=frozenset(raw["contact_verbs"]["verbs"]),
        self_naming_verbs=frozenset(raw["self_naming_verbs"]["verbs"]),
        generic_bodies=frozenset(raw["generic_bodies"]["words"]),
        clergy_titles=frozenset(raw["clergy_titles"]["words"]),
        shared_name_words=frozenset(raw["shared_name_words"]["words"]),
        rank_modifiers=frozenset(raw["rank_modifiers"]["words"]),
        _by_alias=by_alias,
        _by_alias_folded={alias.lower(): entry for alias, entry in reversed(by_alias.items())},
        _aliases=_alias_pattern(by_alias),
    )


@dataclass(frozen=True)
class ActorVocabulary:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    generic_heads: frozenset[str]
    affiliations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forces: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def forces_named(self, text: str) -> set[str]:
        """The state forces a phrase names: 'soldiers and VDP' -> {'army'}."""
        return {force for force, pattern in self.forces if pattern.search(text)}

    def with_affiliations(self, actor: str | None) -> set[str]:
        """The actor and those it acts for ('US-led coalition' -> United States)."""
        if actor is None:
            return set()
        return {actor, *self.affiliations.get(actor, ())}

    def normalise(self, text: str, head: str | None = None) -> str | None:
        for actor, pattern in self.patterns:
            if pattern.search(text):
                return actor
        if head and head.lower() in self.generic_heads:
            return head.lower()
        return None


@lru_cache(maxsize=1)
def actors() -> ActorVocabulary:
    raw = read_data("actors.json")
    patterns = []
    for item in raw["actors"]:
        # Acronyms are matched case-sensitively so "IS" does not fire on "is".
        exact = [p for p in item["patterns"] if p.isupper()]
        loose = [p for p in item["patterns"] if not p.isupper()]
        parts = []
        if exact:
            parts.append(rf"(?<![\w-])(?:{'|'.join(map(re.escape, exact))})(?![\w])")
        if loose:
            parts.append(rf"(?i:(?<![\w-])(?:{'|'.join(map(re.escape, loose))})(?![\w]))")
        patterns.append((item["actor"], re.compile("|".join(parts))))
    affiliations = {
        actor: tuple(others)
        for actor, others in raw.get("affiliations", {}).items()
        if not actor.startswith("_")
    }
    forces = tuple(
        (force, re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE))
        for force, words in raw["forces"].items()
        if not force.startswith("_")
    )
    return ActorVocabulary(
        tuple(patterns), frozenset(raw["generic_heads"]["heads"]), affiliations, forces
    )


@dataclass(frozen=True)
class EvaluativeCues:
    """The words of the author's own judgement (see data/evaluative.json)."""

    judging: dict[str, str]  # word -> "discredit" | "endorse"
    falsity: dict[str, str]
    intensifiers: frozenset[str]
    self_judging: dict[str, str]
    judged_nouns: frozenset[str]
    proof_nouns: frozenset[str]  # judged only by endorsing words ("irrefutable evidence")
    certainty: re.Pattern[str]
    initial_certainty: re.Pattern[str]
    rhetorical: re.Pattern[str]
    voice_verbs: frozenset[str]
    conditions: frozenset[str]
    tentative_modals: frozenset[str]
    tentative_adverbs: frozenset[str]


def _labelled(groups: dict[str, Any]) -> dict[str, str]:
    """{"discredit": [words], "endorse": [words]} -> {word: label}."""
    labelled = {label: words for label, words in groups.items() if not label.startswith("_")}
    return {word: label for label, words in labelled.items() for word in words}


@lru_cache(maxsize=1)
def evaluative_cues() -> EvaluativeCues:
    raw = read_data("evaluative.json")
    certainty = raw["certainty"]
    return EvaluativeCues(
        judging=_labelled(raw["judging_modifiers"]),
        falsity=_labelled(raw["falsity_modifiers"]),
        intensifiers=frozenset(raw["intensifiers"]["words"]),
        self_judging=_labelled(raw["self_judging_nouns"]),
        judged_nouns=frozenset(raw["judged_nouns"]["words"]),
        proof_nouns=frozenset(raw["judged_nouns"]["endorse_only"]),
        certainty=phrase_pattern(certainty["always"]),
        initial_certainty=phrase_pattern(certainty["sentence_initial"]),
        rhetorical=phrase_pattern(raw["rhetorical"]["openings"]),
        voice_verbs=frozenset(raw["voice_verbs"]["words"]),
        conditions=frozenset(raw["conditions"]["words"]),
        tentative_modals=frozenset(raw["conditions"]["tentative_modals"]),
        tentative_adverbs=frozenset(raw["conditions"]["tentative_adverbs"]),
    )


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    """Ranks and honorifics that may stand before a surname, lower case and without a full
    stop: the abbreviations of titles.json ('col', 'dr') and the roles written out
    ('colonel', 'spokesman')."""
    titles = read_data("titles.json")
    abbreviations = {t.lower().rstrip(".") for t in titles["abbreviations"]}
    initials = {t.lower() for t in titles["rank_initials"]}
    return frozenset(abbreviations | initials) | sources().person_roles


@lru_cache(maxsize=1)
def official_ranks() -> frozenset[str]:
    """Abbreviated ranks of armed forces, police and public office, lower case without the
    final full stop ('col', 'supt', 'lt.-col')."""
    titles = read_data("titles.json")
    ranks = (t.lower().rstrip(".") for t in titles["official_ranks"])
    return frozenset(ranks) | {t.lower() for t in titles["rank_initials"]}


@lru_cache(maxsize=1)
def titles_in_full() -> frozenset[str]:
    """Words set before a name and no part of it ('Professor', 'Pastor', 'Operation'),
    lower case."""
    return frozenset(t.lower() for t in read_data("titles.json")["titles_in_full"])


@lru_cache(maxsize=1)
def name_honorifics() -> frozenset[str]:
    """Religious and customary titles written in full before a name ('Mawlawi', 'Sheikh'),
    lower case; inside a name ('Omar Haji Adan') such a word is part of it."""
    return frozenset(t.lower() for t in read_data("titles.json")["honorifics"])
