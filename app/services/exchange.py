"""Export the graph (node-link JSON, GraphML, GEXF, CSV) and import node-link JSON.

The node-link format is networkx's ``node_link_data(G, edges="edges")`` of a MultiDiGraph
whose edge key is the relationship type:

- nodes: ``id``, ``label`` (ontology label, or ``Document``), ``name`` (on import, the id's
  slug when absent), ``aliases`` (sorted) and the node's other properties (Documents without
  ``loaded_at`` and ``text``, entities without the bookkeeping ``imported`` flag and
  ``alias_keys``);
- edges: ``source``, ``target``, ``key`` = ``type``, ``confidence`` and ``sources`` (a sorted
  list of ``{doc, sentence, start, end, confidence, method}`` objects) for facts, and
  ``curated_confidence`` for curated facts; MENTIONED_IN edges (entity -> Document) carry
  ``count`` and ``spans`` instead.

Node ids are ``<label in lower case>:<slug>`` (``company:huawei``, ``document:chip-war``),
the slug being what :func:`loaders.entities.slugify` makes: lower-case ASCII letters and
digits in words joined by single hyphens. Import refuses any other id.

An imported fact is *curated* when the edge has no sources (its ``confidence``, 1 when
absent, is the curated value) or gives ``curated_confidence``: that value is kept as one
more piece of support beside the document sources (see :mod:`queries.writes`), so loading,
replacing or deleting documents never lowers it or removes the fact. An edge with sources
and no ``curated_confidence`` is not curated: its confidence is that of its sources. Sources
without a ``confidence`` of their own share the edge's (1 when absent): together with the
others they combine to it, so the file's confidence is kept; an edge with no ``confidence``
and sources that all give one takes theirs. The start of every imported fact is marked as
mentioned (MENTIONED_IN, ``count`` 0, no spans, unless the file or the graph has that mention)
in each Document node its sources name, so that deleting the document removes what only it
stated. Two edges of one fact (same ends and type) in a file are one relationship with the
sources of both and their curated support combined.

Nodes and edges are sorted and floats rounded to 6 places, so the same graph always gives a
byte-identical :func:`dumps_node_link`. Importing an export into an empty store gives the
same graph back.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from app.services.errors import InvalidRequest
from app.services.evidence import parse_sources
from app.services.paths import bfs, require_entities
from graph.base import GraphEngine, Statement, WriteSummary
from graph.schema import DOCUMENT, LABELS, MENTIONED_IN, REL_TYPES, allowed
from loaders.entities import slugify
from loaders.model import CONFIDENCE_DIGITS
from loaders.store import alias_keys
from queries import exchange as q
from queries import writes as w

FORMATS = ("node-link", "graphml", "gexf", "csv")
MEDIA_TYPES = {
    "node-link": "application/json",
    "graphml": "application/xml",
    "gexf": "application/xml",
    "csv": "application/zip",
}
DOCUMENT_HIDDEN = frozenset({"id", "loaded_at", "text"})
ENTITY_HIDDEN = frozenset({"id", "imported", "alias_keys"})
FACT_BOOKKEEPING = frozenset(
    {"docs", "sources", "confidences", "confidence", "curated_confidence"})
MAX_ERRORS = 20
PROPERTY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NODE_LABELS = (*LABELS, DOCUMENT)
EDGE_TYPES = (*REL_TYPES, MENTIONED_IN)
EDGE_FIELDS = frozenset(
    ("source", "target", "type", "key", "confidence", "sources", "curated_confidence"))
INT64 = range(-(2**63), 2**63)
MAX_ATOMIC_ROWS = 1_000_000
"""Most nodes plus edges an atomic import takes: it sends all its batches as one query text
(about 250 bytes a row), and the embedded engine refuses a command over 512 MB."""
SOURCE_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
"""Provenance objects as stored text (one encoder, so every source is written the same way)."""


class InvalidImport(InvalidRequest):
    """A node-link document that does not fit the ontology; nothing of it was written."""


@dataclass
class ImportSummary:
    """What an import read and what it changed."""

    nodes: int = 0
    documents: int = 0
    relationships: int = 0
    mentions: int = 0
    nodes_created: int = 0
    relationships_created: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# -- export -----------------------------------------------------------------------------------
def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, CONFIDENCE_DIGITS)
    if isinstance(value, list):
        return [_round(v) for v in value]
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    return value


def _node_attrs(node: dict[str, Any]) -> dict[str, Any]:
    props = node["properties"]
    if DOCUMENT in node["labels"]:
        attrs = {k: v for k, v in props.items() if k not in DOCUMENT_HIDDEN}
        attrs["label"] = DOCUMENT
        attrs.setdefault("name", props.get("title") or node["id"])
    else:
        attrs = {k: v for k, v in props.items() if k not in ENTITY_HIDDEN}
    attrs["aliases"] = sorted(attrs.get("aliases") or [])
    return {k: _round(v) for k, v in attrs.items() if v is not None}


def _edge_attrs(rel_type: str, props: dict[str, Any]) -> dict[str, Any]:
    attrs: dict[str, Any] = {"type": rel_type}
    if rel_type != MENTIONED_IN:
        attrs["confidence"] = props.get("confidence")
        attrs["curated_confidence"] = props.get("curated_confidence")
        attrs["sources"] = parse_sources(props.get("sources"))
    attrs.update({k: v for k, v in props.items() if k not in FACT_BOOKKEEPING})
    return {k: _round(v) for k, v in attrs.items() if v is not None}


def export_graph(engine: GraphEngine, focus: str | None = None, hops: int = 2) -> nx.MultiDiGraph:
    """The graph (or the `hops`-neighbourhood of entity `focus`, over fact relationships in
    either direction, without documents) as a networkx MultiDiGraph keyed by type."""
    d = engine.dialect
    if focus is None:
        nodes = [r["n"] for r in engine.read(q.EXPORT_ENTITIES.text(d))]
        nodes += [r["d"] for r in engine.read(q.EXPORT_DOCUMENTS.text(d))]
        rels = engine.read(q.EXPORT_RELATIONSHIPS.text(d))
    else:
        _, start = require_entities(engine, [focus])[focus]
        reach = bfs(engine, [start], REL_TYPES, REL_TYPES, hops)
        reach.describe(engine, reach.hop)
        ids = sorted(reach.ids.values())
        nodes = [r["n"] for r in engine.read(q.EXPORT_ENTITIES_BY_IDS.text(d), {"ids": ids})]
        rels = engine.read(q.EXPORT_RELATIONSHIPS_AMONG.text(d), {"ids": ids})
    graph = nx.MultiDiGraph()
    for node in sorted(nodes, key=lambda n: n["id"]):
        graph.add_node(node["id"], **_node_attrs(node))
    for r in sorted(rels, key=lambda r: (r["source"], r["target"], r["type"])):
        graph.add_edge(r["source"], r["target"], key=r["type"],
                       **_edge_attrs(r["type"], r["properties"]))
    return graph


def export_node_link(engine: GraphEngine, focus: str | None = None, hops: int = 2) -> dict:
    """The graph as networkx node-link data (``edges="edges"``), sorted, floats rounded.

    >>> from app.settings import Settings; from graph import open_engine
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest",
    ...                               CHOKEPOINT_GRAPH="doctest_export"))
    >>> sorted(export_node_link(engine))
    ['directed', 'edges', 'graph', 'multigraph', 'nodes']
    >>> engine.close()
    """
    data = nx.node_link_data(export_graph(engine, focus, hops), edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["key"]))
    return data  # type: ignore[no-any-return]


def dumps_node_link(data: dict) -> str:
    """The canonical text of node-link data: sorted keys, 2-space indent, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are scalars (lists and objects as JSON text)."""
    flat = nx.MultiDiGraph()
    for n, attrs in graph.nodes(data=True):
        flat.add_node(n, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, k, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **{a: _scalar(x) for a, x in attrs.items()})
    return flat


def _scalar(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


DEFAULT_EXPORT_HOPS = 2

def export_bytes(
    engine: GraphEngine, fmt: str, focus: str | None = None, hops: int | None = None
) -> bytes:
    """The export in `fmt` (``node-link``, ``graphml``, ``gexf`` or ``csv`` = a zip of
    nodes.csv and edges.csv) as bytes: the whole graph, or the `hops`-neighbourhood of
    `focus` (2 hops unless given; `hops` without `focus` is refused, not ignored)."""
    if fmt not in FORMATS:
        raise InvalidRequest(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if hops is not None and focus is None:
        raise InvalidRequest("hops bounds a neighbourhood: give focus (an entity id) with it")
    hops = DEFAULT_EXPORT_HOPS if hops is None else hops
    if fmt == "node-link":
        return dumps_node_link(export_node_link(engine, focus, hops)).encode()
    graph = export_graph(engine, focus, hops)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_flat(graph), buf)
    elif fmt == "gexf":
        nx.write_gexf(_flat(graph), buf)
    else:
        _write_csv_zip(graph, buf)
    return buf.getvalue()


def _write_csv_zip(graph: nx.MultiDiGraph, buf: io.BytesIO) -> None:
    nodes, edges = io.StringIO(), io.StringIO()
    nw = csv.writer(nodes)
    nw.writerow(["id", "label", "name", "aliases", "properties"])
    for n, a in graph.nodes(data=True):
        rest = {k: v for k, v in a.items() if k not in ("label", "name", "aliases")}
        nw.writerow([n, a.get("label"), a.get("name"), _scalar(a.get("aliases", [])),
                     _scalar(rest)])
    ew = csv.writer(edges)
    ew.writerow(["source", "target", "type", "confidence", "sources", "properties"])
    for u, v, k, a in graph.edges(keys=True, data=True):
        rest = {x: y for x, y in a.items() if x not in ("type", "confidence", "sources")}
        ew.writerow([u, v, k, a.get("confidence", ""), _scalar(a.get("sources", [])),
                     _scalar(rest)])
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", nodes.getvalue())
        z.writestr("edges.csv", edges.getvalue())


# -- import -----------------------------------------------------------------------------------
def _is_scalar(v: Any) -> bool:
    """A value the engines store as is: text, boolean, a 64-bit integer or a finite float.

    >>> [_is_scalar(x) for x in ("a", 2**63, float("nan"), None, [1])]
    [True, False, False, True, False]
    """
    kind = type(v)
    if kind is str or kind is bool or v is None:
        return True
    if kind is int:
        return v in INT64
    if kind is float:
        return math.isfinite(v)
    if isinstance(v, bool | str):
        return True
    if isinstance(v, int):
        return v in INT64
    return isinstance(v, float) and math.isfinite(v)


def _valid_property(v: Any) -> bool:
    scalars = isinstance(v, list) and all(_is_scalar(x) and x is not None for x in v)
    return _is_scalar(v) or scalars


def _is_confidence(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and 0.0 <= v <= 1.0  # no NaN


class _Errors:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)

    def raise_if_any(self) -> None:
        if self.messages:
            shown = self.messages[:MAX_ERRORS]
            more = len(self.messages) - len(shown)
            tail = f" (and {more} more)" if more else ""
            raise InvalidImport("invalid import, nothing written: " + "; ".join(shown) + tail)


def _check_properties(where: str, props: dict[str, Any], errors: _Errors) -> None:
    for k, v in props.items():
        if not PROPERTY_NAME.fullmatch(k):
            errors.add(f"{where}: property name {k!r} must be letters, digits and '_'")
        elif not _valid_property(v):
            errors.add(f"{where}: property {k!r} must be a string, a finite number, a 64-bit "
                       "integer, a boolean or a list of those")


def _id_error(node_id: str, label: str) -> str | None:
    """Why `node_id` is no id of a `label` node (``<label in lower case>:<slug>``), or None.

    >>> _id_error("company:huawei", "Company") is None
    True
    >>> _id_error("country:x", "Company").endswith("e.g. 'company:x'")
    True
    """
    prefix = label.lower()
    head, colon, slug = node_id.partition(":")
    if colon and head == prefix and slug and slugify(slug) == slug:
        return None
    hint = slugify(slug if colon else node_id)
    return (f"id must be '{prefix}:<slug>' for a {label}, the slug in lower-case ASCII letters "
            f"and digits with single '-' between words, e.g. '{prefix}:{hint}'")


def _node_rows(nodes: list[Any], errors: _Errors) -> dict[str, tuple[str, dict[str, Any]]]:
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for i, node in enumerate(nodes):
        where = f"nodes[{i}]"
        if not isinstance(node, dict):
            errors.add(f"{where}: must be an object")
            continue
        node_id, label = node.get("id"), node.get("label")
        if not isinstance(node_id, str) or not node_id.strip():
            errors.add(f"{where}: 'id' must be a non-empty string")
            continue
        where = f"node {node_id!r}"
        if node_id in out:
            errors.add(f"{where}: duplicate id")
        if label not in NODE_LABELS:
            errors.add(f"{where}: unknown label {label!r}; expected one of "
                       f"{', '.join(NODE_LABELS)}")
            continue
        id_error = _id_error(node_id, label)
        if id_error:
            errors.add(f"{where}: {id_error}")
        name = node.get("name")
        if label != DOCUMENT and name is None:  # a bare graph: the id's slug names it
            node = {**node, "name": node_id.partition(":")[2] or node_id}
        elif label != DOCUMENT and (not isinstance(name, str) or not name.strip()):
            errors.add(f"{where}: 'name' must be a non-empty string")
        aliases = node.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            errors.add(f"{where}: 'aliases' must be a list of strings")
        props = {k: v for k, v in node.items() if k not in ("id", "label")}
        _check_properties(where, props, errors)
        out[node_id] = (label, props)
    return out


def _source_json(where: str, source: Any, default_conf: float, errors: _Errors) -> dict | None:
    if not isinstance(source, dict):
        errors.add(f"{where}: each source must be an object")
        return None
    if not isinstance(source.get("doc"), str) or not isinstance(source.get("sentence"), str):
        errors.add(f"{where}: each source needs 'doc' and 'sentence' strings")
        return None
    conf = source.get("confidence", default_conf)
    if not _is_confidence(conf):
        errors.add(f"{where}: source confidence must be a number in 0..1")
        return None
    for k, v in source.items():
        if not _is_scalar(v):
            errors.add(f"{where}: source field {k!r} must be a string or number")
            return None
    given = "confidence" in source  # a share of the edge's confidence is kept unrounded
    return {**source, "confidence": round(float(conf), CONFIDENCE_DIGITS) if given else conf}


def _edge_rows(
    edges: list[Any], labels: dict[str, str], errors: _Errors
) -> dict[str, list[dict[str, Any]]]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mentions: set[tuple[str, str]] = set()
    facts: dict[tuple[str, str, str], dict[str, Any]] = {}
    for i, edge in enumerate(edges):
        where = f"edges[{i}]"
        if not isinstance(edge, dict):
            errors.add(f"{where}: must be an object")
            continue
        src, dst = edge.get("source"), edge.get("target")
        rel_type = edge.get("type", edge.get("key"))
        if rel_type not in EDGE_TYPES:
            errors.add(f"{where}: unknown relationship type {rel_type!r}")
            continue
        if not isinstance(src, str) or not isinstance(dst, str):
            errors.add(f"{where}: 'source' and 'target' must be node ids")
            continue
        where = f"edge {src}-[{rel_type}]->{dst}"
        missing = [x for x in (src, dst) if x not in labels]
        if missing:
            errors.add(f"{where}: unknown node(s) {', '.join(map(repr, missing))}")
            continue
        if not allowed(rel_type, labels[src], labels[dst]) or labels[src] == DOCUMENT:
            errors.add(f"{where}: {labels[src]} -[{rel_type}]-> {labels[dst]} is not allowed "
                       "by the ontology")
            continue
        props = {k: v for k, v in edge.items() if k not in EDGE_FIELDS}
        _check_properties(where, props, errors)
        if rel_type == MENTIONED_IN:
            if (src, dst) in mentions:
                errors.add(f"{where}: duplicate edge")
            mentions.add((src, dst))
            by_type[rel_type].append({"source": src, "target": dst, "props": props})
            continue
        given = edge.get("confidence")
        curated = edge.get("curated_confidence")
        if not (given is None or _is_confidence(given)) or not (
                curated is None or _is_confidence(curated)):
            errors.add(f"{where}: 'confidence' and 'curated_confidence' must be numbers in 0..1")
            continue
        raw_sources = edge.get("sources", [])
        if not isinstance(raw_sources, list):
            errors.add(f"{where}: 'sources' must be a list")
            continue
        known = [float(x["confidence"]) for x in raw_sources
                 if isinstance(x, dict) and _is_confidence(x.get("confidence"))]
        bare = {SOURCE_JSON.encode(x) for x in raw_sources
                if isinstance(x, dict) and "confidence" not in x}
        conf = given if given is not None else (
            _noisy_or(known) if raw_sources and not bare else 1.0)
        share = _bare_share(float(conf), known, len(bare))
        sources = [s for s in (_source_json(where, x, share, errors) for x in raw_sources) if s]
        unique = {SOURCE_JSON.encode(s): s for s in sources}
        texts = sorted(unique)
        confidences = [unique[t]["confidence"] for t in texts]
        if not raw_sources and curated is None:
            curated = conf
        elif curated is None and conf > _noisy_or(confidences) + 1e-6:
            errors.add(f"{where}: 'confidence' {conf} is more than its sources give "
                       f"({_noisy_or(confidences):.6g}); give 'curated_confidence' to add "
                       "curated support to a fact with sources")
            continue
        row = {
            "start": src,
            "end": dst,
            "docs": [unique[t]["doc"] for t in texts],
            "sources": texts,
            "confidences": confidences,
            "curated": None if curated is None else round(float(curated), CONFIDENCE_DIGITS),
            "props": props,
        }
        key = (src, rel_type, dst)
        facts[key] = _same_fact(facts[key], row) if key in facts else row
    for (_, rel_type, _), row in sorted(facts.items()):
        by_type[rel_type].append(row)
    return by_type


def _same_fact(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One row for two edges of one fact (same ends and type) in a file: their sources
    together, their curated support combined, as two documents stating it would be."""
    by_text = dict(zip(first["sources"], first["confidences"], strict=True))
    by_text.update(zip(second["sources"], second["confidences"], strict=True))
    texts = sorted(by_text)
    curated = [c for c in (first["curated"], second["curated"]) if c is not None]
    return {
        **first,
        "docs": [json.loads(t)["doc"] for t in texts],
        "sources": texts,
        "confidences": [by_text[t] for t in texts],
        "curated": round(_noisy_or(curated), CONFIDENCE_DIGITS) if curated else None,
        "props": {**first["props"], **second["props"]},
    }


