"""Statements about entities: counts, lookup, search, neighbourhoods."""

from queries.base import Query

COUNT_BY_LABEL = Query(
    "count_by_label",
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
)
COUNT_BY_TYPE = Query(
    "count_by_type",
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
)
COUNT_NODES = Query("count_nodes", "MATCH (n) RETURN count(n) AS count")

GET_ENTITY = Query("get_entity", "MATCH (n:Entity {id: $id}) RETURN n", params=("id",))

# An entity's card in one round trip: its properties, its relationship count by type (both
# directions, MENTIONED_IN included) and the documents that mention it. Lists come unordered.
ENTITY_CARD = Query(
    "entity_card",
    """MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-()
WITH n, type(r) AS type, count(r) AS total
WITH n, collect(CASE WHEN total > 0 THEN {type: type, count: total} END) AS degree
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(d:Document)
RETURN properties(n) AS properties, degree,
       collect(CASE WHEN d IS NOT NULL
                    THEN {id: d.id, title: d.title, mentions: m.count} END) AS documents""",
    params=("id",),
)

# Search: rank 0 exact, 1 prefix, 2 contains (case-insensitive over name and aliases).
_SEARCH_MATCH = """MATCH (n:Entity)
WHERE $label IS NULL OR n.label = $label
WITH n, toLower($q) AS q, [x IN [n.name] + coalesce(n.aliases, []) | toLower(x)] AS names
WITH n, CASE WHEN q IN names THEN 0
             WHEN any(x IN names WHERE x STARTS WITH q) THEN 1
             WHEN any(x IN names WHERE x CONTAINS q) THEN 2
             ELSE 3 END AS rank
WHERE rank < 3
"""

SEARCH_ENTITIES = Query(
    "search_entities",
    _SEARCH_MATCH
    + """RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases, rank
ORDER BY rank, toLower(n.name), n.id
SKIP $offset LIMIT $limit""",
    params=("q", "label", "offset", "limit"),
)

COUNT_SEARCH_ENTITIES = Query(
    "count_search_entities",
    _SEARCH_MATCH + "RETURN count(n) AS total",
    params=("q", "label"),
)

# Neighbours over fact relationships (Document nodes are not :Entity, so MENTIONED_IN is out).
_NEIGHBORS_MATCH = """MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WITH n, r, m, startNode(r) = n AS outgoing
WHERE ($type IS NULL OR type(r) = $type)
  AND ($direction = 'both' OR (outgoing AND $direction = 'out')
       OR (NOT outgoing AND $direction = 'in'))
"""

NEIGHBORS = Query(
    "neighbors",
    _NEIGHBORS_MATCH
    + """RETURN type(r) AS type, outgoing, r.confidence AS confidence,
       m.id AS id, m.label AS label, m.name AS name
ORDER BY type, id, outgoing
SKIP $offset LIMIT $limit""",
    params=("id", "type", "direction", "offset", "limit"),
)

COUNT_NEIGHBORS = Query(
    "count_neighbors",
    _NEIGHBORS_MATCH + "RETURN count(r) AS total",
    params=("id", "type", "direction"),
)

# One fact relationship by its ends and type (the API's relationship id).
GET_RELATIONSHIP = Query(
    "get_relationship",
    """MATCH (a:Entity {id: $start})-[r:__TYPE__]->(b:Entity {id: $end})
RETURN a.id AS start, a.label AS start_label, a.name AS start_name,
       b.id AS end, b.label AS end_label, b.name AS end_name,
       properties(r) AS properties""",
    params=("start", "end"),
)
