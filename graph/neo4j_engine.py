"""The production engine: Neo4j 5 over bolt with the official driver."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from graph.base import (
    EngineUnavailable,
    GraphEngine,
    GraphError,
    Health,
    QueryTimeout,
    Statement,
    Table,
    WriteSummary,
    check_numbers,
    ordered_labels,
)
from queries import schema as ddl


class Neo4jEngine(GraphEngine):
    """Neo4j 5: reads in read transactions, writes in one write transaction with retries."""

    name = "neo4j"
    dialect = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        self.database = database
        try:
            self.driver = GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except (Neo4jError, ServiceUnavailable, ValueError, OSError) as exc:
            raise EngineUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc

    def read_table(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Table:
        check_numbers(params)  # as the embedded engine does: no NaN, no integer beyond int64
        query = neo4j.Query(cypher, timeout=timeout_ms / 1000 if timeout_ms else None)  # type: ignore[arg-type]

        def work(tx: neo4j.ManagedTransaction) -> Table:
            converter = _Converter()
            result = tx.run(query, params or {})  # type: ignore[arg-type]
            # Records stream in batches: stopping here leaves the rest unsent and discarded.
            records = result if max_rows is None else islice(result, max_rows)
            rows = [{k: converter.value(v) for k, v in record.items()} for record in records]
            converter.resolve(tx)
            return Table(list(result.keys()), rows)

        return self._run(lambda s: s.execute_read(work))

    def write(self, statements: Sequence[Statement]) -> WriteSummary:
        for _, params in statements:
            check_numbers(params)
        def work(tx: neo4j.ManagedTransaction) -> WriteSummary:
            total = WriteSummary()
            for cypher, params in statements:
                c = tx.run(cypher, params).consume().counters  # type: ignore[arg-type]
                total.add(WriteSummary(c.nodes_created, c.nodes_deleted, c.relationships_created,
                                       c.relationships_deleted, c.properties_set))
            return total

        return self._run(lambda s: s.execute_write(work))

    def _run(self, fn):  # type: ignore[no-untyped-def]
        try:
            with self.driver.session(database=self.database) as session:
                return fn(session)
        except ServiceUnavailable as exc:
            raise EngineUnavailable(f"Neo4j unavailable: {exc}") from exc
        except ClientError as exc:
            if "Timeout" in (exc.code or "") or "terminated" in str(exc).lower():
                raise QueryTimeout(f"query cut off at its time limit: {exc.message}") from exc
            raise GraphError(exc.message or str(exc)) from exc
        except Neo4jError as exc:
            raise GraphError(str(exc)) from exc

    def bootstrap_schema(self) -> None:
        statements: list[Statement] = []
        for label in ddl.UNIQUE_ID_LABELS:
            statements.append((ddl.CREATE_ID_CONSTRAINT.text(self.dialect, label=label), {}))
        for label, prop in ddl.INDEXED:
            if prop != "id":  # the constraint indexes id
                text = ddl.CREATE_INDEX.text(self.dialect, label=label, prop=prop)
                statements.append((text, {}))
        for cypher, params in statements:  # schema changes cannot share a transaction
            self._run(lambda s, c=cypher, p=params: s.run(c, p).consume())

    def clear(self) -> None:
        from queries.writes import CLEAR_ALL

        self.write([(CLEAR_ALL.text(self.dialect), {})])

    def health(self) -> Health:
        try:
            self.driver.verify_connectivity()
            return Health(self.name, True)
        except Exception as exc:  # noqa: BLE001
            return Health(self.name, False, f"Neo4j unreachable: {exc}")

    def close(self) -> None:
        self.driver.close()


class _Converter:
    """Driver values to the engine-neutral plain shapes of :mod:`graph.base`.

    A relationship's end nodes carry their properties only when the same result also
    returned those nodes; the others' ``id`` properties are looked up in the same
    transaction (element ids are only stable within one).
    """

    def __init__(self) -> None:
        self.pending: list[dict[str, Any]] = []

    def value(self, v: Any) -> Any:
        if isinstance(v, Node):
            return self.node(v)
        if isinstance(v, Relationship):
            return self.relationship(v)
        if isinstance(v, Path):
            return {"nodes": [self.node(n) for n in v.nodes],
                    "relationships": [self.relationship(r) for r in v.relationships]}
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {k: self.value(x) for k, x in v.items()}
        return v

    @staticmethod
    def node(n: Node) -> dict[str, Any]:
        props = dict(n)
        return {"id": props.get("id", n.element_id), "labels": ordered_labels(n.labels),
                "properties": props}

    def relationship(self, r: Relationship) -> dict[str, Any]:
        out = {"type": r.type, "start": _end_id(r.start_node), "end": _end_id(r.end_node),
               "properties": dict(r)}
        self.pending.append(out)
        return out

    def resolve(self, tx: neo4j.ManagedTransaction) -> None:
        """Replace end nodes' element ids by their ``id`` properties."""
        missing = sorted({x.element_id for e in self.pending for x in (e["start"], e["end"])
                          if isinstance(x, _Unresolved)})
        found: dict[str, Any] = {}
        if missing:
            text = ddl.FALKORDB_IDS_BY_INTERNAL.text("neo4j")
            found = {rec["internal"]: rec["id"] for rec in tx.run(text, {"ids": missing})}
        for e in self.pending:
            for key in ("start", "end"):
                if isinstance(e[key], _Unresolved):
                    element_id = e[key].element_id
                    e[key] = found.get(element_id) or element_id


@dataclass(frozen=True)
class _Unresolved:
    """An end node known only by its element id (yet)."""

    element_id: str


def _end_id(n: Node | None) -> Any:
    if n is None:
        return None
    return n.get("id", _Unresolved(n.element_id))
