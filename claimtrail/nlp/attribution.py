"""Finds who says what: attribution relations and the chain of sources over any character.

An `Attribution` ties sources (one level of a chain; coordinated sources share a level) to
the character range of what they claim. A claim nested in another's content is one level
deeper, so the chain of any position is the attributions covering it, outermost first.

Shapes handled, each as its own small function:
1. "X said/claimed/reported (that) ...", also in relative clauses ("residents who claimed")
   and participles ("a source claiming ...");
2. "X cited/quoted Y (as saying) ...": X outer, Y inner;
3. "Y told X that ...": X outer, Y inner;
4. "according to X, ...";
5. quotations with the speaker before, after or in the middle, spanning sentences;
6. pronouns and bare roles ("she", "the spokeswoman") take the latest named source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from claimtrail.model import Source
from claimtrail.nlp.sources import (
    classify,
    conjuncts,
    nearest_subject,
    resolve_reference,
    source_phrase,
)
from claimtrail.vocab import attribution_cues
from claimtrail.vocab import sources as source_vocabulary

QUOTE_PAIRS = (("\u201c", "\u201d"), ("''", "''"), ('"', '"'))
SPEAKER_POS = {"NOUN", "PROPN", "PRON", "NUM"}  # NUM: "six in 10 say", "half said"
NEGATIVE_SPEAKERS = {"nobody", "none", "noone"}
CLAUSE_OF_SPEAKER = {"advcl", "xcomp", "pcomp"}  # "She apologized, saying ..."
MIN_CLAIM_CHARS = 10  # shorter leftovers are "said on Monday.", not a claim
ARTICLES = {"a", "an", "the", "one", "another"}
MAX_NAMING_PARAGRAPHS = 2  # how far on a role may be named ("a trader" ... "Dicko, a trader")


@dataclass(frozen=True)
class Attribution:
    sources: tuple[Source, ...]
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int

    def covers(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return self.content_start <= start and end <= self.content_end

    @property
    def size(self) -> int:
        return self.content_end - self.content_start


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in the document, in text order of their cues."""
    found: list[Attribution] = []
    earlier: list[Source] = []
    quotes = quotation_spans(doc.text)
    for sent in doc.sents:
        for attribution in _sentence_attributions(sent, quotes, earlier):
            found.append(attribution)
            earlier.extend(attribution.sources)
    found.extend(_quotation_attributions(doc, quotes, found))
    return sorted(_named_later(found, doc.text), key=lambda a: (a.cue_start, -a.size))


def _named_later(found: list[Attribution], text: str) -> list[Attribution]:
    """'..., according to a trader.' then 'said Hamidou Dicko, a livestock trader': an unnamed
    source takes the name of the person its role describes soon after, when the role and its
    other words ('a district official' / 'the district disaster officer') agree."""
    named = sorted(
        (s for a in found for s in a.sources if s.name and s.kind != "author"),
        key=lambda s: s.start_char,
    )
    vocab = source_vocabulary()

    def name_of(source: Source) -> Source:
        if source.name or source.kind in {"anonymous", "author"} or not source.text:
            return source
        head = _head_phrase(source.text)
        role = head.split()[-1] if head.split() else ""
        qualifiers = set(head.split()) - {role} - ARTICLES  # "district" in "a district official"
        for later in named:
            gap = text.count("\n\n", source.end_char, later.start_char)
            if later.start_char <= source.end_char or gap > MAX_NAMING_PARAGRAPHS:
                continue
            words = set(re.findall(r"\w+", later.text.lower()))
            described = any(vocab.same_role(role, word) for word in words)
            if described and qualifiers <= words:
                return replace(
                    later, text=source.text, start_char=source.start_char, end_char=source.end_char
                )
        return source

    return [
        Attribution(
            tuple(name_of(s) for s in a.sources),
            a.cue_start,
            a.cue_end,
            a.content_start,
            a.content_end,
        )
        for a in found
    ]


def _head_phrase(text: str) -> str:
    """A plain source phrase up to its first qualifier: 'a trader at the market' -> 'a trader'."""
    return re.split(r",|\s(?:at|of|in|from|on|near|with|who|that|which|for)\s", text.lower())[0]


