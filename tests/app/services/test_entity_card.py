"""The entity card: one statement answers it, whatever the entity has or lacks."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from app.services.entities import get_entity
from app.services.errors import NotFound
from graph.base import GraphEngine, Row
from loaders.model import Entity, Evidence, Extraction, Mention, Relation, SourceDocument
from loaders.store import store

HUAWEI = Entity("company:huawei", "Company", "Huawei", aliases=["HW", "Huawei Tech"],
                properties={"country": "China"})
SMIC = Entity("company:smic", "Company", "SMIC")
CHINA = Entity("country:china", "Country", "China")


def _load(engine: GraphEngine, slug: str, text: str, relations: list[tuple[str, str, str]],
          mentions: dict[str, int]) -> None:
    doc = SourceDocument(id=f"document:{slug}", title=slug.title(), source=f"{slug}.txt",
                         text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    evidence = [Evidence(doc.id, text, 0, len(text), 0.8, "pattern")]
    store(engine, Extraction(
        doc,
        [e for e in (HUAWEI, SMIC, CHINA) if e.id in mentions],
        [Relation(t, a, b, list(evidence)) for t, a, b in relations],
        [Mention(e, [(0, 1)] * n) for e, n in mentions.items()],
    ))


class CountingEngine:
    """The real engine, counting the statements read through it."""

    def __init__(self, engine: GraphEngine) -> None:
        self.engine = engine
        self.dialect = engine.dialect
        self.reads = 0

    def read(self, cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> list[Row]:
        self.reads += 1
        return self.engine.read(cypher, params, **kw)


def test_card_has_sorted_documents_and_degree_from_one_statement(engine: GraphEngine) -> None:
    _load(engine, "zeta", "SMIC supplies Huawei.", [("SUPPLIES", "company:smic", "company:huawei")],
          {"company:huawei": 2, "company:smic": 1})
    _load(engine, "alpha", "Huawei is based in China.",
          [("BASED_IN", "company:huawei", "country:china")],
          {"company:huawei": 1, "country:china": 1})
    counting = CountingEngine(engine)

    card = get_entity(counting, "company:huawei")  # type: ignore[arg-type]

    assert counting.reads == 1
    assert card == {
        "id": "company:huawei",
        "label": "Company",
        "name": "Huawei",
        "aliases": ["HW", "Huawei Tech"],
        "properties": {"country": "China"},
        "documents": [
            {"id": "document:alpha", "title": "Alpha", "mentions": 1},
            {"id": "document:zeta", "title": "Zeta", "mentions": 2},
        ],
        "degree": {"BASED_IN": 1, "MENTIONED_IN": 2, "SUPPLIES": 1},
    }
    assert list(card["degree"]) == sorted(card["degree"])


def test_card_of_an_entity_without_relationships_or_documents(engine: GraphEngine) -> None:
    _load(engine, "one", "SMIC supplies Huawei.", [("SUPPLIES", "company:smic", "company:huawei")],
          {"company:huawei": 1, "company:smic": 1})
    engine.write([("MERGE (n:Entity:Company {id: 'company:lonely'}) "
                   "SET n.name = 'Lonely', n.label = 'Company', n.aliases = []", {})])

    card = get_entity(engine, "company:lonely")

    assert (card["documents"], card["degree"], card["aliases"]) == ([], {}, [])


def test_missing_entity_is_not_found(engine: GraphEngine) -> None:
    with pytest.raises(NotFound, match="company:nobody"):
        get_entity(engine, "company:nobody")
