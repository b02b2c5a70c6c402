"""Write one document's extraction to the graph as a single all-or-nothing transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from graph.base import GraphEngine, Statement
from graph.schema import LABELS, REL_TYPES, allowed
from loaders.model import Extraction
from queries import writes as w

RESERVED_PROPERTIES = frozenset({"id", "name", "aliases", "label"})


@dataclass
class StoreResult:
    """What happened to one document."""

    doc: str
    status: str  # "loaded", "replaced" or "unchanged"
    entities: int = 0
    relationships: int = 0


class InvalidExtraction(ValueError):
    """An extraction that breaks the ontology; nothing of it is written."""


def retract_statements(engine: GraphEngine, doc_id: str) -> list[Statement]:
    """Statements that take a document and every fact only it supports out of the graph."""
    d = engine.dialect
    return [
        (w.RETRACT_DOCUMENT_FACTS.text(d), {"doc": doc_id}),
        (w.DROP_UNSUPPORTED_FACTS.text(d), {"doc": doc_id}),
        (w.DELETE_DOCUMENT.text(d), {"doc": doc_id}),
    ]


def document_statements(engine: GraphEngine, ex: Extraction) -> list[Statement]:
    """The write batch for one document: retract its old version, then merge the new one."""
    d = engine.dialect
    doc = ex.document
    labels = {e.id: e.label for e in ex.entities}
    _validate(ex, labels)
    statements = retract_statements(engine, doc.id)
    statements.append((
        w.UPSERT_DOCUMENT.text(d),
        {
            "doc": doc.id,
            "props": {
                "title": doc.title,
                "source": doc.source,
                "url": doc.url,
                "published": doc.published,
                "sha256": doc.sha256,
                "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "text": doc.text,
                "words": len(doc.text.split()),
            },
        },
    ))
    by_label: dict[str, list[dict]] = defaultdict(list)
    for e in sorted(ex.entities, key=lambda e: e.id):
        props = {k: v for k, v in e.properties.items() if k not in RESERVED_PROPERTIES}
        by_label[e.label].append(
            {"id": e.id, "name": e.name, "aliases": sorted(set(e.aliases)), "props": props}
        )
    for label in sorted(by_label):
        statements.append((w.UPSERT_ENTITIES.text(d, label=label), {"rows": by_label[label]}))
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(ex.relations, key=lambda r: (r.type, r.start, r.end)):
        ev = sorted(r.evidence, key=lambda e: (e.start, e.end, e.method))
        by_type[r.type].append({
            "start": r.start,
            "end": r.end,
            "docs": [e.doc for e in ev],
            "sources": [e.to_json() for e in ev],
            "confidences": [round(e.confidence, 6) for e in ev],
            "props": {k: v for k, v in r.properties.items() if v is not None},
        })
    for rel_type in sorted(by_type):
        statements.append(
            (w.UPSERT_RELATIONSHIPS.text(d, rel_type=rel_type), {"rows": by_type[rel_type]})
        )
    mentions = [
        {"id": m.entity, "count": len(m.spans), "spans": [x for s in sorted(m.spans) for x in s]}
        for m in sorted(ex.mentions, key=lambda m: m.entity)
    ]
    if mentions:
        statements.append((w.UPSERT_MENTIONS.text(d), {"doc": doc.id, "rows": mentions}))
    return statements


def store(engine: GraphEngine, ex: Extraction) -> StoreResult:
    """Write `ex` in one transaction, unless the same document (same sha256) is already there.

    A changed document replaces its own facts; facts only it supported go.
    """
    d = engine.dialect
    rows = engine.read(w.DOCUMENT_SHA.text(d), {"doc": ex.document.id})
    if rows and rows[0]["sha256"] == ex.document.sha256:
        return StoreResult(ex.document.id, "unchanged")
    engine.write(document_statements(engine, ex))
    return StoreResult(
        ex.document.id,
        "replaced" if rows else "loaded",
        entities=len(ex.entities),
        relationships=len(ex.relations),
    )


def delete_document(engine: GraphEngine, doc_id: str) -> bool:
    """Remove a document and every fact only it supported; False if there was none."""
    if not engine.read(w.DOCUMENT_SHA.text(engine.dialect), {"doc": doc_id}):
        return False
    engine.write(retract_statements(engine, doc_id))
    return True


def _validate(ex: Extraction, labels: dict[str, str]) -> None:
    for e in ex.entities:
        if e.label not in LABELS:
            raise InvalidExtraction(f"entity {e.id!r} has unknown label {e.label!r}")
        if not e.name:
            raise InvalidExtraction(f"entity {e.id!r} has no name")
    mentioned = {m.entity for m in ex.mentions}
    for r in ex.relations:
        if r.type not in REL_TYPES:
            raise InvalidExtraction(f"relationship type {r.type!r} is not in the ontology")
        for end in (r.start, r.end):
            if end not in labels:
                raise InvalidExtraction(f"{r.type} refers to unknown entity {end!r}")
            if end not in mentioned:
                raise InvalidExtraction(f"{r.type} end {end!r} has no mention in the document")
        if not allowed(r.type, labels[r.start], labels[r.end]):
            raise InvalidExtraction(
                f"{labels[r.start]} -[{r.type}]-> {labels[r.end]} is not allowed by the ontology"
            )
        if not r.evidence:
            raise InvalidExtraction(f"{r.type} {r.start}->{r.end} has no evidence")
