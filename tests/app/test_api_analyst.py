"""The analyst endpoints over real HTTP (TestClient) on the embedded engine."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sample_graph import edge, node, source

from app.services.exchange import import_node_link
from graph.base import GraphEngine


def test_search_ranks_exact_prefix_contains(client: TestClient, chain: GraphEngine) -> None:
    r = client.get("/entities", params={"q": "smic"})
    assert r.status_code == 200
    body = r.json()
    assert [i["id"] for i in body["items"]] == ["company:smic"]
    assert body["items"][0]["match"] == "exact"
    # "hu": Huawei by prefix; "sil": HiSilicon by substring; aliases count too
    r = client.get("/entities", params={"q": "HU"}).json()
    assert [(i["id"], i["match"]) for i in r["items"]] == [("company:huawei", "prefix")]
    r = client.get("/entities", params={"q": "manufacturing international"}).json()
    assert [(i["id"], i["match"]) for i in r["items"]] == [("company:smic", "contains")]
    r = client.get("/entities", params={"q": "s"}).json()
    assert [(i["id"], i["match"]) for i in r["items"]] == [
        ("company:smic", "prefix"),
        ("company:asml", "contains"),
        ("company:hisilicon", "contains"),
        ("company:huawei", "contains"),  # alias "Huawei Technologies"
        ("company:tsmc", "contains"),
        ("sanction:us-export-controls", "contains"),
        ("country:united-states", "contains"),
    ]


def test_search_pages_and_filters(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/entities", params={"limit": 3, "offset": 0}).json()
    assert body["total"] == 8 and body["limit"] == 3 and body["offset"] == 0
    assert body["truncated"] is True and len(body["items"]) == 3
    last = client.get("/entities", params={"limit": 3, "offset": 6}).json()
    assert len(last["items"]) == 2 and last["truncated"] is False
    companies = client.get("/entities", params={"label": "Company", "limit": 500}).json()
    assert companies["total"] == 5
    assert {i["label"] for i in companies["items"]} == {"Company"}


def test_entity_card(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/entities/company:huawei").json()
    assert body["name"] == "Huawei" and body["label"] == "Company"
    assert body["aliases"] == ["Huawei Technologies"]
    assert body["properties"] == {"country": "China"}
    assert body["documents"] == [{"id": "document:one", "title": "Chip war", "mentions": 2}]
    assert body["degree"] == {"MENTIONED_IN": 1, "SUBSIDIARY_OF": 1, "SUPPLIES": 1, "TARGETS": 1}


def test_neighbors_filter_by_type_and_direction(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/entities/company:huawei/neighbors").json()
    assert body["total"] == 3
    assert {(i["type"], i["direction"], i["entity"]["id"]) for i in body["items"]} == {
        ("SUBSIDIARY_OF", "in", "company:hisilicon"),
        ("SUPPLIES", "in", "company:tsmc"),
        ("TARGETS", "in", "sanction:us-export-controls"),
    }
    out = client.get("/entities/company:smic/neighbors", params={"direction": "out"}).json()
    assert {i["relationship"] for i in out["items"]} == {
        "company:smic~DEPENDS_ON~company:asml", "company:smic~SUPPLIES~company:hisilicon"}
    typed = client.get("/entities/company:smic/neighbors", params={"type": "SUPPLIES"}).json()
    assert [i["entity"]["id"] for i in typed["items"]] == ["company:hisilicon"]


def test_dependencies_with_evidence(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/entities/company:huawei/dependencies").json()
    assert body["direction"] == "upstream" and body["max_hops"] == 4
    # Huawei <- HiSilicon is SUBSIDIARY_OF pointing *to* Huawei: HiSilicon relies on Huawei,
    # so upstream of Huawei is only its supplier TSMC.
    assert [(i["entity"]["id"], i["hops"]) for i in body["items"]] == [("company:tsmc", 1)]
    down = client.get("/entities/technology:euv-lithography/dependencies",
                      params={"direction": "downstream"}).json()
    # Huawei does not rely on its subsidiary HiSilicon, so the chain stops there.
    assert [(i["entity"]["id"], i["hops"]) for i in down["items"]] == [
        ("company:asml", 1), ("company:smic", 2), ("company:hisilicon", 3)]
    path = down["items"][-1]["path"]
    assert [n["id"] for n in path["nodes"]] == [
        "technology:euv-lithography", "company:asml", "company:smic", "company:hisilicon"]
    assert [(h["type"], h["direction"]) for h in path["hops"]] == [
        ("DEPENDS_ON", "backward"), ("DEPENDS_ON", "backward"), ("SUPPLIES", "forward")]
    assert abs(path["confidence"] - 0.6 * 0.7 * 0.8) < 1e-6
    for hop in path["hops"]:
        assert hop["evidence"][0]["document"] == "document:one"
        assert hop["evidence"][0]["title"] == "Chip war"
        assert hop["evidence"][0]["sentence"]
    short = client.get("/entities/technology:euv-lithography/dependencies",
                       params={"direction": "downstream", "max_hops": 2,
                               "types": "DEPENDS_ON"}).json()
    assert [i["entity"]["id"] for i in short["items"]] == ["company:asml", "company:smic"]


def test_exposure_both_ways(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/sanctions/sanction:us-export-controls/exposure").json()
    got = {i["entity"]["id"]: (i["hops"], i["kind"]) for i in body["items"]}
    assert got == {
        "company:huawei": (1, "direct"),
        "technology:euv-lithography": (1, "direct"),
        "company:hisilicon": (2, "ownership"),
        "company:asml": (2, "supply"),
        "company:smic": (3, "supply"),
    }
    companies = client.get("/sanctions/sanction:us-export-controls/exposure",
                           params={"label": "Technology"}).json()
    assert [i["entity"]["id"] for i in companies["items"]] == ["technology:euv-lithography"]
    mine = client.get("/entities/company:hisilicon/exposure").json()
    assert [(i["sanction"]["id"], i["hops"], i["kind"]) for i in mine["items"]] == [
        ("sanction:us-export-controls", 2, "ownership")]
    hops = mine["items"][0]["path"]["hops"]
    assert [(h["type"], h["direction"]) for h in hops] == [
        ("TARGETS", "forward"), ("SUBSIDIARY_OF", "backward")]
    assert client.get("/entities/company:tsmc/exposure").json()["items"] == []


def test_entity_exposure_pages_like_every_list(client: TestClient, engine: GraphEngine) -> None:
    sanctions = [f"sanction:s{i}" for i in range(3)]
    import_node_link(engine, {
        "nodes": [node("company:x", "Company", "X"), node("company:y", "Company", "Y")]
        + [node(s, "Sanction", s.upper()) for s in sanctions],
        "edges": [edge(s, "TARGETS", "company:x", 0.9) for s in sanctions],
    })
    url = "/entities/company:x/exposure"
    first = client.get(url, params={"limit": 2}).json()
    assert (first["total"], first["limit"], first["offset"], first["truncated"]) == (3, 2, 0, True)
    assert [i["sanction"]["id"] for i in first["items"]] == sanctions[:2]
    rest = client.get(url, params={"limit": 2, "offset": 2}).json()
    assert (rest["total"], rest["limit"], rest["offset"], rest["truncated"]) == (3, 2, 2, False)
    assert [i["sanction"]["id"] for i in rest["items"]] == sanctions[2:]
    assert rest["items"][0]["path"]["hops"][0]["id"] == "sanction:s2~TARGETS~company:x"
    none = client.get("/entities/company:y/exposure").json()
    assert (none["total"], none["limit"], none["items"]) == (0, 20, [])
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}):
        assert client.get(url, params=bad).status_code == 422


def test_shortest_path(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/paths/shortest", params={"source": "company:tsmc",
                                                  "target": "company:asml"}).json()
    assert body["found"] is True and body["hops"] == 4
    nodes = [n["id"] for n in body["path"]["nodes"]]
    assert nodes[0] == "company:tsmc" and nodes[-1] == "company:asml" and len(nodes) == 5
    assert all(h["evidence"] for h in body["path"]["hops"])
    none = client.get("/paths/shortest", params={"source": "company:tsmc",
                                                 "target": "company:asml", "max_hops": 2}).json()
    assert none == {"source": "company:tsmc", "target": "company:asml", "found": False,
                    "hops": None, "path": None}


def test_a_floor_equal_to_a_reported_confidence_walks_that_hop(
    client: TestClient, engine: GraphEngine
) -> None:
    # Two sources, 0.6 and 0.499999, combine to 0.7999996: stored a hair below the 0.8 it is
    # reported as (6 decimals).
    supplies = edge("company:a", "SUPPLIES", "company:b", 0.6)
    supplies["sources"].append(source("document:two", "A supplies B.", 0.499999))
    import_node_link(engine, {
        "directed": True, "multigraph": True, "graph": {},
        "nodes": [node("company:a", "Company", "A"), node("company:b", "Company", "B")],
        "edges": [{**supplies, "confidence": 0.7999996}],
    })
    url = "/entities/company:b/dependencies"
    shown = client.get(url).json()["items"][0]["path"]["hops"][0]["confidence"]
    assert shown == 0.8
    floored = client.get(url, params={"min_confidence": shown}).json()
    assert [i["entity"]["id"] for i in floored["items"]] == ["company:a"]
    assert client.get(url, params={"min_confidence": 0.800001}).json()["items"] == []


def test_relationship_by_id(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/relationships/company:smic~SUPPLIES~company:hisilicon").json()
    assert body["type"] == "SUPPLIES" and body["confidence"] == 0.8
    assert body["start"] == {"id": "company:smic", "label": "Company", "name": "SMIC"}
    assert body["sources"][0]["sentence"] == "company:smic supplies company:hisilicon."
    assert body["sources"][0]["title"] == "Chip war"


def test_documents(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/documents").json()
    assert body["total"] == 1 and body["items"][0]["id"] == "document:one"
    assert body["items"][0]["entities"] == 7
    doc = client.get("/documents/document:one").json()
    spans = {m["id"]: m["spans"] for m in doc["mentions"]}
    assert spans["company:huawei"] == [0, 6, 20, 26] and spans["company:smic"] == [40, 44]
    assert "technology:euv-lithography" not in spans  # only an end: not marked mentioned
    # Relationships that cite the document, from entities it mentions.
    assert [f["id"] for f in doc["relationships"]] == [
        "company:asml~DEPENDS_ON~technology:euv-lithography",
        "company:hisilicon~SUBSIDIARY_OF~company:huawei",
        "company:smic~DEPENDS_ON~company:asml", "company:smic~SUPPLIES~company:hisilicon",
        "company:tsmc~SUPPLIES~company:huawei",
        "country:united-states~IMPOSED~sanction:us-export-controls",
        "sanction:us-export-controls~RESTRICTS~technology:euv-lithography",
        "sanction:us-export-controls~TARGETS~company:huawei"]
    evidence = doc["relationships"][2]["evidence"]
    assert evidence == [{"document": "document:one", "title": "Chip war",
                         "sentence": "company:smic depends_on company:asml.", "start": 0,
                         "end": 37, "confidence": 0.7, "method": "test"}]


def test_min_confidence_leaves_weak_relationships_out(client: TestClient,
                                                      chain: GraphEngine) -> None:
    url = "/entities/technology:euv-lithography/dependencies"
    down = {"direction": "downstream"}
    # ASML -[DEPENDS_ON 0.6]-> EUV lithography is the only way in: too weak at 0.65.
    assert client.get(url, params={**down, "min_confidence": 0.6}).json()["total"] == 3
    assert client.get(url, params={**down, "min_confidence": 0.65}).json()["items"] == []
    smic = client.get("/entities/company:smic/dependencies",
                      params={**down, "min_confidence": 0.75}).json()
    assert [i["entity"]["id"] for i in smic["items"]] == ["company:hisilicon"]  # SUPPLIES 0.8
    tsmc_asml = {"source": "company:tsmc", "target": "company:asml"}
    assert client.get("/paths/shortest", params={**tsmc_asml, "min_confidence": 0.95}).json()[
        "found"] is False
    for url in ("/entities/company:smic/dependencies", "/entities/company:smic/exposure",
                "/sanctions/sanction:us-export-controls/exposure"):
        for bad in (-0.1, 1.5, "high"):
            assert client.get(url, params={"min_confidence": bad}).status_code == 422
    assert client.get("/paths/shortest", params={**tsmc_asml, "min_confidence": 2}
                      ).status_code == 422
