"""What the earlier stages found in one document, handed to the stages that build reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimtrail.model import Article, Denial, Place, When
from claimtrail.nlp.attribution import Attribution
from claimtrail.nlp.dates import MessageStamp
from claimtrail.nlp.events import Trigger

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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
    # the stamps that date a chat's messages or a digest's items (`dates.section_stamps`)
    stamps: list[MessageStamp] = field(default_factory=list)


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of `text` begins."""
    return [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
