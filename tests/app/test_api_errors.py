"""404 / 422 / 401 / 403 answers of the analyst API: each with a readable message."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sample_graph import KEY

from app.main import create_app
from app.settings import Settings
from graph.base import GraphEngine


@pytest.mark.parametrize("path", [
    "/entities/company:nope",
    "/entities/company:nope/neighbors",
    "/entities/company:nope/dependencies",
    "/entities/company:nope/exposure",
    "/sanctions/sanction:nope/exposure",
    "/paths/shortest?source=company:huawei&target=company:nope",
    "/relationships/company:huawei~SUPPLIES~company:smic",
    "/documents/document:nope",
    "/export?focus=company:nope",
])
def test_unknown_ids_are_404(client: TestClient, chain: GraphEngine, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str)
    assert detail.startswith("no ")


@pytest.mark.parametrize(("path", "label"), [
    ("/sanctions/company:huawei/exposure", "Company"),  # a target of a sanction
    ("/sanctions/company:hisilicon/exposure", "Company"),
    ("/sanctions/country:united-states/exposure", "Country"),  # imposes one
])
def test_an_entity_that_is_no_sanction_is_named_as_such(
    client: TestClient, chain: GraphEngine, path: str, label: str
) -> None:
    """404 that says what the entity is, not that it does not exist (issue 2: the same
    answer on both engines; FalkorDB used to lose the entity's row)."""
    r = client.get(path)
    entity = path.split("/")[2]
    assert r.status_code == 404, r.text
    assert r.json()["detail"] == f"{entity!r} is a {label}, not a Sanction"


@pytest.mark.parametrize(("path", "needle"), [
    ("/entities/company:huawei/dependencies?max_hops=7", "max_hops"),
    ("/entities/company:huawei/dependencies?max_hops=0", "max_hops"),
    ("/entities/company:huawei/dependencies?max_hops=two", "max_hops"),
    ("/entities/company:huawei/dependencies?direction=sideways", "direction"),
    ("/entities/company:huawei/dependencies?types=COMPETES_WITH", "COMPETES_WITH"),
    ("/entities?limit=501", "limit"),
    ("/entities?limit=0", "limit"),
    ("/entities?offset=-1", "offset"),
    ("/entities?label=Spaceship", "Spaceship"),
    ("/entities/company:huawei/neighbors?type=LIKES", "LIKES"),
    ("/entities/company:huawei/neighbors?direction=up", "direction"),
    ("/sanctions/sanction:us-export-controls/exposure?label=Spaceship", "Spaceship"),
    ("/paths/shortest?source=company:huawei", "target"),
    ("/paths/shortest?source=company:huawei&target=company:smic&types=MENTIONED_IN",
     "MENTIONED_IN"),
    ("/relationships/not-a-relationship-id", "<start>~<TYPE>~<end>"),
    ("/relationships/company:a~LIKES~company:b", "LIKES"),
    ("/export?format=pdf", "format"),
])
def test_bad_parameters_are_422_with_a_message(
    client: TestClient, chain: GraphEngine, path: str, needle: str
) -> None:
    r = client.get(path)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str) and needle in detail


LONG_ID = "company:" + "a" * 293  # 301 characters


@pytest.mark.parametrize(("path", "limit"), [
    (f"/entities/{LONG_ID}", 300),
    (f"/entities/{LONG_ID}/neighbors", 300),
    (f"/entities/{LONG_ID}/dependencies", 300),
    (f"/entities/{LONG_ID}/exposure", 300),
    (f"/sanctions/{LONG_ID}/exposure", 300),
    (f"/paths/shortest?source={LONG_ID}&target=company:huawei", 300),
    (f"/paths/shortest?source=company:huawei&target={LONG_ID}", 300),
    (f"/export?focus={LONG_ID}", 300),
    (f"/relationships/{LONG_ID}~SUPPLIES~{LONG_ID}{'a' * 40}", 650),  # 652 characters
    ("/documents/document:" + "a" * 2092, 2100),
])
def test_overlong_ids_are_422(client: TestClient, chain: GraphEngine, path: str,
                              limit: int) -> None:
    r = client.get(path)
    assert r.status_code == 422, r.text
    assert f"at most {limit} characters" in r.json()["detail"]


def test_ids_at_the_bound_are_looked_up(client: TestClient, chain: GraphEngine) -> None:
    r = client.get(f"/entities/{LONG_ID[:-1]}")
    assert r.status_code == 404 and r.json()["detail"].startswith("no entity"), r.text


def test_a_mention_is_not_a_relationship(client: TestClient, chain: GraphEngine) -> None:
    """/relationships names facts, as /neighbors does: a stored MENTIONED_IN edge is refused."""
    mentions = client.get("/documents/document:one").json()["mentions"]
    assert "company:huawei" in {m["id"] for m in mentions}
    r = client.get("/relationships/company:huawei~MENTIONED_IN~document:one")
    assert r.status_code == 422, r.text
    assert "a mention, not a fact 'MENTIONED_IN'" in r.json()["detail"]
    r = client.get("/entities/company:huawei/neighbors", params={"type": "MENTIONED_IN"})
    assert r.status_code == 422 and "MENTIONED_IN" in r.json()["detail"]


WRITES = [
    ("post", "/import", {"json": {"nodes": [], "edges": []}}),
    ("post", "/documents", {"json": {"title": "T", "text": "Huawei buys chips."}}),
    ("delete", "/documents/document:one", {}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), WRITES)
def test_writes_need_the_key(
    client: TestClient, chain: GraphEngine, method: str, path: str, kwargs: dict
) -> None:
    before = client.get("/stats").json()
    for headers in ({}, {"X-API-Key": "wrong"}):
        r = client.request(method, path, headers=headers, **kwargs)
        assert r.status_code == 401, r.text
        assert "X-API-Key" in r.json()["detail"]
    assert client.get("/stats").json() == before


@pytest.mark.parametrize(("method", "path", "kwargs"), WRITES)
def test_writes_are_off_without_a_server_key(
    settings: Settings, chain: GraphEngine, method: str, path: str, kwargs: dict
) -> None:
    keyless = settings.model_copy(update={"api_key": None})
    with TestClient(create_app(keyless, chain)) as c:
        r = c.request(method, path, headers=KEY, **kwargs)
    assert r.status_code == 401 and "disabled" in r.json()["detail"]


def test_openapi_documents_every_analyst_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, method in [
        ("/entities", "get"), ("/entities/{entity_id}", "get"),
        ("/entities/{entity_id}/neighbors", "get"), ("/entities/{entity_id}/dependencies", "get"),
        ("/entities/{entity_id}/exposure", "get"), ("/sanctions/{sanction_id}/exposure", "get"),
        ("/paths/shortest", "get"), ("/relationships/{relationship_id}", "get"),
        ("/documents", "get"), ("/documents", "post"), ("/documents/{document_id}", "get"),
        ("/documents/{document_id}", "delete"), ("/export", "get"), ("/import", "post"),
        ("/query", "post"),
    ]:
        op = spec["paths"][path][method]
        assert op["description"], (path, method)
        assert "200" in op["responses"] or "201" in op["responses"]
        assert "422" in op["responses"], (path, method)
        schema = op["responses"].get("422", {}).get("content", {}).get("application/json", {})
        if schema:
            assert schema["schema"]["$ref"].endswith("/ErrorResponse"), (path, method)
