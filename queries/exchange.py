"""Statements behind export (whole graph or a neighbourhood) and node-link import."""

from queries.base import Query

EXPORT_ENTITIES = Query("export_entities", "MATCH (n:Entity) RETURN n ORDER BY n.id")

EXPORT_DOCUMENTS = Query("export_documents", "MATCH (d:Document) RETURN d ORDER BY d.id")

EXPORT_RELATIONSHIPS = Query(
    "export_relationships",
    """MATCH (a)-[r]->(b)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties""",
)

EXPORT_ENTITIES_BY_IDS = Query(
    "export_entities_by_ids",
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n",
    params=("ids",),
)

# Fact relationships among a set of entities (a neighbourhood's induced subgraph).
EXPORT_RELATIONSHIPS_AMONG = Query(
    "export_relationships_among",
    """UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties""",
    params=("ids",),
)

# Labelled lookups, so each id is one index seek: an unlabelled `MATCH (n {id: id})` scans
# every node per id (measured: 1 s for 1,000 ids on a 10k-node graph, O(ids x nodes)).
# One row per label index, two aligned lists (one row of lists parses several times faster
# than a row per node when a chunk of a big import looks up 100k ids).
EXISTING_NODES = Query(
    "existing_nodes",
    """UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN collect(n.id) AS ids, collect(n.label) AS labels
UNION ALL
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN collect(d.id) AS ids, collect('Document') AS labels""",
    params=("ids",),
)

# rows: {id, props: {...}}; Document nodes carry no :Entity label.
IMPORT_DOCUMENTS = Query(
    "import_documents",
    """UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props""",
    params=("rows",),
    writes=True,
)

# rows: {start, end, docs, sources, confidences, curated, props}. Sources already on the
# relationship are not added twice, so importing the same file again changes nothing. A row's
# `curated` confidence (null when the row brings none) replaces the fact's curated support
# and keeps its document sources; a fact curated before keeps its curated value otherwise
# (one without any source, imported before facts were marked, counts as curated).
IMPORT_RELATIONSHIPS = Query(
    "import_relationships",
    """UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:__TYPE__]->(b)
WITH r, row, coalesce(r.sources, []) AS had
WITH r, row, had,
     [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN had] AS fresh
WITH r, row, had + [i IN fresh | row.sources[i]] AS sources,
     coalesce(r.docs, []) + [i IN fresh | row.docs[i]] AS docs,
     coalesce(r.confidences, []) + [i IN fresh | row.confidences[i]] AS confidences,
     coalesce(row.curated, r.curated_confidence,
              CASE WHEN size(r.docs) = 0 THEN r.confidence END) AS curated
SET r += row.props
SET r.docs = docs, r.sources = sources, r.confidences = confidences,
    r.curated_confidence = curated,
    r.confidence = 1.0 - (1.0 - coalesce(curated, 0.0))
                         * reduce(p = 1.0, c IN confidences | p * (1.0 - c))""",
    params=("rows",),
    writes=True,
)

# rows: {source, target}: the start of an imported fact is mentioned in each document that
# states it (deleting the document finds the fact through this edge); a mention already there
# keeps its count and spans.
IMPORT_FACT_MENTIONS = Query(
    "import_fact_mentions",
    """UNWIND $rows AS row
MATCH (n:Entity {id: row.source})
MATCH (d:Document {id: row.target})
MERGE (n)-[m:MENTIONED_IN]->(d)
ON CREATE SET m.count = 0, m.spans = []""",
    params=("rows",),
    writes=True,
)

# rows: {source, target, props}
IMPORT_MENTIONS = Query(
    "import_mentions",
    """UNWIND $rows AS row
MATCH (n:Entity {id: row.source})
MATCH (d:Document {id: row.target})
MERGE (n)-[m:MENTIONED_IN]->(d)
SET m += row.props""",
    params=("rows",),
    writes=True,
)
