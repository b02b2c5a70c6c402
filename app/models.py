"""Response and request models shared by the routers (the API's public shapes)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from queries.statement import EXAMPLE_STATEMENT


class ErrorResponse(BaseModel):
    """Every 4xx/5xx body."""

    detail: str = Field(description="What is wrong, in words")


class HealthResponse(BaseModel):
    """Whether the graph engine answers (`GET /health`)."""

    status: str = Field(description="'ok' or 'unhealthy'")
    engine: str
    detail: str = ""
    nodes: int | None = Field(None, description="Node count, when the engine answers")


class StatsResponse(BaseModel):
    """The graph's counts: nodes, relationships, documents, by label and by type."""

    engine: str
    nodes: int
    relationships: int
    documents: int
    labels: dict[str, int]
    types: dict[str, int]


ERRORS = {
    404: {"model": ErrorResponse, "description": "No such entity, document or relationship"},
    422: {"model": ErrorResponse, "description": "A parameter is missing or out of bounds"},
    503: {"model": ErrorResponse, "description": "The graph engine is unavailable, or the "
          "graph kept changing under a path answer's reads (retry)"},
}


# -- analyst API (issue 4) ----------------------------------------------------------------------
class Page(BaseModel):
    """Fields every list response carries."""

    total: int = Field(description="How many items match in all")
    limit: int = Field(description="The page size asked for")
    offset: int = Field(description="How many matching items were skipped")
    truncated: bool = Field(description="True when items beyond this page exist")


class EntitySummary(BaseModel):
    """An entity in brief: id, label and name."""

    id: str = Field(description="Stable id, 'label:slug'", examples=["company:huawei"])
    label: str | None = Field(description="Ontology label (Company, Sanction, ...)")
    name: str | None


class EntityHit(EntitySummary):
    """One search hit: the entity, its aliases and how the query matched it."""

    aliases: list[str] = []
    match: Literal["exact", "prefix", "contains"] | None = Field(
        description="How the query matched the name or an alias; null when there is no "
                    "query (an empty `q` lists every entity)"
    )


class EntityList(Page):
    """A page of entity search hits."""

    items: list[EntityHit]


class DocumentRef(BaseModel):
    """A document that mentions an entity."""

    id: str
    title: str | None
    mentions: int | None = Field(None, description="How often the entity occurs in it")


class EntityDetail(EntitySummary):
    """An entity's card."""

    aliases: list[str]
    properties: dict[str, Any] = Field(description="Other properties (country, kind, year, ...)")
    documents: list[DocumentRef] = Field(description="Documents that mention the entity")
    degree: dict[str, int] = Field(description="Relationship count by type, both directions")


class Neighbor(BaseModel):
    """An entity one fact relationship away, with that relationship."""

    relationship: str = Field(description="Relationship id, '<start>~<TYPE>~<end>'")
    type: str
    direction: Literal["out", "in"] = Field(description="'out': entity -> neighbour")
    confidence: float | None
    entity: EntitySummary


class NeighborList(Page):
    """A page of an entity's neighbours."""

    entity: str
    items: list[Neighbor]


class Evidence(BaseModel):
    """One source of a fact: the sentence it was read from."""

    document: str | None = Field(description="Document id")
    title: str | None = Field(description="Document title (null if the document is not loaded)")
    sentence: str
    start: int | None = Field(None, description="Character offset of the sentence in the text")
    end: int | None = None
    confidence: float | None = None
    method: str | None = Field(
        None, description="Which extractor found it; 'curated' for the support an import gave "
        "the fact itself (no document, empty sentence, its curated confidence)")


class Hop(BaseModel):
    """One relationship of a path, with its evidence."""

    id: str = Field(description="Relationship id, '<start>~<TYPE>~<end>'")
    type: str
    start: str
    end: str
    direction: Literal["forward", "backward"] = Field(
        description="'forward' when the relationship points the way the path walks"
    )
    confidence: float
    evidence: list[Evidence]


class PathOut(BaseModel):
    """A path: its nodes in walk order and the hops between them."""

    nodes: list[EntitySummary] = Field(description="Nodes in walk order")
    hops: list[Hop] = Field(description="hops[i] joins nodes[i] and nodes[i+1]")
    length: int
    confidence: float = Field(description="Product of the hops' confidences")


class Dependency(BaseModel):
    """An entity the asked one relies on (or that relies on it), with one shortest path."""

    entity: EntitySummary
    hops: int = Field(description="Minimum number of relies-on hops")
    confidence: float = Field(description="Confidence of the path shown")
    path: PathOut


class DependencyList(Page):
    """A page of an entity's upstream or downstream dependencies."""

    entity: str
    direction: Literal["upstream", "downstream"]
    max_hops: int
    items: list[Dependency]


class ExposedEntity(BaseModel):
    """An entity exposed to a sanction, with how and one path."""

    entity: EntitySummary
    hops: int = Field(description="Relies-on hops + 1 (1 = directly targeted)")
    kind: Literal["direct", "ownership", "supply"]
    confidence: float
    path: PathOut = Field(description="Walked from the sanction to the entity")


class SanctionExposureList(Page):
    """A page of the entities exposed to a sanction."""

    sanction: str
    max_hops: int
    items: list[ExposedEntity]


class ReachingSanction(BaseModel):
    """A sanction that reaches an entity, with how and one path."""

    sanction: EntitySummary
    hops: int
    kind: Literal["direct", "ownership", "supply"]
    confidence: float
    path: PathOut = Field(description="Walked from the sanction to the entity")


class EntityExposureList(Page):
    """A page of the sanctions that reach an entity."""

    entity: str
    max_hops: int
    items: list[ReachingSanction]


