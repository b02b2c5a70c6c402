"""``python -m bench --size small|100k|1m [--only SECTION,...]``: every benchmark figure.

Sections (all by default; ``1m`` defaults to ``writes``):

- ``writes``: the product's batched node-link import against ``falkordb-bulk-insert`` on the
  generated graph (batch size chosen by measuring a few); for ``1m`` only the product's
  import, streaming the graph in chunks, timed end to end (generation included).
- ``queries``: median and p95 of dependency, exposure and shortest-path questions through
  the service functions and through the HTTP API (overhead ratio).
- ``api``: requests/s for entity lookups and dependency questions from a second process.
- ``ingest``: words/s of the full loader against bare spaCy on the same text.

Memory (peak RSS of the engine and the app) and data size on disk close every run. The
table is printed as it fills and saved to ``bench/results/<date>-<size>.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from urllib.parse import quote, urlsplit

import psutil

from bench import api, generate, ingest, queries, writes
from bench.report import RESULTS_DIR, Report, median, percentile

SECTIONS = ("writes", "queries", "api", "ingest")
BATCH_SIZES = (1_000, 5_000, 20_000)
QUESTIONS = 200
CONCURRENCY = 8
LOAD_SECONDS = {"small": 5.0, "100k": 10.0, "1m": 10.0}
LOAD_COUNT = 20_000
CORPUS_COPIES = 1
STREAM_CHUNK = 50_000
STAMP = "bench-graph.json"
"""Written into the data dir after an import: which generated graph the import graph holds."""
TARGETS = {
    "ingest_ratio": 0.7,
    "write_ratio": 0.5,
    "dependency_p95_ms": 50.0,
    "exposure_p95_ms": 100.0,
    "api_overhead": 1.3,
    "lookups_per_s": 1000.0,
    "load_1m_s": 600.0,
}


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory (VmHWM) of process `pid`, MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return psutil.Process(pid).memory_info().rss / 2**20


def dir_mib(path: Path) -> float:
    """Size of the regular files under `path`, MiB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def engine_pid(data_dir: Path) -> int:
    """The embedded server's pid for `data_dir`."""
    return int(json.loads((data_dir / "engine.json").read_text())["pid"])


def graph_stamp(size: str) -> dict[str, str | int]:
    """What identifies an imported generated graph: size, seed and the generator's source."""
    source = Path(generate.__file__).read_bytes()
    return {"size": size, "seed": generate.SEED, "generator": hashlib.sha256(source).hexdigest()}


def holds_graph(data_dir: Path, size: str) -> bool:
    """Whether `data_dir` holds the `size` graph a previous run imported (its stamp matches)."""
    stamp = data_dir / STAMP
    return stamp.is_file() and json.loads(stamp.read_text()) == graph_stamp(size)


def run_writes(
    report: Report, size: str, data_dir: Path, work: Path, batch_size: int | None
) -> None:
    """Native bulk vs product import of the generated graph (rows/s and their ratio); for
    ``1m`` only the product's streamed import, timed end to end."""
    if size == "1m":
        batch = batch_size or BATCH_SIZES[-1]
        engine = writes.fresh_engine(data_dir, writes.IMPORT_GRAPH)
        seconds, total = writes.streamed_import(engine, size, batch, STREAM_CHUNK)
        report.add("writes", f"1m load: product import (streamed, batch {batch:,})", seconds,
                   "s", target=f"< {TARGETS['load_1m_s']:.0f} s",
                   met=seconds < TARGETS["load_1m_s"],
                   note=f"{total:,} rows in chunks of {STREAM_CHUNK:,}, generation included")
        report.add("writes", "product import rate", total / seconds, "rows/s")
        engine.close()
        return

    shape = generate.SIZES[size]
    rows = shape.nodes + shape.relationships
    started = time.perf_counter()
    node_files, rel_files = generate.write_bulk_csv(work / "csv", size)
    report.add("writes", "bulk CSV written (not timed below)", time.perf_counter() - started, "s")
    bulk = writes.FalkorDBEngine(data_dir, writes.BULK_GRAPH)
    try:
        bulk_s = writes.native_bulk(bulk, writes.BULK_GRAPH, node_files, rel_files)
    finally:
        writes.drop(bulk)  # frees the engine's memory for the product's import
    shutil.rmtree(work / "csv")
    bulk_rate = rows / bulk_s
    report.add("writes", f"native bulk-insert, {rows:,} rows", bulk_s, "s")
    report.add("writes", "native bulk-insert rate", bulk_rate, "rows/s")

    started = time.perf_counter()
    data = generate.graph(size)
    report.add("writes", "node-link graph generated (not timed below)",
               time.perf_counter() - started, "s")
    if batch_size is None:
        sample = data if size == "small" else generate.graph("small")
        sweep = writes.sweep_batch_sizes(data_dir, sample, BATCH_SIZES)
        for b, rate in sweep.items():
            report.add("writes", f"import batch-size sweep: batch {b:,}", rate, "rows/s",
                       note="on the small graph")
        batch_size = max(sweep, key=lambda b: sweep[b])
    (data_dir / STAMP).unlink(missing_ok=True)
    engine = writes.fresh_engine(data_dir, writes.IMPORT_GRAPH)
    seconds = writes.product_import(engine, data, batch_size)
    report.add("writes", f"product import, batch {batch_size:,}", seconds, "s")
    _write_ratio(report, rows / seconds, bulk_rate)
    engine.close()
    (data_dir / STAMP).write_text(json.dumps(graph_stamp(size)))


