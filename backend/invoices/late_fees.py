"""Late fees (interest): the arithmetic, kept apart from the database so it can be checked by hand,
and the run that charges them in bounded, resumable batches.

For one invoice and one period (a calendar month), each day d of the period is charged on the
overdue open amount at the end of that day: the open amounts of the parts whose due date plus
the grace days is before d, with every ledger row dated on or before d counted (a payment on day
d stops the interest for day d). Then

    balance days = Σ_d overdue(d)          days = #{d : overdue(d) > 0}
    amount       = round(balance days × daily rate)        (the organization's rounding)
    base amount  = round(balance days ÷ days)              (the average daily overdue balance)

so amount ≈ base amount × days × daily rate, exact when the overdue amount did not change.

The run (`assess_late_fees`) walks an organization's invoices with a daily rate in id order,
BATCH_SIZE at a time, like the risk worker (backend/credit/reassess.py). Each batch is one
transaction that locks its invoices, charges every complete month not charged yet, bills the
charges with set-based inserts and moves the run's cursor past the batch. So:

- a transaction locks at most BATCH_SIZE invoices, for a fraction of a second (bench_late_fees),
  whatever the size of the organization, and a Dramatiq time limit or a crash costs one batch;
- killed in batch N, batch N rolls back entirely (charges, bills, numbers); the next call resumes
  the same run after batches 1..N−1, and (invoice, period_start) is unique besides, so no
  invoice is charged twice for a month;
- two calls for the same organization share the run: each batch locks the run row first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..kit.errors import DomainError
from ..kit.money import Rounding, quantize
from ..kit.time import local_today, utcnow
from ..kit.stats import analyze
from ..kit.uow import unit_of_work
from ..payments.models import Allocation
from .balances import ZERO, Part, fill_parts, invoice_parts, overdue_amount, parts_by_invoice
from .errors import InvoiceErrorCode as Code
from .models import (
    CreditNoteApplication,
    Invoice,
    LateFeeCharge,
    LateFeeRun,
    LateFeeRunStatus,
    WriteOff,
    WriteOffStatus,
)
from .numbering import INVOICE_SERIES, next_numbers
from .service import get_settings

BATCH_SIZE = 500
# Invoices settled longer ago than this are no longer looked at (their last month is charged by then).
SETTLED_LOOKBACK_DAYS = 62


@dataclass(frozen=True)
class Reduction:
    """A ledger row that reduces the invoice from `start` on, until `end` (a reversal) if any."""

    start: date
    amount: Decimal
    end: date | None = None

    def counts_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Accrual:
    period_start: date
    period_end: date
    days: int
    base_amount: Decimal
    amount: Decimal


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def complete_months(first_day: date, as_of: date) -> Iterator[tuple[date, date]]:
    """(start, end) of each calendar month from the one holding `first_day` that ended before `as_of`."""
    start = month_start(first_day)
    while (end := month_end(start)) < as_of:
        yield start, end
        start = end + timedelta(days=1)


def first_chargeable_day(parts: Sequence[Part], grace_days: int) -> date:
    return min(p.due_date for p in parts) + timedelta(days=grace_days + 1)


def accrue(
    parts: Sequence[Part],
    reductions: Sequence[Reduction],
    period_start: date,
    period_end: date,
    daily_rate: Decimal,
    grace_days: int,
    rounding: Rounding,
) -> Accrual | None:
    """The interest of one period, or None when nothing was overdue on any of its days."""
    days = 0
    balance_days = ZERO
    day = period_start
    while day <= period_end:
        reduced = sum((r.amount for r in reductions if r.counts_on(day)), ZERO)
        overdue = overdue_amount(parts, fill_parts(parts, reduced), day, grace_days)
        if overdue > 0:
            days += 1
            balance_days += overdue
        day += timedelta(days=1)
    if days == 0:
        return None
    return Accrual(
        period_start=period_start,
        period_end=period_end,
        days=days,
        base_amount=quantize(balance_days / days, rounding),
        amount=quantize(balance_days * daily_rate, rounding),
    )


# --- the run ----------------------------------------------------------------------------------

# The invoices a run looks at: a daily rate (the literal predicate of the partial index
# invoices_late_fee_keyset), issued before the as-of date, not voided, open or settled recently.
NEXT_BATCH_SQL = """
SELECT id FROM invoices
WHERE organization_id = $1 AND late_fee_daily_rate > 0 AND ($2::uuid IS NULL OR id > $2::uuid)
  AND issue_date < $3 AND status NOT IN ('draft', 'void')
  AND (status IN ('issued', 'partially_paid') OR updated_at >= $4)
