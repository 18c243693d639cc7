"""Which denial answers which report.

A report is `denied` when a denial in its paragraph answers it: the next sentence rejects
"the claims", or the denier is the actor the report accuses; or when a denial anywhere later
names the same kind of event on the report's very day ("denied that any drone strike had
taken place in the town on Saturday"). A source never denies its own account.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimtrail.geo.gazetteer import countries_named
from claimtrail.model import ActorMention, Denial, Place, Report, Source, When
from claimtrail.nlp.attribution import chain_at, same_source
from claimtrail.nlp.events import (
    DEFINITE,
    TOLD_POINTERS,
    Trigger,
    burned_on_purpose,
    what_was_told_never_happened,
)
from claimtrail.nlp.facts import PARAGRAPH_BREAK, DocumentFacts, paragraph_starts
from claimtrail.nlp.headings import is_crosshead
from claimtrail.nlp.sources import of_other_countries
from claimtrail.vocab import actions, actors, attribution_cues
from claimtrail.vocab import sources as source_vocabulary

MAX_DENIAL_OBJECT_WORDS = 20  # the rejected claim is named near the denial verb
DENIAL_TAIL = re.compile(r",\s+(?:saying|adding|explaining|insisting)\b")
LOCAL_FEATURES = frozenset({"city", "town", "village", "locality"})  # what a denial may be about


def answered_by_denial(
    end: int,
    agent: ActorMention | None,
    chain: tuple[Source, ...],
    facts: DocumentFacts,
    action: str,
    places: Sequence[Place] = (),
) -> bool:
    """A denial in the report's paragraph that rejects the claims, comes from the accused, or
    in the next sentence denies the same kind of event ("denied that any attack had taken
    place"), unless it comes from the report's own source (who does not deny its own account).
    The next sentence may open the next paragraph when it comes from the accused ("X, a
    spokesman for the group, denied the account") or names the same kind of event."""
    accused = agent.actor if agent else None
    for denial in facts.denials:
        if denial.start < end or tells_it(denial.source, chain, facts.doc.text):
            continue
        if _heading_up_to(facts.doc.text, end, denial.start + len(denial.text.rstrip())):
            # 'JLEEB: Authority denies worker died' heads what follows, and a denial under a
            # later section's heading answers that section
            continue
        if _rejects_the_account_of_its_source(denial, end, chain, facts, action):
            return True
        if _rejects_another_sources_account(denial, chain, facts.doc):
            continue  # 'rejected the party agents' account' answers not the hospital's count
        between = facts.doc.text[end : denial.start]
        next_sentence = not between.strip()
        next_paragraph = PARAGRAPH_BREAK.search(between) is not None
        if _names_another_kind(denial, facts.doc, action):
            continue  # 'No soldier set fire to any house' answers no account of flight
        if _same_event_at_its_place(denial, facts, action, places, between):
            return True
        if next_paragraph and not next_sentence:
            # a denial in a later paragraph is a blanket one, not an answer to this report,
            # unless it rejects 'the claim' with only the claimant's own words between (and
            # comes from no third state), or the accused state rejects it right after its
            # opponent's account
            return (
                _claimant_goes_on(end, denial.start, chain, facts, action)
                and _denies_the_claim(denial, facts.doc)
                and not any(of_other_countries(denial.source, s, facts.doc.text) for s in chain)
            ) or _accused_state_rejects(denial, agent, between, facts.doc, chain)
        rejects_claims = _rejects_a_claim(denial) or _denies_it(denial, facts.doc)
        by_accused = accused is not None and denial.target == accused
        named_in_agent = agent is not None and _denier_in_agent(denial.source, agent)
        same_event = next_sentence and _names_event(denial, facts.doc, action)
        # "denied any attack on Ndassima" does not answer a report from Ippy, though it
        # comes from the accused; a denial of "the claims" just told needs no place.
        about_it = (by_accused or named_in_agent or same_event) and not _about_elsewhere(
            denial, places, facts.places
        )
        if next_paragraph:
            # Opening the next paragraph, only the accused, a denial of the same kind of
            # event or of "the allegation" just told, or of "it", answers: "has repeatedly
            # denied these reports" there is a blanket one.
            one_claim = _denies_the_claim(denial, facts.doc) or _denies_it(denial, facts.doc)
            return about_it or (next_sentence and one_claim)
        if (next_sentence and rejects_claims) or about_it:
            return True
    return False


def _heading_up_to(text: str, start: int, end: int) -> bool:
    """Whether a paragraph beginning after `start` and ending by `end` is a section heading."""
    for found in PARAGRAPH_BREAK.finditer(text, start, end):
        stop = text.find("\n", found.end())
        stop = end if stop == -1 or stop > end else stop
        if stop > found.end() and is_crosshead(text, found.end(), stop):
            return True
    return False


def _rejects_the_account_of_its_source(
    denial: Denial, end: int, chain: tuple[Source, ...], facts: DocumentFacts, action: str
) -> bool:
    """'China's Taiwan Affairs Office rejected the CGA's account': a denial that names whose
    account it rejects answers that source's last account before it, however far back, and
    what the same source went on to tell of that kind of event."""
    owners = _account_owners(denial, facts.doc)
    claimants = [s for s in chain if any(_names_source(owner, s) for owner in owners)]
    if not claimants:
        return False
    doc = facts.doc
    for trigger in facts.triggers:
        at = doc[trigger.token_index].idx
        if trigger.action == action:
            continue
        if end <= at < denial.start and any(
            _same_speaker(claimant, told)
            for claimant in claimants
            for told in chain_at(facts.attributions, at, at + 1)
        ):
            return False  # the same source's later account is the one rejected
    return True


def _rejects_another_sources_account(denial: Denial, chain: tuple[Source, ...], doc: Doc) -> bool:
    """Whether the denial names whose account it rejects, and the report is told by others."""
    owners = _account_owners(denial, doc)
    return bool(chain and owners) and not any(
        _names_source(owner, source) for owner in owners for source in chain
    )


def _same_speaker(a: Source, b: Source) -> bool:
    """One source, or one person named in full and then by surname ('Ricardo Saravia Toledo',
    'Saravia Toledo')."""
    if same_source(a, b):
        return True
    if not (a.name and b.name):
        return False
    return a.name.endswith(" " + b.name) or b.name.endswith(" " + a.name)


def _account_owners(denial: Denial, doc: Doc) -> list[str]:
    """Whose claims the denial names: 'the CGA's account' -> 'CGA'."""
    span = doc.char_span(denial.start, denial.end, alignment_mode="expand")
    if span is None:
        return []
    evidential = attribution_cues().evidential_nouns
    return [
        " ".join(t.text for t in owner.subtree if t.dep_ not in {"case", "det"})
        for noun in span
        if noun.lemma_ in evidential or noun.lower_ in evidential
        for owner in noun.children
        if owner.dep_ == "poss" and owner.pos_ in {"PROPN", "NOUN"}
    ]


def _names_source(owner: str, source: Source) -> bool:
    words = rf"(?<!\w){re.escape(owner)}(?!\w)"
    return any(re.search(words, text, re.IGNORECASE) for text in (source.name or "", source.text))


def _claimant_goes_on(
    start: int, end: int, chain: tuple[Source, ...], facts: DocumentFacts, action: str
) -> bool:
    """'"Villagers told me the policemen poured petrol on their houses," Mr Kaupa said.'
    between a claim and 'The police commander rejected the claim': paragraphs that only quote
    the claimant, telling no other kind of event ('... had described the seizure to them'
    retells the claim; 'the barge that delivered the cargo' describes the barge), keep the
    claim the one just told."""
    text = facts.doc.text
    paragraphs = [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"[^\n]+", text[start:end])
        if m.group().strip()
    ]
    if not paragraphs or len(paragraphs) > MAX_PARAGRAPHS_TO_ANSWER:
        return False
    doc = facts.doc
    if any(
        start <= t.start_char < end
        and t.action != action
        and doc[t.token_index].dep_ not in {"relcl", "acl"}  # 'the barge that delivered it'
        for t in facts.triggers
    ):
        return False
    return all(
        any(
            a.content_start < p_end
            and p_start < a.content_end
            and p_start <= a.cue_start < p_end
            and any(tells_it(source, chain, text) for source in a.sources)
            for a in facts.attributions
        )
        for p_start, p_end in paragraphs
    )


MAX_PARAGRAPHS_TO_ANSWER = 2  # "Baku rejected the claim" after the ministry's next paragraph


def _accused_state_rejects(
    denial: Denial,
    agent: ActorMention | None,
    between: str,
    doc: Doc,
    chain: tuple[Source, ...] = (),
) -> bool:
    """'Azerbaijani armed forces fired at Armenian positions ...' then, a paragraph on,
    'Azerbaijan's Defence Ministry rejected the claim': the accused, named by its country or
    as a state's force ('soldiers killed ...', then 'The army rejected the accusation'),
    rejects the one claim just told. What officials tell of their own soldiers accuses no
    one: a force rejects only what others say of it."""
    if agent is None or len(PARAGRAPH_BREAK.findall(between)) > MAX_PARAGRAPHS_TO_ANSWER:
        return False
    accused, denier = countries_named(agent.text), countries_named(denial.source.text)
    told_by_others = not chain or chain[-1].kind != "official"
    force = actors().forces_named(agent.text) & actors().forces_named(denial.source.text)
    return bool(accused & denier or (force and told_by_others)) and _denies_the_claim(denial, doc)


def denied_later(
    end: int,
    chain: tuple[Source, ...],
    facts: DocumentFacts,
    action: str,
    places: Sequence[Place],
    when: When | None,
) -> bool:
    """'X denied that any drone strike had taken place in or near the town on Saturday',
    paragraphs after the strike was told: a denial anywhere later that names the same kind of
    event on the report's very day, and no other place, answers it."""
    if when is None or when.start != when.end:
        return False
    for denial in facts.denials:
        if denial.start < end or tells_it(denial.source, chain, facts.doc.text):
            continue
        said = DENIAL_TAIL.search(denial.text)  # "..., saying inspectors found it intact"
        claim_end = denial.start + (said.start() if said else len(denial.text))
        days = [d for d in facts.dates if denial.start <= d.start_char < claim_end]
        if (
            days
            and all(_holds_the_day(d, when) for d in days)
            and _names_event(denial, facts.doc, action, same=True)
            and not _about_elsewhere(denial, places, facts.places)
        ):
            return True
    return False


def _holds_the_day(told: When, day: When) -> bool:
    """The denial's date is the report's day, or a week at most that holds it ('no such
    kidnapping took place last week')."""
    if (told.start, told.end) == (day.start, day.end):
        return True
    short = (told.end - told.start).days <= MAX_DENIED_SPAN_DAYS
    return short and told.start <= day.start and day.end <= told.end


MAX_DENIED_SPAN_DAYS = 7


def denied_before(
    start: int,
    chain: tuple[Source, ...],
    facts: DocumentFacts,
    trigger: Trigger,
    places: Sequence[Place],
) -> bool:
    """'The authority rejected a claim that a dam in Fujairah had burst.' / 'A video shared on
    Monday claimed that the dam had burst ...': a denial of a claim of the same kind of
    event, in the paragraph right before the one telling the claim, answers it."""
    text = facts.doc.text
    action, claim_word = trigger.action, facts.doc[trigger.token_index].lemma_
    for denial in facts.denials:
        end = denial.start + len(denial.text.rstrip())
        if end > start or tells_it(denial.source, chain, text):
            continue
        between = text[end:start]
        if between.strip() or len(PARAGRAPH_BREAK.findall(between)) != 1:
            continue  # only the paragraph right before the claim's
        # the denial names the claim's event with the claim's own word ('a dam had burst')
        span = facts.doc.char_span(denial.start, end, alignment_mode="expand") or ()
        # (a word of content: 'in' of 'a sit-in' is in every denial)
        same_word = any(token.lemma_ == claim_word and not token.is_stop for token in span)
        if (
            _rejects_a_claim(denial)
            and (same_word or _names_event(denial, facts.doc, action, same=True))
            and not _about_elsewhere(denial, places, facts.places)
        ):
            return True
    return False


def denied_by_name(
    start: int, chain: tuple[Source, ...], facts: DocumentFacts, places: Sequence[Place]
) -> bool:
    """'He added that the Hezbollah claim of a hit near Shlomi was invented', entries above
    the group's claim in a live page that tells the night newest first: a denial, anywhere
    before the account, that names its claimant's claim and its place answers it."""
    claimants = {w for source in chain if source.name for w in _name_words(source)}
    spots = {_place_key(p) for p in places if p.feature in LOCAL_FEATURES}
    if not claimants or not spots:
        return False
    evidential = attribution_cues().evidential_nouns
    for denial in facts.denials:
        if denial.start + len(denial.text.rstrip()) > start:
            continue
        if tells_it(denial.source, chain, facts.doc.text):
            continue
        span = facts.doc.char_span(denial.start, denial.end, alignment_mode="expand") or ()
        owned = [
            t
            for t in span
            if t.lemma_.lower() in evidential
            and any(c.dep_ in {"poss", "compound"} and c.lower_ in claimants for c in t.children)
        ]
        named = {_place_key(p) for p in facts.places if denial.start <= p.start_char < denial.end}
        if owned and named & spots:
            return True
    return False


def _rejects_a_claim(denial: Denial) -> bool:
    """Whether the denial's first words name what it rejects as a claim or report ('rejected
    a claim that ...', 'denied the reports')."""
    words = re.findall(r"[a-z]+", denial.text.lower())[:MAX_DENIAL_OBJECT_WORDS]
    return any(word in attribution_cues().evidential_nouns for word in words)


_NEGATION = re.compile(r"\b(?:no|not|never|nobody|none|neither)\b|n't\b", re.IGNORECASE)


def _names_another_kind(denial: Denial, doc: Doc, action: str) -> bool:
    """Whether the denial says which event did not happen, and the report is an account of
    its own beside it (people who fled, arrests, seizures) rather than of that event."""
    vocab = actions()
    own_accounts = vocab.separate_reports | (vocab.separate_after_lead - {"kill"})
    if action not in own_accounts or not _names_any_event(denial, doc):
        return False
    return not _names_event(denial, doc, action, same=True)


def _names_any_event(denial: Denial, doc: Doc) -> bool:
    vocab = actions()
    words = doc.char_span(denial.start, denial.end, alignment_mode="expand") or ()
    return any(
        (named := vocab.by_lemma.get(t.lemma_) or vocab.event_nouns.get(t.lower_)) is not None
        and not vocab.is_generic(named)
        for t in words
    )


def _same_event_at_its_place(
    denial: Denial, facts: DocumentFacts, action: str, places: Sequence[Place], between: str
) -> bool:
    """'Residents said soldiers set fire to houses in Guzang', a paragraph or two on '"No
    soldier set fire to any house in Guzang," the army spokesman said': a denial of that kind
    of event at a place of the report, a few paragraphs on, answers it."""
    if len(PARAGRAPH_BREAK.findall(between)) > MAX_CONTRADICTION_PARAGRAPHS:
        return False
    # (a denial of the shooting at the report's place answers a killing told as shooting)
    if not _NEGATION.search(denial.text) or not _names_event(
        denial, facts.doc, action, same=True, shooting=True
    ):
        return False  # 'disputed the account, saying the bombs hit farmers': a counter-account
    # a spot the tables lack is known by its own words, not by the town it was put at (the
    # 'Atewa Forest Reserve' of a denial, placed at the story's main town, is not that town)
    named = {
        _place_key(p) if p.resolution == "exact" else p.text.lower()
        for p in facts.places
        if denial.start <= p.start_char < denial.end
    }
    return bool(named & ({_place_key(p) for p in places} | {p.text.lower() for p in places}))


def _about_elsewhere(denial: Denial, places: Sequence[Place], all_places: list[Place]) -> bool:
    """Whether a denial names towns or villages (or places the gazetteer does not know),
    none of them the report's."""
    named = {
        _place_key(p) if p.resolution == "exact" else p.text.lower()
        for p in all_places
        if denial.start <= p.start_char < denial.end
        and (p.feature in LOCAL_FEATURES or p.feature is None or p.resolution != "exact")
    }
    return bool(named) and not named & {_place_key(p) for p in places}


def _place_key(place: Place) -> str:
    return (place.name or place.text).lower()


def _denier_in_agent(denier: Source, agent: ActorMention) -> bool:
    """The denier is who the report says acted: 'the army' for 'army troops', 'a spokesman
    for the SDF' for 'SDF fighters' (an acronym the two share)."""
    agent_words = set(agent.text.lower().split())
    words = (denier.name or denier.text).lower().split()
    acronyms = {w.lower() for w in denier.text.split() if len(w) > 1 and w.isupper()}
    return bool(words and words[-1] in agent_words) or bool(acronyms & agent_words)


def _denies_it(denial: Denial, doc: Doc) -> bool:
    """'the office denied it', 'the Government says that did not happen': the pronoun stands
    for the claim just told."""
    words = doc.char_span(denial.start, denial.end, alignment_mode="expand") or ()
    verbs = attribution_cues().denial_verbs
    return any(
        t.lower_ in TOLD_POINTERS  # "the office denied it"
        and (
            (t.dep_ == "dobj" and t.head.lemma_ in verbs)
            or (t.dep_ == "nsubj" and what_was_told_never_happened(t.head))
        )
        for t in words
    )


def _denies_the_claim(denial: Denial, doc: Doc) -> bool:
    """'The SP denied the allegation', 'rejected the ministry's account', 'called the report
    false': one claim, the one just told, rejected at once; not 'has repeatedly denied these
    reports', which answers many."""
    words = doc.char_span(denial.start, denial.end, alignment_mode="expand") or ()
    cues = attribution_cues()
    for verb in (t for t in words if t.lemma_ in cues.denial_verbs | cues.calling_verbs):
        if any(c.lower_ in cues.blanket_adverbs for c in verb.children):
            return False
        # 'called the report false'; 'branded the claims baseless', the claims parsed as the
        # subject of what they were branded
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
        ]
        for obj in objects:
            determiners = {c.lower_ for c in obj.children if c.dep_ == "det"}
            owned = any(c.dep_ == "poss" for c in obj.children)  # "the ministry's account"
            definite = bool(determiners & DEFINITE) or owned
            # 'rejected the claims' just told; 'these reports' are many, told over time
            one_account = obj.tag_ == "NN" or (obj.tag_ == "NNS" and determiners == {"the"})
            if obj.lower_ in cues.evidential_nouns and one_account and definite:
                return True
    return False


