"""`huikuan`: serve | worker | scheduler | up | migrate | makemigrations | demo | createuser | snapshots-backfill."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import time

from pydantic import ValidationError

from .config import get_settings
from .db import close_orm, init_orm, migration_plan, resolve_database_url, run_migrations


def _setup_logging() -> None:
    from .logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)


def _ensure_embedded_broker() -> None:
    settings = get_settings()
    if settings.broker_url is None:
        from .worker.embedded import start_embedded_redis

        start_embedded_redis(settings)


async def _with_orm(coro_factory):  # type: ignore[no-untyped-def]
    settings = get_settings()
    await init_orm(resolve_database_url(settings), pool_max=2)
    try:
        return await coro_factory()
    finally:
        await close_orm()


def cmd_migrate(args: argparse.Namespace) -> None:
    url = resolve_database_url(get_settings())
    target = getattr(args, "to", None)
    if getattr(args, "plan", False):
        steps = asyncio.run(migration_plan(url, target))
        print("\n".join(steps) if steps else "nothing to do: the database is at the target")
        return
    asyncio.run(run_migrations(url, target))
    print(f"migrated to {target}" if target else "migrations applied")


def cmd_makemigrations(args: argparse.Namespace) -> None:
    from tortoise.cli.cli import run_cli_async

    argv = ["-c", "backend.db.TORTOISE_ORM", "makemigrations"] + (["--name", args.name] if args.name else [])
    raise SystemExit(asyncio.run(run_cli_async(argv)))


def _print_login(login) -> None:  # type: ignore[no-untyped-def]
    print("Demo login:")
    print(f"  email:    {login.email}")
    print(f"  password: {login.password}")
    print(f"  organizations: {', '.join(login.organizations)}")


def cmd_demo(_: argparse.Namespace) -> None:
    from .demo import load_demo

    _print_login(asyncio.run(_with_orm(load_demo)))


def cmd_reseal(_: argparse.Namespace) -> None:
    from .webhooks.sealing import reseal_stored_secrets

    print(f"{asyncio.run(_with_orm(reseal_stored_secrets))} webhook secrets sealed again under the first ENCRYPTION_KEYS key")


def cmd_createuser(args: argparse.Namespace) -> None:
    from .accounts.models import Role
    from .accounts.service import create_user_with_membership
    from .kit.errors import DomainError

    async def create():  # type: ignore[no-untyped-def]
        return await create_user_with_membership(
            email=args.email, password=args.password, organization_name=args.organization, role=Role(args.role)
        )

    try:
        user, org, membership = asyncio.run(_with_orm(create))
    except DomainError as exc:
        raise SystemExit(f"createuser: {exc}") from exc
    print(f"{user.email} is {membership.role.value} of {org.name} (organization id {org.id})")


def cmd_snapshots_backfill(args: argparse.Namespace) -> None:
    from datetime import date

    from .accounts.models import Organization
    from .analytics.snapshots import backfill

    start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    if end < start:
        raise SystemExit("snapshots-backfill: --to is before --from")

    async def run() -> list[tuple[str, int]]:
        query = Organization.all().order_by("name")
        if args.organization:
            query = query.filter(id=args.organization)
        return [(org.name, await backfill(org.id, start, end)) for org in await query]

    for name, days in asyncio.run(_with_orm(run)):
        print(f"{name}: {days} daily snapshots from {start} to {end}")


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from .app import create_app

    settings = get_settings()
    _ensure_embedded_broker()
    if args.migrate:
        cmd_migrate(args)
    uvicorn.run(
        create_app(settings),
        host=args.host or settings.host,
        port=settings.port,
        # The client address is taken from X-Forwarded-For by one rule, `client_ip` (TRUSTED_PROXY_COUNT).
        proxy_headers=False,
        log_config=None,
    )


def cmd_worker(args: argparse.Namespace) -> None:
    settings = get_settings()
    _ensure_embedded_broker()
    if settings.worker_metrics_port is not None:
        from .worker.broker import prometheus_environment

        environment = prometheus_environment(settings, settings.worker_metrics_port)
        # The multiprocess files of an earlier run would add their counts to this one's.
        shutil.rmtree(environment["dramatiq_prom_db"], ignore_errors=True)
        os.makedirs(environment["dramatiq_prom_db"])
        os.environ.update(environment)
    argv = [
        sys.executable, "-m", "dramatiq", "backend.worker.actors",
        "--processes", str(args.processes or settings.worker_processes),
        "--threads", str(args.threads or settings.worker_threads),
    ]
    os.execv(sys.executable, argv)


def cmd_scheduler(_: argparse.Namespace) -> None:
    _ensure_embedded_broker()
    from .worker.schedule import run_scheduler

    run_scheduler()


def cmd_up(args: argparse.Namespace) -> None:
    """Everything on one machine: embedded PostgreSQL and Redis unless configured, migrations,
    demo data on an empty database, then API + worker + scheduler as child processes."""
    from .demo import has_demo_data, load_demo

    settings = get_settings()
    env = dict(os.environ)
    env["DATABASE_URL"] = resolve_database_url(settings)
    if settings.broker_url is None:
        from .worker.broker import broker_url
        from .worker.embedded import start_embedded_redis

        start_embedded_redis(settings)
        env["BROKER_URL"] = broker_url(settings)
    asyncio.run(run_migrations(env["DATABASE_URL"]))

    async def demo_if_empty():  # type: ignore[no-untyped-def]
        from .accounts.models import Organization

        if not await Organization.exists():
            return await load_demo()
        return None

    async def seeded():  # type: ignore[no-untyped-def]
        await init_orm(env["DATABASE_URL"], pool_max=2)
        try:
            login = await demo_if_empty()
            return login, await has_demo_data()
        finally:
            await close_orm()

    login, has_demo = asyncio.run(seeded())
    if login is not None:
        _print_login(login)
    elif has_demo:
        from .demo import DEMO_EMAIL, DEMO_PASSWORD

        print(f"Demo login: {DEMO_EMAIL} / {DEMO_PASSWORD}")

    base = [sys.executable, "-m", "backend.cli"]
    port = str(settings.port)
    children = [
        subprocess.Popen([*base, "serve", "--port", port], env=env),
        subprocess.Popen([*base, "worker", "--processes", "1", "--threads", "2"], env=env),
        subprocess.Popen([*base, "scheduler"], env=env),
    ]
    print(f"Huikuan is running on http://{settings.host}:{port}/  (Ctrl-C stops it)", flush=True)

    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.5)
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
    failed = [c.args[3] for c in children if c.returncode not in (0, -signal.SIGTERM, None) and not stopping]
    if failed:
        raise SystemExit(f"stopped because {', '.join(failed)} exited")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="huikuan", description="Huikuan accounts-receivable service")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="serve the API and the SPA")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--migrate", action="store_true", help="apply migrations first")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="run Dramatiq workers")
    p.add_argument("--processes", type=int)
    p.add_argument("--threads", type=int)
    p.set_defaults(func=cmd_worker)

    sub.add_parser("scheduler", help="enqueue periodic jobs (run exactly one)").set_defaults(func=cmd_scheduler)

    p = sub.add_parser("up", help="embedded services + migrate + demo + API, worker and scheduler")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_up)

    p = sub.add_parser("migrate", help="apply database migrations (one process at a time: advisory lock)")
    p.add_argument("--to", metavar="NAME", help="migrate forwards or back to this migration, e.g. 0005_intake")
    p.add_argument("--plan", action="store_true", help="print what would be applied (+) or undone (-), change nothing")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("makemigrations", help="write a migration for model changes")
    p.add_argument("--name")
    p.set_defaults(func=cmd_makemigrations)

    sub.add_parser("demo", help="load demo data and print the login").set_defaults(func=cmd_demo)

    sub.add_parser("reseal", help="seal stored secrets again under the first ENCRYPTION_KEYS key").set_defaults(
        func=cmd_reseal
    )

    p = sub.add_parser("snapshots-backfill", help="take the daily analytics snapshots of past days (replacing those taken)")
    p.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--organization", help="one organization's id (default: every organization)")
    p.set_defaults(func=cmd_snapshots_backfill)

    p = sub.add_parser("createuser", help="create or update a user in an organization")
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--organization", required=True)
    p.add_argument("--role", required=True, choices=["owner", "admin", "finance", "collector", "sales", "auditor"])
    p.set_defaults(func=cmd_createuser)

    args = parser.parse_args(argv)
    if getattr(args, "port", None):
        # `--port` is PORT for this process and its children (the worker and scheduler of `up`
        # write links too): the settings, and PUBLIC_URL unless set, follow it.
        os.environ["PORT"] = str(args.port)
        get_settings.cache_clear()
    try:
        get_settings()
    except ValidationError as exc:
        raise SystemExit("huikuan: " + "; ".join(str(error["msg"]).removeprefix("Value error, ") for error in exc.errors()))
    _setup_logging()
    args.func(args)


if __name__ == "__main__":
    main()
