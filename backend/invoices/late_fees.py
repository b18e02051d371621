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

- a transaction locks at most BATCH_SIZE invoices, for well under a second, whatever the size of
  the organization, and a Dramatiq time limit or a crash costs one batch;
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
from ..kit.uow import unit_of_work
from ..payments.models import Allocation
from .balances import ZERO, Part, fill_parts, invoice_parts, overdue_amount, parts_by_invoice
from .errors import InvoiceErrorCode as Code
from .models import (
    CreditNoteApplication,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    LateFeeCharge,
    LateFeeRun,
    LateFeeRunStatus,
    WriteOff,
    WriteOffStatus,
)
from .numbering import INVOICE_SERIES, next_numbers

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


async def _reductions(invoice_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Reduction]]:
    found: dict[uuid.UUID, list[Reduction]] = {i: [] for i in invoice_ids}
    for a in await Allocation.filter(invoice_id__in=invoice_ids).only("invoice_id", "applied_on", "reversed_on", "amount"):
        found[a.invoice_id].append(Reduction(a.applied_on, a.amount, a.reversed_on))
    for c in await CreditNoteApplication.filter(invoice_id__in=invoice_ids).only("invoice_id", "applied_on", "amount"):
        found[c.invoice_id].append(Reduction(c.applied_on, c.amount))
    approved = WriteOff.filter(invoice_id__in=invoice_ids, status=WriteOffStatus.APPROVED)
    for w in await approved.only("invoice_id", "written_off_on", "amount"):
        assert w.written_off_on is not None
        found[w.invoice_id].append(Reduction(w.written_off_on, w.amount))
    return found


def _bill(source: Invoice, charge: LateFeeCharge, number: str, issued_on: date) -> tuple[Invoice, InvoiceLine]:
    """The issued invoice that bills a charge: one line, no tax, due at once, no interest of its own."""
    description = (
        f"逾期利息 Late interest on {source.number}, {charge.period_start}–{charge.period_end}: "
        f"{charge.days} days × {charge.daily_rate} on an average {charge.base_amount}"
    )
    invoice = Invoice(
        organization_id=source.organization_id, customer_id=source.customer_id, currency=source.currency,
        exchange_rate=source.exchange_rate, number=number, status=InvoiceStatus.ISSUED, issue_date=issued_on,
        due_date=issued_on, subtotal=charge.amount, total=charge.amount, contract_ref=source.contract_ref, issued_at=utcnow(),
    )
    line = InvoiceLine(
        organization_id=source.organization_id, invoice_id=invoice.id, position=1, description=description[:500],
        quantity=Decimal(1), unit_price=charge.amount, tax_rate=Decimal(0), amount=charge.amount, tax_amount=Decimal(0),
    )
    return invoice, line


async def _charge_batch(conn: Any, organization_id: uuid.UUID, ids: list[uuid.UUID], as_of: date, rounding: Rounding) -> list[LateFeeCharge]:
    """Charge the batch's (locked) invoices for every complete month before `as_of` not charged yet."""
    invoices = await Invoice.filter(id__in=ids).order_by("id")
    charged = set(await LateFeeCharge.filter(invoice_id__in=ids).values_list("invoice_id", "period_start"))
    installments = await parts_by_invoice(ids)
    reductions = await _reductions(ids)
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
                    organization_id=organization_id, invoice_id=invoice.id, period_start=start, period_end=end, days=accrual.days,
                    base_amount=accrual.base_amount, daily_rate=invoice.late_fee_daily_rate, amount=accrual.amount,
                )))
    billed = [(source, charge) for source, charge in charges if charge.amount > 0]
    numbers = await next_numbers(conn, organization_id, INVOICE_SERIES, len(billed))
    bills: list[Invoice] = []
    lines: list[InvoiceLine] = []
    for (source, charge), number in zip(billed, numbers):
        bill, line = _bill(source, charge, number, as_of)
        charge.charge_invoice_id = bill.id
        bills.append(bill)
        lines.append(line)
    if bills:
        await Invoice.bulk_create(bills)
        await InvoiceLine.bulk_create(lines)
    if charges:
        await LateFeeCharge.bulk_create([charge for _, charge in charges])
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
    organization's today is refused (DATE_IN_FUTURE): a late fee is never charged ahead of time.
    Returns the charges this call wrote."""
    from .service import get_settings

    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await Organization.get(id=actor.org_id)
    today = local_today(org.timezone)
    if as_of is not None and as_of > today:
        raise DomainError.single(
            Code.DATE_IN_FUTURE, f"A late fee is never charged ahead of time: the date must be on or before today ({today}).", "asOf"
        )
    rounding = (await get_settings(org.id)).rounding
    run = await _open_run(org.id, as_of or today)
    created: list[LateFeeCharge] = []
    while await _process_batch(actor, run.id, rounding, batch_size, created):
        pass
    return created


async def assessed_today(organization_id: uuid.UUID, timezone: str) -> bool:
    """Whether the organization's run for its local today is complete (the hourly tick skips it)."""
    return await LateFeeRun.filter(
        organization_id=organization_id, as_of=local_today(timezone), status=LateFeeRunStatus.COMPLETED
    ).exists()