def _bare_share(total: float, known: list[float], count: int) -> float:
    """The confidence each of `count` sentences without one of their own gets, so that with
    the `known` ones they combine (noisy-OR) to the edge's `total`: the file's confidence is
    kept. 0 when the known ones give that much already.

    >>> round(_bare_share(0.5, [], 2), 6), _bare_share(0.5, [0.6], 1), _bare_share(1.0, [], 3)
    (0.292893, 0.0, 1.0)
    """
    doubt_left = 1.0 - _noisy_or(known)
    if total >= 1.0 or count == 0:
        return min(total, 1.0)
    if doubt_left <= 1.0 - total:
        return 0.0
    return 1.0 - ((1.0 - total) / doubt_left) ** (1.0 / count)


def _noisy_or(confidences: Iterable[float]) -> float:
    """The confidence of independent pieces of support: ``1 - prod(1 - c)``.

    >>> round(_noisy_or([0.5, 0.5]), 6)
    0.75
    """
    doubt = 1.0
    for c in confidences:
        doubt *= 1.0 - c
    return 1.0 - doubt


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


def import_node_link(
    engine: GraphEngine, data: Any, *, batch_size: int = 5000, atomic: bool = True
) -> ImportSummary:
    """Merge node-link data (the export's format) into the graph.

    Everything is checked first (labels and types against the ontology, every edge end
    known in the file or the graph, properties storable); on any error :class:`InvalidImport`
    lists them and nothing is written. Rows are merged in batches (one statement each) of
    `batch_size`; with `atomic` (the default) all batches run as one transaction (on the
    embedded engine one query text holding every row, so atomic imports are bounded by
    :data:`MAX_ATOMIC_ROWS`; the API's body limit keeps its imports far below that);
    otherwise each batch commits on its own (for very large files: not all-or-nothing,
    though a file that fails validation still writes nothing).
    Node ids must be ``<label in lower case>:<slug>``. Imported entities are flagged so that
    deleting a document never removes them; an edge without sources, or with
    ``curated_confidence``, becomes a curated fact (see the module docstring).

    >>> from app.settings import Settings; from graph import open_engine
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest",
    ...                               CHOKEPOINT_GRAPH="doctest_import"))
    >>> engine.clear()
    >>> data = {"nodes": [{"id": "company:a", "label": "Company", "name": "A"},
    ...                   {"id": "company:b", "label": "Company", "name": "B"}],
    ...         "edges": [{"source": "company:a", "target": "company:b", "type": "SUPPLIES",
    ...                    "confidence": 0.9, "sources": []}]}
    >>> import_node_link(engine, data).relationships_created
    1
    >>> engine.close()
    """
    statements, summary = _plan(engine, data, batch_size, atomic, {})
    return _write(engine, statements, summary, atomic)


