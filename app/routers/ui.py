"""The graph explorer page: ``/`` serves index.html, ``/static/...`` its scripts and styles.

The page is plain HTML and ES modules that call only the public API; its one library
(cytoscape.js) is vendored under ``app/static/vendor`` (``make vendor``), so it works offline.
None of this appears in the OpenAPI schema.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=FileResponse)
def index() -> FileResponse:
    """The explorer page."""
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


def install(app: FastAPI) -> None:
    """Add the explorer page and its static files to `app`.

    >>> from fastapi.testclient import TestClient
    >>> app = FastAPI()
    >>> install(app)
    >>> client = TestClient(app)
    >>> client.get("/").status_code, client.get("/static/app.js").status_code
    (200, 200)
    """
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
