"""The API's documentation: /docs and /redoc served from the app's own files, and an OpenAPI
schema that documents every response shape, every body limit and every path parameter."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models import NodeLinkGraph
from graph.base import GraphEngine

LIBRARIES = {
    "/docs": ["/static/vendor/swagger-ui-bundle.js", "/static/vendor/swagger-ui.css"],
    "/redoc": ["/static/vendor/redoc.standalone.js"],
}


@pytest.mark.parametrize("page", sorted(LIBRARIES))
def test_docs_pages_load_only_the_apps_own_files(client: TestClient, page: str) -> None:
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    # Every URL the page names is the app's own (no CDN, no web fonts, no remote favicon).
    urls = re.findall(r"""(?:src|href|url)\s*[=:]\s*["']([^"']+)["']""", html)
    assert urls and all(u.startswith("/") for u in urls), urls
    assert "/openapi.json" in urls
    for library in LIBRARIES[page]:
        assert library in urls
        asset = client.get(library)
        assert asset.status_code == 200 and len(asset.content) > 100_000, library
    # ... and the browser is told to load nothing from anywhere else.
    policy = r.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data:" in policy


def test_swagger_ui_validator_is_off(client: TestClient) -> None:
    """Swagger UI would otherwise send the schema to validator.swagger.io."""
    assert '"validatorUrl": null' in client.get("/docs").text


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in spec["paths"].items()
            for method, op in item.items()]


def test_export_documents_its_node_link_schema(client: TestClient, chain: GraphEngine) -> None:
    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/export"]["get"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"]["$ref"].endswith("/NodeLinkGraph")
    assert set(content) == {"application/json", "application/xml", "application/zip"}
    node_link = spec["components"]["schemas"]["NodeLinkGraph"]
    assert set(node_link["required"]) == {"nodes", "edges"}
    # The documented schema is the one the export really has.
    exported = client.get("/export").json()
    graph = NodeLinkGraph.model_validate(exported)
    assert len(graph.nodes) == len(exported["nodes"]) == 9
    facts = [e for e in graph.edges if e.type != "MENTIONED_IN"]
    assert facts and all(e.sources and e.confidence is not None for e in facts)
    mentions = [e for e in graph.edges if e.type == "MENTIONED_IN"]
    assert mentions and all(e.spans and e.count for e in mentions)


def test_every_endpoint_with_a_body_documents_413(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    with_body = [(p, m, op) for p, m, op in _operations(spec) if "requestBody" in op]
    assert {(p, m) for p, m, _ in with_body} >= {
        ("/import", "post"), ("/query", "post"), ("/documents", "post")}
    for path, method, op in with_body:
        assert "413" in op["responses"], (path, method)
        assert op["responses"]["413"]["description"], (path, method)


def test_every_path_parameter_is_described(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    parameters = [
        (path, p["name"], p.get("description"))
        for path, _, op in _operations(spec)
        for p in op.get("parameters", [])
        if p["in"] == "path"
    ]
    assert len(parameters) >= 8
    assert [(path, name) for path, name, text in parameters if not text] == []


def test_the_body_limit_answer_matches_its_documentation(
    client: TestClient, settings: Any
) -> None:
    too_big = b"{" + b" " * settings.max_body_bytes + b"}"
    r = client.post("/query", content=too_big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert str(settings.max_body_bytes) in r.json()["detail"]


def test_the_api_version_is_the_packages(client: TestClient) -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    spec = client.get("/openapi.json").json()
    assert spec["info"]["version"] == pyproject["project"]["version"]


def test_post_documents_documents_both_success_codes(client: TestClient) -> None:
    responses = client.get("/openapi.json").json()["paths"]["/documents"]["post"]["responses"]
    assert "unchanged" in responses["200"]["description"]
    assert "loaded" in responses["201"]["description"]
