"""Schemathesis against the app's own OpenAPI schema, in-process (ASGI).

Every operation of the schema gets generated requests (valid and invalid: schemathesis'
positive and negative modes), half with the write key: no 5xx, and every 4xx carries a
``detail`` message. The number of cases run is recorded as ``schemathesis_cases``.

(Schemathesis' own pytest plugin does not run on pytest 9 here, so each operation's
hypothesis strategy is driven directly.)
"""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from app.main import create_app
from app.settings import Settings
from graph.base import GraphEngine
from loaders.store import store
from reliability.support import API_KEY, make_extraction

EXAMPLES_PER_OPERATION = 25
SEED = [
    ("Company", "Acme"), ("Company", "Globex"), ("Sanction", "Entity List"),
    ("Agency", "BIS"), ("Technology", "AI chips"),
]


def test_no_server_errors_and_every_4xx_has_a_message(
    settings: Settings, engine: GraphEngine, figures  # type: ignore[no-untyped-def]
) -> None:
    store(engine, make_extraction(
        "st-0", SEED, [("SUPPLIES", 0, 1), ("TARGETS", 2, 0), ("IMPOSED", 3, 2),
                       ("RESTRICTS", 2, 4)],
    ))
    app = create_app(settings, engine)
    counts = {"cases": 0, "5xx": 0, "4xx": 0, "operations": 0}
    failures: list[str] = []
    with TestClient(app):  # runs the lifespan; schemathesis then calls the app in-process
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        for result in schema.get_all_operations():
            operation = result.ok()  # type: ignore[union-attr]
            counts["operations"] += 1
            for mode in ("positive", "negative"):
                _fuzz(operation, mode, counts, failures)
    figures("schemathesis_operations", counts["operations"])
    figures("schemathesis_cases", counts["cases"])
    figures("schemathesis_5xx", counts["5xx"])
    figures("schemathesis_4xx", counts["4xx"])
    assert counts["operations"] >= 10
    assert not failures, "\n".join(failures[:20])
    assert counts["5xx"] == 0


def _fuzz(operation: Any, mode: str, counts: dict[str, int], failures: list[str]) -> None:
    from schemathesis import GenerationMode

    strategy = operation.as_strategy(generation_mode=GenerationMode(mode))

    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def run(case: Any) -> None:
        headers = {"X-API-Key": API_KEY} if counts["cases"] % 2 == 0 else {}
        response = case.call(headers=headers)
        counts["cases"] += 1
        status = response.status_code
        where = f"{case.method} {case.formatted_path} {case.query} -> {status}"
        if status >= 500:
            counts["5xx"] += 1
            failures.append(f"{where}: {response.text[:300]}")
        elif status >= 400:
            counts["4xx"] += 1
            try:
                detail = response.json().get("detail")
            except ValueError:
                detail = None
            if not (isinstance(detail, str) and detail.strip()):
                failures.append(f"{where}: 4xx without a message: {response.text[:300]}")

    try:
        run()
    except Unsatisfiable:
        if mode == "positive":
            raise  # negative mode has nothing to break in an operation without inputs
