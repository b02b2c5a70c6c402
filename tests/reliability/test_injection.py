"""Cypher injection: hostile names, aliases, titles and parameters are data, never Cypher.

The embedded client inlines parameters into the query text (``CYPHER name=... MATCH ...``),
so quoting bugs there would turn data into Cypher: these tests store and search strings made
to break out of a quoted literal, and check they come back verbatim with the graph unchanged.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.base import GraphEngine, InvalidValue
from graph.schema import OntologyError
from loaders.store import store
from queries import entities as q_entities
from queries.base import REGISTRY
from reliability.support import HOSTILE, graph_snapshot, make_extraction, node_count, slug

FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # the graph is cleared inside each example


def _hostile_doc(i: int, name: str):  # type: ignore[no-untyped-def]
    return make_extraction(
        f"hostile-{i}",
        [("Company", name), ("Company", f"Partner {i}")],
        [("SUPPLIES", 0, 1)],
        title=name,
        aliases={0: [name, name[::-1]]},
    )


def test_hostile_names_aliases_and_titles_are_stored_verbatim(engine: GraphEngine) -> None:
    for i, name in enumerate(HOSTILE):
        store(engine, _hostile_doc(i, name))
    # One document, two companies each; nothing else was created or deleted.
    assert node_count(engine) == 3 * len(HOSTILE)
    rows = engine.read("MATCH (d:Document) RETURN d.title AS title")
    assert sorted(r["title"] for r in rows) == sorted(HOSTILE)
    rows = engine.read(
        "MATCH (n:Company)-[:SUPPLIES]->(:Company) RETURN n.name AS name, n.aliases AS aliases"
    )
    assert sorted(r["name"] for r in rows) == sorted(HOSTILE)
    for r in rows:
        assert sorted(r["aliases"]) == sorted({r["name"], r["name"][::-1]})
    assert engine.read("MATCH (n) WHERE n.pwned IS NOT NULL RETURN n") == []
    assert engine.read("MATCH (n) WHERE NOT n:Entity AND NOT n:Document RETURN n") == []


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(value=st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=80)))
def test_any_string_round_trips_through_a_parameter(engine: GraphEngine, value: str) -> None:
    """Whatever the string, a parameter returns it unchanged (or, with a NUL, is refused with
    a clear error: FalkorDB's parser would cut the query there) and the graph is untouched."""
    before = graph_snapshot(engine)
    if "\x00" in value:
        with pytest.raises(InvalidValue, match="NUL"):
            engine.read("RETURN $v AS v", {"v": value})
    else:
        rows = engine.read("RETURN $v AS v, size($v) AS n", {"v": value})
        assert rows == [{"v": value, "n": len(value)}]
    assert graph_snapshot(engine) == before


@pytest.mark.parametrize("params", [
    {"v": "a\x00b"},
    {"v": ["ok", "x\x00"]},
    {"v": {"k": "\x00"}},
    {"v": {"": 1}},
    {"v": {"a`b": 1}},
    {"a`) MATCH (n) DETACH DELETE n //": 1},
])
def test_unsendable_parameters_are_refused_clearly(
    engine: GraphEngine, params: dict[str, object]
) -> None:
    store(engine, _hostile_doc(0, "Acme"))
    before = graph_snapshot(engine)
    with pytest.raises(InvalidValue):
        engine.read("RETURN 1 AS one", params)
    with pytest.raises(InvalidValue):
        engine.write([("MATCH (n) DETACH DELETE n", params)])
    assert graph_snapshot(engine) == before


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=st.one_of(st.just("a\x00b"), st.text(min_size=1, max_size=60)).filter(str.strip))
def test_any_entity_name_is_stored_verbatim(engine: GraphEngine, name: str) -> None:
    ex = make_extraction("fuzz-name", [("Company", name)], title=name, aliases={0: [name]})
    if "\x00" in name:
        with pytest.raises(InvalidValue, match="NUL"):
            store(engine, ex)
        assert node_count(engine) == 0
        return
    store(engine, ex)
    rows = engine.read(
        "MATCH (n:Company {id: $id}) RETURN n.name AS name, n.aliases AS aliases",
        {"id": ex.entities[0].id},
    )
    assert rows == [{"name": name, "aliases": [name]}]
    assert engine.read("MATCH (d:Document) RETURN d.title AS t") == [{"t": name}]
    assert node_count(engine) == 2
    engine.clear()


@pytest.mark.parametrize("bad", [
    "Company`) DETACH DELETE n//",
    "Company:Document",
    "Company {id: 'x'}",
    "company",
    "",
])
def test_labels_and_types_only_from_the_whitelist(bad: str) -> None:
    templated = [q for q in REGISTRY.values() if "__LABEL__" in q.cypher or "__TYPE" in q.cypher]
    assert templated, "the registry has templated statements"
    for q in templated:
        with pytest.raises((OntologyError, ValueError)):
            q.text("falkordb", label=bad, rel_type=bad, rel_types=[bad], hops=1, prop="name")


def test_search_with_hostile_text_finds_the_entity_and_changes_nothing(
    client: TestClient, engine: GraphEngine
) -> None:
    for i, name in enumerate(HOSTILE):
        store(engine, _hostile_doc(i, name))
    before = graph_snapshot(engine)
    for name in HOSTILE:
        r = client.get("/entities", params={"q": name, "limit": 500})
        assert r.status_code == 200, r.text
        assert name in [e["name"] for e in r.json()["items"]], name
        entity_id = f"company:{slug(name)}"
        r = client.get(f"/entities/{entity_id}")
        assert r.status_code == 200, r.text
        assert r.json()["name"] == name
    assert graph_snapshot(engine) == before


@pytest.mark.parametrize("hostile", HOSTILE)
def test_every_get_parameter_resists_injection(
    client: TestClient, engine: GraphEngine, hostile: str
) -> None:
    """Every GET operation of the API, every path and query parameter set to `hostile`."""
    store(engine, _hostile_doc(0, "Acme Chips"))
    before = graph_snapshot(engine)
    count = node_count(engine)
    spec = client.get("/openapi.json").json()
    calls = 0
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None:
            continue
        params = op.get("parameters", [])
        query = {p["name"]: hostile for p in params if p["in"] == "query"}
        # Hostile path ids, then a real id with hostile query parameters.
        for path_value in (hostile, "company:acme-chips"):
            url = path
            for p in params:
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", _quote(path_value))
            r = client.get(url, params=query)
            calls += 1
            assert r.status_code < 500, (url, query, r.status_code, r.text)
            if r.status_code >= 400:
                assert r.json().get("detail"), (url, r.text)
        for name in ("label", "type", "types", "direction", "format"):
            if name in query:
                assert r.status_code == 422, (url, name, r.status_code, r.text)
    assert calls > 0
    assert node_count(engine) == count
    assert graph_snapshot(engine) == before
    assert engine.read(q_entities.COUNT_NODES.text(engine.dialect))[0]["count"] == count


def _quote(value: str) -> str:
    return quote(value, safe="")
