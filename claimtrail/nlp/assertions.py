"""Finds the author's own judgements ("an obvious lie", "the accusations are baseless").

They are not incidents: they say what the writer thinks of a claim or an actor. Precision
comes first, so a cue counts only when all of these hold:
1. the grammar makes it a judgement: an evaluative modifier on a noun it can judge, a
   predicate about a subject, a self-judging noun after a copula ("This is a lie"), a
   certainty adverb that governs a clause, or a question that opens as a rhetorical one;
2. it is the author's voice: outside quotation marks and scare quotes, outside every
   attributed claim, not in the object of a verb that hands the judgement to someone else
   ("Moscow called the report a provocation"), not in the content of a claim noun;
3. it is asserted: not negated, not supposed ("if the claim is false"), not hedged or left
   open by a modal ("may be fabricated"), not asked (a plain question).
The spaCy doc is the one the other stages read; nothing is parsed twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimtrail.model import AssertionLabel, AuthorAssertion
from claimtrail.nlp.attribution import Attribution, quotation_spans
from claimtrail.vocab import EvaluativeCues, attribution_cues, evaluative_cues, hedge_pattern

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# What a verb of saying or judging reports: its objects and complements, not its modifiers.
REPORTED_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "advcl", "prep", "acomp", "attr", "dative"}
NOUNS = {"NOUN", "PROPN"}
RELATIVE_TAGS = {"WDT", "WP"}
CLAUSE_HEADS = {"VERB", "AUX"}
CONTENT_DEPS = {"acl", "ccomp"}  # "the claim that ...": the claim's content
NEGATING_DETS = {"no", "neither"}
NEGATING_ADVERBS = {"not", "never", "hardly", "scarcely", "n't"}
OPENING_CONJUNCTIONS = r"(?:(?:and|but|so|yet)\s+)?"
MAX_WORDS_BETWEEN = 2  # "of course, a lie": an adverb this close strengthens the judgement
MAX_COMPOUND_TOKENS = 5  # "well - founded", "bald - faced"
QUOTE_MARKS = re.compile("``|''|\u201c|\u201d|\"")
OPENING_MARKS = {"``", "\u201c"}
CLOSING_MARKS = {"\u201d"}
SCARE_OPEN = "\u2018'"
SCARE_CLOSE = "\u2019'"


@dataclass(frozen=True)
class _Cue:
    """One candidate judgement inside a sentence, before the voice checks."""

    start: int
    end: int
    label: AssertionLabel
    anchor: Token  # the evaluative word the voice and negation checks walk from
    target: Span | None = None
    predicative: bool = False


def find_assertions(doc: Doc, attributions: Sequence[Attribution]) -> list[AuthorAssertion]:
    """The author's own judgements, in text order."""
    cues = evaluative_cues()
    quotes = quotation_spans(doc.text) + quoted_ranges(doc.text)
    found: list[AuthorAssertion] = []
    for sent in doc.sents:
        if hedge_pattern().search(sent.text):
            continue  # "apparently fabricated": the author holds back
        for cue in _sentence_cues(sent, cues):
            if _own_voice(cue, sent, quotes, attributions, cues):
                found.append(_assertion(doc.text, sent, _judging_what(cue, sent, attributions)))
    return found


# --- candidates -------------------------------------------------------------------------


def _sentence_cues(sent: Span, cues: EvaluativeCues) -> list[_Cue]:
    question = sent.text.rstrip().endswith("?")
    candidates: list[_Cue] = []
    for token in sent:
        candidates.extend(_modifier_cue(token, cues))
        if not question:
            candidates.extend(_predicate_cue(token, cues))
    if question:
        candidates.extend(_rhetorical_cue(sent, cues))
    else:
        candidates = _with_certainty(sent, candidates, cues)
    return _without_overlaps(candidates)


def _modifier_cue(token: Token, cues: EvaluativeCues) -> Iterator[_Cue]:
    """'an obvious lie', 'baseless accusations', 'a cynical attempt', 'irrefutable proof'."""
    if token.dep_ not in {"amod", "conj"} or token.pos_ not in {"ADJ", "VERB"}:
        return
    noun = token.head if token.dep_ == "amod" else _conjoined_modifier_noun(token)
    if noun is None or noun.pos_ not in NOUNS or not noun.is_alpha:
        return
    label = _modifier_label(_word(token), _lemma(noun), cues)
    if label is None:
        return
    target = _subject_of_predicate(noun) or _phrase(noun)
    yield _Cue(token.left_edge.idx, _end(noun), label, token, target)


