"""Entity search by name and alias: case-insensitive, ranked exact, prefix, contains."""

from __future__ import annotations

from typing import Any

from app.services.errors import InvalidRequest
from app.services.page import page
from graph.base import GraphEngine
from graph.schema import LABELS
from queries import entities as q

MATCH_KINDS = ("exact", "prefix", "contains")


def normalize_query(text: str) -> str:
    """`text` without surrounding whitespace, inner whitespace runs collapsed to one space.

    >>> normalize_query("  Huawei    Technologies ")
    'Huawei Technologies'
    """
    return " ".join(text.split())


def search_entities(
    engine: GraphEngine, text: str = "", *, label: str | None = None, limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Entities whose name or an alias matches `text` (case-insensitive): exact matches first,
    then prefix, then substring; ties by name; each hit says which in ``match``. Spaces around
    `text` are dropped and runs of whitespace inside it read as one space
    (:func:`normalize_query`). An empty (or all-space) `text` lists every entity by name, with
    ``match`` None: nothing was matched.

    >>> from app.services.exchange import import_node_link
    >>> from app.settings import Settings; from graph import open_engine
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest",
    ...                               CHOKEPOINT_GRAPH="doctest_search"))
    >>> engine.clear()
    >>> _ = import_node_link(engine, {"nodes": [
    ...     {"id": "company:huawei", "label": "Company", "name": "Huawei",
    ...      "aliases": ["Huawei Technologies"]}], "edges": []})
    >>> [(hit["id"], hit["match"]) for hit in search_entities(engine, "huawei tech")["items"]]
    [('company:huawei', 'prefix')]
    >>> [(hit["id"], hit["match"]) for hit in search_entities(engine, "  ")["items"]]
    [('company:huawei', None)]
    >>> engine.close()
    """
    if label is not None and label not in LABELS:
        raise InvalidRequest(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
    query = normalize_query(text)
    params: dict[str, Any] = {"q": query, "label": label}
    d = engine.dialect
    total = int(engine.read(q.COUNT_SEARCH_ENTITIES.text(d), params)[0]["total"])
    rows = engine.read(q.SEARCH_ENTITIES.text(d), {**params, "limit": limit, "offset": offset})
    items = [
        {
            "id": r["id"],
            "label": r["label"],
            "name": r["name"],
            "aliases": sorted(r["aliases"] or []),
            "match": MATCH_KINDS[r["rank"]] if query else None,
        }
        for r in rows
    ]
    return page(total, items, limit, offset)
