"""The plain data a document becomes: the contract between the extractor and the store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

CONFIDENCE_DIGITS = 6
"""Decimals a confidence is written and reported with (stored sources, exports, path hops)."""


@dataclass(frozen=True)
class SourceDocument:
    """One document to load, after reading and cleaning."""

    id: str  # "document:<slug>" of its name; loaders.store.identify makes it unique per source
    title: str
    source: str  # its identity: resolved file path (+ "#line"), url, given source or "sha256:<hex>"
    text: str  # cleaned text: every offset below points into it
    sha256: str  # of the raw bytes read
    url: str | None = None
    published: str | None = None
    read_as: str = ""  # the name it was read under, for messages: "b/z.txt", "feed.jsonl#3"


@dataclass
class Entity:
    """A typed node: ``id`` is ``label:slug`` (lower-case label), never shared across labels."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)  # country, kind, year, period...

    @property
    def country(self) -> str | None:
        """The country the entity is of: a country itself, else its "country" property.

        >>> Entity("country:china", "Country", "China").country
        'China'
        >>> Entity("agency:mofcom", "Agency", "MOFCOM", [], {"country": "China"}).country
        'China'
        """
        if self.label == "Country":
            return self.name
        country = self.properties.get("country")
        return str(country) if country else None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its character offsets in the document text."""

    doc: str
    sentence: str
    start: int
    end: int
    confidence: float
    method: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "doc": self.doc,
                "sentence": self.sentence,
                "start": self.start,
                "end": self.end,
                "confidence": round(self.confidence, CONFIDENCE_DIGITS),
                "method": self.method,
            },
            sort_keys=True,
            ensure_ascii=False,
        )


@dataclass
class Relation:
    """A typed, directed fact between two entity ids, with all its evidence."""

    type: str
    start: str
    end: str
    evidence: list[Evidence] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)  # e.g. role for AFFILIATED_WITH


@dataclass
class Mention:
    """Where an entity occurs in the document (character spans into the cleaned text)."""

    entity: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything one document contributes to the graph."""

    document: SourceDocument
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class EntitySpan:
    """One occurrence of a resolved entity in the document text (char offsets into text).

    ``method`` says how it was found: ``gazetteer``, ``ner``, ``pattern``, ``acronym`` or
    ``coref`` (a pronoun or "the company" resolved to the entity).
    """

    entity: Entity
    start: int
    end: int
    method: str
