"""Document identity: a document is its source, so no load ever replaces another document.

Real embedded engine, real spaCy; each case is one of the audit's reproductions.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from graph.base import GraphEngine, GraphError
from loaders.model import SourceDocument
from loaders.pipeline import extract, load_documents, load_paths
from loaders.read import document_from_text
from loaders.store import DocumentConflict, document_statements, identify, store

HUAWEI = "Huawei relies on chips made by SMIC.\n"
ASML = "ASML supplies EUV lithography machines to TSMC.\n"
LYNAS = "Lynas ships rare earths to Japan.\n"


def documents(engine: GraphEngine) -> dict[str, str]:
    """Document id -> source, for every Document in the graph."""
    rows = engine.read("MATCH (d:Document) RETURN d.id AS id, d.source AS source")
    return {r["id"]: r["source"] for r in rows}


def mentioned_in(engine: GraphEngine, entity_id: str) -> set[str]:
    rows = engine.read(
        "MATCH (:Entity {id: $id})-[:MENTIONED_IN]->(d:Document) RETURN d.id AS id",
        {"id": entity_id},
    )
    return {r["id"] for r in rows}


def suffix(source: str) -> str:
    return "-" + hashlib.sha256(source.encode()).hexdigest()[:8]


def test_same_file_name_in_two_folders_is_two_documents(
    engine: GraphEngine, tmp_path: Path
) -> None:
    for folder, text in (("d1", HUAWEI), ("d2", ASML)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text)
    first, second = tmp_path / "d1" / "report.txt", tmp_path / "d2" / "report.txt"
    summary = load_paths(engine, [first, second], progress=False)
    assert (summary.loaded, summary.replaced, summary.failed) == (2, 0, [])
    assert documents(engine) == {
        "document:report-txt": str(first),
        "document:report-txt" + suffix(str(second)): str(second),
    }
    assert mentioned_in(engine, "company:huawei") == {"document:report-txt"}
    assert mentioned_in(engine, "company:asml") == {"document:report-txt" + suffix(str(second))}
    again = load_paths(engine, [second, first], progress=False)
    assert (again.loaded, again.replaced, again.unchanged) == (0, 0, 2)
    assert len(documents(engine)) == 2


def test_a_file_has_one_id_however_its_path_is_given(
    engine: GraphEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feeds = tmp_path / "feeds"
    for folder, text in (("reuters", HUAWEI), ("ft", ASML)):
        (feeds / folder).mkdir(parents=True)
        (feeds / folder / "a.txt").write_text(text)
    assert load_paths(engine, [feeds], progress=False).loaded == 2
    before = documents(engine)
    assert set(before) == {"document:ft-a-txt", "document:reuters-a-txt"}
    monkeypatch.chdir(tmp_path)  # a relative path names the same file
    for path in ("feeds/reuters", "feeds/ft", "feeds/ft/a.txt", str(feeds / "ft" / ".." / "ft")):
        summary = load_paths(engine, [path], progress=False)
        assert (summary.loaded, summary.replaced, summary.unchanged) == (0, 0, 1), path
    assert documents(engine) == before


def test_urls_with_the_same_slug_are_two_documents(engine: GraphEngine) -> None:
    a = document_from_text("A", HUAWEI, url="https://example.com/a/b")
    b = document_from_text("B", ASML, url="https://example.com/a-b")
    assert a.id == b.id == "document:https-example-com-a-b"
    summary = load_documents(engine, [a, b], progress=False)
    assert (summary.loaded, summary.replaced) == (2, 0)
    assert documents(engine) == {
        "document:https-example-com-a-b": "https://example.com/a/b",
        "document:https-example-com-a-b" + suffix("https://example.com/a-b"): (
            "https://example.com/a-b"
        ),
    }
    changed = document_from_text("B", LYNAS, url="https://example.com/a-b")
    assert load_documents(engine, [changed], progress=False).replaced == 1
    assert mentioned_in(engine, "company:huawei") == {"document:https-example-com-a-b"}
    assert mentioned_in(engine, "company:asml") == set()


def test_a_title_is_no_identity(engine: GraphEngine) -> None:
    one = document_from_text("Daily briefing", HUAWEI)
    two = document_from_text("Daily briefing", ASML)
    summary = load_documents(engine, [one, two], progress=False)
    assert (summary.loaded, summary.replaced) == (2, 0)
    assert set(documents(engine).values()) == {"sha256:" + one.sha256, "sha256:" + two.sha256}
    assert mentioned_in(engine, "company:huawei") and mentioned_in(engine, "company:asml")
    assert load_documents(engine, [one], progress=False).unchanged == 1


def test_same_text_new_metadata_is_updated_and_keeps_its_facts(engine: GraphEngine) -> None:
    url = "https://news.example/huawei"
    first = document_from_text("Old title", HUAWEI, url=url)
    assert load_documents(engine, [first], progress=False).loaded == 1
    facts = engine.read("MATCH ()-[r:DEPENDS_ON]->() RETURN r.docs AS docs")
    renamed = document_from_text("New title", HUAWEI, url=url, published="2025-03-01")
    summary = load_documents(engine, [renamed], progress=False)
    assert (summary.updated, summary.unchanged, summary.replaced) == (1, 0, 0)
    assert "updated 1" in summary.report()
    [row] = engine.read("MATCH (d:Document) RETURN d.id AS id, d.title AS title, "
                        "d.name AS name, d.published AS published")
    assert row == {"id": "document:https-news-example-huawei", "title": "New title",
                   "name": "New title", "published": "2025-03-01"}
    assert engine.read("MATCH ()-[r:DEPENDS_ON]->() RETURN r.docs AS docs") == facts
    assert load_documents(engine, [renamed], progress=False).unchanged == 1


def test_a_moved_file_is_the_same_document_and_keeps_its_facts(
    engine: GraphEngine, tmp_path: Path
) -> None:
    old, new = tmp_path / "old" / "report.txt", tmp_path / "new" / "report.txt"
    for path in (old, new):
        path.parent.mkdir()
        path.write_text(HUAWEI)
    assert load_paths(engine, [old], progress=False).loaded == 1
    facts = engine.read("MATCH ()-[r]->() RETURN type(r) AS type, r.docs AS docs ORDER BY type")
    moved = load_paths(engine, [new], progress=False)
    assert (moved.loaded, moved.updated) == (0, 1)
    assert documents(engine) == {"document:report-txt": str(new)}  # the source follows the file
    assert engine.read(
        "MATCH ()-[r]->() RETURN type(r) AS type, r.docs AS docs ORDER BY type") == facts
    new.write_text(ASML)  # a new text at the new source replaces the document's facts
    assert load_paths(engine, [new], progress=False).replaced == 1
    assert mentioned_in(engine, "company:asml") == {"document:report-txt"}
    assert mentioned_in(engine, "company:huawei") == set()


def test_ids_are_deterministic(engine: GraphEngine, tmp_path: Path) -> None:
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "note.txt").write_text(f"{folder.upper()}: {HUAWEI}")
    paths = [tmp_path / f / "note.txt" for f in ("y", "x", "z")]
    load_paths(engine, paths, progress=False)
    first = documents(engine)
    engine.clear()
    engine.bootstrap_schema()
    load_paths(engine, paths, progress=False)
    assert documents(engine) == first
    assert first["document:note-txt"] == str(paths[0])


def test_a_file_listed_twice_in_one_load_is_one_document(
    engine: GraphEngine, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(HUAWEI)
    summary = load_paths(engine, [tmp_path, tmp_path / "a.txt"], progress=False)
    assert (summary.loaded, summary.unchanged, summary.replaced) == (1, 1, 0)
    assert documents(engine) == {"document:a-txt": str(tmp_path / "a.txt")}


def test_the_same_text_twice_in_one_load_is_one_document(
    engine: GraphEngine, tmp_path: Path
) -> None:
    for folder in ("feed", "mirror"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(HUAWEI)
    summary = load_paths(engine, [tmp_path / "feed", tmp_path / "mirror"], progress=False)
    assert (summary.loaded, summary.unchanged, summary.failed) == (1, 1, [])
    assert documents(engine) == {"document:report-txt": str(tmp_path / "feed" / "report.txt")}
    [fact] = engine.read("MATCH ()-[r:DEPENDS_ON]->() RETURN r.docs AS docs")
    assert fact["docs"] == ["document:report-txt"]  # one source, not the same sentence twice


def test_a_document_stored_before_sources_were_paths_is_adopted(
    engine: GraphEngine, tmp_path: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(HUAWEI)
    [fresh] = [d for d in load_paths(engine, [f], progress=False).results]
    engine.write([("MATCH (d:Document) SET d.source = 'a.txt'", {})])  # as an old version did
    summary = load_paths(engine, [f], progress=False)
    assert (summary.updated, summary.loaded) == (1, 0)
    assert documents(engine) == {fresh.doc: str(f)}


def test_store_refuses_an_id_held_by_another_source(engine: GraphEngine) -> None:
    a = document_from_text("A", HUAWEI, source="feed/1")
    store(engine, extract(a))
    intruder = SourceDocument(a.id, "B", "feed-1", ASML, "f" * 64)
    with pytest.raises(DocumentConflict, match="holds another document"):
        store(engine, extract(intruder))
    assert documents(engine) == {a.id: "feed/1"}
    assert mentioned_in(engine, "company:asml") == set()
    moved, stored = identify(engine, intruder)
    assert stored is None and moved.id == a.id + suffix("feed-1")


def test_the_write_batch_itself_refuses_an_id_held_by_another_source(
    engine: GraphEngine,
) -> None:
    """Two loads racing for one id: the check is inside the atomic batch, so the later one
    fails whole instead of replacing the first."""
    a = document_from_text("A", HUAWEI, source="feed/1")
    store(engine, extract(a))
    racer = extract(SourceDocument(a.id, "B", "feed/2", ASML, "f" * 64))
    with pytest.raises(GraphError):
        engine.write(document_statements(engine, racer))
    assert documents(engine) == {a.id: "feed/1"}
    assert mentioned_in(engine, "company:asml") == set()
    assert mentioned_in(engine, "company:huawei") == {a.id}
