"""Finds event triggers: verbs (and event nouns under generic verbs) from the action vocabulary.

A trigger carries its action, its agent and patient phrases, and whether it is negated.
Triggers that only talk about reports as a kind ("reports of helicopters extracting
militants") or about the future are left out: they are not accounts of an occurrence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimtrail.model import ActorMention
from claimtrail.vocab import actions, actors, attribution_cues

DEFINITE = frozenset({"the", "this", "that"})  # "the strike": one already told

# Dependants that complete a phrasal trigger: "take away", "fire on", "open fire", "shoot dead".
PHRASE_DEPS = {"prt", "advmod", "oprd", "acomp", "prep", "dobj"}
MAX_EVIDENTIAL_HOPS = 4
MAX_CHARGE_DEPTH = 4  # words up from an act to the charge clause that holds it
YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True)
class Trigger:
    token_index: int
    start_char: int
    end_char: int
    action: str
    agent: ActorMention | None
    patient: ActorMention | None
    negated: bool
    hearsay: bool = False  # under "reports of ...": an account only when it names its own date
    oblique: bool = False  # named in passing ("after an explosion"), not the clause's own event
    habitual: bool = False  # present tense ("fuel is transported by road"): no single occurrence
    recurring: bool = False  # "every year", "often": never one occurrence, even when dated
    # in a clause set beside the main one ("..., while landslides claimed two lives"): the
    # sentence's own event is the main clause's
    aside: bool = False


def find_triggers(doc: Doc) -> list[Trigger]:
    """All event triggers of the document in text order."""
    triggers = []
    for token in doc:
        action = _action_of(token)
        if action is None or _hypothetical(token) or _denied_content(token):
            continue
        if _descriptive(token) or _figurative(token, action) or _says_what_an_event_did(token):
            continue
        if action == "displace" and (_while_leaving(token) or _left_to_do(token)):
            continue  # "seized as he left his home", "left home to visit friends": no flight
        if action == "collapse" and _a_person_collapsed(token):
            continue  # "a worker collapsed and died": taken ill, no structure fell
        if _vetoed_by_object(token) or _nobody_did(token) or _the_charge(token) or _bare(token):
            continue  # "executed a drugs warrant", "no one had been arrested"
        if _a_table_label(token):
            continue  # "People killed ........ 3", "K = killed": a table's row or legend
        if _activity_as_subject(token) or _denies_only_how(token):
            continue  # "burning a police post is not the way", "never caught fire by itself"
        if action in _HELD and _bare_participle(token):
            continue  # "if those arrested are not released": people the story has told of
        if _asked_about(token):
            continue  # "did not say how many civilians had died"
        if action == "kill" and _died_naturally(token):
            continue  # "who died peacefully after a long illness": no one was killed
        if _reacted_to(token):
            continue  # "condemned this cowardly attack": one already told
        if action == "destroy" and (_burned_area(token) or _fire_still_burning(token)):
            continue  # "the fire has burned 7,120 acres": the fire's extent
        agent, patient = _participants(token)
        triggers.append(
            Trigger(
                token.i,
                token.idx,
                token.idx + len(token.text),
                _arrest_if_captured_by_authorities(
                    token, _refined(action, agent, _patient_head(token), _instrument(token))
                ),
                agent,
                patient,
                negated=_negated(token),
                hearsay=_about_reports(token),
                oblique=token.dep_ == "pobj" and not _reported_event(token),
                habitual=_present_tense(token),
                recurring=_recurring(token) and not _blockade_since_a_day(token, action),
                aside=_in_clause_aside(token) or _shots_that_killed(token),
            )
        )
    return triggers


def _arrest_if_captured_by_authorities(verb: Token, action: str) -> str:
    """'police captured the suspect', 'he was captured at a farm outside the town': a person
    the authorities capture (or no one named), and a suspect or one known by an alias
    whoever captures them, is arrested; rebels who capture soldiers abduct them, and a
    captured town or truck is seized."""
    vocab = actions()
    if verb.lemma_ not in vocab.capturing_verbs or action not in {"seize", "abduct"}:
        return action
    captured = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if captured is None or not _a_captured_person(captured):
        return action
    if _names_one_of(captured, vocab.capture_suspects) or captured.lower_ in vocab.capture_suspects:
        return "arrest"  # 'we captured alias "Pecoso"': only the law pursues suspects
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    takers += [w for c in verb.children if c.dep_ == "agent" for w in c.children]
    if not takers and captured.dep_ == "nsubjpass":
        return "arrest"
    authorities = vocab.authorities
    held_by = any(w.lemma_.lower() in authorities for t in takers for w in t.subtree)
    return "arrest" if held_by else action


def _a_captured_person(noun: Token) -> bool:
    vocab = actions()
    if noun.like_num:
        # 'recaptured four of them', 'captured two of the escaped inmates'
        of_whom = next((w for c in noun.children if c.lower_ == "of" for w in c.children), None)
        if of_whom is None:
            return True  # 'two were recaptured': a bare count counts people, not towns
        noun = of_whom
    if noun.lower_ in {"he", "she", "him", "her", "them"} or noun.ent_type_ == "PERSON":
        return True
    words = vocab.captives | vocab.capture_suspects
    return noun.lemma_.lower() in words or noun.lower_ in words  # 'alias', lemmatised 'alia'


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _listed_as_a_risk(token: Token) -> bool:
    """'civilians face serious risks from airstrikes, shelling, landmines and detention', 'the
    threat of shelling': events named in the list after a word for a risk may come, none
    happened; a clause of its own in between ('the risk of floods rose after it rained')
    tells what did."""
    risks = actions().risk_nouns
    sent = token.sent
    for word in reversed(token.doc[sent.start : token.i]):
        if word.tag_ in _FINITE_TAGS:
            return False
        if word.lemma_.lower() in risks and word.i + 1 < token.i:
            return token.doc[word.i + 1].lower_ in ("of", "from")
    return False


def _done_without(token: Token) -> bool:
    """'without a single shot being fired', 'without firing a shot', 'without any fighting': what a
    deed was done without did not happen."""
    word = token.head if token.dep_ == "dobj" and token.head.dep_ == "pcomp" else token
    return word.dep_ in {"pcomp", "pobj"} and word.head.lower_ == "without"


def _shots_that_killed(token: Token) -> bool:
    """'opened fire on a group of migrants, killing a woman': the deaths the shots caused,
    told by a participle, name the account; the shots are set beside them. So do deaths the
    shots are the clause of: 'three porters were killed when border guards opened fire'."""
    vocab = actions()
    particle = vocab.killing_shots.get(token.lemma_)
    if particle is None:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    wanted = {particle} if particle else vocab.gun_rounds
    if (particle or objects) and not any(o.lemma_.lower() in wanted for o in objects):
        return False  # 'fired artillery shells at ...': a shelling
    if _when_clause(token) and _action_of(_clause_verb(token)) == "kill":
        return True
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and _action_of(c) == "kill" for c in token.children
    )


def _when_clause(verb: Token) -> bool:
    """Whether `verb` heads a clause opened by 'when' or 'as'."""
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "as"} for c in verb.children)


def _clause_verb(token: Token) -> Token:
    """The verb of the clause `token` hangs on, however the parser attached it ('were shot
    dead in the hills near the border, when guards opened fire': 'opened' on 'border')."""
    head = token.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def _a_person_collapsed(verb: Token) -> bool:
    vocab = actions()
    people = vocab.swept_people | vocab.carried_people
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in people for c in verb.children)


def _negated(token: Token) -> bool:
    """'were not arrested', and an event noun the object of a negated verb: 'did not set
    fire to any camp', 'did not carry out a raid'."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return token.dep_ == "dobj" and any(c.dep_ == "neg" for c in token.head.children)


def _denies_only_how(token: Token) -> bool:
    """'This market never caught fire by itself', 'did not catch fire on its own': a negation
    of how an event came about, which tells of no event but of the cause of one told."""
    return _negated(token) and _unaided(token.head if token.dep_ == "dobj" else token)


def _unaided(verb: Token) -> bool:
    """'by itself', 'on its own'."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [w for w in prep.children if w.dep_ == "pobj"]
        if prep.lower_ == "by" and any(_reflexive(w) for w in objects):
            return True
        if prep.lower_ == "on" and any(w.lower_ == "own" for w in objects):
            return True
    return False


def _reflexive(token: Token) -> bool:
    """'itself', 'themselves'."""
    return token.lower_.endswith(("self", "selves"))


def _in_clause_aside(token: Token) -> bool:
    """Inside an adverbial clause opened by 'while', 'whereas' or 'as' ('moved 64 families to
    the sports centre as a fire came down towards the houses')."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in ancestor.children
        ):
            return True
        # the parser may read the clause's 'as' as a preposition with the subject its object
        if ancestor.dep_ == "pobj" and ancestor.head.lower_ in _ASIDE_MARKS:
            return True
    return False


_ASIDE_MARKS = frozenset({"while", "whereas", "as"})


def _refined(
    action: str, agent: ActorMention | None, patient_head: Token | None, instrument: str | None
) -> str:
    """The weapon or the victim may say what kind of event it was."""
    if patient_head is not None:
        action = actions().by_patient(action, _patient_word(patient_head))
    by_agent = _by_weapon(action, agent.text if agent is not None else None)
    return by_agent if by_agent != action else _by_weapon(action, instrument)


def _patient_word(head: Token) -> str:
    """The word that says what the patient is: for a name, the common noun set before it
    ('the longliner Fetu Ao 7', parsed as a modifier of the name)."""
    if head.pos_ == "PROPN":
        described = [c for c in head.lefts if c.dep_ in {"amod", "compound"} and c.is_lower]
        if described:
            return described[-1].lower_
        # 'Father Wilfrid Exantus, 61, a priest of the diocese, was seized by armed men'
        role = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if role is not None:
            return role.lower_
        if head.ent_type_ == "PERSON":
            return "person"
    return head.lower_


def _patient_head(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _instrument(verb: Token) -> str | None:
    """'struck Kharkiv with two guided aerial bombs': the weapon the verb was done with."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # the weapons, not where they were used ('with clubs ... in the flood-recession
            # fields'): a phrase hung on them is left out
            hung = {t.i for c in obj.subtree if c.dep_ == "prep" for t in c.subtree}
            return " ".join(t.text for t in obj.subtree if t.i not in hung)
    if verb.lemma_ in actions().projectile_verbs:
        return _what_was_fired(verb)
    return None


def _what_was_fired(verb: Token) -> str | None:
    """'fired 18 rounds from 120 mm mortars at the town', 'fired mortar rounds at': what was
    fired, and what from, tell the weapon; the target ('at a drone') does not."""
    words: list[str] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        hung = {
            t.i
            for c in obj.subtree
            if c.dep_ == "prep" and c.lower_ not in {"from", "of"}
            for t in c.subtree
        }
        words += [t.text for t in obj.subtree if t.i not in hung]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        words += [t.text for t in prep.subtree]
    return " ".join(words) or None


def _present_tense(verb: Token) -> bool:
    """Simple present, active or passive: what usually happens, not what happened."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _by_weapon(action: str, agent: str | None) -> str:
    """'A drone struck the bus', 'struck the town with a guided bomb': the weapon tells what
    kind of attack it was."""
    if agent is None or action not in {"attack", "kill", "injure", "destroy", "land", "collapse"}:
        return action
    words = agent.lower().split()
    weapons = actions().weapon_agents
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    # "a drone strike", "an artillery shell": the weapon may stand before the head noun
    for key in (*reversed(pairs), *reversed(words)):
        if key in weapons and (action != "land" or weapons[key] in {"shell", "cyclone"}):
            # "mortar rounds landed on houses": shelling; "the tornado touched down": no landing
            return weapons[key]
    return action


def _labour_strike(noun: Token) -> bool:
    """A stoppage by workers ('went on strike', 'a general strike', 'the dockers' strike',
    'kept up a strike'), a sit-in or a walkout: a protest, unlike a strike from the air."""
    vocab = actions()
    word = noun.lower_
    if _hyphenated(noun) in vocab.stoppage_nouns:
        return noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    if word not in vocab.strike_nouns:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "on":
        verb = head.head  # "went on strike", not "voted to go on strike"
        return verb.lemma_ in vocab.on_strike_verbs and not _hypothetical(verb)
    if noun.dep_ not in {"nsubj", "dobj"} or _hypothetical(head):
        return False  # "asked the unions for a national strike", "voted to extend the strike"
    marked = any(
        c.dep_ in {"amod", "compound", "poss"} and c.lemma_.lower() in vocab.strike_modifiers
        for c in noun.children
    )
    if noun.dep_ == "dobj":
        return _verb_among(head, vocab.strike_verbs) or (
            marked and head.lemma_ not in vocab.demand_verbs
        )
    return marked


def _hyphenated(token: Token) -> str:
    """The word a token ends, with the parts the tokenizer split at its hyphens ('sit-in')."""
    doc, start = token.doc, token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not (doc[start - 1].whitespace_ or doc[start - 2].whitespace_)
    ):
        start -= 2
    return doc[start : token.i + 1].text.lower()


def _verb_among(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb's lemma, or its form, is one of `lemmas` (the tagger lemmatises 'staged'
    as 'stag')."""
    if verb.lemma_ in lemmas:
        return True
    word = verb.lower_
    return any(word in (f"{v}d", f"{v}ed", f"{v}s", f"{v.removesuffix('e')}ing") for v in lemmas)


