"""Request dependencies: the engine, the settings, the write-key check."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from app.settings import Settings
from graph.base import GraphEngine


async def get_engine(request: Request) -> GraphEngine:
    """The app's engine (opened once in the lifespan).

    ``async`` although it does not wait: FastAPI runs a plain ``def`` dependency in its thread
    pool, a thread hand-off per request for a single attribute read.
    """
    return request.app.state.engine  # type: ignore[no-any-return]


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings  # type: ignore[no-any-return]


Engine = Annotated[GraphEngine, Depends(get_engine)]
AppSettings = Annotated[Settings, Depends(get_app_settings)]


async def require_api_key(
    settings: AppSettings,
    x_api_key: Annotated[str | None, Header(description="Write key (CHOKEPOINT_API_KEY)")] = None,
) -> None:
    """Writes need ``X-API-Key`` equal to ``CHOKEPOINT_API_KEY``; with no key set, none pass."""
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not expected:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "writes are disabled: the server has no CHOKEPOINT_API_KEY set",
        )
    if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong X-API-Key header")


WriteAccess = Depends(require_api_key)
