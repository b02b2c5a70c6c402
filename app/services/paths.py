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
- **min_confidence**: every definition above applied to the graph without the relationships
  whose confidence, to the 6 decimals it is reported with, is below it (0 keeps every one).

Relies-on mixes directions per type, which one variable-length Cypher pattern cannot say on
FalkorDB, and path enumeration explodes on hubs; so the search is a BFS with one query per
level (:data:`queries.paths.REACH_BOTH`: outgoing relationships of some types and incoming
ones of others) that returns the level's distinct nodes as one list of internal node ids,
valid within this request. Only the nodes shown get their ``id`` strings (to order a page),
a path (each node's parent is the smallest id one level nearer the start that reaches it,
looked up level by level backwards from the shown nodes) and evidence (one query).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, ParamSpec, TypeVar

from app.services.errors import GraphChanged, InvalidRequest, NotFound
from app.services.evidence import Step, build_paths
from app.services.page import page
from graph.base import GraphEngine
from graph.schema import (
    LABELS,
    REL_TYPES,
    RELIES_ON_BACKWARD,
    RELIES_ON_FORWARD,
    SANCTION_REACH,
)
from loaders.model import CONFIDENCE_DIGITS
from queries import paths as q
from queries.base import Query

RELIES_ON_TYPES: tuple[str, ...] = (*RELIES_ON_FORWARD, *RELIES_ON_BACKWARD)
OWNERSHIP = "SUBSIDIARY_OF"
Direction = Literal["upstream", "downstream"]
Ref = Hashable
P = ParamSpec("P")
R = TypeVar("R")
CHANGED = "the graph changed while this answer was read (documents were being written); retry"
ATTEMPTS = 5
"""How many times a path answer is computed before :class:`GraphChanged` reaches the caller."""


def consistent(compute: Callable[P, R]) -> Callable[P, R]:
    """`compute` again, up to :data:`ATTEMPTS` times in all, when the graph changed between
    its reads (the search reads level by level; a relationship found by one read can be gone
    at the next while a document is deleted or replaced)."""

    @functools.wraps(compute)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for _ in range(ATTEMPTS - 1):
            try:
                return compute(*args, **kwargs)
            except GraphChanged:
                continue
        return compute(*args, **kwargs)

    return run
"""An engine's internal node id (see :mod:`queries.paths`); valid within one request."""


def directed(
    engine: GraphEngine,
    queries: tuple[Query, Query, Query],
    out_types: Sequence[str],
    in_types: Sequence[str],
    floor: bool = False,
) -> str | None:
    """The text of the (out-only, in-only, both-ways) statement that follows outgoing
    `out_types` and incoming `in_types` (with `floor`, only those at least
    ``$min_confidence``); None when both are empty."""
    out_only, in_only, both = queries
    if out_types and in_types:
        return both.text(engine.dialect, rel_types=out_types, back_types=in_types, floor=floor)
    if out_types:
        return out_only.text(engine.dialect, rel_types=out_types, floor=floor)
    if in_types:
        return in_only.text(engine.dialect, back_types=in_types, floor=floor)
    return None


@dataclass
class Search:
    """One BFS along outgoing `out_types` and incoming `in_types`: its levels of internal
    node ids (level 0 = the sources) and each node's level (`hop`)."""

    out_types: list[str]
    in_types: list[str]
    min_confidence: float = 0.0  # relationships below it are not walked
    levels: list[list[Ref]] = field(default_factory=list)
    hop: dict[Ref, int] = field(default_factory=dict)

    def add_level(self, nodes: Iterable[Ref]) -> list[Ref]:
        """Record the nodes not seen yet as the next level; return them."""
        depth = len(self.levels)
        new = [n for n in dict.fromkeys(nodes) if n not in self.hop]
        self.levels.append(new)
        self.hop.update(dict.fromkeys(new, depth))
        return new

    def expand(self, engine: GraphEngine, text: str | None) -> list[Ref]:
        """Run one level query (`text`, from :func:`directed`) from the last level."""
        found: list[Ref] = []
        if text is not None and self.levels[-1]:
            params = {"nodes": self.levels[-1], "min_confidence": self.min_confidence}
            for r in engine.read(text, params):
                found += r["nodes"]
        return self.add_level(found)


