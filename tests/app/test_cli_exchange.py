"""`chokepoint import`, `export` and `query` as a user runs them (subprocesses, own data dir)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sample_graph import SUPPLY_CHAIN

TIMEOUT_S = 120


def run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data_dir), "CHOKEPOINT_BACKEND": "embedded"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, text=True,
                          capture_output=True, timeout=TIMEOUT_S, check=False)


def test_import_export_query(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(SUPPLY_CHAIN))
    proc = run(["import", str(source)], data_dir)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["relationships"] == 8

    out = tmp_path / "out.json"
    proc = run(["export", "--format", "node-link", "-o", str(out)], data_dir)
    assert proc.returncode == 0, proc.stderr
    exported = json.loads(out.read_text())
    assert len(exported["nodes"]) == 9 and len(exported["edges"]) == 15

    # a second store imports the export and exports the very same bytes
    proc = run(["import", str(out)], tmp_path / "other")
    assert proc.returncode == 0, proc.stderr
    again = tmp_path / "again.json"
    assert run(["export", "-o", str(again)], tmp_path / "other").returncode == 0
    assert again.read_bytes() == out.read_bytes()

    focus = run(["export", "--focus", "company:smic", "--hops", "1"], data_dir)
    assert {n["id"] for n in json.loads(focus.stdout)["nodes"]} == {
        "company:smic", "company:asml", "company:hisilicon"}

    proc = run(["query", "MATCH (n:Company) WHERE n.name = $name RETURN n.id AS id",
                "--param", "name=SMIC"], data_dir)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line) for line in proc.stdout.splitlines()] == [{"id": "company:smic"}]

    proc = run(["query", "MATCH (n) DETACH DELETE n"], data_dir)
    assert proc.returncode == 1 and "refused" in proc.stderr
    count = run(["query", "MATCH (n) RETURN count(n) AS c"], data_dir)
    assert json.loads(count.stdout) == {"c": 9}


def test_cli_errors_are_clear(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nodes": [{"id": "x:1", "label": "Spaceship", "name": "X"}]}))
    proc = run(["import", str(bad)], data_dir)
    assert proc.returncode == 1 and "unknown label" in proc.stderr
    assert "Traceback" not in proc.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{nope")
    proc = run(["import", str(broken)], data_dir)
    assert proc.returncode == 1 and "cannot read node-link JSON" in proc.stderr
    proc = run(["export", "--focus", "company:nope"], data_dir)
    assert proc.returncode == 1 and "no entity" in proc.stderr
