"""How far each extraction method is trusted: its precision, measured on the gold sets.

Every Evidence names its ``method`` (``dep:<rule>``, ``surface:<rule>``, ``phrase``,
``pattern:title``...). ``chokepoint calibrate GOLD...`` runs the extractor over annotated
documents and counts, for each method, the facts it read that the gold holds (tp) and does
not hold (fp). From the counts it writes ``data/relations/calibration.json``: each method's
precision, smoothed toward the precision of all facts (a method seen on few facts stays near
the average), and its factor = that precision / the average. The extractor multiplies an
evidence's configured confidence (hedges included) by its method's factor, so a reading
that proved right 96 times in 100 counts for more than one right half the time; a method
the gold never saw keeps its configured confidence. Held-out sets are never calibrated on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from loaders.evaluate import (
    Extractor,
    GoldDocument,
    default_extractor,
    fact_key,
    match_entities,
    predicted,
    read_document,
)

SMOOTHING = 5.0
"""Pseudo-facts at the average precision added to every method's counts."""
MAX_CONFIDENCE = 0.99
"""No reading is certain: a scaled confidence stops here."""


@dataclass
class MethodCounts:
    """Facts a method read that the gold holds (tp) and does not hold (fp)."""

    tp: int = 0
    fp: int = 0


def count_methods(
    documents: Iterable[GoldDocument], extractor: Extractor | None = None
) -> tuple[dict[str, MethodCounts], MethodCounts]:
    """Per method, and over all facts, the facts read that the gold holds and does not.

    A fact read by two methods counts once for each of them and once in the total.
    """
    run = extractor or default_extractor()
    methods: dict[str, MethodCounts] = {}
    total = MethodCounts()
    for gold in documents:
        held = {fact_key(r.type, r.source, r.target) for r in gold.relations}
        extraction = run(read_document(gold.document))
        mapping = match_entities(gold.entities, extraction.entities)
        for key, relations in predicted(extraction, mapping).items():
            right = key in held
            total.tp += right
            total.fp += not right
            for method in {e.method for r in relations for e in r.evidence}:
                counts = methods.setdefault(method, MethodCounts())
                counts.tp += right
                counts.fp += not right
    return methods, total


def calibration(
    methods: dict[str, MethodCounts], total: MethodCounts, sets: Sequence[str]
) -> dict[str, Any]:
    """The content of ``calibration.json``: each method's smoothed precision and factor.

    >>> table = calibration({"dep:a": MethodCounts(9, 1), "phrase": MethodCounts(1, 4)},
    ...                     MethodCounts(10, 5), ["dev"])
    >>> table["average_precision"], table["methods"]["dep:a"]
    (0.6667, {'tp': 9, 'fp': 1, 'precision': 0.8222, 'factor': 1.2333})
    >>> table["methods"]["phrase"]["factor"]
    0.65
    """
    facts = total.tp + total.fp
    average = total.tp / facts if facts else 1.0
    table: dict[str, dict[str, float | int]] = {}
    for method in sorted(methods):
        counts = methods[method]
        precision = (counts.tp + SMOOTHING * average) / (counts.tp + counts.fp + SMOOTHING)
        table[method] = {
            "tp": counts.tp,
            "fp": counts.fp,
            "precision": round(precision, 4),
            "factor": round(precision / average, 4),
        }
    return {
        "_doc": __doc__.strip().split("\n\n")[0] + " Written by `chokepoint calibrate`.",
        "gold_sets": sorted(sets),
        "facts": facts,
        "average_precision": round(average, 4),
        "smoothing": SMOOTHING,
        "methods": table,
    }


def scaled(confidence: float, method: str, factors: dict[str, float]) -> float:
    """`confidence` scaled by the factor of `method` (1 when unknown), at most 0.99.

    >>> scaled(0.8, "dep:role_noun", {"dep:role_noun": 1.15}), scaled(0.8, "new", {})
    (0.92, 0.8)
    >>> scaled(0.9, "dep:a", {"dep:a": 1.2})
    0.99
    """
    return min(MAX_CONFIDENCE, round(confidence * factors.get(method, 1.0), 4))
