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
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimtrail.geo.gazetteer import country_names_in, default_gazetteer
from claimtrail.ingest.footnotes import MIN_NOTES, NOTE, notes_at_end
from claimtrail.ingest.header_lines import no_latin_letters
from claimtrail.model import Source
from claimtrail.nlp.dates import is_month_name
from claimtrail.nlp.headings import is_crosshead
from claimtrail.nlp.sources import (
    PLACE_ENTITIES,
    classify,
    conjuncts,
    entity_of,
    introduced_people,
    is_place_word,
    issuer,
    nearest_subject,
    resolve_reference,
    source_phrase,
    tagged_source,
)
from claimtrail.vocab import actions, attribution_cues, name_titles, read_data
from claimtrail.vocab import sources as source_vocabulary

SIGNATURE_DASH = re.compile(r"[\u201d\"'.,]{0,3}\s*([\u2015\u2014]|--)\s*")  # '" ― Ana Ruiz'
QUOTE_PAIRS = (("\u201c", "\u201d"), ("''", "''"), ('"', '"'))
QUOTE_MARKS = frozenset(mark for pair in QUOTE_PAIRS for mark in pair)
SPEAKER_POS = {"NOUN", "PROPN", "PRON", "NUM"}  # NUM: "six in 10 say", "half said"
NEGATIVE_SPEAKERS = {"nobody", "none", "noone"}
FIRST_PERSON = {"i", "we"}
OWN_POSSESSIVES = {"our", "my"}
ANONYMITY_WINDOW = 60  # characters after a speech verb: "told this paper on condition of anonymity"
DASHES = frozenset({"-", "--", "–", "—"})
CLAUSE_OF_SPEAKER = {"advcl", "xcomp", "pcomp"}  # "She apologized, saying ..."
MIN_QUOTE_CHARS = 3
PARTICIPLE_CONTENT = {"prep", "advcl", "ccomp", "xcomp"}
MIN_CLAIM_CHARS = 10  # shorter leftovers are "said on Monday.", not a claim
MAX_SCARE_QUOTE_WORDS = 3  # a word or two in marks inside a told claim is its wording
ARTICLES = {"a", "an", "the", "one", "another"}
MAX_TURN_NAME_WORDS = 4
COLON_SPEAKER_BOUNDS = {"-", "\u2013", "\u2014", ".", "!", "?"}  # what may precede 'Name:'
MAX_NAMING_PARAGRAPHS = 2  # how far on a role may be named ("a trader" ... "Dicko, a trader")
MAX_BRACKETED_OFFICE = 12  # words of a speaker's office in brackets before a colon
MAX_DATELINE_PARAGRAPH = 3  # a dateline opens the story: after a title and a standfirst at most


@dataclass(frozen=True)
class Attribution:
    sources: tuple[Source, ...]
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    mentions: tuple[tuple[int, int], ...] = ()
    """Where the cue's own clause names its speaker, when that is not the source's span:
    the relative pronoun of 'Ana Ruiz, who said ...' (the source is Ana Ruiz)."""

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
            found.append(_kept_inside_its_quotation(attribution, quotes))
            earlier.extend(attribution.sources)
        # a body or a person named inside a quotation is the speaker's word, not the one a
        # later 'it added' or 'he said' points back to
        earlier.extend(p for p in introduced_people(sent) if not _quoted(p, quotes))
    found.extend(_quotation_attributions(doc, quotes, found))
    found.extend(_tagged_paragraphs(doc))
    found.extend(_submitted_records(doc))
    found.extend(_sourced_lists(doc))
    found.extend(_footnoted_sentences(doc))
    found.extend(_introduced_lists(doc, found))
    return sorted(_named_later(found, doc.text), key=lambda a: (a.cue_start, -a.size))


def _quoted(source: Source, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= source.start_char and source.end_char <= end for start, end in quotes)


def _kept_inside_its_quotation(
    attribution: Attribution, quotes: list[tuple[int, int]]
) -> Attribution:
    """'"The draft is telling supporters that they are no longer welcome," said Pavone.': a
    claim told inside a quotation ends where the quotation does, not in the words after it
    that name who is quoted."""
    inside = next((q for q in quotes if q[0] <= attribution.cue_start < q[1]), None)
    if inside is None or attribution.content_end <= inside[1]:
        return attribution
    return replace(attribution, content_end=max(attribution.content_start, inside[1]))


# '... sections of the road under water (SoDMA).': a short tag in brackets closing a paragraph
_CLOSING_TAG = re.compile(
    r"(?:\((?P<tag>[^()\n]{2,40})\)|[ \t][-–][ \t](?P<dashed>[^-–()\n.]{2,40}))\.?[ \t]*$",
    re.MULTILINE,
)


def _tagged_paragraphs(doc: Doc) -> list[Attribution]:
    """'- 11 Sep – Wadajir district. At least 4x mortar rounds landed ... (local media).': an
    incident log's paragraph closed by its source in brackets, as security advisories and
    monitors' logs set it, or after a dash, as alert services do ('..., 2 injured - Kenya
    Red Cross.'), is that source's account, from the paragraph's start."""
    found = []
    for m in _CLOSING_TAG.finditer(doc.text):
        group = "tag" if m.group("tag") else "dashed"
        tag = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
        if tag is None or not len(tag):
            continue
        source = tagged_source(tag)
        if source is None:
            continue
        start = doc.text.rfind("\n", 0, m.start()) + 1
        found.append(Attribution((source,), m.start(group), m.end(group), start, m.start()))
    return found


def _submitted_records(doc: Doc) -> list[Attribution]:
    """'Submitted by: Tanvir Rahman, staff reporter | 08 May 2033, 13:02' or 'Reported by:
    Master' among one entry's labelled fields (a citizen-reporting platform's card, a piracy
    centre's live list): the entry is that sender's account, from its first field through the
    prose that follows its fields."""
    labels = "|".join(re.escape(label) for label in _words("record_submitters", "labels"))
    submitter = re.compile(
        rf"^(?:{labels})[ \t]*:[ \t]*(?P<name>[^|\n]+?)[ \t.]*(?:\||$)", re.I | re.M
    )
    paragraphs = _paragraph_spans(doc.text)
    found = []
    for index, (start, end) in enumerate(paragraphs):
        m = submitter.match(doc.text, start, end)
        if m is None:
            continue
        first = index
        while first > 0 and _FIELD.match(doc.text, *paragraphs[first - 1]):
            first -= 1
        last = index
        while last + 1 < len(paragraphs) and _field_or_prose(doc.text, *paragraphs[last + 1]):
            last += 1
        said = _SENTENCE_AFTER_NAME.search(m["name"])  # 'Master. The Benin Navy, informed ...'
        end = m.start("name") + said.start() if said else m.end("name")
        name = doc.char_span(m.start("name"), end, alignment_mode="contract")
        if name is None or not len(name) or first == last:
            continue
        if len(name) > 1 and name[0].text.endswith("."):
            name = name[1:]  # 'Md. Shahadat Hossain': the parser may root the span at 'Md.'
        content = (paragraphs[first][0], paragraphs[last][1])
        found.append(Attribution((classify(name),), m.start("name"), m.end("name"), *content))
    return found


def _sourced_lists(doc: Doc) -> list[Attribution]:
    """'Source: Lebanese Armed Forces, Army Command' under a list's title, over its items ('2
    March 2033, 0640 hours, outskirts of Kfar Kila: an enemy patrol ...'): every item is that
    source's word, through the lettered headings between items ('B. Maritime violations'), up
    to the first paragraph that is neither. Under a table or a paragraph, the line credits
    what stands above it."""
    labels = "|".join(re.escape(label) for label in _words("list_sources", "labels"))
    line = re.compile(rf"[ \t]*(?:{labels})[ \t]*:[ \t]*(?P<name>[^,;(\n]+)", re.I)
    paragraphs = _paragraph_spans(doc.text)
    found = []
    for index, (start, end) in enumerate(paragraphs[1:], start=1):
        m = line.match(doc.text, start, end)
        if m is None or "\n" in doc.text[start:end].strip():
            continue
        if not _a_title(doc.text[slice(*paragraphs[index - 1])]):
            continue
        items = _listed_items(doc.text, paragraphs[index + 1 :])
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if items is None or name is None or not len(name):
            continue
        source = classify(name)
        found.append(Attribution((source,), name.start_char, name.end_char, *items))
    return found


_LETTERED_HEADING = re.compile(r"[ \t]*[A-Z0-9][.)][ \t]+[A-Z][^.\n]{0,60}$")
MAX_TITLE_CHARS = 120


def _a_title(paragraph: str) -> bool:
    """A list's title: one short line that no stop ends ('Israeli violations of Lebanese
    sovereignty, 1-31 March 2033')."""
    paragraph = paragraph.strip()
    return (
        "\n" not in paragraph
        and len(paragraph) <= MAX_TITLE_CHARS
        and not paragraph.endswith((".", ":", "!", "?"))
    )


