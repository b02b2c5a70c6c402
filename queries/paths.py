"""Statements behind dependency, exposure and shortest-path answers."""

from queries.base import Query

ENTITY_EXISTS = Query(
    "entity_exists",
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.label AS label",
    params=("ids",),
)

# One BFS level: every relationship of __TYPES__ leaving (STEP_OUT) or entering (STEP_IN)
# a frontier node. Relies-on mixes directions per type, so a walk asks both as needed.
STEP_OUT = Query(
    "step_out",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:__TYPES__]->(b:Entity)
RETURN id AS source, b.id AS target, type(r) AS type""",
    params=("ids",),
)

STEP_IN = Query(
    "step_in",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})<-[r:__TYPES__]-(b:Entity)
RETURN id AS source, b.id AS target, type(r) AS type""",
    params=("ids",),
)

# Sanctions that reach any of $ids (TARGETS|RESTRICTS into them), and what a sanction reaches.
# Distances-only BFS level: one row per neighbour of the frontier (not per relationship, which
# keeps hub levels cheap to ship and parse), with the smallest frontier id that reaches it.
NEXT_OUT = Query(
    "next_out",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})-[:__TYPES__]->(b:Entity)
RETURN b.id AS id, min(id) AS via""",
    params=("ids",),
)

NEXT_IN = Query(
    "next_in",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:__TYPES__]-(b:Entity)
RETURN b.id AS id, min(id) AS via""",
    params=("ids",),
)

# The relationships of __TYPES__ from each pair's start to its end.
STEPS_BETWEEN = Query(
    "steps_between",
    """UNWIND $pairs AS p
MATCH (:Entity {id: p.start})-[r:__TYPES__]->(:Entity {id: p.end})
RETURN p.start AS start, type(r) AS type, p.end AS end""",
    params=("pairs",),
)

SANCTIONS_REACHING = Query(
    "sanctions_reaching",
    """UNWIND $ids AS id
MATCH (s:Sanction)-[r:TARGETS|RESTRICTS]->(:Entity {id: id})
RETURN s.id AS sanction, type(r) AS type, id AS target""",
    params=("ids",),
)

SANCTION_TARGETS = Query(
    "sanction_targets",
    """MATCH (:Sanction {id: $id})-[r:TARGETS|RESTRICTS]->(t:Entity)
RETURN t.id AS target, type(r) AS type""",
    params=("id",),
)

NODE_SUMMARIES = Query(
    "node_summaries",
    """UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.label AS label, n.name AS name""",
    params=("ids",),
)
