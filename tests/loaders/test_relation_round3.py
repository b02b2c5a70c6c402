"""Classes of wording found on the fresh dev3 set, each in several invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # SUPPLIES: "X signed a deal/contract/agreement with Y to supply/ship/deliver/sell ..."
    (
        "Samsung reached an agreement with Nvidia to ship HBM chips.",
        "SUPPLIES",
        {("Samsung Electronics", "Nvidia")},
    ),
    (
        "Foxconn has signed a contract with Apple to deliver servers.",
        "SUPPLIES",
        {("Foxconn", "Apple")},
    ),
    (
        "Infineon inked a contract with Bosch to provide power chips.",
        "SUPPLIES",
        {("Infineon", "Bosch")},
    ),
    ("TSMC signed an agreement with Intel to sell it wafers.", "SUPPLIES", {("TSMC", "Intel")}),
    # SUPPLIES: a verb under "said/alleged/agreed to" in a relative clause of an apposition
    # ("X, the company that was alleged to have ordered chips from Y") has X as subject
    (
        "Sophgo, the company that was alleged to have ordered chips from TSMC, was listed.",
        "SUPPLIES",
        {("TSMC", "Sophgo")},
    ),
    (
        "Lenovo, a firm that is said to have bought processors from Intel, grew.",
        "SUPPLIES",
        {("Intel", "Lenovo")},
    ),
    (
        "Cambricon, the startup that agreed to supply accelerators to Baidu, was listed.",
        "SUPPLIES",
        {("Cambricon", "Baidu")},
    ),
    # ... acquiring a business or assets from a company is no purchase of its goods
    (
        "SK Hynix will acquire from Intel the remaining assets of its NAND business.",
        "SUPPLIES",
        set(),
    ),
    # SUPPORTS: an aid, subsidy, grant or loan that "assists/supports" a company, given by
    # the subject of the verb that approves it (or of "its approval of ...")
    (
        "The European Commission approved a subsidy package to support Wolfspeed.",
        "SUPPORTS",
        {("European Commission", "Wolfspeed")},
    ),
    (
        "The European Commission announced its approval of a grant of 5 billion euros to "
        "assist STMicroelectronics.",
        "SUPPORTS",
        {("European Commission", "STMicroelectronics")},
    ),
    (
        "The Commerce Department finalized a loan which will assist Wolfspeed.",
        "SUPPORTS",
        {("U.S. Department of Commerce", "Wolfspeed")},
    ),
    # ISSUED: a plan named after a place does not state who issued it; a possessive does
    (
        "The EU welcomed Infineon. The European Chips Act was praised by Infineon.",
        "ISSUED",
        set(),
    ),
    (
        "Beijing named the goals. China's Big Fund invested in SMIC.",
        "ISSUED",
        {("China", "Big Fund")},
    ),
    # TARGETS: a company named in a relative clause that describes a listed company is
    # not listed itself ("Sophgo, the company that ordered chips from TSMC")
    (
        "The US added 16 Chinese companies to the Entity List. Included in the list is "
        "Sophgo, the company that was alleged to have ordered chips from TSMC.",
        "TARGETS",
        {("Entity List", "Sophgo")},
    ),
    (
        "Washington put Huawei on the Entity List. Among them was SMIC, a foundry that makes "
        "chips for Qualcomm.",
        "TARGETS",
        {("Entity List", "Huawei"), ("Entity List", "SMIC")},
    ),
    (
        "The US added 140 firms to the Entity List, including Naura, a toolmaker that sells "
        "etching tools to Samsung.",
        "TARGETS",
        {("Entity List", "Naura")},
    ),
    # ... but a relative clause that opens the examples names them
    (
        "The US added 140 firms to the Entity List, which include Naura and Piotech.",
        "TARGETS",
        {("Entity List", "Naura"), ("Entity List", "Piotech")},
    ),
    # SUBSIDIARY_OF: a unit "called/named/known as" a company, of the owner that set it up
    ("Huawei set up a subsidiary called Honor.", "SUBSIDIARY_OF", {("Honor", "Huawei")}),
    ("A unit named Honor was established by Huawei.", "SUBSIDIARY_OF", {("Honor", "Huawei")}),
    ("Huawei's unit will be renamed Honor.", "SUBSIDIARY_OF", {("Honor", "Huawei")}),
    ("Intel created a new unit, called Mobileye.", "SUBSIDIARY_OF", {("Mobileye", "Intel")}),
    # ... but not of a company that only names it
    ("Huawei praised a company called Honor.", "SUBSIDIARY_OF", set()),
    # AFFILIATED_WITH: "X will be appointed/named/elected <role> of Y"
    (
        "Pat Gelsinger will be appointed chief executive of Intel.",
        "AFFILIATED_WITH",
        {("Pat Gelsinger", "Intel")},
    ),
    (
        "Lee Seok-hee, president of SK Hynix, will be appointed executive chairman of Intel.",
        "AFFILIATED_WITH",
        {("Lee Seok-hee", "Intel"), ("Lee Seok-hee", "SK Hynix")},
    ),
    ("Lisa Su was elected chairwoman of AMD.", "AFFILIATED_WITH", {("Lisa Su", "AMD")}),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_relation_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
