"""API fixtures: the app on the test's own graph, a TestClient, and a small known graph."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sample_graph import SUPPLY_CHAIN

from app.main import create_app
from app.services.exchange import import_node_link
from app.settings import Settings
from graph.base import GraphEngine


@pytest.fixture
def client(settings: Settings, engine: GraphEngine) -> Iterator[TestClient]:
    """A TestClient over the app, bound to the test's fresh graph (write key 'test-key')."""
    with TestClient(create_app(settings, engine)) as c:
        yield c


@pytest.fixture
def chain(engine: GraphEngine) -> GraphEngine:
    """The engine holding :data:`SUPPLY_CHAIN`."""
    import_node_link(engine, SUPPLY_CHAIN)
    return engine
