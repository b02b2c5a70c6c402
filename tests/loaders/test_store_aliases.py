"""One node per real-world entity across documents: an entity the gazetteer does not know
takes the id of the one node of its label that already holds its name or an alias.

Real embedded engine, real spaCy; the first case is the audit's reproduction.
"""

from __future__ import annotations

from typing import Any

from app.services.entities import get_entity
from app.services.exchange import export_node_link, import_node_link
from graph.base import GraphEngine
from loaders.model import Entity, Evidence, Extraction, Mention, Relation
from loaders.pipeline import load_documents
from loaders.read import document_from_text
from loaders.store import delete_document, renamed, store

HEFEI = "Hefei Quantum Wafer Corporation (HQWC) buys etching equipment from Naura.\n"
HQWC = (
    "Chinese chipmaker HQWC said on Monday that it had signed a supply deal with Alibaba. "
    "HQWC supplies quantum chips to Alibaba.\n"
)
NODE = "company:hefei-quantum-wafer"


def load(engine: GraphEngine, *texts: tuple[str, str]) -> None:
    """Load (source, text) documents in order; every one must load."""
    docs = [document_from_text(source, text, source=source) for source, text in texts]
    summary = load_documents(engine, docs, progress=False)
    assert summary.failed == []


def companies(engine: GraphEngine) -> dict[str, dict[str, Any]]:
    """Company id -> its name, aliases, outgoing facts and mentioning documents."""
    rows = engine.read(
        """MATCH (n:Company)
OPTIONAL MATCH (n)-[r]->(m:Entity)
WITH n, collect(type(r) + ' ' + m.id) AS facts
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, facts, collect(d.source) AS docs"""
    )
    return {
        r["id"]: {"name": r["name"], "aliases": sorted(r["aliases"]),
                  "facts": sorted(r["facts"]), "docs": sorted(r["docs"])}
        for r in rows
    }


def test_an_acronym_learned_in_one_document_resolves_in_the_next(engine: GraphEngine) -> None:
    load(engine, ("a1", HEFEI), ("b2", HQWC))
    found = companies(engine)
    assert "company:hqwc" not in found
    node = found[NODE]
    assert node["name"] == "Hefei Quantum Wafer"
    assert "HQWC" in node["aliases"]
    assert node["docs"] == ["a1", "b2"]
    assert {"SUPPLIES company:alibaba", "BASED_IN country:china",
            "DEVELOPS technology:quantum-chips"} <= set(node["facts"])


def test_the_merge_holds_in_a_later_load_and_through_replacement(engine: GraphEngine) -> None:
    load(engine, ("a1", HEFEI))
    load(engine, ("b2", HQWC))
    load(engine, ("b2", "Chinese chipmaker HQWC supplies quantum chips to Tencent.\n"))
    found = companies(engine)
    assert "company:hqwc" not in found
    assert "SUPPLIES company:tencent" in found[NODE]["facts"]
    assert "SUPPLIES company:alibaba" not in found[NODE]["facts"]
    assert found[NODE]["docs"] == ["a1", "b2"]


def test_deleting_a_document_keeps_the_node_another_one_mentions(engine: GraphEngine) -> None:
    load(engine, ("a1", HEFEI), ("b2", HQWC))
    [a1] = engine.read("MATCH (d:Document {source: 'a1'}) RETURN d.id AS id")
    assert delete_document(engine, a1["id"])
    found = companies(engine)
    assert found[NODE]["docs"] == ["b2"]
    assert "SUPPLIES company:alibaba" in found[NODE]["facts"]
    assert "SUPPLIES company:hefei-quantum-wafer" not in found.get("company:naura", {"facts": []})[
        "facts"
    ]
    [b2] = engine.read("MATCH (d:Document {source: 'b2'}) RETURN d.id AS id")
    assert delete_document(engine, b2["id"])
    assert NODE not in companies(engine)


def test_an_ambiguous_name_keeps_its_own_id(engine: GraphEngine) -> None:
    other = "Hangzhou Quantum Wafer Company (HQWC) buys etching equipment from AMEC.\n"
    load(engine, ("a1", HEFEI), ("a2", other), ("b2", HQWC))
    found = companies(engine)
    holders = [i for i, c in found.items() if "HQWC" in c["aliases"]]
    assert len(holders) == 2
    assert found["company:hqwc"]["docs"] == ["b2"]
    assert "SUPPLIES company:alibaba" in found["company:hqwc"]["facts"]


