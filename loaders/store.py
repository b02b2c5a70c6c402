"""Write one document's extraction to the graph as a single all-or-nothing transaction.

A document is known by its ``source`` (see :mod:`loaders.read`), never by its id alone:
:func:`identify` gives a document the id its source already has in the graph, else its
readable id, with a suffix from its source when another document holds that id. Then:
same source and sha256 -> ``unchanged`` (or ``updated`` when its title, url or published
date changed: only those are written); same source, new text -> ``replaced``; a new
source -> ``loaded``, never replacing another document.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from graph.base import GraphEngine, GraphError, Statement
from graph.schema import LABELS, REL_TYPES, allowed
from loaders.gazetteer import alias_key, gazetteer
from loaders.model import (
    CONFIDENCE_DIGITS,
    Entity,
    Extraction,
    Mention,
    Relation,
    SourceDocument,
)
from queries import writes as w

RESERVED_PROPERTIES = frozenset({"id", "name", "aliases", "label"})
METADATA = ("title", "source", "url", "published")
"""A Document node's descriptive properties: rewritten on their own when the text is the same."""
SUFFIX_LENGTHS = (8, 64)
"""Hex digits of sha256(source) appended to a taken id: short first, whole if that is taken."""
CROSS_DOCUMENT_LABELS = frozenset(LABELS) - {"Sanction"}
"""Labels whose names identify across documents. A measure's name and aliases describe it
("U.S. export controls", "these restrictions"), the same words name other measures
elsewhere, and :mod:`loaders.entities` scopes a generic one to its document on purpose."""


@dataclass
class StoreResult:
    """What happened to one document."""

    doc: str
    status: str  # "loaded", "replaced", "updated" (metadata only) or "unchanged"
    entities: int = 0
    relationships: int = 0


class InvalidExtraction(ValueError):
    """An extraction that breaks the ontology; nothing of it is written."""


class DocumentConflict(ValueError):
    """The document's id is held by a document of another source; nothing is written."""


def stored_document(engine: GraphEngine, doc_id: str) -> dict[str, Any] | None:
    """The stored Document `doc_id` (id, source, sha256, title, url, published), else None."""
    rows = engine.read(w.DOCUMENT_RECORD.text(engine.dialect), {"doc": doc_id})
    return rows[0] if rows else None


def same_document(stored: dict[str, Any], doc: SourceDocument) -> bool:
    """Whether the stored Document `stored` is `doc`: the same source, or the same text under
    a source written before sources were identities (a relative file name or a title).

    >>> doc = SourceDocument("document:a-txt", "A", "/data/a.txt", "A.", "f00")
    >>> same_document({"source": "/data/a.txt", "sha256": "0ld"}, doc)
    True
    >>> same_document({"source": "a.txt", "sha256": "f00"}, doc)
    True
    >>> same_document({"source": "/other/a.txt", "sha256": "f00"}, doc)
    False
    """
    source = stored.get("source") or ""
    if source == doc.source:
        return True
    identity = source.startswith(("/", "sha256:")) or "://" in source
    return not identity and stored.get("sha256") == doc.sha256


def identify(
    engine: GraphEngine, doc: SourceDocument, taken: dict[str, str] | None = None
) -> tuple[SourceDocument, dict[str, Any] | None]:
    """`doc` under its final id, and its stored version (None when it is new).

    A document is stored under its source; one whose source is new but whose text (sha256)
    a stored document holds is that document (a moved file, a second copy of a page): it
    gets its id, and loading it rewrites the metadata (source included), not the facts.
    The id of a new document is its readable id unless a document of
    another source holds it, in the graph or in `taken` (id -> source, the documents of this
    load so far, updated here), then that id + ``-`` + 8 hex digits of sha256(source).
    The same inputs in the same order get the same ids.

    Example: after ``/feeds/a/report.txt`` got ``document:report-txt``,
    ``identify(engine, doc_of_b_report)[0].id`` is ``document:report-txt-`` + 8 hex digits.
    """
    claims = taken if taken is not None else {}
    rows = (engine.read(w.DOCUMENT_OF_SOURCE.text(engine.dialect), {"source": doc.source})
            or engine.read(w.DOCUMENT_OF_TEXT.text(engine.dialect), {"sha256": doc.sha256}))
    doc_id, stored = (rows[0]["id"], rows[0]) if rows else _free_id(engine, doc, claims)
    claims[doc_id] = doc.source
    return dataclasses.replace(doc, id=doc_id), stored


