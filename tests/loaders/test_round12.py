"""Round 12: resolution and typing classes found consistent across every opened gold set
(the real spaCy model). The sentences were written for this file, not taken from the gold
sets.
"""

from __future__ import annotations

import pytest
from extracted import facts, found, labels


@pytest.mark.parametrize("surface", [
    "semiconductor chips", "chip technology", "semiconductor sector"])
def test_a_plain_synonym_of_chips_is_semiconductors(surface: str) -> None:
    text = f"Demand for {surface} rose sharply this year."
    assert found(text)[surface].name == "semiconductors"


def test_the_firm_microchip_is_no_synonym_of_chips() -> None:
    assert found("Microchip Technology raised its outlook.")["Microchip Technology"].label == (
        "Company")


@pytest.mark.parametrize(("text", "name"), [
    ("President Moon Jae-in met the delegation.", "Moon Jae-in"),
    ("Finance Minister Hong Nam-ki said Seoul would respond.", "Hong Nam-ki"),
    ("Samsung SDI chief executive Choi Yoon-ho opened the plant.", "Choi Yoon-ho"),
    ("Taiwan's premier Cho Jung-tai visited the fab.", "Cho Jung-tai"),
    ("Redwood Materials founder J.B. Straubel said demand rose.", "J.B. Straubel"),
    ("TSMC chairman C.C. Wei said demand rose.", "C.C. Wei"),
])
def test_a_hyphenated_given_name_or_initials_make_one_person(text: str, name: str) -> None:
    assert labels(text).get(name) == "Person"


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Hong Kong-based Lenovo raised prices.", "Hong Kong", "Country"),
    ("U.S. Steel raised prices.", "U.S.", "Country"),
])
def test_compounds_and_country_initials_are_no_people(text: str, surface: str, label: str) -> None:
    assert labels(text).get(surface) == label
    assert "Person" not in labels(text).values()


def test_a_korean_ceo_is_affiliated_with_the_firm() -> None:
    assert facts("Samsung SDI chief executive Choi Yoon-ho opened the plant.",
                 "AFFILIATED_WITH") == {("Choi Yoon-ho", "Samsung SDI")}
