"""One router per concern; each endpoint is thin and calls into queries/ through services.

Endpoints with a response model are ``async def`` and run their blocking service call with
``run_in_threadpool``: for a plain ``def`` endpoint FastAPI hands the request to its thread
pool twice (the call, then the response-model validation), for an ``async`` one once; the
validation and the JSON encoding then run on the event loop. Endpoints that return a ready
``Response`` (``GET /export``, and the pages of :mod:`app.routers.docs` and
:mod:`app.routers.ui`) have no model to validate and are plain ``def``: their one hand-off
to the thread pool covers the whole work.
"""
