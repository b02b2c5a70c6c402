"""Storage engines behind one interface, and the ontology they store."""

from graph.base import EngineUnavailable, GraphEngine, GraphError
from graph.factory import open_engine

__all__ = ["GraphEngine", "GraphError", "EngineUnavailable", "open_engine"]