def _write_ratio(report: Report, rate: float, bulk_rate: float) -> None:
    report.add("writes", "product import rate", rate, "rows/s")
    ratio = rate / bulk_rate
    report.add("writes", "import / native bulk", ratio, "x",
               target=f">= {TARGETS['write_ratio']}", met=ratio >= TARGETS["write_ratio"])


def _latency(report: Report, section: str, name: str, ms: list[float], p95_target: float | None
             ) -> None:
    report.add(section, f"{name} median", median(ms), "ms")
    p95 = percentile(ms, 95)
    if p95_target is None:
        report.add(section, f"{name} p95", p95, "ms")
    else:
        report.add(section, f"{name} p95", p95, "ms", target=f"<= {p95_target:.0f} ms",
                   met=p95 <= p95_target)


def run_queries(report: Report, size: str, data_dir: Path, server: api.Server) -> None:
    """Service-function and HTTP latency for the same questions; the API overhead ratio."""
    engine = writes.FalkorDBEngine(data_dir, writes.IMPORT_GRAPH)
    p95_targets = {
        "dependencies_4_hops": TARGETS["dependency_p95_ms"],
        "sanction_exposure_4_hops": TARGETS["exposure_p95_ms"],
    }
    try:
        client = http.client.HTTPConnection(urlsplit(server.url).netloc, timeout=60.0)
        with closing(client):
            for name, questions in queries.cases(size, QUESTIONS).items():
                queries.time_both(engine, client, questions[:10])  # warm caches
                direct, over_http, errors = queries.time_both(engine, client, questions)
                target = p95_targets.get(name)
                _latency(report, "queries", f"{name} service", direct, target)
                _latency(report, "queries", f"{name} API", over_http, None)
                ratio = median(over_http) / median(direct)
                report.add("queries", f"{name} API/service (median)", ratio, "x",
                           target=f"<= {TARGETS['api_overhead']}",
                           met=ratio <= TARGETS["api_overhead"],
                           note=f"{len(questions)} random starts, {errors} HTTP errors")
    finally:
        engine.close()


def run_api(report: Report, size: str, server: api.Server, work: Path) -> None:
    """Requests/s from a second process: entity lookups and dependency questions."""
    lay = generate.Layout(generate.SIZES[size], generate.SEED)
    rng = random.Random(generate.SEED + 2)
    labels = list(lay.count)
    lookups = []
    for _ in range(1000):
        label = rng.choice(labels)
        node = lay.id(label, rng.randrange(lay.count[label]))
        lookups.append("/entities/" + quote(node, safe=""))
    deps = [c.api_path for c in queries.cases(size, 200)["dependencies_4_hops"]]
    for name, paths, target in (("entity lookups", lookups, TARGETS["lookups_per_s"]),
                                ("dependency questions", deps, None)):
        result = api.run_load_client(server.url, paths, CONCURRENCY, LOAD_COUNT,
                                     LOAD_SECONDS[size], work)
        note = (f"{result['requests']:,} requests in {result['seconds']} s, concurrency "
                f"{CONCURRENCY}, {result['errors']} errors")
        if target is None:
            report.add("api", f"{name} throughput", result["requests_per_s"], "req/s", note=note)
        else:
            report.add("api", f"{name} throughput", result["requests_per_s"], "req/s",
                       target=f">= {target:.0f}", met=result["requests_per_s"] >= target,
                       note=note)
        report.add("api", f"{name} errors", int(result["errors"]), "")


def run_ingest(report: Report, data_dir: Path, work: Path) -> None:
    """Words/s of the full loader and of bare spaCy over the same copies of the corpus."""
    files = ingest.make_corpus(work / "corpus", CORPUS_COPIES)
    n = ingest.words(files)
    report.add("ingest", "corpus", f"{len(files)} docs, {n:,} words")
    bare = n / ingest.bare_spacy_seconds(files)
    report.add("ingest", "bare spaCy nlp.pipe", bare, "words/s")
    engine = writes.fresh_engine(data_dir, "bench_ingest")
    try:
        full = n / ingest.loader_seconds(engine, work / "corpus")
    finally:
        writes.drop(engine)
    report.add("ingest", "full loader (load_paths)", full, "words/s")
    ratio = full / bare
    report.add("ingest", "loader / bare spaCy", ratio, "x",
               target=f">= {TARGETS['ingest_ratio']}", met=ratio >= TARGETS["ingest_ratio"])


