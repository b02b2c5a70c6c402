"""The second relationship-type slot (``__BACK_TYPES__``) takes only whitelisted types, like
``__TYPES__``, and is filled independently of it."""

from __future__ import annotations

import pytest

from graph.schema import OntologyError
from queries import REGISTRY
from queries import paths as q

BACK = [x for x in REGISTRY.values() if "__BACK_TYPES__" in x.cypher]


def test_some_statements_follow_types_both_ways() -> None:
    assert {q.REACH_IN, q.REACH_BOTH, q.LINKS_IN, q.LINKS_BOTH, q.REACH_OWNED} <= set(BACK)


@pytest.mark.parametrize("bad", ["SUPPLIES]->(x) DETACH DELETE x//", "supplies", "", "Company"])
def test_back_types_only_from_the_whitelist(bad: str) -> None:
    for query in BACK:
        with pytest.raises(OntologyError):
            query.text("falkordb", rel_types=["SUPPLIES"], back_types=[bad])
        with pytest.raises(ValueError, match="needs back_types"):
            query.text("falkordb", rel_types=["SUPPLIES"])


def test_each_slot_gets_its_own_types() -> None:
    text = q.REACH_BOTH.text("neo4j", rel_types=["SUPPLIES"], back_types=["DEPENDS_ON",
                                                                         "SUBSIDIARY_OF"])
    assert "(a)-[r:SUPPLIES]->(b:Entity)" in text
    assert "(a)<-[r:DEPENDS_ON|SUBSIDIARY_OF]-(b:Entity)" in text
    assert "__" not in text


def test_the_confidence_floor_is_a_filter_only_when_asked() -> None:
    plain = q.REACH_BOTH.text("falkordb", rel_types=["SUPPLIES"], back_types=["DEPENDS_ON"])
    floored = q.REACH_BOTH.text("falkordb", rel_types=["SUPPLIES"], back_types=["DEPENDS_ON"],
                                floor=True)
    assert "confidence" not in plain and "__" not in plain
    assert floored.count("WHERE r.confidence >= $min_confidence") == 2
    targets = q.SANCTION_TARGETS.text("neo4j", floor=True)
    assert "WHERE s:Sanction AND r.confidence >= $min_confidence" in targets
