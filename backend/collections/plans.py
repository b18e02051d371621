"""Payment plans (分期) and legal cases (法律催收): both take invoices out of normal dunning.

A payment plan's installments replace the covered invoices' due dates while it is active; the
worker settles plans at each tick: completed once the payments to its invoices from the day it
was agreed reach its amount, defaulted the day after an installment's date + `default_after_days`
when the payments by then fall short of the installments due through it. A defaulted plan raises
the broken-promise alert (it counts as a broken promise) and dunning of its invoices resumes on
their own due dates. A legal case excludes its invoices from normal dunning until it is closed.
See docs/collections.md."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..alerts.service import evaluate_customers
from ..audit import service as audit
from ..invoices.balances import invoice_open_amount
from ..kit.clean import InputRejected, parse_amount
from ..kit.errors import DomainError, FieldError
from ..kit.time import local_today, utcnow
from ..kit.uow import enqueue, unit_of_work
from .errors import CollectionsErrorCode as Code
from .models import (
    LEGAL_STAGE_ORDER,
    LegalCase,
    LegalCaseInvoice,
    LegalCost,
    LegalOutcome,
    LegalStage,
    LegalStatus,
    PaymentPlan,
    PaymentPlanInstallment,
    PaymentPlanInvoice,
    PlanStatus,
)
from .service import _amount, _date, _invoices, _note, _one_currency, _today, assigned_customer

MAX_INSTALLMENTS = 60
MAX_COSTS = 50
MAX_DOCUMENTS = 50
PLAN_HORIZON_DAYS = 3 * 366


@dataclass(frozen=True)
class InstallmentData:
    due_date: date
    amount: object


async def _not_covered(invoice_ids: Sequence[uuid.UUID]) -> None:
    """An invoice is in at most one active plan and one open legal case, never both."""
    if await PaymentPlanInvoice.filter(invoice_id__in=list(invoice_ids), plan__status=PlanStatus.ACTIVE).exists():
        raise DomainError.single(Code.UNDER_PLAN, "Some invoices are already in an active payment plan.", "invoiceIds")
    if await LegalCaseInvoice.filter(invoice_id__in=list(invoice_ids), case__status=LegalStatus.OPEN).exists():
        raise DomainError.single(Code.UNDER_LEGAL, "Some invoices are under an open legal case.", "invoiceIds")


def _installments(rows: Sequence[InstallmentData], today: date) -> list[tuple[date, Decimal]]:
    if not rows:
        raise DomainError.single(Code.REQUIRED, "Add at least one installment.", "installments")
    if len(rows) > MAX_INSTALLMENTS:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_INSTALLMENTS} installments.", "installments")
    errors: list[FieldError] = []
    cleaned: list[tuple[date, Decimal]] = []
    for n, row in enumerate(rows):
        try:
            day = _date(row.due_date, f"installments[{n}].dueDate")
            value = _amount(row.amount, f"installments[{n}].amount")
        except DomainError as exc:
            errors.extend(exc.errors)
            continue
        if day < today:
            errors.append(FieldError(Code.INVALID_DATE, f"An installment is due today ({today.isoformat()}) or later.", f"installments[{n}].dueDate"))
        elif day > today + timedelta(days=PLAN_HORIZON_DAYS):
            errors.append(FieldError(Code.INVALID_DATE, "A plan ends within three years.", f"installments[{n}].dueDate"))
        elif cleaned and day <= cleaned[-1][0]:
            errors.append(FieldError(Code.INVALID_DATE, "Installments are listed by date, one per day.", f"installments[{n}].dueDate"))
        cleaned.append((day, value))
    if errors:
        raise DomainError(*errors)
    return cleaned


async def create_plan(
    actor: Actor, customer_id: uuid.UUID | None, *, amount: object, invoice_ids: Sequence[uuid.UUID],
    installments: Sequence[InstallmentData], default_after_days: int = 7, note: str = "",
) -> PaymentPlan:
    """A plan covers open invoices of one currency; its installments add up to its amount, which is
    at most the invoices' open amount."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    value = _amount(amount)
    text = _note(note)
    if not 0 <= default_after_days <= 90:
        raise DomainError.single(Code.INVALID_VALUE, "Allow 0 to 90 days before a missed installment defaults the plan.", "defaultAfterDays")
    today = await _today(actor.org_id)
    parts = _installments(installments, today)
    total = sum((a for _, a in parts), Decimal(0))
    if total != value:
        raise DomainError.single(
            Code.INSTALLMENTS_TOTAL, f"The installments add up to {total}, not the plan's amount {value}.", "installments"
        )
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        invoices = await _invoices(actor, customer, invoice_ids, required=True, open_only=True)
        currency = _one_currency(invoices)
        open_total = sum((invoice_open_amount(i) for i in invoices), Decimal(0))
        if value > open_total:
            raise DomainError.single(Code.INVALID_AMOUNT, f"More than the invoices' open amount ({currency} {open_total}).", "amount")
        await _not_covered([i.id for i in invoices])
        plan = await PaymentPlan.create(
            organization_id=actor.org_id, customer_id=customer.id, amount=value, currency=currency, made_on=today,
            default_after_days=default_after_days, note=text, collector_id=actor.membership_id, created_by_id=actor.user_id,
        )
        await PaymentPlanInstallment.bulk_create(
            [PaymentPlanInstallment(plan_id=plan.id, sequence=n + 1, due_date=d, amount=a) for n, (d, a) in enumerate(parts)]
        )
        await PaymentPlanInvoice.bulk_create([PaymentPlanInvoice(plan_id=plan.id, invoice_id=i.id) for i in invoices])
        await audit.record(
            actor, "payment_plan.create", "payment_plan", plan.id,
            after={"amount": str(value), "currency": currency, "invoice_ids": [str(i.id) for i in invoices],
                   "installments": [[d.isoformat(), str(a)] for d, a in parts], "default_after_days": default_after_days},
        )
    return plan


