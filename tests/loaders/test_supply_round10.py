"""Round 10 challenge set of the supply area: SUPPLIES, DEPENDS_ON, SUBSIDIARY_OF and the
discovery of companies the gazetteer does not know, each family in several invented
wordings the way news, wire and trade-press articles state them (active and passive voice,
appositions, relative clauses, lists, possessives, nominalisations, headlines, datelines,
quotes, hedges), with negative cases (ended, negated or hypothetical deals, competitors,
minority investors, talks) that pin each family's limits.

Every case checks the exact facts of one type on the real spaCy model. The sentences were
written for this file, not taken from the gold sets.
"""

from __future__ import annotations

import pytest
from extracted import facts, labels

SUPPLIES = [
    # supply verbs, active: "X supplies / sells / ships / delivers / provides A to Y"
    ("Luxshare supplies wireless earbuds to Apple.", {("Luxshare", "Apple")}),
    ("Sumco sells silicon wafers to TSMC and Micron.", {("SUMCO", "TSMC"), ("SUMCO", "Micron")}),
    ("Corning ships specialty glass to Foxconn every month.", {("Corning", "Foxconn")}),
    ("Korean chipmaker Nepes supplies packaging services to Samsung.",
     {("Nepes", "Samsung Electronics")}),
    ("Marvell provides custom networking chips to Amazon.", {("Marvell", "Amazon")}),
    ("Last year Sunwoda delivered 40,000 battery packs to Nio.", {("Sunwoda", "Nio")}),
    # buyer as subject: "Y buys / orders / sources / purchases / gets A from X"
    ("BYD buys lithium carbonate from Ganfeng Lithium.", {("Ganfeng Lithium", "BYD")}),
    ("Rivian has ordered battery cells from Panasonic and LG Energy Solution.",
     {("Panasonic", "Rivian"), ("LG Energy Solution", "Rivian")}),
    ("Xiaomi sources image sensors from Sony for its flagship phones.", {("Sony", "Xiaomi")}),
    ("Volkswagen purchased cathode materials from Umicore.", {("Umicore", "Volkswagen")}),
    ("Apple gets most of its modems from Qualcomm.", {("Qualcomm", "Apple")}),
    # passive and participles: "A supplied by X to Y", "Y is supplied by X"
    ("Chips supplied by TSMC to Nvidia power most AI servers.", {("TSMC", "Nvidia")}),
    ("Samsung is supplied with photoresist by JSR.", {("JSR", "Samsung Electronics")}),
    # orders and deals: "X won an order from Y", "X signed a deal to supply Y"
    ("Hanwha Aerospace won an order from Boeing for engine parts.",
     {("Hanwha Aerospace", "Boeing")}),
    ("SK On signed a deal to supply Ford with battery cells through 2030.",
     {("SK On", "Ford")}),
    # copular and appositive roles: "X is a supplier to Y", "X, a key supplier of Y"
    ("Ibiden is a key supplier to Intel.", {("Ibiden", "Intel")}),
    ("ASML, a major supplier of TSMC, reported higher orders.", {("ASML", "TSMC")}),
    ("Apple, a major customer of Qorvo, said demand was strong.", {("Qorvo", "Apple")}),
    ("Nvidia is TSMC's biggest customer.", {("TSMC", "Nvidia")}),
    # lists of suppliers and customers
    ("Nvidia's suppliers include SK Hynix and Micron.",
     {("SK Hynix", "Nvidia"), ("Micron", "Nvidia")}),
    ("Lam Research counts SMIC as a major customer.", {("Lam Research", "SMIC")}),
    # a firm named as another's supplier or customer by a bare name before the role noun
    ("Apple supplier Foxconn raised prices.", {("Foxconn", "Apple")}),
    ("Tesla battery supplier CATL said profit rose.", {("CATL", "Tesla")}),
    ("Ibiden, an Intel supplier, raised prices.", {("Ibiden", "Intel")}),
    ("TSMC customer Apple launched a phone.", {("TSMC", "Apple")}),
    ("Ibiden, a former Intel supplier, raised prices.", set()),
    ("Intel's former supplier Ibiden said sales fell.", set()),
    ("Chinese supplier Sunwoda raised prices.", set()),
    # headlines (title case, bare verbs)
    ("Samsung To Supply HBM Chips To Nvidia", {("Samsung Electronics", "Nvidia")}),
    ("Foxconn Wins Order From Nvidia For AI Servers", {("Foxconn", "Nvidia")}),
    ("CATL Clinches Battery Order From BMW", {("CATL", "BMW")}),
    ("Samsung Wins Tesla Order", {("Samsung Electronics", "Tesla")}),
    ("LG Energy Solution Lands Deal To Supply GM", {("LG Energy Solution", "General Motors")}),
    # datelines, quotes, hedges
    ("SEOUL, March 3 (Reuters) - LG Energy Solution will supply batteries to General Motors,"
     " the company said.", {("LG Energy Solution", "General Motors")}),
    ("Coherent sells lasers to ASML, a company spokesperson said.", {("Coherent", "ASML")}),
    ("Huawei reportedly buys memory chips from CXMT.", {("CXMT", "Huawei")}),
    # relative clause and nominalisations
    ("Tokyo Electron, which supplies etching tools to Samsung, raised its forecast.",
     {("Tokyo Electron", "Samsung Electronics")}),
    ("SK Hynix's supply of HBM chips to Nvidia has grown.", {("SK Hynix", "Nvidia")}),
    ("The sale of lithography tools from ASML to SMIC drew scrutiny.", {("ASML", "SMIC")}),
    # negatives: ended, negated or hypothetical deals, rivals, a country as buyer
    ("Samsung stopped supplying displays to Huawei in 2020.", set()),
    ("Nvidia no longer sells chips to Inspur.", set()),
    ("Tesla could buy batteries from CATL next year.", set()),
    ("Sony does not supply image sensors to Huawei.", set()),
    ("Intel competes with AMD for server customers.", set()),
    ("TSMC supplies chips to China.", set()),
    ("Micron will provide $2 billion to Intel.", set()),
    ("Samsung sold $2 billion worth of memory chips to Huawei.",
     {("Samsung Electronics", "Huawei")}),
    ("Intel sold its NAND business to SK Hynix.", set()),
    ("Samsung sells phones to consumers.", set()),
    # a deal with a seller to buy: the partner supplies; an order received: the giver buys
    ("Tesla signed a deal with Ganfeng Lithium to buy lithium hydroxide.",
     {("Ganfeng Lithium", "Tesla")}),
    ("Samsung got an order from Tesla.", {("Samsung Electronics", "Tesla")}),
    ("Huawei ordered 5,000 servers from Inspur last year.", {("Inspur", "Huawei")}),
    # ... and not a purchase a revoked licence allowed, nor a stake bought
    ("The US has revoked licenses allowing Huawei to buy semiconductors from Qualcomm and"
     " Intel.", set()),
    ("Tesla bought a stake from Panasonic.", set()),
    # revenue from a customer: the earner supplies it (never the other way round)
    ("Skyworks derives about 60% of its revenue from Apple.", {("Skyworks", "Apple")}),
    ("Cirrus Logic gets most of its revenue from Apple.", {("Cirrus Logic", "Apple")}),
    ("Qualcomm generates a fifth of its sales from Huawei.", {("Qualcomm", "Huawei")}),
    ("Apple accounted for 20% of Broadcom's revenue last year.", {("Broadcom", "Apple")}),
    ("Nvidia accounts for more than half of SK Hynix's HBM sales.", {("SK Hynix", "Nvidia")}),
    ("China accounted for 20% of Nvidia's revenue.", set()),
    # ... while shipments "from" a seller still go to the holder
    ("Nvidia's shipments from TSMC rose.", {("TSMC", "Nvidia")}),
    ("Samsung's orders from Tesla rose.", {("Samsung Electronics", "Tesla")}),
    ("Apple sources displays from BOE, LG Display and Samsung Display.",
     {("BOE", "Apple"), ("LG Display", "Apple"), ("Samsung Display", "Apple")}),
]

