"""The reference gazetteer: well-known actors of the field, as data in ``data/gazetteer/*.jsonl``.

One JSON object a line::

    {"id": "company:huawei", "label": "Company", "name": "Huawei",
     "aliases": ["Huawei Technologies", "华为"], "country": "China"}

Optional keys ``kind``, ``year``, ``period`` and, for a product, ``developer`` (the
gazetteer id of the firm that makes it, "company:nvidia") become entity properties as well.
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
PROPERTY_KEYS = ("country", "kind", "year", "period", "developer")
CASE_INSENSITIVE_LABELS = frozenset({"Technology", "Sanction", "Plan"})
"""Labels whose names are matched regardless of case ("Entity List" / "entity list")."""
LOWER_CASE_LABELS = frozenset({"Agency", "Organization"})
"""Labels whose long names are matched in lower case as well ("ministry of commerce")."""


COMPOUND_HEADS = (" chip", " semiconductor")
"""Singulars not derived from plurals: "chip" and "semiconductor" mostly open a compound
("cutting-edge chip-making equipment", "advanced semiconductor technology"), and the
gazetteer lists their real singulars."""


@lru_cache(maxsize=1)
def _plurals() -> dict[str, str]:
    """Singular -> plural of technology head nouns (``tech_plural`` of the lexicon)."""
    lexicon = json.loads((DATA_DIR / "patterns" / "lexicon.json").read_text(encoding="utf-8"))
    return dict(lexicon["tech_plural"])


def number_variant(surface: str) -> str | None:
    """`surface` with its last word in the other grammatical number, or None.

    >>> number_variant("rare earth magnet"), number_variant("AI chips"), number_variant("5G")
    ('rare earth magnets', 'AI chip', None)
    """
    head, space, last = surface.rpartition(" ")
    plurals = _plurals()
    singulars = {plural: singular for singular, plural in plurals.items()}
    other = plurals.get(last) or singulars.get(last)
    return None if other is None else head + space + other


class GazetteerError(ValueError):
    """A malformed gazetteer line (names the file and line)."""


def alias_key(text: str) -> str:
    """The form aliases are compared in: case-folded, punctuation and spaces collapsed, a
    possessive "'s" inside a name dropped ("Trump's administration" is the Trump
    administration).

    >>> alias_key("  U.S.  Commerce-Department "), alias_key("Biden\u2019s Administration")
    ('u s commerce department', 'biden administration')
    """
    text = _POSSESSIVE.sub("", text.casefold())
    return " ".join(_NOT_ALIAS_CHARACTERS.sub(" ", text).split())


_NOT_ALIAS_CHARACTERS = re.compile(r"[^\w&+]+")
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s(?= \w)")


@dataclass
class Gazetteer:
    """Entities by id and by alias key."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=dict)
    by_variant: dict[str, str] = field(default_factory=dict)  # "rare earth magnet" -> id

    def add(self, entity: Entity) -> None:
        """Register `entity` under its name and every alias (a technology also under the
        other grammatical number of each, which a listed alias of any entity outranks).
        """
        self.entities[entity.id] = entity
        for surface in {entity.name, *entity.aliases}:
            ids = self.by_alias.setdefault(alias_key(surface), [])
            if entity.id not in ids:
                ids.append(entity.id)
        for variant in self._variants(entity):
            self.by_variant.setdefault(alias_key(variant), entity.id)

    def _variants(self, entity: Entity) -> list[str]:
        """The singular or plural of each multi-word surface of a technology ("rare earth
        magnet"); single words stay as listed ("satellites" is not every "satellite")."""
        if entity.label != "Technology":
            return []
        found = (number_variant(s) for s in (entity.name, *entity.aliases) if " " in s)
        return [v for v in found if v is not None and not v.endswith(COMPOUND_HEADS)]

    def lookup(self, text: str, label: str | None = None) -> Entity | None:
        """The entity known under `text` (optionally restricted to `label`), or None.

        >>> gazetteer().lookup("Mofcom").id
        'agency:ministry-of-commerce-china'
        """
        key = alias_key(text)
        variant = self.by_variant.get(key)
        for entity_id in self.by_alias.get(key) or ([variant] if variant else []):
            entity = self.entities[entity_id]
            if label is None or entity.label == label:
                return entity
        return None

    def surfaces(self, entity: Entity) -> list[str]:
        """Every surface form of `entity` (name first), without duplicates; the names of
        state bodies and organisations also as headlines write them ("Japan's Trade
        Ministry", "General Administration Of Customs") and, from three words on, in lower
        case as articles often do ("the ministry of economy, trade and industry").

        >>> gazetteer().surfaces(gazetteer().lookup("NDRC"))[-2:]
        ['National Development And Reform Commission', 'national development and reform commission']
        """
        seen: dict[str, None] = {entity.name: None}
        for alias in entity.aliases:
            seen.setdefault(alias, None)
        for variant in self._variants(entity):
            key = alias_key(variant)
            if key not in self.by_alias and self.by_variant.get(key) == entity.id:
                seen.setdefault(variant, None)
        if entity.label in LOWER_CASE_LABELS:
            for surface in list(seen):
                words = surface.split()
                if len(words) < 2 or "(" in surface or not surface[0].isupper():
                    continue
                seen.setdefault(" ".join(w[:1].upper() + w[1:] for w in words), None)
                if len(words) >= 3:
                    seen.setdefault(surface.lower(), None)
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
    _add_governments(gaz)
    return gaz


DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch|i|ss)")


def _add_governments(gaz: Gazetteer) -> None:
    """Give every sovereign state whose demonym the gazetteer lists its government, an
    Agency, unless one is listed: "Mexican government", alias "Mexico's government"; every
    government is also "[Gg]overnment of <country>".

    >>> gazetteer().lookup("Mexico's government").name
    'Mexican government'
    """
    governments = [e for e in gaz.entities.values()
                   if e.label == "Agency" and e.name.endswith(" government")]
    for government in governments:  # the official title: "Government of India"
        home = government.properties.get("country")
        for title in (f"government of {home}", f"Government of {home}"):
            if home and title not in government.aliases:
                government.aliases.append(title)
                gaz.add(government)
    governed = {e.properties.get("country") for e in governments}
    for country in [e for e in gaz.entities.values() if e.label == "Country"]:
        demonyms = [a for a in country.aliases if DEMONYM.fullmatch(a)]
        if country.properties.get("kind") != "state" or not demonyms or country.name in governed:
            continue
        name, home = f"{demonyms[0]} government", country.name
        gaz.add(Entity(
            id=f"agency:{re.sub(r'[^a-z0-9]+', '-', name.lower())}", label="Agency", name=name,
            aliases=[f"{home}'s government", f"government of {home}", f"Government of {home}",
                     f"{home} government"],
            properties={"country": home},
        ))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The project's gazetteer (read once)."""
    return load_gazetteer()
