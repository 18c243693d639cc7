"""The typed records that cross stage boundaries.

Every stage of the pipeline takes and returns these frozen dataclasses, never another
stage's internals. Offsets (`start`, `end`) are Python string offsets into `Article.text`,
and every `text` field equals that slice, so each figure can be traced to its characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "days", "month", "part-of-month", "year"]
DateRole = Literal["occurred", "reported"]
Resolution = Literal["exact", "parent", "unresolved"]
Certainty = Literal["asserted", "reported", "alleged", "denied"]
AssertionLabel = Literal["discredit", "endorse", "certainty", "rhetorical"]
SourceKind = Literal[
    "news_agency", "media", "official", "organization", "anonymous", "eyewitness", "author"
]


@dataclass(frozen=True)
class Original:
    """The outlet and date an article declares as its original publication."""

    publisher: str | None
    published: date | None


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: date | None = None
    original: Original | None = None
    url: str | None = None
    language: str = "en"
    filed: date | None = None
    """The day a dateline gives ('RAJOURI, Nov 21' in the paper of the 22nd), when it falls
    shortly before publication: the story's 'today' and 'on Tuesday' count from it."""


@dataclass(frozen=True)
class When:
    """A time expression normalised to an inclusive day range."""

    text: str
    start_char: int
    end_char: int
    start: date
    end: date
    precision: Precision
    role: DateRole = "occurred"


@dataclass(frozen=True)
class Place:
    """A place mention and what the gazetteer made of it."""

    text: str
    start_char: int
    end_char: int
    name: str | None = None
    feature: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    resolution: Resolution = "unresolved"
    reason: str = ""


@dataclass(frozen=True)
class Source:
    """One link of an attribution chain."""

    text: str
    name: str | None
    kind: SourceKind
    start_char: int = -1
    end_char: int = -1
    affiliation: str | None = None  # the institution it is or speaks for ("police")


@dataclass(frozen=True)
class ActorMention:
    text: str
    actor: str | None
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Hedge:
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Report:
    """One article's account of one incident."""

    id: str
    start: int
    end: int
    text: str
    action: str
    agent: ActorMention | None = None
    patient: ActorMention | None = None
    when: When | None = None
    where: tuple[Place, ...] = ()
    sources: tuple[Source, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    certainty: Certainty = "asserted"

    @property
    def origin(self) -> Source | None:
        """The innermost source of the chain: where the claim starts."""
        return self.sources[-1] if self.sources else None


@dataclass(frozen=True)
class Denial:
    start: int
    end: int
    text: str
    source: Source
    target: str | None = None


@dataclass(frozen=True)
class AuthorAssertion:
    """A judgement the author passes in their own voice ("an obvious lie"), not an incident.

    `start`/`end` span the sentence, `cue_*` the words that carry the judgement, and
    `target_*` what is judged (the claim or actor) when the grammar names it.
    """

    start: int
    end: int
    text: str
    cue: str
    cue_start: int
    cue_end: int
    label: AssertionLabel
    target: str | None = None
    target_start: int | None = None
    target_end: int | None = None


@dataclass(frozen=True)
class Reading:
    """Everything extracted from one article."""

    article: Article
    reports: tuple[Report, ...] = ()
    denials: tuple[Denial, ...] = ()
    assertions: tuple[AuthorAssertion, ...] = ()


@dataclass(frozen=True)
class Rejection:
    """An input that was not read, with the reason a person can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class Incident:
    """Reports judged to describe one occurrence, with their grading."""

    id: str
    action: str
    start: date | None
    end: date | None
    places: tuple[Place, ...]
    report_ids: tuple[tuple[str, str], ...]  # (report id, article id)
    origins: tuple[str, ...]
    independent_origins: int
    denied_by: tuple[str, ...]
    grade: int
    grade_reason: str
    reports: tuple[Report, ...] = field(default=(), compare=False)
