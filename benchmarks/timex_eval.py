"""Score claimtrail.nlp.dates.find_dates against TIMEX3 DATE annotations (MEANTIME JSONL).

Usage: python benchmarks/timex_eval.py PATH.jsonl [--show-errors]

Each record gives `text`, `doc_date` (document creation time, used as the anchor) and
`timexes` (start, end, type, value, function). In scope: timexes of type DATE whose value is a
calendar day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), including the dateline's own
creation-time timex. Out of scope, and counted: other types (DURATION, TIME, SET) and DATE
values an inclusive day range cannot state exactly (weeks, weekends, quarters, seasons, decades,
PRESENT_REF/PAST_REF/FUTURE_REF, XXXX-XX-XX).

A gold timex is found when a prediction overlaps its characters; its value is exact when the
prediction overlapping it most normalises to the same string: a one-day range to YYYY-MM-DD,
a month or part-of-month range within one month to YYYY-MM (TimeML writes "late February" as
the month with a modifier), a year-precision range to YYYY. Day ranges never equal a value.

The last line printed is `n=<in scope> found=<share> value_exact=<share>`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

try:
    from claimtrail.nlp.dates import find_dates, parse_date_string
except ModuleNotFoundError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from claimtrail.nlp.dates import find_dates, parse_date_string

from claimtrail.model import When

IN_SCOPE = {
    "day": re.compile(r"\d{4}-\d\d-\d\d"),
    "month": re.compile(r"\d{4}-\d\d"),
    "year": re.compile(r"\d{4}"),
}


def gold_kind(timex: dict) -> str | None:
    """'day', 'month' or 'year' when the timex is in scope, else None."""
    if timex["type"] != "DATE":
        return None
    for kind, pattern in IN_SCOPE.items():
        if pattern.fullmatch(timex["value"]):
            return kind
    return None


def exclusion_reason(timex: dict) -> str:
    if timex["type"] != "DATE":
        return timex["type"]
    value = timex["value"]
    if value.endswith("_REF") or value.startswith("XXXX"):
        return "DATE " + value if value.endswith("_REF") else "DATE XXXX"
    for label, pattern in (
        ("duration value", r"P.*"),
        ("week/weekend", r".*-W\d\d.*"),
        ("quarter/fiscal", r".*(Q\d|FY).*"),
        ("season", r".*-(SP|SU|FA|WI)"),
        ("decade/century", r"\d{2,3}"),
        ("time of day", r".*T.*"),
    ):
        if re.fullmatch(pattern, value):
            return "DATE " + label
    return "DATE other"


def normalise(when: When) -> str:
    if when.start == when.end:
        return when.start.isoformat()
    same_month = (when.start.year, when.start.month) == (when.end.year, when.end.month)
    if when.precision in ("month", "part-of-month") and same_month:
        return when.start.strftime("%Y-%m")
    if when.precision == "year":
        return str(when.start.year)
    return f"{when.start.isoformat()}/{when.end.isoformat()}"


def after_anchor_by_one_year(predicted: str, gold: str, anchor: date) -> bool:
    """The miss the year-inference rule causes by design: a future date moved back a year."""
    if len(predicted) != len(gold) or predicted[4:] != gold[4:] or not gold[:4].isdigit():
        return False
    later = (gold + "-01-01")[:10] if len(gold) < 10 else gold
    return int(gold[:4]) - int(predicted[:4]) == 1 and date.fromisoformat(later) > anchor


def best_overlap(gold: dict, predictions: list[When]) -> When | None:
    def overlap(p: When) -> int:
        return min(gold["end"], p.end_char) - max(gold["start"], p.start_char)

    touching = [p for p in predictions if overlap(p) > 0]
    return max(touching, key=overlap) if touching else None


def document_date(record: dict) -> date:
    """`doc_date`, or the dateline (second line) when `doc_date` is not ISO: one record writes
    it day-first ('03-02-2009' for 3 February 2009)."""
    try:
        return date.fromisoformat(record["doc_date"])
    except ValueError:
        lines = record["text"].split("\n")
        found = parse_date_string(lines[1]) if len(lines) > 1 else None
        if found is None:
            raise ValueError(f"{record['id']}: no usable document date") from None
        return found


def evaluate(path: Path, show_errors: bool) -> tuple[int, int, int]:
    n = found = exact = 0
    by_kind: Counter[str] = Counter()
    exact_by_kind: Counter[str] = Counter()
    excluded: Counter[str] = Counter()
    spurious = total_predictions = future_misses = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        anchor = document_date(record)
        text = record["text"]
        predictions = find_dates(text, anchor)
        total_predictions += len(predictions)
        spans = [(t["start"], t["end"]) for t in record["timexes"]]
        spurious += sum(
            1 for p in predictions if not any(p.start_char < e and s < p.end_char for s, e in spans)
        )
        for timex in record["timexes"]:
            kind = gold_kind(timex)
            if kind is None:
                excluded[exclusion_reason(timex)] += 1
                continue
            n += 1
            by_kind[kind] += 1
            pred = best_overlap(timex, predictions)
            value = normalise(pred) if pred else None
            found += pred is not None
            if value == timex["value"]:
                exact += 1
                exact_by_kind[kind] += 1
                continue
            if value and after_anchor_by_one_year(value, timex["value"], anchor):
                future_misses += 1
            if show_errors:
                shown = f"{pred.text!r} -> {value}" if pred else "missed"
                context = text[max(0, timex["start"] - 40) : timex["end"] + 25].replace("\n", " ")
                print(
                    f"{record['id']} anchor={anchor} gold {timex['text']!r}={timex['value']}: "
                    f"{shown} | ...{context}..."
                )
    print(f"file: {path.name}")
    print("excluded gold timexes: " + ", ".join(f"{k}={v}" for k, v in excluded.most_common()))
    for kind in IN_SCOPE:
        print(f"  {kind}: {exact_by_kind[kind]}/{by_kind[kind]} exact")
    print(
        f"misses where gold is after the anchor and the prediction one year earlier "
        f"(the never-later-than-the-article rule): {future_misses}"
    )
    print(f"predictions: {total_predictions}, overlapping no gold timex: {spurious}")
    return n, found, exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    n, found, exact = evaluate(args.path, args.show_errors)
    share = (lambda k: k / n) if n else (lambda k: 0.0)
    print(f"n={n} found={share(found):.3f} value_exact={share(exact):.3f}")


if __name__ == "__main__":
    main()
