"""Every Cypher statement the product runs, named, in one place.

Import :data:`REGISTRY` to see them all; each module groups the statements of one concern.
:mod:`queries.statement` holds no statement of ours: it analyses the text of a user's
statement (``POST /query``, ``chokepoint query``): the read-only guard, nesting, its RETURN
columns.
"""

from queries import documents, entities, exchange, paths, schema, writes  # noqa: F401  (registration)
from queries.base import MAX_HOPS, REGISTRY, Query

__all__ = ["MAX_HOPS", "REGISTRY", "Query"]
