"""Turns a source phrase into a typed `Source`: its span, canonical name and kind.

Order of evidence: the source registry (SANA, Reuters, ...), anonymity markers, a named
person or organisation found by the NER, then the head noun's kind from the vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimtrail.geo.gazetteer import countries_named, default_gazetteer, name_key
from claimtrail.model import Source
from claimtrail.names import initials
from claimtrail.nlp.places import cues as place_cues
from claimtrail.vocab import (
    name_honorifics,
    name_titles,
    official_ranks,
    read_data,
    titles_in_full,
)
from claimtrail.vocab import sources as source_vocabulary

# Dependants that end a source phrase: what the source says, not who it is.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "cc", "conj", "punct"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
ACRONYM = re.compile(r"[A-Z]{2,6}")
INSTITUTION_KINDS = frozenset({"official", "organization", "media", "news_agency"})
OUTLET_KINDS = frozenset({"media", "news_agency"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})  # where a body is from, or whose it is
PERSONAL_PRONOUNS = {"he", "she"}  # stand for a person; "they", "it", "we" for a body


UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")


def _subject_of_the_next_verb(token: Token) -> bool:
    """'According to the report of the district director, the subject drew a revolver': the
    parse hangs 'the subject' on the director as an apposition, though it is the subject of
    the verb right after it, which has none."""
    doc = token.doc
    after = token.right_edge.i + 1
    if token.dep_ != "appos" or token.pos_ != "NOUN" or after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
    )


def source_phrase(head: Token) -> Span:
    """The contiguous phrase of a source head: its subtree up to the first clause or conjunct.

    An apposition stays in ("Jane Roe, governor of the province"): it tells the kind.
    """
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    rights = list(head.rights)
    for position, child in enumerate(rights):
        following = rights[position + 1] if position + 1 < len(rights) else None
        keeps_going = following is not None and (
            following.dep_ == "appos" or (child.dep_ == "cc" and continues_name(following))
        )
        if child.dep_ in CLAUSE_DEPS and not keeps_going and not continues_name(child):
            break
        end = child.right_edge.i + 1
    # 'the report of the district director, the subject drew ...': no further than a
    # misparsed subject hung on the phrase as an apposition
    misread = [t.left_edge.i for t in doc[head.i + 1 : end] if _subject_of_the_next_verb(t)]
    end = min([end, *misread])
    for child in head.lefts:
        if child.dep_ in {"cc", "conj"}:
            start = child.right_edge.i + 1
    start = _split_apposition_start(head, start)
    span = doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ == "case" or span[-1].is_space):
        if span[-1].text == ")" and span.text.count("(") == span.text.count(")"):
            break  # "the Disaster Agency (BNPB)" keeps its closing bracket
        span = span[:-1]
    if (
        span.text.count("(") > span.text.count(")")
        and span.end < len(doc)
        and doc[span.end].text == ")"
    ):
        span = doc[span.start : span.end + 1]  # "the Disaster Agency (BNPB)"
    span = _over_name_joiners(span)
    # "..., that village headmen had told him": a clause's 'that' the parse hung on its subject
    while len(span) > 1 and (span[0].is_punct or span[0].is_space or span[0].dep_ == "mark"):
        span = span[1:]
    # "03:10\nMilitia claims drone attack": a phrase begins after the line break before it
    breaks = [t.i for t in span if t.is_space and "\n" in t.text and t.i < head.i]
    if breaks:
        span = doc[breaks[-1] + 1 : span.end]
    return span


def _over_name_joiners(span: Span) -> Span:
    """'the daily Tribuna do Oiapoque', which the parser breaks at 'do': a name runs on over a
    lowercase joiner to the capitalised words after it."""
    doc, end = span.doc, span.end
    joiners = source_vocabulary().name_joiners
    while (
        end + 1 < len(doc)
        and doc[end - 1].text[:1].isupper()
        and doc[end].text in joiners
        and doc[end + 1].text[:1].isupper()
        and not doc[end + 1].is_sent_start
    ):
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
    return doc[span.start : end]


def _split_apposition_start(head: Token, start: int) -> int:
    """', the wire service Prensa Antillana reported': the parser may leave the role before a
    name outside the name's phrase (two subjects of one verb, or the role the object of the
    clause before); a common noun phrase set right before the name, after a comma, is its
    apposition."""
    doc = head.doc
    if head.pos_ != "PROPN" or start < 2 or doc[start].pos_ != "PROPN":
        return start
    if doc[start - 1].pos_ != "NOUN":
        return start
    first = start - 1
    while first > 0 and doc[first - 1].dep_ in {"compound", "amod"} and doc[first - 1].is_lower:
        first -= 1
    if first < 2 or doc[first - 1].lower_ not in {"the", "a", "an"}:
        return start
    opening = doc[first - 2]
    return first - 1 if opening.text == "," and doc[start - 1].is_lower else start


def issuer(head: Token) -> Token:
    """Who speaks through a document: 'a statement from the ministry' is the ministry's."""
    if head.lower_ not in source_vocabulary().document_nouns:
        return head
    for owner in head.children:  # "the agency's situation report"
        if owner.dep_ == "poss" and owner.pos_ in {"NOUN", "PROPN"}:
            return owner
    # "a post by the group", "a Facebook page linked to the group", "information received
    # from the State Government"
    links = [c for c in head.children if c.dep_ == "acl" and c.lemma_ in _LINKED]
    handed = [c for c in head.children if c.dep_ == "acl" and c.lemma_ in _HANDED]
    preps = [(c, {"from", "by", "of"}) for c in head.children]
    preps += [(c, {"to", "with", "by"}) for link in links for c in link.children]
    preps += [(c, {"from", "by"}) for verb in handed for c in verb.children]
    for prep, words in preps:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in words:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ in {"NOUN", "PROPN"}:
                return issuer(body)
    # "the TIRA statement": a name right before it, when no one else is said to issue it
    # (a "Facebook page linked to the group" is the group's)
    before = head.doc[head.i - 1] if head.i else None
    named = before is not None and before.dep_ == "compound" and before.head == head
    if named and before.pos_ == "PROPN" and before.lower_ not in source_vocabulary().platforms:
        return before
    return head


_LINKED = frozenset({"link", "affiliate", "associate", "tie", "belong", "run"})
_HANDED = frozenset({"receive", "provide", "furnish", "supply", "share", "issue", "send", "make"})


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject nearest to it: a dateline ('KABUL, May 3 -') may parse as a second
    one, and so may an editor's gloss in square brackets ('Dr Ajayi on Monday [6 Sep 2032]
    said'), which is none."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _editors_gloss(c)]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _object_of_a_bare_preposition(c)] or subjects
    return min(subjects, key=lambda c: abs(c.i - verb.i), default=None)


def _object_of_a_bare_preposition(noun: Token) -> bool:
    """'two parents who were waiting for the held school buses told us': the parser may cut
    'the buses' from the 'for' before it and make them a second subject of 'told'; a
    preposition left with no object owns the phrase right after it."""
    before = noun.left_edge.i - 1
    if before < 0:
        return False
    preposition = noun.doc[before]
    return preposition.pos_ == "ADP" and not any(
        c.dep_ in {"pobj", "pcomp"} for c in preposition.children
    )


MAX_GLOSS_TOKENS = 8  # '[6 Sep 2032]'; a longer bracketed passage is an editor's note


def _editors_gloss(word: Token) -> bool:
    """A short phrase that square brackets enclose whole: the editor's gloss of a word."""
    phrase = list(word.subtree)
    doc, first, last = word.doc, phrase[0].i, phrase[-1].i
    opened = first > 0 and doc[first - 1].text == "["
    closed = doc[last].text == "]" or (last + 1 < len(doc) and doc[last + 1].text == "]")
    return opened and closed and len(phrase) <= MAX_GLOSS_TOKENS


def conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ('the media and local residents')."""
    return [
        head,
        *[
            t
            for t in head.conjuncts
            if t.pos_ in {"NOUN", "PROPN", "PRON"} and not continues_name(t)
        ],
    ]


_MAX_COUNTRY_WORDS = 3  # before the 'and' of a country's name ('Saint Kitts and Nevis')


def continues_name(conj: Token) -> bool:
    """'the Manufacturers and Exporters Association': an 'and' inside one organisation's name,
    by the name's last word, or inside its 'of' phrase within one entity of the tagger ('the
    Ministry of Employment and Labor'; not 'Amnesty International and Human Rights Watch')."""
    if conj.dep_ != "conj" or not conj.text[:1].isupper():
        return False
    if _country_joined_by_and(conj):
        return True  # 'the Royal Saint Vincent and the Grenadines Police Force'
    return (
        conj.lower_ in source_vocabulary().name_tails or _and_inside_of_phrase(conj)
    ) and not any(c.dep_ == "det" for c in conj.children)


def _country_joined_by_and(conj: Token) -> bool:
    """'the Royal Police Force of Antigua and Barbuda', 'the Royal Saint Vincent and the
    Grenadines Police Force': one country's name holds the 'and', whatever the parser joined
    its last word to."""
    doc, names = conj.doc, default_gazetteer().country_names()
    before = conj.left_edge.i - 1
    if before < 1 or doc[before].lower_ != "and":
        return False
    return any(
        name_key(doc[before - words : end].text) in names
        for words in range(1, min(_MAX_COUNTRY_WORDS, before) + 1)
        for end in range(before + 2, conj.i + 2)
    )


def _and_inside_of_phrase(conj: Token) -> bool:
    first = conj.head
    if first.i > conj.i:
        return False
    inside = first.doc[first.i + 1 : conj.i + 1]
    if not any(t.lower_ == "of" for t in inside):
        return False
    if not first.ent_type_:
        # 'the Minister of Justice and Public Security, Rodrigo Alvarenga': an office named by
        # its portfolios, in capitals throughout
        written = all(t.lower_ in {"of", "and", "&"} or t.text[:1].isupper() for t in inside)
        office = first.lower_ in source_vocabulary().portfolio_heads
        return office and first.text[:1].isupper() and written and conj.ent_type_ != "PERSON"
    return all(t.ent_type_ == first.ent_type_ and t.ent_iob_ == "I" for t in inside)


def _names_a_document_type(token: Token, span: Span) -> bool:
    vocab = source_vocabulary()
    following = token.i + 1 < span.end and token.nbor(1).lower_ in vocab.document_nouns
    return following and token.lower_ in vocab.document_type_words


def _kind_from_nouns(span: Span) -> str | None:
    vocab = source_vocabulary()
    lowered = span.text.lower()
    head = span.root.lower_
    names = [t for t in span if t.pos_ == "PROPN"]
    if span.root.pos_ == "PROPN" and len(names) > 1:
        if any(t.text in vocab.masthead_words and not _a_role(t) for t in names):
            return "media"  # "the Sudan Tribune", "Kyiv Post", "Radyo Kabikolan"
    modified = " ".join(
        [t.lower_ for t in span.root.lefts if t.dep_ in {"compound", "amod"}] + [head]
    )
    for phrase, kind in vocab.kind_nouns.items():
        # the more specific words first: a "community leader" is no official
        if " " in phrase and modified.endswith(phrase):
            return kind
    if head in vocab.kind_nouns:
        return vocab.kind_nouns[head]
    for child in span.root.children:  # "Iryna Bondar, director of the water company"
        if child.dep_ == "appos" and child.lower_ in vocab.kind_nouns:
            return vocab.kind_nouns[child.lower_]
    for token in reversed(span):
        if _names_a_document_type(token, span):
            continue  # "a police press release": the police's, no outlet's
        if _clergy_title(token):
            return "organization"
        # "NZ Transport Agency Waka Kotahi": the two words ending at a noun before the noun
        pair = f"{token.nbor(-1).lower_} {token.lower_}" if token.i > span.start else ""
        kind = vocab.kind_nouns.get(pair) or vocab.kind_nouns.get(token.lower_)
        if kind:
            return kind
    for phrase, kind in vocab.kind_nouns.items():
        if " " in phrase and phrase in lowered:
            return kind
    return None


def _a_role(word: Token) -> bool:
    """'Chief Observer of SACEOM': a masthead's word as a person's office, after a rank or
    before the body it is held in, names no outlet."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    before = doc[word.i - 1] if word.i > 0 else None
    ranked = before is not None and before.lower_ in source_vocabulary().rank_modifiers
    return ranked or (after is not None and after.lower_ == "of")


def _clergy_title(token: Token) -> bool:
    """'Father' in 'Father Anselmo Cuamba': a cleric's title, capitalised before a name."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in source_vocabulary().clergy_titles
        and token.text[:1].isupper()
        and following is not None
        and following.pos_ == "PROPN"
    )


def tagged_source(tag: Span) -> Source | None:
    """The source a bracketed tag closing a paragraph names ('(police)', '(local media)',
    '(AFRICOM statement)', '(SoDMA)'); None for a tag that names none: a place ('(DRC)'),
    the short form of the name just before it ('Ministry of Health (MoH)'), a year or a
    note ('(file photo)')."""
    while len(tag) > 1 and tag[-1].lower_ in source_vocabulary().document_nouns:
        tag = tag[:-1]  # '(AFRICOM statement)': the issuer's
    if any(t.ent_type_ in {"GPE", "LOC", "DATE", "CARDINAL"} for t in tag):
        return None
    # the tagger takes an acronym in mixed case for a common noun ('SoDMA')
    names_only = all(
        t.pos_ == "PROPN" or t.is_punct or sum(ch.isupper() for ch in t.text) > 1 for t in tag
    )
    if names_only and default_gazetteer().knows(tag.text):
        return None
    before = tag.doc.text[max(0, tag.start_char - 100) : tag.start_char].rstrip(" (").split()
    # 'the Security Offences (Special Measures) Act 2012 (SOSMA)': a bracket inside the name
    before = [w.strip("()[]") for w in before]
    letters = "".join(ch for ch in tag.text if ch.isupper())
    if len(letters) > 1 and any(
        initials(" ".join(before[-count:])) == letters for count in range(2, len(before) + 1)
    ):
        return None  # the name's short form: 'Ministry of Health (MoH)'

    kind = _kind_from_nouns(tag)
    if kind is None and not names_only:
        return None
    return classify(tag)


def classify(span: Span) -> Source:
    """Name, kind and affiliation of the source phrase `span`."""
    source = _classify(span)
    if source.kind in {"official", "organization"}:
        return replace(source, affiliation=affiliation(span.text, source.name))
    return source


def affiliation(text: str, person: str | None = None) -> str | None:
    """The institution a phrase is or speaks for, by its head noun: 'Police in Kaduna state'
    and 'the state police spokesman, Mansir Hassan' are both the police. A word of the
    `person`'s name in capitals ('ROSALIND ACHIENG-VOSS, Special Representative') is no
    body's initials."""
    vocab = source_vocabulary()
    lowered = text.lower()
    found = [
        (m.start(), m.group(0))
        for m in re.finditer(r"[a-z]+", lowered)
        if vocab.kind_nouns.get(m.group(0)) in {"official", "organization"}
        and m.group(0) not in vocab.person_roles
    ]
    # "the regional disaster management agency": the phrase, keyed by its last word
    for phrase, kind in vocab.kind_nouns.items():
        if " " in phrase and kind in {"official", "organization"}:
            matches = re.finditer(rf"\b{re.escape(phrase)}\b", lowered)
            found.extend((m.start(), phrase.split()[-1]) for m in matches)
    if not found:  # "FRSC sector commander Olufemi Adebayo": the body's acronym
        named = set(re.findall(r"[A-Z]{2,}", person or ""))
        acronyms = [
            w
            for w in re.findall(r"\b[A-Z]{2,}\b", text)
            if w.lower() not in vocab.kind_nouns and w not in named
        ]
        return acronyms[0].lower() if acronyms else None
    return max(found)[1]


