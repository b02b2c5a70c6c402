"""Round-2 classes of wording for SUPPLIES, SUBSIDIARY_OF, DEVELOPS and AFFILIATED_WITH.

Each class (a frame or a noun-phrase shape of ``data/relations``) is checked on several
invented sentences that word it differently (other verbs of the lexicon, passive and active,
lists, relative clauses), on the real spaCy model, with the exact facts of one type: a class
that fires too widely fails as well as one that does not fire. Negative cases pin the limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

DEAL_TO_SUPPLY = [
    # a deal noun's infinitive takes the subject of the verb that holds the deal
    (
        "Samsung Electronics has won a $16.5 billion deal to supply Tesla with AI chips.",
        {("Samsung Electronics", "Tesla")},
    ),
    ("CATL signed an agreement to provide batteries to Ford.", {("CATL", "Ford")}),
    ("TSMC has secured a contract to manufacture processors for Nvidia.", {("TSMC", "Nvidia")}),
    ("A contract to supply Ford with batteries was signed by CATL.", {("CATL", "Ford")}),
    ("Micron signed orders to ship memory chips to Apple and Dell.",
     {("Micron", "Apple"), ("Micron", "Dell")}),
    # selling a company is no supply to it; supplying a company is
    ("Huawei sold Honor in 2020.", set()),
    ("Honor was sold by Huawei in 2020.", set()),
    ("Tesla is supplied by CATL.", {("CATL", "Tesla")}),
    # not a deal noun: a plan to supply is no supply
    ("Samsung Electronics has a plan to supply Tesla with AI chips.", set()),
    ("CATL lost a contract to supply batteries to Ford.", set()),
]

CONTRACTED_MAKER = [
    # a company used, hired or turned to for making or supplying supplies the one using it
    ("Apple relies on TSMC to make its chips.", {("TSMC", "Apple")}),
    ("Nvidia uses TSMC to manufacture its GPUs.", {("TSMC", "Nvidia")}),
    ("Huawei turned to SMIC to produce its Kirin chips.", {("SMIC", "Huawei")}),
    ("Tesla picked Samsung Electronics to make its AI6 chips.",
     {("Samsung Electronics", "Tesla")}),
    ("Huawei stopped using TSMC to make its chips.", set()),
]

ORDERS_PLACED = [
    # the buyer places an order with, or awards a contract to, the supplier
    ("Tesla placed an order with CATL for batteries.", {("CATL", "Tesla")}),
    ("Tesla has placed orders with CATL and Panasonic.",
     {("CATL", "Tesla"), ("Panasonic", "Tesla")}),
    ("Apple awarded TSMC a contract to make its modem chips.", {("TSMC", "Apple")}),
    ("A contract was awarded to TSMC by Apple.", {("TSMC", "Apple")}),
    ("Tesla did not place an order with CATL.", set()),
]

CUSTOMERS_AND_SUPPLIERS = [
    ("TSMC counts Apple and Nvidia among its customers.", {("TSMC", "Apple"), ("TSMC", "Nvidia")}),
    ("TSMC has customers such as Apple and Nvidia.", {("TSMC", "Apple"), ("TSMC", "Nvidia")}),
    ("Apple and Nvidia are among TSMC's biggest customers.",
     {("TSMC", "Apple"), ("TSMC", "Nvidia")}),
    ("TSMC's customers, such as Apple and Nvidia, want more chips.",
     {("TSMC", "Apple"), ("TSMC", "Nvidia")}),
    ("Nvidia has suppliers including TSMC and SK Hynix.",
     {("TSMC", "Nvidia"), ("SK Hynix", "Nvidia")}),
    ("TSMC and SK Hynix are among Nvidia's key suppliers.",
     {("TSMC", "Nvidia"), ("SK Hynix", "Nvidia")}),
    ("Apple and Nvidia are not among TSMC's customers.", set()),
    # "supplier of <goods> to <customer>", the customer attached to the noun or the verb
    ("SK Hynix is the sole supplier of HBM3E to Nvidia.", {("SK Hynix", "Nvidia")}),
    ("SK Hynix, the main supplier of HBM chips to Nvidia and AMD, grew.",
     {("SK Hynix", "Nvidia"), ("SK Hynix", "AMD")}),
    ("TSMC became the exclusive provider of advanced chips for Apple.", {("TSMC", "Apple")}),
    ("Samsung Electronics is not a supplier of HBM chips to Nvidia.", set()),
]

SUPPLY_CHAIN_MEMBERS = [
    ("Samsung Electronics joined Nvidia's HBM supply chain last month.",
     {("Samsung Electronics", "Nvidia")}),
    ("TSMC, a key part of Apple's supply chain, reported profits.", {("TSMC", "Apple")}),
    ("SK Hynix is a critical member of Nvidia's AI supply chain.", {("SK Hynix", "Nvidia")}),
    ("Nvidia's supply chain partners, including TSMC and SK Hynix, grew.",
     {("TSMC", "Nvidia"), ("SK Hynix", "Nvidia")}),
    # negated or not yet: no edge
    ("Samsung Electronics is not part of Nvidia's supply chain.", set()),
    ("It is only a matter of time before Samsung Electronics joins Nvidia's supply chain.",
     set()),
]

JOINT_VENTURE_AND_STAKE = [
    ("Nexperia, a joint venture between Wingtech and NXP, makes chips.",
     {("Nexperia", "Wingtech"), ("Nexperia", "NXP")}),
    ("Nexperia is a joint venture of Wingtech and NXP.",
     {("Nexperia", "Wingtech"), ("Nexperia", "NXP")}),
    ("Wingtech holds a 75% stake in Nexperia.", {("Nexperia", "Wingtech")}),
    ("Wingtech acquired a controlling stake in Nexperia last year.", {("Nexperia", "Wingtech")}),
    ("SoftBank owns a majority stake in Arm.", {("Arm", "SoftBank")}),
    ("Nexperia, in which Wingtech holds a majority stake, makes chips.",
     {("Nexperia", "Wingtech")}),
    ("Nexperia, which Wingtech acquired in 2019, makes chips.", {("Nexperia", "Wingtech")}),
    ("HiSilicon, a Huawei subsidiary, designs processors.", {("HiSilicon", "Huawei")}),
    ("Mobileye is majority-owned by Intel.", {("Mobileye", "Intel")}),
    ("Arm, which is majority owned by SoftBank, designs chips.", {("Arm", "SoftBank")}),
    # a minority stake makes no subsidiary
    ("Nvidia holds a 4% stake in Intel.", set()),
    ("Toyota bought a 20 percent stake in Denso.", set()),
]

RESPONSIBLE_FOR_MAKING = [
    ("Both SK Hynix and Micron, responsible for producing high bandwidth memory, were mentioned.",
     {("SK Hynix", "HBM"), ("Micron", "HBM")}),
    ("SK Hynix, which is responsible for making HBM chips, grew fast.", {("SK Hynix", "HBM")}),
    ("Micron is responsible for the production of memory chips in Idaho.",
     {("Micron", "memory chips")}),
    ("Huawei is not responsible for making 5G chips.", set()),
    # a company's goods or units are its own; its buying, testing or demand are not
    ("Huawei's 5G equipment is banned.", {("Huawei", "5G")}),
    ("Demand for Nvidia's AI chip exports fell.", {("Nvidia", "AI chips")}),
    ("Progress on Nvidia's HBM validation is going smoothly.", set()),
    ("Samsung Electronics' HBM qualification test failed.", set()),
    ("Apple's chip imports rose.", set()),
]

SECURE_SUPPLY = [
    ("The partnership is a way for Honda to secure a stable supply of lithium-ion battery cells.",
     {("Honda", "lithium-ion battery cells")}),
    ("Japan wants to ensure a steady supply of rare earths.", {("Japan", "rare earths")}),
    ("Tesla seeks guaranteed supplies of AI chips.", {("Tesla", "AI chips")}),
    ("China did not secure supplies of gallium.", set()),
]

COMPETITION = [
    ("Nvidia faces stiff competition in China from Huawei and Cambricon.",
     {("Huawei", "Nvidia"), ("Cambricon", "Nvidia")}),
    ("The competition between Samsung Electronics and TSMC is intensifying.",
     {("Samsung Electronics", "TSMC")}),
    ("The rivalry between Intel and AMD drove prices down.", {("AMD", "Intel")}),
    ("Apple warned of growing competition from Xiaomi.", {("Apple", "Xiaomi")}),
    ("Huawei and Xiaomi are fierce rivals.", {("Huawei", "Xiaomi")}),
    # rivals of a third: the two listed are not said to compete with each other
    ("Huawei and Xiaomi are rivals of Apple.", {("Apple", "Huawei"), ("Apple", "Xiaomi")}),
    ("Huawei and Xiaomi are not rivals.", set()),
]

PERSON_ROLES = [
    # a role named with its department between the body and the person
    ("Intel executive vice president of operations Keyvan Esfarjani signed the deal.",
     {("Keyvan Esfarjani", "Intel")}),
    ("Nvidia senior vice president of sales John Doe spoke.", {("John Doe", "Nvidia")}),
    ("Huawei head of research and development Jane Roe spoke.", {("Jane Roe", "Huawei")}),
    # a person appointed to, serving as or taking over a body's role
    ("Lisa Su was named AMD's chief executive in 2014.", {("Lisa Su", "AMD")}),
    ("Tim Cook has been appointed chairman of TSMC.", {("Tim Cook", "TSMC")}),
    ("John Doe, a former banker, will serve as Micron's chief financial officer.",
     {("John Doe", "Micron")}),
    ("Jane Roe never served as Intel's CEO.", set()),
    # a role left is no affiliation
    ("Pat Gelsinger, who resigned as Intel CEO, spoke.", set()),
    ("Pat Gelsinger retired as chief executive of Intel last year.", set()),
    ("Pat Gelsinger was ousted as Intel's CEO.", set()),
]


SUPPLIES_CASES = (
    DEAL_TO_SUPPLY
    + CONTRACTED_MAKER
    + ORDERS_PLACED
    + CUSTOMERS_AND_SUPPLIERS
    + SUPPLY_CHAIN_MEMBERS
)


@pytest.mark.parametrize(("text", "expected"), SUPPLIES_CASES)
def test_supplies_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "SUPPLIES") == expected


@pytest.mark.parametrize(("text", "expected"), JOINT_VENTURE_AND_STAKE)
def test_subsidiary_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "SUBSIDIARY_OF") == expected


@pytest.mark.parametrize(("text", "expected"), RESPONSIBLE_FOR_MAKING)
def test_develops_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "DEVELOPS") == expected


@pytest.mark.parametrize(("text", "expected"), PERSON_ROLES)
def test_affiliation_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "AFFILIATED_WITH") == expected


@pytest.mark.parametrize(("text", "expected"), SECURE_SUPPLY)
def test_dependence_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "DEPENDS_ON") == expected


@pytest.mark.parametrize(("text", "expected"), COMPETITION)
def test_competition_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "COMPETES_WITH") == expected
