"""Round 13: relationship classes found across the opened gold sets (the real spaCy model).
The sentences were written for this file, not taken from the gold sets.
"""

from __future__ import annotations

import pytest
from extracted import facts


@pytest.mark.parametrize("text", [
    "Nvidia reported record sales. Chief executive officer Jensen Huang said demand was strong.",
    "Nvidia reported record sales on Wednesday, and CEO Jensen Huang thanked its suppliers.",
    "Nvidia reported record sales. Jensen Huang, chairman and CEO of the chip titan, was upbeat.",
])
def test_a_bare_firm_title_names_the_firm_the_paragraph_is_about(text: str) -> None:
    assert ("Jensen Huang", "Nvidia") in facts(text, "AFFILIATED_WITH")


def test_a_title_naming_its_own_firm_is_no_bare_title() -> None:
    text = "Nvidia sells chips to Dell. Dell CEO Michael Dell said demand was strong."
    assert facts(text, "AFFILIATED_WITH") == {("Michael Dell", "Dell")}


@pytest.mark.parametrize("text", [
    "Nvidia reported record sales. Former CEO Jen-Hsun Huang said demand was strong.",
    "Demand was strong.\nCEO Jensen Huang said Nvidia would grow.",  # no firm before it
])
def test_a_past_title_or_one_with_no_firm_before_it_gives_no_affiliation(text: str) -> None:
    assert facts(text, "AFFILIATED_WITH") == set()


def test_the_firm_named_most_wins_over_the_latest() -> None:
    text = ("Nvidia reported record sales. Nvidia also raised its outlook. At an event with "
            "Dell in Paris, CEO Jensen Huang said Europe needs more data centres.")
    assert facts(text, "AFFILIATED_WITH") >= {("Jensen Huang", "Nvidia")}
    assert ("Jensen Huang", "Dell") not in facts(text, "AFFILIATED_WITH")


def test_a_possessor_of_the_activity_is_its_agent_not_the_subject_of_the_verb() -> None:
    found = facts("The Commerce Department is probing TSMC's production of chips for Sophgo.",
                  "SUPPORTS")
    assert ("U.S. Department of Commerce", "semiconductors") not in found
    assert ("TSMC", "semiconductors") in facts(
        "The Commerce Department is probing TSMC's production of chips for Sophgo.", "DEVELOPS")


def test_a_client_that_uses_a_contractor_to_build_is_supplied_by_it() -> None:
    assert ("TSMC", "Huawei") in facts("Huawei used TSMC to build the Ascend 910B chip.",
                                       "SUPPLIES")


def test_the_subject_of_a_secured_arrangement_supplies_what_it_provides() -> None:
    assert facts("Onsemi has secured a strategic arrangement to provide chips to Volkswagen AG.",
                 "SUPPLIES") == {("ON Semiconductor", "Volkswagen")}


@pytest.mark.parametrize("text", [
    "Sigma Technology is involved in the production of lithium batteries.",
    "Sigma Technology, which is active in the design of lithium batteries, was listed.",
])
def test_a_firm_involved_in_making_goods_develops_them(text: str) -> None:
    assert facts(text, "DEVELOPS") == {("Sigma", "lithium-ion batteries")}


def test_a_firm_involved_in_a_dispute_develops_nothing() -> None:
    assert facts("Sigma Technology is involved in a dispute over lithium batteries.",
                 "DEVELOPS") == set()


@pytest.mark.parametrize(("text", "firm"), [
    ("Amkor received $400 million in CHIPS funding in April.", "Amkor"),
    ("Samsung's CHIPS money will support two new fabs.", "Samsung Electronics"),
])
def test_chips_funding_is_the_chips_act(text: str, firm: str) -> None:
    assert ("CHIPS and Science Act", firm) in facts(text, "SUPPORTS")


def test_lower_case_chips_funding_is_no_act() -> None:
    assert facts("Demand for chips funding rose at Amkor.", "SUPPORTS") == set()


