"""A local gazetteer imported from full GeoNames dumps, for village-level coverage.

The embedded gazetteer holds towns of 500+ people; the full GeoNames dumps
(``allCountries.zip`` or a country file such as ``SY.zip``) hold every village, hamlet,
administrative unit and named feature. `import_geonames` streams such dumps, optionally
with ``admin1CodesASCII.txt`` and ``alternateNamesV2.zip``, into one SQLite file whose
names are indexed by the same `name_key` and `skeleton_key` as the embedded gazetteer.
`LocalGazetteer` reads it; `CombinedGazetteer` consults it together with the embedded one.

The file lives at ``$CLAIMTRAIL_GAZETTEER`` when set, else in the user data directory
(``$XDG_DATA_HOME/claimtrail/geonames.sqlite``, by default under ``~/.local/share``).
Nothing here touches the network.
"""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from claimtrail.errors import GazetteerError
from claimtrail.geo.gazetteer import (
    Candidate,
    EmbeddedGazetteer,
    GazetteerEntry,
    MatchKind,
    fold,
    name_key,
    skeleton_key,
    strip_unit_word,
    town_feature,
)

ENV_VAR = "CLAIMTRAIL_GAZETTEER"
_FORMAT = "claimtrail-geonames-1"  # bump when the table layout or the keys change
_DUMP_COLUMNS = 19
_BATCH = 20000
_MAX_PER_KEY = 200  # rows read per name key: enough for any real name, bounded for "Al"
_MAX_NAME = 120  # longer alternate names are sentences or lists, not names
_SKELETON_MIN_RATIO = 0.5
_MATCH_ORDER = {"exact": 0, "folded": 1, "demonym": 2, "skeleton": 3}
# Alternate-name "languages" that are identifiers, links or codes rather than names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "tcid"})
_COUNTRY_CODES = frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX"})
_ADMIN1_CODES = frozenset({"ADM1", "ADM1H"})

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT, feature TEXT, country TEXT,
    admin1_code TEXT, lat REAL, lon REAL, population INTEGER);
CREATE TABLE admin1 (
    country TEXT, code TEXT, name TEXT, geonameid INTEGER, PRIMARY KEY (country, code));
CREATE TABLE names (geonameid INTEGER, key TEXT, skeleton TEXT, folded TEXT, name TEXT);
"""
# The names of imported places only, each row carrying its place's population, so that
# the index hands a lookup its most populous rows first without sorting every match.
_FINISH = """
CREATE TABLE lookup AS SELECT n.geonameid, n.key, n.skeleton, n.folded, n.name, p.population
    FROM names n JOIN places p ON p.geonameid = n.geonameid;
