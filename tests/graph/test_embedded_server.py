"""The embedded FalkorDB server's lifecycle: reuse, clear start-up errors, persistence,
restart after a crash. Each test has a data directory (and so a server) of its own.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import embedded_server
from graph.base import EngineUnavailable
from graph.embedded import FalkorDBEngine
from graph.embedded_server import EmbeddedServer

DEATH_TIMEOUT_S = 30.0


def servers_for(data_dir: Path) -> list[int]:
    """Pids of live (non-zombie) redis-server processes working in `data_dir`.

    redis-server rewrites its command line, but it runs with its --dir as working directory.
    """
    target = data_dir.resolve()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text().strip()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cwd = (entry / "cwd").resolve()
        except OSError:
            continue
        if comm.startswith("redis-server") and state != "Z" and cwd == target:
            pids.append(int(entry.name))
    return pids


def wait_gone(pid: int) -> None:
    """Wait until `pid` has exited (reaping it if it is our child)."""
    deadline = time.monotonic() + DEATH_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        except ChildProcessError:
            if not Path(f"/proc/{pid}").exists():
                return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} did not exit")


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data directory of this test's own; asserts no server is left behind."""
    path = tmp_path / "data"
    yield path
    leftover = servers_for(path)
    for pid in leftover:
        os.kill(pid, signal.SIGKILL)
    assert not leftover, f"redis-server left running for {path}: {leftover}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_pid(engine: FalkorDBEngine) -> int:
    import json

    return int(json.loads((engine.server.data_dir / "engine.json").read_text())["pid"])


def test_second_engine_reuses_the_server(data_dir: Path) -> None:
    first = FalkorDBEngine(data_dir, "g")
    second = FalkorDBEngine(data_dir, "g")
    try:
        assert second.server.proc is None  # it did not start one
        assert servers_for(data_dir) == [server_pid(first)]
        first.write([("CREATE (:Entity:Company {id: 'company:a', name: 'A'})", {})])
        assert second.read("MATCH (n) RETURN n.id AS id") == [{"id": "company:a"}]
        pid = server_pid(first)
        first.close()  # not the last user: the server stays up for `second`
        assert servers_for(data_dir) == [pid]
        assert second.read("MATCH (n) RETURN count(n) AS n") == [{"n": 1}]
    finally:
        first.close()  # a no-op when already closed
        second.close()  # the last user stops it
    assert servers_for(data_dir) == []
    assert not (data_dir / "engine.json").exists()


def test_port_taken_is_a_clear_error(data_dir: Path) -> None:
    port = free_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        with pytest.raises(EngineUnavailable, match=f"port {port} .* already taken"):
            FalkorDBEngine(data_dir, "g", port=port)


def test_port_bound_but_not_listening_is_a_clear_error(data_dir: Path) -> None:
    port = free_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))  # the server's own bind fails, not our probe
        with pytest.raises(EngineUnavailable, match=f"port {port} is already in use"):
            FalkorDBEngine(data_dir, "g", port=port)


def test_tcp_port_works(data_dir: Path) -> None:
    port = free_port()
    with FalkorDBEngine(data_dir, "g", port=port) as engine:
        engine.bootstrap_schema()
        assert engine.health().extra["endpoint"] == f"127.0.0.1:{port}"
        assert engine.read("RETURN 1 AS one") == [{"one": 1}]


def test_binary_that_cannot_run_is_a_clear_error(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "redis-server"
    fake.write_text("not a program")  # not executable
    _, module = embedded_server._binaries()
    monkeypatch.setattr(embedded_server, "_binaries", lambda: (str(fake), module))
    with pytest.raises(EngineUnavailable, match="cannot start the embedded engine .*redis-server"):
        FalkorDBEngine(data_dir, "g")


def test_server_that_exits_at_start_is_a_clear_error(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, _ = embedded_server._binaries()
    missing = tmp_path / "no-such-module.so"
    monkeypatch.setattr(embedded_server, "_binaries", lambda: (server, str(missing)))
    with pytest.raises(EngineUnavailable, match="did not start: exit code"):
        FalkorDBEngine(data_dir, "g")


def test_data_persists_across_stop_and_start(data_dir: Path) -> None:
    with FalkorDBEngine(data_dir, "g") as engine:
        engine.bootstrap_schema()
        engine.write([("CREATE (:Entity:Company {id: 'company:a', name: 'A'})", {})])
    assert servers_for(data_dir) == []
    assert (data_dir / "appendonlydir").is_dir()
    with FalkorDBEngine(data_dir, "g") as engine:
        assert engine.read("MATCH (n:Company) RETURN n.name AS name") == [{"name": "A"}]


def test_killed_server_is_restarted_and_keeps_acknowledged_writes(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with FalkorDBEngine(data_dir, "g") as engine:
        for i in range(50):
            engine.write([("CREATE (:Entity:Technology {id: $id, name: $id})", {"id": f"t:{i}"})])
        pid = server_pid(engine)
        os.kill(pid, signal.SIGKILL)
        wait_gone(pid)
        # The next call finds the server dead, restarts it and replays the AOF.
        assert engine.read("MATCH (n:Technology) RETURN count(n) AS n") == [{"n": 50}]
        assert server_pid(engine) != pid
        assert servers_for(data_dir) == [server_pid(engine)]
    assert any("restarted" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)


def test_health_restarts_a_killed_server(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with FalkorDBEngine(data_dir, "g") as engine:
        engine.write([("CREATE (:Entity:Company {id: 'company:a', name: 'A'})", {})])
        pid = server_pid(engine)
        os.kill(pid, signal.SIGKILL)
        wait_gone(pid)
        h = engine.health()
        assert not h.ok and "restarted" in h.detail
        assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
            "embedded engine: the process was down; restarted it"]
        assert engine.health().ok
        assert engine.read("MATCH (n) RETURN count(n) AS n") == [{"n": 1}]


def test_server_of_a_killed_user_is_stopped_by_stop_if_unused(data_dir: Path) -> None:
    user = subprocess.Popen(
        [sys.executable, "-c", USER_THEN_SLEEP, str(data_dir)], stdout=subprocess.PIPE
    )
    try:
        assert user.stdout is not None and user.stdout.readline().strip() == b"up"
        held = EmbeddedServer(data_dir)
        assert held.stop_if_unused() is False  # the user still holds it
        [pid] = servers_for(data_dir)
    finally:
        user.kill()
        user.wait()
    assert servers_for(data_dir) == [pid]  # a SIGKILLed user cannot stop its server
    assert EmbeddedServer(data_dir).stop_if_unused() is True
    wait_gone(pid)
    assert not (data_dir / "engine.json").exists()
    assert EmbeddedServer(data_dir).stop_if_unused() is False


USER_THEN_SLEEP = """
import sys, time
from pathlib import Path
from graph.embedded_server import EmbeddedServer
EmbeddedServer(Path(sys.argv[1])).start()
print("up", flush=True)
time.sleep(600)
"""


def test_a_failed_schema_bootstrap_stops_the_server_it_started(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.settings import Settings
    from graph import open_engine
    from graph.base import GraphError

    def refuse(engine: FalkorDBEngine) -> None:
        assert servers_for(data_dir), "the server runs when the schema is created"
        raise GraphError("schema refused")

    monkeypatch.setattr(FalkorDBEngine, "bootstrap_schema", refuse)
    with pytest.raises(GraphError, match="schema refused"):
        open_engine(Settings(CHOKEPOINT_DATA_DIR=str(data_dir)))
    assert servers_for(data_dir) == []
