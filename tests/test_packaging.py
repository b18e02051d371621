"""The wheel, installed into a fresh virtualenv outside the checkout, serves the web app at / and
the API: the SPA's build ships inside the package and nothing is read from the source tree."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from backend.config import get_settings

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_installed_wheel_serves_the_spa_and_the_api(db: str, tmp_path: Path) -> None:
    from backend.worker.broker import broker_url

    wheels, venv, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "run"
    elsewhere.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)], check=True,
                   cwd=elsewhere, capture_output=True)
    (wheel,) = wheels.glob("huikuan-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, cwd=elsewhere, capture_output=True)
    located = subprocess.run([str(venv / "bin" / "python"), "-c", "import backend; print(backend.__file__)"],
                             check=True, cwd=elsewhere, capture_output=True, text=True).stdout
    assert located.startswith(str(venv)), located

    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(DATABASE_URL=db, BROKER_URL=broker_url(get_settings()), HUIKUAN_DATA_DIR=str(tmp_path / "data"))
    process = subprocess.Popen([str(venv / "bin" / "huikuan"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                               cwd=elsewhere, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline
            time.sleep(0.2)
        index = httpx.get(f"{base}/")
        assert index.status_code == 200 and "text/html" in index.headers["content-type"]
        asset = re.search(r'src="(/assets/[^"]+\.js)"', index.text)
        assert asset, index.text
        assert httpx.get(base + asset.group(1)).status_code == 200
        # A client-side route falls back to the app's index.html.
        assert httpx.get(f"{base}/customers").text == index.text
        answer = httpx.post(f"{base}/graphql", json={"query": "{ __typename }"})
        assert answer.status_code == 200 and answer.json() == {"data": {"__typename": "Query"}}
    finally:
        process.terminate()
        process.wait(timeout=20)
