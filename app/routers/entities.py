"""Entity search, entity cards, neighbours, dependencies and an entity's sanction exposure."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from app.deps import Engine
from app.models import (
    ERRORS,
    DependencyList,
    EntityDetail,
    EntityExposureList,
    EntityList,
    NeighborList,
    Responses,
)
from app.routers.params import (
    DEFAULT_HOPS,
    DEFAULT_LIMIT,
    EntityId,
    Limit,
    MaxHops,
    MinConfidence,
    Offset,
    Types,
    split_types,
)
from app.services import entities as entity_service
from app.services import paths as path_service
from app.services.search import search_entities

router = APIRouter(tags=["entities"])
ALL_ERRORS: Responses = {404: ERRORS[404], 422: ERRORS[422], 503: ERRORS[503]}


@router.get("/entities", response_model=EntityList, responses={422: ERRORS[422], 503: ERRORS[503]})
async def search(
    engine: Engine,
    q: Annotated[str, Query(max_length=200, description="Text to find in names and aliases")] = "",
    label: Annotated[str | None, Query(description="Only entities with this label")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> dict:
    """Search entities by name and alias, case-insensitively.

    Ranked: exact matches first, then prefix matches, then substring matches (each item says
    which in `match`); ties by name. An empty `q` lists all entities by name, with `match`
    null.
    """
    return await run_in_threadpool(
        search_entities, engine, q, label=label, limit=limit, offset=offset
    )


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=ALL_ERRORS)
async def entity(engine: Engine, entity_id: EntityId) -> dict:
    """An entity's card: label, name, aliases, properties, the documents that mention it and
    its number of relationships by type (both directions)."""
    return await run_in_threadpool(entity_service.get_entity, engine, entity_id)


@router.get("/entities/{entity_id}/neighbors", response_model=NeighborList, responses=ALL_ERRORS)
async def neighbors(
    engine: Engine,
    entity_id: EntityId,
    type: Annotated[str | None, Query(description="Only this relationship type")] = None,  # noqa: A002
    direction: Annotated[
        Literal["out", "in", "both"], Query(description="'out': entity -> neighbour")
    ] = "both",
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> dict:
    """Entities one fact relationship away (documents are not neighbours), ordered by type
    then id, each with the relationship's id, type, direction and confidence."""
    return await run_in_threadpool(
        entity_service.neighbors, engine, entity_id,
        rel_type=type, direction=direction, limit=limit, offset=offset,
    )


@router.get(
    "/entities/{entity_id}/dependencies", response_model=DependencyList, responses=ALL_ERRORS
)
async def dependencies(
    engine: Engine,
    entity_id: EntityId,
    direction: Annotated[
        Literal["upstream", "downstream"],
        Query(description="'upstream': what the entity relies on; 'downstream': who relies on it"),
    ] = "upstream",
    max_hops: MaxHops = DEFAULT_HOPS,
    types: Types = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    min_confidence: MinConfidence = 0.0,
) -> dict:
    """Dependencies of an entity within `max_hops` relies-on hops.

    **A relies on B** (one hop) when `A-[:DEPENDS_ON]->B`, `B-[:SUPPLIES]->A` or
    `A-[:SUBSIDIARY_OF]->B`. Upstream: every entity the entity reaches by 1..max_hops such
    hops; downstream: every entity that reaches it. Each item has its **minimum** hop count and
    one shortest path walked from the entity (every hop with type, direction relative to the
    walk, confidence and evidence); path confidence is the product of the hops' confidences.
    `types` narrows which of SUPPLIES, DEPENDS_ON, SUBSIDIARY_OF count, and relationships
    below `min_confidence` are not walked. Ordered by hops, id.
    """
    return await run_in_threadpool(
        path_service.dependencies, engine, entity_id,
        direction=direction, max_hops=max_hops, types=split_types(types),
        limit=limit, offset=offset, min_confidence=min_confidence,
    )


@router.get(
    "/entities/{entity_id}/exposure", response_model=EntityExposureList, responses=ALL_ERRORS
)
async def exposure(
    engine: Engine,
    entity_id: EntityId,
    max_hops: MaxHops = DEFAULT_HOPS,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    min_confidence: MinConfidence = 0.0,
) -> dict:
    """Every sanction that reaches the entity within `max_hops`.

    The entity E is exposed to sanction S when `S-[:TARGETS|RESTRICTS]->T` and E relies on T
    by 0..max_hops-1 hops; `hops` = relies-on hops + 1. Kind: `direct` (E is T), `ownership`
    (every relies-on hop is SUBSIDIARY_OF), `supply` otherwise; among the minimum-hop paths an
    ownership-only one is preferred. Each item has one path walked from the sanction to E.
    Relationships below `min_confidence` are not walked. Ordered by hops, then sanction id.
    """
    return await run_in_threadpool(
        path_service.entity_exposure, engine, entity_id,
        max_hops=max_hops, limit=limit, offset=offset, min_confidence=min_confidence,
    )
