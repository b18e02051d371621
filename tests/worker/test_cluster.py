"""Issue 14: the production shape as real processes on one PostgreSQL and the test broker —
2 `huikuan serve` on different ports, 2 `huikuan worker`, 2 `huikuan scheduler`.

- Scheduled jobs run once per slot: only the leading scheduler enqueues; a missed slot is caught
  up once; when the leader is killed the other takes over and enqueues nothing twice; every
  scheduled job the workers ran matches one recorded slot.
- A job enqueued by replica A is done once, by either worker.
- An API process killed right after a commit loses no job: the outbox row is relayed by the
  leading scheduler and the job is done once. (The crash window, between the commit and the send
  to the broker, is pinned by giving replica B a broker address that does not answer: it commits,
  cannot send, and is then killed with SIGKILL.)
- A worker killed with SIGKILL in the middle of an import loses nothing: the job is taken again
  (the broker redelivers it, or the scheduler's requeue of stale imports sends it) and every row
  is applied once.

The workers' JSON log lines (`job done`, with the actor and the message id; an import's `claimed`
line, with its id) are how the test sees which process did what."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from backend.config import get_settings
from backend.customers.models import Customer
from backend.imports.models import ImportJob, ImportState
from backend.kit.time import utcnow
from backend.worker.broker import broker, broker_url
from backend.worker.schedule import SCHEDULE, latest_slot
from tests.fixtures.api import member
from tests.imports.files import csv_bytes

pytestmark = pytest.mark.worker

ROOT = Path(__file__).resolve().parents[2]
INVITE = "mutation($e: String!, $r: Role!) { memberInvite(email: $e, role: $r) { invitation { id } errors { code } } }"
IMPORT = "mutation($i: ImportStartInput!) { importStart(input: $i) { job { id } errors { code } } }"
SCHEDULED = {actor.actor_name for actor, _ in SCHEDULE}
CAUGHT_UP = "accounts.purge_expired_sessions"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    lines: list[str] = field(default_factory=list)

    def records(self) -> list[dict]:
        parsed = []
        for line in list(self.lines):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                parsed.append(record)
        return parsed

    def kill(self) -> None:
        """SIGKILL the process and its children (a dramatiq worker's processes): nothing is cleaned up."""
        for pid in [*_children(self.popen.pid), self.popen.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.popen.wait(timeout=20)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Cluster:
    api_a: str
    api_b: str
    processes: dict[str, Process]

    def done(self, actor: str, key: str = "job", value: str | None = None) -> list[dict]:
        """`job done` lines of `actor` in both workers' logs (optionally where `key` == `value`)."""
        return [
            record
            for name in ("worker1", "worker2")
            for record in self.processes[name].records()
            if record.get("job") == actor and str(record.get("event", "")).startswith("job done")
            and (value is None or record.get(key) == value)
        ]

    def claimed(self, import_job_id: str) -> list[str]:
        """The workers that claimed this import job, once per claim (its `claimed` log line)."""
        return [
            name
            for name in ("worker1", "worker2")
            for record in self.processes[name].records()
            if str(record.get("event", "")).startswith(f"import {import_job_id}: claimed")
        ]


def _start(name: str, args: list[str], env: dict[str, str]) -> Process:
    popen = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    process = Process(name, popen)

    def drain() -> None:
        for line in popen.stdout:  # type: ignore[union-attr]
            process.lines.append(line)

    threading.Thread(target=drain, daemon=True).start()
    return process


def _wait(predicate, timeout: float, what: str, processes: dict[str, Process] | None = None) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            logs = "".join(f"--- {p.name}\n{''.join(p.lines[-30:])}" for p in (processes or {}).values())
            raise AssertionError(f"timed out waiting for {what}\n{logs}")
        time.sleep(0.25)


async def _eventually(check, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not (result := await check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.25)
    return result


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


async def _gql(url: str, query: str, variables: dict, token: str, org: object) -> dict:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(
            f"{url}/graphql", json={"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {token}", "X-Organization": str(org)},
        )
    assert response.status_code == 200, response.text
    return response.json()["data"]


def _leaders(processes: dict[str, Process]) -> list[str]:
    return [name for name in ("scheduler1", "scheduler2") if any("leading the schedule" in line for line in processes[name].lines)]


def _standing_by(processes: dict[str, Process]) -> list[str]:
    return [name for name in ("scheduler1", "scheduler2") if any("another scheduler leads" in line for line in processes[name].lines)]


@pytest.fixture(scope="module")
async def cluster(db: str, smtp_server) -> Iterator[Cluster]:  # type: ignore[no-untyped-def]
    _, smtp_port = smtp_server
    connection = connections.get("default")
    # A clean slate: no job left by earlier tests in the broker or the outbox, no recorded slot;
    # one earlier run of CAUGHT_UP a day before its latest slot, so the leader catches that slot up.
    # No unfinished import either: earlier tests leave some (they ran without a worker), and the
    # leader's requeue of stale imports would send them to these workers as more `imports.run` jobs.
    await asyncio.to_thread(broker.flush_all)
    await connection.execute_query("DELETE FROM job_outbox")
    await connection.execute_query(
        "UPDATE import_jobs SET state = 'failed', lease_token = NULL, finished_at = now() WHERE state NOT IN ('succeeded', 'failed')"
    )
    await connection.execute_query("DELETE FROM scheduled_runs")
    trigger = next(trigger for actor, trigger in SCHEDULE if actor.actor_name == CAUGHT_UP)
    missed = latest_slot(trigger, utcnow())
    await connection.execute_query(
        "INSERT INTO scheduled_runs (job, slot) VALUES ($1, $2)", [CAUGHT_UP, missed - timedelta(days=1)]
    )

    env = dict(os.environ)
    env.update(
        DATABASE_URL=db, BROKER_URL=broker_url(get_settings()), PYTHONPATH=str(ROOT),
        SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp_port), LOG_FORMAT="json", LOG_LEVEL="INFO",
        # A worker killed mid-job: its jobs go back to the queue 10 s after its last heartbeat
        # (Redis broker; RabbitMQ redelivers when the connection drops). A live worker's idle
        # consumers beat about once a second: 10 s leaves room for a slow tick on two loaded
        # cores, where a live worker must not be taken for dead.
        BROKER_HEARTBEAT_MS="10000", BROKER_MAINTENANCE_CHANCE="1000000",
    )
    # Replica B's broker does not answer: it commits its jobs to the outbox and cannot send them.
    env_b = {**env, "BROKER_URL": f"unix://{ROOT / 'var' / 'test' / 'no-broker.sock'}"}
    port_a, port_b = _free_port(), _free_port()
    processes = {
        "api_a": _start("api_a", ["serve", "--port", str(port_a)], env),
        "api_b": _start("api_b", ["serve", "--port", str(port_b)], env_b),
        "worker1": _start("worker1", ["worker", "--processes", "1", "--threads", "2"], env),
        "worker2": _start("worker2", ["worker", "--processes", "1", "--threads", "2"], env),
        "scheduler1": _start("scheduler1", ["scheduler"], env),
        "scheduler2": _start("scheduler2", ["scheduler"], env),
    }
    try:
        api_a, api_b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        _wait(lambda: _healthy(api_a) and _healthy(api_b), 90, "both API replicas", processes)
        for name in ("worker1", "worker2"):
            _wait(lambda name=name: any("ready for action" in line for line in processes[name].lines), 90,
                  f"{name} to start", processes)
        _wait(lambda: len(_leaders(processes)) == 1 and len(_standing_by(processes)) == 1, 60,
              "one scheduler to lead and the other to stand by", processes)
        yield Cluster(api_a, api_b, processes)
    finally:
        for process in processes.values():
            process.stop()
        await asyncio.to_thread(broker.flush_all)
        await connection.execute_query("DELETE FROM scheduled_runs")


async def test_a_job_enqueued_by_replica_a_is_done_once_by_either_worker(cluster, gql, smtp_server):
    inbox, _ = smtp_server
    owner = await member(gql)
    data = await _gql(cluster.api_a, INVITE, {"e": "cluster-a@example.com", "r": "ADMIN"}, owner.token, owner.org.id)
    assert data["memberInvite"]["errors"] == []
    inbox.wait_for(lambda message: message["To"] == "cluster-a@example.com", timeout=60)
    _wait(lambda: len(cluster.done("accounts.send_invitation")) >= 1, 30, "the invitation job", cluster.processes)
    time.sleep(2)
    assert len(cluster.done("accounts.send_invitation")) == 1
    assert sum(message["To"] == "cluster-a@example.com" for message in inbox.messages) == 1


async def test_an_api_process_killed_after_its_commit_loses_no_job(cluster, gql, smtp_server):
    inbox, _ = smtp_server
    owner = await member(gql)
    data = await _gql(cluster.api_b, INVITE, {"e": "cluster-b@example.com", "r": "ADMIN"}, owner.token, owner.org.id)
    assert data["memberInvite"]["errors"] == []
    # Committed with its job's outbox row; the send failed; the process dies before anything else.
    outbox = await connections.get("default").execute_query_dict("SELECT message_id FROM job_outbox")
    assert len(outbox) == 1
    cluster.processes["api_b"].kill()
    assert not any(message["To"] == "cluster-b@example.com" for message in inbox.messages)
    # The relay takes rows over after a grace period (a minute), shortened here; it runs every 15 s.
    await connections.get("default").execute_query("UPDATE job_outbox SET relay_after = now()")
    inbox.wait_for(lambda message: message["To"] == "cluster-b@example.com", timeout=60)
    message_id = str(outbox[0]["message_id"])
    _wait(lambda: len(cluster.done("accounts.send_invitation", "message_id", message_id)) == 1, 30,
          "the relayed job", cluster.processes)
    time.sleep(2)
    assert len(cluster.done("accounts.send_invitation", "message_id", message_id)) == 1
    assert sum(message["To"] == "cluster-b@example.com" for message in inbox.messages) == 1
    assert await connections.get("default").execute_query_dict("SELECT 1 FROM job_outbox") == []


class Rollback(Exception):
    pass


async def test_a_worker_killed_mid_job_loses_nothing_and_applies_nothing_twice(cluster, gql):
    owner = await member(gql)
    codes = [f"CLU{n}" for n in range(5)]
    content = csv_bytes([["客户编码", "客户名称"], *[[code, f"集群测试{code}有限公司"] for code in codes]])

    # An open transaction holds one of the file's codes: the worker that takes the import blocks
    # on it in the middle of its transaction, and is killed there.
    holding, release = asyncio.Event(), asyncio.Event()

    async def hold_a_code() -> None:
        try:
            async with in_transaction():
                await Customer.create(organization_id=owner.org.id, code=codes[2], legal_name="占位")
                holding.set()
                await release.wait()
                raise Rollback
        except Rollback:
            pass

    holder = asyncio.create_task(hold_a_code())
    await asyncio.wait_for(holding.wait(), 10)
    workers = {name: cluster.processes[name] for name in ("worker1", "worker2")}
    try:
        data = await _gql(cluster.api_a, IMPORT, {"i": {
            "kind": "CUSTOMERS", "fileName": "客户.csv", "contentBase64": base64.b64encode(content).decode(),
        }}, owner.token, owner.org.id)
        assert data["importStart"]["errors"] == []
        job_id = data["importStart"]["job"]["id"]

        async def importing() -> bool:
            return (await ImportJob.get(id=job_id)).state is ImportState.IMPORTING

        await _eventually(importing, 60, "a worker to start importing")
        _wait(lambda: cluster.claimed(job_id), 30, "the import's claim line", workers)
        await asyncio.sleep(1)
        claims = cluster.claimed(job_id)
        assert len(claims) == 1, f"the import was claimed by {claims} while its first run was alive"
        doomed = claims[0]
        survivor = "worker2" if doomed == "worker1" else "worker1"
        cluster.processes[doomed].kill()
    finally:
        # Released even when the test fails here: a held code would keep an orphaned session
        # waiting on it, and later tests would count that session as theirs.
        release.set()
        await holder

    # The dead worker's lease runs a minute; shortened here once its session is gone (nothing it
    # did is committed), so the redelivered message or the scheduler's requeue can take the job.
    async def dead_session_gone() -> bool:
        rows = await connections.get("default").execute_query_dict(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return rows[0]["n"] == 0

    await _eventually(dead_session_gone, 30, "the dead worker's session to end")
    await connections.get("default").execute_query(
        "UPDATE import_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = $1", [job_id]
    )

    async def finished() -> ImportJob | None:
        job = await ImportJob.get(id=job_id)
        return job if job.state in (ImportState.SUCCEEDED, ImportState.FAILED) else None

    job = await _eventually(finished, 100, "the import to be taken again and finish")
    assert job.state is ImportState.SUCCEEDED
    customers = await Customer.filter(organization_id=owner.org.id).order_by("code").values_list("code", flat=True)
    assert customers == sorted(codes)
    assert sorted(cluster.claimed(job_id)) == sorted([doomed, survivor])  # once by each


async def test_scheduled_jobs_run_once_per_slot_across_schedulers_and_a_leader_crash(cluster):
    connection = connections.get("default")
    # The leader caught up the missed slot of CAUGHT_UP once.
    _wait(lambda: len(cluster.done(CAUGHT_UP)) >= 1, 30, "the caught-up job", cluster.processes)
    [leader] = _leaders(cluster.processes)
    [standby_name] = _standing_by(cluster.processes)
    standby = cluster.processes[standby_name]
    assert not any("leading the schedule" in line for line in standby.lines)

    cluster.processes[leader].kill()
    _wait(lambda: any("leading the schedule" in line for line in standby.lines), 45,
          "the standby scheduler to take the lead", cluster.processes)
    # Let the new leader's catch-up and anything it enqueued be done.
    time.sleep(3)
    _wait(lambda: broker_idle(), 30, "the queues to drain", cluster.processes)
    time.sleep(2)

    runs = await connection.execute_query_dict("SELECT job, count(*) AS n FROM scheduled_runs GROUP BY job")
    slots = {row["job"]: row["n"] for row in runs}
    assert slots[CAUGHT_UP] == 2  # the seeded earlier run and the one caught-up slot
    assert len(cluster.done(CAUGHT_UP)) == 1
    # Every scheduled job the workers ran is one recorded slot (the minute tick included, when
    # the test spanned a minute boundary), whichever scheduler enqueued it.
    for job in SCHEDULED - {CAUGHT_UP}:
        assert len(cluster.done(job)) == slots.get(job, 0), job


def broker_idle() -> bool:
    from backend.worker.broker import queue_depths

    return sum(queue_depths().values()) == 0