def _action_of(token: Token) -> str | None:
    action = _named_action(token)
    if action == "destroy" and burned_on_purpose(token):
        return "attack"  # arson: 'soldiers set fire to fourteen houses'
    return action


def burned_on_purpose(token: Token) -> bool:
    """Whether the burning a verb, or the fire a verb sets ('set fire to', 'was set on fire'),
    tells of is arson."""
    verb = token
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        verb = token.head
    elif token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    return verb.pos_ == "VERB" and _burned_on_purpose(verb)


def _burned_on_purpose(verb: Token) -> bool:
    """'settlers torched olive groves', 'a crowd set fire to the police post', 'two trucks were
    set on fire': people burned it; not 'the blaze burned 40 homes', 'a balloon set a
    greenhouse alight', nor 'houses were burned' with no one named."""
    vocab = actions()
    if verb.lemma_ not in vocab.arson_verbs:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    first = verb
    while not doers and first.dep_ == "conj" and first.head.i != first.i:
        # 'soldiers went from house to house, poured petrol on the huts and set them alight'
        first = first.head
        doers = [c for c in first.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.conjuncts]  # 'by the Defence and Security Forces'
    if doers:
        return any(_a_person_burning(d) for d in doers)
    passive = verb.tag_ == "VBN" or any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and verb.lemma_ in vocab.deliberate_arson_verbs


def _a_person_burning(doer: Token) -> bool:
    vocab = actions()
    lemma = doer.lemma_.lower()
    if doer.pos_ == "PROPN":  # 'the Defence and Security Forces': a name's plural stays
        lemma = lemma.removesuffix("s")
    return (
        lemma in vocab.arsonists
        or lemma in vocab.captors
        or lemma in vocab.authorities
        or doer.ent_type_ in {"PERSON", "NORP"}
        or (doer.pos_ == "PRON" and doer.lower_ in {"he", "she", "they", "we", "i", "someone"})
    )


def _named_action(token: Token) -> str | None:
    vocab = actions()
    if _shot_dead_misread(token):
        return "kill"
    if token.pos_ == "NOUN" and _labour_strike(token):
        return "protest"  # "dockers went on strike", "kept up a strike"
    if token.pos_ == "NOUN" and _bare_infinitive_misread(token):
        action = vocab.by_lemma.get(token.lemma_)
        return _specific(token, action) if action is not None else None
    if token.pos_ == "NOUN" and _event_noun_position(token):
        action = vocab.event_nouns.get(token.lower_) or vocab.event_nouns.get(_closed_up(token))
        if token.lower_ in vocab.counted_nouns and not any(
            c.dep_ == "nummod" for c in token.children
        ):
            return None
        return action if action and not vocab.is_generic(action) else None
    if (
        token.pos_ == "VERB"
        and token.lemma_ in vocab.coming_verbs
        and (under := _came_under(token))
    ):
        return under
    if token.pos_ == "VERB":
        if _done_to_death(token) or _believed_dead(token) or _found_dead_after(token):
            return "kill"  # "an elephant trampled a farmer to death", "feared dead"
        # the words around a verb may name its action before a phrase does: 'taken away by
        # soldiers' is an abduction, 'took away the wounded' an evacuation
        for verbs, fits, action in _actions_by_context():
            if token.lemma_ in verbs and fits(token):
                return action
        if token.lemma_ in vocab.falling_verbs and (weapon := _weapon_fell(token)):
            return weapon
        for child in _phrase_words(token):
            for word in {child.lower_, child.lemma_.lower()}:  # "left their homes"
                phrase = f"{token.lemma_} {word}"
                if phrase in vocab.by_lemma and not _replaced(token, phrase):
                    return _specific(token, vocab.by_lemma[phrase])
        action = vocab.by_lemma.get(token.lemma_)
        if action is not None and not _needs_particle(token.lemma_):
            return _specific(token, action)
    return None


def _closed_up(noun: Token) -> str:
    """A compound written as two words that is one word elsewhere: 'flood waters' for
    'floodwaters', 'land slide' for 'landslide'."""
    before = noun.doc[noun.i - 1] if noun.i else None
    if before is None or before.dep_ != "compound" or before.head.i != noun.i:
        return ""
    return before.lower_ + noun.lower_


def _phrase_words(token: Token) -> list[Token]:
    """The words that may complete a phrasal trigger; also the word right after the verb
    that the parser hung on its object ('shot dead two farmers', 'dead' read as the
    farmers')."""
    words = [child for child in token.children if child.dep_ in PHRASE_DEPS]
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "amod" and after.head.head.i == token.i:
        words.append(after)
    return words


def _actions_by_context() -> tuple[tuple[frozenset[str], Callable[[Token], bool], str], ...]:
    """Verbs that name an action only with the right words around them ('moved 4,000 people
    to camps', 'took four shotguns', 'protesters blocked the bridge'), with their test."""
    vocab = actions()
    return (
        (vocab.refuge_verbs | vocab.housing_verbs, _moved_to_refuge, "evacuate"),
        (vocab.care_verbs, _cared_for_injuries, "injure"),
        (vocab.arrival_verbs, _aid_arrived, "supply"),
        (vocab.arms_verbs, _took_arms, "seize"),
        (vocab.contraband_finding_verbs, _found_contraband, "seize"),
        (vocab.taking_verbs, _armed_men_took_people, "abduct"),
        (vocab.sending_verbs, _sent_relief, "supply"),
        (vocab.failing_verbs, _structure_failed, "collapse"),
        (vocab.structure_falling_verbs, _structure_came_down, "collapse"),
        (vocab.jamming_verbs, _signals_jammed, "attack"),
        (vocab.slipping_verbs, _earth_slipped, "landslide"),
        (vocab.rock_verbs, _rocks_came_down, "landslide"),
        (vocab.ground_verbs, _ground_gave_way, "landslide"),
        (vocab.firing_verbs, _rounds_fired_at, "attack"),
        (vocab.blockade_verbs, _protesters_blocked, "protest"),
        (vocab.street_verbs, _took_to_the_streets, "protest"),
        (vocab.work_stopping_verbs, _workers_stopped_work, "protest"),
        (vocab.fighting_verbs, _fought_one_another, "attack"),
        (frozenset({"hold"}), _held_captive, "abduct"),
        (vocab.gathering_with_demands, _gathered_demanding, "protest"),
        (vocab.carrying_verbs, carried_for_care, "evacuate"),
        (vocab.carrying_verbs, _carried_people, "transport"),
        (vocab.uprooting_verbs, _people_from_elsewhere_arrived, "displace"),
        (vocab.leaving_verbs, _people_left_their_place, "displace"),
        (vocab.removal_verbs, _people_removed_from_a_place, "displace"),
        (vocab.forcing_verbs, _forced_along_by_captors, "abduct"),
        (vocab.vehicle_forcing_verbs, _forced_into_a_vehicle, "abduct"),
        (vocab.planting_verbs, _planting_denied, "explode"),
        (frozenset({"set"}), _set_alight, "destroy"),
        (frozenset({"take", "place", "put"}), _into_custody, "arrest"),
        (vocab.leading_away_verbs, _goods_the_police_took_away, "seize"),
        (vocab.leading_away_verbs, _led_away_in_custody, "arrest"),
        (vocab.mine_verbs, _struck_a_mine, "explode"),
        (vocab.robbing_verbs, _robbed_by_force, "attack"),
        (vocab.going_off_verbs, _device_went_off, "explode"),
        (vocab.setting_off_verbs, _device_set_off, "explode"),
        (vocab.throwing_verbs, _explosive_thrown, "attack"),
        (vocab.dropping_verbs, _explosive_dropped, "airstrike"),
        (vocab.picking_verbs, _picked_up_at_sea, "evacuate"),
        (vocab.beating_verbs, _done_to_people, "attack"),
        (vocab.felling_verbs, _pushed_to_the_ground, "attack"),
        (vocab.killing_verbs, _done_to_people, "kill"),  # "three prisoners were hanged"
        (vocab.storm_verbs, _storm_passed, "cyclone"),
        (vocab.finding_verbs, _bodies_found, "kill"),
        (vocab.sweeping_verbs, _people_swept_away, "kill"),
        (vocab.sweeping_verbs, _structures_swept_away, "destroy"),
        (vocab.overflowing_verbs, _water_overflowed, "flood"),
        (vocab.livestock_verbs, _livestock_taken, "seize"),
        (vocab.vehicle_taking_verbs, _vehicle_taken, "seize"),
    )


def _weapon_fell(verb: Token) -> str | None:
    """'Artillery shells started falling on our neighbourhood', 'rockets rained down',
    'reports of a rocket falling near the moshav': the weapons that fell, as the subject of
    the verb or of the verb it completes, or the noun the participle describes, name the
    action; prices and rain that fall name none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head  # 'reports of a rocket falling near the moshav'
    if subject is None:
        return None
    words = subject.subtree if subject is not verb.head else subject.lefts
    action = _by_weapon("attack", " ".join([*(t.text for t in words), subject.text]))
    return action if action != "attack" else None


def _died_naturally(verb: Token) -> bool:
    """'died peacefully on Friday', 'passed away after a long illness', 'died of old age'."""
    vocab = actions()
    if verb.lemma_.lower() not in vocab.natural_death_verbs:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in vocab.natural_death_adverbs:
            return True
        objects = [w for w in child.children if w.dep_ == "pobj"] if child.dep_ == "prep" else []
        if objects:  # the phrase up to its noun: 'after a long illness at his home'
            told = verb.doc[child.i + 1 : objects[0].i + 1].text.lower()
            if told in vocab.natural_death_phrases:
                return True
    return False


def _bodies_found(verb: Token) -> bool:
    """'the hospital had received the bodies of at least 11 civilians': people killed."""
    bodies = actions().dead_bodies
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in bodies for c in verb.children
    )


def _vehicle_taken(verb: Token) -> bool:
    """'his car was driven away by the same men', 'gunmen drove off a pickup': a vehicle
    that armed men or robbers take is seized; a driver driving a bus away is not."""
    vocab = actions()
    if _lacks_its_particle(verb, vocab.vehicle_particle_verbs, vocab.vehicle_particles):
        return False  # 'drove the car to the market'
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(c.lemma_.lower() in vocab.taken_vehicles for c in taken):
        return False
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    takers += [w for c in verb.children if c.dep_ == "agent" for w in c.children]
    return any(
        t.lemma_.lower() in vocab.vehicle_takers or t.lower_ in vocab.vehicle_takers for t in takers
    )


def _lacks_its_particle(verb: Token, needing: frozenset[str], particles: frozenset[str]) -> bool:
    """A verb of driving or carrying that takes nothing without 'off' or 'away' ('drove the
    herd to the river') stands without it."""
    particle = any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children)
    return verb.lemma_ in needing and not particle


def _livestock_taken(verb: Token) -> bool:
    """'raiders drove off over 600 goats', 'stole 200 head of cattle', 'made off with the
    herd', '5,000 cattle were driven off': livestock taken in a raid."""
    vocab = actions()
    if _lacks_its_particle(verb, vocab.livestock_particle_verbs, vocab.livestock_particles):
        return False  # 'drove the herd to the river'
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    taken += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]
    return any(_lists_any(noun, vocab.livestock) for noun in taken)


def _water_overflowed(verb: Token) -> bool:
    """'the river overflowed', 'rain caused the Ngadda to overflow its banks'; not 'the
    latrines are overflowing'."""
    subjects = _own_or_shared_subjects(verb)
    if not subjects and verb.dep_ in {"xcomp", "ccomp"}:  # 'caused the river to overflow'
        subjects = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubj"}]
    # 'Gatumba (Mutimbuzi) – Lake Tanganyika and the Rusizi river overflowed': a dateline
    # parsed as the subject, the waters set beside it
    waters = [w for s in subjects for w in (s, *s.subtree) if w is s or w.dep_ in {"conj", "appos"}]
    # a river's name; not a common noun capitalised at the sentence's start ('Fuel spilled')
    named = [w for w in waters if w.pos_ == "PROPN" and w.i != w.sent.start]
    return bool(named) or any(w.lemma_.lower() in actions().overflowing_water for w in waters)


