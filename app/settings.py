"""All configuration, read from the environment (and a `.env` file) in one place."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """chokepoint settings; every field maps to the environment variable in its alias."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    backend: Literal["embedded", "neo4j"] = Field("embedded", alias="CHOKEPOINT_BACKEND")
    data_dir: Path = Field(Path(".chokepoint"), alias="CHOKEPOINT_DATA_DIR")
    graph_name: str = Field("chokepoint", alias="CHOKEPOINT_GRAPH", pattern=r"^[A-Za-z0-9_-]+$")
    embedded_port: int | None = Field(
        None,
        alias="CHOKEPOINT_EMBEDDED_PORT",
        ge=1,
        le=65535,
        description="TCP port on 127.0.0.1 for the embedded engine; unset: a unix socket.",
    )

    neo4j_uri: str | None = Field(None, alias="NEO4J_URI")
    neo4j_user: str = Field("neo4j", alias="NEO4J_USER")
    neo4j_password: SecretStr = Field(SecretStr(""), alias="NEO4J_PASSWORD")
    neo4j_database: str = Field("neo4j", alias="NEO4J_DATABASE")

    api_key: SecretStr | None = Field(None, alias="CHOKEPOINT_API_KEY")
    host: str = Field("127.0.0.1", alias="CHOKEPOINT_HOST")
    port: int = Field(8000, alias="CHOKEPOINT_PORT", ge=1, le=65535)
    access_log: bool = Field(
        False,
        alias="CHOKEPOINT_ACCESS_LOG",
        description="`serve` logs one line per request.",
    )

    query_timeout_ms: int = Field(5000, alias="CHOKEPOINT_QUERY_TIMEOUT_MS", ge=100, le=600_000)
    query_max_rows: int = Field(1000, alias="CHOKEPOINT_QUERY_MAX_ROWS", ge=1, le=100_000)
    max_body_bytes: int = Field(10 * 1024 * 1024, alias="CHOKEPOINT_MAX_BODY_BYTES", ge=1024)
    max_document_bytes: int = Field(
        10 * 1024 * 1024, alias="CHOKEPOINT_MAX_DOCUMENT_BYTES", ge=1024
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings (read once)."""
    return Settings()