# a country relying on another "for" goods needs the goods too; a firm relying on a
# named firm for goods depends on the firm
DEPENDS_ON = [
    ("Apple relies on TSMC for its processors.", {("Apple", "TSMC")}),
    ("Volkswagen depends heavily on CATL.", {("Volkswagen", "CATL")}),
    ("Japan is heavily reliant on rare earths from China.",
     {("Japan", "rare earths"), ("Japan", "China")}),
    ("South Korea depends on Japan for photoresists.",
     {("South Korea", "Japan"), ("South Korea", "photoresists")}),
    ("The United States is heavily dependent on Taiwan for advanced chips.",
     {("United States", "Taiwan"), ("United States", "semiconductors")}),
    ("India's dependence on China for solar panels worries officials.",
     {("India", "China"), ("India", "solar panels")}),
    ("Ford's reliance on CATL has drawn criticism in Congress.", {("Ford", "CATL")}),
    ("Germany relies on China for gallium.", {("Germany", "China"), ("Germany", "gallium")}),
    ("Germany relies on gallium from China.", {("Germany", "China"), ("Germany", "gallium")}),
    # a dependence a step lessens is still stated, when its holder is named
    ("The plant will reduce India's dependence on imported semiconductors.",
     {("India", "semiconductors")}),
    ("Vietnam relies heavily on imports of chipmaking equipment.",
     {("Vietnam", "chipmaking equipment")}),
    ("South Korea's reliance on Chinese graphite is growing.",
     {("South Korea", "graphite"), ("South Korea", "China")}),
    # negatives: ended, hypothetical, self-reliance
    ("Huawei ended its reliance on Qualcomm.", set()),
    ("Huawei no longer depends on Qualcomm for chips.", set()),
    ("India could depend on Taiwan for chips if talks fail.", set()),
    ("Nvidia relies on its own software.", set()),
]

