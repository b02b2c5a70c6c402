"""The explorer page is served by the app itself, offline, outside the OpenAPI schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

from app.routers.ui import STATIC_DIR

IMPORT = re.compile(r"""^import\s[^;]*?from\s+"([^"]+)";""", re.MULTILINE)
ROOT = Path(__file__).resolve().parents[2]


def test_page_and_static_files_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/app.js">' in page.text
    for path in ("/static/app.js", "/static/style.css", "/static/vendor/cytoscape.esm.min.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.content
    assert client.get("/static/vendor/cytoscape.esm.min.js").headers["content-type"].startswith(
        "text/javascript"
    )
    assert client.get("/static/no-such-file.js").status_code == 404


def test_page_stays_out_of_the_api_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not any(p.startswith("/static") for p in paths)
    assert client.get("/docs").status_code == 200


def test_every_module_import_is_a_local_file() -> None:
    """No CDN: each ES module imports only files shipped in app/static."""
    scripts = sorted(STATIC_DIR.glob("*.js"))
    assert scripts
    for script in scripts:
        for target in IMPORT.findall(script.read_text()):
            assert target.startswith("./"), f"{script.name} imports {target}"
            assert (script.parent / target).is_file(), f"{script.name}: {target} is missing"
    html = (STATIC_DIR / "index.html").read_text()
    assert not re.search(r"""(src|href)="(https?:)?//""", html)


def test_vendored_cytoscape_matches_the_pinned_version() -> None:
    lock = json.loads((ROOT / "ui" / "package-lock.json").read_text())
    version = lock["packages"]["node_modules/cytoscape"]["version"]
    vendored = (STATIC_DIR / "vendor" / "cytoscape.esm.min.js").read_text()
    assert f'.version="{version}"' in vendored
    assert "MIT" in (STATIC_DIR / "vendor" / "cytoscape.LICENSE").read_text()
