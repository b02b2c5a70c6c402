"""The embedded engine: FalkorDB over the Redis protocol, with the server managed for you."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.base import (
    INT64_MAX,
    INT64_MIN,
    EngineUnavailable,
    GraphEngine,
    GraphError,
    Health,
    InvalidValue,
    QueryTimeout,
    Statement,
    Table,
    WriteSummary,
    check_numbers,
    ordered_labels,
)
from graph.embedded_server import EmbeddedServer
from queries import schema as ddl

T = TypeVar("T")
MAX_NESTING = 32
"""Deepest list/map nesting of a parameter (the client's encoder and parser recurse)."""
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


log = logging.getLogger(__name__)

class FalkorDBEngine(GraphEngine):
    """FalkorDB, started as a child process on this machine (see :class:`EmbeddedServer`).

    A write batch runs as one Cypher query (each statement a ``CALL { }`` unit subquery):
    FalkorDB applies a query whole or, on an error, undoes it, so the batch is atomic.
    """

    name = "embedded"
    dialect = "falkordb"

    def __init__(self, data_dir: Path, graph_name: str = "chokepoint", port: int | None = None):
        self.server = EmbeddedServer(data_dir, port=port)
        self.graph_name = graph_name
        self._lock = threading.Lock()
        self._restarted = ""
        self._connect()

    def _connect(self) -> None:
        endpoint = self.server.start()
        # One quick retry: a dead server is restarted by _call, not waited for with backoff.
        retry = Retry(NoBackoff(), 1)
        if endpoint.unix_socket:
            self.db = FalkorDB(unix_socket_path=endpoint.unix_socket, retry=retry)
        else:
            self.db = FalkorDB(host="127.0.0.1", port=endpoint.port, retry=retry)
        self.graph = self.db.select_graph(self.graph_name)

    def _call(self, fn: Callable[[], T]) -> T:
        """Run `fn`; if the server died, restart it once and retry."""
        try:
            return fn()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
            with self._lock:
                try:
                    if self.server.restart_if_dead():
                        self._restarted = f"engine process died ({exc}); restarted it"
                        log.warning("embedded engine: %s", self._restarted)
                        self._connect()
                except EngineUnavailable:
                    raise
                except Exception as restart_exc:  # noqa: BLE001
                    raise EngineUnavailable(
                        f"engine lost and not restarted: {restart_exc}"
                    ) from exc
            try:
                return fn()
            except redis.exceptions.RedisError as again:
                raise EngineUnavailable(f"embedded engine unreachable: {again}") from again
        except redis.exceptions.ResponseError as exc:
            message = str(exc)
            if "timed out" in message.lower():
                raise QueryTimeout(f"query cut off at its time limit: {message}") from exc
            raise GraphError(message) from exc
        except RecursionError as exc:  # the client's reply parser recurses per nesting level
            raise InvalidValue("the statement's result is nested too deeply to read") from exc

    # -- reads ------------------------------------------------------------------------------
    def read_table(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Table:
        exact: dict[float, float] = {}
        header = parameter_header(params, exact)
        result = self._call(lambda: self._ro_query(header, cypher, params, max_rows, timeout_ms))
        columns = [str(h[1]) for h in result.header]
        converter = _Converter(exact)
        rows = [dict(zip(columns, (converter.value(v) for v in row), strict=True))
                for row in result.result_set[:max_rows]]
        converter.resolve(self)
        return Table(columns, rows)

    def _ro_query(
        self,
        header: str,
        cypher: str,
        params: dict[str, Any] | None,
        max_rows: int | None,
        timeout_ms: int | None,
    ) -> Any:
        """Run `cypher` read-only after `header` (:func:`parameter_header` of `params`);
        with `max_rows`, the engine itself stops there.

        FalkorDB's client has no streaming: it reads the whole reply at once. So a bounded
        statement runs as a subquery under a LIMIT (its columns then come in name order;
        :func:`queries.statement.return_columns` restores the statement's order). A bare
        procedure call (``CALL db.labels()``, nothing in scope to return) cannot be wrapped
        and runs as it is: its rows are bounded by the schema or an index anyway.
        """
        if max_rows is not None:
            bounded = f"CALL {{\n{cypher}\n}}\nRETURN * LIMIT {int(max_rows)}"
            try:
                return self.graph.ro_query(_checked(header, bounded, params), timeout=timeout_ms)
            except redis.exceptions.ResponseError as exc:
                if "no variables in scope" not in str(exc):
                    raise
        return self.graph.ro_query(_checked(header, cypher, params), timeout=timeout_ms)

    # -- writes -----------------------------------------------------------------------------
    def write(self, statements: Sequence[Statement]) -> WriteSummary:
        if not statements:
            return WriteSummary()
        if len(statements) == 1:
            cypher, params = statements[0]
        else:
            cypher, params = combine(statements)
        text = with_parameters(cypher, params)
        result = self._call(lambda: self.graph.query(text))
        return WriteSummary(
            nodes_created=int(result.nodes_created),
            nodes_deleted=int(result.nodes_deleted),
            relationships_created=int(result.relationships_created),
            relationships_deleted=int(result.relationships_deleted),
            properties_set=int(result.properties_set),
        )

    # -- schema -----------------------------------------------------------------------------
    def bootstrap_schema(self) -> None:
        def existing() -> set[tuple[str, str]]:
            rows = self.graph.query(ddl.FALKORDB_LIST_INDEXES.text(self.dialect)).result_set
            return {(label, prop) for label, props in rows for prop in props}

        have = self._call(existing)
        for label, prop in ddl.INDEXED:
            if (label, prop) not in have:
                text = ddl.CREATE_INDEX.text(self.dialect, label=label, prop=prop)
                self._create(partial(self.graph.query, text))
        constraints = self._call(
            lambda: self.graph.query(ddl.FALKORDB_LIST_CONSTRAINTS.text(self.dialect))
        ).result_set
        unique = {(row[1], tuple(row[2])) for row in constraints if row[0] == "UNIQUE"}
        for label in ddl.UNIQUE_ID_LABELS:
            if (label, ("id",)) not in unique:
                self._create(partial(self.graph.create_node_unique_constraint, label, "id"))

    def _create(self, create: Callable[[], Any]) -> None:
        """Run a schema change that another process starting at the same moment may have
        made first (FalkorDB has no IF NOT EXISTS): that is no error."""
        try:
            self._call(create)
        except GraphError as exc:
            if "already" not in str(exc):
                raise

    def clear(self) -> None:
        def drop() -> None:
            if self.graph_name in self.db.list_graphs():
                self.graph.delete()

        self._call(drop)
        self.graph = self.db.select_graph(self.graph_name)
        self.bootstrap_schema()

    # -- lifecycle --------------------------------------------------------------------------
    def health(self) -> Health:
        note, self._restarted = self._restarted, ""
        if not self.server.alive():
            try:
                with self._lock:
                    self.server.restart_if_dead()
                    self._connect()
            except EngineUnavailable as exc:
                return Health(self.name, False, f"embedded engine is down: {exc}")
            log.warning("embedded engine: the process was down; restarted it")
            return Health(self.name, False, "embedded engine process was down; restarted it")
        return Health(
            self.name, True, note, {"endpoint": self.server.endpoint.describe()}  # type: ignore[union-attr]
        )

    def close(self) -> None:
        try:
            self.db.connection.close()
        finally:
            self.server.stop()


def with_parameters(cypher: str, params: dict[str, Any] | None) -> str:
    """The query text FalkorDB runs: a ``CYPHER k=v ...`` header inlining `params`
    (:func:`parameter_header`), then `cypher`, with what FalkorDB would misread refused
    (:func:`check_input`).

    >>> with_parameters("RETURN $v", {"v": ["a", 1, None, {"k": 2.5}]})
    'CYPHER `v`=["a",1,null,{`k`:2.5}] RETURN $v'
    """
    return _checked(parameter_header(params), cypher, params)


def parameter_header(
    params: dict[str, Any] | None, exact: dict[float, float] | None = None
) -> str:
    """``CYPHER k=v ... `` inlining `params` ("" without any), numbers FalkorDB cannot hold
    exactly refused (:func:`graph.base.check_number`: it would clamp a larger integer and
    cannot parse NaN or infinity).

    FalkorDB takes parameters only as Cypher literals in that header. This encodes them the
    way its client does (strings double-quoted, backslash and quote escaped; map keys and
    parameter names backticked), but checks names, numbers and nesting while encoding.
    Floats go in exactly (Python's shortest round-trip form); `exact`, when given, collects
    the floats a reply would not give back as they were (see :class:`_Converter`).

    >>> parameter_header({"x": 1, "y": "a"})
    'CYPHER `x`=1 `y`="a" '
    """
    if not params:
        return ""
    floats: dict[float, float | None] = {}
    try:
        header = " ".join(
            f"`{_name(key, 'parameter')}`={_literal(value, key, 0, floats)}"
            for key, value in params.items()
        )
    except _BadNumber as exc:
        check_numbers({exc.param: params[exc.param]})  # raises, naming where in it
        raise AssertionError("check_numbers accepted a number _literal refused") from exc
    if exact is not None:
        exact.update({k: v for k, v in floats.items() if v is not None})
    return f"CYPHER {header} "


def _checked(header: str, cypher: str, params: dict[str, Any] | None) -> str:
    """`header` + `cypher`, refused if it holds a NUL character (looked for once, in the
    finished text, instead of walking every value twice)."""
    text = header + cypher
    if "\x00" in text:
        check_input(cypher, params)  # names the statement or parameter that holds it
        raise InvalidValue("the statement or a parameter contains a NUL character (\\x00)")
    return text


def _name(key: object, what: str) -> str:
    """A parameter name as the header writes it (between backticks), checked."""
    text = str(key)
    if text == "" or "`" in text:
        _check_key(text, what)
    return text


def _literal(value: Any, param: str, depth: int, floats: dict[float, float | None]) -> str:
    """`value` of parameter `param` as a Cypher literal (the text ``falkordb.helpers``'
    encoder writes); numbers, map keys and nesting depth are checked on the way, and each
    float that a reply would change is recorded in `floats` (:func:`_as_replied`; None when
    two floats would come back as the same value)."""
    if depth > MAX_NESTING:
        raise InvalidValue(f"parameter {param!r} is nested deeper than {MAX_NESTING} levels")
    kind = type(value)
    if kind is int:
        if not INT64_MIN <= value <= INT64_MAX:
            raise _BadNumber(param)
        return str(value)
    if kind is float:
        if not math.isfinite(value):
            raise _BadNumber(param)
        replied = _as_replied(value)
        if replied != value:
            floats[replied] = value if floats.get(replied, value) == value else None
        return str(value)
    if kind is str or isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, list | tuple):
        return "[" + ",".join([_literal(v, param, depth + 1, floats) for v in value]) + "]"
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            key = str(k)
            if key == "" or "`" in key:
                _check_key(key, f"parameter {param!r}: map key")
            parts.append(f"`{key}`:{_literal(v, param, depth + 1, floats)}")
        return "{" + ",".join(parts) + "}"
    return str(value)


def check_input(cypher: str, params: dict[str, Any] | None) -> None:
    """Refuse what FalkorDB would misread: it parses text up to the first NUL character only,
    its client cannot send an empty or backticked parameter or map key, and it recurses once
    per nesting level of a parameter (more than :data:`MAX_NESTING` levels are refused).

    >>> try:
    ...     check_input("RETURN $v", {"v": "a\\x00b"})
    ... except InvalidValue as exc:
    ...     print(exc)
    parameter 'v' contains a NUL character (\\x00), which the embedded engine cannot store
    """
    if "\x00" in cypher:
        raise InvalidValue("the statement contains a NUL character (\\x00)")
    for key, value in (params or {}).items():
        _check_value(value, f"parameter {key!r}")
        _check_key(key, "parameter")


def _check_key(key: object, what: str) -> None:
    text = str(key)
    if text == "" or "`" in text or "\x00" in text:
        raise InvalidValue(f"{what} name {text!r} is empty or contains a backtick or NUL character")


def _check_value(value: Any, where: str, depth: int = 0) -> None:
    if depth > MAX_NESTING:
        raise InvalidValue(f"{where} is nested deeper than {MAX_NESTING} levels")
    if isinstance(value, str):
        if "\x00" in value:
            raise InvalidValue(
                f"{where} contains a NUL character (\\x00), which the embedded engine cannot store"
            )
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_key(k, f"{where}: map key")
            _check_value(v, where, depth + 1)
    elif isinstance(value, list | tuple):
        for v in value:
            _check_value(v, where, depth + 1)


def combine(statements: Sequence[Statement]) -> Statement:
    """Fold write statements into one query of ``CALL { }`` unit subqueries.

    Parameters are renamed per statement (``$rows`` of statement 2 becomes ``$s2_rows``), so
    statements that use the same names do not clash.

    >>> text, params = combine([("UNWIND $rows AS r CREATE (:A {v: r})", {"rows": [1]}),
    ...                         ("MATCH (a:A) SET a.x = $x", {"x": 2})])
    >>> print(text)
    CALL { UNWIND $s0_rows AS r CREATE (:A {v: r}) }
    CALL { MATCH (a:A) SET a.x = $s1_x }
    RETURN 1
    >>> params
    {'s0_rows': [1], 's1_x': 2}
    """
    parts: list[str] = []
    merged: dict[str, Any] = {}
    for i, (cypher, params) in enumerate(statements):
        prefix = f"s{i}_"
        renamed = _PARAM.sub(lambda m, p=prefix: "$" + p + m.group(1), cypher)  # type: ignore[misc]
        parts.append("CALL { " + renamed + " }")
        merged.update({prefix + k: v for k, v in params.items()})
    return "\n".join(parts) + "\nRETURN 1", merged


class _BadNumber(Exception):
    """A number in parameter `param` that :func:`graph.base.check_number` refuses."""

    def __init__(self, param: str) -> None:
        super().__init__(param)
        self.param = param


def _as_replied(value: float) -> float:
    """The float a FalkorDB reply gives back for `value`: the server writes every double of
    a reply with 15 significant digits (``%.15g``), which this process reads back.

    >>> _as_replied(0.1), _as_replied(2.0 ** 53), _as_replied(1.7976931348623157e308)
    (0.1, 9007199254740990.0, inf)
    """
    return float(f"{value:.15g}")


class _Converter:
    """FalkorDB result values to the engine-neutral plain shapes of :mod:`graph.base`.

    `exact` maps the float a reply gives back for a float parameter (:func:`_as_replied`) to
    that parameter, for the floats whose 16th or 17th digit the reply drops (or that it
    turns into infinity: the largest doubles). A reply double equal to such a value is read
    as the parameter: the value the engine held lies within the same 15-digit rounding as
    the parameter, so a parameter the statement returns comes back exactly and nothing
    comes back further off than the reply's own rounding. Two parameters that round alike
    are left out (the reply cannot tell them apart).
    """

    def __init__(self, exact: dict[float, float] | None = None) -> None:
        self.by_internal: dict[int, str] = {}
        self.pending: list[dict[str, Any]] = []
        self.exact = exact or {}

    def value(self, v: Any) -> Any:
        if type(v) is float:
            return self.exact.get(v, v) if self.exact else v
        if isinstance(v, Node):
            return self.node(v)
        if isinstance(v, Edge):
            return self.edge(v)
        if isinstance(v, FPath):
            return {
                "nodes": [self.node(n) for n in v.nodes()],
                "relationships": [self.edge(e) for e in v.edges()],
            }
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {k: self.value(x) for k, x in v.items()}
        return v

    def properties(self, props: dict[str, Any]) -> dict[str, Any]:
        if not self.exact:
            return dict(props)
        return {k: self.value(v) for k, v in props.items()}

    def node(self, n: Node) -> dict[str, Any]:
        props = self.properties(n.properties)
        node_id = props.get("id", n.id)
        if n.id is not None:
            self.by_internal[n.id] = node_id
        return {"id": node_id, "labels": ordered_labels(n.labels or []), "properties": props}

    def edge(self, e: Edge) -> dict[str, Any]:
        out = {
            "type": e.relation,
            "start": e.src_node,
            "end": e.dest_node,
            "properties": self.properties(e.properties),
        }
        self.pending.append(out)
        return out

    def resolve(self, engine: FalkorDBEngine) -> None:
        """Replace internal node ids on relationships by the nodes' ``id`` properties."""
        missing = {
            x for e in self.pending for x in (e["start"], e["end"])
            if isinstance(x, int) and x not in self.by_internal
        }
        if missing:
            rows = engine.graph.ro_query(ddl.FALKORDB_IDS_BY_INTERNAL.text(engine.dialect),
                                         {"ids": sorted(missing)}).result_set
            self.by_internal.update({int(i): node_id for i, node_id in rows})
        for e in self.pending:
            e["start"] = self.by_internal.get(e["start"], e["start"])
            e["end"] = self.by_internal.get(e["end"], e["end"])