def _structures_swept_away(verb: Token) -> bool:
    """'the bridge was swept away by the flood', 'the river washed away 12 houses': built
    things the water took, destroyed; not what people carry off ('looters carried away the
    shop's stock')."""
    vocab = actions()
    doers = _sweepers(verb)
    if doers is None:
        return False
    people = vocab.swept_people | vocab.captives | vocab.captors | {"they", "we", "i"}
    if any(d.lemma_.lower() in people or d.lower_ in people for d in doers):
        return False
    taken = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    # 'hundreds of homes': the structures after a count
    counts = [c for c in taken if c.like_num or c.lemma_.lower() in vocab.swept_counts]
    taken += [w for c in counts for p in c.children if p.lower_ == "of" for w in p.children]
    return any(w.lemma_.lower() in vocab.swept_structures for w in taken)


def _people_swept_away(verb: Token) -> bool:
    """'a shepherd was swept away by a torrent', 'he was swept off a breakwater', 'the river
    carried away two boys': people taken by the water, told as lost."""
    vocab = actions()
    doers = _sweepers(verb)
    if doers is None:
        return False
    people = (
        vocab.swept_people | vocab.captives | vocab.authorities | vocab.carried_people
    ) | vocab.captors
    if any(d.pos_ in {"PRON", "PROPN"} or d.lemma_.lower() in people for d in doers):
        # 'police carried the injured man off the field', 'children carried away by the
        # raiders': people carry people
        return False
    if any(c.dep_ == "conj" and _found_alive(c) for c in verb.children):
        return False  # 'two children were swept away and later found alive'
    return any(
        c.dep_ in {"nsubjpass", "dobj"} and c.lemma_.lower() in vocab.swept_people
        for c in verb.children
    )


def _sweepers(verb: Token) -> list[Token] | None:
    """Who or what swept or carried away ('the flood', 'the river'; the subject or the 'by'
    phrase), or None when the verb has no 'away' or 'off' to make it a sweeping."""
    if not any(c.lower_ in actions().sweeping_particles for c in verb.children):
        return None
    agents = [w for c in verb.children if c.dep_ == "agent" for w in c.children]
    return [c for c in verb.children if c.dep_ == "nsubj"] + agents


def _found_alive(verb: Token) -> bool:
    """'... and later found alive', 'rescued alive': the one swept away lived."""
    return any(c.lower_ == "alive" for c in verb.children) or verb.lemma_ == "rescue"


def _came_under(verb: Token) -> str | None:
    """'The convoy came under fire', 'came under heavy shelling': attacked or shelled."""
    under = actions().under_attack
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in under:
                return under[noun.lemma_.lower()]
    return None


def _shot_dead_misread(token: Token) -> bool:
    """'Gunmen on a motorcycle shot dead a guard': the tagger reads 'motorcycle shot' as a
    noun and makes 'dead' the clause's head; 'dead' then stands for 'shot dead'."""
    if token.lower_ != "dead" or token.i == 0:
        return False
    if token.dep_ != "ROOT" and token.dep_ not in CLAUSE_DEPS:
        return False  # "found dead", "the dead": no clause of its own
    shot = token.doc[token.i - 1]
    return shot.lower_ == "shot" and shot.pos_ != "VERB"


def _bare_infinitive_misread(token: Token) -> bool:
    """'observers witnessed officers of the unit arrest 14 members': after a verb of seeing
    and its object, the tagger reads the bare infinitive as a noun; a word of the verb's
    form, with no determiner of its own, that opens its own object is the verb."""
    if token.tag_ != "NN" or token.i + 1 >= len(token.doc) or token.i == token.sent.start:
        return False
    if any(c.dep_ in {"det", "poss"} for c in token.lefts):
        return False  # 'the arrest', 'their arrest'
    before = token.doc[token.i - 1]
    if before.pos_ not in {"NOUN", "PROPN", "PUNCT"} or before.lower_ in {"(", ","}:
        return False  # the doer's name ends right before the verb, or its brackets
    after = token.doc[token.i + 1]
    if not (after.like_num or after.pos_ in {"DET", "PRON"}):
        return False  # 'arrest 14 members', 'arrest the men', 'arrest them'
    seeing = actions().seeing_verbs
    return any(
        t.lemma_ in seeing and t.pos_ == "VERB" for t in token.doc[token.sent.start : token.i - 1]
    )


def _aid_arrived(verb: Token) -> bool:
    """'The first aid convoy reached Mananjary', 'a convoy of trucks carrying rice and
    medicines reached the town': aid delivered where it arrived."""
    vocab = actions()
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in vocab.aid_nouns
        and (
            any(m.lower_ in vocab.aid_modifiers for m in c.lefts if m.dep_ in {"compound", "amod"})
            or _carries_relief(c)
        )
        for c in verb.children
    )


def _carries_relief(convoy: Token) -> bool:
    """The convoy, or the trucks it is made of, carrying relief goods."""
    goods = actions().relief_goods
    return any(
        word.lemma_.lower() == "carry" and any(w.lemma_.lower() in goods for w in word.subtree)
        for word in convoy.subtree
    )


def _cared_for_injuries(verb: Token) -> bool:
    """'were treated for injuries', 'admitted with gunshot wounds': care given for wounds."""
    injuries = actions().injury_nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"for", "with"}
        and any(c.dep_ == "pobj" and c.lemma_.lower() in injuries for c in prep.children)
        for prep in verb.children
    )


def _took_arms(verb: Token) -> bool:
    """'took four shotguns, a pistol and boxes of ammunition from the post'."""
    arms = actions().arms
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "took up arms": began to fight
    return any(_lists_any(obj, arms) for obj in verb.children if obj.dep_ == "dobj")


def _lists_any(noun: Token, lemmas: frozenset[str]) -> bool:
    """The noun, the nouns listed with it or what it measures ('boxes of ammunition') is one
    of `lemmas`."""
    listed = [noun, *(c for c in noun.subtree if c.dep_ in {"conj", "appos", "pobj"})]
    return any(word.lemma_.lower() in lemmas for word in listed)


def _found_contraband(verb: Token) -> bool:
    """'soldiers recovered eight AK-47 rifles', 'after finding some 38,000 Captagon pills',
    '40 kilograms of cocaine were found': weapons or drugs found are seized."""
    vocab = actions()
    wanted = vocab.arms | vocab.contraband
    for found in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if _none_of(found):
            return False  # "found no weapons in the house"
        if _lists_any(found, wanted):
            return True
    return False


def _armed_men_took_people(verb: Token) -> bool:
    """'armed men took a 34-year-old man from his business', 'gunmen dragged two teachers
    from the school'; not 'police took the suspects to the station'."""
    vocab = actions()
    if _taken_away_by_captors(verb):
        return True
    # ('came to their shelter and took him': a person named by a pronoun is taken too)
    people = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and (
            c.lower_ in _TAKEN_PRONOUNS
            or any(w.lemma_.lower() in vocab.seized_people for w in _counted(c))
        )
    ]
    # 'took over two villages' is no taking of people; 'carried off three girls' is
    if not people or any(c.dep_ == "prt" and c.lower_ not in _AWAY for c in verb.children):
        return False
    return any(_captor(c) for c in _own_or_shared_subjects(verb))


_TAKEN_PRONOUNS = frozenset({"him", "her", "them"})


def _own_or_shared_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with: 'armed men stopped
    a bus and took 14 passengers'."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    return own or [c for c in _shared_verb(verb).children if c.dep_ == "nsubj"]


def _took_to_the_streets(verb: Token) -> bool:
    """'hundreds of residents took to the streets of al-Dis', 'crowds poured into the
    streets'."""
    vocab = actions()
    crowd = vocab.blockaders | vocab.street_crowds  # not 'soldiers took to the streets'
    into_streets = any(
        prep.dep_ == "prep"
        and prep.lower_ in vocab.street_prepositions
        and any(o.dep_ == "pobj" and o.lemma_.lower() in vocab.streets for o in prep.children)
        for prep in verb.children
    )
    subjects = _own_or_shared_subjects(verb)
    # "took to the streets to protest against ...": the purpose names the protest
    purpose = any(
        c.dep_ in {"xcomp", "advcl"} and _action_of(c) == "protest" for c in verb.children
    )
    crowded = any(w.lemma_.lower() in crowd for s in subjects for w in _counted(s))
    return into_streets and crowded and not purpose


def _gathered_demanding(verb: Token) -> bool:
    """'relatives gathered outside the government building, demanding his return'; 'several
    hundred people gathered at the drilling site to stop trucks from bringing in a rig'."""
    demanding = actions().demand_participles
    return any(
        (c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_ in demanding)
        or _purpose_against_others(c)
        for c in verb.children
    )


def _purpose_against_others(clause: Token) -> bool:
    """'to demand his release', 'to stop trucks': an infinitive of purpose that demands or
    stops what others do; 'to stop the fire' fights a hazard."""
    vocab = actions()
    if clause.dep_ not in {"advcl", "xcomp"} or clause.tag_ != "VB":
        return False
    if clause.lemma_ not in vocab.gathering_purposes:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    objects = [c for c in clause.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    return not any(o.lemma_.lower() in vocab.gathering_hazards for o in objects)


def _carried_people(verb: Token) -> bool:
    """'a C-130 had flown 45 of its brigade members from Concepción to Concón': people, not
    goods (those are supplies), carried somewhere."""
    people = actions().carried_people
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        # "flew 45 brigade members", "the three injured miners were flown to the capital"
        if {obj.lemma_.lower(), obj.lower_} & people:
            return True
        if any(w.dep_ == "amod" and w.lower_ in people for w in obj.lefts):
            return True
        if obj.pos_ == "NUM" or obj.lower_ in actions().carried_counts:
            # "five of the most seriously injured": whatever the parse makes of the words
            # after the count, up to where the journey begins
            after = verb.doc[obj.i + 1 : obj.i + 1 + MAX_PARTITIVE_WORDS]
            words = list(itertools.takewhile(lambda w: w.pos_ != "ADP" or w.lower_ == "of", after))
            if words and words[0].lower_ == "of" and any(w.lower_ in people for w in words):
                return True
        if any(
            w.lemma_.lower() in people
            for w in obj.subtree
            if w.dep_ == "pobj" and w.head.head == obj
        ):
            return True
    return False


MAX_PARTITIVE_WORDS = 6


def carried_for_care(verb: Token) -> bool:
    """'two injured agents were flown by helicopter to the Santo Tomás Hospital': people
    carried to a hospital or a clinic are evacuated for care."""
    places = actions().care_places
    return _carried_people(verb) and any(
        p.dep_ == "prep"
        and p.lower_ in {"to", "into"}
        and any(w.dep_ == "pobj" and w.lemma_.lower() in places for w in p.children)
        for p in verb.children
    )


def _people_left_their_place(verb: Token) -> bool:
    """'64 families left Sinune and the villages of the plain for the camps', 'hundreds of
    residents abandoned Kidal': people leaving a named place or a settlement, not 'workers
    left the factory'."""
    vocab = actions()
    people = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and any(w.lemma_.lower() in vocab.uprooted_people for w in _counted(c))
    ]
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [g for p in places for g in p.conjuncts]
    return bool(people) and any(
        p.pos_ == "PROPN" or p.lemma_.lower() in vocab.left_settlements for p in places
    )


def _people_removed_from_a_place(verb: Token) -> bool:
    """'officers removed several hundred artisanal miners from the Nanhupo pits', 'drove the
    herders out of the valley': people put out of a place; not 'removed debris from the road'."""
    vocab = actions()
    if verb.tag_ not in {"VBD", "VBN"}:
        return False  # 'we will not allow criminals to drive people from their land'
    removed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    people = any(w.lemma_.lower() in vocab.removed_people for c in removed for w in _counted(c))
    # the parser may hang 'from the pits' on the people
    words = [*verb.children, *(g for c in removed for g in c.children)]
    place = any(
        (c.dep_ == "prep" and c.lower_ == "from")
        or (c.lower_ == "out" and any(g.lower_ == "of" for g in (*c.children, c.nbor())))
        for c in words
    )
    return people and place


