"""`make run` end to end: `huikuan up` on a fresh data directory brings up the embedded database
and broker, the API, the SPA, a worker and the scheduler; the printed demo login works, over the
API and in a real browser, where the dashboard shows the demo organization's receivables."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, VIEWPORT, _require_browser

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Up:
    base: str
    lines: list[str]

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def login(self) -> tuple[str, str]:
        email = re.search(r"email:\s+(\S+)", self.output)
        password = re.search(r"password:\s+(\S+)", self.output)
        assert email and password, self.output
        return email.group(1), password.group(1)


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Up]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "BROKER_URL", "JWT_SECRET_KEY", "ENCRYPTION_KEYS"}}
    env.update(HUIKUAN_DATA_DIR=str(tmp_path_factory.mktemp("make-run") / "var"), PYTHONPATH=str(ROOT))
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
        yield Up(base, lines)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)


def test_up_serves_api_spa_worker_and_scheduler(up: Up):
    assert httpx.get(f"{up.base}/healthz").status_code == 200
    assert "<html" in httpx.get(f"{up.base}/").text
    email, password = up.login()
    token = httpx.post(
        f"{up.base}/graphql",
        json={"query": "mutation($e:String!,$p:String!){tokenCreate(email:$e,password:$p){accessToken errors{code}}}",
              "variables": {"e": email, "p": password}},
    ).json()["data"]["tokenCreate"]["accessToken"]
    me = httpx.post(
        f"{up.base}/graphql", json={"query": "{ me { organizations { name } } }"}, headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert len(me["data"]["me"]["organizations"]) == 2
    deadline = time.monotonic() + 30
    while not any("ready for action" in line for line in up.lines):
        assert time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.2)
    assert any("Scheduler started" in line for line in up.lines)


@pytest.mark.browser
def test_the_demo_login_reaches_a_dashboard_with_demo_data(up: Up):
    """What the README promises a new user: sign in with the printed login, pick the demo
    organization, and see its receivables on the dashboard."""
    _require_browser()
    from playwright.sync_api import expect, sync_playwright

    from backend.demo import DEMO_ORGANIZATIONS

    email, password = up.login()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(base_url=up.base, viewport=VIEWPORT)
            page.goto("/sign-in")
            page.locator("#sign-in_email").fill(email)
            page.locator("#sign-in_password").fill(password)
            page.keyboard.press("Enter")
            page.get_by_role("option", name=re.compile(DEMO_ORGANIZATIONS[0])).click(timeout=30_000)
            total = page.get_by_test_id("kpi-ar-total").locator(".ant-statistic-content-value")
            expect(total).to_be_visible(timeout=30_000)
            figure = total.inner_text().strip()
            assert re.search(r"[1-9]", figure), f"the demo organization's AR total is {figure!r}"
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.wait_for_timeout(800)
            page.screenshot(path=str(SCREENSHOTS / "make-run-demo-dashboard.png"), full_page=True)
        finally:
            browser.close()
