"""Issue 9 §3: one balance as of a date and one definition of overdue (per installment part), the
same in aging, customer balances and the `overdue` filters, the scorecard and alert inputs, the
credit hold and the KPIs; voided invoices have nothing open in any part."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.alerts import service as alerts
from backend.alerts.models import Alert, RuleKind
from backend.analytics.service import position
from backend.credit.inputs import load_snapshots
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.kit.errors import DomainError
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, freeze_today, issued_invoice, ledger_org, one_line, received, staff

D = Decimal
TODAY = date(2026, 3, 10)

BALANCES = "query($id: ID!) { customer(id: $id) { balances { openBalance overdueBalance worstDaysOverdue } } }"
CUSTOMERS = "query($overdue: Boolean) { customers(filter: {overdue: $overdue}, first: 50) { nodes { code } } }"
INVOICES = "query($overdue: Boolean) { invoices(filter: {overdue: $overdue}, first: 50) { nodes { number } } }"
INVOICE = "query($id: ID!) { invoice(id: $id) { status openAmount installments { sequence openAmount } } }"


async def _balances(gql, m, customer) -> dict:
    result = await gql(BALANCES, {"id": str(customer.id)}, token=m.token, org=m.org.id)
    return result["data"]["customer"]["balances"]


async def _codes(gql, m, query: str, overdue: bool, key: str) -> set[str]:
    result = await gql(query, {"overdue": overdue}, token=m.token, org=m.org.id)
    return {n[key] for n in result["data"][next(iter(result["data"]))]["nodes"]}


async def test_three_installments_show_the_same_overdue_amount_everywhere(gql, monkeypatch):
    """300 in three parts due 31 Jan, 28 Feb, 31 Mar, nothing paid; on 10 Mar two parts are overdue."""
    freeze_today(monkeypatch, TODAY)
    m = await member(gql, Role.OWNER)
    actor = (await staff(m.org, Role.OWNER)).actor
    split = await create_customer(m.org, code="SPLIT")
    later = await create_customer(m.org, code="LATER")
    invoice = await issued_invoice(
        actor, split, "300.00", issue_date=date(2026, 1, 1),
        installments=[(date(2026, 1, 31), "100.00"), (date(2026, 2, 28), "100.00"), (date(2026, 3, 31), "100.00")],
    )
    not_due = await issued_invoice(actor, later, "50.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 31))

    # aging: 10 Mar − 28 Feb = 10 days (1–30), 10 Mar − 31 Jan = 38 days (31–60), 31 Mar current
    report = {b.label: b.amount for b in (await aging(m.org, TODAY)).buckets}
    assert (report["current"], report["1-30"], report["31-60"]) == (D("150.00"), D("100.00"), D("100.00"))
    overdue = D("200.00")
    assert await _balances(gql, m, split) == {"openBalance": "300.00", "overdueBalance": "200.00", "worstDaysOverdue": 38}
    assert await _balances(gql, m, later) == {"openBalance": "50.00", "overdueBalance": "0.00", "worstDaysOverdue": 0}
    assert await _codes(gql, m, CUSTOMERS, True, "code") == {"SPLIT"}
    assert await _codes(gql, m, CUSTOMERS, False, "code") == {"LATER"}
    assert await _codes(gql, m, INVOICES, True, "number") == {invoice.number}
    assert await _codes(gql, m, INVOICES, False, "number") == {not_due.number}
    behaviour = (await load_snapshots(m.org.id, [split.id], TODAY))[split.id].inputs.behaviour  # scorecard and alert rules
    assert (behaviour.open_balance, behaviour.overdue_balance, behaviour.worst_days_overdue) == (D("300.00"), overdue, 38)
    kpi = await position(actor, TODAY)
    assert (kpi.total, kpi.overdue, kpi.overdue_invoices) == (D("350.00"), overdue, 1)
    # the default rule "more than 30 days overdue" fires on the part 38 days overdue
    assert await alerts.evaluate_customers(m.org.id, [split.id, later.id], TODAY) == 1
    (alert,) = await Alert.filter(organization_id=m.org.id)
    assert (alert.customer_id, alert.kind, alert.details["worst_days_overdue"]) == (split.id, RuleKind.OVERDUE_DAYS, 38)

    # 150 paid on 10 Mar settles the first part and half the second: 50 overdue, 10 days
    await received(actor, split, "150.00", received_on=TODAY, allocate=[(invoice.id, D("150.00"))])
    assert await _balances(gql, m, split) == {"openBalance": "150.00", "overdueBalance": "50.00", "worstDaysOverdue": 10}
    behaviour = (await load_snapshots(m.org.id, [split.id], TODAY))[split.id].inputs.behaviour
    assert (behaviour.overdue_balance, behaviour.worst_days_overdue) == (D("50.00"), 10)


async def test_worst_days_overdue_is_the_oldest_unpaid_part(gql, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    m = await member(gql, Role.OWNER)
    actor = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org)
    # 5 Jul 2024 → 10 Mar 2026: 365 (to 5 Jul 2025) + 243 (to 5 Mar 2026) + 5 = 613 days;
    # the last part, 4 Sep 2024, is 61 days later: 552 days
    await issued_invoice(
        actor, customer, "200.00", issue_date=date(2024, 6, 1),
        installments=[(date(2024, 7, 5), "100.00"), (date(2024, 9, 4), "100.00")],
    )
    assert await _balances(gql, m, customer) == {"openBalance": "200.00", "overdueBalance": "200.00", "worstDaysOverdue": 613}
    behaviour = (await load_snapshots(m.org.id, [customer.id], TODAY))[customer.id].inputs.behaviour
    assert behaviour.worst_days_overdue == 613


async def test_a_foreign_currency_overdue_part_counts_in_the_base_currency(gql, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    m = await member(gql, Role.OWNER)
    actor = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org)
    # 200 EUR at 7.8: 1,560.00 CNY open; the part due 1 Feb (100 EUR = 780.00 CNY) is 37 days overdue
    await issued_invoice(
        actor, customer, "200.00", currency="EUR", exchange_rate=D("7.8"), issue_date=date(2026, 1, 1),
        installments=[(date(2026, 2, 1), "100.00"), (date(2026, 4, 30), "100.00")],
    )
    assert await _balances(gql, m, customer) == {"openBalance": "1560.00", "overdueBalance": "780.00", "worstDaysOverdue": 37}
    behaviour = (await load_snapshots(m.org.id, [customer.id], TODAY))[customer.id].inputs.behaviour
    assert (behaviour.open_balance, behaviour.overdue_balance) == (D("1560.00"), D("780.00"))


async def test_the_credit_hold_counts_the_oldest_overdue_part(db, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    org, actor = await ledger_org()
    # grade B goes on hold with a part more than 45 days overdue (default policy): 20 Jan → 10 Mar = 49 days,
    # while the invoice's last part (31 Mar) is not due yet
    customer = await create_customer(org, grade="B")
    await issued_invoice(
        actor, customer, "200.00", issue_date=date(2026, 1, 1),
        installments=[(date(2026, 1, 20), "100.00"), (date(2026, 3, 31), "100.00")],
    )
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("1.00"))
    with pytest.raises(DomainError) as refused:
        await invoices.issue_invoice(actor, draft.id)
    assert [(e.field, e.code.value) for e in refused.value.errors] == [("customer", "CUSTOMER_ON_HOLD")]
    assert "49 days overdue" in refused.value.errors[0].message


async def test_balances_as_of_a_date_leave_out_rows_dated_after_it(gql, monkeypatch):
    """A write-off dated 26 Feb 2027 does not lower the balance as of 20 Feb 2027."""
    freeze_today(monkeypatch, date(2027, 3, 1))
    m = await member(gql, Role.OWNER)
    owner = (await staff(m.org, Role.OWNER)).actor
    approver = (await staff(m.org, Role.ADMIN)).actor
    customer = await create_customer(m.org)
    await issued_invoice(owner, customer, "100.00", issue_date=date(2027, 1, 1), due_date=date(2027, 1, 31))
    invoice = await issued_invoice(owner, customer, "100.00", issue_date=date(2027, 1, 1), due_date=date(2027, 1, 31))
    request = await invoices.request_write_off(owner, invoice.id, amount=D("40.00"), reason="坏账")
    await invoices.approve_write_off(approver, request.id, written_off_on=date(2027, 2, 26))
    # as of 1 Mar: 100 + (100 − 40) = 160 open, all overdue (29 days)
    assert await _balances(gql, m, customer) == {"openBalance": "160.00", "overdueBalance": "160.00", "worstDaysOverdue": 29}
    # as of 20 Feb the write-off has not happened yet: 200 open, 20 days overdue
    freeze_today(monkeypatch, date(2027, 2, 20))
    assert await _balances(gql, m, customer) == {"openBalance": "200.00", "overdueBalance": "200.00", "worstDaysOverdue": 20}
    behaviour = (await load_snapshots(m.org.id, [customer.id], date(2027, 2, 20)))[customer.id].inputs.behaviour
    assert (behaviour.open_balance, behaviour.overdue_balance) == (D("200.00"), D("200.00"))
    assert (await aging(m.org, date(2027, 2, 20))).total == D("200.00")


async def test_days_late_count_from_each_part_a_payment_settles(db, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(
        actor, customer, "300.00", issue_date=date(2026, 1, 1),
        installments=[(date(2026, 1, 31), "100.00"), (date(2026, 2, 28), "100.00"), (date(2026, 3, 31), "100.00")],
    )
    await received(actor, customer, "100.00", received_on=date(2026, 2, 10), allocate=[(invoice.id, D("100.00"))])
    await received(actor, customer, "200.00", received_on=TODAY, allocate=[(invoice.id, D("200.00"))])
    # 100 on 10 Feb settles the part due 31 Jan: 10 days late; 200 on 10 Mar settles the part due
    # 28 Feb (10 days late) and the part due 31 Mar (not late): 100×10 + 100×10 + 100×0 = 2,000
    behaviour = (await load_snapshots(org.id, [customer.id], TODAY))[customer.id].inputs.behaviour
    assert (behaviour.late_amount_days, behaviour.paid_amount) == (D("2000.00"), D("300.00"))


async def test_a_voided_invoice_has_nothing_open_in_any_part(gql, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    m = await member(gql, Role.OWNER)
    actor = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org)
    invoice = await issued_invoice(
        actor, customer, "687.96", issue_date=date(2026, 1, 1),
        installments=[(date(2026, 2, 1), "171.99"), (date(2026, 3, 1), "171.99"), (date(2026, 4, 1), "171.99"), (date(2026, 5, 1), "171.99")],
    )
    await invoices.void_invoice(actor, invoice.id, reason="开错")
    result = await gql(INVOICE, {"id": str(invoice.id)}, token=m.token, org=m.org.id)
    assert result["data"]["invoice"] == {
        "status": "VOID", "openAmount": "0.00",
        "installments": [{"sequence": i, "openAmount": "0.00"} for i in range(1, 5)],
    }
