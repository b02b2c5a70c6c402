"""The benchmark's synthetic graph: deterministic, the promised size and shape, importable."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.services.exchange import import_node_link
from bench import generate
from graph.base import GraphEngine
from graph.schema import LABELS, allowed


@pytest.fixture(scope="module")
def small() -> dict[str, Any]:
    return generate.graph("small")


def test_same_seed_same_graph_other_seed_other_graph(small: dict[str, Any]) -> None:
    assert generate.graph("small") == small
    other = generate.graph("small", seed=generate.SEED + 1)
    def names(g: dict[str, Any]) -> list[tuple[str, str]]:
        return [(n["id"], n["name"]) for n in g["nodes"]]

    assert names(other) == names(small)  # ids and names are functions of the index ...
    assert other["edges"] != small["edges"]  # ... the wiring comes from the seed


def test_exact_size_unique_ids_and_facts(small: dict[str, Any]) -> None:
    shape = generate.SIZES["small"]
    assert len(small["nodes"]) == shape.nodes
    assert len(small["edges"]) == shape.relationships
    assert len({n["id"] for n in small["nodes"]}) == shape.nodes
    facts = {(e["source"], e["type"], e["target"]) for e in small["edges"]}
    assert len(facts) == shape.relationships
    assert all(e["source"] != e["target"] for e in small["edges"])


def test_every_node_and_edge_fits_the_ontology(small: dict[str, Any]) -> None:
    labels = {n["id"]: n["label"] for n in small["nodes"]}
    assert set(labels.values()) == set(LABELS)
    for e in small["edges"]:
        assert allowed(e["type"], labels[e["source"]], labels[e["target"]]), e
        (source,) = e["sources"]
        assert set(source) == {"doc", "sentence", "start", "end", "confidence", "method"}
        assert source["end"] == len(source["sentence"]) and 0.5 <= e["confidence"] <= 1.0


def test_realistic_shape(small: dict[str, Any]) -> None:
    labels = Counter(n["label"] for n in small["nodes"])
    types = Counter(e["type"] for e in small["edges"])
    assert labels["Company"] > len(small["nodes"]) * 0.7
    assert labels["Sanction"] == generate.SIZES["small"].sanctions
    assert types["SUPPLIES"] == max(types.values())
    assert types["SUBSIDIARY_OF"] > 0 and types["TARGETS"] > labels["Sanction"]
    assert types["RESTRICTS"] > 0 and len(types) == 15
    supplier_degree = sorted(Counter(e["source"] for e in small["edges"]
                                     if e["type"] == "SUPPLIES").values())
    # heavy-tailed: a few giant suppliers, most supply a handful
    assert supplier_degree[-1] >= 100 * supplier_degree[len(supplier_degree) // 2]
    targeted = Counter(e["target"].split(":")[0] for e in small["edges"] if e["type"] == "TARGETS")
    assert targeted["company"] > targeted["country"] + targeted["technology"]


def test_streamed_json_and_bulk_csv_hold_the_same_graph(
    small: dict[str, Any], tmp_path: Path
) -> None:
    generate.write_node_link(tmp_path / "g.json", "small")
    assert json.loads((tmp_path / "g.json").read_text()) == small
    node_files, rel_files = generate.write_bulk_csv(tmp_path / "csv", "small")

    def rows(files: list[Path]) -> int:
        return sum(sum(1 for _ in csv.reader(f.open())) - 1 for f in files)

    assert rows(node_files) == len(small["nodes"]) and rows(rel_files) == len(small["edges"])
    assert {f.stem for f in rel_files} == {e["type"] for e in small["edges"]}


def test_the_product_imports_it(engine: GraphEngine, small: dict[str, Any]) -> None:
    part = {**small, "edges": small["edges"][:2000]}
    summary = import_node_link(engine, part, batch_size=1000)
    assert summary.nodes_created == len(small["nodes"])
    assert summary.relationships_created == 2000
