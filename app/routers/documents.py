"""Source documents: list, read, add (runs the loader), delete."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from app.deps import AppSettings, Engine, WriteAccess
from app.models import (
    ERROR_413,
    ERRORS,
    ERRORS_WRITE,
    DeleteResult,
    DocumentDetail,
    DocumentIn,
    DocumentList,
    LoadResult,
)
from app.routers.params import DEFAULT_LIMIT, DocumentId, Limit, Offset
from app.services import documents as document_service
from app.services.errors import InvalidRequest

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=DocumentList, responses={422: ERRORS[422],
                                                                  503: ERRORS[503]})
async def documents(engine: Engine, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict:
    """Loaded documents ordered by id: title, source, url, published, load time, word count
    and how many entities each mentions."""
    return await run_in_threadpool(
        document_service.list_documents, engine, limit=limit, offset=offset
    )


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            responses={404: ERRORS[404], 422: ERRORS[422], 503: ERRORS[503]})
async def document(engine: Engine, document_id: DocumentId) -> dict:
    """A document with its text, the entities it mentions (character spans into the text,
    flat `[start, end, ...]`) and the relationships it supports, each with this document's
    evidence sentences."""
    return await run_in_threadpool(document_service.get_document, engine, document_id)


@router.post(
    "/documents",
    response_model=LoadResult,
    status_code=201,
    dependencies=[WriteAccess],
    responses={200: {"model": LoadResult,
                     "description": "Nothing created: the document was `updated` (new url "
                                    "or date) or `unchanged`"},
               201: {"description": "The document was `loaded` (new) or `replaced` (new text "
                                    "or headline)"},
               **ERRORS_WRITE, **ERROR_413,
               415: ERRORS[422] | {"description": "Neither JSON nor multipart/form-data"},
               422: ERRORS[422], 503: ERRORS[503]},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": DocumentIn.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                },
            },
        }
    },
)
async def add_document(
    request: Request, response: Response, engine: Engine, settings: AppSettings
) -> dict:
    """Extract a document into the graph: JSON `{"title", "text", "url", "source"}` or a
    multipart upload of one file (`file`: .txt, .md, .html or .jsonl of one line).

    Runs the full loader (cleaning, spaCy, entity resolution, relationships with evidence) and
    writes the document all-or-nothing. The JSON `title` is the headline: it is read as the
    text's first line (unless the text begins with it), and its facts are extracted with the
    rest. A document is identified by its `source`, else its `url`, else its headline and
    text (an upload's file name names no document): a new identity is `loaded` (it never
    replaces another document; its id is a slug of the source, url or title, with a suffix
    when another document has that slug), the same identity with a new text or headline
    `replaced`, the same text with a new url or date `updated`, and otherwise `unchanged`.
    201 when it was loaded or replaced, 200 when updated or unchanged. Needs `X-API-Key`.
    """
    result = await _add(request, engine, settings)
    if result["status"] in ("updated", "unchanged"):
        response.status_code = 200
    return result


async def _add(request: Request, engine: Engine, settings: AppSettings) -> dict:
    """Read the request's document (JSON or one uploaded file) and load it."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            body = DocumentIn.model_validate_json(await request.body())
        except ValidationError as exc:
            raise InvalidRequest(f"invalid document JSON: {_first_error(exc)}") from exc
        return await run_in_threadpool(
            document_service.add_text, engine, body.title, body.text, body.url,
            source=body.source, max_bytes=settings.max_document_bytes,
        )
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidRequest("multipart upload needs a 'file' part holding the document")
        data = await upload.read()
        return await run_in_threadpool(
            document_service.add_upload, engine, upload.filename or "upload.txt", data,
            max_bytes=settings.max_document_bytes,
        )
    raise HTTPException(415, "send application/json {title, text, url, source} or "
                             "multipart/form-data with a 'file' part")


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"]) or "body"
    return f"{where}: {err['msg']}"


@router.delete("/documents/{document_id}", response_model=DeleteResult,
               dependencies=[WriteAccess],
               responses={**ERRORS_WRITE, 404: ERRORS[404], 422: ERRORS[422],
                          503: ERRORS[503]})
async def delete_document(engine: Engine, document_id: DocumentId) -> dict:
    """Remove a document, its mentions, the support it gave to every relationship (a
    relationship only it supported goes) and entities left with nothing. Needs `X-API-Key`."""
    return await run_in_threadpool(document_service.delete, engine, document_id)
