"""Curated facts: an imported fact keeps its own confidence beside document sources, and
loading, replacing or deleting documents never lowers it or removes the fact."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sample_graph import KEY, source

from app.services.exchange import InvalidImport, dumps_node_link, export_node_link, import_node_link
from graph.base import GraphEngine
from queries.writes import CLEAR_ALL

FACT = "company:micron~SUPPLIES~company:lenovo"
DEAL = {"title": "Memory deal", "text": "Micron supplies Lenovo with DRAM."}
EDGE: dict[str, Any] = {"source": "company:micron", "target": "company:lenovo",
                        "type": "SUPPLIES", "confidence": 0.99, "sources": []}
CURATED: dict[str, Any] = {
    "nodes": [{"id": "company:micron", "label": "Company", "name": "Micron"},
              {"id": "company:lenovo", "label": "Company", "name": "Lenovo"}],
    "edges": [EDGE],
}


def fact(client: TestClient) -> dict[str, Any]:
    r = client.get(f"/relationships/{FACT}")
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def load_deal(client: TestClient) -> tuple[str, float]:
    """Load the memory-deal document; its id and the confidence its one source gives."""
    r = client.post("/documents", json=DEAL, headers=KEY)
    assert r.status_code == 201, r.text
    doc_id = r.json()["document"]
    sources = [s for s in fact(client)["sources"] if s["document"] == doc_id]
    assert len(sources) == 1, "the loader reads the fact in the document"
    return doc_id, sources[0]["confidence"]


def test_import_then_load_then_delete_keeps_the_curated_fact(client: TestClient) -> None:
    assert client.post("/import", json=CURATED, headers=KEY).status_code == 200
    assert fact(client)["confidence"] == 0.99
    doc_id, read = load_deal(client)
    combined = fact(client)
    assert combined["confidence"] == pytest.approx(1 - 0.01 * (1 - read))
    assert combined["confidence"] > 0.99
    assert combined["properties"]["curated_confidence"] == 0.99

    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 200
    after = fact(client)
    assert after["confidence"] == 0.99 and after["sources"] == []
    assert {e["id"] for e in client.get("/entities", params={"q": "micron"}).json()["items"]} \
        == {"company:micron"}


def test_load_then_import_marks_the_fact_curated_and_keeps_its_sources(
    client: TestClient,
) -> None:
    doc_id, read = load_deal(client)
    assert fact(client)["confidence"] == pytest.approx(read)
    edge_only = {"nodes": [], "edges": CURATED["edges"]}
    r = client.post("/import", json=edge_only, headers=KEY)
    assert r.status_code == 200 and r.json()["relationships_created"] == 0
    curated = fact(client)
    assert [s["document"] for s in curated["sources"]] == [doc_id]
    assert curated["confidence"] == pytest.approx(1 - 0.01 * (1 - read))

    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 200
    assert fact(client)["confidence"] == 0.99
    # the ends outlive the document too: the curated fact still needs them
    assert client.get("/entities/company:lenovo").status_code == 200


def test_a_document_only_fact_still_goes_with_its_document(client: TestClient) -> None:
    doc_id, _ = load_deal(client)
    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 200
    assert client.get(f"/relationships/{FACT}").status_code == 404


def test_a_new_curated_value_replaces_the_old_one(client: TestClient) -> None:
    assert client.post("/import", json=CURATED, headers=KEY).status_code == 200
    lower = {"nodes": [], "edges": [{**EDGE, "confidence": 0.6}]}
    assert client.post("/import", json=lower, headers=KEY).status_code == 200
    assert fact(client)["confidence"] == 0.6
    # sources without a curated value leave the curated one alone
    sourced = {"nodes": [], "edges": [{**EDGE, "confidence": 0.5,
                                       "sources": [source("document:elsewhere", "M s L.", 0.5)]}]}
    assert client.post("/import", json=sourced, headers=KEY).status_code == 200
    assert fact(client)["confidence"] == pytest.approx(1 - 0.4 * 0.5)
    assert fact(client)["properties"]["curated_confidence"] == 0.6


def test_curated_facts_round_trip_byte_identical(client: TestClient, engine: GraphEngine) -> None:
    assert client.post("/import", json=CURATED, headers=KEY).status_code == 200
    load_deal(client)
    r = client.post("/documents", json={"title": "Fab", "text": "SMIC depends on ASML."},
                    headers=KEY)
    assert r.status_code == 201, r.text
    first = client.get("/export").content
    edges = {(e["source"], e["key"], e["target"]): e for e in client.get("/export").json()["edges"]}
    curated = edges[("company:micron", "SUPPLIES", "company:lenovo")]
    assert curated["curated_confidence"] == 0.99 and len(curated["sources"]) == 1
    extracted = edges[("company:smic", "DEPENDS_ON", "company:asml")]
    assert "curated_confidence" not in extracted

    engine.write([(CLEAR_ALL.text(engine.dialect), {})])
    headers = {**KEY, "Content-Type": "application/json"}
    assert client.post("/import", content=first, headers=headers).status_code == 200
    assert client.get("/export").content == first
    assert client.post("/import", content=first, headers=headers).json()[
        "relationships_created"] == 0
    assert client.get("/export").content == first
    # an imported copy of a document's fact is no curated fact: it goes with the document
    doc = next(d["id"] for d in client.get("/documents").json()["items"] if d["title"] == "Fab")
    assert client.delete(f"/documents/{doc}", headers=KEY).status_code == 200
    assert client.get("/relationships/company:smic~DEPENDS_ON~company:asml").status_code == 404
    deal = next(d["id"] for d in client.get("/documents").json()["items"]
                if d["title"] == "Memory deal")
    assert client.delete(f"/documents/{deal}", headers=KEY).status_code == 200
    assert fact(client)["confidence"] == 0.99


def test_curated_confidence_is_checked_and_never_lost_silently(engine: GraphEngine) -> None:
    import_node_link(engine, {"nodes": CURATED["nodes"], "edges": []})
    before = dumps_node_link(export_node_link(engine))
    edge = EDGE
    one_source = [source("document:x", "Micron supplies Lenovo.", 0.8)]
    for bad, needle in [
        ({**edge, "curated_confidence": 1.5}, "'curated_confidence' must be"),
        ({**edge, "curated_confidence": "high"}, "'curated_confidence' must be"),
        ({**edge, "confidence": 0.99, "sources": one_source}, "give 'curated_confidence'"),
    ]:
        with pytest.raises(InvalidImport, match=needle):
            import_node_link(engine, {"nodes": [], "edges": [bad]})
    assert dumps_node_link(export_node_link(engine)) == before
    both = {**edge, "confidence": 0.5, "curated_confidence": 0.9, "sources": one_source}
    import_node_link(engine, {"nodes": [], "edges": [both]})
    exported = export_node_link(engine)["edges"][0]
    assert exported["curated_confidence"] == 0.9
    assert exported["confidence"] == pytest.approx(1 - 0.1 * 0.2)
