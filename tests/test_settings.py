"""Production never falls back to embedded services: a missing database, broker or mail server is a
startup error that names the setting; embedded services only when asked for explicitly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = {"HUIKUAN_ENV": "production", "JWT_SECRET_KEY": "j" * 40, "ENCRYPTION_KEYS": "e" * 40}
SERVICES = {"DATABASE_URL": "postgresql://huikuan@db.internal:5432/huikuan", "BROKER_URL": "amqp://mq.internal:5672/",
            "SMTP_HOST": "mail.internal"}


def _huikuan(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), "HUIKUAN_DATA_DIR": str(tmp_path), **env}
    return subprocess.run([sys.executable, "-m", "backend.cli", *args], cwd=tmp_path, env=clean,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("missing", [("DATABASE_URL", "BROKER_URL", "SMTP_HOST"), ("BROKER_URL",), ("SMTP_HOST",)])
def test_production_without_a_service_refuses_to_start_and_names_it(tmp_path: Path, missing: tuple[str, ...]) -> None:
    env = {**PRODUCTION, **{k: v for k, v in SERVICES.items() if k not in missing}}
    result = _huikuan(tmp_path, env, "serve")
    assert result.returncode != 0
    assert f"needs {', '.join(missing)}" in result.stderr, result.stderr
    # Nothing embedded was started under the data directory.
    assert not (tmp_path / "pgdata").exists() and not (tmp_path / "redis").exists()


def test_production_with_every_service_named_or_embedded_asked_for_passes_the_check(tmp_path: Path) -> None:
    check = ["-c", "from backend.config import get_settings; print(get_settings().env)"]
    clean = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), "HUIKUAN_DATA_DIR": str(tmp_path)}
    for env in ({**PRODUCTION, **SERVICES}, {**PRODUCTION, "HUIKUAN_EMBEDDED": "true"}):
        result = subprocess.run([sys.executable, *check], cwd=tmp_path, env={**clean, **env}, capture_output=True, text=True)
        assert result.stdout.strip() == "production", result.stderr
