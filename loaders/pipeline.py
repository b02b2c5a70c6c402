"""The load pipeline: document -> spaCy -> entity spans -> relations -> Extraction -> graph.

Each document is stored in its own atomic write; an unchanged document (same sha256) is
skipped before any NLP; a failing document is reported and the others still load.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from graph.base import EngineUnavailable, GraphEngine
from graph.schema import allowed
from loaders.coref import coref_spans
from loaders.entities import entity_spans
from loaders.model import Entity, EntitySpan, Extraction, Mention, Relation, SourceDocument
from loaders.nlp import get_nlp
from loaders.read import DocumentError, read_path
from loaders.relations import extract_relations
from loaders.store import StoreResult, store
from queries import writes as w

PIPE_BATCH = 8


def spans_of(spacy_doc: Doc, document: str | None = None) -> list[EntitySpan]:
    """Entity spans plus coreference spans of a parsed document (the source document's id
    `document`), by position."""
    spans = entity_spans(spacy_doc, document=document)
    spans += coref_spans(spacy_doc, spans)
    return sorted(spans, key=lambda s: (s.start, s.end))


def extraction_from_doc(doc: SourceDocument, spacy_doc: Doc) -> Extraction:
    """The Extraction of `doc`, already parsed as `spacy_doc`.

    Relations whose ends are not mentioned, or that the ontology's domain/range forbids,
    are dropped.
    """
    spans = spans_of(spacy_doc, doc.id)
    entities: dict[str, Entity] = {}
    mentions: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        entities.setdefault(span.entity.id, span.entity)
        mentions.setdefault(span.entity.id, []).append((span.start, span.end))
    relations = [
        r
        for r in extract_relations(spacy_doc, spans, doc.id)
        if _valid(r, entities)
    ]
    return Extraction(
        document=doc,
        entities=list(entities.values()),
        relations=relations,
        mentions=[Mention(entity=e, spans=sorted(set(s))) for e, s in mentions.items()],
    )


def _valid(relation: Relation, entities: dict[str, Entity]) -> bool:
    start, end = entities.get(relation.start), entities.get(relation.end)
    return (
        start is not None
        and end is not None
        and relation.start != relation.end
        and bool(relation.evidence)
        and allowed(relation.type, start.label, end.label)
    )


def extract(doc: SourceDocument, nlp: Language | None = None) -> Extraction:
    """Typed entities, relations and mentions of one document.

    >>> from loaders.read import document_from_text
    >>> ex = extract(document_from_text("t", "ASML supplies EUV lithography machines to TSMC."))
    >>> sorted(e.id for e in ex.entities)
    ['company:asml', 'company:tsmc', 'technology:euv-lithography']
    """
    return extraction_from_doc(doc, (nlp or get_nlp())(doc.text))


def is_unchanged(engine: GraphEngine, doc: SourceDocument) -> bool:
    """Whether the graph already holds `doc` with the same sha256."""
    rows = engine.read(w.DOCUMENT_SHA.text(engine.dialect), {"doc": doc.id})
    return bool(rows) and rows[0]["sha256"] == doc.sha256


def load_document(engine: GraphEngine, doc: SourceDocument) -> StoreResult:
    """Extract and store one document (all or nothing); unchanged documents are skipped."""
    if is_unchanged(engine, doc):
        return StoreResult(doc.id, "unchanged")
    return store(engine, extract(doc))


@dataclass
class LoadSummary:
    """What a load did: counts, and every failure with its reason."""

    loaded: int = 0
    replaced: int = 0
    unchanged: int = 0
    entities: int = 0
    relationships: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    results: list[StoreResult] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Documents read (whatever happened to them)."""
        return self.loaded + self.replaced + self.unchanged + len(self.failed)

    def add(self, result: StoreResult) -> None:
        """Count one stored document."""
        self.results.append(result)
        if result.status == "unchanged":
            self.unchanged += 1
            return
        if result.status == "replaced":
            self.replaced += 1
        else:
            self.loaded += 1
        self.entities += result.entities
        self.relationships += result.relationships

    def report(self) -> str:
        """A human-readable summary (the CLI's last lines)."""
        lines = [
            f"documents: {self.documents} (loaded {self.loaded}, replaced {self.replaced}, "
            f"unchanged/skipped {self.unchanged}, failed {len(self.failed)})",
            f"entities: {self.entities}  relationships: {self.relationships}",
        ]
        lines += [f"failed: {source}: {reason}" for source, reason in self.failed]
        return "\n".join(lines)


def load_documents(
    engine: GraphEngine,
    items: Iterable[SourceDocument | DocumentError],
    progress: bool = True,
    nlp: Language | None = None,
) -> LoadSummary:
    """Load already-read documents (errors among them are counted as failures)."""
    summary = LoadSummary()
    todo: list[SourceDocument] = []
    nlp = nlp or get_nlp()
    for item in items:
        if isinstance(item, DocumentError):
            summary.failed.append((_where(item), item.reason))
        elif len(item.text) > nlp.max_length:  # spaCy would raise in the middle of the batch
            summary.failed.append((item.source, f"too long for the NLP pipeline: "
                                   f"{len(item.text)} characters, the limit is {nlp.max_length}"))
        elif is_unchanged(engine, item):
            summary.add(StoreResult(item.id, "unchanged"))
        else:
            todo.append(item)
    bar = tqdm(total=len(todo), desc="loading", unit="doc", file=sys.stderr, disable=not progress)
    with bar:
        for doc, spacy_doc in zip(
            todo, nlp.pipe((d.text for d in todo), batch_size=PIPE_BATCH), strict=True
        ):
            try:
                summary.add(store(engine, extraction_from_doc(doc, spacy_doc)))
            except EngineUnavailable:
                raise
            except Exception as exc:  # one bad document must not stop the others
                summary.failed.append((doc.source, f"{type(exc).__name__}: {exc}"))
            bar.update(1)
    return summary


def load_paths(
    engine: GraphEngine,
    paths: Sequence[str | Path],
    progress: bool = True,
    max_bytes: int | None = None,
) -> LoadSummary:
    """Read and load files and directories (what ``chokepoint load PATH...`` runs).

    Example: ``load_paths(engine, ["data/corpus"]).report()``.
    """
    items = [item for path in paths for item in read_path(path, max_bytes)]
    return load_documents(engine, items, progress)


def _where(error: DocumentError) -> str:
    return f"{error.source} line {error.line}" if error.line is not None else error.source
