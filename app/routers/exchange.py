"""Export the graph (node-link JSON, GraphML, GEXF, CSV zip) and import node-link JSON."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from app.deps import Engine, WriteAccess
from app.models import ERROR_413, ERRORS, ERRORS_WRITE, ImportResult, NodeLinkGraph
from app.routers.params import MAX_ID_LENGTH
from app.services import exchange
from queries import MAX_HOPS

router = APIRouter(tags=["exchange"])
EXTENSIONS = {"node-link": "json", "graphml": "graphml", "gexf": "gexf", "csv": "zip"}


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The graph in the asked format: node-link JSON (this schema), "
            "GraphML or GEXF XML, or a zip of nodes.csv and edges.csv",
            "model": NodeLinkGraph,
            "content": {
                "application/xml": {"schema": {"type": "string"}},
                "application/zip": {"schema": {"type": "string", "format": "binary"}},
            },
        },
        404: ERRORS[404],
        422: ERRORS[422],
        503: ERRORS[503],
    },
)
def export(
    engine: Engine,
    format: Annotated[  # noqa: A002
        Literal["node-link", "graphml", "gexf", "csv"], Query(description="Output format")
    ] = "node-link",
    focus: Annotated[
        str | None,
        Query(min_length=1, max_length=MAX_ID_LENGTH,
              description="Entity id: export only its neighbourhood"),
    ] = None,
    hops: Annotated[
        int | None,
        Query(ge=1, le=MAX_HOPS,
              description=f"With focus only: hop bound, 1..{MAX_HOPS} (default 2)"),
    ] = None,
) -> Response:
    """The whole graph, or the `hops`-neighbourhood of entity `focus` (fact relationships in
    either direction, without documents).

    `node-link` is networkx `node_link_data(G, edges="edges")` of a MultiDiGraph keyed by
    relationship type: nodes with `id`, `label`, `name`, `aliases` and their properties; edges
    with `source`, `target`, `type`, `confidence` and `sources` (objects with doc, sentence,
    offsets, confidence, method), and `curated_confidence` on curated facts (see `POST
    /import`). Sorted and rounded, so the same graph gives the same bytes.
    `graphml` and `gexf` hold the same data with lists as JSON text; `csv` is a zip of
    `nodes.csv` and `edges.csv`. Load it in a notebook with `app.notebook.to_networkx()`.
    """
    body = exchange.export_bytes(engine, format, focus, hops)
    name = f"chokepoint.{EXTENSIONS[format]}"
    return Response(
        body,
        media_type=exchange.MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post(
    "/import",
    response_model=ImportResult,
    dependencies=[WriteAccess],
    responses={
        **ERRORS_WRITE,
        413: ERROR_413[413] | {"description": "Body over `CHOKEPOINT_MAX_BODY_BYTES` (10 MiB "
                               "by default): import a larger file with "
                               "`chokepoint import FILE`"},
        422: ERRORS[422],
        503: ERRORS[503],
    },
)
async def import_graph(
    engine: Engine,
    data: Annotated[
        dict[str, Any],
        Body(description="Node-link JSON in the export's format (`nodes` and `edges` lists)"),
    ],
) -> dict:
    """Merge node-link JSON (as `GET /export?format=node-link` writes it) into the graph.

    Node ids must be `<label in lower case>:<slug>` (`company:huawei`; the slug in lower-case
    ASCII letters and digits, words joined by single `-`). Labels and relationship types are
    checked against the ontology (with each type's allowed start and end labels), every edge
    end must be a node of the file or of the graph, and properties must be strings, numbers,
    booleans or lists of those. Any error: 422 listing them, and nothing is written;
    otherwise everything is written in one transaction. Importing an export into an empty
    store gives the same graph; importing it again adds nothing.

    An edge without `sources`, or with `curated_confidence`, is a curated fact: its
    confidence (`curated_confidence`, else `confidence`, else 1) is kept as support of its
    own beside any document sources, so loading or deleting documents never lowers it or
    removes the fact; an already extracted fact keeps its sources and becomes curated.

    The body is limited to `CHOKEPOINT_MAX_BODY_BYTES` (10 MiB by default; larger: 413), so
    the export of a bigger graph goes back in with `chokepoint import FILE` (no body limit;
    all-or-nothing up to 1,000,000 nodes plus edges, larger files with `--no-atomic`, batch
    by batch). Needs `X-API-Key`.
    """
    summary = await run_in_threadpool(exchange.import_node_link, engine, data)
    return summary.as_dict()