def _free_id(
    engine: GraphEngine, doc: SourceDocument, claims: dict[str, str]
) -> tuple[str, dict[str, Any] | None]:
    """The first of `doc`'s readable id and its suffixed forms that no other source holds,
    with what holds it (None, or `doc` as stored by an earlier version)."""
    digest = hashlib.sha256(doc.source.encode("utf-8")).hexdigest()
    candidates = [doc.id] + [f"{doc.id}-{digest[:n]}" for n in SUFFIX_LENGTHS]
    for candidate in candidates:
        if claims.get(candidate, doc.source) != doc.source:
            continue
        holder = stored_document(engine, candidate)
        if holder is None or same_document(holder, doc):
            return candidate, holder
    raise DocumentConflict(f"{doc.source}: ids {', '.join(candidates)} are all taken")


def same_text(stored: dict[str, Any], doc: SourceDocument) -> bool:
    """Whether the stored Document `stored` holds `doc`'s text already (same sha256)."""
    return bool(stored.get("sha256") == doc.sha256)


def refresh(engine: GraphEngine, doc: SourceDocument, stored: dict[str, Any]) -> StoreResult:
    """The stored text is `doc`'s: write its metadata if it changed (``updated``), else
    nothing (``unchanged``). Its facts stay as they are."""
    props = {key: getattr(doc, key) for key in METADATA}
    if all(stored.get(key) == value for key, value in props.items()):
        return StoreResult(doc.id, "unchanged")
    engine.write([(w.UPDATE_DOCUMENT_METADATA.text(engine.dialect),
                   {"doc": doc.id, "props": props})])
    return StoreResult(doc.id, "updated")


def retract_statements(engine: GraphEngine, doc_id: str) -> list[Statement]:
    """Statements that take a document and every fact only it supports out of the graph.

    Facts with other support lose only this document's sources; curated facts (see
    :mod:`queries.writes`) stay whatever their documents.
    """
    d = engine.dialect
    return [
        (w.DROP_DOCUMENT_ONLY_FACTS.text(d), {"doc": doc_id}),
        (w.RETRACT_DOCUMENT_FACTS.text(d), {"doc": doc_id}),
        (w.DELETE_DOCUMENT.text(d), {"doc": doc_id}),
    ]


def document_statements(engine: GraphEngine, ex: Extraction) -> list[Statement]:
    """The write batch for one document: retract its old version, then merge the new one."""
    d = engine.dialect
    doc = ex.document
    labels = {e.id: e.label for e in ex.entities}
    _validate(ex, labels)
    statements: list[Statement] = [
        (w.GUARD_DOCUMENT_SOURCE.text(d), {"doc": doc.id, "source": doc.source})
    ]
    statements += retract_statements(engine, doc.id)
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
        by_label[e.label].append({
            "id": e.id,
            "name": e.name,
            "aliases": sorted(set(e.aliases)),
            "keys": alias_keys(e.name, e.aliases),
            "props": props,
        })
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
            "confidences": [round(e.confidence, CONFIDENCE_DIGITS) for e in ev],
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


def alias_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """A node's ``alias_keys``: its name and aliases folded the way aliases are compared.

    >>> alias_keys("HQWC", ["H.Q.W.C.", "hqwc"])
    ['h q w c', 'hqwc']
    """
    return sorted({alias_key(s) for s in (name, *aliases)} - {""})


