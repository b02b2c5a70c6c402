"""Entity search reads the query as a person typed it: surrounding and repeated spaces do not
change what is found."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.base import GraphEngine


@pytest.mark.parametrize("typed", [" huawei ", "huawei  ", "\thuawei\n", "%20huawei%20"])
def test_search_trims_spaces(client: TestClient, chain: GraphEngine, typed: str) -> None:
    text = typed.replace("%20", " ")
    body = client.get("/entities", params={"q": text}).json()
    assert [(i["id"], i["match"]) for i in body["items"]][0] == ("company:huawei", "exact")
    assert body == client.get("/entities", params={"q": "huawei"}).json()


def test_search_collapses_inner_whitespace(client: TestClient, chain: GraphEngine) -> None:
    body = client.get("/entities", params={"q": "  huawei    technologies "}).json()
    assert [(i["id"], i["match"]) for i in body["items"]] == [("company:huawei", "exact")]


def test_only_spaces_lists_everything(client: TestClient, chain: GraphEngine) -> None:
    assert client.get("/entities", params={"q": "   "}).json() == client.get("/entities").json()


@pytest.mark.parametrize("typed", ["", "   "])
def test_no_query_labels_no_match(client: TestClient, chain: GraphEngine, typed: str) -> None:
    body = client.get("/entities", params={"q": typed, "limit": 500}).json()
    assert body["total"] == 8 and len(body["items"]) == 8
    assert {i["match"] for i in body["items"]} == {None}
