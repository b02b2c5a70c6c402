"""Goods named by a classifying modifier and a concrete goods noun are technologies
("drone components", "gene sequencers", "antivirus software"), in several invented wordings
(real spaCy model).

Each case gives the labels that surfaces must have (None: the surface is no entity); the
negative cases pin the limits: an evaluative or generic modifier makes no kind of goods
("advanced components", "the latest devices"), and abstract heads are never goods
("financial services", "digital infrastructure").
"""

from __future__ import annotations

import pytest
from extracted import labels

CASES = [
    ("The firms shipped light engines and other drone components to Iran.",
     {"light engines": "Technology", "drone components": "Technology"}),
    ("Beijing banned imports of gene sequencers made in the United States.",
     {"gene sequencers": "Technology"}),
    ("Washington barred the sale of communications equipment and surveillance cameras.",
     {"communications equipment": "Technology", "surveillance cameras": "Technology"}),
    ("LG will supply lithium-ion battery modules and pouch cells to Toyota.",
     {"lithium-ion battery modules": "Technology", "pouch cells": "Technology"}),
    ("Turkey raised duties on hybrid cars and pickup trucks.",
     {"hybrid cars": "Technology", "pickup trucks": "Technology"}),
    ("Kaspersky sells antivirus software and network hardware.",
     {"antivirus software": "Technology", "network hardware": "Technology"}),
    ("The rules cover radar sensors, thermal cameras and satellite engines.",
     {"radar sensors": "Technology", "thermal cameras": "Technology",
      "satellite engines": "Technology"}),
    # evaluative or generic modifiers name no kind of goods
    ("The company makes advanced components and core components.",
     {"advanced components": None, "core components": None}),
    ("It sells the latest devices and cheaper parts.",
     {"latest devices": None, "cheaper parts": None}),
    ("Officials said the necessary equipment was installed.", {"necessary equipment": None}),
    # a phrase with a firm noun names a firm, not goods
    ("Bosch will buy assets from California-based semiconductor producer TSI Semiconductors.",
     {"TSI Semiconductors": "Company", "semiconductor producer TSI Semiconductors": None}),
    ("The deal covers battery maker Kelvora Systems and chip supplier Orbix Devices.",
     {"Kelvora Systems": "Company", "Orbix Devices": "Company",
      "battery maker Kelvora Systems": None}),
    # abstract heads are no goods
    ("Banks offer financial services and digital infrastructure.",
     {"financial services": None, "digital infrastructure": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_goods_phrases(text: str, expected: dict[str, str | None]) -> None:
    found = labels(text)
    for surface, label in expected.items():
        assert found.get(surface) == label, (surface, found)
