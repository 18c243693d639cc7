"""Without Dask, asking for workers fails with one line naming the extra to install."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail import ledger
from claimtrail.cli import app
from claimtrail.scale import dask_ingest


@pytest.fixture
def no_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_ingest, "Client", None)


@pytest.mark.usefixtures("no_dask")
def test_library_names_the_extra(tmp_path: Path) -> None:
    with pytest.raises(dask_ingest.ScaleUnavailable, match=r"claimtrail\[scale\]"):
        ledger.ingest_paths([str(tmp_path)], f"sqlite:///{tmp_path / 'l.db'}", workers=2)


@pytest.mark.usefixtures("no_dask")
@pytest.mark.parametrize("flag", [["--workers", "2"], ["--scheduler", "tcp://127.0.0.1:1"]])
def test_cli_prints_one_line_and_exits_2(tmp_path: Path, flag: list[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police said a bus overturned near Kelso on Friday.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", db, *flag])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {dask_ingest.MISSING_DASK}"
