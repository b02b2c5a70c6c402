"""The HTTP side: a real ``chokepoint serve`` on loopback, and a load client in a second process.

Run as a module, this file is the load client: ``python -m bench.api URL PATHS_FILE
--concurrency 8 --count 20000 --seconds 10`` sends GET requests for the paths in
``PATHS_FILE`` (one per line, cycled) over keep-alive HTTP/1.1 connections, one per
concurrent worker, and prints one JSON line: requests, errors, seconds, requests/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

START_TIMEOUT_S = 60.0


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A ``chokepoint serve`` child process on 127.0.0.1."""

    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL after 30 s)."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_server(data_dir: Path, graph_name: str, port: int, log: Path) -> Server:
    """Start the product's HTTP server on `graph_name` of `data_dir` and wait until healthy."""
    env = {
        **os.environ,
        "CHOKEPOINT_DATA_DIR": str(data_dir),
        "CHOKEPOINT_GRAPH": graph_name,
        "CHOKEPOINT_BACKEND": "embedded",
    }
    env.pop("CHOKEPOINT_EMBEDDED_PORT", None)
    cli = Path(sys.executable).parent / "chokepoint"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(cli), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chokepoint serve exited: {log.read_text()[-1000:]}")
        try:
            if httpx.get(url + "/health", timeout=2.0).status_code == 200:
                return Server(proc, url, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"chokepoint serve did not become healthy in {START_TIMEOUT_S:.0f} s")


def run_load_client(
    url: str, paths: Sequence[str], concurrency: int, count: int, seconds: float, workdir: Path
) -> dict[str, float]:
    """Run the load client in a second process; its JSON summary."""
    paths_file = workdir / "paths.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "bench.api", url, str(paths_file), "--concurrency",
         str(concurrency), "--count", str(count), "--seconds", str(seconds)],
        capture_output=True, text=True, check=False, timeout=seconds + 120,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"load client failed: {done.stderr[-1000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


async def _worker(
    host: str, port: int, paths: Sequence[str], start: int, state: dict[str, int], deadline: float
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = start
    try:
        while state["left"] > 0 and time.monotonic() < deadline:
            state["left"] -= 1
            path = paths[i % len(paths)]
            i += 1
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            state["done"] += 1
            if status_line.split(b" ", 2)[1:2] != [b"200"]:
                state["errors"] += 1
    except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
        state["errors"] += 1
    finally:
        writer.close()


async def load(
    url: str, paths: Sequence[str], concurrency: int, count: int, seconds: float
) -> dict[str, float]:
    """Send up to `count` GETs within `seconds` from `concurrency` keep-alive connections."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    state = {"left": count, "done": 0, "errors": 0}
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(*(
        _worker(host, port, paths, k * len(paths) // concurrency, state, deadline)
        for k in range(concurrency)
    ))
    elapsed = time.monotonic() - started
    return {
        "requests": state["done"],
        "errors": state["errors"],
        "seconds": round(elapsed, 3),
        "requests_per_s": round(state["done"] / elapsed, 1),
        "concurrency": concurrency,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """The load client's command line (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m bench.api", description=__doc__)
    parser.add_argument("url")
    parser.add_argument("paths_file", type=Path)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    paths = [p for p in args.paths_file.read_text().splitlines() if p]
    result = asyncio.run(load(args.url, paths, args.concurrency, args.count, args.seconds))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
