"""Path answers while a document's facts come and go: each answer is the graph with them or
without them, never an error of the search (it reads level by level, and a relationship one
read found can be gone at the next; such an answer is computed again)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from app.services import paths
from app.services.errors import GraphChanged
from app.services.exchange import import_node_link
from graph.base import GraphEngine
from loaders.store import delete_document

SECONDS = 4.0
SOURCE = [{"doc": "document:d", "sentence": "x", "confidence": 0.5}]
STABLE = [  # a relies on b; c is owned by d; s targets d
    {"source": "company:b", "target": "company:a", "type": "SUPPLIES", "confidence": 0.9},
    {"source": "company:c", "target": "company:d", "type": "SUBSIDIARY_OF", "confidence": 0.9},
    {"source": "sanction:s", "target": "company:d", "type": "TARGETS", "confidence": 0.9},
]
FLICKER = [  # stated only by document:d: b depends on c, e supplies b
    {"source": "company:b", "target": "company:c", "type": "DEPENDS_ON", "sources": SOURCE},
    {"source": "company:e", "target": "company:b", "type": "SUPPLIES", "sources": SOURCE},
]
GRAPH: dict[str, Any] = {
    "nodes": [{"id": f"company:{c}", "label": "Company", "name": c} for c in "abcde"]
    + [{"id": "sanction:s", "label": "Sanction", "name": "s"},
       {"id": "document:d", "label": "Document", "name": "d", "title": "d"}],
    "edges": STABLE + FLICKER,
}


def dependencies(engine: GraphEngine) -> dict[str, int]:
    answer = paths.dependencies(engine, "company:a", direction="upstream", limit=500)
    return {i["entity"]["id"]: i["hops"] for i in answer["items"]}


def exposure(engine: GraphEngine) -> dict[str, tuple[int, str]]:
    answer = paths.sanction_exposure(engine, "sanction:s", max_hops=6, limit=500)
    return {i["entity"]["id"]: (i["hops"], i["kind"]) for i in answer["items"]}


def path(engine: GraphEngine) -> int | None:
    hops = paths.shortest_path(engine, "company:e", "company:d", max_hops=6)["hops"]
    return None if hops is None else int(hops)


QUESTIONS: dict[str, tuple[Callable[[GraphEngine], Any], tuple[Any, Any]]] = {
    "dependencies": (dependencies, (
        {"company:b": 1, "company:c": 2, "company:d": 3, "company:e": 2}, {"company:b": 1})),
    "exposure": (exposure, (
        {"company:d": (1, "direct"), "company:c": (2, "ownership"),
         "company:b": (3, "supply"), "company:a": (4, "supply")},
        {"company:d": (1, "direct"), "company:c": (2, "ownership")})),
    "shortest path": (path, (3, None)),
}


def test_answers_while_a_document_is_deleted_and_imported_again(engine: GraphEngine) -> None:
    import_node_link(engine, GRAPH)
    stop = time.monotonic() + SECONDS
    outcomes: Counter[str] = Counter()

    def write() -> None:
        while time.monotonic() < stop:
            delete_document(engine, "document:d")
            import_node_link(engine, GRAPH)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while time.monotonic() < stop:
            for name, (ask, allowed) in QUESTIONS.items():
                try:
                    got = ask(engine)
                except GraphChanged:
                    outcomes[f"{name}: changed"] += 1
                    continue
                outcomes[f"{name}: {'with' if got == allowed[0] else 'without'}"] += 1
                assert got in allowed, (name, got)
    finally:
        writer.join()
    assert {k for k in outcomes if k.endswith("without")}, outcomes  # the writes did overlap
    changed = sum(n for k, n in outcomes.items() if k.endswith("changed"))
    assert changed <= sum(outcomes.values()) // 10, outcomes
