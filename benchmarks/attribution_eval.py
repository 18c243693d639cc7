"""Score claimtrail.nlp.attribution.find_attributions against PolNeAR attribution relations.

Usage: python benchmarks/attribution_eval.py SET.jsonl [--limit N] [--show-errors K]
                                              [--processes P] [--dump ERRORS.jsonl]

Each record gives `text` and `attributions`, each with `source`, `cue` and `content` fragment
lists ({start, end, text}, offsets into `text`) and `has_source`.

Spans compared, per article:
- sources: gold = the source of every attribution with `has_source` and a source span (a span
  shared by several attributions, e.g. one speaker with two claims, counts once); predicted =
  every `Source` of every `Attribution`, identical spans once;
- cues: gold = the cue of every attribution (with or without a source); predicted = each
  attribution's cue range, identical ranges once;
- content: characters inside any gold content fragment against characters inside any
  predicted content range (a character-overlap F1, nesting ignored).

A predicted span matches a gold span when their characters overlap (a gold span's overlap is
summed over its fragments); pairs are matched one to one, greedily, largest overlap first.

The last line printed is
`n=<gold attributions with a source> source_p=... source_r=... source_f1=... cue_f1=...`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

try:
    from claimtrail.nlp.attribution import Attribution, find_attributions
except ModuleNotFoundError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from claimtrail.nlp.attribution import Attribution, find_attributions

from claimtrail.nlp.pipeline import load_nlp

Fragments = tuple[tuple[int, int], ...]


@dataclass
class Tally:
    """Matched, gold and predicted counts of one span type."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, matched: int, gold: int, predicted: int) -> None:
        self.matched += matched
        self.gold += gold
        self.predicted += predicted

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name}: p={self.precision:.3f} r={self.recall:.3f} f1={self.f1:.3f} "
            f"(matched={self.matched} gold={self.gold} predicted={self.predicted})"
        )


@dataclass
class Scores:
    source: Tally = field(default_factory=Tally)
    cue: Tally = field(default_factory=Tally)
    content: Tally = field(default_factory=Tally)  # in characters
    attributions_with_source: int = 0
    attributions: int = 0
    failures: int = 0
    nested_spurious: int = 0  # unmatched predicted sources inside a gold content


@dataclass(frozen=True)
class Matching:
    pairs: dict[int, int]  # gold index -> predicted index
    missed: list[int]
    spurious: list[int]


def fragments(parts: list[dict]) -> Fragments:
    return tuple(sorted((part["start"], part["end"]) for part in parts))


def unique(spans: Iterable[Fragments]) -> list[Fragments]:
    return list(dict.fromkeys(spans))


def overlap(gold: Fragments, predicted: Fragments) -> int:
    return sum(max(0, min(ge, pe) - max(gs, ps)) for gs, ge in gold for ps, pe in predicted)


def match(gold: list[Fragments], predicted: list[Fragments]) -> Matching:
    """One-to-one greedy matching of overlapping spans, largest overlap first."""
    candidates = sorted(
        (
            (-size, g, p)
            for g, gold_span in enumerate(gold)
            for p, predicted_span in enumerate(predicted)
            if (size := overlap(gold_span, predicted_span)) > 0
        ),
    )
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in candidates:
        if g not in pairs and p not in taken:
            pairs[g] = p
            taken.add(p)
    missed = [g for g in range(len(gold)) if g not in pairs]
    spurious = [p for p in range(len(predicted)) if p not in taken]
    return Matching(pairs, missed, spurious)


def gold_spans(record: dict) -> tuple[list[Fragments], list[Fragments], list[Fragments]]:
    """Distinct gold source, cue and content spans of an article."""
    attributions = record["attributions"]
    sources = unique(
        fragments(a["source"]) for a in attributions if a["has_source"] and a["source"]
    )
    cues = unique(fragments(a["cue"]) for a in attributions if a["cue"])
    contents = unique(fragments(a["content"]) for a in attributions if a["content"])
    return sources, cues, contents