def _classify(span: Span) -> Source:
    vocab = source_vocabulary()
    text, start, end = span.text, span.start_char, span.end_char
    # Anonymity is often said in a relative clause the phrase leaves out ("officials who
    # spoke on condition of anonymity"), so the whole subtree is searched; it holds for a
    # known body's official too ("a United Nations official who spoke on condition ...").
    whole = span.doc[span.root.left_edge.i : span.root.right_edge.i + 1].text
    registered = vocab.lookup(text)
    if registered is not None and not vocab.anonymous_markers.search(whole):
        return Source(text, registered.name, registered.kind, start, end)  # type: ignore[arg-type]
    noun_kind = _kind_from_nouns(span)
    if (self_named := _self_named(span.root)) is not None:
        # "a man who identified himself as Luqman bin Harun, a spokesman for ...": the name
        # he gave, and the kind his role tells
        name, role = self_named
        kind = _kind_from_nouns(role) if role is not None else None
        return Source(text, name, kind or "eyewitness", start, end)  # type: ignore[arg-type]
    if noun_kind is None and (aged := _NAME_AND_AGE.fullmatch(text)) is not None:
        # '"...," said Mamadou, 24, from Conakry': a person given with their age and no
        # role speaks for no one but themselves
        return Source(text, aged["name"], "eyewitness", start, end)
    head_entity = (
        entity_of(span.root)
        or _appositive_entity(span.root)
        or _person_after_the_role(span)
        or _person_after_title(span.root)
        or _person_beside_body(span)
        or _untagged_name(span.root, after_title=True)
    )
    if head_entity is not None and head_entity.label_ == "GPE":
        head_entity = _surname_read_as_place(span.root) or head_entity
    if head_entity is not None and _body_read_as_person(head_entity):
        head_entity = None
    if span.root.lower_ in vocab.person_roles and head_entity is not None:
        # "The Police Public Relations Officer, Ada Eze": a title the tagger took for a body
        head_entity = _appositive_entity(span.root) or head_entity
    if vocab.anonymous_markers.search(whole) or (noun_kind == "anonymous" and head_entity is None):
        return Source(text, None, "anonymous", start, end)
    if head_entity is not None and head_entity.label_ == "PERSON" and _named_with_the(head_entity):
        # "The Frente Aurelio Tombé rejected ...": no person is named after 'The'; a body
        # whose name the tagger does not know is
        return Source(text, _strip_article(head_entity), noun_kind or "organization", start, end)  # type: ignore[arg-type]
    if head_entity is not None and head_entity.label_ == "PERSON":
        kind = (
            noun_kind
            or _role_just_before(span)
            or _outlet_word_before(span)
            or _ranked(span)
            or "eyewitness"
        )
        return Source(text, _strip_titles(head_entity), kind, start, end)  # type: ignore[arg-type]
    if head_entity is not None and (titled := _titled_name(head_entity)):
        return Source(text, titled, noun_kind or "official", start, end)  # type: ignore[arg-type]
    if head_entity is not None and head_entity.label_ in {"ORG", "FAC", "NORP"}:
        kind = noun_kind or "organization"
        name = _across_a_countrys_and(span, _strip_article(head_entity))
        return Source(text, name, kind, start, end)  # type: ignore[arg-type]
    if head_entity is not None and head_entity.label_ == "GPE":
        # "Russia said"; "the Rotterdam daily Het Maasblad", its name tagged as a place, is
        # the outlet its word says; "The States of Guernsey" are named without their 'The'
        kind = noun_kind if noun_kind in OUTLET_KINDS else "official"
        return Source(text, _strip_article(head_entity), kind, start, end)  # type: ignore[arg-type]
    kind = noun_kind or "organization"
    name = _institution(span) if kind in {"official", "organization", "media"} else None
    if name is None and kind in OUTLET_KINDS:
        name = _untagged_outlet_name(span.root)
    return Source(text, name, kind, start, end)  # type: ignore[arg-type]


_NAME_AND_AGE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s*\d{1,3}")


def _self_named(head: Token) -> tuple[str, Span | None] | None:
    """The name someone gave in a clause after them ('a man who identified himself as X, a
    spokesman for Y'; '... as the coalition's spokesman, X'), with the role beside it."""
    verbs = source_vocabulary().self_naming_verbs
    for clause in head.children:
        reflexive = any(
            c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in clause.children
        )
        if clause.dep_ != "relcl" or clause.lemma_ not in verbs or not reflexive:
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if (given := _name_and_role(noun)) is not None:
                    return given
    return None


def _name_and_role(noun: Token) -> tuple[str, Span | None] | None:
    """'Luqman bin Harun, a spokesman for ...' or 'the coalition's spokesman, Wilfrid Estimé':
    the proper name of the two, and the other as the role."""
    named = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    person = next((w for w in named if w.pos_ == "PROPN"), None)
    if person is None:
        return None
    words = [person, *(c for c in person.children if c.dep_ in {"compound", "flat"})]
    first, last = min(w.i for w in words), max(w.i for w in words)
    role = next((w for w in named if w is not person), None)
    role = role or next((c for c in person.children if c.dep_ == "appos"), None)
    doc = noun.doc
    role_span = doc[role.left_edge.i : role.right_edge.i + 1] if role is not None else None
    return doc[first : last + 1].text, role_span


def _named_with_the(entity: Span) -> bool:
    return len(entity) > 2 and entity[0].lower_ == "the"


def _untagged_outlet_name(root: Token) -> str | None:
    """'KCNA, the state news agency': the outlet's own name heads the phrase, though the
    tagger left it untagged and the words after it only say what it is."""
    if root.pos_ != "PROPN" or not root.text[:1].isupper():
        return None
    words = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [root]
    return " ".join(t.text for t in words)


def _body_read_as_person(entity: Span) -> bool:
    """'the Kaunas County Chief Police Commissariat', 'Police Commissariat' tagged a person:
    words that each name a kind of body are no one's name ('Charlotte Church' is)."""
    if entity.label_ != "PERSON":
        return False
    return all(_body_noun(t) for t in entity)


def _ranked(span: Span) -> str | None:
    """'Col. Denis Atwine', 'Adj. Sr. Comr. Hendra Saputra': a rank of armed forces, police or
    public office before the name makes its bearer an official."""
    ranks = official_ranks()
    doc, first = span.doc, span.start
    while first > 0:
        if doc[first - 1].lower_.rstrip(".") in name_titles():
            first -= 1  # the titles before a name the phrase begins at
        elif (opening := _bracket_after_a_title(doc, first)) is not None:
            first = opening  # 'Colonel (Inf.) Agus Hendra': the rank's branch in brackets
        else:
            break
    words = (t.lower_.rstrip(".") for t in doc[first : span.end])
    if any(w in ranks for w in words):
        return "official"
    # a rank written out, which the parser left outside the name ('Colonel (Inf.)')
    titles = [t for t in doc[first : span.start] if t.is_alpha]
    return (
        "official"
        if titles and _kind_from_nouns(doc[titles[0].i : titles[0].i + 1]) == "official"
        else None
    )


MAX_BRACKETED_BRANCH_TOKENS = 4  # '(Inf.)', '(Ret.)', '(retd)': a word and its point


def _bracket_after_a_title(doc: Doc, first: int) -> int | None:
    """Where a short bracket that closes right before `first` opens, when a title stands
    before it ('Colonel (Inf.)', 'Lt. Col. (Ret.)')."""
    if doc[first - 1].text != ")":
        return None
    for opening in range(first - 2, max(first - 2 - MAX_BRACKETED_BRANCH_TOKENS, 0), -1):
        if doc[opening].text == "(":
            titled = opening > 0 and doc[opening - 1].lower_.rstrip(".") in name_titles()
            return opening if titled else None
    return None


def _titled_name(entity: Span) -> str | None:
    """'Nawada SP Abhinav Dhiman', 'SP Tyoor' tagged as one organisation: a person's title
    followed by a full name, or a surname alone, is that person, whatever the tagger's
    label."""
    if entity.label_ == "PERSON":
        return None
    roles = source_vocabulary().person_roles
    titles = [t.i for t in entity[:-1] if t.lower_ in roles]
    if not titles:
        return None
    name = entity.doc[titles[-1] + 1 : entity.end]
    if len(name) < 2 and not _surname_after_rank(entity.doc[titles[-1]], list(name)):
        return None  # 'SP Tyoor' is a person, 'Police Command' a body
    if any(t.pos_ != "PROPN" or t.lower_ in roles for t in name):
        return None
    return name.text


