"""The reminder worker's rules: which (installment part, stage) pairs are due on an organization's
local day, claiming them once, sending, and recording what happened.

Three steps, each in its own transaction, so a crash anywhere leaves a state the next run reads:
1. claim: the due pairs are found with one set-based query and written, grouped per customer
   (one message per customer, stage and local day), under unique keys; committed before any send.
2. send: a claim is moved to `sending` (committed) and its message sent with the claim's own
   Message-ID; nothing else may pick it up meanwhile (row lock, then the status).
3. record: the claim becomes `sent` and a collection action is written, in one transaction.
A claim left in `sending` (the process died between 2 and 3) is never sent again automatically:
after a lease it becomes `unconfirmed`, for a person to check (docs/collections.md).
"""

from __future__ import annotations

import logging
import smtplib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..config import get_settings
from ..customers.models import Contact
from ..invoices.balances import PARTS_AS_OF_SQL
from ..kit.errors import DomainError
from ..kit.time import local_today, utcnow
from ..kit.uow import unit_of_work
from ..notifications.mail import Mailer, build_message, get_mailer
from ..notifications.sms import SmsNotConfigured, SmsRefused, SmsSender, get_sms_sender
from .errors import CollectionsErrorCode as Code
from .models import (
    ActionChannel,
    ClaimStatus,
    CollectionAction,
    CollectionActionInvoice,
    Direction,
    DunningChannel,
    DunningPolicy,
    DunningStage,
    Outcome,
    ReminderClaim,
)
from .plans import settle_plans
from .service import PAUSE_IN_FORCE_SQL, assigned_customer, settle_promises
from .templates import LANGUAGES, render

log = logging.getLogger(__name__)

# A stage whose day falls on a weekday the policy does not send on goes out on the next allowed
# day; never later than this many days after its own day.
MAX_DEFERRAL_DAYS = 6
# An attempt that has not reported back after this long is taken as lost (SMTP times out at 30 s).
SENDING_LEASE = timedelta(minutes=15)
MAX_ATTEMPTS = 6
FIRST_BACKOFF = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=6)

TASK_CHANNELS: dict[DunningChannel, ActionChannel] = {
    DunningChannel.PHONE_TASK: ActionChannel.CALL,
    DunningChannel.LETTER: ActionChannel.LETTER,
    DunningChannel.VISIT_TASK: ActionChannel.VISIT,
    DunningChannel.LEGAL_REFERRAL: ActionChannel.LEGAL,
}
MESSAGE_ACTION_CHANNEL = {DunningChannel.EMAIL: ActionChannel.EMAIL, DunningChannel.SMS: ActionChannel.SMS}


# --- when ------------------------------------------------------------------------------------


def sending_now(policy: DunningPolicy, local: datetime) -> bool:
    """Whether the policy may send at this local time: an allowed weekday, outside quiet hours.
    Quiet hours [start, end) may wrap midnight (20 → 9: nothing from 20:00 to 08:59)."""
    if local.isoweekday() not in policy.allowed_weekdays:
        return False
    start, end = policy.quiet_hours_start, policy.quiet_hours_end
    if start is None or end is None or start == end:
        return True
    hour = local.hour
    quiet = start <= hour < end if start < end else (hour >= start or hour < end)
    return not quiet


def fire_dates(policy: DunningPolicy, today: date) -> list[date]:
    """The stage days that go out today: today, and the days just before it on which the policy
    does not send (their stages were deferred to today, the first allowed day after them)."""
    dates = [today]
    day = today - timedelta(days=1)
    while day.isoweekday() not in policy.allowed_weekdays and len(dates) <= MAX_DEFERRAL_DAYS:
        dates.append(day)
        day -= timedelta(days=1)
    return dates


@dataclass(frozen=True)
class StageFiring:
    """A stage going out on a local day for the parts due on `due_date` (= `stage_day` − offset);
    `stage_day` is before the day when the stage fell on a day the policy does not send on."""

    stage: DunningStage
    stage_day: date
    due_date: date


