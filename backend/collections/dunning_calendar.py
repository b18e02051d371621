"""The dunning calendar: what a policy would send one customer, local day by local day, and why
each part that would fall due for a stage is not sent. The days and stages come from the reminder
worker's own rule (reminders.firings, with its deferral off days the policy does not send on); the
parts and their open amounts from the ledger's one definition (PARTS_AS_OF_SQL) as of the
organization's today, so the calendar assumes nothing is paid, promised or paused from now on
beyond what is recorded. A customer's plan installments are listed by the worker's installment
scan (reminders.installment_firings, installments_due). See docs/collections.md "The dunning
calendar"."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..customers.models import Contact
from ..invoices.balances import PARTS_AS_OF_SQL
from ..kit.errors import DomainError
from ..kit.time import local_today, utcnow
from .errors import CollectionsErrorCode as Code
from .models import DunningChannel, DunningPause, DunningPolicy, DunningStage, PromiseStatus, PromiseToPay
from .reminders import INSTALLMENT_LABEL, MAX_DEFERRAL_DAYS, firings, installment_firings, installments_due, message_language, recipient_contact
from .service import assigned_customer, pause_in_force_on

MAX_DAYS = 120


class SkipReason(str, Enum):
    """Why a part that falls due for a stage gets no reminder, in the order they are checked."""

    PAID = "PAID"  # nothing open as of today
    ALREADY_SENT = "ALREADY_SENT"  # this stage was already claimed for the part
    LEGAL = "LEGAL"  # an open legal case covers the invoice
    PLAN_CURRENT = "PLAN_CURRENT"  # an active payment plan covers the invoice
    DISPUTED = "DISPUTED"  # the invoice is flagged disputed or an open dispute covers it
    PROMISE_ACTIVE = "PROMISE_ACTIVE"  # the customer has an open promise to pay falling due on or after that day
    PAUSED = "PAUSED"  # a dunning pause is in force that day
    BELOW_MINIMUM = "BELOW_MINIMUM"  # the message would cover less than the policy's minimum amount
    NO_RECIPIENT = "NO_RECIPIENT"  # no contact with an address for the channel
    POLICY_DISABLED = "POLICY_DISABLED"  # the policy sends nothing


# The customer's parts ($4: [customer id]) of invoices issued by today ($2), not draft or void,
# due from $6 to $7, with what is open of them as of today (PARTS_AS_OF_SQL; null: nothing) and
# what holds them. $3 and $5 stay null for PARTS_AS_OF_SQL.
PARTS_SQL = f"""
WITH parts AS (
    SELECT i.id AS invoice_id, i.number, i.currency, i.disputed, COALESCE(q.sequence, 1) AS sequence,
           COALESCE(q.due_date, i.due_date) AS due_date
    FROM invoices i LEFT JOIN invoice_installments q ON q.invoice_id = i.id
    WHERE i.organization_id = $1 AND i.customer_id = ANY($4::uuid[]) AND i.issue_date <= $2
      AND i.status IN ('issued', 'partially_paid', 'paid', 'written_off')
),
open_parts AS ({PARTS_AS_OF_SQL})
SELECT p.*, o.open, o.base,
       EXISTS (SELECT 1 FROM dispute_invoices di JOIN disputes d ON d.id = di.dispute_id
               WHERE di.invoice_id = p.invoice_id AND d.status = 'open') AS under_dispute,
       EXISTS (SELECT 1 FROM payment_plan_invoices ppi JOIN payment_plans pl ON pl.id = ppi.plan_id
               WHERE ppi.invoice_id = p.invoice_id AND pl.status = 'active') AS under_plan,
       EXISTS (SELECT 1 FROM legal_case_invoices lci JOIN legal_cases lc ON lc.id = lci.case_id
               WHERE lci.invoice_id = p.invoice_id AND lc.status = 'open') AS under_legal
