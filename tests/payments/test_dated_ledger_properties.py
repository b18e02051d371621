"""Property test (issue 9, acceptance 3): postings dated anywhere in the accepted range of business
dates (the whole accepted range, 1900-01-01..2099-12-31) against a frozen "today", also drawn from that range.

Random invoices (with installments), payments, allocations, unallocations, reversals, refunds,
credit notes and write-offs, each dated either anywhere in the range or near the document it
changes. Every posting must obey the one date rule (refused with FUTURE_DATE after today, with
DATE_BEFORE_DOCUMENT before a document it changes; when accepted, dated within those bounds).
Then, at every date where something happens (and the day before it, today, and both ends of the
range), from the ledger rows read back and recomputed here in plain Python:
- no invoice has a negative open balance (nor more than its total);
- `open_items` gives the same open balances;
- aging's total = Σ open balances, its overdue buckets = Σ open of the parts past due;
- `customer_balances` gives the same open, overdue and worst-days figures per customer;
and as of today the ledger equals the running sums kept on the invoices (nothing is dated later).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from unittest import mock
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tortoise import connections

from backend.accounts.models import Role
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.invoices.balances import customer_balances, open_items
from backend.invoices.models import Invoice, InvoiceInstallment
from backend.invoices.service import InstallmentInput
from backend.kit.clean import MAX_BUSINESS_DATE, MIN_BUSINESS_DATE
from backend.kit.errors import DomainError
from backend.payments import service as payments
from backend.payments.models import Allocation, Payment, PaymentMethod
from tests.invoices.factories import create_customer, ledger_org, one_line, staff

FIRST, LAST = MIN_BUSINESS_DATE, MAX_BUSINESS_DATE
CENT, ZERO = Decimal("0.01"), Decimal("0.00")

anywhere = st.dates(min_value=FIRST, max_value=LAST)
# A date: anywhere in the range, or some days from today (`past`: mostly before it) or from the
# document the posting changes (`when`: mostly after it).
past = st.one_of(st.tuples(st.just("at"), anywhere), st.tuples(st.just("near"), st.integers(min_value=-400, max_value=10)))
when = st.one_of(st.tuples(st.just("at"), anywhere), st.tuples(st.just("near"), st.integers(min_value=-10, max_value=120)))
cents = st.integers(min_value=1, max_value=50_000)
pick = st.integers(min_value=0, max_value=1_000)
fraction = st.sampled_from([Decimal("0.3"), Decimal("0.5"), Decimal("1"), Decimal("1.2")])
new_invoice = st.tuples(st.just("invoice"), pick, cents, st.integers(min_value=1, max_value=3), past, st.integers(min_value=0, max_value=90))
operations = st.one_of(
    new_invoice,
    st.tuples(st.just("payment"), pick, cents, past, st.sampled_from(["none", "oldest", "explicit"]), pick, fraction),
    st.tuples(st.just("allocate"), pick, st.sampled_from(["oldest", "explicit"]), pick, fraction),
    st.tuples(st.just("unallocate"), pick, when),
    st.tuples(st.just("reverse"), pick, when),
    st.tuples(st.just("refund"), pick, cents, when),
    st.tuples(st.just("credit"), cents, when, pick, when, fraction),
    st.tuples(st.just("write_off"), pick, fraction, when),
)


def clamp(day: date) -> date:
    return min(max(day, FIRST), LAST)


def resolve(spec: tuple, base: date) -> date:
    kind, value = spec
    return value if kind == "at" else clamp(base + timedelta(days=value))


def money(value: Decimal) -> Decimal:
    return max(CENT, value.quantize(CENT))


class Run:
    def __init__(self, today: date, actor, approver, customers) -> None:
        self.today, self.actor, self.approver, self.customers = today, actor, approver, customers

    async def posting(self, call, day: date, not_before: list[date]) -> object | None:
        """Run a dated posting and check the date rule on the answer."""
        try:
            result = await call
        except DomainError as refused:
            found = {e.code.value for e in refused.errors}
            event(f"refused: {', '.join(sorted(found))}")
            assert ("FUTURE_DATE" in found) == (day > self.today), (day, self.today, refused.errors)
            assert ("DATE_BEFORE_DOCUMENT" in found) <= any(day < d for d in not_before), (day, not_before, refused.errors)
            return None
        assert day <= self.today and all(day >= d for d in not_before), (day, self.today, not_before)
        event("posted")
        return result

    async def _open_invoice_rows(self) -> list:
        return list(await Invoice.filter(organization_id=self.actor.org_id, status__in=["issued", "partially_paid"]).order_by("number"))

    async def _payments(self) -> list[Payment]:
        return list(await Payment.filter(organization_id=self.actor.org_id).order_by("created_at", "id"))

    async def invoice(self, which: int, amount_cents: int, parts: int, issue: tuple, terms: int) -> None:
        total = Decimal(amount_cents) / 100
        issued_on = resolve(issue, self.today)
        customer = self.customers[which % len(self.customers)]
        installments = []
        if parts > 1 and amount_cents >= parts:
            each = (total / parts).quantize(CENT)
            amounts = [each] * (parts - 1) + [total - each * (parts - 1)]
            installments = [InstallmentInput(clamp(issued_on + timedelta(days=terms + 30 * k)), a) for k, a in enumerate(amounts)]
        draft = await invoices.create_draft(
            self.actor, customer_id=customer.id, currency="CNY", lines=one_line(total), installments=installments
        )
        due = None if installments else clamp(issued_on + timedelta(days=terms))
        await self.posting(invoices.issue_invoice(self.actor, draft.id, issue_date=issued_on, due_date=due), issued_on, [])

    async def payment(self, which: int, amount_cents: int, received: tuple, mode: str, target: int, part: Decimal) -> None:
        received_on = resolve(received, self.today)
        customer = self.customers[which % len(self.customers)]
        allocate = None
        if mode == "oldest":
            allocate = payments.OLDEST_DUE_FIRST
        elif mode == "explicit" and (rows := [r for r in await self._open_invoice_rows() if r.customer_id == customer.id]):
            row = rows[target % len(rows)]
            open_amount = row.total - row.allocated - row.credited - row.written_off
            allocate = [(row.id, money(min(open_amount, Decimal(amount_cents) / 100) * part))]
        call = payments.record_payment(
            self.actor, customer_id=customer.id, amount=Decimal(amount_cents) / 100, currency="CNY",
            method=PaymentMethod.BANK_TRANSFER, received_on=received_on, allocate=allocate,
        )
        await self.posting(call, received_on, [])

    async def allocate(self, which: int, mode: str, target: int, part: Decimal) -> None:
        found = await self._payments()
        rows = await self._open_invoice_rows()
        if not found or not rows:
            return
        payment = found[which % len(found)]
        if mode == "oldest":
            plan = payments.OLDEST_DUE_FIRST
        else:
            row = rows[target % len(rows)]
            plan = [(row.id, money((row.total - row.allocated - row.credited - row.written_off) * part))]
        try:
            await payments.allocate_payment(self.actor, payment.id, plan)
            event("allocated")
        except DomainError as refused:
            event(f"allocate refused: {', '.join(sorted({e.code.value for e in refused.errors}))}")

    async def unallocate(self, which: int, on: tuple) -> None:
        rows = list(await Allocation.filter(organization_id=self.actor.org_id, reversed_on__isnull=True).order_by("created_at", "id"))
        if not rows:
            return
        allocation = rows[which % len(rows)]
        payment = await Payment.get(id=allocation.payment_id)
        day = resolve(on, allocation.applied_on)
        await self.posting(payments.unallocate(self.actor, allocation.id, reversed_on=day), day, [payment.received_on, allocation.applied_on])

    async def reverse(self, which: int, on: tuple) -> None:
        found = [p for p in await self._payments() if p.status.value == "received" and p.refunded == 0]
        if not found:
            return
        payment = found[which % len(found)]
        day = resolve(on, payment.received_on)
        active = await Allocation.filter(payment_id=payment.id, reversed_on__isnull=True)
        await self.posting(
            payments.reverse_payment(self.actor, payment.id, reason="退票", reversed_on=day), day,
            [payment.received_on, *(a.applied_on for a in active)],
        )

    async def refund(self, which: int, amount_cents: int, on: tuple) -> None:
        found = [p for p in await self._payments() if payments.unapplied(p) > 0]
        if not found:
            return
        payment = found[which % len(found)]
        day = resolve(on, payment.received_on)
        amount = min(Decimal(amount_cents) / 100, payments.unapplied(payment))
        await self.posting(payments.refund_payment(self.actor, payment.id, amount, refunded_on=day), day, [payment.received_on])

    async def credit(self, amount_cents: int, issued: tuple, target: int, applied: tuple, part: Decimal) -> None:
        rows = await self._open_invoice_rows()
        if not rows:
            return
        row = rows[target % len(rows)]
        amount = Decimal(amount_cents) / 100
        note_day = resolve(issued, row.issue_date)
        note = await self.posting(
            invoices.create_credit_note(
                self.actor, customer_id=row.customer_id, currency="CNY", amount=amount, reason="折让", issue_date=note_day
            ),
            note_day, [],
        )
        if note is None:
            return
        day = resolve(applied, max(note_day, row.issue_date))
        share = money(min(amount, row.total - row.allocated - row.credited - row.written_off) * part)
        await self.posting(
            invoices.apply_credit_note(self.actor, note.id, [(row.id, share)], applied_on=day), day, [note_day, row.issue_date]
        )

    async def write_off(self, target: int, part: Decimal, on: tuple) -> None:
        rows = await self._open_invoice_rows()
        if not rows:
            return
        row = rows[target % len(rows)]
        amount = money((row.total - row.allocated - row.credited - row.written_off) * min(part, Decimal(1)))
        request = await invoices.request_write_off(self.actor, row.id, amount=amount, reason="坏账")
        day = resolve(on, row.issue_date)
        await self.posting(invoices.approve_write_off(self.approver, request.id, written_off_on=day), day, [row.issue_date])


# --- the checks, recomputed from the ledger rows --------------------------------------------------

LEDGER_SQL = """
SELECT 'allocation' AS kind, invoice_id, amount, applied_on AS since, reversed_on AS until FROM allocations WHERE organization_id = $1
UNION ALL
SELECT 'credit', invoice_id, amount, applied_on, NULL FROM credit_note_applications WHERE organization_id = $1
UNION ALL
SELECT 'write_off', invoice_id, amount, written_off_on, NULL FROM write_offs WHERE organization_id = $1 AND status = 'approved'
"""


async def check(org, today: date, customers) -> None:
    conn = connections.get("default")
    rows = await conn.execute_query_dict(LEDGER_SQL, [org.id])
    counted = [r for r in await Invoice.filter(organization_id=org.id) if r.status.value not in ("draft", "void")]
    parts: dict = defaultdict(list)
    for p in await InvoiceInstallment.filter(organization_id=org.id).order_by("due_date", "sequence"):
        parts[p.invoice_id].append((p.due_date, p.amount))
    days = {FIRST, LAST, today}
    for r in rows:
        for day in (r["since"], r["until"]):
            if day is not None:
                days |= {day, clamp(day - timedelta(days=1))}
    for invoice in counted:
        for day in [invoice.issue_date, *(d for d, _ in parts[invoice.id] or [(invoice.due_date, None)])]:
            days |= {day, clamp(day - timedelta(days=1)), clamp(day + timedelta(days=1))}

    by_invoice = defaultdict(list)
    for r in rows:
        by_invoice[r["invoice_id"]].append(r)
    for on in sorted(days):
        expected_open: dict = {}
        expected_customer: dict = defaultdict(lambda: [ZERO, ZERO, 0])
        overdue_total = ZERO
        for invoice in counted:
            if invoice.issue_date > on:
                continue
            reduced = sum(
                (r["amount"] for r in by_invoice[invoice.id] if r["since"] <= on and (r["until"] is None or r["until"] > on)), ZERO
            )
            open_amount = invoice.total - reduced
            assert ZERO <= open_amount <= invoice.total, (invoice.number, on, open_amount)
            expected_open[invoice.id] = open_amount
            cumulative = ZERO
            for due, amount in parts[invoice.id] or [(invoice.due_date, invoice.total)]:
                cumulative += amount
                part_open = min(amount, max(ZERO, cumulative - reduced))
                totals = expected_customer[invoice.customer_id]
                totals[0] += part_open
                if part_open > 0 and on > due:
                    totals[1] += part_open
                    totals[2] = max(totals[2], (on - due).days)
                    overdue_total += part_open
        found = {i.invoice_id: i.open for i in await open_items(org.id, on)}
        assert found == expected_open, on
        report = await aging(org, on)
        assert report.total == sum(expected_open.values(), ZERO), on
        assert report.total - report.buckets[0].amount == overdue_total, on
        balances = await customer_balances(org.id, [c.id for c in customers], on)
        for customer in customers:
            b = balances.get(customer.id)
            figures = (b.open_balance, b.overdue_balance, b.worst_days_overdue) if b else (ZERO, ZERO, 0)
            want = tuple(expected_customer[customer.id]) if customer.id in expected_customer else (ZERO, ZERO, 0)
            assert figures == want, (on, customer.code, figures, want)

    # nothing is dated after today: as of today the ledger is the running sums
    as_of_today = {i.invoice_id: i.open for i in await open_items(org.id, today)}
    for invoice in counted:
        assert as_of_today.get(invoice.id, ZERO) == invoice.total - invoice.allocated - invoice.credited - invoice.written_off


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    today=st.dates(min_value=FIRST + timedelta(days=181), max_value=LAST),
    first=st.lists(new_invoice, min_size=1, max_size=3),
    steps=st.lists(operations, min_size=4, max_size=16),
)
async def test_postings_dated_across_the_whole_range_keep_every_date_consistent(db, today, first, steps):
    moment = datetime.combine(today, time(12), ZoneInfo("Asia/Shanghai")).astimezone(timezone.utc)
    with mock.patch("backend.kit.time.utcnow", lambda: moment):
        org, actor = await ledger_org()
        approver = (await staff(org, Role.ADMIN)).actor
        customers = [await create_customer(org), await create_customer(org)]
        run = Run(today, actor, approver, customers)
        for name, *args in first + steps:
            event(name)
            await getattr(run, name)(*args)
        await check(org, today, customers)