def _listed_items(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the items under a list's source line start and end: paragraphs of sentences,
    with lettered headings before and between them; None when no item follows."""
    first = last = None
    for start, end in paragraphs:
        if _LETTERED_HEADING.match(text, start, end):
            continue
        item = text[start:end].strip()
        if len(item) < MIN_PROSE_CHARS and not item.endswith("."):
            break  # a title of its own; a short item's last words end with a stop
        first = start if first is None else first
        last = end
    return None if first is None or last is None else (first, last)


# a sentence after the sender's name, its word before the stop no abbreviation ('Md.')
_SENTENCE_AFTER_NAME = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
# 'Incident date: 08 May 2033', 'Date / Time: ...', 'Position: ...': a labelled field
_FIELD = re.compile(r"[A-Z][\w /&().#-]{0,30}:[ \t]+\S")
MIN_PROSE_CHARS = 60  # an entry's own words, not a row of its page's buttons


def _field_or_prose(text: str, start: int, end: int) -> bool:
    paragraph = text[start:end].rstrip()
    prose = len(paragraph) >= MIN_PROSE_CHARS and paragraph.endswith((".", "!", "?", '"', "”"))
    return prose or _FIELD.match(text, start, end) is not None


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of `text` starts and ends."""
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


_PARAGRAPH_NUMBER = re.compile(r"(\d{1,3})[.)]")  # '2.' opening a numbered paragraph
_NUMBERED_PARAGRAPH = re.compile(rf"[ \t]*{_PARAGRAPH_NUMBER.pattern}[ \t]+")
# a bullet, a number or a letter, or an entry's place and day before a dash ('Lahad Datu,
# 18.01.2033 – Kidnapping of ...'), after any rule of dashes a table sets above its rows
_LIST_ENTRY = re.compile(
    r"(?:[ \t]*[-=_+]{3,}[ \t]*\n)?[ \t]*"
    r"(?:[-•*–—][ \t]+|\d{1,3}[.)][ \t]+|[a-z][.)][ \t]+|[^\n]{0,120}?[ \t][–—][ \t])"
)


def _introduced_lists(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'1. ... based on the records of ESSCOM, three incidents were recorded ..., as follows:'
    and the incidents under it: a sentence on someone's word that closes its paragraph with a
    colon puts the entries below it on that word (bulleted, numbered, or a place and a day
    before a dash), up to the first paragraph that is no entry, or the next paragraph of the
    introducing paragraph's own numbering ('2. During the same period ...')."""
    paragraphs = _paragraph_spans(doc.text)
    starts = [start for start, _ in paragraphs]
    lists = []
    for attribution in found:
        index = bisect_right(starts, attribution.cue_start) - 1
        if index < 0 or not _closes_with_a_colon(doc, attribution, paragraphs[index]):
            continue
        numbered = _NUMBERED_PARAGRAPH.match(doc.text, paragraphs[index][0])
        sibling = str(int(numbered[1]) + 1) if numbered else None
        first = last = None
        for start, end in paragraphs[index + 1 :]:
            number = _NUMBERED_PARAGRAPH.match(doc.text, start, end)
            if number and number[1] == sibling or not _LIST_ENTRY.match(doc.text, start, end):
                break
            first, last = first if first is not None else start, end
        if first is not None and last is not None:
            cue = (attribution.cue_start, attribution.cue_end)
            lists.append(Attribution(attribution.sources, *cue, first, last))
    return lists


def _closes_with_a_colon(doc: Doc, attribution: Attribution, paragraph: tuple[int, int]) -> bool:
    """Whether the attribution's cue stands in the sentence ending its paragraph with ':'."""
    text = doc.text[slice(*paragraph)].rstrip()
    if not text.endswith(":") or attribution.cue_start >= paragraph[0] + len(text):
        return False
    last = doc.char_span(
        paragraph[0] + len(text) - 1, paragraph[0] + len(text), alignment_mode="expand"
    )
    return last is not None and last.sent.start_char <= attribution.cue_start


_NOTE_MARK = re.compile(r"\[(?P<number>\d{1,3})\]")


def _footnoted_sentences(doc: Doc) -> list[Attribution]:
    """'... firing at residents who tried to flee.[3]', with '3 Interview with a community
    leader of Ndim, Bocaranga, 20 January 2032.' among the notes that end the report: the
    sentence is the account of the source the note names (the chain's link is the note's
    words, so it points at the characters that say who told it)."""
    lines = doc.text.split("\n")
    first, numbers = notes_at_end(lines)
    if len(numbers) < MIN_NOTES:
        return []
    notes_start = sum(len(line) + 1 for line in lines[:first])
    sources = _note_sources(doc, lines[first:], notes_start)
    found = []
    for m in _NOTE_MARK.finditer(doc.text, 0, notes_start):
        chain = sources.get(int(m.group("number")))
        marker = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if chain is None or marker is None or not len(marker):
            continue
        start = marker[0].sent.start_char
        found.append(Attribution(chain, m.start(), m.end(), start, m.start()))
    return found


def _note_sources(doc: Doc, notes: list[str], offset: int) -> dict[int, tuple[Source, ...]]:
    """Each note's number and the sources it names, outermost first."""
    vocab = _data()["note_sources"]
    found: dict[int, tuple[Source, ...]] = {}
    for line in notes:
        m = NOTE.match(line)
        if m is not None:
            start = offset + m.start("text")
            chain = tuple(
                _named_within(classify(span), span)
                for span in _named_in_note(doc, m.group("text"), start, vocab)
            )
            if chain:
                found[int(m.group("number"))] = chain
        offset += len(line) + 1
    return found


def _named_in_note(doc: Doc, note: str, start: int, vocab: dict) -> list[Span]:
    """The spans of a note that name its source and the source's own ('a health partner',
    then 'displaced women from Ndim')."""
    lowered = note.casefold()
    opener = next((o for o in vocab["openers"] if lowered.startswith(o + " ")), None)
    if opener is None:
        return []
    spans = []
    for cue_end in (len(opener) + 1, *_inner_cue_ends(lowered, vocab["inner"])):
        name = _NOTE_SOURCE.match(note, cue_end)
        span = name and doc.char_span(start + name.start(), start + name.end())
        if span is not None and len(span):
            spans.append(span)
    return spans


def _named_within(source: Source, span: Span) -> Source:
    """The source a note names, without a name found beyond its words (the place after the
    comma: 'a community leader of Ndim, Bocaranga, ...')."""
    return source if not source.name or source.name in span.text else replace(source, name=None)


def _inner_cue_ends(note: str, cues: list[str]) -> list[int]:
    return [m.end() + 1 for cue in cues for m in re.finditer(rf"\b{re.escape(cue)}\b", note)]


_NOTE_SOURCE = re.compile(r"[^,;(.\n]*[^,;(.\n\s]")


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

    return [replace(a, sources=tuple(name_of(s) for s in a.sources)) for a in found]


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
    """Two mentions of one source: the same name, in capitals or not (a letterhead's
    'CHIKWAWA DISTRICT COUNCIL' is the Chikwawa District Council), or the same words at the
    same place."""
    if a.name and b.name:
        return a.name.casefold() == b.name.casefold()
    return a.start_char == b.start_char and a.text == b.text


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs first, then straight ones)."""
    spans: list[tuple[int, int]] = []
    for open_mark, close_mark in QUOTE_PAIRS:
        if open_mark == close_mark:
            found = _same_mark_pairs(text, open_mark)
        else:
            found = _curly_pairs(text, open_mark, close_mark)
        for start, end in found:
            if not any(s <= start - 1 < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


def _curly_pairs(text: str, open_mark: str, close_mark: str) -> list[tuple[int, int]]:
    """Pairs of an opening and a closing curly mark. A quotation opened with a curly mark
    may be closed by a straight one where an editor mixed them ('“It is over." she
    said'): a straight mark in a closing place ends it when no curly mark comes first and
    no straight mark opened a quotation inside it; otherwise the quotation would run on to
    the next curly closing mark, paragraphs later, and take the next speaker's words."""
    pairs: list[tuple[int, int]] = []
    position = 0
    while (opened := text.find(open_mark, position)) >= 0:
        start = opened + len(open_mark)
        end = _curly_close(text, start, close_mark)
        if end is None:
            position = start
            continue
        if end - start >= MIN_QUOTE_CHARS:
            pairs.append((start, end))
        position = end + 1
    return pairs


def _curly_close(text: str, start: int, close_mark: str) -> int | None:
    """Where the quotation opened at `start` closes: its curly mark, or a straight one in a
    closing place that closes no straight quotation inside it."""
    inner_open = False
    for match in re.finditer(re.escape(close_mark) + '|"', text[start:]):
        at = start + match.start()
        if match.group() == close_mark:
            return at
        before = text[at - 1]
        after = text[at + 1] if at + 1 < len(text) else " "
        if inner_open:
            inner_open = False
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)"):
            return at
        else:
            inner_open = True
    return None


def _same_mark_pairs(text: str, mark: str) -> list[tuple[int, int]]:
    """Pairs of a mark that both opens and closes ('"', "''"), by what stands around each
    one: an opening mark follows a space and precedes a word, a closing one the reverse. One
    stray mark ('the Smiths'' house') then does not turn every later quotation inside out."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for match in re.finditer(re.escape(mark) + r"(?!')", text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        opens = (before.isspace() or before in "([{\u2014-") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]-\u2014")
        if opened is not None and closes and match.start() - opened >= MIN_QUOTE_CHARS:
            pairs.append((opened, match.start()))
            opened = None
        elif opens:
            opened = match.end()
    return pairs


def _verb_read_as_noun(token: Token) -> bool:
    """'Parents at the bridge report that the police used tear gas': a speech verb the tagger
    read as a noun, though it has a subject and a clause of its own."""
    children = {c.dep_ for c in token.children}
    return (
        token.pos_ == "NOUN"
        and {"nsubj", "ccomp"} <= children
        and cue_lemma(token) in _words("speech_verbs")
    )


def _sentence_attributions(
    sent: Span, quotes: list[tuple[int, int]], earlier: list[Source]
) -> list[Attribution]:
    cues = attribution_cues()
    found: list[Attribution] = []
    opinions: set[int] = set()  # cue offsets of beliefs, aims and positions (not speech)
    colon = _colon_attribution(sent, earlier)
    if colon is not None:
        found.append(colon)
    told_before = earlier
    for token in sent:
        # 'The mayor, X, accused ... when, he said, ...': one named as speaking earlier in
        # the sentence is who 'he' is (a role such as 'the state agency' is its own source)
        earlier = told_before
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children):
            earlier = told_before + [s for a in found for s in a.sources if s.name]
        if (last := _framing_phrase_end(token)) is not None:
            found.extend(_according_to(token, last, sent, earlier))
            continue
        if token.dep_ == "pobj" and (framing := _sentence_frame(token, sent, earlier)):
            found.append(framing)
            continue
        if token.pos_ == "NOUN" and (owned := _possessed_opinion(token, sent, earlier)):
            found.append(owned)
            opinions.add(owned.cue_start)
            continue
        if token.pos_ == "ADJ" and (stance := _stance_adjective(token, sent, earlier)):
            found.append(stance)
            opinions.add(stance.cue_start)
            continue
        if token.pos_ not in {"VERB", "AUX"} and not _verb_read_as_noun(token):
            continue
        if cue_lemma(token) in _words("perception_verbs"):
            if (seen := _witnessed(token, sent, quotes, earlier)) is not None:
                found.append(seen)
            continue
        light = _light_verb(token)
        if not light and cue_lemma(token) not in opinion_verbs():
            continue
        if token.dep_ == "amod" or _negated(token):
            continue  # "pledged delegates"; "nobody has confirmed", "did not say"
        if _as_saying(token):
            continue  # "cited an officer as saying": said through the citing verb
        if token.lemma_ in cues.citing_verbs:
            found.extend(_citing(token, sent, earlier))
        elif token.lemma_ in cues.telling_verbs and (told := _telling(token, sent, earlier)):
            found.extend(told)
        else:
            attribution = _speech(token, sent, quotes, earlier)
            if attribution:
                found.append(attribution)
                if light or cue_lemma(token) in _opinion_groups():
                    opinions.add(attribution.cue_start)
    found = _trimmed_before_closing_accounts(found, sent)
    return _without_inner_opinions(found, opinions, quotes)


def _witnessed(
    verb: Token, sent: Span, quotes: list[tuple[int, int]], earlier: list[Source]
) -> Attribution | None:
    """'residents saw soldiers set fire to the granary', 'witnesses heard gunmen shouting':
    what eyewitnesses perceived happen, told by the verb's clause or a participle on its
    object, is their account. 'saw the damage' and 'police saw ...' are none."""
    if _negated(verb) or verb.dep_ == "amod":
        return None
    scene = any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) or any(
        c.dep_ == "dobj"
        and any(g.dep_ in {"acl", "relcl"} and g.pos_ == "VERB" for g in c.children)
        for c in verb.children
    )
    if not scene:
        return None
    attribution = _speech(verb, sent, quotes, earlier)  # None when no one speaks
    if attribution is None or any(s.kind != "eyewitness" for s in attribution.sources):
        return None
    return attribution


def _light_verb(verb: Token) -> bool:
    """'made a statement', 'voiced concern', 'gave a speech': a light verb whose object
    names the speaking makes its subject a source."""
    lemma = cue_lemma(verb)
    if lemma not in _words("light_verbs", "verbs") and lemma not in _words("as_verbs"):
        return False
    return any(
        (c.dep_ == "dobj" and c.lemma_ in _words("light_verbs", "objects"))
        or (
            c.dep_ in {"ccomp", "oprd", "acomp"}
            and c.lower_ in _words("light_verbs", "complements")
        )
        or (c.dep_ == "prep" and c.lower_ == "as" and lemma in _words("as_verbs"))
        for c in verb.children
    )  # "made it clear that ...", "voters see him as the stronger candidate"


def _without_inner_opinions(
    found: list[Attribution], opinions: set[int], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """A belief or aim voiced inside someone's words ('He said he thinks ...', '"We want
    ...," she said') is part of that claim, not a source of its own."""

    def inner(attribution: Attribution) -> bool:
        cue = attribution.cue_start
        return any(start <= cue < end for start, end in quotes) or any(
            other.content_start <= cue < other.content_end and other.cue_start != cue
            for other in found
        )

    return [a for a in found if a.cue_start not in opinions or not inner(a)]


def _sentence_frame(noun: Token, sent: Span, earlier: list[Source]) -> Attribution | None:
    """'In a poll released Sunday, 40 percent ...': a survey framing a sentence (opening it)
    is its source, and so is one poll named later ('leads by nine points in a CBS News
    poll'); 'led in the polls' is no frame."""
    frame = noun.head
    if frame.lower_ != "in" or noun.lemma_ not in _words("survey_nouns"):
        return None
    pollster = _pollster(noun)
    if frame.i != sent.start and pollster is None:
        return None
    if source_phrase(noun).end_char >= sent.end_char:
        return None
    sources = _sources_for(pollster or noun, earlier)
    return Attribution(sources, frame.idx, _end(frame), sent.start_char, sent.end_char)


def _pollster(noun: Token) -> Token | None:
    """Who ran one named survey: 'CBS News' in 'a CBS News poll', 'Gallup' in 'the Gallup
    survey'."""
    if noun.tag_ != "NN":
        return None
    return next(
        (c for c in noun.children if c.dep_ in {"compound", "nmod", "poss"} and c.pos_ == "PROPN"),
        None,
    )


def _possessed_opinion(noun: Token, sent: Span, earlier: list[Source]) -> Attribution | None:
    """'the governor's claim that ...', 'his warning that ...', 'in her view, ...': the owner
    of a noun of speech or opinion is its source."""
    frame = noun.lemma_ in _words("view_nouns") and noun.head.lower_ in {"in", "to"}
    if noun.lemma_ not in _words("opinion_nouns") and not frame:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in SPEAKER_POS:
        return None
    # Only a stated proposition ('claim that ...', 'call for X to ...'); 'his support' alone
    # or 'her plans for the city' name no claim.
    clause = next(
        (c for c in noun.rights if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}), None
    )
    if clause is not None:
        start, end = clause.left_edge.idx, _end(clause.right_edge)
    elif frame and noun.head.dep_ == "prep":
        start, end = sent.start_char, sent.end_char  # "In her view, the plan fails."
    else:
        return None
    return Attribution(_sources_for(owner, earlier), noun.idx, _end(noun), start, end)


