"""What the `chokepoint` command prints when things go wrong, and what its load summary counts:
one line on stderr naming the cause (and the setting), a non-zero exit, no traceback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT_S = 300


def run(args: list[str], data_dir: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data_dir), "CHOKEPOINT_BACKEND": "embedded",
           **env_extra}
    env.pop("CHOKEPOINT_EMBEDDED_PORT", None)
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, text=True,
                          capture_output=True, timeout=TIMEOUT_S, check=False)


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command (asserting there is exactly one)."""
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("chokepoint: "), proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


@pytest.mark.parametrize("where, reason", [
    ("missing/dir/x.json", "there is no directory"),
    (".", "it is a directory"),
])
def test_export_to_an_unwritable_path(tmp_path: Path, where: str, reason: str) -> None:
    target = tmp_path / where
    line = one_line_error(run(["export", "-o", str(target)], tmp_path / "data"))
    assert f"cannot write {target}" in line and reason in line
    assert not (tmp_path / "data").exists(), "the check comes before the engine starts"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_export_write_error_is_one_line(tmp_path: Path) -> None:
    """/proc takes no new files, not even from root: the open itself fails."""
    line = one_line_error(run(["export", "-o", "/proc/chokepoint-export.json"], tmp_path / "d"))
    assert line == ("chokepoint: cannot write /proc/chokepoint-export.json: "
                    "No such file or directory")


def test_serve_on_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for args, env in [(["serve", "--port", str(port)], {}),
                          (["serve"], {"CHOKEPOINT_PORT": str(port)})]:
            line = one_line_error(run(args, tmp_path / "data", **env))
            assert f"127.0.0.1:{port}" in line and "CHOKEPOINT_PORT" in line, line
    assert not (tmp_path / "data").exists(), "the port is checked before the engine starts"


@pytest.mark.parametrize("name, value", [
    ("CHOKEPOINT_PORT", "eighty"),
    ("CHOKEPOINT_BACKEND", "sqlite"),
    ("CHOKEPOINT_QUERY_TIMEOUT_MS", "5"),
])
def test_bad_setting_is_one_line_naming_it(tmp_path: Path, name: str, value: str) -> None:
    line = one_line_error(run(["stats"], tmp_path / "data", **{name: value}))
    assert f"{name}={value!r}" in line, line


def test_bad_secret_setting_is_not_echoed(tmp_path: Path) -> None:
    proc = run(["stats"], tmp_path / "data", CHOKEPOINT_PORT="x", NEO4J_PASSWORD="hunter2")
    assert "hunter2" not in proc.stderr + proc.stdout


def test_load_summary_and_failures(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentence = "ASML supplies EUV lithography machines to TSMC and to Samsung."
    (corpus / "a.txt").write_text(f"{sentence}\n")
    (corpus / "b.txt").write_text(f"Chip makers again. {sentence}\n")
    (corpus / "evil.txt").write_bytes(b"\x00\x01\x02binary\xff" * 10)
    proc = run(["load", str(corpus)], tmp_path / "data")
    assert proc.returncode == 1

    # Failures: on stderr, one line each; stdout keeps the summary only.
    failed = [x for x in proc.stderr.splitlines() if x.startswith("chokepoint: failed: ")]
    assert len(failed) == 1 and "evil.txt" in failed[0]
    assert "failed:" not in proc.stdout.replace("failed 1)", "")

    # The summary says what it counts: per document, then the graph's distinct totals.
    documents, extracted, graph = proc.stdout.splitlines()
    assert documents.startswith("documents: 3 (loaded 2,") and "failed 1" in documents
    stats = json.loads(run(["stats"], tmp_path / "data").stdout)
    entities = stats["nodes"] - stats["documents"]
    facts = stats["relationships"] - stats["types"]["MENTIONED_IN"]
    assert graph == (f"the graph now holds: {entities} entities, {facts} relationships, "
                     f"{stats['documents']} documents")
    per_document = [int(n) for n in extracted.replace(",", " ").split() if n.isdigit()]
    assert extracted.startswith("extracted, summed over documents: ")
    # Both documents name the same companies: counted per document, they count twice.
    assert per_document == [stats["types"]["MENTIONED_IN"], 2 * facts]
    assert per_document[0] > entities


def test_query_refusal_names_no_endpoint(tmp_path: Path) -> None:
    line = one_line_error(run(["query", "MATCH (n) DETACH DELETE n"], tmp_path / "data"))
    assert line == ("chokepoint: refused: DETACH is a writing clause; "
                    "read-only statements only")


def test_query_with_no_rows_names_its_columns_on_stderr(tmp_path: Path) -> None:
    statement = "MATCH (n:Company {id: 'company:none'}) RETURN n.id AS id, n.name AS name"
    proc = run(["query", statement], tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "no rows (columns: id, name)" in proc.stderr