async def cancel_plan(actor: Actor, plan_id: uuid.UUID | None, note: str = "") -> PaymentPlan:
    """Dunning of its invoices resumes on their own due dates."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    text = _note(note)
    async with unit_of_work():
        plan = await PaymentPlan.filter(id=plan_id, organization_id=actor.org_id).select_for_update().first() if plan_id else None
        if plan is None:
            raise DomainError.single(Code.NOT_FOUND, "No such payment plan.", "id")
        await assigned_customer(actor, plan.customer_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise DomainError.single(Code.INVALID_STATE, f"This plan is {plan.status.value}.", "id")
        plan.status = PlanStatus.CANCELLED
        plan.ended_on = await _today(actor.org_id)
        if text:
            plan.note = (plan.note + "\n" + text).strip()
        plan.version += 1
        await plan.save()
        await audit.record(actor, "payment_plan.cancel", "payment_plan", plan.id, before={"status": "active"},
                           after={"status": "cancelled", "note": text})
    return plan


# The allocations `a` (to an invoice of the plan `pl`) that count as paid toward it as of the day $2:
# dated from the day it was agreed to $2, not reversed by then. Shared with the cash forecast.
PLAN_PAID_ALLOCATION_SQL = "a.applied_on BETWEEN pl.made_on AND $2 AND (a.reversed_on IS NULL OR a.reversed_on > $2)"

# Paid (kept up to date on active plans) = the allocations above as of today. Completed when paid
# reaches the amount; defaulted when an installment's date + default_after_days is before today and
# paid falls short of the installments through it.
SETTLE_PLANS_SQL = f"""
WITH paid AS (
    SELECT pl.id, COALESCE(SUM(a.amount), 0) AS paid
    FROM payment_plans pl
    LEFT JOIN payment_plan_invoices pi ON pi.plan_id = pl.id
    LEFT JOIN allocations a ON a.invoice_id = pi.invoice_id AND {PLAN_PAID_ALLOCATION_SQL}
    WHERE pl.organization_id = $1 AND pl.status = 'active'
    GROUP BY pl.id
),
missed AS (
    SELECT q.plan_id FROM (
        SELECT plan_id, due_date, SUM(amount) OVER (PARTITION BY plan_id ORDER BY sequence) AS through
        FROM payment_plan_installments WHERE plan_id IN (SELECT id FROM paid)
    ) q
    JOIN payment_plans pl ON pl.id = q.plan_id JOIN paid ON paid.id = q.plan_id
    WHERE q.due_date + pl.default_after_days < $2 AND paid.paid < q.through
    GROUP BY q.plan_id
)
UPDATE payment_plans pl
SET status = CASE WHEN paid.paid >= pl.amount THEN 'completed' WHEN missed.plan_id IS NOT NULL THEN 'defaulted' ELSE 'active' END,
    ended_on = CASE WHEN paid.paid >= pl.amount OR missed.plan_id IS NOT NULL THEN $2::date END,
    paid_amount = paid.paid
