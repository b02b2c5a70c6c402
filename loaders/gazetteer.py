"""The reference gazetteer: well-known actors of the field, as data in ``data/gazetteer/*.jsonl``.

One JSON object a line::

    {"id": "company:huawei", "label": "Company", "name": "Huawei",
     "aliases": ["Huawei Technologies", "华为"], "country": "China"}

Optional keys ``kind``, ``year`` and ``period`` become entity properties as well.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.schema import LABELS
from loaders.model import Entity

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_DIR = DATA_DIR / "gazetteer"
PROPERTY_KEYS = ("country", "kind", "year", "period")
CASE_INSENSITIVE_LABELS = frozenset({"Technology", "Sanction", "Plan"})
"""Labels whose names are matched regardless of case ("Entity List" / "entity list")."""


class GazetteerError(ValueError):
    """A malformed gazetteer line (names the file and line)."""


def alias_key(text: str) -> str:
    """The form aliases are compared in: case-folded, punctuation and spaces collapsed.

    >>> alias_key("  U.S.  Commerce-Department ")
    'u s commerce department'
    """
    return " ".join(re.sub(r"[^\w&+]+", " ", text.casefold()).split())


@dataclass
class Gazetteer:
    """Entities by id and by alias key."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=dict)

    def add(self, entity: Entity) -> None:
        """Register `entity` under its name and every alias."""
        self.entities[entity.id] = entity
        for surface in {entity.name, *entity.aliases}:
            ids = self.by_alias.setdefault(alias_key(surface), [])
            if entity.id not in ids:
                ids.append(entity.id)

    def lookup(self, text: str, label: str | None = None) -> Entity | None:
        """The entity known under `text` (optionally restricted to `label`), or None.

        >>> gazetteer().lookup("Mofcom").id
        'agency:ministry-of-commerce-china'
        """
        for entity_id in self.by_alias.get(alias_key(text), []):
            entity = self.entities[entity_id]
            if label is None or entity.label == label:
                return entity
        return None

    def surfaces(self, entity: Entity) -> list[str]:
        """Every surface form of `entity` (name first), without duplicates."""
        seen: dict[str, None] = {entity.name: None}
        for alias in entity.aliases:
            seen.setdefault(alias, None)
        return list(seen)


def parse_line(line: str, where: str) -> Entity:
    """One gazetteer line as an Entity; `where` ("file:line") names it in errors."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{where}: not valid JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise GazetteerError(f"{where}: expected a JSON object")
    label, entity_id, name = row.get("label"), row.get("id"), row.get("name")
    if label not in LABELS:
        raise GazetteerError(f"{where}: unknown label {label!r}")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"{where}: missing name")
    if not isinstance(entity_id, str) or not re.fullmatch(
        rf"{label.lower()}:[a-z0-9]+(-[a-z0-9]+)*", entity_id
    ):
        raise GazetteerError(f"{where}: id {entity_id!r} is not '{label.lower()}:<slug>'")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise GazetteerError(f"{where}: aliases must be a list of non-empty strings")
    props = {k: row[k] for k in PROPERTY_KEYS if row.get(k) is not None}
    return Entity(id=entity_id, label=label, name=name, aliases=aliases, properties=props)


def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """Read every ``*.jsonl`` file of `directory` (sorted) into a Gazetteer."""
    gaz = Gazetteer()
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            entity = parse_line(line, f"{path.name}:{number}")
            if entity.id in gaz.entities:
                raise GazetteerError(f"{path.name}:{number}: duplicate id {entity.id!r}")
            gaz.add(entity)
    return gaz


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The project's gazetteer (read once)."""
    return load_gazetteer()
