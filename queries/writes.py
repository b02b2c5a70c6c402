"""Batched writes: ``UNWIND $rows ... MERGE``, one statement per label or relationship type.

Provenance lives on every fact relationship as three aligned lists, one entry per source:
``docs`` (document id), ``sources`` (a JSON object: doc, sentence, start, end, confidence,
method) and ``confidences``; ``confidence`` is their noisy-OR, ``1 - prod(1 - c)``.
Merges are order-independent (list union, min of names), so concurrent loads end where a
serial load does.
"""

from queries.base import Query

DOCUMENT_SHA = Query(
    "document_sha",
    "MATCH (d:Document {id: $doc}) RETURN d.sha256 AS sha256",
    params=("doc",),
)

# Take document $doc's support off every relationship it backs ...
RETRACT_DOCUMENT_FACTS = Query(
    "retract_document_facts",
    """MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE $doc IN r.docs
WITH DISTINCT r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $doc] AS keep
WITH r, [i IN keep | r.docs[i]] AS docs, [i IN keep | r.sources[i]] AS sources,
     [i IN keep | r.confidences[i]] AS confidences
SET r.docs = docs, r.sources = sources, r.confidences = confidences,
    r.confidence = 1.0 - reduce(p = 1.0, c IN confidences | p * (1.0 - c))""",
    params=("doc",),
    writes=True,
)

# ... then drop those it left unsupported. A separate statement: FalkorDB 4.16 pushes a
# WHERE that follows a SET above the SET, losing the update.
DROP_UNSUPPORTED_FACTS = Query(
    "drop_unsupported_facts",
    """MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE size(r.docs) = 0
DELETE r""",
    params=("doc",),
    writes=True,
)

# Remove the Document node, its mentions, and entities left with no mention and no fact.
# Run after RETRACT_DOCUMENT_FACTS: an orphan's only remaining edge is its mention of $doc.
DELETE_DOCUMENT = Query(
    "delete_document",
    """MATCH (d:Document {id: $doc})
OPTIONAL MATCH (n:Entity)-[:MENTIONED_IN]->(d)
OPTIONAL MATCH (n)-[x]-()
WITH d, n, count(x) AS degree
WITH d, collect(CASE WHEN degree = 1 AND NOT coalesce(n.imported, false) THEN n END) AS orphans
DETACH DELETE d
WITH orphans
UNWIND orphans AS n
DETACH DELETE n""",
    params=("doc",),
    writes=True,
)

UPSERT_DOCUMENT = Query(
    "upsert_document",
    """MERGE (d:Document {id: $doc})
SET d.name = $props.title, d.title = $props.title, d.source = $props.source,
    d.url = $props.url, d.published = $props.published, d.sha256 = $props.sha256,
    d.loaded_at = $props.loaded_at, d.text = $props.text, d.words = $props.words""",
    params=("doc", "props"),
    writes=True,
)

# rows: {id, name, aliases: [str], props: {country, kind, year, period, ...}}
UPSERT_ENTITIES = Query(
    "upsert_entities",
    """UNWIND $rows AS row
MERGE (n:Entity:__LABEL__ {id: row.id})
SET n += row.props
SET n.label = '__LABEL__',
    n.name = CASE WHEN n.name IS NULL OR row.name < n.name THEN row.name ELSE n.name END,
    n.aliases = coalesce(n.aliases, [])
                + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]""",
    params=("rows",),
    writes=True,
)

# rows: {start, end, docs: [str], sources: [json str], confidences: [float], props: {...}}
UPSERT_RELATIONSHIPS = Query(
    "upsert_relationships",
    """UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:__TYPE__]->(b)
WITH r, row, coalesce(r.confidences, []) + row.confidences AS confidences
SET r += row.props
SET r.docs = coalesce(r.docs, []) + row.docs,
    r.sources = coalesce(r.sources, []) + row.sources,
    r.confidences = confidences,
    r.confidence = 1.0 - reduce(p = 1.0, c IN confidences | p * (1.0 - c))""",
    params=("rows",),
    writes=True,
)

# rows: {id, count, spans: [start, end, start, end, ...]}
UPSERT_MENTIONS = Query(
    "upsert_mentions",
    """MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MERGE (n)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.spans = row.spans""",
    params=("doc", "rows"),
    writes=True,
)

CLEAR_ALL = Query("clear_all", "MATCH (n) DETACH DELETE n", writes=True)
