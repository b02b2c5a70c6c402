"""Schema DDL and engine-introspection statements: where the two dialects differ most.

Neo4j: ``CREATE CONSTRAINT ... IS UNIQUE`` (which brings its own index) and
``CREATE INDEX ... IF NOT EXISTS``. FalkorDB: ``CREATE INDEX`` takes no name and no
``IF NOT EXISTS`` (the engine lists indexes first), and unique constraints are created
through its client API on top of an index.
"""

from graph.schema import ALL_LABELS
from queries.base import Query

UNIQUE_ID_LABELS: tuple[str, ...] = ALL_LABELS
INDEXED: tuple[tuple[str, str], ...] = (
    *((label, prop) for label in ALL_LABELS for prop in ("id", "name")),
    ("Document", "source"),  # a document is looked up by its source on every load
    ("Document", "sha256"),  # ... and by its text when its source is new
    ("Entity", "alias_keys"),  # a loaded entity is looked up by its folded names (FalkorDB)
)
"""(label, property) pairs that get a range index (on FalkorDB the unique constraint on id
needs one; Neo4j's constraint brings its own)."""

CREATE_ID_CONSTRAINT = Query(
    "schema_unique_id",
    "CREATE CONSTRAINT IF NOT EXISTS FOR (n:__LABEL__) REQUIRE n.id IS UNIQUE",
    writes=True,
)
CREATE_INDEX = Query(
    "schema_index",
    "CREATE INDEX IF NOT EXISTS FOR (n:__LABEL__) ON (n.__PROP__)",
    writes=True,
    falkordb="CREATE INDEX FOR (n:__LABEL__) ON (n.__PROP__)",
)
FALKORDB_LIST_INDEXES = Query(
    "schema_list_indexes",
    "SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label, properties",
    falkordb="CALL db.indexes() YIELD label, properties RETURN label, properties",
)
FALKORDB_LIST_CONSTRAINTS = Query(
    "schema_list_constraints",
    "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
    "RETURN type, labelsOrTypes[0] AS label, properties",
    falkordb="CALL db.constraints() YIELD type, label, properties RETURN type, label, properties",
)
FALKORDB_IDS_BY_INTERNAL = Query(
    "node_ids_by_internal_id",
    "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS internal, n.id AS id",
    params=("ids",),
    falkordb="MATCH (n) WHERE id(n) IN $ids RETURN id(n) AS internal, n.id AS id",
)
