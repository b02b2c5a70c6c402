"""A small known supply-chain graph (node-link, as the export writes it) for the API tests."""

from __future__ import annotations

from typing import Any

KEY = {"X-API-Key": "test-key"}


def source(doc: str, sentence: str, confidence: float) -> dict[str, Any]:
    """One provenance entry as the export writes it."""
    return {"doc": doc, "sentence": sentence, "start": 0, "end": len(sentence),
            "confidence": confidence, "method": "test"}


def edge(src: str, rel_type: str, dst: str, confidence: float, doc: str = "document:one") -> dict:
    """A fact edge with one source sentence."""
    sentence = f"{src} {rel_type.lower()} {dst}."
    return {"source": src, "target": dst, "type": rel_type, "confidence": confidence,
            "sources": [source(doc, sentence, confidence)]}


def node(node_id: str, label: str, name: str, **props: Any) -> dict[str, Any]:
    return {"id": node_id, "label": label, "name": name, **props}


SUPPLY_CHAIN: dict[str, Any] = {
    "directed": True,
    "multigraph": True,
    "graph": {},
    "nodes": [
        node("company:huawei", "Company", "Huawei", aliases=["Huawei Technologies"],
             country="China"),
        node("company:hisilicon", "Company", "HiSilicon"),
        node("company:smic", "Company", "SMIC",
             aliases=["Semiconductor Manufacturing International Corporation"]),
        node("company:asml", "Company", "ASML"),
        node("company:tsmc", "Company", "TSMC"),
        node("technology:euv-lithography", "Technology", "EUV lithography"),
        node("sanction:us-export-controls", "Sanction", "U.S. export controls", year=2022),
        node("country:united-states", "Country", "United States"),
        {"id": "document:one", "label": "Document", "name": "Chip war", "title": "Chip war",
         "source": "one.txt", "sha256": "abc", "words": 12},
    ],
    "edges": [
        edge("company:hisilicon", "SUBSIDIARY_OF", "company:huawei", 0.9),
        edge("company:smic", "SUPPLIES", "company:hisilicon", 0.8),
        edge("company:smic", "DEPENDS_ON", "company:asml", 0.7),
        edge("company:asml", "DEPENDS_ON", "technology:euv-lithography", 0.6),
        edge("company:tsmc", "SUPPLIES", "company:huawei", 0.5),
        edge("sanction:us-export-controls", "TARGETS", "company:huawei", 0.95),
        edge("sanction:us-export-controls", "RESTRICTS", "technology:euv-lithography", 0.85),
        edge("country:united-states", "IMPOSED", "sanction:us-export-controls", 0.99),
        {"source": "company:huawei", "target": "document:one", "type": "MENTIONED_IN",
         "count": 2, "spans": [0, 6, 20, 26]},
        {"source": "company:smic", "target": "document:one", "type": "MENTIONED_IN",
         "count": 1, "spans": [40, 44]},
        # as a load writes them: the start of every fact is mentioned where it is stated
        *({"source": start, "target": "document:one", "type": "MENTIONED_IN", "count": 1,
           "spans": [at, at + 4]}
          for at, start in enumerate(["company:hisilicon", "company:asml", "company:tsmc",
                                      "sanction:us-export-controls",
                                      "country:united-states"], start=50)),
    ],
}
