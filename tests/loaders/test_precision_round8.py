"""Classes of false positives found in the blind sets of round 8, each in several invented
wordings.

Every case checks the exact facts of one type on the real spaCy model, so a fix that cuts
too widely fails as well as one that does not cut; the limit cases pin what must stay.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # goods supplied "to" a product: the product is their destination, not a customer,
    # and the supplier does not make it
    (
        "Samsung Display supplies OLED panels to the iPhone 15.",
        "DEVELOPS",
        {("Samsung Display", "OLED displays")},
    ),
    (
        "LG Display shipped OLED panels to new iPhones.",
        "DEVELOPS",
        {("LG Display", "OLED displays")},
    ),
    (
        "CATL will deliver batteries to the Tesla Model Y.",
        "DEVELOPS",
        {("CATL", "EV batteries"), ("Tesla", "Model Y")},
    ),
    # ... a company after "to" is still the customer
    ("BOE supplies OLED panels to Apple.", "SUPPLIES", {("BOE", "Apple")}),
    # a title before a name belongs to that name only, not to the name after its comma
    (
        "During a meeting with Vietnam's Prime Minister Pham Minh Chinh, Jensen Huang said"
        " Nvidia wants a base there.",
        "AFFILIATED_WITH",
        {("Pham Minh Chinh", "Vietnam")},
    ),
    (
        "After talks with German Chancellor Olaf Scholz, Tim Cook announced a new plant.",
        "AFFILIATED_WITH",
        {("Olaf Scholz", "Germany")},
    ),
    (
        "Nvidia CEO Jensen Huang and Lisa Su visited Taipei.",
        "AFFILIATED_WITH",
        {("Jensen Huang", "Nvidia")},
    ),
    # a role "of" a body: that body, not the one an apposition after it names, nor the
    # place of a "-based" modifier
    (
        "Frank Blome, the chief executive of PowerCo, Volkswagen's battery subsidiary, said"
        " the plant will open in 2027.",
        "AFFILIATED_WITH",
        {("Frank Blome", "PowerCo")},
    ),
    (
        "The fund was controlled by Wu Tao, the chairman of mainland China-based Jinan"
        " Yuxiao Group.",
        "AFFILIATED_WITH",
        {("Wu Tao", "Jinan Yuxiao")},
    ),
    (
        "Kim Dong-myung, the head of LG Energy Solution, South Korea's largest battery maker,"
        " said sales rose.",
        "AFFILIATED_WITH",
        {("Kim Dong-myung", "LG Energy Solution")},
    ),
    # ... a possessive body is still the person's ("CTO of Ericsson's China unit")
    (
        "Wang Haobo, CTO of Ericsson's China unit, expects 6G investment to start in 2030.",
        "AFFILIATED_WITH",
        {("Wang Haobo", "Ericsson")},
    ),
    # trade or funding a restraining word governs is what is stopped: no edge
    (
        "The Treasury Department issued a rule to restrict US investment in Chinese AI and"
        " semiconductor technology.",
        "SUPPORTS",
        set(),
    ),
    (
        "Yuxiao Fund was restricted by the Australian government from increasing its stake"
        " in Northern Minerals.",
        "SUPPORTS",
        set(),
    ),
    ("Intel was barred from selling chips to Huawei.", "SUPPLIES", set()),
    ("Qualcomm has been banned from shipping modems to Xiaomi.", "SUPPLIES", set()),
    ("Washington blocked Micron from supplying memory chips to Inspur.", "SUPPLIES", set()),
    # ... and so is the trade of a licence revoked or denied
    # ... but not the goods a ban names: their maker still makes them
    (
        "Nvidia chips are banned in China. The company said its H20 chip complies.",
        "DEVELOPS",
        {("Nvidia", "H20"), ("Nvidia", "semiconductors")},
    ),
    ("The US revoked licences allowing Huawei to buy chips from Intel.", "SUPPLIES", set()),
    ("US Revokes Intel, Qualcomm Licenses to Sell Chips to Huawei", "SUPPLIES", set()),
    ("US Revokes Intel, Qualcomm Licenses to Sell Chips to Huawei", "DEVELOPS", set()),
    # ... not trade a licence allows, nor a trade only limited to some goods
    (
        "Intel received licences to sell chips to Huawei.",
        "SUPPLIES",
        {("Intel", "Huawei")},
    ),
    ("SK Hynix was allowed to ship memory chips to Lenovo.", "SUPPLIES", {("SK Hynix", "Lenovo")}),
    (
        "BOE has been limited to supplying Apple with OLED panels.",
        "SUPPLIES",
        {("BOE", "Apple")},
    ),
    (
        "The Japanese government provided subsidies to Rapidus.",
        "SUPPORTS",
        {("Japanese government", "Rapidus")},
    ),
    # a participle after a "while" clause compares that clause's subject, not the pair
    # of the main clause
    (
        "Samsung and Hynix are the world's two largest memory chipmakers, while Samsung is"
        " the second-largest contract manufacturer for logic chips, lagging Taiwan"
        " Semiconductor Manufacturing Co.",
        "COMPETES_WITH",
        {("Samsung Electronics", "TSMC")},
    ),
    (
        "Micron and Kioxia are big memory makers, while Kioxia is the second-largest NAND"
        " maker, trailing Samsung.",
        "COMPETES_WITH",
        {("Kioxia", "Samsung Electronics")},
    ),
    (
        "Nio and Xpeng are EV start-ups, while Xpeng is the smaller one, trailing BYD in"
        " sales.",
        "COMPETES_WITH",
        {("BYD", "XPeng")},
    ),
    ("Samsung is the second-largest foundry, lagging TSMC.", "COMPETES_WITH",
     {("Samsung Electronics", "TSMC")}),
    # what an apposition says of an entity reaches only that entity, not the list members
    # after it
    (
        "Some Western manufacturers, such as Volvo, a Swedish group controlled by China's"
        " Geely, as well as Polestar, sell vehicles in the U.S. market.",
        "SUBSIDIARY_OF",
        {("Volvo", "Geely")},
    ),
    (
        "Chipmakers such as Nexperia, a Dutch firm owned by China's Wingtech, as well as NXP"
        " supply carmakers.",
        "SUBSIDIARY_OF",
        {("Nexperia", "Wingtech")},
    ),
    (
        "Suppliers including Ampleon, a company controlled by JAC Capital, and NXP serve"
        " carmakers.",
        "SUBSIDIARY_OF",
        {("Ampleon", "JAC Capital")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_precision_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


ROUND8_MORE = [
    # what would, should or could have happened did not
    (
        "The deal matches benefits that Volkswagen would have received under the Inflation"
        " Reduction Act.",
        "SUPPORTS",
        set(),
    ),
    ("Samsung could have supplied HBM chips to Nvidia, analysts said.", "SUPPLIES", set()),
    ("Samsung should have sold more memory chips to Apple.", "SUPPLIES", set()),
    # ... what has happened or will happen stands
    (
        "Volkswagen has received subsidies under the Inflation Reduction Act.",
        "SUPPORTS",
        {("Inflation Reduction Act", "Volkswagen")},
    ),
    ("Samsung will supply HBM chips to Nvidia.", "SUPPLIES", {("Samsung Electronics", "Nvidia")}),
    # a state title belongs to the country nearest the name, not to one of a title before
    (
        "The meeting between US President Donald Trump and Chinese President Xi Jinping in"
        " Busan ended.",
        "AFFILIATED_WITH",
        {("Donald Trump", "United States"), ("Xi Jinping", "China")},
    ),
    (
        "Talks between French President Emmanuel Macron and Indian Prime Minister Narendra"
        " Modi began.",
        "AFFILIATED_WITH",
        {("Emmanuel Macron", "France"), ("Narendra Modi", "India")},
    ),
    # a country named in a title is the country, not the body its name shares a word with
    (
        "Chrystia Freeland, Canada's deputy prime minister, said the Canadian government will"
        " act.",
        "AFFILIATED_WITH",
        {("Chrystia Freeland", "Canada")},
    ),
    (
        "Ashwini Vaishnaw, India's minister of electronics and information technology, said the"
        " Indian government will back chip plants.",
        "AFFILIATED_WITH",
        {("Ashwini Vaishnaw", "India")},
    ),
    # ... the body a title names by its own words stays
    (
        "Commerce Secretary Gina Raimondo said the Commerce Department will add firms.",
        "AFFILIATED_WITH",
        {("Gina Raimondo", "U.S. Department of Commerce")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), ROUND8_MORE)
def test_precision_class_more(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


ROUND8_DESCRIPTIONS = [
    # a singular description after a list of two fitting firms means neither for sure
    (
        "Both Nvidia and Qualcomm are working with TSMC on 2nm. The U.S. AI chip giant is"
        " reportedly considering Samsung for its next-gen GPU manufacturing.",
        "BASED_IN",
        set(),
    ),
    (
        "Samsung and SK Hynix make memory chips. The company will supply HBM chips to Nvidia.",
        "SUPPLIES",
        set(),
    ),
    (
        "Xiaomi and Oppo sell phones in India. The Chinese company plans a plant in Chennai"
        " with Foxconn.",
        "BASED_IN",
        set(),
    ),
    # ... one that only one of them fits, or a single firm, is resolved
    (
        "Intel and TSMC compete for orders. The U.S. company is building fabs in Ohio.",
        "BASED_IN",
        {("Intel", "United States")},
    ),
    ("Nvidia makes GPUs. The company sells them to Baidu.", "SUPPLIES", {("Nvidia", "Baidu")}),
    # a country of a facility standing for its owner is where the facility is
    (
        "GlobalFoundries will expand its U.S. manufacturing sites in New York.",
        "BASED_IN",
        set(),
    ),
    ("Kioxia operates its Japanese plants with Western Digital.", "BASED_IN", set()),
    ("Rapidus is building a Japanese fab in Hokkaido.", "BASED_IN", set()),
    # ... a country of the firm itself stays
    ("The Taiwanese foundry TSMC raised prices.", "BASED_IN", {("TSMC", "Taiwan")}),
    # a name after a comma that a verb follows is the subject of a spliced clause, not an
    # apposition of the noun before it
    (
        "Chengdu RML Technology Co., Ltd. is accused of supplying missiles to the Chinese"
        " military, Hefei Starwave Communication Technology Co., Ltd. is alleged to provide"
        " microwave products to the military.",
        "SUPPLIES",
        set(),
    ),
    (
        "Of them, Sugon supplies servers to the army, Inspur is said to ship routers to the"
        " navy.",
        "SUPPLIES",
        set(),
    ),
    # ... an apposition that names the customers stays
    (
        "Nexperia sells chips to carmakers, Bosch and Continental.",
        "SUPPLIES",
        {("Nexperia", "Bosch"), ("Nexperia", "Continental")},
    ),
    (
        "Two South Korean firms - Samsung Electronics Co. and SK hynix - and Micron Technology"
        " lead the global HBM market.",
        "BASED_IN",
        {("Samsung Electronics", "South Korea"), ("SK Hynix", "South Korea")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), ROUND8_DESCRIPTIONS)
def test_precision_descriptions(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


# the subject of a verb under a verb whose object is an entity is that object (object
# control); an object that is no entity leaves the governing verb's subject (a purpose)
OBJECT_CONTROL = [
    ("Samsung wants TSMC to supply chips to Apple.", "SUPPLIES", {("TSMC", "Apple")}),
    ("Apple asked TSMC to supply more chips to Nvidia.", "SUPPLIES", {("TSMC", "Nvidia")}),
    (
        "Google has picked Samsung to ship its Tensor chips to Pixel makers such as Foxconn.",
        "SUPPLIES",
        {("Samsung Electronics", "Foxconn")},
    ),
    (
        "Washington allowed Nvidia to sell H20 chips to Alibaba.",
        "SUPPLIES",
        {("Nvidia", "Alibaba")},
    ),
    ("Huawei wants to buy chips from SMIC.", "SUPPLIES", {("SMIC", "Huawei")}),
    (
        "In 2022 Rapidus and IBM set up a partnership to develop advanced semiconductors.",
        "DEVELOPS",
        {("Rapidus", "semiconductors"), ("IBM", "semiconductors")},
    ),
]


# "its" in a conjunct belongs to the entity just before it in the list
CONJUNCT_OWNER = [
    (
        "Intel sells chips to Dell and its rivals HP and Lenovo.",
        "COMPETES_WITH",
        {("Dell", "HP"), ("Dell", "Lenovo")},
    ),
    (
        "Qualcomm supplies modems to Xiaomi and its rival Oppo.",
        "COMPETES_WITH",
        {("Oppo", "Xiaomi")},
    ),
    ("Nvidia and its rival AMD both sell AI chips to Microsoft.", "COMPETES_WITH",
     {("AMD", "Nvidia")}),
]


# a firm or a part of one changing hands is an acquisition, not a supply
OWNERSHIP_BOUGHT = [
    ("Huawei will buy its Honor unit back.", "SUPPLIES", set()),
    ("SoftBank bought a stake in Arm from Vision Fund.", "SUPPLIES", set()),
    ("Intel sold its NAND business to SK Hynix.", "SUPPLIES", set()),
    ("Apple buys chips from TSMC.", "SUPPLIES", {("TSMC", "Apple")}),
    (
        "Syrah Resources signed a supply contract with Posco Future M to provide the firm with"
        " natural graphite.",
        "SUPPLIES",
        {("Syrah Resources", "Posco Future M")},
    ),
]


# "neither A nor B" negates the fact for both
NEITHER_NOR = [
    ("Neither TSMC nor Samsung supplies chips to Huawei.", "SUPPLIES", set()),
    ("Neither Nvidia nor AMD sells AI chips to Huawei.", "SUPPLIES", set()),
    (
        "TSMC supplies chips to Apple and Nvidia.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("TSMC", "Nvidia")},
    ),
]


# a plural subject before "supply" / "ship": the small model reads the verb as a noun
# ("TSMC and Samsung supply chips" as one noun phrase), so a surface pattern reads the deal
PLURAL_SUPPLY = [
    (
        "TSMC and Samsung supply chips to Apple.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("Samsung Electronics", "Apple")},
    ),
    (
        "Samsung and SK Hynix both supply memory chips to Nvidia and AMD.",
        "SUPPLIES",
        {("Samsung Electronics", "Nvidia"), ("Samsung Electronics", "AMD"),
         ("SK Hynix", "Nvidia"), ("SK Hynix", "AMD")},
    ),
    (
        "TSMC and Samsung ship chips to Apple.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("Samsung Electronics", "Apple")},
    ),
    (
        "CATL and BYD supply Tesla with batteries.",
        "SUPPLIES",
        {("CATL", "Tesla"), ("BYD", "Tesla")},
    ),
    ("TSMC and Samsung supply chains to the US were disrupted.", "SUPPLIES", set()),
    ("TSMC and Samsung do not supply chips to Huawei.", "SUPPLIES", set()),
]


PLURAL_SUBJECTS = [
    (
        "Nvidia and AMD design AI chips.",
        "DEVELOPS",
        {("Nvidia", "AI chips"), ("AMD", "AI chips")},
    ),
    (
        "BYD and Geely compete with Tesla in Europe.",
        "COMPETES_WITH",
        {("BYD", "Tesla"), ("Geely", "Tesla")},
    ),
    (
        "Chinese automakers BYD and Geely compete with Tesla.",
        "COMPETES_WITH",
        {("BYD", "Tesla"), ("Geely", "Tesla")},
    ),
    ("CATL and BYD make up 50% of the battery market.", "DEVELOPS", set()),
    ("Huawei and SMIC do not make 3nm chips.", "DEVELOPS", set()),
]


LEAD_CLASSES = OBJECT_CONTROL + OWNERSHIP_BOUGHT + NEITHER_NOR + PLURAL_SUPPLY


@pytest.mark.parametrize(("text", "rel_type", "expected"), LEAD_CLASSES)
def test_lead_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


@pytest.mark.parametrize(("text", "rel_type", "expected"), CONJUNCT_OWNER + PLURAL_SUBJECTS)
def test_lead_class_unordered(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    # COMPETES_WITH is stored with its ends sorted: compare the pairs unordered
    assert {frozenset(p) for p in facts(text, rel_type)} == {frozenset(p) for p in expected}
