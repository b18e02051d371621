"""Issuing: due dates from terms, gap-free numbers (also under concurrency), the credit check,
void and dispute rules."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest

from backend.audit.models import AuditEntry
from backend.customers.models import CustomerStatus
from backend.invoices import service as invoices
from backend.invoices.models import Invoice, InvoiceStatus, NumberSeries
from backend.kit.errors import DomainError
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, one_line, received


def codes(caught: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in caught.value.errors]


async def test_due_date_from_customer_terms_else_thirty_days(db):
    org, actor = await ledger_org()
    with_terms = await create_customer(org, payment_terms_days=45)
    without = await create_customer(org)
    a = await issued_invoice(actor, with_terms, issue_date=date(2026, 1, 31))
    b = await issued_invoice(actor, without, issue_date=date(2026, 1, 31))
    c = await issued_invoice(actor, without, issue_date=date(2026, 1, 31), due_date=date(2026, 2, 5))
    # 31 Jan + 45 days = 17 Mar (28 days of February); + 30 days = 2 Mar
    assert (a.due_date, b.due_date, c.due_date) == (date(2026, 3, 17), date(2026, 3, 2), date(2026, 2, 5))
    assert (a.number, b.number, c.number) == ("INV-000001", "INV-000002", "INV-000003")
    assert a.status is InvoiceStatus.ISSUED and a.issued_at is not None
    entry = await AuditEntry.filter(organization_id=org.id, action="invoice.issue", target_id=str(a.id)).get()
    assert entry.changes["fields"]["number"] == {"from": None, "to": "INV-000001"}


async def test_refused_issue_does_not_consume_a_number(db):
    org, actor = await ledger_org()
    good = await create_customer(org)
    held = await create_customer(org, status=CustomerStatus.ON_HOLD)
    limited = await create_customer(org, credit_limit=Decimal("150.00"))
    first = await issued_invoice(actor, good)
    for customer in (held, limited):
        draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("200.00"))
        with pytest.raises(DomainError) as caught:
            await invoices.issue_invoice(actor, draft.id, issue_date=date(2026, 1, 2))
        assert codes(caught) == [("customer", "CUSTOMER_ON_HOLD" if customer is held else "CREDIT_LIMIT_EXCEEDED")]
        assert (await Invoice.get(id=draft.id)).status is InvoiceStatus.DRAFT
    second = await issued_invoice(actor, good)
    assert (first.number, second.number) == ("INV-000001", "INV-000002")


async def test_credit_limit_counts_open_exposure(db):
    org, actor = await ledger_org()
    customer = await create_customer(org, credit_limit=Decimal("250.00"))
    await issued_invoice(actor, customer, "100.00")
    # exposure 100 + 150 = 250 ≤ 250: allowed; then 250 + 0.01 > 250: refused
    await issued_invoice(actor, customer, "150.00")
    with pytest.raises(DomainError) as caught:
        await issued_invoice(actor, customer, "0.01")
    assert codes(caught) == [("customer", "CREDIT_LIMIT_EXCEEDED")]


async def test_thirty_concurrent_issues_get_numbers_one_to_thirty(db):
    org, actor = await ledger_org()
    customers = [await create_customer(org) for _ in range(3)]
    drafts = [
        await invoices.create_draft(actor, customer_id=customers[i % 3].id, currency="CNY", lines=one_line("10.00"))
        for i in range(30)
    ]
    # one more draft for an on-hold customer fails in the middle of the crowd
    held = await create_customer(org, status=CustomerStatus.ON_HOLD)
    failing = await invoices.create_draft(actor, customer_id=held.id, currency="CNY", lines=one_line("10.00"))
    results = await asyncio.gather(
        *[invoices.issue_invoice(actor, d.id) for d in drafts[:15]],
        invoices.issue_invoice(actor, failing.id),
        *[invoices.issue_invoice(actor, d.id) for d in drafts[15:]],
        return_exceptions=True,
    )
    assert isinstance(results[15], DomainError)
    numbers = sorted(int(r.number.removeprefix("INV-")) for r in results if isinstance(r, Invoice))
    assert numbers == list(range(1, 31))
    assert (await NumberSeries.get(organization_id=org.id, name="invoice")).next_value == 31


async def test_issue_refuses_non_drafts_and_bad_dates(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer)
    with pytest.raises(DomainError) as caught:
        await invoices.issue_invoice(actor, invoice.id)
    assert codes(caught) == [("id", "NOT_DRAFT")]
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("10.00"))
    with pytest.raises(DomainError) as caught:
        await invoices.issue_invoice(actor, draft.id, issue_date=date(2026, 2, 1), due_date=date(2026, 1, 31))
    assert codes(caught) == [("dueDate", "INVALID_DATE")]
    with pytest.raises(DomainError) as caught:
        await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("-5.00"))
    assert codes(caught) == [("lines", "TOTAL_NOT_POSITIVE")]
    # 5.00 − 5.00 = 0.00: a draft may be zero, an issued invoice may not
    zero = await invoices.create_draft(
        actor, customer_id=customer.id, currency="CNY", lines=[*one_line("5.00"), *one_line("-5.00")]
    )
    with pytest.raises(DomainError) as caught:
        await invoices.issue_invoice(actor, zero.id)
    assert codes(caught) == [("lines", "TOTAL_NOT_POSITIVE")]


async def test_void_only_without_applications(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    clean = await issued_invoice(actor, customer)
    paid = await issued_invoice(actor, customer)
    await received(actor, customer, "10.00", allocate=[(paid.id, Decimal("10.00"))])
    with pytest.raises(DomainError) as caught:
        await invoices.void_invoice(actor, paid.id, reason="开错了")
    assert codes(caught) == [("id", "HAS_APPLICATIONS")]
    with pytest.raises(DomainError) as caught:
        await invoices.void_invoice(actor, clean.id, reason=" ")
    assert codes(caught) == [("reason", "REQUIRED")]
    voided = await invoices.void_invoice(actor, clean.id, reason="开错了")
    assert voided.status is InvoiceStatus.VOID and voided.number == "INV-000001"
    with pytest.raises(DomainError) as caught:
        await invoices.void_invoice(actor, clean.id, reason="again")
    assert codes(caught) == [("id", "INVOICE_NOT_OPEN")]


async def test_dispute_flag_set_and_cleared(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer)
    assert (await invoices.set_dispute(actor, invoice.id, disputed=True, note="数量不符")).disputed
    assert not (await invoices.set_dispute(actor, invoice.id, disputed=False)).disputed
    actions = await AuditEntry.filter(organization_id=org.id, action="invoice.dispute").count()
    assert actions == 2
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("1.00"))
    with pytest.raises(DomainError) as caught:
        await invoices.set_dispute(actor, draft.id, disputed=True)
    assert codes(caught) == [("id", "INVOICE_NOT_OPEN")]


async def test_drafts_are_edited_with_versions_and_deleted(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("10.00"))
    changed = await invoices.update_draft(actor, draft.id, version=draft.version, lines=one_line("12.50", "0.13"), notes="加急")
    # 12.50 + 12.50 × 0.13 = 12.50 + 1.625 → 1.63 (half-up) = 14.13
    assert (changed.total, changed.notes, changed.version) == (Decimal("14.13"), "加急", 2)
    with pytest.raises(DomainError) as caught:
        await invoices.update_draft(actor, draft.id, version=1, notes="stale")
    assert codes(caught) == [("version", "STALE_VERSION")]
    await invoices.delete_draft(actor, draft.id)
    assert not await Invoice.exists(id=draft.id)
