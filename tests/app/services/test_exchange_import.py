"""Import limits: an atomic import is bounded (it is one query text on the embedded engine);
a bigger file is refused whole with a message saying how to import it batch by batch."""

from __future__ import annotations

import pytest

from app.services import exchange
from app.services.exchange import InvalidImport, import_node_link
from graph.base import GraphEngine

DATA = {
    "nodes": [{"id": f"company:c{i}", "label": "Company", "name": f"C{i}"} for i in range(3)],
    "edges": [{"source": "company:c0", "target": "company:c1", "type": "SUPPLIES",
               "confidence": 0.8,
               "sources": [{"doc": "document:x", "sentence": "C0 supplies C1."}]}],
}


def count(engine: GraphEngine) -> int:
    return int(engine.read("MATCH (n) RETURN count(n) AS n")[0]["n"])


def test_too_big_atomic_import_is_refused_and_writes_nothing(
    engine: GraphEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "MAX_ATOMIC_ROWS", 3)
    with pytest.raises(InvalidImport, match="--no-atomic"):
        import_node_link(engine, DATA)
    assert count(engine) == 0
    summary = import_node_link(engine, DATA, atomic=False, batch_size=2)
    assert (summary.nodes_created, summary.relationships_created) == (3, 1)


def test_sources_are_stored_as_canonical_json(engine: GraphEngine) -> None:
    import_node_link(engine, DATA)
    rows = engine.read("MATCH ()-[r:SUPPLIES]->() RETURN r.sources AS s, r.docs AS d")
    assert rows == [{
        "s": ['{"confidence": 0.8, "doc": "document:x", "sentence": "C0 supplies C1."}'],
        "d": ["document:x"],
    }]
    assert import_node_link(engine, DATA).relationships_created == 0
    assert engine.read("MATCH ()-[r:SUPPLIES]->() RETURN size(r.sources) AS n") == [{"n": 1}]
