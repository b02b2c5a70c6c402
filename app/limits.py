"""Request body size limit: a pure ASGI middleware, so an oversized body is never buffered.

A request whose ``Content-Length`` is over the limit is answered ``413`` before its body is
read; a body sent without a length (chunked) is counted as it streams in and cut off with
``413`` as soon as it passes the limit. The limit is ``CHOKEPOINT_MAX_BODY_BYTES``
(:class:`app.settings.Settings`, default 10 MiB).
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_LARGE = 413


class BodyTooLarge(HTTPException):
    """The request body passed the limit (FastAPI turns it into a 413 with this message)."""

    def __init__(self, limit: int) -> None:
        super().__init__(TOO_LARGE, f"request body is larger than the limit of {limit} bytes")


class BodySizeLimit:
    """Refuse request bodies larger than `max_bytes` with ``413 {"detail": ...}``.

    >>> from fastapi import FastAPI
    >>> app = FastAPI()
    >>> app.add_middleware(BodySizeLimit, max_bytes=1024)
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _reply(send, BodyTooLarge(self.max_bytes).detail)
            return
        if declared is not None and declared < 0:
            await _reply(send, "invalid Content-Length header", status=400)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _reply(send, exc.detail)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return -1
    return None


async def _reply(send: Send, detail: str, status: int = TOO_LARGE) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    })
    await send({"type": "http.response.body", "body": body})
