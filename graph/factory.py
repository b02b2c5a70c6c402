"""Pick and open the engine the settings ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.base import EngineUnavailable, GraphEngine

if TYPE_CHECKING:
    from app.settings import Settings


def open_engine(settings: Settings, *, bootstrap: bool = True) -> GraphEngine:
    """Open the configured engine (starting the embedded server if needed).

    >>> from app.settings import Settings
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest"))
    >>> engine.name
    'embedded'
    >>> engine.close()
    """
    engine: GraphEngine
    if settings.backend == "neo4j":
        if not settings.neo4j_uri:
            raise EngineUnavailable("CHOKEPOINT_BACKEND=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)")
        from graph.neo4j_engine import Neo4jEngine

        engine = Neo4jEngine(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
        )
    else:
        from graph.embedded import FalkorDBEngine

        engine = FalkorDBEngine(settings.data_dir, settings.graph_name, settings.embedded_port)
    if bootstrap:
        try:
            engine.bootstrap_schema()
        except BaseException:
            engine.close()  # the embedded server it started must not outlive the failure
            raise
    return engine
