"""Query parameters shared by the analyst routers, with their bounds (the API's limits)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from queries import MAX_HOPS

DEFAULT_HOPS = 4
DEFAULT_LIMIT = 20
MAX_LIMIT = 500
MAX_ID_LENGTH = 300
"""Longest entity id a request may name (ids are 'label:slug' of a name)."""
MAX_RELATIONSHIP_ID_LENGTH = 2 * MAX_ID_LENGTH + 50
"""Longest relationship id: two entity ids and a type between '~'s."""
MAX_DOCUMENT_ID_LENGTH = 2100
"""Longest document id: 'document:' and a slug of a source or url (the API takes 2,000
characters of either) with its suffix."""

MaxHops = Annotated[
    int, Query(ge=1, le=MAX_HOPS, description=f"Hop bound, 1..{MAX_HOPS}")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1..{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip")]
EntityId = Annotated[
    str,
    Path(max_length=MAX_ID_LENGTH,
         description="Entity id, 'label:slug' (e.g. 'company:huawei'), as search returns it"),
]
SanctionId = Annotated[
    str,
    Path(max_length=MAX_ID_LENGTH,
         description="Id of a Sanction entity, e.g. 'sanction:entity-list'"),
]
RelationshipId = Annotated[
    str,
    Path(max_length=MAX_RELATIONSHIP_ID_LENGTH,
         description="Relationship id '<start>~<TYPE>~<end>', e.g. "
                     "'company:smic~SUPPLIES~company:huawei'"),
]
DocumentId = Annotated[
    str,
    Path(max_length=MAX_DOCUMENT_ID_LENGTH,
         description="Document id, e.g. 'document:000-huawei'"),
]
MinConfidence = Annotated[
    float,
    Query(ge=0.0, le=1.0, description="Walk only relationships whose confidence is at least "
                                      "this, 0..1 (0, the default: every one)"),
]
Types = Annotated[
    list[str] | None,
    Query(description="Relationship types to follow; repeat the parameter or comma-separate"),
]


def split_types(types: list[str] | None) -> list[str] | None:
    """``["A,B", "C"]`` -> ``["A", "B", "C"]``; None or empty stays None.

    >>> split_types(["SUPPLIES,DEPENDS_ON", "SUBSIDIARY_OF"])
    ['SUPPLIES', 'DEPENDS_ON', 'SUBSIDIARY_OF']
    """
    out = [t.strip() for item in types or [] for t in item.split(",") if t.strip()]
    return out or None
