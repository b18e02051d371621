"""Property test: random sequences of invoices, payments, allocations (explicit and oldest due
first), unallocations, reversals, refunds, credit notes, write-offs, voids and disputes.

A small model in plain Python keeps what the ledger should be; after every step the test checks
domain.md's invariants on the database and against the model:
- invoice open = total − Σ allocations − Σ credits − Σ write-offs ≥ 0, and the cached running sums
  on invoices, payments and credit notes equal the sums of their ledger rows;
- payment unapplied = amount − Σ allocations − refunds ≥ 0 (nothing once reversed);
- statuses agree with balances;
- aging buckets add up to the open AR as of the date, and equal the model's aging;
- aging as of a past date is unchanged by everything dated after it;
- a daily analytics snapshot the database has not marked stale gives the position the ledger does,
  and the flows and days to pay read from month-end snapshots (corrected for later reversals)
  equal the ledger's;
- a reduction dated before a later reversal fits under the open amount of the days before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from unittest import mock
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tortoise import connections

from backend.accounts.actor import Actor
from backend.accounts.models import Role
from backend.analytics.service import Scope, flows, payment_days, position
from backend.analytics.snapshots import take_snapshot
from backend.invoices import service as invoices
from backend.invoices.aging import aging, bucket_ranges
from backend.invoices.balances import DUE_BALANCES_AS_OF_SQL, END_OF_TIME, LEDGER_PARTS_SQL, PARTS_AS_OF_SQL, open_items
from backend.invoices.ledger import status_for
from backend.invoices.models import DEFAULT_AGING_BOUNDS, Invoice, InvoiceStatus
from backend.invoices.service import InstallmentInput
from backend.kit.errors import DomainError
from backend.payments import service as payments
from backend.payments.models import Allocation, PaymentMethod
from tests.invoices.factories import create_customer, ledger_org, one_line, staff

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
START = date(2026, 1, 1)
AS_OF_COLUMNS = "id, sequence, customer_id, currency, issue_date, due_date, open, base, days_past_due, previous_due_date"
PART_COLUMNS = "invoice_id, sequence, customer_id, currency, issue_date, due_date, open, base, previous_due_date"


# --- the model --------------------------------------------------------------------------------


@dataclass
class Reduction:
    kind: str  # "allocated", "credited", "written_off"
    amount: Decimal
    start: date
    end: date | None = None

    def counts_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass
class MInvoice:
    id: object
    number: str
    total: Decimal
    issued: date
    parts: list[tuple[date, Decimal]]
    void: bool = False
    disputed: bool = False
    reductions: list[Reduction] = field(default_factory=list)

    def reduced(self, kind: str | None = None, on: date | None = None) -> Decimal:
        return sum(
            (r.amount for r in self.reductions
             if (kind is None or r.kind == kind) and (r.end is None if on is None else r.counts_on(on))),
            ZERO,
        )

    @property
    def open(self) -> Decimal:
        return ZERO if self.void else self.total - self.reduced()

    def room(self, since: date) -> Decimal:
        """What a reduction dated `since` may take: the open amount now, and as of the day before
        each reversal dated after `since` (the invoice must not be negative as of those days)."""
        days = [r.end - timedelta(days=1) for r in self.reductions if r.end is not None and r.end > since]
        return min([self.open, *(self.total - self.reduced(on=day) for day in days)])

    @property
    def status(self) -> InvoiceStatus:
        if self.void:
            return InvoiceStatus.VOID
        return status_for(self.total, self.reduced("allocated"), self.reduced("credited"), self.reduced("written_off"))

    def part_opens(self, reduced: Decimal) -> list[tuple[date, Decimal]]:
        result, cumulative = [], ZERO
        for due, amount in self.parts:
            cumulative += amount
            result.append((due, min(amount, max(ZERO, cumulative - reduced))))
        return result


@dataclass
class MAllocation:
    invoice: MInvoice
    reduction: Reduction
    id: object = None


@dataclass
class MPayment:
    id: object
    amount: Decimal
    received: date
    reversed: bool = False
    refunded: Decimal = ZERO
    allocations: list[MAllocation] = field(default_factory=list)

    @property
    def allocated(self) -> Decimal:
        return sum((a.reduction.amount for a in self.allocations if a.reduction.end is None), ZERO)

    @property
    def unapplied(self) -> Decimal:
        return ZERO if self.reversed else self.amount - self.allocated - self.refunded


def model_aging(model_invoices: list[MInvoice], on: date) -> dict[str, Decimal]:
    ranges = bucket_ranges(DEFAULT_AGING_BOUNDS)
    totals = {label: ZERO for label, _, _ in ranges}
    for invoice in model_invoices:
        if invoice.void or invoice.issued > on:
            continue
        for due, open_amount in invoice.part_opens(invoice.reduced(on=on)):
            days = (on - due).days
            for label, low, high in ranges:
                if (low is None or days >= low) and (high is None or days <= high):
                    totals[label] += open_amount
    return totals


def model_invoice_counts(model_invoices: list[MInvoice], on: date) -> tuple[dict[str, int], int]:
    """Per bucket, the invoices with an open part in it; and the invoices with anything open."""
    ranges = bucket_ranges(DEFAULT_AGING_BOUNDS)
    per_bucket: dict[str, set[object]] = {label: set() for label, _, _ in ranges}
    anything: set[object] = set()
    for invoice in model_invoices:
        if invoice.void or invoice.issued > on:
            continue
        for due, open_amount in invoice.part_opens(invoice.reduced(on=on)):
            if open_amount == 0:
                continue
            anything.add(invoice.id)
            days = (on - due).days
            for label, low, high in ranges:
                if (low is None or days >= low) and (high is None or days <= high):
                    per_bucket[label].add(invoice.id)
    return {label: len(ids) for label, ids in per_bucket.items()}, len(anything)


async def check_read_as_of(org_id, on: date) -> None:
    """The parts and due-date balances as of `on` read from the kept rows (corrected for what is
    dated after `on`) equal those computed from the ledger rows alone."""
    conn = connections.get("default")
    params = [org_id, on, None, None, None]
    read = await conn.execute_query_dict(
        f"SELECT {AS_OF_COLUMNS} FROM ({PARTS_AS_OF_SQL}) p ORDER BY id, sequence", params
    )
    computed = await conn.execute_query_dict(
        f"SELECT {AS_OF_COLUMNS} FROM ({LEDGER_PARTS_SQL}) p WHERE open > 0 ORDER BY id, sequence", params
    )
    assert read == computed, f"the open parts as of {on} differ from the ledger's"
    read = await conn.execute_query_dict(
        f"SELECT customer_id, currency, due_date, open, base, firsts FROM ({DUE_BALANCES_AS_OF_SQL}) b "
        "ORDER BY customer_id, currency, due_date", params
    )
    computed = await conn.execute_query_dict(
        f"""SELECT customer_id, currency, due_date, SUM(open) AS open, SUM(base) AS base,
                   COUNT(*) FILTER (WHERE previous_due_date IS NULL) AS firsts
            FROM ({LEDGER_PARTS_SQL}) p WHERE open > 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
        params,
    )
    assert read == computed, f"the balances per due date as of {on} differ from the ledger's"