def _stance_adjective(adj: Token, sent: Span, earlier: list[Source]) -> Attribution | None:
    """'The mayor is confident that ...', 'unions were opposed to the plan': the subject of
    an adjective of certainty, feeling or position holds what follows."""
    if adj.dep_ != "acomp" or adj.lemma_ not in _words("stance_adjectives"):
        return None
    subject = nearest_subject(adj.head)
    if subject is None or subject.pos_ not in {"PROPN", "PRON", "NOUN"} or _negated(adj.head):
        return None
    if subject.tag_ == "WP" or subject.lower_ in {"it", "this", "that"}:
        return None  # "it is clear that": no one holds it
    complement = [c for c in adj.rights if c.dep_ in {"ccomp", "xcomp", "prep"}]
    places = _data()["stance_adjective_places"].get(adj.lemma_, ())
    if complement and complement[0].dep_ == "prep" and complement[0].lower_ in places:
        return None  # 'until they were clear of the coast guard's vessels'
    if complement:
        start, end = complement[0].left_edge.idx, _end(complement[-1].right_edge)
    else:
        start, end = _end(adj), sent.end_char
    if end - start < MIN_CLAIM_CHARS:
        return None
    return Attribution(_sources_for(subject, earlier), adj.idx, _end(adj), start, end)


def _colon_attribution(sent: Span, earlier: list[Source]) -> Attribution | None:
    """'Mayor Jones: "We will rebuild"' in a headline, 'SMITH: Well, ...' in a transcript,
    'Poll round-up - Ann Roe: "..."': a bare name opening the sentence, or following a dash
    or a full stop, then a colon, speaks what follows."""
    # the tokenizer keeps a bracket closing before the colon with it: '... (Djugu):'
    colon = next((t for t in sent if t.text in {":", "):"}), None)
    if colon is None:
        return None
    speaker = _name_before(colon, sent)
    if speaker is None or not _bare_name(speaker) or _colon_dateline(speaker):
        return None
    if _dated_entry_lead(speaker):
        return None
    doc = sent.doc
    if colon.i + 1 >= len(doc):
        return None
    following = doc[colon.i + 1]
    end = sent.end_char if following.i < sent.end else following.sent.end_char
    if _opens_its_paragraph(speaker):
        # a transcript's or an interview's turn: the speaker's words run to the paragraph's
        # end, and in a transcript on to the next turn
        end = max(end, _turn_end(doc, following.idx))
    if end - following.idx < MIN_CLAIM_CHARS:
        return None
    source = resolve_reference(classify(speaker), speaker, earlier)
    office = _office_in_brackets(colon, speaker) or _office_after_a_comma(colon, speaker)
    if office is not None and speaker.text.isupper() and _a_role_over_a_name(speaker, office):
        # 'POLICE SPOKESMAN (Éric Yao Kouadio):', 'CALLER (Mamadou, Siporex):': the label
        # names the role and the brackets the one who holds it (and where they live)
        source = replace(source, name=office.text.split(",")[0].strip())
    elif office is not None and speaker.text.isupper():
        # 'MR ROE (Provincial Minister of the Interior):' in a transcript: the name as
        # written, less its titles; the office in brackets says what kind of source speaks
        # (a seat's place in brackets, 'HON. NGABU (Djugu):', says no kind)
        kind = (tagged_source(office) or source).kind
        source = replace(source, name=_without_titles(speaker.text), kind=kind)
    elif _a_persons_name_in_capitals(speaker, source):
        # 'ROSE-ANDRÉE VALCOURT:' in a transcript: the tagger, reading capitals, takes a
        # person's name for a body's; a name with no body's word speaks for its bearer
        source = replace(source, kind="eyewitness", affiliation=None)
    return Attribution((source,), colon.idx, _end(colon), following.idx, end)


def _acronym(word: str) -> bool:
    """'MSF', 'ICRC': a body's initials, with no vowel after the first letter; a person's
    name in capitals has one."""
    letters = word.strip(".")
    return len(letters) <= 2 or not re.search(r"[AEIOUYÀ-Ý]", letters[1:])


def _a_persons_name_in_capitals(speaker: Span, source: Source) -> bool:
    """Two to four words in capitals opening a turn, typed a body's with no word of a
    body's name (no kind noun, no acronym of a known body)."""
    words = speaker.text.split()
    return (
        source.kind == "organization"
        and speaker.text.isupper()
        and 2 <= len(words) <= MAX_TURN_NAME_WORDS
        and all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", w) for w in words)
        and not any(w.lower().strip(".") in source_vocabulary().kind_nouns for w in words)
        and not any(_acronym(w) for w in words)  # 'UNICEF HAITI'
        and not country_names_in(speaker.text)
        and _opens_its_paragraph(speaker)
    )


def _office_in_brackets(colon: Token, speaker: Span) -> Span | None:
    """The words in brackets between a speaker's name and the colon, if any."""
    doc = speaker.doc
    last = colon.i if colon.text == "):" else colon.i - 1
    if speaker.end >= last or doc[speaker.end].text != "(":
        return None
    office = doc[speaker.end + 1 : last]
    return office if len(office) else None


def _a_role_over_a_name(label: Span, bracketed: Span) -> bool:
    """'POLICE SPOKESMAN' over 'Éric Yao Kouadio', 'CALLER' over 'Mamadou, Siporex': a label
    of role words only, and a name in brackets written as names are, not in capitals."""
    kinds = source_vocabulary().kind_nouns
    role = all(w.lower_ in kinds for w in label if w.is_alpha)
    name = bracketed.text.split(",")[0].split()
    return (
        role
        and 1 <= len(name) <= MAX_TURN_NAME_WORDS
        and all(w[:1].isupper() and not w.isupper() for w in name)
        and not any(w.lower() in kinds for w in name)
    )


def _office_after_a_comma(colon: Token, speaker: Span) -> Span | None:
    """'PROVINCIAL MINISTER OF THE INTERIOR' of 'MR TOMAS EKBERG, PROVINCIAL MINISTER OF THE
    INTERIOR:', an office set in capitals as the name is."""
    doc = speaker.doc
    if speaker.end >= colon.i or doc[speaker.end].text != ",":
        return None
    office = doc[speaker.end + 1 : colon.i]
    return office if len(office) and office.text.isupper() else None


def _without_titles(name: str) -> str:
    """'LOKANA MBAFELE' of 'MR LOKANA MBAFELE', 'NGABU' of 'HON. NGABU'."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in name_titles():
        words = words[1:]
    return " ".join(words)


def _opens_its_paragraph(speaker: Span) -> bool:
    before = speaker.doc.text[: speaker.start_char]
    return not before.strip() or before.rstrip(" ").endswith("\n")


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# 'MR ROE (Minister of the Interior): ', 'THE CHAIR: ', 'Ana Ruiz: ': a turn's label; and
# 'MR ROE, MINISTER OF THE INTERIOR: ', the office after a comma in capitals as the name is
TURN_LABEL = re.compile(
    r"^(?:[A-Z][\w.'’-]*)(?:[ \t][\w.'’-]+){0,5}"
    r"(?:,[ \t][A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,7})?"
    r"(?:[ \t]\([^()\n]{1,80}\))?:[ \t]",
    re.M,
)
MIN_TRANSCRIPT_TURNS = 4  # paragraphs opened by a speaker's label that make a transcript
MIN_SPEAKER_TURNS = 2  # turns of one speaker
MIN_REPEATED_SPEAKERS = 2  # speakers who take the floor more than once
MAX_TURN_PARAGRAPHS = 12


def _turn_end(doc: Doc, start: int) -> int:
    """Where the turn that runs from `start` ends: its paragraph's end, or in a transcript
    (a page of many turns) the start of the next turn, at most a few paragraphs on."""
    text = doc.text
    end = _paragraph_end(text, start)
    turns = _turn_starts(doc)
    if not turns:
        return end
    following = next((t for t in turns if t > start), len(text))
    limit = end
    for _ in range(MAX_TURN_PARAGRAPHS):
        after = text.find("\n", limit + 1)
        while 0 <= after < len(text) - 1 and text[after + 1] == "\n":
            after += 1  # a blank line between paragraphs is no paragraph of the turn
        if after < 0 or after >= following:
            return max(end, following)
        limit = after
    return limit


def _turn_starts(doc: Doc) -> list[int]:
    """Where the paragraphs that open with a speaker's label start, in a transcript: a text
    whose labels name the same speakers again and again (read once per text). Labels that
    are each met once ('Photo:', 'Read more:') make no transcript."""
    if "turn_starts" not in doc.user_data:
        # a field's label repeated down a digest ('Headline: ...') is no speaker
        fields = _words("colon_speaker", "labels")
        labels = [
            (m.start(), re.split(r"[(,]", m.group())[0].strip(" :").casefold())
            for m in TURN_LABEL.finditer(doc.text)
        ]
        labels = [(start, name) for start, name in labels if name not in fields]
        names = [name for _, name in labels]
        repeated = sum(1 for name in set(names) if names.count(name) >= MIN_SPEAKER_TURNS)
        transcript = len(labels) >= MIN_TRANSCRIPT_TURNS and repeated >= MIN_REPEATED_SPEAKERS
        doc.user_data["turn_starts"] = [start for start, _ in labels] if transcript else []
    return doc.user_data["turn_starts"]


def _colon_dateline(speaker: Span) -> bool:
    """'NAWADA: A youth was killed ...': a known place in capitals opening one of the first
    paragraphs is the story's dateline, not a speaker ('SMITH:' in a transcript is). Further
    down, 'TONGA: Longliner detained off Niuatoputapu' heads a section on that place, as
    does a name in capitals that is no body ('FALEOLO: ...', not 'POLICE: ...'), and the
    name of a province or county, however written ('Marsabit: gunmen shot at a bus ...',
    an alert's region), which no speaker bears."""
    text = speaker.doc.text
    before = text[: speaker.start_char]
    at_paragraph = not before.strip() or before.rstrip(" ").endswith("\n")
    if at_paragraph and _names_a_province(speaker.text):
        return True
    if not at_paragraph or not speaker.text.isupper() or speaker.root.ent_type_ == "PERSON":
        return False
    known = default_gazetteer().knows(speaker.text)
    if before.count("\n\n") <= MAX_DATELINE_PARAGRAPH:
        return known
    kinds = source_vocabulary().kind_nouns
    body = any(t.lower_ in kinds for t in speaker)
    line_end = text.find("\n", speaker.start_char)
    heading = line_end > 0 and is_crosshead(text, speaker.start_char, line_end)
    return heading and (known or not body)


def _dated_entry_lead(speaker: Span) -> bool:
    """'- Saturday 16 April, Sinune (Sinjar district): At around 14:30, a drone struck ...',
    'Monday 18 April, Nasiriyah: Local media reported ...': an entry of a brief or a log
    that opens with its day (a day and a month named) and its place before a colon; no one
    speaks."""
    doc = speaker.doc
    line_start = doc.text.rfind("\n", 0, speaker.start_char) + 1
    lead = [t for t in doc[: speaker.end] if t.idx >= line_start]
    return any(
        is_month_name(t.text) and any(n.like_num for n in doc[max(t.i - 1, 0) : t.i + 2])
        for t in lead
    )


def _names_a_province(name: str) -> bool:
    folded = name.casefold()
    entries = default_gazetteer().lookup(name)
    return any(e.feature == "province" and e.name.casefold() == folded for e in entries)


def _name_before(colon: Token, sent: Span) -> Span | None:
    """The few words between the colon and the sentence start, a dash or a full stop; a
    bracket right before the colon holds the speaker's office or seat, not the name ('HON.
    NGABU (Djugu):', 'MR ROE (Minister of the Interior):')."""
    colon = _before_a_bracket(colon, sent)
    most = _data()["colon_speaker"]["max_tokens"]
    start = colon.i
    while start > sent.start and not _speaker_bound(sent.doc[start - 1]):
        start -= 1
        if colon.i - start > 2 * most:
            return None
    at_bound = start == sent.start or _speaker_bound(sent.doc[start - 1])
    speaker = sent.doc[start : colon.i]
    while len(speaker) and speaker[0].is_punct:
        speaker = speaker[1:]
    if len(speaker) > most:
        speaker = _name_before_its_affiliation(speaker, most)
    return speaker if at_bound and speaker is not None and len(speaker) else None


def _name_before_its_affiliation(words: Span, most: int) -> Span | None:
    """'Gerald F. Seib, The Wall Street Journal: "..."', as a round-up of pundits sets its
    quotations: the name before the one comma, each part a few words with no verb."""
    commas = [t for t in words if t.text == ","]
    if len(commas) != 1 or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    name = words.doc[words.start : commas[0].i]
    affiliation = words.doc[commas[0].i + 1 : words.end]
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in name):
        return None  # 'Wednesday, 12 March 2033, 14:05:' dates an entry
    return name if 0 < len(name) <= most and 0 < len(affiliation) <= most else None