SUBSIDIARY_OF = [
    ("Mobileye, a subsidiary of Intel, makes driver-assistance chips.", {("Mobileye", "Intel")}),
    ("Ant Group, an affiliate of Alibaba, runs Alipay.", {("Ant Group", "Alibaba")}),
    ("Geely-owned Volvo Cars said sales rose.", {("Volvo Cars", "Geely")}),
    ("Alphabet's Waymo unit expanded to Austin.", {("Waymo", "Alphabet")}),
    ("Arm, which is owned by SoftBank, licenses chip designs.", {("Arm", "SoftBank")}),
    ("Nexperia, which is controlled by Wingtech, makes power chips.",
     {("Nexperia", "Wingtech")}),
    ("AMD completed its acquisition of Xilinx in 2022.", {("Xilinx", "AMD")}),
    ("Nvidia acquired Mellanox for $6.9 billion.", {("Mellanox", "Nvidia")}),
    ("Synopsys agreed to buy Ansys.", {("Ansys", "Synopsys")}),
    ("Kia, part of Hyundai Motor Group, opened a plant in Georgia.",
     {("Kia", "Hyundai Motor Group")}),
    ("Hino's parent Toyota raised its forecast.", {("Hino Motors", "Toyota")}),
    ("Waymo, an Alphabet company, expanded to Austin.", {("Waymo", "Alphabet")}),
    ("Samsung Display, Samsung Electronics' display unit, raised prices.",
     {("Samsung Display", "Samsung Electronics")}),
    ("Volvo, a Swedish group controlled by China's Geely, sells cars in the U.S.",
     {("Volvo", "Geely")}),
    ("Qualcomm To Acquire Autotalks", {("Autotalks", "Qualcomm")}),
    # negatives: a minority stake, talks, a hypothetical deal, an ended tie
    ("SoftBank holds a 10% stake in Nvidia.", set()),
    ("Tencent, an investor in Nio, did not comment.", set()),
    ("Tencent-backed Nio cut prices.", set()),
    ("Foxconn, a Nvidia partner company, said sales rose.", set()),
    ("Qualcomm is in talks to buy Intel.", set()),
    ("Broadcom could buy Marvell.", set()),
    ("Kioxia, a former unit of Toshiba, plans a listing.", set()),
    ("Nvidia's proposed acquisition of Arm collapsed.", set()),
    ("Regulators blocked Nvidia's acquisition of Arm.", set()),
    ("Nvidia abandoned its takeover of Arm.", set()),
    ("Kia is part of Hyundai Motor Group's supply chain.", set()),
    ("Qualcomm To Buy Intel Stake", set()),
    # ... while a completed takeover, and one by a named buyer, are ownership
    ("Broadcom completed its takeover of VMware.", {("VMware", "Broadcom")}),
    ("The acquisition of Mellanox by Nvidia closed in 2020.", {("Mellanox", "Nvidia")}),
]

