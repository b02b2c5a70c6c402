"""POST /query: writes are refused (403) before the engine sees them; reads are bounded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from graph.base import GraphEngine
from loaders.store import store
from reliability.support import RecordingEngine, graph_snapshot, make_extraction

WRITES = [
    "CREATE (n:Company {id: 'company:evil', name: 'Evil'})",
    "create (n:Pwned)",
    "MERGE (n:Company {id: 'company:acme'}) RETURN n",
    "MATCH (n) SET n.pwned = true RETURN count(n)",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "match (n) detach\ndelete n",
    "MATCH (n:Company) REMOVE n.name RETURN n",
    "MATCH (n:Company) REMOVE n:Company RETURN n",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row CREATE (:X)",
    "CALL db.idx.fulltext.createNodeIndex('Company', 'name')",
    "CALL db.idx.fulltext.drop('Company')",
    "CALL /* hidden */ db.idx.fulltext.drop('Company')",
    "CALL db . idx . fulltext . drop('Company')",
    "CALL `db.idx.fulltext.drop`('Company')",
    "CALL `db`.`idx`.`fulltext`.`drop`('Company')",
    "CALL apoc.create.node(['X'], {}) YIELD node RETURN node",
    "CALL dbms.setConfigValue('x', 'y')",
    "CREATE INDEX FOR (n:Company) ON (n.country)",
    "CREATE INDEX company_country IF NOT EXISTS FOR (n:Company) ON (n.country)",
    "DROP INDEX ON :Company(name)",
    "CREATE CONSTRAINT FOR (n:Company) REQUIRE n.name IS UNIQUE",
    "DROP CONSTRAINT company_id",
    "CALL { CREATE (:Pwned) } RETURN 1",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    "FOREACH (x IN [1, 2] | CREATE (:Pwned {x: x}))",
    "MATCH (n:Company) WITH n LIMIT 1 MERGE (n)-[:SUPPLIES]->(n)",
    "MATCH (n) RETURN n // harmless?\rCREATE (:Pwned)",
    "MATCH (n) RETURN n // harmless?\u2028CREATE (:Pwned)",
]

READS = [
    ("MATCH (n:Company) WHERE n.name <> 'CREATE' RETURN n.name AS name ORDER BY name", 200),
    ("MATCH (n:Company) RETURN n.name AS name, n.set AS s ORDER BY name // DELETE", 200),
    ("CALL db.labels() YIELD label RETURN label ORDER BY label", 200),
    ("MATCH (n:Company) WHERE n.name = $name RETURN n.id AS id", 200),
]


@pytest.fixture
def recorder(engine: GraphEngine) -> RecordingEngine:
    store(engine, make_extraction(
        "ro", [("Company", "Acme"), ("Company", "Globex")], [("SUPPLIES", 0, 1)]
    ))
    return RecordingEngine(engine)


@pytest.fixture
def ro_client(settings: Settings, recorder: RecordingEngine) -> Iterator[TestClient]:
    with TestClient(create_app(settings, recorder), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("statement", WRITES)
def test_writes_are_refused_before_the_engine(
    ro_client: TestClient, recorder: RecordingEngine, engine: GraphEngine, statement: str
) -> None:
    before = graph_snapshot(engine)
    recorder.statements.clear()
    r = ro_client.post("/query", json={"statement": statement, "parameters": {}})
    assert r.status_code == 403, (statement, r.status_code, r.text)
    assert r.json()["detail"]
    assert recorder.statements == [], "a refused statement reached the engine"
    assert graph_snapshot(engine) == before


@pytest.mark.parametrize("statement", WRITES)
def test_writes_with_a_key_are_still_refused(
    ro_client: TestClient, engine: GraphEngine, statement: str
) -> None:
    """The write key does not turn the read-only endpoint into a write endpoint."""
    before = graph_snapshot(engine)
    r = ro_client.post(
        "/query", json={"statement": statement}, headers={"X-API-Key": "test-key"}
    )
    assert r.status_code == 403, (statement, r.text)
    assert graph_snapshot(engine) == before


@pytest.mark.parametrize(("statement", "status"), READS)
def test_reads_run(ro_client: TestClient, engine: GraphEngine, statement: str, status: int) -> None:
    before = graph_snapshot(engine)
    r = ro_client.post("/query", json={"statement": statement, "parameters": {"name": "Acme"}})
    assert r.status_code == status, r.text
    assert r.json()["data"]["values"]
    assert graph_snapshot(engine) == before


def test_row_limit_cuts_off_with_truncated(settings: Settings, engine: GraphEngine) -> None:
    small = settings.model_copy(update={"query_max_rows": 100})
    with TestClient(create_app(small, engine)) as c:
        r = c.post("/query", json={"statement": "UNWIND range(1, 5000) AS x RETURN x"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert len(body["data"]["values"]) == 100
    assert body["truncated"] is True
    assert body["limit"] == 100


def test_timeout_cuts_off_with_a_clear_response(settings: Settings, engine: GraphEngine) -> None:
    quick = settings.model_copy(update={"query_timeout_ms": 100})
    statement = (
        "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b "
        "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n"
    )
    with TestClient(create_app(quick, engine), raise_server_exceptions=False) as c:
        r = c.post("/query", json={"statement": statement})
    assert r.status_code == 408, r.text
    assert "time" in r.json()["detail"].lower()


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("body", [
    {"statement": "RETURN $x AS x", "parameters": {"x": "a\u0000b"}},
    {"statement": "RETURN 1 AS one\u0000 MATCH (n) DETACH DELETE n"},
    {"statement": "RETURN 1 AS one", "parameters": {"a`b": 1}},
    {"statement": "RETURN 1 AS one", "parameters": {"x": {"": 1}}},
    {"statement": "RETURN " + "[" * 30 + "1" + "]" * 30 + " AS deep"},
    {"statement": "RETURN " + "(" * 25 + "1" + ")" * 25 + " AS deep"},
    {"statement": "RETURN $p AS p", "parameters": {"p": _nested(300)}},
    {"statement": "MATCH (n RETURN n"},
    {"statement": "RETURN 'unterminated"},
    {"statement": ""},
    {"statement": 42},
    {"parameters": {}},
])
def test_bad_statements_get_a_4xx_with_a_message(
    ro_client: TestClient, engine: GraphEngine, body: dict[str, object]
) -> None:
    before = graph_snapshot(engine)
    r = ro_client.post("/query", json=body)
    assert 400 <= r.status_code < 500, (str(body)[:200], r.status_code, r.text)
    assert r.json()["detail"]
    assert graph_snapshot(engine) == before
