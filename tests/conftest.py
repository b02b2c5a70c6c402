"""Shared fixtures: one embedded FalkorDB server per test session, one fresh graph per test.

Set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) to also run the
engine-parametrised tests against Neo4j.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import Settings
from graph.base import GraphEngine
from graph.embedded import FalkorDBEngine
from graph.embedded_server import EmbeddedServer

_graph_ids = itertools.count()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's embedded-engine data directory."""
    return tmp_path_factory.mktemp("chokepoint-data")


@pytest.fixture(scope="session", autouse=True)
def stop_orphaned_servers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Stop the servers that killed earlier sessions left running in their temporary
    directories (a server some process still uses is left alone)."""
    for state in tmp_path_factory.getbasetemp().parent.glob("pytest-*/**/engine.json"):
        EmbeddedServer(state.parent).stop_if_unused()


@pytest.fixture(scope="session")
def embedded_server(data_dir: Path) -> Iterator[FalkorDBEngine]:
    """Keeps one embedded server up for the whole session (other engines reuse it)."""
    keeper = FalkorDBEngine(data_dir, graph_name="session_keeper")
    yield keeper
    keeper.close()


@pytest.fixture
def settings(data_dir: Path, embedded_server: FalkorDBEngine) -> Settings:
    """Settings pointing at the session's data dir, with a fresh graph name and a write key."""
    return Settings(
        CHOKEPOINT_DATA_DIR=data_dir,
        CHOKEPOINT_GRAPH=f"test_{os.getpid()}_{next(_graph_ids)}",
        CHOKEPOINT_API_KEY="test-key",
    )


@pytest.fixture
def engine(settings: Settings) -> Iterator[GraphEngine]:
    """An embedded engine on an empty graph of its own, schema bootstrapped."""
    e = FalkorDBEngine(settings.data_dir, settings.graph_name)
    e.bootstrap_schema()
    yield e
    e.clear()
    e.graph.delete()
    e.close()


def neo4j_settings() -> Settings | None:
    """Settings for Neo4j when NEO4J_URI is set, else None."""
    if not os.environ.get("NEO4J_URI"):
        return None
    return Settings(CHOKEPOINT_BACKEND="neo4j")


ENGINES = ["embedded", "neo4j"]


@pytest.fixture(params=ENGINES)
def any_engine(request: pytest.FixtureRequest, settings: Settings) -> Iterator[GraphEngine]:
    """Each engine in turn: the embedded one always, Neo4j when NEO4J_URI is set."""
    if request.param == "neo4j":
        s = neo4j_settings()
        if s is None:
            pytest.skip("Neo4j conformance: NEO4J_URI is not set (no Neo4j server here)")
        from graph.neo4j_engine import Neo4jEngine

        e: GraphEngine = Neo4jEngine(
            s.neo4j_uri or "", s.neo4j_user, s.neo4j_password.get_secret_value(), s.neo4j_database
        )
        e.clear()
        e.bootstrap_schema()
        yield e
        e.clear()
        e.close()
    else:
        emb = FalkorDBEngine(settings.data_dir, settings.graph_name)
        emb.bootstrap_schema()
        yield emb
        emb.graph.delete()
        emb.close()
