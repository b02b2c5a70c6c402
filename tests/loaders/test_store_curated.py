"""The store and curated facts: a document's load, replacement and deletion touch only its
own sources; a curated fact keeps its curated confidence and stays."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.exchange import import_node_link
from graph.base import GraphEngine
from loaders.model import Entity, Evidence, Extraction, Mention, Relation, SourceDocument
from loaders.store import delete_document, store

A, B, C = "company:alpha", "company:beta", "company:gamma"


def extraction(doc: str, text: str, facts: dict[tuple[str, str], float]) -> Extraction:
    """Document `doc` reading each (start, end) SUPPLIES fact with the given confidence."""
    document = SourceDocument(doc, doc, doc, text, sha256=str(hash((doc, text))))
    ids = sorted({x for pair in facts for x in pair})
    return Extraction(
        document=document,
        entities=[Entity(x, "Company", x.split(":")[1].title()) for x in ids],
        relations=[Relation("SUPPLIES", s, e, [Evidence(doc, text, 0, len(text), c, "test")])
                   for (s, e), c in facts.items()],
        mentions=[Mention(x, [(0, 1)]) for x in ids],
    )


def supplies(engine: GraphEngine) -> dict[tuple[str, str], dict[str, Any]]:
    rows = engine.read("MATCH (a)-[r:SUPPLIES]->(b) RETURN a.id AS a, b.id AS b, "
                       "r.confidence AS confidence, r.curated_confidence AS curated, "
                       "r.docs AS docs")
    return {(r["a"], r["b"]): r for r in rows}


def curate(engine: GraphEngine, start: str, end: str, confidence: float) -> None:
    import_node_link(engine, {"nodes": [], "edges": [
        {"source": start, "target": end, "type": "SUPPLIES", "confidence": confidence}]})


def test_replace_and_delete_keep_curated_support(engine: GraphEngine) -> None:
    store(engine, extraction("document:one", "A supplies B and C.", {(A, B): 0.8, (A, C): 0.7}))
    store(engine, extraction("document:two", "A supplies C.", {(A, C): 0.5}))
    curate(engine, A, B, 0.9)
    facts = supplies(engine)
    assert facts[(A, B)]["confidence"] == pytest.approx(1 - 0.1 * 0.2)
    assert facts[(A, C)]["confidence"] == pytest.approx(1 - 0.3 * 0.5)

    # document one changes: it no longer reads either fact
    store(engine, extraction("document:one", "A and B and C.", {}))
    facts = supplies(engine)
    assert facts[(A, B)]["confidence"] == pytest.approx(0.9) and facts[(A, B)]["docs"] == []
    assert facts[(A, C)]["confidence"] == pytest.approx(0.5)
    assert facts[(A, C)]["docs"] == ["document:two"]

    # it reads A -> B again: the curated value and the new source combine
    store(engine, extraction("document:one", "A supplies B again.", {(A, B): 0.6}))
    assert supplies(engine)[(A, B)]["confidence"] == pytest.approx(1 - 0.1 * 0.4)

    assert delete_document(engine, "document:one")
    assert delete_document(engine, "document:two")
    facts = supplies(engine)
    assert list(facts) == [(A, B)]
    assert facts[(A, B)]["confidence"] == pytest.approx(0.9)
    assert facts[(A, B)]["curated"] == pytest.approx(0.9)
    ends = engine.read("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
    assert [r["id"] for r in ends] == [A, B]


def test_a_fact_with_another_document_keeps_that_source(engine: GraphEngine) -> None:
    store(engine, extraction("document:one", "A supplies B.", {(A, B): 0.8}))
    store(engine, extraction("document:two", "A supplies B too.", {(A, B): 0.6}))
    assert delete_document(engine, "document:one")
    fact = supplies(engine)[(A, B)]
    assert fact["docs"] == ["document:two"] and fact["curated"] is None
    assert fact["confidence"] == pytest.approx(0.6)
    assert delete_document(engine, "document:two")
    assert supplies(engine) == {}


def test_a_fact_imported_before_curation_was_marked_counts_as_curated(
    engine: GraphEngine,
) -> None:
    # what an import of an edge without sources wrote before `curated_confidence` existed
    engine.write([(
        "CREATE (:Entity:Company {id: $a, name: 'Alpha', label: 'Company', aliases: []})"
        "-[:SUPPLIES {docs: [], sources: [], confidences: [], confidence: 0.7}]->"
        "(:Entity:Company {id: $b, name: 'Beta', label: 'Company', aliases: []})",
        {"a": A, "b": B},
    )])
    store(engine, extraction("document:one", "A supplies B.", {(A, B): 0.8}))
    fact = supplies(engine)[(A, B)]
    assert fact["curated"] == pytest.approx(0.7)
    assert fact["confidence"] == pytest.approx(1 - 0.3 * 0.2)
    assert delete_document(engine, "document:one")
    assert supplies(engine)[(A, B)]["confidence"] == pytest.approx(0.7)
