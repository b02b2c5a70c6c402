"""API fixtures: the app on the test's own graph, a TestClient, and a small known graph."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
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


@pytest.fixture
def live_server(settings: Settings, chain: GraphEngine) -> Iterator[str]:
    """The app over the `chain` graph on a real uvicorn server on loopback, in a thread."""
    config = uvicorn.Config(create_app(settings, chain), host="127.0.0.1", port=0,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
