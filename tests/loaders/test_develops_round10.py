"""Challenge set of round 10 for DEVELOPS and COMPETES_WITH: invented sentences written the way
news, wire and trade-press articles state who makes, designs or launches what, and who
competes with whom, in many wordings (tenses and voices, appositions, relative clauses,
lists, possessives, nominalisations, headlines, datelines, quotes), with about one case in
four a negative or a limit (buyers, users, investors, distributors, ended or hypothetical
production, non-firms).

Every case checks the exact facts of one sentence on the real spaCy model, so a frame that
fires too widely fails as well as one that does not fire.
"""

from __future__ import annotations

import pytest
from extracted import facts

from loaders.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("SK Hynix will co-develop HBM4 with TSMC.", "co-develop", "co-develop"),
        ("The chips were co-designed by Arm.", "co-designed", "co-design"),
        ("Tata plans to mass-produce chips.", "mass-produce", "mass-produce"),
        ("BYD Mass-Produces Blade Batteries", "Mass-Produces", "mass-produce"),
    ],
)
def test_prefixed_verbs_stay_one_verb(text: str, word: str, lemma: str) -> None:
    token = next(t for t in get_nlp()(text) if t.text == word)
    assert token.lemma_ == lemma

DEVELOPS_CASES = [
    # "X makes / produces / builds / designs / manufactures A", every tense
    ("Infineon produces power semiconductors at its plant in Dresden.",
     {("Infineon", "power semiconductors")}),
    ("CATL has been making sodium-ion batteries since 2023.",
     {("CATL", "sodium-ion batteries")}),
    ("Zhenhai Microelectronics Co. manufactures gallium nitride transistors for radar systems.",
     {("Zhenhai Microelectronics", "gallium nitride")}),
    ("Qorvell Systems designed the radio-frequency chips in the new handset.",
     {("Qorvell Systems", "RF chips")}),
    ("Rapidus is building 2-nanometre chips on a pilot line in Hokkaido.",
     {("Rapidus", "2nm technology")}),
    # passive, participial and "X-made" forms
    ("Silicon carbide wafers made by Wolfspeed go into most electric vehicle inverters.",
     {("Wolfspeed", "silicon carbide wafers")}),
    ("The lidar sensors, produced by Hesai Group in Shanghai, were shipped to Europe.",
     {("Hesai", "lidar sensors")}),
    ("Solid-state batteries are being developed by QuantumScape and Toyota.",
     {("QuantumScape", "solid-state batteries"), ("Toyota", "solid-state batteries")}),
    ("Regulators examined Kioxia-made flash memory found in the drones.",
     {("Kioxia", "flash memory")}),
    ("Qualcomm-designed modems are found in most Android phones.",
     {("Qualcomm", "modem chips")}),
    # headlines and datelines
    ("Micron To Build HBM Chips In Idaho",
     {("Micron", "HBM")}),
    ("SEOUL, March 3 (Reuters) - SK Hynix said on Monday it had started mass production of"
     " 12-layer HBM3E chips.",
     {("SK Hynix", "HBM3E")}),
    ("Baidu designs its own AI accelerators, a company spokesperson said.",
     {("Baidu", "AI chips")}),
    # plans to produce
    ("Tata Electronics plans to mass-produce semiconductors at Dholera from 2026.",
     {("Tata Electronics", "semiconductors")}),
    ("Gotion aims to produce lithium iron phosphate batteries in Michigan.",
     {("Gotion", "lithium iron phosphate batteries")}),
    pytest.param(
        "Kaynes Semicon will start production of chip packages in Gujarat next year.",
        {("Kaynes Semicon", "chip packages")},
        marks=pytest.mark.xfail(
            reason="'chip packages' is no technology mention (the frame itself reads"
            " 'start production of' goods it knows)",
            strict=True,
        ),
    ),
    ("VinFast is installing production lines for electric vehicles in North Carolina.",
     {("VinFast", "electric vehicles")}),
    ("SMIC is expanding its capacity to make 7-nanometre chips.",
     {("SMIC", "7nm technology")}),
    ("Lynas said its new plant in Texas will produce heavy rare earths.",
     {("Lynas", "rare earths")}),
    # appositions and descriptions
    ("Hua Hong, a maker of mature-node chips, reported a rise in quarterly profit.",
     {("Hua Hong Semiconductor", "mature-node chips")}),
    ("Albemarle, the world's largest lithium producer, cut its sales forecast.",
     {("Albemarle", "lithium")}),
    ("Horizon Robotics, a developer of autonomous driving chips, listed in Hong Kong.",
     {("Horizon Robotics", "autonomous driving chips")}),
    ("Drone maker DJI was added to the list in December.",
     {("DJI", "drones")}),
    ("Battery maker Envision AESC opened a plant in Kentucky.",
     {("Envision AESC", "EV batteries")}),
    ("Lam Research and Tokyo Electron, makers of etching equipment, fell in early trading.",
     {("Lam Research", "etching equipment"), ("Tokyo Electron", "etching equipment")}),
    ("Cambricon, which designs AI chips and servers, doubled its revenue.",
     {("Cambricon", "AI chips"), ("Cambricon", "servers")}),
    ("Yangtze Memory Technologies, China's top producer of NAND flash, sued Micron.",
     {("YMTC", "NAND flash")}),
    # possessives of goods and products
    ("Huawei's Ascend chips are gaining ground in Chinese data centres.",
     {("Huawei", "Ascend")}),
    ("Nvidia said its Blackwell chips were sold out for the year.",
     {("Nvidia", "Blackwell")}),
    # goods from a firm in trade or measure text
    ("The rule bans the sale of surveillance cameras from Hikvision.",
     {("Hikvision", "surveillance technology")}),
    ("Washington restricted imports of drones from DJI.",
     {("DJI", "drones")}),
    # joint development and launches
    ("Honda and Sony will jointly develop electric vehicles.",
     {("Honda", "electric vehicles"), ("Sony", "electric vehicles")}),
    ("Bosch is co-developing hydrogen fuel cells with Qingling Motors.",
     {("Bosch", "hydrogen"), ("Qingling Motors", "hydrogen")}),
    ("Moore Threads launched a new graphics processor for data centres.",
     {("Moore Threads", "GPUs")}),
    ("Alibaba released its Qwen large language models on Tuesday.",
     {("Alibaba", "Qwen"), ("Alibaba", "large language models")}),
    # negatives and limits: buyers, users, investors, distributors, ended and hypothetical
    ("ByteDance buys AI chips in bulk.",
     set()),
    ("Carmakers rely on rare earth magnets for electric motors.",
     set()),
    ("Ford relies on lithium-ion batteries from suppliers in Asia.",
     set()),
    ("Wolfspeed halted production of silicon carbide substrates at its Durham site.",
     set()),
    ("Infineon could make gallium nitride chips in Malaysia if demand picks up.",
     set()),
    ("SoftBank invested in Ampere Computing last year.",
     set()),
    ("Arrow Electronics distributes memory chips from Micron.",
     {("Micron", "memory chips")}),
    ("Automakers complained about shortages of chips made in Taiwan.",
     set()),
    ("Analysts expect Huawei to buy more HBM from Chinese suppliers.",
     set()),
    ("Apple no longer produces its own displays.",
     set()),
    ("The Pentagon uses lidar sensors in its drones.",
     set()),
    # a second batch, written after the first frames were built, in other wordings
    ("Nexperia's shipments of power chips to carmakers were halted.",
     {("Nexperia", "power semiconductors")}),
    ("Purchases of lithography machines from ASML rose sharply.",
     {("ASML", "lithography")}),
    ("Beijing ordered a halt to imports of memory chips from Micron.",
     {("Micron", "memory chips")}),
    ("Samsung's sales of HBM chips to Nvidia doubled.",
     {("Samsung Electronics", "HBM")}),
    ("BMW will source battery cells from CATL.",
     {("CATL", "EV batteries")}),
    ("Sunwoda will begin mass production of solid-state batteries in 2026.",
     {("Sunwoda", "solid-state batteries")}),
    ("EVE Energy intends to manufacture cylindrical battery cells in Hungary.",
     {("EVE Energy", "cylindrical battery cells")}),
    ("Texas Instruments and Infineon are expanding capacity to produce analog chips.",
     {("Texas Instruments", "analog chips"), ("Infineon", "analog chips")}),
    pytest.param(
        "Skyworth Display, a little-known producer of LCD panels, won the tender.",
        {("Skyworth Display", "LCD panels")},
        marks=pytest.mark.xfail(
            reason="the statistical NER reads the unknown name 'Skyworth Display' as a person",
            strict=True,
        ),
    ),
    ("Toyota is developing next-generation batteries together with Idemitsu Kosan.",
     {("Toyota", "EV batteries"), ("Idemitsu Kosan", "EV batteries")}),
    ("LG Display will co-produce OLED panels with BOE.",
     {("LG Display", "OLED displays"), ("BOE", "OLED displays")}),
    ("Foxconn's production lines for AI servers in Mexico are running at full capacity.",
     {("Foxconn", "servers")}),
    ("Panasonic stopped producing solar panels in 2021.",
     set()),
    ("Intel is not expected to build chips in Ohio before 2030.",
     set()),
    ("Xiaomi's purchases of memory chips surged.",
     set()),
    ("Apple's imports of displays from China fell.",
     set()),
    ("Honda could jointly develop batteries with LG Energy Solution.",
     set()),
    # a third batch: the partners of joint work "to develop" and lists that "they" stand for
    ("SK Hynix announced a partnership with TSMC to co-develop HBM4.",
     {("SK Hynix", "HBM4"), ("TSMC", "HBM4")}),
    ("Nokia will collaborate with Ericsson on developing 6G networks.",
     {("Nokia", "6G"), ("Ericsson", "6G")}),
    ("Samsung teamed up with Google to design smartphone chips.",
     {("Samsung Electronics", "smartphone chips"), ("Google", "smartphone chips")}),
    ("Intel formed an alliance with UMC to develop 12-nanometre chips.",
     {("Intel", "12nm technology"), ("UMC", "12nm technology")}),
    ("Foxtron and Mitsubishi Motors said they have agreed to jointly develop an electric"
     " vehicle.",
     {("Foxtron", "electric vehicles"), ("Mitsubishi Motors", "electric vehicles")}),
    ("Kioxia and Western Digital are the world's biggest flash memory makers.",
     {("Kioxia", "flash memory"), ("Western Digital", "flash memory")}),
    ("Chips produced by SMIC were found inside the phone.",
     {("SMIC", "semiconductors")}),
    ("The Kirin 9000S, which SMIC produced for Huawei, surprised analysts.",
     {("SMIC", "Kirin 9000S")}),
    pytest.param(
        "The ministry asked Fujitsu to work with Toshiba and NEC to develop quantum"
        " computers.",
        {("Fujitsu", "quantum computing"), ("Toshiba", "quantum computing"),
         ("NEC", "quantum computing")},
        marks=pytest.mark.xfail(
            reason="the subject of 'work' is the object of 'asked' two verbs up; only the"
            " partners are read",
            strict=True,
        ),
    ),
    ("MP Materials signed an agreement with Apple to produce rare earth magnets.",
     set()),
    # a fourth batch: headlines, quantities of goods, and what a firm is unable to make
    ("Samsung Begins Mass Production Of 3nm Chips",
     {("Samsung Electronics", "3nm technology")}),
    ("TSMC To Make 2nm Chips In Arizona",
     {("TSMC", "2nm technology")}),
    ("Intel, AMD Race To Build AI Accelerators",
     {("Intel", "AI chips"), ("AMD", "AI chips")}),
    ("SK Hynix Develops 12-Layer HBM3E",
     {("SK Hynix", "HBM3E")}),
    ("CATL will supply 10 GWh of LFP batteries to Ford.",
     {("CATL", "lithium iron phosphate batteries")}),
    pytest.param(
        "Ganfeng Lithium produces 50,000 tonnes of lithium hydroxide a year.",
        {("Ganfeng Lithium", "lithium hydroxide")},
        marks=pytest.mark.xfail(
            reason="mass units are not read through to their goods ('imported 5,000 tons of"
            " gallium' would make a country depend on the mineral; see test_relation_round5)",
            strict=True,
        ),
    ),
    ("Huawei is unable to make 5nm chips.",
     set()),
    ("SMIC remains unable to produce 5nm chips in volume.",
     set()),
    ("Nvidia will invest $5 billion in Intel to develop AI infrastructure.",
     {("Nvidia", "AI infrastructure")}),
    ("Automaker owned by Taiwan's Foxconn to make EVs for Japan's Mitsubishi Motors",
     set()),
    # a sixth batch: goods named before the firm that makes them ("the chips TSMC makes")
    ("The advanced chips that TSMC manufactures for its customers power data centres.",
     {("TSMC", "semiconductors")}),
    ("The batteries CATL produces in Hungary will go to BMW.",
     {("CATL", "EV batteries")}),
    ("Demand for the GPUs Nvidia sells to China fell.",
     {("Nvidia", "GPUs")}),
    ("The lidar Hesai makes is cheap.",
     {("Hesai", "lidar")}),
    ("Beijing wants the chips SMIC could make to replace imports.",
     set()),
    ("Memory chipmaker SK Hynix rose as prices of memory chips climbed.",
     {("SK Hynix", "memory chips")}),
    ("Micron, the US memory chipmaker, gained as memory chips rallied.",
     {("Micron", "memory chips")}),
    ("Memory chipmaker SK Hynix rose.",
     set()),
    ("Samsung has begun mass-producing HBM3E chips.",
     {("Samsung Electronics", "HBM3E")}),
    ("Samsung stopped making HBM3E chips.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), DEVELOPS_CASES)
def test_develops_challenge(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "DEVELOPS") == expected


def unordered(pairs: set[tuple[str, str]]) -> set[frozenset[str]]:
    """COMPETES_WITH is symmetric: compare pairs without their order."""
    return {frozenset(pair) for pair in pairs}


COMPETES_CASES = [
    ("Biren Technology competes with Nvidia in the GPU market.",
     {("Biren", "Nvidia")}),
    ("Samsung is challenging TSMC for foundry orders from Qualcomm.",
     {("Samsung Electronics", "TSMC")}),
    ("Tesla faces pressure from rivals such as BYD and Nio.",
     {("Tesla", "BYD"), ("Tesla", "Nio")}),
    ("Nvidia and its rival AMD both reported strong sales.",
     {("Nvidia", "AMD")}),
    ("Hygon, a competitor of Intel, designs x86 processors.",
     {("Hygon", "Intel")}),
    ("Huawei's smartphone sales surged as local rivals Xiaomi and Oppo lost share.",
     {("Huawei", "Xiaomi"), ("Huawei", "Oppo")}),
    ("SK Hynix is racing Samsung to supply HBM4 to Nvidia.",
     {("SK Hynix", "Samsung Electronics")}),
    ("Rivian competes against Tesla and Lucid.",
     {("Rivian", "Tesla"), ("Rivian", "Lucid")}),
    ("Xiaomi rivals Apple in the premium phone segment.",
     {("Xiaomi", "Apple")}),
    ("CATL's main competitors include LG Energy Solution and Panasonic.",
     {("CATL", "LG Energy Solution"), ("CATL", "Panasonic")}),
    ("Zhaoxin is seen as a challenger to Intel and AMD.",
     {("Zhaoxin", "Intel"), ("Zhaoxin", "AMD")}),
    # a second batch, written after the first frames were built, in other wordings
    ("Moore Threads, a rival of Nvidia, raised new funds.",
     {("Moore Threads", "Nvidia")}),
    ("Nio is competing fiercely with Li Auto and Xpeng.",
     {("Nio", "Li Auto"), ("Nio", "XPeng")}),
    ("Huawei has emerged as a strong challenger to Apple in China.",
     {("Huawei", "Apple")}),
    ("Samsung trails TSMC in the foundry market.",
     {("Samsung Electronics", "TSMC")}),
    ("BOE has overtaken LG Display in OLED shipments.",
     {("BOE", "LG Display")}),
    ("Lenovo faces competition from rivals including HP and Dell.",
     {("Lenovo", "HP"), ("Lenovo", "Dell")}),
    ("The European Union is racing to build chip plants.",
     set()),
    ("Nvidia's partner Foxconn builds its servers.",
     set()),
    # a fourth batch: "to rival", "take on" and headlines
    ("Huawei Unveils New AI Chip To Rival Nvidia",
     {("Huawei", "Nvidia")}),
    ("Alibaba released a new AI model to rival DeepSeek.",
     {("Alibaba", "DeepSeek")}),
    ("Huawei Takes On Apple With New Foldable",
     {("Huawei", "Apple")}),
    ("Huawei challenged Nvidia's dominance in AI chips.",
     {("Huawei", "Nvidia")}),
    pytest.param(
        "Google's decision to entrust the production of its processor to rival TSMC hurt"
        " Samsung's foundry business.",
        set(),
        marks=pytest.mark.xfail(
            reason="the parser attaches 'to rival TSMC' to 'decision' as a verb of its own"
            " ('Google's decision to rival TSMC')",
            strict=True,
        ),
    ),
    ("Huawei challenged the Entity List in court.",
     set()),
    # a fifth batch: arch-rivals, rivals in apposition, lost leads, head-to-head
    ("Apple's arch-rival Samsung unveiled a new phone.",
     {("Apple", "Samsung Electronics")}),
    ("Qualcomm and MediaTek, fierce rivals in smartphone chips, both gained.",
     {("Qualcomm", "MediaTek")}),
    ("Apple and Samsung, rivals of Huawei, gained.",
     {("Apple", "Huawei"), ("Samsung Electronics", "Huawei")}),
    pytest.param(
        "Tesla lost its crown to BYD.",
        {("Tesla", "BYD")},
        marks=pytest.mark.xfail(
            reason="round 6 keeps 'Intel lost its lead to TSMC' from COMPETES_WITH (only"
            " clients, orders and share lost to a firm count); a lost crown or lead is read"
            " the same way",
            strict=True,
        ),
    ),
    ("Xiaomi is going head-to-head with Apple in China.",
     {("Xiaomi", "Apple")}),
    ("Qualcomm and MediaTek, two chip designers, both gained.",
     set()),
    # negatives: partners, customers, investors, countries, agencies
    ("Nvidia works with TSMC on advanced packaging.",
     set()),
    ("Huawei and Xiaomi both rely on SMIC.",
     set()),
    ("The United States competes with China for technological leadership.",
     set()),
    ("Chipmakers compete for subsidies from the Ministry of Industry and Information"
     " Technology.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), COMPETES_CASES)
def test_competes_challenge(text: str, expected: set[tuple[str, str]]) -> None:
    assert unordered(facts(text, "COMPETES_WITH")) == unordered(expected)