def _institution(span: Span) -> str | None:
    """The institution a phrase names or speaks for: 'the army', 'a spokesman for the army'.

    A definite institution ('the Ukrainian military') is a name in context; an indefinite
    or plural person ('officials', 'a police officer') is not.
    """
    roles = source_vocabulary().person_roles
    root = span.root
    if root.lower_ in roles:
        named = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named and not any(c.ent_type_ == "PERSON" for c in named):
            # "a Gulfmark spokesperson" speaks for Gulfmark
            return span.doc[named[0].left_edge.i : named[-1].i + 1].text
        if (body := _national_body(root)) is not None:
            return body
        for child in root.children:
            if child.dep_ == "poss" or (
                child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}
            ):
                body = (
                    child
                    if child.dep_ == "poss"
                    else next((g for g in child.children if g.dep_ == "pobj"), None)
                )
                if body is not None and body.lower_ not in roles and _is_institution(body):
                    return _without_determiner(_before_its_place(source_phrase(body), body))
        return None
    if root.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lower_ in roles for c in root.children):
        # "Ana Ruiz, a spokeswoman", a name the tagger missed: the name, not its role
        return span.doc[root.left_edge.i : root.i + 1].text
    if (own := _own_name_set_after(span)) is not None:
        # "The youth league of the ruling party, the Imbonerakure": the body's own name
        return own
    if span[0].lower_ == "the" or any(t.pos_ == "PROPN" for t in span):
        return _without_determiner(span)
    return None


def _before_its_place(phrase: Span, body: Token) -> Span:
    """'agents of the Labour Party in Ughelli South LGA, Delta State' speak for the Labour
    Party: where its people are is no part of the body's name."""
    places = source_vocabulary().locating_prepositions
    where = [c.i for c in body.rights if c.dep_ == "prep" and c.lower_ in places]
    if not where or where[0] <= phrase.start:
        return phrase
    return _without_trailing_punct(phrase.doc[phrase.start : where[0]])


def _without_trailing_punct(span: Span) -> Span:
    while len(span) > 1 and span[-1].is_punct and span[-1].text != ")":
        span = span[:-1]
    return span


def _own_name_set_after(span: Span) -> str | None:
    """The proper name that closes a body's description, set off as an apposition (the
    parser may hang it on the description's last noun)."""
    last = span[-1]
    named = last.dep_ == "appos" and (last.pos_ == "PROPN" or last.ent_type_ in {"ORG", "NORP"})
    if not named or last.head.i < span.start or last.left_edge.i <= span.root.i:
        return None
    if _where_the_body_sits(last, span.root):
        return None
    return _without_determiner(span.doc[last.left_edge.i : last.i + 1])


def _where_the_body_sits(name: Token, root: Token) -> bool:
    """'The youth wing of the party in Okene, Kogi State': a name set after a place the phrase
    locates its speakers in ('in', 'at', 'from') names the place's unit, not the body."""
    places = source_vocabulary().locating_prepositions
    word = name.head
    while word.i != root.i and word.head.i != word.i:
        if word.dep_ == "prep" and word.lower_ in places:
            return True
        word = word.head
    return False


def _national_body(role: Token) -> str | None:
    """'an Israeli military spokesperson' speaks for the Israeli military: a nationality
    before a body's noun before the role."""
    lefts = [c for c in role.lefts if c.dep_ not in {"det", "punct"}]
    if len(lefts) < 2 or lefts[0].ent_type_ != "NORP":
        return None
    kinds = source_vocabulary().kind_nouns
    if kinds.get(lefts[-1].lower_) not in {"official", "organization"}:
        return None
    return role.doc[lefts[0].i : lefts[-1].i + 1].text


def _is_institution(noun: Token) -> bool:
    """'the army's spokesman' speaks for the army; 'the town's mayor' is no name for a town."""
    if noun.pos_ == "PROPN":
        return True
    kind = source_vocabulary().kind_nouns.get(noun.lower_)
    return noun.pos_ == "NOUN" and kind not in {None, "eyewitness", "anonymous", "author"}


def _without_determiner(span: Span) -> str:
    text = span.text
    for prefix in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def entity_of(token: Token) -> Span | None:
    """The named entity `token` is part of, read from the tokens' tags (scanning `doc.ents`
    for every source would grow with the square of the article's length)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1  # the tagger may take the possessive into the name: "Lancashire Police's"
    end = _joined_name_end(doc, end)
    if token.ent_type_ == "PERSON":
        start = _first_given_name(doc, start)
    # "told VeriFact Horn that Fano ...": the tagger may run a name on into the clause after it
    clause = next((k for k in range(token.i + 1, end) if doc[k].dep_ == "mark"), None)
    end = clause if clause is not None else end
    opener = next((k for k in range(token.i - 1, start - 1, -1) if doc[k].dep_ == "mark"), None)
    start = opener + 1 if opener is not None else start
    return Span(doc, start, end, label=token.ent_type_)


def _first_given_name(doc: Doc, start: int) -> int:
    """'mayor Carmen' + 'Iris Vélez Torres': the tagger may leave a first given name out of
    a person's name after a role; take back the capitalised words of the name before it."""
    titles = _words_before_names()
    while start > 0:
        before = doc[start - 1]
        if not (
            before.pos_ == "PROPN"
            and before.dep_ == "compound"
            and before.head.i >= start
            and before.text.isalpha()
            and before.text.istitle()
            and not before.ent_type_
            and before.lower_ not in titles
        ):
            break
        start -= 1
    return start


@lru_cache(maxsize=1)
def _words_before_names() -> frozenset[str]:
    """Titles, honorifics and other words set before a name and no part of it."""
    return name_titles() | name_honorifics() | titles_in_full()


def _joined_name_end(doc, end: int) -> int:
    """'The Border Service of' + 'the State Committee for National Security': a body's name
    the tagger cut at its 'of', run on through the body named after it; 'the Department of
    Wildlife and' + 'National Parks': one cut at its 'and', run on through the capitalised
    words after it; 'The Border Service of' + 'Kyrgyzstan': the country it is of, too (no
    name ends in 'of')."""
    if end < len(doc) and doc[end - 1].lower_ in {"and", "&"}:
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        return end
    if end >= len(doc) or doc[end - 1].lower_ not in {"of", "for"}:
        return end
    start = end + 1 if doc[end].lower_ == "the" and doc[end].ent_iob_ != "B" else end
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in _OF_BODIES:
        return end
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


_OF_BODIES = frozenset({"ORG", "GPE"})


def _appositive_entity(head: Token) -> Span | None:
    """'the regional spokeswoman Olena Marchuk': the name stands in apposition to the role."""
    for child in head.children:
        if child.dep_ == "appos":
            entity = entity_of(child)
            if entity is not None and entity.label_ in {"PERSON", "ORG"}:
                return entity
            if entity is not None and _person_read_as_place(head, entity):
                return Span(entity.doc, entity.start, entity.end, label="PERSON")
            misread = entity is None or entity.label_ in _NOT_A_SPEAKER_LABELS
            if misread and (name := _untagged_name(child)) is not None:
                return name  # 'Mwuese Tyoor' tagged as a product, or not at all
    return None


# labels the tagger gives a person's name it misreads; no one speaks as them
_NOT_A_SPEAKER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})


def _person_beside_body(span: Span) -> Span | None:
    """'the spokesperson of the EU Mission, Katrin Vaher': the parser hangs the name on the
    body, but the role's phrase names the person."""
    if span.root.lower_ not in source_vocabulary().person_roles:
        return None
    for token in span:
        if is_place_word(token.lower_):
            continue  # '..., Delta State': a unit's name, the tagger's person or not
        if _set_off_name(token) and token.head.i != span.root.i and token.head in span:
            # "..., Senior Superintendent Mark Ellington-Brown", a name the tagger missed
            entity = entity_of(token) or _untagged_name(token)
            if entity is not None and entity.label_ != "PERSON" and _reads_as_name(entity):
                entity = Span(entity.doc, entity.start, entity.end, label="PERSON")
            longer = _untagged_name(token)
            if entity is not None and entity.label_ != "PERSON" and longer is not None:
                # 'the mayor of Tarrafal, Ana Lima': the tagger read the surname as a city
                nouns = source_vocabulary().kind_nouns
                plain = not any(t.lower_ in nouns for t in longer)
                entity = longer if longer.start < entity.start and plain else entity
            if entity is not None and entity.label_ == "PERSON" and entity.end <= span.end:
                return entity
    return None


