"""Turns a source phrase into a typed `Source`: its span, canonical name and kind.

Order of evidence: the source registry (SANA, Reuters, ...), anonymity markers, a named
person or organisation found by the NER, then the head noun's kind from the vocabulary.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimtrail.model import Source
from claimtrail.vocab import sources as source_vocabulary

# Dependants that end a source phrase: what the source says, not who it is.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "cc", "conj", "punct"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def source_phrase(head: Token) -> Span:
    """The contiguous phrase of a source head: its subtree up to the first clause or conjunct.

    An apposition stays in ("Jane Roe, governor of the province"): it tells the kind.
    """
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    rights = list(head.rights)
    for position, child in enumerate(rights):
        next_is_appos = position + 1 < len(rights) and rights[position + 1].dep_ == "appos"
        if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "punct" and next_is_appos):
            break
        end = child.right_edge.i + 1
    for child in head.lefts:
        if child.dep_ in {"cc", "conj"}:
            start = child.right_edge.i + 1
    span = doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ == "case"):
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


def conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ('the media and local residents')."""
    return [head, *[t for t in head.conjuncts if t.pos_ in {"NOUN", "PROPN", "PRON"}]]


def _kind_from_nouns(span: Span) -> str | None:
    vocab = source_vocabulary()
    lowered = span.text.lower()
    head = span.root.lower_
    if head in vocab.kind_nouns:
        return vocab.kind_nouns[head]
    for token in reversed(span):
        kind = vocab.kind_nouns.get(token.lower_)
        if kind:
            return kind
    for phrase, kind in vocab.kind_nouns.items():
        if " " in phrase and phrase in lowered:
            return kind
    return None


def classify(span: Span) -> Source:
    """Name and kind of the source phrase `span`."""
    vocab = source_vocabulary()
    text, start, end = span.text, span.start_char, span.end_char
    registered = vocab.lookup(text)
    if registered is not None:
        return Source(text, registered.name, registered.kind, start, end)  # type: ignore[arg-type]
    noun_kind = _kind_from_nouns(span)
    head_entity = _entity_of(span.root) or _appositive_entity(span.root)
    # Anonymity is often said in a relative clause the phrase leaves out ("officials who
    # spoke on condition of anonymity"), so the whole subtree is searched.
    whole = span.doc[span.root.left_edge.i : span.root.right_edge.i + 1].text
    if vocab.anonymous_markers.search(whole) or (noun_kind == "anonymous" and head_entity is None):
        return Source(text, None, "anonymous", start, end)
    if head_entity is not None and head_entity.label_ == "PERSON":
        kind = noun_kind or "eyewitness"
        return Source(text, _strip_titles(head_entity), kind, start, end)  # type: ignore[arg-type]
    if head_entity is not None and head_entity.label_ in {"ORG", "FAC", "NORP"}:
        kind = noun_kind or "organization"
        return Source(text, _strip_article(head_entity), kind, start, end)  # type: ignore[arg-type]
    if head_entity is not None and head_entity.label_ == "GPE":
        return Source(text, head_entity.text, "official", start, end)  # "Russia said"
    return Source(text, None, noun_kind or "organization", start, end)  # type: ignore[arg-type]


def _entity_of(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _appositive_entity(head: Token) -> Span | None:
    """'the regional spokeswoman Olena Marchuk': the name stands in apposition to the role."""
    for child in head.children:
        if child.dep_ == "appos":
            entity = _entity_of(child)
            if entity is not None and entity.label_ in {"PERSON", "ORG"}:
                return entity
    return None


def _strip_article(entity: Span) -> str:
    return entity[1:].text if len(entity) > 1 and entity[0].lower_ == "the" else entity.text


def _strip_titles(person: Span) -> str:
    """'Spokeswoman Maria Zakharova' -> 'Maria Zakharova': titles are the kind, not the name."""
    kind_nouns = source_vocabulary().kind_nouns
    tokens = list(person)
    while len(tokens) > 1 and tokens[0].lower_ in kind_nouns:
        tokens = tokens[1:]
    return person.doc[tokens[0].i : tokens[-1].i + 1].text


def is_pronoun(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_ in PRONOUNS


def resolve_reference(source: Source, span: Span, earlier: list[Source]) -> Source:
    """A pronoun or a bare role ('the spokeswoman') takes the name of the latest matching source."""
    if is_pronoun(span):
        for prior in reversed(earlier):
            if prior.name and prior.kind not in {"anonymous", "author"}:
                return Source(
                    source.text, prior.name, prior.kind, source.start_char, source.end_char
                )
        return source
    if source.name is None and span[0].lower_ in {"the", "this", "that"} and len(span) <= 3:
        role = span.root.lower_
        for prior in reversed(earlier):
            if prior.name and role in prior.text.lower():
                return Source(
                    source.text, prior.name, prior.kind, source.start_char, source.end_char
                )
    return source
