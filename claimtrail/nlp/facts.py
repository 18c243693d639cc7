"""What the earlier stages found in one document, handed to the stages that build reports."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from claimtrail.model import Article, Denial, Place, When
from claimtrail.nlp.attribution import Attribution
from claimtrail.nlp.events import Trigger

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MAX_CROSSHEAD_WORDS = 12


@dataclass(frozen=True)
class DocumentFacts:
    """What the earlier stages found in one document, handed to the grouping step."""

    article: Article
    doc: Doc
    dates: list[When]
    places: list[Place]
    attributions: list[Attribution]
    triggers: list[Trigger]
    denials: list[Denial]


def is_crosshead(text: str, start: int, end: int) -> bool:
    """The characters from `start` to `end` are a paragraph of a few words without a full
    stop, with more text under it."""
    own = text[start:end]
    if len(own.split()) > MAX_CROSSHEAD_WORDS or own.rstrip()[-1:] in '.!?"”’:':
        return False
    before, after = text[:start], text[end:]
    alone = (not before.strip() or before.endswith("\n")) and after.startswith("\n")
    return alone and bool(after.strip())
