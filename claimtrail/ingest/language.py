"""Is this English? A cheap, explainable check instead of a language-identification model.

Two signals, each with a figure that goes into the rejection reason:
1. the share of letters outside the Latin script (Arabic, Cyrillic, CJK ... text);
2. the share of English function words among word tokens. English prose keeps this share
   high (typically 35-50 %) even when dense with names; French, Spanish or German prose
   shares only a few such words ("a", "in", "was") and stays far below.
Texts too short for the second signal to be stable are given the benefit of the doubt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimtrail.errors import InputRejected

_DATA = Path(__file__).resolve().parent.parent / "data" / "english_function_words.json"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

MIN_WORDS = 25
"""Below this many word tokens the function-word share says too little to reject on."""
MIN_FUNCTION_SHARE = 0.12
"""English prose, even a list of names and places, stays above this share."""
MAX_NON_LATIN_SHARE = 0.40
"""English with quoted foreign names stays far below this share of non-Latin letters."""


@dataclass(frozen=True)
class LanguageEvidence:
    words: int
    function_share: float
    non_latin_share: float


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    words = json.loads(_DATA.read_text(encoding="utf-8"))["words"]
    if not words or any(w != w.lower() or " " in w for w in words):
        raise ValueError(f"{_DATA.name}: words must be single lowercase tokens")
    return frozenset(words)


def measure(text: str) -> LanguageEvidence:
    """The figures the decision rests on."""
    tokens = [t.lower().replace("’", "'") for t in _WORD.findall(text)]
    vocab = function_words()
    hits = sum(1 for t in tokens if t in vocab)
    letters = [ch for ch in text if ch.isalpha()]
    non_latin = sum(1 for ch in letters if not _is_latin(ch))
    return LanguageEvidence(
        words=len(tokens),
        function_share=hits / len(tokens) if tokens else 0.0,
        non_latin_share=non_latin / len(letters) if letters else 0.0,
    )


def check_english(text: str) -> LanguageEvidence:
    """Return the evidence if `text` looks English; raise InputRejected otherwise."""
    evidence = measure(text)
    if evidence.non_latin_share > MAX_NON_LATIN_SHARE:
        raise InputRejected(
            "language looks like not English "
            f"(non-Latin letters {evidence.non_latin_share:.0%} of letters); skipped"
        )
    if evidence.words >= MIN_WORDS and evidence.function_share < MIN_FUNCTION_SHARE:
        raise InputRejected(
            "language looks like not English "
            f"(English function words {evidence.function_share:.0%} of words); skipped"
        )
    return evidence


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")
