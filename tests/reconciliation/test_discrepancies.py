"""Discrepancies: one per disputed line, assigned to the customer's collector, resolved with the
document that settled them; the last one resolves the statement, which may then be sent again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.invoices import service as invoices
from backend.kit.errors import DomainError
from backend.reconciliation import service
from backend.reconciliation.models import (
    DiscrepancyStatus,
    DisputeReason,
    Resolution,
    StatementLine,
    StatementStatus,
)
from tests.invoices.factories import create_customer, issued_invoice, staff
from tests.reconciliation.factories import FEB_END, FEB_START, billing_contact, february_ledger

VISITOR = service.Visitor(ip="192.0.2.1", user_agent="test")


def codes(caught: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in caught.value.errors]


async def test_resolutions_name_the_settling_document():
    ledger = await february_ledger()
    collector = await staff(ledger.org, Role.COLLECTOR)
    ledger.customer.collector_id = collector.membership.id
    await ledger.customer.save()
    await billing_contact(ledger.customer, "ap@example.com")
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    sent = await service.send_statement(ledger.owner, statement.id)
    lines = await StatementLine.filter(statement_id=statement.id).order_by("position").limit(2)
    answer = await service.dispute(sent.link, VISITOR, name="会计", upload=None, lines=[
        service.DisputedLine(line.id, DisputeReason.AMOUNT_DIFFERS, Decimal("1.00"), "") for line in lines
    ])
    assert answer.statement.status is StatementStatus.DISPUTED
    first, second = await answer.statement.discrepancies.all().order_by("created_at", "id")
    assert {first.assigned_to_id, second.assigned_to_id} == {collector.membership.id}

    other = await create_customer(ledger.org)
    theirs = await invoices.create_credit_note(ledger.owner, customer_id=other.id, currency="CNY", amount=Decimal("1.00"), reason="x")
    ours = await invoices.create_credit_note(
        ledger.owner, customer_id=ledger.customer.id, currency="CNY", amount=Decimal("1.00"), reason="对账", issue_date=date(2026, 3, 1)
    )
    invoice = await issued_invoice(ledger.owner, ledger.customer, "1.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 31))
    refusals = [
        (Resolution.CREDIT_NOTE_ISSUED, None, ("documentId", "REQUIRED")),
        (Resolution.CREDIT_NOTE_ISSUED, theirs.id, ("documentId", "NOT_FOUND")),
        (Resolution.CREDIT_NOTE_ISSUED, invoice.id, ("documentId", "NOT_FOUND")),
        (Resolution.NO_CHANGE, ours.id, ("documentId", "INVALID")),
    ]
    for resolution, document, expected in refusals:
        with pytest.raises(DomainError) as caught:
            await service.resolve_discrepancy(ledger.owner, first.id, resolution=resolution, document_id=document)
        assert codes(caught) == [expected]

    resolved = await service.resolve_discrepancy(ledger.owner, first.id, resolution=Resolution.ADJUSTMENT_POSTED, document_id=invoice.id)
    assert (resolved.status, resolved.document_id, resolved.resolved_by_id) == (DiscrepancyStatus.RESOLVED, invoice.id, ledger.owner.user_id)
    with pytest.raises(DomainError) as caught:
        await service.send_statement(ledger.owner, statement.id)
    assert codes(caught) == [("id", "OPEN_DISCREPANCIES")]
    with pytest.raises(DomainError) as caught:
        await service.resolve_discrepancy(ledger.owner, first.id, resolution=Resolution.NO_CHANGE)
    assert codes(caught) == [("id", "INVALID_STATE")]
    await service.resolve_discrepancy(ledger.owner, second.id, resolution=Resolution.CREDIT_NOTE_ISSUED, document_id=ours.id)
    resent = await service.send_statement(ledger.owner, statement.id)
    assert (resent.statement.status, resent.statement.revision) == (StatementStatus.SENT, 2)
