"""Finds denials: a source that denies, rejects or dismisses a claim ("The ministry denied ...")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimtrail.model import Denial, Source
from claimtrail.nlp.attribution import Attribution, quotation_spans
from claimtrail.nlp.events import action_of, tells_happening, what_was_told_never_happened
from claimtrail.nlp.sources import (
    classify,
    nearest_subject,
    resolve_reference,
    source_phrase,
)
from claimtrail.vocab import actions, actors, attribution_cues, read_data
from claimtrail.vocab import sources as source_vocabulary


def find_denials(
    doc: Doc, attributions: Sequence[Attribution] = (), author: Source | None = None
) -> list[Denial]:
    """One Denial per denial verb whose subject is a source, or per source calling the
    claims false; the span is its sentence. A surname or a role ('Col Atwine dismissed the
    claim') is the source named before it in `attributions`. In its own voice the `author`
    (the publisher of a police force's release, say) denies what it calls false ('The claim
    is baseless.')."""
    named = sorted((s for a in attributions for s in a.sources), key=lambda s: s.start_char)
    found = []
    for token in doc:
        if author is not None and _author_calls_claims_false(token, attributions):
            sent = token.sent  # 'The claim is baseless.': 'is' is no verb of denial
            found.append(Denial(sent.start_char, sent.end_char, sent.text, author, None))
            continue
        if (speaker := _speaker_calling_what_was_claimed_false(token, attributions)) is not None:
            sent = token.sent
            target = actors().normalise(speaker.text)
            found.append(Denial(sent.start_char, sent.end_char, sent.text, speaker, target))
            continue
        if token.pos_ != "VERB":
            continue
        source = (
            _denier(token, named, attributions)
            or _accuser_of_lying(token, named, attributions)
            or _caller_of_claims_false(token, named, attributions)
            or _speaker_calling_claims_false(token, attributions)
            or _speaker_saying_it_never_happened(token, attributions)
            or _speaker_denying_their_own_act(token, attributions)
            or _speaker_saying_it_was_never_done(token, attributions)
            or _speaker_disowning_the_event(token, attributions)
            or _speaker_saying_they_were_not_involved(token, attributions)
            or _speaker_contradicting_the_claims(token, attributions)
            or _none_on_record(token, named, attributions)
        )
        if source is not None:
            sent = token.sent
            target = actors().normalise(source.text)
            found.append(Denial(sent.start_char, sent.end_char, sent.text, source, target))
    return _once_per_sentence(found)


def _once_per_sentence(denials: list[Denial]) -> list[Denial]:
    """'X rejected the claim, saying that "no student has been detained"': one sentence, one
    denier, one denial, though two of its verbs deny."""
    seen: set[tuple[int, str | None]] = set()
    kept = []
    for denial in denials:
        key = (denial.start, denial.source.name or denial.source.text)
        if key not in seen:
            seen.add(key)
            kept.append(denial)
    return kept


def _denier(verb: Token, named: list[Source], attributions: Sequence[Attribution]) -> Source | None:
    """The subject of a denial verb that denies a claim."""
    cues = attribution_cues()
    if verb.lemma_ not in cues.denial_verbs or _withholds(verb):
        return None
    return _subject_source(verb, named, attributions)


def _accuser_of_lying(
    verb: Token, named: list[Source], attributions: Sequence[Attribution]
) -> Source | None:
    """'KCNA accused Seoul and "human rights racketeers" of "spreading sheer lies"': a source
    accusing others of lies or fabrications denies what they told."""
    cues = attribution_cues()
    if verb.lemma_ not in cues.accusing_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    charged = [t for t in verb.subtree if t.i > verb.i and t.lower_ in cues.falsity_words]
    if not any(any(a.lower_ == "of" for a in t.ancestors if a.i > verb.i) for t in charged):
        return None
    return _subject_source(verb, named, attributions)


def _caller_of_claims_false(
    verb: Token, named: list[Source], attributions: Sequence[Attribution]
) -> Source | None:
    """'The Office of the Governor called the report false', 'branded the claims baseless',
    'described the posts as fake': the source calling a claim false denies it."""
    cues = attribution_cues()
    if verb.lemma_ not in cues.calling_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    called = [
        w
        for c in verb.children
        for w in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    claims = [w for w in verb.subtree if w.lower_ in cues.evidential_nouns and w.i > verb.i]
    false = [w for w in called for x in w.subtree if x.lower_ in cues.falsity_words]
    return _subject_source(verb, named, attributions) if claims and false else None


def _subject_source(
    verb: Token, named: list[Source], attributions: Sequence[Attribution]
) -> Source | None:
    """The source the verb's subject names, or the one named before that it refers to; 'we'
    or 'I' in a named speaker's words ('Answer: ... we categorically reject them') is that
    speaker, not the body named last (whose claim is rejected)."""
    cues = attribution_cues()
    subject = _subject(verb)
    if subject is None or subject.lower_ in cues.evidential_nouns:
        return None  # 'BRIGHTWATER: stopbank claims rejected': the claims deny nothing
    teller = _teller(verb, attributions) if subject.lower_ in {"we", "i"} else None
    if teller is not None and teller.name:
        return teller
    phrase = source_phrase(subject)
    earlier = [s for s in named if s.end_char <= phrase.start_char]
    source = resolve_reference(classify(phrase), phrase, earlier)
    if subject.pos_ == "PRON" and source.name is None:
        return None  # 'it rejected ...' with no one named before to say who
    return source


def _speaker_calling_claims_false(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"The claim is false," he said': the speaker, as the attribution resolved them."""
    if not _calls_claims_false(verb):
        return None
    told = [a for a in attributions if a.cue_start <= verb.idx < a.cue_end and a.sources]
    speaker = told[0].sources[0] if told else None
    return speaker if speaker is not None and speaker.name else None


def _speaker_saying_it_never_happened(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"Our checks found that no such kidnapping took place," he said': a named speaker
    saying the event never happened denies it."""
    if not _never_happened(verb, attributions):
        return None
    speaker = _teller(verb, attributions)
    return speaker if speaker is not None and speaker.name else None


def _speaker_denying_their_own_act(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"Our units did not shell Al-Wafa Hospital," the group said', 'told the radio that
    "our group did not plant the bomb"': one accused saying they did not do it denies it."""
    if not (_negated_verb(verb) and _names_an_action(verb)) or _present_habit(verb):
        return None  # 'we do not target civilians' says what they never do, not what they did
    subject = _subject(verb)
    speaker = _teller(verb, attributions)
    if subject is None or speaker is None or speaker.kind == "author":
        return None
    return speaker if _first_person(subject) or _body_spoken_for(subject, speaker) else None


def _body_spoken_for(subject: Token, speaker: Source) -> bool:
    """'a spokesman for the Ethiopian National Defense Force told EBC: "The Defense Force did
    not ..."': the body the speaker speaks for, named as the one that did not do it."""
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.ent_type_ == "PERSON":
        return False
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", speaker.text)}
    if subject.lower_ in said and subject.lower_ not in source_vocabulary().person_roles:
        return True
    # 'the Interior Ministry ...: "At no moment did agents of the National Civil Police fire"':
    # the forces under the ministry that speaks
    named = {subject.lower_} | {
        w.lower_
        for p in subject.children
        if p.lower_ == "of"
        for o in p.children
        for w in o.subtree
    }
    return "ministry" in said and any(
        word in said and named & forces for word, forces in _ministries_over().items()
    )


@lru_cache(maxsize=1)
def _ministries_over() -> dict[str, frozenset[str]]:
    """attribution.json's forces under each ministry, read once (denials are checked per verb)."""
    table = read_data("attribution.json")["ministries_over"]
    return {word: frozenset(forces) for word, forces in table.items() if not word.startswith("_")}


def _speaker_saying_it_was_never_done(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'the interior ministry said Omar "was never arrested by the security forces"': a source
    saying one was never arrested, abducted or attacked denies that it was done to them."""
    never = any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
    done_to = [c for c in verb.children if c.dep_ == "nsubjpass" and _someone_named(c)]
    if not (never and done_to and action_of(verb) is not None):
        return None
    speaker = _teller(verb, attributions)
    return speaker if speaker is not None and speaker.kind != "author" else None


def _speaker_disowning_the_event(verb: Token, attributions: Sequence[Attribution]) -> Source | None:
    """'"We have no connection to the explosion near the ship"', 'it had nothing to do with
    the bombing': a speaker saying they had no part in an event denies it as told of them."""
    cues = attribution_cues()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ not in cues.disowning_verbs or subject is None or subject.pos_ != "PRON":
        return None
    had = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if had is None or not (_no_part(had) or had.lower_ == "nothing"):
        return None
    events = [t for t in had.subtree if t.dep_ == "pobj" and _an_event(t)]
    events += [t for c in verb.children if c.dep_ == "prep" for t in c.children if _an_event(t)]
    if not events:
        return None
    speaker = _teller(verb, attributions)
    return speaker if speaker is not None and speaker.kind != "author" else None


def _speaker_saying_they_were_not_involved(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"The ZRP is not involved in the alleged abduction of Mr Ziyambi"', 'the army said it
    was not involved in the attack': a speaker saying someone had no part in an event denies
    it as told of them."""
    if verb.lemma_ not in attribution_cues().not_involved_verbs or not _negated_verb(verb):
        return None
    events = [t for c in verb.children if c.lower_ == "in" for t in c.children if _an_event(t)]
    if not events:
        return None
    speaker = _teller(verb, attributions)
    return speaker if speaker is not None and speaker.kind != "author" else None


def _speaker_contradicting_the_claims(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"Contrary to the claims circulating on social media, the army did not strike any
    school"', 'contrary to earlier reports, no soldiers were killed': what did not happen, set
    against the claims, denies them, whoever is said not to have done it."""
    if not (_negated_verb(verb) or _none_subjects(verb)) or not _names_an_action(verb):
        return None
    words = attribution_cues().contradicting_words
    against = [
        noun
        for head in verb.children
        if head.lower_ in words
        for to in head.children
        if to.lower_ == "to"
        for noun in to.children
        if noun.dep_ == "pobj"
    ]
    if not any(_a_claim(noun) for noun in against):
        return None
    speaker = _teller(verb, attributions)
    return speaker if speaker is not None and speaker.kind != "author" else None


def _none_on_record(
    verb: Token, named: list[Source], attributions: Sequence[Attribution]
) -> Source | None:
    """'No such incident of burning of houses ... has been reported by the State Government':
    the body whose records hold nothing of the kind denies it; with no body named, who tells
    it ('no case of abduction was registered, the police said')."""
    cues = attribution_cues()
    if verb.lemma_ not in cues.recording_verbs or _negated_verb(verb):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    records = [s for s in _none_subjects(verb) if s.lemma_.lower() in cues.records]
    if not records or not any(
        c.lower_ == "such" or (c.dep_ == "prep" and c.lower_ == "of") for c in records[0].children
    ):
        return None
    keeper = next(
        (o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
        None,
    )
    if keeper is None:
        return _teller(verb, attributions)
    phrase = source_phrase(keeper)
    earlier = [s for s in named if s.end_char <= phrase.start_char]
    return resolve_reference(classify(phrase), phrase, earlier)


def _no_part(noun: Token) -> bool:
    """'no connection', 'no part': a share in something, had by no one."""
    return noun.lower_ in attribution_cues().disowning_nouns and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _an_event(noun: Token) -> bool:
    return noun.dep_ == "pobj" and (
        action_of(noun) is not None or noun.lemma_.lower() in actions().event_nouns
    )


def _someone_named(noun: Token) -> bool:
    """'Omar', 'he', 'the student', 'our reporter': one the story has named, not 'such raids'."""
    if noun.pos_ in {"PROPN", "PRON"}:
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "no", "such", "any"}
        for c in noun.children
    )


def _present_habit(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in verb.children)


def _first_person(subject: Token) -> bool:
    """'we', 'our units', 'my soldiers'."""
    return subject.lower_ in {"we", "i"} or any(
        c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in subject.children
    )


def _teller(verb: Token, attributions: Sequence[Attribution]) -> Source | None:
    """The first source of the innermost attribution whose words hold `verb`."""
    told = [a for a in attributions if a.covers(verb.idx) and a.sources]
    return told[-1].sources[0] if told else None


def _a_turn(attribution: Attribution, doc: Doc) -> bool:
    """'MINISTER OSPINA: No child was killed ...': a speaker's turn in a transcript, which
    is their own words as a quotation is."""
    return doc.text[attribution.cue_start : attribution.cue_end].strip() in {":", "):"}


def _never_happened(verb: Token, attributions: Sequence[Attribution] = ()) -> bool:
    """'no such kidnapping took place', 'no attack occurred'; in a quotation or a speaker's
    turn, also 'No armed men landed near Luba', 'No detainee has been beaten' (an event whose
    subject is none)."""
    happening = tells_happening(verb)
    none = _none_subjects(verb)
    if what_was_told_never_happened(verb):
        return True  # 'The Government says that did not happen'
    if happening:
        return any(s.lower_ in actions().event_nouns for s in none)
    if not none or not (
        verb.lemma_ in actions().by_lemma or _names_an_action(verb) or _civilians_unharmed(verb)
    ):
        return False
    # said at once, opening the quotation: 'No shot was fired', not a detail further on; the
    # quotation may open after its speaker ('the ministry said: "No person has been ...')
    doc = verb.doc
    turns = [(a.content_start, a.content_end) for a in attributions if _a_turn(a, doc)]
    spoken = [*quotation_spans(doc.text), *turns]
    quote = next(((a, b) for a, b in spoken if a <= verb.idx < b), None)
    if quote is None:
        return False
    opened = doc.char_span(quote[0], verb.idx, alignment_mode="expand")
    start = max(verb.sent.start, opened.start if opened is not None else verb.sent.start)
    # 'I want to state clearly: not a single round was fired ...': said at once after a colon
    colons = [t.i for t in doc[start : verb.i] if t.text == ":"]
    start = colons[-1] + 1 if colons else start
    # '"No police officer fired at any polling unit, and no voter was killed ...": a second
    # denial joined to the opening one
    first = verb.head if verb.dep_ == "conj" and _none_subjects(verb.head) else verb
    # measured to the subject that is none ('Not a single mortar round was fired')
    opening = min([first.i, *(subject.i for subject in _none_subjects(first))])
    return opening < start + MAX_DENIAL_OPENING_TOKENS


def _none_subjects(verb: Token) -> list[Token]:
    """'No police officer discharged ...', 'Not a single round was fired ...': the verb's
    subjects that are none."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [s for s in subjects if _none_of(s)]


def _none_of(noun: Token) -> bool:
    words = {(d.dep_, d.lower_) for d in noun.children}
    return ("det", "no") in words or {("neg", "not"), ("amod", "single")} <= words


MAX_DENIAL_OPENING_TOKENS = 6


def _civilians_unharmed(verb: Token) -> bool:
    """'no civilian was harmed': harm, no action of its own, denied for civilians."""
    cues = attribution_cues()
    return verb.lemma_ in cues.harm_verbs and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in cues.harmed_civilians
        for c in verb.children
    )


def _names_an_action(verb: Token) -> bool:
    """'set fire to any house', 'embraced martyrdom': the verb with its object names one;
    so does 'conducted any drone strike', a strike by a weapon."""
    weapons = actions().weapon_agents
    if _weapons_used(verb):
        return True  # 'did not fire their weapons': the shooting
    return action_of(verb) is not None or any(
        c.dep_ == "dobj"
        and (
            action_of(c) is not None
            or any(w.dep_ == "compound" and w.lower_ in weapons for w in c.children)
        )
        for c in verb.children
    )


def _weapons_used(verb: Token) -> bool:
    verbs, weapons = _weapons_table()
    # 'did not use live ammunition', and its passive 'No live ammunition was used'
    return verb.lemma_ in verbs and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in weapons for c in verb.children
    )


@lru_cache(maxsize=1)
def _weapons_table() -> tuple[frozenset[str], frozenset[str]]:
    """attribution.json's verbs of using a weapon and the weapons, read once."""
    table = read_data("attribution.json")["weapons_used"]
    return frozenset(table["verbs"]), frozenset(table["weapons"])


def _withholds(verb: Token) -> bool:
    """'allowed guards to deny entry', 'would neither confirm nor deny the detention': a
    refusal, or a refusal to say, contradicts no claim; nor does 'did not dispute that ...',
    which grants it."""
    cues = attribution_cues()
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(o.lemma_.lower() in cues.refused_things for o in _objects(verb)):
        return True
    pair = [*verb.children, verb.head] if verb.dep_ == "conj" else list(verb.children)
    return any(w.lemma_ == "confirm" for w in pair)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects; for a pronoun, what the verb it is joined to was about ('found
    these arguments unconvincing and rejected them')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "conj" and any(o.tag_ == "PRP" for o in objects):
        head = verb.head  # its object, or the subject of its small clause ('found X weak')
        objects += [
            t
            for t in head.subtree
            if t.i < verb.i and (t.dep_ == "dobj" or (t.dep_ == "nsubj" and t.head is not head))
        ]
    return objects


def _author_calls_claims_false(verb: Token, attributions: Sequence[Attribution]) -> bool:
    """'The claim is baseless.', 'These reports are false.': a sentence of its own, in no
    one's words but the author's, calling the claims just told false."""
    own = _the_page_itself(verb.sent.root)
    if verb.dep_ != "ROOT" and (own is None or not _a_that_clause(verb)):
        return False
    if any(a.covers(verb.idx) and not _spoken_by(a, own) for a in attributions):
        return False
    cues = attribution_cues()
    return _called_false(
        verb,
        lambda s: (
            (s.lower_ in cues.evidential_nouns or s.text in cues.lowercase_evidential_nouns)
            and any(d.lower_ in _POINTING for d in s.children)
        ),
    )


_POINTING = frozenset({"the", "this", "these", "that", "those", "such"})


def _the_page_itself(root: Token) -> Token | None:
    """'This Office would like to make it clear that ...', 'We wish to state that ...': the
    publisher speaking of itself, the subject of the sentence."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ == "we":
        return subject
    this = any(c.dep_ == "det" and c.lower_ == "this" for c in subject.children)
    return subject if this and subject.text[:1].isupper() else None


def _a_that_clause(verb: Token) -> bool:
    """'... that such news is false' (the parser may hang it on 'clear' as an adverbial)."""
    return verb.dep_ == "ccomp" or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )


def _spoken_by(attribution: Attribution, speaker: Token | None) -> bool:
    return speaker is not None and any(
        s.start_char <= speaker.idx < s.end_char for s in attribution.sources
    )


def _speaker_calling_what_was_claimed_false(
    verb: Token, attributions: Sequence[Attribution]
) -> Source | None:
    """'"We are aware of posts claiming a second man was stabbed. This is untrue," the
    spokesperson said': a speaker named, or speaking for a body, calling 'this' false right
    after a sentence of claims denies them."""
    if verb.dep_ not in {"ROOT", "ccomp"}:  # the parser may hang the quotation on 'said'
        return None
    if not _called_false(verb, lambda s: s.lower_ in {"this", "that", "it"}):
        return None
    evidential = attribution_cues().evidential_nouns
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    if before is None or not any(t.lemma_ == "claim" or t.lower_ in evidential for t in before):
        return None
    speaker = _teller(verb, attributions)
    if speaker is None or not (speaker.name or speaker.kind in {"official", "organization"}):
        return None  # 'the spokesperson' of a force speaks for it; 'a man' denies nothing
    return speaker


def _called_false(verb: Token, subject: Callable[[Token], bool]) -> bool:
    """'<subject> is false / untrue / baseless / a lie', not negated."""
    if verb.lemma_ != "be" or _negated_verb(verb):
        return False
    falsity = attribution_cues().falsity_words
    return any(c.dep_ == "nsubj" and subject(c) for c in verb.children) and any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in falsity for c in verb.children
    )


def _negated_verb(verb: Token) -> bool:
    """'did not fire', and 'At no moment did agents fire ...' (the phrase may hang on the
    'did' the parser took for the verb)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    holders = [verb, verb.head] if verb.head.lemma_ == "do" else [verb]
    return any(
        prep.dep_ == "prep"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in _NO_TIME_NOUNS
            and any(d.lower_ == "no" for d in o.children)
            for o in prep.children
        )
        for holder in holders
        for prep in holder.children
    )


_NO_TIME_NOUNS = frozenset({"moment", "point", "time", "stage"})  # 'at no point'


def _a_claim(noun: Token) -> bool:
    """'the posts', 'the reports', and 'this information' or 'these messages' pointed at."""
    cues = attribution_cues()
    if noun.lower_ in cues.evidential_nouns:
        return True
    pointed = cues.pointed_evidential_nouns
    return noun.lower_ in pointed and any(d.lower_ in _POINTED_AT for d in noun.children)


_POINTED_AT = frozenset({"this", "these", "such"})  # 'the information' may be anyone's


def _calls_claims_false(verb: Token) -> bool:
    """'The office said in a statement that the posts were false': a source calling the
    claims, posts or reports false denies them."""
    cues = attribution_cues()
    if verb.lemma_ not in cues.speech_verbs:
        return False
    # 'told the radio that no violence was used, and that the account was "a lie"'
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [j for c in clauses for j in c.conjuncts]
    # (the parser may join the second 'that' clause to the verb of saying)
    clauses += [j for j in verb.conjuncts if any(m.lower_ == "that" for m in j.children)]
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        judged = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        if (
            clause.lemma_ == "be"
            and any(_a_claim(s) for s in subjects)
            and any(j.lower_ in cues.falsity_words for j in judged)
        ):
            return True
        # 'He added that the group's claim of a hit near the post was invented'
        made_up = [c for c in clause.children if c.dep_ == "nsubjpass"]
        if clause.lemma_ in cues.falsity_words and any(
            s.lower_ in cues.evidential_nouns for s in made_up
        ):
            return True
    return False


def _subject(verb: Token) -> Token | None:
    subject = nearest_subject(verb)
    if subject is not None and subject.pos_ in {"NOUN", "PROPN", "PRON"}:
        return subject
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj":
        return _subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head != verb:
        # '... said that nobody died, rejecting the account': who said it, though the
        # parser hangs the participle on what was said
        return _subject(verb.head.head if verb.head.dep_ == "ccomp" else verb.head)
    return None