def known_nodes(engine: GraphEngine, ex: Extraction) -> Extraction:
    """`ex` with each entity the gazetteer does not know under the id of the node the graph
    already has for it: the one node of its label that holds its name (as name or alias), or
    whose name is one of its aliases, compared as :func:`loaders.gazetteer.alias_key` folds
    them. Sharing only an alias is no match (two firms with one acronym). With no such node
    or several (ambiguous), the entity keeps its own id, and so does a measure (see
    :data:`CROSS_DOCUMENT_LABELS`). One read for the whole document.

    Example: once "Hefei Quantum Wafer Corporation (HQWC)" made ``company:hefei-quantum-wafer``
    with alias "HQWC", a document's ``company:hqwc`` becomes that node: its relations and
    mentions follow, its name joins the node's aliases.
    """
    known = gazetteer().entities
    rows = [
        {"id": e.id, "label": e.label, "keys": alias_keys(e.name, e.aliases)}
        for e in sorted(ex.entities, key=lambda e: e.id)
        if e.id not in known and e.label in CROSS_DOCUMENT_LABELS
    ]
    if not rows:
        return ex
    own = {e.id: (alias_key(e.name), alias_keys(e.name, e.aliases)) for e in ex.entities}
    found: dict[str, dict[str, str]] = defaultdict(dict)  # entity id -> node id -> node name
    for row in engine.read(w.NODES_OF_ALIAS_KEYS.text(engine.dialect), {"rows": rows}):
        name_key, keys = own[row["id"]]
        if row["key"] == name_key or alias_key(row["name"]) in keys:
            found[row["id"]][row["node"]] = row["name"]
    targets = {
        entity_id: next(iter(nodes.items()))
        for entity_id, nodes in found.items()
        if len(nodes) == 1 and entity_id not in nodes
    }
    return renamed(ex, targets) if targets else ex


def renamed(ex: Extraction, targets: dict[str, tuple[str, str]]) -> Extraction:
    """`ex` with the entities of `targets` (entity id -> (node id, node name)) under the node's
    id and name, their own names among their aliases; entities that end up with one id become
    one, and so do their relations and mentions (a relation between two of them goes).
    """
    new_id = {e.id: targets.get(e.id, (e.id, e.name))[0] for e in ex.entities}
    merged: dict[str, Entity] = {}
    for e in sorted(ex.entities, key=lambda e: e.id):
        name = targets[e.id][1] if e.id in targets else e.name
        have = merged.get(new_id[e.id])
        if have is not None:
            name = min(name, have.name)
        names = {e.name, *e.aliases} | ({have.name, *have.aliases} if have else set())
        merged[new_id[e.id]] = Entity(
            new_id[e.id],
            e.label,
            name,
            sorted(names - {name}),
            {**e.properties, **have.properties} if have else dict(e.properties),
        )
    relations: dict[tuple[str, str, str], Relation] = {}
    for r in ex.relations:
        start, end = new_id.get(r.start, r.start), new_id.get(r.end, r.end)
        if start == end and r.start != r.end:
            continue
        have_r = relations.get((r.type, start, end))
        if have_r is None:
            relations[(r.type, start, end)] = Relation(
                r.type, start, end, list(r.evidence), dict(r.properties)
            )
            continue
        have_r.evidence += [e for e in r.evidence if e not in have_r.evidence]
        have_r.properties = {**r.properties, **have_r.properties}
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in ex.mentions:
        spans[new_id.get(m.entity, m.entity)].update(m.spans)
    return Extraction(
        ex.document,
        list(merged.values()),
        list(relations.values()),
        [Mention(entity, sorted(s)) for entity, s in spans.items()],
    )


def store(engine: GraphEngine, ex: Extraction) -> StoreResult:
    """Write `ex` in one transaction, unless the same document (same sha256) is already there
    (then only changed metadata is written, see :func:`refresh`).

    A changed document replaces its own facts; facts only it supported go. Entities the
    graph already holds under another id take that id (:func:`known_nodes`). The document's id
    comes from :func:`identify`; an id held by another source raises
    :class:`DocumentConflict` and writes nothing.
    """
    doc = ex.document
    stored = stored_document(engine, doc.id)
    if stored is not None and not same_document(stored, doc):
        raise _conflict(doc, stored)
    if stored is not None and same_text(stored, doc):
        return refresh(engine, doc, stored)
    try:
        engine.write(document_statements(engine, known_nodes(engine, ex)))
    except GraphError:  # the batch's guard: another load stored this id since the read above
        holder = stored_document(engine, doc.id)
        if holder is not None and holder.get("source") != doc.source:
            raise _conflict(doc, holder) from None
        raise
    return StoreResult(
        doc.id,
        "replaced" if stored else "loaded",
        entities=len(ex.entities),
        relationships=len(ex.relations),
    )


def _conflict(doc: SourceDocument, holder: dict[str, Any]) -> DocumentConflict:
    return DocumentConflict(
        f"{doc.id!r} holds another document ({holder.get('source')}), not {doc.source}"
    )


def delete_document(engine: GraphEngine, doc_id: str) -> bool:
    """Remove a document and every fact only it supported; False if there was none.

    A curated fact the document also supported stays, with its curated confidence.
    """
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
