"""Scoring rules of `loaders.evaluate` on hand-made gold/prediction pairs, and a real
end-to-end `chokepoint eval` run of the extractor on the annotated sample corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from graph.schema import LABELS
from loaders.evaluate import (
    REPO_ROOT,
    GoldDocument,
    GoldError,
    evaluate,
    gold_sets,
    is_held_out,
    load_gold,
    normalize,
    parse_gold,
    score_document,
)
from loaders.model import Entity, Extraction, Relation, SourceDocument


def gold(
    entities: list[dict[str, Any]], relations: list[dict[str, Any]] | None = None
) -> GoldDocument:
    return parse_gold(
        {"document": "doc.txt", "entities": entities, "relations": relations or []},
        Path("gold.json"),
    )


def extraction(entities: list[Entity], relations: list[Relation] | None = None) -> Extraction:
    doc = SourceDocument("document:doc", "doc", "doc.txt", "text", "0")
    return Extraction(doc, entities, relations or [])


def company(slug: str, name: str, aliases: list[str] | None = None) -> Entity:
    return Entity(f"company:{slug}", "Company", name, aliases or [])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Taiwan Semiconductor Manufacturing Co., Ltd.", "taiwan semiconductor manufacturing"),
        ("ASML Holding N.V.", "asml"),
        ("U.S.", "us"),
        ("Huawei Technologies Co. Ltd", "huawei technologies"),
        ("Nvidia’s", "nvidia"),
        ("  ministry   of COMMERCE ", "ministry of commerce"),
        ("Group", "group"),
    ],
)
def test_normalize_folds_case_punctuation_article_and_suffixes(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_entity_matches_by_suffix_folded_name_and_counts_per_label() -> None:
    g = gold(
        [
            {
                "name": "TSMC",
                "label": "Company",
                "aliases": ["Taiwan Semiconductor Manufacturing Co."],
            },
            {"name": "Huawei", "label": "Company"},
            {"name": "China", "label": "Country"},
        ]
    )
    predicted = [
        company("tsmc", "Taiwan Semiconductor Manufacturing Company"),  # gold alias, suffix folded
        Entity("country:china", "Country", "china"),
        Entity("technology:5g", "Technology", "5G"),  # not in gold
    ]
    score = score_document(g, extraction(predicted))
    assert (score.entities["Company"].tp, score.entities["Company"].fn) == (1, 1)
    assert (score.entities["Country"].tp, score.entities["Country"].fp) == (1, 0)
    assert score.entities["Technology"].fp == 1
    total = score.entity_total
    assert (total.tp, total.fp, total.fn) == (2, 1, 1)
    assert total.precision == pytest.approx(2 / 3) and total.recall == pytest.approx(2 / 3)
    assert any("'Huawei'" in line for line in score.false_negatives)
    assert any("'5G'" in line for line in score.false_positives)


def test_predicted_alias_equal_to_gold_alias_matches() -> None:
    g = gold([{"name": "Ministry of Commerce", "label": "Agency", "aliases": ["MOFCOM"]}])
    predicted = [Entity("agency:mofcom", "Agency", "Chinese Commerce Ministry", ["Mofcom"])]
    assert score_document(g, extraction(predicted)).entities["Agency"].tp == 1


def test_same_name_with_another_label_does_not_match() -> None:
    g = gold([{"name": "Apollo", "label": "Product"}])
    score = score_document(g, extraction([company("apollo", "Apollo")]))
    assert score.entities["Company"].fp == 1
    assert score.entities["Product"].fn == 1
    assert score.entities["Product"].tp == 0


def test_duplicate_predictions_of_one_gold_entity_count_it_once() -> None:
    g = gold([{"name": "Huawei", "label": "Company", "aliases": ["Huawei Technologies"]}])
    predicted = [company("huawei-technologies", "Huawei Technologies"), company("huawei", "Huawei")]
    score = score_document(g, extraction(predicted))
    counts = score.entities["Company"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    # the exact-name prediction is the true positive, the other one the duplicate
    assert score.false_positives == [
        "doc.txt: entity Company 'Huawei Technologies' duplicates 'Huawei'"
    ]


def _supply_gold(cambricon_aliases: tuple[str, ...] = ()) -> GoldDocument:
    return gold(
        [
            {"name": "Cambricon", "label": "Company", "aliases": list(cambricon_aliases)},
            {"name": "ByteDance", "label": "Company"},
            {"name": "China Mobile", "label": "Company"},
            {"name": "China Telecom", "label": "Company"},
        ],
        [
            {"type": "SUPPLIES", "source": "Cambricon", "target": "ByteDance", "evidence": "e1"},
            {
                "type": "COMPETES_WITH",
                "source": "China Mobile",
                "target": "China Telecom",
                "evidence": "e2",
            },
        ],
    )


def _supply_entities() -> list[Entity]:
    return [
        company("cambricon", "Cambricon Technologies"),
        company("bytedance", "ByteDance Ltd."),
        company("china-mobile", "China Mobile"),
        company("china-telecom", "China Telecom"),
    ]


def test_relations_match_by_type_and_ends_symmetric_either_way() -> None:
    g = _supply_gold(cambricon_aliases=("Cambricon Technologies",))
    predicted = [
        Relation("SUPPLIES", "company:cambricon", "company:bytedance"),
        Relation("COMPETES_WITH", "company:china-telecom", "company:china-mobile"),  # reversed
    ]
    score = score_document(g, extraction(_supply_entities(), predicted))
    assert score.relations["SUPPLIES"].tp == 1
    assert score.relations["COMPETES_WITH"].tp == 1
    assert (score.relation_total.fp, score.relation_total.fn) == (0, 0)
    assert score.relation_total.f1 == 1.0


def test_reversed_directed_relation_is_both_a_false_positive_and_a_miss() -> None:
    g = _supply_gold()
    predicted = [Relation("SUPPLIES", "company:bytedance", "company:cambricon")]
    entities = [company("cambricon", "Cambricon"), company("bytedance", "ByteDance")]
    score = score_document(g, extraction(entities, predicted))
    counts = score.relations["SUPPLIES"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
    assert score.relations["COMPETES_WITH"].fn == 1


def test_relation_per_type_counting_duplicates_and_unmatched_ends() -> None:
    g = _supply_gold()
    entities = [
        company("cambricon", "Cambricon"),
        company("cambricon-2", "CAMBRICON"),  # a duplicate node of the same gold entity
        company("bytedance", "ByteDance"),
        company("alibaba", "Alibaba"),  # not in gold
    ]
    predicted = [
        Relation("SUPPLIES", "company:cambricon", "company:bytedance"),
        Relation("SUPPLIES", "company:cambricon-2", "company:bytedance"),  # same fact again
        Relation("SUPPLIES", "company:alibaba", "company:bytedance"),  # unmatched end
        Relation("COMPETES_WITH", "company:alibaba", "company:bytedance"),
    ]
    score = score_document(g, extraction(entities, predicted))
    assert (score.relations["SUPPLIES"].tp, score.relations["SUPPLIES"].fp) == (1, 1)
    assert (score.relations["COMPETES_WITH"].fp, score.relations["COMPETES_WITH"].fn) == (1, 1)
    total = score.relation_total
    assert (total.tp, total.fp, total.fn) == (1, 2, 1)
    assert total.precision == pytest.approx(1 / 3) and total.recall == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entities": []}, '"document"'),
        ({"document": "d", "entities": [{"name": "X", "label": "Firm"}]}, "unknown label 'Firm'"),
        (
            {"document": "d", "entities": [{"name": "X", "label": "Company"}] * 2},
            "annotated twice",
        ),
        (
            {
                "document": "d",
                "entities": [{"name": "X", "label": "Company"}],
                "relations": [{"type": "OWNS", "source": "X", "target": "X"}],
            },
            "unknown type 'OWNS'",
        ),
        (
            {
                "document": "d",
                "entities": [{"name": "X", "label": "Company"}],
                "relations": [{"type": "SUPPLIES", "source": "X", "target": "Y"}],
            },
            "'Y' is not an annotated entity",
        ),
        (
            {
                "document": "d",
                "entities": [{"name": "X", "label": "Company"}, {"name": "P", "label": "Person"}],
                "relations": [{"type": "SUPPLIES", "source": "P", "target": "X"}],
            },
            "Person -[SUPPLIES]-> Company is not in the ontology",
        ),
    ],
)
def test_bad_gold_is_refused_with_a_message_naming_the_file(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(GoldError) as err:
        parse_gold(data, Path("bad.json"))
    assert str(err.value).startswith("bad.json: ")
    assert message in str(err.value)


def test_unreadable_gold_file_and_missing_path(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="broken.json: cannot read gold file"):
        load_gold(broken)
    with pytest.raises(GoldError, match="no such gold file or directory"):
        gold_sets([tmp_path / "absent"])


def test_gold_whose_evidence_is_not_in_its_document_or_whose_document_is_missing(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("ASML ships\nEUV machines to TSMC.", encoding="utf-8")
    entities = [{"name": "ASML", "label": "Company"}, {"name": "TSMC", "label": "Company"}]
    gold = tmp_path / "a.json"

    def write(evidence: str, document: str = "a.txt") -> None:
        relation = {"type": "SUPPLIES", "source": "ASML", "target": "TSMC", "evidence": evidence}
        gold.write_text(json.dumps({"document": str(tmp_path / document),
                                    "entities": entities, "relations": [relation]}))

    write("ASML ships EUV machines to TSMC.")  # a line break in the text is folded
    assert load_gold(gold).relations[0].type == "SUPPLIES"
    write("ASML ships EUV machines to Intel.")
    with pytest.raises(GoldError, match=r"a.json: relation #0 \(SUPPLIES ASML -> TSMC\): its "
                       r"evidence is not in a.txt"):
        load_gold(gold)
    write("ASML ships EUV machines to TSMC.", document="absent.txt")
    with pytest.raises(GoldError, match="a.json: cannot read its document"):
        load_gold(gold)


def _write_set(root: Path, name: str, text: str, gold_data: dict[str, Any]) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    gold_data = {**gold_data, "document": str(folder / "a.txt")}
    (folder / "a.json").write_text(json.dumps(gold_data), encoding="utf-8")
    return folder


def test_gold_sets_are_grouped_per_directory_and_scored_with_an_extractor(tmp_path: Path) -> None:
    gold_data = {"entities": [{"name": "ASML", "label": "Company"}], "relations": []}
    _write_set(tmp_path, "sample", "ASML ships.", gold_data)
    _write_set(tmp_path, "heldout", "ASML ships.", gold_data)
    sets = gold_sets([tmp_path])
    assert sorted(sets) == [str(tmp_path / "heldout"), str(tmp_path / "sample")]
    assert is_held_out(str(tmp_path / "heldout")) and not is_held_out(str(tmp_path / "sample"))
    assert is_held_out("data/eval/heldout2") and not is_held_out("data/eval/heldout-notes")

    seen: list[str] = []

    def fixed_extractor(doc: SourceDocument) -> Extraction:
        seen.append(doc.text.strip())
        return Extraction(doc, [company("asml", "ASML N.V."), company("x", "X Corp")])

    scores = evaluate(sets, fixed_extractor)
    assert seen == ["ASML ships.", "ASML ships."]  # the document text was read from disk
    for score in scores.values():
        assert (score.entity_total.tp, score.entity_total.fp, score.entity_total.fn) == (1, 1, 0)


def _chokepoint(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the real `chokepoint` entry point in this process (the spaCy model stays loaded)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refuses_to_print_held_out_errors_and_reports_bad_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold_data = {"entities": [{"name": "ASML", "label": "Company"}], "relations": []}
    text = "ASML, the Dutch maker of lithography machines."
    folder = _write_set(tmp_path, "heldout", text, gold_data)
    code, out, err = _chokepoint(capsys, "eval", str(folder), "--errors")
    assert code == 0, err
    assert "errors of a held-out set are not shown" in out
    assert "false negatives" not in out

    bad = tmp_path / "bad.json"
    bad.write_text('{"document": "x", "entities": [{"name": "A", "label": "Firm"}]}')
    code, out, err = _chokepoint(capsys, "eval", str(bad))
    assert code == 1
    assert "unknown label 'Firm'" in err


@pytest.mark.slow
def test_cli_eval_on_the_sample_gold_prints_numbers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = REPO_ROOT / "data" / "eval" / "sample"
    golds = [load_gold(p) for p in sorted(sample.glob("*.json"))]
    assert len(golds) == 5
    monkeypatch.chdir(REPO_ROOT)
    code, out, err = _chokepoint(capsys, "eval", "data/eval/sample", "--json", "--errors")
    assert code == 0, err
    assert "gold set data/eval/sample (5 documents)" in out
    assert "false negatives:" in out
    report = json.loads(out[out.index("\n{") :])
    scores = report["data/eval/sample"]
    entities, relations = scores["entities"]["micro"], scores["relations"]["micro"]
    # every gold entity and relation is either found or missed, exactly once
    assert entities["tp"] + entities["fn"] == sum(len(g.entities) for g in golds)
    assert relations["tp"] + relations["fn"] == sum(len(g.relations) for g in golds)
    for block in (entities, relations):
        assert 0.0 <= block["precision"] <= 1.0 and 0.0 <= block["recall"] <= 1.0
    assert set(scores["entities"]["by_label"]) <= set(LABELS)