def _person_after_the_role(span: Span) -> Span | None:
    """'citing the health delegate of São Filipe, Dr Ana Lobo.': the name set off after the
    role's phrase, which the parser made a second object of the verb, is the role's holder."""
    doc, vocab = span.doc, source_vocabulary()
    if span.root.lower_ not in vocab.person_roles or span.end + 1 >= len(doc):
        return None
    if doc[span.end].text != ",":
        return None
    first = span.end + 1
    while first < len(doc) - 1 and doc[first].lower_.rstrip(".") in _titles_before_names():
        first += 1  # 'Dr', 'Inspector'
    entity = entity_of(doc[first])
    if entity is None or entity.label_ != "PERSON" or entity.start != first:
        return None
    after = doc[entity.end] if entity.end < len(doc) else None
    return entity if after is None or after.text in {",", ".", ";"} else None


def _set_off_name(token: Token) -> bool:
    """A name set off by a comma after the role's body or place: in apposition, or parsed
    as joined to it ('the mayor of Himarë, Kristaq Dhima')."""
    if token.dep_ == "appos":
        return True
    if token.dep_ == "pobj" and any(
        c.dep_ == "nmod" and any(p.text == "," for p in c.children) for c in token.children
    ):
        return True  # 'the mayor of Sertã, Joaquim Tavares Serrano': the place made a modifier
    left = token.left_edge
    return (
        token.dep_ == "conj"
        and token.ent_type_ == "PERSON"
        and left.i > 0
        and token.doc[left.i - 1].text == ","
    )


MAX_NAME_TOKENS = 4


def _reads_as_name(entity: Span) -> bool:
    """'the public prosecutor of Nouméa, Antoine Ferrand': capitalised words, none a word for
    a body, set beside a role's place: a person the tagger took for an organisation."""
    nouns = source_vocabulary().kind_nouns
    return (
        entity.label_ in {"ORG", "GPE", "NORP"}
        and 2 <= len(entity) <= MAX_NAME_TOKENS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in entity)
        and not any(t.lower_ in nouns for t in entity)
    )


MAX_ROLE_PHRASE_TOKENS = 14


@lru_cache(maxsize=1)
def _titles_before_names() -> frozenset[str]:
    """Roles, ranks and honorifics that may stand before a name ('Dr', 'Inspector')."""
    return frozenset(source_vocabulary().kind_nouns) | name_titles() | name_honorifics()


def _outlet_word_before(span: Span) -> str | None:
    """'The opposition daily Szabad Hang': an outlet's name right after the word for an
    outlet, which the parser left outside the phrase, is no person's, whatever the tagger
    says."""
    if span.start < 1:
        return None
    kind = source_vocabulary().kind_nouns.get(span.doc[span.start - 1].lower_)
    return kind if kind in OUTLET_KINDS else None


def _role_just_before(span: Span) -> str | None:
    """'..., the spokesperson of the EU Mission in Armenia (EUMA), Katrin Vaher, said': the
    role phrase set off by commas before a name the parser left on its own tells its kind."""
    doc = span.doc
    end = span.start - 1
    if end < 1 or doc[end].text != ",":
        return None
    start = end - 1
    while start > 0 and end - start < MAX_ROLE_PHRASE_TOKENS and doc[start - 1].text != ",":
        start -= 1
    phrase = doc[start:end]
    roles = source_vocabulary().person_roles
    if len(phrase) < 2 or phrase[0].lower_ not in {"the", "a", "an"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    role = next((t for t in phrase[1:4] if t.lower_ in roles), None)
    if role is None:
        # "the Styrian mountain rescue service, Bergrettung Steiermark, said": a body named
        # after the words for it, which the tagger took for a person's name
        body = _kind_from_nouns(phrase)
        return body if body in {"official", "organization", "media"} else None
    return _kind_from_nouns(doc[role.i : role.i + 1])


def _person_read_as_place(head: Token, entity: Span) -> bool:
    """'his sister, Mahganj Dilawar': a name beside a word for a person is that person's,
    though the tagger calls it a place the gazetteer does not know."""
    kind = source_vocabulary().kind_nouns.get(head.lower_)
    person = kind == "eyewitness" or head.lower_ in source_vocabulary().person_roles
    return (
        person
        and entity.label_ == "GPE"
        and len(entity) > 1
        and not default_gazetteer().lookup(entity.text)
    )


def _person_after_title(head: Token) -> Span | None:
    """'Superintendent of Police Kamal Raj Bhandari', 'Minister of Health Ana Lima': a
    title 'of' a body, then the name the parse hangs on the 'of'."""
    if head.lower_ not in source_vocabulary().person_roles:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
            if body is None or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in body.children):
                continue  # 'the delegate of Santa Cruz, Rosa Tavares': a place, then the name
            entity = entity_of(body) or _untagged_name(body)
            if entity is not None and entity.label_ == "PERSON" and entity.end == body.i + 1:
                return entity
    return None


def _untagged_name(head: Token, after_title: bool = False) -> Span | None:
    """'..., SP Yetunde Omotayo-Adeniran,' missed by the tagger: capitalised proper nouns
    after any title ('Senior Superintendent Kendall Ramkissoon' too), read as a person's
    name; `after_title`, only when a title stands before them, lest a body's name the
    tagger missed ('Gbi Ridge Mining') be read as a person."""
    if head.pos_ != "PROPN":
        return None
    vocab = source_vocabulary()
    titles, graded = vocab.kind_nouns, vocab.rank_modifiers
    tokens = [t for t in head.doc[head.left_edge.i : head.i + 1]]
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if commas:  # 'Sertã, Joaquim Tavares Serrano': the name is what the last comma sets off
        tokens = tokens[commas[-1] + 1 :]
    first = tokens[0].i if tokens else head.left_edge.i
    while tokens and (
        tokens[0].lower_ in titles
        or (tokens[0].lower_ in graded and len(tokens) > 1 and tokens[1].lower_ in titles)
    ):
        tokens = tokens[1:]
    if after_title and (not tokens or tokens[0].i == first):
        return None
    words = [t for t in tokens if t.text != "-"]
    # 'SP Tyoor', 'Inspector Marumbwa': a surname alone after a person's rank
    fewest = 1 if after_title and _surname_after_rank(head.doc[tokens[0].i - 1], words) else 2
    if len(words) < fewest or not all(t.pos_ == "PROPN" and t.text[0].isupper() for t in words):
        return None
    return Span(head.doc, tokens[0].i, head.i + 1, label="PERSON")


def _surname_after_rank(title: Token, words: list[Token]) -> bool:
    """A single capitalised word after a rank a person holds ('SP Tyoor'), not after a body's
    noun ('Army Command')."""
    vocab = source_vocabulary()
    return (
        len(words) == 1
        and (title.lower_ in vocab.person_roles or title.lower_.rstrip(".") in name_titles())
        and words[0].lower_ not in vocab.kind_nouns
    )


def _across_a_countrys_and(span: Span, name: str) -> str:
    """'Royal Saint Vincent', the tagger's name in 'the Royal Saint Vincent and the Grenadines
    Police Force', stops at the 'and' the country's name holds: the whole phrase is the name."""
    whole = _strip_article(span)
    joined = any(t.dep_ == "conj" and _country_joined_by_and(t) for t in span)
    return whole if joined and whole.startswith(name + " and ") else name


def _strip_article(entity: Span) -> str:
    """The entity's name, less a leading 'the' and a short form whose bracket the tagger cut
    off ('the Puno Regional Health Directorate (Diresa')."""
    text = entity[1:].text if len(entity) > 1 and entity[0].lower_ == "the" else entity.text
    text = text.strip()  # the tagger may run a name on over the line break after it
    return UNCLOSED_BRACKET.sub("", text) or text


