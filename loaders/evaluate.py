"""Score the extractor against hand-annotated gold files: precision, recall and F1.

A gold file is one JSON document (see data/eval/GUIDELINES.md)::

    {"document": "data/corpus/000_a5922a27cc124279.txt",
     "entities": [{"name": "Huawei", "label": "Company", "aliases": ["Huawei Technologies"]}],
     "relations": [{"type": "BASED_IN", "source": "Huawei", "target": "China",
                    "evidence": "..."}]}

Matching rules (one gold document against the extraction of its text):

* an entity matches when the labels are equal and a normalised surface form of the
  prediction (its name or any alias) equals a normalised surface form of the gold entity
  (its name or any alias); normalising folds case, punctuation, a leading "the" and
  corporate suffixes ("Inc.", "Co., Ltd.", "N.V."...);
* every gold entity is counted once: the best prediction matching it is the true positive,
  a further prediction matching the same gold entity is a *duplicate* (a second node for
  one real-world entity) and counts as a false positive;
* a relationship matches when the types are equal and both ends match the gold ends
  (``COMPETES_WITH`` in either direction); relationships are compared as sets of
  (type, source, target) facts, so the same fact predicted twice counts once.

Micro totals add the counts of every document of a gold set.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.schema import LABELS, REL_TYPES, allowed
from loaders.model import Entity, Extraction, Relation, SourceDocument

REPO_ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = re.compile(r"heldout\d*")
SYMMETRIC: frozenset[str] = frozenset({"COMPETES_WITH"})

_SUFFIXES = (
    "incorporated",
    "inc",
    "corporation",
    "corp",
    "company",
    "co",
    "limited",
    "ltd",
    "llc",
    "plc",
    "holdings",
    "holding",
    "group",
    "nv",
    "n v",
    "ag",
    "sa",
    "se",
    "bv",
    "gmbh",
)
_SUFFIX_RE = re.compile(r"(?:\s+(?:" + "|".join(re.escape(s) for s in _SUFFIXES) + r"))+$")
_PUNCT_RE = re.compile(r"[^\w\s]")


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and the problem."""


def normalize(name: str) -> str:
    """Fold a surface form for comparison.

    >>> normalize("The Taiwan Semiconductor Manufacturing Co., Ltd.")
    'taiwan semiconductor manufacturing'
    >>> normalize("ASML Holding N.V."), normalize("U.S.")
    ('asml', 'us')
    """
    text = unicodedata.normalize("NFKC", name).lower().replace("’", "'")
    if text.endswith("'s"):
        text = text[:-2]
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)  # U.S. -> US., N.V. -> NV.
    text = _PUNCT_RE.sub(" ", text)
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    stripped = _SUFFIX_RE.sub("", text).strip()
    return stripped or text


@dataclass(frozen=True)
class GoldEntity:
    """One annotated entity: its canonical name, ontology label and the aliases in the text."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()

    def forms(self) -> frozenset[str]:
        """Normalised surface forms (name and aliases)."""
        return frozenset(normalize(s) for s in (self.name, *self.aliases))


@dataclass(frozen=True)
class GoldRelation:
    """One annotated fact between two gold entity names, with the sentence that states it."""

    type: str
    source: str
    target: str
    evidence: str


@dataclass
class GoldDocument:
    """The annotation of one document text."""

    gold_path: Path
    document: Path
    entities: list[GoldEntity]
    relations: list[GoldRelation]


@dataclass
class Counts:
    """True positives, false positives, false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """Counts per label, per relationship type, and the errors behind them."""

    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    def entity(self, label: str) -> Counts:
        return self.entities.setdefault(label, Counts())

    def relation(self, rel_type: str) -> Counts:
        return self.relations.setdefault(rel_type, Counts())

    def add(self, other: Score) -> None:
        for label, counts in other.entities.items():
            self.entity(label).add(counts)
        for rel_type, counts in other.relations.items():
            self.relation(rel_type).add(counts)
        self.false_positives.extend(other.false_positives)
        self.false_negatives.extend(other.false_negatives)

    @property
    def entity_total(self) -> Counts:
        return _sum(self.entities.values())

    @property
    def relation_total(self) -> Counts:
        return _sum(self.relations.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "entities": {
                "micro": self.entity_total.as_dict(),
                "by_label": {k: v.as_dict() for k, v in sorted(self.entities.items())},
            },
            "relations": {
                "micro": self.relation_total.as_dict(),
                "by_type": {k: v.as_dict() for k, v in sorted(self.relations.items())},
            },
        }


