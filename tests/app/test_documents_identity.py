"""POST /documents: a document is its source (explicit source, else url, else its text);
a title or an upload's file name is no identity, so no POST replaces another document."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sample_graph import KEY

HUAWEI = "Huawei relies on chips made by SMIC."
ASML = "ASML supplies EUV lithography machines to TSMC."
LYNAS = "Lynas ships rare earths to Japan."


CREATED = {"loaded": 201, "replaced": 201, "updated": 200, "unchanged": 200}
"""The HTTP status of each load status: 201 only when a document or its text is new."""


def post(client: TestClient, **body: str) -> dict:
    r = client.post("/documents", json=body, headers=KEY)
    assert r.status_code == CREATED[r.json()["status"]], r.text
    return r.json()


def mentions(client: TestClient, doc_id: str) -> set[str]:
    r = client.get(f"/documents/{doc_id}")
    assert r.status_code == 200, r.text
    return {m["id"] for m in r.json()["mentions"]}


def test_two_texts_under_one_title_are_two_documents(client: TestClient) -> None:
    one = post(client, title="Daily briefing", text=HUAWEI)
    two = post(client, title="Daily briefing", text=ASML)
    assert (one["status"], two["status"]) == ("loaded", "loaded")
    assert one["document"] == "document:daily-briefing"
    assert two["document"].startswith("document:daily-briefing-") and two["document"] != one[
        "document"]
    assert "company:huawei" in mentions(client, one["document"])
    assert "company:asml" in mentions(client, two["document"])
    assert client.get("/documents").json()["total"] == 2
    assert post(client, title="Daily briefing", text=ASML) == {**two, "status": "unchanged",
                                                              "entities": 0, "relationships": 0}


def test_same_text_with_new_metadata_is_updated(client: TestClient) -> None:
    first = post(client, title="Chips", text=HUAWEI, source="feed:1", url="https://a.org/1")
    again = post(client, title="Chips", text=HUAWEI, source="feed:1", url="https://a.org/2")
    assert again["status"] == "updated" and again["document"] == first["document"]
    doc = client.get(f"/documents/{first['document']}").json()
    assert doc["url"] == "https://a.org/2" and "company:huawei" in {
        m["id"] for m in doc["mentions"]}
    assert client.get("/documents").json()["total"] == 1


def test_a_new_headline_is_a_new_text_whose_facts_are_read(client: TestClient) -> None:
    first = post(client, title="Chips", text=HUAWEI, url="https://example.org/chips")
    again = post(client, title="ASML supplies TSMC", text=HUAWEI, url="https://example.org/chips")
    assert again["status"] == "replaced" and again["document"] == first["document"]
    doc = client.get(f"/documents/{first['document']}").json()
    assert doc["text"].startswith("ASML supplies TSMC\n\n")
    supplies = client.get("/relationships/company:asml~SUPPLIES~company:tsmc")
    assert supplies.status_code == 200, supplies.text


def test_url_and_explicit_source_identify_a_document(client: TestClient) -> None:
    a = post(client, title="A", text=HUAWEI, url="https://example.com/a/b")
    b = post(client, title="B", text=ASML, url="https://example.com/a-b")
    assert a["document"] != b["document"] and b["status"] == "loaded"
    assert "company:huawei" in mentions(client, a["document"])
    replaced = post(client, title="B", text=LYNAS, url="https://example.com/a-b")
    assert replaced == {**replaced, "document": b["document"], "status": "replaced"}

    mine = post(client, title="Feed item", text=HUAWEI, source="feed:acme/1")
    assert mine["document"] == "document:feed-acme-1" and mine["status"] == "loaded"
    edited = post(client, title="Feed item", text=ASML, source="feed:acme/1")
    assert (edited["document"], edited["status"]) == (mine["document"], "replaced")
    detail = client.get(f"/documents/{mine['document']}").json()
    assert detail["source"] == "feed:acme/1" and "company:asml" in {
        m["id"] for m in detail["mentions"]}
    assert client.get("/documents").json()["total"] == 3


def test_uploads_with_one_file_name_are_two_documents(client: TestClient) -> None:
    ids = []
    for text in (HUAWEI, ASML):
        r = client.post("/documents", files={"file": ("report.txt", text.encode(), "text/plain")},
                        headers=KEY)
        assert r.status_code == 201 and r.json()["status"] == "loaded", r.text
        ids.append(r.json()["document"])
    assert ids[0] == "document:report-txt" and ids[1] != ids[0]
    assert "company:huawei" in mentions(client, ids[0])
    assert "company:asml" in mentions(client, ids[1])


def test_an_empty_source_is_refused(client: TestClient) -> None:
    r = client.post("/documents", json={"title": "T", "text": HUAWEI, "source": ""}, headers=KEY)
    assert r.status_code == 422 and "source" in r.json()["detail"]
    assert client.get("/documents").json()["total"] == 0
