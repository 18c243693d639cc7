"""What a database holds, read through SQLAlchemy's inspector (shared by the store tests)."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect


def index_names(url: str) -> set[str]:
    """Names of every index on every table of the database at `url`."""
    engine = create_engine(url)
    with engine.connect() as conn:
        inspector = inspect(conn)
        names = {i["name"] for t in inspector.get_table_names() for i in inspector.get_indexes(t)}
    engine.dispose()
    return names
