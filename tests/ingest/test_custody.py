"""Chain of custody: raw bytes kept by SHA-256 with capture details; bad inputs recorded."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from claimtrail.cli import app
from claimtrail.errors import InputRejected
from claimtrail.ingest.custody import read_file_limited, read_limited
from claimtrail.ledger import custody_of, ingest_paths
from claimtrail.store import open_store, schema

ARTICLE = (
    "Storm damage closed the coast road near Kelby on Sunday, the highways agency said.\n\n"
    "Crews were clearing fallen trees and the road was expected to reopen by the evening.\n"
)


class Endless:
    """A stream that never ends, counting what was taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def read(self, size: int) -> bytes:
        self.taken += size
        return b"x" * size


def test_size_is_checked_while_reading():
    stream = Endless()
    with pytest.raises(InputRejected, match="too large"):
        read_limited(stream, 1_000_000, "file")
    assert stream.taken < 1_200_000


def test_enormous_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    with pytest.raises(InputRejected, match="too large"):
        read_file_limited(path, 20_000_000)


def test_raw_bytes_and_capture_are_kept(tmp_path):
    path = tmp_path / "kelby.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    ingest_paths([path], db)
    store = open_store(db)
    try:
        article = store.readings()[0].article
        (link,) = custody_of(db, article.id)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert link.capture.sha256 == sha and link.path == str(path)
        assert link.capture.origin == str(path) and link.capture.captured_at.endswith("+00:00")
        assert link.capture.reader_version and link.capture.status is None
        assert store.custody_data(sha) == path.read_bytes()
    finally:
        store.close()


def test_same_bytes_twice_are_one_record(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    summary = ingest_paths([tmp_path], db)
    assert (summary.stored, summary.unchanged) == (1, 1)
    engine = create_engine(db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from custody").scalar_one() == 1
        assert conn.exec_driver_sql("select count(*) from article_custody").scalar_one() == 2
    engine.dispose()


def test_version_2_database_gains_the_custody_tables(tmp_path):
    db = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(db)
    with engine.begin() as conn:
        schema.migrate(conn, schema.MIGRATIONS[:2])
    open_store(db).close()
    tables = set(inspect(engine).get_table_names())
    assert {"custody", "article_custody"} <= tables
    engine.dispose()


BAD = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 8,
    "cp1251.txt": ("Шторм закрыл прибрежную дорогу в воскресенье. " * 3).encode("cp1251"),
    "utf32.txt": ARTICLE.encode("utf-32-le"),
    "mixed.txt": ARTICLE.replace("Kelby", "Kelbé").encode() + "Kelbé".encode("latin-1"),
    "french.md": (
        "Des tempêtes ont fermé la route côtière dimanche selon les autorités, et les équipes "
        "dégageaient les arbres tombés pendant toute la journée dans la région du nord."
    ).encode(),
}


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    for name, data in BAD.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "skip.txt").write_text(ARTICLE + "More.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--exclude", "skip.*"])
    assert result.exit_code == 1
    report = runner.invoke(app, ["ingest", "--report", "--db", db])
    assert report.exit_code == 0
    for name in BAD:
        assert name in report.output
    assert "not English" in report.output and "good.txt" not in report.output
    store = open_store(db)
    assert store.stats()["articles"] == 1 and len(store.rejections()) == len(BAD)
    store.close()
