"""POST /query and `chokepoint query`: read-only Cypher, refused before it runs if it writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import app.services.readonly as readonly
from app.main import create_app
from app.services.errors import WriteRefused
from app.services.exchange import dumps_node_link, export_node_link
from app.settings import Settings
from graph.base import GraphEngine, QueryTimeout
from queries.statement import WritingStatement, check_read_only

WRITE_FORMS = [
    "CREATE (n:Company {id: 'company:x', name: 'X'})",
    "MATCH (n:Company) MERGE (n)-[:SUPPLIES]->(n)",
    "MATCH (n:Company) SET n.name = 'pwned'",
    "MATCH (n:Company) SET n:Agency",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Company) REMOVE n.name",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n) FOREACH (x IN [1] | SET n.x = x)",
    "CREATE INDEX FOR (n:Company) ON (n.country)",
    "DROP INDEX FOR (n:Company) ON (n.name)",
    "CREATE CONSTRAINT FOR (n:Company) REQUIRE n.name IS UNIQUE",
    "CALL { MATCH (n) DETACH DELETE n } RETURN 1",
    "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n",
    "CALL db.idx.fulltext.createNodeIndex('Company', 'name')",
    "CALL dbms.security.createUser('eve', 'pw', false)",
    "match (n) detach delete n",
    "MATCH (n) /* comment */ DeTaCh /**/ DELETE n",
    "MATCH (n) WITH n LIMIT 1\nDELETE n // trailing comment",
    "RETURN 1 UNION MATCH (n) DELETE n RETURN 1",
]

READS = [
    "MATCH (n:Company) RETURN n.name AS name ORDER BY name",
    "MATCH (n:Company) WHERE n.name = 'CREATE DELETE SET' RETURN count(n) AS c",
    "MATCH (n:Company) RETURN n.`set` AS s LIMIT 1",
    "MATCH (n:Company) // DELETE n\nRETURN count(n) AS c",
    "MATCH (n:Company) WHERE n.name = $name RETURN n.id AS id",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (n:Company) RETURN n.settings AS x, n.created AS y LIMIT 1",
]


@pytest.mark.parametrize("statement", WRITE_FORMS)
def test_write_forms_are_refused_before_they_run(
    client: TestClient, chain: GraphEngine, statement: str
) -> None:
    before = dumps_node_link(export_node_link(chain))
    with pytest.raises(WritingStatement):
        check_read_only(statement)
    r = client.post("/query", json={"statement": statement})
    assert r.status_code == 403, r.text
    assert "refused" in r.json()["detail"]
    assert dumps_node_link(export_node_link(chain)) == before


@pytest.mark.parametrize("statement", READS)
def test_reads_pass_the_guard(client: TestClient, chain: GraphEngine, statement: str) -> None:
    r = client.post("/query", json={"statement": statement, "parameters": {"name": "SMIC"}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["data"]["values"], body
    assert {"total", "limit", "offset", "truncated"} <= set(body)


def test_query_rows_in_neo4j_shape(client: TestClient, chain: GraphEngine) -> None:
    r = client.post("/query", json={
        "statement": "MATCH (n:Company) WHERE n.name = $name RETURN n.id AS id, n.name AS name",
        "parameters": {"name": "SMIC"},
    })
    assert r.json() == {"data": {"fields": ["id", "name"], "values": [["company:smic", "SMIC"]]},
                        "total": 1, "limit": 1000, "offset": 0, "truncated": False}
    node = client.post("/query", json={"statement": "MATCH (n {id: 'company:asml'}) RETURN n"})
    assert node.json()["data"]["values"][0][0]["properties"]["name"] == "ASML"


def test_the_engine_refuses_writes_too(chain: GraphEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second wall: a write that slipped past the guard still does not run."""
    monkeypatch.setattr(readonly, "check_read_only", lambda statement: None)
    with pytest.raises(WriteRefused, match="refused by the engine"):
        readonly.run_read_only(chain, "MATCH (n) DETACH DELETE n")
    assert chain.read("MATCH (n) RETURN count(n) AS c")[0]["c"] == 9


