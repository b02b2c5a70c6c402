"""Statements behind dependency, exposure and shortest-path answers."""

from queries.base import Query

ENTITY_EXISTS = Query(
    "entity_exists",
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.label AS label",
    params=("ids",),
)

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

# The last BFS level: only which ids the frontier reaches; parents are looked up afterwards,
# for the nodes shown only (:data:`NEIGHBOURS_OUT` / ``NEIGHBOURS_IN``).
REACHED_OUT = Query(
    "reached_out",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})-[:__TYPES__]->(b:Entity)
RETURN DISTINCT b.id AS id""",
    params=("ids",),
)

REACHED_IN = Query(
    "reached_in",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:__TYPES__]-(b:Entity)
RETURN DISTINCT b.id AS id""",
    params=("ids",),
)

NEIGHBOURS_OUT = Query(
    "neighbours_out",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})-[:__TYPES__]->(b:Entity)
RETURN id AS node, b.id AS neighbour""",
    params=("ids",),
)

NEIGHBOURS_IN = Query(
    "neighbours_in",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:__TYPES__]-(b:Entity)
RETURN id AS node, b.id AS neighbour""",
    params=("ids",),
)

# The same over relationships of __TYPES__ in either direction (shortest paths).
NEXT_BOTH = Query(
    "next_both",
    """UNWIND $ids AS id
MATCH (:Entity {id: id})-[:__TYPES__]-(b:Entity)
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

# Sanctions that reach any of $ids (TARGETS|RESTRICTS into them), and what a sanction reaches.
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
