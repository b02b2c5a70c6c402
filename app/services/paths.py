"""Dependency, sanction-exposure and shortest-path answers: level-by-level BFS over Cypher.

Definitions (the API's contract, also in the endpoint docs):

- **A relies on B** (one hop) when ``A-[:DEPENDS_ON]->B``, ``B-[:SUPPLIES]->A`` or
  ``A-[:SUBSIDIARY_OF]->B``.
- **Upstream dependencies** of X within H hops: every entity X reaches by 1..H relies-on hops,
  with its minimum hop count and one shortest path (walked from X). **Downstream**: every
  entity that relies on X that way (walked from X too). X itself is never in its answer.
- **Exposure** of E to sanction S within H hops: ``S-[:TARGETS|RESTRICTS]->T`` and E relies on
  T by 0..H-1 hops; hops = relies-on hops + 1. Kind: ``direct`` (E is T), ``ownership`` (every
  relies-on hop is SUBSIDIARY_OF), ``supply`` otherwise. Among the minimum-hop paths an
  ownership-only one is preferred, so the kind is ``ownership`` whenever such a path exists.
  Exposure paths are walked from the sanction to the entity.
- **Shortest path** between A and B: the minimum number of hops over relationships of the
  given types (default: every fact type; never MENTIONED_IN), ignoring direction, up to
  ``max_hops``.
- **Path confidence**: the product of its hops' confidences.

Relies-on mixes directions per type, which one variable-length Cypher pattern cannot say on
FalkorDB, and path enumeration explodes on hubs; so each BFS level is one frontier query per
direction (:data:`queries.paths.NEXT_OUT` / ``NEXT_IN``; ``NEXT_BOTH`` for shortest paths)
returning one row per neighbour with the smallest frontier id that reaches it (its parent).
The relationships of a path are looked up only for the paths returned, and so is evidence.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.services.errors import InvalidRequest, NotFound
from app.services.evidence import Step, build_paths, node_summaries
from graph.base import GraphEngine
from graph.schema import LABELS, REL_TYPES, RELIES_ON_BACKWARD, RELIES_ON_FORWARD
from queries import paths as q

RELIES_ON_TYPES: tuple[str, ...] = (*RELIES_ON_FORWARD, *RELIES_ON_BACKWARD)
OWNERSHIP = "SUBSIDIARY_OF"
Direction = Literal["upstream", "downstream"]


@dataclass
class Reach:
    """A BFS result: minimum hops from the sources and, per node, the smallest id of the
    previous level that reaches it (``via``); when asked, the same over SUBSIDIARY_OF alone
    (``own_hops``, ``own_via``). Paths are built afterwards, only for the nodes shown."""

    out_types: list[str]
    in_types: list[str]
    hops: dict[str, int] = field(default_factory=dict)
    via: dict[str, str] = field(default_factory=dict)
    own_hops: dict[str, int] = field(default_factory=dict)
    own_via: dict[str, str] = field(default_factory=dict)

    def owned(self, node: str) -> bool:
        """Whether a minimum-hop path from a source to `node` is all SUBSIDIARY_OF."""
        return self.own_hops.get(node) == self.hops[node]

    def chains(
        self, engine: GraphEngine, nodes: Sequence[str]
    ) -> dict[str, tuple[list[str], list[Step]]]:
        """For each of `nodes`: the nodes and steps of one shortest path from it back to a
        source (an all-SUBSIDIARY_OF one when there is one). Two queries fetch every step."""
        own_out = [t for t in self.out_types if t == OWNERSHIP]
        own_in = [t for t in self.in_types if t == OWNERSHIP]
        fill_parents(engine, self.hops, self.via, nodes, self.out_types, self.in_types)
        fill_parents(engine, self.own_hops, self.own_via, [n for n in nodes if self.owned(n)],
                     own_out, own_in)
        walks: dict[str, list[str]] = {}
        links: set[tuple[str, str]] = set()  # (node, previous node)
        for node in nodes:
            walk, at = [node], node
            while self.hops[at] > 0:
                prev = self.own_via[at] if self.owned(at) else self.via[at]
                links.add((at, prev))
                walk.append(prev)
                at = prev
            walks[node] = walk
        # The BFS went prev -[out]-> node, or prev <-[in]- node.
        options: dict[tuple[str, str], list[Step]] = {}
        d = engine.dialect
        for forward, types in ((True, self.out_types), (False, self.in_types)):
            if not types or not links:
                continue
            pairs = [{"start": p, "end": n} if forward else {"start": n, "end": p}
                     for n, p in sorted(links)]
            for r in engine.read(q.STEPS_BETWEEN.text(d, rel_types=types), {"pairs": pairs}):
                step = Step(r["start"], r["type"], r["end"])
                key = (step.end, step.start) if forward else (step.start, step.end)
                options.setdefault(key, []).append(step)
        out = {}
        for node, walk in walks.items():
            steps = []
            for at, prev in itertools.pairwise(walk):
                candidates = options[(at, prev)]
                if self.owned(at):
                    candidates = [s for s in candidates if s.type == OWNERSHIP]
                steps.append(min(candidates))
            out[node] = (walk, steps)
        return out


def require_entities(engine: GraphEngine, ids: Sequence[str]) -> dict[str, str]:
    """``{id: label}`` of `ids`; :class:`NotFound` naming the first id that is not an entity."""
    rows = engine.read(q.ENTITY_EXISTS.text(engine.dialect), {"ids": sorted(set(ids))})
    labels = {r["id"]: r["label"] for r in rows}
    for i in ids:
        if i not in labels:
            raise NotFound(f"no entity with id {i!r}")
    return labels


def check_types(types: Sequence[str] | None, allowed: Sequence[str], what: str) -> list[str]:
    """`types` (or all of `allowed` when None/empty), each checked against `allowed`.

    >>> check_types(None, ("A", "B"), "x")
    ['A', 'B']
    """
    if not types:
        return list(allowed)
    bad = [t for t in types if t not in allowed]
    if bad:
        raise InvalidRequest(
            f"{what}: unknown type(s) {', '.join(map(repr, bad))}; expected some of "
            f"{', '.join(allowed)}"
        )
    return sorted(set(types))


def relies_on_directions(direction: Direction, types: Sequence[str]) -> tuple[list[str], list[str]]:
    """(outgoing, incoming) relationship types that make one relies-on hop in `direction`.

    >>> relies_on_directions("upstream", ["SUPPLIES", "DEPENDS_ON"])
    (['DEPENDS_ON'], ['SUPPLIES'])
    """
    forward = [t for t in RELIES_ON_FORWARD if t in types]
    backward = [t for t in RELIES_ON_BACKWARD if t in types]
    return (forward, backward) if direction == "upstream" else (backward, forward)


def distances(
    engine: GraphEngine,
    sources: Iterable[str],
    out_types: Sequence[str],
    in_types: Sequence[str],
    max_depth: int,
) -> tuple[dict[str, int], dict[str, str]]:
    """Minimum hops from `sources` (0) to every node within `max_depth`, and for each reached
    node but those of the last level the smallest id of the previous level that reaches it
    (:func:`fill_parents` adds it for the last level's nodes that are shown). Level by level:
    one query per direction per level, one row per neighbour."""
    d = engine.dialect
    frontier = sorted(set(sources))
    hops = dict.fromkeys(frontier, 0)
    via: dict[str, str] = {}
    depth = 0
    while frontier and depth < max_depth:
        depth += 1
        found: dict[str, str] = {}
        if depth < max_depth:
            for query, types in ((q.NEXT_OUT, out_types), (q.NEXT_IN, in_types)):
                if types:
                    for r in engine.read(query.text(d, rel_types=types), {"ids": frontier}):
                        if r["id"] not in hops:
                            found[r["id"]] = min(r["via"], found.get(r["id"], r["via"]))
            via.update(found)
        else:  # the biggest level: ids only
            for query, types in ((q.REACHED_OUT, out_types), (q.REACHED_IN, in_types)):
                if types:
                    for r in engine.read(query.text(d, rel_types=types), {"ids": frontier}):
                        if r["id"] not in hops:
                            found[r["id"]] = ""
        frontier = sorted(found)
        hops.update(dict.fromkeys(frontier, depth))
    return hops, via


def fill_parents(
    engine: GraphEngine,
    hops: dict[str, int],
    via: dict[str, str],
    nodes: Iterable[str],
    out_types: Sequence[str],
    in_types: Sequence[str],
) -> None:
    """Add to `via` the parent of each of `nodes` that was reached but has none yet (the last
    level of :func:`distances`): the smallest id one hop nearer the sources that reaches it
    (over outgoing `out_types` or incoming `in_types`), as the earlier levels choose it."""
    missing = sorted({n for n in nodes if hops.get(n, 0) > 0 and n not in via})
    if not missing:
        return
    d = engine.dialect
    # The BFS went parent -[out]-> node or parent <-[in]- node: look back the other way.
    for query, types in ((q.NEIGHBOURS_IN, out_types), (q.NEIGHBOURS_OUT, in_types)):
        if types:
            for r in engine.read(query.text(d, rel_types=types), {"ids": missing}):
                node, parent = r["node"], r["neighbour"]
                if hops.get(parent) == hops[node] - 1:
                    via[node] = min(parent, via.get(node, parent))


def bfs(
    engine: GraphEngine,
    sources: Iterable[str],
    out_types: Sequence[str],
    in_types: Sequence[str],
    max_depth: int,
    *,
    ownership: bool = False,
) -> Reach:
    """BFS from `sources` (depth 0) up to `max_depth` hops along outgoing `out_types` and
    incoming `in_types`; with `ownership`, also the SUBSIDIARY_OF-only distances that tell
    whether a node's minimum-hop path can be all ownership (:meth:`Reach.owned`)."""
    start = sorted(set(sources))
    reach = Reach(list(out_types), list(in_types))
    reach.hops, reach.via = distances(engine, start, out_types, in_types, max_depth)
    if ownership:
        own_out = [t for t in out_types if t == OWNERSHIP]
        own_in = [t for t in in_types if t == OWNERSHIP]
        reach.own_hops, reach.own_via = distances(engine, start, own_out, own_in, max_depth)
    return reach


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    page = items[offset : offset + limit]
    return {
        "total": len(items),
        "limit": limit,
        "offset": offset,
        "truncated": offset + len(page) < len(items),
        "items": page,
    }


def dependencies(
    engine: GraphEngine,
    entity_id: str,
    *,
    direction: Direction = "upstream",
    max_hops: int = 4,
    types: Sequence[str] | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Upstream (what `entity_id` relies on) or downstream (who relies on it) within
    `max_hops`, each with its minimum hop count and one shortest path walked from the entity.

    Items are ordered by hops, then id; `types` narrows which relies-on types count.
    """
    rel_types = check_types(types, RELIES_ON_TYPES, "types")
    require_entities(engine, [entity_id])
    out_types, in_types = relies_on_directions(direction, rel_types)
    reach = bfs(engine, [entity_id], out_types, in_types, max_hops)
    found = sorted((h, n) for n, h in reach.hops.items() if n != entity_id)
    page = _page(found, limit, offset)
    chains = reach.chains(engine, [node for _, node in page["items"]])
    walks = []
    for _, node in page["items"]:
        nodes, steps = chains[node]
        walks.append((nodes[::-1], steps[::-1]))
    paths = build_paths(engine, walks)
    page["items"] = [
        {"entity": path["nodes"][-1], "hops": hops, "confidence": path["confidence"], "path": path}
        for (hops, _), path in zip(page["items"], paths, strict=True)
    ]
    return {"entity": entity_id, "direction": direction, "max_hops": max_hops, **page}


def _kind(hops: int, owned: bool) -> str:
    if hops == 0:
        return "direct"
    return "ownership" if owned else "supply"


def sanction_exposure(
    engine: GraphEngine,
    sanction_id: str,
    *,
    max_hops: int = 4,
    label: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Every entity exposed to the sanction within `max_hops`: kind, hops, one path (walked
    from the sanction), path confidence; ordered by hops, then id; `label` filters entities."""
    if label is not None and label not in LABELS:
        raise InvalidRequest(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
    labels = require_entities(engine, [sanction_id])
    if labels[sanction_id] != "Sanction":
        raise NotFound(f"{sanction_id!r} is a {labels[sanction_id]}, not a Sanction")
    targets: dict[str, str] = {}
    for r in engine.read(q.SANCTION_TARGETS.text(engine.dialect), {"id": sanction_id}):
        targets[r["target"]] = min(r["type"], targets.get(r["target"], r["type"]))
    out_types, in_types = relies_on_directions("downstream", RELIES_ON_TYPES)
    reach = bfs(engine, targets, out_types, in_types, max_hops - 1, ownership=True)
    found = sorted((h + 1, n) for n, h in reach.hops.items())
    if label is not None:
        summaries = node_summaries(engine, reach.hops)
        found = [(h, n) for h, n in found if summaries[n]["label"] == label]
    page = _page(found, limit, offset)
    chains = reach.chains(engine, [node for _, node in page["items"]])
    walks = []
    for _, node in page["items"]:
        nodes, steps = chains[node]  # node ... target
        target = nodes[-1]
        walks.append((
            [sanction_id, *nodes[::-1]],
            [Step(sanction_id, targets[target], target), *steps[::-1]],
        ))
    paths = build_paths(engine, walks)
    page["items"] = [
        {
            "entity": path["nodes"][-1],
            "hops": hops,
            "kind": _kind(hops - 1, reach.owned(node)),
            "confidence": path["confidence"],
            "path": path,
        }
        for (hops, node), path in zip(page["items"], paths, strict=True)
    ]
    return {"sanction": sanction_id, "max_hops": max_hops, **page}


def entity_exposure(engine: GraphEngine, entity_id: str, *, max_hops: int = 4) -> dict[str, Any]:
    """Every sanction that reaches the entity within `max_hops`, with kind, hops and one path
    (walked from the sanction to the entity); ordered by hops, then sanction id."""
    require_entities(engine, [entity_id])
    out_types, in_types = relies_on_directions("upstream", RELIES_ON_TYPES)
    reach = bfs(engine, [entity_id], out_types, in_types, max_hops - 1, ownership=True)
    best: dict[str, tuple[int, bool, str, str]] = {}  # sanction -> (hops, not owned, T, type)
    rows = engine.read(q.SANCTIONS_REACHING.text(engine.dialect), {"ids": sorted(reach.hops)})
    for r in rows:
        t = r["target"]
        option = (reach.hops[t], not reach.owned(t), t, r["type"])
        best[r["sanction"]] = min(option, best.get(r["sanction"], option))
    order = sorted(best, key=lambda s: (best[s][0], s))
    chains = reach.chains(engine, sorted({best[s][2] for s in order}))
    walks = []
    for s in order:
        _, _, target, rel_type = best[s]
        nodes, steps = chains[target]  # target ... entity
        walks.append(([s, *nodes], [Step(s, rel_type, target), *steps]))
    paths = build_paths(engine, walks)
    items = [
        {
            "sanction": path["nodes"][0],
            "hops": best[s][0] + 1,
            "kind": _kind(best[s][0], not best[s][1]),
            "confidence": path["confidence"],
            "path": path,
        }
        for s, path in zip(order, paths, strict=True)
    ]
    return {
        "entity": entity_id,
        "max_hops": max_hops,
        "total": len(items),
        "limit": len(items),
        "offset": 0,
        "truncated": False,
        "items": items,
    }


def shortest_path(
    engine: GraphEngine,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    types: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The shortest path between two entities: minimum hops over relationships of `types`
    (default every fact type, never MENTIONED_IN), ignoring direction, within `max_hops`.

    Bidirectional BFS: each step expands the smaller frontier by one level (one query, both
    directions, one row per new neighbour with its smallest parent); the first level at which
    the two searches meet gives the minimum, and only that path's relationships are fetched.
    ``found`` is False (and ``path`` null) when no path is that short.
    """
    rel_types = check_types(types, REL_TYPES, "types")
    require_entities(engine, [source, target])
    if source == target:
        path = build_paths(engine, [([source], [])])[0]
        return {"source": source, "target": target, "found": True, "hops": 0, "path": path}
    hops: list[dict[str, int]] = [{source: 0}, {target: 0}]
    parents: list[dict[str, str]] = [{}, {}]
    frontiers = [[source], [target]]
    depths = [0, 0]
    level = q.NEXT_BOTH.text(engine.dialect, rel_types=rel_types)
    while depths[0] + depths[1] < max_hops and frontiers[0] and frontiers[1]:
        i = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        depths[i] += 1
        new: list[str] = []
        for r in sorted(engine.read(level, {"ids": frontiers[i]}), key=lambda r: r["id"]):
            if r["id"] not in hops[i]:
                hops[i][r["id"]] = depths[i]
                parents[i][r["id"]] = r["via"]
                new.append(r["id"])
        frontiers[i] = new
        meets = [n for n in new if n in hops[1 - i]]
        if meets:
            meet = min(meets, key=lambda n: (hops[1 - i][n], n))
            head = _back(parents[0], meet)  # meet ... source
            tail = _back(parents[1], meet)  # meet ... target
            # (parent, child) of each hop as its search found it.
            links = list(itertools.pairwise(head[::-1])) + [(b, a) for a, b in
                                                            itertools.pairwise(tail)]
            steps = _link_steps(engine, links, rel_types)
            path = build_paths(engine, [(head[::-1] + tail[1:], steps)])[0]
            return {
                "source": source,
                "target": target,
                "found": True,
                "hops": path["length"],
                "path": path,
            }
    return {"source": source, "target": target, "found": False, "hops": None, "path": None}


def _back(parent: dict[str, str], node: str) -> list[str]:
    """Nodes from `node` back along `parent` pointers to the search's start."""
    nodes = [node]
    while node in parent:
        node = parent[node]
        nodes.append(node)
    return nodes


def _link_steps(
    engine: GraphEngine, links: Sequence[tuple[str, str]], types: Sequence[str]
) -> list[Step]:
    """For each (parent, child) link of an undirected search, one relationship of `types`
    between them: the smallest type, one pointing from parent to child before one pointing
    back. One query for all links."""
    pairs = [{"start": a, "end": b} for link in links for a, b in (link, link[::-1])]
    found = [Step(r["start"], r["type"], r["end"]) for r in engine.read(
        q.STEPS_BETWEEN.text(engine.dialect, rel_types=types), {"pairs": pairs})]
    return [
        min((s for s in found if {s.start, s.end} == {parent, child}),
            key=lambda s: (s.type, s.start != parent))
        for parent, child in links
    ]