class ShortestPathOut(BaseModel):
    """The shortest path between two entities, if one is within `max_hops`."""

    source: str
    target: str
    found: bool = Field(description="False when no path is within max_hops")
    hops: int | None
    path: PathOut | None


class RelationshipDetail(BaseModel):
    """One fact with every source it has."""

    id: str
    type: str
    start: EntitySummary
    end: EntitySummary
    confidence: float | None
    properties: dict[str, Any] = Field(description="Other properties (e.g. role)")
    sources: list[Evidence]


class DocumentSummary(BaseModel):
    """A loaded document in brief."""

    id: str
    title: str | None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    loaded_at: str | None = None
    words: int | None = None
    entities: int = Field(0, description="Entities mentioned")


class DocumentList(Page):
    """A page of loaded documents."""

    items: list[DocumentSummary]


class DocumentMention(EntitySummary):
    """An entity a document mentions, with where."""

    count: int | None
    spans: list[int] = Field(description="Flat [start, end, start, end, ...] offsets into text")


class DocumentFact(BaseModel):
    """A fact a document supports, with this document's evidence."""

    id: str
    type: str
    start: str
    end: str
    confidence: float | None
    evidence: list[Evidence] = Field(description="This document's sources of the fact")


class DocumentDetail(DocumentSummary):
    """A document with its text, mentions and the facts it supports."""

    sha256: str | None = None
    text: str | None = None
    mentions: list[DocumentMention]
    relationships: list[DocumentFact]


class DocumentIn(BaseModel):
    """A document to load, as JSON (`POST /documents`)."""

    title: str = Field(min_length=1, max_length=1000,
                       description="The headline: read as the text's first line (unless the "
                                   "text begins with it), its facts with the rest")
    text: str = Field(min_length=1)
    url: str | None = Field(None, max_length=2000,
                            description="The article's URL; it identifies the document "
                                        "unless `source` is given")
    source: str | None = Field(
        None, min_length=1, max_length=2000,
        description="Your own identity for the document (e.g. 'feed:acme/123'); the same "
                    "source with a new text or title replaces it. Without source and url "
                    "the headline and text are the identity",
    )


class LoadResult(BaseModel):
    """What loading one document did."""

    document: str
    status: str = Field(description="'loaded' (a new source), 'replaced' (its source's text "
                                    "or headline changed), 'updated' (same text, new url or "
                                    "published date) or 'unchanged'")
    entities: int
    relationships: int


class DeleteResult(BaseModel):
    """The document deleted."""

    document: str
    deleted: bool


class NodeLinkSource(BaseModel):
    """One source of an exported fact (the sentence it was read from)."""

    doc: str = Field(description="Document id")
    sentence: str
    start: int | None = Field(None, description="Character offset of the sentence in the text")
    end: int | None = None
    confidence: float | None = None
    method: str | None = Field(None, description="Which extractor found it")


class NodeLinkNode(BaseModel):
    """An exported node: an entity, or a Document; its other properties follow."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(description="'label:slug', e.g. 'company:huawei' or 'document:chip-war'")
    label: str = Field(description="Ontology label, or 'Document'")
    name: str
    aliases: list[str] = Field(description="Sorted")


class NodeLinkEdge(BaseModel):
    """An exported relationship: a fact (with its sources) or a MENTIONED_IN edge."""

    model_config = ConfigDict(extra="allow")

    source: str = Field(description="Start node id")
    target: str = Field(description="End node id")
    key: str = Field(description="The relationship type (the MultiDiGraph edge key)")
    type: str = Field(description="Relationship type, e.g. SUPPLIES or MENTIONED_IN")
    confidence: float | None = Field(None, description="A fact's confidence")
    curated_confidence: float | None = Field(
        None, description="A curated fact's own confidence, kept beside its document sources"
    )
    sources: list[NodeLinkSource] | None = Field(None, description="A fact's sources")
    count: int | None = Field(None, description="MENTIONED_IN: mentions in the document")
    spans: list[int] | None = Field(
        None, description="MENTIONED_IN: flat [start, end, ...] offsets into the text"
    )


class NodeLinkGraph(BaseModel):
    """The graph as networkx ``node_link_data(G, edges="edges")`` of a MultiDiGraph."""

    directed: bool = True
    multigraph: bool = True
    graph: dict[str, Any] = Field(default_factory=dict)
    nodes: list[NodeLinkNode]
    edges: list[NodeLinkEdge]


class ImportResult(BaseModel):
    """What an import held and what it created."""

    nodes: int
    documents: int
    relationships: int
    mentions: int
    nodes_created: int
    relationships_created: int


class QueryRequest(BaseModel):
    """The shape of Neo4j's Query API request."""

    statement: str = Field(
        min_length=1, max_length=20_000, examples=[EXAMPLE_STATEMENT]
    )
    parameters: dict[str, Any] = Field(default_factory=dict)


class QueryData(BaseModel):
    """The rows of a statement: column names and one list of values per row."""

    fields: list[str]
    values: list[list[Any]]


class QueryResponse(Page):
    """The answer of `POST /query`, in the Neo4j Query API's shape."""

    total: int = Field(
        description="Rows returned: the engine stops the statement after `limit` rows "
        "(`truncated` says when more matched), so there is no full count"
    )
    data: QueryData


Responses = dict[int | str, dict[str, Any]]

ERRORS_WRITE: Responses = {
    401: {"model": ErrorResponse, "description": "Missing or wrong X-API-Key, or writes disabled"},
}
ERROR_403: Responses = {403: {"model": ErrorResponse, "description": "The statement would write"}}
ERROR_413: Responses = {
    413: {"model": ErrorResponse,
          "description": "The request body is larger than CHOKEPOINT_MAX_BODY_BYTES"},
}
