"""Acceptance 2 and 3: a reminder is claimed (and committed) before it is sent, so a crash between
claiming and sending, or between sending and recording, never produces a second message for the
same (customer, stage, day); two workers racing send once; failures are retried with backoff and
surfaced. Emails really reach an SMTP server (aiosmtpd), one per customer, in the contact's language."""

from __future__ import annotations

import asyncio
import smtplib
from datetime import date, timedelta
from email.header import decode_header, make_header

import pytest

from backend.collections import reminders
from backend.collections.models import ClaimStatus, CollectionAction, ReminderClaim
from backend.collections.reminders import MAX_ATTEMPTS, SENDING_LEASE, claim_due, message_id_for, run_organization
from backend.config import get_settings
from backend.notifications.mail import SmtpMailer
from backend.accounts.models import Role
from backend.kit.errors import DomainError
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, policy, staff, utc

DAY = date(2026, 11, 3)
NOW = utc(2026, 11, 3, 1, 5)  # 09:05 in Shanghai


def _subject(message) -> str:  # type: ignore[no-untyped-def]
    return str(make_header(decode_header(message["Subject"])))


class Crash(BaseException):
    """The process dies here: nothing after this point runs."""


async def _one_due(**kwargs):
    org, owner = await org_with_owner("Asia/Shanghai")
    await policy(owner, (0,))
    cust = await customer(org, **kwargs)
    await invoice(org, cust, total="1000.00", due=DAY)
    return org, cust


async def test_crash_between_claim_and_send_sends_once_later():
    org, cust = await _one_due()
    outbox = Outbox()
    claimed = await claim_due(org.id, NOW)  # the process dies right after the claim committed
    assert len(claimed) == 1
    claim = await ReminderClaim.get(id=claimed[0])
    assert claim.status is ClaimStatus.CLAIMED and outbox.messages == []
    for minute in range(5):
        await run_organization(org.id, NOW + timedelta(minutes=10 * minute), mailer=outbox)
    assert len(outbox.messages) == 1
    assert outbox.messages[0]["Message-ID"] == message_id_for(claim.id)
    await claim.refresh_from_db()
    assert claim.status is ClaimStatus.SENT and claim.attempts == 1
    assert await CollectionAction.filter(claim_id=claim.id).count() == 1


async def test_crash_between_send_and_record_never_sends_again(monkeypatch):
    org, cust = await _one_due()
    outbox = Outbox()

    async def die(*args, **kwargs):
        raise Crash

    monkeypatch.setattr(reminders, "mark_sent", die)
    with pytest.raises(Crash):
        await run_organization(org.id, NOW, mailer=outbox)
    monkeypatch.undo()
    assert len(outbox.messages) == 1
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.SENDING

    # Reruns the same day, during the lease and after it: the message is never sent again; the
    # claim is surfaced for a person instead.
    for later in (timedelta(minutes=5), SENDING_LEASE + timedelta(minutes=1), timedelta(hours=3), timedelta(hours=5)):
        await run_organization(org.id, NOW + later, mailer=outbox)
    assert len(outbox.messages) == 1
    await claim.refresh_from_db()
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert await CollectionAction.filter(claim_id=claim.id).count() == 0


async def test_a_person_settles_an_unconfirmed_reminder(monkeypatch):
    outbox = Outbox()

    async def die(*args, **kwargs):
        raise Crash

    orgs = []
    for _ in range(2):
        org, cust = await _one_due()
        monkeypatch.setattr(reminders, "mark_sent", die)
        with pytest.raises(Crash):
            await run_organization(org.id, NOW, mailer=outbox)
        monkeypatch.undo()
        await run_organization(org.id, NOW + SENDING_LEASE * 2, mailer=outbox)
        orgs.append((org, await ReminderClaim.get(customer_id=cust.id)))
    assert len(outbox.messages) == 2

    (org_a, claim_a), (org_b, claim_b) = orgs
    owner_a = await staff(org_a, Role.OWNER)
    collector = await staff(org_a, Role.COLLECTOR)
    with pytest.raises(DomainError) as refused:
        await reminders.resolve_reminder(collector[0], claim_a.id, delivered=True)
    assert refused.value.errors[0].code.value == "NOT_ASSIGNED"
    # The recipient confirms it arrived: recorded as sent, with its action; nothing is sent.
    settled = await reminders.resolve_reminder(owner_a[0], claim_a.id, delivered=True)
    assert settled.status is ClaimStatus.SENT and await CollectionAction.filter(claim_id=claim_a.id).count() == 1
    with pytest.raises(DomainError):
        await reminders.resolve_reminder(owner_a[0], claim_a.id, delivered=True)
    # It never arrived: sent again, with the same Message-ID.
    owner_b = await staff(org_b, Role.OWNER)
    await reminders.resolve_reminder(owner_b[0], claim_b.id, delivered=False)
    await run_organization(org_b.id, NOW + timedelta(hours=1), mailer=outbox)
    assert len(outbox.messages) == 3 and outbox.messages[2]["Message-ID"] == outbox.messages[1]["Message-ID"] == claim_b.message_id
    assert (await ReminderClaim.get(id=claim_b.id)).status is ClaimStatus.SENT


