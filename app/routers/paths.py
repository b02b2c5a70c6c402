"""Shortest paths between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from app.deps import Engine
from app.models import ERRORS, ShortestPathOut
from app.routers.params import (
    DEFAULT_HOPS,
    MAX_ID_LENGTH,
    MaxHops,
    MinConfidence,
    Types,
    split_types,
)
from app.services import paths as path_service

router = APIRouter(tags=["paths"])


@router.get(
    "/paths/shortest",
    response_model=ShortestPathOut,
    responses={404: ERRORS[404], 422: ERRORS[422], 503: ERRORS[503]},
)
async def shortest(
    engine: Engine,
    source: Annotated[str, Query(min_length=1, max_length=MAX_ID_LENGTH,
                                 description="Entity id to start from")],
    target: Annotated[str, Query(min_length=1, max_length=MAX_ID_LENGTH,
                                 description="Entity id to reach")],
    max_hops: MaxHops = DEFAULT_HOPS,
    types: Types = None,
    min_confidence: MinConfidence = 0.0,
) -> dict:
    """The shortest path between two entities.

    Shortest = the minimum number of hops over relationships of `types` (default: every fact
    type; MENTIONED_IN never counts), **ignoring direction**, within `max_hops`. The path is
    walked from `source` to `target`; each hop says whether its relationship points the way
    of the walk (`forward`) or against it (`backward`) and carries its evidence.
    Relationships below `min_confidence` are not walked. `found` is false (and `path` null)
    when no path is that short; the same id twice is a 0-hop path.
    """
    return await run_in_threadpool(
        path_service.shortest_path, engine, source, target,
        max_hops=max_hops, types=split_types(types), min_confidence=min_confidence,
    )
