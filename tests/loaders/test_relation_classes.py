"""Classes of wording added to widen the relationship rules, on the real spaCy model.

One short invented sentence per class (a verb lexicon, a syntactic frame or a noun-phrase
shape); every case checks the exact facts of one type, so a class that fires too widely
fails as well as one that does not fire. The negative cases pin the limits of each class.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # DEVELOPS: "<maker>-made <goods>"
    ("Huawei-made chips are used widely.", "DEVELOPS", {("Huawei", "semiconductors")}),
    # DEVELOPS: goods bought from a company were made by it
    (
        "ByteDance ordered 200,000 AI chips from Cambricon.",
        "DEVELOPS",
        {("Cambricon", "AI chips")},
    ),
    # DEVELOPS: a company named before a technology ("Nvidia semiconductors")
    (
        "Exports of Nvidia semiconductors to China fell.",
        "DEVELOPS",
        {("Nvidia", "semiconductors")},
    ),
    # ... under a verb of buying or using too: the maker is still named as the goods' maker
    ("Alibaba uses Nvidia semiconductors.", "DEVELOPS", {("Nvidia", "semiconductors")}),
    # DEVELOPS: a class noun after a product stands for it ("the Kirin 9000s chip")
    ("The Kirin 9000s chip was manufactured by SMIC.", "DEVELOPS", {("SMIC", "Kirin 9000S")}),
    # DEVELOPS: a facility stands for its owner
    ("TSMC's Arizona fab will produce advanced chips.", "DEVELOPS", {("TSMC", "semiconductors")}),
    ("The new fab will produce advanced chips.", "DEVELOPS", set()),
    # DEVELOPS: "companies such as X and Y are pioneers ..., focusing on <field noun>"
    (
        "Companies such as BYD and NIO are pioneers in electric vehicles, focusing on "
        "autonomous driving capabilities.",
        "DEVELOPS",
        {
            ("BYD", "electric vehicles"),
            ("BYD", "autonomous driving"),
            ("Nio", "electric vehicles"),
            ("Nio", "autonomous driving"),
        },
    ),
    # SUPPLIES: licensing from a company
    ("Ford will license the battery technology from CATL.", "SUPPLIES", {("CATL", "Ford")}),
    # SUPPLIES: possessive customer and supplier nouns
    ("TSMC's biggest customer Apple grew.", "SUPPLIES", {("TSMC", "Apple")}),
    ("Apple's biggest supplier TSMC grew.", "SUPPLIES", {("TSMC", "Apple")}),
    # DEPENDS_ON: "depends on imports of Y"
    (
        "China depends on imports of chipmaking equipment.",
        "DEPENDS_ON",
        {("China", "chipmaking equipment")},
    ),
    # REGULATES: a refused permission still regulates
    (
        "The Dutch government has not allowed ASML to ship EUV machines to China.",
        "REGULATES",
        {("Dutch government", "ASML")},
    ),
    (
        "The Bureau of Industry and Security approved licenses for AMD.",
        "REGULATES",
        {("Bureau of Industry and Security", "AMD")},
    ),
    (
        "The State Administration for Market Regulation fined Alibaba 18 billion yuan.",
        "REGULATES",
        {("State Administration for Market Regulation", "Alibaba")},
    ),
    # REGULATES: "firms such as X and <noun> Y" (an apposition in an introduced list)
    (
        "The Cyberspace Administration of China told firms such as Tencent and search giant "
        "Baidu to stop buying chips.",
        "REGULATES",
        {("Cyberspace Administration of China", "Tencent"),
         ("Cyberspace Administration of China", "Baidu")},
    ),
    # BASED_IN: "X, a <firm noun> in <country>"
    (
        "Changxin Memory Technologies, a memory chip company in China, grew.",
        "BASED_IN",
        {("CXMT", "China")},
    ),
    # BASED_IN: a research body's name opening with a country is not read as its seat
    (
        "Researchers at the Chinese Academy of Sciences published a paper. China wants chips.",
        "BASED_IN",
        set(),
    ),
    # SUPPORTS: a field noun stands for its technology ("the chip industry")
    (
        "The Big Fund aims to strengthen the domestic AI chip industry.",
        "SUPPORTS",
        {("Big Fund", "AI chips")},
    ),
    ("The Big Fund supports the domestic market.", "SUPPORTS", set()),
    # SUPPORTS: "a <noun> known as X"
    (
        "The Big Fund injected 14 billion yuan into a memory chip firm known as CXMT.",
        "SUPPORTS",
        {("Big Fund", "CXMT")},
    ),
    # SUPPORTS: verbs of committing money
    (
        "The Japanese government pledged 590 billion yen to Rapidus.",
        "SUPPORTS",
        {("Japanese government", "Rapidus")},
    ),
    # coreference: a lede's description of the document's only fund
    (
        "China's state-backed chip fund has injected 14 billion yuan into CXMT. "
        "The Big Fund was set up in 2014.",
        "SUPPORTS",
        {("Big Fund", "CXMT")},
    ),
    # ISSUED: a plan's name opening with a country's possessive
    ("China's Big Fund invested in SMIC. China wants chips.", "ISSUED", {("China", "Big Fund")}),
    # PRIORITIZES: "Y is a priority of <plan>"
    (
        "Semiconductors are a priority of the 15th Five-Year Plan.",
        "PRIORITIZES",
        {("15th Five-Year Plan", "semiconductors")},
    ),
    # coreference: a state's plan noun refers to the plan named before
    (
        "The 15th Five-Year Plan was adopted in October. The CCP's blueprint calls for "
        "breakthroughs in quantum computing.",
        "PRIORITIZES",
        {("15th Five-Year Plan", "quantum computing")},
    ),
    # COMPETES_WITH: "challenge X's dominance"
    ("SMIC aims to challenge TSMC's dominance.", "COMPETES_WITH", {("SMIC", "TSMC")}),
    # ISSUED / SUPPORTS / PRIORITIZES: "<state> is working on / preparing <plan> for <field>"
    (
        "China is working on a $143 billion support package for its semiconductor industry.",
        "ISSUED",
        {("China", "China support package ($143 billion)")},
    ),
    (  # a fund-like plan supports what a plan would prioritize
        "China is working on a $143 billion support package for its semiconductor industry.",
        "SUPPORTS",
        {("China support package ($143 billion)", "semiconductors")},
    ),
    (
        "The 15th Five-Year Plan is a blueprint for artificial intelligence.",
        "PRIORITIZES",
        {("15th Five-Year Plan", "artificial intelligence")},
    ),
    (
        "Beijing is preparing the 15th Five-Year Plan. China wants chips.",
        "ISSUED",
        {("China", "15th Five-Year Plan")},
    ),
    # SUPPORTS: "offered <money> in support to <field>", "invests to boost X"
    (
        "The Japanese government offered 4 trillion yen in support to the semiconductor sector.",
        "SUPPORTS",
        {("Japanese government", "semiconductors")},
    ),
    (
        "The Japanese government is investing heavily to boost Rapidus.",
        "SUPPORTS",
        {("Japanese government", "Rapidus")},
    ),
    # DEVELOPS: "chip" as a modifier implies semiconductors when the document names them
    (
        "JASM is building a second chip fabrication plant in Kumamoto. TSMC makes "
        "semiconductors.",
        "DEVELOPS",
        {("Japan Advanced Semiconductor Manufacturing", "semiconductors"),
         ("TSMC", "semiconductors")},
    ),
    # ... a product's class noun stays the product, and an implied word does not stand
    # between a possessor and its entity
    (
        "The Kirin 9000s chip was manufactured by SMIC. SMIC makes semiconductors.",
        "DEVELOPS",
        {("SMIC", "Kirin 9000S"), ("SMIC", "semiconductors")},
    ),
    (
        "Semiconductors made by China's top chip manufacturer SMIC were banned.",
        "BASED_IN",
        {("SMIC", "China")},
    ),
    # PRIORITIZES: "<plan> aims to make <country> a leader in Y"
    (
        "Made in China 2025 aims to make China a global leader in artificial intelligence.",
        "PRIORITIZES",
        {("Made in China 2025", "artificial intelligence")},
    ),
    # coreference: a plan synonym across a heading; a plan noun and the plan its sentence names
    (
        "The 15th Five-Year Plan was adopted in October.\nStrategic Goals\nThe CCP's "
        "blueprint calls for breakthroughs in quantum computing.",
        "PRIORITIZES",
        {("15th Five-Year Plan", "quantum computing")},
    ),
    (
        "The policy shift is part of China's broader strategy, as outlined in its 15th "
        "Five-Year Plan.",
        "ISSUED",
        {("China", "15th Five-Year Plan")},
    ),
    # BASED_IN: two lists of one length pair up in order
    (
        "Dutch and Japanese firms ASML and Tokyo Electron were affected.",
        "BASED_IN",
        {("ASML", "Netherlands"), ("Tokyo Electron", "Japan")},
    ),
    # BASED_IN: firms are seated in countries, not in a bloc
    ("European firms Bosch, Infineon and NXP each took a stake.", "BASED_IN", set()),
    # SUPPORTS: "<support noun> under <plan> for X"
    (
        "The EU approved the biggest grant yet under the EU Chips Act for TSMC's Dresden plant.",
        "SUPPORTS",
        {("European Chips Act", "TSMC")},
    ),
    # SUBSIDIARY_OF: "a venture led by X", "a unit owned by X", "X's Y" of two companies
    (
        "ESMC is a joint venture led by TSMC, with Bosch and Infineon each taking a stake.",
        "SUBSIDIARY_OF",
        {("ESMC", "TSMC")},
    ),
    (
        "A venture involving Renesas and the Murugappa Group's CG Power and Industrial "
        "Solutions received approval.",
        "SUBSIDIARY_OF",
        {("CG Power", "Murugappa")},
    ),
    ("Apple's TSMC orders grew.", "SUBSIDIARY_OF", set()),
    (
        "LG Energy Solution and Honda Motor announced the establishment of the battery joint "
        "venture (JV), tentatively named L-H Battery Company.",
        "SUBSIDIARY_OF",
        {("L-H Battery", "LG Energy Solution"), ("L-H Battery", "Honda")},
    ),
    # DEVELOPS: a quantity noun stands for what it counts; "X's proposal to build Y"
    (
        "The ESMC plant will be making generations of chips slightly behind the leading edge.",
        "DEVELOPS",
        {("ESMC", "semiconductors")},
    ),
    (
        "Huawei's plan to build its own AI chips worried Nvidia.",
        "DEVELOPS",
        {("Huawei", "AI chips")},
    ),
    # DEVELOPS: a product named after its maker
    (
        "The first Honda Prologue electric model will launch in 2024. Honda said so.",
        "DEVELOPS",
        {("Honda", "Honda Prologue")},
    ),
    # SUPPLIES: contract manufacturing of another company's product
    (
        "Currently, Samsung manufactures Tesla's A14 chips for its Full Self-Driving systems.",
        "SUPPLIES",
        {("Samsung Electronics", "Tesla")},
    ),
    (
        "Currently, Samsung manufactures Tesla's A14 chips for its Full Self-Driving systems.",
        "DEVELOPS",
        {("Samsung Electronics", "A14"), ("Tesla", "A14")},
    ),
    (
        "Tesla's AI5 chips - produced by Taiwan Semiconductor Manufacturing - are expected to "
        "begin production.",
        "SUPPLIES",
        {("TSMC", "Tesla")},
    ),
    # REGULATES: clearing a company's proposal
    (
        "The Indian government also cleared Tata's separate proposal for a chip assembly plant.",
        "REGULATES",
        {("Indian government", "Tata Group")},
    ),
    # COMPETES_WITH: rivals a subject acts on; "seen as a challenger to"; products compete
    (
        "Huawei is gaining on rivals such as Apple and Samsung.",
        "COMPETES_WITH",
        {("Apple", "Huawei"), ("Huawei", "Samsung Electronics")},
    ),
    (
        "Huawei is seen as a challenger to Nvidia in AI chips.",
        "COMPETES_WITH",
        {("Huawei", "Nvidia")},
    ),
    (
        "Huawei's Ascend chips compete with Nvidia's H20.",
        "COMPETES_WITH",
        {("Huawei", "Nvidia")},
    ),
    # DEPENDS_ON: "the primary source of X's imports"; "X is dependent on Y"
    (
        "China is the primary source of U.S. gallium imports.",
        "DEPENDS_ON",
        {("United States", "China")},
    ),
    (
        "Japan is heavily dependent on China for rare earths.",
        "DEPENDS_ON",
        {("Japan", "China"), ("Japan", "rare earths")},
    ),
    # DEPENDS_ON: shares of a country's imports, their origin, its main supplier
    (
        "China accounts for 90% of U.S. gallium imports.",
        "DEPENDS_ON",
        {("United States", "China")},
    ),
    ("U.S. imports of gallium come mainly from China.", "DEPENDS_ON", {("United States", "China")}),
    (
        "China is the main supplier of gallium to the United States.",
        "DEPENDS_ON",
        {("United States", "China")},
    ),
    (
        "The United States relies on imports for all of its gallium.",
        "DEPENDS_ON",
        {("United States", "gallium")},
    ),
    # SUBSIDIARY_OF: buying a company; a parent with a modifier; an arm of a technology
    ("Wingtech bought Nexperia in 2019.", "SUBSIDIARY_OF", {("Nexperia", "Wingtech")}),
    ("Huawei bought chips from SMIC.", "SUBSIDIARY_OF", set()),
    (
        "Nexperia's Chinese parent Wingtech objected.",
        "SUBSIDIARY_OF",
        {("Nexperia", "Wingtech")},
    ),
    (
        "HiSilicon, Huawei's chip design arm, designs Kirin chips.",
        "SUBSIDIARY_OF",
        {("HiSilicon", "Huawei")},
    ),
    # SUPPLIES: "X, whose customers include Y"
    (
        "TSMC, whose customers include Apple and Nvidia, grew.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("TSMC", "Nvidia")},
    ),
    # AFFILIATED_WITH: a state role with the country its title names, not without it
    ("Chinese President Xi Jinping met Biden.", "AFFILIATED_WITH", {("Xi Jinping", "China")}),
    (
        "Dutch Minister of Foreign Trade Reinette Klever said so.",
        "AFFILIATED_WITH",
        {("Reinette Klever", "Netherlands")},
    ),
    ("President Biden visited China.", "AFFILIATED_WITH", set()),
    # DEVELOPS: money secured to build a plant; refining a material
    (
        "Micron Technology secured subsidies from the government to build a chip production "
        "facility in Hiroshima. TSMC makes semiconductors.",
        "DEVELOPS",
        {("Micron", "semiconductors"), ("TSMC", "semiconductors")},
    ),
    ("Lynas refines rare earths in Malaysia.", "DEVELOPS", {("Lynas", "rare earths")}),
    ("China refines most of the world's rare earths.", "DEVELOPS", set()),
    # COMPETES_WITH: verbs of ranking against a rival
    ("SMIC still lags behind TSMC in advanced nodes.", "COMPETES_WITH", {("SMIC", "TSMC")}),
    ("Huawei surpassed Apple in China last quarter.", "COMPETES_WITH", {("Apple", "Huawei")}),
    # SUPPLIES: licensing to a company
    ("Huawei licensed its 5G patents to Apple.", "SUPPLIES", {("Huawei", "Apple")}),
    # SUPPLIES: winning orders from a customer
    (
        "TSMC won orders from Apple and Nvidia.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("TSMC", "Nvidia")},
    ),
    # DEVELOPS: "<technology> makers X, Y and Z"
    (
        "Memory chip makers Samsung, SK Hynix and Micron reported results.",
        "DEVELOPS",
        {("Samsung Electronics", "memory chips"), ("SK Hynix", "memory chips"),
         ("Micron", "memory chips")},
    ),
    # DEVELOPS: entering a technology's market
    (
        "Xiaomi entered the electric vehicle market in 2021.",
        "DEVELOPS",
        {("Xiaomi", "electric vehicles")},
    ),
    # SUPPORTS: a stake or an investment a fund takes in a company (a company's is none)
    ("The Big Fund took a stake in SMIC in 2015.", "SUPPORTS", {("Big Fund", "SMIC")}),
    ("Tencent took a stake in Nio.", "SUPPORTS", set()),
    # SUPPORTS: a fund or agency as a company's shareholder
    ("The Big Fund is a major shareholder of SMIC.", "SUPPORTS", {("Big Fund", "SMIC")}),
    ("The Big Fund, SMIC's largest shareholder, grew.", "SUPPORTS", {("Big Fund", "SMIC")}),
    # SUPPORTS: a word implying a technology keeps the firms it introduces
    (
        "The Big Fund has invested heavily in chipmakers including SMIC and Hua Hong "
        "Semiconductor. China wants semiconductors.",
        "SUPPORTS",
        {("Big Fund", "SMIC"), ("Big Fund", "Hua Hong Semiconductor"),
         ("Big Fund", "semiconductors")},
    ),
    # BASED_IN: "X of <country>", not after a preposition ("shares of X of ...")
    (
        "Samsung Electronics of South Korea leads the market.",
        "BASED_IN",
        {("Samsung Electronics", "South Korea")},
    ),
    ("Shares of Samsung of South Korea rose.", "BASED_IN", set()),
    # RESPONDS_TO: a plan prepared despite a measure
    (
        "China is preparing a $143 billion support package for chip companies despite U.S. "
        "export controls.",
        "RESPONDS_TO",
        {("China support package ($143 billion)", "U.S. export controls")},
    ),
    # DEVELOPS: the people of a body stand for it; a technology names a generic device
    (
        "Researchers at Tsinghua University developed a new quantum computing chip.",
        "DEVELOPS",
        {("Tsinghua University", "quantum computing")},
    ),
    ("Huawei engineers built the Kirin 9000s processor.", "DEVELOPS", {("Huawei", "Kirin 9000S")}),
    (
        "Researchers at Bernstein said Huawei builds AI chips.",
        "DEVELOPS",
        {("Huawei", "AI chips")},
    ),
    # BASED_IN: "its" owning a state body stands for the country that was the subject
    (
        "Japan tightened controls, its trade ministry said.",
        "BASED_IN",
        {("Ministry of Economy, Trade and Industry", "Japan")},
    ),
    # AFFILIATED_WITH: a relative "who" and a role held "as" the title of a body
    (
        "The unit is led by Zhao Lun, who also holds positions as the chairman and general "
        "manager of Changxin Memory Technologies.",
        "AFFILIATED_WITH",
        {("Zhao Lun", "CXMT")},
    ),
    # AFFILIATED_WITH: a ticker in parentheses between the company and the title
    (
        "Tesla (NASDAQ:TSLA) CEO Elon Musk announced a chip supply agreement with Samsung "
        "Electronics.",
        "AFFILIATED_WITH",
        {("Elon Musk", "Tesla")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_relation_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