ORDER BY id
LIMIT $5
FOR UPDATE
"""


async def _open_run(organization_id: uuid.UUID, as_of: date) -> LateFeeRun:
    """The organization's unfinished run for this date, or a new one. An unfinished run for another
    date is abandoned: the new run charges every complete month up to its own date anyway."""
    for _ in range(2):
        try:
            async with unit_of_work():
                running = (
                    await LateFeeRun.filter(organization_id=organization_id, status=LateFeeRunStatus.RUNNING)
                    .select_for_update()
                    .first()
                )
                if running is not None and running.as_of == as_of:
                    return running
                if running is not None:
                    running.status = LateFeeRunStatus.ABANDONED
                    running.finished_at = utcnow()
                    await running.save(update_fields=["status", "finished_at"])
                return await LateFeeRun.create(organization_id=organization_id, as_of=as_of)
        except IntegrityError:
            # Another worker opened the run at the same moment: join it.
            continue
    raise RuntimeError("could not open a late-fee run")


async def _reductions(organization_id: uuid.UUID, invoice_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Reduction]]:
    """The ledger rows that reduce each invoice (their tables are indexed by organization, invoice)."""
    found: dict[uuid.UUID, list[Reduction]] = {i: [] for i in invoice_ids}
    scope = {"organization_id": organization_id, "invoice_id__in": invoice_ids}
    for a in await Allocation.filter(**scope).only("invoice_id", "applied_on", "reversed_on", "amount"):
        found[a.invoice_id].append(Reduction(a.applied_on, a.amount, a.reversed_on))
    for c in await CreditNoteApplication.filter(**scope).only("invoice_id", "applied_on", "amount"):
        found[c.invoice_id].append(Reduction(c.applied_on, c.amount))
    approved = WriteOff.filter(**scope, status=WriteOffStatus.APPROVED)
    for w in await approved.only("invoice_id", "written_off_on", "amount"):
        assert w.written_off_on is not None
        found[w.invoice_id].append(Reduction(w.written_off_on, w.amount))
    return found


# The batch's bills, their lines and the charges, each one statement (no ORM object per row).
_BILLS_SQL = """
INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency, exchange_rate,
                      subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number, e_invoice_code,
                      contract_ref, notes, late_fee_grace_days, issued_at, void_reason, version, created_at, updated_at)
SELECT b.id, $1, b.customer_id, b.number, 'issued', false, $2, $2, b.currency, b.exchange_rate,
       b.amount, 0, b.amount, 0, 0, 0, '', '', b.contract_ref, '', 0, $3, '', 1, $3, $3
FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::numeric[], $9::numeric[], $10::text[])
  AS b(id, customer_id, number, currency, exchange_rate, amount, contract_ref)
"""
_LINES_SQL = """
INSERT INTO invoice_lines (id, organization_id, invoice_id, position, description, quantity, unit_price, tax_rate, amount, tax_amount)
SELECT gen_random_uuid(), $1, l.invoice_id, 1, l.description, 1, l.amount, 0, l.amount, 0
FROM unnest($2::uuid[], $3::text[], $4::numeric[]) AS l(invoice_id, description, amount)
"""
_CHARGES_SQL = """
INSERT INTO late_fee_charges (id, organization_id, invoice_id, period_start, period_end, days, base_amount, daily_rate, amount,
                              charge_invoice_id, created_at)
SELECT c.id, $1, c.invoice_id, c.period_start, c.period_end, c.days, c.base_amount, c.daily_rate, c.amount, c.charge_invoice_id, $2
FROM unnest($3::uuid[], $4::uuid[], $5::date[], $6::date[], $7::int[], $8::numeric[], $9::numeric[], $10::numeric[], $11::uuid[])
  AS c(id, invoice_id, period_start, period_end, days, base_amount, daily_rate, amount, charge_invoice_id)
