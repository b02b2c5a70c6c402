"""Names that are no names, in several invented wordings (real spaCy model): a name the
gazetteer does not know made only of words that the same document writes in lower case (a
title-case headline's "Anode Graphite"), a firm's name with no word of its own ("Advanced
Systems"), and a state or province ("Andhra Pradesh"). Known names, and names with a word
of their own, stay names.
"""

from __future__ import annotations

import pytest
from extracted import labels

CASES = [
    ("US Slaps Tariff On Chinese Anode Graphite Imports. The tariff hits anode material and"
     " graphite from China.", {"Anode Graphite": None, "graphite": "Technology"}),
    ("Microsoft Backs Mistral Models. The startup builds open models for Europe.",
     {"Models": None, "Microsoft": "Company"}),
    # a known firm keeps its name although the word is common
    ("Apple said demand for iPhones rose. An apple a day keeps the doctor away.",
     {"Apple": "Company"}),
    # a name with a word the text never writes in lower case stays a name
    ("Shares of Zhongke Lanxun Technology Co. rose after Huawei placed an order with the"
     " technology firm.", {"Zhongke Lanxun Technology Co.": "Company"}),
    ("Orbix Semiconductor Co. said its semiconductor sales rose.",
     {"Orbix Semiconductor Co.": "Company"}),
    # descriptive words only, and states and provinces
    ("The plant in Andhra Pradesh will be run by Advanced Systems and Natural Resources.",
     {"Andhra Pradesh": None, "Advanced Systems": None, "Natural Resources": None}),
    ("Exports from Telangana rose, according to Tata Electronics.",
     {"Telangana": None, "Tata Electronics": "Company"}),
    ("Orbix Advanced Systems Corp. signed a deal.", {"Orbix Advanced Systems Corp.": "Company"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_no_names(text: str, expected: dict[str, str | None]) -> None:
    found = labels(text)
    for surface, label in expected.items():
        assert found.get(surface) == label, (surface, found)
