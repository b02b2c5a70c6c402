"""Export (node-link, GraphML, GEXF, CSV), import, the round trip, and to_networkx()."""

from __future__ import annotations

import copy
import csv
import io
import json
import zipfile
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from sample_graph import KEY, SUPPLY_CHAIN

from app.notebook import to_networkx
from app.services.exchange import (
    InvalidImport,
    dumps_node_link,
    export_node_link,
    import_node_link,
)
from graph.base import GraphEngine
from queries.writes import CLEAR_ALL


def test_export_import_round_trip_is_byte_identical(
    client: TestClient, engine: GraphEngine
) -> None:
    r = client.post("/import", json=SUPPLY_CHAIN, headers=KEY)
    assert r.status_code == 200, r.text
    assert r.json() == {"nodes": 9, "documents": 1, "relationships": 8, "mentions": 7,
                        "nodes_created": 9, "relationships_created": 15}
    first = client.get("/export").content
    again = client.get("/export").content
    assert first == again
    engine.write([(CLEAR_ALL.text(engine.dialect), {})])
    assert client.post("/import", content=first, headers={**KEY, "Content-Type":
                                                           "application/json"}).status_code == 200
    assert client.get("/export").content == first
    # importing the same data again changes nothing (sources are not duplicated)
    assert client.post("/import", content=first, headers={**KEY, "Content-Type":
                                                           "application/json"}).json()[
        "relationships_created"] == 0
    assert client.get("/export").content == first


def test_export_shape(client: TestClient, chain: GraphEngine) -> None:
    data = client.get("/export").json()
    assert data["directed"] is True and data["multigraph"] is True
    huawei = next(n for n in data["nodes"] if n["id"] == "company:huawei")
    assert huawei == {"id": "company:huawei", "label": "Company", "name": "Huawei",
                      "aliases": ["Huawei Technologies"], "country": "China"}
    doc = next(n for n in data["nodes"] if n["id"] == "document:one")
    assert "text" not in doc and "loaded_at" not in doc and doc["label"] == "Document"
    supplies = next(e for e in data["edges"] if e["key"] == "SUPPLIES"
                    and e["source"] == "company:smic")
    assert supplies["type"] == "SUPPLIES" and supplies["confidence"] == 0.8
    assert supplies["sources"][0]["sentence"] == "company:smic supplies company:hisilicon."
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 15


def test_focus_exports_a_neighbourhood(client: TestClient, chain: GraphEngine) -> None:
    data = client.get("/export", params={"focus": "company:smic", "hops": 1}).json()
    assert sorted(n["id"] for n in data["nodes"]) == [
        "company:asml", "company:hisilicon", "company:smic"]
    assert sorted((e["source"], e["key"], e["target"]) for e in data["edges"]) == [
        ("company:smic", "DEPENDS_ON", "company:asml"),
        ("company:smic", "SUPPLIES", "company:hisilicon")]


def test_hops_without_focus_is_refused_not_ignored(client: TestClient, chain: GraphEngine) -> None:
    r = client.get("/export", params={"hops": 2})
    assert r.status_code == 422 and "give focus" in r.json()["detail"]


def test_focus_without_hops_takes_two_hops(client: TestClient, chain: GraphEngine) -> None:
    default = client.get("/export", params={"focus": "company:smic"}).json()
    two = client.get("/export", params={"focus": "company:smic", "hops": 2}).json()
    assert default == two and len(two["nodes"]) > 3


