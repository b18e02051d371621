"""The open parts and due-date balances the database keeps (migration 0022): filled by an import's
COPY, right when two transactions post to the same customer and due date at once, and read as of
today without reading the ledger rows, as of a past date from them.

Figures by hand; the property tests (tests/payments/test_ledger_properties.py) compare both
tables with the ledger's computation after every random step."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import asyncpg
from tortoise import connections

from backend.db import credentials_from_url
from backend.imports.models import ImportKind, ImportState
from backend.invoices.aging import aging
from backend.invoices.balances import customer_balances
from backend.payments import service as payments
from backend.payments.models import PaymentMethod
from tests.imports.files import csv_bytes
from tests.imports.test_invoice_import import HEADER, run
from tests.invoices.factories import create_customer, issued_invoice, ledger_org

D = Decimal
DUE = date(2026, 2, 1)


async def _kept(org_id) -> tuple[list[tuple], list[tuple]]:
    conn = connections.get("default")
    parts = await conn.execute_query_dict(
        "SELECT i.number, p.sequence, p.due_date, p.open, p.base, p.previous_due_date FROM ar_open_parts p "
        "JOIN invoices i ON i.id = p.invoice_id WHERE p.organization_id = $1 ORDER BY i.number, p.sequence", [org_id]
    )
    balances = await conn.execute_query_dict(
        "SELECT c.code, b.currency, b.due_date, b.open, b.base, b.parts, b.firsts FROM ar_due_balances b "
        "JOIN customers c ON c.id = b.customer_id WHERE b.organization_id = $1 ORDER BY c.code, b.due_date", [org_id]
    )
    return [tuple(r.values()) for r in parts], [tuple(r.values()) for r in balances]


async def test_an_import_fills_the_open_parts_and_balances(db):
    org, actor = await ledger_org()
    rows = [
        HEADER,
        ["FP-1", "K1", "上海一号有限公司", "2025-11-01", "2025-12-01", "1,200.00", "CNY", ""],
        ["FP-2", "K1", "上海一号有限公司", "2025-11-05", "2025-12-01", "800.50", "CNY", "300"],
        ["FP-3", "K2", "杭州二号有限公司", "2025-11-20", "2025-12-20", "99.99", "CNY", "50"],
    ]
    job = await run(actor, ImportKind.INVOICES, "期初.csv", csv_bytes(rows))
    assert job.state is ImportState.SUCCEEDED
    parts, balances = await _kept(org.id)
    assert parts == [
        ("FP-1", 1, date(2025, 12, 1), D("1200.00"), D("1200.00"), None),
        ("FP-2", 1, date(2025, 12, 1), D("500.50"), D("500.50"), None),
        ("FP-3", 1, date(2025, 12, 20), D("49.99"), D("49.99"), None),
    ]
    assert balances == [
        ("K1", "CNY", date(2025, 12, 1), D("1700.50"), D("1700.50"), 2, 2),
        ("K2", "CNY", date(2025, 12, 20), D("49.99"), D("49.99"), 1, 1),
    ]


async def test_installments_are_parts_filled_in_due_date_order(db):
    org, actor = await ledger_org()
    customer = await create_customer(org, code="I1")
    invoice = await issued_invoice(
        actor, customer, "300.00", installments=[(date(2026, 2, 1), "100.00"), (date(2026, 3, 1), "200.00")]
    )
    await payments.record_payment(
        actor, customer_id=customer.id, amount=D("130.00"), currency="CNY", method=PaymentMethod.BANK_TRANSFER,
        received_on=date(2026, 1, 20), allocate=[(invoice.id, D("130.00"))],
    )
    parts, balances = await _kept(org.id)
    # 130 fills the first part (100) and 30 of the second: only the second is open, and it is now
    # the invoice's first open part.
    assert parts == [(invoice.number, 2, date(2026, 3, 1), D("170.00"), D("170.00"), None)]
    assert balances == [("I1", "CNY", date(2026, 3, 1), D("170.00"), D("170.00"), 1, 1)]


async def test_two_transactions_posting_to_one_due_date_both_count(db):
    """T1 changes invoice A and holds its transaction open; T2 pays invoice B of the same customer,
    due the same day, so it waits on the same due-date balance. When T1 commits, T2 adds its own
    change to T1's: neither is lost."""
    org, actor = await ledger_org()
    customer = await create_customer(org, code="R1")
    first = await issued_invoice(actor, customer, "100.00", due_date=DUE)
    second = await issued_invoice(actor, customer, "200.00", due_date=DUE)
    creds = credentials_from_url(db)
    raw = await asyncpg.connect(
        host=creds["host"], port=creds["port"], user=creds["user"], password=creds["password"], database=creds["database"]
    )
    try:
        transaction = raw.transaction()
        await transaction.start()
        await raw.execute(
            "UPDATE invoices SET allocated = allocated + 30, status = 'partially_paid' WHERE id = $1", first.id
        )
        paying = asyncio.ensure_future(
            payments.record_payment(
                actor, customer_id=customer.id, amount=D("50.00"), currency="CNY", method=PaymentMethod.BANK_TRANSFER,
                received_on=date(2026, 1, 15), allocate=[(second.id, D("50.00"))],
            )
        )
        for _ in range(100):
            waiting = await raw.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if waiting or paying.done():
                break
            await asyncio.sleep(0.05)
        assert waiting == 1 and not paying.done(), "the payment did not wait on the balance T1 holds"
        await transaction.commit()
        await paying
    finally:
        await raw.close()
    _, balances = await _kept(org.id)
    assert balances == [("R1", "CNY", DUE, D("220.00"), D("220.00"), 2, 2)]


async def test_as_of_today_and_as_of_a_past_date(db):
    """Today nothing is dated later: the kept rows answer. On 2026-01-10 the payment of 2026-01-15
    had not been received: the ledger rows answer, with the full 300 open."""
    org, actor = await ledger_org()
    customer = await create_customer(org, code="A1")
    invoice = await issued_invoice(actor, customer, "300.00", due_date=date(2026, 1, 5))
    await payments.record_payment(
        actor, customer_id=customer.id, amount=D("120.00"), currency="CNY", method=PaymentMethod.BANK_TRANSFER,
        received_on=date(2026, 1, 15), allocate=[(invoice.id, D("120.00"))],
    )
    today = date(2026, 1, 20)
    now = await customer_balances(org.id, [customer.id], today)
    assert (now[customer.id].open_balance, now[customer.id].overdue_balance, now[customer.id].worst_days_overdue) == (
        D("180.00"), D("180.00"), 15
    )
    before = await customer_balances(org.id, [customer.id], date(2026, 1, 10))
    assert (before[customer.id].open_balance, before[customer.id].worst_days_overdue) == (D("300.00"), 5)
    report = await aging(org, date(2026, 1, 10))
    assert [(b.label, b.amount, b.invoice_count) for b in report.buckets if b.amount] == [("1-30", D("300.00"), 1)]
    assert (report.invoice_count, report.customer_count) == (1, 1)
