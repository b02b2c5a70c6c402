"""The one interface every storage engine implements, and the plain data it returns.

Engines return plain Python data of one shape, whatever the engine:

- a node is ``{"id": ..., "labels": [...], "properties": {...}}`` (``id`` is the node's ``id``
  property, the stable ``label:slug``),
- a relationship is ``{"type": ..., "start": ..., "end": ..., "properties": {...}}`` with
  ``start``/``end`` the ``id`` properties of its end nodes,
- a path is ``{"nodes": [node, ...], "relationships": [relationship, ...]}`` in path order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Self

Row = dict[str, Any]
Statement = tuple[str, dict[str, Any]]
"""A Cypher text and its parameters."""


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

    @abstractmethod
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
        raise NotImplementedError  # abstract

    @abstractmethod
    def write(self, statements: Sequence[Statement]) -> WriteSummary:
        """Run write statements as one transaction: all of them take effect, or none."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def bootstrap_schema(self) -> None:
        """Create the unique `id` constraints and `name` indexes (idempotent)."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def health(self) -> Health:
        """Whether the engine answers, without raising."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests, `import --replace`)."""
        raise NotImplementedError  # abstract

    @abstractmethod
    def close(self) -> None:
        """Release connections (and stop an embedded server this process started)."""
        raise NotImplementedError  # abstract

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
