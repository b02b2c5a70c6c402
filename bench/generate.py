"""A deterministic, seeded synthetic supply-chain graph in the product's node-link format.

The shape imitates the real world the ontology describes: most nodes are companies; each
company buys from a few suppliers picked with a heavy-tailed preference (a few giant
suppliers serve thousands, most serve a handful); some companies are subsidiaries of
others; a few hundred sanctions TARGET companies and RESTRICT technologies; countries,
agencies, plans, people, technologies and products tie it together.

Node names and properties are pure functions of ``(label, index)``; relationships come from
one ``random.Random(seed)`` stream in a fixed order. Nodes and relationships are generated
as independent streams, so even the ``1m`` graph (1M nodes, 5M relationships) is written
in chunks without holding it in memory.

>>> g = graph("small", seed=7)
>>> len(g["nodes"]), len(g["edges"])
(10000, 50000)
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.schema import LABELS

SEED = 20260101
METHOD = "synthetic"
DOCS_PER_SOURCE_BATCH = 50
"""Relationships per synthetic source document (every 50 consecutive facts share one doc)."""
SUPPLIER_SKEW = 2.0
"""Power of the supplier choice (see :func:`skewed`): higher means fewer, bigger hubs. At
2.0 the biggest supplier of the 100k graph serves 859 customers, the median one 2."""
DEPENDENCY_SKEW = 2.0
"""Power of the choice of the company a company DEPENDS_ON."""
TARGET_SKEW = 1.5
"""Power of the choice of the companies a sanction TARGETS (big firms are likelier)."""


@dataclass(frozen=True)
class Shape:
    """How big a generated graph is."""

    nodes: int
    relationships: int
    sanctions: int


SIZES: dict[str, Shape] = {
    "small": Shape(10_000, 50_000, 200),
    "100k": Shape(100_000, 500_000, 300),
    "1m": Shape(1_000_000, 5_000_000, 500),
}

_SYLLABLES = (
    "ka", "lo", "ve", "ri", "xa", "mo", "tu", "ne", "so", "vi",
    "da", "ze", "pu", "ha", "ni", "qo", "re", "ta", "lu", "bi",
)  # fmt: skip
_COMPANY_SUFFIX = (
    "Semiconductor", "Microelectronics", "Electronics", "Photonics", "Materials",
    "Telecom", "Systems", "Devices", "Precision", "Motors", "Battery", "Foundry",
)  # fmt: skip
_AGENCY_KIND = ("Ministry of Industry", "Commerce Bureau", "Export Control Office", "Commission")
_ORG_KIND = ("Institute of Technology", "Academy of Sciences", "Industry Association")
_TECH_KIND = (
    "chips", "lithography", "memory", "batteries", "sensors", "lasers", "photoresist", "wafers",
)  # fmt: skip
_SANCTION_KIND = ("export control", "entity listing", "tariff", "investment restriction")
_PLAN_KIND = ("five-year plan", "fund", "action plan", "programme")
_VERBS = {
    "SUPPLIES": "supplies",
    "DEPENDS_ON": "depends on",
    "DEVELOPS": "develops",
    "SUBSIDIARY_OF": "is a subsidiary of",
    "COMPETES_WITH": "competes with",
    "BASED_IN": "is based in",
    "IMPOSED": "imposed",
    "TARGETS": "targets",
    "RESTRICTS": "restricts",
    "ISSUED": "issued",
    "PRIORITIZES": "prioritizes",
    "SUPPORTS": "supports",
    "RESPONDS_TO": "responds to",
    "REGULATES": "regulates",
    "AFFILIATED_WITH": "works for",
}


def word(i: int) -> str:
    """A pronounceable word, distinct for every non-negative `i`.

    >>> word(0), word(21), word(8000)
    ('Loloka', 'Lovelo', 'Lololoka')
    """
    out = ""
    n = i + 20 * 21  # at least two syllables, then as many as needed
    while n:
        n, r = divmod(n, len(_SYLLABLES))
        out = _SYLLABLES[r] + out
    return out.capitalize()


def _unit(i: int, salt: int) -> float:
    """A deterministic value in [0, 1) for `i` (a cheap integer hash, no RNG state)."""
    h = (i * 2654435761 + salt * 40503 + 12345) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 2246822519) & 0xFFFFFFFF
    h ^= h >> 13
    return h / 2**32


def skewed(n: int, u: float, power: float = 3.0) -> int:
    """An index in 0..n-1 where small indexes are much more likely (heavy-tailed degrees).

    >>> skewed(100, 0.0), skewed(100, 0.5), skewed(100, 0.999)
    (0, 12, 99)
    """
    return min(n - 1, int(n * u**power))


class Layout:
    """Which index range holds which label, and the name and properties of every node."""

    def __init__(self, shape: Shape, seed: int) -> None:
        n = shape.nodes
        self.shape = shape
        self.seed = seed
        counts = {
            "Country": min(200, n // 50),
            "Sanction": shape.sanctions,
            "Plan": n // 200,
            "Agency": n // 100,
            "Organization": n // 50,
            "Person": n * 6 // 100,
            "Technology": n * 3 // 100,
            "Product": n * 6 // 100,
        }
        counts["Company"] = n - sum(counts.values())
        self.count = counts
        self.start: dict[str, int] = {}
        offset = 0
        for label in LABELS:
            self.start[label] = offset
            offset += counts[label]

    def id(self, label: str, i: int) -> str:
        """The node id of the `i`-th node of `label`, e.g. ``company:c0000042``."""
        return f"{label.lower()}:{label[0].lower()}{i:07d}"

    def name(self, label: str, i: int) -> str:
        """The display name of the `i`-th node of `label`."""
        w = word(self.start[label] + i)
        if label == "Company":
            return f"{w} {_COMPANY_SUFFIX[i % len(_COMPANY_SUFFIX)]}"
        if label == "Agency":
            return f"{w} {_AGENCY_KIND[i % len(_AGENCY_KIND)]}"
        if label == "Organization":
            return f"{w} {_ORG_KIND[i % len(_ORG_KIND)]}"
        if label == "Technology":
            return f"{w.lower()} {_TECH_KIND[i % len(_TECH_KIND)]}"
        if label == "Sanction":
            return f"{w} {_SANCTION_KIND[i % len(_SANCTION_KIND)]} ({self.year(i)})"
        if label == "Plan":
            return f"{w} {_PLAN_KIND[i % len(_PLAN_KIND)]}"
        return w

    def country_of(self, label: str, i: int) -> int:
        """The country index a company, agency or organisation is based in (a few dominate)."""
        return skewed(self.count["Country"], _unit(self.start[label] + i, self.seed), 2.0)

    def year(self, i: int) -> int:
        return 2000 + i % 26

    def node(self, label: str, i: int) -> dict[str, Any]:
        """The node-link node of the `i`-th node of `label`."""
        name = self.name(label, i)
        out: dict[str, Any] = {"id": self.id(label, i), "label": label, "name": name}
        aliases: list[str] = []
        if label in ("Company", "Agency", "Organization"):
            aliases = ["".join(part[0] for part in name.split()).upper() + f"-{i}"]
            out["country"] = self.name("Country", self.country_of(label, i))
        elif label == "Country":
            out["kind"] = "state"
        elif label == "Sanction":
            out["kind"] = _SANCTION_KIND[i % len(_SANCTION_KIND)]
            out["year"] = self.year(i)
        elif label == "Plan":
            out["kind"] = _PLAN_KIND[i % len(_PLAN_KIND)]
            out["period"] = f"{2016 + 5 * (i % 3)}-{2020 + 5 * (i % 3)}"
        out["aliases"] = aliases
        return out


def nodes(size: str, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """Every node of the graph, label by label."""
    layout = Layout(SIZES[size], seed)
    for label in LABELS:
        for i in range(layout.count[label]):
            yield layout.node(label, i)


class _EdgeMaker:
    """Relationships for one graph: per-owner distinct targets, so no fact is repeated."""

    def __init__(self, layout: Layout, seed: int) -> None:
        self.layout = layout
        self.rng = random.Random(seed)
        self.made = 0

    def edge(self, rel_type: str, start: tuple[str, int], end: tuple[str, int]) -> dict[str, Any]:
        lay = self.layout
        source, target = lay.id(*start), lay.id(*end)
        sentence = f"{lay.name(*start)} {_VERBS[rel_type]} {lay.name(*end)}."
        confidence = round(0.5 + 0.5 * self.rng.random(), 3)
        doc = f"document:synthetic-{self.made // DOCS_PER_SOURCE_BATCH:06d}"
        self.made += 1
        return {
            "source": source,
            "target": target,
            "type": rel_type,
            "key": rel_type,
            "confidence": confidence,
            "sources": [{
                "doc": doc,
                "sentence": sentence,
                "start": 0,
                "end": len(sentence),
                "confidence": confidence,
                "method": METHOD,
            }],
        }

    def fan_out(
        self,
        rel_type: str,
        owner: tuple[str, int],
        k: int,
        pick: Callable[[], tuple[str, int]],
        reverse: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """`k` distinct relationships from `owner` (to it when `reverse`) to picked nodes."""
        seen: set[tuple[str, int]] = {owner}
        tries = 0
        while len(seen) <= k and tries < 20 * k + 20:
            tries += 1
            other = pick()
            if other in seen:
                continue
            seen.add(other)
            start, end = (other, owner) if reverse else (owner, other)
            yield self.edge(rel_type, start, end)


def _quota(total: int, owners: int, i: int) -> int:
    """Spread `total` over `owners` as evenly as integers allow (owner `i`'s share)."""
    base, extra = divmod(total, owners)
    return base + (1 if i < extra else 0)


def edges(size: str, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """Every relationship of the graph, type by type, exactly ``SIZES[size].relationships``."""
    shape = SIZES[size]
    lay = Layout(shape, seed)
    mk = _EdgeMaker(lay, seed)
    rng = mk.rng
    c = lay.count
    e = shape.relationships

    def any_of(label: str, power: float = 1.0) -> Callable[[], tuple[str, int]]:
        return lambda: (label, skewed(c[label], rng.random(), power))

    def one_of(*choices: tuple[str, float]) -> Callable[[], tuple[str, int]]:
        labels = [label for label, _ in choices]
        powers = [power for _, power in choices]
        return lambda: _pick(rng, labels, powers, c)

    # Fixed-shape facts first: one per owner.
    for label in ("Company", "Agency", "Organization"):
        for i in range(c[label]):
            yield mk.edge("BASED_IN", (label, i), ("Country", lay.country_of(label, i)))
    subsidiaries = c["Company"] // 10
    for n in range(subsidiaries):
        child = c["Company"] - 1 - n  # small firms belong to bigger ones
        parent = skewed(c["Company"] - subsidiaries, rng.random(), 2.0)
        yield mk.edge("SUBSIDIARY_OF", ("Company", child), ("Company", parent))
    people_to = one_of(("Company", 2.0), ("Agency", 1.0), ("Organization", 1.0))
    for i in range(c["Person"]):
        yield from mk.fan_out("AFFILIATED_WITH", ("Person", i), 1, people_to)
    imposer = one_of(("Country", 3.0), ("Agency", 2.0))
    for i in range(c["Sanction"]):
        yield from mk.fan_out("IMPOSED", ("Sanction", i), 1, imposer, reverse=True)
        yield from mk.fan_out("TARGETS", ("Sanction", i), 6, any_of("Company", TARGET_SKEW))
        yield from mk.fan_out("TARGETS", ("Sanction", i), 1, one_of(("Country", 2.0),
                                                                    ("Technology", 2.0)))
        yield from mk.fan_out("RESTRICTS", ("Sanction", i), 2, one_of(("Technology", 2.0),
                                                                      ("Product", 2.0)))
    issuer = one_of(("Agency", 1.0), ("Country", 3.0))
    for i in range(c["Plan"]):
        yield from mk.fan_out("ISSUED", ("Plan", i), 1, issuer, reverse=True)
        yield from mk.fan_out("PRIORITIZES", ("Plan", i), 3, any_of("Technology", 2.0))
        yield from mk.fan_out("SUPPORTS", ("Plan", i), 5, one_of(("Company", 3.0),
                                                                ("Technology", 2.0)))
        if i % 2 == 0:
            yield from mk.fan_out("RESPONDS_TO", ("Plan", i), 1, any_of("Sanction"))
    for i in range(c["Agency"]):
        yield from mk.fan_out("REGULATES", ("Agency", i), 10, any_of("Company", 2.0))
    # Proportional facts, then SUPPLIES fills up to the exact total.
    quotas = {"DEVELOPS": e // 10, "DEPENDS_ON": e * 15 // 100, "COMPETES_WITH": e // 20}
    developers = c["Company"] + c["Organization"]
    develops_to = one_of(("Technology", 2.0), ("Product", 1.0))
    for i in range(developers):
        owner = ("Company", i) if i < c["Company"] else ("Organization", i - c["Company"])
        yield from mk.fan_out("DEVELOPS", owner, _quota(quotas["DEVELOPS"], developers, i),
                              develops_to)
    depends_to = one_of(("Company", DEPENDENCY_SKEW), ("Technology", 2.0))
    for i in range(c["Company"]):
        yield from mk.fan_out("DEPENDS_ON", ("Company", i),
                              _quota(quotas["DEPENDS_ON"], c["Company"], i), depends_to)
    for i in range(c["Company"]):
        yield from mk.fan_out("COMPETES_WITH", ("Company", i),
                              _quota(quotas["COMPETES_WITH"], c["Company"], i),
                              any_of("Company", 2.0))
    remaining = e - mk.made
    for i in range(c["Company"]):  # i is the customer; suppliers are heavy-tailed
        yield from mk.fan_out("SUPPLIES", ("Company", i), _quota(remaining, c["Company"], i),
                              any_of("Company", SUPPLIER_SKEW), reverse=True)


def _pick(
    rng: random.Random, labels: list[str], powers: list[float], count: dict[str, int]
) -> tuple[str, int]:
    k = rng.randrange(len(labels))
    return labels[k], skewed(count[labels[k]], rng.random(), powers[k])


def graph(size: str, seed: int = SEED) -> dict[str, Any]:
    """The whole graph as one node-link dict (networkx ``node_link_data``, ``edges="edges"``)."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"name": f"synthetic-{size}", "seed": seed},
        "nodes": list(nodes(size, seed)),
        "edges": list(edges(size, seed)),
    }


def chunks(items: Iterator[dict[str, Any]], n: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of at most `n` consecutive items."""
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def write_node_link(path: Path, size: str, seed: int = SEED) -> None:
    """Stream the graph to a node-link JSON file (constant memory, any size)."""
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"directed": True, "multigraph": True,
                              "graph": {"name": f"synthetic-{size}", "seed": seed}})[:-1])
        for key, items in (("nodes", nodes(size, seed)), ("edges", edges(size, seed))):
            out.write(f', "{key}": [')
            for n, item in enumerate(items):
                out.write((", " if n else "") + json.dumps(item, ensure_ascii=False))
            out.write("]")
        out.write("}\n")


