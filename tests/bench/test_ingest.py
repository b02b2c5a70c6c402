"""The ingest benchmark's corpus and its loader run (real spaCy, real embedded engine)."""

from __future__ import annotations

from pathlib import Path

from bench import ingest
from graph.base import GraphEngine
from queries import documents as qd

TEXTS = {
    "a.txt": "ASML supplies EUV lithography machines to TSMC.\n",
    "b.txt": "Nvidia designs GPUs. The company depends on TSMC for manufacturing.\n",
}


def source(tmp_path: Path) -> Path:
    directory = tmp_path / "source"
    directory.mkdir()
    for name, text in TEXTS.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_the_corpus_is_the_source_copied_under_distinct_names(tmp_path: Path) -> None:
    target = tmp_path / "copies"
    (target / "old").mkdir(parents=True)  # whatever was there goes
    files = ingest.make_corpus(target, 3, source=source(tmp_path))
    assert sorted(f.name for f in target.iterdir()) == sorted(f.name for f in files)
    assert len(files) == 6 and len({f.name for f in files}) == 6
    assert {f.read_text(encoding="utf-8").rstrip("\n") for f in files} == {
        t.rstrip("\n") for t in TEXTS.values()}
    assert len({f.read_bytes() for f in files}) == 6  # each copy is a text of its own
    assert ingest.words(files) == 3 * sum(len(t.split()) for t in TEXTS.values())


def test_each_timed_load_starts_from_an_empty_graph(
    tmp_path: Path, engine: GraphEngine
) -> None:
    corpus = tmp_path / "corpus"
    ingest.make_corpus(corpus, 2, source=source(tmp_path))
    seconds = ingest.loader_seconds(engine, corpus, repeats=2)
    assert seconds > 0
    rows = engine.read(qd.COUNT_DOCUMENTS.text(engine.dialect), {})
    assert rows[0]["total"] == 4  # the copies, loaded (not skipped as unchanged); no warm-up


def test_bare_spacy_runs_over_the_files(tmp_path: Path) -> None:
    files = ingest.make_corpus(tmp_path / "corpus", 1, source=source(tmp_path))
    assert ingest.bare_spacy_seconds(files, repeats=2) > 0