def test_money_awarded_from_a_plan_is_support_from_the_plan_and_the_agency() -> None:
    found = facts("The Commerce Department is awarding $75 million from the CHIPS Act to Intel.",
                  "SUPPORTS")
    assert found == {("U.S. Department of Commerce", "Intel"), ("CHIPS and Science Act", "Intel")}
    assert facts("The Commerce Department is awarding $75 million from the CHIPS Act to Intel.",
                 "ISSUED") == set()


def test_a_prohibition_of_the_export_of_goods_restricts_them() -> None:
    text = "Namibia approved the prohibition of the export of graphite and cobalt."
    assert {goods for _, goods in facts(text, "RESTRICTS")} == {"graphite", "cobalt"}


@pytest.mark.parametrize("text", [
    "The EU's new sanctions package targets Sinno Electronics.",
    "The EU adopted a new round of sanctions targeting Sinno Electronics.",
])
def test_a_package_of_measures_stands_for_the_measures(text: str) -> None:
    assert facts(text, "TARGETS") == {("EU sanctions", "Sinno Electronics")}
    assert facts(text, "IMPOSED") == {("European Union", "EU sanctions")}


@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("Sinno Electronics was hit with US sanctions last year.", "TARGETS",
     {("U.S. sanctions", "Sinno Electronics")}),
    ("Chinese electric vehicles were hit with EU tariffs of up to 35%.", "RESTRICTS",
     {("EU tariffs", "electric vehicles")}),
])
def test_what_is_hit_with_a_measure_is_its_object(
    text: str, rel_type: str, expected: set[tuple[str, str]]
) -> None:
    assert facts(text, rel_type) == expected


@pytest.mark.parametrize("text", [
    "The European Commission approved €920 million in state aid for Infineon's new plant.",
    "The European Commission approved a €5 billion state aid package for Infineon.",
])
def test_approving_aid_for_a_firm_supports_it(text: str) -> None:
    assert ("European Commission", "Infineon") in facts(text, "SUPPORTS")


def test_approving_a_firms_deal_supports_nothing() -> None:
    assert facts("The European Commission approved Infineon's purchase of GaN Systems.",
                 "SUPPORTS") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("TSMC is Taiwan's largest company.", {("TSMC", "Taiwan")}),
    ("South Korea is home to two of the world's leading memory chip makers, Samsung "
     "Electronics and SK Hynix.", {("Samsung Electronics", "South Korea"),
                                   ("SK Hynix", "South Korea")}),
])
def test_a_country_s_firm_is_based_there(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "BASED_IN") == expected


def test_another_firm_s_partner_in_a_country_is_not_based_there() -> None:
    assert facts("Panasonic is Tesla's U.S. battery partner.", "BASED_IN") == set()


@pytest.mark.parametrize("text", [
    "The directive was issued by the U.S. Commerce Department's Bureau of Industry and Security.",
    "The Bureau of Industry and Security under the US Department of Commerce added 13 entities.",
])
def test_an_agency_of_a_national_department_is_based_in_its_country(text: str) -> None:
    assert ("Bureau of Industry and Security", "United States") in facts(text, "BASED_IN")


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal aims at reducing U.S. manufacturing dependence on China.",
     {("United States", "China")}),
    ("Apple aims to reduce dependence on Sony for image sensors.", {("Apple", "Sony")}),
    ("Apple wants to reduce Europe's dependence on Samsung.", set()),
    ("Apple has reduced its dependence on Samsung.", set()),
])
def test_a_dependence_to_be_lessened_is_held_by_its_named_holder(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {f for f in facts(text, "DEPENDS_ON") if f[1] != "image sensors"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Commerce Department placed restrictions on U.S. exports to Fujian Jinhua, a Chinese "
     "chipmaker.", {("U.S. restrictions on Fujian Jinhua", "Fujian Jinhua")}),
])
def test_a_measure_never_targets_its_own_country(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "TARGETS") == expected


def test_a_measure_only_threatened_is_imposed_by_no_one() -> None:
    assert facts("Huawei was threatened with US sanctions.", "IMPOSED") == set()
    assert facts("Biden pushed ahead with US sanctions on Huawei.", "IMPOSED") == {
        ("United States", "U.S. sanctions on Huawei")}
