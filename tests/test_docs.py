"""The CLI reference documents every command, its one-line help and every option."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
import typer

from claimtrail.cli import app

DOCS = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented(name: str):
    command = COMMANDS[name]
    assert f"## `claimtrail {name}`" in DOCS
    first_line = (command.help or "").strip().splitlines()[0]
    assert first_line in DOCS, f"the help of {name!r} differs from docs/cli.md"
    for param in command.params:
        if isinstance(param, click.Option):
            assert any(opt in DOCS for opt in param.opts), (
                f"{name}: option {param.opts} undocumented"
            )