FROM paid LEFT JOIN missed ON missed.plan_id = paid.id
WHERE paid.id = pl.id AND (paid.paid <> pl.paid_amount OR paid.paid >= pl.amount OR missed.plan_id IS NOT NULL)
RETURNING pl.id, pl.customer_id, pl.status
"""


async def settle_plans(organization_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Returns the customers whose plan defaulted now: they get the broken-promise alert and a
    reassessment, and dunning of the plan's invoices resumes."""
    org = await Organization.get(id=organization_id)
    today = local_today(org.timezone, now)
    async with unit_of_work():
        rows = await connections.get("default").execute_query_dict(SETTLE_PLANS_SQL, [organization_id, today])
        defaulted = sorted({r["customer_id"] for r in rows if r["status"] == PlanStatus.DEFAULTED.value})
        if defaulted:
            await evaluate_customers(organization_id, defaulted, today)
            from ..credit.tasks import reassess_customer_set

            await enqueue(reassess_customer_set, str(organization_id), [str(c) for c in defaulted])
    return defaulted


# --- legal cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CostData:
    amount: object
    description: str
    incurred_on: date


@dataclass(frozen=True)
class DocumentData:
    name: str
    kind: str = ""
    dated_on: date | None = None
    reference: str = ""


@dataclass(frozen=True)
class CaseChanges:
    costs: Sequence[CostData] = ()
    documents: Sequence[DocumentData] = ()
    law_firm: str | None = None
    reference: str | None = None


def _costs(rows: Sequence[CostData], today: date) -> list[tuple[Decimal, str, date]]:
    if len(rows) > MAX_COSTS:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_COSTS} costs at once.", "costs")
    out = []
    for n, row in enumerate(rows):
        value = _amount(row.amount, f"costs[{n}].amount")
        text = _note(row.description, f"costs[{n}].description", 200)
        if not text:
            raise DomainError.single(Code.REQUIRED, "Say what the cost is for.", f"costs[{n}].description")
        day = _date(row.incurred_on, f"costs[{n}].incurredOn")
        if day > today:
            raise DomainError.single(Code.INVALID_DATE, "A cost is incurred today or earlier.", f"costs[{n}].incurredOn")
        out.append((value, text, day))
    return out


def _documents(rows: Sequence[DocumentData]) -> list[dict]:
    if len(rows) > MAX_DOCUMENTS:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_DOCUMENTS} documents at once.", "documents")
    out = []
    for n, row in enumerate(rows):
        name = _note(row.name, f"documents[{n}].name", 200)
        if not name:
            raise DomainError.single(Code.REQUIRED, "Name the document.", f"documents[{n}].name")
        dated = _date(row.dated_on, f"documents[{n}].datedOn").isoformat() if row.dated_on else None
        out.append({"name": name, "kind": _note(row.kind, f"documents[{n}].kind", 50), "dated_on": dated,
                    "reference": _note(row.reference, f"documents[{n}].reference", 100)})
    return out


async def _apply(case: LegalCase, changes: CaseChanges, today: date) -> dict:
    costs = _costs(changes.costs, today)
    documents = _documents(changes.documents)
    if changes.law_firm is not None:
        case.law_firm = _note(changes.law_firm, "lawFirm", 200)
    if changes.reference is not None:
        case.reference = _note(changes.reference, "reference", 100)
    case.documents = [*case.documents, *documents]
    await LegalCost.bulk_create([LegalCost(case_id=case.id, amount=a, description=d, incurred_on=o) for a, d, o in costs])
    return {"costs": [[str(a), d, o.isoformat()] for a, d, o in costs], "documents": documents}


