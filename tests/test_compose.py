"""The production stack's shape (docker cannot run here): docker-compose.yml and Dockerfile."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SETTINGS_ENV = {f.alias for f in Settings.model_fields.values() if f.alias}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_services(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"neo4j", "api", "loader"}


def test_neo4j_service(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5"
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert re.fullmatch(r"\$\{NEO4J_USER[^}]*\}/\$\{NEO4J_PASSWORD:\?[^}]+\}", auth), auth
    test = neo4j["healthcheck"]["test"]
    assert test[0] in {"CMD", "CMD-SHELL"} and "cypher-shell" in " ".join(test)
    assert neo4j["healthcheck"]["retries"] >= 1
    volume = neo4j["volumes"][0].split(":")
    assert volume[1] == "/data" and volume[0] in compose["volumes"]
    assert "127.0.0.1:7687:7687" in neo4j["ports"]


@pytest.mark.parametrize("name", ["api", "loader"])
def test_app_services_point_at_neo4j(compose: dict[str, Any], name: str) -> None:
    service = compose["services"][name]
    assert service["build"] == "."
    env = service["environment"]
    assert env["CHOKEPOINT_BACKEND"] == "neo4j"
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD")
    assert {"NEO4J_USER", "NEO4J_DATABASE"} <= set(env)
    assert set(env) <= SETTINGS_ENV, set(env) - SETTINGS_ENV
    assert service["depends_on"]["neo4j"]["condition"] == "service_healthy"
    Settings(**{k: v for k, v in env.items() if "${" not in v})  # values the settings accept


def test_api_serves_on_a_port(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    assert api["command"][:2] == ["chokepoint", "serve"]
    assert "127.0.0.1:8000:8000" in api["ports"]
    assert api["environment"]["CHOKEPOINT_HOST"] == "0.0.0.0"


def test_loader_is_one_shot_over_the_sample_corpus(compose: dict[str, Any]) -> None:
    loader = compose["services"]["loader"]
    assert loader["command"] == ["chokepoint", "load", "data/corpus"]
    assert loader.get("restart", "no") == "no"
    assert "ports" not in loader
    assert sorted((ROOT / "data" / "corpus").glob("*.txt"))


def test_dockerfile() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert text.splitlines()[1] == "FROM python:3.11-slim"
    assert "-r requirements/model.txt" in text
    assert re.search(r"pip install (--no-deps )?(-e )?\.", text)
    # The dependencies are installed in layers before the source is copied.
    copy_source = text.index("COPY . .")
    assert text.index("-r requirements/model.txt") < copy_source
    assert text.index("pip install -r /tmp/dependencies.txt") < copy_source
    assert re.search(r'^CMD \["chokepoint", "serve"\]$', text, re.M)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".chokepoint", ".git", "**/node_modules"} <= set(ignored)