def _names_event(
    denial: Denial, doc: Doc, action: str, same: bool = False, shooting: bool = False
) -> bool:
    """Whether a denial speaks of an event that may be the report's: 'any strike' for an
    airstrike, 'had fired at' for a killing; with `same`, of that very kind of event."""
    vocab = actions()
    words = doc.char_span(denial.start, denial.end, alignment_mode="expand") or ()
    for token in words:
        named = vocab.by_lemma.get(token.lemma_) or vocab.event_nouns.get(token.lower_)
        if named is None and token.pos_ == "NOUN" and token.lower_.endswith("ing"):
            # 'no such incident of burning of houses': the verb's noun names its event
            named = vocab.by_lemma.get(token.lower_.removesuffix("ing"))
        if named == "destroy" and burned_on_purpose(token):
            named = "attack"  # 'soldiers had burned houses', 'was set on fire by': arson
        phrase = f"{token.lemma_} {token.nbor().lower_}" if token.i + 1 < len(doc) else ""
        named = named or vocab.by_lemma.get(phrase)
        weapon = vocab.weapon_agents.get(doc[token.i - 1].lower_) if token.i > 0 else None
        if named == "attack" and weapon is not None:
            named = weapon  # "any drone strike": an airstrike
        if named and not vocab.is_generic(named) and vocab.compatible(named, action):
            if (
                not same
                or named == action
                or (shooting and _shooting_of_a_killing(token, named, action))
            ):
                return True
    return False