def _people_from_elsewhere_arrived(verb: Token) -> bool:
    """'more than 300 people from hamlets along the park have arrived in Malanville': people
    who came from one place into another, not a crowd that came to a match."""
    vocab = actions()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":  # 'recorded some 7,300 families arriving in Tawila from ...'
        subjects.append(verb.head)
    people = [
        w
        for s in subjects
        for w in (s, *(g for g in s.children if g.dep_ == "prep" for g in g.children))
        if w.lemma_.lower() in vocab.uprooted_people
    ]
    destinations = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in vocab.destination_prepositions
    ]
    # 'arrived in the urban area of Tibú from La Gabarra': the parser may hang the place
    # they came from on the place they reached
    origins = [*(c for p in people for c in p.children), *verb.children]
    origins += [w for d in destinations for w in d.subtree]
    came_from = any(w.dep_ == "prep" and w.lower_ == "from" for w in origins)
    arrived = bool(destinations) or any(c.dep_ == "dobj" for c in verb.children)
    return bool(people) and came_from and arrived


def _forced_along_by_captors(verb: Token) -> bool:
    """'four armed men forced a shepherd to go along with them': a person made to go with
    armed men, who took him."""
    going = actions().going_along
    forced_into = any(c.dep_ == "xcomp" and c.lemma_.lower() in going for c in verb.children)
    captive = any(c.dep_ == "dobj" for c in verb.children)
    captors = any(_captor(c) for c in verb.children if c.dep_ == "nsubj")
    return forced_into and captive and captors


def _planting_denied(verb: Token) -> bool:
    """'our group did not plant the bomb on the highway': a denied planting names the blast
    it answers; one told as done names none (the bomb may have been found)."""
    planted = actions().planted_objects
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return _negated(verb) and any(o.lemma_.lower() in planted for o in objects)


def _forced_into_a_vehicle(verb: Token) -> bool:
    """'armed men forced him into a van', 'the trader was bundled into a car by unknown men':
    a person forced into a vehicle by captors ('pushed into a pick-up', with no one named,
    is as often told of an arrest)."""
    vocab = actions()
    into = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "into"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in vocab.vehicles
    ]
    people = vocab.beaten_people | vocab.seized_people
    person = any(
        c.dep_ in {"dobj", "nsubjpass"} and (_one_of_people(c, people) or c.ent_type_ == "PERSON")
        for c in verb.children
    )
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    takers += [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return bool(into) and person and any(_captor(t) for t in takers)


def _set_alight(verb: Token) -> bool:
    """'was set on fire', 'set ablaze'; 'set a police pickup on fire', where the parser may
    hang 'on fire' on the object, and 'set them alight', where it may take 'alight' for one."""
    words = actions().fire_words
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in words for g in c.children))
        or (c.dep_ in {"acomp", "advmod", "oprd", "xcomp"} and c.lower_ in words)
        or (c.dep_ == "dobj" and c.lower_ in words and c.lower_ != "fire")  # 'alight' misread
        for c in (*verb.children, *(g for o in objects for g in o.children))
    )


def _workers_stopped_work(verb: Token) -> bool:
    """'Contractors' workers at the field stopped work', 'dockers downed tools': workers who
    stop their work strike; a firm that 'stopped work on the new wing' does not."""
    vocab = actions()
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in vocab.stopped_work for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(w.lemma_.lower() in vocab.striking_workers for s in subjects for w in _counted(s))


def _into_custody(verb: Token) -> bool:
    """'14 men were taken into custody', 'placed in police custody', 'seven participants were
    taken to the police station': suspects or protesters, not a car, the police now hold."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in {"into", "in"}
        and any(g.lemma_ == "custody" for g in c.children)
        for c in verb.children
    ):
        return True
    places = actions().custody_places
    to_custody = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ in places for g in c.children)
        for c in verb.children
    )
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return to_custody and any(_held_people(noun) for noun in taken)


def _held_people(noun: Token) -> bool:
    """Those whose part says why the police hold them: suspects, a protest's participants
    ('police took the two men to the station' may have taken witnesses)."""
    held = actions().custody_people
    return any(w.lemma_.lower() in held for w in _counted(noun))


def _led_away_in_custody(verb: Token) -> bool:
    """'Police took away four young men', 'taken 14 criminal suspects away from the scene':
    people the police take away, or suspects taken away by anyone, are detained."""
    vocab = actions()
    takers = _takers_away(verb)
    if takers is None:
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    words = {
        form for noun in taken for w in _counted(noun) for form in (w.lemma_.lower(), w.lower_)
    }
    if words & vocab.cared_for:
        return False  # 'police took the injured away to hospital'
    police = any(_police_body(t) for t in takers)
    return bool(words & vocab.suspects) or police


def _goods_the_police_took_away(verb: Token) -> bool:
    """'police sealed the studios and took away its transmitter and two computers': goods,
    not people, the police take away are seized."""
    takers = _takers_away(verb)
    if takers is None:
        return False
    goods = actions().goods_taken_away
    taken = any(_lists_any(c, goods) for c in verb.children if c.dep_ == "dobj")
    return taken and any(_police_body(t) for t in takers)


def _takers_away(verb: Token) -> list[Token] | None:
    """Who took away or off (the subject, the 'by' phrase, or the subject of the verb it is
    coordinated with: 'police arrived and took away four men'), or None when the verb has no
    'away' or 'off'."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"away", "off"} for c in verb.children):
        return None
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    takers += [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if verb.dep_ == "conj" and not takers:
        takers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return takers


def _police_body(taker: Token) -> bool:
    """'police', 'officers', and 'members of the Armed Police Battalion': the taker, or the
    body it is one of."""
    police = actions().police_takers
    if taker.lemma_.lower() in police:
        return True
    if taker.lemma_.lower() not in _MEMBERS:
        return False  # 'relatives of the police officer' are no police
    body = [w for p in taker.children if p.lower_ == "of" for o in p.children for w in o.subtree]
    return any(w.lemma_.lower() in police for w in body)


_MEMBERS = frozenset({"member", "personnel", "element", "unit", "man"})


_AWAY = frozenset({"away", "off"})


def _taken_away_by_captors(verb: Token) -> bool:
    """'a girl was taken by armed men', 'a shepherd ... was taken away by Azerbaijani
    servicemen': a civilian taken by armed men, or taken away by soldiers (who also take
    away their own wounded, but not civilians)."""
    vocab = actions()
    taken = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not taken and verb.dep_ == "xcomp":  # "a girl is said to have been taken by ..."
        taken = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
    agents = _agents_of(verb)
    if not taken and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # 'the driver was stopped by armed men on the road and taken away': the people and
        # the captors of the verb it is coordinated with
        taken = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        agents = agents or _agents_of(verb.head)
    # 'They were taken into the forest by armed men': people the story just named, or by
    # their names ('Mr. Cletus Awa ... were taken away by gunmen')
    person = taken and (
        taken[0].lemma_.lower() in vocab.seized_people
        or _personal(taken[0])
        or taken[0].ent_type_ == "PERSON"
    )
    if not person or not agents:
        return False
    if _captor(agents[0]):
        return True
    away = any(c.dep_ in {"prt", "advmod"} and c.lower_ in _AWAY for c in verb.children)
    return away and agents[0].lemma_.lower() in vocab.soldier_captors


def _agents_of(verb: Token) -> list[Token]:
    """The nouns of a passive verb's 'by' phrase."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _personal(pronoun: Token) -> bool:
    return pronoun.pos_ == "PRON" and pronoun.lower_ in {"he", "she", "they"}


def _captor(noun: Token) -> bool:
    """'gunmen', 'armed men', 'three men in military fatigues', 'members of the 10th Front of
    the FARC dissidents'."""
    vocab = actions()
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" and lemma.endswith("men"):
        lemma = lemma.removesuffix("men") + "man"  # 'Gunmen' opening a sentence, as a name
    if lemma in vocab.captors:
        return True
    if lemma == "member":
        groups = (
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree
        )
        return any(g.lemma_.lower() in vocab.captors for g in groups)
    modifiers = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    dressed = {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.subtree
        if g.dep_ == "pobj"
    }
    return lemma == "man" and bool(
        modifiers & vocab.captor_modifiers or dressed & vocab.captor_dress
    )


def _sent_relief(verb: Token) -> bool:
    """'flew 3.5 tonnes of rice and medicine to isolated villages'; not 'dropping water on
    the ridge', which fights a fire, unless it was handed to someone."""
    vocab = actions()
    goods = {
        word.lemma_.lower()
        for obj in verb.children
        if obj.dep_ == "dobj"
        for word in obj.subtree
        if word.lemma_.lower() in vocab.relief_goods
        and not any(c.dep_ == "amod" and c.lower_ in vocab.care_modifiers for c in word.children)
    }
    return bool(goods) and not (goods <= vocab.dousing_goods and _dropped_on_a_fire(verb))


def _dropped_on_a_fire(verb: Token) -> bool:
    """'dropping water on the ridge': on or over something (not a day), to no one."""
    vocab = actions()
    on_something = any(
        c.dep_ == "prep"
        and c.lower_ in vocab.dousing_prepositions
        and any(o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} for o in c.children)
        for c in verb.children
    )
    handed = any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in verb.children)
    return on_something and not handed


def _done_to_people(verb: Token) -> bool:
    """'officers had beaten several of them with batons', 'protesters were beaten', 'three
    prisoners were hanged', a person named and beaten with something ('beat Marlon with
    batons'); not 'Mongolia beat Kazakhstan in the final', 'Ruiz beat Ito in three sets', nor
    a banner hung."""
    people = actions().beaten_people
    beaten = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    beaten += [w for c in beaten for p in c.children if p.lower_ == "of" for w in p.children]
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    # (a name the tagger left untagged is a person's too: a country or a team would be tagged)
    named = armed and any(
        w.ent_type_ == "PERSON" or (w.pos_ == "PROPN" and not w.ent_type_) for w in beaten
    )
    return named or any(_one_of_people(w, people) for w in beaten)


def _one_of_people(word: Token, people: frozenset[str]) -> bool:
    """A word for people: one of `people`, a trade word ('watchman') or a personal pronoun."""
    return (
        word.lemma_.lower() in people
        or _a_person_by_trade(word)
        or (word.pos_ == "PRON" and word.lower_ not in {"it", "itself"})
    )


def _a_person_by_trade(noun: Token) -> bool:
    """'a night watchman', 'a saleswoman', 'the cameraman': a person named by a trade word
    ending in '-man' or '-woman'."""
    word = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and len(word) > len("woman") and word.endswith(("man", "woman"))


def _pushed_to_the_ground(verb: Token) -> bool:
    """'an officer pushed the activist to the floor', 'he was thrown to the ground': people
    forced down are attacked; not 'pushed the barrier over', 'pushed back the attackers', nor
    'everyone threw themselves to the floor'."""
    vocab = actions()
    grounds = [
        w
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"to", "onto", "on"}
        for w in c.children
        if w.dep_ == "pobj"
    ]
    themselves = any(c.dep_ == "dobj" and _reflexive(c) for c in verb.children)
    on_the_ground = any(w.lemma_.lower() in vocab.ground_nouns for w in grounds)
    return on_the_ground and not themselves and _done_to_people(verb)


def _storm_passed(verb: Token) -> bool:
    """'Severe Tropical Cyclone Hetau passed directly over Lifuka', 'Cyclone Mekunu, which
    struck Salalah in 2018'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    vocab = actions()
    return any(
        vocab.weapon_agents.get(w.lower_) == "cyclone"
        or (w.lower_ in vocab.named_storm_words and w.text[:1].isupper())
        for s in subjects
        for w in s.subtree
        if w.i <= s.i
    )


def _struck_a_mine(verb: Token) -> bool:
    """'a donkey cart had struck a mine', 'the bus ran over an IED', 'stepped on a
    landmine': a hidden explosive set off, not an attack by whoever set it off."""
    devices = actions().hidden_explosives
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        w
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"on", "over", "into"}
        for w in p.children
        if w.dep_ == "pobj"
    ]
    return any(w.lemma_.lower() in devices or w.lower_ in devices for w in objects)


def _robbed_by_force(verb: Token) -> bool:
    """'Two men armed with hammers robbed a jewellery boutique', 'she was robbed at
    knifepoint': a robbery by force attacks the people robbed; 'the shop was robbed
    overnight' tells of no force."""
    vocab = actions()
    words = {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}
    return bool(words & vocab.force_words)


def _picked_up_at_sea(verb: Token) -> bool:
    """'41 people were picked up by a patrol boat', 'a merchant ship picked up 40 migrants',
    'a coastguard vessel took the passengers off the ferry': a rescue at sea; 'police picked
    up two suspects' is none, nor 'the helicopter took off'."""
    particle = actions().picking_particles.get(verb.lemma_)
    taken_off = particle is not None and (
        _has_particle(verb, particle)
        or any(c.dep_ == "prep" and c.lower_ == particle for c in verb.children)
    )
    if not taken_off or not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [w for c in verb.children if c.dep_ == "agent" for w in c.children]
    if not agents and particle == "off":
        # 'the passengers were taken off the ferry': whoever did it, off a ship is to safety
        agents = [c for c in verb.children if c.dep_ == "dobj"]
        agents += [w for c in verb.children if c.lower_ == "off" for w in c.children]
    return any(_names_one_of(agent, actions().sea_rescuers) for agent in agents)


