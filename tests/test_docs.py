"""The README is what users read first: its commands must exist and it must open right."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]


def test_every_command_in_the_readme_exists_and_every_command_is_documented():
    blocks = "\n".join(README.split("```")[1::2])
    used = set(re.findall(r"^detente (\w+)", blocks, flags=re.MULTILINE))
    assert used <= set(cli.commands), used - set(cli.commands)
    assert set(cli.commands) <= used, set(cli.commands) - used


def test_every_command_has_help():
    runner = CliRunner()
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_the_python_example_in_the_readme_runs(tmp_path, monkeypatch, capsys):
    """The API tour must work as printed (run from the repository root)."""
    block = README.split("```python")[1].split("```")[0]
    repo = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(repo)
    block = block.replace('"news.duckdb"', repr(str(tmp_path / "news.duckdb")))
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "TURGOV CONSULT RUSGOV 2021-10-01" in out and "2020" in out and "index" in out
