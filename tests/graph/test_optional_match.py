"""Conformance of the statements with an OPTIONAL MATCH: each one's answer when nothing
optional matches (and when something does), on the embedded engine always and on Neo4j
whenever NEO4J_URI is set.

FalkorDB dropped the whole row of ``MATCH (s {id: $id}) OPTIONAL MATCH (s:Sanction)-->(t)``
when `s` was no Sanction (a label on an already bound variable), where Neo4j keeps it with
nulls; every statement of this shape is listed in :data:`CASES` and checked on every engine.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.base import GraphEngine
from queries import REGISTRY

GRAPH = """
CREATE (:Entity:Company {id: 'company:lone', name: 'Lone', label: 'Company'})
CREATE (:Document {id: 'document:empty', title: 'Empty'})
CREATE (:Entity:Sanction {id: 'sanction:idle', name: 'Idle', label: 'Sanction'})
CREATE (s:Entity:Sanction {id: 'sanction:ban', name: 'Ban', label: 'Sanction'})
CREATE (x:Entity:Company {id: 'company:x', name: 'X', label: 'Company'})
CREATE (d:Document {id: 'document:full', title: 'Full'})
CREATE (s)-[:TARGETS {confidence: 0.9}]->(x)
CREATE (x)-[:MENTIONED_IN {count: 2}]->(d)
CREATE (s)-[:MENTIONED_IN {count: 1}]->(d)
"""

# statement -> [(parameters, the rows expected, without columns holding internal ids)]
CASES: dict[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {
    "sanction_targets": [
        ({"id": "company:lone", "min_confidence": 0.0},
         [{"label": "Company", "target": None, "node": None, "type": None}]),
        ({"id": "company:x", "min_confidence": 0.0},  # a target, but itself no sanction
         [{"label": "Company", "target": None, "node": None, "type": None}]),
        ({"id": "sanction:idle", "min_confidence": 0.0},
         [{"label": "Sanction", "target": None, "node": None, "type": None}]),
        ({"id": "sanction:ban", "min_confidence": 0.0},
         [{"label": "Sanction", "target": "company:x", "type": "TARGETS"}]),
        ({"id": "sanction:ban", "min_confidence": 0.95},  # its one target is too weak
         [{"label": "Sanction", "target": None, "node": None, "type": None}]),
        ({"id": "company:nope", "min_confidence": 0.0}, []),
    ],
    "entity_card": [
        ({"id": "company:lone"}, [{"properties": {"id": "company:lone", "name": "Lone",
                                                  "label": "Company"},
                                   "degree": [], "documents": []}]),
        ({"id": "company:x"}, [{"properties": {"id": "company:x", "name": "X", "label": "Company"},
                                "degree": [{"type": "MENTIONED_IN", "count": 1},
                                           {"type": "TARGETS", "count": 1}],
                                "documents": [{"id": "document:full", "title": "Full",
                                               "mentions": 2}]}]),
        ({"id": "company:nope"}, []),
    ],
    "list_documents": [
        ({"offset": 0, "limit": 10},
         [{"id": "document:empty", "title": "Empty", "source": None, "url": None,
           "published": None, "loaded_at": None, "words": None, "entities": 0},
          {"id": "document:full", "title": "Full", "source": None, "url": None,
           "published": None, "loaded_at": None, "words": None, "entities": 2}]),
    ],
}
WRITES = {"delete_document"}
"""Writing statements with an OPTIONAL MATCH, checked by their effect below."""


def _sorted_lists(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with its lists of maps in one order (the statements leave them unordered)."""
    return {k: sorted(v, key=repr) if isinstance(v, list) else v for k, v in row.items()}


def test_every_optional_match_statement_is_checked() -> None:
    optional = {name for name, q in REGISTRY.items()
                if "OPTIONAL MATCH" in q.cypher or "OPTIONAL MATCH" in (q.falkordb or "")}
    assert optional == set(CASES) | WRITES


@pytest.mark.parametrize(("name", "params", "expected"), [
    (name, params, expected) for name, cases in CASES.items() for params, expected in cases
])
def test_optional_match_rows_agree(
    any_engine: GraphEngine, name: str, params: dict[str, Any], expected: list[dict[str, Any]]
) -> None:
    any_engine.write([(GRAPH, {})])
    floor = params.get("min_confidence", 0) > 0
    rows = any_engine.read(REGISTRY[name].text(any_engine.dialect, floor=floor), params)
    shown = [_sorted_lists({k: v for k, v in row.items() if k in want})
             for row, want in zip(rows, expected, strict=False)]
    assert len(rows) == len(expected)
    assert shown == [_sorted_lists(want) for want in expected]


@pytest.mark.parametrize(("doc", "left"), [
    ("document:empty", {"company:lone", "company:x", "sanction:ban", "sanction:idle",
                        "document:full"}),
    # X and the ban keep their TARGETS fact; only the mentions go with the document.
    ("document:full", {"company:lone", "company:x", "sanction:ban", "sanction:idle",
                       "document:empty"}),
])
def test_delete_document_with_and_without_mentions(
    any_engine: GraphEngine, doc: str, left: set[str]
) -> None:
    any_engine.write([(GRAPH, {})])
    any_engine.write([(REGISTRY["delete_document"].text(any_engine.dialect), {"doc": doc})])
    ids = {r["id"] for r in any_engine.read("MATCH (n) RETURN n.id AS id")}
    assert ids == left