def _shooting_of_a_killing(token: Token, named: str, action: str) -> bool:
    """'No motorcycle-taxi driver was shot by a police officer at Mudzipela': denying the
    shooting denies the killing told as shooting someone dead."""
    shot = token.pos_ == "VERB" and token.lemma_ in actions().killing_shots  # not 'set fire'
    return action == "kill" and named == "attack" and shot


def tells_it(denier: Source, chain: tuple[Source, ...], text: str = "") -> bool:
    """Whether the denier is one of the report's own voices: the same source, a name alike
    (`_names_alike`), or the body a spokesman speaks for ('the army' for an army spokesman)."""
    words = _name_words(denier)
    return any(
        not of_other_countries(denier, source, text)  # one state's ministry denies another's
        and (
            same_source(denier, source)
            or _names_alike(words, _name_words(source))
            or _speaks_for(source, denier)
        )
        for source in chain
    )


def _name_words(source: Source) -> set[str]:
    """The words of a source's name, "the press centre's spokesman" giving 'centre'."""
    words = re.sub(r"['’]s\b", "", (source.name or source.text).lower()).split()
    return set(words) - {"the", "a", "an", "of"}


def _names_alike(words: set[str], other: set[str]) -> bool:
    """Two names sharing a word of their own ('Mutsvairo'), or one holding the other ('the
    army', 'an army spokesman'); not only 'State' ('the State Police', 'the State Border
    Guard')."""
    shared = words & other
    if not shared:
        return False
    own = shared - source_vocabulary().shared_name_words
    return bool(own) or words <= other or other <= words


