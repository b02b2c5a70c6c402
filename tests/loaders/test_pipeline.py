"""The load pipeline against the real embedded engine and the real spaCy model."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.stats import stats
from graph.base import GraphEngine
from graph.schema import allowed
from loaders.model import Extraction
from loaders.pipeline import extract, load_paths
from loaders.read import document_from_text, read_path
from loaders.store import delete_document, store
from queries import entities as qe

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "corpus"

ARTICLE_A = (
    "ASML supplies EUV lithography machines to TSMC.\n"
    "Nvidia designs GPUs. The company depends on TSMC for manufacturing.\n"
)
ARTICLE_B = "Lynas ships rare earths to Japan. Panasonic makes EV batteries.\n"


@pytest.fixture(scope="module")
def corpus_extractions() -> list[Extraction]:
    """The sample corpus, extracted once for the module."""
    return [extract(d) for d in read_path(CORPUS) if not isinstance(d, Exception)]


def entity(engine: GraphEngine, entity_id: str) -> dict | None:
    rows = engine.read(qe.GET_ENTITY.text(engine.dialect), {"id": entity_id})
    return rows[0]["n"] if rows else None


def test_extractions_are_consistent(corpus_extractions: list[Extraction]) -> None:
    assert len(corpus_extractions) == 5
    for ex in corpus_extractions:
        labels = {e.id: e.label for e in ex.entities}
        mentioned = {m.entity for m in ex.mentions}
        assert set(labels) == mentioned
        assert len(labels) == len(ex.entities)
        for r in ex.relations:
            assert r.start in labels and r.end in labels and r.evidence
            assert allowed(r.type, labels[r.start], labels[r.end])
        for m in ex.mentions:
            assert all(0 <= s < e <= len(ex.document.text) for s, e in m.spans)


def test_corpus_twice_leaves_counts_unchanged(
    engine: GraphEngine, corpus_extractions: list[Extraction]
) -> None:
    results = [store(engine, ex) for ex in corpus_extractions]
    assert [r.status for r in results] == ["loaded"] * 5
    first = stats(engine)
    assert first["documents"] == 5 and first["relationships"] > 0
    assert [store(engine, ex).status for ex in corpus_extractions] == ["unchanged"] * 5
    assert stats(engine) == first
    # Writing every document again (as if each had changed) merges onto the same nodes.
    for ex in corpus_extractions:
        changed = dataclasses.replace(ex.document, sha256="0" * 64)
        assert store(engine, dataclasses.replace(ex, document=changed)).status == "replaced"
    assert stats(engine) == first


def test_load_paths_twice_and_a_hostile_file_fails_alone(engine: GraphEngine,
                                                        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_A)
    (tmp_path / "b.md").write_text("# Minerals\n" + ARTICLE_B)
    (tmp_path / "evil.txt").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff")
    summary = load_paths(engine, [tmp_path], progress=False)
    assert (summary.loaded, summary.unchanged) == (2, 0)
    assert summary.failed == [("evil.txt", "binary content (NUL bytes), not a text document")]
    assert "failed: evil.txt: binary content" in summary.report()
    counts = stats(engine)
    assert counts["documents"] == 2
    again = load_paths(engine, [tmp_path], progress=False)
    assert (again.loaded, again.unchanged, len(again.failed)) == (0, 2, 1)
    assert stats(engine) == counts
    assert entity(engine, "company:asml") is not None
    assert entity(engine, "company:lynas") is not None


def test_changed_document_replaces_its_facts(engine: GraphEngine, tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE_A)
    load_paths(engine, [f], progress=False)
    assert entity(engine, "company:asml") is not None
    f.write_text(ARTICLE_B)
    summary = load_paths(engine, [f], progress=False)
    assert summary.replaced == 1
    assert entity(engine, "company:asml") is None  # supported only by the old version
    assert entity(engine, "company:lynas") is not None
    assert stats(engine)["documents"] == 1


def test_a_measure_named_by_its_noun_alone_stays_in_its_document() -> None:
    bare = "The new export controls take effect on Monday. Nvidia will comply with them."
    named = "U.S. export controls on AI chips hit Nvidia. The export controls took effect."

    def sanctions(text: str, source: str) -> set[tuple[str, str]]:
        found = extract(document_from_text("T", text, source=source)).entities
        return {(e.id, e.name) for e in found if e.label == "Sanction"}

    assert sanctions(bare, "news/a") == {("sanction:export-controls-in-news-a", "export controls")}
    assert sanctions(bare, "news/b") == {("sanction:export-controls-in-news-b", "export controls")}
    shared = {("sanction:u-s-export-controls-on-ai-chips", "U.S. export controls on AI chips")}
    assert sanctions(named, "news/c") == sanctions(named, "news/d") == shared


def test_delete_document(engine: GraphEngine) -> None:
    a = document_from_text("A", ARTICLE_A, source="a")
    b = document_from_text("B", "TSMC builds a fab in Japan.", source="b")
    store(engine, extract(a))
    store(engine, extract(b))
    assert delete_document(engine, a.id)
    assert entity(engine, "company:asml") is None
    assert entity(engine, "company:tsmc") is not None  # still mentioned by b
    assert not delete_document(engine, a.id)
    assert stats(engine)["documents"] == 1


def test_cli_load_and_delete_doc(tmp_path: Path) -> None:
    data = tmp_path / "data"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(ARTICLE_B)
    (docs / "empty.txt").write_text("")
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data), "CHOKEPOINT_GRAPH": "cli_test"}
    cli = [sys.executable, "-m", "app.cli"]
    run = subprocess.run([*cli, "load", str(docs)], env=env, capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert run.returncode == 1
    assert "loaded 1" in run.stdout and "failed: empty.txt: empty document" in run.stderr
    assert "loading 1 document(s)" in run.stderr  # the progress, as one line off a terminal
    assert "\r" not in run.stderr
    gone = subprocess.run([*cli, "delete-doc", "document:good-txt"], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert gone.returncode == 0, gone.stderr
    unknown = subprocess.run([*cli, "delete-doc", "document:nope"], env=env,
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert unknown.returncode == 1
    assert "no document with id 'document:nope'" in unknown.stderr
