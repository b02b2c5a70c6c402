"""The FastAPI application: routers, engine lifespan, error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.routers import health
from app.settings import Settings, get_settings
from graph import open_engine
from graph.base import EngineUnavailable, GraphError, GraphEngine
from graph.schema import OntologyError

DESCRIPTION = """
chokepoint answers the questions analysts of technology supply chains, export controls and
sanctions ask all day: *what does this company depend on, and through whom?* and *who is
exposed to this sanction, and by which path?* Every fact carries the sentences it came from.
"""


def create_app(settings: Settings | None = None, engine: GraphEngine | None = None) -> FastAPI:
    """Build the app; it opens (and at shutdown closes) the configured engine.

    >>> app = create_app()
    >>> app.title
    'chokepoint'
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = engine is None
        app.state.engine = engine or open_engine(settings)
        try:
            yield
        finally:
            if own:
                app.state.engine.close()

    app = FastAPI(title="chokepoint", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.include_router(health.router)

    @app.exception_handler(EngineUnavailable)
    async def unavailable(_: Request, exc: EngineUnavailable) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(OntologyError)
    async def ontology(_: Request, exc: OntologyError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(GraphError)
    async def graph_error(_: Request, exc: GraphError) -> JSONResponse:
        return JSONResponse({"detail": f"graph engine error: {exc}"}, status_code=503)

    return app