def test_no_merge_across_labels(engine: GraphEngine) -> None:
    doc = document_from_text("agency", "HQWC.", source="agency")
    agency = Entity("agency:hqwc-authority", "Agency", "HQWC Authority", ["HQWC"])
    store(engine, Extraction(doc, [agency], [], [Mention(agency.id, [(0, 4)])]))
    load(engine, ("b2", HQWC))
    assert companies(engine)["company:hqwc"]["docs"] == ["b2"]
    rows = engine.read("MATCH (n:Agency)-[:MENTIONED_IN]->(d) RETURN n.id AS id, d.source AS d")
    assert rows == [{"id": "agency:hqwc-authority", "d": "agency"}]


def test_loads_are_deterministic(engine: GraphEngine) -> None:
    def snapshot() -> list[dict[str, Any]]:
        return engine.read(
            "MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m:Entity) "
            "RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.alias_keys AS keys, "
            "type(r) AS type, m.id AS end, r.confidence AS confidence "
            "ORDER BY id, type, end"
        )

    texts = (("a1", HEFEI), ("b2", HQWC))
    load(engine, *texts)
    first = snapshot()
    engine.clear()
    engine.bootstrap_schema()
    load(engine, *texts)
    assert snapshot() == first


def test_entities_that_become_one_node_merge_within_the_document() -> None:
    doc = document_from_text("d", "HQWC and Hefei QW.", source="d")
    a = Entity("company:hqwc", "Company", "HQWC", [], {"country": "China"})
    b = Entity("company:hefei-qw", "Company", "Hefei QW")
    alibaba = Entity("company:alibaba", "Company", "Alibaba")
    ev = [Evidence(doc.id, "s", 0, 1, 0.5, "rule"), Evidence(doc.id, "t", 2, 3, 0.6, "rule")]
    ex = Extraction(
        doc,
        [a, b, alibaba],
        [Relation("SUPPLIES", a.id, alibaba.id, [ev[0]]),
         Relation("SUPPLIES", b.id, alibaba.id, [ev[1]]),
         Relation("OWNS", b.id, a.id, [ev[0]])],
        [Mention(a.id, [(0, 4)]), Mention(b.id, [(9, 17)]), Mention(alibaba.id, [(20, 27)])],
    )
    target = ("company:hefei-quantum-wafer", "Hefei Quantum Wafer")
    out = renamed(ex, {a.id: target, b.id: target})
    assert [(e.id, e.name, e.aliases, e.properties) for e in out.entities] == [
        ("company:alibaba", "Alibaba", [], {}),
        (NODE, "Hefei Quantum Wafer", ["HQWC", "Hefei QW"], {"country": "China"}),
    ]
    assert [(r.type, r.start, r.end, r.evidence) for r in out.relations] == [
        ("SUPPLIES", NODE, "company:alibaba", ev),
    ]
    assert sorted((m.entity, m.spans) for m in out.mentions) == [
        ("company:alibaba", [(20, 27)]),
        (NODE, [(0, 4), (9, 17)]),
    ]


def test_the_other_order_makes_one_node_too(engine: GraphEngine) -> None:
    load(engine, ("b2", HQWC), ("a1", HEFEI))
    found = companies(engine)
    assert NODE not in found
    node = found["company:hqwc"]
    assert {"Hefei Quantum Wafer", "Hefei Quantum Wafer Corporation"} <= set(node["aliases"])
    assert node["docs"] == ["a1", "b2"]
    assert "SUPPLIES company:hqwc" in found["company:naura"]["facts"]


def test_measures_stay_per_document(engine: GraphEngine) -> None:
    doc = document_from_text("m1", "U.S. sanctions on Huawei.", source="m1")
    held = Entity("sanction:u-s-sanctions-on-huawei", "Sanction", "U.S. sanctions on Huawei",
                  ["U.S. sanctions"])
    store(engine, Extraction(doc, [held], [], [Mention(held.id, [(0, 24)])]))
    other = document_from_text("m2", "U.S. sanctions on machine tool firms.", source="m2")
    new = Entity("sanction:u-s-sanctions", "Sanction", "U.S. sanctions")
    store(engine, Extraction(other, [new], [], [Mention(new.id, [(0, 14)])]))
    rows = engine.read("MATCH (n:Sanction) RETURN n.id AS id ORDER BY id")
    assert [r["id"] for r in rows] == ["sanction:u-s-sanctions", held.id]


def test_an_imported_node_is_found_and_keys_stay_out_of_cards_and_exports(
    engine: GraphEngine,
) -> None:
    import_node_link(engine, {"nodes": [
        {"id": NODE, "label": "Company", "name": "Hefei Quantum Wafer", "aliases": ["HQWC"]},
    ], "edges": []})
    load(engine, ("b2", HQWC))
    found = companies(engine)
    assert "company:hqwc" not in found
    assert found[NODE]["docs"] == ["b2"]
    assert "alias_keys" not in get_entity(engine, NODE)["properties"]
    assert all("alias_keys" not in n for n in export_node_link(engine)["nodes"])
