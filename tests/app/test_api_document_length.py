"""A document too long for the NLP pipeline: the API says so in words, as the CLI does, and
the graph stays as it was."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sample_graph import KEY

from graph.base import GraphEngine
from loaders.nlp import get_nlp
from loaders.read import document_from_text
from queries import entities as q


def test_too_long_document_is_a_clear_4xx(client: TestClient, engine: GraphEngine) -> None:
    limit = get_nlp().max_length
    text = "Huawei buys chips." + " Huawei buys chips." * (limit // 19 + 1)
    length = len(document_from_text("Long", text, headline=True).text)  # as the loader cleans it
    assert length > limit
    r = client.post("/documents", json={"title": "Long", "text": text}, headers=KEY)
    assert 400 <= r.status_code < 500
    detail = r.json()["detail"]
    assert "too long for the NLP pipeline" in detail, detail
    assert f"{length} characters" in detail and f"the limit is {limit}" in detail
    assert "E088" not in detail
    assert engine.read(q.COUNT_NODES.text(engine.dialect))[0]["count"] == 0