def test_row_limit_and_timeout(settings: Settings, chain: GraphEngine) -> None:
    small = settings.model_copy(update={"query_max_rows": 3, "query_timeout_ms": 100})
    with TestClient(create_app(small, chain)) as c:
        body = c.post("/query", json={"statement": "MATCH (n) RETURN n.id AS id"}).json()
        assert body["total"] == 3 and body["limit"] == 3 and body["truncated"] is True
        assert len(body["data"]["values"]) == 3
        slow = ("UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y "
                "WITH x, y WHERE x * y = -1 RETURN count(*) AS c")
        r = c.post("/query", json={"statement": slow})
        assert r.status_code == 408, r.text
        assert "time limit" in r.json()["detail"]


@pytest.mark.parametrize(("body", "needle"), [
    ({"statement": "MATCH (n RETURN n"}, "Cypher error"),
    ({"statement": "RETURN 'unterminated"}, "unterminated"),
    ({"statement": ""}, "statement"),
    ({"statement": "RETURN $x", "parameters": {"bad name": 1}}, "parameter name"),
    ({"parameters": {}}, "statement"),
])
def test_bad_statements_are_422(client: TestClient, body: dict, needle: str) -> None:
    r = client.post("/query", json=body)
    assert r.status_code == 422, r.text
    assert needle in r.json()["detail"]


def test_the_engine_stops_at_the_row_limit(settings: Settings, chain: GraphEngine) -> None:
    """A statement matching a hundred million rows is cut by the engine at the limit: it
    neither runs into the time limit (as it does unbounded) nor sends every row here."""
    every_pair = "UNWIND range(1, 10000) AS x UNWIND range(1, 10000) AS y RETURN x, y"
    with pytest.raises(QueryTimeout):
        chain.read(every_pair, timeout_ms=1000)
    small = settings.model_copy(update={"query_max_rows": 3, "query_timeout_ms": 1000})
    with TestClient(create_app(small, chain)) as c:
        r = c.post("/query", json={"statement": every_pair})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["data"]["values"] == [[1, 1], [1, 2], [1, 3]] and body["truncated"] is True
        exact = c.post("/query", json={"statement": "UNWIND range(1, 3) AS x RETURN x"}).json()
        assert exact["total"] == 3 and exact["truncated"] is False


@pytest.mark.parametrize(
    ("statement", "fields"),
    [
        ("MATCH (n) RETURN n.name AS zeta, n.id AS alpha ORDER BY alpha LIMIT 2",
         ["zeta", "alpha"]),
        ("MATCH (n) RETURN DISTINCT n.id, n.name AS `a, b` // note", ["n.id", "a, b"]),
        ("RETURN 2 AS b, 'x, y' AS a UNION RETURN 1 AS b, 'z' AS a", ["b", "a"]),
        ("MATCH (n) WITH n RETURN {k: n.id, j: [1, 2]} AS m, n.id AS id LIMIT 1", ["m", "id"]),
        ("CALL db.labels()", ["label"]),
    ],
)
def test_columns_come_in_the_order_the_statement_names_them(
    chain: GraphEngine, statement: str, fields: list[str]
) -> None:
    assert readonly.run_read_only(chain, statement, max_rows=2)["data"]["fields"] == fields


@pytest.mark.parametrize(
    ("statement", "columns"),
    [
        ("MATCH (n) RETURN n", ["n"]),
        ("MATCH (n) RETURN n.name AS name, count(*) AS c SKIP 1", ["name", "c"]),
        ("MATCH (n) WITH n RETURN n {.id} AS m", ["m"]),
        ("MATCH (n) WHERE n.name = 'RETURN x' RETURN n.id as Id", ["Id"]),
        ("MATCH (n) RETURN *", None),
        ("CALL db.labels() YIELD label RETURN label", ["label"]),
        ("MATCH (n) CALL { WITH n RETURN n.id AS inner } RETURN inner, n", ["inner", "n"]),
        ("CALL db.labels()", None),
    ],
)
def test_return_columns_are_read_from_the_last_return_clause(
    statement: str, columns: list[str] | None
) -> None:
    assert readonly.return_columns(statement) == columns
