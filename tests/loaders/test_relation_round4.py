"""Classes of wording found in the remaining dev2/dev3 misses (round 4), each in several
invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # SUPPORTS: "X is/became (the biggest) beneficiary/recipient of <plan>"
    ("TSMC is a beneficiary of the CHIPS Act.", "SUPPORTS", {("CHIPS and Science Act", "TSMC")}),
    (
        "Intel became the biggest beneficiary of the CHIPS Act, receiving direct funding.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Intel")},
    ),
    (
        "Micron, the largest recipient of the CHIPS Act so far, plans two fabs.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Micron")},
    ),
    # ... a customer is no beneficiary
    ("TSMC is a customer of Applied Materials.", "SUPPORTS", set()),
    # SUPPORTS: "X's <plan> money/grants/funding" — the plan's money goes to X
    (
        "Samsung's CHIPS Act money will help support two new facilities.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Samsung Electronics")},
    ),
    ("Intel's CHIPS Act grants were cut.", "SUPPORTS", {("CHIPS and Science Act", "Intel")}),
    (
        "Officials froze Micron's CHIPS Act funding last week.",
        "SUPPORTS",
        {("CHIPS and Science Act", "Micron")},
    ),
    # ... an application or a plan the company merely discusses is no support
    ("Intel's CHIPS Act application was filed.", "SUPPORTS", set()),
    # DEVELOPS: companies that collaborate/cooperate/partner/team up/work on a technology
    (
        "Samsung and AMD will collaborate on DDR5 memory.",
        "DEVELOPS",
        {("Samsung Electronics", "DDR5"), ("AMD", "DDR5")},
    ),
    (
        "Intel will collaborate with TSMC on advanced packaging.",
        "DEVELOPS",
        {("Intel", "advanced packaging"), ("TSMC", "advanced packaging")},
    ),
    ("SK Hynix teamed up with TSMC on HBM4.", "DEVELOPS", {("SK Hynix", "HBM4"), ("TSMC", "HBM4")}),
    ("Samsung is working on 2nm chips.", "DEVELOPS", {("Samsung Electronics", "2nm technology")}),
    # ... countries cooperating on controls develop nothing; rules are no technology
    ("Japan and the Netherlands cooperate on lithography export controls.", "DEVELOPS", set()),
    ("Nvidia will work with the Commerce Department on AI chip rules.", "DEVELOPS", set()),
    # AFFILIATED_WITH: "<country>'s <person>" (a leader named by the country he stands for)
    (
        "The talks come ahead of a meeting between Trump and China's Xi Jinping.",
        "AFFILIATED_WITH",
        {("Xi Jinping", "China")},
    ),
    ("Japan's Fumio Kishida met Biden.", "AFFILIATED_WITH", {("Fumio Kishida", "Japan")}),
    (
        "Biden spoke with South Korea's Yoon Suk Yeol and Japan's Fumio Kishida.",
        "AFFILIATED_WITH",
        {("Yoon Suk Yeol", "South Korea"), ("Fumio Kishida", "Japan")},
    ),
    # ... a possessive on anything but the person is no affiliation
    ("China's exports to Japan fell, Xi Jinping said.", "AFFILIATED_WITH", set()),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_relation_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
