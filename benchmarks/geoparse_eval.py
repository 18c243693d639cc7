"""Score claimtrail's geoparser on a public gold set (GeoWebNews, LGL, TR-News, GeoVirus).

    python benchmarks/geoparse_eval.py SET.jsonl [--end-to-end] [--errors N] [--misses FILE]

Default mode resolves every gold toponym from its gold span, with the whole document as
context, and compares coordinates. ``--end-to-end`` recognises places with spaCy and the
cue patterns first, reports span precision/recall/F1 (a prediction overlapping a gold
span counts as found), then scores coordinates for the gold toponyms that were found.
For GeoWebNews only the ``literal`` group is scored; predictions on its other annotated
toponyms (demonyms, metonymy) are neither credited nor penalised.

Figures, over gold toponyms that carry coordinates (a toponym left unresolved or not
found counts as a miss and as 20,038 km, half the Earth's circumference):
``exact`` share whose GeoNames id is the gold one (among those with a gold id),
``country`` share in the gold country (where the gold country is known), ``acc161`` share
within 161 km, ``mean_km``/``median_km`` error, ``per_s`` gold toponyms handled per second.
The last line printed has exactly that form. ``--misses FILE`` writes every miss as a JSON
line: the name, its context, the gold and chosen points, the distance, the chosen place's
reason and the name's best gazetteer candidates.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from claimtrail.geo.gazetteer import default_gazetteer, embedded_gazetteer
from claimtrail.geo.geodesy import distance_km
from claimtrail.model import Place
from claimtrail.nlp.places import find_places, resolve_spans

MISS_KM = 20038.0


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    name: str
    kind: str | None  # the set's fine-grained type, where it gives one
    lat: float | None
    lon: float | None
    geonames_id: int | None
    country: str | None
    scored: bool  # counted for recall and coordinates (GeoWebNews: literal group only)


def load(path: Path) -> list[tuple[str, str, list[Gold]]]:
    country_of = _country_by_id()
    docs = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        golds = []
        for t in record["toponyms"]:
            gid = t.get("geonameid")
            country = country_of.get(gid) or _iso2(t.get("country"))
            scored = t.get("group", "literal") == "literal"
            kind = t.get("type") or t.get("fcode")
            golds.append(
                Gold(
                    t["start"], t["end"], t["name"], kind, t["lat"], t["lon"], gid, country, scored
                )
            )
        docs.append((record["id"], record["text"], golds))
    return docs


def _iso2(name: str | None) -> str | None:
    """The ISO code of a country given by name, as LGL and TR-News give it."""
    if not name:
        return None
    found = [e for e in default_gazetteer().lookup(name) if e.feature == "country"]
    return found[0].country if found else None


def _country_by_id() -> dict[int, str]:
    gaz = embedded_gazetteer()  # the raw rows; an imported gazetteer adds none of the gold ids
    return {
        row[0]: row[3]
        for row in gaz._rows
        if row[0] is not None and row[3]  # noqa: SLF001
    }


@dataclass
class Tally:
    n: int = 0
    with_id: int = 0
    exact: int = 0
    with_country: int = 0
    country: int = 0
    within: int = 0
    errors: list[float] | None = None

    def add(self, gold: Gold, place: Place | None) -> float:
        self.errors = self.errors if self.errors is not None else []
        self.n += 1
        km = MISS_KM
        if place is not None and place.lat is not None and place.lon is not None:
            km = distance_km(gold.lat, gold.lon, place.lat, place.lon)
        self.errors.append(km)
        self.within += km <= 161
        if gold.geonames_id is not None:
            self.with_id += 1
            self.exact += place is not None and place.geonames_id == gold.geonames_id
        if gold.country:
            self.with_country += 1
            self.country += place is not None and place.country == gold.country
        return km


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "n/a"


def run(path: Path, end_to_end: bool, show_errors: int, misses_to: Path | None = None) -> None:
    docs = load(path)
    default_gazetteer()
    nlp = None
    if end_to_end:
        from claimtrail.nlp.pipeline import load_nlp

        nlp = load_nlp()
    tally, misses, records = Tally(), [], []
    tp = fp = fn = 0
    began = time.perf_counter()
    for doc_id, text, golds in docs:
        if nlp is None:
            places = resolve_spans(text, [(g.start, g.end) for g in golds])
            found = dict(zip(((g.start, g.end) for g in golds), places, strict=True))
            pairs = [(g, found[(g.start, g.end)]) for g in golds]
        else:
            predicted = find_places(nlp(text))
            pairs = [(g, _overlapping(g, predicted)) for g in golds]
            tp += sum(1 for g, p in pairs if g.scored and p is not None)
            fn += sum(1 for g, p in pairs if g.scored and p is None)
            fp += sum(1 for p in predicted if not any(_overlaps(g, p) for g in golds))
        for gold, place in pairs:
            if gold.scored and gold.lat is not None:
                km = tally.add(gold, place)
                if km > 161:
                    misses.append((km, doc_id, text[gold.start : gold.end], place))
                    if misses_to is not None:
                        records.append(_miss_record(doc_id, text, gold, place, km))
    elapsed = time.perf_counter() - began
    if misses_to is not None:
        lines = (json.dumps(r, ensure_ascii=False) for r in records)
        misses_to.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    for km, doc_id, name, place in sorted(misses, key=lambda m: -m[0])[:show_errors]:
        got = f"{place.name} [{place.feature}] {place.country} | {place.reason}" if place else "-"
        print(f"{km:8.0f} km  {doc_id}  {name!r} -> {got}")
    if end_to_end:
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"spans tp={tp} fp={fp} fn={fn} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    errors = tally.errors or [MISS_KM]
    name = f"{path.parent.name}/{path.stem}" + ("+e2e" if end_to_end else "")
    print(
        f"set={name} n={tally.n} exact={_share(tally.exact, tally.with_id)} "
        f"country={_share(tally.country, tally.with_country)} "
        f"acc161={_share(tally.within, tally.n)} mean_km={statistics.fmean(errors):.0f} "
        f"median_km={statistics.median(errors):.0f} per_s={tally.n / max(elapsed, 1e-9):.0f}"
    )


def _miss_record(doc_id: str, text: str, gold: Gold, place: Place | None, km: float) -> dict:
    """One miss, with what is needed to judge it: context, both points, the candidates."""
    found = default_gazetteer().candidates(gold.name)[:5]
    return {
        "doc": doc_id,
        "name": gold.name,
        "kind": gold.kind,
        "context": text[max(0, gold.start - 100) : gold.end + 100].replace("\n", " "),
        "gold": [gold.lat, gold.lon, gold.geonames_id, gold.country],
        "chosen": None
        if place is None
        else [place.name, place.feature, place.country, place.lat, place.lon, place.resolution],
        "reason": place.reason if place else None,
        "km": round(km),
        "candidates": [
            [
                c.entry.name,
                c.entry.feature,
                c.entry.country,
                c.entry.admin1,
                c.match,
                c.entry.population,
                c.entry.lat,
                c.entry.lon,
            ]
            for c in found
        ],
    }


def _overlaps(gold: Gold, place: Place) -> bool:
    return place.start_char < gold.end and gold.start < place.end_char


def _overlapping(gold: Gold, places: list[Place]) -> Place | None:
    return next((p for p in places if _overlaps(gold, p)), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a dev.jsonl or test.jsonl of a gold set")
    parser.add_argument("--end-to-end", action="store_true", help="recognise, then resolve")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst misses")
    parser.add_argument(
        "--misses", type=Path, help="write every miss to this file as JSON lines, for review"
    )
    args = parser.parse_args(argv)
    if not args.set.is_file():
        parser.error(f"no such file: {args.set}")
    run(args.set, args.end_to_end, args.errors, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