def _sum(parts: Iterable[Counts]) -> Counts:
    total = Counts()
    for part in parts:
        total.add(part)
    return total


# --- reading gold files -------------------------------------------------------------


def _resolve_document(raw: str, gold_path: Path) -> Path:
    candidate = Path(raw)
    if candidate.is_absolute():
        return candidate
    for base in (Path.cwd(), REPO_ROOT, gold_path.parent):
        if (base / candidate).is_file():
            return base / candidate
    return REPO_ROOT / candidate


def parse_gold(data: Any, gold_path: Path) -> GoldDocument:
    """Validate one gold file's JSON against the ontology; raise :class:`GoldError` if wrong.

    >>> doc = parse_gold({"document": "x.txt", "entities": [{"name": "ASML", "label": "Company"}],
    ...                   "relations": []}, Path("g.json"))
    >>> doc.entities[0].label
    'Company'
    """

    def fail(message: str) -> GoldError:
        return GoldError(f"{gold_path}: {message}")

    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise fail('expected an object with a "document" path')
    entities: list[GoldEntity] = []
    by_name: dict[str, GoldEntity] = {}
    for i, item in enumerate(data.get("entities", [])):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise fail(f"entity #{i}: expected an object with a string name")
        label = item.get("label")
        if label not in LABELS:
            raise fail(f"entity {item['name']!r}: unknown label {label!r}")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise fail(f"entity {item['name']!r}: aliases must be a list of strings")
        if item["name"] in by_name:
            raise fail(f"entity {item['name']!r} is annotated twice")
        entity = GoldEntity(item["name"], label, tuple(aliases))
        entities.append(entity)
        by_name[entity.name] = entity
    relations: list[GoldRelation] = []
    for i, item in enumerate(data.get("relations", [])):
        if not isinstance(item, dict):
            raise fail(f"relation #{i}: expected an object")
        rel_type, source, target = item.get("type"), item.get("source"), item.get("target")
        if rel_type not in REL_TYPES:
            raise fail(f"relation #{i}: unknown type {rel_type!r}")
        for end in (source, target):
            if end not in by_name:
                raise fail(f"relation #{i} ({rel_type}): {end!r} is not an annotated entity")
        assert isinstance(rel_type, str) and isinstance(source, str) and isinstance(target, str)
        start_label, end_label = by_name[source].label, by_name[target].label
        if not allowed(rel_type, start_label, end_label):
            raise fail(
                f"relation #{i}: {start_label} -[{rel_type}]-> {end_label} is not in the ontology"
            )
        relations.append(GoldRelation(rel_type, source, target, str(item.get("evidence", ""))))
    return GoldDocument(
        gold_path, _resolve_document(data["document"], gold_path), entities, relations
    )