def chain_at(
    attributions: list[Attribution], start: int, end: int | None = None
) -> tuple[Source, ...]:
    """The attribution chain over a character range, outermost first, without repeats."""
    covering = [a for a in attributions if a.covers(start, end)]
    covering.sort(key=lambda a: (-a.size, a.cue_start))
    chain: list[Source] = []
    for attribution in covering:
        for source in attribution.sources:
            if not any(same_source(source, seen) for seen in chain):
                chain.append(source)
    return tuple(chain)


def same_source(a: Source, b: Source) -> bool:
    """Two mentions of one source: the same name, or the same words at the same place."""
    if a.name and b.name:
        return a.name == b.name
    return a.start_char == b.start_char and a.text == b.text


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs first, then straight ones)."""
    spans: list[tuple[int, int]] = []
    for open_mark, close_mark in QUOTE_PAIRS:
        pattern = re.compile(
            re.escape(open_mark)
            + r"([^"
            + re.escape(close_mark)
            + r"]{3,}?)"
            + re.escape(close_mark),
            re.S,
        )
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append((match.start(1), match.end(1)))
    return sorted(spans)


def _sentence_attributions(
    sent: Span, quotes: list[tuple[int, int]], earlier: list[Source]
) -> list[Attribution]:
    cues = attribution_cues()
    found: list[Attribution] = []
    for token in sent:
        if (
            token.lemma_ == "accord"
            and token.i + 1 < len(token.doc)
            and token.nbor().lower_ == "to"
        ):
            found.extend(_according_to(token, sent, earlier))
            continue
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_ not in cues.speech_verbs:
            continue
        if token.dep_ == "amod" or _negated(token):
            continue  # "pledged delegates"; "nobody has confirmed", "did not say"
        if token.lemma_ in cues.citing_verbs:
            found.extend(_citing(token, sent, earlier))
        elif token.lemma_ in cues.telling_verbs and (told := _telling(token, sent, earlier)):
            found.extend(told)
        else:
            attribution = _speech(token, sent, quotes, earlier)
            if attribution:
                found.append(attribution)
    return found


def _sources_for(head: Token, earlier: list[Source]) -> tuple[Source, ...]:
    out = []
    for noun in conjuncts(head):
        phrase = source_phrase(noun)
        out.append(resolve_reference(classify(phrase), phrase, earlier))
    return tuple(out)


def _speaker(verb: Token) -> Token | None:
    """Who speaks: the subject, the noun a relative clause or participle hangs on, or 'by X'."""
    subject = nearest_subject(verb)
    if subject is not None:
        return verb.head if subject.tag_ == "WP" and verb.dep_ == "relcl" else subject
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "an anonymous source claiming ..."
    if verb.dep_ == "conj":
        return _speaker(verb.head)
    governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if verb.dep_ in CLAUSE_OF_SPEAKER and governor is not verb and governor.pos_ in {"VERB", "AUX"}:
        return next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return _noun_just_before(verb)


def _noun_just_before(verb: Token) -> Token | None:
    """'..., the Fire Marshal's Office said.' parsed without a subject: the noun before it."""
    if verb.i == 0 or any(c.dep_ in {"dobj", "ccomp"} and c.i > verb.i for c in verb.children):
        return None
    previous = verb.doc[verb.i - 1]
    if previous.pos_ in {"NOUN", "PROPN"}:
        return previous
    return None


def _content(
    verb: Token, sent: Span, quotes: list[tuple[int, int]], exclude: Span
) -> tuple[int, int] | None:
    """What the speaker claims: the clausal complement, a quotation, or the rest of the sentence."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
            return child.left_edge.idx, _end(child.right_edge)
    for start, end in quotes:
        # "...," she said / she said: "..." — the quotation adjoining the cue.
        if end <= verb.idx and verb.idx - end < 60 or start >= verb.idx and start - verb.idx < 40:
            return None  # handled by the quotation pass, which spans sentences
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"}:
            return child.left_edge.idx, _end(child.right_edge)
    if exclude.start_char > sent.start_char:
        # "..., police said." / "The convoy, the agency reported, was hit at night."
        return sent.start_char, sent.end_char
    after = _end(verb)  # "Police said the road was closed", parsed without a complement
    return (after, sent.end_char) if sent.end_char - after > MIN_CLAIM_CHARS else None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _speech(
    verb: Token, sent: Span, quotes: list[tuple[int, int]], earlier: list[Source]
) -> Attribution | None:
    speaker = _speaker(verb)
    if speaker is None or speaker.pos_ not in SPEAKER_POS:
        return None
    phrase = source_phrase(speaker)
    content = _content(verb, sent, quotes, phrase)
    if content is None or content[1] <= content[0]:
        return None
    sources = _sources_for(speaker, earlier)
    if _anonymous_clause(verb, content):
        # "a police official told this newspaper on condition of anonymity"
        sources = tuple(
            Source(s.text, None, "anonymous", s.start_char, s.end_char) for s in sources
        )
    return Attribution(sources, verb.idx, _end(verb), *content)


def _negated(verb: Token) -> bool:
    """'did not say', 'nobody confirmed', 'no group has claimed': no one makes the claim."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in NEGATIVE_SPEAKERS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        )
        for c in verb.children
    )


