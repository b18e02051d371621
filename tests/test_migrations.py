"""The migration history is one line (every migration but the first depends on exactly one other,
and no two on the same one), so every database applies them in the same order; `huikuan migrate`
run by several processes at once migrates once, and can show its plan and go back."""

import ast
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg

from backend.db import credentials_from_url

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "migrations"


def _dependencies() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(MIGRATIONS.glob("[0-9]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "dependencies" for t in node.targets):
                deps = [name for _app, name in ast.literal_eval(node.value)]
        found[path.stem] = deps
    return found


def test_the_migration_history_is_linear() -> None:
    deps = _dependencies()
    roots = [name for name, parents in deps.items() if not parents]
    assert roots == ["0001_initial"]
    children: dict[str, list[str]] = {}
    for name, parents in deps.items():
        assert len(parents) <= 1, f"{name} merges {parents}"
        for parent in parents:
            assert parent in deps, f"{name} depends on unknown {parent}"
            children.setdefault(parent, []).append(name)
    branching = {parent: kids for parent, kids in children.items() if len(kids) > 1}
    assert not branching, f"the history forks: {branching}"
    # Walking the one line from the root reaches every migration.
    order, current = [], "0001_initial"
    while current:
        order.append(current)
        current = (children.get(current) or [None])[0]
    assert sorted(order) == sorted(deps)


# Added to tables that were empty in every database when they landed (before the first release).
NOT_NULL_WITHOUT_DEFAULT_BEFORE_RELEASE = {
    ("0005_customers_credit_alerts", "Contact", "search_text"),
    ("0005_customers_credit_alerts", "Customer", "search_text"),
    ("0005_ledger_services", "Invoice", "void_reason"),
    ("0005_ledger_services", "WriteOff", "decision_note"),
    ("0009_workers", "ImportJob", "attempts"),
}


def test_a_column_added_to_a_filled_table_has_a_database_default() -> None:
    """`ALTER TABLE … ADD COLUMN … NOT NULL` fails on a table that has rows unless the column has a
    database default: a Python-side `default=` is not one. (0018_dunning shipped without one first.)"""
    import importlib

    from tortoise.migrations import operations as ops

    found = set()
    for path in sorted(MIGRATIONS.glob("[0-9]*.py")):
        migration = importlib.import_module(f"migrations.{path.stem}").Migration
        for op in migration.operations:
            if isinstance(op, ops.AddField) and not op.field.null and not op.field.has_db_default():
                found.add((path.stem, op.model_name, op.name))
    assert found == NOT_NULL_WITHOUT_DEFAULT_BEFORE_RELEASE


async def _connect(url: str, database: str | None = None) -> asyncpg.Connection:
    creds = credentials_from_url(url)
    return await asyncpg.connect(host=creds["host"], port=creds["port"], user=creds["user"],
                                 password=creds["password"], database=database or creds["database"])


def _with_database(url: str, database: str) -> str:
    head, _, query = url.partition("?")
    return head.rsplit("/", 1)[0] + "/" + database + (f"?{query}" if query else "")


def _huikuan(url: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DATABASE_URL=url, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "backend.cli", "migrate", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _run(url: str, *args: str) -> str:
    process = _huikuan(url, *args)
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    return output


# What `huikuan makemigrations` would write: nothing, when the migrations describe the models.
_DETECT_CHANGES = """
import asyncio
from tortoise.cli import cli

async def main():
    config = cli._load_config(cli.CLIContext("backend.db.TORTOISE_ORM", None))
    apps = {label: app.to_dict() for label, app in cli._select_apps(config, None).items()}
    for label, app in apps.items():
        app["migrations"] = cli._ensure_migrations_package(label, app)[0]
    whole = config.to_dict()
    whole["apps"] = apps
    async with cli.tortoise_cli_context(whole) as ctx:
        for writer in await cli.MigrationAutodetector(ctx.apps, apps).changes():
            print(writer.as_string())

asyncio.run(main())
"""


def test_the_migrations_describe_the_models(db: str) -> None:
    env = dict(os.environ, DATABASE_URL=db, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _DETECT_CHANGES], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"the models changed without a migration (make migrations):\n{done.stdout}"


async def test_concurrent_migrations_apply_once_and_the_cli_plans_and_rolls_back(db: str) -> None:
    database = f"migrate_{uuid.uuid4().hex[:8]}"
    admin = await _connect(db)
    await admin.execute(f'CREATE DATABASE "{database}"')
    url = _with_database(db, database)
    try:
        every = sorted(_dependencies())
        # Two replicas started at once: the advisory lock makes the second wait and find nothing to do.
        racing = [_huikuan(url), _huikuan(url)]
        for process in racing:
            output, _ = process.communicate(timeout=300)
            assert process.returncode == 0, output
        connection = await _connect(url)
        try:
            applied = [row["name"] for row in await connection.fetch("SELECT name FROM tortoise_migrations ORDER BY name")]
            assert applied == every
            assert "nothing to do" in _run(url, "--plan")
            # Back to the first 0006 migration: every later one is undone, then applied again.
            later = [name for name in every if name > "0006_customer_search_credit_constraints"]
            plan = [line.split() for line in _run(url, "--to", "0006_customer_search_credit_constraints", "--plan").splitlines()
                    if line[:2] in ("+ ", "- ")]
            assert sorted(name for _, name in plan) == later and {sign for sign, _ in plan} == {"-"}
            _run(url, "--to", "0006_customer_search_credit_constraints")
            assert await connection.fetchval(
                "SELECT count(*) FROM pg_constraint WHERE conname = 'write_offs_approved_dated'") == 0
            assert "+ 0006_ledger_service_checks" in _run(url, "--plan")
            _run(url)
            assert await connection.fetchval(
                "SELECT count(*) FROM pg_constraint WHERE conname = 'write_offs_approved_dated'") == 1
        finally:
            await connection.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()


async def test_0020_unscored_fills_old_assessments_and_going_back_drops_the_unscored(db: str) -> None:
    """Up: assessments already stored become `scored` with nothing missing. Down: the unscored ones
    are deleted (no score to keep under NOT NULL), the scored ones stay."""
    database = f"migrate_{uuid.uuid4().hex[:8]}"
    admin = await _connect(db)
    await admin.execute(f'CREATE DATABASE "{database}"')
    url = _with_database(db, database)
    org, cust, scored, unscored = (uuid.uuid4() for _ in range(4))
    try:
        _run(url, "--to", "0019_documents")
        connection = await _connect(url)
        try:
            await connection.execute(
                "INSERT INTO organizations (id, name, base_currency, timezone, locale, created_at, updated_at) "
                "VALUES ($1, 'o', 'CNY', 'Asia/Shanghai', 'zh-CN', now(), now())", org)
            await connection.execute(
                "INSERT INTO customers (id, organization_id, code, legal_name, short_name, tax_number, industry, address, region, "
                "website, status, tags, notes, version, search_text, created_at, updated_at) "
                "VALUES ($1, $2, 'C1', 'c', '', '', '', '', '', '', 'active', '[]', '', 1, 'c', now(), now())", cust, org)
            await connection.execute(
                "INSERT INTO credit_assessments (id, organization_id, customer_id, method, as_of, score, grade, factors, inputs, "
                "fingerprint, created_at) VALUES ($1, $2, $3, 'manual', current_date, 64.30, 'B', '[]', '{}', 'a', now())",
                scored, org, cust)
            _run(url)
            row = await connection.fetchrow("SELECT status, missing::text, grade FROM credit_assessments WHERE id = $1", scored)
            assert tuple(row) == ("scored", "[]", "B")
            await connection.execute(
                "INSERT INTO credit_assessments (id, organization_id, customer_id, method, as_of, status, missing, factors, inputs, "
                "fingerprint, created_at) VALUES ($1, $2, $3, 'manual', current_date, 'insufficient_data', "
                "'[\"financials\", \"payment_history\", \"qualitative_profile\"]', '[]', '{}', 'b', now())",
                unscored, org, cust)
            _run(url, "--to", "0019_documents")
            assert [r["id"] for r in await connection.fetch("SELECT id FROM credit_assessments")] == [scored]
        finally:
            await connection.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()
