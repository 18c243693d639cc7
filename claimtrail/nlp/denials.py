"""Finds denials: a source that denies, rejects or dismisses a claim ("The ministry denied ...")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.model import Denial
from claimtrail.nlp.attribution import Attribution
from claimtrail.nlp.sources import (
    classify,
    nearest_subject,
    resolve_reference,
    source_phrase,
)
from claimtrail.vocab import actors, attribution_cues


def find_denials(doc: Doc, attributions: Sequence[Attribution] = ()) -> list[Denial]:
    """One Denial per denial verb whose subject is a source; the span is its sentence. A
    surname or a role ('Col Atwine dismissed the claim') is the source named before it in
    `attributions`."""
    verbs = attribution_cues().denial_verbs
    named = sorted((s for a in attributions for s in a.sources), key=lambda s: s.start_char)
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_ not in verbs:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        sent = token.sent
        if subject.lower_ in attribution_cues().evidential_nouns:
            continue  # 'BRIGHTWATER: stopbank claims rejected': the claims deny nothing
        phrase = source_phrase(subject)
        earlier = [s for s in named if s.end_char <= phrase.start_char]
        source = resolve_reference(classify(phrase), phrase, earlier)
        target = actors().normalise(source.text)
        found.append(Denial(sent.start_char, sent.end_char, sent.text, source, target))
    return found


def _subject(verb: Token) -> Token | None:
    subject = nearest_subject(verb)
    if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        return subject
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None
