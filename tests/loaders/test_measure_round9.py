"""Classes of measure wording found in the misses of the gold sets in round 9, each in
several invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # a sentence whose subject is "the blacklisted/sanctioned/targeted/listed firms" and
    # whose verb is "be" names the companies of the latest listing or sanctions named
    # before, and with a seat verb the countries they are based in
    (
        "China's commerce ministry added five U.S. units of Hanwha Ocean to its unreliable"
        " entity list. The blacklisted firms are Hanwha Shipping LLC, Hanwha Philly Shipyard"
        " Inc. and HS USA Holdings Corp., Reuters reported.",
        "TARGETS",
        {("China's Unreliable Entity List", "Hanwha Shipping"),
         ("China's Unreliable Entity List", "Hanwha Philly Shipyard"),
         ("China's Unreliable Entity List", "HS USA")},
    ),
    (
        "The Commerce Department added 12 firms to the Entity List on Tuesday. The companies"
        " added were Sugon and Hygon.",
        "TARGETS",
        {("Entity List", "Sugon"), ("Entity List", "Hygon")},
    ),
    (
        "The Treasury imposed sanctions on a dozen companies over drone parts. Officials said"
        " the targeted entities were Zhejiang Dahua and Hikvision.",
        "TARGETS",
        {("U.S. sanctions on drone parts", "Dahua"),
         ("U.S. sanctions on drone parts", "Hikvision")},
    ),
    (
        "The Commerce Department added 40 companies to the Entity List on Monday. Most are"
        " in China. The other targeted entities are located in India, Malaysia and Turkey,"
        " according to the release.",
        "TARGETS",
        {("Entity List", "India"), ("Entity List", "Malaysia"), ("Entity List", "Turkey")},
    ),
    (
        "Washington added 21 firms to the Entity List. The sanctioned companies are based in"
        " Singapore and the United Arab Emirates.",
        "TARGETS",
        {("Entity List", "Singapore"), ("Entity List", "United Arab Emirates")},
    ),
    # ... "namely" gives the companies of a listing in its own sentence; a bare "the list"
    # after a sanctions list is that list, not an older one introduced as "previous"
    (
        "The EU added 19 Chinese companies to its sanctions list. The previous list of"
        " sanctions included two firms. In addition, there are five firms from Hong Kong on"
        " the list, namely Sinno Electronics and Alpha Trading Investments Ltd.",
        "TARGETS",
        {("EU sanctions list", "Sinno Electronics"),
         ("EU sanctions list", "Alpha Trading Investments")},
    ),
    # ... not when the subject is not named as listed, nor without a measure before
    (
        "The Commerce Department added 40 companies to the Entity List. The companies are"
        " suppliers of Huawei.",
        "TARGETS",
        set(),
    ),
    ("The biggest firms are Huawei and ZTE.", "TARGETS", set()),
    (
        "The U.S. added Sugon to the Entity List. The company added that its biggest"
        " customers were Lenovo and Inspur.",
        "TARGETS",
        {("Entity List", "Sugon")},
    ),
    (
        "Nvidia added two chipmakers to its supplier list. The added firms are SK Hynix and"
        " Micron.",
        "TARGETS",
        set(),
    ),
    # a state that suspends or pauses exports or shipments of goods bans them, as one that
    # halts them does
    (
        "The Democratic Republic of Congo will suspend cobalt exports for four months.",
        "IMPOSED",
        {("Democratic Republic of the Congo", "Congolese export ban on cobalt")},
    ),
    (
        "Indonesia suspended exports of nickel ore in 2020.",
        "RESTRICTS",
        {("Indonesian export ban on nickel ore (2020)", "nickel ore")},
    ),
    (
        "China has paused shipments of gallium to the United States.",
        "TARGETS",
        {("Chinese export ban on gallium", "United States")},
    ),
    # ... not when it suspends something else, a measure included, or only might
    ("Indonesia suspended its export ban on bauxite.", "RESTRICTS", set()),
    ("China suspended talks with the Netherlands on chips.", "IMPOSED", set()),
    ("Congo could suspend cobalt exports.", "IMPOSED", set()),
    ("Glencore suspended cobalt exports from its mine.", "IMPOSED", set()),
    # states "along with" or "together with" the state that acts impose its measure jointly
    (
        "The U.S. has already banned Huawei and ZTE, along with Australia, New Zealand and"
        " Canada, Inside Towers reported.",
        "IMPOSED",
        {("United States", "U.S., Australian, New Zealand and Canadian ban"),
         ("Australia", "U.S., Australian, New Zealand and Canadian ban"),
         ("New Zealand", "U.S., Australian, New Zealand and Canadian ban"),
         ("Canada", "U.S., Australian, New Zealand and Canadian ban")},
    ),
    (
        "Japan, together with the Netherlands, restricted exports of chipmaking tools to"
        " China.",
        "IMPOSED",
        {("Japan", "Japanese and Dutch export restrictions on chipmaking equipment"),
         ("Netherlands", "Japanese and Dutch export restrictions on chipmaking equipment")},
    ),
    (
        "Britain blacklisted Hikvision along with the United States.",
        "IMPOSED",
        {("United Kingdom", "British and U.S. blacklisting of Hikvision"),
         ("United States", "British and U.S. blacklisting of Hikvision")},
    ),
    # ... not a state merely "with" it, nor goods or companies along with the goods
    (
        "China, with the support of Russia, restricted exports of gallium.",
        "IMPOSED",
        {("China", "Chinese export restrictions on gallium")},
    ),
    (
        "The U.S. blacklisted Huawei along with its affiliate HiSilicon.",
        "IMPOSED",
        {("United States", "U.S. blacklisting of Huawei")},
    ),
    # a participle set off by a comma after a company puts it on the list, wherever the
    # parser attached the participle
    (
        "Sugon is the majority owner of Hygon, also added Monday to the Entity List.",
        "TARGETS",
        {("Entity List", "Hygon")},
    ),
    (
        "Washington also targeted Hygon, added to the Entity List in 2019.",
        "TARGETS",
        {("Entity List", "Hygon")},
    ),
    (
        "Nvidia supplies Inspur, added last year to the Entity List.",
        "TARGETS",
        {("Entity List", "Inspur")},
    ),
    # ... not a list that is no measure, nor a participle with an object of its own
    ("Nvidia sells to Inspur, added to its customer list in 2019.", "TARGETS", set()),
    (
        "Nvidia sells chips to Inspur, added Sugon to its customer list and hired staff.",
        "TARGETS",
        set(),
    ),
    # a country or agency written with "'s" right before a measure imposed it, however
    # the parser attached a long possessor
    (
        "Fujian Jinhua was placed on the Bureau of Industry and Security's Entity List.",
        "IMPOSED",
        {("Bureau of Industry and Security", "Entity List")},
    ),
    (
        "Sugon is on BIS's Entity List.",
        "IMPOSED",
        {("Bureau of Industry and Security", "Entity List")},
    ),
    (
        "Beijing criticised Washington's export controls on AI chips.",
        "IMPOSED",
        {("United States", "U.S. export controls on AI chips")},
    ),
    # ... not a company's, nor a state's possessive before a measure of another country
    ("Huawei's Entity List listing hurt its sales.", "IMPOSED", set()),
    (
        "China's Ministry of Commerce said Japan's export curbs on photoresists hurt trade.",
        "IMPOSED",
        {("Japan", "Japanese export curbs on photoresists")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_measure_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
