"""How often a page's header still reads the same when a line no rule knows is added to it.

Every site prints lines of its own above a story (the saint of the day, tide tables, prayer
times, a lottery draw), and no vocabulary can list them all. This script takes every gold
article (own and held-out), reads its title, publisher, date and writers, then adds one
invented line at the top of the page, or right above the headline, and reads the header
again. It prints, per line and position, the share of pages whose reading did not change.

    python benchmarks/header_robustness.py [FOLDER ...] [--show N]

Pages whose header gives no title are left out: there is no headline to stand above.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimtrail.ingest.decode import decode_bytes
from claimtrail.ingest.frontmatter import split_front_matter
from claimtrail.ingest.metadata import read_metadata
from claimtrail.ingest.text import page_lines

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "heldout")
# invented lines of the kinds sites print above a story; none is in any vocabulary
UNSEEN_LINES = (
    "Feast of Saint Barbara, patron of miners and gunners",
    "Air quality now: 152, unhealthy for sensitive groups",
    "Prayer times Fajr 05:12 Dhuhr 12:04 Asr 15:01",
    "Lottery results Thursday draw 4 17 22 31 40",
    "Fuel prices this week: petrol 2.41, diesel 2.18",
    "Sunrise 06:41 Sunset 17:02",
    "Exchange rates USD 12,640.5 EUR 13,702.1",
    "Pollen count today is high.",
)


def reading(lines: list[str]) -> tuple:
    meta = read_metadata(lines)
    return meta.title, meta.publisher, meta.published, tuple(meta.authors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--show", type=int, default=0, help="print N changed readings")
    args = parser.parse_args()
    pages = []
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            # as the reader sees the page: less front matter, saving services' lines and wrapping
            _, raw = split_front_matter(decode_bytes(path.read_bytes()).split("\n"))
            lines = page_lines(raw)
            base = reading(lines)
            title_at = next(
                (n for n, text in enumerate(lines) if base[0] and base[0] in text), None
            )
            if title_at is not None:
                pages.append((path.name, lines, base, title_at))
    print(f"pages with a title: {len(pages)}")
    changed = []
    for where in ("top", "above the headline"):
        for unseen in UNSEEN_LINES:
            same = 0
            for name, lines, base, title_at in pages:
                at = 0 if where == "top" else title_at
                now = reading([*lines[:at], unseen, "", *lines[at:]])
                same += now == base
                if now != base:
                    changed.append((name, where, unseen, now[:3]))
            print(f"{where:>18} | {unseen[:40]:<40} | {same / len(pages):.3f}")
    for row in changed[: args.show]:
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