def search(
    engine: GraphEngine,
    sources: Iterable[Ref],
    out_types: Sequence[str],
    in_types: Sequence[str],
    max_depth: int,
    min_confidence: float = 0.0,
) -> Search:
    """BFS from `sources` up to `max_depth` hops along outgoing `out_types` and incoming
    `in_types` of at least `min_confidence`: one query per level."""
    found = Search(list(out_types), list(in_types), min_confidence)
    found.add_level(sources)
    text = directed(engine, (q.REACH_OUT, q.REACH_IN, q.REACH_BOTH), out_types, in_types,
                    min_confidence > 0)
    while len(found.levels) <= max_depth and found.expand(engine, text):
        pass
    return found


@dataclass
class Reach:
    """A BFS result (:class:`Search`) and, when asked, the same search over SUBSIDIARY_OF
    alone (`own`), which tells whether a node's minimum-hop path can be all ownership
    (:meth:`owned`). Node ids and labels (`ids`, `labels`) are looked up as needed."""

    main: Search
    own: Search | None = None
    ids: dict[Ref, str] = field(default_factory=dict)
    labels: dict[Ref, str] = field(default_factory=dict)

    @property
    def hop(self) -> dict[Ref, int]:
        return self.main.hop

    def owned(self, node: Ref) -> bool:
        """Whether a minimum-hop path from a source to `node` is all SUBSIDIARY_OF."""
        return self.own is not None and node in self.own.hop

    def describe(self, engine: GraphEngine, nodes: Iterable[Ref], *, labels: bool = False
                 ) -> None:
        """Look up the ``id`` (and with `labels` the label) of those of `nodes` not known
        yet; one query, none when all are known."""
        missing = [n for n in dict.fromkeys(nodes)
                   if n not in self.ids or (labels and n not in self.labels)]
        if missing:
            for r in engine.read(q.NODE_KEYS.text(engine.dialect), {"nodes": missing}):
                self.ids[r["node"]] = r["id"]
                self.labels[r["node"]] = r["label"]

    def ranked(
        self, engine: GraphEngine, first: int, offset: int, limit: int, label: str | None = None
    ) -> tuple[int, list[Ref]]:
        """How many nodes levels `first`.. hold (only those labelled `label`, if given), and
        the page ``[offset, offset + limit)`` of them ordered by level, then id. Ids are
        looked up only for the levels the page touches."""
        levels = self.main.levels[first:]
        if label is not None:
            self.describe(engine, (n for level in levels for n in level), labels=True)
            levels = [[n for n in level if self.labels[n] == label] for level in levels]
        slices = []  # (level, lo, hi) for the levels the page touches
        seen = 0
        for level in levels:
            lo, hi = max(offset - seen, 0), min(offset + limit - seen, len(level))
            if lo < hi:
                slices.append((level, lo, hi))
            seen += len(level)
        self.describe(engine, (n for level, _, _ in slices for n in level))
        shown = [n for level, lo, hi in slices
                for n in sorted(level, key=self.ids.__getitem__)[lo:hi]]
        return seen, shown

    def walks(self, engine: GraphEngine, nodes: Iterable[Ref]) -> dict[Ref, list[Ref]]:
        """For each of `nodes`: one shortest path from it back to a source, ``[node, ...,
        source]`` (an all-SUBSIDIARY_OF one when there is one). A node's parent is the
        smallest id one level nearer the sources that reaches it; one query per level walked
        back, none where that level holds a single node. Ids of the walks' nodes may still be
        unknown (:meth:`describe`)."""
        parent: dict[Ref, Ref] = {}
        todo = {n for n in nodes if self.hop[n] > 0}
        while todo:
            self._parents(engine, todo, parent)
            todo = {parent[n] for n in todo if self.hop[parent[n]] > 0} - parent.keys()
        out = {}
        for node in nodes:
            walk = [node]
            while walk[-1] in parent:
                walk.append(parent[walk[-1]])
            out[node] = walk
        return out

    def _parents(self, engine: GraphEngine, nodes: set[Ref], parent: dict[Ref, Ref]) -> None:
        asked = []
        for n in nodes:
            found = self._by(n)
            level = found.levels[found.hop[n] - 1]
            if len(level) == 1:
                parent[n] = level[0]
            else:
                asked.append(n)
        if not asked:
            return
        # The search went parent -[out]-> node or parent <-[in]- node: look back the other way.
        text = directed(engine, (q.LINKS_OUT, q.LINKS_IN, q.LINKS_BOTH),
                        self.main.in_types, self.main.out_types, self.main.min_confidence > 0)
        assert text is not None, "a node beyond the sources was reached by some type"
        candidates: dict[Ref, set[Ref]] = {n: set() for n in asked}
        for r in engine.read(text, {"nodes": asked, "min_confidence": self.main.min_confidence}):
            node = r["node"]
            found = self._by(node)
            if found is self.own and r["type"] != OWNERSHIP:
                continue
            depth = found.hop[node] - 1
            candidates[node].update(o for o in r["others"] if found.hop.get(o) == depth)
        self.describe(engine, (o for c in candidates.values() if len(c) > 1 for o in c))
        for node, c in candidates.items():
            parent[node] = min(c, key=self.ids.__getitem__) if len(c) > 1 else c.pop()

    def _by(self, node: Ref) -> Search:
        """The search whose parents `node` follows: the ownership one when it is owned."""
        return self.own if self.own is not None and self.owned(node) else self.main


