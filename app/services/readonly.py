"""Read-only Cypher for power users: the statement guard of :mod:`queries.statement` before
the engine, a read-only engine call behind it (FalkorDB ``GRAPH.RO_QUERY``; a Neo4j read
transaction), and a row limit and timeout around it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from app.services.errors import InvalidRequest, WriteRefused
from graph.base import (
    EngineUnavailable,
    GraphEngine,
    GraphError,
    InvalidValue,
    QueryTimeout,
    check_numbers,
)
from queries.statement import (
    StatementError,
    WritingStatement,
    check_nesting,
    check_read_only,
    return_columns,
    without_trailing_semicolon,
)

PARAMETER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RO_REFUSAL = "read-only"


def _ordered(fields: list[str], statement: str) -> list[str]:
    """`fields` in the order the statement's RETURN names them, when it names exactly them."""
    columns = return_columns(statement)
    return columns if columns is not None and sorted(columns) == sorted(fields) else fields


def _check_parameters(value: Any, top: bool = True) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if top and not PARAMETER_NAME.fullmatch(key):
                raise InvalidRequest(f"parameter name {key!r} must be letters, digits and '_'")
            if not top and (not key or "`" in key):
                raise InvalidRequest(f"map key {key!r} must be non-empty and without backticks")
            _check_parameters(item, top=False)
    elif isinstance(value, list):
        for item in value:
            _check_parameters(item, top=False)


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def run_read_only(
    engine: GraphEngine,
    statement: str,
    parameters: dict[str, Any] | None = None,
    *,
    max_rows: int = 1000,
    timeout_ms: int = 5000,
) -> dict[str, Any]:
    """Run a read-only statement; rows in the Neo4j Query API shape (``data.fields``,
    ``data.values``), cut at `max_rows` (``truncated``) and at `timeout_ms`.

    The engine stops the statement after `max_rows` + 1 rows (the one more says whether it
    was truncated), so a statement matching millions of rows costs no more memory than
    `max_rows`; ``total`` is the number of rows returned.

    >>> from app.settings import Settings; from graph import open_engine
    >>> engine = open_engine(Settings(CHOKEPOINT_DATA_DIR="/tmp/chokepoint-doctest",
    ...                               CHOKEPOINT_GRAPH="doctest_query"))
    >>> run_read_only(engine, "RETURN 1 AS one")["data"]
    {'fields': ['one'], 'values': [[1]]}
    >>> engine.close()
    """
    try:
        check_read_only(statement)
        check_nesting(statement)
    except WritingStatement as exc:
        raise WriteRefused(str(exc)) from exc
    except StatementError as exc:
        raise InvalidRequest(str(exc)) from exc
    statement = without_trailing_semicolon(statement)
    params = parameters or {}
    _check_parameters(params)
    try:
        check_numbers(params)
    except InvalidValue as exc:
        raise InvalidRequest(str(exc)) from exc
    try:
        table = engine.read_table(statement, params, timeout_ms=timeout_ms, max_rows=max_rows + 1)
    except (QueryTimeout, EngineUnavailable):
        raise
    except GraphError as exc:
        if _RO_REFUSAL in str(exc).lower() or "write" in str(exc).lower():
            raise WriteRefused(f"refused by the engine: {exc}") from exc
        raise InvalidRequest(f"Cypher error: {exc}") from exc
    rows = table.rows
    fields = _ordered(table.columns, statement)
    values = [[_plain(row[f]) for f in fields] for row in rows[:max_rows]]
    return {
        "data": {"fields": fields, "values": values},
        "total": len(values),
        "limit": max_rows,
        "offset": 0,
        "truncated": len(rows) > max_rows,
    }
