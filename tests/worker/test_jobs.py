"""Jobs are sent only after their transaction commits, and a real worker processes them."""

from __future__ import annotations

import asyncio
import time

import pytest

from backend.accounts import service
from backend.accounts.actor import Actor
from backend.accounts.models import Invitation, Role
from backend.accounts.permissions import ROLE_PERMISSIONS
from backend.audit.models import ActorType
from backend.config import get_settings
from backend.kit.uow import savepoint, unit_of_work
from tests.fixtures.api import create_organization, create_user, add_member

pytestmark = pytest.mark.worker


class Boom(Exception):
    pass


async def _owner_actor():
    org = await create_organization()
    user = await create_user()
    await add_member(org, user, Role.OWNER)
    return Actor(
        actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, role=Role.OWNER,
        permissions=ROLE_PERMISSIONS[Role.OWNER],
    )


async def test_rolled_back_job_is_never_delivered_and_committed_one_is(worker_process, smtp_server):
    inbox, _ = smtp_server
    actor = await _owner_actor()

    with pytest.raises(Boom):
        async with unit_of_work():
            await service.invite_member(get_settings(), actor, email="rolled-back@example.com", role=Role.FINANCE)
            raise Boom
    assert not await Invitation.filter(email="rolled-back@example.com").exists()

    await service.invite_member(get_settings(), actor, email="committed@example.com", role=Role.COLLECTOR)
    delivered = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "committed@example.com")
    assert "/invitation/" in delivered.get_payload(decode=True).decode()

    # The committed job was processed; give the rolled-back one every chance to show up.
    await asyncio.sleep(2)
    assert not [m for m in inbox.messages if m["To"] == "rolled-back@example.com"]


async def test_savepoint_rollback_drops_only_its_jobs(worker_process, smtp_server):
    inbox, _ = smtp_server
    actor = await _owner_actor()
    async with unit_of_work():
        await service.invite_member(get_settings(), actor, email="outer@example.com", role=Role.SALES)
        with pytest.raises(Boom):
            async with savepoint():
                await service.invite_member(get_settings(), actor, email="inner@example.com", role=Role.SALES)
                raise Boom
    await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "outer@example.com")
    started = time.monotonic()
    await asyncio.sleep(max(0.0, 2 - (time.monotonic() - started)))
    assert not [m for m in inbox.messages if m["To"] == "inner@example.com"]
    assert not await Invitation.filter(email="inner@example.com").exists()


async def test_nested_unit_of_work_joins_its_caller_and_fails_with_it(worker_process, smtp_server):
    inbox, _ = smtp_server
    actor = await _owner_actor()
    with pytest.raises(Boom):
        async with unit_of_work():
            await service.invite_member(get_settings(), actor, email="joined-outer@example.com", role=Role.SALES)
            async with unit_of_work():
                await service.invite_member(get_settings(), actor, email="joined-inner@example.com", role=Role.SALES)
            raise Boom
    assert not await Invitation.filter(email__in=["joined-outer@example.com", "joined-inner@example.com"]).exists()
    await asyncio.sleep(2)
    assert not [m for m in inbox.messages if m["To"].startswith("joined-")]
