"""A `chokepoint load` killed with SIGKILL mid-load leaves every document whole or absent,
and the next load completes the graph.

Each document present after a kill is compared with the same document in a clean, complete
reference load (its node, its mentions, its evidence on every fact). The count of partial
documents is recorded as ``sigkill_partial_documents`` (it must be 0).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.services.exchange import dumps_node_link, export_node_link
from graph.embedded import FalkorDBEngine
from loaders.pipeline import load_paths
from reliability.support import document_facts, duplicate_ids, write_corpus

DOCS = 16
KILL_AFTER = (3, 8)  # documents stored before each SIGKILL
REPO = Path(__file__).parents[2]


def _documents(engine: FalkorDBEngine) -> set[str]:
    return {r["id"] for r in engine.read("MATCH (d:Document) RETURN d.id AS id")}


def _loader(data: Path, corpus: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data), "CHOKEPOINT_GRAPH": "crash"}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "load", str(corpus)],
        env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )


def test_sigkill_mid_load_leaves_no_partial_document(
    tmp_path: Path, figures  # type: ignore[no-untyped-def]
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, range(DOCS))
    data = tmp_path / "data"
    reference = FalkorDBEngine(data, "reference")
    engine = FalkorDBEngine(data, "crash")
    try:
        reference.bootstrap_schema()
        engine.bootstrap_schema()
        assert not load_paths(reference, [corpus], progress=False).failed
        all_docs = _documents(reference)
        assert len(all_docs) == DOCS
        expected = {doc: document_facts(reference, doc) for doc in all_docs}

        partial = checked = 0
        for threshold in KILL_AFTER:
            proc = _loader(data, corpus)
            deadline = time.monotonic() + 240
            while len(_documents(engine)) < threshold and proc.poll() is None:
                assert time.monotonic() < deadline, "the loader made no progress"
                time.sleep(0.02)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            assert proc.returncode == -signal.SIGKILL, "the loader ended before the kill"
            present = _documents(engine)
            assert threshold <= len(present) < DOCS
            for doc in present:
                checked += 1
                if document_facts(engine, doc) != expected[doc]:
                    partial += 1
            assert duplicate_ids(engine) == []

        figures("sigkill_kills", len(KILL_AFTER))
        figures("sigkill_documents_checked", checked)
        figures("sigkill_partial_documents", partial)
        assert partial == 0

        proc = _loader(data, corpus)
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, out.decode(errors="replace")
        assert _documents(engine) == all_docs
        assert duplicate_ids(engine) == []
        assert dumps_node_link(export_node_link(engine)) == dumps_node_link(
            export_node_link(reference))
    finally:
        engine.close()
        reference.close()
