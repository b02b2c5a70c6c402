"""The ontology as data: the only labels and relationship types the product writes or queries.

Every label or relationship type that reaches a Cypher statement passes through
:func:`check_label` or :func:`check_type`, so user input can never become Cypher syntax.
"""

from __future__ import annotations

ENTITY = "Entity"
"""Extra label carried by every entity node (not by Document): one unique `id` index for all."""

DOCUMENT = "Document"

LABELS: tuple[str, ...] = (
    "Company",
    "Agency",
    "Organization",
    "Country",
    "Person",
    "Technology",
    "Product",
    "Sanction",
    "Plan",
)

# type -> (allowed start labels, allowed end labels), from ../shared/ontology.md
RELATIONSHIPS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "SUPPLIES": (frozenset({"Company"}), frozenset({"Company"})),
    "DEPENDS_ON": (
        frozenset({"Company", "Country"}),
        frozenset({"Company", "Technology", "Country"}),
    ),
    "DEVELOPS": (frozenset({"Company", "Organization"}), frozenset({"Technology", "Product"})),
    "SUBSIDIARY_OF": (frozenset({"Company"}), frozenset({"Company"})),
    "COMPETES_WITH": (frozenset({"Company"}), frozenset({"Company"})),
    "BASED_IN": (frozenset({"Company", "Agency", "Organization"}), frozenset({"Country"})),
    "IMPOSED": (frozenset({"Country", "Agency"}), frozenset({"Sanction"})),
    "TARGETS": (frozenset({"Sanction"}), frozenset({"Company", "Country", "Technology"})),
    "RESTRICTS": (frozenset({"Sanction"}), frozenset({"Technology", "Product"})),
    "ISSUED": (frozenset({"Agency", "Country"}), frozenset({"Plan"})),
    "PRIORITIZES": (frozenset({"Plan"}), frozenset({"Technology"})),
    "SUPPORTS": (frozenset({"Plan", "Agency"}), frozenset({"Company", "Technology"})),
    "RESPONDS_TO": (frozenset({"Plan"}), frozenset({"Sanction"})),
    "REGULATES": (frozenset({"Agency"}), frozenset({"Company"})),
    "AFFILIATED_WITH": (
        frozenset({"Person"}),
        frozenset({"Company", "Agency", "Organization", "Country"}),
    ),
}
MENTIONED_IN = "MENTIONED_IN"

REL_TYPES: tuple[str, ...] = tuple(RELATIONSHIPS)
"""Fact relationship types (everything but MENTIONED_IN)."""

ALL_LABELS: tuple[str, ...] = (ENTITY, DOCUMENT, *LABELS)
ALL_REL_TYPES: tuple[str, ...] = (*REL_TYPES, MENTIONED_IN)

# "A relies on B" for one hop (the API's definition):
#   A-[:DEPENDS_ON]->B, B-[:SUPPLIES]->A, A-[:SUBSIDIARY_OF]->B
RELIES_ON_FORWARD: tuple[str, ...] = ("DEPENDS_ON", "SUBSIDIARY_OF")
RELIES_ON_BACKWARD: tuple[str, ...] = ("SUPPLIES",)
SANCTION_REACH: tuple[str, ...] = ("RESTRICTS", "TARGETS")
"""How a sanction reaches what it hits: ``S-[:TARGETS|RESTRICTS]->T`` (exposure starts there)."""


class OntologyError(ValueError):
    """A label or relationship type that is not in the ontology."""


def check_label(label: str) -> str:
    """Return `label` if it is an ontology label, else raise :class:`OntologyError`.

    >>> check_label("Company")
    'Company'
    """
    if label not in ALL_LABELS:
        raise OntologyError(f"unknown label {label!r}; expected one of {', '.join(ALL_LABELS)}")
    return label


def check_type(rel_type: str) -> str:
    """Return `rel_type` if it is an ontology relationship type, else raise :class:`OntologyError`.

    >>> check_type("SUPPLIES")
    'SUPPLIES'
    """
    if rel_type not in ALL_REL_TYPES:
        raise OntologyError(
            f"unknown relationship type {rel_type!r}; expected one of {', '.join(ALL_REL_TYPES)}"
        )
    return rel_type


def allowed(rel_type: str, start_label: str, end_label: str) -> bool:
    """Whether the ontology allows `start_label -[rel_type]-> end_label`.

    >>> allowed("SUPPLIES", "Company", "Company"), allowed("SUPPLIES", "Person", "Company")
    (True, False)
    """
    if rel_type == MENTIONED_IN:
        return end_label == DOCUMENT
    starts, ends = RELATIONSHIPS[check_type(rel_type)]
    return start_label in starts and end_label in ends