def bfs(
    engine: GraphEngine,
    sources: Iterable[Ref],
    out_types: Sequence[str],
    in_types: Sequence[str],
    max_depth: int,
    *,
    ownership: bool = False,
    min_confidence: float = 0.0,
) -> Reach:
    """BFS from `sources` (internal node ids, depth 0) up to `max_depth` hops along outgoing
    `out_types` and incoming `in_types` of at least `min_confidence`, one query per level.

    With `ownership` (both type lists non-empty), the same queries also run the search over
    SUBSIDIARY_OF alone, kept to the nodes it reaches as early as the main search does: those
    are exactly the nodes with an all-ownership minimum-hop path (:meth:`Reach.owned`)."""
    start = list(dict.fromkeys(sources))
    if not ownership:
        return Reach(search(engine, start, out_types, in_types, max_depth, min_confidence))
    main = Search(list(out_types), list(in_types), min_confidence)
    own = Search([t for t in out_types if t == OWNERSHIP], [t for t in in_types if t == OWNERSHIP],
                 min_confidence)
    main.add_level(start)
    own.add_level(start)
    text = q.REACH_OWNED.text(engine.dialect, rel_types=out_types, back_types=in_types,
                              floor=min_confidence > 0)
    while len(main.levels) <= max_depth and main.levels[-1]:
        frontier = own.levels[-1]
        params = {"nodes": main.levels[-1], "own_out": frontier if own.out_types else [],
                  "own_in": frontier if own.in_types else [], "min_confidence": min_confidence}
        found: dict[bool, list[Ref]] = {False: [], True: []}
        for r in engine.read(text, params):
            found[r["own"]] += r["nodes"]
        new = set(main.add_level(found[False]))
        own.add_level(n for n in found[True] if n in new)
    return Reach(main, own)


@dataclass
class Links:
    """Relationships between linked nodes, with evidence and the end nodes' summaries: what
    :func:`app.services.evidence.build_paths` needs."""

    between: dict[tuple[str, str], list[Step]] = field(default_factory=dict)
    facts: dict[Step, dict[str, Any]] = field(default_factory=dict)
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)


def links(
    engine: GraphEngine, pairs: Iterable[tuple[Ref, Ref]], types: Sequence[str],
    min_confidence: float = 0.0,
) -> Links:
    """Every relationship of `types` and at least `min_confidence` from the first to the
    second node of each of `pairs` (internal ids), keyed by their ``id`` strings; one query."""
    out = Links()
    wanted = [{"start": a, "end": b} for a, b in dict.fromkeys(pairs)]
    if not wanted:
        return out
    text = q.RELATIONSHIPS_BETWEEN.text(engine.dialect, rel_types=sorted(set(types)),
                                        floor=min_confidence > 0)
    for r in engine.read(text, {"pairs": wanted, "min_confidence": min_confidence}):
        step = Step(r["start"], r["type"], r["end"])
        out.between.setdefault((step.start, step.end), []).append(step)
        out.facts[step] = {"confidence": r["confidence"], "sources": r["sources"],
                           "curated": r["curated"]}
        for end in ("start", "end"):
            out.nodes[r[end]] = {"id": r[end], "label": r[end + "_label"],
                                 "name": r[end + "_name"]}
    return out


def relies_steps(reach: Reach, walks: dict[Ref, list[Ref]], found: Links) -> dict[Ref, list[Step]]:
    """The step of each hop of `walks` (node ... source): the smallest relationship that
    makes the hop (SUBSIDIARY_OF only where the node is owned)."""
    out = {}
    ids = reach.ids
    for node, walk in walks.items():
        steps = []
        for at, prev in itertools.pairwise(walk):
            # The search went prev -[out]-> at, or prev <-[in]- at.
            candidates = [s for s in found.between.get((ids[prev], ids[at]), [])
                          if s.type in reach.main.out_types]
            candidates += [s for s in found.between.get((ids[at], ids[prev]), [])
                           if s.type in reach.main.in_types]
            if reach.owned(at):
                candidates = [s for s in candidates if s.type == OWNERSHIP]
            if not candidates:
                raise GraphChanged(CHANGED)
            steps.append(min(candidates))
        out[node] = steps
    return out


