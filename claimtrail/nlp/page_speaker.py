"""The person whose spoken words a page is, named in its title.

A ministry's briefing, a governor's remarks or a minister's statement, as the institution's
site posts them, tells its accounts in the speaker's voice: 'On the night of 13 to 14 June
... the wounded were taken to the district hospital.' Those accounts are the speaker's word
(an official's, told to the press), not the site's own assertion. The title names the
speaker ('Weekly briefing by the Press Secretary of the Ministry ... NAME'); the page's
turns say which paragraphs are theirs: all of them, or, on a page of questions and
answers, the opening statement and the answers, not the journalists' questions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from claimtrail.model import Source
from claimtrail.nlp.attribution import TURN_LABEL, Attribution
from claimtrail.nlp.sources import classify
from claimtrail.vocab import read_data


def names_a_speaker(title: str | None) -> bool:
    """Whether `title` reads as a spoken page's: '<kind> by <someone>'."""
    return bool(title) and _title_pattern().match(title) is not None


def page_speaker(title: Doc) -> Source | None:
    """The person after 'by' in a spoken page's parsed title, as an unplaced source (the
    title is not part of the text whose characters a source points at)."""
    found = _title_pattern().match(title.text)
    if found is None:
        return None
    span = title.char_span(found.start("who"), found.end("who"), alignment_mode="contract")
    if span is None or not len(span):
        return None
    source = classify(span)
    people = {e.text for e in span.ents if e.label_ == "PERSON"}
    if source.name not in people:
        return None  # 'by the Office of the Spokesperson': the office's site speaks as author
    return replace(source, start_char=-1, end_char=-1)


def speakers_turns(doc: Doc, speaker: Source) -> list[Attribution]:
    """The stretches of the page that are `speaker`'s words: the whole page, or its opening
    statement and its answers when the page has questions; none in a transcript whose turns
    name their speakers."""
    vocab = _vocab()
    questions, answers = frozenset(vocab["question_labels"]), frozenset(vocab["answer_labels"])
    labels = [
        (m.start(), m.end(), m.group().split("(")[0].strip(" :\t").casefold())
        for m in TURN_LABEL.finditer(doc.text)
    ]
    named = [name for _, _, name in labels if name not in questions | answers]
    if any(named.count(name) > 1 for name in named):
        return []
    turns = [(start, end, name) for start, end, name in labels if name in questions | answers]
    if not turns:
        return [Attribution((speaker,), 0, 0, 0, len(doc.text))]
    found = []
    if turns[0][0] > 0:
        found.append(Attribution((speaker,), 0, 0, 0, turns[0][0]))
    for (start, end, name), following in zip(turns, [*turns[1:], None], strict=True):
        if name in answers:
            until = following[0] if following else len(doc.text)
            # the label's colon is the cue, as a transcript's turn has it ('SMITH: ...')
            colon = doc.text.rindex(":", start, end)
            found.append(Attribution((speaker,), colon, colon + 1, end, until))
    return found


def reproduced_documents(doc: Doc) -> list[Attribution]:
    """A body's document the page reproduces in full under its own lines ('we reproduce the
    full text below', then 'CHIKWAWA DISTRICT COUNCIL' over the notice): the rest of the page
    is the body's word, whose own sources go on below it."""
    vocab = read_data("attribution.json")["reproduced_documents"]
    text = doc.text
    cue = _reproduce_cue().search(text)
    if cue is None:
        return []
    # the first line found is the rest of the cue's own
    lines = list(_LINE.finditer(text, cue.end()))[1 : vocab["max_paragraphs"] + 1]
    for paragraph in lines:
        if len(paragraph.group().split()) > vocab["max_name_words"]:
            continue
        span = doc.char_span(paragraph.start(), paragraph.end(), alignment_mode="contract")
        issuer = classify(span) if span is not None and len(span) else None
        if issuer is not None and issuer.kind in {"official", "organization"}:
            issuer = replace(issuer, name=issuer.name or span.text)  # the letterhead names it
            return [Attribution((issuer,), cue.start(), cue.end(), paragraph.start(), len(text))]
    return []


_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _reproduce_cue() -> re.Pattern[str]:
    cues = read_data("attribution.json")["reproduced_documents"]["cues"]
    return re.compile("|".join(re.escape(c) for c in cues), re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    vocab = _vocab()
    kinds = "|".join(re.escape(k) for k in sorted(vocab["kinds"], key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in vocab["ends_before"])
    # 'Transcript of the weekly press briefing by ...': a few words may qualify the kind
    return re.compile(
        rf"^(?:transcript of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{kinds})\s+(?:given\s+|"
        rf"delivered\s+)?by\s+(?P<who>.+?)(?:,?\s+(?:{ends})\s+(?:the\s+)?\w.*)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return read_data("attribution.json")["spoken_pages"]
