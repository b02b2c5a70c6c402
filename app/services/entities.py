"""One entity: its card, its neighbours, and single relationships with all their sources."""

from __future__ import annotations

from typing import Any, Literal

from app.services.errors import InvalidRequest, NotFound
from app.services.evidence import (
    Step,
    document_titles,
    evidence_items,
    parse_relationship_id,
    parse_sources,
)
from app.services.page import page
from graph.base import GraphEngine
from graph.schema import REL_TYPES
from queries import entities as q

CARD_PROPERTIES = frozenset({"id", "name", "aliases", "label", "imported", "alias_keys"})


def get_entity(engine: GraphEngine, entity_id: str) -> dict[str, Any]:
    """An entity's card: label, name, aliases, other properties, the documents that mention
    it and its relationship count by type; :class:`NotFound` if there is none."""
    rows = engine.read(q.ENTITY_CARD.text(engine.dialect), {"id": entity_id})
    if not rows:
        raise NotFound(f"no entity with id {entity_id!r}")
    card = rows[0]
    props = card["properties"]
    return {
        "id": entity_id,
        "label": props.get("label"),
        "name": props.get("name"),
        "aliases": sorted(props.get("aliases") or []),
        "properties": {k: v for k, v in props.items() if k not in CARD_PROPERTIES},
        "documents": sorted(card["documents"], key=lambda doc: doc["id"]),
        "degree": {r["type"]: r["count"] for r in sorted(card["degree"], key=lambda r: r["type"])},
    }


def neighbors(
    engine: GraphEngine,
    entity_id: str,
    *,
    rel_type: str | None = None,
    direction: Literal["out", "in", "both"] = "both",
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Entities one fact relationship away, ordered by type then id; `rel_type` and
    `direction` (``out``: entity -> neighbour) filter them."""
    d = engine.dialect
    if rel_type is not None and rel_type not in REL_TYPES:
        raise InvalidRequest(f"unknown type {rel_type!r}; expected one of {', '.join(REL_TYPES)}")
    if not engine.read(q.GET_ENTITY.text(d), {"id": entity_id}):
        raise NotFound(f"no entity with id {entity_id!r}")
    params: dict[str, Any] = {"id": entity_id, "type": rel_type, "direction": direction}
    total = int(engine.read(q.COUNT_NEIGHBORS.text(d), params)[0]["total"])
    rows = engine.read(q.NEIGHBORS.text(d), {**params, "limit": limit, "offset": offset})
    items = []
    for r in rows:
        start, end = (entity_id, r["id"]) if r["outgoing"] else (r["id"], entity_id)
        items.append({
            "relationship": Step(start, r["type"], end).id,
            "type": r["type"],
            "direction": "out" if r["outgoing"] else "in",
            "confidence": r["confidence"],
            "entity": {"id": r["id"], "label": r["label"], "name": r["name"]},
        })
    return {"entity": entity_id, **page(total, items, limit, offset)}


def get_relationship(engine: GraphEngine, rel_id: str) -> dict[str, Any]:
    """A relationship by its id (``<start>~<TYPE>~<end>``) with every source it has."""
    step = parse_relationship_id(rel_id)
    rows = engine.read(
        q.GET_RELATIONSHIP.text(engine.dialect, rel_type=step.type),
        {"start": step.start, "end": step.end},
    )
    if not rows:
        raise NotFound(f"no relationship with id {rel_id!r}")
    r = rows[0]
    props = r["properties"]
    sources = parse_sources(props.get("sources"))
    titles = document_titles(engine, (str(s.get("doc")) for s in sources))
    return {
        "id": step.id,
        "type": step.type,
        "start": {"id": r["start"], "label": r["start_label"], "name": r["start_name"]},
        "end": {"id": r["end"], "label": r["end_label"], "name": r["end_name"]},
        "confidence": props.get("confidence"),
        "properties": {k: v for k, v in props.items()
                       if k not in ("docs", "sources", "confidences", "confidence")},
        "sources": evidence_items(sources, titles),
    }