def predicted_spans(
    attributions: list[Attribution],
) -> tuple[list[Fragments], list[Fragments], list[Fragments]]:
    """Distinct predicted source, cue and content spans.

    The coordinated sources of one attribution ('Smith and Jones said') become one span from
    the first to the last, as PolNeAR marks them; a relative pronoun ('Jones, who said')
    stands for its source, as PolNeAR marks surface spans.
    """
    sources = unique(
        a.mentions or ((min(s.start_char for s in a.sources), max(s.end_char for s in a.sources)),)
        for a in attributions
        if a.sources
    )
    cues = unique(((a.cue_start, a.cue_end),) for a in attributions)
    contents = unique(((a.content_start, a.content_end),) for a in attributions)
    return sources, cues, contents


def univocal(attributions: list[Attribution]) -> list[Attribution]:
    """claimtrail's attributions mapped to PolNeAR's univocal scheme, where a token belongs to
    at most one attribution and each cue has one source:
    - a claim nested in another's content ('X said that Y claimed ...') is flattened into the
      outer one, so the inner attribution is dropped; only an outer content that leaves out
      its own cue counts (a whole sentence taken as '..., she said' nests nothing);
    - of the attributions sharing a cue, the grammatical speaker's is kept: claimtrail puts the
      outlet of 'Y told Reuters that ...' and the citer of 'X cited Y as saying' around the
      speaker, while PolNeAR marks the one named before the cue.
    """
    speakers = [a for a in attributions if not _outranked_on_cue(a, attributions)]
    return [
        a
        for a in speakers
        if not any(
            other.cue_start != a.cue_start
            and other.covers(a.cue_start, a.cue_end)
            and not other.covers(other.cue_start, other.cue_end)
            for other in speakers
        )
    ]


def _outranked_on_cue(attribution: Attribution, attributions: list[Attribution]) -> bool:
    def before_cue(a: Attribution) -> bool:
        return bool(a.sources) and min(s.start_char for s in a.sources) < a.cue_start

    return not before_cue(attribution) and any(
        other is not attribution and other.cue_start == attribution.cue_start and before_cue(other)
        for other in attributions
    )


def nested(span: Fragments, gold_contents: list[Fragments]) -> bool:
    """Inside a gold content: PolNeAR flattens nested attributions to the outer one."""
    start, end = span[0][0], span[-1][1]
    return any(gs <= start and end <= ge for content in gold_contents for gs, ge in content)


def covered(spans: list[Fragments], length: int) -> bytearray:
    marks = bytearray(length)
    for span in spans:
        for start, end in span:
            marks[max(0, start) : max(0, min(end, length))] = b"\x01" * max(
                0, min(end, length) - max(0, start)
            )
    return marks


def content_counts(
    gold: list[Fragments], predicted: list[Fragments], length: int
) -> tuple[int, int, int]:
    gold_marks, predicted_marks = covered(gold, length), covered(predicted, length)
    both = sum(1 for g, p in zip(gold_marks, predicted_marks, strict=True) if g and p)
    return both, sum(gold_marks), sum(predicted_marks)


def read_records(path: Path, limit: int | None) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def context(text: str, spans: Fragments, width: int = 80) -> str:
    start, end = spans[0][0], spans[-1][1]
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return (left + "[[" + text[start:end] + "]]" + right).replace("\n", " ")


def surface(text: str, spans: Fragments) -> str:
    return " … ".join(text[s:e] for s, e in spans).replace("\n", " ")


def error_rows(
    record: dict, kind: str, gold: list[Fragments], predicted: list[Fragments]
) -> Iterator[dict]:
    """Misses and false positives of one span type, with enough context to categorise them."""
    found = match(gold, predicted)
    text = record["text"]
    for g in found.missed:
        yield {
            "id": record["id"],
            "type": kind,
            "error": "miss",
            "span": gold[g],
            "text": surface(text, gold[g]),
            "context": context(text, gold[g]),
        }
    for p in found.spurious:
        yield {
            "id": record["id"],
            "type": kind,
            "error": "false_positive",
            "span": predicted[p],
            "text": surface(text, predicted[p]),
            "context": context(text, predicted[p]),
        }