def import_node_link_chunks(
    engine: GraphEngine, chunks: Iterable[Any], *, batch_size: int = 5000
) -> ImportSummary:
    """Import a stream of node-link documents in order, each one atomically (as
    :func:`import_node_link`), for graphs too big for one transaction or one file.

    While one chunk is written, the next is read and checked in a second thread. The label
    of every node the stream has seen so far (in its chunks or in the graph) is remembered,
    about 100 bytes a node, so an edge to such a node needs no lookup in the graph. Imported
    entities are never removed by deleting a document, so what the chunks wrote stays true;
    for entities that came from documents, a concurrent document deletion is the same race
    as between one import's lookup and its write. A chunk that fails its checks stops the
    stream with :class:`InvalidImport`; the chunks before it stay written.
    """
    known: dict[str, str] = {}
    total = ImportSummary()
    chunk_iter = iter(chunks)

    def prepare() -> tuple[list[Statement], ImportSummary] | None:
        data = next(chunk_iter, None)
        return None if data is None else _plan(engine, data, batch_size, True, known)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-check") as pool:
        pending = pool.submit(prepare)
        while (planned := pending.result()) is not None:
            pending = pool.submit(prepare)
            done = _write(engine, *planned, atomic=True)
            for key, value in done.as_dict().items():
                setattr(total, key, getattr(total, key) + value)
    return total


