"""Coreference of definite descriptions and pronouns, on the real spaCy model."""

from __future__ import annotations

from loaders.coref import coref_spans
from loaders.entities import entity_spans
from loaders.nlp import get_nlp


def resolved(text: str) -> list[tuple[str, str]]:
    """(mention text, entity id) of every coreference mention in `text`."""
    doc = get_nlp()(text)
    return [(text[s.start : s.end], s.entity.id) for s in coref_spans(doc, entity_spans(doc))]


def test_a_description_with_modifiers_and_a_demonstrative() -> None:
    found = resolved(
        "The Big Fund invested in lithography.\n"
        "This state-backed fund also backs SMIC, and the new fund backs Hua Hong."
    )
    assert ("This state-backed fund", "plan:big-fund") in found
    assert ("the new fund", "plan:big-fund") in found


def test_the_plan_reaches_back_to_a_plan_named_with_that_word() -> None:
    found = resolved(
        "Beijing published the 15th Five-Year Plan in October.\n"
        "The Big Fund raised money.\n"
        "The plan prioritizes semiconductors."
    )
    assert found == [("The plan", "plan:15th-five-year-plan")]


def test_the_government_reaches_back_to_a_named_government() -> None:
    found = resolved(
        "The Japanese government backs chipmakers.\n"
        "Sony builds sensors in Kumamoto.\n"
        "Micron secured subsidies from the government."
    )
    assert found == [("the government", "agency:japanese-government")]


def test_a_description_that_names_its_own_entity_is_no_reference() -> None:
    assert resolved("Huawei sells phones. The Dutch firm ASML makes lithography machines.") == []
    assert resolved("Huawei sells phones. The company, SMIC, makes chips.") == []


def test_a_demonym_in_the_description_must_agree() -> None:
    found = resolved(
        "Ford signed a deal with CATL. Virginia dropped the planned Ford plant over its "
        "ties to the Chinese company."
    )
    assert ("the Chinese company", "company:catl") in found
    assert all(entity != "company:ford" for mention, entity in found if "Chinese" in mention)


def test_company_descriptions_stay_within_their_paragraph() -> None:
    found = resolved("Cambricon designs AI processors.\nThe company in this paragraph is unknown.")
    assert found == []


def test_its_without_a_subject_before_it_takes_the_mention_of_its_sentence() -> None:
    found = resolved(
        "Huawei makes phones.\nA probe accusing Nvidia of violations tied to its H20 chip began."
    )
    assert found == [("its", "company:nvidia")]
    assert resolved("Huawei grew. The Commerce Department added SMIC to its list.") == [
        ("its", "agency:u-s-department-of-commerce")
    ]


def test_a_country_s_plan_noun_refers_back_like_the_plan() -> None:
    found = resolved(
        "China published the 15th Five-Year Plan. The CCP's blueprint names quantum "
        "computing.\nThe Big Fund grew.\nBeijing's plan backs Huawei, and Beijing's "
        "strategy backs ZTE."
    )
    assert found == [
        ("blueprint", "plan:15th-five-year-plan"),
        ("plan", "plan:15th-five-year-plan"),
    ]
    assert resolved("Beijing's plan targets robotics. Huawei's company grew.") == []


def test_they_and_their_stand_for_every_member_of_a_subject_list() -> None:
    found = resolved("Samsung and SK Hynix said they would expand as their memory plants grow.")
    assert sorted(found) == [
        ("their", "company:samsung-electronics"),
        ("their", "company:sk-hynix"),
        ("they", "company:samsung-electronics"),
        ("they", "company:sk-hynix"),
    ]
    # "their" owned by its own clause's subject names no further party (see
    # test_coref_salience.py): "they would expand their plants" has no "their" mention
    assert sorted(resolved("Samsung and SK Hynix said they would expand their plants.")) == [
        ("they", "company:samsung-electronics"),
        ("they", "company:sk-hynix"),
    ]
    assert resolved("Huawei sued ZTE. They said nothing.") == []


def test_a_plural_description_stands_for_the_latest_list_in_any_role() -> None:
    found = resolved("Regulators met Samsung and SK Hynix. The two companies make memory chips.")
    assert sorted(found) == [
        ("The two companies", "company:samsung-electronics"),
        ("The two companies", "company:sk-hynix"),
    ]
    assert resolved("Samsung and SK Hynix grew. The companies that supply Apple fell.") == []
    assert resolved("Huawei grew. Both companies fell.") == []


def test_a_lede_description_refers_forward_to_the_only_fund_named() -> None:
    found = resolved(
        "China's state-backed chip fund has injected money into CXMT. "
        "The Big Fund was set up in 2014."
    )
    assert found == [("fund", "plan:big-fund")]


def test_a_plan_synonym_looks_for_the_word_it_stands_for() -> None:
    found = resolved(
        "The 15th Five-Year Plan was adopted.\nStrategic Goals\nThe blueprint calls for chips."
    )
    assert found == [("The blueprint", "plan:15th-five-year-plan")]


def test_a_noun_that_modifies_another_is_no_reference() -> None:
    found = resolved(
        "Samsung grew. It battles to regain ground in the competitive foundry market."
    )
    assert found == [("It", "company:samsung-electronics")]
