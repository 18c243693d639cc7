"""Incidents and readings for people: rich tables and the dossier view."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimtrail.export.tabular import primary_place
from claimtrail.ledger import Dossier
from claimtrail.link.incidents import Assessment
from claimtrail.link.independence import describe
from claimtrail.model import (
    Article,
    AuthorAssertion,
    Incident,
    Place,
    Reading,
    Report,
    Source,
    When,
)
from claimtrail.vocab import RegisteredSource


def chain_text(sources: tuple[Source, ...]) -> str:
    return " -> ".join(
        describe(s) if s.kind != "author" else f"{s.name or 'author'} (author)" for s in sources
    )


def when_text(when: When | None) -> str:
    if when is None:
        return "?"
    if when.start == when.end:
        return when.start.isoformat()
    return f"{when.start.isoformat()}..{when.end.isoformat()}"


def place_text(report_or_incident: Report | Incident) -> str:
    places = (
        report_or_incident.where
        if isinstance(report_or_incident, Report)
        else report_or_incident.places
    )
    named = [p.name or p.text for p in places if p.resolution != "unresolved"] or [
        p.text for p in places
    ]
    return ", ".join(dict.fromkeys(named)) or "?"


def incidents_table(incidents: list[Incident]) -> Table:
    table = Table(title=f"{len(incidents)} incident(s)", show_lines=False)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for column in ("place", "action", "agent", "sources", "certainty", "grade"):
        table.add_column(column, overflow="fold")
    for incident in incidents:
        lead = incident.reports[0] if incident.reports else None
        place = primary_place(incident)
        date = (
            when_text(lead.when)
            if lead and len(incident.reports) == 1
            else (
                f"{incident.start}..{incident.end}"
                if incident.start != incident.end
                else str(incident.start)
            )
        )
        table.add_row(
            incident.id[:8],
            date,
            (place.name or place.text) if place else place_text(incident),
            incident.action,
            (lead.agent.actor or lead.agent.text) if lead and lead.agent else "",
            "\n".join(chain_text(r.sources) for r in incident.reports),
            ", ".join(sorted({r.certainty for r in incident.reports})),
            f"{incident.grade} ({incident.independent_origins} indep.)",
        )
    return table


def reading_table(reading: Reading) -> Table:
    article = reading.article
    title = (
        f"{article.title or article.path} ({article.publisher or '?'}, {article.published or '?'})"
    )
    table = Table(title=title)
    table.add_column("date", no_wrap=True)
    for column in ("place", "action", "agent", "patient", "sources", "certainty"):
        table.add_column(column, overflow="fold")
    for report in reading.reports:
        table.add_row(
            when_text(report.when),
            place_text(report),
            report.action,
            report.agent.text if report.agent else "",
            report.patient.text if report.patient else "",
            chain_text(report.sources),
            report.certainty,
        )
    if reading.assertions:
        table.caption = "author's own judgements (not incidents): " + "; ".join(
            judgement_text(a) for a in reading.assertions
        )
    return table


def judgement_text(assertion: AuthorAssertion) -> str:
    """'discredit: "an obvious lie" (of: the claim that ...)'."""
    target = f" (of: {assertion.target})" if assertion.target else ""
    return f"{assertion.label}: \u201c{assertion.cue}\u201d{target}"


def stats_table(counts: dict[str, int]) -> Table:
    table = Table(title="ledger")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    return table


def print_dossier(console: Console, dossier: Dossier) -> None:
    """The incident, then every report with its quote, chain and article, then why the
    reports were linked, which copies count once, what contradicts and what denies it."""
    incident, found = dossier.incident, dossier.assessment
    console.rule(f"incident {incident.id}")
    console.print(
        Text(f"{incident.action}, {incident.start} .. {incident.end}; {place_text(incident)}")
    )
    console.print(Text(f"grade {incident.grade_reason}"))
    letters = found.reliability if found else {}
    origins = ", ".join(f"{o} [{letters[o]}]" if o in letters else o for o in incident.origins)
    console.print(Text(f"origins: {origins} ({incident.independent_origins} independent)"))
    if incident.denied_by:
        console.print(Text(f"denied by: {', '.join(incident.denied_by)}"))
    _print_reports(console, dossier)
    if found:
        _print_assessment(console, found)


def _print_reports(console: Console, dossier: Dossier) -> None:
    incident = dossier.incident
    articles = {r.article.id: r for r in dossier.readings}
    judged: set[str] = set()
    for report_id, article_id in sorted(incident.report_ids, key=_telling(articles, incident)):
        reading = articles.get(article_id)
        report = next((r for r in incident.reports if r.id == report_id), None)
        if reading is None or report is None:
            continue
        article = reading.article
        console.rule(f"report {report.id} in {article.publisher or article.path}")
        original = article.original.publisher if article.original else None
        console.print(
            Text(
                f"article {article.id[:12]}: {article.title} ({article.publisher or '?'}, "
                f"{article.path}; published {article.published}"
                + (f"; original: {original})" if original else ")")
            )
        )
        for link in (c for c in dossier.custody if c.article_id == article.id):
            capture = link.capture
            fetched = f", HTTP {capture.status}" if capture.status else ""
            console.print(
                Text(
                    f"custody: sha256 {capture.sha256} of {capture.origin} ({capture.size:,} bytes"
                    f"{fetched}), captured {capture.captured_at} by claimtrail "
                    f"{capture.reader_version}"
                )
            )
        console.print(Text(f"chain: {chain_text(report.sources)}; certainty: {report.certainty}"))
        console.print(Text(f"when: {when_text(report.when)}  where: {place_text(report)}"))
        console.print(
            Text(f"[{report.start}:{report.end}] \u201c{report.text}\u201d", style="italic")
        )
        if article.id not in judged:
            judged.add(article.id)
            for assertion in reading.assertions:  # the writer's own voice, once per article
                console.print(Text(f"the author's judgement: {judgement_text(assertion)}"))


def _telling(articles: dict[str, Reading], incident: Incident):
    """Earliest article first, and its reports in text order: the story as it was told."""
    starts = {r.id: r.start for r in incident.reports}

    def key(pair: tuple[str, str]) -> tuple[str, str, int]:
        reading = articles.get(pair[1])
        published = reading.article.published if reading else None
        return (published.isoformat() if published else "9999", pair[1], starts.get(pair[0], 0))

    return key


def _print_assessment(console: Console, found: Assessment) -> None:
    console.rule("why these reports are one incident")
    if not found.links:
        console.print(Text("a single report: nothing to link"))
    for link in found.links:
        console.print(Text(f"link {link.text()}"))
    if found.copies:
        console.rule("copies (count once)")
        for copy in found.copies:
            console.print(Text(f"article {copy.article_id[:12]}: {copy.reason}"))
    if found.contradictions:
        console.rule("contradictions (not counted as confirmation)")
        for item in found.contradictions:
            console.print(
                Text(
                    f"report {item.report.id} in {item.article.publisher or item.article.path}: "
                    f"{item.why}: \u201c{item.report.text}\u201d"
                )
            )
    if found.denials:
        console.rule("denials")
        for item in found.denials:
            console.print(
                Text(
                    f"{item.denier} in {item.article.publisher or item.article.path} "
                    f"({item.why}): \u201c{item.denial.text}\u201d"
                )
            )


def places_table(article: Article, places: list[Place]) -> Table:
    table = Table(title=f"places in {article.title or article.path}")
    for column in ("span", "text", "resolved as", "feature", "country", "lat, lon", "how"):
        table.add_column(column, overflow="fold")
    for place in places:
        located = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None else ""
        table.add_row(
            f"{place.start_char}-{place.end_char}",
            place.text,
            place.name or "",
            place.feature or "",
            place.country or "",
            located,
            f"{place.resolution}: {place.reason}",
        )
    return table


def sources_table(registry: Sequence[RegisteredSource]) -> Table:
    table = Table(title=f"{len(registry)} registered source(s)")
    for column in ("name", "aliases", "kind", "country", "owner", "reliability"):
        table.add_column(column, overflow="fold")
    for entry in registry:
        table.add_row(
            entry.name,
            ", ".join(entry.aliases),
            entry.kind,
            entry.country or "",
            entry.owner,
            entry.reliability,
        )
    return table