def _names_one_of(noun: Token, words: frozenset[str]) -> bool:
    """The noun's lemma, or the two words ending at it, is one of the words."""
    last_two = " ".join(t.lower_ for t in noun.doc[max(noun.i - 1, 0) : noun.i + 1])
    return noun.lemma_.lower() in words or last_two in words


def _device_went_off(verb: Token) -> bool:
    """'a bomb went off outside the office', 'a device that went off at the gate': an
    explosive that goes off exploded; 'the alarm went off' did not."""
    if not _has_particle(verb, "off"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return False
    return _names_one_of(subject, actions().devices_going_off)


def _device_set_off(verb: Token) -> bool:
    """'militants set off a car bomb', 'the explosives were set off by remote control': an
    explosive someone sets off exploded; an alarm set off did not."""
    if not _has_particle(verb, "off"):
        return False
    devices = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not devices and verb.dep_ == "conj":
        # 'explosives had been fixed under the seat and were set off': the shared subject
        devices = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return any(_names_one_of(d, actions().devices_going_off) for d in devices)


def _explosive_thrown(verb: Token) -> bool:
    """'a hand grenade was thrown over the wall', 'they hurled a petrol bomb into the yard':
    an explosive or firebomb thrown is an attack; a man thrown into prison is not."""
    thrown = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_names_one_of(noun, actions().thrown_explosives) for noun in thrown)


def _explosive_dropped(verb: Token) -> bool:
    """'an aircraft dropped improvised munitions on the market': bombs dropped from the air
    strike; food dropped to villages does not."""
    dropped = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_names_one_of(noun, actions().dropped_explosives) for noun in dropped)


def _structure_failed(verb: Token) -> bool:
    """'the dam had burst', 'a dyke failed'."""
    structures = actions().structures
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in structures for c in verb.children)


def _structure_came_down(verb: Token) -> bool:
    """'the roof of a workshop came down on his car', 'a section of the wall fell in': a
    building that falls collapses; 'prices came down' and 'a tree fell down' do not."""
    vocab = actions()
    particles = vocab.structure_falling_particles.get(verb.lemma_, frozenset())
    # the parser tags a bare 'in' as an adverb as often as a particle ('fell in after ...')
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children):
        return False
    subjects = (c for c in verb.children if c.dep_ == "nsubj")
    return any(
        _whole_of(subject, vocab.structure_parts).lemma_.lower() in vocab.falling_structures
        for subject in subjects
    )


def _replaced(verb: Token, phrase: str) -> bool:
    """'the humid jugo gave way to a dry bura': replaced, not broken; 'gave way to the
    pressure of the water' still breaks."""
    vocab = actions()
    if phrase not in vocab.replacing_phrases:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'way to talks'
    after_to = [
        o
        for head in heads
        for c in head.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for o in c.children
    ]
    return bool(after_to) and not any(o.lemma_.lower() in vocab.breaking_forces for o in after_to)


def _signals_jammed(verb: Token) -> bool:
    """'GPS signals were jammed', 'Russia jammed satellite navigation'; not 'traffic jammed
    the bridge'. A participle the parser hangs on 'were' finds its subject there."""
    signals = actions().signals
    holders = [verb, verb.head] if verb.dep_ == "acomp" else [verb]
    jammed = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in {"dobj", "nsubjpass"} or (holder is not verb and c.dep_ == "nsubj")
    ]
    return any(
        word.lemma_.lower() in signals
        for thing in jammed
        for word in [thing, *(c for c in thing.children if c.dep_ in {"compound", "amod"})]
    )


def _earth_slipped(verb: Token) -> bool:
    """'a large slip came down on the hill', 'a slip has closed State Highway 60': a slip of
    earth, not 'a slip of paper fell from the file' nor 'the slip came as a surprise'."""
    vocab = actions()
    return any(
        not any(g.dep_ == "prep" and g.lower_ == "of" for g in slip.children)
        for slip in _falling_subjects(verb, vocab.slipping_down_only, vocab.slips)
    )


def _rocks_came_down(verb: Token) -> bool:
    """'Rocks came down onto the Suhua Highway', 'boulders blocked the road': rock falling
    on its own ('come' only with 'down'), not rocks that hit someone."""
    vocab = actions()
    return bool(_falling_subjects(verb, vocab.rocks_down_only, vocab.falling_rocks))


def _ground_gave_way(verb: Token) -> bool:
    """'a section of hillside gave way above the road', 'the slope collapsed onto two houses',
    'the slope came down': ground that fails is a landslide; a wall or a roof that gives way
    is not."""
    vocab = actions()
    # the parser may hang 'way' on the preposition after it ('gave way above the road')
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_ == "give" and (following is None or following.lower_ != "way"):
        return False
    if verb.lemma_ == "come" and not any(c.lower_ == "down" for c in verb.children):
        return False  # 'the slope behind the village came down', not 'came into view'
    subjects = (c for c in verb.children if c.dep_ == "nsubj")
    return any(
        _whole_of(subject, vocab.ground_parts).lemma_.lower() in vocab.ground
        for subject in subjects
    )


def _whole_of(noun: Token, parts: frozenset[str]) -> Token:
    """'a section of hillside', 'part of the ceiling': the whole a part is of; else the noun."""
    if noun.lemma_.lower() not in parts:
        return noun
    of = [g for p in noun.children if p.lower_ == "of" for g in p.children]
    return next((g for g in of if g.dep_ == "pobj"), noun)


def _falling_subjects(verb: Token, down_only: frozenset[str], nouns: frozenset[str]) -> list[Token]:
    """The verb's subjects that are among `nouns`, when a verb of `down_only` has its
    'down' ('came down', not 'came as a surprise')."""
    if verb.lemma_ in down_only and not _has_particle(verb, "down"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns]


def _has_particle(verb: Token, word: str) -> bool:
    """'went off', 'picked up', 'came down': the verb carries this particle."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _protesters_blocked(verb: Token) -> bool:
    """'protesters have blocked the bridge', 'hundreds of drivers blocked the road'; not
    'police blocked the road'."""
    blockaders = actions().blockaders
    subjects = [c for c in _shared_verb(verb).children if c.dep_ == "nsubj"]
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if not subjects and before is not None and before.pos_ == "NOUN":
        subjects = [before]  # "..., landowners and their families blocked": joined to a place
    # "METETÍ, Darién — Several hundred migrants ... blocked": the dateline parsed as the
    # subject, the people in apposition to it
    subjects += [w for s in subjects for w in s.subtree if w.dep_ == "appos"]
    subjects += [w for s in subjects for w in s.conjuncts]  # "landowners and their families"
    # "members of communities along the river basin": the people they are members of
    subjects += [
        o
        for s in subjects
        if s.lemma_.lower() in _MEMBERS
        for p in s.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(w.lemma_.lower() in blockaders for s in subjects for w in _counted(s))


def _done_to_death(verb: Token) -> bool:
    """'trampled a farmer to death', 'was stoned to death': a killing, whatever the verb."""
    ends = actions().deadly_ends
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(w.dep_ == "pobj" and w.lower_ in ends for w in c.children)
        for c in verb.children
    )


def _rounds_fired_at(verb: Token) -> bool:
    """'fired "dozens of rounds of machine-gun fire" at KPA soldiers', where the parser hangs
    'at' on the rounds, not on the verb."""
    vocab = actions()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if not any(w.lemma_.lower() in vocab.rounds for w in _counted(obj)):
            continue
        targets = [
            w
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ in vocab.target_prepositions
            for w in p.children
            if w.dep_ in {"pobj", "pcomp"}  # 'at soldiers doing routine work': a clause
        ]
        if any(w.lower_ not in vocab.no_targets for w in targets):
            return True
    return False


def _believed_dead(verb: Token) -> bool:
    """'nine people are feared dead', 'the pilot is presumed dead'."""
    vocab = actions()
    return (
        verb.lemma_ in vocab.belief_verbs
        and verb.tag_ == "VBN"
        and any(
            c.dep_ in {"oprd", "acomp"} and c.lower_ in vocab.believed_states for c in verb.children
        )
    )


def _found_dead_after(verb: Token) -> bool:
    """'A man was found dead in his flat after a fire broke out': the event after which he
    was found killed him."""
    vocab = actions()
    dead = any(
        c.dep_ in {"oprd", "acomp"} and c.lower_ in vocab.believed_states for c in verb.children
    )
    if verb.lemma_ not in vocab.dead_finding_verbs or verb.tag_ != "VBN" or not dead:
        return False
    return any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ == "after")
        for c in verb.children
    )


def _fought_one_another(verb: Token) -> bool:
    """'villagers fought with machetes over the fields', 'fighters fought the army near the
    town': a clash; not 'fought the fire', nor 'these groups are fighting over contracts', a
    state of affairs in the present."""
    vocab = actions()
    present = verb.tag_ in {"VB", "VBP", "VBZ"} or any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am"} for c in verb.children
    )
    with_or_over = any(
        c.dep_ == "prep" and c.lower_ in vocab.fight_prepositions for c in verb.children
    )
    an_armed_body = any(
        c.dep_ == "dobj" and c.lemma_.lower() in vocab.fight_opponents for c in verb.children
    )
    return not present and (with_or_over or an_armed_body)


def _counted(noun: Token) -> list[Token]:
    """The noun, and after a count ('hundreds of truck drivers', '4.6 million head of
    livestock') what it counts."""
    vocab = actions()
    count = noun.like_num or noun.lemma_.lower() in vocab.counting_nouns  # '14 of its passengers'
    if noun.lower_ not in vocab.carried_counts and not count:
        return [noun]
    counted = [w for p in noun.children if p.lower_ == "of" for w in p.children if w.dep_ == "pobj"]
    return [noun, *counted]


def _held_captive(verb: Token) -> bool:
    """'two officers were held overnight by peasant patrols': people held by no authority."""
    vocab = actions()
    people = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
    if not people or not agents or people[0].lemma_.lower() not in vocab.captives:
        return False
    named = {w.lemma_.lower() for w in agents[0].subtree}
    return not named & vocab.authorities


def _moved_to_refuge(verb: Token) -> bool:
    """'moved 4,000 people to relief camps', 'were shifted to higher ground'; not 'taken
    to an army camp', a place of custody. The parser may hang 'to safety' on a long object
    ('moved 14,200 people in the districts of Tra Bong and Ba To to safety'). People taken
    from their home by armed men are no one's evacuees."""
    refuges, custody = actions().refuges, actions().custody_modifiers
    if _in_custody(verb) or _armed_men_took_people(verb):
        return False
    housed = verb.lemma_.lower() in actions().housing_verbs  # "housed in evacuation centres"
    if housed:
        refuges = actions().housing_refuges
    elif _moves_households(verb):  # "moved 38 households to the hall of the school"
        refuges = refuges | actions().public_buildings
    if not housed and _moved_out_of_homes(verb):
        return True
    for prep in _preps_of(verb):
        if prep.lower_ not in ({"in", "at"} if housed else {"to", "into"}):
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            modifiers = [
                word
                for c in place.lefts
                if c.dep_ in {"compound", "amod"}
                for word in (c.lemma_.lower(), c.lower_)  # "sports centre", lemma 'sport'
            ]
            lemma = place.lemma_.lower()
            if custody & set(modifiers):
                continue
            if lemma in refuges or any(f"{m} {lemma}" in refuges for m in modifiers):
                return True
    return False


def _in_custody(verb: Token) -> bool:
    """'the migrants were detained and taken to the transit centre': people moved as they are
    arrested are taken into custody, wherever they are taken."""
    coordinated = [verb.head] if verb.dep_ == "conj" else []
    coordinated += [c for c in verb.children if c.dep_ == "conj"]
    by_lemma = actions().by_lemma
    return any(by_lemma.get(other.lemma_.lower()) == "arrest" for other in coordinated)


def _moved_out_of_homes(verb: Token) -> bool:
    """'About 430 people were moved out of 14 villages', 'about 90 workers were moved out
    as the smoke spread', 'moved 23 residents from the houses nearest the shore': people or
    households taken out of where they live or are."""
    vocab = actions()
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    people = vocab.carried_people | vocab.households
    if not any(w.lemma_.lower() in people for noun in moved for w in _counted(noun)):
        return False
    if _has_particle(verb, "out"):
        return True
    left = [
        w
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"out", "from"}
        for of in (
            [c for c in prep.children if c.lower_ == "of"] if prep.lower_ == "out" else [prep]
        )
        for w in of.children
        if w.dep_ == "pobj"
    ]
    # '... moved 23 residents from the houses closest to the shore'
    return any(w.lemma_.lower() in vocab.homes_left for w in left)


