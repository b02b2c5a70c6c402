"""Liveness and counts."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from app.deps import Engine
from app.models import ERRORS, HealthResponse, StatsResponse
from app.services import stats as stats_service
from graph.base import GraphEngine, GraphError

router = APIRouter(tags=["service"])


@router.get("/health", response_model=HealthResponse, responses={503: ERRORS[503]})
async def health(engine: Engine) -> HealthResponse | JSONResponse:
    """Whether the graph engine answers, which engine it is, and how many nodes it holds.

    Answers 503 with the reason when the engine is down; the embedded engine is restarted
    by this check when its process has died.
    """
    return await run_in_threadpool(_health, engine)


def _health(engine: GraphEngine) -> HealthResponse | JSONResponse:
    h = engine.health()
    if not h.ok:
        body = HealthResponse(status="unhealthy", engine=h.engine, detail=h.detail)
        return JSONResponse(body.model_dump(), status_code=503)
    try:
        nodes = stats_service.node_count(engine)
    except GraphError as exc:
        body = HealthResponse(status="unhealthy", engine=h.engine, detail=str(exc))
        return JSONResponse(body.model_dump(), status_code=503)
    return HealthResponse(status="ok", engine=h.engine, detail=h.detail, nodes=nodes)


@router.get("/stats", response_model=StatsResponse, responses={503: ERRORS[503]})
async def stats(engine: Engine) -> StatsResponse:
    """Counts of nodes by label, relationships by type, and documents, with the engine name."""
    return StatsResponse(**await run_in_threadpool(stats_service.stats, engine))