def _anonymous_clause(verb: Token, content: tuple[int, int]) -> bool:
    """Anonymity said of the speaking, outside the claim itself."""
    words = [t for t in verb.subtree if not content[0] <= t.idx < content[1]]
    if not words:
        return False
    text = verb.doc[words[0].i : words[-1].i + 1].text
    return bool(source_vocabulary().anonymous_markers.search(text))


def _citing(verb: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    """'X cited Y claiming ...': X outer over everything from Y on; Y is typed here too."""
    found = []
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    speaker = _speaker(verb)
    content_start = cited.left_edge.idx if cited is not None else _end(verb)
    if speaker is not None and speaker.pos_ in {"NOUN", "PROPN", "PRON"}:
        found.append(
            Attribution(
                _sources_for(speaker, earlier), verb.idx, _end(verb), content_start, sent.end_char
            )
        )
    if cited is not None and not any(
        c.dep_ in {"acl", "relcl"} and c.lemma_ in attribution_cues().speech_verbs
        for c in cited.children
    ):
        # "quoted Y as saying ...": Y's claim is what follows the cited phrase.
        after = _end(source_phrase(cited)[-1])
        found.append(
            Attribution(_sources_for(cited, earlier), verb.idx, _end(verb), after, sent.end_char)
        )
    return found


def _telling(verb: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    """'Sources told Reuters that ...': Reuters outer, the sources inner."""
    listener = next(
        (c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ == "PROPN"), None
    )
    speaker = _speaker(verb)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if listener is None or speaker is None or complement is None:
        return []
    start, end = complement.left_edge.idx, _end(complement.right_edge)
    return [
        Attribution(
            _sources_for(listener, earlier), verb.idx, _end(verb), min(start, speaker.idx), end
        ),
        Attribution(_sources_for(speaker, earlier), verb.idx, _end(verb), start, end),
    ]


def _according_to(accord: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    to = accord.nbor()
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        obj = next((c for c in accord.children if c.dep_ == "pobj"), None)
    if obj is None:
        return []
    phrase_end = _end(source_phrase(obj)[-1])
    start = sent.start_char if accord.idx > sent.start_char + 2 else phrase_end
    return [Attribution(_sources_for(obj, earlier), accord.idx, phrase_end, start, sent.end_char)]


def _quotation_attributions(
    doc: Doc, quotes: list[tuple[int, int]], found: list[Attribution]
) -> list[Attribution]:
    """A quotation belongs to the speech verb just after or just before it."""
    cues = attribution_cues()
    out = []
    earlier = [s for a in found for s in a.sources]
    for start, end in quotes:
        verb = _nearest_speech_verb(doc, start, end, cues.speech_verbs)
        if verb is None:
            continue
        speaker = _speaker(verb)
        if speaker is None:
            continue
        out.append(Attribution(_sources_for(speaker, earlier), verb.idx, _end(verb), start, end))
    return out


def _nearest_speech_verb(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Token | None:
    after = doc.char_span(end, min(len(doc.text), end + 120), alignment_mode="expand")
    if after is not None:
        for token in after:
            if token.idx <= end:
                continue  # the closing mark itself
            if token.text in {"\u201c", '"', ".", "!", "?"} or "\n" in token.text_with_ws:
                break
            if token.is_sent_start and token.idx > end + 3:
                break  # the next sentence speaks of something else
            if token.lemma_ in verbs and token.pos_ in {"VERB", "AUX"} and _speaker(token):
                return None if _negated(token) else token
    before = doc.char_span(max(0, start - 80), start, alignment_mode="expand")
    if before is not None:
        for token in reversed(before):
            if token.idx >= start:
                continue
            if token.lemma_ in verbs and token.pos_ in {"VERB", "AUX"}:
                return token
            if token.text in {".", "\u201d"}:
                break
    return None
