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
