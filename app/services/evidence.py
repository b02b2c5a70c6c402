"""Relationship ids, provenance parsing and the per-hop evidence every returned path carries.

A relationship's public id is ``<start>~<TYPE>~<end>`` (entity ids never contain ``~``), e.g.
``company:cambricon~SUPPLIES~company:bytedance``: stable across loads, URL-safe.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.services.errors import InvalidRequest
from graph.base import GraphEngine
from graph.schema import MENTIONED_IN, REL_TYPES
from loaders.model import CONFIDENCE_DIGITS
from queries import documents as qd
from queries import paths as qp

SEPARATOR = "~"


@dataclass(frozen=True, order=True)
class Step:
    """One relationship, by its ends and type (its direction is start -> end)."""

    start: str
    type: str
    end: str

    @property
    def id(self) -> str:
        """The public relationship id.

        >>> Step("company:a", "SUPPLIES", "company:b").id
        'company:a~SUPPLIES~company:b'
        """
        return SEPARATOR.join((self.start, self.type, self.end))


def parse_relationship_id(rel_id: str) -> Step:
    """The :class:`Step` a relationship id names; :class:`InvalidRequest` if it is malformed
    or does not name a fact (a MENTIONED_IN edge links an entity to a document: not a fact).

    >>> parse_relationship_id("company:a~SUPPLIES~company:b")
    Step(start='company:a', type='SUPPLIES', end='company:b')
    """
    parts = rel_id.split(SEPARATOR)
    if len(parts) != 3 or not parts[0] or not parts[2]:
        raise InvalidRequest(
            f"relationship id {rel_id!r} is not of the form <start>~<TYPE>~<end>"
        )
    if parts[1] not in REL_TYPES:
        why = "a mention, not a fact" if parts[1] == MENTIONED_IN else "unknown type"
        raise InvalidRequest(
            f"relationship id {rel_id!r}: {why} {parts[1]!r}; "
            f"expected one of {', '.join(REL_TYPES)}"
        )
    return Step(parts[0], parts[1], parts[2])


def parse_sources(raw: Iterable[Any] | None) -> list[dict[str, Any]]:
    """Provenance JSON strings (as stored on a relationship) to dicts, sorted.

    >>> parse_sources(['{"doc": "document:a", "sentence": "S.", "confidence": 0.5}'])
    [{'doc': 'document:a', 'sentence': 'S.', 'confidence': 0.5}]
    """
    out = [json.loads(s) if isinstance(s, str) else dict(s) for s in raw or []]
    return sorted(out, key=lambda s: json.dumps(s, sort_keys=True))


def evidence_items(
    sources: Sequence[dict[str, Any]], titles: dict[str, str | None], curated: float | None = None
) -> list[dict]:
    """Evidence entries for the API: document id and title, sentence, offsets, method; a
    curated fact's own support (imported, no sentence) is one more entry, method "curated".

    >>> [e["method"] for e in evidence_items([{"doc": "document:a", "sentence": "S."}], {}, 0.8)]
    [None, 'curated']
    """
    own = [{"document": None, "title": None, "sentence": "", "start": None, "end": None,
            "confidence": curated, "method": "curated"}] if curated is not None else []
    return [
        {
            "document": s.get("doc"),
            "title": titles.get(str(s.get("doc"))),
            "sentence": s.get("sentence", ""),
            "start": s.get("start"),
            "end": s.get("end"),
            "confidence": s.get("confidence"),
            "method": s.get("method"),
        }
        for s in sources
    ] + own


def document_titles(engine: GraphEngine, doc_ids: Iterable[str]) -> dict[str, str | None]:
    """Titles of the given documents (ids without a Document node are left out)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    rows = engine.read(qd.DOCUMENT_TITLES.text(engine.dialect), {"ids": ids})
    return {r["id"]: r["title"] for r in rows}


def node_summaries(engine: GraphEngine, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``{id: {id, label, name}}`` for the given entity ids."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = engine.read(qp.NODE_SUMMARIES.text(engine.dialect), {"ids": wanted})
    return {r["id"]: {"id": r["id"], "label": r["label"], "name": r["name"]} for r in rows}


def build_paths(
    engine: GraphEngine,
    walks: Sequence[tuple[list[str], list[Step]]],
    rels: dict[Step, dict[str, Any]],
    nodes: dict[str, dict[str, Any]],
) -> list[dict]:
    """Turn walks (node ids in walk order, and the step between each pair) into API paths.

    `rels` holds each step's ``confidence`` and stored ``sources``, `nodes` the ``{id, label,
    name}`` of the walks' nodes (any missing are looked up). Each hop gets its relationship id
    and type, its direction relative to the walk (``forward`` when the relationship points
    from the hop's first node to its second), its confidence and its evidence (document id,
    title, sentence); a path's confidence is the product of its hops' confidences. One query
    fetches the document titles of all walks.
    """
    steps = {s for _, walk_steps in walks for s in walk_steps}
    facts = {
        s: {"confidence": rels[s]["confidence"], "sources": parse_sources(rels[s]["sources"]),
            "curated": rels[s].get("curated")}
        for s in steps if s in rels
    }
    titles = document_titles(
        engine, (str(s.get("doc")) for rel in facts.values() for s in rel["sources"])
    )
    nodes = {**node_summaries(engine, {n for walk_nodes, _ in walks for n in walk_nodes
                                       if n not in nodes}), **nodes}
    out = []
    for walk_nodes, walk_steps in walks:
        hops = []
        confidence = 1.0
        for i, step in enumerate(walk_steps):
            rel = facts.get(step, {"confidence": None, "sources": [], "curated": None})
            hop_conf = round(float(rel["confidence"] or 0.0), CONFIDENCE_DIGITS)
            confidence *= hop_conf
            hops.append({
                "id": step.id,
                "type": step.type,
                "start": step.start,
                "end": step.end,
                "direction": "forward" if step.start == walk_nodes[i] else "backward",
                "confidence": hop_conf,
                "evidence": evidence_items(rel["sources"], titles, rel["curated"]),
            })
        out.append({
            "nodes": [nodes.get(n, {"id": n, "label": None, "name": None}) for n in walk_nodes],
            "hops": hops,
            "length": len(hops),
            "confidence": round(confidence, CONFIDENCE_DIGITS),
        })
    return out