def gold_files(path: Path) -> list[Path]:
    """The gold files at `path`: the file itself, or every ``*.json`` below a directory
    (:class:`GoldError` if there is none)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
        if not files:
            raise GoldError(f"no gold files in {path} (expected *.json gold files below it)")
        return files
    if path.is_file():
        return [path]
    raise GoldError(f"{path}: no such gold file or directory")


def load_gold(path: Path) -> GoldDocument:
    """Read and validate one gold file, and check it against its document
    (:func:`check_evidence`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from exc
    gold = parse_gold(data, path)
    check_evidence(gold)
    return gold


def check_evidence(gold: GoldDocument) -> None:
    """Raise :class:`GoldError` unless the document can be read and every relation's
    evidence occurs in it (whitespace folded), so that a gold fact always points at a
    sentence of its text."""
    try:
        text = " ".join(gold.document.read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{gold.gold_path}: cannot read its document: {exc}") from exc
    for i, relation in enumerate(gold.relations):
        evidence = " ".join(relation.evidence.split())
        if evidence and evidence not in text:
            raise GoldError(
                f"{gold.gold_path}: relation #{i} ({relation.type} {relation.source} -> "
                f"{relation.target}): its evidence is not in {gold.document.name}: "
                f"{relation.evidence[:80]!r}"
            )


def is_held_out(set_name: str) -> bool:
    """Whether a gold set is held out (in a directory ``heldout``, ``heldout2``, ...): its
    errors are never shown.

    >>> is_held_out("data/eval/heldout"), is_held_out("data/eval/heldout2")
    (True, True)
    >>> is_held_out("data/eval/sample")
    False
    """
    return any(HELD_OUT.fullmatch(part) for part in Path(set_name).parts)


def gold_sets(paths: Sequence[Path]) -> dict[str, list[GoldDocument]]:
    """Group the gold files under `paths` into sets, one per directory holding them.

    A single file is a set of its own; ``data/eval`` with ``sample/`` and ``heldout/``
    gives two sets.
    """
    sets: dict[str, list[GoldDocument]] = {}
    for path in paths:
        for file in gold_files(path):
            name = str(path) if path.is_file() else str(file.parent)
            sets.setdefault(name, []).append(load_gold(file))
    return sets


# --- scoring ----------------------------------------------------------------------------


def _entity_forms(entity: Entity) -> frozenset[str]:
    return frozenset(normalize(s) for s in (entity.name, *entity.aliases))


def _describe(entity: Entity) -> str:
    return f"{entity.label} {entity.name!r}"


def _rank(entity: Entity, gold: GoldEntity) -> int:
    """How well a prediction matches a gold entity: 0 same name, 1 name is an alias, 2 alias."""
    name = normalize(entity.name)
    return 0 if name == normalize(gold.name) else 1 if name in gold.forms() else 2


def match_entities(gold: Sequence[GoldEntity], predicted: Sequence[Entity]) -> dict[str, str]:
    """Map predicted entity ids to the gold entity name they stand for (duplicates included).

    A prediction matching several gold entities stands for the best-ranked one.
    """
    mapping: dict[str, str] = {}
    for entity in predicted:
        forms = _entity_forms(entity)
        candidates = [g for g in gold if g.label == entity.label and forms & g.forms()]
        if candidates:
            mapping[entity.id] = min(candidates, key=lambda g: _rank(entity, g)).name
    return mapping


def _primary(
    gold: Sequence[GoldEntity], predicted: Sequence[Entity], mapping: dict[str, str]
) -> dict[str, str]:
    """For each matched gold name, the id of the prediction counted as its true positive.

    Name-to-name matches win over alias matches when several predictions stand for one
    gold entity; the others are duplicates.
    """
    by_name = {g.name: g for g in gold}
    matched = [e for e in predicted if e.id in mapping]
    primary: dict[str, str] = {}
    for entity in sorted(matched, key=lambda e: _rank(e, by_name[mapping[e.id]])):
        primary.setdefault(mapping[entity.id], entity.id)
    return primary


def fact_key(rel_type: str, source: str, target: str) -> tuple[str, str, str]:
    """How a fact is compared: (type, source, target), the ends of a symmetric type sorted.

    >>> fact_key("COMPETES_WITH", "Nvidia", "AMD"), fact_key("SUPPLIES", "TSMC", "Apple")
    (('COMPETES_WITH', 'AMD', 'Nvidia'), ('SUPPLIES', 'TSMC', 'Apple'))
    """
    if rel_type in SYMMETRIC and target < source:
        source, target = target, source
    return rel_type, source, target


def predicted(
    extraction: Extraction, mapping: dict[str, str]
) -> dict[tuple[str, str, str], list[Relation]]:
    """The relations of `extraction` by the fact they state, keyed as gold facts are: ends
    mapped to gold names (:func:`match_entities`), an unmatched end as ``?<id>``."""
    facts: dict[tuple[str, str, str], list[Relation]] = {}
    for relation in extraction.relations:
        source, target = mapping.get(relation.start), mapping.get(relation.end)
        if source is None or target is None:
            key = fact_key(relation.type, f"?{relation.start}", f"?{relation.end}")
        else:
            key = fact_key(relation.type, source, target)
        facts.setdefault(key, []).append(relation)
    return facts


def score_document(gold: GoldDocument, extraction: Extraction) -> Score:
    """Score one extraction against its gold annotation.

    >>> g = parse_gold({"document": "x", "entities": [{"name": "ASML", "label": "Company"}]},
    ...                Path("g.json"))
    >>> doc = SourceDocument("document:x", "x", "x", "ASML", "0")
    >>> s = score_document(g, Extraction(doc, [Entity("company:asml", "Company", "ASML N.V.")]))
    >>> s.entity_total.tp, s.entity_total.fp, s.entity_total.fn
    (1, 0, 0)
    """
    score = Score()
    where = gold.document.name
    mapping = match_entities(gold.entities, extraction.entities)
    primary = _primary(gold.entities, extraction.entities, mapping)
    for entity in extraction.entities:
        if entity.id not in mapping:
            score.entity(entity.label).fp += 1
            score.false_positives.append(f"{where}: entity {_describe(entity)}")
        elif primary[mapping[entity.id]] == entity.id:
            score.entity(entity.label).tp += 1
        else:
            score.entity(entity.label).fp += 1
            score.false_positives.append(
                f"{where}: entity {_describe(entity)} duplicates {mapping[entity.id]!r}"
            )
    for g in gold.entities:
        if g.name not in primary:
            score.entity(g.label).fn += 1
            score.false_negatives.append(f"{where}: entity {g.label} {g.name!r}")

    names = {e.id: e.name for e in extraction.entities}
    gold_facts = {fact_key(r.type, r.source, r.target): r for r in gold.relations}
    predicted_facts = {key: found[0] for key, found in predicted(extraction, mapping).items()}
    for key, relation in sorted(predicted_facts.items()):
        counts = score.relation(relation.type)
        if key in gold_facts:
            counts.tp += 1
            continue
        counts.fp += 1
        sentence = relation.evidence[0].sentence if relation.evidence else ""
        score.false_positives.append(
            f"{where}: {names.get(relation.start, relation.start)} -[{relation.type}]-> "
            f"{names.get(relation.end, relation.end)}  | {sentence.strip()}"
        )
    for key, fact in sorted(gold_facts.items()):
        if key not in predicted_facts:
            score.relation(fact.type).fn += 1
            score.false_negatives.append(
                f"{where}: {fact.source} -[{fact.type}]-> {fact.target}  | {fact.evidence}"
            )
    return score


# --- running the extractor --------------------------------------------------------------

Extractor = Callable[[SourceDocument], Extraction]


def read_document(path: Path) -> SourceDocument:
    """Read one document text through the product's reader (cleaning included)."""
    from loaders.read import read_path

    for item in read_path(path):
        if isinstance(item, SourceDocument):
            return item
        raise GoldError(f"{path}: {item}")
    raise GoldError(f"{path}: no document read")


def default_extractor() -> Extractor:
    """The real extractor: ``loaders.pipeline.extract``."""
    from loaders.pipeline import extract

    return extract


def evaluate(
    sets: dict[str, list[GoldDocument]], extractor: Extractor | None = None
) -> dict[str, Score]:
    """Run the extractor on every gold document's text and score each set."""
    run = extractor or default_extractor()
    results: dict[str, Score] = {}
    for name, documents in sets.items():
        total = Score()
        for gold in documents:
            total.add(score_document(gold, run(read_document(gold.document))))
        results[name] = total
    return results


# --- reporting --------------------------------------------------------------------------


def _row(name: str, counts: Counts) -> str:
    return (
        f"  {name:<18} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}"
        f" {counts.precision:>7.3f} {counts.recall:>7.3f} {counts.f1:>7.3f}"
    )


def format_table(name: str, score: Score, documents: int) -> str:
    """A plain-text table of one gold set's scores."""
    header = f"  {'':<18} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}"
    lines = [f"gold set {name} ({documents} documents)", "entities", header]
    lines += [_row(label, score.entities[label]) for label in LABELS if label in score.entities]
    lines += [_row("micro", score.entity_total), "relationships", header]
    lines += [_row(t, score.relations[t]) for t in REL_TYPES if t in score.relations]
    lines.append(_row("micro", score.relation_total))
    return "\n".join(lines)


def format_errors(score: Score) -> str:
    """False positives and false negatives, one a line."""
    lines = ["false positives:"]
    lines += [f"  {item}" for item in score.false_positives] or ["  (none)"]
    lines.append("false negatives:")
    lines += [f"  {item}" for item in score.false_negatives] or ["  (none)"]
    return "\n".join(lines)
