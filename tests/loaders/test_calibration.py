"""Calibration: each method's precision on gold sets scales the confidence it gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from loaders.calibration import MethodCounts, calibration, count_methods, scaled
from loaders.evaluate import gold_sets
from loaders.pipeline import extract
from loaders.read import document_from_text
from loaders.relation_rules import CALIBRATION, RELATIONS_DIR, RuleError, load_rules

TEXT = "Nvidia CEO Jensen Huang said ASML supplies EUV lithography machines to TSMC."
GOLD: dict[str, Any] = {
    "entities": [
        {"name": "Nvidia", "label": "Company"},
        {"name": "Jensen Huang", "label": "Person"},
        {"name": "ASML", "label": "Company"},
        {"name": "TSMC", "label": "Company"},
        {"name": "EUV lithography", "label": "Technology"},
    ],
    "relations": [
        {"type": "AFFILIATED_WITH", "source": "Jensen Huang", "target": "Nvidia",
         "evidence": TEXT},
        {"type": "SUPPLIES", "source": "ASML", "target": "TSMC", "evidence": TEXT},
    ],  # ASML DEVELOPS EUV lithography is left out: the extractor's reading of it is an fp
}


def _write_set(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.json").write_text(
        json.dumps({**GOLD, "document": str(folder / "a.txt")}), encoding="utf-8"
    )
    return folder


def test_methods_are_counted_against_the_gold(tmp_path: Path) -> None:
    folder = _write_set(tmp_path, "dev")
    documents = [d for docs in gold_sets([folder]).values() for d in docs]
    methods, total = count_methods(documents)
    readers = {m: (c.tp, c.fp) for m, c in methods.items()}
    assert (total.tp, total.fp) == (2, 1), readers
    assert readers["dep:role_noun"] == (1, 0)
    assert readers["dep:supply_to"] == (1, 0)
    assert readers["dep:supply_goods"] == (0, 1)


def test_a_precise_method_gets_a_factor_above_one_and_a_sloppy_one_below() -> None:
    table = calibration(
        {"good": MethodCounts(40, 0), "bad": MethodCounts(2, 8), "rare": MethodCounts(0, 1)},
        MethodCounts(42, 9), ["dev"],
    )
    factors = {m: entry["factor"] for m, entry in table["methods"].items()}
    assert factors["good"] > 1 > factors["rare"] > factors["bad"]
    assert table["average_precision"] == round(42 / 51, 4)


def test_the_shipped_factors_scale_the_extractor_confidence() -> None:
    factors = load_rules().method_factors
    assert factors["dep:role_noun"] > 1 > factors["dep:supply_goods"]
    relations = {(r.type, r.evidence[0].method): r.evidence[0].confidence
                 for r in extract(document_from_text("t", TEXT)).relations}
    assert relations[("AFFILIATED_WITH", "dep:role_noun")] == scaled(0.8, "dep:role_noun", factors)
    assert relations[("AFFILIATED_WITH", "dep:role_noun")] > relations[
        ("DEVELOPS", "dep:supply_goods")]


def test_a_rules_directory_without_calibration_keeps_configured_confidences(
    tmp_path: Path,
) -> None:
    plain, broken = tmp_path / "plain", tmp_path / "broken"  # load_rules caches per directory
    for rules in (plain, broken):
        shutil.copytree(RELATIONS_DIR, rules)
    (plain / CALIBRATION).unlink()
    assert load_rules(plain).method_factors == {}
    (broken / CALIBRATION).write_text(json.dumps({"methods": {"dep:x": {"tp": 1}}}))
    with pytest.raises(RuleError, match="calibration.json: a method without a factor"):
        load_rules(broken)


def test_cli_writes_the_table_and_skips_held_out_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "eval"
    dev, held_out = _write_set(gold, "dev"), _write_set(gold, "heldout")
    output = tmp_path / "calibration.json"
    assert main(["calibrate", str(gold), "-o", str(output)]) == 0
    table = json.loads(output.read_text(encoding="utf-8"))
    assert table["gold_sets"] == [str(dev)]
    assert table["facts"] == 3 and table["methods"]["dep:supply_goods"]["fp"] == 1
    out, err = capsys.readouterr()
    assert "3 facts" in out and f"held-out sets are not calibrated on: {held_out}" in err

    assert main(["calibrate", str(held_out), "-o", str(tmp_path / "other.json")]) == 1
    assert "no gold set to calibrate on" in capsys.readouterr().err
    assert not (tmp_path / "other.json").exists()
