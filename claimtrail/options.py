"""One Options object handed to every stage, instead of many keyword arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "sqlite:///claimtrail.db"


@dataclass(frozen=True)
class Options:
    spacy_model: str | None = None  # None: $CLAIMTRAIL_SPACY_MODEL, else the default pipeline
    max_bytes: int = 20_000_000  # larger inputs are rejected with a reason

    @staticmethod
    def db_url(given: str | None = None) -> str:
        """--db, else $CLAIMTRAIL_DB, else a SQLite file in the working folder."""
        return given or os.environ.get("CLAIMTRAIL_DB") or DEFAULT_DB