DROP TABLE names;
ALTER TABLE lookup RENAME TO names;
CREATE INDEX names_key ON names (key, population DESC);
CREATE INDEX names_skeleton ON names (skeleton, population DESC);
"""


# ---------------------------------------------------------------- location


def gazetteer_path() -> Path:
    """Where the imported gazetteer lives: $CLAIMTRAIL_GAZETTEER, else the user data dir."""
    given = os.environ.get(ENV_VAR)
    if given:
        return Path(given).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "claimtrail" / "geonames.sqlite"


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportSummary:
    """What an import stored, and what it skipped."""

    path: Path
    places: int
    names: int
    admin1: int
    malformed: int
    first_problem: str | None = None  # "SY.txt line 3: expected 19 columns, found 4"

    def line(self) -> str:
        text = (
            f"stored {self.places} place(s), {self.names} name key(s), "
            f"{self.admin1} admin1 unit(s) in {self.path}"
        )
        if self.malformed:
            text += f"; skipped {self.malformed} malformed row(s), first: {self.first_problem}"
        return text


@dataclass
class _Tally:
    places: int = 0
    malformed: int = 0
    problems: list[str] = field(default_factory=list)

    def bad(self, where: str, why: str) -> None:
        self.malformed += 1
        if not self.problems:
            self.problems.append(f"{where}: {why}")


def import_geonames(
    files: Sequence[Path],
    into: Path | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Build the local gazetteer from GeoNames files, replacing any earlier import.

    `files` holds dumps (``XX.zip``, ``allCountries.zip`` or their ``.txt``), optionally
    ``admin1CodesASCII.txt`` and ``alternateNamesV2.zip``. Rows are streamed; malformed
    rows are counted and skipped. The new file replaces the old one only when complete.
    `progress` is called with the number of dump rows read so far, every batch.
    """
    target = into or gazetteer_path()
    kinds = [(_kind(Path(f)), Path(f)) for f in files]
    for _, path in kinds:
        if not path.is_file():
            raise GazetteerError(f"{path}: no such file")
    if not any(kind == "dump" for kind, _ in kinds):
        raise GazetteerError("no GeoNames dump given (a country file like SY.zip, or allCountries)")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    tally = _Tally()
    try:
        with closing(sqlite3.connect(partial)) as db:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            order = {"admin1": 0, "dump": 1, "alternates": 2}
            for kind, path in sorted(kinds, key=lambda kp: order[kp[0]]):
                _IMPORTERS[kind](db, path, tally, progress)
            _admin1_from_dump(db)
            db.executescript(_FINISH)
            db.execute("INSERT INTO meta VALUES ('format', ?)", (_FORMAT,))
            db.commit()
            counts = [
                db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("places", "names", "admin1")
            ]
        os.replace(partial, target)
    except (OSError, sqlite3.Error, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        partial.unlink(missing_ok=True)
        raise GazetteerError(f"import failed: {exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _open_local.cache_clear()
    first = tally.problems[0] if tally.problems else None
    return ImportSummary(target, *counts, malformed=tally.malformed, first_problem=first)


def _kind(path: Path) -> str:
    lowered = path.name.casefold()
    if lowered.startswith("admin1codes"):
        return "admin1"
    if lowered.startswith("alternatenames"):
        return "alternates"
    return "dump"


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[tuple[str, str]]]:
    """(where, line) pairs of a text file or of the main ``.txt`` inside a zip."""
    if path.suffix.casefold() != ".zip":
        with path.open(encoding="utf-8", newline="") as handle:
            yield _numbered(path.name, handle)
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise GazetteerError(f"{path}: not a zip archive") from exc
    with archive:
        member = _main_member(archive, path)
        with archive.open(member) as raw:
            yield _numbered(member, io.TextIOWrapper(raw, encoding="utf-8", newline=""))


def _numbered(name: str, handle: Iterator[str]) -> Iterator[tuple[str, str]]:
    for number, line in enumerate(handle, 1):
        yield f"{name} line {number}", line.rstrip("\r\n")


def _main_member(archive: zipfile.ZipFile, path: Path) -> str:
    """``SY.txt`` in ``SY.zip``: the member named like the archive, else its largest .txt."""
    texts = [i for i in archive.infolist() if i.filename.casefold().endswith(".txt")]
    for info in texts:
        if Path(info.filename).stem.casefold() == path.stem.casefold():
            return info.filename
    texts = [i for i in texts if "readme" not in i.filename.casefold()]
    if not texts:
        raise GazetteerError(f"{path}: the archive holds no .txt table")
    return max(texts, key=lambda i: i.file_size).filename


def _import_dump(
    db: sqlite3.Connection, path: Path, tally: _Tally, progress: Callable[[int], None] | None
) -> None:
    places: list[tuple] = []
    names: list[tuple] = []
    with _lines(path) as lines:
        for where, line in lines:
            if not line.strip():
                continue
            row = _dump_row(line)
            if isinstance(row, str):
                tally.bad(where, row)
                continue
            places.append(row[0])
            names.extend(row[1])
            if len(places) >= _BATCH:
                _flush(db, places, names, tally, progress)
    _flush(db, places, names, tally, progress)


def _flush(
    db: sqlite3.Connection,
    places: list[tuple],
    names: list[tuple],
    tally: _Tally,
    progress: Callable[[int], None] | None,
) -> None:
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
    tally.places += len(places)
    places.clear()
    names.clear()
    if progress is not None:
        progress(tally.places)


def _dump_row(line: str) -> tuple[tuple, list[tuple]] | str:
    """A place row and its name rows, or why the line is malformed."""
    cols = line.split("\t")
    if len(cols) != _DUMP_COLUMNS:
        return f"expected {_DUMP_COLUMNS} tab-separated columns, found {len(cols)}"
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, country = cols[:9]
    try:
        geonameid, y, x = int(gid), float(lat), float(lon)
        population = int(cols[14] or 0)
    except ValueError:
        return "geonameid, latitude, longitude or population is not a number"
    if not name or not -90 <= y <= 90 or not -180 <= x <= 180:
        return "empty name or coordinates out of range"
    feature = _feature(fclass, fcode, population)
    place = (geonameid, name, feature, country or None, cols[10] or None, y, x, population)
    spellings = [name, ascii_name, *alternates.split(",")]
    return place, _name_rows(geonameid, spellings, unit=fclass == "A")


def _feature(fclass: str, fcode: str, population: int) -> str:
    """The claimtrail feature of a GeoNames feature class and code."""
    if fclass == "P":
        return town_feature(population)
    if fclass == "A":
        if fcode in _COUNTRY_CODES:
            return "country"
        return "province" if fcode in _ADMIN1_CODES else "district"
    return "landmark"  # a stream, mountain, road, building, camp, ...: no settlement


def _name_rows(geonameid: int, spellings: Sequence[str], *, unit: bool) -> list[tuple]:
    """One row per distinct (key, spelling); a unit also under its bare name ('X District')."""
    rows: dict[tuple[str, str], tuple] = {}
    for spelling in spellings:
        spelling = spelling.strip()
        if not spelling or len(spelling) > _MAX_NAME:
            continue
        forms = (spelling, strip_unit_word(spelling)) if unit else (spelling,)
        for form in forms:
            key = name_key(form)
            folded = fold(spelling)
            if key and (key, folded) not in rows:
                rows[(key, folded)] = (geonameid, key, skeleton_key(form), folded, spelling)
    return list(rows.values())


def _import_admin1(
    db: sqlite3.Connection, path: Path, tally: _Tally, progress: Callable[[int], None] | None
) -> None:
    """``SY.01<TAB>Al-Hasakah<TAB>Al-Hasakah<TAB>173813``: admin1 names by code."""
    rows = []
    with _lines(path) as lines:
        for where, line in lines:
            cols = line.split("\t")
            if not line.strip():
                continue
            if len(cols) < 4 or "." not in cols[0] or not cols[3].isdigit():
                tally.bad(where, "expected CC.CODE, name, ascii name and geonameid")
                continue
            country, code = cols[0].split(".", 1)
            rows.append((country, code, cols[1], int(cols[3])))
    db.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", rows)


def _admin1_from_dump(db: sqlite3.Connection) -> None:
    """Admin1 units the dump holds itself (ADM1 rows), where no admin1 file named them."""
    db.execute(
        "INSERT OR IGNORE INTO admin1 SELECT country, admin1_code, name, geonameid "
        "FROM places WHERE feature = 'province' AND admin1_code IS NOT NULL"
    )


def _import_alternates(
    db: sqlite3.Connection, path: Path, tally: _Tally, progress: Callable[[int], None] | None
) -> None:
    """alternateNamesV2: id, geonameid, language, name, flags...; codes and links skipped."""
    batch: list[tuple] = []
    with _lines(path) as lines:
        for where, line in lines:
            cols = line.split("\t")
            if not line.strip():
                continue
            if len(cols) < 4 or not cols[1].isdigit():
                tally.bad(where, "expected alternate name id, geonameid, language and name")
                continue
            if cols[2] in _NOT_NAMES:
                continue
            batch.extend(_name_rows(int(cols[1]), [cols[3]], unit=False))
            if len(batch) >= _BATCH:
                db.executemany("INSERT INTO names VALUES (?,?,?,?,?)", batch)
                batch.clear()
    db.executemany("INSERT INTO names VALUES (?,?,?,?,?)", batch)


_IMPORTERS = {"dump": _import_dump, "admin1": _import_admin1, "alternates": _import_alternates}


# ---------------------------------------------------------------- lookups


_SELECT = (
    "SELECT p.geonameid, p.name, p.feature, p.country, a.name, a.geonameid, p.lat, p.lon,"
    " p.population, n.key, n.folded FROM names n JOIN places p ON p.geonameid = n.geonameid"
    " LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1_code"
    " WHERE n.{column} = ? ORDER BY n.population DESC LIMIT ?"
)


class LocalGazetteer:
    """The imported GeoNames places, read from their SQLite file (read-only)."""

    def __init__(self, path: Path):
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            found = self._db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: not a readable imported gazetteer ({exc})") from exc
        if not found or found[0] != _FORMAT:
            raise GazetteerError(
                f"{path}: imported with another claimtrail version; run "
                "'claimtrail gazetteer import' again"
            )
        self.path = path

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return [c.entry for c in self.candidates(name)]

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        folded, key = fold(name), name_key(name)
        kinds: dict[int, tuple[MatchKind, GazetteerEntry]] = {}
        for row in self._rows("key", key):
            entry = GazetteerEntry(*row[:9])
            exact = row[10] == folded or kinds.get(entry.geonames_id, ("",))[0] == "exact"
            kinds[entry.geonames_id] = ("exact" if exact else "folded", entry)
        skeleton = skeleton_key(name) if loose else ""
        for row in self._rows("skeleton", skeleton) if skeleton else ():
            gid = row[0]
            if gid not in kinds and _resembles(key, row[9]):
                kinds[gid] = ("skeleton", GazetteerEntry(*row[:9]))
        ranked = sorted(kinds.values(), key=lambda ke: (_MATCH_ORDER[ke[0]], -ke[1].population))
        return [Candidate(entry, kind) for kind, entry in ranked]

    def _rows(self, column: str, key: str) -> list[tuple]:
        if not key:
            return []
        query = _SELECT.format(column=column)
        return self._db.execute(query, (key, _MAX_PER_KEY)).fetchall()

    def spelled(self, name: str) -> bool:
        query = "SELECT 1 FROM names WHERE key = ? AND name = ? LIMIT 1"
        return self._db.execute(query, (name_key(name), name)).fetchone() is not None

    def knows(self, name: str) -> bool:
        return bool(self._rows("key", name_key(name)))

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM places").fetchone()[0]


def _resembles(key: str, other: str) -> bool:
    return SequenceMatcher(None, key, other).ratio() >= _SKELETON_MIN_RATIO


class CombinedGazetteer:
    """The embedded gazetteer and the imported places, consulted together.

    A place both hold is reported once, as the embedded entry (its admin1 name and
    population are the ones the rest of claimtrail compares), with the closer of the two
    matches. Imported entries take the embedded name of their admin1 unit when known.
    Answers are memoised, as recognition asks about the same words many times.
    """

    def __init__(self, embedded: EmbeddedGazetteer, local: LocalGazetteer):
        self.embedded = embedded
        self.local = local
        self._memo: dict[tuple[str, bool], list[Candidate]] = {}

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return [c.entry for c in self.candidates(name)]

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        memo_key = (name, loose)
        found = self._memo.get(memo_key)
        if found is None:
            if len(self._memo) > 100_000:
                self._memo.clear()
            found = self._memo[memo_key] = self._merged(name, loose)
        return found

    def _merged(self, name: str, loose: bool) -> list[Candidate]:
        best: dict[object, Candidate] = {}
        for cand in self.embedded.candidates(name, loose=loose):
            best[cand.entry.geonames_id or id(cand.entry)] = cand
        for cand in self.local.candidates(name, loose=loose):
            gid = cand.entry.geonames_id
            known = best.get(gid)
            if known is not None:
                if _MATCH_ORDER[cand.match] < _MATCH_ORDER[known.match]:
                    best[gid] = Candidate(known.entry, cand.match)
                continue
            entry = self.embedded.by_geonames_id(gid) or self._with_admin1_name(cand.entry)
            best[gid] = Candidate(entry, cand.match)
        ranked = sorted(best.values(), key=lambda c: (_MATCH_ORDER[c.match], -c.entry.population))
        return ranked

    def _with_admin1_name(self, entry: GazetteerEntry) -> GazetteerEntry:
        name = self.embedded.admin1_name(entry.admin1_id)
        if name is None or name == entry.admin1:
            return entry
        return GazetteerEntry(
            entry.geonames_id,
            entry.name,
            entry.feature,
            entry.country,
            name,
            entry.admin1_id,
            entry.lat,
            entry.lon,
            entry.population,
        )

    def spelled(self, name: str) -> bool:
        return self.embedded.spelled(name) or self.local.spelled(name)

    def knows(self, name: str) -> bool:
        return self.embedded.knows(name) or self.local.knows(name)

    def __len__(self) -> int:
        return len(self.embedded) + len(self.local)


@lru_cache(maxsize=2)
def _open_local(path: str, mtime_ns: int) -> LocalGazetteer:
    """One reader per file version: a new import (a new mtime) opens the new file."""
    return LocalGazetteer(Path(path))


@lru_cache(maxsize=2)
def _combined(embedded: EmbeddedGazetteer, local: LocalGazetteer) -> CombinedGazetteer:
    return CombinedGazetteer(embedded, local)


def with_imported(embedded: EmbeddedGazetteer) -> EmbeddedGazetteer | CombinedGazetteer:
    """`embedded` joined with the imported places when an import exists, else itself."""
    path = gazetteer_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return embedded
    return _combined(embedded, _open_local(str(path), mtime))