def evaluate(
    records: list[dict],
    processes: int,
    show_errors: int,
    dump: Path | None,
    keep_nested: bool = False,
) -> tuple[Scores, float]:
    scores = Scores()
    nlp = load_nlp()
    shown = {"miss": 0, "false_positive": 0}
    dump_file = dump.open("w", encoding="utf-8") if dump else None
    began = time.perf_counter()
    docs = nlp.pipe((r["text"] for r in records), batch_size=16, n_process=processes)
    for record, doc in zip(records, docs, strict=True):
        scores.attributions += len(record["attributions"])
        scores.attributions_with_source += sum(
            1 for a in record["attributions"] if a["has_source"] and a["source"]
        )
        try:
            attributions = find_attributions(doc)
        except Exception as error:  # noqa: BLE001 - one failing article must not stop the run
            scores.failures += 1
            print(f"{record['id']}: find_attributions failed: {error!r}", file=sys.stderr)
            attributions = []
        if not keep_nested:
            attributions = univocal(attributions)
        gold_source, gold_cue, gold_content = gold_spans(record)
        predicted_source, predicted_cue, predicted_content = predicted_spans(attributions)
        source_matching = match(gold_source, predicted_source)
        scores.source.add(len(source_matching.pairs), len(gold_source), len(predicted_source))
        scores.nested_spurious += sum(
            nested(predicted_source[p], gold_content) for p in source_matching.spurious
        )
        scores.cue.add(len(match(gold_cue, predicted_cue).pairs), len(gold_cue), len(predicted_cue))
        scores.content.add(*content_counts(gold_content, predicted_content, len(record["text"])))
        for kind, gold, predicted in (
            ("source", gold_source, predicted_source),
            ("cue", gold_cue, predicted_cue),
        ):
            for row in error_rows(record, kind, gold, predicted):
                if dump_file:
                    dump_file.write(json.dumps(row, ensure_ascii=False) + "\n")
                if kind == "source" and shown[row["error"]] < show_errors:
                    shown[row["error"]] += 1
                    print(f"{row['error']} source {row['text']!r} | {row['context']}")
    elapsed = time.perf_counter() - began
    if dump_file:
        dump_file.close()
    return scores, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="K",
        help="print K missed and K spurious source spans",
    )
    parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--dump", type=Path, default=None, help="write every error as JSONL")
    parser.add_argument(
        "--keep-nested",
        action="store_true",
        help="score every attribution as found, without mapping to PolNeAR's univocal scheme",
    )
    args = parser.parse_args()
    records = read_records(args.path, args.limit)
    scores, elapsed = evaluate(
        records, args.processes, args.show_errors, args.dump, args.keep_nested
    )
    print(f"file: {args.path.name}, articles: {len(records)}, attributions: {scores.attributions}")
    print(f"throughput: {len(records) / elapsed:.1f} articles/s ({elapsed:.1f} s)")
    if scores.failures:
        print(f"articles where find_attributions raised: {scores.failures}")
    source = scores.source
    print(source.line("source spans"))
    outer = Tally(source.matched, source.gold, source.predicted - scores.nested_spurious)
    print(
        f"  spurious sources nested inside a gold content: {scores.nested_spurious}; "
        f"precision without them: {outer.precision:.3f} (f1 {outer.f1:.3f})"
    )
    print(scores.cue.line("cue spans"))
    print(scores.content.line("content characters"))
    print(
        f"n={scores.attributions_with_source} source_p={source.precision:.3f} "
        f"source_r={source.recall:.3f} source_f1={source.f1:.3f} cue_f1={scores.cue.f1:.3f}"
    )


if __name__ == "__main__":
    main()