# companies the gazetteer does not know, found from the cue around the name, checked
# through the supply fact they take part in
DISCOVERED = [
    ("Brightwater Photonics, a U.S. maker of laser diodes, sells them to Lumentum.",
     "SUPPLIES", {("Brightwater Photonics", "Lumentum")}),
    ("Tallgrass Materials Corp. ships graphite anodes to Panasonic.",
     "SUPPLIES", {("Tallgrass Materials", "Panasonic")}),
    ("Velora Energy, a Swedish battery startup, will supply Scania with cells.",
     "SUPPLIES", {("Velora Energy", "Scania")}),
    pytest.param(
        "Shares of Harbin Lanxin rose 5% after it won an order from BYD.",
        "SUPPLIES", {("Harbin Lanxin", "BYD")},
        marks=pytest.mark.xfail(
            reason="'it' after 'Shares of X' is not resolved to X (the shares are the"
            " subject)", strict=True)),
    ("Orvane Systems, a unit of Hitachi, makes power modules.",
     "SUBSIDIARY_OF", {("Orvane Systems", "Hitachi")}),
]

# the label a firm the gazetteer does not know gets from its cue
COMPANY_CUES = [
    ("Brightwater Photonics, a U.S. maker of laser diodes, expanded.", "Brightwater Photonics"),
    ("Japanese chemical maker Kanto Denka raised prices.", "Kanto Denka"),
    ("Tallgrass Materials Corp. opened a graphite plant.", "Tallgrass Materials Corp."),
    ("Orvane Systems, based in Texas, makes power modules.", "Orvane Systems"),
    ("Shares of Harbin Lanxin rose 5% on Monday.", "Harbin Lanxin"),
    ("Velora Energy, a Swedish battery startup, raised $200 million.", "Velora Energy"),
    ("On Tuesday Kelvra Systems, a German chipmaker, cut its outlook.", "Kelvra Systems"),
    ("Taiwanese chip packager Lumora Tech won an order from Nvidia.", "Lumora Tech"),
    ("Chipmaker Orbix said on Monday that revenue rose.", "Orbix"),
    ("Suzhou Hengtai Materials, a Chinese supplier of photoresist, was added to the list.",
     "Suzhou Hengtai Materials"),
]

# ... and names an apposition does not call a firm stay what they are
NOT_FIRMS = [
    ("Huang, a co-founder of the company, spoke.", "Huang"),
    ("Kim, a company director, said sales rose.", "Kim"),
    ("Texas, a state with many chip firms, grew.", "Texas"),
    ("The operator Monday said prices rose.", "Monday"),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIES)
def test_supplies(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "SUPPLIES") == expected


@pytest.mark.parametrize(("text", "expected"), DEPENDS_ON)
def test_depends_on(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "DEPENDS_ON") == expected


@pytest.mark.parametrize(("text", "expected"), SUBSIDIARY_OF)
def test_subsidiary_of(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "SUBSIDIARY_OF") == expected


@pytest.mark.parametrize(("text", "rel_type", "expected"), DISCOVERED)
def test_discovered_company_facts(
    text: str, rel_type: str, expected: set[tuple[str, str]]
) -> None:
    assert facts(text, rel_type) == expected


@pytest.mark.parametrize(("text", "name"), COMPANY_CUES)
def test_company_cue(text: str, name: str) -> None:
    assert labels(text).get(name) == "Company"


@pytest.mark.parametrize(("text", "name"), NOT_FIRMS)
def test_not_a_firm(text: str, name: str) -> None:
    assert labels(text).get(name) != "Company"
