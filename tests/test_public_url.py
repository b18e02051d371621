"""Links in mails and answers point at the port the server runs on unless PUBLIC_URL says otherwise
(`huikuan up --port N` used to leave them at :8000)."""

from __future__ import annotations

import pytest

from backend import cli
from backend.config import Settings, get_settings


def test_public_url_follows_host_and_port_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.setenv("PORT", "8123")
    assert Settings().public_url == "http://127.0.0.1:8123"
    monkeypatch.setenv("HOST", "0.0.0.0")
    assert Settings().public_url == "http://127.0.0.1:8123"
    monkeypatch.setenv("HOST", "ar.example.cn")
    assert Settings().public_url == "http://ar.example.cn:8123"
    monkeypatch.setenv("PUBLIC_URL", "https://huikuan.example.cn")
    assert Settings().public_url == "https://huikuan.example.cn"


@pytest.mark.parametrize("command", ["up", "serve"])
def test_port_option_moves_the_links(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.setenv("PORT", "8000")
    seen: dict[str, str] = {}

    def run(_: object) -> None:
        seen["public_url"] = get_settings().public_url
        seen["port"] = str(get_settings().port)

    monkeypatch.setattr(cli, f"cmd_{command}", run)
    monkeypatch.setattr(cli, "_setup_logging", lambda: None)
    try:
        cli.main([command, "--port", "8765"])
    finally:
        get_settings.cache_clear()
    # The children of `up` (server, worker, scheduler) inherit PORT, so their links follow too.
    assert seen == {"public_url": "http://127.0.0.1:8765", "port": "8765"}