def _speaker_bound(token: Token) -> bool:
    """A dash or a stop before 'Name:'; a hyphen joining a name's parts ('ROSE-ANDRÉE
    VALCOURT:') is no bound."""
    if token.text not in COLON_SPEAKER_BOUNDS:
        return False
    joined = token.text == "-" and not token.whitespace_ and token.i > 0
    return not (joined and not token.doc[token.i - 1].whitespace_)


def _before_a_bracket(colon: Token, sent: Span) -> Token:
    """The bracket's opening mark when a bracket closes right before `colon`, else `colon`:
    the words before it are then read as before a colon."""
    doc = sent.doc
    joined = colon.text == "):"
    if not joined and (colon.i - 1 < sent.start or doc[colon.i - 1].text != ")"):
        return colon
    last = colon.i - 1 if joined else colon.i - 2
    for i in range(last, max(sent.start, colon.i - MAX_BRACKETED_OFFICE) - 1, -1):
        if doc[i].text == "(":
            return doc[i]
        if doc[i].text == ")":
            break
    return colon


def _bare_name(speaker: Span) -> bool:
    """A name or pronoun without a verb ('Sen. Ann Roe', 'ROE'), not a heading ('Update'),
    a place heading a list ('Ohio: ...') or a one-letter interview mark ('Q:')."""
    root = speaker.root
    if any(t.pos_ in {"VERB", "AUX"} for t in speaker) or root.lower_ in _words(
        "colon_speaker", "labels"
    ):
        return False
    if no_latin_letters(speaker.text):
        return False  # 'Тагови:', 'ПРОЧИТАЈТЕ ЈОШ:' in an English story: the site's labels
    if len(root.text) < 2 or root.ent_type_ in {"GPE", "LOC"}:
        return False
    if root.pos_ == "NOUN" and root.lemma_ in _words("colon_speaker", "documents"):
        return True  # "Poll: ...", "Times editorial: ..."
    # The tagger often takes a surname opening a turn for a common noun ("Lopez: Well, ...").
    capitalised = root.text.isupper() or (len(speaker) == 1 and root.text.istitle())
    return root.pos_ in {"PROPN", "PRON"} or (root.pos_ == "NOUN" and capitalised)


@lru_cache(maxsize=1)
def _data() -> dict:
    """attribution.json, read once."""
    return read_data("attribution.json")


@lru_cache(maxsize=32)
def _words(*path: str) -> frozenset[str]:
    """One word list of attribution.json as a set: _words("light_verbs", "verbs")."""
    node = _data()
    for key in path:
        node = node[key]
    return frozenset(node)


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    return dict(_data()["lemma_fixes"])


@lru_cache(maxsize=1)
def _opinion_groups() -> frozenset[str]:
    """Verbs of beliefs, aims and public positions ('Smith thinks ...', 'the union wants
    ...', 'Jones backed ...'): claims of their subject, though not speech."""
    groups = ("belief_verbs", "intention_verbs", "stance_verbs")
    return frozenset().union(*(_words(group) for group in groups))


@lru_cache(maxsize=1)
def opinion_verbs() -> frozenset[str]:
    """Every verb whose subject is a source: speech, beliefs, aims and positions."""
    return attribution_cues().speech_verbs | _opinion_groups()


def cue_lemma(token: Token) -> str:
    """The token's lemma, repaired where the tagger is known to err ('hoping' -> 'hop')."""
    return _lemma_fixes().get(token.lower_, token.lemma_)


def _sources_for(head: Token, earlier: list[Source]) -> tuple[Source, ...]:
    out = []
    for noun in conjuncts(issuer(head)):
        phrase = source_phrase(noun)
        out.append(resolve_reference(classify(phrase), phrase, earlier))
    return tuple(out)


MAX_ALIAS_TOKENS = 6


def _speaker(verb: Token) -> Token | None:
    """Who speaks: the subject, the noun a relative clause or participle hangs on, or 'by X';
    not a subject borrowed from the clause before that cannot speak ('a rocket struck a
    school ..., provincial governor Chhay Monirath told the paper'): the name before the verb."""
    speaker = _parsed_speaker(verb)
    if (
        speaker is not None
        and speaker.dep_ == "nsubj"
        and speaker.i > verb.i
        and verb.lemma_ in attribution_cues().telling_verbs
    ):
        # '..., its director, Ana Bio, told La Boussole Info.': no one is told before they
        # tell ('said X' turns round, 'told X' does not), so the name after it was told
        speaker = None
    if speaker is not None and _label_before_colon(speaker):
        # "[Editor's note: Asked about it, Ana Ruiz, a spokeswoman, told the paper: ...]"
        speaker = _name_between(speaker, verb)
    if (closing := _closing_apposition(verb, speaker)) is not None:
        return closing
    if speaker is None or speaker.head == verb or speaker.i > verb.i or _can_speak(speaker):
        return speaker
    named = _word_before(verb)
    if named is None or named.pos_ != "PROPN" or named.ent_type_ not in {"PERSON", "ORG", ""}:
        return speaker  # "posts shared on Thursday claimed": no name, but a day
    return named


def _label_before_colon(word: Token) -> bool:
    """'note' of "Editor's note:", 'update' of 'Update:': a heading's label, no speaker."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    labelled = word.lower_ in _words("colon_speaker", "labels")
    return labelled and following is not None and following.text == ":"


def _name_between(label: Token, verb: Token) -> Token | None:
    """The last name of a person or body between a heading's label and the verb."""
    names = [
        t
        for t in verb.doc[label.i + 1 : verb.i]
        if t.pos_ == "PROPN" and t.dep_ != "compound" and t.ent_type_ in {"PERSON", "ORG"}
    ]
    return names[-1] if names else None


def _closing_apposition(verb: Token, speaker: Token | None) -> Token | None:
    """'The water flooded 96 homes, the boiler house and two streets, the press office of the
    akimat said yesterday.': the parser made the list the subject and the speaker one more
    item of it, or an apposition of its last; a report closing the sentence is spoken by the
    phrase between the last comma and the verb. So it is when the parser found no speaker
    ('..., a gendarme who asked not to be named told Karbé Info.')."""
    sent = verb.sent
    if speaker is not None and speaker.i > verb.i:
        return None
    said = {"ccomp", "xcomp"} | (
        {"dobj"} if verb.lemma_ not in attribution_cues().telling_verbs else set()
    )
    if any(c.dep_ in said and c.i > verb.i for c in verb.children):
        return None  # what follows is said ('told CNA' names only who heard it)
    if not _closes_its_sentence(verb):
        return None
    commas = _bare_commas(verb.doc[sent.start : verb.i])
    end = verb.i
    if (
        len(commas) > 1
        and commas[-1] == verb.i - 1
        and (speaker is None or not _can_speak(speaker) or _claim_as_subject(speaker))
    ):
        # '... while harvesting watermelons on a field, the community leader of Deneia,
        # Christakis Hadjiloizou, told CNA': the name between the last two commas
        end = commas.pop()
    if not commas or (speaker is not None and commas[-1] <= speaker.i):
        return None
    phrase = verb.doc[commas[-1] + 1 : end]
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end)]
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    if is_place_word(heads[0].lower_) and default_gazetteer().knows(phrase.text):
        return None  # 'agents of X in Y LGA, Delta State, said': where they are, no speaker
    # '..., a police officer who asked not to be named told Karbé Info.': the parser made
    # the speaker the object of the claim's verb
    taken_as_object = heads[0].dep_ == "dobj" and heads[0].head.i < heads[0].i
    if heads[0].dep_ not in {"appos", "conj"} and not (taken_as_object and _can_speak(heads[0])):
        return None
    closing = _name_of_role(heads[0]) if heads[0].dep_ == "appos" else heads[0]
    if closing is None or (speaker is not None and closing.i == speaker.i):
        return None
    return closing


def _bare_commas(words: Span) -> list[int]:
    """The commas of `words` outside brackets: '(CB, 消防局)' glosses one name."""
    commas, depth = [], 0
    for t in words:
        depth += (t.text in {"(", "["}) - (t.text in {")", "]"})
        if t.text == "," and depth <= 0:
            commas.append(t.i)
    return commas


def _claim_as_subject(speaker: Token) -> bool:
    """'A man drowned in Jeddah, Saad Al-Zahrani, a spokesman, said.': the parser made the
    claim's subject the verb's, its finite verb a clause hung on it."""
    return any(c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} for c in speaker.children)


def _word_before(verb: Token, past_comma: bool = False) -> Token | None:
    """The word right before the verb in its sentence; `past_comma`, before the comma that
    closes an apposition ('..., General Ana Diallo, said')."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if past_comma and before is not None and before.text == "," and before.i > verb.sent.start:
        before = verb.doc[before.i - 1]
    return before


def _parsed_speaker(verb: Token) -> Token | None:
    subject = nearest_subject(verb)
    if subject is not None and subject.pos_ == "VERB" and subject.i < verb.i:
        # 'Angered by the shelling, Mayor Ivan Petrenko, the city's leader, said ...': the
        # parser made the opening participle the subject and joined the speaker to a place
        return _noun_just_before(verb)
    if subject is not None:
        if _relative(subject, verb):
            return _body_at_its_seat(verb.head)
        if (after_place := _speaker_set_after_a_place_subject(verb)) is not None:
            return after_place
        return _past_a_dateline(subject, verb)
    if any(c.dep_ == "csubj" for c in verb.children):
        return None  # '..., breaking a truce agreed in October': a clause, no one, speaks
    if (inverted := _object_after_a_quotation(verb)) is not None:
        return inverted
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return None if _cause_of_a_feeling(verb, grandchild) else grandchild
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        marchers = _marching_subject(verb.head)
        return marchers or verb.head  # "an anonymous source claiming ..."
    if any(c.dep_ in {"nsubjpass", "expl", "auxpass"} for c in verb.children):
        return None  # "it is believed that ...", "to be charged": no one speaks here
    fronted = _apposition_of_a_fronted_place(verb)
    if fronted is not None:
        return fronted
    if verb.dep_ == "conj":
        speaker = _closing_speaker(verb) or _speaker(verb.head)
        if speaker is not None and speaker.pos_ == "NOUN" and not _can_speak(speaker):
            # 'He says the response was to break them up and says he ...': the parser joins
            # the second verb to the reported clause, whose subject cannot speak
            return _outer_speaker(verb.head) or speaker
        return speaker
    if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.tag_ in {"VBN", "VBD"}:
        # 'A video shared widely on Monday claimed that ...', parsed with 'shared' as the
        # sentence's verb: the thing shared speaks
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None and _can_speak(shared):
            return shared
    governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if governor.dep_ == "acomp":
        governor = governor.head  # "he was willing to say ..."
        if _negated(governor):
            return None  # "he was not willing to say ...": no one says it
    if verb.tag_ == "VBG" and cue_lemma(verb) in _words("adding_verbs"):
        # 'Police said two men died, adding that ...': the police add, not the dead
        if (outer := _outer_speaker(governor)) is not None:
            return outer
    if verb.dep_ in CLAUSE_OF_SPEAKER and governor.i != verb.i and governor.pos_ in {"VERB", "AUX"}:
        # "the minister was quoted as saying": the one quoted speaks
        subjects = {"nsubj", "nsubjpass"} if governor.lemma_ == "quote" else {"nsubj"}
        return _subject_of_coordination(governor, subjects)
    return _noun_just_before(verb)


def _object_after_a_quotation(verb: Token) -> Token | None:
    """'"Where were the police?" asked one shopkeeper.': right after a quotation the
    speaker follows the verb, and the parser may read them as the one asked."""
    if verb.i == 0 or not verb.doc[verb.i - 1].is_quote:
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and _can_speak(c)), None)


def _cause_of_a_feeling(verb: Token, agent: Token) -> bool:
    """'Worried by the looting in Beira, the councillor said ...': what a participle opening
    the sentence was moved by is no speaker, unless it could speak ('Confirmed by the
    ministry, the figures ...')."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _can_speak(agent)


def _subject_of_coordination(governor: Token, subjects: set[str]) -> Token | None:
    """The governor's subject, or that of the verb it is coordinated with: 'the senator
    sought calm, and took a heckler in stride, saying ...': the senator says it."""
    while True:
        subject = next((c for c in governor.children if c.dep_ in subjects), None)
        coordinated = governor.dep_ == "conj" and governor.head.pos_ in {"VERB", "AUX"}
        if subject is not None or not coordinated:
            return subject
        governor = governor.head


_WHERE_TO = frozenset({"to", "into", "towards", "toward", "through", "past", "outside", "at"})


def _marching_subject(place: Token) -> Token | None:
    """'About 200 people marched to the police station chanting "..."': the parser hangs the
    chanting on the place gone to; the marchers chant."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _WHERE_TO or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def _outer_speaker(clause: Token) -> Token | None:
    """The speaker of the verb of saying whose reported clause holds `clause`."""
    while clause.dep_ in {"ccomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
        if cue_lemma(clause) in attribution_cues().speech_verbs:
            return _speaker(clause)
    return None


def _closing_speaker(verb: Token) -> Token | None:
    """'..., the first since the blockade, the governor of the region, General Ana Diallo,
    said on Thursday.': a report closing the sentence that the parser joined to the clause
    before it; the name or noun right before the verb speaks."""
    told = verb.lemma_ in attribution_cues().telling_verbs
    if any(
        c.dep_ in {"nsubj", "ccomp", "xcomp"} or (c.dep_ == "dobj" and not (told and _listener(c)))
        for c in verb.children
    ):
        return None  # '..., Dragan Ilić, told the Courier.': only the one told may follow
    if not _closes_its_sentence(verb):
        return None  # the sentence goes on: no report closing it
    return _named_just_before(verb)


def _named_just_before(verb: Token) -> Token | None:
    """The name or noun right before the verb, past the comma closing its apposition."""
    before = _word_before(verb, past_comma=True)
    return before if before is not None and before.pos_ in {"PROPN", "NOUN"} else None


def _listener(noun: Token) -> bool:
    """Whom a speaker tells: an outlet or a person by name ('told the Courier')."""
    return noun.pos_ == "PROPN"


def _closes_its_sentence(verb: Token) -> bool:
    """Only punctuation follows the verb's phrase: '..., the agency said on Monday.'"""
    after = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct or t.is_space for t in after)


