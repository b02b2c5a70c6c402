"""Import limits: an atomic import is bounded (it is one query text on the embedded engine);
a bigger file is refused whole with a message saying how to import it batch by batch."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import exchange
from app.services.exchange import InvalidImport, import_node_link
from graph.base import GraphEngine

DATA: dict[str, Any] = {
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


def test_streamed_chunks_build_the_same_graph_as_one_import(engine: GraphEngine) -> None:
    """Edges may point at nodes of earlier chunks (remembered, not looked up) or of the graph;
    the result equals one atomic import of the whole file."""
    engine.write([("CREATE (:Entity:Country {id: 'country:x', name: 'X', label: 'Country', "
                   "aliases: []})", {})])
    based = {"source": "company:c2", "target": "country:x", "type": "BASED_IN"}
    chunks = [
        {"nodes": DATA["nodes"][:2], "edges": []},
        {"nodes": DATA["nodes"][2:], "edges": DATA["edges"]},
        {"nodes": [], "edges": [based]},
    ]
    summary = exchange.import_node_link_chunks(engine, iter(chunks), batch_size=1)
    assert (summary.nodes, summary.nodes_created, summary.relationships,
            summary.relationships_created) == (3, 3, 2, 2)
    streamed = exchange.dumps_node_link(exchange.export_node_link(engine))
    engine.write([("MATCH (n) DETACH DELETE n", {})])
    engine.write([("CREATE (:Entity:Country {id: 'country:x', name: 'X', label: 'Country', "
                   "aliases: []})", {})])
    import_node_link(engine, {"nodes": DATA["nodes"], "edges": [*DATA["edges"], based]})
    assert exchange.dumps_node_link(exchange.export_node_link(engine)) == streamed


def test_a_bad_chunk_stops_the_stream_and_keeps_the_chunks_before(engine: GraphEngine) -> None:
    chunks = [
        {"nodes": DATA["nodes"], "edges": []},
        {"nodes": [{"id": "company:c0", "label": "Country", "name": "C0"}], "edges": []},
        {"nodes": [], "edges": DATA["edges"]},
    ]
    with pytest.raises(InvalidImport, match="the graph has it as Company, the file as Country"):
        exchange.import_node_link_chunks(engine, chunks)
    assert count(engine) == 3
    assert engine.read("MATCH ()-[r]->() RETURN count(r) AS n") == [{"n": 0}]
