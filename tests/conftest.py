"""Test set-up: a real PostgreSQL (embedded by default, or TEST_DATABASE_URL) and a real broker
(embedded redis-server by default, or TEST_BROKER_URL). The environment is fixed here, before
any backend module is imported, because the broker is configured at import."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA_DIR = ROOT / "var" / "test"

os.environ["HUIKUAN_ENV"] = "development"
os.environ["HUIKUAN_DATA_DIR"] = str(TEST_DATA_DIR)
os.environ["JWT_SECRET_KEY"] = "test-jwt-secret-key-not-for-production-0123456789"
os.environ["ENCRYPTION_KEYS"] = "test-encryption-key-not-for-production-0123456789"
os.environ.pop("DATABASE_URL", None)
os.environ.pop("SECRET_KEY", None)
if os.environ.get("TEST_BROKER_URL"):
    os.environ["BROKER_URL"] = os.environ["TEST_BROKER_URL"]
else:
    os.environ.pop("BROKER_URL", None)
for name in ("SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD"):
    os.environ.pop(name, None)

pytest_plugins = ["tests.fixtures.database", "tests.fixtures.api", "tests.fixtures.worker"]


def pytest_collection_modifyitems(items) -> None:  # type: ignore[no-untyped-def]  # pytest hook
    """The tests that run a real worker go last (in their order): once started, the session's
    worker takes every job, and ledger changes enqueue jobs (alert evaluation) that would act,
    on the real today, on the data of tests that run the same rules by hand on a frozen day."""
    items.sort(key=lambda item: "worker_process" in getattr(item, "fixturenames", ()))