def _conjoined_modifier_noun(token: Token) -> Token | None:
    """'a cynical and dishonest attempt': the second modifier judges the same noun."""
    first = token.head
    return first.head if first.dep_ == "amod" else None


def _modifier_label(word: str, noun: str, cues: EvaluativeCues) -> AssertionLabel | None:
    if word in cues.judging:
        return cues.judging[word]  # type: ignore[return-value]
    if word in cues.falsity:
        return _falsity_label(cues.falsity[word], noun, cues)
    if word in cues.intensifiers and noun in cues.self_judging:
        return cues.self_judging[noun]  # type: ignore[return-value]
    return None


def _falsity_label(label: str, noun: str, cues: EvaluativeCues) -> AssertionLabel | None:
    """'fabricated evidence', 'a false claim', 'overwhelming evidence'; never 'a false alarm'."""
    if label == "endorse":
        return "endorse" if noun in cues.proof_nouns else None
    return "discredit" if noun in cues.judged_nouns else None


def _predicate_cue(token: Token, cues: EvaluativeCues) -> Iterator[_Cue]:
    """'the accusations are baseless', 'the video was fabricated', 'this is a lie'."""
    subject = _predicate_subject(token)
    if subject is None:
        return
    word = _word(token)
    label: AssertionLabel | None = None
    if token.pos_ in NOUNS:
        label = cues.self_judging.get(_lemma(token))  # type: ignore[assignment]
    elif word in cues.judging:
        label = cues.judging[word]  # type: ignore[assignment]
    elif word in cues.falsity:
        label = _falsity_label(cues.falsity[word], _lemma(subject), cues)
    if label is None:
        return
    start = token.left_edge.idx if token.pos_ in NOUNS else token.idx
    target = _phrase(subject)
    if token in target:  # a relative clause judges the noun it hangs on, not itself
        target = token.doc[subject.left_edge.i : subject.i + 1]
    yield _Cue(start, _end(token), label, token, target, predicative=True)


def _predicate_subject(token: Token) -> Token | None:
    """The subject a predicate word speaks of: copular complements and passive participles."""
    if token.dep_ in {"acomp", "attr"} and token.head.lemma_ == "be":
        return _subject(token.head)
    if (
        token.pos_ == "VERB"
        and token.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in token.children)
    ):
        return _subject(token)
    return None


def _subject(head: Token) -> Token | None:
    subject = next((c for c in head.children if c.dep_ in SUBJECTS - {"expl"}), None)
    if subject is None and head.dep_ == "conj":
        return _subject(head.head)  # "... was denied and is baseless"
    if subject is not None and subject.tag_ in RELATIVE_TAGS and head.dep_ == "relcl":
        return head.head  # "the photographs, which were doctored": the photographs
    return subject


def _subject_of_predicate(noun: Token) -> Span | None:
    """'The statement was an obvious lie': the lie judged is the statement."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = _subject(noun.head)
        return _phrase(subject) if subject is not None else None
    return None


def _with_certainty(sent: Span, candidates: list[_Cue], cues: EvaluativeCues) -> list[_Cue]:
    """Certainty adverbs: folded into the judgement they strengthen ('clearly fabricated'),
    else an assertion of their own when they govern the clause."""
    out = list(candidates)
    for adverb, standalone in _certainty_spans(sent, cues):
        root = adverb.root
        strengthened = next((c for c in out if _strengthens(root, c)), None)
        if strengthened is not None:
            out[out.index(strengthened)] = replace(strengthened, start=adverb.start_char)
        elif standalone and _governs_clause(root, adverb):
            out.append(_Cue(adverb.start_char, adverb.end_char, "certainty", root))
    return out


def _certainty_spans(sent: Span, cues: EvaluativeCues) -> Iterator[tuple[Span, bool]]:
    """Each certainty phrase with whether it may stand alone: the weak ones ('clearly',
    'surely') only at the head of the sentence before a comma; elsewhere they are often
    manner ('clearly marked') and count only as strengthening a judgement."""
    text = sent.text
    initial = re.match(rf"\s*{OPENING_CONJUNCTIONS}", text, re.IGNORECASE)
    at = initial.end() if initial else 0
    found = [(m, True) for m in cues.certainty.finditer(text)]
    for match in cues.initial_certainty.finditer(text):
        heading = match.start() == at and text[match.end() :].lstrip().startswith(",")
        found.append((match, heading))
    for match, standalone in found:
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            yield span, standalone


def _strengthens(adverb: Token, cue: _Cue) -> bool:
    """The adverb sits just before the judgement and modifies it or its copula; one further
    away is a certainty of its own, so that a cue stays a few words long."""
    if adverb.idx >= cue.start or cue.label == "certainty":
        return False
    between = adverb.doc.char_span(_end(adverb), cue.start, alignment_mode="expand")
    if between is not None and len(between) > MAX_WORDS_BETWEEN:
        return False
    return adverb.head == cue.anchor or adverb.head == cue.anchor.head


def _governs_clause(root: Token, adverb: Span) -> bool:
    """'The army undoubtedly knew' (a clause) but not 'an obviously tired man' (a word)."""
    if root.dep_ == "ROOT":
        return True
    return root.head.pos_ in CLAUSE_HEADS and root.head not in adverb


def _rhetorical_cue(sent: Span, cues: EvaluativeCues) -> Iterator[_Cue]:
    """'Who could believe such a story?': a question that opens as a judgement."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    match = cues.rhetorical.match(text, lead)
    if match is None:
        return
    start = sent.start_char + match.start()
    span = sent.doc.char_span(start, sent.start_char + match.end(), alignment_mode="expand")
    if span is None:
        return
    obj = next((t for t in sent if t.dep_ == "dobj" and t.i >= span.end), None)
    yield _Cue(start, span.end_char, "rhetorical", span.root, _phrase(obj) if obj else None)