def firings(policy: DunningPolicy, stages: Sequence[DunningStage], today: date) -> list[StageFiring]:
    """The due-stage rule: what the policy's stages send on the local day `today` — nothing on a
    day it does not send on; else each stage, for the parts whose stage day is today or one of the
    days off just before it. The worker (at a tick outside quiet hours) and the calendar use it."""
    if today.isoweekday() not in policy.allowed_weekdays:
        return []
    return [
        StageFiring(stage, day, day - timedelta(days=stage.offset_days))
        for stage in stages if stage.policy_id == policy.id
        for day in fire_dates(policy, today)
    ]


# --- step 1: claim -----------------------------------------------------------------------------

# The invoices with a part due on one of the dates $2 (candidates: the parts themselves, and what is
# open in them, come from the shared definition below). Invoices without installments are found by
# their own due date, among the statuses OPEN_AS_OF_SQL counts (not draft, not void), which the
# (organization, status, due date) index serves.
DUE_INVOICES_SQL = """
SELECT q.invoice_id FROM invoice_installments q WHERE q.organization_id = $1 AND q.due_date = ANY($2::date[])
UNION
SELECT i.id FROM invoices i
WHERE i.organization_id = $1 AND i.status IN ('issued', 'partially_paid', 'paid', 'written_off') AND i.due_date = ANY($2::date[])
"""

# The parts of those invoices open as of the organization's today, by the one definition of
# backend/invoices/balances.py (PARTS_AS_OF_SQL: $1 organization, $2 today, $3 the candidate
# invoice ids, $4 and $5 null), joined to the stages firing on their due dates ($6–$8; $9 the
# default policy). Materialized first, so the rest is looked up per part due.
SCAN_SQL = f"""
WITH fire AS (
    SELECT * FROM unnest($6::uuid[], $7::int[], $8::date[]) AS f(policy_id, offset_days, due_date)
),
due AS MATERIALIZED (
    SELECT p.id, p.customer_id, p.sequence, p.due_date, p.open, p.base, p.days_past_due, f.policy_id, f.offset_days
    FROM ({PARTS_AS_OF_SQL}) p JOIN fire f ON f.due_date = p.due_date
)
SELECT p.id AS invoice_id, p.customer_id, i.number, i.currency, p.sequence, p.due_date, p.open, p.base,
       p.days_past_due, p.policy_id, p.offset_days
FROM due p
JOIN customers c ON c.id = p.customer_id
JOIN invoices i ON i.id = p.id
LEFT JOIN credit_policies cp ON cp.organization_id = $1 AND cp.grade = c.grade
WHERE NOT i.disputed
  AND COALESCE(cp.dunning_policy_id, $9::uuid) = p.policy_id
  AND NOT EXISTS (SELECT 1 FROM dunning_pauses dp
                  WHERE dp.organization_id = $1 AND dp.customer_id = c.id AND {PAUSE_IN_FORCE_SQL.format(day="$2")})
  AND NOT EXISTS (SELECT 1 FROM promises_to_pay pr WHERE pr.organization_id = $1 AND pr.customer_id = c.id AND pr.status = 'open')
  AND NOT EXISTS (SELECT 1 FROM dispute_invoices di JOIN disputes d ON d.id = di.dispute_id
                  WHERE di.invoice_id = p.id AND d.status = 'open')
  AND NOT EXISTS (SELECT 1 FROM payment_plan_invoices ppi JOIN payment_plans pl ON pl.id = ppi.plan_id
                  WHERE ppi.invoice_id = p.id AND pl.status = 'active')
  AND NOT EXISTS (SELECT 1 FROM legal_case_invoices lci JOIN legal_cases lc ON lc.id = lci.case_id
                  WHERE lci.invoice_id = p.id AND lc.status = 'open')
  AND NOT EXISTS (SELECT 1 FROM reminder_items ri
                  WHERE ri.invoice_id = p.id AND ri.part_sequence = p.sequence
                    AND ri.policy_id = p.policy_id AND ri.offset_days = p.offset_days)
ORDER BY p.customer_id, p.policy_id, p.offset_days, p.due_date, i.number, p.sequence
"""

