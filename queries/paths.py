"""Statements behind dependency, exposure and shortest-path answers.

The searches work on the engine's internal node ids (``elementId(n)`` on Neo4j, ``id(n)`` on
FalkorDB), which are only ever used within one request: a frontier of internal ids is a
direct node seek instead of an index lookup per id, and integers are cheaper to ship and
parse than the ``id`` strings. ``$nodes`` parameters hold such internal ids.
"""

from queries.base import Query


def _falkordb(cypher: str) -> str:
    """The FalkorDB form of a statement that uses internal ids: ``id(n)`` for ``elementId(n)``."""
    return cypher.replace("elementId(", "id(")


def _query(name: str, cypher: str, params: tuple[str, ...]) -> Query:
    return Query(name, cypher, params=params, falkordb=_falkordb(cypher))


ENTITY_EXISTS = _query(
    "entity_exists",
    "UNWIND $ids AS id MATCH (n:Entity {id: id})\n"
    "RETURN n.id AS id, n.label AS label, elementId(n) AS node",
    ("ids",),
)

# One BFS level: the distinct nodes one hop from the frontier, as one list (one row per
# direction). Outgoing relationships of __TYPES__, incoming ones of __BACK_TYPES__.
def _frontier(param: str) -> str:
    """Seek the nodes whose internal ids are in `$param`, one row `a` (id `i`) each."""
    return f"UNWIND ${param} AS i\nMATCH (a) WHERE elementId(a) = i\n"


_FRONTIER = _frontier("nodes")
_CONFIDENT = "__FLOOR__\n"
"""With a confidence floor, only relationships at least that confident are walked."""
_OUT_STEP = _FRONTIER + "MATCH (a)-[r:__TYPES__]->(b:Entity)\n" + _CONFIDENT
_IN_STEP = _FRONTIER + "MATCH (a)<-[r:__BACK_TYPES__]-(b:Entity)\n" + _CONFIDENT
_REACHED = "RETURN collect(DISTINCT elementId(b)) AS nodes"

REACH_OUT = _query("reach_out", _OUT_STEP + _REACHED, ("nodes", "min_confidence"))
REACH_IN = _query("reach_in", _IN_STEP + _REACHED, ("nodes", "min_confidence"))
REACH_BOTH = _query("reach_both", f"{_OUT_STEP}{_REACHED}\nUNION ALL\n{_IN_STEP}{_REACHED}",
                    ("nodes", "min_confidence"))

# The same, plus one level of a search over SUBSIDIARY_OF alone (outgoing from $own_out,
# incoming to $own_in; the unused one empty), each row tagged with the search it extends.
_OWN_OUT = _frontier("own_out") + "MATCH (a)-[r:SUBSIDIARY_OF]->(b:Entity)\n" + _CONFIDENT
_OWN_IN = _frontier("own_in") + "MATCH (a)<-[r:SUBSIDIARY_OF]-(b:Entity)\n" + _CONFIDENT
_TAGGED = "RETURN {own} AS own, collect(DISTINCT elementId(b)) AS nodes"
REACH_OWNED = _query(
    "reach_owned",
    "\nUNION ALL\n".join((
        _OUT_STEP + _TAGGED.format(own="false"),
        _IN_STEP + _TAGGED.format(own="false"),
        _OWN_OUT + _TAGGED.format(own="true"),
        _OWN_IN + _TAGGED.format(own="true"),
    )),
    ("nodes", "own_out", "own_in", "min_confidence"),
)

# The neighbours of a few nodes, one row per node and relationship type (to walk a path back
# to its start; a hub's neighbours come as one list of internal ids).
_OUT_LINK = _FRONTIER + "MATCH (a)-[r:__TYPES__]->(b:Entity)\n" + _CONFIDENT
_IN_LINK = _FRONTIER + "MATCH (a)<-[r:__BACK_TYPES__]-(b:Entity)\n" + _CONFIDENT
_LINKED = "RETURN i AS node, type(r) AS type, collect(elementId(b)) AS others"

LINKS_OUT = _query("links_out", _OUT_LINK + _LINKED, ("nodes", "min_confidence"))
LINKS_IN = _query("links_in", _IN_LINK + _LINKED, ("nodes", "min_confidence"))
LINKS_BOTH = _query("links_both", f"{_OUT_LINK}{_LINKED}\nUNION ALL\n{_IN_LINK}{_LINKED}",
                    ("nodes", "min_confidence"))

# The relationships of __TYPES__ from each pair's start to its end, with their evidence and
# both ends' names (everything a returned path shows but the document titles). FalkorDB
# seeks a node by id only when the id is a plain variable (`p.start` scans every node).
RELATIONSHIPS_BETWEEN = _query(
    "relationships_between",
    """UNWIND $pairs AS p
WITH p.start AS start, p.end AS end
MATCH (a) WHERE elementId(a) = start
MATCH (b) WHERE elementId(b) = end
MATCH (a)-[r:__TYPES__]->(b)
__FLOOR__
RETURN a.id AS start, type(r) AS type, b.id AS end, r.confidence AS confidence,
       r.sources AS sources, r.curated_confidence AS curated,
       a.name AS start_name, a.label AS start_label,
       b.name AS end_name, b.label AS end_label""",
    ("pairs", "min_confidence"),
)

# id and label of nodes given by internal id.
NODE_KEYS = _query(
    "node_keys",
    "UNWIND $nodes AS i MATCH (n) WHERE elementId(n) = i RETURN i AS node, n.id AS id, "
    "n.label AS label",
    ("nodes",),
)

# Sanctions that reach any of $nodes (TARGETS|RESTRICTS into them), and what a sanction reaches.
SANCTIONS_REACHING = _query(
    "sanctions_reaching",
    """UNWIND $nodes AS i
MATCH (t) WHERE elementId(t) = i
MATCH (s:Sanction)-[r:TARGETS|RESTRICTS]->(t)
__FLOOR__
RETURN s.id AS sanction, elementId(s) AS sanction_node, type(r) AS type, i AS node,
       t.id AS target""",
    ("nodes", "min_confidence"),
)

# An entity and, if it is a sanction, what it targets or restricts (one row per relationship;
# one row with null targets when there are none, or when the entity is no sanction). The label
# test is a WHERE of the OPTIONAL MATCH: a label on the bound `s` in its pattern makes
# FalkorDB drop the entity's row altogether when it is no Sanction (Neo4j keeps it).
SANCTION_TARGETS = _query(
    "sanction_targets",
    """MATCH (s:Entity {id: $id})
OPTIONAL MATCH (s)-[r:TARGETS|RESTRICTS]->(t:Entity)
WHERE s:Sanction __AND_FLOOR__
RETURN s.label AS label, elementId(s) AS sanction, t.id AS target, elementId(t) AS node,
       type(r) AS type""",
    ("id", "min_confidence"),
)

NODE_SUMMARIES = Query(
    "node_summaries",
    """UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.label AS label, n.name AS name""",
    params=("ids",),
)