def _without_overlaps(candidates: list[_Cue]) -> list[_Cue]:
    """One assertion per stretch of words: the widest cue wins."""
    kept: list[_Cue] = []
    for cue in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


# --- whose voice ------------------------------------------------------------------------


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Quoted stretches paired paragraph by paragraph, so one stray or unusual mark cannot
    shift the pairing of the rest of the article. A paragraph that opens a quotation without
    closing it is quoted to its end (the convention for quotes running over paragraphs), and
    a closing mark with no opening before it in its paragraph closes such a quote."""
    ranges: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        opened: int | None = None
        for mark in QUOTE_MARKS.finditer(paragraph.group()):
            at = paragraph.start() + mark.start()
            kind = mark.group()
            if opened is None and kind not in CLOSING_MARKS:
                opened = at
            elif opened is not None and kind not in OPENING_MARKS:
                ranges.append((opened, at + len(kind)))
                opened = None
            elif opened is None:
                ranges.append((paragraph.start(), at + len(kind)))
        if opened is not None:
            ranges.append((opened, paragraph.end()))
    return ranges


def _own_voice(
    cue: _Cue,
    sent: Span,
    quotes: list[tuple[int, int]],
    attributions: Sequence[Attribution],
    cues: EvaluativeCues,
) -> bool:
    if any(start < cue.end and cue.start < end for start, end in quotes):
        return False
    comment = _sentential_comment(cue) if cue.label == "discredit" else None
    if comment is not None:
        # A speech verb after the comment ("..., which is a lie, he said") still claims it.
        attributions = [a for a in attributions if a.cue_start > comment.idx]
    if any(a.content_start < cue.end and cue.start < a.content_end for a in attributions):
        return False
    if _in_scare_quotes(sent, cue) or _handed_to_someone(cue.anchor, cues, comment):
        return False
    return cue.label == "certainty" or not _not_asserted(cue, cues)


def _sentential_comment(cue: _Cue) -> Token | None:
    """', which is an obvious lie' after a reported claim judges the claim as a whole, and
    nobody calls their own claim a lie: the comment is the author's. The relative pronoun is
    returned when the clause hangs on no noun that names a claim (those may be the speaker's
    words about someone else's claim: 'rumours, which are baseless')."""
    clause = next((t for t in (cue.anchor, *cue.anchor.ancestors) if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    which = next((c for c in clause.children if c.dep_ in SUBJECTS and c.lower_ == "which"), None)
    if which is None or which.i == 0 or which.nbor(-1).text != ",":
        return None
    return None if _lemma(clause.head) in _voices_and_claims()[1] else which


def _comment_target(which: Token, sent: Span, attributions: Sequence[Attribution]) -> Span | None:
    """What a sentential comment judges: the reported claim before the comma."""
    comma = which.nbor(-1).idx
    claim = next((a for a in attributions if a.content_start < comma <= a.content_end), None)
    start = claim.content_start if claim is not None else sent.start_char
    return sent.doc.char_span(start, comma, alignment_mode="contract")


def _in_scare_quotes(sent: Span, cue: _Cue) -> bool:
    """A word in single quotes ('the 'baseless' claims') is someone else's word."""
    before = sent.doc.text[sent.start_char : cue.anchor.idx]
    after = sent.doc.text[_end(cue.anchor) : sent.end_char]
    # An apostrophe inside a word ("You're") neither opens nor closes a quotation.
    inside = rf"(?:[^{SCARE_CLOSE}]|(?<=\w)[{SCARE_CLOSE}](?=\w))*"
    opened = re.search(rf"(?:^|\s)[{SCARE_OPEN}]{inside}$", before)
    closed = re.match(rf"[^{SCARE_OPEN}]*?[{SCARE_CLOSE}](?!\w)", after)
    return bool(opened and closed)


def _handed_to_someone(anchor: Token, cues: EvaluativeCues, comment: Token | None) -> bool:
    """Inside what a verb of saying or judging reports, a claim's content, or a supposition.
    A sentential comment is looked at up to its own clause only."""
    voices, claims = _voices_and_claims()
    child = anchor
    for head in anchor.ancestors:
        if comment is not None and child == comment.head:
            return False
        if head.pos_ in CLAUSE_HEADS and head.lemma_ in voices and child.dep_ in REPORTED_DEPS:
            return True
        if head.pos_ in NOUNS and _lemma(head) in claims and child.dep_ in CONTENT_DEPS:
            return True
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in cues.conditions for c in child.children
        ):
            return True
        child = head
    return False


@lru_cache(maxsize=1)
def _voices_and_claims() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that report someone's judgement, and nouns whose content is someone's claim."""
    cues, said = evaluative_cues(), attribution_cues()
    voices = cues.voice_verbs | said.speech_verbs | said.denial_verbs
    return voices, cues.judged_nouns | said.evidential_nouns


def _not_asserted(cue: _Cue, cues: EvaluativeCues) -> bool:
    """Negated ('not baseless', 'no irrefutable proof') or left open ('may be a lie')."""
    anchor = cue.anchor
    words = [anchor, anchor.head]
    clause = anchor.head if cue.predicative or anchor.head.dep_ == "attr" else None
    if clause is not None and clause.dep_ == "attr":
        clause = clause.head  # "is not an obvious lie": the copula carries the negation
    if cue.predicative and anchor.pos_ == "VERB":
        clause = anchor  # passive "was not fabricated"
    if clause is not None:
        words.append(clause)
    for word in words:
        for child in word.children:
            if child.dep_ == "neg" or child.lower_ in NEGATING_ADVERBS:
                return True
            if child.dep_ == "advmod" and child.lower_ in cues.tentative_adverbs:
                return True  # "seemingly shameless", "perhaps a provocation"
            if child.dep_ == "det" and child.lower_ in NEGATING_DETS:
                return True
            if clause is not None and word == clause and child.lower_ in cues.tentative_modals:
                return True
    return False


# --- output -----------------------------------------------------------------------------


def _judging_what(cue: _Cue, sent: Span, attributions: Sequence[Attribution]) -> _Cue:
    comment = _sentential_comment(cue) if cue.label == "discredit" else None
    if comment is None:
        return cue
    return replace(cue, target=_comment_target(comment, sent, attributions))


def _assertion(text: str, sent: Span, cue: _Cue) -> AuthorAssertion:
    start, end = _line_of(text, sent.start_char, sent.end_char, cue.start)
    target = _trimmed(text, cue.target) if cue.target is not None else None
    return AuthorAssertion(
        start=start,
        end=end,
        text=text[start:end],
        cue=text[cue.start : cue.end],
        cue_start=cue.start,
        cue_end=cue.end,
        label=cue.label,
        target=text[target[0] : target[1]] if target else None,
        target_start=target[0] if target else None,
        target_end=target[1] if target else None,
    )


def _line_of(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence cut to the line holding the cue: a parse may run a headline into it."""
    line_start = text.rfind("\n", start, at) + 1 or start
    line_end = text.find("\n", at, end)
    line_end = end if line_end < 0 else line_end
    return _strip(text, max(start, line_start), line_end)


def _trimmed(text: str, span: Span) -> tuple[int, int] | None:
    start, end = _strip(text, span.start_char, span.end_char, punctuation=",;:.")
    return (start, end) if end > start else None


def _strip(text: str, start: int, end: int, punctuation: str = "") -> tuple[int, int]:
    chars = " \t\r\n" + punctuation
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _word(token: Token) -> str:
    """The modifier as written, hyphenated compounds whole ('far-fetched', 'made-up')."""
    whole = _phrase(token)
    if len(whole) > 1 and "-" in whole.text and len(whole) <= MAX_COMPOUND_TOKENS:
        return whole.text.lower().replace(" ", "")
    return token.lower_


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _end(token: Token) -> int:
    return token.idx + len(token.text)