def _past_a_dateline(subject: Token, verb: Token) -> Token:
    """'Iringa, Tanzania - The Wildlife Trust today condemned ...': the parser may make the
    dateline's place the subject and the speaker its apposition after the dash. When the
    verb closes the sentence ('Cestos City, River Cess County – Five persons drowned ..., the
    County Police Commander has confirmed.'), the one named right before it speaks."""
    if subject.left_edge.i != subject.sent.start:
        return subject
    words = list(subject.subtree)
    # a dash standing apart, not the hyphen of 'Russian-installed officials'
    dash = next((t for t in words if t.text in DASHES and t.whitespace_), None)
    if dash is None:
        return subject
    closing = _noun_just_before(verb) if verb.i > dash.i else None
    if closing is not None and closing.i > dash.i and _can_speak(closing):
        return closing
    after = [t for t in words if t.dep_ == "appos" and t.i > dash.i]
    return after[0] if after else subject


def _apposition_of_a_fronted_place(verb: Token) -> Token | None:
    """'In Tera, the governor ..., Hamidou Seyni, told reporters': the parser may hang the
    speaker on the place that opens the sentence, as its apposition. The named person
    speaks, else the role."""
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            appositions = [c for c in place.children if c.dep_ == "appos" and _can_speak(c)]
            named = [a for a in appositions if a.pos_ == "PROPN"]
            if appositions:
                return (named or appositions)[-1]
    return None


def _speaker_set_after_a_place_subject(verb: Token) -> Token | None:
    """'At Gate 4, Sabon Gari Ward, Kano State, police officers told reporters ...': the
    parser may make the place's units the subject and the speakers their apposition."""
    opens_with_place = any(c.dep_ == "prep" and c.i == verb.sent.start for c in verb.lefts)
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if not opens_with_place or subject is None or subject.pos_ != "PROPN":
        return None
    units = [subject, *(c for c in subject.children if c.dep_ in {"conj", "appos"})]
    if not any(is_place_word(t.lower_) for t in units):
        return None
    roles = source_vocabulary().person_roles
    speakers = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return next((c for c in reversed(speakers) if _can_speak(c) or c.lower_ in roles), None)


def _past_an_object(speaker: Token, verb: Token) -> Token:
    """'... killed at least 17 people, the disaster agency said': the parser may make the
    victims the subject and the speaker their apposition. A subject does not follow another
    verb directly, so the apposition speaks."""
    before = speaker.left_edge.i - 1
    if before < 0 or speaker.i > verb.i:
        return speaker
    previous = speaker.doc[before]
    comma_joined = not any(c.dep_ == "cc" for c in speaker.children)  # "people, the agency"
    appositions = [
        c
        for c in speaker.children
        if c.i > speaker.i and (c.dep_ == "appos" or (c.dep_ == "conj" and comma_joined))
    ]
    if previous.pos_ == "VERB" and previous.i != verb.i and appositions:
        return appositions[0]
    counted = any(c.dep_ == "nummod" for c in speaker.children)
    speaking = [a for a in appositions if a.dep_ == "conj" and _can_speak(a)]
    if counted and speaking and previous.text == ",":
        # "..., killing at least eleven people, among them four children, the Coordination
        # said": a count of victims told in passing does not speak
        return speaking[0]
    return speaker


def _quantified_group(speaker: Token) -> bool:
    """'Most of the delegates said', 'many say': a quantifier standing for a group."""
    return speaker.lower_ in _words("quantifier_speakers")


def _noun_just_before(verb: Token) -> Token | None:
    """'..., the Fire Marshal's Office said.' parsed without a subject: the noun before it;
    'six in 10 say', where the count hangs on the verb, the count."""
    if verb.i == 0:
        return None
    counted = next((c for c in verb.lefts if c.dep_ in {"nummod", "npadvmod"}), None)
    if counted is not None and counted.pos_ == "NUM":
        return counted
    told = verb.lemma_ in attribution_cues().telling_verbs
    if any(
        c.i > verb.i and c.dep_ == "dobj" and not (told and _listener(c)) for c in verb.children
    ):
        return None  # '..., the officer told the Courier.': only the one told may follow
    speaker = _word_closing_a_subject(verb)
    if speaker is None:
        return None
    if any(c.i > verb.i and c.dep_ == "ccomp" for c in verb.children) and not _can_speak(speaker):
        # 'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said
        # that ...': the parser joined the speaker to the place; a clause told after the
        # verb leaves only one who can speak before it
        return None
    return speaker


def _word_closing_a_subject(verb: Token) -> Token | None:
    """The noun that ends the words before the verb, read as its unparsed subject."""
    # '..., the commander has confirmed.': the auxiliaries stand between speaker and verb
    auxiliaries = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass"}]
    before = min([verb.i, *(c.i for c in auxiliaries if c.i >= verb.i - len(auxiliaries))])
    if before == 0:
        return None
    previous = _before_bracketed_alias(verb.doc, before - 1)
    if previous.pos_ in {"NOUN", "PROPN"}:
        return _apposed_owner(previous)
    if previous.text == "," and previous.i > verb.sent.start:
        named = _before_bracketed_alias(verb.doc, previous.i - 1)
        if named.dep_ in {"appos", "conj"} and named.pos_ in {"NOUN", "PROPN"}:
            # "..., the spokeswoman of the police, Nara Solongo, said."; the parser may join
            # the name to the place before it ('... from Cestos City, the Commander, Amos
            # Saywon, has confirmed.')
            return _name_of_role(named) if named.dep_ == "appos" else named
        return _name_of_role(_role_holding(named))
    return None


def _role_holding(word: Token) -> Token:
    """The role whose phrase ends in `word` ('spokesman for the civil defence in the Makkah
    region' from 'region')."""
    while word.dep_ in {"pobj", "prep"} and word.head.i < word.i:
        word = word.head
    return word


def _name_of_role(role: Token) -> Token | None:
    """'..., in Jeddah, Saad Al-Zahrani, spokesman for the civil defence, said.': the parser
    joined the name to the place before it and set the role off after it; the one named
    speaks. A role standing alone in apposition speaks itself."""
    if role.dep_ != "appos":
        return None
    name = role.head
    if role.pos_ == "NOUN" and name.pos_ == "PROPN" and name.dep_ in {"conj", "appos"}:
        return name
    return role


def _apposed_owner(noun: Token) -> Token:
    """'..., a gendarmerie officer in Duékoué told ...': the parser may hang the speaker on
    the place before it as its apposition; the place's own phrase then ends at the speaker's
    town, and the officer speaks."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ == "appos":
        owner = prep.head
        if owner.pos_ in {"NOUN", "PROPN"} and _can_speak(owner):
            return owner
    return noun


def _before_bracketed_alias(doc: Doc, i: int) -> Token:
    """'the Puno Regional Health Directorate (Diresa) said': the name before a bracketed
    short form, which is only its alias."""
    if doc[i].text != ")":
        return doc[i]
    for j in range(i - 1, max(-1, i - MAX_ALIAS_TOKENS - 1), -1):
        if doc[j].text == "(":
            return doc[j - 1] if j > 0 else doc[i]
    return doc[i]


def _content(
    verb: Token, sent: Span, quotes: list[tuple[int, int]], exclude: Span
) -> tuple[int, int] | None:
    """What the speaker claims: the clausal complement, a quotation, or the rest of the sentence."""
    comma = _trailing_report(verb)
    if comma is not None and comma > sent.start_char:
        return sent.start_char, comma
    complements = [
        c
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"} and (c.pos_ in {"VERB", "AUX"} or _opened_by_that(c))
    ]
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        # "X reported, citing Y, that residents said water had flooded ...", parsed with
        # 'said' as the root and X's report as its complement: a verb opened by 'that' is
        # told inside another, and says only what follows it
        after = [c for c in complements if c.i > verb.i]
        if after:
            return after[0].left_edge.idx, max(_end(c.right_edge) for c in after)
    for child in complements:
        # what is said ends where a report closing the sentence begins
        return child.left_edge.idx, _trailing_report(child) or _end(child.right_edge)
    for start, end in quotes:
        if end <= sent.start_char or start >= sent.end_char:
            continue  # a quotation closing the paragraph before is not this verb's
        # "...," she said / she said: "..." — the quotation adjoining the cue.
        if end <= verb.idx and verb.idx - end < 60 or start >= verb.idx and start - verb.idx < 40:
            return None  # handled by the quotation pass, which spans sentences
    listens = verb.lemma_ in attribution_cues().telling_verbs  # "told this newspaper"
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"} and not listens:
            if (split := _subject_split_off(verb, child)) is not None:
                return child.left_edge.idx, _end(split.right_edge)
            # "accused police of beating protesters", "blamed Kyiv for the strike"
            tail = [c for c in verb.children if c.dep_ == "prep" and c.i > child.i]
            last = tail[-1] if tail else child
            return child.left_edge.idx, _end(last.right_edge)
    said = [c for c in verb.children if c.i > verb.i and c.dep_ in PARTICIPLE_CONTENT]
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and said:
        # "..., calling for the city to be handed over": what the participle goes on to say
        return said[0].left_edge.idx, _end(verb.right_edge)
    if verb.dep_ == "relcl" and cue_lemma(verb) in _words("intention_verbs"):
        return None  # 'the court, which alone will decide on their fate': an aim, no claim
    if exclude.start_char > sent.start_char:
        # "..., police said." / "The convoy, the agency reported, was hit at night."
        return sent.start_char, sent.end_char
    after = _end(verb)  # "Police said the road was closed", parsed without a complement
    if _only_circumstances_after(verb):
        return None  # "The police spokesman said on Tuesday.": when it was said, no claim
    return (after, sent.end_char) if sent.end_char - after > MIN_CLAIM_CHARS else None


def _only_circumstances_after(verb: Token) -> bool:
    """Whether all the verb governs after it says when, where or how it was said."""
    right = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    return bool(right) and all(
        c.dep_ in _CIRCUMSTANCE_DEPS and not any(t.pos_ in {"VERB", "AUX"} for t in c.subtree)
        for c in right
    )


_CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _subject_split_off(verb: Token, obj: Token) -> Token | None:
    """'The authority said soldiers of the army and police had rescued 37 people', parsed as
    'said soldiers ... and' with 'police had rescued' a clause of its own: the object's 'and'
    goes on into the rescuing clause, which is what was said. That clause, or None."""
    cc = next((c for c in obj.children if c.dep_ == "cc"), None)
    if cc is None:
        return None
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.pos_ not in {"VERB", "AUX"} or clause.i < obj.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.left_edge.i == cc.i + 1:
            return clause
    return None


def _opened_by_that(clause: Token) -> bool:
    """'told him that two men on a motorcycle shot dead a tapper', its verb mistagged: a
    clause opened by 'that' is what is said, whatever its head was tagged."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _trailing_report(verb: Token) -> int | None:
    """'X said its jets struck ..., the state agency reported': parsed as part of what X
    said, the report closing the sentence is the outer one, and its claim is all before its
    comma. The comma's offset, or None."""
    governor, cues = verb.head, opinion_verbs()
    if verb.dep_ != "ccomp" or governor.i > verb.i:
        return None
    if cue_lemma(verb) not in cues or cue_lemma(governor) not in cues:
        return None
    subject = nearest_subject(verb)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text != "," or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return comma.idx


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _speech(
    verb: Token, sent: Span, quotes: list[tuple[int, int]], earlier: list[Source]
) -> Attribution | None:
    speaker = _speaker(verb)
    counted = speaker
    if speaker is not None:
        speaker = _past_an_object(speaker, verb)
    if speaker is None or not (speaker.pos_ in SPEAKER_POS or _quantified_group(speaker)):
        return None
    if speaker.lower_ in source_vocabulary().inanimate_speakers:
        return None  # "placards calling for more officers"
    if _reduced_passive(verb):
        return None  # "all men believed to be from Syria": believed by no one named
    if speaker.pos_ == "NOUN" and speaker.lower_ in actions().event_nouns:
        # "The fire recalled the blaze of June 2024": an event says nothing; in "a wildfire
        # ... destroyed five homes, the mayor of Paternò, Carmelo Spampinato, said", the
        # parser took the event for the subject, and the one named before the verb speaks
        named = _named_just_before(verb) if verb.i > speaker.i else None
        if named is None or named.i == speaker.i or not _can_speak(named):
            return None
        speaker = named
    if speaker.lower_ in source_vocabulary().document_nouns and _unsourced(speaker):
        return None  # "Unconfirmed reports said ...": a hedged claim nobody stands behind
    if speaker.lower_ in source_vocabulary().owned_documents and issuer(speaker) is speaker:
        return None  # "the only answer was to close the quarry": no one's answer
    if speaker.lower_ in source_vocabulary().document_nouns and issuer(speaker) is speaker:
        participle = verb.dep_ == "acl" and verb.tag_ != "VBG"
        if participle or cue_lemma(verb) in _words("handling_verbs"):
            # "in a communique read out on television": a document is no reader; "posts
            # claiming that ..." speak
            return None
    # 'Our technical team found that ...': the writer's own staff speak in its voice
    own_staff = any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in speaker.children)
    first_person = speaker.lower_ in FIRST_PERSON or own_staff
    if first_person and any(s <= speaker.idx < e for s, e in quotes):
        return None  # inside quotes, the quoted speaker, whom the quotation already names
    if cue_lemma(verb) in _words("topic_verbs") and not _has_topic(verb):
        return None  # "she spoke at the rally": speaking, but nothing said
    if _said_not_stated(verb, speaker) or _no_statement(verb):
        return None
    if cue_lemma(verb) in _words("clause_verbs") and (
        _object_without_clause(verb) or _finding_of_a_thing(verb)
    ):
        return None  # "found itself in trouble", "found a way": no finding reported
    phrase = source_phrase(speaker)
    content = _content(verb, sent, quotes, phrase)
    if content is None or content[1] <= content[0]:
        return None
    if first_person:
        # outside quotes the author's own voice: "I think the count is too low"
        author = Source(speaker.text, None, "author", speaker.idx, _end(speaker))
        return Attribution((author,), verb.idx, _end(verb), *content)
    sources = _sources_for(speaker, earlier)
    if counted is not None and counted.i != speaker.i:  # not the victims coordinated with it
        sources = tuple(s for s in sources if s.start_char >= _end(counted))
    # a speaker closing a list speaks alone: the items before it are what was said
    sources = tuple(s for s in sources if s.start_char >= phrase.start_char) or sources
    if cue_lemma(verb) in _words("broadcasting_verbs"):
        # "Radyo Kabikolan reported" is an outlet; "residents had reported" stay residents
        sources = tuple(s if _unnamed_people(s) else _as_outlet(s, speaker) for s in sources)
    if _anonymous_clause(verb, content):
        # "a police official told this newspaper on condition of anonymity"
        sources = _anonymised(sources)
    return Attribution(sources, verb.idx, _end(verb), *content, mentions=_relative_pronoun(verb))


