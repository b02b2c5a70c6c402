"""The embedded engine's process dies under a running API: unhealthy, restarted, nothing lost.

Each test runs its own embedded server in its own data directory (never the session's), so
killing it touches nothing else.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from graph.embedded import FalkorDBEngine
from loaders.store import store
from reliability.support import make_extraction


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        CHOKEPOINT_DATA_DIR=tmp_path / "data", CHOKEPOINT_GRAPH="faults", CHOKEPOINT_API_KEY="k"
    )


def _server_pid(settings: Settings) -> int:
    return int(json.loads((settings.data_dir / "engine.json").read_text())["pid"])


def _kill_server(settings: Settings) -> int:
    pid = _server_pid(settings)
    os.kill(pid, signal.SIGKILL)
    return pid


def _doc(i: int):  # type: ignore[no-untyped-def]
    return make_extraction(
        f"fault-{i}",
        [("Company", f"Maker {i}"), ("Company", f"Buyer {i}"), ("Country", "Fault Land")],
        [("SUPPLIES", 0, 1), ("BASED_IN", 0, 2)],
    )


def test_health_reports_the_dead_engine_then_restarts_it_with_all_data(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        engine = app.state.engine
        for i in range(20):
            store(engine, _doc(i))
        before = client.get("/stats").json()
        assert before["documents"] == 20

        old_pid = _kill_server(settings)
        down = client.get("/health")
        assert down.status_code == 503
        assert down.json()["status"] == "unhealthy"
        assert "embedded engine" in down.json()["detail"]
        assert "down" in down.json()["detail"]

        up = client.get("/health")
        assert up.status_code == 200, up.text
        assert up.json()["status"] == "ok"
        assert _server_pid(settings) != old_pid
        assert client.get("/stats").json() == before


def test_a_request_after_the_crash_is_served_by_a_restarted_engine(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        engine = app.state.engine
        store(engine, _doc(0))
        before = client.get("/stats").json()
        _kill_server(settings)
        after = client.get("/stats")
        assert after.status_code == 200, after.text
        assert after.json() == before


def test_no_acknowledged_write_is_lost_when_the_engine_is_killed_mid_stream(
    tmp_path: Path, figures
) -> None:  # type: ignore[no-untyped-def]
    settings = _settings(tmp_path)
    app = create_app(settings)
    acknowledged: list[str] = []
    failed: list[str] = []
    stop = threading.Event()

    with TestClient(app, raise_server_exceptions=False) as client:
        engine = app.state.engine

        def writer() -> None:
            i = 0
            while not stop.is_set() and i < 400:
                ex = _doc(i)
                try:
                    store(engine, ex)
                    acknowledged.append(ex.document.id)
                except Exception as exc:  # noqa: BLE001 - a refused write is not acknowledged
                    failed.append(f"{ex.document.id}: {exc}")
                i += 1

        thread = threading.Thread(target=writer)
        thread.start()
        while len(acknowledged) < 30 and thread.is_alive():
            time.sleep(0.01)
        _kill_server(settings)
        kills_at = len(acknowledged)
        while len(acknowledged) < kills_at + 30 and thread.is_alive():
            time.sleep(0.01)
        stop.set()
        thread.join(timeout=120)
        assert not thread.is_alive()
        assert client.get("/health").status_code == 200
        stats = client.get("/stats").json()

    # A fresh app on the same data directory (the engine was stopped with the app).
    app2 = create_app(settings)
    with TestClient(app2) as client2:
        assert client2.get("/stats").json() == stats
        docs = {
            r["id"]
            for r in app2.state.engine.read("MATCH (d:Document) RETURN d.id AS id")
        }
    assert set(acknowledged) <= docs
    assert len(acknowledged) > kills_at
    figures("engine_kill_acknowledged_writes", len(acknowledged))
    figures("engine_kill_lost_writes", len(set(acknowledged) - docs))
    figures("engine_kill_refused_writes", len(failed))


def test_app_restart_finds_all_data(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    engine = FalkorDBEngine(settings.data_dir, settings.graph_name)
    engine.bootstrap_schema()
    for i in range(5):
        store(engine, _doc(i))
    engine.close()
    assert not (settings.data_dir / "engine.json").exists()  # the last user stopped it

    app = create_app(settings)
    with TestClient(app) as client:
        stats = client.get("/stats").json()
    assert stats["documents"] == 5
    assert stats["types"]["SUPPLIES"] == 5
