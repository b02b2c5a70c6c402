"""Fixtures of the reliability suite: an API client on the test's graph, the figures file.

Every figure the README's reliability section quotes is recorded by :func:`figures`: printed
(visible with ``-s``), attached to the test report (``record_property``) and merged into
``reliability-figures.json`` in pytest's base temp directory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from graph.base import GraphEngine


@pytest.fixture
def client(settings: Settings, engine: GraphEngine) -> Iterator[TestClient]:
    """The app in-process on the test's fresh graph (the engine outlives the app)."""
    with TestClient(create_app(settings, engine), raise_server_exceptions=False) as c:
        yield c


_FIGURES = "reliability-figures.json"


@pytest.fixture
def figures(
    record_property: Callable[[str, object], None], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str, object], None]:
    """Record a reliability figure: printed, on the test report, and in the figures JSON."""
    path = Path(tmp_path_factory.getbasetemp()) / _FIGURES

    def record(name: str, value: object) -> None:
        print(f"\nRELIABILITY {name} = {value}")
        record_property(name, value)
        data = json.loads(path.read_text()) if path.exists() else {}
        data[name] = value
        path.write_text(json.dumps(data, indent=2, sort_keys=True))

    return record
