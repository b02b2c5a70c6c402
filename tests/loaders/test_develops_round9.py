"""DEVELOPS classes found in the misses of the blind sets dev15..dev17 (round 9), each in
several invented wordings.

Every case checks the exact DEVELOPS facts of one sentence on the real spaCy model, so a
class that fires too widely fails as well as one that does not fire; the negative cases pin
its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # a joint venture or a jointly signed agreement "to make X" credits each partner
    (
        "Samsung Electronics and Qualcomm have signed an agreement to jointly develop AI chips.",
        {("Samsung Electronics", "AI chips"), ("Qualcomm", "AI chips")},
    ),
    (
        "LG Energy Solution and Honda formed a joint venture to produce EV batteries in Ohio.",
        {("LG Energy Solution", "EV batteries"), ("Honda", "EV batteries")},
    ),
    (
        "Toyota set up a joint venture with Panasonic to make solid-state batteries.",
        {("Toyota", "solid-state batteries"), ("Panasonic", "solid-state batteries")},
    ),
    (
        "Stellantis entered into a joint venture with Samsung SDI to manufacture battery"
        " cells.",
        {("Stellantis", "EV batteries"), ("Samsung SDI", "EV batteries")},
    ),
    (
        "BYD and Nvidia have signed an agreement to co-operate on jointly developing"
        " autonomous driving chips.",
        {("BYD", "autonomous driving chips"), ("Nvidia", "autonomous driving chips")},
    ),
    # ... an agreement one firm signs "with" another names no maker (either may be the
    # client): no edge
    (
        "MP Materials signed an agreement with Apple to produce rare earth magnets.",
        set(),
    ),
    (
        "Apple has signed a deal with Broadcom to manufacture semiconductor chips in the US.",
        set(),
    ),
    (
        "Nvidia signed an agreement with TSMC to buy AI chips.",
        set(),
    ),
    # a plant, factory or mine a firm operates, runs or acquires, named by its goods, also
    # when the goods are a product
    (
        "Wistron sold Wistron Infocomm Manufacturing, which operates an iPhone assembly plant"
        " near Bengaluru.",
        {("Infocomm Manufacturing", "iPhone")},
    ),
    (
        "Foxconn runs an iPhone factory in Zhengzhou.",
        {("Foxconn", "iPhone")},
    ),
    (
        "Tesla is building a Cybertruck plant in Texas.",
        {("Tesla", "Cybertruck")},
    ),
    # a firm's products, lineup or business activities "include" the goods
    (
        "Higon's business activities include integrated circuits and software development.",
        {("Higon", "integrated circuits")},
    ),
    (
        "Huawei's products include smartphones and 5G base stations.",
        {("Huawei", "smartphones"), ("Huawei", "5G")},
    ),
    (
        "Nvidia's product lineup includes the H20 and the H100.",
        {("Nvidia", "H20"), ("Nvidia", "H100")},
    ),
    # ... but not its customers, suppliers or imports
    (
        "Huawei's customers include China Mobile and the Mate 60.",
        set(),
    ),
    (
        "Apple's imports include memory chips from Samsung.",
        set(),
    ),
    # a launched or developed thing named by an apposition: "a new AI chatbot, Le Chat"
    (
        "Mistral introduced a new AI chatbot, Le Chat, on Monday.",
        {("Mistral AI", "Le Chat"), ("Mistral AI", "chatbots")},
    ),
    (
        "Huawei unveiled its latest phone, the Mate 60 Pro, in August.",
        {("Huawei", "Mate 60 Pro")},
    ),
    (
        "A new processor, the Kirin 9000S, was developed by HiSilicon.",
        {("HiSilicon", "Kirin 9000S")},
    ),
    # ... not a buyer's purchase: the seller is the maker
    (
        "Xiaomi bought a new chip, the H20, from Nvidia.",
        {("Nvidia", "H20")},
    ),
    # a plant built by a joint venture, or one that is a joint venture, credits each partner
    (
        "SK On and Ford formed a joint venture to build three EV battery plants in the U.S.",
        {("SK On", "EV batteries"), ("Ford", "EV batteries")},
    ),
    (
        "Hyundai Motor Group and LG Energy Solution said they will form a joint venture to"
        " build an EV battery plant in Indonesia.",
        {("Hyundai Motor Group", "EV batteries"), ("LG Energy Solution", "EV batteries")},
    ),
    (
        "The government approved a new EV battery plant, a joint venture between Tata Group and"
        " Panasonic.",
        {("Tata Group", "EV batteries"), ("Panasonic", "EV batteries")},
    ),
    # a firm's own goods it sources through a partner or its supply chain: no DEVELOPS
    (
        "Apple is working to shift its semiconductor supply chain out of China.",
        set(),
    ),
    (
        "Apple already partners with Broadcom for its Wi-Fi components.",
        set(),
    ),
    (
        "Ford teamed up with CATL for its battery cells.",
        set(),
    ),
    (
        "TSMC can continue to rely on its older EUV equipment.",
        set(),
    ),
    (
        "Xiaomi designs its own smartphone chips.",
        {("Xiaomi", "smartphone chips")},
    ),
    # ... while a supplier's goods "for" a firm's product still name the firm's product
    (
        "Samsung Electronics will supply memory chips for AMD's AI GPUs.",
        {("Samsung Electronics", "memory chips"), ("AMD", "GPUs")},
    ),
    # a facility "owned/operated/run by" a firm stands for the firm
    (
        "The factory, owned by TSMC, makes advanced chips.",
        {("TSMC", "semiconductors")},
    ),
    (
        "A plant operated by Panasonic in Kansas will produce EV batteries.",
        {("Panasonic", "EV batteries")},
    ),
    (
        "A plant near Samsung's campus will produce EV batteries.",
        set(),
    ),
    # a technology's named examples may be products: "AI accelerators, including Gaudi 3"
    (
        "Intel is developing its own AI accelerators, including Gaudi 3.",
        {("Intel", "AI chips"), ("Intel", "Gaudi 3")},
    ),
    (
        "Huawei makes AI chips like the Ascend 910C.",
        {("Huawei", "AI chips"), ("Huawei", "Ascend 910C")},
    ),
    (
        "Nvidia sells AI chips, including the H20, to ByteDance.",
        {("Nvidia", "AI chips"), ("Nvidia", "H20")},
    ),
    # surface forms of well-known technologies: "networking equipment", "mobile phone",
    # "high-performance computers"
    (
        "It follows a listing of networking equipment and mobile phone giant Huawei"
        " Technologies.",
        {("Huawei", "telecom equipment"), ("Huawei", "smartphones")},
    ),
    (
        "Sugon has acknowledged military end uses of its high-performance computers.",
        {("Sugon", "supercomputers")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_develops_classes(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "DEVELOPS") == expected


COMPETES_CASES = [
    # "fight", "contend", "jostle" with or against a rival firm compete with it
    (
        "Huawei is fighting against Nvidia for share of the AI chip market.",
        {("Huawei", "Nvidia")},
    ),
    (
        "Cambricon will contend with Nvidia and AMD in the data center market.",
        {("Cambricon", "Nvidia"), ("AMD", "Cambricon")},
    ),
    (
        "SK Hynix is jostling with Micron for HBM orders.",
        {("Micron", "SK Hynix")},
    ),
    # ... not a firm fighting a measure or a state body
    (
        "Huawei is fighting the Entity List in court.",
        set(),
    ),
    (
        "Huawei fought with the Commerce Department over its listing.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPETES_CASES)
def test_competes_classes(text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, "COMPETES_WITH") == expected
