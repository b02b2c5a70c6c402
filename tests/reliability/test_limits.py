"""Every bound of the API holds: body size, document size, hops, page size, rows, query time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.routers.params import MAX_LIMIT
from app.settings import Settings
from graph.base import GraphEngine
from loaders.store import store
from queries import MAX_HOPS
from reliability.support import API_KEY, graph_snapshot, make_extraction

BODY_LIMIT = 4096
DOC_LIMIT = 2048
KEY = {"X-API-Key": API_KEY}


@pytest.fixture
def tight(settings: Settings, engine: GraphEngine) -> Iterator[TestClient]:
    """The app with small body and document limits."""
    small = settings.model_copy(
        update={"max_body_bytes": BODY_LIMIT, "max_document_bytes": DOC_LIMIT}
    )
    store(engine, make_extraction("limits", [("Company", "Acme"), ("Company", "Globex")],
                                  [("SUPPLIES", 0, 1)]))
    with TestClient(create_app(small, engine), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/documents", "/import", "/query"])
def test_a_body_over_the_limit_is_refused_with_413(
    tight: TestClient, engine: GraphEngine, path: str
) -> None:
    before = graph_snapshot(engine)
    r = tight.post(path, content=b"{" + b" " * BODY_LIMIT + b"}", headers={
        **KEY, "Content-Type": "application/json"})
    assert r.status_code == 413, r.text
    assert str(BODY_LIMIT) in r.json()["detail"]
    assert graph_snapshot(engine) == before


def test_a_chunked_body_over_the_limit_is_cut_off(tight: TestClient, engine: GraphEngine) -> None:
    """No Content-Length: the body is counted as it streams in."""
    before = graph_snapshot(engine)

    def chunks() -> Iterator[bytes]:
        yield b'{"title": "t", "text": "'
        for _ in range(64):
            yield b"x" * 1024
        yield b'"}'

    r = tight.post("/import", content=chunks(), headers={
        **KEY, "Content-Type": "application/json"})
    assert r.status_code == 413, r.text
    assert "limit" in r.json()["detail"]
    assert graph_snapshot(engine) == before


def test_a_body_under_the_limit_passes(tight: TestClient) -> None:
    r = tight.post("/query", json={"statement": "RETURN 1 AS one"})
    assert r.status_code == 200, r.text


def test_a_bad_content_length_is_refused(tight: TestClient) -> None:
    r = tight.post("/query", content=b"{}", headers={"Content-Length": "-5"})
    assert r.status_code == 400
    assert r.json()["detail"]


@pytest.mark.parametrize("upload", [False, True])
def test_a_document_over_the_document_limit_is_refused(
    tight: TestClient, engine: GraphEngine, upload: bool
) -> None:
    before = graph_snapshot(engine)
    text = "Huawei buys chips. " * (DOC_LIMIT // 10)
    assert DOC_LIMIT < len(text) < BODY_LIMIT - 200
    if upload:
        r = tight.post("/documents", files={"file": ("big.txt", text.encode())}, headers=KEY)
    else:
        r = tight.post("/documents", json={"title": "Big", "text": text}, headers=KEY)
    assert r.status_code in (413, 422), r.text
    assert str(DOC_LIMIT) in r.json()["detail"]
    assert graph_snapshot(engine) == before


def _bounded_params(client: TestClient) -> list[tuple[str, str, int, int]]:
    """(path, parameter, minimum, maximum) of every bounded integer query parameter."""
    spec = client.get("/openapi.json").json()
    out = []
    for path, item in spec["paths"].items():
        for p in item.get("get", {}).get("parameters", []):
            schema = p.get("schema", {})
            if p["in"] == "query" and schema.get("type") == "integer":
                out.append((path, p["name"], schema.get("minimum"), schema.get("maximum")))
    return out


def test_hops_and_page_sizes_are_bounded_as_documented(client: TestClient) -> None:
    bounded = {(path, name): (lo, hi) for path, name, lo, hi in _bounded_params(client)}
    hop_params = {k: v for k, v in bounded.items() if "hops" in k[1]}
    limit_params = {k: v for k, v in bounded.items() if k[1] == "limit"}
    assert hop_params and limit_params
    assert {hi for _, hi in hop_params.values()} == {MAX_HOPS}
    assert {hi for _, hi in limit_params.values()} == {MAX_LIMIT}


def test_every_bounded_parameter_refuses_values_outside_its_bounds(
    client: TestClient, engine: GraphEngine
) -> None:
    store(engine, make_extraction("limits", [("Company", "Acme"), ("Company", "Globex")],
                                  [("SUPPLIES", 0, 1)]))
    checked = 0
    for path, name, lo, hi in _bounded_params(client):
        url = (path.replace("{entity_id}", "company:acme").replace("{sanction_id}", "sanction:x")
               .replace("{id}", "company:acme"))
        for value in (v for v in (None if lo is None else lo - 1,
                                  None if hi is None else hi + 1) if v is not None):
            params: dict[str, str | int] = {name: value}
            if path == "/paths/shortest":
                params |= {"source": "company:acme", "target": "company:globex"}
            r = client.get(url, params=params)
            assert r.status_code == 422, (url, params, r.status_code, r.text)
            assert name in r.json()["detail"], r.text
            checked += 1
    assert checked >= 10
