"""The load pipeline: document -> spaCy -> entity spans -> relations -> Extraction -> graph.

Each document is stored in its own atomic write under the id its source gets from
:func:`loaders.store.identify`; an unchanged document (same source and sha256) is skipped
before any NLP (its changed metadata is written); a failing document is reported and the
others still load.
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
from loaders.store import DocumentConflict, StoreResult, identify, refresh, same_text, store

PIPE_BATCH = 8


class TooLong(ValueError):
    """A document longer than the NLP pipeline accepts (spaCy's ``max_length``)."""


def check_length(doc: SourceDocument, nlp: Language) -> None:
    """Raise :class:`TooLong` (a clear message naming the limit) when `nlp` cannot take `doc`.

    >>> from loaders.read import document_from_text
    >>> nlp = get_nlp()
    >>> try:
    ...     check_length(document_from_text("t", "x" * (nlp.max_length + 1)), nlp)
    ... except TooLong as exc:
    ...     print(str(exc).split(":")[0])
    too long for the NLP pipeline
    """
    if len(doc.text) > nlp.max_length:
        raise TooLong(f"too long for the NLP pipeline: {len(doc.text)} characters, "
                      f"the limit is {nlp.max_length}")


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


def load_document(engine: GraphEngine, doc: SourceDocument) -> StoreResult:
    """Extract and store one document (all or nothing) under the id of its source;
    unchanged documents are skipped (their changed metadata is written).

    Raises :class:`TooLong` when the document is too long for the NLP pipeline.
    """
    named, stored = identify(engine, doc)
    if stored is not None and same_text(stored, named):
        return refresh(engine, named, stored)
    nlp = get_nlp()
    check_length(named, nlp)
    return store_parsed(engine, doc, named, nlp(named.text), {})


def store_parsed(
    engine: GraphEngine, read: SourceDocument, doc: SourceDocument, spacy_doc: Doc,
    taken: dict[str, str],
) -> StoreResult:
    """Store `doc` (the document `read`, under its id from :func:`loaders.store.identify`
    with the claims `taken`), already parsed as `spacy_doc`.

    Should another load have stored a document of another source under that id meanwhile,
    `read` is identified once more (the parse is reused) and stored under its next free id.
    """
    try:
        return store(engine, extraction_from_doc(doc, spacy_doc))
    except DocumentConflict:
        doc, stored = identify(engine, read, taken)
        if stored is not None and same_text(stored, doc):
            return refresh(engine, doc, stored)
        return store(engine, extraction_from_doc(doc, spacy_doc))


@dataclass
class LoadSummary:
    """What a load did: counts, and every failure with its reason."""

    loaded: int = 0
    replaced: int = 0
    updated: int = 0  # same text, new title, url or published date
    unchanged: int = 0
    entities: int = 0
    relationships: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    results: list[StoreResult] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Documents read (whatever happened to them)."""
        return self.loaded + self.replaced + self.updated + self.unchanged + len(self.failed)

    def add(self, result: StoreResult) -> None:
        """Count one stored document."""
        self.results.append(result)
        if result.status == "unchanged":
            self.unchanged += 1
            return
        if result.status == "updated":
            self.updated += 1
            return
        if result.status == "replaced":
            self.replaced += 1
        else:
            self.loaded += 1
        self.entities += result.entities
        self.relationships += result.relationships

    def counts(self) -> str:
        """What the load did, in two lines (the CLI prints them on stdout).

        Entities and relationships are counted per document loaded or replaced: one entity
        or fact found in two documents counts twice (the graph holds it once).
        """
        return "\n".join([
            f"documents: {self.documents} (loaded {self.loaded}, replaced {self.replaced}, "
            f"updated {self.updated}, unchanged/skipped {self.unchanged}, "
            f"failed {len(self.failed)})",
            f"extracted, summed over documents: {self.entities} entities, "
            f"{self.relationships} relationships",
        ])

    def failures(self) -> list[str]:
        """One line per failed document (the CLI prints them on stderr)."""
        return [f"failed: {source}: {reason}" for source, reason in self.failed]

    def report(self) -> str:
        """The counts, then the failures."""
        return "\n".join([self.counts(), *self.failures()])


def load_documents(
    engine: GraphEngine,
    items: Iterable[SourceDocument | DocumentError],
    progress: bool = True,
    nlp: Language | None = None,
) -> LoadSummary:
    """Load already-read documents (errors among them are counted as failures).

    Ids are given in order (:func:`loaders.store.identify`): of two new documents with the
    same readable id, the first keeps it and the second gets a suffix from its source. A text
    read twice (the same file listed twice, a copy in another folder) is loaded once; the
    second copy counts as unchanged.
    """
    summary = LoadSummary()
    todo: list[tuple[SourceDocument, SourceDocument]] = []  # (as read, with its id)
    taken: dict[str, str] = {}
    texts: dict[str, str] = {}  # sha256 -> id of the document of this load that has the text
    nlp = nlp or get_nlp()
    for item in items:
        if isinstance(item, DocumentError):
            summary.failed.append((_where(item), item.reason))
            continue
        try:
            check_length(item, nlp)  # spaCy would raise in the middle of the batch
        except TooLong as exc:
            summary.failed.append((item.read_as or item.source, str(exc)))
            continue
        if item.sha256 in texts:  # a second copy of a text this load already has
            summary.add(StoreResult(texts[item.sha256], "unchanged"))
            continue
        doc, stored = identify(engine, item, taken)
        texts[item.sha256] = doc.id
        if stored is not None and same_text(stored, doc):
            summary.add(refresh(engine, doc, stored))
        else:
            todo.append((item, doc))
    live = progress and sys.stderr.isatty()
    if progress and not live:  # a log or a pipe gets one line, not a redrawn bar
        print(f"loading {len(todo)} document(s)", file=sys.stderr)
    bar = tqdm(total=len(todo), desc="loading", unit="doc", file=sys.stderr, disable=not live)
    with bar:
        for (read, doc), spacy_doc in zip(
            todo, nlp.pipe((d.text for _, d in todo), batch_size=PIPE_BATCH), strict=True
        ):
            try:
                summary.add(store_parsed(engine, read, doc, spacy_doc, taken))
            except EngineUnavailable:
                raise
            except Exception as exc:  # one bad document must not stop the others
                summary.failed.append((doc.read_as or doc.source, f"{type(exc).__name__}: {exc}"))
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
