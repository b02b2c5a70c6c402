"""Source documents: list, read (with what they support), add through the loader, delete."""

from __future__ import annotations

import threading
from typing import Any

from app.services.errors import InvalidRequest, NotFound
from app.services.evidence import Step, evidence_items, parse_sources
from app.services.page import page
from app.settings import Settings
from graph.base import GraphEngine
from loaders.model import SourceDocument
from loaders.pipeline import load_document
from loaders.read import DocumentError, document_from_text, documents_from_upload
from loaders.store import delete_document
from queries import documents as q

DEFAULT_MAX_BYTES: int = Settings.model_fields["max_document_bytes"].default
"""The largest document taken when no limit is given: CHOKEPOINT_MAX_DOCUMENT_BYTES' default."""

# The API runs loads in worker threads (the event loop keeps serving reads meanwhile); the
# spaCy pipeline is one shared object, so documents are extracted one at a time.
_LOADING = threading.Lock()


def list_documents(engine: GraphEngine, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Loaded documents ordered by id, each with its entity count."""
    d = engine.dialect
    total = int(engine.read(q.COUNT_DOCUMENTS.text(d))[0]["total"])
    items = engine.read(q.LIST_DOCUMENTS.text(d), {"limit": limit, "offset": offset})
    return page(total, items, limit, offset)


def get_document(engine: GraphEngine, doc_id: str) -> dict[str, Any]:
    """A document with its text, the entities it mentions (with character spans) and the
    relationships it supports (with this document's evidence sentences)."""
    d = engine.dialect
    rows = engine.read(q.GET_DOCUMENT.text(d), {"id": doc_id})
    if not rows:
        raise NotFound(f"no document with id {doc_id!r}")
    props = rows[0]["d"]["properties"]
    mentions = [
        {**r, "spans": list(r["spans"] or [])}
        for r in engine.read(q.DOCUMENT_ENTITIES.text(d), {"id": doc_id})
    ]
    title = props.get("title")
    facts = []
    for r in engine.read(q.DOCUMENT_RELATIONSHIPS.text(d), {"id": doc_id}):
        own = [s for s in parse_sources(r["sources"]) if s.get("doc") == doc_id]
        facts.append({
            "id": Step(r["start"], r["type"], r["end"]).id,
            "type": r["type"],
            "start": r["start"],
            "end": r["end"],
            "confidence": r["confidence"],
            "evidence": evidence_items(own, {doc_id: title}),
        })
    return {
        "id": doc_id,
        "title": title,
        "source": props.get("source"),
        "url": props.get("url"),
        "published": props.get("published"),
        "loaded_at": props.get("loaded_at"),
        "words": props.get("words"),
        "sha256": props.get("sha256"),
        "text": props.get("text"),
        "entities": len(mentions),
        "mentions": mentions,
        "relationships": facts,
    }


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InvalidRequest(f"document is {size} bytes, over the limit of {max_bytes} bytes")


def _load(engine: GraphEngine, doc: SourceDocument) -> dict[str, Any]:
    try:
        with _LOADING:
            result = load_document(engine, doc)
    except ValueError as exc:
        raise InvalidRequest(f"document {doc.id!r} not loaded: {exc}") from exc
    return {
        "document": result.doc,
        "status": result.status,
        "entities": result.entities,
        "relationships": result.relationships,
    }


def add_text(
    engine: GraphEngine, title: str, text: str, url: str | None = None, *,
    source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
) -> dict[str, Any]:
    """Run the loader on a text and write it (all-or-nothing); returns the load status.

    The document is identified by `source`, else `url`, else its text (a title alone names
    no document). The title is the headline, read as the text's first line unless the text
    begins with it: the same identity with a new text or title is ``replaced``, with a new
    url or date ``updated``. Example:
    ``add_text(engine, "Briefing", "Huawei relies on SMIC.")["status"] == "loaded"``.
    """
    _check_size(len(text.encode()), max_bytes)
    try:
        doc = document_from_text(title, text, url, source=source, headline=True)
    except (DocumentError, ValueError) as exc:
        raise InvalidRequest(f"document not read: {exc}") from exc
    return _load(engine, doc)


def add_upload(
    engine: GraphEngine, filename: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> dict[str, Any]:
    """Run the loader on an uploaded file (.txt, .md, .html, or .jsonl of one line)."""
    _check_size(len(data), max_bytes)
    try:
        docs = documents_from_upload(filename, data, max_bytes)
    except DocumentError as exc:
        raise InvalidRequest(f"not read: {exc}") from exc
    except ValueError as exc:
        raise InvalidRequest(f"{filename}: not read: {exc}") from exc
    if len(docs) != 1:
        raise InvalidRequest(f"{filename}: holds {len(docs)} documents; upload one at a time")
    return _load(engine, docs[0])


def delete(engine: GraphEngine, doc_id: str) -> dict[str, Any]:
    """Delete a document and the facts only it supported; :class:`NotFound` if absent."""
    if not delete_document(engine, doc_id):
        raise NotFound(f"no document with id {doc_id!r}")
    return {"document": doc_id, "deleted": True}
