"""An incident log copied from a spreadsheet: each row of cells is read as a paragraph.

A log kept in a shared sheet and copied as text gives a header row of column names parted
by bars ('No. | Date | Township | Village | Description | Source'), then one line per
incident whose cells follow the same order; a long description goes on over indented lines
below its row. Read as it stands, a row runs its number, codes and dates into its account
and its source into the next row's number. A boxed table in a printed answer or report
('Bil. | Date | Location | Incident | Status', rules of dashes between rows) wraps each long
cell inside its own column over the lines below the row.

A conflict-event dataset exported as CSV and pasted as text gives the same in comma-parted
cells ('event_id,event_date,...,location,latitude,longitude,source,notes,fatalities'), one
line per event, its notes in quotes where they hold commas.

Each row becomes a paragraph: its point where the sheet gives one ('14.0078, 0.7531'), the
places its place columns name, most local first, and its day (of the incident where the log
knows it), then a dash and the description, then the source column's words in brackets, as
an incident log's line closes with its source ('... (local media)'). The first line after
the rows that is no row (a totals row, a legend) ends the table, and it and the lines after
it are left as they are.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimtrail.vocab import read_data

_CELL_BAR = re.compile(r"\s+\|\s+|\s+\|$|^\|\s+")
MIN_COLUMNS = 4
_DEGREES = re.compile(r"-?\d{1,3}\.\d{2,}")
_EMPTY_CELLS = frozenset({"", "n/a", "na", "-", "–", "none", "unknown", "?"})
_ROW_NUMBER = re.compile(r"^\d{1,4}\.?$")
_RULE = re.compile(r"\s*[-=+|]{3,}[-=+| ]*")  # '-----+-----' between a boxed table's rows


@dataclass(frozen=True)
class _Columns:
    description: int
    places: tuple[int, ...]  # most local first
    source: int | None
    date: int | None
    count: int
    comma_parted: bool = False  # a CSV export's rows, not a sheet's rows parted by bars
    point: tuple[int, int] | None = None  # the latitude and longitude columns
    bars: tuple[int, ...] | None = None  # where the header's bars stand, for boxed cells


def table_rows(lines: Sequence[str]) -> list[str]:
    """`lines` with an incident log's rows read as paragraphs; as they are without one."""
    for number, line in enumerate(lines):
        columns = _header(line)
        if columns is not None:
            return [*lines[:number], *_rows(lines[number + 1 :], columns)]
    return list(lines)


def _cells(line: str, comma_parted: bool = False) -> list[str]:
    if comma_parted:
        return [cell.strip() for cell in next(csv.reader([line.strip()]), [])]
    return [cell.strip() for cell in _CELL_BAR.split(line.strip())]


def _header(line: str) -> _Columns | None:
    comma_parted = " | " not in line and "," in line and " " not in line.strip()
    cells = [cell.lower() for cell in _cells(line, comma_parted)]
    if len(cells) < MIN_COLUMNS or not (" | " in line or comma_parted):
        return None
    words = _words()
    # a column named exactly ('Description', or else 'Incident') before one named by its first
    # word ('Incident type')
    named = words["description"]
    ranked = [(named.index(c), i) for i, c in enumerate(cells) if c in named]
    description = min(ranked)[1] if ranked else None
    if description is None:
        description = next((i for i, c in enumerate(cells) if _named(c, named)), None)
    if description is None:
        return None
    places = [i for i, c in enumerate(cells) if _named(c, words["places"])]
    source = next((i for i, c in enumerate(cells) if _named(c, words["source"])), None)
    day = next((i for i, c in enumerate(cells) if _named(c, words["date"])), None)
    latitude = next((i for i, c in enumerate(cells) if c in words["latitude"]), None)
    longitude = next((i for i, c in enumerate(cells) if c in words["longitude"]), None)
    point = (latitude, longitude) if latitude is not None and longitude is not None else None
    # the more local a column, the later the sheet sets it ('State | Township | Village')
    places.reverse()
    bars = None if comma_parted else _bar_offsets(line)
    return _Columns(description, tuple(places), source, day, len(cells), comma_parted, point, bars)