def walk_pairs(walks: Iterable[list[Ref]]) -> list[tuple[Ref, Ref]]:
    """Both orientations of every hop of `walks`."""
    return [pair for walk in walks for a, b in itertools.pairwise(walk)
            for pair in ((a, b), (b, a))]


def require_entities(engine: GraphEngine, ids: Sequence[str]) -> dict[str, tuple[str, Ref]]:
    """``{id: (label, internal id)}`` of `ids`; :class:`NotFound` naming the first id that is
    not an entity."""
    rows = engine.read(q.ENTITY_EXISTS.text(engine.dialect), {"ids": sorted(set(ids))})
    found = {r["id"]: (r["label"], r["node"]) for r in rows}
    for i in ids:
        if i not in found:
            raise NotFound(f"no entity with id {i!r}")
    return found


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


def confidence_floor(min_confidence: float) -> float:
    """The confidence a walked relationship must reach for `min_confidence`: less half a unit
    of the decimals confidences are reported with, so that a hop reported with confidence c
    is still walked at ``min_confidence=c`` (its stored value may be a hair below c). Refuses a
    value outside 0..1 (:class:`InvalidRequest`).

    >>> confidence_floor(0.992045), confidence_floor(0.0)
    (0.9920445, 0.0)
    >>> confidence_floor(1.5)
    Traceback (most recent call last):
    ...
    app.services.errors.InvalidRequest: min_confidence must be between 0 and 1, got 1.5
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise InvalidRequest(f"min_confidence must be between 0 and 1, got {min_confidence}")
    if min_confidence == 0.0:
        return 0.0
    return round(min_confidence - 0.5 * 10**-CONFIDENCE_DIGITS, CONFIDENCE_DIGITS + 1)


def relies_on_directions(direction: Direction, types: Sequence[str]) -> tuple[list[str], list[str]]:
    """(outgoing, incoming) relationship types that make one relies-on hop in `direction`.

    >>> relies_on_directions("upstream", ["SUPPLIES", "DEPENDS_ON"])
    (['DEPENDS_ON'], ['SUPPLIES'])
    """
    forward = [t for t in RELIES_ON_FORWARD if t in types]
    backward = [t for t in RELIES_ON_BACKWARD if t in types]
    return (forward, backward) if direction == "upstream" else (backward, forward)


@consistent
def dependencies(
    engine: GraphEngine,
    entity_id: str,
    *,
    direction: Direction = "upstream",
    max_hops: int = 4,
    types: Sequence[str] | None = None,
    limit: int = 20,
    offset: int = 0,
    min_confidence: float = 0.0,
) -> dict[str, Any]:
    """Upstream (what `entity_id` relies on) or downstream (who relies on it) within
    `max_hops`, each with its minimum hop count and one shortest path walked from the entity.

    Items are ordered by hops, then id; `types` narrows which relies-on types count, and
    relationships below `min_confidence` are not walked.
    """
    rel_types = check_types(types, RELIES_ON_TYPES, "types")
    min_confidence = confidence_floor(min_confidence)
    _, source = require_entities(engine, [entity_id])[entity_id]
    out_types, in_types = relies_on_directions(direction, rel_types)
    reach = bfs(engine, [source], out_types, in_types, max_hops, min_confidence=min_confidence)
    reach.ids[source] = entity_id
    total, shown = reach.ranked(engine, 1, offset, limit)
    walks = reach.walks(engine, shown)
    reach.describe(engine, (n for walk in walks.values() for n in walk))
    found = links(engine, walk_pairs(walks.values()), rel_types, min_confidence)
    steps = relies_steps(reach, walks, found)
    paths = build_paths(engine, [([reach.ids[n] for n in walks[node][::-1]], steps[node][::-1])
                                 for node in shown], found.facts, found.nodes)
    items = [
        {"entity": path["nodes"][-1], "hops": reach.hop[node], "confidence": path["confidence"],
         "path": path}
        for node, path in zip(shown, paths, strict=True)
    ]
    return {"entity": entity_id, "direction": direction, "max_hops": max_hops,
            **page(total, items, limit, offset)}


def _kind(hops: int, owned: bool) -> str:
    if hops == 0:
        return "direct"
    return "ownership" if owned else "supply"


@consistent
def sanction_exposure(
    engine: GraphEngine,
    sanction_id: str,
    *,
    max_hops: int = 4,
    label: str | None = None,
    limit: int = 20,
    offset: int = 0,
    min_confidence: float = 0.0,
) -> dict[str, Any]:
    """Every entity exposed to the sanction within `max_hops`: kind, hops, one path (walked
    from the sanction), path confidence; ordered by hops, then id; `label` filters entities;
    relationships below `min_confidence` are not walked."""
    if label is not None and label not in LABELS:
        raise InvalidRequest(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
    min_confidence = confidence_floor(min_confidence)
    rows = engine.read(q.SANCTION_TARGETS.text(engine.dialect, floor=min_confidence > 0),
                       {"id": sanction_id, "min_confidence": min_confidence})
    if not rows:
        raise NotFound(f"no entity with id {sanction_id!r}")
    if rows[0]["label"] != "Sanction":
        raise NotFound(f"{sanction_id!r} is a {rows[0]['label']}, not a Sanction")
    sanction = rows[0]["sanction"]
    targets: dict[Ref, str] = {}  # target -> its smallest relationship type from the sanction
    ids: dict[Ref, str] = {sanction: sanction_id}
    for r in rows:
        if r["node"] is not None:
            targets[r["node"]] = min(r["type"], targets.get(r["node"], r["type"]))
            ids[r["node"]] = r["target"]
    out_types, in_types = relies_on_directions("downstream", RELIES_ON_TYPES)
    reach = bfs(engine, sorted(targets, key=ids.__getitem__), out_types, in_types,
                max_hops - 1, ownership=True, min_confidence=min_confidence)
    reach.ids.update(ids)
    total, shown = reach.ranked(engine, 0, offset, limit, label)
    walks = reach.walks(engine, shown)  # node ... target
    reach.describe(engine, (n for walk in walks.values() for n in walk))
    pairs = walk_pairs(walks.values()) + [(sanction, walk[-1]) for walk in walks.values()]
    found = links(engine, pairs, [*RELIES_ON_TYPES, *SANCTION_REACH], min_confidence)
    steps = relies_steps(reach, walks, found)
    chains = []
    for node in shown:
        walk, target = walks[node], walks[node][-1]
        chains.append((
            [sanction_id, *(reach.ids[n] for n in walk[::-1])],
            [Step(sanction_id, targets[target], reach.ids[target]), *steps[node][::-1]],
        ))
    paths = build_paths(engine, chains, found.facts, found.nodes)
    items = [
        {
            "entity": path["nodes"][-1],
            "hops": reach.hop[node] + 1,
            "kind": _kind(reach.hop[node], reach.owned(node)),
            "confidence": path["confidence"],
            "path": path,
        }
        for node, path in zip(shown, paths, strict=True)
    ]
    return {"sanction": sanction_id, "max_hops": max_hops, **page(total, items, limit, offset)}


@consistent
def entity_exposure(
    engine: GraphEngine, entity_id: str, *, max_hops: int = 4, limit: int = 20, offset: int = 0,
    min_confidence: float = 0.0,
) -> dict[str, Any]:
    """Every sanction that reaches the entity within `max_hops`, with kind, hops and one path
    (walked from the sanction to the entity); ordered by hops, then sanction id; the page
    ``[offset, offset + limit)`` of them (paths are built for that page only); relationships
    below `min_confidence` are not walked."""
    min_confidence = confidence_floor(min_confidence)
    _, source = require_entities(engine, [entity_id])[entity_id]
    out_types, in_types = relies_on_directions("upstream", RELIES_ON_TYPES)
    reach = bfs(engine, [source], out_types, in_types, max_hops - 1, ownership=True,
                min_confidence=min_confidence)
    reach.ids[source] = entity_id
    # sanction -> (hops, not owned, target id, type, target, sanction node)
    best: dict[str, tuple[int, bool, str, str, Ref, Ref]] = {}
    rows = engine.read(q.SANCTIONS_REACHING.text(engine.dialect, floor=min_confidence > 0),
                       {"nodes": list(reach.hop), "min_confidence": min_confidence})
    for r in rows:
        t = r["node"]
        reach.ids[t] = r["target"]
        option = (reach.hop[t], not reach.owned(t), r["target"], r["type"], t, r["sanction_node"])
        best[r["sanction"]] = min(option, best.get(r["sanction"], option))
    ranked = sorted(best, key=lambda s: (best[s][0], s))
    order = ranked[offset:offset + limit]
    walks = reach.walks(engine, [best[s][4] for s in order])  # target ... entity
    reach.describe(engine, (n for walk in walks.values() for n in walk))
    pairs = walk_pairs(walks.values()) + [(best[s][5], best[s][4]) for s in order]
    found = links(engine, pairs, [*RELIES_ON_TYPES, *SANCTION_REACH], min_confidence)
    steps = relies_steps(reach, walks, found)
    chains = []
    for s in order:
        _, _, target_id, rel_type, target, _ = best[s]
        chains.append(([s, *(reach.ids[n] for n in walks[target])],
                       [Step(s, rel_type, target_id), *steps[target]]))
    paths = build_paths(engine, chains, found.facts, found.nodes)
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
    return {"entity": entity_id, "max_hops": max_hops,
            **page(len(ranked), items, limit, offset)}


@consistent
def shortest_path(
    engine: GraphEngine,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    types: Sequence[str] | None = None,
    min_confidence: float = 0.0,
) -> dict[str, Any]:
    """The shortest path between two entities: minimum hops over relationships of `types`
    (default every fact type, never MENTIONED_IN) and at least `min_confidence`, ignoring
    direction, within `max_hops`.

    Bidirectional BFS: each step expands the smaller frontier by one level (one query, both
    directions); the first level at which the two searches meet gives the minimum (the meeting
    node nearest the other end, then the smallest id), and only that path's nodes and
    relationships are looked up. ``found`` is False (and ``path`` null) when no path is that
    short.
    """
    rel_types = check_types(types, REL_TYPES, "types")
    min_confidence = confidence_floor(min_confidence)
    found = require_entities(engine, [source, target])
    if source == target:
        path = build_paths(engine, [([source], [])], {}, {})[0]
        return {"source": source, "target": target, "found": True, "hops": 0, "path": path}
    sides = [Reach(Search(rel_types, rel_types, min_confidence)) for _ in range(2)]
    for side, end in zip(sides, (source, target), strict=True):
        side.main.add_level([found[end][1]])
        side.ids[found[end][1]] = end
    level = directed(engine, (q.REACH_OUT, q.REACH_IN, q.REACH_BOTH), rel_types, rel_types,
                     min_confidence > 0)
    while (len(sides[0].main.levels) + len(sides[1].main.levels) - 2 < max_hops
           and sides[0].main.levels[-1] and sides[1].main.levels[-1]):
        i = 0 if len(sides[0].main.levels[-1]) <= len(sides[1].main.levels[-1]) else 1
        this, other = sides[i], sides[1 - i]
        meets = [n for n in this.main.expand(engine, level) if n in other.hop]
        if meets:
            nearest = min(other.hop[n] for n in meets)
            meets = [n for n in meets if other.hop[n] == nearest]
            if len(meets) > 1:
                this.describe(engine, meets)
            meet = min(meets, key=this.ids.__getitem__) if len(meets) > 1 else meets[0]
            head = sides[0].walks(engine, [meet])[meet]  # meet ... source
            tail = sides[1].walks(engine, [meet])[meet]  # meet ... target
            names = Reach(this.main, ids={**sides[0].ids, **sides[1].ids})  # both sides' ids
            names.describe(engine, head + tail)
            # (parent, child) of each hop as its search found it.
            hops = list(itertools.pairwise(head[::-1])) + [(b, a) for a, b in
                                                           itertools.pairwise(tail)]
            linked = links(engine, walk_pairs([head, tail]), rel_types, min_confidence)
            steps = [_link_step(linked, names.ids[a], names.ids[b]) for a, b in hops]
            nodes = [names.ids[n] for n in head[::-1] + tail[1:]]
            path = build_paths(engine, [(nodes, steps)], linked.facts, linked.nodes)[0]
            return {
                "source": source,
                "target": target,
                "found": True,
                "hops": path["length"],
                "path": path,
            }
    return {"source": source, "target": target, "found": False, "hops": None, "path": None}


def _link_step(found: Links, parent: str, child: str) -> Step:
    """The relationship an undirected search followed from `parent` to `child`: the smallest
    type, one pointing from parent to child before one pointing back."""
    candidates = found.between.get((parent, child), []) + found.between.get((child, parent), [])
    if not candidates:
        raise GraphChanged(CHANGED)
    return min(candidates, key=lambda s: (s.type, s.start != parent))
