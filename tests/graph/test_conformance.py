"""Backend conformance: one set of tests, run on the embedded engine always and on Neo4j
whenever NEO4J_URI is set (the ``any_engine`` fixture skips it with a reason otherwise).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from graph.base import GraphEngine, GraphError
from loaders.model import Entity, Evidence, Extraction, Mention, Relation, SourceDocument
from loaders.store import InvalidExtraction, delete_document, store
from queries import REGISTRY, Query
from queries import schema as ddl

GRAPH = """
CREATE (h:Entity:Company {id: 'company:huawei', name: 'Huawei', aliases: ['Huawei Technologies']})
CREATE (s:Entity:Company {id: 'company:smic', name: 'SMIC', aliases: []})
CREATE (a:Entity:Company {id: 'company:asml', name: 'ASML', aliases: []})
CREATE (h)-[:DEPENDS_ON {confidence: 0.9, docs: ['document:a']}]->(s)
CREATE (s)-[:DEPENDS_ON {confidence: 0.5, docs: ['document:a']}]->(a)
"""

HUAWEI = {
    "id": "company:huawei",
    "labels": ["Entity", "Company"],
    "properties": {"id": "company:huawei", "name": "Huawei", "aliases": ["Huawei Technologies"]},
}
SMIC = {
    "id": "company:smic",
    "labels": ["Entity", "Company"],
    "properties": {"id": "company:smic", "name": "SMIC", "aliases": []},
}
ASML = {
    "id": "company:asml",
    "labels": ["Entity", "Company"],
    "properties": {"id": "company:asml", "name": "ASML", "aliases": []},
}
H_S = {"type": "DEPENDS_ON", "start": "company:huawei", "end": "company:smic",
       "properties": {"confidence": 0.9, "docs": ["document:a"]}}
S_A = {"type": "DEPENDS_ON", "start": "company:smic", "end": "company:asml",
       "properties": {"confidence": 0.5, "docs": ["document:a"]}}

# Example values for statement parameters, by name. A statement whose parameters all have
# an example here is run on every engine; the others are only compiled (see below).
PARAM_EXAMPLES: dict[str, Any] = {
    "doc": "document:a",
    "id": "company:huawei",
    "ids": ["company:huawei", "company:smic"],
    "start": "company:huawei",
    "end": "company:asml",
    "source": "company:huawei",
    "target": "company:asml",
    "name": "Huawei",
    "q": "hua",
    "query": "hua",
    "text": "hua",
    "prefix": "hua",
    "label": "Company",
    "type": "DEPENDS_ON",
    "direction": "both",
    "keys": [{"start": "company:huawei", "type": "DEPENDS_ON", "end": "company:smic"}],
    "limit": 10,
    "skip": 0,
    "offset": 0,
    "min_confidence": 0.0,
    "rows": [],
    "props": {"title": "A", "source": "a.txt", "sha256": "0" * 64},
}
DDL = {v.name for v in vars(ddl).values() if isinstance(v, Query)}
"""Schema statements: per-dialect by design, exercised through bootstrap_schema."""


def seed(engine: GraphEngine) -> None:
    engine.write([(GRAPH, {})])


def count(engine: GraphEngine) -> tuple[int, int]:
    nodes = engine.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = engine.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return nodes, rels


# -- result shapes ---------------------------------------------------------------------------
def test_node_shape(any_engine: GraphEngine) -> None:
    seed(any_engine)
    rows = any_engine.read("MATCH (n:Company {id: $id}) RETURN n", {"id": "company:huawei"})
    assert rows == [{"n": HUAWEI}]


def test_relationship_shape_without_its_nodes(any_engine: GraphEngine) -> None:
    seed(any_engine)
    rows = any_engine.read(
        "MATCH (:Company {id: $id})-[r:DEPENDS_ON]->() RETURN r", {"id": "company:huawei"}
    )
    assert rows == [{"r": H_S}]


def test_path_shape_in_order(any_engine: GraphEngine) -> None:
    seed(any_engine)
    rows = any_engine.read(
        "MATCH p = (:Company {id: $a})-[:DEPENDS_ON*2]->(:Company {id: $b}) RETURN p",
        {"a": "company:huawei", "b": "company:asml"},
    )
    assert rows == [{"p": {"nodes": [HUAWEI, SMIC, ASML], "relationships": [H_S, S_A]}}]


def test_scalars_lists_maps_and_nulls(any_engine: GraphEngine) -> None:
    seed(any_engine)
    rows = any_engine.read(
        "MATCH (n:Company) WITH n ORDER BY n.id "
        "RETURN collect(n.id) AS ids, count(n) AS c, {name: 'x', n: 1.5} AS m, null AS z, "
        "$flag AS flag",
        {"flag": True},
    )
    assert rows == [{"ids": ["company:asml", "company:huawei", "company:smic"], "c": 3,
                     "m": {"name": "x", "n": 1.5}, "z": None, "flag": True}]


def test_nested_nodes_in_lists_and_maps(any_engine: GraphEngine) -> None:
    seed(any_engine)
    rows = any_engine.read(
        "MATCH (a:Company {id: $id})-[r]->(b) RETURN [a, b] AS pair, {rel: r} AS m",
        {"id": "company:huawei"},
    )
    assert rows == [{"pair": [HUAWEI, SMIC], "m": {"rel": H_S}}]


def test_list_of_maps_parameter(any_engine: GraphEngine) -> None:
    rows = [{"id": "country:china", "name": "China", "aliases": ["PRC", "People's Republic"]}]
    any_engine.write([
        ("UNWIND $rows AS row MERGE (n:Entity:Country {id: row.id}) "
         "SET n.name = row.name, n.aliases = row.aliases", {"rows": rows}),
    ])
    out = any_engine.read("MATCH (n:Country) RETURN n.id AS id, n.name AS name, n.aliases AS a")
    assert out == [{"id": "country:china", "name": "China", "a": ["PRC", "People's Republic"]}]


def test_max_rows_cuts_the_result_and_keeps_parameters_and_order(any_engine: GraphEngine) -> None:
    seed(any_engine)
    statement = "MATCH (n:Company) WHERE n.id <> $skip RETURN n.id AS id ORDER BY id DESC"
    assert any_engine.read(statement, {"skip": "company:smic"}, max_rows=1) == [
        {"id": "company:huawei"}
    ]
    assert len(any_engine.read("UNWIND range(1, 10) AS x RETURN x", max_rows=10)) == 10
    labels = any_engine.read("CALL db.labels()", max_rows=1)  # a bare procedure call
    assert len(labels) == 1 and set(labels[0]) == {"label"}


def test_syntax_error_is_a_graph_error(any_engine: GraphEngine) -> None:
    with pytest.raises(GraphError):
        any_engine.read("MATCH (n RETURN n")


# -- write atomicity -------------------------------------------------------------------------
def test_write_batch_summary(any_engine: GraphEngine) -> None:
    summary = any_engine.write([
        ("CREATE (:Entity:Company {id: 'company:a', name: 'A'})", {}),
        ("CREATE (:Entity:Company {id: 'company:b', name: 'B'})", {}),
        ("MATCH (a:Company {id: 'company:a'}), (b:Company {id: 'company:b'}) "
         "CREATE (a)-[:SUPPLIES]->(b)", {}),
    ])
    assert (summary.nodes_created, summary.relationships_created) == (2, 1)
    assert count(any_engine) == (2, 1)


def test_failing_batch_changes_nothing(any_engine: GraphEngine) -> None:
    seed(any_engine)
    before = any_engine.read("MATCH (n) RETURN n ORDER BY n.id")
    with pytest.raises(GraphError):
        any_engine.write([
            ("CREATE (:Entity:Company {id: 'company:new', name: 'New'})", {}),
            ("MATCH (n:Company {id: 'company:huawei'}) SET n.name = 'Changed'", {}),
            ("MATCH (n:Company {id: 'company:smic'}) DETACH DELETE n", {}),
            ("CREATE (:Entity:Company {id: 'company:huawei', name: 'Duplicate'})", {}),
        ])
    assert any_engine.read("MATCH (n) RETURN n ORDER BY n.id") == before
    assert count(any_engine) == (3, 2)


def test_statements_share_parameter_names(any_engine: GraphEngine) -> None:
    any_engine.write([
        ("UNWIND $rows AS r CREATE (:Entity:Technology {id: r, name: r})", {"rows": ["t:1"]}),
        ("UNWIND $rows AS r CREATE (:Entity:Technology {id: r, name: r})", {"rows": ["t:2"]}),
    ])
    rows = any_engine.read("MATCH (n:Technology) RETURN n.id AS id ORDER BY id")
    assert rows == [{"id": "t:1"}, {"id": "t:2"}]


# -- schema ----------------------------------------------------------------------------------
def test_bootstrap_is_idempotent_and_enforced(any_engine: GraphEngine) -> None:
    any_engine.bootstrap_schema()
    any_engine.bootstrap_schema()
    any_engine.write([("CREATE (:Entity:Company {id: 'company:x', name: 'X'})", {})])
    for label in ("Company", "Entity"):
        with pytest.raises(GraphError):
            any_engine.write([(f"CREATE (:{label} {{id: 'company:x', name: 'Y'}})", {})])
    with pytest.raises(GraphError):
        any_engine.write([("CREATE (:Document {id: 'document:1'}), (:Document {id: 'document:1'})",
                           {})])
    assert count(any_engine) == (1, 0)
    listed = any_engine.read(ddl.FALKORDB_LIST_INDEXES.text(any_engine.dialect))
    indexed = {(r["label"], p) for r in listed for p in r["properties"] or []}  # lookup: null
    for label in ("Entity", "Document", "Company"):
        assert {(label, "id"), (label, "name")} <= indexed


def test_clear_empties_the_graph_and_keeps_the_schema(any_engine: GraphEngine) -> None:
    seed(any_engine)
    any_engine.clear()
    assert count(any_engine) == (0, 0)
    any_engine.write([("CREATE (:Entity:Company {id: 'company:x', name: 'X'})", {})])
    with pytest.raises(GraphError):
        any_engine.write([("CREATE (:Entity:Company {id: 'company:x', name: 'Y'})", {})])


def test_health(any_engine: GraphEngine) -> None:
    h = any_engine.health()
    assert h.ok, h.detail
    assert h.engine == any_engine.name


# -- the store's load / replace / retract ----------------------------------------------------
def _doc(slug: str, text: str) -> SourceDocument:
    return SourceDocument(
        id=f"document:{slug}", title=slug.upper(), source=f"{slug}.txt", text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def _extraction(slug: str, text: str, facts: list[tuple[str, str, str, float]]) -> Extraction:
    """A document stating `facts` (type, start id, end id, confidence); entities from the ids."""
    doc = _doc(slug, text)
    names = {"company:huawei": "Huawei", "company:smic": "SMIC", "company:asml": "ASML",
             "country:china": "China"}
    used = sorted({x for _, a, b, _ in facts for x in (a, b)})
    entities = [Entity(i, i.split(":")[0].capitalize(), names[i]) for i in used]
    relations = [
        Relation(t, a, b, [Evidence(doc.id, text, 0, len(text), c, "pattern")])
        for t, a, b, c in facts
    ]
    mentions = [Mention(i, [(0, 3)]) for i in used]
    return Extraction(doc, entities, relations, mentions)


def _facts(engine: GraphEngine) -> dict[tuple[str, str, str], dict[str, Any]]:
    rows = engine.read(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS t, a.id AS a, b.id AS b, "
        "r.docs AS docs, r.confidence AS confidence, r.sources AS sources"
    )
    return {(r["t"], r["a"], r["b"]): r for r in rows}


def _ids(engine: GraphEngine, label: str) -> list[str]:
    return [r["id"] for r in engine.read(f"MATCH (n:{label}) RETURN n.id AS id ORDER BY id")]


def test_store_load_merge_replace_retract(any_engine: GraphEngine) -> None:
    e = any_engine
    a1 = _extraction("a", "Huawei relies on SMIC.", [
        ("DEPENDS_ON", "company:huawei", "company:smic", 0.5),
        ("BASED_IN", "company:smic", "country:china", 0.8),
    ])
    b = _extraction("b", "SMIC supplies Huawei; Huawei needs SMIC.", [
        ("DEPENDS_ON", "company:huawei", "company:smic", 0.5),
    ])
    assert store(e, a1).status == "loaded"
    assert store(e, a1).status == "unchanged"
    assert store(e, b).status == "loaded"
    facts = _facts(e)
    dep = facts[("DEPENDS_ON", "company:huawei", "company:smic")]
    assert sorted(dep["docs"]) == ["document:a", "document:b"]
    assert dep["confidence"] == pytest.approx(0.75)  # noisy-OR of 0.5 and 0.5
    assert {json.loads(s)["doc"] for s in dep["sources"]} == {"document:a", "document:b"}

    # A changed document replaces its facts: BASED_IN goes, SUPPLIES... is new.
    a2 = _extraction("a", "ASML supplies SMIC. Huawei relies on SMIC.", [
        ("DEPENDS_ON", "company:huawei", "company:smic", 0.6),
        ("SUPPLIES", "company:asml", "company:smic", 0.7),
    ])
    assert store(e, a2).status == "replaced"
    facts = _facts(e)
    assert set(facts) == {("DEPENDS_ON", "company:huawei", "company:smic"),
                          ("SUPPLIES", "company:asml", "company:smic")}
    dep = facts[("DEPENDS_ON", "company:huawei", "company:smic")]
    assert sorted(dep["docs"]) == ["document:a", "document:b"]
    assert dep["confidence"] == pytest.approx(1 - 0.5 * 0.4)
    assert _ids(e, "Country") == []  # China was only in the old version of a
    assert _ids(e, "Document") == ["document:a", "document:b"]

    # Retracting a keeps what b still supports, drops what only a supported.
    assert delete_document(e, "document:a") is True
    assert delete_document(e, "document:a") is False
    facts = _facts(e)
    assert set(facts) == {("DEPENDS_ON", "company:huawei", "company:smic")}
    dep = facts[("DEPENDS_ON", "company:huawei", "company:smic")]
    assert dep["docs"] == ["document:b"]
    assert dep["confidence"] == pytest.approx(0.5)
    assert _ids(e, "Company") == ["company:huawei", "company:smic"]

    assert delete_document(e, "document:b") is True
    assert count(e) == (0, 0)


def test_invalid_extraction_writes_nothing(any_engine: GraphEngine) -> None:
    good = _extraction("a", "Huawei relies on SMIC.", [
        ("DEPENDS_ON", "company:huawei", "company:smic", 0.5),
    ])
    store(any_engine, good)
    before = count(any_engine), _facts(any_engine)
    bad = _extraction("a", "Changed text.", [("SUPPLIES", "company:huawei", "country:china", 0.5)])
    with pytest.raises(InvalidExtraction, match="not allowed by the ontology"):
        store(any_engine, bad)
    assert (count(any_engine), _facts(any_engine)) == before


# -- every statement of queries/ -------------------------------------------------------------
def _example_params(q: Query) -> dict[str, Any] | None:
    if not all(p in PARAM_EXAMPLES for p in q.params):
        return None
    return {p: PARAM_EXAMPLES[p] for p in q.params}


def test_registry_is_loaded() -> None:
    assert {"upsert_entities", "upsert_relationships", "count_nodes"} <= set(REGISTRY)


@pytest.mark.parametrize("name", sorted(set(REGISTRY) - DDL))
def test_statement_runs(any_engine: GraphEngine, name: str) -> None:
    """Every non-DDL statement runs on a small graph with example parameters.

    A statement with a parameter that has no example is compiled without running
    (FalkorDB: GRAPH.EXPLAIN; Neo4j: EXPLAIN), so a syntax error still fails here.
    """
    q = REGISTRY[name]
    seed(any_engine)
    text = q.example_text(any_engine.dialect)
    params = _example_params(q)
    if params is None:
        _compile(any_engine, text, {p: PARAM_EXAMPLES.get(p) for p in q.params})
    elif q.writes:
        any_engine.write([(text, params)])
    else:
        rows = any_engine.read(text, params)
        assert isinstance(rows, list)


def _compile(engine: GraphEngine, text: str, params: dict[str, Any]) -> None:
    if engine.dialect == "falkordb":
        try:
            engine.graph.explain(text, params)  # type: ignore[attr-defined]
        except Exception as exc:  # the client raises redis' ResponseError
            raise GraphError(str(exc)) from exc
    elif engine.dialect == "neo4j":
        engine.read("EXPLAIN " + text, params)