def _moves_households(verb: Token) -> bool:
    """Whether the people moved are households ('38 families', '312 households were
    moved'), counted or not."""
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        word.lemma_.lower() in actions().households for noun in moved for word in _counted(noun)
    )


def _preps_of(verb: Token) -> list[Token]:
    """The verb's prepositions, and those after it before any other verb, wherever the
    parser hung them (a place name 'Ba To' may pull 'to safety' away from 'moved', and a
    participle 'to the hall' from it)."""
    own = [c for c in verb.children if c.dep_ == "prep"]
    later: list[Token] = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        # a participle describing the object ('38 families living along the river') ends
        # no clause: the refuge may follow it
        describes_object = token.dep_ == "acl" and token.head.head == verb
        if token.pos_ in {"VERB", "AUX"} and not describes_object:
            break
        if token.dep_ == "prep" and token not in own:
            later.append(token)
    return own + later


def _event_noun_position(token: Token) -> bool:
    """Where a noun names an event: 'An explosion ripped ...', 'confirmed the outbreak',
    'the killing of three elephants', 'reports of shelling near the port'."""
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"} and _already_told(token):
        return False  # "after the fire was brought under control": it burned before
    if token.dep_ in {"nsubj", "nsubjpass"}:
        # not "poaching has fallen", nor "the latest attacks showed ...", told before, nor
        # "That attack did not happen"
        return (
            (token.head.lemma_ not in actions().trend_verbs or _one_event_grew(token))
            and not _told_before(token)
            and not _did_not_happen(token.head)
        )
    if _reported_event(token) or _after_event(token) or _there_was(token):
        return True
    if _heads_a_log_entry(token):
        return True
    # "confirmed the outbreak", but not "carried out a raid", which the verb already names,
    # nor "demanding the arrest of the attackers", which asks for one.
    vocab = actions()
    ordered = token.head.lemma_ == "order" and token.lower_ in vocab.orders_carried_out
    # nor "would not confirm any arrest", which tells of none
    unconfirmed = token.head.lemma_ in vocab.confirming_verbs and any(
        c.dep_ == "neg" for c in token.head.children
    )
    return (
        token.dep_ == "dobj"
        and token.head.pos_ == "VERB"
        and _action_of(token.head) is None
        and (token.head.lemma_ not in vocab.demand_verbs or ordered)
        and not unconfirmed
    )


_ENTRY_DASHES = frozenset({"–", "—", "-"})  # not a label's colon ('Event: Earthquake of ...')
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _heads_a_log_entry(noun: Token) -> bool:
    """'Lahad Datu, 18.01.2033 – Kidnapping of three crew members by armed men.': an entry of
    a log or a table, after its place and day, names what happened by a noun with what it was
    done to, and has no verb of its own."""
    if noun.i == 0 or noun.doc[noun.i - 1].text not in _ENTRY_DASHES:
        return False
    if not noun.text[:1].isupper():
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in noun.subtree)


def _there_was(noun: Token) -> bool:
    """'There was an explosion at the market', 'since Friday there has been heavy fighting':
    an event told as what there was, not of a verb of its own; not 'there was no fighting',
    nor 'there could be clashes'."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "expl" for c in verb.children)
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        and not any(c.dep_ in {"neg", "aux"} and c.lemma_ in _NOT_SO for c in verb.children)
    )


_NOT_SO = frozenset({"not", "n't", "never", "could", "may", "might", "would", "will", "should"})


def _one_event_grew(token: Token) -> bool:
    """'An outbreak of dengue has grown to 146 cases': one event said to grow is told, where
    'poaching has risen' tells a trend."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    return indefinite and token.head.lemma_ in actions().growth_verbs


def _reacted_to(token: Token) -> bool:
    """'The ministry condemned the attack': an event named with 'the' or 'this' as the object
    of a reaction is the one already told (the tagger may read the noun as a verb); named in
    the plural with no article, events of a kind ('a resolution condemning attacks on
    buses'), no one of them."""
    if token.dep_ != "dobj" or token.head.lemma_ not in actions().reaction_verbs:
        return False
    articles = [c for c in token.children if c.dep_ == "det"]
    if not articles:
        return token.tag_ == "NNS"
    return any(c.lower_ in DEFINITE for c in articles)


def _already_told(noun: Token) -> bool:
    """'The fire was brought under control', 'crews contained the blaze': the event noun,
    with its article, is one already told, being put out, or whose cause or links are told."""
    verb = noun.head
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    under_control = any(
        p.dep_ == "prep" and p.lower_ == "under" and any(w.lower_ == "control" for w in p.children)
        for p in verb.children
    )
    # 'the fire had been started by a man burning weeds': its cause, told of one already told
    caused = noun.dep_ in {"nsubjpass", "dobj"} and verb.lemma_ in actions().causing_verbs
    # 'police were not linking the fire to any other incident': not related, not denied
    related = verb.lemma_ in actions().relating_verbs and any(
        c.dep_ == "neg" for c in verb.children
    )
    return under_control or caused or related or verb.lemma_ in actions().quelling_verbs


def _did_not_happen(verb: Token) -> bool:
    """'did not happen', 'never occurred', 'did not take place'."""
    return tells_happening(verb) and any(c.dep_ == "neg" for c in verb.children)


def action_of(verb: Token) -> str | None:
    """The action the verb names ('set fire' with its object, 'embraced martyrdom'), or None;
    whether it happened is not asked."""
    return _action_of(verb)


def tells_happening(verb: Token) -> bool:
    """'happened', 'occurred', 'took place': a verb saying an event happened."""
    return verb.lemma_ in actions().occurrence_verbs or (
        verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)
    )


def what_was_told_never_happened(verb: Token) -> bool:
    """'that did not happen', 'this never took place': the claim just told, said not to have
    happened."""
    return (
        tells_happening(verb)
        and any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in TOLD_POINTERS for c in verb.children)
    )


TOLD_POINTERS = frozenset({"it", "this", "that"})  # pronouns for the claim just told


def _told_before(noun: Token) -> bool:
    """'the latest attacks', 'these killings', 'the two shootings': events in the plural that
    point back to those the story has told; 'the fighting', a mass noun with its article."""
    words = {c.lower_ for c in noun.children if c.dep_ in {"det", "amod"}}
    if noun.lower_ in actions().mass_nouns_told_before:
        return bool(words & (actions().back_references | DEFINITE))
    if noun.tag_ != "NNS":
        return False
    # 'the two shootings': the events counted with their article are those told
    counted = any(c.dep_ == "nummod" for c in noun.children) and bool(words & DEFINITE)
    return counted or bool(words & actions().back_references)


def _after_event(token: Token) -> bool:
    """'wounded after an explosion at the market': an event named as what came before."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in actions().sequence_prepositions
        and any(c.dep_ in {"prep", "det"} for c in token.children)
    )


def _reported_event(token: Token) -> bool:
    """An event noun as what reports are of: 'reports of shelling near the port'."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in {"of", "about"}
        and head.head.lower_ in attribution_cues().evidential_nouns
    )


def _needs_particle(lemma: str) -> bool:
    """Lemmas listed only as phrases ('take away') are not triggers on their own."""
    return lemma not in actions().by_lemma


def _specific(token: Token, action: str) -> str | None:
    """A generic verb is a trigger only through its event-noun object ('carried out a raid')."""
    vocab = actions()
    if not vocab.is_generic(action):
        return action
    found = None
    for child in token.children:
        if child.dep_ == "dobj":
            for word in (*child.lefts, child):
                noun_action = vocab.event_nouns.get(word.lower_)
                if noun_action and (found is None or vocab.is_generic(found)):
                    found = noun_action
    return found


def _about_reports(token: Token) -> bool:
    """True for 'reports of X doing Y': the trigger hangs under an evidential noun."""
    nouns = attribution_cues().evidential_nouns
    node = token
    for _ in range(MAX_EVIDENTIAL_HOPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lower_ in nouns and not _has_subject(node):
            return True
        if node.pos_ == "VERB" and node.dep_ not in {"acl", "pcomp", "relcl"}:
            return False
    return False


_ANYONE = frozenset({"anyone", "anybody", "whoever", "whomever"})


def _anyone_at_all(verb: Token) -> bool:
    """'to arrest anyone found violating it', 'shoot anybody looting': a deed yet to be done
    to whoever may come, or done by them, tells a rule or a threat, not what happened;
    'arrested anyone they found' did happen."""
    if verb.dep_ == "acl" and verb.head.lower_ in _ANYONE:
        return True
    aimed = any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _ANYONE for c in verb.children)
    return aimed and verb.tag_ == "VB"


def _has_subject(noun: Token) -> bool:
    """'Parents at the bridge report that ...': a verb the tagger read as a noun, since it
    has a subject of its own."""
    return any(c.dep_ == "nsubj" for c in noun.children)


def _hypothetical(token: Token) -> bool:
    vocab = actions()
    if _done_without(token):
        return True  # "entered without firing a shot": a shot that never was
    if _anyone_at_all(token):
        return True  # "directed to arrest anyone found violating it": a rule, no deed
    if _listed_as_a_risk(token):
        return True  # "face serious risks from airstrikes, shelling and landmines"
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head.tag_ == "VB":
        # "deployed to rescue the victims and arrest the perpetrators": both are purposes
        return _hypothetical(token.head)
    if any(_modal(c) for c in token.children):
        return True
    if (
        token.dep_ == "xcomp"
        and token.head.pos_ == "VERB"
        and any(_modal(c) for c in token.head.children)
    ):
        return True  # "will not hesitate to arrest", "would try to rescue": yet to come
    if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}:
        # "the evacuation of children would become mandatory": what is yet to come
        return any(_modal(c) for c in token.head.children)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        # "hired to carry out a shooting": the deed the verb names is yet to come too; not
        # "fired to disperse the demonstration", which was there to disperse
        definite = any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in token.children)
        return not definite and _hypothetical(token.head)
    if (
        token.tag_ == "VB"
        and token.dep_ in {"advcl", "acl", "relcl"}
        and token.head.lemma_ not in vocab.gathering_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        # "combing the forest to rescue the victims", "launched a drive to rescue him": a
        # purpose, not an event
        return True
    # 'plans to evacuate'; 'bans all burning', a gerund the parser may hang on the verb
    gerund = token.tag_ == "VBG" and token.dep_ in {"acl", "dobj", "ccomp"}
    if (token.dep_ == "xcomp" or gerund) and token.head.lemma_ in vocab.intention_heads:
        # 'are feared to have drowned': an event believed past; 'plans to have evacuated
        # the town by Friday' is still a plan
        return not (_perfect_infinitive(token) and token.head.tag_ == "VBN")
    if _prevented(token):
        return True
    if token.dep_ == "ccomp" and token.tag_ in {"VB", "VBP"}:
        # "demanding that police arrest a herbalist": the mood of a demand, not a deed
        if token.head.lemma_ in vocab.mandative_verbs:
            return True
    if _in_a_condition(token) or _in_a_demand(token):
        return True
    # "appealed to families to move to safer places": asked for, not done
    return token.head.lemma_ in vocab.request_verbs and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _in_a_demand(token: Token) -> bool:
    """'4. Identify and prosecute those who abducted Julio Arreola': a sentence opened by a
    verb with no subject asks for something to be done; the events it names are asked
    for or were told before, no account."""
    root = token.sent.root
    if root.tag_ != "VB" or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in root.children
    ):
        return False
    first = next((t for t in token.sent if t.is_alpha), None)
    return first is not None and first.i == root.i


def _in_a_condition(token: Token) -> bool:
    """'... would march on Wednesday if the people detained at the weekend were not freed':
    what a condition names is not told as an account, though it may have happened."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} or clause.dep_ in {"acl", "amod"}:
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children
    )


def _perfect_infinitive(token: Token) -> bool:
    """'to have drowned': done before the belief or the fear, not yet to come."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return token.tag_ == "VBN" and "to" in auxiliaries and "have" in auxiliaries


def _modal(token: Token) -> bool:
    """'will', 'could', 'may' as an auxiliary; not the month of '17 May' in a dateline, which
    the parser may read as one."""
    if token.dep_ != "aux" or token.lower_ not in actions().modal_auxiliaries:
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not (token.text == "May" and any(t.like_num for t in beside))