def _strip_titles(person: Span) -> str:
    """'Spokeswoman Maria Zakharova' -> 'Maria Zakharova', 'Nawada SP Abhinav Dhiman' ->
    'Abhinav Dhiman': titles, and the place a title is held in, are the kind, not the name."""
    kind_nouns, ranks = source_vocabulary().kind_nouns, name_titles()
    tokens = list(person)
    # 'Baguma Edgar Tumwesigye - Brigade Commander' in a list of members: the name ends at
    # the dash that sets the role apart
    dash = next((i for i, t in enumerate(tokens) if i and _spaced_dash(t)), None)
    tokens = tokens[:dash] if dash is not None else tokens
    titles = [
        i
        for i, t in enumerate(tokens[:-1])
        if t.lower_ in kind_nouns or t.lower_.rstrip(".") in ranks  # "Col Denis Atwine"
    ]
    if titles:
        tokens = tokens[titles[-1] + 1 :]
    honorifics = name_honorifics()
    while len(tokens) > 2 and tokens[0].lower_ in honorifics:
        tokens = tokens[1:]  # "Mawlawi Abdul Basir Sarhadi", not "Omar Haji Adan"
    return person.doc[tokens[0].i : tokens[-1].i + 1].text


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on either side ('Tumwesigye - Brigade'), not a hyphen inside a
    name ('al-Qudsi')."""
    return (
        token.text in {"-", "–", "—"}
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _without_title(name: str) -> str:
    """'Col Atwine' -> 'Atwine', 'Dr. Salinas' -> 'Salinas': a rank or honorific before a
    surname, abbreviated with or without its full stop, or written out."""
    words = name.split()
    titles = name_titles() | name_honorifics()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


def is_pronoun(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_ in PRONOUNS


_QUANTIFIERS = frozenset({"all", "both", "neither", "either", "each", "none"})


def _quantifier_alone(span: Span) -> bool:
    """'All three', 'both', 'neither': a count of people named before, with no noun."""
    words = [t for t in span if not t.is_punct]
    return (
        bool(words)
        and words[0].lower_ in _QUANTIFIERS
        and all(t.lower_ in _QUANTIFIERS or t.like_num for t in words)
    )


def _latest_group(earlier: list[Source], doc: Doc) -> Source | None:
    """The latest earlier source that is a group of people ('four residents')."""
    return next(
        (p for p in reversed(earlier) if p.kind != "author" and _plural_group(p, doc)), None
    )


def _plural_group(source: Source, doc: Doc) -> bool:
    """'four residents', 'survivors': people 'they' may stand for, though unnamed."""
    words = doc.char_span(source.start_char, source.end_char, alignment_mode="expand")
    return words is not None and words.root.tag_ in {"NNS", "NNPS"}


def _is_person(source: Source, doc: Doc) -> bool:
    """Whether an earlier source is a person: named by a PERSON entity, or a 'he'/'she'."""
    words = doc.char_span(source.start_char, source.end_char, alignment_mode="expand")
    if words is None:
        return False
    if len(words) == 1 and words[0].lower_ in PERSONAL_PRONOUNS:
        return True
    if len(words) > 1 and _body_noun(words.root):
        return False  # "the rights group Praėjimas", its name tagged a person's
    if any(t.ent_type_ == "PERSON" for t in words) or _titled_person(source, words):
        return True
    return _surname_read_as_place(words.root) is not None or _described_as_someone(words.root)


def _last_unnamed_person(earlier: list[Source], doc: Doc) -> Source | None:
    """The latest source that is one person named by a role, unless a named person came
    after it (a named body, such as a village the tagger took for one, does not count)."""
    for prior in reversed(earlier):
        if _one_unnamed_person(prior, doc):
            return prior
        if prior.kind != "author" and _known_person(prior, earlier, doc):
            return None
    return None


def _one_unnamed_person(source: Source, doc: Doc) -> bool:
    """'a community leader of Ndim', 'one witness': one person, named by a role or as a
    witness, whom 'he' or 'she' may stand for."""
    words = doc.char_span(source.start_char, source.end_char, alignment_mode="expand")
    if words is None or source.name or words.root.tag_ != "NN":
        return False
    return words.root.lower_ in source_vocabulary().person_roles or source.kind == "eyewitness"


def _one_speaking_for_a_body(source: Source, doc: Doc) -> bool:
    """'The representative of Sudan', 'a Norcoat spokesperson': one person, named by the
    body the role speaks for."""
    words = doc.char_span(source.start_char, source.end_char, alignment_mode="expand")
    root = words.root if words is not None else None
    return (
        root is not None and root.tag_ == "NN" and root.lower_ in source_vocabulary().person_roles
    )


def _described_as_someone(name: Token) -> bool:
    """'Tafaoimalo Iakopo Seiuli, a senior orator who spoke for the council': a name the
    tagger missed, described as one of a kind of people; 'Praėjimas, a rights group' is a
    body and 'Ndassima, a gold-mining village' a place."""
    if name.pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and not _body_noun(c)
        and not is_place_word(c.lower_)  # 'Ndassima, a gold-mining village'
        and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
        for c in name.children
    )


def is_place_word(word: str) -> bool:
    """'village', 'district', 'river', 'outskirts': a word for a place, not for people."""
    cues = place_cues()
    return any(word in words for words in (cues.settlements, cues.units, cues.natural, cues.areas))


def _body_noun(token: Token) -> bool:
    vocab = source_vocabulary()
    word = token.lower_
    return word not in vocab.person_roles and vocab.kind_nouns.get(word) in {
        "official",
        "organization",
        "media",
    }


def _known_person(source: Source, earlier: list[Source], doc: Doc) -> bool:
    """A person by this mention or by an earlier one of the same name: 'Pellegrini said',
    a surname the tagger does not call a person, is the Mark Pellegrini named before."""
    if _is_person(source, doc):
        return True
    return bool(source.name) and any(
        prior.name == source.name and _is_person(prior, doc) for prior in earlier
    )


def _surname_read_as_place(head: Token) -> Span | None:
    """'Kh. Ranjit Sharma': given names, then a surname the tagger took for a place; the
    gazetteer knows no such place ('Greater Manchester' stays a place)."""
    entity = entity_of(head)
    if entity is None or entity.label_ != "GPE" or len(entity) != 1:
        return None
    named = _untagged_name(head)
    if named is None or len(named) < 2 or default_gazetteer().lookup(named.text):
        return None
    return named


def _titled_person(source: Source, words: Span) -> bool:
    """'Inspector General of Police Ranjit Sharma', a name the tagger missed after a title:
    the phrase ends in a name of two or more words and a person's role stands before it."""
    name = (source.name or "").split()
    if len(name) < 2 or not source.text.endswith(source.name or ""):
        return False
    roles = source_vocabulary().person_roles
    before = words[: len(words) - len(name)]
    return any(t.lower_ in roles for t in before)


def _spells(acronym: str, text: str) -> bool:
    """Whether consecutive capitalised words of `text` start with the acronym's letters."""
    return len(acronym) > 1 and acronym.upper() in initials(text)


def _spells_in_any_order(acronym: str, text: str) -> bool:
    """Whether consecutive capitalised words of `text` start with the acronym's letters, in
    its order or another: 'Civil Protection Authority (APC)', a name given in English whose
    initials are those of its name in its own language ('Autoridade da Proteção Civil')."""
    letters = initials(text)
    width = len(acronym)
    return width > 1 and any(
        sorted(letters[i : i + width]) == sorted(acronym.upper())
        for i in range(len(letters) - width + 1)
    )


def _outlet(source: Source) -> bool:
    """A station or paper ('Radio Kouri FM, a community station'), whatever the tagger makes
    of the words of its name: 'the station' may point back to it."""
    return source.kind in OUTLET_KINDS


def _speaks_for_a_body(source: Source, doc: Doc) -> bool:
    """A person, or someone named by a role ('the ministry's spokeswoman, Ana Ruiz')."""
    roles = source_vocabulary().person_roles
    words = re.findall(r"[a-z]+", source.text.lower())
    return _is_person(source, doc) or any(w in roles for w in words)


