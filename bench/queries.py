"""Path-question latency: the same random questions through the service functions (in this
process, on the engine) and through the HTTP API (a real server on loopback).

Three questions, as the API defines them (see :mod:`app.services.paths`):
upstream dependencies of a company within 4 hops, exposure to one sanction within 4 hops,
and the shortest path between two companies within 6 hops.
"""

from __future__ import annotations

import http.client
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

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


def time_service(engine: GraphEngine, case: Case) -> float:
    """Milliseconds to answer one question through the service functions."""
    started = time.perf_counter()
    case.service(engine)
    return (time.perf_counter() - started) * 1000


def time_api(client: http.client.HTTPConnection, case: Case) -> tuple[float, bool]:
    """Milliseconds to answer one question over HTTP (a keep-alive connection), and whether
    it was answered with 200.

    The standard library's client only reads the answer's bytes: a full-featured client
    (httpx) spends about a millisecond of the shared 2 cores per 20 KB answer, which is the
    measuring tool's cost, not the API's.
    """
    started = time.perf_counter()
    client.request("GET", case.api_path)
    response = client.getresponse()
    response.read()
    return (time.perf_counter() - started) * 1000, response.status == 200


def time_both(
    engine: GraphEngine, client: http.client.HTTPConnection, questions: list[Case]
) -> tuple[list[float], list[float], int]:
    """Milliseconds per question through the service and over HTTP, and the number of HTTP
    errors. Each question is asked both ways in turn, which way first alternating, so a
    change of machine load (or a warm cache) favours neither side."""
    direct, over_http, errors = [], [], 0
    for number, case in enumerate(questions):
        if number % 2:
            ms, ok = time_api(client, case)
            direct.append(time_service(engine, case))
        else:
            direct.append(time_service(engine, case))
            ms, ok = time_api(client, case)
        over_http.append(ms)
        errors += not ok
    return direct, over_http, errors
