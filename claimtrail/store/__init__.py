"""The ledger's storage: a `Store` Protocol and `open_store`, its SQL implementation.

store = open_store("sqlite:///claimtrail.db")   # or "sqlite://", "postgresql://..."
store.save_reading(reading, pipeline_version="0.1.0")
"""

from claimtrail.store.base import Store
from claimtrail.store.sql import open_store

__all__ = ["Store", "open_store"]