def assert_matches_model(report, model_invoices: list[MInvoice], on: date) -> None:
    assert {b.label: b.amount for b in report.buckets} == model_aging(model_invoices, on)
    per_bucket, total = model_invoice_counts(model_invoices, on)
    assert {b.label: b.invoice_count for b in report.buckets} == per_bucket
    assert report.invoice_count == total


# --- the operations ---------------------------------------------------------------------------

cents = st.integers(min_value=1, max_value=50_000)
fraction = st.sampled_from([Decimal("0.25"), Decimal("0.5"), Decimal("1"), Decimal("1.01")])
pick = st.integers(min_value=0, max_value=1_000)
operations = st.one_of(
    st.tuples(st.just("invoice"), cents, st.integers(min_value=1, max_value=3), st.integers(min_value=0, max_value=60)),
    st.tuples(st.just("payment"), cents, st.sampled_from(["none", "oldest", "explicit"]), pick, fraction),
    st.tuples(st.just("allocate"), pick, st.sampled_from(["oldest", "explicit"]), pick, fraction),
    st.tuples(st.just("unallocate"), pick),
    st.tuples(st.just("reverse"), pick),
    st.tuples(st.just("refund"), pick, cents),
    st.tuples(st.just("credit"), cents, pick, fraction),
    st.tuples(st.just("write_off"), pick, fraction, st.booleans()),
    st.tuples(st.just("void"), pick),
    st.tuples(st.just("dispute"), pick),
    st.tuples(st.just("advance"), st.integers(min_value=1, max_value=45)),
)


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT)


