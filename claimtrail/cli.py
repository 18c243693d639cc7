"""The command line: parse arguments, call the library, print. No logic of its own."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from claimtrail import ledger
from claimtrail.errors import ClaimtrailError, InputRejected
from claimtrail.export import contract, tables, tabular
from claimtrail.extract import read_file
from claimtrail.geoparse import geoparse as geoparse_article
from claimtrail.model import Rejection
from claimtrail.options import Options
from claimtrail.vocab import source_registry, use_sources_file

app = typer.Typer(
    help="Evidence ledger of news-reported incidents: what happened, where, when, who says so.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL; default $CLAIMTRAIL_DB, else sqlite:///claimtrail.db."
    ),
]


SourcesOption = Annotated[
    Path | None,
    typer.Option("--sources", help="Your source registry (JSON), added to the shipped one."),
]


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    geojson = "geojson"


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    json = "json"
    stix = "stix"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(error: ClaimtrailError) -> typer.Exit:
    err.print(f"error: {error}", markup=False, highlight=False)
    return typer.Exit(2)


def _report_rejection(rejection: Rejection) -> None:
    err.print(f"rejected {rejection.path}: {rejection.reason}", markup=False, highlight=False)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files or folders to read.")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.json,
    sources_file: SourcesOption = None,
) -> None:
    """Read articles and print what they report. Writes nothing."""
    readings, rejected = [], 0
    try:
        use_sources_file(sources_file)
        for result in ledger.extract_paths(files, Options()):
            if isinstance(result, Rejection):
                _report_rejection(result)
                rejected += 1
            else:
                readings.append(result)
    except ClaimtrailError as error:
        raise _fail(error) from error
    if format is ExtractFormat.json:
        print(
            json.dumps([contract.reading_dict(r) for r in readings], indent=2, ensure_ascii=False)
        )
    else:
        for reading in readings:
            out.print(tables.reading_table(reading))
    raise typer.Exit(1 if rejected else 0)


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, folders, corpora (JSONL/CSV), WARC files, feeds, URLs."
        ),
    ] = None,
    db: DbOption = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Allow fetching from private, loopback, link-local addresses."
        ),
    ] = False,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Glob of files to take from folders.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of files to leave out of folders.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait for a web server.", min=0.1)
    ] = 10.0,
    report: Annotated[
        bool, typer.Option("--report", help="Print the inputs the ledger refused, with reasons.")
    ] = False,
    relink: Annotated[
        bool, typer.Option("--relink", help="Link every stored report again, not only new ones.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=0, help="Extract on a local Dask cluster of N processes (0: none)."
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Extract on the Dask cluster at tcp://HOST:PORT."),
    ] = None,
) -> None:
    """Read articles into the ledger database. Idempotent: a stored article is not added twice."""
    if not paths and not report:
        err.print("error: give PATH... to ingest, or --report", highlight=False)
        raise typer.Exit(2)
    summary = None
    if paths:
        sources = ledger.SourceOptions(
            allow_private=allow_private,
            timeout=timeout,
            max_bytes=Options().max_bytes,
            include=tuple(include or ()),
            exclude=tuple(exclude or ()),
        )
        inputs = ledger.expand_inputs(paths, sources)
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        )
        try:
            with progress:
                task = progress.add_task("ingest", total=len(inputs), rate="")
                articles = [0]

                def advance(step: ledger.IngestStep) -> None:
                    # The bar counts inputs; the rate counts articles, many per corpus or feed.
                    if step.done:
                        progress.advance(task)
                    else:
                        articles[0] += 1
                    elapsed = progress.tasks[task].elapsed or 0.0
                    rate = articles[0] / elapsed if elapsed > 0 else 0.0
                    progress.update(task, rate=f"{rate:.1f} articles/s" if rate else "")

                summary = ledger.ingest_paths(
                    inputs,
                    Options.db_url(db),
                    Options(),
                    advance,
                    sources=sources,
                    relink=relink,
                    workers=workers,
                    scheduler=scheduler,
                )
        except ClaimtrailError as error:
            raise _fail(error) from error
        for rejection in summary.rejected:
            _report_rejection(rejection)
        err.print(
            f"stored {summary.stored} article(s), {summary.unchanged} already stored, "
            f"{len(summary.rejected)} rejected; {summary.incidents} incident(s) in the ledger",
            highlight=False,
        )
    if report:
        from rich.table import Table
        from rich.text import Text

        try:
            refused = ledger.stored_rejections(Options.db_url(db))
        except ClaimtrailError as error:
            raise _fail(error) from error
        table = Table(title=f"rejected inputs ({len(refused)})")
        for name in ("input", "reason"):
            table.add_column(name, overflow="fold")
        for rejection in refused:
            table.add_row(Text(rejection.path), Text(rejection.reason))
        out.print(table)
    raise typer.Exit(1 if summary and summary.rejected else 0)


@app.command()
def incidents(
    db: DbOption = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """List the incidents in the ledger."""
    try:
        found = ledger.list_incidents(Options.db_url(db))
    except ClaimtrailError as error:
        raise _fail(error) from error
    if format is ListFormat.table:
        out.print(tables.incidents_table(found))
    elif format is ListFormat.json:
        print(json.dumps([tabular.incident_dict(i) for i in found], indent=2, ensure_ascii=False))
    elif format is ListFormat.csv:
        sys.stdout.write(tabular.incidents_csv(found))
    else:
        print(json.dumps(tabular.incidents_geojson(found), indent=2, ensure_ascii=False))


@app.command()
def show(
    incident_id: Annotated[str, typer.Argument(help="An incident id, or a unique prefix of one.")],
    db: DbOption = None,
) -> None:
    """Print the dossier of one incident: its reports, evidence, chains and denials."""
    try:
        found = ledger.dossier(Options.db_url(db), incident_id)
    except ClaimtrailError as error:
        raise _fail(error) from error
    tables.print_dossier(out, found)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")],
    db: DbOption = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write; default stdout.")
    ] = None,
    custody: Annotated[
        bool, typer.Option("--custody", help="With --format json: each incident's raw inputs.")
    ] = False,
) -> None:
    """Export the incidents for other tools: ACLED-style CSV, GeoJSON, JSON or a STIX 2.1 bundle.

    The STIX bundle cites each article with the SHA-256 of its text.
    """
    if custody and format is not ExportFormat.json:
        err.print("error: --custody goes with --format json", highlight=False)
        raise typer.Exit(2)
    try:
        found = ledger.list_incidents(Options.db_url(db))
        kept = ledger.custody_of_articles(
            Options.db_url(db), (aid for i in found for _, aid in i.report_ids) if custody else ()
        )
        if format is ExportFormat.stix:
            from claimtrail.export import stix  # stix2 loads only when asked for

            articles = stix.stored_articles(Options.db_url(db))
    except ClaimtrailError as error:
        raise _fail(error) from error
    if format is ExportFormat.stix:
        text = stix.stix_json(found, articles)
    elif format is ExportFormat.acled_csv:
        text = tabular.acled_csv(found)
    elif format is ExportFormat.geojson:
        text = json.dumps(tabular.incidents_geojson(found), indent=2, ensure_ascii=False) + "\n"
    else:
        exported = [tabular.incident_dict(i) for i in found]
        if custody:
            for incident, shown in zip(found, exported, strict=True):
                articles = {aid for _, aid in incident.report_ids}
                shown["custody"] = [
                    contract.custody_dict(k) for k in kept if k.article_id in articles
                ]
        text = json.dumps(exported, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def stats(
    db: DbOption = None,
    format: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Counts: articles, reports, incidents, rejected inputs."""
    try:
        counts = ledger.ledger_stats(Options.db_url(db))
    except ClaimtrailError as error:
        raise _fail(error) from error
    if format is StatsFormat.json:
        print(json.dumps(counts))
    else:
        out.print(tables.stats_table(counts))


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve a read-only web page and JSON API over the ledger (until Ctrl-C)."""
    from claimtrail.web import serve as serve_web  # the web stack loads only when asked for

    try:
        serve_web(Options.db_url(db), host=host, port=port)
    except ClaimtrailError as error:
        raise _fail(error) from error


class GeoFormat(StrEnum):
    json = "json"
    table = "table"


@app.command()
def geoparse(
    files: Annotated[list[Path], typer.Argument(help="Article files to read.")],
    format: Annotated[GeoFormat, typer.Option("--format", "-f")] = GeoFormat.json,
) -> None:
    """Print every place an article names, with its span and how it was resolved."""
    results, rejected = [], 0
    for path in files:
        try:
            article = read_file(path, Options())
            results.append((article, geoparse_article(article)))
        except InputRejected as rejection:
            _report_rejection(Rejection(str(path), rejection.reason))
            rejected += 1
        except ClaimtrailError as error:
            raise _fail(error) from error
    if format is GeoFormat.json:
        payload = [
            {"path": a.path, "article_id": a.id, "places": [contract.place_dict(p) for p in places]}
            for a, places in results
        ]
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for article, places in results:
            out.print(tables.places_table(article, places))
    raise typer.Exit(1 if rejected else 0)


class SourcesFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def sources(
    sources_file: SourcesOption = None,
    format: Annotated[SourcesFormat, typer.Option("--format", "-f")] = SourcesFormat.table,
) -> None:
    """List the source registry: names, aliases, kinds, countries, owners, reliability."""
    try:
        registry = source_registry(sources_file)
    except ClaimtrailError as error:
        raise _fail(error) from error
    if format is SourcesFormat.json:
        print(json.dumps([asdict(entry) for entry in registry], indent=2, ensure_ascii=False))
    else:
        out.print(tables.sources_table(registry))


gazetteer_app = typer.Typer(
    help="Import full GeoNames dumps into a local gazetteer, for village-level places.",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames files: XX.zip or allCountries.zip, admin1CodesASCII.txt, "
            "alternateNamesV2.zip."
        ),
    ],
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="SQLite file to write; default $CLAIMTRAIL_GAZETTEER, else the user data dir.",
        ),
    ] = None,
) -> None:
    """Load GeoNames dumps into the local gazetteer (replacing an earlier import)."""
    from claimtrail.geo.geonames import import_geonames

    try:
        summary = import_geonames(files, into, progress=_every_million_rows)
    except ClaimtrailError as error:
        raise _fail(error) from error
    err.print(summary.line(), markup=False, highlight=False)


def _every_million_rows(rows: int) -> None:
    if rows and rows % 1_000_000 == 0:
        err.print(f"read {rows:,} rows", highlight=False)


def main() -> None:  # pragma: no cover - console entry point
    app()