async def test_two_workers_racing_send_once():
    org, cust = await _one_due()
    outbox = Outbox()
    await asyncio.gather(*(run_organization(org.id, NOW, mailer=outbox) for _ in range(4)))
    assert len(outbox.messages) == 1
    assert await ReminderClaim.filter(customer_id=cust.id).count() == 1
    assert await CollectionAction.filter(customer_id=cust.id).count() == 1


class Refusing:
    """An SMTP server that answers 451 (try again later) for a while, then accepts."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.delivered = Outbox()

    async def send(self, message) -> None:  # type: ignore[no-untyped-def]
        if self.failures > 0:
            self.failures -= 1
            raise smtplib.SMTPDataError(451, b"4.3.0 try again later")
        await self.delivered.send(message)


async def test_delivery_failures_are_retried_with_backoff_then_surfaced():
    org, cust = await _one_due()
    server = Refusing(failures=2)
    [first] = await run_organization(org.id, NOW, mailer=server)
    assert first.status is ClaimStatus.RETRY and first.retry_at == NOW + timedelta(minutes=5)
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert "451" in claim.last_error
    # Not before its time; then 10 minutes after the second failure; then delivered, same Message-ID.
    assert await run_organization(org.id, NOW + timedelta(minutes=4), mailer=server) == []
    [second] = await run_organization(org.id, NOW + timedelta(minutes=5), mailer=server)
    assert second.retry_at == NOW + timedelta(minutes=15)
    [third] = await run_organization(org.id, NOW + timedelta(minutes=15), mailer=server)
    assert third.status is ClaimStatus.SENT
    assert [m["Message-ID"] for m in server.delivered.messages] == [message_id_for(claim.id)]

    org2, cust2 = await _one_due()
    never = Refusing(failures=100)
    now = NOW
    for _ in range(MAX_ATTEMPTS + 2):
        await run_organization(org2.id, now, mailer=never)
        now += timedelta(days=1)  # 09:05 each day, past every backoff
    claim2 = await ReminderClaim.get(customer_id=cust2.id)
    assert claim2.status is ClaimStatus.FAILED and claim2.attempts == MAX_ATTEMPTS


async def test_retries_wait_for_the_end_of_the_quiet_hours():
    org, cust = await _one_due()  # quiet 20:00-08:00 in Shanghai
    evening = utc(2026, 11, 3, 11, 58)  # 19:58
    [first] = await run_organization(org.id, evening, mailer=Refusing(failures=1))
    assert first.status is ClaimStatus.RETRY
    server = Refusing(failures=0)
    for at in (utc(2026, 11, 3, 12, 5), utc(2026, 11, 3, 18, 5), utc(2026, 11, 3, 23, 5)):  # 20:05, 02:05, 07:05
        assert await run_organization(org.id, at, mailer=server) == []
    [sent] = await run_organization(org.id, utc(2026, 11, 4, 0, 5), mailer=server)  # 08:05
    assert sent.status is ClaimStatus.SENT and len(server.delivered.messages) == 1


class NoSuchMailbox:
    async def send(self, message) -> None:  # type: ignore[no-untyped-def]
        raise smtplib.SMTPRecipientsRefused({message["To"]: (550, b"5.1.1 no such mailbox")})


async def test_a_permanent_refusal_is_surfaced_at_once():
    org, cust = await _one_due()
    [result] = await run_organization(org.id, NOW, mailer=NoSuchMailbox())
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert result.status is ClaimStatus.FAILED and claim.status is ClaimStatus.FAILED and claim.attempts == 1
    assert "no such mailbox" in claim.last_error


async def test_emails_arrive_over_smtp_one_per_customer_in_the_contacts_language(smtp_server):
    inbox, port = smtp_server
    org, owner = await org_with_owner("Asia/Shanghai", name="上海回款示范有限公司")
    await policy(owner, (0,))
    english = await customer(org, language="en", email="ap@globex.example", legal_name="Globex Trading Ltd")
    chinese = await customer(org, language="zh-CN", email="caiwu@hongda.example", legal_name="宏达贸易有限公司")
    e1 = await invoice(org, english, total="1200.00", due=DAY)
    e2 = await invoice(org, english, total="300.50", due=DAY, currency="CNY")
    z1 = await invoice(org, chinese, total="88000.00", due=DAY)
    mailer = SmtpMailer(get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port}))

    await run_organization(org.id, NOW, mailer=mailer)
    await run_organization(org.id, NOW + timedelta(hours=1), mailer=mailer)

    to_english = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "ap@globex.example")
    to_chinese = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "caiwu@hongda.example")
    assert len([m for m in inbox.messages if m["To"] in ("ap@globex.example", "caiwu@hongda.example")]) == 2

    text = to_english.get_payload(decode=True).decode()
    assert _subject(to_english) == "[上海回款示范有限公司] Payment reminder: Globex Trading Ltd"
    assert to_english["Content-Language"] == "en"
    assert e1.number in text and e2.number in text
    assert "total CNY 1,500.50" in text and "Invoice\tDue date" in text
    assert "Pay: https://pay.example.com/acme" in text

    zh = to_chinese.get_payload(decode=True).decode()
    assert _subject(to_chinese) == "【上海回款示范有限公司】付款提醒：宏达贸易有限公司"
    assert z1.number in zh and "合计 CNY 88,000.00" in zh and "发票号\t到期日" in zh
    claim = await ReminderClaim.get(customer_id=chinese.id)
    assert to_chinese["Message-ID"] == claim.message_id
