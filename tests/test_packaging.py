"""The extractor's reference data ships inside the wheel, so a non-editable install works."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import loaders.gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _package_data() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    packages = setuptools["packages"]["find"]["include"]
    data = setuptools["package-data"]
    return {name: data.get(name, []) for name in packages if name.startswith("data")}


def test_every_file_the_extractor_reads_is_package_data() -> None:
    shipped = _package_data()
    data_dir = loaders.gazetteer.DATA_DIR
    read_at_run_time = [
        p for d in ("gazetteer", "patterns", "relations") for p in (data_dir / d).iterdir()
    ]
    assert read_at_run_time
    for path in read_at_run_time:
        package = "data." + path.parent.name
        assert package in shipped, f"{package} is not a package of the wheel"
        assert any(fnmatch.fnmatch(path.name, glob) for glob in shipped[package]), (
            f"{path.relative_to(ROOT)} is not matched by package-data {shipped[package]}"
        )
