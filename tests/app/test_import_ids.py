"""Import accepts only ids of the product's form, `<label in lower case>:<slug>`, so every
imported node can be fetched by its id."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sample_graph import KEY

from loaders.entities import slugify

GOOD = [("company:huawei", "Company"), ("technology:5g", "Technology"),
        ("document:chip-war-2024", "Document"), ("sanction:us-export-controls-in-one", "Sanction"),
        ("person:ren-zhengfei", "Person")]
BAD = [
    ("company:q/1", "Company"),
    ("weird id?#", "Company"),
    ("country:x", "Company"),
    ("Company:huawei", "Company"),
    ("company:Huawei", "Company"),
    ("company:", "Company"),
    ("company:a--b", "Company"),
    ("company:-a", "Company"),
    ("company:a-", "Company"),
    ("company:huawei:cn", "Company"),
    ("company:hu awei", "Company"),
    ("company:caf\u00e9", "Company"),
    ("company:a~b", "Company"),
    ("huawei", "Company"),
    ("document:Chip War", "Document"),
]


def one_node(node_id: str, label: str) -> dict:
    return {"nodes": [{"id": node_id, "label": label, "name": "X", "title": "X"}], "edges": []}


@pytest.mark.parametrize(("node_id", "label"), BAD)
def test_a_bad_id_is_422_naming_it_and_writes_nothing(
    client: TestClient, node_id: str, label: str
) -> None:
    good = one_node("company:huawei", "Company")
    assert client.post("/import", json=good, headers=KEY).status_code == 200
    before = client.get("/export").content
    data = {"nodes": [*good["nodes"], *one_node(node_id, label)["nodes"]], "edges": []}
    r = client.post("/import", json=data, headers=KEY)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert repr(node_id) in detail and f"id must be '{label.lower()}:<slug>'" in detail
    assert client.get("/export").content == before


def test_the_audit_case_is_refused_and_the_message_suggests_an_id(client: TestClient) -> None:
    r = client.post("/import", json=one_node("company:q/1", "Company"), headers=KEY)
    assert r.status_code == 422
    assert "'company:q-1'" in r.json()["detail"]
    assert client.get("/entities", params={"q": "X"}).json()["total"] == 0


@pytest.mark.parametrize(("node_id", "label"), GOOD)
def test_every_good_id_comes_back_by_its_id(client: TestClient, node_id: str, label: str) -> None:
    r = client.post("/import", json=one_node(node_id, label), headers=KEY)
    assert r.status_code == 200, r.text
    path = f"/documents/{node_id}" if label == "Document" else f"/entities/{node_id}"
    assert client.get(path).status_code == 200


def test_slugified_names_are_good_ids(client: TestClient) -> None:
    names = ["Ministry of Commerce (China)", "  Samsung  Electronics Co., Ltd. ", "ČEZ Group",
             "3M", "A&B/C"]
    nodes = [{"id": f"company:{slugify(n)}", "label": "Company", "name": n} for n in names]
    r = client.post("/import", json={"nodes": nodes, "edges": []}, headers=KEY)
    assert r.status_code == 200, r.text
    assert r.json()["nodes_created"] == len(names)


def test_cli_import_refuses_a_bad_id(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(one_node("country:x", "Company")))
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(tmp_path / "data"),
           "CHOKEPOINT_BACKEND": "embedded"}
    proc = subprocess.run([sys.executable, "-m", "app.cli", "import", str(bad)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 1
    assert "'country:x'" in proc.stderr and "'company:<slug>'" in proc.stderr
