"""The ontology whitelist, and that only it can reach Cypher text."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from app.settings import Settings
from graph.base import GraphError
from graph.embedded import FalkorDBEngine
from graph.schema import (
    ALL_LABELS,
    ALL_REL_TYPES,
    DOCUMENT,
    ENTITY,
    LABELS,
    MENTIONED_IN,
    RELATIONSHIPS,
    OntologyError,
    allowed,
    check_label,
    check_type,
)
from queries import MAX_HOPS, REGISTRY, Query


def test_domains_and_ranges_use_ontology_labels() -> None:
    for rel_type, (starts, ends) in RELATIONSHIPS.items():
        assert rel_type.isupper()
        assert starts and ends
        assert starts <= set(LABELS) and ends <= set(LABELS), rel_type


def test_all_labels_and_types() -> None:
    assert set(ALL_LABELS) == {ENTITY, DOCUMENT, *LABELS}
    assert set(ALL_REL_TYPES) == {*RELATIONSHIPS, MENTIONED_IN}
    assert len(set(ALL_LABELS)) == len(ALL_LABELS)


@pytest.mark.parametrize(
    ("rel_type", "start", "end", "ok"),
    [
        ("SUPPLIES", "Company", "Company", True),
        ("SUPPLIES", "Company", "Country", False),
        ("DEPENDS_ON", "Country", "Technology", True),
        ("TARGETS", "Sanction", "Company", True),
        ("TARGETS", "Company", "Sanction", False),
        ("AFFILIATED_WITH", "Person", "Agency", True),
        ("MENTIONED_IN", "Company", "Document", True),
        ("MENTIONED_IN", "Company", "Company", False),
    ],
)
def test_allowed(rel_type: str, start: str, end: str, ok: bool) -> None:
    assert allowed(rel_type, start, end) is ok


@pytest.mark.parametrize("bad", ["company", "Vessel", "Company) DETACH DELETE (n", "", "Entity:X"])
def test_unknown_labels_are_rejected(bad: str) -> None:
    with pytest.raises(OntologyError):
        check_label(bad)


@pytest.mark.parametrize("bad", ["supplies", "OWNS", "SUPPLIES]->() DELETE r //", ""])
def test_unknown_types_are_rejected(bad: str) -> None:
    with pytest.raises(OntologyError):
        check_type(bad)
    with pytest.raises(OntologyError):
        allowed(bad, "Company", "Company")


@pytest.fixture
def template() -> Iterator[Query]:
    q = Query("test_template_slots",
              "MATCH (a:__LABEL__)-[:__TYPES__*1..__HOPS__]->(b) WHERE a.__PROP__ = $v RETURN b",
              params=("v",))
    yield q
    REGISTRY.pop(q.name)


def test_template_slots_take_whitelisted_values_only(template: Query) -> None:
    text = template.text("neo4j", label="Company", rel_types=["SUPPLIES", "DEPENDS_ON"],
                         hops=3, prop="name")
    assert text == "MATCH (a:Company)-[:SUPPLIES|DEPENDS_ON*1..3]->(b) WHERE a.name = $v RETURN b"
    good: dict[str, Any] = {"label": "Company", "rel_types": ["SUPPLIES"], "hops": 2, "prop": "id"}
    for key, bad in [("label", "Company {x: 1}"), ("rel_types", ["SUPPLIES|X"]),
                     ("rel_types", []), ("hops", 0), ("hops", MAX_HOPS + 1), ("hops", True),
                     ("prop", "aliases")]:
        with pytest.raises(ValueError):  # OntologyError is a ValueError
            template.text("neo4j", **{**good, key: bad})
    with pytest.raises(ValueError, match="needs label"):
        template.text("neo4j", rel_types=["SUPPLIES"], hops=2, prop="id")


def test_query_names_are_unique(template: Query) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        Query(template.name, "RETURN 1")


def _bootstrap_at(start: threading.Barrier, engine: FalkorDBEngine,
                  errors: list[Exception]) -> None:
    start.wait()
    try:
        engine.bootstrap_schema()
    except GraphError as exc:
        errors.append(exc)


def test_two_processes_bootstrapping_a_new_graph_at_once_both_succeed(
        settings: Settings) -> None:
    """Two loads started at the same moment on a brand-new graph each create the schema;
    the one that finds an index or constraint made a moment earlier goes on."""
    for attempt in range(4):
        name = f"{settings.graph_name}_race{attempt}"
        engines = [FalkorDBEngine(settings.data_dir, name) for _ in range(2)]
        start = threading.Barrier(len(engines))
        errors: list[Exception] = []
        threads = [threading.Thread(target=_bootstrap_at, args=(start, e, errors))
                   for e in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        engines[0].graph.delete()
        for e in engines:
            e.close()
        assert errors == []
