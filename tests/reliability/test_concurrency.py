"""Two `chokepoint load` processes over overlapping documents, with the API serving reads
meanwhile, end with exactly the graph a serial load gives (same export), no duplicate nodes.

The result is recorded as ``concurrent_load_identical_export`` (1 when identical).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from fastapi.testclient import TestClient

from app.main import create_app
from app.services.exchange import dumps_node_link, export_node_link
from app.settings import Settings
from graph.embedded import FalkorDBEngine
from loaders.pipeline import load_paths
from reliability.support import duplicate_ids, write_corpus

REPO = Path(__file__).parents[2]


def test_two_loaders_and_api_reads_end_like_a_serial_load(
    tmp_path: Path, figures  # type: ignore[no-untyped-def]
) -> None:
    corpus = tmp_path / "corpus"
    first = write_corpus(corpus / "a", range(0, 12))
    second = first[6:] + write_corpus(corpus / "b", range(12, 18))
    # The overlap: doc-06 .. doc-11, the same files in both loads (a file is its path).
    assert len(set(first) & set(second)) == 6
    data = tmp_path / "data"
    settings = Settings(CHOKEPOINT_DATA_DIR=data, CHOKEPOINT_GRAPH="concurrent",
                        CHOKEPOINT_API_KEY="k")
    reference = FalkorDBEngine(data, "serial")
    reference.bootstrap_schema()
    files_a = [str(p) for p in first]
    files_b = [str(p) for p in second]
    assert not load_paths(reference, [*files_a, *files_b], progress=False).failed

    app = create_app(settings)
    ok_reads = [0]
    read_errors: list[str] = []
    stop = threading.Event()
    with TestClient(app, raise_server_exceptions=False) as client:
        env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data), "CHOKEPOINT_GRAPH": "concurrent"}
        loaders = [
            subprocess.Popen([sys.executable, "-m", "app.cli", "load", *files],
                             env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for files in (files_a, files_b)
        ]

        def reader() -> None:
            while not stop.is_set():
                for url in ("/stats", "/entities?q=hua", "/documents", "/export?format=node-link"):
                    r = client.get(url)
                    if r.status_code == 200:
                        ok_reads[0] += 1
                    else:
                        read_errors.append(f"{url}: {r.status_code} {r.text[:200]}")

        thread = threading.Thread(target=reader)
        thread.start()
        outputs = [p.communicate(timeout=400)[0].decode(errors="replace") for p in loaders]
        stop.set()
        thread.join(timeout=60)
        engine = app.state.engine
        assert [p.returncode for p in loaders] == [0, 0], outputs
        assert duplicate_ids(engine) == []
        identical = dumps_node_link(export_node_link(engine)) == dumps_node_link(
            export_node_link(reference))
        counts = (engine.read("MATCH (n) RETURN count(n) AS c")[0]["c"],
                  reference.read("MATCH (n) RETURN count(n) AS c")[0]["c"])
    reference.close()
    figures("concurrent_load_api_reads", ok_reads[0])
    figures("concurrent_load_read_errors", len(read_errors))
    figures("concurrent_load_identical_export", int(identical))
    assert read_errors == []
    assert ok_reads[0] > 0
    assert counts[0] == counts[1]
    assert identical
