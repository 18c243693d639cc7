"""The JSON the web API answers with, declared so the OpenAPI schema says exactly that.

The field names and shapes are those of `claimtrail extract --format json` and
`claimtrail incidents --format json` (`export.contract`, `export.tabular`); every model
forbids extra keys, so a field added there and not here fails the API tests instead of
silently vanishing from the answers.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OriginalOut(Strict):
    publisher: str | None
    published: date | None


class ArticleOut(Strict):
    id: str
    path: str | None
    title: str | None
    authors: list[str]
    publisher: str | None
    published: date | None
    original: OriginalOut | None
    url: str | None
    language: str
    text: str = Field(description="The cleaned body; every offset refers to it.")


class ArticleSummaryOut(Strict):
    id: str
    path: str | None
    title: str | None
    authors: list[str]
    publisher: str | None
    published: date | None
    original: OriginalOut | None
    url: str | None
    language: str
    reports: int = Field(description="How many reports were read from it.")


class ActorOut(Strict):
    text: str
    actor: str | None
    start: int
    end: int


class WhenOut(Strict):
    text: str
    start: date
    end: date
    precision: str
    role: str
    text_start: int
    text_end: int


class PlaceOut(Strict):
    text: str
    name: str | None
    feature: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    resolution: str
    reason: str
    start: int
    end: int


class SourceOut(Strict):
    text: str
    name: str | None
    kind: str
    start: int | None
    end: int | None
    affiliation: str | None = Field(
        default=None, description="The institution the source is or speaks for."
    )


class SpanOut(Strict):
    text: str
    start: int
    end: int


class ReportOut(Strict):
    id: str
    start: int
    end: int
    text: str
    action: str
    agent: ActorOut | None
    patient: ActorOut | None
    when: WhenOut | None
    where: list[PlaceOut]
    sources: list[SourceOut]
    hedges: list[str]
    hedge_spans: list[SpanOut]
    certainty: str


class ArticleReportOut(ReportOut):
    article: str = Field(description="The id of the article the report was read from.")


class DenialOut(Strict):
    start: int
    end: int
    text: str
    source: SourceOut
    target: str | None


class AssertionOut(Strict):
    """A judgement the article's author passes in their own voice ("an obvious lie")."""

    start: int
    end: int
    text: str
    label: str = Field(description="discredit, endorse, certainty or rhetorical.")
    cue: SpanOut
    target: SpanOut | None = Field(description="The claim or actor judged, when named.")


class CustodyOut(Strict):
    """Where an article's raw bytes came from, as captured."""

    sha256: str
    size: int
    origin: str = Field(description="The path or URL as given.")
    path: str = Field(description="The article's place in the capture (a file, a corpus line).")
    captured_at: str
    reader_version: str
    final_url: str | None
    status: int | None


class ReadingOut(Strict):
    article: ArticleOut
    reports: list[ReportOut]
    denials: list[DenialOut]
    assertions: list[AssertionOut] = Field(default_factory=list)
    custody: list[CustodyOut] = Field(default_factory=list, description="Chain of custody.")


class ReportLinkOut(Strict):
    id: str
    article: str


class IncidentOut(Strict):
    id: str
    action: str
    start: date | None
    end: date | None
    places: list[PlaceOut]
    reports: list[ReportLinkOut]
    origins: list[str]
    independent_origins: int
    denied_by: list[str]
    grade: int = Field(ge=1, le=6)
    grade_reason: str
    place: PlaceOut | None = Field(description="The most precise located place: the one drawn.")
    uncertainty_m: int | None = Field(description="Radius the true spot may lie within.")
    precision: str | None = Field(description="Date precision of the first report.")
    summary: str | None = Field(description="The text of the first report.")
    source_kinds: list[str] = Field(description="Kinds of source in the reports' chains.")


class SourceSummaryOut(Strict):
    name: str | None
    kind: str
    text: str
    reports: int
    as_origin: int = Field(description="Reports whose attribution chain ends at this source.")


class LinkOut(Strict):
    a: str = Field(description="Report id.")
    b: str = Field(description="Report id.")
    text: str = Field(description="Dates, distance, actions and wording that linked them.")


class CopyOut(Strict):
    article: str
    outlet: str = Field(description="The outlet whose claims the article repeats.")
    reason: str


class ContradictionOut(Strict):
    report: str
    article: str
    by: str = Field(description="Who contradicts: the denying source or the report's origin.")
    why: str


class DenialAnswerOut(Strict):
    denier: str
    article: str
    why: str = Field(description="Why this denial answers the incident.")
    text: str


class AssessmentOut(Strict):
    """Why the reports are one incident and what counts against it, as `claimtrail show`."""

    links: list[LinkOut]
    copies: list[CopyOut]
    contradictions: list[ContradictionOut]
    denials: list[DenialAnswerOut]


class DossierOut(Strict):
    incident: IncidentOut
    readings: list[ReadingOut] = Field(description="The articles its reports come from.")
    assessment: AssessmentOut


class PageMeta(Strict):
    total: int
    offset: int
    limit: int


class IncidentPage(PageMeta):
    items: list[IncidentOut]


class ReportPage(PageMeta):
    items: list[ArticleReportOut]


class ArticlePage(PageMeta):
    items: list[ArticleSummaryOut]


class SourcePage(PageMeta):
    items: list[SourceSummaryOut]


class CountsOut(Strict):
    articles: int
    reports: int
    incidents: int
    rejected: int


class MetaOut(Strict):
    version: str
    counts: CountsOut
    actions: list[str]
    source_kinds: list[str]
    grades: list[int]
    grade_labels: dict[str, str] = Field(description="Words for each grade, 1 to 6.")
    start: date | None
    end: date | None


class ErrorOut(Strict):
    detail: str