def _partitive_group(span: Span) -> Token | None:
    """The group a count or quantifier takes its people from: 'them' in 'three of them',
    'villagers' in 'two of the villagers'."""
    root = span.root
    if root.pos_ != "NUM" and root.lower_ not in {"some", "many", "most", "several", "one"}:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _body_named_before(span: Span, role: str) -> Token | None:
    """'The Placer County Sheriff's Office ordered ..., the office said', 'South Jutland
    Police arrested ..., the force said': the body the same sentence names in full before the
    back-reference, whatever the tagger made of it."""
    vocab = source_vocabulary()
    for token in reversed(span.sent[: span.start - span.sent.start]):
        named = [
            c for c in token.children if c.dep_ in {"compound", "poss"} and c.text[:1].isupper()
        ]
        same = token.lower_ == role or vocab.same_role(role, token.lower_)
        if same and token.text[:1].isupper() and named:
            return token
    return None


def _defined_as(span: Span, role: str) -> Span | None:
    """'Chicapa Alluvial Diamonds, S.A. (hereinafter "the Company")': the name a letter or a
    contract defines the term it then uses as a name for ('The Company rejects ...')."""
    doc = span.doc
    for m in _DEFINITION.finditer(doc.text, 0, span.start_char):
        if m.group("term").lower() == role:
            return doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    return None


_DEFINITION = re.compile(
    r"(?P<name>[A-Z][\w&'’-]*(?:,?\s+[A-Z][\w&'’.-]*){0,6})\s*\((?:hereinafter\s+"
    r"(?:referred\s+to\s+as\s+)?|the\s+)?[\"“]?(?:the\s+)?(?P<term>[A-Z]\w+)[\"”]\)"
)


def _company_by_its_form(span: Span, role: str) -> Span | None:
    """'PT Sawit Arso Lestari tells a different story. In a statement ..., the company
    denied ...': the last company the paragraph or the one before names by its legal form,
    which the tagger may take for a person."""
    table = _company_forms()
    if role not in table["companies"]:
        return None
    doc = span.doc
    start = doc.text.rfind("\n\n", 0, doc.text.rfind("\n\n", 0, span.start_char) + 1)
    found = list(table["pattern"].finditer(doc.text, max(start, 0), span.start_char))
    if not found:
        return None
    return doc.char_span(found[-1].start(), found[-1].end(), alignment_mode="expand")


@lru_cache(maxsize=1)
def _company_forms() -> dict:
    raw = read_data("sources.json")["generic_bodies"]
    prefixes = "|".join(re.escape(p) for p in raw["prefixes"])
    suffixes = "|".join(re.escape(s) for s in raw["suffixes"])
    word = r"[A-Z][\w&'’-]*"
    pattern = re.compile(
        rf"\b(?:(?:{prefixes})\s+{word}(?:\s+{word}){{0,4}}"
        rf"|{word}(?:\s+{word}){{0,4}},?\s+(?i:{suffixes})(?!\w))"
    )
    return {"companies": frozenset(raw["companies"]), "pattern": pattern}


def _organisation_named_before(span: Span) -> Token | None:
    """'Agents of the National Anti-Drug Secretariat (SENAD) destroyed ..., the agency said':
    the organisation the same sentence names before the back-reference, whatever its own
    name calls it, rather than one named in an earlier sentence."""
    named = [e for e in span.sent.ents if e.end <= span.start and e.label_ == "ORG"]
    if not named:
        return None
    root = named[-1].root
    # its initials in brackets after its name ('... Secretariat (SENAD)'): the name
    return root.head if root.dep_ == "appos" and root.head.pos_ == "PROPN" else root


def _kind_of_spelled_title(acronym: str, doc: Doc) -> str | None:
    """The kind of source the words an acronym stands for name, where the document spells
    it out before it in brackets ('District Police Commander (DPC)')."""
    for m in re.finditer(rf"((?:[A-Z][\w'’-]*\s+){{1,6}})\({re.escape(acronym)}\)", doc.text):
        spelled = doc.char_span(m.start(1), m.start(1) + len(m.group(1).rstrip()))
        if spelled is not None and _spells_in_any_order(acronym, spelled.text):
            return _kind_from_nouns(spelled)
    return None


def _holder_of_listed_title(title: str, text: str) -> str | None:
    """The name on a list's line that gives a person and, after a dash, the title (or its
    initials in brackets): 'Col. Baguma Tumwesigye - Brigade Commander, UPDF', 'SSP Kintu
    Ssekandi - District Police Commander (DPC)'."""
    wanted = rf"\({re.escape(title)}\)" if ACRONYM.fullmatch(title) else rf"^{re.escape(title)}\b"
    for line in text.split("\n"):
        parts = _SPACED_DASH.split(line, maxsplit=1)
        if len(line) > MAX_MEMBER_LINE or len(parts) < 2 or not re.search(wanted, parts[1].strip()):
            continue
        name = _without_title(_LIST_NUMBER.sub("", parts[0]).strip())
        if _LISTED_NAME.fullmatch(name) and not name.isupper():
            return name  # not a dateline's town, 'KABUL - Interior Ministry officials ...'
    return None


MAX_MEMBER_LINE = 120
_LISTED_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}")


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*])\s+")


def _as(prior: Source, mention: Source) -> Source:
    """A later mention of an earlier source: its own words, the earlier one's identity."""
    return replace(
        prior, text=mention.text, start_char=mention.start_char, end_char=mention.end_char
    )


def of_other_countries(one: Source, other: Source, text: str = "") -> bool:
    """Two sources that name different countries ('Armenia's Defence Ministry', 'the Baku
    ministry'): the same role of two states, not one source. `text`, the document's, lends
    each the possessor printed before it ('Armenia's' before 'Defence Ministry')."""
    mine = countries_named(_with_possessor(one, text))
    theirs = countries_named(_with_possessor(other, text))
    return bool(mine and theirs and not mine & theirs)


_POSSESSOR = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s\s+$")


def _with_possessor(source: Source, text: str) -> str:
    before = text[max(0, source.start_char - MAX_POSSESSOR_CHARS) : source.start_char]
    found = _POSSESSOR.search(before) if text[source.start_char :].startswith(source.text) else None
    return f"{found.group(0)}{source.text}" if found else source.text


MAX_POSSESSOR_CHARS = 40


def introduced_people(sent: Span) -> list[Source]:
    """People named in full in a sentence ('Amna Idris, the governor, toured the camp'):
    a later 'she said' or 'the governor said' may point back to them."""
    people = []
    starts = (t for t in sent if t.ent_iob_ == "B" and t.ent_type_ in {"PERSON", "ORG"})
    for entity in filter(None, map(entity_of, starts)):
        if entity.label_ == "ORG" and not _located(entity):
            people.append(classify(entity))  # "Lancashire Police's East division"
        elif len(entity) > 1 and not _located(entity):
            root = entity.root
            # "The governor of Kassala, Amna Idris": the role she stands in apposition to;
            # not the place before her ("a spokesperson in Cox's Bazar, Farhana Lopa")
            head = root.head if root.dep_ == "appos" else root
            # "the mayor of Ljubovija, Milena Tošić": the parser may hang her on the place
            of_place = head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "PROPN"
            if head is not root and (_at_place(head) or of_place) and head.head.head.pos_ == "NOUN":
                head = head.head.head  # the role the place is said of
                if of_place and entity.label_ == "PERSON":
                    people.append(replace(classify(source_phrase(head)), name=entity.text))
                    continue
            people.append(classify(source_phrase(head)))
    people.extend(classify(source_phrase(t)) for t in sent if _interviewed(t))
    return people


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around"})


