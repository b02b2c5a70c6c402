"""Round-7 vocabulary: reference entries of the gazetteer are found in invented sentences
with the right label and id (each area appends its own test functions)."""

from __future__ import annotations

import pytest
from extracted import found

TECHNOLOGY_CASES = [
    ("SK hynix stacks its memory dies with through-silicon vias and hybrid bonding.",
     {"through-silicon vias": "technology:through-silicon-vias",
      "hybrid bonding": "technology:hybrid-bonding"}),
    ("The plant in Novara will offer wafer-level packaging and panel-level packaging.",
     {"wafer-level packaging": "technology:wafer-level-packaging",
      "panel-level packaging": "technology:panel-level-packaging"}),
    ("Intel will build custom x86 CPUs and system-on-chips for Nvidia's AI infrastructure.",
     {"x86 CPUs": "technology:x86", "system-on-chips": "technology:systems-on-chip",
      "AI infrastructure": "technology:ai-infrastructure"}),
    ("CATL is shipping sodium-ion batteries and semi-solid-state batteries to carmakers.",
     {"sodium-ion batteries": "technology:sodium-ion-batteries",
      "semi-solid-state batteries": "technology:semi-solid-state-batteries"}),
    ("Nio operates more than 3,000 battery swap stations across China.",
     {"battery swap stations": "technology:battery-swapping"}),
    ("Beijing restricted exports of rhodium, iridium and samarium-cobalt magnets.",
     {"rhodium": "technology:rhodium", "iridium": "technology:iridium",
      "samarium-cobalt magnets": "technology:samarium-cobalt-magnets"}),
    ("Applied Materials sells atomic layer deposition and CMP tools to Chinese fabs.",
     {"atomic layer deposition": "technology:atomic-layer-deposition",
      "CMP tools": "technology:chemical-mechanical-planarization"}),
    ("The grant backs TOPCon solar cells, perovskite cells and offshore wind turbines.",
     {"TOPCon solar cells": "technology:topcon",
      "perovskite cells": "technology:perovskite-solar-cells",
      "offshore wind turbines": "technology:wind-turbines"}),
    ("The firm supplied avionics and electronic warfare systems to the Russian military.",
     {"avionics": "technology:avionics",
      "electronic warfare systems": "technology:electronic-warfare"}),
    ("Washington fears Chinese low Earth orbit satellites and submarine cables.",
     {"low Earth orbit satellites": "technology:leo-satellites",
      "submarine cables": "technology:undersea-cables"}),
]


@pytest.mark.parametrize(("text", "expected"), TECHNOLOGY_CASES)
def test_technology_vocabulary(text: str, expected: dict[str, str]) -> None:
    """Each named technology is found as a Technology with its gazetteer id."""
    entities = found(text)
    for surface, entity_id in expected.items():
        assert surface in entities, f"{surface!r} not found in {sorted(entities)}"
        assert entities[surface].label == "Technology"
        assert entities[surface].id == entity_id


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The automobile companies met in Tokyo.", "automobile"),
        ("The group is linked to the country's cruise missile program.", "missile"),
        ("Chery Automobile bought cells from LG Energy Solution.", "Automobile"),
    ],
)
def test_technology_vocabulary_limits(text: str, surface: str) -> None:
    """A bare singular used as a modifier or inside a company name is no technology."""
    entity = found(text).get(surface)
    assert entity is None or entity.label != "Technology"


REFERENCE_CASES = [
    ("Amazon Web Services trains models on Trainium2 and serves them on Inferentia chips.",
     {"Trainium2": ("Product", "product:trainium"),
      "Inferentia chips": ("Product", "product:inferentia")}),
    ("Google unveiled the Ironwood TPU, while MediaTek's Dimensity 9400 powers new phones.",
     {"Ironwood TPU": ("Product", "product:ironwood"),
      "Dimensity 9400": ("Product", "product:dimensity-9400")}),
    ("Anthropic's Claude competes with Meta's Llama 4 and OpenAI's GPT-4o.",
     {"Claude": ("Product", "product:claude"), "Llama 4": ("Product", "product:llama-4"),
      "GPT-4o": ("Product", "product:gpt-4o")}),
    ("Hyundai builds the Ioniq 6 in Korea, and Kia exports the EV9 to the United States.",
     {"Ioniq 6": ("Product", "product:ioniq-6"), "EV9": ("Product", "product:ev9"),
      "Korea": ("Country", "country:south-korea")}),
    ("ASML shipped a Twinscan NXT:2150i and an NXT:870 to Chinese fabs.",
     {"Twinscan NXT:2150i": ("Product", "product:twinscan-nxt-2150i"),
      "NXT:870": ("Product", "product:twinscan-nxt-870")}),
    ("The iPhone runs iOS, while Huawei's Kunpeng 920 servers run openEuler.",
     {"iOS": ("Product", "product:ios"), "Kunpeng 920": ("Product", "product:kunpeng-920"),
      "openEuler": ("Product", "product:openeuler")}),
    ("Lockheed Martin delivered more F-35 jets and HIMARS launchers.",
     {"F-35 jets": ("Product", "product:f-35"), "HIMARS": ("Product", "product:himars")}),
    ("Malaysia will fund its National Semiconductor Strategy; India runs the IndiaAI Mission.",
     {"Malaysia": ("Country", "country:malaysia"),
      "National Semiconductor Strategy": ("Plan", "plan:national-semiconductor-strategy-malaysia"),
      "IndiaAI Mission": ("Plan", "plan:indiaai-mission")}),
    ("Congress passed the One Big Beautiful Bill Act, which phases out the 45X tax credit.",
     {"One Big Beautiful Bill Act": ("Plan", "plan:one-big-beautiful-bill-act"),
      "45X tax credit": ("Plan", "plan:advanced-manufacturing-production-credit")}),
    ("Washington invoked Section 889 and the Affiliates Rule against Chinese suppliers.",
     {"Section 889": ("Sanction", "sanction:section-889"),
      "Affiliates Rule": ("Sanction", "sanction:affiliates-rule")}),
    ("Foreign ministry spokesperson Mao Ning opposed the move; Ashwini Vaishnaw welcomed it.",
     {"Mao Ning": ("Person", "person:mao-ning"),
      "Ashwini Vaishnaw": ("Person", "person:ashwini-vaishnaw")}),
    ("Brendan Carr said the FCC will enforce the Countering CCP Drones Act.",
     {"Brendan Carr": ("Person", "person:brendan-carr"),
      "Countering CCP Drones Act": ("Sanction", "sanction:countering-ccp-drones-act")}),
    ("Mistral AI released Mistral Large, and Korea passed the AI Basic Act.",
     {"Mistral AI": ("Company", "company:mistral-ai"),
      "Mistral Large": ("Product", "product:mistral-large"),
      "AI Basic Act": ("Plan", "plan:ai-basic-act")}),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE_CASES)