def _prevented(token: Token) -> bool:
    """'soldiers prevented the gunmen from attacking the camp', 'kept them from fleeing':
    what someone was stopped from doing did not happen."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in actions().prevention_verbs
    )


def _descriptive(token: Token) -> bool:
    """'newly displaced people', 'a burned car': a participle that describes, not an event.
    Nor is a gerund the parser joined to a finite verb ('Botswana has ..., and poaching in
    the area has been a concern'): it is the subject noun of a clause the parse lost."""
    if token.pos_ != "VERB" or token.tag_ not in {"VBN", "VBG"}:
        return False
    if token.dep_ == "amod":
        return not _verb_read_as_adjective(token)
    if any(c.lower_ in actions().ranking_degrees for c in token.children):
        return True  # "the hardest hit", "the provinces worst hit by the floods": a ranking
    return (
        token.tag_ == "VBG"
        and token.dep_ == "conj"
        and token.head.tag_ in {"VBZ", "VBD", "VBP", "VBN"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "dobj"} for c in token.children)
    )


def _verb_read_as_adjective(token: Token) -> bool:
    """'A storm with gusts of 110 km/h and heavy rain flooded streets and houses': a
    participle between two bare nouns, the one it would describe right after it, is the
    clause's verb the parser lost; 'the flooded streets' and 'two burned cars' describe."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.tag_ != "VBN":
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ != "compound"
        and after.i == token.head.i
        and after.tag_ == "NNS"
    )


def _while_leaving(verb: Token) -> bool:
    """'as he left his home', 'when they fled the house': a clause telling when something
    else happened to someone leaving."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"as", "when", "while"} for c in verb.children
    )


def _left_to_do(verb: Token) -> bool:
    """'had left home last week to visit friends': a trip with a purpose, no flight ('fled
    their homes to escape the fighting' flees)."""
    return verb.lemma_ == "leave" and any(
        c.dep_ in {"advcl", "xcomp"}
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and c.lemma_ not in actions().flight_purposes
        for c in verb.children
    )


def _figurative(token: Token, action: str) -> bool:
    """'the talks collapsed', 'a second wave hit the region': no physical occurrence."""
    vocab = actions()
    weather = action in {"attack", "shell"}  # 'a second storm hit', 'rain pounded the town'
    if not (action in vocab.figurative_actions or weather) or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    # "previous rounds of talks collapsed": the talks, through 'of'
    nouns = [subject, *(g for c in subject.children if c.lower_ == "of" for g in c.children)]
    abstract = vocab.abstract_subjects if action in vocab.figurative_actions else frozenset()
    if action == "collapse":
        abstract = abstract | vocab.figurative_institutions  # 'the coalition collapsed'
    if weather:
        abstract = abstract | vocab.figurative_weather
    return any(n.lemma_.lower() in abstract for n in nouns)


def _nobody_did(verb: Token) -> bool:
    """'No one had been arrested', 'nobody was hurt', 'no airstrike had hit', 'had made no
    arrests', 'killed no civilians': the sentence says it did not happen."""
    if verb.pos_ == "NOUN":
        return any(d.lower_ == "no" for d in verb.children if d.dep_ == "det")
    if any(c.dep_ == "dobj" and _none_of(c) for c in verb.children):
        return True
    holders = [verb]
    raised = verb.dep_ in {"xcomp", "oprd"} or (verb.dep_ == "advcl" and verb.i == verb.head.i + 1)
    if raised:  # "No structures had been confirmed destroyed"
        holders.append(verb.head)
    subjects = {"nsubj", "nsubjpass"}
    shared = verb
    while _in_a_row_of_verbs(shared) and not any(c.dep_ in subjects for c in shared.children):
        # "No peacekeeper struck or injured any worker", "no vessel was stopped, boarded or
        # detained": the subject of the first verb of the row
        shared = shared.head
        holders.append(shared)
    return any(c.dep_ in subjects and _none_of(c) for h in holders for c in h.children)