NODE_COLUMNS = {
    "Company": ("country",), "Agency": ("country",), "Organization": ("country",),
    "Country": ("kind",), "Sanction": ("kind", "year"), "Plan": ("kind", "period"),
}  # fmt: skip


def write_bulk_csv(directory: Path, size: str, seed: int = SEED) -> tuple[list[Path], list[Path]]:
    """The same graph as CSV files for ``falkordb-bulk-insert``: (node files, relation files).

    One node file per label (``Entity_<Label>.csv``, loaded with labels ``Entity:<Label>``),
    one relation file per type; properties match what the product's import stores (list
    properties as bracketed literals).
    """
    directory.mkdir(parents=True, exist_ok=True)
    node_files: dict[str, Path] = {}
    writers: dict[str, Any] = {}
    handles = []

    def writer(key: str, path: Path, files: dict[str, Path], header: tuple[str, ...]) -> Any:
        """The CSV writer of `key`, opened (with its header row) on first use."""
        if key not in writers:
            files[key] = path
            handle = path.open("w", newline="", encoding="utf-8")
            handles.append(handle)
            writers[key] = csv.writer(handle)
            writers[key].writerow(header)
        return writers[key]

    try:
        for node in nodes(size, seed):
            label = node["label"]
            columns = ("id", "name", "aliases", "label", *NODE_COLUMNS.get(label, ()))
            writer(label, directory / f"Entity_{label}.csv", node_files, columns).writerow((
                node["id"], node["name"], repr(node["aliases"]) if node["aliases"] else "",
                label, *(node[k] for k in NODE_COLUMNS.get(label, ())),
            ))
        rel_files: dict[str, Path] = {}
        for edge in edges(size, seed):
            t = edge["type"]
            header = ("src", "dst", "confidence", "docs", "sources", "confidences")
            src = edge["sources"][0]
            writer(t, directory / f"{t}.csv", rel_files, header).writerow((
                edge["source"], edge["target"], edge["confidence"], repr([src["doc"]]),
                repr([json.dumps(src, sort_keys=True, ensure_ascii=False)]),
                repr([src["confidence"]]),
            ))
    finally:
        for handle in handles:
            handle.close()
    return list(node_files.values()), list(rel_files.values())
