"""The transactional outbox: a job exists exactly when its transaction committed, and a process
that dies between the commit and the send loses nothing: the relay sends the job later, once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tortoise import connections

from backend.accounts.tasks import purge_sessions
from backend.kit import uow
from backend.kit.uow import enqueue, relay_outbox, savepoint, unit_of_work

pytestmark = pytest.mark.worker

ROOT = Path(__file__).resolve().parents[2]


class Boom(Exception):
    pass


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message ids handed to the (real) broker."""
    ids: list[str] = []
    real = uow._send_all

    def recording(messages):  # type: ignore[no-untyped-def]
        real(messages)
        ids.extend(m.message_id for m in messages)

    monkeypatch.setattr(uow, "_send_all", recording)
    return ids


async def _outbox() -> list[dict]:
    return await connections.get("default").execute_query_dict("SELECT message_id::text AS id, relay_after FROM job_outbox")


async def _make_relayable() -> None:
    await connections.get("default").execute_query("UPDATE job_outbox SET relay_after = now() - interval '1 second'")


async def test_committed_jobs_are_sent_and_their_rows_deleted_rolled_back_ones_never_exist(db, sent):
    await connections.get("default").execute_query("DELETE FROM job_outbox")
    with pytest.raises(Boom):
        async with unit_of_work():
            await enqueue(purge_sessions)
            raise Boom
    async with unit_of_work():
        await enqueue(purge_sessions)
        with pytest.raises(Boom):
            async with savepoint():
                await enqueue(purge_sessions)
                raise Boom
    assert len(sent) == 1
    assert await _outbox() == []


async def test_a_job_the_broker_did_not_take_is_relayed_once(db, sent, monkeypatch):
    await connections.get("default").execute_query("DELETE FROM job_outbox")

    def broker_down(messages):  # type: ignore[no-untyped-def]
        raise ConnectionError("broker unreachable")

    with monkeypatch.context() as patch:
        patch.setattr(uow, "_send_all", broker_down)
        async with unit_of_work():
            await enqueue(purge_sessions)
    (row,) = await _outbox()
    # Within its grace period the row belongs to the process that committed it.
    assert await relay_outbox() == 0
    await _make_relayable()
    # Two relays at once (two schedulers): SKIP LOCKED gives the row to one of them.
    assert sorted(await asyncio.gather(relay_outbox(), relay_outbox())) == [0, 1]
    assert sent == [row["id"]]
    assert await _outbox() == []


CRASHING_API = """
import asyncio, os, signal, sys
sys.path.insert(0, {root!r})
from backend.db import init_orm
from backend.kit import uow
from backend.accounts import service
from backend.accounts.actor import Actor
from backend.accounts.models import Role
from backend.accounts.permissions import ROLE_PERMISSIONS
from backend.audit.models import ActorType
from backend.config import get_settings
from tests.fixtures.api import create_organization, create_user, add_member

async def main():
    await init_orm(os.environ["DATABASE_URL"])
    org = await create_organization()
    user = await create_user()
    await add_member(org, user, Role.OWNER)
    actor = Actor(actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, role=Role.OWNER,
                  permissions=ROLE_PERMISSIONS[Role.OWNER])
    # Killed right after the commit, before the job reaches the broker.
    uow._send_all = lambda messages: os.kill(os.getpid(), signal.SIGKILL)
    await service.invite_member(get_settings(), actor, email="after-crash@example.com", role=Role.FINANCE)

asyncio.run(main())
"""


async def test_an_api_process_killed_right_after_its_commit_loses_no_job(db, worker_process, smtp_server, sent):
    inbox, _ = smtp_server
    await connections.get("default").execute_query("DELETE FROM job_outbox")
    env = dict(os.environ, DATABASE_URL=db, PYTHONPATH=str(ROOT))
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", CRASHING_API.format(root=str(ROOT)), env=env, cwd=ROOT)
    assert await process.wait() == -9
    (row,) = await _outbox()
    await _make_relayable()
    assert await relay_outbox() == 1
    delivered = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "after-crash@example.com")
    assert "/invitation/" in delivered.get_payload(decode=True).decode()
    assert await relay_outbox() == 0
    await asyncio.sleep(1)
    assert len([m for m in inbox.messages if m["To"] == "after-crash@example.com"]) == 1
    assert sent == [row["id"]]
