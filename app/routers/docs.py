"""The API documentation pages, ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), served offline.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so they are blank without internet
(and analysts often work air-gapped). These pages load the same libraries from the app's
static files instead (``app/static/vendor``, pinned in ``ui/package-lock.json`` and copied by
``make vendor``), with no web fonts, no remote favicon and Swagger UI's online validator off:
and a Content-Security-Policy that lets the browser load nothing from elsewhere (ReDoc's
sidebar shows its maker's logo from cdn.redoc.ly; the policy stops that request, and ReDoc
hides the image). None of this appears in the OpenAPI schema.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

VENDOR = "/static/vendor"
"""Where :func:`app.routers.ui.install` serves the vendored libraries."""

OFFLINE_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",  # the page's inline start-up script
    "style-src 'self' 'unsafe-inline'",  # both libraries inject their styles
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",  # ReDoc's search index runs in a blob worker
])
"""The docs pages' Content-Security-Policy: everything from this app, nothing from outside."""

router = APIRouter(include_in_schema=False)


def _prefix(request: Request) -> str:
    """The app's mount point behind a proxy (``root_path``), "" when served at the root."""
    return str(request.scope.get("root_path", "")).rstrip("/")


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    """Interactive API documentation (Swagger UI) from the app's own static files."""
    root = _prefix(request)
    app = request.app
    page = get_swagger_ui_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} - API docs",
        swagger_js_url=f"{root}{VENDOR}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{VENDOR}/swagger-ui.css",
        swagger_favicon_url=f"{root}{VENDOR}/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None},
    )
    page.headers["Content-Security-Policy"] = OFFLINE_POLICY
    return page


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    """Reference API documentation (ReDoc) from the app's own static files."""
    root = _prefix(request)
    app = request.app
    page = get_redoc_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} - API reference",
        redoc_js_url=f"{root}{VENDOR}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{VENDOR}/favicon-32x32.png",
        with_google_fonts=False,
    )
    page.headers["Content-Security-Policy"] = OFFLINE_POLICY
    return page


def install(app: FastAPI) -> None:
    """Serve ``/docs`` and ``/redoc`` on `app` (created with ``docs_url=None, redoc_url=None``).

    >>> from fastapi.testclient import TestClient
    >>> from app.routers import ui
    >>> app = FastAPI(docs_url=None, redoc_url=None)
    >>> install(app); ui.install(app)
    >>> page = TestClient(app).get("/docs").text
    >>> "/static/vendor/swagger-ui-bundle.js" in page, "cdn.jsdelivr.net" in page
    (True, False)
    """
    app.include_router(router)