def _plan(
    engine: GraphEngine, data: Any, batch_size: int, atomic: bool, known: dict[str, str]
) -> tuple[list[Statement], ImportSummary]:
    """Check `data` and turn it into write statements. `known` maps node ids to the labels
    the graph has for them (trusted without a lookup); the file's nodes are added to it."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError("batch_size must be a positive integer")
    errors = _Errors()
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise InvalidImport("invalid import: expected node-link JSON, an object with 'nodes' "
                            "and 'edges' lists")
    edges = data.get("edges", data.get("links", []))
    if not isinstance(edges, list):
        raise InvalidImport("invalid import: 'edges' must be a list")
    if atomic and len(data["nodes"]) + len(edges) > MAX_ATOMIC_ROWS:
        raise InvalidImport(
            f"invalid import: {len(data['nodes']) + len(edges):,} nodes and edges are more than "
            f"one atomic import takes ({MAX_ATOMIC_ROWS:,}); import it batch by batch "
            "(atomic=False, `chokepoint import --no-atomic`)"
        )
    nodes = _node_rows(data["nodes"], errors)
    labels = {node_id: label for node_id, (label, _) in nodes.items()}
    ends = {e.get(k) for e in edges if isinstance(e, dict) for k in ("source", "target")}
    cited = {s.get("doc") for e in edges if isinstance(e, dict)  # documents facts cite
             and isinstance(e.get("sources"), list) for s in e["sources"] if isinstance(s, dict)}
    wanted = {x for x in ends | cited if isinstance(x, str)} | set(labels)
    in_graph = {x: known[x] for x in wanted if x in known}
    lookup = sorted(wanted - in_graph.keys())
    if lookup:
        for r in engine.read(q.EXISTING_NODES.text(engine.dialect), {"ids": lookup}):
            in_graph.update(zip(r["ids"], r["labels"], strict=True))
    for node_id, label in sorted(in_graph.items()):
        if node_id in labels and labels[node_id] != label:
            errors.add(f"node {node_id!r}: the graph has it as {label}, "
                       f"the file as {labels[node_id]}")
        labels.setdefault(node_id, label)
    by_type = _edge_rows(edges, labels, errors)
    errors.raise_if_any()
    known.update(labels)

    d = engine.dialect
    statements: list[Statement] = []
    summary = ImportSummary(nodes=len(nodes))
    entity_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    document_rows: list[dict[str, Any]] = []
    for node_id in sorted(nodes):
        label, props = nodes[node_id]
        if label == DOCUMENT:
            extra = {k: v for k, v in props.items() if v is not None and k != "aliases"}
            document_rows.append({"id": node_id, "props": extra})
            continue
        extra = {k: v for k, v in props.items()
                 if k not in ("name", "aliases", "alias_keys") and v is not None}
        entity_rows[label].append({
            "id": node_id,
            "name": props["name"],
            "aliases": sorted(set(props.get("aliases", []))),
            "keys": alias_keys(props["name"], props.get("aliases", [])),
            "props": {**extra, "imported": True},
        })
    summary.documents = len(document_rows)
    for label in sorted(entity_rows):
        for rows in _chunks(entity_rows[label], batch_size):
            statements.append((w.UPSERT_ENTITIES.text(d, label=label), {"rows": rows}))
    for rows in _chunks(document_rows, batch_size):
        statements.append((q.IMPORT_DOCUMENTS.text(d), {"rows": rows}))
    for rel_type in sorted(by_type):
        rel_rows = by_type[rel_type]
        if rel_type == MENTIONED_IN:
            summary.mentions = len(rel_rows)
            cypher = q.IMPORT_MENTIONS.text(d)
        else:
            summary.relationships += len(rel_rows)
            cypher = q.IMPORT_RELATIONSHIPS.text(d, rel_type=rel_type)
        for rows in _chunks(rel_rows, batch_size):
            statements.append((cypher, {"rows": rows}))
    # (a MERGE does not see an edge made earlier in the same atomic batch: leave the file's
    # own mentions out, not to make them twice)
    given = {(row["source"], row["target"]) for row in by_type.get(MENTIONED_IN, [])}
    stated_in = sorted({(row["start"], doc) for rel_type, rows in by_type.items()
                        if rel_type != MENTIONED_IN for row in rows for doc in row["docs"]
                        if labels.get(doc) == DOCUMENT} - given)
    for rows in _chunks([{"source": s, "target": t} for s, t in stated_in], batch_size):
        statements.append((q.IMPORT_FACT_MENTIONS.text(d), {"rows": rows}))
    return statements, summary


def _write(
    engine: GraphEngine, statements: list[Statement], summary: ImportSummary, atomic: bool
) -> ImportSummary:
    """Run an import's statements (as one transaction when `atomic`); the summary with what
    they created."""
    written = WriteSummary()
    if atomic:
        written = engine.write(statements)
    else:
        for one in statements:
            written.add(engine.write([one]))
    summary.nodes_created = written.nodes_created
    summary.relationships_created = written.relationships_created
    return summary
