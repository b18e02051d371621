"""`make run` end to end: `huikuan up` on a fresh data directory brings up the embedded database
and broker, the API, the SPA, a worker and the scheduler; the printed demo login works."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_up_serves_api_spa_worker_and_scheduler(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "BROKER_URL", "SECRET_KEY"}}
    env.update(HUIKUAN_DATA_DIR=str(tmp_path / "var"), PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "up", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()  # type: ignore[arg-type]
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, "".join(lines)
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.5)
        assert httpx.get(f"{base}/healthz").status_code == 200
        assert "<html" in httpx.get(f"{base}/").text
        output = "".join(lines)
        email = re.search(r"email:\s+(\S+)", output).group(1)
        password = re.search(r"password:\s+(\S+)", output).group(1)
        token = httpx.post(
            f"{base}/graphql",
            json={"query": "mutation($e:String!,$p:String!){tokenCreate(email:$e,password:$p){accessToken errors{code}}}",
                  "variables": {"e": email, "p": password}},
        ).json()["data"]["tokenCreate"]["accessToken"]
        me = httpx.post(
            f"{base}/graphql", json={"query": "{ me { organizations { name } } }"}, headers={"Authorization": f"Bearer {token}"}
        ).json()
        assert len(me["data"]["me"]["organizations"]) == 2
        deadline = time.monotonic() + 30
        while not any("ready for action" in line for line in lines):
            assert time.monotonic() < deadline, "the worker did not start"
            time.sleep(0.2)
        assert any("Scheduler started" in line for line in lines)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
