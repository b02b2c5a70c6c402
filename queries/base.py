"""A named Cypher statement, its dialect variants and its safe template slots.

Statements are written in Neo4j 5 Cypher, in the subset FalkorDB also accepts. Where the two
differ, a statement carries an explicit ``falkordb`` text (the dialect hook).

Labels, relationship types and hop bounds cannot be Cypher parameters, so templates have
slots that :meth:`Query.text` fills only with values from the ontology whitelist
(:mod:`graph.schema`) or with bounded integers:

- ``__LABEL__``: one ontology label,
- ``__TYPE__``: one relationship type,
- ``__TYPES__``: ``|``-joined relationship types,
- ``__BACK_TYPES__``: a second ``|``-joined list (a statement that follows some types one way
  and others the other way),
- ``__HOPS__``: an integer in 1..MAX_HOPS,
- ``__PROP__``: an indexed property name (:data:`INDEXED_PROPERTIES`: ``id``, ``name``,
  ``source``, ``sha256``, ``alias_keys``),
- ``__FLOOR__`` / ``__AND_FLOOR__``: with ``floor=True``, ``WHERE`` / ``AND`` and
  :data:`FLOOR` (relationship ``r`` at least ``$min_confidence``), else nothing: a search
  without a confidence floor pays for no filter.

Nothing else is ever spliced into Cypher text; user values are always ``$parameters``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graph.schema import OntologyError, check_label, check_type

MAX_HOPS = 6
INDEXED_PROPERTIES = ("id", "name", "source", "sha256", "alias_keys")
REGISTRY: dict[str, Query] = {}
FLOOR = "r.confidence >= $min_confidence"

_SLOT_EXAMPLES: dict[str, dict[str, Any]] = {
    "__LABEL__": {"label": "Company"},
    "__TYPE__": {"rel_type": "SUPPLIES"},
    "__TYPES__": {"rel_types": ("SUPPLIES", "DEPENDS_ON")},
    "__BACK_TYPES__": {"back_types": ("SUBSIDIARY_OF",)},
    "__HOPS__": {"hops": 4},
    "__PROP__": {"prop": "name"},
    "__FLOOR__": {"floor": True},
    "__AND_FLOOR__": {"floor": True},
}


@dataclass(frozen=True)
class Query:
    """A named statement; construct at module level so it lands in :data:`REGISTRY`.

    >>> q = Query("example_count", "MATCH (n:__LABEL__) RETURN count(n) AS n")
    >>> q.text("neo4j", label="Country")
    'MATCH (n:Country) RETURN count(n) AS n'
    >>> _ = REGISTRY.pop("example_count")
    """

    name: str
    cypher: str
    params: tuple[str, ...] = ()
    writes: bool = False
    falkordb: str | None = None

    def __post_init__(self) -> None:
        if self.name in REGISTRY:
            raise ValueError(f"duplicate query name {self.name!r}")
        REGISTRY[self.name] = self

    def source(self, dialect: str) -> str:
        """The template text for `dialect` (``neo4j`` or ``falkordb``), slots unfilled."""
        if dialect == "falkordb" and self.falkordb is not None:
            return self.falkordb
        return self.cypher

    def text(
        self,
        dialect: str,
        *,
        label: str | None = None,
        rel_type: str | None = None,
        rel_types: Sequence[str] | None = None,
        back_types: Sequence[str] | None = None,
        hops: int | None = None,
        prop: str | None = None,
        floor: bool = False,
    ) -> str:
        """The statement for `dialect` with its slots filled from the whitelist."""
        out = self.source(dialect)
        out = out.replace("__AND_FLOOR__", f"AND {FLOOR}" if floor else "")
        out = out.replace("__FLOOR__", f"WHERE {FLOOR}" if floor else "")
        if "__LABEL__" in out:
            out = out.replace("__LABEL__", check_label(_required(label, "label", self.name)))
        for slot, given, what in (("__TYPES__", rel_types, "rel_types"),
                                  ("__BACK_TYPES__", back_types, "back_types")):
            if slot in out:
                types = _required(given, what, self.name)
                if not types:
                    raise OntologyError(f"{self.name}: at least one relationship type is needed")
                out = out.replace(slot, "|".join(check_type(t) for t in types))
        if "__TYPE__" in out:
            out = out.replace("__TYPE__", check_type(_required(rel_type, "rel_type", self.name)))
        if "__HOPS__" in out:
            h = _required(hops, "hops", self.name)
            if not isinstance(h, int) or isinstance(h, bool) or not 1 <= h <= MAX_HOPS:
                raise ValueError(f"hops must be an integer in 1..{MAX_HOPS}, got {h!r}")
            out = out.replace("__HOPS__", str(h))
        if "__PROP__" in out:
            if prop not in INDEXED_PROPERTIES:
                raise ValueError(f"prop must be one of {INDEXED_PROPERTIES}, got {prop!r}")
            out = out.replace("__PROP__", prop)
        return out

    def example_text(self, dialect: str) -> str:
        """The statement with every slot filled by an example value (for linting)."""
        slots: dict[str, Any] = {}
        for marker, values in _SLOT_EXAMPLES.items():
            if marker in self.source(dialect):
                slots.update(values)
        return self.text(dialect, **slots)


def _required(value, what: str, name: str):  # type: ignore[no-untyped-def]
    if value is None:
        raise ValueError(f"query {name!r} needs {what}")
    return value
