"""Path-question latency: the same random questions through the service functions (in this
process, on the engine) and through the HTTP API (a real server on loopback).

Three questions, as the API defines them (see :mod:`app.services.paths`):
upstream dependencies of a company within 4 hops, exposure to one sanction within 4 hops,
and the shortest path between two companies within 6 hops.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from app.services import paths
from bench.generate import SEED, SIZES, Layout
from graph.base import GraphEngine


@dataclass(frozen=True)
class Case:
    """One question: how to ask the service, and the API path asking the same."""

    service: Callable[[GraphEngine], Any]
    api_path: str


def dependency_case(entity: str) -> Case:
    """Upstream dependencies of `entity` within 4 hops (first page, as the API defaults)."""
    return Case(
        lambda e: paths.dependencies(e, entity, direction="upstream", max_hops=4),
        f"/entities/{quote(entity, safe='')}/dependencies?"
        + urlencode({"direction": "upstream", "max_hops": 4}),
    )


def exposure_case(sanction: str) -> Case:
    """Every entity exposed to `sanction` within 4 hops (first page)."""
    return Case(
        lambda e: paths.sanction_exposure(e, sanction, max_hops=4),
        f"/sanctions/{quote(sanction, safe='')}/exposure?" + urlencode({"max_hops": 4}),
    )


def shortest_case(source: str, target: str) -> Case:
    """The shortest path between two entities within 6 hops."""
    return Case(
        lambda e: paths.shortest_path(e, source, target, max_hops=6),
        "/paths/shortest?" + urlencode({"source": source, "target": target, "max_hops": 6}),
    )


def cases(size: str, n: int, seed: int = SEED) -> dict[str, list[Case]]:
    """`n` random questions of each kind over the generated `size` graph (seeded)."""
    lay = Layout(SIZES[size], seed)
    rng = random.Random(seed + 1)
    companies, sanctions = lay.count["Company"], lay.count["Sanction"]

    def company() -> str:
        return lay.id("Company", rng.randrange(companies))

    return {
        "dependencies_4_hops": [dependency_case(company()) for _ in range(n)],
        "sanction_exposure_4_hops": [
            exposure_case(lay.id("Sanction", rng.randrange(sanctions))) for _ in range(n)
        ],
        "shortest_path_6_hops": [shortest_case(company(), company()) for _ in range(n)],
    }


def time_service(engine: GraphEngine, questions: list[Case]) -> list[float]:
    """Milliseconds per question, asked through the service functions."""
    out = []
    for case in questions:
        started = time.perf_counter()
        case.service(engine)
        out.append((time.perf_counter() - started) * 1000)
    return out


def time_api(client: httpx.Client, questions: list[Case]) -> tuple[list[float], int]:
    """Milliseconds per question asked over HTTP (one keep-alive connection), and errors."""
    out, errors = [], 0
    for case in questions:
        started = time.perf_counter()
        response = client.get(case.api_path)
        response.read()
        out.append((time.perf_counter() - started) * 1000)
        errors += response.status_code != 200
    return out, errors
