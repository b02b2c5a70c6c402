"""The FastAPI application: routers, engine lifespan, error handlers."""

from __future__ import annotations

import tomllib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.limits import BodySizeLimit
from app.routers import (
    docs,
    documents,
    entities,
    exchange,
    health,
    paths,
    query,
    relationships,
    sanctions,
    ui,
)
from app.services.errors import GraphChanged, InvalidRequest, NotFound, WriteRefused
from app.settings import Settings, get_settings
from graph import open_engine
from graph.base import EngineUnavailable, GraphEngine, GraphError, InvalidValue, QueryTimeout
from graph.schema import OntologyError

DESCRIPTION = """
chokepoint answers the questions analysts of technology supply chains, export controls and
sanctions ask all day: *what does this company depend on, and through whom?* and *who is
exposed to this sanction, and by which path?* Every fact carries the sentences it came from.
"""


ERROR_STATUS: dict[type[Exception], int] = {
    EngineUnavailable: 503,
    GraphChanged: 503,
    OntologyError: 422,
    InvalidValue: 422,
    InvalidRequest: 422,
    NotFound: 404,
    WriteRefused: 403,
    QueryTimeout: 408,
}
"""The product's errors and the HTTP status each becomes; the message is the ``detail``."""


def package_version() -> str:
    """The installed chokepoint's version, else the one in the source tree's pyproject.toml
    (the API's ``info.version``)."""
    try:
        return version("chokepoint")
    except PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])


def _answer_with(status_code: int) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    async def handler(_: Request, exc: Exception) -> JSONResponse:
        detail = exc.args[0] if len(exc.args) == 1 else str(exc)
        return JSONResponse({"detail": str(detail)}, status_code=status_code)

    return handler


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

    app = FastAPI(
        title="chokepoint", version=package_version(), description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None, redoc_url=None,  # served offline by app.routers.docs instead of a CDN
    )
    app.state.settings = settings
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.include_router(health.router)
    for analyst in (entities, sanctions, paths, relationships, documents, exchange, query):
        app.include_router(analyst.router)
    ui.install(app)
    docs.install(app)

    for error, status_code in ERROR_STATUS.items():
        app.add_exception_handler(error, _answer_with(status_code))

    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        detail = "; ".join(
            f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errors
        ) or "invalid request"
        return JSONResponse(
            {"detail": detail, "errors": jsonable_encoder(errors)}, status_code=422
        )

    @app.exception_handler(GraphError)
    async def graph_error(_: Request, exc: GraphError) -> JSONResponse:
        return JSONResponse({"detail": f"graph engine error: {exc}"}, status_code=503)

    return app
