"""Entity recognition, typing and resolution on general sentences (real spaCy model)."""

from __future__ import annotations

from collections import Counter

import pytest

from graph.schema import LABELS
from loaders.coref import coref_spans
from loaders.entities import entity_spans, is_acronym_of, org_label, strip_suffixes
from loaders.gazetteer import gazetteer
from loaders.model import EntitySpan
from loaders.nlp import get_nlp, is_rule_based


def spans(text: str, rule_based: bool = False) -> list[EntitySpan]:
    return entity_spans(get_nlp(rule_based)(text))


def ids(text: str, rule_based: bool = False) -> set[str]:
    return {s.entity.id for s in spans(text, rule_based)}


def by_surface(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.entity.id for s in spans(text)}


def test_gazetteer_is_large_valid_and_unambiguous() -> None:
    gaz = gazetteer()
    assert len(gaz.entities) >= 500
    counts = Counter(e.label for e in gaz.entities.values())
    assert set(counts) == set(LABELS)
    assert counts["Company"] >= 200 and counts["Country"] >= 50
    assert all(e.id.startswith(e.label.lower() + ":") for e in gaz.entities.values())
    assert all(len(v) == 1 for v in gaz.by_alias.values())


def test_aliases_acronyms_and_suffixes_resolve_to_one_node() -> None:
    text = (
        "Taiwan Semiconductor Manufacturing Co. makes chips for Apple. TSMC also builds a fab "
        "in Arizona. Huawei Technologies Co., Ltd. and Huawei both appear. "
        "The Ministry of Commerce and Mofcom are the same body."
    )
    surfaces = by_surface(text)
    assert surfaces["Taiwan Semiconductor Manufacturing Co."] == "company:tsmc"
    assert surfaces["TSMC"] == "company:tsmc"
    assert surfaces["Huawei Technologies Co., Ltd."] == surfaces["Huawei"] == "company:huawei"
    assert surfaces["Ministry of Commerce"] == surfaces["Mofcom"]
    assert surfaces["Mofcom"] == "agency:ministry-of-commerce-china"


def test_acronym_definition_of_an_unknown_company() -> None:
    text = (
        "Shenzhen Kaihong Photonics Corporation (SKPC) opened a new plant last year. "
        "Analysts said SKPC would double its output of laser modules."
    )
    found = spans(text)
    skpc = [s for s in found if text[s.start : s.end] == "SKPC"]
    assert len(skpc) == 2
    entity = skpc[0].entity
    assert entity.label == "Company"
    assert entity.id == "company:shenzhen-kaihong-photonics"
    assert "SKPC" in entity.aliases
    assert {s.method for s in skpc} == {"acronym"}


def test_parenthetical_subsidiary_gives_two_entities() -> None:
    surfaces = by_surface("Huawei (HiSilicon) designs its own processors.")
    assert surfaces["Huawei"] == "company:huawei"
    assert surfaces["HiSilicon"] == "company:hisilicon"


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        ("The Ministry of Ecology and Environment issued new rules on Tuesday.",
         "Ministry of Ecology and Environment", "Agency"),
        ("The National Energy Administration approved the project in May.",
         "National Energy Administration", "Agency"),
        ("Researchers at the Shanghai Institute of Microsystems built a prototype.",
         "Shanghai Institute of Microsystems", "Organization"),
        ("Nordvik Lithium Corp. signed a supply deal with a carmaker.",
         "Nordvik Lithium Corp.", "Company"),
        ("Lawmakers passed the Semiconductor Supply Security Act last week.",
         "Semiconductor Supply Security Act", "Sanction"),
        ("Lawmakers passed the Advanced Manufacturing Investment Act last week.",
         "Advanced Manufacturing Investment Act", "Plan"),
        ("Demand for automotive chips and sodium-ion batteries keeps rising.",
         "automotive chips", "Technology"),
        ("Demand for automotive chips and sodium-ion batteries keeps rising.",
         "sodium-ion batteries", "Technology"),
    ],
)
def test_typing_by_cues(sentence: str, surface: str, label: str) -> None:
    found = {sentence[s.start : s.end]: s.entity for s in spans(sentence)}
    assert surface in found, found
    assert found[surface].label == label


def test_org_label_cues() -> None:
    assert org_label("Federal Maritime Commission") == "Agency"
    assert org_label("Beijing Academy of Quantum Research") == "Organization"
    assert org_label("Kestrel Robotics") == "Company"
    assert strip_suffixes("Nordvik Lithium Corp.") == "Nordvik Lithium"
    assert is_acronym_of("MOFCOM", "Ministry of Commerce")
    assert not is_acronym_of("HiSilicon", "Huawei")


def test_noise_is_not_an_entity() -> None:
    text = (
        "On Monday, prices rose 5% to $300 million, the company said.\n"
        "Several firms bought new equipment while buyers waited.\n"
        "Key Priorities Ahead\n"
        "- Talent Cultivation & Retention: the state funds research.\n"
    )
    assert ids(text) == set()


def test_demonyms_name_their_country() -> None:
    surfaces = by_surface("The Dutch manufacturer ASML sells to Chinese and American firms.")
    assert surfaces["Dutch"] == "country:netherlands"
    assert surfaces["Chinese"] == "country:china"
    assert surfaces["American"] == "country:united-states"


def test_known_technologies_and_products_any_case() -> None:
    found = ids("Rare earths, EUV lithography and HBM matter. The Ascend 910B rivals the H100.")
    assert {"technology:rare-earths", "technology:euv-lithography", "technology:hbm",
            "product:ascend-910b", "product:h100"} <= found


