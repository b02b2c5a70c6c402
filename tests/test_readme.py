"""The README documents what the code offers: every setting, every subcommand, both commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import cli
from app.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    aliases = {f.alias for f in Settings.model_fields.values() if f.alias}
    missing = sorted(a for a in aliases if f"`{a}`" not in README)
    assert not missing, f"README's Configuration lacks {missing}"


def test_every_subcommand_is_documented() -> None:
    parser = cli.build_parser()
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = sorted(c for c in commands if f"`chokepoint {c}" not in README)
    assert not missing, f"README's command table lacks {missing}"


def test_the_two_commands_and_sections() -> None:
    assert "make run" in README and "make test" in README and "http://127.0.0.1:8000" in README
    for section in ("## Configuration", "## Production on Neo4j", "## Architecture",
                    "## Extraction quality", "## API", "## Reliability", "## Benchmarks",
                    "## Licences"):
        assert section in README
