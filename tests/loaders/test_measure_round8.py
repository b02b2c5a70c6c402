"""Classes of measure wording found in the misses of fresh blind sets (round 8), each in
several invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # a state that revokes, rescinds, withdraws or cancels a licence imposes a licence
    # revocation: on what the licence was for, aimed at its buyer or destination
    (
        "The US has revoked licences that allowed Huawei to buy AI chips from Intel.",
        "TARGETS",
        {("U.S. licence revocation on AI chips", "Huawei")},
    ),
    (
        "The US has revoked licences that allowed Huawei to buy AI chips from Intel.",
        "RESTRICTS",
        {("U.S. licence revocation on AI chips", "AI chips")},
    ),
    (
        "Japan cancelled export licences for photoresists to South Korea.",
        "TARGETS",
        {("Japanese licence revocation on photoresists", "South Korea")},
    ),
    (
        "Washington rescinded the licences that let SMIC import chipmaking tools.",
        "IMPOSED",
        {("United States", "U.S. licence revocation on chipmaking equipment")},
    ),
    (
        "A licence for the shipment of EUV lithography systems has been partially revoked"
        " by the Dutch government.",
        "IMPOSED",
        {("Dutch government", "Dutch licence revocation on EUV lithography")},
    ),
    # ... "the revocations" then refers back to it
    (
        "The US revoked licences allowing Huawei to buy AI chips. The Commerce Department"
        " said the revocations take effect at once.",
        "IMPOSED",
        {("United States", "U.S. licence revocation on AI chips"),
         ("U.S. Department of Commerce", "U.S. licence revocation on AI chips")},
    ),
    # ... not without a licence, nor when only possible or denied
    ("Samsung withdrew its licence application.", "IMPOSED", set()),
    ("The US withdrew from the talks with China on AI chips.", "IMPOSED", set()),
    ("TSMC cancelled its orders for lithography machines.", "RESTRICTS", set()),
    ("The U.S. could revoke licences allowing Huawei to buy AI chips.", "IMPOSED", set()),
    ("The U.S. did not revoke licences allowing Huawei to buy AI chips.", "IMPOSED", set()),
    # fees a state levies on ships ("port fees", "docking charges") are a measure on the
    # country the ships come from or are linked to
    (
        "China said it had started collecting new port fees on all vessels linked to the"
        " United States.",
        "TARGETS",
        {("Chinese port fees", "United States")},
    ),
    (
        "The U.S. began imposing steep port fees on Chinese ships.",
        "IMPOSED",
        {("United States", "U.S. port fees")},
    ),
    (
        "Washington will charge docking fees on Chinese-built vessels from October.",
        "IMPOSED",
        {("United States", "U.S. docking fees")},
    ),
    (
        "China imposed port fees on ships linked to the United States, the transport"
        " ministry said.",
        "TARGETS",
        {("Chinese port fees", "United States")},
    ),
    # ... another measure than the export controls of the same state
    (
        "The U.S. imposed export controls on AI chips. The U.S. also began imposing steep"
        " port fees on Chinese ships.",
        "IMPOSED",
        {("United States", "U.S. export controls on AI chips"),
         ("United States", "U.S. port fees")},
    ),
    # ... not other fees
    ("Nvidia pays licensing fees to Arm.", "IMPOSED", set()),
    ("The U.S. government charged high fees for the licences.", "IMPOSED", set()),
    # a state that keeps buyers from buying from a company (bar, ban, block, prohibit,
    # restrict ... from buying/purchasing/sourcing ... from X) aims the measure at X; the
    # buyers kept ("telecom operators", "carriers") are no target and name no goods
    (
        "China's cyberspace regulator said it will bar operators of key infrastructure from"
        " purchasing from Micron.",
        "TARGETS",
        {("Chinese ban", "Micron")},
    ),
    (
        "China barred state operators from buying memory chips from Micron.",
        "TARGETS",
        {("Chinese ban on memory chips", "Micron")},
    ),
    (
        "Germany banned telecom operators from sourcing 5G equipment from Huawei and ZTE.",
        "TARGETS",
        {("German ban on 5G", "Huawei"), ("German ban on 5G", "ZTE")},
    ),
    (
        "The UK blocked carriers from buying equipment from Huawei.",
        "IMPOSED",
        {("United Kingdom", "British ban")},
    ),
    (
        "The EU restricted member states from buying drones from DJI.",
        "TARGETS",
        {("EU restrictions on drones", "DJI")},
    ),
    # ... a company kept from buying is the target itself; a seller it is not kept from is
    # none
    (
        "Japan barred Huawei from buying AI chips.",
        "TARGETS",
        {("Japanese ban on AI chips", "Huawei")},
    ),
    ("The UK told carriers they could keep buying equipment from Huawei.", "TARGETS", set()),
    ("Huawei stopped Samsung from buying chips from TSMC.", "TARGETS", set()),
    # a blacklist named companies are placed on, put on or added to is a listing of them,
    # its imposer named or not
    (
        "Furthermore, the new regulations place Chinese chip designers Moore Threads and"
        " Biren on a blacklist.",
        "TARGETS",
        {("blacklist on Moore Threads and Biren", "Moore Threads"),
         ("blacklist on Moore Threads and Biren", "Biren")},
    ),
    (
        "Sugon and Hygon were added to a U.S. blacklist last year.",
        "IMPOSED",
        {("United States", "U.S. blacklist on Sugon and Hygon")},
    ),
    (
        "The new rules put Inspur and Sugon on a blacklist.",
        "TARGETS",
        {("blacklist on Inspur and Sugon", "Inspur"), ("blacklist on Inspur and Sugon", "Sugon")},
    ),
    (
        "The Commerce Department placed SMIC on a blacklist.",
        "TARGETS",
        {("U.S. blacklist on SMIC", "SMIC")},
    ),
    # ... not another list, nor a blacklist nobody named is put on
    ("Huawei added Samsung to its list of suppliers.", "TARGETS", set()),
    ("Analysts put TSMC on their buy list.", "TARGETS", set()),
    ("The ministry placed the issue on the blacklist agenda.", "TARGETS", set()),
    # a list named by measure words ("trade restrictions list", "export control list",
    # "control list", "sanctions list") is a listing, whoever keeps it
    (
        "Huawei has been on a US trade restrictions list since 2019.",
        "TARGETS",
        {("U.S. trade restrictions list (2019)", "Huawei")},
    ),
    (
        "Beijing added 28 U.S. entities to its export control list.",
        "IMPOSED",
        {("China", "Chinese export control list")},
    ),
    (
        "China banned exports to foreign militaries or to entities on China's control list.",
        "IMPOSED",
        {("China", "Chinese control list")},
    ),
    # ... a sanctions list is the sanctions of its imposer, or the listing it names
    (
        "The EU imposed sanctions on Sigma Technology. The EU added seven Chinese firms to"
        " its sanctions list.",
        "IMPOSED",
        {("European Union", "EU sanctions list on Sigma Technology")},
    ),
    (
        "The U.S. added Sophgo to the Entity List. It is the latest firm on the U.S."
        " sanctions list.",
        "TARGETS",
        {("Entity List", "Sophgo")},
    ),
    # ... not a list of something else
    ("Huawei added Samsung to its supplier list.", "IMPOSED", set()),
    ("The list of sanctions included two firms.", "IMPOSED", set()),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_measure_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
