"""Counts of what the graph holds."""

from __future__ import annotations

from typing import Any

from graph.base import GraphEngine
from graph.schema import DOCUMENT, ENTITY
from queries import entities as q


def stats(engine: GraphEngine) -> dict[str, Any]:
    """Counts by label and by relationship type.

    >>> from app.settings import Settings; from graph import open_engine
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest"))
    >>> sorted(stats(engine))
    ['documents', 'engine', 'labels', 'nodes', 'relationships', 'types']
    >>> engine.close()
    """
    labels = {r["label"]: r["count"] for r in engine.read(q.COUNT_BY_LABEL.text(engine.dialect))}
    types = {r["type"]: r["count"] for r in engine.read(q.COUNT_BY_TYPE.text(engine.dialect))}
    return {
        "engine": engine.name,
        "nodes": labels.get(ENTITY, 0) + labels.get(DOCUMENT, 0),
        "relationships": sum(types.values()),
        "documents": labels.get(DOCUMENT, 0),
        "labels": {k: v for k, v in labels.items() if k != ENTITY},
        "types": types,
    }


def node_count(engine: GraphEngine) -> int:
    """Number of nodes in the graph."""
    return int(engine.read(q.COUNT_NODES.text(engine.dialect))[0]["count"])
