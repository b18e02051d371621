"""Browser tests: Debian's chromium, driven by Playwright, against the real backend (a `huikuan
serve` process on a free port, on the test database and broker) serving the committed build.

Without /usr/bin/chromium these tests are skipped, unless HUIKUAN_REQUIRE_BROWSER=1 (CI), which
makes a missing browser a failure."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from backend.accounts.models import Organization, Role, User
from backend.config import get_settings
from tests.fixtures.api import PASSWORD, add_member, create_organization, create_user, unique

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "var" / "test" / "screenshots"
VIEWPORT = {"width": 1366, "height": 860}


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)"
    if os.environ.get("HUIKUAN_REQUIRE_BROWSER") == "1":
        pytest.fail(message + "; HUIKUAN_REQUIRE_BROWSER=1 makes this a failure")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(db: str) -> Iterator[str]:
    """`huikuan serve` as its own process on the test database and broker."""
    _require_browser()
    from backend.worker.broker import broker_url

    port = _free_port()
    env = dict(os.environ, DATABASE_URL=db, BROKER_URL=broker_url(get_settings()), PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    output: list[str] = []
    threading.Thread(target=lambda: output.extend(process.stdout), daemon=True).start()  # type: ignore[arg-type]
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, "".join(output)
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "".join(output)
        time.sleep(0.2)
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
async def browser(live_server: str) -> AsyncIterator["object"]:
    from playwright.async_api import async_playwright, expect

    # Assertions wait as long as actions (15 s, below): a loaded CI machine answered a query after 5 s.
    expect.set_options(timeout=15_000)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@dataclass
class BrowserProblems:
    """Console errors and uncaught exceptions: a page must produce none."""

    messages: list[str] = field(default_factory=list)

    def watch(self, page) -> None:  # type: ignore[no-untyped-def]
        page.on("console", lambda m: self.messages.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.messages.append(f"pageerror: {e}"))


@pytest.fixture
async def new_page(browser, live_server: str) -> AsyncIterator["object"]:  # type: ignore[no-untyped-def]
    """Opens pages in fresh browser contexts (like new browsers); checks none logged an error."""
    problems = BrowserProblems()
    contexts = []

    async def open_page():  # type: ignore[no-untyped-def]
        context = await browser.new_context(base_url=live_server, viewport=VIEWPORT)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = await context.new_page()
        problems.watch(page)
        return page

    yield open_page
    for context in contexts:
        await context.close()
    assert problems.messages == [], problems.messages


@pytest.fixture
async def page(new_page):  # type: ignore[no-untyped-def]
    return await new_page()


@dataclass
class Person:
    user: User
    email: str
    name: str


async def person(name: str, memberships: list[tuple[Organization, Role]], **kwargs) -> Person:  # type: ignore[no-untyped-def]
    user = await create_user(f"{unique('e2e')}@example.com", full_name=name, **kwargs)
    for organization, role in memberships:
        await add_member(organization, user, role)
    return Person(user=user, email=user.email, name=name)


async def organization(prefix: str) -> Organization:
    return await create_organization(unique(prefix))


async def sign_in(page, who: Person, password: str = PASSWORD, *, open_page: bool = True) -> None:  # type: ignore[no-untyped-def]
    """With the keyboard only: type, Tab, type, Enter."""
    if open_page:
        await page.goto("/sign-in")
    await page.locator("#sign-in_email").focus()
    await page.keyboard.type(who.email)
    await page.keyboard.press("Tab")
    await page.keyboard.type(password)
    await page.keyboard.press("Enter")


async def until_still(page, target) -> None:  # type: ignore[no-untyped-def]
    """Waits until the popups' and dialogs' opening motion has ended and `target` (in a dropdown,
    a select's list, a date picker, a menu or a dialog) has stopped moving: antd aligns a popup after it appears
    and zooms a dialog in, and under load a click pressed on an item was released on what lay
    below after it moved (no click)."""
    from playwright.async_api import expect

    await expect(target).to_be_visible()
    await expect(page.locator(".ant-dropdown[class*='-appear'], .ant-dropdown[class*='-enter'], "
                              ".ant-select-dropdown[class*='-appear'], .ant-select-dropdown[class*='-enter'], "
                              ".ant-picker-dropdown[class*='-appear'], .ant-picker-dropdown[class*='-enter'], "
                              ".ant-modal[class*='-appear'], .ant-modal[class*='-enter']")).to_have_count(0)
    box = await target.bounding_box()
    for _ in range(50):
        await page.wait_for_timeout(100)
        before, box = box, await target.bounding_box()
        if box == before:
            return
    raise AssertionError("the popup kept moving")


async def click_option(page, target) -> None:  # type: ignore[no-untyped-def]
    """Clicks an option of an open dropdown or select list, or a button of a dialog just opened,
    once it has stopped moving (until_still)."""
    await until_still(page, target)
    await target.click()


async def choose_in_menu(page, opener: str, item: str) -> None:  # type: ignore[no-untyped-def]
    """Opens the menu of the button with test id `opener` and clicks its item named `item` once
    the menu has stopped moving (until_still)."""
    await page.get_by_test_id(opener).click()
    target = page.get_by_role("menuitem", name=item)
    await until_still(page, target)
    await target.click()


async def sign_in_page(page, language: str) -> None:  # type: ignore[no-untyped-def]
    """The sign-in page, in `language` (zh-CN is the default; English is chosen with its switch)."""
    await page.goto("/sign-in")
    if language == "en":
        await choose_in_menu(page, "language-switch", "English")


async def sign_in_at(page, who: Person, language: str, width: int) -> None:  # type: ignore[no-untyped-def]
    """At a window width, in a language chosen on the sign-in page, signed in and on the dashboard."""
    from playwright.async_api import expect

    await page.set_viewport_size({"width": width, "height": 860 if width > 1000 else 780})
    await sign_in_page(page, language)
    await sign_in(page, who, open_page=False)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()


async def eventually(probe, expected, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Waits until `await probe()` returns `expected` (for state the browser changes on the server)."""
    deadline = time.monotonic() + timeout
    while (value := await probe()) != expected:
        assert time.monotonic() < deadline, f"{value!r} != {expected!r}"
        await asyncio.sleep(0.1)


# What sticks out past the right edge of the window, for the failure message.
_OVERFLOW = """() => {
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth <= width) return null;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) {
      out.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\\s+/).slice(0, 3).join('.')} right=${Math.round(box.right)}`);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 8) };
}"""


async def assert_fits(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """The document is no wider than the window: nothing to scroll sideways, nothing cut off."""
    overflow = await page.evaluate(_OVERFLOW)
    assert overflow is None, f"{name}: the page is wider than the window: {overflow}"


async def screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """A full-page screenshot once the page has settled; fails when the page is wider than the window."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    from playwright.async_api import expect

    # Loaded (no skeleton or spinner left), toasts gone, opening animations over.
    await expect(page.locator(".ant-skeleton, .ant-spin-spinning")).to_have_count(0)
    await expect(page.locator(".ant-message-notice")).to_have_count(0, timeout=10_000)
    await page.wait_for_timeout(400)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    await assert_fits(page, name)
