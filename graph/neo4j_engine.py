"""The production engine: Neo4j 5 over bolt with the official driver."""

from __future__ import annotations

from collections.abc import Sequence
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
    Row,
    Statement,
    WriteSummary,
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

    def read(
        self, cypher: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None
    ) -> list[Row]:
        query = neo4j.Query(cypher, timeout=timeout_ms / 1000 if timeout_ms else None)  # type: ignore[arg-type]

        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            result = tx.run(query, params or {})  # type: ignore[arg-type]
            return [{k: _plain(v) for k, v in record.items()} for record in result]

        return self._run(lambda s: s.execute_read(work))

    def write(self, statements: Sequence[Statement]) -> WriteSummary:
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
            statements.append((ddl.CREATE_NAME_INDEX.text(self.dialect, label=label), {}))
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


def _plain(v: Any) -> Any:
    if isinstance(v, Node):
        props = dict(v)
        node_id = props.get("id", v.element_id)
        return {"id": node_id, "labels": sorted(v.labels), "properties": props}
    if isinstance(v, Relationship):
        start, end = v.start_node, v.end_node
        return {
            "type": v.type,
            "start": start.get("id", start.element_id) if start is not None else None,
            "end": end.get("id", end.element_id) if end is not None else None,
            "properties": dict(v),
        }
    if isinstance(v, Path):
        return {"nodes": [_plain(n) for n in v.nodes],
                "relationships": [_plain(r) for r in v.relationships]}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v
