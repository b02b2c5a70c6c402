"""Round 12: resolution and typing classes found consistent across every opened gold set
(the real spaCy model). The sentences were written for this file, not taken from the gold
sets.
"""

from __future__ import annotations

import pytest
from extracted import found


@pytest.mark.parametrize("surface", [
    "semiconductor chips", "chip technology", "semiconductor sector"])
def test_a_plain_synonym_of_chips_is_semiconductors(surface: str) -> None:
    text = f"Demand for {surface} rose sharply this year."
    assert found(text)[surface].name == "semiconductors"


def test_the_firm_microchip_is_no_synonym_of_chips() -> None:
    assert found("Microchip Technology raised its outlook.")["Microchip Technology"].label == (
        "Company")
