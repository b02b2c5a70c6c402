"""The one interface every storage engine implements, and the plain data it returns.

Engines return plain Python data of one shape, whatever the engine:

- a node is ``{"id": ..., "labels": [...], "properties": {...}}`` (``id`` is the node's ``id``
  property, the stable ``label:slug``),
- a relationship is ``{"type": ..., "start": ..., "end": ..., "properties": {...}}`` with
  ``start``/``end`` the ``id`` properties of its end nodes,
- a path is ``{"nodes": [node, ...], "relationships": [relationship, ...]}`` in path order.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Self

Row = dict[str, Any]
Statement = tuple[str, dict[str, Any]]
"""A Cypher text and its parameters."""
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def ordered_labels(labels: Iterable[str]) -> list[str]:
    """A node's labels in the one order every engine returns: ``Entity`` first, then sorted.

    >>> ordered_labels({"Company", "Entity"})
    ['Entity', 'Company']
    """
    return sorted(labels, key=lambda label: (label != "Entity", label))


class GraphError(RuntimeError):
    """A statement the engine refused or failed to run (syntax, constraint, timeout)."""


class QueryTimeout(GraphError):
    """A read ran past its time limit and was cut off."""


class InvalidValue(GraphError):
    """A statement or parameter the engine cannot take as given (e.g. a NUL character)."""


class EngineUnavailable(GraphError):
    """The engine cannot be reached or started; the message says why."""


@dataclass
class WriteSummary:
    """What a write batch changed."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def add(self, other: WriteSummary) -> None:
        self.nodes_created += other.nodes_created
        self.nodes_deleted += other.nodes_deleted
        self.relationships_created += other.relationships_created
        self.relationships_deleted += other.relationships_deleted
        self.properties_set += other.properties_set


@dataclass
class Table:
    """A read's column names, in the statement's order where the engine keeps it, and rows."""

    columns: list[str]
    rows: list[Row]


def check_number(value: int | float, where: str) -> None:
    """Refuse a number no engine holds exactly: an integer outside the signed 64-bit range
    (FalkorDB would clamp it, Neo4j's driver refuses it) or a float that is NaN or infinite
    (FalkorDB cannot take one as a parameter).

    >>> try:
    ...     check_number(2**63, "parameter 'x'")
    ... except InvalidValue as exc:
    ...     print(exc)  # doctest: +ELLIPSIS
    parameter 'x' is 9223372036854775808, outside the 64-bit integer range ...
    """
    if type(value) is int and not INT64_MIN <= value <= INT64_MAX:
        raise InvalidValue(
            f"{where} is {value}, outside the 64-bit integer range {INT64_MIN}..{INT64_MAX}"
        )
    if type(value) is float and not math.isfinite(value):
        shown = "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
        raise InvalidValue(f"{where} is {shown}; only finite numbers can be parameters")


def check_numbers(params: dict[str, Any] | None) -> None:
    """:func:`check_number` on every number in `params`, at any depth; the message names
    the parameter and where in it the number is.

    >>> try:
    ...     check_numbers({"rows": [{"n": 1}, {"n": float("nan")}]})
    ... except InvalidValue as exc:
    ...     print(exc)
    parameter 'rows' at [1].n is NaN; only finite numbers can be parameters
    """
    for key, value in (params or {}).items():
        _check_numbers(value, f"parameter {key!r}", "")


def _check_numbers(value: Any, name: str, at: str) -> None:
    kind = type(value)
    if kind is int or kind is float:
        check_number(value, f"{name} at {at}" if at else name)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _check_numbers(item, name, f"{at}[{i}]")
    elif isinstance(value, dict):
        for k, item in value.items():
            _check_numbers(item, name, f"{at}.{k}" if at else f".{k}")


@dataclass
class Health:
    """Engine status for /health."""

    engine: str
    ok: bool
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class GraphEngine(ABC):
    """A graph store that runs the statements of :mod:`queries`.

    ``dialect`` names the Cypher dialect (``"neo4j"`` or ``"falkordb"``); a statement in
    :mod:`queries` picks its text with it.
    """

    name: str
    dialect: str

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> list[Row]:
        """Run a read-only statement; rows as dicts of plain data keyed by column.

        With `max_rows`, at most that many rows, and the engine stops the statement there
        instead of sending (and this process holding) every row it matches.
        """
        return self.read_table(cypher, params, timeout_ms=timeout_ms, max_rows=max_rows).rows

    @abstractmethod
    def read_table(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Table:
        """:meth:`read`, with the statement's column names (from the engine's result header,
        so a result without rows has them too)."""

    @abstractmethod
    def write(self, statements: Sequence[Statement]) -> WriteSummary:
        """Run write statements as one transaction: all of them take effect, or none."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def bootstrap_schema(self) -> None:
        """Create the unique `id` constraints and the indexes of
        :data:`queries.schema.INDEXED` (`id` and `name` of every label, `Document.source`,
        `Entity.alias_keys`); idempotent."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def health(self) -> Health:
        """Whether the engine answers, without raising."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks start from empty)."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def close(self) -> None:
        """Release connections (and stop an embedded server this process started)."""
        raise NotImplementedError  # abstract

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