FROM parts p LEFT JOIN open_parts o ON o.id = p.invoice_id AND o.sequence = p.sequence
WHERE p.due_date BETWEEN $6 AND $7
ORDER BY p.due_date, p.number, p.sequence
"""

CLAIMED_SQL = """
SELECT invoice_id, part_sequence, offset_days FROM reminder_items
WHERE organization_id = $1 AND policy_id = $2 AND invoice_id = ANY($3::uuid[])
"""

# The installments of plans ($3: their ids) for which a stage ($2: the policy) was already claimed.
INSTALLMENTS_CLAIMED_SQL = """
SELECT group_key, offset_days FROM reminder_claims
WHERE organization_id = $1 AND policy_id = $2 AND customer_id = $3 AND group_key = ANY($4::text[])
"""

# The policy the customer follows: its grade's credit policy's dunning policy, else the default.
FOLLOWED_SQL = """
SELECT COALESCE(cp.dunning_policy_id, (SELECT id FROM dunning_policies WHERE organization_id = $1 AND is_default)) AS policy_id
FROM customers c LEFT JOIN credit_policies cp ON cp.organization_id = $1 AND cp.grade = c.grade
WHERE c.organization_id = $1 AND c.id = $2
"""


@dataclass(frozen=True)
class CalendarPart:
    invoice_id: uuid.UUID
    number: str
    currency: str
    sequence: int
    due_date: date
    open: Decimal
    base: Decimal
    days_past_due: int
    stage_day: date


@dataclass(frozen=True)
class CalendarEntry:
    """One message (reason None) or the parts skipped for one reason, of one stage on one local day."""

    day: date
    offset_days: int
    channel: DunningChannel
    language: str
    recipient: str
    reason: SkipReason | None
    parts: list[CalendarPart]

    @property
    def totals(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = defaultdict(Decimal)
        for part in self.parts:
            out[part.currency] += part.open
        return dict(sorted(out.items()))


@dataclass(frozen=True)
class Calendar:
    policy: DunningPolicy
    follows_policy: bool
    today: date
    entries: list[CalendarEntry]


def _address(contact: Contact | None, channel: DunningChannel) -> str:
    if contact is None:
        return ""
    if channel is DunningChannel.EMAIL:
        return contact.email.strip()
    if channel is DunningChannel.SMS:
        return contact.phone.strip()
    return ""


async def calendar(
    actor: Actor, customer_id: uuid.UUID | None, policy_id: uuid.UUID | None, start: date, days: int, *, now: datetime | None = None
) -> Calendar:
    actor.require(Permission.CUSTOMERS_READ)
    customer = await assigned_customer(actor, customer_id)
    policy = await DunningPolicy.filter(id=policy_id, organization_id=actor.org_id).first() if policy_id else None
    if policy is None:
        raise DomainError.single(Code.NOT_FOUND, "No such dunning policy.", "policyId")
    if not 1 <= days <= MAX_DAYS:
        raise DomainError.single(Code.INVALID_VALUE, f"Show 1 to {MAX_DAYS} days.", "days")
    org = await Organization.get(id=actor.org_id)
    today = local_today(org.timezone, now or utcnow())
    if start < today:
        raise DomainError.single(Code.INVALID_DATE, "The calendar looks ahead: start today or later.", "from")
    stages = list(await DunningStage.filter(policy_id=policy.id).order_by("offset_days"))
    db = connections.get("default")
    followed = await db.execute_query_dict(FOLLOWED_SQL, [org.id, customer.id])
    follows = bool(followed) and followed[0]["policy_id"] == policy.id
    last = start + timedelta(days=days - 1)
    if not stages:
        return Calendar(policy, follows, today, [])
    offsets = [s.offset_days for s in stages]
    rows = await db.execute_query_dict(
        PARTS_SQL,
        [org.id, today, None, [customer.id], None,
         start - timedelta(days=MAX_DEFERRAL_DAYS + max(offsets)), last - timedelta(days=min(offsets))],
    )
    by_due: dict[date, list[dict]] = defaultdict(list)
    for r in rows:
        by_due[r["due_date"]].append(r)
    claimed = {
        (r["invoice_id"], r["part_sequence"], r["offset_days"])
        for r in await db.execute_query_dict(CLAIMED_SQL, [org.id, policy.id, list({r["invoice_id"] for r in rows})])
    } if rows else set()
    promises = [p.promised_on for p in await PromiseToPay.filter(organization_id=org.id, customer_id=customer.id, status=PromiseStatus.OPEN)]
    pauses = list(await DunningPause.filter(organization_id=org.id, customer_id=customer.id, lifted_at=None))
    contacts = list(await Contact.filter(organization_id=org.id, customer_id=customer.id))
    installments = await _installment_entries(org, policy, stages, customer.id, contacts, start, days) if follows else {}

    entries: list[CalendarEntry] = []
    for n in range(days):
        day = start + timedelta(days=n)
        paused = any(pause_in_force_on(p, day) for p in pauses)
        promised = any(day <= promised_on for promised_on in promises)
        for firing in firings(policy, stages, day):
            stage = firing.stage
            contact = recipient_contact(contacts, stage.channel)
            language, recipient = message_language(org, contact), _address(contact, stage.channel)
            skipped: dict[SkipReason, list[CalendarPart]] = defaultdict(list)
            groups: dict[str, list[CalendarPart]] = defaultdict(list)
            for r in by_due.get(firing.due_date, []):
                part = CalendarPart(
                    invoice_id=r["invoice_id"], number=r["number"], currency=r["currency"], sequence=r["sequence"],
                    due_date=r["due_date"], open=r["open"] or Decimal(0), base=r["base"] or Decimal(0),
                    days_past_due=(day - r["due_date"]).days, stage_day=firing.stage_day,
                )
                reason = (
                    SkipReason.PAID if r["open"] is None
                    else SkipReason.ALREADY_SENT if (r["invoice_id"], r["sequence"], stage.offset_days) in claimed
                    else SkipReason.LEGAL if r["under_legal"]
                    else SkipReason.PLAN_CURRENT if r["under_plan"]
                    else SkipReason.DISPUTED if r["disputed"] or r["under_dispute"]
                    else SkipReason.PROMISE_ACTIVE if promised
                    else SkipReason.PAUSED if paused
                    else SkipReason.POLICY_DISABLED if not policy.enabled
                    else None
                )
                if reason is None:
                    groups["" if policy.consolidate else str(part.invoice_id)].append(part)
                else:
                    skipped[reason].append(part)
            for group in groups.values():
                if sum((p.base for p in group), Decimal(0)) < policy.min_amount:
                    skipped[SkipReason.BELOW_MINIMUM].extend(group)
                elif stage.channel in (DunningChannel.EMAIL, DunningChannel.SMS) and not recipient:
                    skipped[SkipReason.NO_RECIPIENT].extend(group)
                else:
                    entries.append(CalendarEntry(day, stage.offset_days, stage.channel, language, recipient, None, group))
            entries += [
                CalendarEntry(day, stage.offset_days, stage.channel, language, recipient, reason, parts)
                for reason, parts in sorted(skipped.items(), key=lambda item: list(SkipReason).index(item[0]))
            ]
        entries += installments.get(day, [])
    return Calendar(policy, follows, today, entries)


async def _installment_entries(
    org: Organization, policy: DunningPolicy, stages: list[DunningStage], customer_id: uuid.UUID, contacts: list[Contact],
    start: date, days: int,
) -> dict[date, list[CalendarEntry]]:
    """The reminders of the customer's plan installments, per local day: the worker's installment
    scan (installment_firings, installments_due) over the window, one message per installment
    labelled as the worker labels it, for the short amount as of today."""
    fire = [
        (policy.id, f, day)
        for day in (start + timedelta(days=n) for n in range(days))
        for f in installment_firings(policy, stages, day)
    ]
    rows = await installments_due(org.id, fire, policy.id, [customer_id])
    db = connections.get("default")
    claimed = {
        (r["group_key"], r["offset_days"])
        for r in await db.execute_query_dict(
            INSTALLMENTS_CLAIMED_SQL, [org.id, policy.id, customer_id, list({str(r["installment_id"]) for r in rows})]
        )
    } if rows else set()
    out: dict[date, list[CalendarEntry]] = defaultdict(list)
    for r in rows:
        channel = next(s.channel for s in stages if s.offset_days == r["offset_days"])
        contact = recipient_contact(contacts, channel)
        language, recipient = message_language(org, contact), _address(contact, channel)
        part = CalendarPart(
            invoice_id=r["invoice_id"], number=INSTALLMENT_LABEL[language].format(n=r["sequence"], of=r["installments"]),
            currency=r["currency"], sequence=1, due_date=r["due_date"], open=r["short"], base=r["short"],
            days_past_due=(r["day"] - r["due_date"]).days, stage_day=r["due_date"] + timedelta(days=r["offset_days"]),
        )
        reason = (
            SkipReason.ALREADY_SENT if (str(r["installment_id"]), r["offset_days"]) in claimed
            else SkipReason.PAUSED if r["paused"]
            else SkipReason.POLICY_DISABLED if not policy.enabled
            else SkipReason.NO_RECIPIENT if not recipient
            else None
        )
        out[r["day"]].append(CalendarEntry(r["day"], r["offset_days"], channel, language, recipient, reason, [part]))
    return out
