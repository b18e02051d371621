"""Acceptance 1: opening + movements = closing on a hand-computed statement (partial payments, a credit
note, a write-off, unapplied cash); open items add up to the same closing balance; a sent statement
does not change after later postings; voided and draft documents never appear."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from backend.kit.errors import DomainError
from backend.kit.time import local_today
from backend.payments import service as payments
from backend.reconciliation import repository, service
from backend.reconciliation.models import AccountStatement, LineKind, StatementLine, StatementStatus
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received
from tests.reconciliation.factories import FEB_END, FEB_START, billing_contact, february_ledger, later_payment

D = Decimal


async def lines_of(statement: AccountStatement) -> list[tuple]:
    rows = await StatementLine.filter(statement_id=statement.id, revision=statement.revision).order_by("position")
    return [(r.document_date, r.kind, r.debit, r.credit, r.balance) for r in rows]


async def test_balance_forward_statement_adds_up_by_hand():
    ledger = await february_ledger()
    statement = await service.create_statement(
        ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END
    )
    # Opening (31 Jan): A open 1000 − 400 = 600, less 50 unapplied = 550.
    assert statement.opening_balance == D("550.00")
    assert await lines_of(statement) == [
        (date(2026, 2, 3), LineKind.INVOICE, D("800.00"), D("0.00"), D("1350.00")),
        (date(2026, 2, 10), LineKind.PAYMENT, D("0.00"), D("300.00"), D("1050.00")),
        (date(2026, 2, 12), LineKind.CREDIT_NOTE, D("0.00"), D("100.00"), D("950.00")),
        (date(2026, 2, 20), LineKind.WRITE_OFF, D("0.00"), D("150.00"), D("800.00")),
        (date(2026, 2, 25), LineKind.INVOICE, D("200.00"), D("0.00"), D("1000.00")),
        (date(2026, 2, 27), LineKind.PAYMENT, D("0.00"), D("500.00"), D("500.00")),
    ]
    assert (statement.total_debits, statement.total_credits) == (D("1000.00"), D("1050.00"))
    # Closing (28 Feb) from the ledger: A 0, B 800 − 100 = 700, C 200; unapplied 50 + 350 = 400 → 500.
    assert statement.closing_balance == D("500.00") == statement.opening_balance + statement.total_debits - statement.total_credits
    assert statement.number == "ST-000001"
    # Aging at 28 Feb (base currency): B and C not yet due; the unapplied cash shown beside it.
    aging = statement.aging
    assert aging["buckets"][0] == {"label": "current", "fromDays": None, "toDays": 0, "amount": "900.00", "invoiceCount": 2}
    assert D(aging["total"]) - D(aging["unapplied"]) == statement.closing_balance


async def test_open_items_statement_lists_what_is_open_and_reaches_the_same_closing():
    ledger = await february_ledger()
    statement = await service.create_statement(
        ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END, open_items_only=True
    )
    assert await lines_of(statement) == [
        (date(2026, 1, 25), LineKind.PAYMENT, D("0.00"), D("50.00"), D("-50.00")),
        (date(2026, 2, 3), LineKind.INVOICE, D("700.00"), D("0.00"), D("650.00")),
        (date(2026, 2, 25), LineKind.INVOICE, D("200.00"), D("0.00"), D("850.00")),
        (date(2026, 2, 27), LineKind.PAYMENT, D("0.00"), D("350.00"), D("500.00")),
    ]
    assert statement.closing_balance == D("500.00")


async def test_opening_of_a_month_is_the_closing_of_the_month_before():
    ledger = await february_ledger()
    january = await service.create_statement(
        ledger.owner, customer_id=ledger.customer.id, period_start=date(2026, 1, 1), period_end=date(2026, 1, 31)
    )
    march = await service.create_statement(
        ledger.owner, customer_id=ledger.customer.id, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31)
    )
    # January: 1000 invoiced, 400 + 50 received → 550; March: 500 + 77 invoiced on 2 March → 577.
    assert (january.opening_balance, january.closing_balance) == (D("0.00"), D("550.00"))
    assert (march.opening_balance, march.closing_balance) == (D("500.00"), D("577.00"))


async def test_a_sent_statement_does_not_change_after_later_postings():
    ledger = await february_ledger()
    await billing_contact(ledger.customer, "ap@example.com")
    statement = await service.create_statement(
        ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END
    )
    sent = (await service.send_statement(ledger.owner, statement.id)).statement
    before = await lines_of(sent)
    # A payment back-dated into February, posted after the statement was sent.
    await later_payment(ledger, "100.00", date(2026, 2, 15))
    again = await AccountStatement.get(id=statement.id)
    assert (again.status, again.closing_balance, await lines_of(again)) == (StatementStatus.SENT, D("500.00"), before)
    with pytest.raises(DomainError) as caught:
        await service.refresh_draft(ledger.owner, statement.id)
    assert [e.code.value for e in caught.value.errors] == ["INVALID_STATE"]
    # A new statement for the same month sees it: 500 − 100 = 400.
    fresh = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    assert fresh.closing_balance == D("400.00")
    assert len(await lines_of(fresh)) == 7


async def test_a_draft_follows_the_ledger_until_sent():
    ledger = await february_ledger()
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    await later_payment(ledger, "20.00", date(2026, 2, 28))
    refreshed = await service.refresh_draft(ledger.owner, statement.id)
    assert refreshed.closing_balance == D("480.00")
    assert (await lines_of(refreshed))[-1] == (date(2026, 2, 28), LineKind.PAYMENT, D("0.00"), D("20.00"), D("480.00"))


async def test_bad_periods_and_unknown_customers_are_refused():
    ledger = await february_ledger()
    cases = [
        (dict(customer_id=ledger.customer.id, period_start=FEB_END, period_end=FEB_START), ("periodEnd", "INVALID_PERIOD")),
        (dict(customer_id=ledger.customer.id, period_start=date(1899, 12, 31), period_end=FEB_END), ("periodStart", "INVALID_PERIOD")),
        (dict(customer_id=ledger.customer.id, period_start=date(2020, 1, 1), period_end=FEB_END), ("periodEnd", "INVALID_PERIOD")),
        (dict(customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END, currency="元"), ("currency", "INVALID_CURRENCY")),
        (dict(customer_id=None, period_start=FEB_START, period_end=FEB_END), ("customerId", "NOT_FOUND")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(DomainError) as caught:
            await service.create_statement(ledger.owner, **kwargs)
        assert [(e.field, e.code.value) for e in caught.value.errors] == [expected]
    assert not await AccountStatement.filter(organization_id=ledger.org.id).exists()


async def test_reversed_payments_and_refunds_appear_and_still_add_up():
    org, owner = await ledger_org()
    customer = await create_customer(org)
    today = local_today("Asia/Shanghai")
    invoice = await issued_invoice(owner, customer, "300.00", issue_date=today - timedelta(days=8), due_date=today + timedelta(days=22))
    bounced = await received(owner, customer, "100.00", received_on=today - timedelta(days=5), allocate=[(invoice.id, D("100.00"))])
    await payments.reverse_payment(owner, bounced.id, reason="支票退票")
    extra = await received(owner, customer, "50.00", received_on=today - timedelta(days=4))
    await payments.refund_payment(owner, extra.id, D("20.00"), refunded_on=today - timedelta(days=1))
    statement = await service.create_statement(
        owner, customer_id=customer.id, period_start=today - timedelta(days=10), period_end=today
    )
    # 300 invoiced; 100 received then reversed today; 50 received of which 20 refunded: 300 − 30 = 270.
    assert await lines_of(statement) == [
        (today - timedelta(days=8), LineKind.INVOICE, D("300.00"), D("0.00"), D("300.00")),
        (today - timedelta(days=5), LineKind.PAYMENT, D("0.00"), D("100.00"), D("200.00")),
        (today - timedelta(days=4), LineKind.PAYMENT, D("0.00"), D("50.00"), D("150.00")),
        (today - timedelta(days=1), LineKind.REFUND, D("20.00"), D("0.00"), D("170.00")),
        (today, LineKind.PAYMENT_REVERSAL, D("100.00"), D("0.00"), D("270.00")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (D("0.00"), D("270.00"))
    # The day before the reversal the payment still counted: 300 − 100 − 30 = 170.
    before = await service.create_statement(
        owner, customer_id=customer.id, period_start=today - timedelta(days=10), period_end=today - timedelta(days=1)
    )
    assert before.closing_balance == D("170.00")


async def test_a_foreign_currency_statement_lists_that_currency_with_base_amounts():
    org, owner = await ledger_org()
    customer = await create_customer(org)
    await issued_invoice(owner, customer, "100.00", issue_date=FEB_START, due_date=FEB_END, currency="USD", exchange_rate=D("7.1"))
    await received(owner, customer, "40.00", received_on=date(2026, 2, 10), currency="USD", exchange_rate=D("7.2"))
    await issued_invoice(owner, customer, "999.00", issue_date=FEB_START, due_date=FEB_END)
    statement = await service.create_statement(
        owner, customer_id=customer.id, period_start=FEB_START, period_end=FEB_END, currency="usd"
    )
    rows = await StatementLine.filter(statement_id=statement.id).order_by("position")
    # Only the USD documents; base amounts at each document's own rate: 100 × 7.1, −40 × 7.2.
    assert [(r.debit - r.credit, r.base_amount) for r in rows] == [(D("100.00"), D("710.00")), (D("-40.00"), D("-288.00"))]
    assert (statement.currency, statement.closing_balance, statement.closing_balance_base) == ("USD", D("60.00"), D("422.00"))


async def test_figures_that_do_not_add_up_are_read_again_then_refused(monkeypatch):
    ledger = await february_ledger()
    real = repository.movements
    calls = []

    async def moved_once(*args, **kwargs):
        items = await real(*args, **kwargs)
        calls.append(1)
        # As if a payment committed between reading the balances and reading the movements.
        return items[:-1] if len(calls) == 1 else items

    monkeypatch.setattr(repository, "movements", moved_once)
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    assert (len(calls), statement.closing_balance, len(await lines_of(statement))) == (2, D("500.00"), 6)

    async def always_moving(*args, **kwargs):
        return (await real(*args, **kwargs))[:-1]

    monkeypatch.setattr(repository, "movements", always_moving)
    with pytest.raises(DomainError) as caught:
        await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("id", "LEDGER_MOVED")]
    assert await AccountStatement.filter(organization_id=ledger.org.id).count() == 1