CUSTOMERS_SQL = """
SELECT c.id, c.code, c.legal_name, c.collector_id, u.full_name AS collector_name, u.email AS collector_email
FROM customers c
LEFT JOIN memberships m ON m.id = c.collector_id
LEFT JOIN users u ON u.id = m.user_id
WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])
"""

CLAIM_SQL = """
INSERT INTO reminder_claims (id, organization_id, customer_id, policy_id, offset_days, channel, local_day, group_key, status,
                             recipient, language, subject, body, message_id, attempts, last_error, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 0, '', now())
ON CONFLICT (customer_id, policy_id, offset_days, local_day, group_key) DO NOTHING
RETURNING id
"""

ITEMS_SQL = """
INSERT INTO reminder_items (id, organization_id, claim_id, invoice_id, part_sequence, policy_id, offset_days, due_date, open_amount)
SELECT u.id, $1, $2, u.invoice_id, u.part_sequence, $3, $4, u.due_date, u.open_amount
FROM unnest($5::uuid[], $6::uuid[], $7::int[], $8::date[], $9::numeric[]) AS u(id, invoice_id, part_sequence, due_date, open_amount)
ON CONFLICT (invoice_id, part_sequence, policy_id, offset_days) DO NOTHING
"""


# Installments of active payment plans due for a message stage before or on their date ($2–$5: the
# firing (policy, offset, installment due date, local day it goes out) of the policies' EMAIL/SMS
# stages with offset <= 0, installment_firings; $6 the default policy; $7 the customers, null: all).
# What is short of an installment: the plan's payments so far (paid_amount, settled earlier in the
# same tick) fill its installments in date order. `paused`: a dunning pause is in force that day.
PLAN_SCAN_SQL = f"""
WITH fire AS (SELECT * FROM unnest($2::uuid[], $3::int[], $4::date[], $5::date[]) AS f(policy_id, offset_days, due_date, day)),
short AS (
    SELECT pl.id AS plan_id, pl.customer_id, pl.currency, q.id AS installment_id, q.sequence, q.due_date,
           COUNT(*) OVER (PARTITION BY pl.id) AS installments,
           GREATEST(0, LEAST(q.amount, SUM(q.amount) OVER (PARTITION BY pl.id ORDER BY q.sequence) - pl.paid_amount)) AS short
    FROM payment_plans pl JOIN payment_plan_installments q ON q.plan_id = pl.id
    WHERE pl.organization_id = $1 AND pl.status = 'active' AND ($7::uuid[] IS NULL OR pl.customer_id = ANY($7::uuid[]))
)
SELECT s.*, f.policy_id, f.offset_days, f.day, i.invoice_id,
       EXISTS (SELECT 1 FROM dunning_pauses dp
               WHERE dp.organization_id = $1 AND dp.customer_id = c.id AND {PAUSE_IN_FORCE_SQL.format(day="f.day")}) AS paused
FROM short s
JOIN customers c ON c.id = s.customer_id
LEFT JOIN credit_policies cp ON cp.organization_id = $1 AND cp.grade = c.grade
JOIN fire f ON f.due_date = s.due_date AND f.policy_id = COALESCE(cp.dunning_policy_id, $6::uuid)
JOIN LATERAL (SELECT MIN(invoice_id::text)::uuid AS invoice_id FROM payment_plan_invoices WHERE plan_id = s.plan_id) i ON true
WHERE s.short > 0
ORDER BY s.customer_id, f.day, s.due_date, s.sequence
"""

INSTALLMENT_LABEL = {"zh-CN": "分期第 {n}/{of} 期", "en": "Installment {n} of {of}"}


