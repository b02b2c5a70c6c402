"""A past habit ("used to supply") and a past fact that lasted "until" a time have ended:
the guidelines annotate no ended fact (the real spaCy model; invented sentences)."""

from __future__ import annotations

import pytest
from extracted import facts


@pytest.mark.parametrize(("text", "rel_type"), [
    ("Qualcomm used to supply modems to Huawei until 2019.", "SUPPLIES"),
    ("Qualcomm used to supply modems to Huawei.", "SUPPLIES"),
    ("Huawei used to buy chips from Qualcomm.", "SUPPLIES"),
    ("Huawei used to rely on TSMC for its Kirin chips.", "DEPENDS_ON"),
    ("Samsung supplied chips to Apple until 2020.", "SUPPLIES"),
    ("Samsung was a supplier to Apple until 2020.", "SUPPLIES"),
])
def test_an_ended_trade_is_no_fact(text: str, rel_type: str) -> None:
    assert facts(text, rel_type) == set()


@pytest.mark.parametrize(("text", "rel_type", "fact"), [
    ("Huawei used TSMC to make its chips.", "SUPPLIES", ("TSMC", "Huawei")),
    ("The firm Northvolt will supply batteries to Ford until 2030.", "SUPPLIES",
     ("Northvolt", "Ford")),
    ("Samsung supplied chips to Apple in 2020.", "SUPPLIES", ("Samsung Electronics", "Apple")),
])
def test_a_use_or_a_term_to_come_is_still_a_fact(
        text: str, rel_type: str, fact: tuple[str, str]) -> None:
    assert fact in facts(text, rel_type)
