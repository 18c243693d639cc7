"""A group chat exported from a messaging app: the members' messages, not the app's lines.

An export opens with a line naming the chat ('WhatsApp Chat with <group>') or with its
first message, and gives every message on a line of its own after its stamp, the day and
the time ('[14/10/2032, 07:31] Name: message', or '14/10/2032, 07:31 - Name: message'),
a long message going on over the lines below. The app adds lines of its own: that media
was left out, that a message was deleted, that a member joined or left, an encryption
notice, a shared location.

The group's name is the title (the header takes it from the line that names the chat) and
the day of the last message the day of the export; the
messages keep their stamps, since what a member calls 'last night' is the night before the
message, not before the export (see `claimtrail.nlp.dates.message_stamps`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimtrail.vocab import read_data

MIN_STAMPED_LINES = 3
"""Messages among the first lines that make a page a chat's export."""
FIRST_LINES = 15

# '[14/10/2032, 07:31] ', '14/10/2032, 07:31 - ', '10/14/32, 7:31 PM - ': the message's stamp
STAMP_HEAD = (
    r"^\[?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{2,4}),?\s+\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?(?:\s?[APap]\.?[Mm]\.?)?"
)
STAMP = re.compile(STAMP_HEAD + r"(?:\]\s*|\s+[-–]\s+)")
_SENDER = re.compile(r"^(?P<name>[^:]{1,60}):\s")


def chat_lines(lines: Sequence[str]) -> list[str]:
    """The chat's name over the day of its last message, then the members' messages with
    their stamps; `lines` as they are when the page is no chat's export."""
    first = [n for n, line in enumerate(lines) if line.strip()][:FIRST_LINES]
    if sum(1 for n in first if STAMP.match(lines[n].strip())) < MIN_STAMPED_LINES:
        return list(lines)
    stamped = [n for n, line in enumerate(lines) if STAMP.match(line.strip())]
    name = _chat_name_line(lines, stamped[0])
    last = STAMP.match(lines[stamped[-1]].strip())
    day = f"{last['a']}/{last['b']}/{last['y']}" if last else ""
    kept = [name, "", day, ""] if name else [day, ""]
    for number in range(stamped[0], len(lines)):
        line = lines[number].rstrip()
        if STAMP.match(line.strip()) and _from_the_app(line.strip()):
            continue
        if STAMP.match(line.strip()) and kept and kept[-1]:
            kept.append("")  # each message a paragraph of its own
        kept.append(line)
    return kept


def _chat_name_line(lines: Sequence[str], first_message: int) -> str | None:
    """The line that names the chat above the first message."""
    return next((line.strip() for line in lines[:first_message] if chat_name(line)), None)


def chat_name(line: str) -> str | None:
    """'Valley Stringers' of 'WhatsApp Chat with Valley Stringers', else None."""
    lowered = line.strip().lower()
    for title in _words()["chat_titles"]:
        if lowered.startswith(title + " "):
            return line.strip()[len(title) + 1 :].strip() or None
    return None


def _from_the_app(line: str) -> bool:
    """A line the app wrote: media left out, a deletion, a member joining or leaving."""
    stamp = STAMP.match(line)
    rest = line[stamp.end() :] if stamp else line
    sender = _SENDER.match(rest)
    said = rest[sender.end() :] if sender else rest
    lowered, words = said.strip().lower(), _words()
    if lowered in words["system_texts"] or any(
        lowered.startswith(o) for o in words["system_openers"]
    ):
        return True
    return sender is None and any(
        lowered.endswith(e) or e.strip() in lowered for e in words["system_endings"]
    )


@cache
def _words() -> dict[str, frozenset[str]]:
    data = read_data("ingest.json")["chat_export"]
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
