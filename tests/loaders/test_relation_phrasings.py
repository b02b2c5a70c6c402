"""Classes of wording the relationship rules read, on the real spaCy model.

Each case is a short invented sentence; the entity recogniser runs end to end (the rules
for demonyms, hyphenated places, titles and technology words need the document's own
entities), and every case checks the exact facts of one type, so a rule that fires too
widely fails here as well as one that does not fire.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # (text, type, the exact facts of that type)
    (
        "Micron, the only U.S.-based maker of memory chips, won the award. "
        "The United States welcomed it.",
        "BASED_IN",
        {("Micron", "United States")},
    ),
    (
        "China's leading semiconductor manufacturer, SMIC, built the processor.",
        "BASED_IN",
        {("SMIC", "China")},
    ),
    (
        "Beijing will stop buying products made by U.S. semiconductor giant Micron Technology.",
        "BASED_IN",
        {("Micron", "United States")},
    ),
    (
        "Existing Japanese shareholders Sony and Denso raised their stakes.",
        "BASED_IN",
        {("Sony", "Japan"), ("Denso", "Japan")},
    ),
    (
        "China's Huawei and U.S. firm Nvidia compete in AI chips.",
        "BASED_IN",
        {("Huawei", "China"), ("Nvidia", "United States")},
    ),
    (
        "Export curbs that blocked firms such as Huawei and SMIC angered China.",
        "BASED_IN",
        set(),
    ),
    (
        "China's Ministry of Commerce announced the measure, China said.",
        "BASED_IN",
        {("Ministry of Commerce (China)", "China")},
    ),
    (
        "Secretary of Commerce Wilbur Ross said the Commerce Department acted.",
        "AFFILIATED_WITH",
        {("Wilbur Ross", "U.S. Department of Commerce")},
    ),
    (
        "Commerce Secretary Gina Raimondo visited Beijing. The Commerce Department "
        "and China's Ministry of Commerce will meet.",
        "AFFILIATED_WITH",
        {("Gina Raimondo", "U.S. Department of Commerce")},
    ),
    (
        "Wilbur Ross, the commerce secretary, said the Commerce Department acted.",
        "AFFILIATED_WITH",
        {("Wilbur Ross", "U.S. Department of Commerce")},
    ),
    (
        "Chinese tech firms are under pressure from President Trump's Commerce Department. "
        "Nvidia's Jensen Huang said Trump's tariffs hurt.",
        "AFFILIATED_WITH",
        {("Donald Trump", "U.S. Department of Commerce"), ("Jensen Huang", "Nvidia")},
    ),
    (
        "President Joe Biden spoke. The Commerce Department acted, said former Commerce "
        "Secretary Wilbur Ross.",
        "AFFILIATED_WITH",
        set(),
    ),
    (
        "Nvidia said its H100 chip sells well.",
        "DEVELOPS",
        {("Nvidia", "H100")},
    ),
    (
        "DJI, known best for its drones, was added to the list.",
        "DEVELOPS",
        {("DJI", "drones")},
    ),
    (
        "Congress named Chinese memory chipmaker CXMT. Its semiconductors are cheap.",
        "DEVELOPS",
        {("CXMT", "semiconductors")},
    ),
    (
        "Chinese authorities halted purchases from U.S. semiconductor giant Micron Technology.",
        "DEVELOPS",
        {("Micron", "semiconductors")},
    ),
    (
        "MP Materials will produce magnets for GM's electric vehicles.",
        "SUPPLIES",
        {("MP Materials", "General Motors")},
    ),
    (
        "The Commerce Department said that it has awarded Micron Technology $6 billion "
        "under the CHIPS and Science Act.",
        "SUPPORTS",
        {("U.S. Department of Commerce", "Micron"), ("CHIPS and Science Act", "Micron")},
    ),
    (
        "The Commerce Department said that it has awarded Micron Technology $6 billion "
        "under the CHIPS and Science Act.",
        "ISSUED",
        {("U.S. Department of Commerce", "CHIPS and Science Act")},
    ),
    (
        "Japan regulates the export of weapons under the Foreign Exchange and Foreign Trade Act.",
        "ISSUED",
        {("Japan", "Foreign Exchange and Foreign Trade Act")},
    ),
    (
        "The U.S. Defense Department agreed to invest $400 million in shares of MP Materials.",
        "SUPPORTS",
        {("U.S. Department of Defense", "MP Materials")},
    ),
    (
        "The Big Fund has committed billions to boost China's semiconductor industry.",
        "SUPPORTS",
        {("Big Fund", "semiconductors")},
    ),
    (
        "The Big Fund has committed billions to boost China's semiconductor industry.",
        "PRIORITIZES",
        set(),
    ),
    (
        "Two South Korean firms - Samsung Electronics and SK hynix - and Micron Technology "
        "reported results.",
        "BASED_IN",
        {("Samsung Electronics", "South Korea"), ("SK Hynix", "South Korea")},
    ),
    (
        "Tokyo Electron, Japan's largest chip equipment maker, said it would comply.",
        "DEVELOPS",
        {("Tokyo Electron", "chipmaking equipment")},
    ),
    (
        "Nexperia, formerly part of Philips, is one of the world's leading manufacturers "
        "of semiconductors like diodes and transistors.",
        "DEVELOPS",
        {("Nexperia", "semiconductors"), ("Nexperia", "diodes"), ("Nexperia", "transistors")},
    ),
    (
        "YMTC, the sole player in China's NAND memory market, is expanding.",
        "DEVELOPS",
        {("YMTC", "NAND flash")},
    ),
    (
        "Apple and AMD will both be major customers of TSMC's new Arizona fabs.",
        "SUPPLIES",
        {("TSMC", "Apple"), ("TSMC", "AMD")},
    ),
    (
        "The company said MP Materials expects to start producing magnets for GM's cars.",
        "SUPPLIES",
        {("MP Materials", "General Motors")},
    ),
    (
        "SMIC products, which rely heavily on American parts, serve the army. "
        "The United States objected.",
        "DEPENDS_ON",
        {("SMIC", "United States")},
    ),
    (
        "The Dutch government has moved to take control of chipmaker Nexperia.",
        "REGULATES",
        {("Dutch government", "Nexperia")},
    ),
    (
        "Wingtech took control of Nexperia in 2019, and Toyota took a stake in Denso.",
        "SUBSIDIARY_OF",
        {("Nexperia", "Wingtech")},
    ),
    (
        "Japan regulates the export of weapons and other items with potential military uses "
        "under the Foreign Exchange and Foreign Trade Act.",
        "ISSUED",
        {("Japan", "Foreign Exchange and Foreign Trade Act")},
    ),
    (
        "Huawei and its rival ZTE were both listed, as were Lenovo and Xiaomi.",
        "COMPETES_WITH",
        {("Huawei", "ZTE")},
    ),
    (
        "Intel could sell its chips to Huawei if the licence is granted.",
        "SUPPLIES",
        set(),
    ),
    (
        "China relies on ASML for lithography machines. Apple depends on TSMC for revenue.",
        "DEPENDS_ON",
        {("China", "ASML"), ("China", "lithography"), ("Apple", "TSMC")},
    ),
    (
        "Reports highlight China's dependence on foreign suppliers for machine tool parts.",
        "DEPENDS_ON",
        {("China", "machine tool parts")},
    ),
    (
        "Baidu has reduced China's dependence on Western AI chips.",
        "DEPENDS_ON",
        set(),
    ),
    (
        "The Commerce Department granted Nvidia a license. BIS barred Huawei from buying "
        "chips, and the Commerce Department informed AMD of the rule.",
        "REGULATES",
        {
            ("U.S. Department of Commerce", "Nvidia"),
            ("Bureau of Industry and Security", "Huawei"),
            ("U.S. Department of Commerce", "AMD"),
        },
    ),
    (
        "The Commerce Department granted Nvidia a license and granted Intel $8 billion.",
        "SUPPORTS",
        {("U.S. Department of Commerce", "Intel")},
    ),
    (
        "The rules curb exports to 140 companies, including chip equipment makers Naura "
        "Technology Group and Piotech. ASML, the world's biggest supplier of lithography "
        "systems, expects little impact.",
        "DEVELOPS",
        {
            ("Naura", "chipmaking equipment"),
            ("Piotech", "chipmaking equipment"),
            ("ASML", "lithography"),
        },
    ),
    (
        "SMIC buys tools from Applied Materials and Lam Research.",
        "SUPPLIES",
        {("Applied Materials", "SMIC"), ("Lam Research", "SMIC")},
    ),
    (
        "Intel, which received $8.5 billion in grants under the CHIPS Act, builds fabs. "
        "Samsung received $6.4 billion in grants from the Commerce Department.",
        "SUPPORTS",
        {
            ("CHIPS and Science Act", "Intel"),
            ("U.S. Department of Commerce", "Samsung Electronics"),
        },
    ),
    (
        "Lu Feng of the China Electronics Enterprises Association spoke, as did Meng "
        "Wanzhou of Huawei. A meeting between Joe Biden and Xi Jinping of China ended.",
        "AFFILIATED_WITH",
        {
            ("Lu Feng", "China Electronics Enterprises Association"),
            ("Meng Wanzhou", "Huawei"),
        },
    ),
    (
        "Huawei's HiSilicon unit designs Kirin chips.",
        "SUBSIDIARY_OF",
        {("HiSilicon", "Huawei")},
    ),
    (
        "MP Materials, the only U.S. rare earths miner, is expanding. Lynas, an Australian "
        "miner, and Huawei, the Chinese telecom giant, grew.",
        "BASED_IN",
        {("MP Materials", "United States"), ("Lynas", "Australia"), ("Huawei", "China")},
    ),
    (
        "Metax Integrated Circuits (Shanghai) Co. Ltd. is a Chinese semiconductor company.",
        "BASED_IN",
        {("MetaX", "China")},
    ),
    (
        "The Ministry of Commerce urged Chinese automotive companies, including BYD Auto "
        "and Geely, to avoid investments.",
        "REGULATES",
        {("Ministry of Commerce (China)", "BYD"), ("Ministry of Commerce (China)", "Geely")},
    ),
    (
        "Huawei is a cornerstone of the industry. It dominates telecom equipment, consumer "
        "devices and cloud services. TSMC leads Apple in revenue.",
        "DEVELOPS",
        {("Huawei", "telecom equipment"), ("Huawei", "cloud computing")},
    ),
    (
        "Huawei buys most of its chips from SMIC. ZTE said its 5G base stations sell well.",
        "DEVELOPS",
        {("ZTE", "5G"), ("SMIC", "semiconductors")},  # the seller makes them, not the buyer
    ),
    (
        "The European Union sources 98% of its rare earths from China.",
        "DEPENDS_ON",
        {("European Union", "China")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_phrasing(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected


def test_a_headline_is_its_own_sentence() -> None:
    """The parser would make the department of the next paragraph the object of "for"."""
    text = (
        "Commerce finalizes award for Micron Technology\n\n"
        "The Commerce Department announced that it has awarded Micron Technology "
        "$6 billion."
    )
    assert facts(text, "SUPPORTS") == {("U.S. Department of Commerce", "Micron")}


def test_a_located_description_refers_back_across_paragraphs() -> None:
    """ "The Taiwan-based company" opening a paragraph is the Taiwanese company named before;
    it says where that company is based."""
    text = (
        "Apple will be among the first customers of TSMC and Nvidia.\n\n"
        "The Taiwan-based company announced plans to triple its investment."
    )
    assert facts(text, "BASED_IN") == {("TSMC", "Taiwan")}


def test_a_plural_pronoun_gives_one_edge_per_member() -> None:
    text = "Samsung and SK Hynix said they supply memory chips to Nvidia."
    assert facts(text, "SUPPLIES") == {
        ("Samsung Electronics", "Nvidia"),
        ("SK Hynix", "Nvidia"),
    }
