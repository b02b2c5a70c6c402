"""Batched writes: ``UNWIND $rows ... MERGE``, one statement per label or relationship type.

Provenance lives on every fact relationship as three aligned lists, one entry per source:
``docs`` (document id), ``sources`` (a JSON object: doc, sentence, start, end, confidence,
method) and ``confidences``. A curated fact (one brought in by import) also has
``curated_confidence``, one more piece of support that no document carries: deleting or
replacing a document never takes it away, so a curated fact outlives every document.
``confidence`` is the noisy-OR of all the support, ``1 - (1 - curated) * prod(1 - c)``
(``curated`` 0 when there is none), never lower than the curated value. A fact with no
document source and no ``curated_confidence`` (imported before curated facts were marked)
counts as curated with its ``confidence`` and gets marked when a source is added to it.
Merges are order-independent (list union, min of names), so concurrent loads end where a
serial load does.
"""

from queries.base import Query

DOCUMENT_SHA = Query(
    "document_sha",
    "MATCH (d:Document {id: $doc}) RETURN d.sha256 AS sha256",
    params=("doc",),
)

# Drop the facts document $doc alone supports (curated facts stay) ...
DROP_DOCUMENT_ONLY_FACTS = Query(
    "drop_document_only_facts",
    """MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE $doc IN r.docs AND all(x IN r.docs WHERE x = $doc) AND r.curated_confidence IS NULL
DELETE r""",
    params=("doc",),
    writes=True,
)

# ... then take its support off every other fact it backs. Two statements, the drop first:
# FalkorDB 4.16 pushes a WHERE that follows a SET above the SET, losing the update.
RETRACT_DOCUMENT_FACTS = Query(
    "retract_document_facts",
    """MATCH (:Document {id: $doc})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE $doc IN r.docs
WITH DISTINCT r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $doc] AS keep
WITH r, [i IN keep | r.docs[i]] AS docs, [i IN keep | r.sources[i]] AS sources,
     [i IN keep | r.confidences[i]] AS confidences,
     1.0 - coalesce(r.curated_confidence, 0.0) AS doubt
SET r.docs = docs, r.sources = sources, r.confidences = confidences,
    r.confidence = 1.0 - doubt * reduce(p = 1.0, c IN confidences | p * (1.0 - c))""",
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

_DOCUMENT = """RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title,
       d.url AS url, d.published AS published"""

# The stored document of one id, and the one of a source (a document's identity).
DOCUMENT_RECORD = Query(
    "document_record",
    "MATCH (d:Document {id: $doc})\n" + _DOCUMENT,
    params=("doc",),
)

DOCUMENT_OF_TEXT = Query(
    "document_of_text",
    "MATCH (d:Document {sha256: $sha256})\n" + _DOCUMENT + "\nORDER BY id LIMIT 1",
    params=("sha256",),
)
"""The document that holds a text (its sha256), whatever its source: a moved file, a copy."""

DOCUMENT_OF_SOURCE = Query(
    "document_of_source",
    "MATCH (d:Document {source: $source})\n" + _DOCUMENT + "\nORDER BY id LIMIT 1",
    params=("source",),
)

# First statement of a document's write batch: when another source holds id $doc, a division
# by zero (evaluated only on that row) aborts the whole batch, so the check and the write are
# one transaction and two concurrent loads never overwrite each other's document.
GUARD_DOCUMENT_SOURCE = Query(
    "guard_document_source",
    """MATCH (d:Document {id: $doc})
WHERE d.source <> $source
SET d.conflict = size(d.id) / 0""",
    params=("doc", "source"),
    writes=True,
)

# Same text, new metadata: the facts stay, the node's descriptive properties change.
UPDATE_DOCUMENT_METADATA = Query(
    "update_document_metadata",
    """MATCH (d:Document {id: $doc})
SET d.name = $props.title, d.title = $props.title, d.source = $props.source,
    d.url = $props.url, d.published = $props.published""",
    params=("doc", "props"),
    writes=True,
)

# Nodes a document's entities may already have in the graph: rows {id, label, keys}, where
# keys are the entity's name and aliases folded by loaders.gazetteer.alias_key. One row per
# (entity id, node of the same label, key of the entity among its alias_keys); indexed.
NODES_OF_ALIAS_KEYS = Query(
    "nodes_of_alias_keys",
    """UNWIND $rows AS row
UNWIND row.keys AS key
MATCH (n:Entity)
WHERE key IN n.alias_keys AND n.label = row.label
RETURN row.id AS id, n.id AS node, n.name AS name, key
ORDER BY id, node, key""",
    params=("rows",),
)

# rows: {id, name, aliases: [str], keys: [str] (optional: alias_key of name and aliases),
#        props: {country, kind, year, period, ...}}
UPSERT_ENTITIES = Query(
    "upsert_entities",
    """UNWIND $rows AS row
MERGE (n:Entity:__LABEL__ {id: row.id})
SET n += row.props
SET n.label = '__LABEL__',
    n.name = CASE WHEN n.name IS NULL OR row.name < n.name THEN row.name ELSE n.name END,
    n.aliases = coalesce(n.aliases, [])
                + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])],
    n.alias_keys = coalesce(n.alias_keys, [])
                   + [k IN coalesce(row.keys, []) WHERE NOT k IN coalesce(n.alias_keys, [])]""",
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
WITH r, row, coalesce(r.confidences, []) + row.confidences AS confidences,
     coalesce(r.curated_confidence, CASE WHEN size(r.docs) = 0 THEN r.confidence END) AS curated
SET r += row.props
SET r.docs = coalesce(r.docs, []) + row.docs,
    r.sources = coalesce(r.sources, []) + row.sources,
    r.confidences = confidences,
    r.curated_confidence = curated,
    r.confidence = 1.0 - (1.0 - coalesce(curated, 0.0))
                         * reduce(p = 1.0, c IN confidences | p * (1.0 - c))""",
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