def _relative_pronoun(verb: Token) -> tuple[tuple[int, int], ...]:
    subject = nearest_subject(verb)
    if subject is not None and _relative(subject, verb):
        return ((subject.idx, _end(subject)),)
    return ()


def _body_at_its_seat(noun: Token) -> Token:
    """'the Consulate-General of Brazil in Cayenne, which said ...': a relative clause hung
    on the town a body sits in is the body's."""
    if noun.ent_type_ not in PLACE_ENTITIES or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return noun
    doc = noun.doc
    before = doc[noun.head.i - 1] if noun.head.i > noun.sent.start else None
    while before is not None and before.dep_ == "pobj" and before.head.dep_ == "prep":
        before = before.head.head  # 'of Brazil' up to 'Consulate-General'
    if before is None or before.ent_type_ in PLACE_ENTITIES or not _can_speak(before):
        return noun
    return before if before.pos_ in {"NOUN", "PROPN"} else noun


def _relative(subject: Token, verb: Token) -> bool:
    """'who said', 'which cited': a relative pronoun standing for the noun the clause is on."""
    return subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl"


def _ownerless_data(noun: Token) -> bool:
    """'preliminary data', 'our information': data held by no one the phrase names."""
    table = _data()["ownerless_data"]
    if noun.lower_ not in table["nouns"] or issuer(noun) is not noun:
        return False
    return all(c.lower_ in table["provisional"] for c in noun.children)


def _unsourced(document: Token) -> bool:
    """'unconfirmed reports', 'unverified posts': a document that names no one behind it."""
    modifiers = _data()["unsourced_reports"]["modifiers"]
    return issuer(document) is document and any(
        c.dep_ == "amod" and c.lower_ in modifiers for c in document.children
    )


def _question_put(verb: Token) -> bool:
    """'Asked by a reporter whether the plan differed, ...': the asker's question is told,
    also where the parser hung the question on the main verb."""
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and verb.doc[after].lower_ in {"whether", "if"}:
        return True
    return any(
        c.dep_ in {"ccomp", "advcl"} and any(m.lower_ in {"whether", "if"} for m in c.children)
        for c in verb.children
    ) or any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


def _no_statement(verb: Token) -> bool:
    """Shapes in which a cue verb states nothing: 'a group called X' names it, 'backed away
    from' is another verb, and 'Trump, asked about the deaths, said ...' and 'when asked by
    the Herald' put a question rather than have anyone speak."""
    vocab = _data()["not_statements"]
    lemma = cue_lemma(verb)
    # '..., a gendarme who asked not to be named told Karbé Info.', tagged as a participle:
    # a speaker closing the sentence makes it a finite verb
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and not _closing_apposition(verb, None):
        if lemma in vocab["naming_verbs"]:
            return True  # 'a group called X'
        if lemma in vocab["asking_verbs"] and not _question_put(verb):
            return True  # 'when asked by the Herald': no question told, nothing said
        if not any(c.dep_ == "agent" for c in verb.children):
            return True
    particles = vocab["particles"].get(lemma, ())
    prepositions = vocab["prepositions"].get(lemma, ())
    states = vocab["states_reported"].get(lemma, ())
    complements = {"ccomp", "oprd", "xcomp", "acomp"}
    if any(c.dep_ in complements and c.lower_ in states for c in verb.children):
        return True  # "reported him missing"
    return any(
        (c.dep_ == "prt" and c.lower_ in particles)
        or (c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in prepositions)
        for c in verb.children
    )


def _said_not_stated(verb: Token, speaker: Token) -> bool:
    """'That said, ...' is a turn of phrase; in 'he did what he said' what was said is
    not told."""
    doc = verb.doc
    discourse = (
        speaker.lower_ in {"that", "this"}
        and speaker.i == verb.sent.start
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ","
    )
    free_relative = any(
        c.dep_ in {"dobj", "nsubj"} and c.lower_ == "what" and c.i < verb.i for c in verb.children
    )
    return discourse or free_relative


def _has_topic(verb: Token) -> bool:
    """'spoke about the flood', 'talked of war', 'responded that ...': what was said; not
    'spoke on condition of anonymity'."""
    empty = _data()["not_statements"]["empty_topics"]
    return any(
        c.dep_ in {"ccomp", "xcomp", "dobj"}
        or (
            c.dep_ in {"prep", "prt"}
            and c.lower_ in _words("topic_prepositions")
            and not any(g.dep_ == "pobj" and g.lemma_ in empty for g in c.children)
        )
        for c in verb.children
    )


def _reduced_passive(verb: Token) -> bool:
    """'two men believed to be smugglers', 'a man said to be the leader': a participle with
    'to be' or 'to have' after it, which the parser may read as the men's own verb. Set off
    by a comma, any verb may follow: 'five men in a speedboat, believed to belong to a gang'."""
    if verb.i + 2 >= len(verb.doc) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if cue_lemma(verb) not in _words("reduced_passive_verbs"):
        return False  # 'the group claimed to have killed 20 soldiers' speaks
    following = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    if following[0].lower_ != "to":
        return False
    set_off = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return following[1].lemma_ in {"be", "have"} or (set_off and following[1].pos_ == "VERB")


def _object_without_clause(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and not deps & {"ccomp", "xcomp", "oprd"}


def _finding_of_a_thing(verb: Token) -> bool:
    """'everyone they found outside', 'two children were swept away and later found alive':
    what was found is a noun the clause hangs on, or the passive's subject, not a claim."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    )
    return verb.tag_ == "VBN" and passive and not any(c.dep_ == "nsubj" for c in verb.children)


def _negated(verb: Token) -> bool:
    """'did not say', 'nobody confirmed', 'no group has claimed': no one makes the claim.
    Nor does 'declined to comment' or 'have yet to comment'."""
    if any(c.dep_ == "neg" and not _quote_between(c, verb) for c in verb.children):
        return True
    withholding = _words("withholding_heads")
    if verb.dep_ == "xcomp" and (
        cue_lemma(verb.head) in withholding
        or any(c.lower_ in withholding for c in verb.head.children if c.dep_ == "advmod")
    ):
        return True
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in NEGATIVE_SPEAKERS
            # "no group", and "nobody official" where the parser makes "nobody" a modifier;
            # "neither the ministry nor officials mentioned ..."
            or any(d.lower_ in {"no", "neither"} or d.lower_ in NEGATIVE_SPEAKERS for d in c.lefts)
        )
        for c in verb.children
    )


def _quote_between(a: Token, b: Token) -> bool:
    """'"Probably not," Ms. Moore said': the parser may hang a quotation's own 'not' on the
    verb that tells it; a quotation mark between them shows the word is the speaker's."""
    first, last = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[first + 1 : last])


def _anonymous_clause(verb: Token, content: tuple[int, int]) -> bool:
    """Anonymity said of the speaking, outside the claim itself, or right after the verb
    ('told AFP on condition of anonymity that ...', which the parser may fold into the claim)."""
    markers = source_vocabulary().anonymous_markers
    # From the tokens, not Doc.text, which would rebuild the whole text at every verb.
    tail = verb.doc[verb.i + 1 : verb.i + 1 + ANONYMITY_WINDOW]
    after_verb = (verb.whitespace_ + tail.text)[:ANONYMITY_WINDOW]
    found = markers.search(after_verb)
    if found and "that" not in after_verb[: found.start()].split():
        return True
    words = [t for t in verb.subtree if not content[0] <= t.idx < content[1]]
    if not words:
        return False
    text = verb.doc[words[0].i : words[-1].i + 1].text
    return bool(markers.search(text))


