"""One relationship and all of its sources."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from app.deps import Engine
from app.models import ERRORS, RelationshipDetail
from app.routers.params import RelationshipId
from app.services import entities as entity_service

router = APIRouter(tags=["relationships"])


@router.get(
    "/relationships/{relationship_id}",
    response_model=RelationshipDetail,
    responses={404: ERRORS[404], 422: ERRORS[422], 503: ERRORS[503]},
)
async def relationship(engine: Engine, relationship_id: RelationshipId) -> dict:
    """A fact by its id `<start>~<TYPE>~<end>` (as every hop and neighbour reports it, e.g.
    `company:cambricon~SUPPLIES~company:bytedance`), with its confidence (noisy-OR of its
    sources) and every source: document id and title, sentence, offsets, method. A
    MENTIONED_IN id is refused (422): a mention is not a fact (see `GET /documents/{id}`)."""
    return await run_in_threadpool(entity_service.get_relationship, engine, relationship_id)
