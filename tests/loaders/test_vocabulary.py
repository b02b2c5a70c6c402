"""Reference entries of the gazetteer are found in invented sentences with the right label
and id; common words that look like them are not."""

from __future__ import annotations

import pytest
from extracted import found

TECHNOLOGY_CASES = [
    ("SK hynix stacks its memory dies with through-silicon vias and hybrid bonding.",
     {"through-silicon vias": ("Technology", "technology:through-silicon-vias"),
      "hybrid bonding": ("Technology", "technology:hybrid-bonding")}),
    ("The plant in Novara will offer wafer-level packaging and panel-level packaging.",
     {"wafer-level packaging": ("Technology", "technology:wafer-level-packaging"),
      "panel-level packaging": ("Technology", "technology:panel-level-packaging")}),
    ("Intel will build custom x86 CPUs and system-on-chips for Nvidia's AI infrastructure.",
     {"x86 CPUs": ("Technology", "technology:x86"),
      "system-on-chips": ("Technology", "technology:systems-on-chip"),
      "AI infrastructure": ("Technology", "technology:ai-infrastructure")}),
    ("CATL is shipping sodium-ion batteries and semi-solid-state batteries to carmakers.",
     {"sodium-ion batteries": ("Technology", "technology:sodium-ion-batteries"),
      "semi-solid-state batteries": ("Technology", "technology:semi-solid-state-batteries")}),
    ("Nio operates more than 3,000 battery swap stations across China.",
     {"battery swap stations": ("Technology", "technology:battery-swapping")}),
    ("Beijing restricted exports of rhodium, iridium and samarium-cobalt magnets.",
     {"rhodium": ("Technology", "technology:rhodium"),
      "iridium": ("Technology", "technology:iridium"),
      "samarium-cobalt magnets": ("Technology", "technology:samarium-cobalt-magnets")}),
    ("Applied Materials sells atomic layer deposition and CMP tools to Chinese fabs.",
     {"atomic layer deposition": ("Technology", "technology:atomic-layer-deposition"),
      "CMP tools": ("Technology", "technology:chemical-mechanical-planarization")}),
    ("The grant backs TOPCon solar cells, perovskite cells and offshore wind turbines.",
     {"TOPCon solar cells": ("Technology", "technology:topcon"),
      "perovskite cells": ("Technology", "technology:perovskite-solar-cells"),
      "offshore wind turbines": ("Technology", "technology:wind-turbines")}),
    ("The firm supplied avionics and electronic warfare systems to the Russian military.",
     {"avionics": ("Technology", "technology:avionics"),
      "electronic warfare systems": ("Technology", "technology:electronic-warfare")}),
    ("Washington fears Chinese low Earth orbit satellites and submarine cables.",
     {"low Earth orbit satellites": ("Technology", "technology:leo-satellites"),
      "submarine cables": ("Technology", "technology:undersea-cables")}),
]


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


@pytest.mark.parametrize(("text", "expected"), TECHNOLOGY_CASES + REFERENCE_CASES + ACTOR_CASES)
def test_reference_vocabulary(text: str, expected: dict[str, tuple[str, str]]) -> None:
    """Each named technology, product, plan, regime, person, firm, state body or organisation
    is found with its label and gazetteer id, and a country next to it stays a country."""
    entities = found(text)
    for surface, (label, entity_id) in expected.items():
        assert surface in entities, f"{surface!r} not found in {sorted(entities)}"
        assert (entities[surface].label, entities[surface].id) == (label, entity_id)


@pytest.mark.parametrize(
    ("text", "surface", "not_labels"),
    [
        # a bare singular used as a modifier or inside a company name
        ("The automobile companies met in Tokyo.", "automobile", {"Technology"}),
        ("The group is linked to the country's cruise missile program.", "missile",
         {"Technology"}),
        ("Chery Automobile bought cells from LG Energy Solution.", "Automobile",
         {"Technology"}),
        # common words in lower case, a bare first name
        ("Developers sold the apps in Apple's app store.", "app store", {"Product"}),
        ("The dolphin population fell as gravity pulled the seal under.", "dolphin",
         {"Product"}),
        ("The long march toward self-reliance continues.", "long march", {"Product"}),
        ("Suleyman Kerimov was sanctioned by the Treasury.", "Suleyman", {"Person"}),
        # generic phrases in lower case
        ("The board wants a financial services agency to oversee the fund.",
         "financial services agency", {"Agency", "Organization"}),
        ("Suppliers plan a global semiconductor alliance with Japan.",
         "global semiconductor alliance", {"Agency", "Organization"}),
    ],
)
def test_vocabulary_limits(text: str, surface: str, not_labels: set[str]) -> None:
    """Words that look like a reference entry are not read as one."""
    entity = found(text).get(surface)
    assert entity is None or entity.label not in not_labels
