"""Ingest throughput: the full loader against bare spaCy on the same text, in the same run.

The text is the sample corpus (``data/corpus``) copied `copies` times under distinct file
names (each copy is its own document, see :func:`make_corpus`). Both sides are measured in
input words per second (whitespace-separated words of the files as read):

- bare spaCy: ``nlp.pipe`` of the same statistical model over the file texts, every
  component on, nothing else;
- the full loader: ``loaders.pipeline.load_paths`` on the copies' directory: reading and
  cleaning, the product's spaCy pipeline (model plus entity ruler), entity and relationship
  extraction, and one atomic write per document into the graph.

Each side is timed `REPEATS` times and keeps its fastest run (as ``timeit`` does): on a
shared machine other processes only ever add time, so the least time is the one closest to
what the code itself costs, for both sides alike.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import spacy

from graph.base import GraphEngine
from loaders.nlp import model_name

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
REPEATS = 3


def make_corpus(
    directory: Path, copies: int, prefix: str = "copy", source: Path = CORPUS
) -> list[Path]:
    """Copy the sample corpus `copies` times into `directory`; the files written.

    Copy `k` ends with `k` more newlines: the loader loads one text once per load (a second
    copy is `unchanged`), so every copy must be a text of its own, and blank lines add no
    words and no work.
    """
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    out = []
    for k in range(copies):
        for f in sorted(source.glob("*.txt")):
            target = directory / f"{prefix}{k:02d}_{f.name}"
            target.write_bytes(f.read_bytes() + b"\n" * k)
            out.append(target)
    return out


def words(files: list[Path]) -> int:
    """Whitespace-separated words in `files`."""
    return sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)


def bare_spacy_seconds(files: list[Path], repeats: int = REPEATS) -> float:
    """Least seconds of `repeats` runs of bare spaCy (``nlp.pipe``, same model, fresh load
    not timed) over `files`."""
    name = model_name()
    if name is None:
        raise RuntimeError("no spaCy model installed: make install")
    nlp = spacy.load(name)
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp(texts[0][:1000])  # warm up outside the timing, like the loader's cached pipeline
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        times.append(time.perf_counter() - started)
    return min(times)


def loader_seconds(engine: GraphEngine, directory: Path, repeats: int = REPEATS) -> float:
    """Least seconds of `repeats` loads of `directory` by the full loader, each into an
    emptied graph of `engine` (a warm-up document first, outside the timing, so the
    pipeline is built)."""
    from loaders.pipeline import load_paths  # only this section needs the full loader

    warm = directory.parent / "warmup"
    load_paths(engine, make_corpus(warm, 1, prefix="warmup")[:1], progress=False)
    times = []
    for _ in range(repeats):
        engine.clear()
        started = time.perf_counter()
        summary = load_paths(engine, [directory], progress=False)
        times.append(time.perf_counter() - started)
        if summary.failed or summary.loaded != len(list(directory.iterdir())):
            raise RuntimeError(f"the loader did not load every document: {summary.report()}")
    return min(times)