def _at_place(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS


def _located(entity: Span) -> bool:
    """'outside his home in Bannang Sata district', 'evacuated in Albay', 'a Vilnius-based
    group': a name the tagger calls a person or a body that stands where a place does, so no
    later 'he said' or 'the report said' points back to it."""
    head = entity.root
    # "in Cox's Bazar": the tagger's person 'Cox' is the possessor of the place's last word
    while head.dep_ in {"compound", "poss"} and head.head.i > head.i:
        head = head.head
    # "in the areas of Houla and Kfar Kila": each name of a list stands where the first does
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    # "near the village of Gornje Nedeljice": the name of a settlement
    of_settlement = (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in place_cues().settlements
    )
    # "the Vilnius-based group": where a body is based, not a body
    based = head.dep_ == "npadvmod" and head.head.lower_ == "based"
    return _at_place(head) or of_settlement or based


def _interviewed(noun: Token) -> bool:
    """Whom a reporter spoke to ('Reuters spoke to four residents'): 'they said' next is them."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    contact = source_vocabulary().contact_verbs
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "with"} else None
    if noun.dep_ == "dobj":
        verb = noun.head
    return verb is not None and verb.lemma_ in contact


def resolve_reference(source: Source, span: Span, earlier: list[Source]) -> Source:
    """A pronoun or a bare role ('the spokeswoman') takes the name of the latest matching source:
    'he' and 'she' a person's, 'they' and 'it' a body's."""
    group = _partitive_group(span)
    if group is not None:
        # "Three of them said": part of the people named before; "two of the villagers"
        # are villagers.
        if group.lower_ in {"them", "those"}:
            # "One of them said", after "Two security sources ... said": one of those sources,
            # as anonymous as they are
            prior = _latest_group(earlier, span.doc)
            if prior is not None:
                return replace(source, kind=prior.kind, affiliation=prior.affiliation)
            return source
        return replace(source, kind=classify(source_phrase(group)).kind)
    if _quantifier_alone(span):
        # 'We spoke with three residents ... All three said ...', '... neither could tell us':
        # the people just named, as 'they' would stand for them
        prior = _latest_group(earlier, span.doc)
        return source if prior is None else _as(prior, source)
    if is_pronoun(span):
        personal = span[0].lower_ in PERSONAL_PRONOUNS
        for prior in reversed(earlier):
            named = prior.name or (span[0].lower_ == "they" and _plural_group(prior, span.doc))
            # an outlet is never 'he' ('X told Kutawato Times ... He confirmed ...')
            person = prior.kind not in OUTLET_KINDS and _known_person(prior, earlier, span.doc)
            # 'the representative of Sudan said ... He rejected ...': 'he' is the one who
            # speaks for the body, 'it' or 'the company' the body itself
            person = person or (personal and _one_speaking_for_a_body(prior, span.doc))
            if named and prior.kind not in {"anonymous", "author"} and person == personal:
                return _as(prior, source)
        if personal and (one := _last_unnamed_person(earlier, span.doc)) is not None:
            # 'A community leader of Ndim said ... He told our monitors ...': the leader
            return _as(one, source)
        return source
    outlet = next(
        (p for p in reversed(earlier) if p.name == source.name and p.kind in OUTLET_KINDS), None
    )
    if source.name and outlet is not None and source.kind not in OUTLET_KINDS:
        # "Het Scheldeblad reported", after "the Antwerp daily Het Scheldeblad": the outlet
        return replace(source, kind=outlet.kind, affiliation=outlet.affiliation)
    if len(span) == 1 and ACRONYM.fullmatch(span.text):
        # "RBI said", after "the Guadeloupe broadcaster Radio Basse-Terre Inter (RBI)": of
        # the kind of the source whose initials were given in brackets, under its initials
        for prior in reversed(earlier):
            if prior.name and prior.name != span.text and f"({span.text})" in prior.text:
                return replace(source, kind=prior.kind, affiliation=prior.affiliation)
    surname = _without_title(source.name) if source.name else None
    if surname is None and len(span) == 1 and span.text[:1].isupper():
        # 'Rusdi denied it': a name the tagger took for a noun, which only a person named
        # before in full can match
        surname = span.text
    if surname and " " not in surname:
        # A surname alone ("Kolo said", "Col Atwine dismissed") is the person named in full
        # earlier; where people go by their first name ("Yohanes Rumbiak" then "Yohanes
        # said"), that name.
        for prior in reversed(earlier):
            if prior.name and prior.name != source.name and prior.name.endswith(" " + surname):
                return _as(prior, source)
        for prior in reversed(earlier):
            # a Spanish or Portuguese name's first surname ('Tapia' for 'Andrés Tapia Moraga')
            words = (prior.name or "").split()
            if (
                len(words) >= 3
                and surname in words[1:-1]
                and _known_person(prior, earlier, span.doc)
            ):
                return _as(prior, source)
        for prior in reversed(earlier):
            if (prior.name or "").startswith(surname + " ") and _known_person(
                prior, earlier, span.doc
            ):
                return _as(prior, source)
    if span[0].lower_ == "the" and len(span) <= 3 and not source.name:
        # "the official said", after "a local official, who asked not to be named"
        for prior in reversed(earlier):
            if prior.kind == "anonymous" and span.root.lower_ in prior.text.lower().split():
                return _as(prior, source)
    if span[0].lower_ == "the" and len(span) == 2 and ACRONYM.fullmatch(span[1].text):
        # "the PPRO added", after "the Police Public Relations Officer, Ada Eze": the
        # person whose title the initials spell
        for prior in reversed(earlier):
            if prior.name and _spells(span[1].text, prior.text):
                return _as(prior, source)
        if (kind := _kind_of_spelled_title(span[1].text, span.doc)) is not None:
            # "The DPC reported", after a list of members with 'District Police Commander
            # (DPC)': the kind the title spelled out says, and the member who holds it
            holder = _holder_of_listed_title(span[1].text, span.doc.text)
            return replace(source, kind=kind, name=holder or source.name)
    if span[0].lower_ == "the" and len(span) > 2 and all(t.text[:1].isupper() for t in span[1:]):
        # "The Brigade Commander responded", under 'Col. Baguma Tumwesigye - Brigade
        # Commander, UPDF' in a list of members: that member
        if (holder := _holder_of_listed_title(span[1:].text, span.doc.text)) is not None:
            return replace(source, name=holder)
    masthead = len(span) == 3 and all(t.pos_ == "PROPN" for t in span[1:])
    masthead = masthead and span[-1].text in source_vocabulary().masthead_words
    if span[0].lower_ in {"the", "this", "that"} and len(span) <= 3 and not masthead:
        # "the society said", after "the Uganda Red Cross Society": the one named before
        # ("the Ledra Post", a newspaper's name, names itself);
        # "the force said", after "Lancashire Police": the same kind of body.
        role = span.root.lower_
        vocab = source_vocabulary()
        body = role not in vocab.person_roles  # "the ministry", not "the spokeswoman"
        named_here = _body_named_before(span, role) if body else None
        if named_here is not None:
            return _as(classify(source_phrase(named_here)), source)
        # "the Interior Ministry" is not the "Ministry of Foreign Affairs" named before it;
        # a place or nationality ("the Baku ministry") is left to the countries' test below
        qualifiers = {
            t.lower_
            for t in span[1:]
            if t != span.root
            and t.text[:1].isupper()
            and t.ent_type_ not in PLACE_ENTITIES
            and not countries_named(t.text)
        }
        for prior in reversed(earlier):
            words = re.findall(r"[a-z]+", prior.text.lower())  # "Police's" is police
            if (
                prior.name
                and prior.name != source.name
                and any(vocab.same_role(role, word) for word in words)
                and qualifiers <= set(re.findall(r"\w+", prior.text.lower()))
                and not (body and _speaks_for_a_body(prior, span.doc) and not _outlet(prior))
                and not of_other_countries(source, prior, span.doc.text)  # "the Baku ministry"
            ):
                return _as(prior, source)
        if (defined := _defined_as(span, role)) is not None:
            return _as(replace(classify(defined), kind="organization"), source)
        if role in vocab.generic_bodies:
            if (organisation := _organisation_named_before(span)) is not None:
                return _as(classify(source_phrase(organisation)), source)
            if (company := _company_by_its_form(span, role)) is not None:
                return _as(replace(classify(company), kind="organization"), source)
            # "the company said", after "a Gulfmark spokesperson said": the body named last
            for prior in reversed(earlier):
                if (
                    prior.name
                    and prior.kind in INSTITUTION_KINDS
                    and not _is_person(prior, span.doc)
                    and not of_other_countries(source, prior, span.doc.text)
                ):
                    return _as(prior, source)
        if role in vocab.document_nouns:
            # "The same report said", after "the council's morning report said": its issuer,
            # the body that spoke last
            for prior in reversed(earlier):
                if prior.kind in INSTITUTION_KINDS:
                    return _as(prior, source)
    return source