def run_memory(report: Report, data_dir: Path, app_peak: float | None) -> None:
    """Peak RSS of the engine, the app and this process; data size on disk."""
    pid = engine_pid(data_dir)
    report.add("memory", "engine peak RSS (whole run)", peak_rss_mib(pid), "MiB",
               note="VmHWM of the redis-server with FalkorDB")
    report.add("memory", "engine RSS now", psutil.Process(pid).memory_info().rss / 2**20, "MiB")
    if app_peak is not None:
        report.add("memory", "app peak RSS (chokepoint serve)", app_peak, "MiB")
    report.add("memory", "bench process peak RSS", peak_rss_mib(os.getpid()), "MiB",
               note="the generated graph, and two spaCy pipelines after ingest")
    report.add("memory", "data dir on disk (AOF as written)", dir_mib(data_dir), "MiB")
    engine = writes.FalkorDBEngine(data_dir, writes.IMPORT_GRAPH)
    try:
        _wait_for_aof_rewrite(engine)  # the server may be rewriting on its own already
        engine.db.connection.bgrewriteaof()
        _wait_for_aof_rewrite(engine)
    finally:
        engine.close()
    report.add("memory", "data dir on disk (after AOF rewrite)", dir_mib(data_dir), "MiB")


def _wait_for_aof_rewrite(engine: writes.FalkorDBEngine, timeout_s: float = 600.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = engine.db.connection.info("persistence")
        if not info["aof_rewrite_in_progress"] and not info["aof_rewrite_scheduled"]:
            return
        time.sleep(0.2)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=list(generate.SIZES), default="small")
    parser.add_argument("--only", default=None,
                        help=f"comma-separated sections of {', '.join(SECTIONS)}")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="import batch size (default: the best of a measured sweep)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="engine data dir (default: /tmp/bench-<size>, emptied first)")
    parser.add_argument("--port", type=int, default=None, help="API port (default: a free one)")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR,
                        help=f"directory of the JSON results (default: {RESULTS_DIR})")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the data dir; queries and api run without the writes section "
                             "on the graph an earlier run of the same size imported there")
    args = parser.parse_args(argv)
    # SIGTERM unwinds like Ctrl-C, so the API server and the engine are stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    default = "writes" if args.size == "1m" else ",".join(SECTIONS)
    only = [s.strip() for s in (args.only or default).split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"bench-{args.size}"
    reused = args.reuse and holds_graph(data_dir, args.size)
    if {"queries", "api"} & set(only) and "writes" not in only and not reused:
        parser.error("queries and api need the graph that the writes section imports (or "
                     f"--reuse with a data dir an earlier {args.size} run imported into)")
    if not args.reuse and data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    work = data_dir.with_name(data_dir.name + "-work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    report = Report(args.size)
    shape = generate.SIZES[args.size]
    print(f"chokepoint benchmarks, size {args.size}: {shape.nodes:,} nodes, "
          f"{shape.relationships:,} relationships; sections {', '.join(only)}", flush=True)
    keeper = writes.FalkorDBEngine(data_dir, "bench_keeper")  # keeps one server for the run
    app_peak: float | None = None
    started = time.perf_counter()
    try:
        _shape(report, args.size)
        if "writes" in only:
            run_writes(report, args.size, data_dir, work, args.batch_size)
        if {"queries", "api"} & set(only):
            server = api.start_server(data_dir, writes.IMPORT_GRAPH, args.port or api.free_port(),
                                      work / "server.log")
            try:
                if "queries" in only:
                    run_queries(report, args.size, data_dir, server)
                if "api" in only:
                    run_api(report, args.size, server, work)
                app_peak = peak_rss_mib(server.proc.pid)
            finally:
                server.stop()
        if "ingest" in only:
            run_ingest(report, data_dir, work)
        run_memory(report, data_dir, app_peak)
        load = f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        report.add("run", "wall time of the whole run", time.perf_counter() - started, "s",
                   note=load)
    finally:
        path = report.save(args.results)
        keeper.close()
    print(f"\n{report.table()}\n\nsaved {path}", flush=True)
    return 0


def _shape(report: Report, size: str) -> None:
    """The generated graph's promised shape (the degree figure on the small graph for 1m)."""
    shape = generate.SIZES[size]
    report.add("graph", "nodes", shape.nodes)
    report.add("graph", "relationships", shape.relationships)
    report.add("graph", "sanctions", shape.sanctions)
    measured = "small" if size == "1m" else size
    supplier_degree = Counter(e["source"] for e in generate.edges(measured)
                              if e["type"] == "SUPPLIES")
    degrees = sorted(supplier_degree.values())
    report.add("graph", f"supplier out-degree max / median ({measured})",
               f"{degrees[-1]} / {degrees[len(degrees) // 2]}", note="heavy-tailed")


if __name__ == "__main__":
    sys.exit(main())