def _citing(verb: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    """'X cited Y claiming ...': X outer over everything from Y on; Y is typed here too."""
    if (passive := _quoted_passively(verb, earlier)) is not None:
        return passive
    found = []
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None) or _cited_subject(verb)
    reason = None
    if cited is not None and not _can_speak(cited):
        # "citing fears for his safety", "Democrats cited several factors": a reason or a
        # figure the citer gives is the citer's own claim, with no further source
        reason, cited = cited, None
    if cited is not None and _trailing_participle(verb):
        # "Gunmen burned the depot, local media reported, citing witnesses": the witnesses
        # stand behind the whole claim, inside the outlet that reported it.
        claim = _before(verb)
        if claim[1] - claim[0] < MIN_CLAIM_CHARS:
            # "X reported, citing Y, that ...", the 'that' clause parsed as Y's: the claim
            # follows the cited one
            claim = (_end(source_phrase(cited)[-1]), sent.end_char)
        inner = Attribution(_sources_for(cited, earlier), verb.idx, _end(verb), *claim)
        return [inner]
    if cited is not None and _cites_for_the_outer_speaker(verb):
        # "The site reported that gunmen killed eleven, quoting the mayor": the parser hangs
        # the participle on the killing; the mayor stands behind the reported clause
        clause = verb.head
        end = verb.idx
        while end > clause.left_edge.idx and verb.doc.text[end - 1] in " ,":
            end -= 1
        return [
            Attribution(
                _sources_for(cited, earlier), verb.idx, _end(verb), clause.left_edge.idx, end
            )
        ]
    if cited is not None and _claim_told_before(verb, cited):
        # "Gunmen seized a trader on Monday, the station Radio Bahia cited an officer as
        # saying.": the claim stands before its speaker, who passes on the cited one's word
        claim = _before_subject(verb)
        speaker = nearest_subject(verb)
        outer = _sources_for(speaker, earlier) if speaker is not None else ()
        inner = _sources_for(cited, earlier)
        return [Attribution(s, verb.idx, _end(verb), *claim) for s in (outer, inner) if s]
    speaker = _speaker(verb)
    if speaker is not None and speaker.i > verb.i and verb.tag_ == "VBG":
        # "WAFA reported, citing local sources, that a drone had fired ...": the parser may
        # hang the participle on the reported verb, whose subject is no speaker
        root = sent.root
        told = root.i < verb.i and cue_lemma(root) in opinion_verbs()
        speaker = nearest_subject(root) if told else None
    if speaker is None and verb.head.dep_ == "nsubj" and verb.head.i < verb.i:
        # "Some portals, quoting residents, have claimed ...", the participle hung on the
        # speech verb's subject: that subject cites
        speaker = verb.head
    named = cited if cited is not None else reason
    content_start = named.left_edge.idx if named is not None else _end(verb)
    if speaker is not None and speaker.pos_ in {"NOUN", "PROPN", "PRON"}:
        found.append(
            Attribution(
                _sources_for(speaker, earlier),
                verb.idx,
                _end(verb),
                content_start,
                sent.end_char,
                mentions=_relative_pronoun(verb),
            )
        )
    if cited is not None and not any(
        c.dep_ in {"acl", "relcl"} and c.lemma_ in attribution_cues().speech_verbs
        for c in cited.children
    ):
        # "quoted Y as saying ...": Y's claim is what follows the cited phrase; in "X,
        # quoting Y, claimed that ...", what follows the speech verb it is set before
        after = _end(source_phrase(cited)[-1])
        told = _verb_set_after(verb)
        if told.i > verb.i and cue_lemma(told) in opinion_verbs():
            claim = next((c for c in told.children if c.dep_ == "ccomp"), None)
            after = claim.left_edge.idx if claim is not None else after
        found.append(
            Attribution(_sources_for(cited, earlier), verb.idx, _end(verb), after, sent.end_char)
        )
    return found


def _verb_set_after(participle: Token) -> Token:
    """The verb a citing participle is set before: its head, or its head's when the parser
    hung it on the verb's subject ('Some portals, quoting residents, have claimed ...')."""
    head = participle.head
    return head.head if head.dep_ == "nsubj" and head.i < participle.i else head


def _quoted_passively(verb: Token, earlier: list[Source]) -> list[Attribution] | None:
    """'The governor was quoted (by local radio) as saying that ...', and the claim told
    first: '..., the minister was quoted as saying.' The one quoted speaks, inside the outlet
    that quoted them."""
    quoted = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    saying = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.lower_ == "saying"
    ]
    if quoted is None or not saying or not _can_speak(quoted):
        return None
    if any(c.dep_ in {"ccomp", "dobj"} for c in saying[0].children):
        start, end = _end(saying[0]), verb.sent.end_char
    else:  # the claim stands before the one quoted
        start, end = verb.sent.start_char, quoted.left_edge.idx
        while end > start + 1 and verb.doc.text[end - 1] in " ,":
            end -= 1
    if end <= start:
        return None
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    outer = _sources_for(agents[0], earlier) if agents else ()
    inner = _sources_for(quoted, earlier)
    return [Attribution(s, verb.idx, _end(verb), start, end) for s in (outer, inner) if s]


def _as_saying(verb: Token) -> bool:
    """'saying' in 'quoted X as saying': part of the quoting verb, not a speech of its own."""
    return verb.lower_ == "saying" and verb.i > 0 and verb.nbor(-1).lower_ == "as"


def _claim_told_before(verb: Token, cited: Token) -> bool:
    """'..., X cited Y as saying.': nothing follows 'as saying', so the claim came first."""
    saying = next((t for t in verb.sent if t.i > cited.i and _as_saying(t)), None)
    if saying is None or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    return all(t.is_punct or t.is_space for t in verb.doc[saying.i + 1 : verb.sent.end])


def _before_subject(verb: Token) -> tuple[int, int]:
    """The claim before a verb's subject: from the sentence's start to the comma before it.
    The parser may make the claim's own subject a second subject of the verb ('A man
    drowned in X, SPA quoted Y as saying'): the subject nearest the verb is the speaker."""
    sent = verb.sent
    speaker = nearest_subject(verb)
    end = speaker.left_edge.idx if speaker is not None else sent.start_char
    text = verb.doc.text
    while end > sent.start_char + 1 and text[end - 1] in " ,":
        end -= 1
    return sent.start_char, end


def _can_speak(noun: Token) -> bool:
    """A person, body, outlet or document: what may be cited as a source."""
    vocab = source_vocabulary()
    if noun.ent_type_ in {"DATE", "TIME"}:
        return False  # 'posts shared on Monday claimed ...': a day says nothing
    if noun.pos_ in {"PROPN", "PRON"} or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    phrase = source_phrase(noun).text.lower()
    # "the prosecutor's office", "the police statement": the body it belongs to may speak
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
    return (
        any(t.lower_ in vocab.kind_nouns or t.lemma_ in vocab.kind_nouns for t in (noun, *owners))
        or noun.lower_ in vocab.document_nouns
        or vocab.anonymous_markers.search(phrase) is not None
    )


def _cited_subject(verb: Token) -> Token | None:
    """'citing drivers stuck in the traffic', parsed as a clause: its subject is the cited."""
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
            return subject
    return None


def _cites_for_the_outer_speaker(verb: Token) -> bool:
    """'X reported that gunmen killed eleven, quoting Y': a participle of citing hung on the
    reported clause's own verb, which no one speaks."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and head.i < verb.i
        and cue_lemma(head) not in attribution_cues().speech_verbs
        and _outer_speaker(head) is not None
    )


def _trailing_participle(verb: Token) -> bool:
    """'..., X reported, citing Y': a participle after the speech verb it qualifies."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp", "conj"}
        and head.i < verb.i
        and cue_lemma(head) in opinion_verbs()
        # "X reported, citing Y, that ...": the claim follows, it does not come before
        and not any(c.dep_ == "ccomp" and c.i > verb.i for c in head.children)
        # "..., the channel X reported on Tuesday, citing Y, that ...", the speech verb
        # parsed as a modifier of its speaker: what stands before is who speaks
        and head.dep_ != "acl"
    )


def _before(verb: Token) -> tuple[int, int]:
    """The claim a trailing 'citing Y' qualifies: the sentence up to its speech verb's subject."""
    sent = verb.sent
    head = verb.head
    claim = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if claim is not None:
        # the claim the speech verb governs, which its own modifiers do not lengthen ('...,
        # on Tuesday night, Reuters reported, citing Y'): the cited one stays inside
        return claim.left_edge.idx, _end(claim.right_edge)
    subject = nearest_subject(head)
    end = subject.left_edge.idx if subject is not None and subject.i < head.i else head.idx
    text = verb.doc.text
    while end > sent.start_char + 1 and text[end - 1] in " ,":
        end -= 1  # the claim ends where the comma before its speaker starts
    return sent.start_char, end


