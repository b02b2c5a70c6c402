"""A name the gazetteer does not know, made only of words that the same document writes
in lower case, is common words read as a name (a title-case headline's "Anode Graphite"),
in several invented wordings (real spaCy model). Known names and names whose words the text
never writes in lower case stay names.
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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_common_words_are_no_names(text: str, expected: dict[str, str | None]) -> None:
    found = labels(text)
    for surface, label in expected.items():
        assert found.get(surface) == label, (surface, found)
