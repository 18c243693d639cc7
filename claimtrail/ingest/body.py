"""From the lines left after the header is read to the cleaned body: `Article.text`.

Steps, in order:
1. group lines into blocks at blank lines, dropped (metadata) lines and separator lines;
2. split each block into paragraphs: a list item starts one, and a line break is kept only
   where the text says a paragraph ends (terminal punctuation, then a capital) unless the
   block is hard-wrapped prose;
3. join a paragraph to the one before when a stray blank line cut a sentence (the first
   ends without terminal punctuation, and the second starts in lowercase or the first ends
   on a word no sentence ends with, such as "the" or "on");
4. reduce markup to plain words, normalise spaces, cut a copyright notice glued to a
   paragraph's end and a transcript's time code and staff speaker label from its start,
   drop boilerplate paragraphs;
5. join paragraphs with one blank line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimtrail.ingest.boilerplate import (
    is_boilerplate,
    trim_trailing_notice,
    without_staff_speaker,
)
from claimtrail.ingest.markup import (
    ends_sentence,
    is_list_item,
    is_separator,
    squash_spaces,
    strip_list_marker,
    strip_markup,
)

_WORDS = Path(__file__).resolve().parent.parent / "data" / "english_function_words.json"
ENDING_CHARS = 300
WRAP_WIDTHS = (40, 120)
"""Hard-wrapped prose has its longest line within these widths ..."""
WRAP_MIN_FILL = 0.75
"""... and every line but the last filled to this share of the longest one."""
HEADING_MAX_WORDS = 16
"""A heading closed by its source ('..., source says') is at most this long."""
CREDIT_MAX_WORDS = 4
"""Words after the heading's last comma, the verb included: 'the army's spokesman says'."""


@dataclass
class _Paragraph:
    """A paragraph being assembled; its lines are kept apart until the end (linear joins)."""

    parts: list[str]
    item: bool  # a list item: never merged into its neighbours

    @classmethod
    def of(cls, line: str) -> _Paragraph:
        if is_list_item(line):
            return cls([strip_list_marker(line).strip()], True)
        return cls([line.strip()], False)

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def clean_body(lines: Sequence[str], dropped: Iterable[int] = (), staff: Sequence[str] = ()) -> str:
    """The article body from raw `lines`, leaving out the line numbers in `dropped`;
    `staff` are the outlet's people named in the header, whose speaker labels are cut."""
    paragraphs: list[_Paragraph] = []
    for block in _blocks(lines, frozenset(dropped)):
        paragraphs.extend(_split_block(block))
    paragraphs = _join_cut_sentences(paragraphs)
    kept = []
    for paragraph in paragraphs:
        text = trim_trailing_notice(squash_spaces(strip_markup(paragraph.text)))
        text = without_staff_speaker(text, staff)
        if text and not is_boilerplate(text):
            kept.append(text)
    return "\n\n".join(kept)


def _blocks(lines: Sequence[str], dropped: frozenset[int]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for number, line in enumerate(lines):
        if number in dropped or not line.strip() or is_separator(line):
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line.rstrip())
    return [block for block in blocks if block]


def _split_block(block: list[str]) -> list[_Paragraph]:
    wrapped = _is_hard_wrapped(block)
    paragraphs = [_Paragraph.of(block[0])]
    for previous, line in zip(block, block[1:], strict=False):
        if is_list_item(line) or not _continues(previous, line, wrapped):
            paragraphs.append(_Paragraph.of(line))
        else:
            paragraphs[-1].parts.append(line.strip())
    return paragraphs


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    # A lowercase start continues a sentence even after a full stop ("U.S.\nofficials").
    return wrapped or _starts_lowercase(line) or _dangles(previous)


def _dangles(text: str) -> bool:
    """Whether `text` stops on a word no sentence ends with ("... she has faced on")."""
    plain = _ending(text)
    if not plain or ends_sentence(plain):
        return False
    if plain.isupper():
        return False  # a crosshead in capitals ('AVATIU: DRUGS ON YACHT, SOURCE SAYS')
    if _credits_a_source(plain):
        return False  # a crosshead naming its source ('PA forces detain seven, source says')
    last = plain.split()[-1].lower()
    return last in _continuation_words()


def _credits_a_source(text: str) -> bool:
    """Whether `text` is a short heading closed by its source after a comma."""
    words = text.split()
    if len(words) > HEADING_MAX_WORDS or words[-1].lower() not in _headline_credit_verbs():
        return False
    credit = text.rsplit(",", 1)
    return len(credit) == 2 and 1 <= len(credit[1].split()) <= CREDIT_MAX_WORDS


@lru_cache(maxsize=1)
def _headline_credit_verbs() -> frozenset[str]:
    return frozenset(json.loads(_WORDS.read_text(encoding="utf-8"))["headline_credit_verbs"])


@lru_cache(maxsize=1)
def _continuation_words() -> frozenset[str]:
    raw = json.loads(_WORDS.read_text(encoding="utf-8"))["continuation_words"]
    if not raw or any(w != w.lower() for w in raw):
        raise ValueError(f"{_WORDS.name}: continuation_words must be lowercase words")
    return frozenset(raw)


def _join_cut_sentences(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    joined: list[_Paragraph] = []
    for paragraph in paragraphs:
        if (
            joined
            and not paragraph.item
            and not ends_sentence(_ending(joined[-1].parts[-1]))
            and (_starts_lowercase(paragraph.parts[0]) or _dangles(joined[-1].parts[-1]))
        ):
            joined[-1].parts.extend(paragraph.parts)
        else:
            joined.append(paragraph)
    return joined


def paragraph_continues(block: list[str]) -> bool:
    """Whether the second line of `block` continues the paragraph its first line opens."""
    wrapped = _is_hard_wrapped(block)
    return _continues(block[0], block[1], wrapped) and not is_list_item(block[1])


def _is_hard_wrapped(block: list[str]) -> bool:
    if len(block) < 2 or any(is_list_item(line) for line in block):
        return False
    widths = [len(line.strip()) for line in block]
    widest = max(widths)
    filled = all(w >= WRAP_MIN_FILL * widest for w in widths[:-1])
    return WRAP_WIDTHS[0] <= widest <= WRAP_WIDTHS[1] and filled


def _plain(text: str) -> str:
    return strip_markup(text).strip()


def _ending(text: str) -> str:
    # Only the last characters decide how a paragraph ends; keeps long paragraphs linear.
    return _plain(text[-ENDING_CHARS:])


def _starts_lowercase(text: str) -> bool:
    plain = _plain(text[:ENDING_CHARS]).lstrip("\"'“‘([")
    return bool(plain) and plain[0].islower()
