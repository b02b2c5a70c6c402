"""What the extractor finds in an invented text, in the shapes the extraction tests compare
(the real spaCy model)."""

from __future__ import annotations

from loaders.entities import entity_spans
from loaders.model import Entity
from loaders.nlp import get_nlp
from loaders.pipeline import extract
from loaders.read import document_from_text


def facts(text: str, rel_type: str) -> set[tuple[str, str]]:
    """(start name, end name) of every `rel_type` edge the extractor finds in `text`."""
    extraction = extract(document_from_text("test", text))
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.start], names[r.end]) for r in extraction.relations if r.type == rel_type}


def found(text: str) -> dict[str, Entity]:
    """Surface -> entity of every entity span of `text`."""
    return {text[s.start : s.end]: s.entity for s in entity_spans(get_nlp()(text))}


def labels(text: str) -> dict[str, str]:
    """Surface -> label of every entity span of `text`."""
    return {surface: entity.label for surface, entity in found(text).items()}
