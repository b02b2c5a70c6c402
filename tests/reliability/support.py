"""Helpers of the reliability suite: hostile strings, small extractions, graph snapshots."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph.base import GraphEngine, Health, Statement, Table, WriteSummary
from loaders.model import Entity, Evidence, Extraction, Mention, Relation, SourceDocument
from queries import entities as q_entities

API_KEY = "test-key"
"""The write key of the conftest ``settings`` fixture."""

HOSTILE = [
    "O'Brien \"Semiconductor\" Ltd",
    "`Entity`) DETACH DELETE n //",
    "x'}) MATCH (n) DETACH DELETE n //",
    "\"}) CALL db.labels() YIELD label RETURN label //",
    "Robert'); MATCH (n) SET n.pwned = true; //",
    "// comment only",
    "/* block */ MERGE (x:Pwned {id: 'p'})",
    "CALL { CREATE (:Pwned) }",
    "${rows}[0] $doc \\' \\\" \\\\",
    "Ünïcødé ‮RTL‭ 华为 (HiSilicon)",
]
"""Strings that would change the graph if they ever became Cypher text."""


def slug(text: str) -> str:
    """A lower-case ascii slug (tests build their own ids)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def make_extraction(
    doc: str,
    entities: list[tuple[str, str]],
    relations: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
    *,
    title: str | None = None,
    aliases: dict[int, list[str]] | None = None,
) -> Extraction:
    """An Extraction for document `doc` with (label, name) entities and (type, i, j) facts.

    Entity ids are ``label:slug(name)``; every entity is mentioned once; each relation has one
    piece of evidence in the document's only sentence.
    """
    text = " ".join(name for _, name in entities) + "."
    document = SourceDocument(
        id=f"document:{doc}",
        title=title if title is not None else f"Title of {doc}",
        source=f"{doc}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode() + (title or "").encode()).hexdigest(),
    )
    ents = [
        Entity(
            id=f"{label.lower()}:{slug(name)}",
            label=label,
            name=name,
            aliases=(aliases or {}).get(i, []),
        )
        for i, (label, name) in enumerate(entities)
    ]
    rels = [
        Relation(
            type=t,
            start=ents[i].id,
            end=ents[j].id,
            evidence=[Evidence(document.id, text, 0, len(text), 0.8, "test")],
        )
        for t, i, j in relations
    ]
    mentions = [Mention(e.id, [(0, len(e.name))]) for e in ents]
    return Extraction(document, ents, rels, mentions)


def graph_snapshot(engine: GraphEngine) -> dict[str, Any]:
    """Every node and relationship with all properties, order-independent (for equality)."""
    nodes = engine.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = engine.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props"
    )
    return {
        "nodes": sorted(json.dumps(r, sort_keys=True, default=str) for r in nodes),
        "rels": sorted(json.dumps(r, sort_keys=True, default=str) for r in rels),
    }


def node_count(engine: GraphEngine) -> int:
    """Number of nodes in the graph."""
    return int(engine.read(q_entities.COUNT_NODES.text(engine.dialect))[0]["count"])


class RecordingEngine(GraphEngine):
    """A real engine behind a thin wrapper that records every statement it is asked to run.

    Used to prove that a refused request never reached the engine.
    """

    def __init__(self, inner: GraphEngine) -> None:
        self.inner = inner
        self.name = inner.name
        self.dialect = inner.dialect
        self.statements: list[str] = []

    def read_table(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Table:
        self.statements.append(cypher)
        return self.inner.read_table(cypher, params, timeout_ms=timeout_ms, max_rows=max_rows)

    def write(self, statements: Sequence[Statement]) -> WriteSummary:
        self.statements.extend(cypher for cypher, _ in statements)
        return self.inner.write(statements)

    def bootstrap_schema(self) -> None:
        self.inner.bootstrap_schema()

    def health(self) -> Health:
        return self.inner.health()

    def clear(self) -> None:
        self.inner.clear()

    def close(self) -> None:
        """The wrapped engine belongs to the test fixture, which closes it."""


COMPANIES = [
    "Huawei", "SMIC", "ASML", "TSMC", "Nvidia", "Baidu", "Alibaba", "Tencent", "Cambricon",
    "ByteDance", "Samsung", "SK Hynix", "Intel", "AMD", "Qualcomm", "ZTE",
]


def write_corpus(root: Path, numbers: range) -> list[Path]:
    """Small article-like documents ``doc-NN.txt`` with overlapping entities and facts."""
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        a, b, c, d = (COMPANIES[(i * k + j) % len(COMPANIES)]
                      for j, k in ((0, 1), (3, 1), (7, 3), (11, 5)))
        path = root / f"doc-{i:02d}.txt"
        path.write_text(
            f"{a} supplies chips to {b}. {c} depends on {d} for lithography equipment. "
            f"The United States imposed export controls on {b} in {2018 + i % 7}.\n"
        )
        paths.append(path)
    return paths


def document_facts(engine: GraphEngine, doc_id: str) -> dict[str, Any] | None:
    """Everything one document contributes: its node, its mentions, its evidence on facts."""
    rows = engine.read("MATCH (d:Document {id: $id}) RETURN properties(d) AS p", {"id": doc_id})
    if not rows:
        return None
    props = {k: v for k, v in rows[0]["p"].items() if k != "loaded_at"}
    mentions = engine.read(
        "MATCH (n:Entity)-[m:MENTIONED_IN]->(:Document {id: $id}) "
        "RETURN n.id AS id, labels(n) AS labels, m.count AS count, m.spans AS spans "
        "ORDER BY id", {"id": doc_id})
    facts = engine.read(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN r.docs "
        "RETURN a.id AS a, type(r) AS t, b.id AS b, "
        "[i IN range(0, size(r.docs) - 1) WHERE r.docs[i] = $id | r.sources[i]] AS sources",
        {"id": doc_id})
    return {
        "document": props,
        "mentions": mentions,
        "facts": sorted((f["a"], f["t"], f["b"], sorted(f["sources"])) for f in facts),
    }


def duplicate_ids(engine: GraphEngine) -> list[Any]:
    """Ids held by more than one node (must be none)."""
    return engine.read(
        "MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c")