async def open_case(
    actor: Actor, customer_id: uuid.UUID | None, *, invoice_ids: Sequence[uuid.UUID], stage: LegalStage = LegalStage.LAWYER_LETTER,
    changes: CaseChanges = CaseChanges(),
) -> LegalCase:
    """Escalate open invoices of one currency to legal collection: no normal reminders while open."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    today = await _today(actor.org_id)
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        invoices = await _invoices(actor, customer, invoice_ids, required=True, open_only=True)
        currency = _one_currency(invoices)
        await _not_covered([i.id for i in invoices])
        now = utcnow()
        case = await LegalCase.create(
            organization_id=actor.org_id, customer_id=customer.id, stage=stage, currency=currency, opened_by_id=actor.user_id,
            opened_at=now, stage_changed_at=now, documents=[],
        )
        added = await _apply(case, changes, today)
        await case.save()
        await LegalCaseInvoice.bulk_create([LegalCaseInvoice(case_id=case.id, invoice_id=i.id) for i in invoices])
        await audit.record(actor, "legal_case.open", "legal_case", case.id,
                           after={"stage": stage.value, "invoice_ids": [str(i.id) for i in invoices], **added})
    return case


async def _open_case_for_update(actor: Actor, case_id: uuid.UUID | None, version: int) -> LegalCase:
    case = await LegalCase.filter(id=case_id, organization_id=actor.org_id).select_for_update().first() if case_id else None
    if case is None:
        raise DomainError.single(Code.NOT_FOUND, "No such legal case.", "id")
    await assigned_customer(actor, case.customer_id)
    if case.status is not LegalStatus.OPEN:
        raise DomainError.single(Code.INVALID_STATE, "This legal case is closed.", "id")
    if case.version != version:
        raise DomainError.single(Code.STALE_VERSION, "This case changed meanwhile; reload it.", "version")
    return case


async def advance_case(
    actor: Actor, case_id: uuid.UUID | None, version: int, *, stage: LegalStage, changes: CaseChanges = CaseChanges()
) -> LegalCase:
    """Move to a later stage (or stay, to add costs and documents); never back."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    today = await _today(actor.org_id)
    async with unit_of_work():
        case = await _open_case_for_update(actor, case_id, version)
        before = case.stage
        if LEGAL_STAGE_ORDER.index(stage) < LEGAL_STAGE_ORDER.index(before):
            raise DomainError.single(Code.STAGE_BACKWARDS, f"A case moves forward only (it is at {before.value}).", "stage")
        added = await _apply(case, changes, today)
        if stage is not before:
            case.stage = stage
            case.stage_changed_at = utcnow()
        case.version += 1
        await case.save()
        await audit.record(actor, "legal_case.advance", "legal_case", case.id, before={"stage": before.value},
                           after={"stage": stage.value, **added})
    return case


async def close_case(
    actor: Actor, case_id: uuid.UUID | None, version: int, *, outcome: LegalOutcome, recovered_amount: object | None = None,
    note: str = "", changes: CaseChanges = CaseChanges(),
) -> LegalCase:
    """Record the outcome; dunning of the invoices resumes if anything is still open on them."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    today = await _today(actor.org_id)
    recovered = None
    if recovered_amount is not None:
        try:
            recovered = parse_amount(recovered_amount)
        except InputRejected as exc:
            raise DomainError.single(Code.INVALID_AMOUNT, exc.message, "recoveredAmount") from None
        if recovered < 0:
            raise DomainError.single(Code.INVALID_AMOUNT, "Enter an amount of zero or more.", "recoveredAmount")
    text = _note(note)
    async with unit_of_work():
        case = await _open_case_for_update(actor, case_id, version)
        added = await _apply(case, changes, today)
        case.status = LegalStatus.CLOSED
        case.outcome = outcome
        case.outcome_note = text
        case.recovered_amount = recovered
        case.closed_at = utcnow()
        case.version += 1
        await case.save()
        await audit.record(actor, "legal_case.close", "legal_case", case.id, before={"status": "open"},
                           after={"status": "closed", "outcome": outcome.value,
                                  "recovered_amount": str(recovered) if recovered is not None else None, **added})
    return case
