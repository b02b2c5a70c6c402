"""Who is exposed to a sanction."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from app.deps import Engine
from app.models import ERRORS, SanctionExposureList
from app.routers.params import (
    DEFAULT_HOPS,
    DEFAULT_LIMIT,
    Limit,
    MaxHops,
    MinConfidence,
    Offset,
    SanctionId,
)
from app.services import paths as path_service

router = APIRouter(tags=["sanctions"])


@router.get(
    "/sanctions/{sanction_id}/exposure",
    response_model=SanctionExposureList,
    responses={404: ERRORS[404], 422: ERRORS[422], 503: ERRORS[503]},
)
async def sanction_exposure(
    engine: Engine,
    sanction_id: SanctionId,
    max_hops: MaxHops = DEFAULT_HOPS,
    label: Annotated[str | None, Query(description="Only exposed entities of this label")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    min_confidence: MinConfidence = 0.0,
) -> dict:
    """Every entity exposed to the sanction within `max_hops`.

    E is exposed to S when `S-[:TARGETS|RESTRICTS]->T` and E relies on T by 0..max_hops-1
    relies-on hops (A relies on B: `A-[:DEPENDS_ON]->B`, `B-[:SUPPLIES]->A` or
    `A-[:SUBSIDIARY_OF]->B`); `hops` = relies-on hops + 1. Kind: `direct` (E is T),
    `ownership` (every relies-on hop is SUBSIDIARY_OF; preferred among minimum-hop paths),
    `supply` otherwise. Each item has one path walked from the sanction to the entity, every
    hop with its evidence, and the path confidence (product of hop confidences). Ordered by
    hops, then id; relationships below `min_confidence` are not walked. 404 if no entity has
    the id, or if it is not a Sanction ("'company:huawei' is a Company, not a Sanction").
    """
    return await run_in_threadpool(
        path_service.sanction_exposure, engine, sanction_id,
        max_hops=max_hops, label=label, limit=limit, offset=offset,
        min_confidence=min_confidence,
    )