class Run:
    def __init__(self, org, actor, approver, customer) -> None:
        self.org, self.actor, self.approver, self.customer = org, actor, approver, customer
        self.today = START
        self.invoices: list[MInvoice] = []
        self.payments: list[MPayment] = []
        self.snapshots: list[tuple[date, object]] = []

    def invalidate_from(self, day: date) -> None:
        """A ledger row dated `day` was entered: snapshots as of `day` or later may change."""
        self.snapshots = [(on, report) for on, report in self.snapshots if on < day]

    async def expect(self, coro, codes: set[str]):
        """Run a service call; `codes` empty means it must succeed, else it must fail with exactly those codes."""
        try:
            result = await coro
        except DomainError as refused:
            assert {e.code.value for e in refused.errors} == codes, (codes, refused.errors)
            event(f"refused: {', '.join(sorted(codes))}")
            return None
        assert not codes, f"expected refusal {codes}"
        return result

    # each operation ----------------------------------------------------------------------------

    async def invoice(self, amount_cents: int, parts: int, terms: int) -> None:
        total = Decimal(amount_cents) / 100
        if parts > 1 and amount_cents >= parts:
            each = money(total / parts)
            amounts = [each] * (parts - 1) + [total - each * (parts - 1)]
            schedule = [(self.today + timedelta(days=30 * (k + 1)), a) for k, a in enumerate(amounts)]
            installments = [InstallmentInput(d, a) for d, a in schedule]
        else:
            schedule, installments = [(self.today + timedelta(days=terms), total)], []
        draft = await invoices.create_draft(
            self.actor, customer_id=self.customer.id, currency="CNY", lines=one_line(total), installments=installments
        )
        issued = await invoices.issue_invoice(
            self.actor, draft.id, issue_date=self.today, due_date=None if installments else schedule[0][0]
        )
        self.invoices.append(MInvoice(issued.id, issued.number, total, self.today, sorted(schedule)))

    def _open_invoices(self) -> list[MInvoice]:
        return [i for i in self.invoices if i.status in (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)]

    def _plan_oldest(self, available: Decimal, received: date) -> list[tuple[MInvoice, Decimal]]:
        room = {i.number: i.room(max(received, i.issued)) for i in self._open_invoices()}
        parts = []
        for invoice in self._open_invoices():
            if invoice.disputed:
                continue
            for due, open_amount in invoice.part_opens(invoice.reduced()):
                if open_amount > 0:
                    parts.append((due, invoice.issued, invoice.number, open_amount, invoice))
        plan: dict[str, list] = {}
        for due, _, number, open_amount, invoice in sorted(parts, key=lambda p: p[:3]):
            if available <= 0:
                break
            amount = min(open_amount, available, room[number])
            if amount <= 0:
                continue
            plan.setdefault(number, [invoice, ZERO])[1] += amount
            available -= amount
            room[number] -= amount
        return [(invoice, amount) for invoice, amount in plan.values()]

    def _apply(self, payment: MPayment, plan: list[tuple[MInvoice, Decimal]]) -> None:
        for invoice, amount in plan:
            reduction = Reduction("allocated", amount, max(payment.received, invoice.issued))
            invoice.reductions.append(reduction)
            payment.allocations.append(MAllocation(invoice, reduction))
            self.invalidate_from(reduction.start)

    async def _link_allocation_ids(self, payment: MPayment) -> None:
        rows = await Allocation.filter(payment_id=payment.id).order_by("created_at", "id")
        unlinked = [a for a in payment.allocations if a.id is None]
        by_invoice = {}
        for row in rows:
            by_invoice.setdefault(row.invoice_id, []).append(row.id)
        known = {a.id for a in payment.allocations if a.id is not None}
        for allocation in unlinked:
            candidates = [i for i in by_invoice.get(allocation.invoice.id, []) if i not in known]
            allocation.id = candidates[0]
            known.add(allocation.id)

    async def payment(self, amount_cents: int, mode: str, which: int, part: Decimal) -> None:
        amount = Decimal(amount_cents) / 100
        model = MPayment(None, amount, self.today)
        open_invoices = self._open_invoices()
        if mode == "oldest":
            allocate, plan = payments.OLDEST_DUE_FIRST, self._plan_oldest(amount, self.today)
        elif mode == "explicit" and open_invoices:
            target = open_invoices[which % len(open_invoices)]
            share = max(CENT, money(min(target.open, amount) * min(part, Decimal(1))))
            allocate, plan = [(target.id, share)], [(target, share)]
        else:
            allocate, plan = None, []
        recorded = await payments.record_payment(
            self.actor, customer_id=self.customer.id, amount=amount, currency="CNY", method=PaymentMethod.BANK_TRANSFER,
            received_on=self.today, allocate=allocate,
        )
        model.id = recorded.id
        self._apply(model, plan)
        self.payments.append(model)
        await self._link_allocation_ids(model)

    async def allocate(self, which_payment: int, mode: str, which_invoice: int, part: Decimal) -> None:
        if not self.payments:
            return
        payment = self.payments[which_payment % len(self.payments)]
        if mode == "oldest":
            plan = [] if payment.reversed else self._plan_oldest(payment.unapplied, payment.received)
            if payment.reversed:
                codes = {"PAYMENT_REVERSED"}
            elif not plan:
                codes = {"NO_OPEN_INVOICES" if payment.unapplied > 0 else "EXCEEDS_AVAILABLE"}
            else:
                codes = set()
            result = await self.expect(payments.allocate_payment(self.actor, payment.id, payments.OLDEST_DUE_FIRST), codes)
        else:
            if not self.invoices:
                return
            target = self.invoices[which_invoice % len(self.invoices)]
            amount = max(CENT, money(max(target.open, CENT) * part))
            plan = [(target, amount)]
            codes = set()
            if payment.reversed:
                codes = {"PAYMENT_REVERSED"}
            else:
                if amount > payment.unapplied:
                    codes.add("EXCEEDS_AVAILABLE")
                if target.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID):
                    codes.add("INVOICE_NOT_OPEN")
                elif amount > target.room(max(payment.received, target.issued)):
                    codes.add("EXCEEDS_OPEN_AMOUNT")
            result = await self.expect(payments.allocate_payment(self.actor, payment.id, [(target.id, amount)]), codes)
        if result is not None:
            self._apply(payment, plan)
            await self._link_allocation_ids(payment)

    async def unallocate(self, which: int) -> None:
        every = [a for p in self.payments for a in p.allocations]
        if not every:
            return
        allocation = every[which % len(every)]
        codes = {"ALLOCATION_REVERSED"} if allocation.reduction.end is not None else set()
        if await self.expect(payments.unallocate(self.actor, allocation.id, reversed_on=self.today), codes) is not None:
            allocation.reduction.end = self.today

    async def reverse(self, which: int) -> None:
        if not self.payments:
            return
        payment = self.payments[which % len(self.payments)]
        codes = {"PAYMENT_REVERSED"} if payment.reversed else {"PAYMENT_REFUNDED"} if payment.refunded else set()
        if await self.expect(payments.reverse_payment(self.actor, payment.id, reason="退票", reversed_on=self.today), codes):
            payment.reversed = True
            for allocation in payment.allocations:
                if allocation.reduction.end is None:
                    allocation.reduction.end = self.today

    async def refund(self, which: int, amount_cents: int) -> None:
        if not self.payments:
            return
        payment = self.payments[which % len(self.payments)]
        amount = min(Decimal(amount_cents) / 100, payment.amount)
        codes = {"PAYMENT_REVERSED"} if payment.reversed else {"EXCEEDS_AVAILABLE"} if amount > payment.unapplied else set()
        if await self.expect(payments.refund_payment(self.actor, payment.id, amount, refunded_on=self.today), codes):
            payment.refunded += amount

    async def credit(self, amount_cents: int, which: int, part: Decimal) -> None:
        open_invoices = self._open_invoices()
        amount = Decimal(amount_cents) / 100
        note = await invoices.create_credit_note(
            self.actor, customer_id=self.customer.id, currency="CNY", amount=amount, reason="折让", issue_date=self.today
        )
        if not open_invoices:
            return
        target = open_invoices[which % len(open_invoices)]
        applied = max(CENT, money(min(amount, target.open) * min(part, Decimal(1))))
        await invoices.apply_credit_note(self.actor, note.id, [(target.id, applied)], applied_on=self.today)
        target.reductions.append(Reduction("credited", applied, self.today))

    async def write_off(self, which: int, part: Decimal, approve: bool) -> None:
        open_invoices = self._open_invoices()
        if not open_invoices:
            return
        target = open_invoices[which % len(open_invoices)]
        amount = max(CENT, money(target.open * min(part, Decimal(1))))
        request = await invoices.request_write_off(self.actor, target.id, amount=amount, reason="坏账")
        if approve:
            await invoices.approve_write_off(self.approver, request.id, written_off_on=self.today)
            target.reductions.append(Reduction("written_off", amount, self.today))
        else:
            await invoices.reject_write_off(self.approver, request.id, note="再催收")

    async def void(self, which: int) -> None:
        if not self.invoices:
            return
        target = self.invoices[which % len(self.invoices)]
        if target.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID):
            codes = {"INVOICE_NOT_OPEN"}
        else:
            codes = {"HAS_APPLICATIONS"} if target.reduced() else set()
        if await self.expect(invoices.void_invoice(self.actor, target.id, reason="作废"), codes):
            target.void = True
            self.invalidate_from(target.issued)

    async def dispute(self, which: int) -> None:
        if not self.invoices:
            return
        target = self.invoices[which % len(self.invoices)]
        codes = {"INVOICE_NOT_OPEN"} if target.void else set()
        if await self.expect(invoices.set_dispute(self.actor, target.id, disputed=not target.disputed), codes):
            target.disputed = not target.disputed

    async def advance(self, days: int) -> None:
        self.today += timedelta(days=days)

    # the invariants ----------------------------------------------------------------------------

    async def check(self) -> None:
        conn = connections.get("default")
        org_id = self.org.id
        drift = await conn.execute_query_dict(
            """
            SELECT i.number FROM invoices i
            WHERE i.organization_id = $1 AND (
              i.allocated <> (SELECT COALESCE(SUM(amount), 0) FROM allocations a WHERE a.invoice_id = i.id AND a.reversed_on IS NULL)
              OR i.credited <> (SELECT COALESCE(SUM(amount), 0) FROM credit_note_applications c WHERE c.invoice_id = i.id)
              OR i.written_off <> (SELECT COALESCE(SUM(amount), 0) FROM write_offs w WHERE w.invoice_id = i.id AND w.status = 'approved')
              OR i.total - i.allocated - i.credited - i.written_off < 0)
            UNION ALL
            SELECT p.id::text FROM payments p
            WHERE p.organization_id = $1 AND (
              p.allocated <> (SELECT COALESCE(SUM(amount), 0) FROM allocations a WHERE a.payment_id = p.id AND a.reversed_on IS NULL)
              OR p.refunded <> (SELECT COALESCE(SUM(amount), 0) FROM refunds r WHERE r.payment_id = p.id)
              OR p.amount - p.allocated - p.refunded < 0
              OR (p.status = 'reversed' AND p.allocated <> 0))
            UNION ALL
            SELECT n.number FROM credit_notes n
            WHERE n.organization_id = $1
              AND n.applied <> (SELECT COALESCE(SUM(amount), 0) FROM credit_note_applications c WHERE c.credit_note_id = n.id)
            """,
            [org_id],
        )
        assert drift == [], f"cached sums differ from the ledger: {drift}"

        rows = {r.id: r for r in await Invoice.filter(organization_id=org_id, late_fee_daily_rate__isnull=True)}
        ledger_now = {item.invoice_id: item.open for item in await open_items(org_id, date(9999, 12, 31))}
        for model in self.invoices:
            row = rows[model.id]
            assert row.status is model.status, (model.number, row.status, model.status)
            assert row.status is InvoiceStatus.VOID or row.status is status_for(row.total, row.allocated, row.credited, row.written_off)
            cached_open = row.total - row.allocated - row.credited - row.written_off
            assert (ZERO if row.status is InvoiceStatus.VOID else cached_open) == model.open
            assert ledger_now.get(model.id, ZERO) == model.open
            assert row.disputed == model.disputed
        for model in self.payments:
            unapplied = payments.unapplied(await payments.Payment.get(id=model.id))
            assert unapplied == model.unapplied >= 0

        report = await aging(self.org, self.today)
        as_of_today = await open_items(org_id, self.today)
        assert report.total == sum((i.open for i in as_of_today), ZERO)
        assert_matches_model(report, self.invoices, self.today)
        kept = await conn.execute_query_dict(
            f"SELECT {PART_COLUMNS} FROM ar_open_parts WHERE organization_id = $1 ORDER BY invoice_id, sequence", [org_id]
        )
        from_ledger = await conn.execute_query_dict(
            f"SELECT {PART_COLUMNS} FROM (SELECT id AS invoice_id, * FROM ({LEDGER_PARTS_SQL}) p WHERE open > 0) p "
            "ORDER BY invoice_id, sequence",
            [org_id, END_OF_TIME, None, None, None],
        )
        assert kept == from_ledger, "the open parts kept differ from the ledger's"
        balances = await conn.execute_query_dict(
            "SELECT customer_id, currency, due_date, open, base, parts, firsts FROM ar_due_balances "
            "WHERE organization_id = $1 ORDER BY customer_id, currency, due_date", [org_id]
        )
        summed = await conn.execute_query_dict(
            f"""SELECT customer_id, currency, COALESCE(due_date, 'infinity'::date) AS due_date, SUM(open) AS open, SUM(base) AS base,
                       COUNT(*)::int AS parts, (COUNT(*) FILTER (WHERE previous_due_date IS NULL))::int AS firsts
                FROM ({LEDGER_PARTS_SQL}) p WHERE open > 0
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
            [org_id, END_OF_TIME, None, None, None],
        )
        assert balances == summed, "the balances per due date differ from the ledger's"
        for on in (self.today, self.today - timedelta(days=1), self.today - timedelta(days=30)):
            await check_read_as_of(org_id, on)
        yesterday = self.today - timedelta(days=1)
        self.snapshots.append((yesterday, await aging(self.org, yesterday)))
        await self.check_analytics_snapshots()

    async def check_analytics_snapshots(self) -> None:
        """Every analytics snapshot taken so far (yesterday's, at each step) that is not stale
        gives the position the ledger gives today for its day; with the last month-end's snapshot
        taken when missing or stale (as the daily job does), the flows and days to pay of the
        organization, which read whole months from month-end snapshots, equal those of a cut of
        its one customer, which reads the ledger."""
        actor = Actor.system(self.org.id)
        await take_snapshot(self.org.id, self.today - timedelta(days=1))
        month_end = self.today.replace(day=1) - timedelta(days=1)
        conn = connections.get("default")
        if month_end >= START and not await conn.execute_query_dict(
            "SELECT 1 FROM analytics_snapshots WHERE organization_id = $1 AND day = $2 AND NOT stale", [self.org.id, month_end]
        ):
            await take_snapshot(self.org.id, month_end)
        fresh = await conn.execute_query_dict(
            "SELECT day FROM analytics_snapshots WHERE organization_id = $1 AND NOT stale", [self.org.id]
        )
        for row in fresh:
            kept = await position(actor, row["day"])
            assert kept == await position(actor, row["day"], from_snapshot=False), f"the snapshot of {row['day']} is not stale but wrong"
        ledger = Scope(None, [self.customer.id])
        for on in (self.today, self.today - timedelta(days=1)):
            assert await payment_days(actor, on) == await payment_days(actor, on, ledger), f"days to pay as of {on}"
            since = START.replace(year=START.year - 1)
            assert await flows(actor, since, on) == await flows(actor, since, on, ledger), f"flows to {on}"

    async def check_snapshots(self) -> None:
        for on, report in self.snapshots:
            assert await aging(self.org, on) == report, f"aging as of {on} changed"
            assert_matches_model(report, self.invoices, on)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(operations, min_size=10, max_size=30))
async def test_ledger_invariants_hold_after_every_step(db, steps):
    org, actor = await ledger_org()
    approver = (await staff(org, Role.ADMIN)).actor
    customer = await create_customer(org)
    run = Run(org, actor, approver, customer)
    # the organization's today follows the run's (postings are never dated after today)
    with mock.patch("backend.kit.time.utcnow", lambda: datetime.combine(run.today, time(12), ZoneInfo("Asia/Shanghai"))):
        for name, *args in steps:
            event(name)
            await getattr(run, name)(*args)
            await run.check()
        await run.check_snapshots()