def test_graphml_gexf_and_csv(client: TestClient, chain: GraphEngine) -> None:
    r = client.get("/export", params={"format": "graphml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    g = nx.read_graphml(io.BytesIO(r.content), force_multigraph=True)
    assert g.number_of_nodes() == 9 and g.number_of_edges() == 15
    assert json.loads(g.nodes["company:huawei"]["aliases"]) == ["Huawei Technologies"]
    r = client.get("/export", params={"format": "gexf"})
    gx = nx.read_gexf(io.BytesIO(r.content))
    assert gx.number_of_nodes() == 9 and gx.number_of_edges() == 15
    r = client.get("/export", params={"format": "csv"})
    assert r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        nodes = list(csv.DictReader(io.StringIO(z.read("nodes.csv").decode())))
        edges = list(csv.DictReader(io.StringIO(z.read("edges.csv").decode())))
    assert len(nodes) == 9 and len(edges) == 15
    smic = next(e for e in edges if e["source"] == "company:smic" and e["type"] == "SUPPLIES")
    assert float(smic["confidence"]) == 0.8 and json.loads(smic["sources"])[0]["doc"] == \
        "document:one"


def broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(SUPPLY_CHAIN)
    mutate(data)
    return data


BAD_IMPORTS = [
    (broken(lambda d: d["nodes"].append({"id": "x:1", "label": "Spaceship", "name": "X"})),
     "unknown label"),
    (broken(lambda d: d["edges"].append({"source": "company:smic", "target": "company:asml",
                                         "type": "LIKES"})), "unknown relationship type"),
    (broken(lambda d: d["edges"].append({"source": "company:smic", "target": "company:ghost",
                                         "type": "SUPPLIES"})), "unknown node"),
    (broken(lambda d: d["edges"].append({"source": "company:smic",
                                         "target": "technology:euv-lithography",
                                         "type": "SUPPLIES"})), "not allowed by the ontology"),
    (broken(lambda d: d["nodes"].append({"id": "company:x", "label": "Company", "name": ""})),
     "'name'"),
    (broken(lambda d: d["nodes"].append({"id": "company:a~b", "label": "Company", "name": "A"})),
     "id must be 'company:<slug>'"),
    (broken(lambda d: d["nodes"].append(dict(d["nodes"][0]))), "duplicate id"),
    (broken(lambda d: d["nodes"][0].update(country={"nested": "map"})), "property 'country'"),
    (broken(lambda d: d["nodes"][0].update(year=2**70)), "64-bit"),
    (broken(lambda d: d["nodes"][0].update(score=float("nan"))), "finite"),
    (broken(lambda d: d["nodes"][0].update(**{"bad key": 1})), "property name"),
    (broken(lambda d: d["edges"][0].update(confidence=1.5)), "confidence"),
    (broken(lambda d: d["edges"][0].update(sources=[{"doc": 1}])), "'doc' and 'sentence'"),
    ({"edges": []}, "node-link JSON"),
    ([1, 2, 3], "node-link JSON"),
]


@pytest.mark.parametrize(("data", "needle"), BAD_IMPORTS)
def test_bad_imports_write_nothing(engine: GraphEngine, data: Any, needle: str) -> None:
    import_node_link(engine, {"nodes": [SUPPLY_CHAIN["nodes"][0]], "edges": []})
    before = dumps_node_link(export_node_link(engine))
    with pytest.raises(InvalidImport) as info:
        import_node_link(engine, data)
    assert needle in str(info.value)
    assert dumps_node_link(export_node_link(engine)) == before


def test_bad_import_over_http_is_422(client: TestClient, engine: GraphEngine) -> None:
    r = client.post("/import", json=BAD_IMPORTS[0][0], headers=KEY)
    assert r.status_code == 422 and "unknown label" in r.json()["detail"]
    assert client.get("/stats").json()["nodes"] == 0


def test_import_conflicting_label_is_refused(engine: GraphEngine) -> None:
    import_node_link(engine, SUPPLY_CHAIN)
    clash = {"nodes": [{"id": "company:smic", "label": "Agency", "name": "SMIC"}], "edges": []}
    with pytest.raises(InvalidImport, match="the graph has it as Company"):
        import_node_link(engine, clash)


def test_import_in_small_batches_gives_the_same_graph(engine: GraphEngine) -> None:
    import_node_link(engine, SUPPLY_CHAIN)
    whole = dumps_node_link(export_node_link(engine))
    engine.write([(CLEAR_ALL.text(engine.dialect), {})])
    import_node_link(engine, SUPPLY_CHAIN, batch_size=1, atomic=False)
    assert dumps_node_link(export_node_link(engine)) == whole


def test_to_networkx_over_http(live_server: str) -> None:
    g = to_networkx(live_server, focus="company:huawei", hops=2)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["company:huawei"]["label"] == "Company"
    assert ("company:tsmc", "company:huawei", "SUPPLIES") in g.edges(keys=True)
    assert "document:one" not in g
    whole = to_networkx(live_server)
    assert whole.number_of_nodes() == 9 and whole.number_of_edges() == 15
    with pytest.raises(ValueError, match="404"):
        to_networkx(live_server, focus="company:nope")
