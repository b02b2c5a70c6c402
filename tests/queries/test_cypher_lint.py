"""Neo4j's own parser and semantic analysis over every statement in queries/ (Neo4j form).

The linter is the npm package ``@neo4j-cypher/language-support`` (installed by
``make lint-deps``); tests/cypher_lint/lint.mjs lints all statements in one Node process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from graph.schema import ALL_LABELS, ALL_REL_TYPES
from queries import REGISTRY

LINT_DIR = Path(__file__).resolve().parents[1] / "cypher_lint"
LINT_TIMEOUT_S = 300
# A label or type the ontology does not know is only a warning to Neo4j; here it is an error.
_UNKNOWN_SCHEMA = ("Label ", "Relationship type ")


def lint(statements: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Lint ``[{name, cypher, params}]`` with the ontology as schema; diagnostics by name."""
    if shutil.which("node") is None:
        pytest.skip("the Neo4j grammar check needs Node.js ('node' is not on PATH)")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.fail(f"the Cypher linter is not installed in {LINT_DIR}: run `make lint-deps`")
    payload = {
        "schema": {"labels": list(ALL_LABELS), "relationshipTypes": list(ALL_REL_TYPES)},
        "statements": statements,
    }
    proc = subprocess.run(
        ["node", "lint.mjs"],
        cwd=LINT_DIR,
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=LINT_TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, f"lint.mjs failed ({proc.returncode}): {proc.stderr}"
    return {r["name"]: r["diagnostics"] for r in json.loads(proc.stdout)}


def _fails(d: dict[str, Any]) -> bool:
    message: str = d["message"]
    unknown = message.startswith(_UNKNOWN_SCHEMA) and "not present in the database" in message
    return d["severity"] == "error" or unknown


def errors(diagnostics: list[dict[str, Any]]) -> list[str]:
    """Messages that fail the check: errors, and references to labels/types outside the ontology."""
    return [f"{d['line']}:{d['column']} {d['message']}" for d in diagnostics if _fails(d)]


def test_every_statement_passes_neo4j_lint() -> None:
    statements = [
        {"name": q.name, "cypher": q.example_text("neo4j"), "params": list(q.params)}
        for q in REGISTRY.values()
    ]
    results = lint(statements)
    assert set(results) == set(REGISTRY)
    for name, diagnostics in sorted(results.items()):
        for d in diagnostics:
            if d["severity"] != "error":
                print(f"{name}: {d['severity']} {d['line']}:{d['column']} {d['message']}")
    failing = {name: errors(diags) for name, diags in results.items() if errors(diags)}
    assert not failing, "Neo4j rejects these statements:\n" + json.dumps(failing, indent=2)


def test_lint_catches_broken_statements() -> None:
    results = lint([
        {"name": "syntax", "cypher": "MATCH (a:Entity {id: $id} RETURN a", "params": ["id"]},
        {"name": "undefined", "cypher": "MATCH (a:Entity) RETURN b", "params": []},
        {"name": "undeclared_param", "cypher": "MATCH (a:Entity {id: $id}) RETURN a", "params": []},
        {"name": "unknown_label", "cypher": "MATCH (a:Vessel) RETURN a", "params": []},
        {"name": "deprecated", "cypher": "MATCH (a:Entity) RETURN id(a) AS i", "params": []},
        {"name": "good", "cypher": "MATCH (a:Entity {id: $id})-[:SUPPLIES*1..4]->(b) RETURN b",
         "params": ["id"]},
    ])
    assert any("Invalid input" in e for e in errors(results["syntax"])), results["syntax"]
    assert any("`b` not defined" in e for e in errors(results["undefined"])), results["undefined"]
    assert any("$id" in e for e in errors(results["undeclared_param"]))
    assert any("Vessel" in e for e in errors(results["unknown_label"]))
    assert errors(results["deprecated"]) == []
    assert any("deprecated" in d["message"] for d in results["deprecated"])
    assert results["good"] == []
