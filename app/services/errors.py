"""Errors the services raise; app/main.py maps each to its HTTP status."""

from __future__ import annotations


class NotFound(LookupError):
    """No entity, document, sanction or relationship with that id (HTTP 404)."""


class InvalidRequest(ValueError):
    """A parameter or body that is well-formed but wrong for the graph (HTTP 422)."""


class WriteRefused(PermissionError):
    """A read-only statement that would write (HTTP 403)."""


class GraphChanged(RuntimeError):
    """The graph changed between the reads of one answer, again and again (HTTP 503): a
    relationship one read found was gone at the next, while documents were being written."""
