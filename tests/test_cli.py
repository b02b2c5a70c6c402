"""The `chokepoint` command: help, honest not-built subcommands, stats, and `serve`
stopping cleanly on Ctrl-C (SIGINT) with its embedded engine.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from app import cli

SERVE_START_TIMEOUT_S = 120.0
EXIT_TIMEOUT_S = 60.0
_PARSER = cli.build_parser()
SUBCOMMANDS: dict[str, argparse.ArgumentParser] = next(
    a.choices for a in _PARSER._actions if isinstance(a, argparse._SubParsersAction)
)


def servers_for(data_dir: Path) -> list[int]:
    """Live redis-server processes working in `data_dir` (their --dir is their cwd)."""
    target = data_dir.resolve()
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if (
                entry.name.isdigit()
                and (entry / "comm").read_text().startswith("redis-server")
                and (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
                and (entry / "cwd").resolve() == target
            ):
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


def run_cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data_dir), "CHOKEPOINT_BACKEND": "embedded"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        env=env, capture_output=True, text=True, timeout=EXIT_TIMEOUT_S, check=False,
    )


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    expected = {"load", "serve", "export", "import", "query", "stats", "eval", "calibrate",
                "delete-doc"}
    assert set(SUBCOMMANDS) == expected
    for name in expected:
        assert name in out


def test_unknown_subcommand_fails(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_stats_on_an_empty_graph_stops_its_engine(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    proc = run_cli(["stats"], data_dir)
    assert proc.returncode == 0, proc.stderr
    stats: dict[str, Any] = json.loads(proc.stdout)
    assert (stats["engine"], stats["nodes"], stats["relationships"]) == ("embedded", 0, 0)
    assert servers_for(data_dir) == []


def test_stats_reports_a_clear_error_for_an_unusable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    proc = run_cli(["stats"], blocker / "data")
    assert proc.returncode == 1
    assert proc.stderr.startswith("chokepoint: cannot use "), proc.stderr
    assert "CHOKEPOINT_DATA_DIR" in proc.stderr and "Traceback" not in proc.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.loads(response.read())  # type: ignore[no-any-return]
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


@pytest.mark.parametrize(("access_log", "stop"), [
    (False, signal.SIGINT), (True, signal.SIGINT), (False, signal.SIGTERM),
], ids=["quiet", "access-log", "sigterm"])
def test_serve_stops_cleanly(tmp_path: Path, access_log: bool, stop: signal.Signals) -> None:
    """`serve` answers, stops its engine on Ctrl-C or SIGTERM (docker stop, systemd), and
    logs requests only when asked to."""
    data_dir = tmp_path / "data"
    port = free_port()
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data_dir), "CHOKEPOINT_BACKEND": "embedded"}
    env.pop("CHOKEPOINT_ACCESS_LOG", None)
    flags = ["--access-log"] if access_log else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         *flags],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        health = None
        deadline = time.monotonic() + SERVE_START_TIMEOUT_S
        while health is None and proc.poll() is None and time.monotonic() < deadline:
            health = get_json(f"http://127.0.0.1:{port}/health")
            time.sleep(0.1)
        assert health is not None, f"serve did not answer /health (exit {proc.poll()})"
        assert health["status"] == "ok" and health["engine"] == "embedded"
        assert len(servers_for(data_dir)) == 1
        proc.send_signal(stop)
        out, _ = proc.communicate(timeout=EXIT_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, out
    assert servers_for(data_dir) == [], out
    assert not (data_dir / "engine.json").exists()
    assert ('"GET /health HTTP/1.1" 200' in out) is access_log, out