def test_product_plan_sanction_person_vocabulary(
        text: str, expected: dict[str, tuple[str, str]]) -> None:
    """Each named product, plan, regime or person is found with its label and gazetteer id,
    and a country next to it stays a country."""
    entities = found(text)
    for surface, (label, entity_id) in expected.items():
        assert surface in entities, f"{surface!r} not found in {sorted(entities)}"
        assert (entities[surface].label, entities[surface].id) == (label, entity_id)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Developers sold the apps in Apple's app store.", "app store"),
        ("The dolphin population fell as gravity pulled the seal under.", "dolphin"),
        ("The long march toward self-reliance continues.", "long march"),
        ("Suleyman Kerimov was sanctioned by the Treasury.", "Suleyman"),
    ],
)
def test_product_person_vocabulary_limits(text: str, surface: str) -> None:
    """Common words in lower case and a bare first name are no products or people."""
    entity = found(text).get(surface)
    assert entity is None or entity.label not in {"Product", "Person"}


ACTOR_CASES = [
    ("Hanwha Aerospace and LIG Nex1 compete with Rheinmetall for Polish orders.",
     {"Hanwha Aerospace": ("Company", "company:hanwha-aerospace"),
      "LIG Nex1": ("Company", "company:lig-nex1"),
      "Rheinmetall": ("Company", "company:rheinmetall")}),
    ("OFSI designated Milandr and Angstrem, which make chips for Rostec.",
     {"OFSI": ("Agency", "agency:office-of-financial-sanctions-implementation"),
      "Milandr": ("Company", "company:milandr"), "Angstrem": ("Company", "company:angstrem"),
      "Rostec": ("Company", "company:rostec")}),
    ("Ibiden and Ajinomoto supply substrates to chipmakers, Nikkei Asia said, citing Omdia.",
     {"Ibiden": ("Company", "company:ibiden"), "Ajinomoto": ("Company", "company:ajinomoto"),
      "Omdia": ("Company", "company:omdia")}),
    ("Codelco and Albemarle sell lithium to Redwood Materials, Agence France-Presse reported.",
     {"Codelco": ("Company", "company:codelco"),
      "Redwood Materials": ("Company", "company:redwood-materials"),
      "Agence France-Presse": ("Company", "company:agence-france-presse")}),
    ("The Defense Acquisition Program Administration and DSIT signed the deal with MEXT.",
     {"Defense Acquisition Program Administration":
         ("Agency", "agency:defense-acquisition-program-administration"),
      "DSIT": ("Agency", "agency:department-for-science-innovation-and-technology"),
      "MEXT": ("Agency",
               "agency:ministry-of-education-culture-sports-science-and-technology")}),
    ("Researchers at KAIST, CEA-Leti and Sandia National Laboratories published the study.",
     {"CEA-Leti": ("Organization", "organization:cea-leti"),
      "Sandia National Laboratories":
          ("Organization", "organization:sandia-national-laboratories")}),
    ("A*STAR and the National Supercomputing Center in Wuxi were cited by CNAS and MERICS.",
     {"A*STAR": ("Organization", "organization:agency-for-science-technology-and-research"),
      "National Supercomputing Center in Wuxi":
          ("Organization", "organization:national-supercomputing-center-in-wuxi"),
      "CNAS": ("Organization", "organization:center-for-a-new-american-security")}),
    ("Taiwan's Financial Supervisory Commission and the Kuomintang questioned the plan.",
     {"Taiwan's Financial Supervisory Commission":
         ("Agency", "agency:financial-supervisory-commission-taiwan"),
      "Kuomintang": ("Organization", "organization:kuomintang")}),
]


@pytest.mark.parametrize(("text", "expected"), ACTOR_CASES)
def test_company_agency_organization_vocabulary(
        text: str, expected: dict[str, tuple[str, str]]) -> None:
    """Each named firm, news agency, state body, lab, party or think tank is found with its
    label and gazetteer id."""
    entities = found(text)
    for surface, (label, entity_id) in expected.items():
        assert surface in entities, f"{surface!r} not found in {sorted(entities)}"
        assert (entities[surface].label, entities[surface].id) == (label, entity_id)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The board wants a financial services agency to oversee the fund.",
         "financial services agency"),
        ("Suppliers plan a global semiconductor alliance with Japan.",
         "global semiconductor alliance"),
    ],
)
def test_company_agency_organization_vocabulary_limits(text: str, surface: str) -> None:
    """A generic phrase in lower case is no state body or organisation."""
    entity = found(text).get(surface)
    assert entity is None or entity.label not in {"Agency", "Organization"}