def _named(cell: str, names: tuple[str, ...]) -> bool:
    """'Village', 'Village/ward (if known)', 'Major incident in November, 2032'."""
    first = cell.split(" ")[0].split("(")[0]
    return cell in names or first in names or any(cell.startswith(f"{n} ") for n in names)


def _rows(lines: Sequence[str], columns: _Columns) -> list[str]:
    """The rows as paragraphs, each row's indented lines joined to its description."""
    out: list[str] = []
    row: list[str] | None = None
    for number, line in enumerate(lines):
        cells = _cells(line, columns.comma_parted)
        if columns.comma_parted:
            starts_row = len(cells) == columns.count  # each line of a CSV export is a row
        else:
            starts_row = len(cells) >= 2 and _ROW_NUMBER.match(cells[0])
        if _RULE.fullmatch(line):
            continue  # a boxed table's rule between its rows
        if starts_row:
            if row is not None:
                out.extend([_paragraph(row, columns), ""])
            row = [line]
        elif row is not None and line.startswith((" ", "\t")) and line.strip():
            row.append(line)  # the row's cells going on
        elif line.strip() or row is None:
            # the first line that is no row ends the table ('TOTAL | ...', a legend)
            if row is not None:
                out.extend([_paragraph(row, columns), ""])
            return [*out, *lines[number:]]
    if row is not None:
        out.append(_paragraph(row, columns))
    return out


def _paragraph(row: list[str], columns: _Columns) -> str:
    cells = _row_cells(row, columns)
    if len(cells) < columns.count:
        return " ".join(line.strip() for line in row)  # not split as its header: as it stands
    description = cells[columns.description]
    if description.lower() in _EMPTY_CELLS:
        return ""  # a row that tells of nothing ('Kanker | 6 | 1 | -'): its counts are the log's
    places = [cells[i] for i in columns.places if cells[i].lower() not in _EMPTY_CELLS]
    if columns.point is not None and all(_DEGREES.fullmatch(cells[i]) for i in columns.point):
        places.insert(0, ", ".join(cells[i] for i in columns.point))  # '14.0078, 0.7531'
    places = list(dict.fromkeys(places))  # 'Tera, Tera': a place and the unit named after it
    source = cells[columns.source] if columns.source is not None else ""
    day = cells[columns.date] if columns.date is not None else ""
    where = ", ".join([*places, *([day] if day.lower() not in _EMPTY_CELLS else [])])
    text = f"{where} – {description}" if where else description
    if source.lower() not in _EMPTY_CELLS:
        text = f"{text.rstrip('.')} ({source})."
    return text


def _row_cells(row: list[str], columns: _Columns) -> list[str]:
    """A row's cells. In a boxed table every line of a row has its bars where the header has
    them, and a long cell goes on in the same column of the lines below it ('Waters off
    Pulau' over 'Tambisan, Lahad Datu'), its text at times touching the bar: such a row is
    cut at the header's bars and read column by column. Otherwise the row's lines are one
    run of text: a long description went on over indented lines."""
    bars = columns.bars
    if bars and all(_bar_offsets(line)[: len(bars)] == bars for line in row):
        edges = [-1, *bars, None]
        cut = [
            [line[a + 1 : b].strip() for a, b in zip(edges, edges[1:], strict=False)]
            for line in row
        ]
        return [" ".join(part for part in column if part) for column in zip(*cut, strict=True)]
    return _cells(" ".join(line.strip() for line in row), columns.comma_parted)


def _bar_offsets(line: str) -> tuple[int, ...]:
    return tuple(i for i, char in enumerate(line) if char == "|")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """Each column's names as the data file lists them, the likeliest first."""
    data = read_data("ingest.json")["incident_table"]
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}
