"""Write throughput: the product's batched node-link import against FalkorDB's bulk loader.

Both load the same generated graph into graphs of the same embedded server, one after the
other, in the same run. Preparing the input (the node-link dict, the CSV files) is not
timed for either side.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.services.exchange import import_node_link, import_node_link_chunks
from bench import generate
from graph.embedded import FalkorDBEngine

BULK_GRAPH = "bench_bulk"
IMPORT_GRAPH = "bench_import"
BULK_SOCKET_TIMEOUT_S = 600
"""Socket timeout of the bulk loader's client: redis-py 8 defaults to 5 s, and under load
the server can take longer than that to accept one ``GRAPH.BULK`` command (a 100k run
failed with "Timeout writing to socket")."""


def fresh_engine(data_dir: Path, graph_name: str) -> FalkorDBEngine:
    """An engine on an empty graph `graph_name` of the data dir's server, schema bootstrapped."""
    engine = FalkorDBEngine(data_dir, graph_name)
    engine.clear()
    return engine


def drop(engine: FalkorDBEngine) -> None:
    """Delete the engine's graph and close it."""
    if engine.graph_name in engine.db.list_graphs():
        engine.graph.delete()
    engine.close()


def server_url(engine: FalkorDBEngine) -> str:
    """The redis URL of the engine's server (unix socket or loopback port)."""
    endpoint = engine.server.endpoint
    assert endpoint is not None
    if endpoint.unix_socket:
        return f"unix://{endpoint.unix_socket}"
    return f"redis://127.0.0.1:{endpoint.port}"


def native_bulk(
    engine: FalkorDBEngine, graph_name: str, node_files: list[Path], rel_files: list[Path]
) -> float:
    """Seconds ``falkordb-bulk-insert`` takes to build `graph_name` (plus its ``id`` index).

    Node files are named ``Entity_<Label>.csv`` and load with the labels ``Entity:<Label>``.
    """
    tool = shutil.which("falkordb-bulk-insert", path=str(Path(sys.executable).parent))
    if tool is None:
        raise RuntimeError("falkordb-bulk-insert not found: pip install -e '.[bench]'")
    url = f"{server_url(engine)}?socket_timeout={BULK_SOCKET_TIMEOUT_S}"
    args = [tool, graph_name, "-u", url, "-i", "Entity:id"]
    for f in node_files:
        args += ["-N", "Entity:" + f.stem.split("_", 1)[1], str(f)]
    for f in rel_files:
        args += ["-R", f.stem, str(f)]
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        output = f"{done.stdout[-800:]} {done.stderr[-800:]}"
        raise RuntimeError(f"falkordb-bulk-insert failed: {output}")
    return elapsed


def product_import(engine: FalkorDBEngine, data: dict[str, Any], batch_size: int) -> float:
    """Seconds the product's ``import_node_link`` takes to merge `data` into `engine`."""
    started = time.perf_counter()
    import_node_link(engine, data, batch_size=batch_size)
    return time.perf_counter() - started


def rows(data: dict[str, Any]) -> int:
    """Nodes plus relationships of a node-link dict."""
    return len(data["nodes"]) + len(data["edges"])


def sweep_batch_sizes(
    data_dir: Path, data: dict[str, Any], sizes: tuple[int, ...]
) -> dict[int, float]:
    """Rows/s of the product import of `data` at each batch size (each into a fresh graph)."""
    out: dict[int, float] = {}
    for size in sizes:
        engine = fresh_engine(data_dir, f"bench_sweep_{size}")
        try:
            out[size] = rows(data) / product_import(engine, data, size)
        finally:
            drop(engine)
    return out


def node_link_chunks(size: str, chunk: int, seed: int = generate.SEED) -> Iterator[dict[str, Any]]:
    """The generated graph as a stream of node-link dicts: all nodes first, then edges."""
    header = {"directed": True, "multigraph": True, "graph": {}}
    for batch in generate.chunks(generate.nodes(size, seed), chunk):
        yield {**header, "nodes": batch, "edges": []}
    for batch in generate.chunks(generate.edges(size, seed), chunk):
        yield {**header, "nodes": [], "edges": batch}


def streamed_import(engine: FalkorDBEngine, size: str, batch_size: int, chunk: int) -> tuple[
        float, int]:
    """Import the whole `size` graph chunk by chunk with the product's streamed import
    (``import_node_link_chunks``); (seconds, rows). Generation is timed too (it runs in the
    import's checking thread, while the previous chunk is written)."""
    counted = [0]

    def counting() -> Iterator[dict[str, Any]]:
        for data in node_link_chunks(size, chunk):
            counted[0] += rows(data)
            yield data

    started = time.perf_counter()
    import_node_link_chunks(engine, counting(), batch_size=batch_size)
    return time.perf_counter() - started, counted[0]
