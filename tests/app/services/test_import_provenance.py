"""Imported facts keep the provenance rules of loaded ones: deleting the only document that
states a fact removes it (even when the file had no MENTIONED_IN edges), and a file's edge
confidence is kept when its sentences give none of their own."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import paths
from app.services.exchange import InvalidImport, export_node_link, import_node_link
from graph.base import GraphEngine
from loaders.store import delete_document


def graph(edges: list[dict[str, Any]], documents: tuple[str, ...] = ("document:d",)
          ) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {"id": f"company:{x}", "label": "Company", "name": x.upper()} for x in "abc"]
    nodes += [{"id": d, "label": "Document", "name": d, "title": d} for d in documents]
    return {"nodes": nodes, "edges": edges}


def supplies(start: str, end: str, **fields: Any) -> dict[str, Any]:
    return {"source": f"company:{start}", "target": f"company:{end}", "type": "SUPPLIES",
            **fields}


def upstream(engine: GraphEngine, entity: str) -> dict[str, int]:
    answer = paths.dependencies(engine, entity, direction="upstream")
    return {item["entity"]["id"]: item["hops"] for item in answer["items"]}


def test_deleting_the_only_document_of_an_imported_fact_removes_the_fact(
        engine: GraphEngine) -> None:
    import_node_link(engine, graph([
        supplies("b", "a", confidence=0.5,
                 sources=[{"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5}]),
        supplies("c", "a", confidence=0.4),  # curated: no document to lose
    ]))
    assert upstream(engine, "company:a") == {"company:b": 1, "company:c": 1}
    assert delete_document(engine, "document:d")
    assert upstream(engine, "company:a") == {"company:c": 1}


def test_a_fact_of_two_documents_loses_only_the_deleted_one(engine: GraphEngine) -> None:
    import_node_link(engine, graph([supplies("b", "a", sources=[
        {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5},
        {"doc": "document:e", "sentence": "B sells to A.", "confidence": 0.2},
    ])], documents=("document:d", "document:e")))
    delete_document(engine, "document:d")
    edge = next(e for e in export_node_link(engine)["edges"] if e["type"] == "SUPPLIES")
    assert [s["doc"] for s in edge["sources"]] == ["document:e"]
    assert edge["confidence"] == pytest.approx(0.2)


def test_a_mention_the_file_gives_keeps_its_count_and_spans(engine: GraphEngine) -> None:
    data = graph([supplies("b", "a", sources=[
        {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5}])])
    data["edges"].append({"source": "company:b", "target": "document:d", "type": "MENTIONED_IN",
                          "count": 2, "spans": [0, 1, 5, 6]})
    import_node_link(engine, data)
    mentions = [e for e in export_node_link(engine)["edges"] if e["type"] == "MENTIONED_IN"]
    assert [(m["source"], m["count"], m["spans"]) for m in mentions] == [
        ("company:b", 2, [0, 1, 5, 6])]


def edge_confidence(engine: GraphEngine) -> float:
    edge = next(e for e in export_node_link(engine)["edges"] if e["type"] == "SUPPLIES")
    return float(edge["confidence"])


@pytest.mark.parametrize("sources", [
    [{"doc": "document:d", "sentence": "B supplies A."}],
    [{"doc": "document:d", "sentence": "B supplies A."},
     {"doc": "document:d", "sentence": "B sells to A."}],
    [{"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.2},
     {"doc": "document:d", "sentence": "B sells to A."},
     {"doc": "document:d", "sentence": "A buys from B."}],
])
def test_sentences_without_a_confidence_keep_the_edges(
        engine: GraphEngine, sources: list[dict[str, Any]]) -> None:
    import_node_link(engine, graph([supplies("b", "a", confidence=0.5, sources=sources)]))
    assert edge_confidence(engine) == pytest.approx(0.5, abs=1e-6)
    answer = paths.dependencies(engine, "company:a", direction="upstream")
    assert answer["items"][0]["path"]["confidence"] == pytest.approx(0.5, abs=1e-6)


def test_an_edge_without_confidence_takes_its_sentences(engine: GraphEngine) -> None:
    import_node_link(engine, graph([supplies("b", "a", sources=[
        {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5},
        {"doc": "document:d", "sentence": "B sells to A.", "confidence": 0.2}])]))
    assert edge_confidence(engine) == pytest.approx(0.6)


def test_an_edge_above_what_its_sentences_give_is_refused(engine: GraphEngine) -> None:
    with pytest.raises(InvalidImport, match="more than its sources give"):
        import_node_link(engine, graph([supplies("b", "a", confidence=0.9, sources=[
            {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5}])]))


def test_an_export_imports_back_byte_identical(engine: GraphEngine) -> None:
    import_node_link(engine, graph([supplies("b", "a", confidence=0.5, sources=[
        {"doc": "document:d", "sentence": "B supplies A."},
        {"doc": "document:d", "sentence": "B sells to A."}])]))
    first = export_node_link(engine)
    engine.clear()
    import_node_link(engine, first)
    assert export_node_link(engine) == first


def test_two_edges_of_one_fact_are_one_relationship_with_both_supports(
        engine: GraphEngine) -> None:
    summary = import_node_link(engine, graph([
        supplies("b", "a", sources=[
            {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5}]),
        supplies("b", "a", sources=[
            {"doc": "document:d", "sentence": "B sells to A.", "confidence": 0.5}]),
        supplies("c", "a", confidence=0.5),
        supplies("c", "a", confidence=0.5),
    ]))
    assert summary.relationships == 2
    supply = [e for e in export_node_link(engine)["edges"] if e["type"] == "SUPPLIES"]
    assert len(supply) == 2
    edges = {e["source"]: e for e in supply}
    assert [s["sentence"] for s in edges["company:b"]["sources"]] == [
        "B sells to A.", "B supplies A."]
    assert edges["company:b"]["confidence"] == pytest.approx(0.75)
    assert edges["company:c"]["confidence"] == pytest.approx(0.75)


def test_a_node_without_a_name_is_named_by_its_slug(engine: GraphEngine) -> None:
    import_node_link(engine, {"nodes": [{"id": "company:acme-corp", "label": "Company"}],
                              "edges": []})
    assert [n["name"] for n in export_node_link(engine)["nodes"]] == ["acme-corp"]
    with pytest.raises(InvalidImport, match="'name' must be a non-empty string"):
        import_node_link(engine, {"nodes": [{"id": "company:b", "label": "Company",
                                             "name": " "}], "edges": []})


def test_a_curated_fact_shows_its_own_support_as_evidence(engine: GraphEngine) -> None:
    import_node_link(engine, graph([
        supplies("c", "a", confidence=0.4),
        supplies("b", "a", curated_confidence=0.3, sources=[
            {"doc": "document:d", "sentence": "B supplies A.", "confidence": 0.5}]),
    ]))
    answer = paths.dependencies(engine, "company:a", direction="upstream")
    evidence = {i["entity"]["id"]: i["path"]["hops"][0]["evidence"] for i in answer["items"]}
    assert [(e["method"], e["confidence"], e["document"]) for e in evidence["company:c"]] == [
        ("curated", 0.4, None)]
    assert [(e["method"], e["confidence"]) for e in evidence["company:b"]] == [
        (None, 0.5), ("curated", 0.3)]
