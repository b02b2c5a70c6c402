"""Read-only Cypher for power users."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from app.deps import AppSettings, Engine
from app.models import ERROR_403, ERROR_413, ERRORS, ErrorResponse, QueryRequest, QueryResponse
from app.services.readonly import run_read_only

router = APIRouter(tags=["query"])


@router.post(
    "/query",
    response_model=QueryResponse,
    responses={
        **ERROR_403,
        **ERROR_413,
        408: {"model": ErrorResponse, "description": "The statement ran past the time limit"},
        422: ERRORS[422],
        503: ERRORS[503],
    },
)
async def query(engine: Engine, settings: AppSettings, body: QueryRequest) -> dict:
    """Run one read-only Cypher statement, `{"statement": ..., "parameters": {...}}` (the
    shape of Neo4j's Query API); rows come back as `data.fields` and `data.values`, and
    `data.fields` names the statement's columns even when no row comes back. One trailing
    `;` is accepted. Parameters come back exactly as given; a number no engine holds
    exactly (an integer outside the signed 64-bit range, NaN, an infinity) is refused
    with 422 naming the parameter.

    Anything that could write (CREATE, MERGE, SET, DELETE, DETACH DELETE, REMOVE, LOAD CSV,
    FOREACH, index or constraint DDL, CALL of a procedure outside the read-only allowlist,
    also inside `CALL { }`) is refused with 403 before it runs, and the engine runs the
    statement read-only as well. At most `CHOKEPOINT_QUERY_MAX_ROWS` rows are returned
    (`truncated` says when more matched); a statement running past
    `CHOKEPOINT_QUERY_TIMEOUT_MS` is stopped (408). Cypher errors are 422.
    """
    return await run_in_threadpool(
        run_read_only,
        engine,
        body.statement,
        body.parameters,
        max_rows=settings.query_max_rows,
        timeout_ms=settings.query_timeout_ms,
    )
