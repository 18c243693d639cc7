"""A report's footnotes copied from a word processor: the markers that lost their
superscript.

A report cites its sources in footnotes: a marker after the sentence ('... tried to
flee.³') and, at the end of the document, the note under its number ('3 Interview with a
community leader of Ndim, Bocaranga, 20 January 2032.'). Copied as text the superscript is
lost: the marker is glued to the full stop ('flee.3 According to ...'), which hides where the
sentence ends, and sticks to the word before it as a number. Where the document ends with its
notes, numbered in order, a marker glued after a sentence's last word and its full stop is set
in brackets ('flee.[3] According to ...'), as other copies print it ('flee.[3]'); the notes
stay where they stand, as the record of who told what (`claimtrail.nlp.attribution` reads
them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_NOTES = 2
"""A run of at least this many numbered notes, in order, ends the document."""

NOTE = re.compile(r"^\s*\[?(?P<number>\d{1,3})\]?\s+(?P<text>[A-Z][^\n]*)$")
"""'3 Interview with ...' or '[3] Interview with ...': a note under its number."""
_GLUED_MARK = re.compile(r"(?<=[a-z\)”\"’][.!?])(?P<number>\d{1,3})(?=\s|$)")


def bracketed_note_marks(lines: Sequence[str]) -> list[str]:
    """`lines` with the markers glued after sentences set in brackets, where the document
    ends with its numbered notes; as they are otherwise."""
    first, numbers = notes_at_end(lines)
    if len(numbers) < MIN_NOTES:
        return list(lines)

    def bracketed(m: re.Match[str]) -> str:
        number = int(m.group("number"))
        return f"[{number}]" if number in numbers else m.group()

    return [_GLUED_MARK.sub(bracketed, line) for line in lines[:first]] + list(lines[first:])


def notes_at_end(lines: Sequence[str]) -> tuple[int, frozenset[int]]:
    """Where the last run of notes numbered 1, 2, 3 ... begins, and their numbers; lines
    that are no note (an address under the notes) may follow it, blank lines part them."""
    run: list[tuple[int, int]] = []  # (line, number), of the run being read
    best: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        m = NOTE.match(line)
        if m is None:
            if line.strip() and run and len(run) >= MIN_NOTES:
                best = run
            if line.strip():
                run = []
            continue
        number = int(m.group("number"))
        if number == (run[-1][1] + 1 if run else 1):
            run.append((index, number))
        elif number == 1:
            run = [(index, number)]
        else:
            run = []
    if len(run) >= MIN_NOTES:
        best = run
    if not best:
        return len(lines), frozenset()
    return best[0][0], frozenset(number for _, number in best)
