"""Salience of "the company" / "the firm", and "their own", on the real spaCy model and the
real engine (audit of issue 3)."""

from __future__ import annotations

import pytest

from graph.base import GraphEngine
from loaders.coref import coref_spans
from loaders.entities import entity_spans
from loaders.nlp import get_nlp
from loaders.pipeline import extract, load_document
from loaders.read import document_from_text
from queries.documents import DOCUMENT_RELATIONSHIPS


def resolved(text: str) -> list[tuple[str, str]]:
    """(mention text, entity id) of every coreference mention in `text`."""
    doc = get_nlp()(text)
    return [(text[s.start : s.end], s.entity.id) for s in coref_spans(doc, entity_spans(doc))]


def facts(text: str) -> set[tuple[str, str, str]]:
    """(start, type, end) of every relationship extracted from `text`."""
    return {(r.start, r.type, r.end) for r in extract(document_from_text("t", text)).relations}


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Samsung Electronics supplies memory chips to Apple. "
            "The company also sells displays to Xiaomi.",
            ("company:samsung-electronics", "SUPPLIES", "company:xiaomi"),
            ("company:apple", "SUPPLIES", "company:xiaomi"),
        ),
        (
            "ASML sells lithography machines to TSMC. The firm also buys lenses from Zeiss.",
            ("company:carl-zeiss", "SUPPLIES", "company:asml"),
            ("company:carl-zeiss", "SUPPLIES", "company:tsmc"),
        ),
        (
            "Intel buys wafers from TSMC. The company also relies on ASML.",
            ("company:intel", "DEPENDS_ON", "company:asml"),
            ("company:tsmc", "DEPENDS_ON", "company:asml"),
        ),
        (
            "Cambricon signed a deal with ByteDance. The firm will supply AI chips to Baidu",
            ("company:cambricon", "SUPPLIES", "company:baidu"),
            ("company:bytedance", "SUPPLIES", "company:baidu"),
        ),
    ],
)
def test_the_company_is_the_previous_subject_not_the_latest_object(
    text: str, right: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = facts(text)
    assert right in found
    assert wrong not in found


def test_the_subject_of_an_earlier_clause_of_the_same_sentence_wins() -> None:
    found = resolved("Intel buys wafers from TSMC, and the company also relies on ASML.")
    assert found == [("the company", "company:intel")]


def test_a_single_candidate_and_it_still_resolve() -> None:
    assert resolved("Regulators fined Huawei. The company appealed.") == [
        ("The company", "company:huawei")
    ]
    assert resolved("Nvidia sells GPUs to Baidu. It also makes CPUs.") == [
        ("It", "company:nvidia")
    ]


def test_a_subject_is_no_antecedent_of_an_object_of_its_own_clause() -> None:
    found = resolved(
        "CATL said it had signed a deal with Honda to supply batteries to the automaker."
    )
    assert ("the automaker", "company:honda") in found
    assert resolved("TSMC makes chips. Apple buys chips from the company.") == [
        ("the company", "company:tsmc")
    ]


def test_a_place_in_the_clause_may_still_be_the_subject() -> None:
    found = resolved(
        "Canada will ban Chinese telecom giants Huawei and ZTE from rolling out their 5G "
        "network in the country."
    )
    assert ("the country", "country:canada") in found


def test_a_demonstrative_takes_the_latest_candidate() -> None:
    found = resolved("Volkswagen owns a subsidiary, Cariad, and that company writes software.")
    assert ("that company", "company:cariad") in found


def test_a_country_in_the_description_prefers_a_company_known_to_be_of_it() -> None:
    found = resolved(
        "Zhejiang Jingsheng said Rome blocked its joint venture with Applied Materials "
        "to buy the U.S.-based group's business."
    )
    assert ("the U.S.-based group", "company:applied-materials") in found


def test_a_modifier_of_a_subject_and_a_dateline_are_no_subjects() -> None:
    assert resolved(
        'The "Google incident" is probed within Samsung. The company\'s division met.'
    ) == [("The company", "company:samsung-electronics")]
    found = resolved(
        "BEIJING (Reuters) - Regulators said products made by Micron failed a review "
        "and barred purchases from the company."
    )
    assert ("the company", "company:micron") in found


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba, Tencent and Baidu are developing their own chips.",
        "Alibaba and Tencent develop their own chips.",
        "Alibaba and Tencent said they develop their chips.",
    ],
)
def test_their_own_makes_no_member_a_customer_of_another(text: str) -> None:
    found = facts(text)
    assert ("company:alibaba", "DEVELOPS", "technology:semiconductors") in found
    assert ("company:tencent", "DEVELOPS", "technology:semiconductors") in found
    assert not {f for f in found if f[1] == "SUPPLIES"}


def test_their_of_another_clause_still_stands_for_the_list() -> None:
    found = resolved("Samsung and SK Hynix said their memory plants would grow.")
    assert sorted(found) == [
        ("their", "company:samsung-electronics"),
        ("their", "company:sk-hynix"),
    ]


def test_loading_the_audit_examples_stores_the_salient_facts(engine: GraphEngine) -> None:
    doc = document_from_text(
        "audit",
        "Samsung Electronics supplies memory chips to Apple. The company also sells "
        "displays to Xiaomi.\nAlibaba and Tencent develop their own chips.",
    )
    load_document(engine, doc)
    rows = engine.read(DOCUMENT_RELATIONSHIPS.text(engine.dialect), {"id": doc.id})
    stored = {(r["start"], r["type"], r["end"]) for r in rows}
    assert ("company:samsung-electronics", "SUPPLIES", "company:xiaomi") in stored
    assert ("company:apple", "SUPPLIES", "company:xiaomi") not in stored
    assert not {f for f in stored if f[1] == "SUPPLIES" and "alibaba" in f[0] + f[2]}
