"""Classes of state-support wording found in the misses of the round-9 sets (subsidies, aid,
approvals, beneficiaries, incentives), each in several invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts, found, labels

CASES = [
    # money given for a purpose: "<giver> provides <money> in subsidies to support <X>"
    (
        "The Japanese government plans to provide up to 350 billion yen in subsidies to"
        " support domestic electric vehicle battery development.",
        "SUPPORTS",
        {("Japanese government", "EV batteries")},
    ),
    (
        "The Ministry of Economy, Trade and Industry will offer 90 billion yen in grants to"
        " boost the development of power semiconductors.",
        "SUPPORTS",
        {("Ministry of Economy, Trade and Industry", "power semiconductors")},
    ),
    (
        "The European Commission has set aside 2 billion euros as funding to support"
        " quantum computing.",
        "SUPPORTS",
        {("European Commission", "quantum computing")},
    ),
    # ... a firm asking for the money is no supporter
    (
        "Toyota applied for 20 billion yen in subsidies to support its battery development.",
        "SUPPORTS",
        set(),
    ),
    # an agency approves or selects the projects of firms: it supports them
    (
        "The country's Ministry of Economy, Trade and Industry (METI) approved 12 projects by"
        " battery and car manufacturers Toyota, Nissan and Mazda.",
        "SUPPORTS",
        {("Ministry of Economy, Trade and Industry", "Toyota"),
         ("Ministry of Economy, Trade and Industry", "Nissan"),
         ("Ministry of Economy, Trade and Industry", "Mazda")},
    ),
    (
        "The Commerce Department selected the projects of Intel and Micron for funding.",
        "SUPPORTS",
        {("U.S. Department of Commerce", "Intel"), ("U.S. Department of Commerce", "Micron")},
    ),
    (
        "Projects from Samsung Electronics and SK Hynix were approved by the Ministry of"
        " Trade, Industry and Energy.",
        "SUPPORTS",
        {("Ministry of Trade, Industry and Energy", "Samsung Electronics"),
         ("Ministry of Trade, Industry and Energy", "SK Hynix")},
    ),
    # ... rejected, not approved, or a merger approved (a regulator's decision) is no support
    ("METI rejected the projects of Toyota and Nissan.", "SUPPORTS", set()),
    ("METI did not approve the project of Rapidus.", "SUPPORTS", set()),
    ("The European Commission approved the merger of Toyota and Nissan.", "SUPPORTS", set()),
    # a firm selected, chosen or allotted capacity under a scheme: the scheme supports it
    (
        "Ola Electric was selected under the PLI scheme for advanced chemistry cells.",
        "SUPPORTS",
        {("Production Linked Incentive scheme", "Ola Electric"),
         ("Production Linked Incentive scheme", "advanced chemistry cell batteries")},
    ),
    (
        "Tata Electronics was allotted 10 GWh of capacity under the PLI scheme.",
        "SUPPORTS",
        {("Production Linked Incentive scheme", "Tata Electronics")},
    ),
    (
        "Under the CHIPS Act, Intel was approved for $8.5 billion in grants.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Intel")},
    ),
    # ... applying or failing to be selected is not
    ("Dixon Technologies applied for incentives under the PLI scheme.", "SUPPORTS", set()),
    ("Foxconn was not selected under the PLI scheme.", "SUPPORTS", set()),
    # beneficiaries / recipients of a plan, in apposition or as a predicate
    (
        "Reliance Industries Ltd (RIL), Ola Cell Technologies, and Exide Industries"
        "\u2014beneficiaries under the battery storage Production-Linked Incentive (PLI)"
        " scheme\u2014have sought a one-year extension from the government.",
        "SUPPORTS",
        {("Production Linked Incentive scheme", "Reliance Industries"),
         ("Production Linked Incentive scheme", "Ola Cell"),
         ("Production Linked Incentive scheme", "Exide Industries")},
    ),
    (
        "Samsung Electronics is a beneficiary of the K-Chips Act.",
        "SUPPORTS",
        {("K-Chips Act", "Samsung Electronics")},
    ),
    (
        "Exide Industries and Amara Raja, beneficiaries under the PLI scheme, sought an"
        " extension.",
        "SUPPORTS",
        {("Production Linked Incentive scheme", "Exide Industries"),
         ("Production Linked Incentive scheme", "Amara Raja")},
    ),
    # ... not a beneficiary, or another role of the plan, is no support
    ("Nvidia and AMD are not beneficiaries of the CHIPS Act.", "SUPPORTS", set()),
    ("Toyota, a critic of the Inflation Reduction Act, sells cars.", "SUPPORTS", set()),
    # a plan that incentivises, lures or encourages firms to invest supports them
    (
        "The CHIPS Act incentivized Intel and Micron to build new fabs in the United States.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Intel"), ("CHIPS and Science Act", "Micron")},
    ),
    (
        "The Inflation Reduction Act has lured battery makers such as LG Energy Solution and"
        " Panasonic to expand production in America.",
        "SUPPORTS",
        {("Inflation Reduction Act", "LG Energy Solution"),
         ("Inflation Reduction Act", "Panasonic")},
    ),
    (
        "Samsung was encouraged by the K-Chips Act to invest in Pyeongtaek.",
        "SUPPORTS",
        {("K-Chips Act", "Samsung Electronics")},
    ),
    # ... an agency's encouragement is no funding; a plan that failed to encourage, nothing
    ("The Commerce Department encouraged Nvidia to build servers in Arizona.", "SUPPORTS",
     set()),
    ("The CHIPS Act failed to encourage Intel to invest in Ohio.", "SUPPORTS", set()),
    # money received "in subsidies from" a body, or granted "for <work> by <firm>"
    (
        "Micron received 50 billion yen in subsidies from the Ministry of Economy, Trade and"
        " Industry.",
        "SUPPORTS",
        {("Ministry of Economy, Trade and Industry", "Micron")},
    ),
    (
        "Samsung Electronics won $6.4 billion in grants under the CHIPS Act.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Samsung Electronics")},
    ),
    (
        "The Ministry of Economy, Trade and Industry will grant subsidies for the construction"
        " of a second plant by TSMC in Kumamoto.",
        "SUPPORTS",
        {("Ministry of Economy, Trade and Industry", "TSMC")},
    ),
    (
        "The Commerce Department will offer loans for the expansion of a fab by"
        " GlobalFoundries.",
        "SUPPORTS",
        {("U.S. Department of Commerce", "GlobalFoundries")},
    ),
    # ... applied for, or paid back, is no support
    (
        "Micron applied for 50 billion yen in subsidies from the Ministry of Economy, Trade and"
        " Industry.",
        "SUPPORTS",
        set(),
    ),
    ("Northvolt repaid 500 million euros in loans from the European Investment Bank.",
     "SUPPORTS", set()),
    # a plan that funds a technology focuses on it: PRIORITIZES as well as SUPPORTS
    (
        "China is working on a $143 billion support package for its semiconductor industry.",
        "PRIORITIZES",
        {("China support package ($143 billion)", "semiconductors")},
    ),
    (
        "The CHIPS Act provides $39 billion in grants to support semiconductor manufacturing.",
        "PRIORITIZES",
        {("CHIPS and Science Act", "semiconductors")},
    ),
    # a programme set up "to boost <technology>": the programme funds and names it
    (
        "Japan approved a 2 trillion yen fund to strengthen its quantum computing industry.",
        "PRIORITIZES",
        {("Japan support package (2 trillion yen)", "quantum computing")},
    ),
    (
        "The EU launched a 3 billion euro programme to boost artificial intelligence.",
        "SUPPORTS",
        {("European Union support package (3 billion euro)", "artificial intelligence")},
    ),
    # ... a firm citing a plan for its own ends is no purpose of the plan
    ("Huawei cited the Made in China 2025 plan to promote its smartphones.", "PRIORITIZES",
     set()),
    # ... an agency that funds a technology is no plan: nothing to prioritise
    (
        "The Japanese government will provide 2 trillion yen in subsidies under the"
        " Economic Security Promotion Act to support quantum computing.",
        "PRIORITIZES",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_plan_wording_round9(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


PLAN_NAMES = [
    ("Firms under the Production-Linked Incentive (PLI) scheme gained.",
     "Production-Linked Incentive (PLI) scheme"),
    ("The Important Projects of Common European Interest (IPCEI) scheme backs Infineon.",
     "Important Projects of Common European Interest (IPCEI) scheme"),
    ("Under the Clean Hydrogen Partnership (CHP) programme, the EU funds Nel.",
     "Clean Hydrogen Partnership (CHP) programme"),
]


@pytest.mark.parametrize(("text", "surface"), PLAN_NAMES)
def test_written_out_programme_with_acronym_is_one_plan(text: str, surface: str) -> None:
    assert labels(text).get(surface) == "Plan"


def test_firm_with_acronym_before_plan_noun_stays_a_firm() -> None:
    found = labels("Toyota Motor Corporation (TMC) plan to build batteries.")
    assert found.get("Toyota Motor Corporation") == "Company"
    assert "Plan" not in found.values()


def plan_names(text: str) -> set[str]:
    """The names of the plans the extractor finds in `text`."""
    return {entity.name for entity in found(text).values() if entity.label == "Plan"}


HOME_PLANS = [
    # a short plan name is the plan of the country the article names ...
    ("The European Commission said the Chips Act, adopted by the European Parliament in 2023,"
     " funds new fabs.", {"European Chips Act"}),
    ("EU approves biggest grant yet under Chips Act for TSMC Germany plant",
     {"European Chips Act"}),
    ("South Korea's parliament passed the Chips Act to give Samsung Electronics tax breaks.",
     {"K-Chips Act"}),
    # ... and stays the gazetteer's plan when that plan's country is named or none is
    ("The United States and the European Union both fund chips; the Chips Act gave Intel"
     " grants.", {"CHIPS and Science Act"}),
    ("Intel won grants under the Chips Act.", {"CHIPS and Science Act"}),
]


@pytest.mark.parametrize(("text", "expected"), HOME_PLANS)
def test_short_plan_name_is_the_named_country_plan(text: str, expected: set[str]) -> None:
    assert plan_names(text) == expected