def _telling(verb: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    """'Sources told Reuters that ...': Reuters outer, the sources inner."""
    listener = next(
        (c for c in verb.children if c.dep_ in {"dobj", "dative"} and _listener(c)), None
    )
    speaker = _speaker(verb)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if listener is None or speaker is None or complement is None:
        return []
    start, end = complement.left_edge.idx, _end(complement.right_edge)
    listeners = tuple(_as_outlet(s, listener) for s in _sources_for(listener, earlier))
    speakers = _sources_for(speaker, earlier)
    if _anonymous_clause(verb, (start, end)):
        speakers = _anonymised(speakers)
    return [
        Attribution(listeners, verb.idx, _end(verb), min(start, speaker.idx), end),
        Attribution(speakers, verb.idx, _end(verb), start, end),
    ]


def _unnamed_people(source: Source) -> bool:
    return source.name is None and source.kind in {"eyewitness", "anonymous"}


def _anonymised(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(Source(s.text, None, "anonymous", s.start_char, s.end_char) for s in sources)


def _as_outlet(source: Source, listener: Token) -> Source:
    """Whom people 'told' in print is the outlet (told the Tribune, told KXAN), not a witness,
    unless the listener is known or is a person's full name; a body named by its common noun
    ('partners reported') stays a body."""
    entity = entity_of(listener)
    person = entity is not None and entity.label_ == "PERSON" and len(entity) > 1
    if source.kind in {"official", "news_agency", "media"} or person:
        return source
    if source.kind == "organization" and listener.pos_ == "NOUN":
        return source  # 'partners reported', 'the monitor reported': a body by its common noun
    return replace(source, kind="media", affiliation=None)


def _framing_phrase_end(token: Token) -> Token | None:
    """The last word of an 'according to' phrase opening at `token` ('as per'), if one does."""
    doc = token.doc
    cues = attribution_cues()
    openers = cues.according_to_openers if _opens_a_clause_naming(token) else ()
    for phrase in cues.according_to + openers:
        words = doc[token.i : token.i + len(phrase)]
        if len(words) == len(phrase) and tuple(t.lower_ for t in words) == phrase:
            return words[-1]
    return None


MAX_OPENER_WORDS = 3


def _opens_a_clause_naming(token: Token) -> bool:
    """'Per report of ...', '..., per the police report', '..., based on the records of X':
    words opening the sentence or a clause after a comma, before a name, a determiner or a
    document ('Per capita income fell' names no one, nor does 'a film based on the novel')."""
    doc = token.doc
    words = tuple(t.lower_ for t in doc[token.i : token.i + MAX_OPENER_WORDS])
    phrase = next(
        (p for p in attribution_cues().according_to_openers if words[: len(p)] == p), None
    )
    if phrase is None:
        return False
    after = doc[token.i + len(phrase)] if token.i + len(phrase) < len(doc) else None
    documents = source_vocabulary().document_nouns
    if phrase in attribution_cues().document_openers:
        last = doc[token.i + len(phrase) - 1]
        named = any(c.dep_ == "pobj" and c.lower_ in documents for c in last.children)
    else:
        named = after is not None and (after.pos_ in {"DET", "PROPN"} or after.lower_ in documents)
    before = next((t for t in reversed(doc[token.sent.start : token.i]) if not t.is_quote), None)
    # opening the sentence, after its paragraph's number ('1. Based on the records of ...')
    lead = doc.text[token.sent.start_char : token.idx].strip()
    numbered = bool(_PARAGRAPH_NUMBER.fullmatch(lead))
    return named and (before is None or before.text == "," or numbered)


def _according_to(accord: Token, to: Token, sent: Span, earlier: list[Source]) -> list[Attribution]:
    """'according to X', from its first word to its last ('to')."""
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        obj = next((c for c in accord.children if c.dep_ == "pobj"), None)
    if obj is None or (obj.lower_ in source_vocabulary().document_nouns and _unsourced(obj)):
        return []  # "according to unconfirmed reports": a hedge, and nobody behind it
    if _ownerless_data(obj):
        return []  # "according to preliminary data": no one named holds them
    name = _loose_apposition(accord, obj)
    if name is not None:
        # "according to the town's mayor, Rosa Ortiz": the role tells the kind, the name who
        sources = (_named_role(obj, name, earlier),)
        phrase_end = sources[0].end_char
    else:
        sources = _sources_for(obj, earlier)
        phrase_end = _end(source_phrase(obj)[-1])
    told = _sentence_pointed_back_to(accord, sent)
    if told is not None:
        return [Attribution(sources, accord.idx, phrase_end, told.start_char, told.end_char)]
    first, end = _clause_of(accord, sent, phrase_end)
    start = first if accord.idx > first + 2 else phrase_end
    return [Attribution(sources, accord.idx, phrase_end, start, end)]


def _sentence_pointed_back_to(accord: Token, sent: Span) -> Span | None:
    """'... and killed six people. That is according to X, the prosecutor.': a sentence that
    only names who told the one before it, in the same paragraph, tells that sentence."""
    doc = accord.doc
    before = [t.lower_ for t in doc[sent.start : accord.i]]
    if before not in _POINTING_BACK:
        return None
    last = next((t for t in reversed(doc[: sent.start]) if not t.is_space), None)
    if last is None or "\n" in doc.text[last.idx : sent.start_char]:
        return None
    return last.sent


_POINTING_BACK = [[this, verb] for this in ("that", "this") for verb in ("is", "'s", "’s")]


def _clause_of(accord: Token, sent: Span, phrase_end: int) -> tuple[int, int]:
    """The clause 'according to' qualifies: the whole sentence, unless it sits inside what
    someone else says ("X said that, according to local media, gunmen ..."): then only that
    clause, so the chain nests it inside the speaker's, also where the parser hung it on the
    speaker's verb ("X reported that, according to Y, ..."). After a comma at the sentence's end
    it tells the whole sentence wherever the parser hung it ("The campaign announced that it
    hired Ms. Pierson, according to Politico"); before a teller's closing verb, what stands
    before it (", according to a migrant, the broadcaster reported")."""
    verb = accord.head
    if _closes_sentence(accord, sent, phrase_end):
        return sent.start_char, sent.end_char
    if _before_the_tellers_verb(accord, verb):
        return sent.start_char, accord.idx
    if verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "ccomp" and verb != sent.root:
        return verb.left_edge.idx, _end(verb.right_edge)
    before = [t.lower_ for t in accord.doc[max(sent.start, accord.i - 2) : accord.i]]
    if before == ["that", ","]:
        # "Delta Voice reported that, according to an NUG administrator, troops ...": the
        # parser may hang the phrase on the speaker's verb; it tells what follows it
        return accord.idx, sent.end_char
    return sent.start_char, sent.end_char


def _before_the_tellers_verb(accord: Token, verb: Token) -> bool:
    """', according to X, the broadcaster reported.': a speech verb follows the phrase with a
    subject of its own, after what was told; the parser hangs the phrase on that verb or on
    the clause it tells."""
    teller = verb.head if verb.dep_ == "ccomp" else verb
    return (
        teller.i > accord.i
        and cue_lemma(teller) in attribution_cues().speech_verbs
        and any(c.dep_ == "nsubj" and c.i > accord.i for c in teller.children)
        and accord.i > accord.sent.start + 2  # not 'According to police, the agency said'
    )


def _closes_sentence(accord: Token, sent: Span, phrase_end: int) -> bool:
    """', according to X.' ending the sentence, with only punctuation after it."""
    if accord.i == sent.start or accord.doc[accord.i - 1].text != ",":
        return False
    rest = sent.text[phrase_end - sent.start_char :]  # Doc.text would rebuild the whole text
    return not any(ch.isalnum() for ch in rest)


def _trimmed_before_closing_accounts(found: list[Attribution], sent: Span) -> list[Attribution]:
    """What is said ends before the ', according to X.' closing its sentence, which tells
    all of it: then the chain puts X outside the speaker, not beside."""
    cues = {t.idx: t for t in sent if t.lemma_ == "accord"}
    # the comma before each closing "according to", by its cue's start
    commas = {
        a.cue_start: cues[a.cue_start].nbor(-1).idx
        for a in found
        if a.cue_start in cues
        and (a.content_start, a.content_end) == (sent.start_char, sent.end_char)
        and _closes_sentence(cues[a.cue_start], sent, a.cue_end)
    }
    out = []
    for attribution in found:
        cut = [c for c in commas if attribution.content_start < c < attribution.content_end]
        if cut and attribution.cue_start not in commas:
            attribution = replace(attribution, content_end=commas[min(cut)])
        out.append(attribution)
    return out


def _loose_apposition(accord: Token, obj: Token) -> Token | None:
    """A person's name after a comma that the parser hung elsewhere than on the role: on
    'according', or on the sentence's verb ("..., according to Argelia's mayor, Hernan Dario
    Cifuentes.")."""
    doc, phrase_end = obj.doc, source_phrase(obj).end
    if phrase_end + 1 >= len(doc) or doc[phrase_end].text != ",":
        return None
    for child in accord.children:
        if child.dep_ == "pobj" and child.i > obj.i and child.ent_type_ == "PERSON":
            return child
    entity = entity_of(doc[phrase_end + 1])
    if entity is None or entity.label_ != "PERSON" or entity.start != phrase_end + 1:
        return None
    closes = entity.end == len(doc) or doc[entity.end].is_punct
    return entity.root if closes else None


def _named_role(role: Token, name: Token, earlier: list[Source]) -> Source:
    role_source = classify(source_phrase(role))
    person = _sources_for(name, earlier)[0]
    doc = role.doc
    text_start, text_end = source_phrase(role).start_char, source_phrase(name).end_char
    return replace(
        person,
        text=doc.text[text_start:text_end],
        start_char=text_start,
        end_char=text_end,
        kind=role_source.kind if role_source.kind != "organization" else person.kind,
        affiliation=role_source.affiliation or person.affiliation,
    )


def _quotation_attributions(
    doc: Doc, quotes: list[tuple[int, int]], found: list[Attribution]
) -> list[Attribution]:
    """A quotation belongs to the speech verb just after or just before it; next to a
    quotation, verbs of manner also speak ('"...," he continued')."""
    verbs = opinion_verbs() | _words("quotation_verbs")
    out = []
    told = sorted((s for a in found for s in a.sources), key=lambda s: s.start_char)
    for start, end in quotes:
        if _scare_quote(doc.text, start, end, found) or _given_name(doc, start, end):
            continue
        verb = _nearest_speech_verb(doc, start, end, verbs)
        if verb is None:
            before_end = [s for s in told if s.start_char < end]
            signed = _signed_quotation(doc, start, end, before_end)
            out.extend([signed] if signed else [])
            continue
        speaker = _speaker(verb)
        if speaker is None or speaker.lower_ in source_vocabulary().inanimate_speakers:
            continue  # 'placards reading "Pay us!"'
        # "the spokesperson added" names someone told before the verb, never one told later
        earlier = [s for s in told if s.start_char < speaker.idx]
        sources = _sources_for(speaker, earlier)
        out.append(
            Attribution(sources, verb.idx, _end(verb), start, end, mentions=_relative_pronoun(verb))
        )
    return out


def _scare_quote(text: str, start: int, end: int, found: list[Attribution]) -> bool:
    """'the ministry said its jets had "neutralised" four fighters': a word or two in marks
    inside a claim already told is the claim's own wording, no quotation of its own."""
    if len(text[start:end].split()) > MAX_SCARE_QUOTE_WORDS:
        return False
    return any(a.content_start <= start and end <= a.content_end for a in found)


def _given_name(doc: Doc, start: int, end: int) -> bool:
    """'a class called "Perception"', 'a group named "Friends of the River"': a name given by
    a participle on a noun, not a quotation of anyone."""
    outer = _outer_token(doc, start, end)
    head = outer.head if outer is not None else None
    return head is not None and head.idx < start and head.dep_ == "acl" and head.tag_ == "VBN"


def _outer_token(doc: Doc, start: int, end: int) -> Token | None:
    """The first word of a quotation that hangs on a word outside it."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None
    return next((t for t in inside if not start <= t.head.idx < end), None)


def _signed_quotation(doc: Doc, start: int, end: int, earlier: list[Source]) -> Attribution | None:
    """'"... a real disgrace." ― Ana Ruiz': a quotation signed with a dash and a name."""
    dash = SIGNATURE_DASH.match(doc.text, end)
    if dash is None:
        return None
    name = doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
    if name is None or name[0].pos_ != "PROPN":
        return None
    head = name[0]
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head  # "Sonya" -> "Herridge": the phrase hangs on the last name
    sources = _sources_for(head, earlier)
    return Attribution(sources, dash.start(1), dash.end(1), start, end)


def _nearest_speech_verb(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Token | None:
    if (governing := _governing_speech_verb(doc, start, end, verbs)) is not None:
        return governing
    text_end = doc[-1].idx + len(doc[-1].text_with_ws)  # Doc.text would rebuild the text
    after = doc.char_span(end, min(text_end, end + 120), alignment_mode="expand")
    if after is not None:
        # 'called him "a liar." She also said ...': a full stop inside the marks ends it
        full_stop = after.start > 0 and doc[after.start - 1].text in {".", "!"}
        for token in after:
            if token.idx <= end:
                continue  # the closing mark itself
            if token.text in {"\u201c", '"', ".", "!", "?"} or "\n" in token.text_with_ws:
                break
            if token.is_sent_start and full_stop and token.idx <= end + 3:
                # '"... are missing." Trump said.': a sentence of its speaker and verb alone
                if (bare := _bare_attribution(token.sent, verbs)) is not None:
                    return bare
                break
            if token.is_sent_start and token.idx > end + 3:
                break  # the next sentence speaks of something else
            if _perceived(token):
                continue  # "she saw two men arguing": what was seen, not who spoke
            if cue_lemma(token) in verbs and token.pos_ in {"VERB", "AUX"} and _speaker(token):
                return None if _negated(token) else token
    before = doc.char_span(max(0, start - 80), start, alignment_mode="expand")
    if before is not None and (going_on := _quotation_going_on(before, start, verbs)):
        return going_on
    if before is not None:
        for token in reversed(before):
            if token.idx >= start:
                continue
            if _perceived(token):
                continue
            if cue_lemma(token) in verbs and token.pos_ in {"VERB", "AUX"}:
                return token
            if token.text in {".", "\u201d"}:
                break
    return None


def _governing_speech_verb(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Token | None:
    """'Beck, who has described Trump as "a sociopath", said ...': a quotation that is what a
    speech verb before it governs is that verb's, though another speech verb follows. A
    quotation closed on a comma ('...,” Conway told CNN') is left to the verb after it."""
    if doc.text[start:end].rstrip().endswith(","):
        return None
    outer = _outer_token(doc, start, end)
    if outer is None:
        return None
    for ancestor in outer.ancestors:
        if ancestor.idx >= start:
            return None  # the quotation hangs on what follows it
        if cue_lemma(ancestor) in verbs and ancestor.pos_ in {"VERB", "AUX"}:
            if _perceived(ancestor) or _negated(ancestor) or _speaker(ancestor) is None:
                return None
            return ancestor
    return None


def _bare_attribution(sent: Span, verbs: frozenset[str]) -> Token | None:
    """The speech verb of a sentence that only names who spoke ('Trump said.', 'the police
    spokesman added on Tuesday.'); a sentence that says something of its own ('She also said
    the army had left.') belongs to no quotation before it."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) > _MAX_ATTRIBUTION_TOKENS or sent[-1].text not in {".", "!"}:
        return None
    if any(t.text in QUOTE_MARKS for t in sent):
        return None
    for token in words:
        if cue_lemma(token) in verbs and token.pos_ in {"VERB", "AUX"} and _speaker(token):
            if any(c.dep_ in _CLAUSE_DEPS for c in token.children) or _negated(token):
                return None
            return token
    return None


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl"})


def _quotation_going_on(before: Span, start: int, verbs: frozenset[str]) -> Token | None:
    """'"... in Codrington," he said. "The only person taken into custody ..."': a quotation
    right after the short attribution that closed the one before goes on in the same voice."""
    tokens = [t for t in reversed(before) if t.idx < start and not t.is_space]
    if tokens and tokens[0].text in QUOTE_MARKS:
        tokens = tokens[1:]  # the quotation's own opening mark
    if not tokens or tokens[0].text != ".":
        return None
    window = tokens[1:_MAX_ATTRIBUTION_TOKENS]
    for position, token in enumerate(window):
        if token.text in QUOTE_MARKS:
            return None  # no attribution between the two quotations
        if cue_lemma(token) in verbs and token.pos_ in {"VERB", "AUX"}:
            rest = window[position + 1 :]
            closed = next((i for i, t in enumerate(rest) if t.text in QUOTE_MARKS), None)
            # the speaker may stand on either side of the verb, the comma after the quotation
            return token if closed is not None and closed <= _MAX_SPEAKER_TOKENS + 1 else None
    return None


_MAX_ATTRIBUTION_TOKENS = 8  # '," said the police spokesman.' and its full stop
_MAX_SPEAKER_TOKENS = 4


def _perceived(verb: Token) -> bool:
    """'she saw two men arguing', 'heard them shouting': a verb seen or heard done tells what
    an eyewitness perceived; its subject says nothing. ('"We have heard nothing," his sister
    told ...' is a telling the parser hung on the quotation's verb.)"""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.lemma_ not in _words("perception_verbs"):
        return False
    between = verb.doc.text[head.idx : verb.idx]
    return head.i < verb.i and not any(mark in between for mark in QUOTE_MARKS)