@dataclass(frozen=True)
class DuePart:
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    currency: str
    sequence: int
    due_date: date
    open: Decimal
    base: Decimal
    days_past_due: int
    policy_id: uuid.UUID
    offset_days: int


def message_id_for(claim_id: uuid.UUID) -> str:
    """The Message-ID of a claim's email: the same on every attempt."""
    return f"<reminder.{claim_id}@huikuan.local>"


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


_TABLE_HEAD = {
    "zh-CN": ("发票号", "到期日", "未付金额", "逾期天数"),
    "en": ("Invoice", "Due date", "Open amount", "Days overdue"),
}


def _values(
    parts: Sequence[DuePart], language: str, customer: dict, contact: Contact | None, org: Organization, policy: DunningPolicy
) -> dict[str, str]:
    head = _TABLE_HEAD[language]
    lines = ["\t".join(head)] + [
        "\t".join((p.number + (f" #{p.sequence}" if p.sequence > 1 else ""), p.due_date.isoformat(), f"{p.currency} {_money(p.open)}",
                   str(p.days_past_due)))
        for p in parts
    ]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for p in parts:
        totals[p.currency] += p.open
    return {
        "customer_name": customer["legal_name"],
        "customer_code": customer["code"],
        "contact_name": contact.name if contact else "",
        "organization_name": org.name,
        "invoices_table": "\n".join(lines),
        "total_open": "; ".join(f"{c} {_money(a)}" for c, a in sorted(totals.items())),
        "days_overdue": str(max(p.days_past_due for p in parts)),
        "due_date": min(p.due_date for p in parts).isoformat(),
        "pay_link": policy.pay_link,
        "collector_name": customer["collector_name"] or "",
        "collector_email": customer["collector_email"] or "",
    }


def message_language(org: Organization, contact: Contact | None) -> str:
    """The recipient contact's language when it is zh-CN or en, else the organization's locale."""
    return contact.language if contact and contact.language in LANGUAGES else org.locale.value


def recipient_contact(contacts: Sequence[Contact], channel: DunningChannel) -> Contact | None:
    """Billing contacts first, then the others, oldest first, among those with an address for the channel."""
    def address(c: Contact) -> str:
        return c.email if channel is DunningChannel.EMAIL else c.phone if channel is DunningChannel.SMS else c.name

    usable = [c for c in contacts if address(c).strip()]
    usable.sort(key=lambda c: (not c.is_billing_contact, c.created_at, c.id))
    return usable[0] if usable else None


async def _due_parts(org: Organization, policies: Sequence[DunningPolicy], stages: Sequence[DunningStage], now: datetime) -> list[DuePart]:
    local = now.astimezone(ZoneInfo(org.timezone))
    today = local.date()
    fire = [
        (policy.id, f.stage.offset_days, f.due_date)
        for policy in policies if sending_now(policy, local)
        for f in firings(policy, stages, today)
    ]
    if not fire:
        return []
    default = next((p.id for p in policies if p.is_default), None)
    db = connections.get("default")
    candidates = await db.execute_query_dict(DUE_INVOICES_SQL, [org.id, sorted({f[2] for f in fire})])
    if not candidates:
        return []
    rows = await db.execute_query_dict(
        SCAN_SQL,
        [
            org.id, today, [r["invoice_id"] for r in candidates], None, None,
            [f[0] for f in fire], [f[1] for f in fire], [f[2] for f in fire], default,
        ],
    )
    return [
        DuePart(
            invoice_id=r["invoice_id"], customer_id=r["customer_id"], number=r["number"], currency=r["currency"],
            sequence=r["sequence"], due_date=r["due_date"], open=r["open"], base=r["base"],
            days_past_due=r["days_past_due"], policy_id=r["policy_id"], offset_days=r["offset_days"],
        )
        for r in rows
    ]


