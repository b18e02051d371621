"""Acceptance 2 with a real process: a worker killed (SIGKILL) after the SMTP server accepted the
reminder but before the worker recorded it never causes a second message; the claim is surfaced
for a person instead. The SMTP server (aiosmtpd) keeps the message, then holds its answer until
the worker is dead."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta

from aiosmtpd.controller import Controller

from backend.collections.models import ClaimStatus, CollectionAction, ReminderClaim
from backend.collections.reminders import SENDING_LEASE, run_organization
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, policy, utc
from tests.fixtures.worker import ROOT

NOW = utc(2026, 11, 3, 1, 5)  # 09:05 in Shanghai

WORKER = """
import asyncio, sys, uuid
from datetime import datetime
from backend.db import init_orm
from backend.collections.reminders import run_organization

async def main():
    await init_orm(sys.argv[1])
    await run_organization(uuid.UUID(sys.argv[2]), datetime.fromisoformat(sys.argv[3]))

asyncio.run(main())
"""


class SlowToAnswer:
    """Accepts the message, then waits before saying 250: the sender dies in between."""

    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # aiosmtpd hook
        self.received.append(envelope.content)
        await asyncio.sleep(30)
        return "250 Message accepted for delivery"


async def test_a_worker_killed_after_the_server_took_the_message_never_sends_it_again(db):
    org, owner = await org_with_owner("Asia/Shanghai")
    await policy(owner, (0,))
    cust = await customer(org, email="ap@killed.example")
    await invoice(org, cust, total="1000.00", due=date(2026, 11, 3))

    handler = SlowToAnswer()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    env = {**os.environ, "DATABASE_URL": db, "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "PYTHONPATH": ROOT}
    worker = subprocess.Popen([sys.executable, "-c", WORKER, db, str(org.id), NOW.isoformat()], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while not handler.received:
            assert worker.poll() is None, "the worker ended before sending"
            assert time.monotonic() < deadline, "the worker never sent"
            await asyncio.sleep(0.1)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
        controller.stop()

    assert len(handler.received) == 1
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.SENDING and claim.attempts == 1
    assert f"Message-ID: {claim.message_id}".encode() in handler.received[0]

    # The next runs, the same day: nothing is sent again; after the lease, a person is asked.
    outbox = Outbox()
    for later in (timedelta(minutes=1), SENDING_LEASE + timedelta(minutes=1), timedelta(hours=2)):
        await run_organization(org.id, NOW + later, mailer=outbox)
    assert outbox.messages == []
    await claim.refresh_from_db()
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert not await CollectionAction.filter(claim_id=claim.id).exists()
