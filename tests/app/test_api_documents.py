"""POST /documents (JSON and file upload, through the real loader) and DELETE /documents."""

from __future__ import annotations

import threading
from typing import Any

from fastapi.testclient import TestClient
from sample_graph import KEY

from app.services import documents as document_service
from graph.base import GraphEngine

TEXT = (
    "Huawei relies on chips made by SMIC. Semiconductor Manufacturing International "
    "Corporation (SMIC) depends on ASML for lithography machines."
)


def test_post_text_then_read_then_delete(client: TestClient, engine: GraphEngine) -> None:
    r = client.post("/documents", json={"title": "Chips", "text": TEXT,
                                        "url": "https://example.org/chips"}, headers=KEY)
    assert r.status_code == 201, r.text
    loaded = r.json()
    assert loaded["status"] == "loaded" and loaded["entities"] >= 2
    doc_id = loaded["document"]
    again = client.post("/documents", json={"title": "Chips", "text": TEXT,
                                            "url": "https://example.org/chips"}, headers=KEY)
    assert (again.status_code, again.json()["status"]) == (200, "unchanged"), again.text
    files = {"file": ("chips.txt", TEXT.encode(), "text/plain")}
    uploads = [client.post("/documents", files=files, headers=KEY) for _ in range(2)]
    assert [(u.status_code, u.json()["status"]) for u in uploads] == [
        (201, "loaded"), (200, "unchanged")]
    client.delete(f"/documents/{uploads[0].json()['document']}", headers=KEY)

    doc = client.get(f"/documents/{doc_id}").json()
    assert doc["title"] == "Chips" and doc["url"] == "https://example.org/chips"
    assert doc["text"].startswith("Chips\n\nHuawei relies on chips")  # the title is the headline
    assert {"company:huawei", "company:smic", "company:asml"} <= {m["id"] for m in doc["mentions"]}
    assert "company:smic~DEPENDS_ON~company:asml" in {f["id"] for f in doc["relationships"]}
    for m in doc["mentions"]:
        spans = m["spans"]
        assert len(spans) % 2 == 0 and all(0 <= s <= len(doc["text"]) for s in spans)
    for fact in doc["relationships"]:
        assert fact["evidence"] and all(e["document"] == doc_id for e in fact["evidence"])
        assert client.get(f"/relationships/{fact['id']}").status_code == 200
    listing = client.get("/documents").json()
    assert [d["id"] for d in listing["items"]] == [doc_id]

    r = client.delete(f"/documents/{doc_id}", headers=KEY)
    assert r.status_code == 200 and r.json() == {"document": doc_id, "deleted": True}
    assert client.get(f"/documents/{doc_id}").status_code == 404
    assert client.get("/stats").json()["nodes"] == 0
    assert client.delete(f"/documents/{doc_id}", headers=KEY).status_code == 404


def test_reads_are_served_while_a_document_loads(client: TestClient) -> None:
    # Hold the loader so the POST stays in flight; reads must not wait behind it.
    posted: dict[str, int] = {}
    with document_service._LOADING:
        poster = threading.Thread(target=lambda: posted.update(status=client.post(
            "/documents", json={"title": "Chips", "text": TEXT}, headers=KEY).status_code))
        poster.start()
        health: dict[str, int] = {}
        reader = threading.Thread(
            target=lambda: health.update(status=client.get("/health").status_code))
        reader.start()
        reader.join(timeout=60)
        assert health == {"status": 200} and poster.is_alive()
    poster.join(timeout=120)
    assert posted == {"status": 201}


def test_upload_a_file(client: TestClient, engine: GraphEngine) -> None:
    files = {"file": ("chips.txt", TEXT.encode(), "text/plain")}
    r = client.post("/documents", files=files, headers=KEY)
    assert r.status_code == 201, r.text
    assert r.json()["status"] == "loaded"
    assert client.get("/documents").json()["total"] == 1


def test_bad_documents_are_refused_and_write_nothing(
    client: TestClient, engine: GraphEngine
) -> None:
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({"json": {"title": "", "text": TEXT}}, 422, "title"),
        ({"json": {"title": "T"}}, 422, "text"),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422,
         "invalid document JSON"),
        ({"files": {"file": ("a.bin", b"\x00\x01\x02", "application/octet-stream")}}, 422,
         "a.bin"),
        ({"files": {"file": ("empty.txt", b"", "text/plain")}}, 422, "empty"),
        ({"files": {"other": ("a.txt", b"x", "text/plain")}}, 422, "'file'"),
        ({"content": b"hello", "headers": {"Content-Type": "text/plain"}}, 415, "multipart"),
    ]
    for kwargs, status, needle in cases:
        headers = {**KEY, **kwargs.pop("headers", {})}
        r = client.post("/documents", headers=headers, **kwargs)
        assert r.status_code == status, (needle, r.text)
        assert needle in r.json()["detail"], r.text
    assert client.get("/stats").json()["nodes"] == 0