"""


def _bill_description(source: Invoice, charge: LateFeeCharge) -> str:
    """The one line of the issued invoice that bills a charge (no tax, due at once, no interest of its own)."""
    return (
        f"逾期利息 Late interest on {source.number}, {charge.period_start}–{charge.period_end}: "
        f"{charge.days} days × {charge.daily_rate} on an average {charge.base_amount}"
    )[:500]


async def _insert(conn: Any, organization_id: uuid.UUID, charges: list[tuple[Invoice, LateFeeCharge]], as_of: date) -> None:
    """Bill the charges above zero (the batch's numbers in one statement) and insert every charge."""
    now = utcnow()
    billed = [(source, charge) for source, charge in charges if charge.amount > 0]
    numbers = await next_numbers(conn, organization_id, INVOICE_SERIES, len(billed))
    for _, charge in billed:
        charge.charge_invoice_id = uuid.uuid4()
    if billed:
        await conn.execute_query(_BILLS_SQL, [
            organization_id, as_of, now,
            [c.charge_invoice_id for _, c in billed], [s.customer_id for s, _ in billed], numbers, [s.currency for s, _ in billed],
            [s.exchange_rate for s, _ in billed], [c.amount for _, c in billed], [s.contract_ref for s, _ in billed],
        ])
        await conn.execute_query(_LINES_SQL, [
            organization_id, [c.charge_invoice_id for _, c in billed], [_bill_description(s, c) for s, c in billed],
            [c.amount for _, c in billed],
        ])
    rows = [c for _, c in charges]
    for charge in rows:
        charge.created_at = now
    await conn.execute_query(_CHARGES_SQL, [
        organization_id, now, [c.id for c in rows], [c.invoice_id for c in rows], [c.period_start for c in rows],
        [c.period_end for c in rows], [c.days for c in rows], [c.base_amount for c in rows], [c.daily_rate for c in rows],
        [c.amount for c in rows], [c.charge_invoice_id for c in rows],
    ])


async def _charge_batch(conn: Any, organization_id: uuid.UUID, ids: list[uuid.UUID], as_of: date, rounding: Rounding) -> list[LateFeeCharge]:
    """Charge the batch's (locked) invoices for every complete month before `as_of` not charged yet."""
    invoices = await Invoice.filter(organization_id=organization_id, id__in=ids).order_by("id")
    charged = set(await LateFeeCharge.filter(organization_id=organization_id, invoice_id__in=ids).values_list("invoice_id", "period_start"))
    installments = await parts_by_invoice(ids)
    reductions = await _reductions(organization_id, ids)
    charges: list[tuple[Invoice, LateFeeCharge]] = []
    for invoice in invoices:
        parts: list[Part] = invoice_parts(invoice, installments.get(invoice.id, []))
        assert invoice.late_fee_daily_rate is not None
        for start, end in complete_months(first_chargeable_day(parts, invoice.late_fee_grace_days), as_of):
            if (invoice.id, start) in charged:
                continue
            accrual = accrue(
                parts, reductions[invoice.id], start, end, invoice.late_fee_daily_rate, invoice.late_fee_grace_days, rounding
            )
            if accrual is not None:
                charges.append((invoice, LateFeeCharge(
                    id=uuid.uuid4(), organization_id=organization_id, invoice_id=invoice.id, period_start=start, period_end=end,
                    days=accrual.days, base_amount=accrual.base_amount, daily_rate=invoice.late_fee_daily_rate, amount=accrual.amount,
                )))
    if charges:
        await _insert(conn, organization_id, charges, as_of)
    return [charge for _, charge in charges]


async def _process_batch(actor: Actor, run_id: uuid.UUID, rounding: Rounding, batch_size: int, created: list[LateFeeCharge]) -> bool:
    """Charge the next batch of the run; False once the run is complete."""
    async with unit_of_work() as conn:
        run = await LateFeeRun.filter(id=run_id).select_for_update().get()
        if run.status is not LateFeeRunStatus.RUNNING:
            return False
        settled_since = utcnow() - timedelta(days=SETTLED_LOOKBACK_DAYS)
        rows = await conn.execute_query_dict(NEXT_BATCH_SQL, [run.organization_id, run.cursor, run.as_of, settled_since, batch_size])
        ids = [r["id"] for r in rows]
        if not ids:
            run.status = LateFeeRunStatus.COMPLETED
            run.finished_at = utcnow()
            await run.save(update_fields=["status", "finished_at"])
            return False
        charges = await _charge_batch(conn, run.organization_id, ids, run.as_of, rounding)
        if charges:
            await audit.record(
                actor, "late_fee.assess", "organization", run.organization_id,
                extra={
                    "as_of": run.as_of,
                    "run": run.id,
                    "batch": run.batches + 1,
                    "charges": [
                        {"invoice": c.invoice_id, "period_start": c.period_start, "days": c.days, "amount": c.amount, "charge_invoice": c.charge_invoice_id}
                        for c in charges
                    ],
                },
            )
        run.cursor = ids[-1]
        run.batches += 1
        run.invoices_seen += len(ids)
        run.charges_written += len(charges)
        run.last_batch_at = utcnow()
        await run.save(update_fields=["cursor", "batches", "invoices_seen", "charges_written", "last_batch_at"])
        created.extend(charges)
        return True


async def assess_late_fees(actor: Actor, *, as_of: date | None = None, batch_size: int = BATCH_SIZE) -> list[LateFeeCharge]:
    """Charge interest on overdue invoices that carry a daily rate, one charge per invoice per
    complete calendar month before `as_of` (default: the organization's today), in batches (see
    the module's docstring); resumes the organization's unfinished run for the same date. Each
    charge above zero is billed as its own issued invoice, due at once, without a credit check and
    without interest of its own. One audit entry per batch lists its charges. A date after the
    organization's today is refused (FUTURE_DATE): a late fee is never charged ahead of time.
    Returns the charges this call wrote."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await Organization.get(id=actor.org_id)
    today = local_today(org.timezone)
    if as_of is not None and as_of > today:
        raise DomainError.single(
            Code.FUTURE_DATE, f"A late fee is never charged ahead of time: the date must be on or before today ({today}).", "asOf"
        )
    rounding = (await get_settings(org.id)).rounding
    run = await _open_run(org.id, as_of or today)
    created: list[LateFeeCharge] = []
    while await _process_batch(actor, run.id, rounding, batch_size, created):
        pass
    if created:
        await analyze("invoices", "invoice_lines", "late_fee_charges", "ar_open_parts", "ar_due_balances")
    return created


async def assessed_today(organization_id: uuid.UUID, timezone: str) -> bool:
    """Whether the organization's run for its local today is complete (the hourly tick skips it)."""
    return await LateFeeRun.filter(
        organization_id=organization_id, as_of=local_today(timezone), status=LateFeeRunStatus.COMPLETED
    ).exists()
