"""A video's page copied with its transcript panel open: the spoken words are the article,
not the site around them.

A video site shows its menu, the video's title, the channel with its count of subscribers,
the views with the day the video was streamed or published ('12,408 views  Streamed live
on Jan 15, 2032'), a description, perhaps a list of chapters, then the transcript: a few
words of caption under each time stamp ('0:06', '1:02:33'), or after it on the same line,
sentences broken across captions, '>>' where another person speaks and sound cues such as
'[Music]'. Viewers' comments and the next videos follow.

The page is read as its title, its channel (as the publisher, on a 'Channel:' line the
header reads), the day, and the transcript joined into paragraphs, a new one at each change
of speaker or sound cue. What stands after the transcript (comments, the next videos) is
no part of the broadcast; a viewer's comment is no report. Left as it was, every caption
would be a line of its own and its time stamp a word of the sentence it breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MIN_CUES = 12
"""Captions in a row that make a run of stamped lines a transcript, not a list of chapters."""

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_STAMP_ALONE = re.compile(rf"^{_STAMP}$")
_STAMP_BEFORE_TEXT = re.compile(rf"^{_STAMP}\s+(?P<text>\S.*)$")
_SOUND_CUE = re.compile(r"^\[[^\]]{1,30}\]$")  # '[Music]', '[Applause]'
_SPEAKER_CHANGE = ">>"
_COUNTED = r"[\d.,]+\s?[KkMm]?"
_VIEWS = re.compile(rf"^{_COUNTED}\s+views?\b[\s·•]*(?P<rest>.*)$", re.IGNORECASE)
_TAGS_AFTER = re.compile(r"(?:\s+#\w+)+\s*$")
_SUBSCRIBERS = re.compile(rf"^{_COUNTED}\s+subscribers?$", re.IGNORECASE)


def caption_lines(lines: Sequence[str]) -> list[str]:
    """The video's title, channel and day over its transcript's paragraphs; `lines` as
    they are when the page holds no transcript or no channel above it."""
    run = _longest_caption_run(lines)
    if run is None:
        return list(lines)
    start, end = run
    header = _video_header(lines[:start])
    if not header:
        return list(lines)
    return [*header, "", *_paragraphs(lines[start:end])]


def _longest_caption_run(lines: Sequence[str]) -> tuple[int, int] | None:
    """Where the longest run of captions starts and ends, when it holds enough captions."""
    best: tuple[int, int, int] | None = None  # captions, start, end
    number = 0
    while number < len(lines):
        captions, end = _captions_from(lines, number)
        if captions and (best is None or captions > best[0]):
            best = (captions, number, end)
        number = max(end, number + 1)
    if best is None or best[0] < MIN_CUES:
        return None
    return best[1], best[2]


def _captions_from(lines: Sequence[str], start: int) -> tuple[int, int]:
    """How many captions follow one another from `start`, and the line after the last."""
    captions, number = 0, start
    while number < len(lines):
        line = lines[number].strip()
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if _STAMP_ALONE.match(line) and following and not _STAMP_ALONE.match(following):
            number += 2
        elif _STAMP_BEFORE_TEXT.match(line):
            number += 1
        else:
            break
        captions += 1
    return captions, number


def _video_header(lines: Sequence[str]) -> list[str]:
    """The title, the channel as a labelled line and the day, from the lines above the
    transcript; nothing when no channel stands over a count of subscribers."""
    channel = next(
        (n - 1 for n in range(1, len(lines)) if _SUBSCRIBERS.match(lines[n].strip())), None
    )
    if channel is None or not lines[channel].strip():
        return []
    title = next((lines[n].strip() for n in range(channel - 1, -1, -1) if lines[n].strip()), "")
    day = next((_day(m["rest"]) for line in lines if (m := _VIEWS.match(line.strip()))), "")
    return [title, "", f"Channel: {lines[channel].strip()}", *([day] if day else [])]


def _day(rest: str) -> str:
    """'Jan 15, 2032' of 'Streamed live on Jan 15, 2032' (and of 'May 17, 2033  #Kaduna
    #Security', the video's tags after its day)."""
    rest = _TAGS_AFTER.sub("", rest)
    lowered = rest.lower()
    for label in sorted(_words()["day_labels"], key=len, reverse=True):
        if lowered.startswith(label + " "):
            return rest[len(label) + 1 :].strip()
    return rest.strip()


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """The captions' words joined, a paragraph for each stretch between changes of speaker
    and sound cues, each followed by a blank line."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        text = line.strip()
        stamped = _STAMP_BEFORE_TEXT.match(text)
        text = stamped["text"] if stamped else text
        if not text or _STAMP_ALONE.match(text):
            continue
        if _SOUND_CUE.match(text) or text.startswith(_SPEAKER_CHANGE):
            paragraphs.append([])
        text = text.removeprefix(_SPEAKER_CHANGE).strip()
        if text and not _SOUND_CUE.match(text):
            paragraphs[-1].append(text)
    kept: list[str] = []
    for words in paragraphs:
        if words:
            kept.extend([_closed(" ".join(words)), ""])
    return kept


def _closed(paragraph: str) -> str:
    """A stretch of speech ends at its sound cue or change of speaker: automatic captions
    carry no full stop, and without one the stretch would run on into the next as one
    sentence ('... for the weather' after the police statement and the blockade)."""
    return paragraph if paragraph[-1] in _CLOSING else f"{paragraph}."


_CLOSING = frozenset(".!?\"'”’…")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data = read_data("ingest.json")["video_page"]
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}