async def claim_due(organization_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Claim (and commit) the reminders due now; returns the new claims that carry a message to send.
    Tasks (phone, letter, visit, legal) are created in the same transaction: they send nothing."""
    org = await Organization.get(id=organization_id)
    policies = list(await DunningPolicy.filter(organization_id=organization_id, enabled=True))
    if not policies:
        return []
    stages = list(await DunningStage.filter(policy_id__in=[p.id for p in policies]))
    by_policy = {p.id: p for p in policies}
    stage_of = {(s.policy_id, s.offset_days): s for s in stages}
    to_send: list[uuid.UUID] = []
    async with unit_of_work():
        parts = await _due_parts(org, policies, stages, now)
        installments = await _due_installments(org, policies, stages, now)
        if not parts and not installments:
            return []
        # One message per customer, stage and local day (parts deferred from a day off join today's).
        today = local_today(org.timezone, now)
        groups: dict[tuple[uuid.UUID, uuid.UUID, int, str], list[DuePart]] = defaultdict(list)
        for p in parts:
            key = "" if by_policy[p.policy_id].consolidate else str(p.invoice_id)
            groups[(p.customer_id, p.policy_id, p.offset_days, key)].append(p)
        customer_ids = sorted({p.customer_id for p in parts} | {p.customer_id for p, _, _ in installments})
        db = connections.get("default")
        customers = {r["id"]: r for r in await db.execute_query_dict(CUSTOMERS_SQL, [organization_id, customer_ids])}
        contacts: dict[uuid.UUID, list[Contact]] = defaultdict(list)
        for c in await Contact.filter(organization_id=organization_id, customer_id__in=customer_ids):
            contacts[c.customer_id].append(c)
        for (customer_id, policy_id, offset, key), group in groups.items():
            policy, stage = by_policy[policy_id], stage_of[(policy_id, offset)]
            base = sum((p.base for p in group), Decimal(0))
            if base < policy.min_amount:
                continue
            claimed = await _claim(org, policy, stage, customers[customer_id], contacts[customer_id], group, today, key, now)
            if claimed is not None and claimed[1] is ClaimStatus.CLAIMED:
                to_send.append(claimed[0])
        for part, installment_id, numbering in installments:
            policy, stage = by_policy[part.policy_id], stage_of[(part.policy_id, part.offset_days)]
            claimed = await _claim(org, policy, stage, customers[part.customer_id], contacts[part.customer_id], [part], today,
                                   str(installment_id), now, installment=numbering)
            if claimed is not None and claimed[1] is ClaimStatus.CLAIMED:
                to_send.append(claimed[0])
    return to_send


def installment_firings(policy: DunningPolicy, stages: Sequence[DunningStage], today: date) -> list[StageFiring]:
    """The installment rule: plan installments are reminded by the message stages (email, SMS) of
    the customer's policy that fall on or before their due date, on the days `firings` gives."""
    return [f for f in firings(policy, stages, today) if f.stage.offset_days <= 0 and f.stage.channel in MESSAGE_ACTION_CHANNEL]


async def installments_due(
    organization_id: uuid.UUID, fire: Sequence[tuple[uuid.UUID, StageFiring, date]], default: uuid.UUID | None,
    customer_ids: Sequence[uuid.UUID] | None = None,
) -> list[dict]:
    """The plan installments short on the firings (policy, installment firing, local day it goes
    out), with whether a pause holds them that day (PLAN_SCAN_SQL); the worker and the calendar."""
    if not fire:
        return []
    return await connections.get("default").execute_query_dict(
        PLAN_SCAN_SQL,
        [organization_id, [p for p, _, _ in fire], [f.stage.offset_days for _, f, _ in fire], [f.due_date for _, f, _ in fire],
         [day for _, _, day in fire], default, list(customer_ids) if customer_ids is not None else None],
    )


async def _due_installments(
    org: Organization, policies: Sequence[DunningPolicy], stages: Sequence[DunningStage], now: datetime
) -> list[tuple[DuePart, uuid.UUID, tuple[int, int]]]:
    """Installments of active plans reminded today (installment_firings), on the same hours as any
    stage, unless a pause holds them."""
    local = now.astimezone(ZoneInfo(org.timezone))
    today = local.date()
    fire = [
        (policy.id, f, today)
        for policy in policies if sending_now(policy, local)
        for f in installment_firings(policy, stages, today)
    ]
    default = next((p.id for p in policies if p.is_default), None)
    rows = [r for r in await installments_due(org.id, fire, default) if not r["paused"]]
    return [
        (
            DuePart(
                invoice_id=r["invoice_id"], customer_id=r["customer_id"], number="", currency=r["currency"], sequence=1,
                due_date=r["due_date"], open=r["short"], base=r["short"], days_past_due=(today - r["due_date"]).days,
                policy_id=r["policy_id"], offset_days=r["offset_days"],
            ),
            r["installment_id"],
            (r["sequence"], int(r["installments"])),
        )
        for r in rows
    ]


async def _claim(
    org: Organization, policy: DunningPolicy, stage: DunningStage, customer: dict, contacts: Sequence[Contact],
    parts: Sequence[DuePart], day: date, key: str, now: datetime, *, installment: tuple[int, int] | None = None,
) -> tuple[uuid.UUID, ClaimStatus] | None:
    """The claim's id and status, or None when another run claimed it first."""
    contact = recipient_contact(contacts, stage.channel)
    language = message_language(org, contact)
    template = stage.templates.get(language) or stage.templates.get(org.locale.value) or next(iter(stage.templates.values()), None)
    if installment is not None:
        label = INSTALLMENT_LABEL[language].format(n=installment[0], of=installment[1])
        parts = [replace(p, number=label) for p in parts]
    values = _values(parts, language, customer, contact, org, policy)
    subject = render(template["subject"], values) if template else ""
    body = render(template["body"], values) if template else values["invoices_table"]
    recipient = ""
    if contact is not None and stage.channel is DunningChannel.EMAIL:
        recipient = contact.email.strip()
    elif contact is not None and stage.channel is DunningChannel.SMS:
        recipient = contact.phone.strip()
    task = stage.channel in TASK_CHANNELS
    if task:
        status = ClaimStatus.TASK_CREATED
    else:
        status = ClaimStatus.CLAIMED if recipient else ClaimStatus.NO_RECIPIENT
    claim_id = uuid.uuid4()
    db = connections.get("default")
    rows = await db.execute_query_dict(
        CLAIM_SQL,
        [
            claim_id, org.id, customer["id"], policy.id, stage.offset_days, stage.channel.value, day, key, status.value,
            recipient, language, subject[:300], body, message_id_for(claim_id),
        ],
    )
    if not rows:
        return None
    if installment is not None:  # a plan installment: the claim's own key (the installment) makes it once
        return claim_id, status
    await db.execute_query(
        ITEMS_SQL,
        [
            org.id, claim_id, policy.id, stage.offset_days, [uuid.uuid4() for _ in parts], [p.invoice_id for p in parts],
            [p.sequence for p in parts], [p.due_date for p in parts], [p.open for p in parts],
        ],
    )
    if task:
        await _record_action(
            org.id, customer, claim_id, TASK_CHANNELS[stage.channel], Outcome.SCHEDULED, body, now, parts, follow_up=day
        )
    return claim_id, status


async def _record_action(
    organization_id: uuid.UUID, customer: dict, claim_id: uuid.UUID, channel: ActionChannel, outcome: Outcome, note: str,
    now: datetime, parts: Sequence[DuePart] | Sequence[uuid.UUID], follow_up: date | None = None,
) -> None:
    action = await CollectionAction.create(
        organization_id=organization_id, customer_id=customer["id"], channel=channel, direction=Direction.OUTBOUND,
        outcome=outcome, note=note, next_follow_up_on=follow_up, collector_id=customer["collector_id"], author_id=None,
        claim_id=claim_id, occurred_at=now,
    )
    invoice_ids = sorted({p.invoice_id if isinstance(p, DuePart) else p for p in parts})
    await CollectionActionInvoice.bulk_create([CollectionActionInvoice(action_id=action.id, invoice_id=i) for i in invoice_ids])


# --- steps 2 and 3: send, record ---------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    claim_id: uuid.UUID
    status: ClaimStatus
    retry_at: datetime | None = None


def backoff(attempts: int) -> timedelta:
    """5 min after the first failure, then doubling, at most 6 h."""
    return min(FIRST_BACKOFF * (2 ** max(attempts - 1, 0)), MAX_BACKOFF)


async def _start_attempt(claim_id: uuid.UUID, now: datetime) -> ReminderClaim | None:
    async with unit_of_work():
        claim = await ReminderClaim.filter(id=claim_id).select_for_update(skip_locked=True).first()
        if claim is None or claim.status not in (ClaimStatus.CLAIMED, ClaimStatus.RETRY):
            return None
        if claim.next_attempt_at is not None and claim.next_attempt_at > now:
            return None
        # Retries respect the policy's hours too: a failure at 19:58 is not retried at 20:03.
        policy = await DunningPolicy.get(id=claim.policy_id)
        org = await Organization.get(id=claim.organization_id)
        if not sending_now(policy, now.astimezone(ZoneInfo(org.timezone))):
            return None
        claim.status = ClaimStatus.SENDING
        claim.attempts += 1
        claim.attempt_started_at = now
        await claim.save(update_fields=["status", "attempts", "attempt_started_at"])
    return claim


async def _send(claim: ReminderClaim, mailer: Mailer, sms: SmsSender) -> None:
    if claim.channel is DunningChannel.EMAIL:
        message = build_message(
            get_settings(), to=claim.recipient, subject=claim.subject, text=claim.body, message_id=claim.message_id,
            language=claim.language,
        )
        await mailer.send(message)
    else:
        await sms.send(phone=claim.recipient, text=claim.body, idempotency_key=str(claim.id), language=claim.language)


async def mark_sent(claim_id: uuid.UUID, now: datetime) -> None:
    """Step 3: the claim is sent and the send is in the collection log, together."""
    async with unit_of_work():
        claim = await ReminderClaim.filter(id=claim_id).select_for_update().get()
        if claim.status is ClaimStatus.SENT:
            return
        claim.status = ClaimStatus.SENT
        claim.sent_at = now
        claim.last_error = ""
        await claim.save(update_fields=["status", "sent_at", "last_error"])
        rows = await connections.get("default").execute_query_dict(CUSTOMERS_SQL, [claim.organization_id, [claim.customer_id]])
        invoice_ids = await claim.items.all().values_list("invoice_id", flat=True)
        note = claim.subject or claim.body[:500]
        await _record_action(
            claim.organization_id, rows[0], claim.id, MESSAGE_ACTION_CHANNEL[claim.channel], Outcome.SENT, note, now, list(invoice_ids)
        )


def permanent(error: Exception) -> bool:
    """A refusal that retrying cannot change: the SMTP server answered 5xx (e.g. no such mailbox),
    there is no SMS provider, or the provider refused the message for good."""
    if isinstance(error, (SmsNotConfigured, SmsRefused)):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(500 <= code < 600 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600


async def _attempt_failed(claim_id: uuid.UUID, error: Exception, now: datetime) -> Delivery:
    async with unit_of_work():
        claim = await ReminderClaim.filter(id=claim_id).select_for_update().get()
        claim.last_error = f"{type(error).__name__}: {error}"[:2000]
        if claim.attempts >= MAX_ATTEMPTS or permanent(error):
            claim.status = ClaimStatus.FAILED
            claim.next_attempt_at = None
        else:
            claim.status = ClaimStatus.RETRY
            claim.next_attempt_at = now + backoff(claim.attempts)
        await claim.save(update_fields=["status", "last_error", "next_attempt_at"])
    return Delivery(claim.id, claim.status, claim.next_attempt_at)


async def deliver(claim_id: uuid.UUID, now: datetime, *, mailer: Mailer | None = None, sms: SmsSender | None = None) -> Delivery | None:
    """Send one claimed reminder once. None when there is nothing to do (sent, being sent by
    another worker, or waiting for its retry time)."""
    claim = await _start_attempt(claim_id, now)
    if claim is None:
        return None
    try:
        await _send(claim, mailer or get_mailer(get_settings()), sms or get_sms_sender(get_settings()))
    except Exception as exc:  # noqa: BLE001 - any failure before the provider accepted it: retry later
        log.warning("reminder %s: attempt %s failed: %s", claim.id, claim.attempts, exc)
        return await _attempt_failed(claim.id, exc, now)
    await mark_sent(claim.id, now)
    return Delivery(claim.id, ClaimStatus.SENT)


async def sweep(organization_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Claims left behind: those stuck in `sending` past the lease become `unconfirmed` (never sent
    again without a person); returns the claims waiting to be sent (never attempted, or due for retry)."""
    async with unit_of_work():
        await ReminderClaim.filter(
            organization_id=organization_id, status=ClaimStatus.SENDING, attempt_started_at__lt=now - SENDING_LEASE
        ).update(status=ClaimStatus.UNCONFIRMED, last_error="the attempt never reported back; check whether it arrived")
    ready = ReminderClaim.filter(organization_id=organization_id, status__in=[ClaimStatus.CLAIMED, ClaimStatus.RETRY])
    rows = await ready.filter(next_attempt_at=None).values_list("id", flat=True)
    retries = await ready.filter(next_attempt_at__lte=now).values_list("id", flat=True)
    return sorted(set(rows) | set(retries))


async def run_organization(
    organization_id: uuid.UUID, now: datetime, *, mailer: Mailer | None = None, sms: SmsSender | None = None
) -> list[Delivery]:
    """One tick for one organization: settle promises and payment plans, claim what is due, send what is waiting."""
    await settle_promises(organization_id, now)
    await settle_plans(organization_id, now)
    await claim_due(organization_id, now)
    results = []
    for claim_id in await sweep(organization_id, now):
        result = await deliver(claim_id, now, mailer=mailer, sms=sms)
        if result is not None:
            results.append(result)
    return results


# --- a person's answer ---------------------------------------------------------------------------


async def resolve_reminder(actor: Actor, claim_id: uuid.UUID | None, *, delivered: bool) -> ReminderClaim:
    """For a reminder that needs a person (`unconfirmed` or `failed`): delivered — the recipient
    has it — records it as sent, with its collection action; not delivered queues it to be sent
    again, with the same Message-ID, from a fresh count of attempts."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    async with unit_of_work():
        claim = await ReminderClaim.filter(id=claim_id, organization_id=actor.org_id).select_for_update().first() if claim_id else None
        if claim is None:
            raise DomainError.single(Code.NOT_FOUND, "No such reminder.", "id")
        await assigned_customer(actor, claim.customer_id)
        if claim.status not in (ClaimStatus.UNCONFIRMED, ClaimStatus.FAILED):
            raise DomainError.single(Code.INVALID_STATE, f"Only unconfirmed or failed reminders need this (this one is {claim.status.value}).", "id")
        before = claim.status.value
        if delivered:
            await mark_sent(claim.id, utcnow())
        else:
            claim.status = ClaimStatus.RETRY
            claim.attempts = 0
            claim.next_attempt_at = None
            await claim.save(update_fields=["status", "attempts", "next_attempt_at"])
        await audit.record(actor, "reminder.resolve", "reminder", claim.id, before={"status": before},
                           after={"status": "sent" if delivered else "retry"})
    await claim.refresh_from_db()
    return claim