def test_sanction_phrases_carry_their_issuer() -> None:
    text = (
        "U.S. export controls hit Chinese chipmakers. Beijing's export restrictions on "
        "graphite followed, and new tariffs on steel were announced. Restrictions remain."
    )
    found = {text[s.start : s.end]: s.entity for s in spans(text)}
    us = found["export controls"]
    assert us.id == "sanction:u-s-export-controls" and us.name == "U.S. export controls"
    assert us.label == "Sanction" and us.properties["country"] == "United States"
    assert found["U.S."].id == "country:united-states"
    assert "Restrictions" not in found


def test_surname_resolves_to_the_person_named_before() -> None:
    text = (
        "Maria Hoffmann, a senior trade official in Berlin, criticised the decision. "
        "Hoffmann said the rules would hurt exporters."
    )
    people = [s for s in spans(text) if s.entity.label == "Person"]
    assert {s.entity.id for s in people} == {"person:maria-hoffmann"}
    assert len(people) == 2


def test_coreference_within_a_paragraph() -> None:
    doc = get_nlp()(
        "Cambricon designs AI processors. The company sells them to cloud providers, and "
        "its revenue doubled.\nThe company in the next paragraph is unknown."
    )
    found = coref_spans(doc, entity_spans(doc))
    got = [(doc.text[s.start : s.end], s.entity.id, s.method) for s in found]
    assert ("The company", "company:cambricon", "coref") in got
    assert ("its", "company:cambricon", "coref") in got
    assert all(s.start < doc.text.index("\n") for s in found)


def test_rule_based_mode_still_finds_gazetteer_entities() -> None:
    nlp = get_nlp(rule_based=True)
    assert is_rule_based(nlp) and not is_rule_based(get_nlp())
    found = ids("SMIC buys equipment from ASML and Tokyo Electron despite the Entity List.",
                rule_based=True)
    assert {"company:smic", "company:asml", "company:tokyo-electron",
            "sanction:entity-list"} <= found
    sentences = list(nlp("First sentence here. Second one follows.").sents)
    assert len(sentences) == 2


def sanctions(text: str) -> dict[str, list[str]]:
    """Sanction names of `text` with their aliases."""
    return {s.entity.name: s.entity.aliases for s in spans(text) if s.entity.label == "Sanction"}


def test_measure_followed_by_a_known_object_is_a_sanction_with_its_phrase() -> None:
    found = sanctions("Beijing imposed restrictions on exports of gallium and germanium in July.")
    assert list(found) == ["Chinese restrictions on gallium and germanium"]
    assert "restrictions on exports of gallium and germanium" in found[
        "Chinese restrictions on gallium and germanium"
    ]
    assert list(sanctions("Washington set limits on sales to Huawei.")) == [
        "U.S. export controls on Huawei"
    ]
    assert sanctions("The report puts limits on the scope of the study.") == {}


def test_licence_requirements_are_sanctions() -> None:
    assert list(sanctions("Sellers face a new licensing requirement for shipments.")) == [
        "export controls"
    ]


def test_issuer_mentions_of_a_known_measure_resolve_to_it() -> None:
    text = (
        "Japan chip export curb takes effect\n\n"
        "The new Japanese export controls cover 23 items, Tokyo said."
    )
    assert {s.entity.id for s in spans(text) if s.entity.label == "Sanction"} == {
        "sanction:japanese-export-controls-on-chipmaking-equipment"
    }


def test_bare_export_restrictions_after_a_ban_are_that_ban() -> None:
    text = (
        "China announced a ban on exports of antimony to the United States. "
        "Shipments fell after the export restrictions took effect."
    )
    assert len(sanctions(text)) == 1


def test_agency_cues_lower_case_ministries_embassies_and_titles() -> None:
    text = (
        "The Chinese commerce ministry objected, and Japan's trade ministry said it would "
        "proceed. The Chinese Embassy in Washington declined to comment. Assistant Secretary "
        "of Commerce for Export Administration Thea Kendler spoke."
    )
    found = by_surface(text)
    assert found["Chinese commerce ministry"] == "agency:ministry-of-commerce-china"
    assert found["Japan's trade ministry"] == "agency:ministry-of-economy-trade-and-industry"
    assert found["Chinese Embassy"] == "agency:chinese-embassy"
    assert "Export Administration" not in found


def test_government_titles_are_not_companies_and_hyphenated_names_are_people() -> None:
    found = by_surface("The plan is double what Finance Minister Choi Sang-mok proposed.")
    assert "Finance" not in found
    assert found["Choi Sang-mok"] == "person:choi-sang-mok"


def test_technology_spans_do_not_start_inside_words_or_with_superlatives() -> None:
    found = by_surface(
        "The award helps Micron build leading-edge memory semiconductors. "
        "Korea is the biggest memory chip producer."
    )
    assert found["memory semiconductors"] == "technology:memory-chips"
    assert not any(s.startswith(("edge", "biggest")) for s in found)


def test_acts_with_a_conjunction_are_one_plan() -> None:
    found = by_surface("Japan regulates exports under the Foreign Exchange and Foreign Trade Act.")
    assert found["Foreign Exchange and Foreign Trade Act"].startswith("plan:")
    assert "Foreign Exchange" not in found


def test_chinese_company_names_with_a_place_prefix_resolve_to_the_short_name() -> None:
    text = (
        "The list includes Zhejiang Dahua Technology Co., Ltd. and Wuhan Lanxin Optics "
        "Technology. Dahua denied it, and Lanxin Optics did not comment."
    )
    found = by_surface(text)
    assert found["Zhejiang Dahua Technology Co., Ltd."] == found["Dahua"] == "company:dahua"
    assert found["Lanxin Optics"] == found["Wuhan Lanxin Optics Technology"]