def _in_a_row_of_verbs(verb: Token) -> bool:
    """A verb coordinated with the one before it; also a participle the parser hung on the
    participle before it as a clause of its own ('was stopped, boarded or detained')."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN"


def _none_of(subject: Token) -> bool:
    """'nobody', 'no houses', 'not a single home', 'not one shop'."""
    if subject.lower_ in {"nobody", "none"}:
        return True
    if any(d.lower_ == "no" for d in subject.children if d.dep_ == "det"):
        return True
    first = next(iter(subject.subtree))
    return first.lower_ == "not" and first.i < subject.i


def _asked_about(verb: Token) -> bool:
    """An indirect question: 'how many civilians had died', 'whether anyone was arrested' ask
    about an event; they do not tell one, nor does an event noun they ask about ('whether
    the blast was connected to the shooting')."""
    if verb.pos_ == "NOUN" and verb.dep_ in {"nsubj", "nsubjpass"}:
        return _asked_about(verb.head) and verb.head.pos_ == "VERB"
    if verb.pos_ != "VERB" or verb.dep_ not in {"ccomp", "xcomp", "advcl", "pcomp"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return verb.dep_ != "advcl"  # "if they attack" is a condition, read elsewhere
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            words = [t.lower_ for t in child.subtree]
            pairs = zip(words, words[1:], strict=False)
            if any(w == "how" and n in {"many", "much"} for w, n in pairs):
                return True
            # 'could not confirm which side fired on the town', 'who fired the shots' (not
            # 'that', which the parser may take for an object: 'told the Courier that ...';
            # nor a relative 'which' before the verb of saying: 'a strike, which he said
            # targeted a depot')
            asking = child.lower_ in _ASKING or any(c.lower_ in _ASKING for c in child.children)
            if asking and child.i > verb.head.i:
                return True
    return False


_ASKING = frozenset({"who", "whom", "which", "what", "whose"})
_HELD = frozenset({"arrest", "abduct"})


def _bare_participle(token: Token) -> bool:
    """A bare participle describing people ('those arrested', 'the persons detained',
    'detained men') names who they are, not an arrest; 'a man detained on Monday in Kayes'
    and '40 people arrested during the march' still tell one."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in {"acl", "amod"}
        and not any(c.dep_ != "punct" for c in token.children)
    )


def _activity_as_subject(token: Token) -> bool:
    """A gerund that is the subject of a timeless clause speaks of the activity, not of one
    occurrence ('burning the police post is not the way', 'Looting will not feed one
    child'); 'Shelling resumed on Monday' and 'the burning of the market' tell one."""
    if token.tag_ != "VBG" or token.dep_ not in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
        return False
    if any(
        c.dep_ in {"det", "poss"} or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children
    ):
        return False
    clause = token.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return modal or clause.lemma_ == "be" or clause.tag_ in {"VBZ", "VBP"}


def _gerund(token: Token) -> bool:
    """'setting', or the perfect 'having started'."""
    perfect = token.tag_ == "VBN" and any(c.lower_ == "having" for c in token.children)
    return token.tag_ == "VBG" or perfect


# 'People killed ..................... 3': a row of figures, its label led by dots to its count
_DOT_LEADER = re.compile(r"[^.\n]{0,40}?\s*\.{4,}\s*[\d(]")


def _a_table_label(token: Token) -> bool:
    """'People killed ........ 3' in a report's key figures, or 'K = killed' in a table's
    legend: the label of a column or a row of figures, no event."""
    text = token.doc.text
    if _DOT_LEADER.match(text, token.idx + len(token.text)):
        return True
    return token.i > 0 and token.nbor(-1).text == "="


def _bare(token: Token) -> bool:
    """A participle alone on its line ('Supplied' under a photo) tells of nothing."""
    return token.dep_ == "ROOT" and not any(c.dep_ != "punct" for c in token.children)


def _the_charge(token: Token) -> bool:
    """'arrested 11 people for distributing leaflets', 'jailed on charges of smuggling arms':
    what someone is held or sentenced for is the charge against them, not an event told; so
    is what the charge goes on to describe ('suspected of throwing the stone that hit the
    officer')."""
    if _charged_act(token):
        return True
    return any(_charged_act(a) for a in list(token.ancestors)[:MAX_CHARGE_DEPTH] if a.tag_ == "VBG")


def _charged_act(token: Token) -> bool:
    if token.dep_ == "dobj" and _gerund(token.head):
        token = token.head  # "on suspicion of setting fire to scrubland": the noun's verb
    if not _gerund(token) or token.dep_ != "pcomp" or token.head.lower_ not in {"for", "of"}:
        return False
    governor = token.head.head
    while governor.pos_ == "NOUN" and governor.dep_ == "pobj":  # "on charges of", "suspicion"
        governor = governor.head.head
    while governor.pos_ == "NOUN" and governor.dep_ in HELD_PEOPLE_DEPS:
        # "arrested 14 people, all of them farmers, for clearing land": the parser may hang
        # the charge on the people held
        governor = governor.head
    return governor.lemma_ in actions().charge_heads


HELD_PEOPLE_DEPS = frozenset({"dobj", "nsubjpass", "appos", "npadvmod"})


def _vetoed_by_object(verb: Token) -> bool:
    """'executed a warrant', 'embers landed': an object or subject that makes the verb no
    event."""
    vocab = actions()
    if verb.lemma_ in vocab.mine_verbs and _struck_a_mine(verb):
        return False  # 'their vehicle struck a mine': a car that strikes a wall hurts no one
    objects = vocab.object_vetoes.get(verb.lemma_, frozenset())
    subjects = vocab.subject_vetoes.get(verb.lemma_, frozenset())
    # "a gang stormed the village and pulled the victims out": a conjunct shares the subject
    sharing = [verb.head] if verb.dep_ == "conj" and not _has_subject(verb) else []
    # what 'was hit' is what was struck, not what did the striking
    doers = {"nsubj"} if verb.lemma_ in vocab.collision_verbs else {"nsubj", "nsubjpass"}
    # what 'was destroyed' is what one destroys ('the drugs have been destroyed')
    undergoers = {"dobj"} if verb.lemma_ in vocab.collision_verbs else {"dobj", "nsubjpass"}
    for child in [*verb.children, *(c for v in sharing for c in v.children)]:
        lemmas = {w.lemma_.lower() for w in _counted(child)}
        if (child.dep_ in undergoers and child.head == verb and lemmas & objects) or (
            child.dep_ in doers and lemmas & subjects
        ):
            return True
    misread = _subject_behind_a_relative_clause(verb)
    if misread is not None and misread.lemma_.lower() in subjects:
        return True
    if _control_of(verb) & vocab.controlled_nouns:
        return True  # 'police took control of the situation'
    if verb.dep_ != "acl":
        return False
    if verb.tag_ == "VBN" and "nsubjpass" in undergoers:
        # "the privilege speech delivered by the senator": a past participle's noun is what
        # was done, as the subject of 'was delivered' would be
        return verb.head.lemma_.lower() in objects
    # "embers landing ahead of the fire": a participle's noun is its subject
    return verb.head.lemma_.lower() in subjects


def _control_of(verb: Token) -> set[str]:
    """The lemmas after 'control of' when the verb's object is 'control'."""
    return {
        noun.lemma_.lower()
        for control in verb.children
        if control.dep_ == "dobj" and control.lemma_.lower() == "control"
        for prep in control.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj"
    }


def _subject_behind_a_relative_clause(verb: Token) -> Token | None:
    """'died after the car he was driving struck a wall', parsed with no subject for
    'struck': the noun whose relative clause ends right before the verb."""
    if _has_subject(verb) or verb.i == 0:
        return None
    clause = verb.doc[verb.i - 1]
    while clause.dep_ != "relcl" and clause.head != clause and clause.head.i < verb.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != verb.i - 1:
        return None
    return clause.head if clause.head.pos_ == "NOUN" else None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _says_what_an_event_did(verb: Token) -> bool:
    """'An earthquake struck the island', 'a flash flood tore through the bazaar': the
    subject names the event; the verb is no second event (no attack by an earthquake)."""
    if verb.pos_ != "VERB":
        return False
    nouns = actions().event_nouns
    return any(
        c.dep_ == "nsubj" and nouns.get(c.lower_) not in (None, "operate") for c in verb.children
    )


def _cumulative(verb: Token) -> bool:
    """'have been displaced since the conflict began in 2017': a running total over a long
    time, not one occurrence ('have fled since the attack' still is one)."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(_long_since(c) for c in verb.children if c.dep_ in {"advcl", "prep"}):
        return True
    # "displaced by clan conflicts in the region since January": the parser may hang the
    # period on a noun of the clause rather than on its verb.
    # A "since ..." clause counts wherever it hangs: "have been killed and 14,000 injured
    # since the insurgency flared up in January 2004".
    return any(
        t.lower_ == "since"
        and (
            (t.dep_ == "prep" and _in_clause_of(t, verb) and _long_since(t))
            or (t.dep_ == "mark" and _long_since(t.head))
        )
        for t in verb.subtree
    )


def _shared_verb(verb: Token) -> Token:
    """The verb whose auxiliaries a coordinated participle shares: 'killed' for 'injured' in
    'have been killed and 14,000 injured' (parsed as a conjunct, or as a modifier of the
    coordinated number)."""
    if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children):
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "conj":
        return verb.head.head
    return verb


MANY_TIMES = 10  # "fired 1,240 times" is a tally; "fired three times" one burst
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether no other clause stands between `token` and `verb` in the parse."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in CLAUSE_DEPS:
            return False
        node = node.head
    return node.i == verb.i


def _blockade_since_a_day(verb: Token, action: str) -> bool:
    """'Since 6 June, hundreds of villagers have blocked the highway': one protest still
    going on, begun that day; a running total 'since 6 June' counts many occurrences."""
    if action != "protest":
        return False
    months = actions().month_names
    days = [
        w
        for t in verb.subtree
        if t.lower_ == "since"
        for w in t.subtree
        # '6' of '6 June' (which the tagger may not tag as a date)
        if w.like_num
        and (w.head.lemma_.lower() in months or "DATE" in {w.ent_type_, w.head.ent_type_})
    ]
    return bool(days)


def _long_since(clause: Token) -> bool:
    words = list(clause.subtree)
    if not any(w.lower_ == "since" for w in words):
        return False
    vocab = actions()
    long_words = vocab.long_period_words | vocab.month_names
    return any(
        (w.lemma_.lower() in long_words and not _start_of_short_period(w)) or YEAR.fullmatch(w.text)
        for w in words
    )


def _start_of_short_period(word: Token) -> bool:
    """'since the start of the month': a few days or weeks, not a long stretch."""
    return any(
        prep.lower_ == "of"
        and any(p.lemma_.lower() in actions().short_periods for p in prep.children)
        for prep in word.children
    )


def _experiential(verb: Token) -> bool:
    """'The Yungas have burned before', 'the river has flooded before': the present perfect
    with a bare 'before' tells that it has happened at some time, no occurrence of its own."""
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    return perfect and any(
        c.dep_ == "advmod" and c.lower_ == "before" and not list(c.children) for c in verb.children
    )


def _recurring(trigger: Token) -> bool:
    """'Floods hit the district every year', 'embankments often give way': no one occurrence."""
    vocab = actions()
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    # "146 cases have been recorded since 12 August", "an outbreak has grown to 146 cases
    # since 25 October": an outbreak is told by its running count
    counts_an_outbreak = (
        trigger.lower_ in vocab.counted_nouns or vocab.event_nouns.get(trigger.lower_) == "outbreak"
    )
    # "have been killed and 14,000 injured since 2004": the injured share the running total
    totals = _cumulative(verb) or _cumulative(_shared_verb(verb)) or _tallied(trigger)
    if not counts_an_outbreak and totals:
        return True
    # '... were arrested during the month, and one protester died': the period is shared
    whole_period = _over_a_whole_period(verb) or _over_a_whole_period(_shared_verb(verb))
    if _across_years(verb) or _experiential(verb) or whole_period:
        return True
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in vocab.frequency_adverbs:
            return True
        if (  # "has burned almost every summer", which the parser may read as an object
            child.dep_ in {"npadvmod", "advmod", "dobj"}
            and child.lower_ in vocab.frequency_nouns
            and any(d.lower_ in vocab.frequency_determiners for d in child.children)
        ):
            return True
    return any(  # "fired on the villages 1,240 times in September", not "fired three times"
        t.lower_ == "times" and _in_clause_of(t, verb) and _many(t) for t in verb.subtree
    )


def _over_a_whole_period(verb: Token) -> bool:
    """'At least 31 people were arrested in connection with protests during the month': a
    count over a whole month or year the clause names, many occurrences in one figure."""
    vocab = actions()
    return any(
        t.dep_ == "prep"
        and t.lower_ in vocab.period_prepositions
        and _in_clause_of(t, verb)
        and any(
            o.dep_ == "pobj"
            and o.lemma_.lower() in vocab.period_nouns
            and any(d.dep_ in {"det", "amod", "poss"} for d in o.children)
            for o in t.children
        )
        for t in verb.subtree
    )


def _many(times: Token) -> bool:
    for count in (c for c in times.children if c.dep_ == "nummod"):
        digits = count.text.replace(",", "")
        if digits.isdigit() and int(digits) >= MANY_TIMES or count.lower_ in {"hundreds", "dozens"}:
            return True
    return False


def _burned_area(trigger: Token) -> bool:
    """'more than 1,200 hectares of forest had burned', 'the fire has burned 7,120 acres': the
    area a fire took is a figure of its extent, not an occurrence (what it destroyed, 'and
    destroyed 14 homes', is one); so is the area it is told to have taken. The area someone
    destroyed ('Agents destroyed about 14 hectares of marijuana plantations') is an act."""
    vocab = actions()
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    by_someone = (
        subject is not None
        and subject.pos_ != "PRON"
        and subject.lower_ not in vocab.event_nouns
        and subject.lemma_.lower() not in vocab.event_nouns
    )
    objects = {"nsubj", "nsubjpass"} if by_someone else {"nsubj", "nsubjpass", "dobj"}
    for noun in (c for c in verb.children if c.dep_ in objects):
        unit = noun.lemma_.lower()
        square = any(c.lower_ == "square" for c in noun.children)
        if unit in vocab.area_units or (square and unit in vocab.square_units):
            return True
    return False


def _fire_still_burning(verb: Token) -> bool:
    """'23 wildfires were burning across the province': fires going on, burning nothing
    named, are the state of things, not a destruction ('a fire burning through 40 homes'
    is one)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or verb.lemma_ != "burn":
        return False
    if any(
        c.dep_ in {"dobj", "prt"} or (c.dep_ == "prep" and c.lower_ in {"through", "into"})
        for c in verb.children
    ):
        return False  # "burning through 40 homes", "burning down the market"
    fires = actions().event_nouns
    return any(
        c.dep_ == "nsubj" and fires.get(c.lemma_.lower()) == "destroy" for c in verb.children
    )


def _tallied(trigger: Token) -> bool:
    """'The monitor recorded 61 airstrikes in February', 'has documented 61 deaths from
    shelling': a count of events, or of their victims, is a statistic."""
    if trigger.pos_ != "NOUN":
        return False
    counted = trigger
    while counted.dep_ == "pobj" and counted.head.head.pos_ == "NOUN":
        counted = counted.head.head  # "deaths from shelling": the deaths are counted
    if counted.dep_ == "conj" and counted.head.pos_ == "NOUN":
        counted = counted.head  # "air strikes and shelling"
        while counted.dep_ == "pobj" and counted.head.head.pos_ == "NOUN":
            counted = counted.head.head
    return (
        counted.tag_ == "NNS"
        and counted.dep_ in {"dobj", "nsubjpass"}  # "recorded 31 fires", "31 were recorded"
        and counted.head.lemma_ in actions().tally_verbs
        and any(c.dep_ == "nummod" or c.lower_ in {"dozens", "hundreds"} for c in counted.subtree)
    )


def _across_years(verb: Token) -> bool:
    """'... between 2015 and 2025', 'from 2019 to 2023': events summed over years."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "from"}:
            years = {w.text for w in child.subtree if YEAR.fullmatch(w.text)}
            if len(years) > 1 or child.lower_ == "from" and _to_year(child):
                return True
    return False


def _to_year(prep: Token) -> bool:
    following = (c for c in prep.head.children if c.dep_ == "prep" and c.lower_ in {"to", "until"})
    return any(YEAR.fullmatch(w.text) for c in following for w in c.subtree) and any(
        YEAR.fullmatch(w.text) for w in prep.subtree
    )


def _denied_content(token: Token) -> bool:
    """The content of a denial ('denied evacuating militants', 'found no evidence that a drone
    struck the market', 'the information that units fired ... does not reflect reality') is
    not a report of its own."""
    denials = attribution_cues().denial_verbs
    absent = actions().absence_nouns
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in denials or _called_false(node) or _called_untrue(node):
            return True
        if node.lower_ in absent and any(c.lower_ == "no" for c in node.children):
            return True
    return False


def _called_false(node: Token) -> bool:
    """A claim its own sentence calls false: the subject of 'is disinformation' or 'does not
    reflect reality' ('the report that ... is false'), or a clause the parser joins to such a
    predicate ('The information spread by X that units fired ... does not reflect reality')."""
    if node.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"nsubj", "nsubjpass"}:
        falsified = node.head.lemma_.lower() in attribution_cues().falsity_words  # "were made up"
        return falsified or _false_predicate(node.head, skip=node)
    if node.pos_ in {"VERB", "AUX"}:
        return any(_false_predicate(c, skip=None) for c in node.children if c.dep_ == "conj")
    return False


def _called_untrue(node: Token) -> bool:
    """'It is not true that companies are setting these fires': a clause of a negated 'true'."""
    truth = attribution_cues().truth_words
    return any(c.dep_ == "neg" for c in node.children) and any(
        c.dep_ == "acomp" and c.lower_ in truth for c in node.children
    )


def _false_predicate(predicate: Token, skip: Token | None) -> bool:
    cues = attribution_cues()
    if predicate.lemma_ in cues.falsity_verbs and any(c.dep_ == "neg" for c in predicate.children):
        return True
    complements = [
        c for c in predicate.children if c is not skip and c.dep_ in {"attr", "acomp", "conj"}
    ]
    return any(
        word.lemma_.lower() in cues.falsity_words
        or (word.dep_ == "conj" and _false_predicate(word, skip=None))
        for word in complements
    )


def _participants(verb: Token) -> tuple[ActorMention | None, ActorMention | None]:
    agent = patient = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            agent = child
        elif child.dep_ == "nsubjpass":
            patient = child
        elif child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
        elif child.dep_ == "dobj" and patient is None:
            patient = child
    if agent is None and verb.dep_ in {"conj", "advcl"}:
        agent, _ = _participants_heads(verb.head)
    if agent is None and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        agent = verb.head
    if agent is None:
        agent = _accused(verb)
    if actions().takes_recipient(_action_of(verb) or ""):
        patient = _recipient(verb) or patient
    vocab = actions()
    thrown = verb.lemma_ in vocab.throwing_verbs and _explosive_thrown(verb)
    if thrown or (verb.lemma_ in vocab.dropping_verbs and _explosive_dropped(verb)):
        patient = _thrown_at(verb) or patient  # the compound a grenade was thrown into
    if verb.lemma_ in vocab.finding_verbs and _bodies_found(verb):
        agent = None  # 'divers recovered the bodies': who recovered the dead did not kill them
    return _mention(agent), _mention(patient)


def _thrown_at(verb: Token) -> Token | None:
    """'thrown over the wall of the radio's office', 'hurled into the compound', 'dropped
    munitions on the market': the place an explosive was thrown at or dropped on is what was
    attacked, not the explosive, whether the parser hangs the place on the verb or on it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [*(c for o in objects for c in o.rights), *verb.rights]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in _THROWN_AT):
        target = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if target is not None and target.ent_type_ not in {"DATE", "TIME"}:
            return target
    return None


_THROWN_AT = frozenset({"at", "over", "into", "onto", "on", "inside", "through"})


def _accused(verb: Token) -> Token | None:
    """'accused an army helicopter of firing on houses': the accused is who fired."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ not in {"of", "for"}:
        return None
    accused = preposition.head
    if accused.dep_ == "dobj" and accused.pos_ in {"NOUN", "PROPN", "PRON"}:
        return accused  # "accused police of beating": 'of' hangs on the object
    if accused.pos_ == "VERB":  # or on the verb itself
        return next((c for c in accused.children if c.dep_ == "dobj"), None)
    return None


def _recipient(verb: Token) -> Token | None:
    """'supplying weapons to ISIS units': the party served is the patient, not the goods."""
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in {"to", "for"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "dobj":
            found = _recipient(child)
            if found is not None:
                return found
    return None


def _participants_heads(verb: Token) -> tuple[Token | None, Token | None]:
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    patient = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return agent, patient


def _mention(head: Token | None) -> ActorMention | None:
    if head is None or head.tag_ == "WDT":
        return None
    span = _actor_phrase(head)
    actor = actors().normalise(span.text, head.lower_ if head.pos_ == "NOUN" else None)
    if actor is None and head.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}:
        actor = span.text
    return ActorMention(span.text, actor, span.start_char, span.end_char)


def _actor_phrase(head: Token) -> Span:
    """The noun phrase of an actor, without relative clauses and trailing clauses."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"relcl", "acl", "punct", "cc", "conj", "advcl"}:
            break
        if child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in child.children):
            break  # "a helicopter [of firing on houses]": what it is accused of
        end = child.right_edge.i + 1
    return doc[head.left_edge.i : end]
