"""Response and request models shared by the routers (the API's public shapes)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorResponse(BaseModel):
    """Every 4xx/5xx body."""

    detail: str = Field(description="What is wrong, in words")


class HealthResponse(BaseModel):
    status: str = Field(description="'ok' or 'unhealthy'")
    engine: str
    detail: str = ""
    nodes: int | None = Field(None, description="Node count, when the engine answers")


class StatsResponse(BaseModel):
    engine: str
    nodes: int
    relationships: int
    documents: int
    labels: dict[str, int]
    types: dict[str, int]


ERRORS = {
    404: {"model": ErrorResponse, "description": "No such entity, document or relationship"},
    422: {"model": ErrorResponse, "description": "A parameter is missing or out of bounds"},
    503: {"model": ErrorResponse, "description": "The graph engine is unavailable"},
}