def _speaks_for(source: Source, body: Source) -> bool:
    """'an army spokesman' speaks for 'the army' and 'the Malian army', not for 'the Russian
    army' when he is 'a Ukrainian army spokesman'."""
    affiliation = (source.affiliation or "").lower()
    words = (body.name or "").split()
    if not affiliation or not words or words[-1].lower() != affiliation:
        return False
    before = re.search(rf"(\S+)\s+{re.escape(affiliation)}\b", source.text, re.IGNORECASE)
    qualifier = before.group(1) if before is not None else ""
    named = qualifier[:1].isupper() and qualifier.lower() not in {"a", "an", "the"}
    return not named or qualifier.lower() in {w.lower() for w in words[:-1]}


MAX_CONTRADICTION_PARAGRAPHS = 3  # how far back a source's 'did not' may answer a claim


def negations_answering_claims(
    reports: Sequence[Report], facts: DocumentFacts
) -> tuple[list[Report], list[Denial]]:
    """'Miners claimed soldiers burned their camp', then '"Soldiers did not set fire to any
    camp," an army spokesman said': a source saying that the kind of event another source
    claimed did not happen, a few paragraphs on and on no other day, denies that claim. The
    negated account becomes the denial of the claim, not an account of its own."""
    starts = paragraph_starts(facts.doc.text)
    kept: list[Report] = []
    found: list[Denial] = []
    for report in reports:
        claim = (
            _claim_it_answers(report, kept, facts, starts)
            if _says_it_did_not_happen(report, facts)
            else None
        )
        if claim is None:
            kept.append(report)
            continue
        kept[kept.index(claim)] = replace(claim, certainty="denied")
        speaker = report.sources[0]
        # the sentence that opens the negated account is the denial's evidence
        said = next((x for x in facts.doc.sents if x.start_char <= report.start < x.end_char), None)
        said = said if said is not None else facts.doc[:]
        target = actors().normalise(speaker.text)
        found.append(Denial(said.start_char, said.end_char, said.text, speaker, target))
    return kept, found


def _says_it_did_not_happen(report: Report, facts: DocumentFacts) -> bool:
    own = [
        t
        for t in facts.triggers
        if report.start <= t.start_char < report.end and t.action == report.action
    ]
    sourced = bool(report.sources) and report.sources[0].kind != "author"
    return sourced and report.certainty == "denied" and bool(own) and all(t.negated for t in own)


def _claim_it_answers(
    report: Report, earlier: list[Report], facts: DocumentFacts, starts: list[int]
) -> Report | None:
    paragraph = bisect_right(starts, report.start) - 1
    reach = starts[max(0, paragraph - MAX_CONTRADICTION_PARAGRAPHS)]
    vocab = actions()
    for claim in reversed(earlier):
        if claim.start < reach:
            break
        if not vocab.compatible(claim.action, report.action) or claim.certainty == "denied":
            continue
        if tells_it(report.sources[0], claim.sources, facts.doc.text) or not claim.sources:
            continue  # no one denies their own account, nor the author's
        if (
            report.when is not None
            and claim.when is not None
            and not _same_days(report.when, claim.when)
        ):
            continue
        return claim
    return None


def _same_days(a: When, b: When) -> bool:
    return a.start <= b.end and b.start <= a.end
