"""Statements about source documents."""

from queries.base import Query

COUNT_DOCUMENTS = Query("count_documents", "MATCH (d:Document) RETURN count(d) AS total")

LIST_DOCUMENTS = Query(
    "list_documents",
    """MATCH (d:Document)
OPTIONAL MATCH (n:Entity)-[:MENTIONED_IN]->(d)
RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url,
       d.published AS published, d.loaded_at AS loaded_at, d.words AS words,
       count(n) AS entities
ORDER BY id
SKIP $offset LIMIT $limit""",
    params=("offset", "limit"),
)

GET_DOCUMENT = Query("get_document", "MATCH (d:Document {id: $id}) RETURN d", params=("id",))

DOCUMENT_ENTITIES = Query(
    "document_entities",
    """MATCH (n:Entity)-[m:MENTIONED_IN]->(:Document {id: $id})
RETURN n.id AS id, n.label AS label, n.name AS name, m.count AS count, m.spans AS spans
ORDER BY id""",
    params=("id",),
)

DOCUMENT_RELATIONSHIPS = Query(
    "document_relationships",
    """MATCH (:Document {id: $id})<-[:MENTIONED_IN]-(a:Entity)-[r]->(b:Entity)
WHERE $id IN r.docs
RETURN a.id AS start, type(r) AS type, b.id AS end, r.confidence AS confidence,
       r.sources AS sources
ORDER BY start, type, end""",
    params=("id",),
)

DOCUMENT_TITLES = Query(
    "document_titles",
    "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.title AS title",
    params=("ids",),
)
