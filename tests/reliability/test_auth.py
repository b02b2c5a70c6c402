"""Write endpoints need the right X-API-Key: 401 otherwise, nothing changes, no key is logged."""

from __future__ import annotations

import hmac
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app import deps
from app.main import create_app
from app.settings import Settings
from graph.base import GraphEngine
from loaders.store import store
from reliability.support import API_KEY, graph_snapshot, make_extraction

READ_ONLY_POSTS = {("post", "/query")}
"""POST endpoints that only read (a write through them is refused with 403 for everyone)."""

WRONG_KEYS: list[dict[str, str]] = [
    {},
    {"X-API-Key": ""},
    {"X-API-Key": "wrong"},
    {"X-API-Key": API_KEY.upper()},
    {"X-API-Key": API_KEY + " "},
    {"X-API-Key": API_KEY[:-1]},
    {"X-API-Key": API_KEY + "x"},
    {"Authorization": f"Bearer {API_KEY}"},
    {"X-Api-Key-Other": API_KEY},
]


def _write_operations(client: TestClient) -> list[tuple[str, str]]:
    spec = client.get("/openapi.json").json()
    ops = [
        (method, path)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"post", "put", "patch", "delete"}
    ]
    return [op for op in ops if op not in READ_ONLY_POSTS]


def _request(client: TestClient, method: str, path: str, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    """A well-formed request for each write endpoint (so only the key can be wrong)."""
    url = path.replace("{document_id}", "document:auth-0")
    if (method, path) == ("post", "/documents"):
        return client.post(url, json={"title": "Auth test", "text": "Huawei buys chips."},
                           headers=headers)
    if (method, path) == ("post", "/import"):
        body: dict[str, object] = {
            "nodes": [{"id": "company:intruder", "label": "Company", "name": "Intruder"}],
            "edges": [],
        }
        return client.post(url, json=body, headers=headers)
    return client.request(method.upper(), url, headers=headers)


@pytest.fixture
def seeded(engine: GraphEngine) -> GraphEngine:
    store(engine, make_extraction("auth-0", [("Company", "Acme"), ("Company", "Globex")],
                                  [("SUPPLIES", 0, 1)]))
    return engine


def test_the_write_endpoints_are_known(client: TestClient) -> None:
    ops = set(_write_operations(client))
    assert {("post", "/documents"), ("delete", "/documents/{document_id}"),
            ("post", "/import")} <= ops


@pytest.mark.parametrize("headers", WRONG_KEYS, ids=lambda h: repr(h)[:40])
def test_every_write_endpoint_refuses_a_missing_or_wrong_key(
    client: TestClient, seeded: GraphEngine, headers: dict[str, str]
) -> None:
    before = graph_snapshot(seeded)
    for method, path in _write_operations(client):
        r = _request(client, method, path, headers)
        assert r.status_code == 401, (method, path, headers, r.status_code, r.text)
        assert "X-API-Key" in r.json()["detail"]
        assert API_KEY not in r.text
    assert graph_snapshot(seeded) == before


def test_with_no_key_configured_writes_are_off(settings: Settings, seeded: GraphEngine) -> None:
    keyless = settings.model_copy(update={"api_key": None})
    before = graph_snapshot(seeded)
    with TestClient(create_app(keyless, seeded), raise_server_exceptions=False) as c:
        for method, path in _write_operations(c):
            for headers in ({}, {"X-API-Key": ""}, {"X-API-Key": "anything"}):
                r = _request(c, method, path, headers)
                assert r.status_code == 401, (method, path, r.text)
                assert "CHOKEPOINT_API_KEY" in r.json()["detail"]
    assert graph_snapshot(seeded) == before


def test_the_right_key_writes(client: TestClient, seeded: GraphEngine) -> None:
    r = _request(client, "delete", "/documents/{document_id}", {"X-API-Key": API_KEY})
    assert r.status_code == 200, r.text
    assert seeded.read("MATCH (d:Document) RETURN d") == []


def test_the_key_is_compared_with_compare_digest(
    client: TestClient, seeded: GraphEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Constant time: every check goes through hmac.compare_digest (spied, still real)."""
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a, b):  # type: ignore[no-untyped-def]
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(deps.hmac, "compare_digest", spy)
    for sent in ("wrong", API_KEY[:-1] + "!", API_KEY):
        _request(client, "delete", "/documents/{document_id}", {"X-API-Key": sent})
    assert [a for a, _ in calls] == [b"wrong", (API_KEY[:-1] + "!").encode(), API_KEY.encode()]
    assert {b for _, b in calls} == {API_KEY.encode()}


def test_no_secret_in_logs_in_process(
    client: TestClient, seeded: GraphEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for headers in [*WRONG_KEYS, {"X-API-Key": API_KEY}]:
        for method, path in _write_operations(client):
            _request(client, method, path, headers)
    client.get("/health")
    assert caplog.records, "logging was captured"
    assert API_KEY not in caplog.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, subprocess.Popen[bytes], Path]]:
    """`chokepoint serve` on loopback with a secret key and its access log on; its output goes
    to a file."""
    secret = "s3cret-" + os.urandom(8).hex()
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(tmp_path / "data"),
           "CHOKEPOINT_API_KEY": secret, "CHOKEPOINT_GRAPH": "auth"}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--access-log"],
            stdout=out, stderr=subprocess.STDOUT, env=env, cwd=Path(__file__).parents[2],
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    try:
        yield base, secret, proc, log
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def test_no_secret_in_server_output(
    served: tuple[str, str, subprocess.Popen[bytes], Path],
) -> None:
    base, secret, proc, log = served
    with httpx.Client(base_url=base, timeout=60) as http:
        assert http.get("/health").status_code == 200
        for key in ("", "nope", secret[:-1], secret + "x", secret):
            headers = {"X-API-Key": key}
            http.post("/import", json={"nodes": [], "edges": []}, headers=headers)
            http.post("/import", content=b"{not json", headers=headers)
            http.delete("/documents/document:none", headers=headers)
            http.post("/query", json={"statement": "RETURN $k AS k", "parameters": {"k": 1}},
                      headers=headers)
    proc.terminate()
    proc.wait(timeout=60)
    output = log.read_text(errors="replace")
    assert "/import" in output, "the access log was captured"
    assert secret not in output
    assert secret[:-1] not in output
