"""Send a month: every customer with a balance or a movement in the month gets its statement (its draft,
else a new one) once, however often the month is sent; customers without a billing email are reported
with the reason and sent once the reason is gone."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role, User
from backend.audit.models import AuditEntry
from backend.customers.models import CustomerStatus
from backend.reconciliation.models import AccountStatement, StatementLink, StatementStatus
from tests.fixtures.api import login
from tests.invoices.factories import create_customer, issued_invoice, staff
from tests.reconciliation import gql as q
from tests.reconciliation.factories import FEB_END, FEB_START, billing_contact, february_ledger

SEND_MONTH = """
mutation($y: Int!, $m: Int!, $c: String) {
  accountStatementSendMonth(year: $y, month: $m, currency: $c) {
    periodStart periodEnd currency alreadySent nothingToReconcile
    sent { id status customer { legalName } openingBalance closingBalance }
    skipped { customerId code name reason periodStart periodEnd }
    errors { field code }
  }
}
"""


async def _send(gql, token, ledger, year=2026, month=2, currency=None) -> dict:
    result = await q.call(gql, token, ledger, SEND_MONTH, {"y": year, "m": month, "c": currency})
    return result["accountStatementSendMonth"]


@pytest.mark.worker
async def test_a_month_is_sent_once_to_every_customer_with_activity(gql, worker_process, smtp_server):
    inbox, _ = smtp_server
    # The ledger's customer: opening 550.00 (A 1,000.00 − 400.00 paid − 50.00 unapplied), closing 500.00.
    ledger = await february_ledger()
    await billing_contact(ledger.customer, "ledger-ap@example.com")
    # A customer whose draft for February already exists: the draft is sent, no second statement made.
    drafted = await create_customer(ledger.org, legal_name="已有草稿的客户")
    await billing_contact(drafted, "drafted-ap@example.com", language="en")
    await issued_invoice(ledger.owner, drafted, "300.00", issue_date=date(2026, 2, 5), due_date=date(2026, 3, 7))
    no_email = await create_customer(ledger.org, legal_name="没有邮箱的客户")
    await issued_invoice(ledger.owner, no_email, "88.00", issue_date=FEB_START, due_date=FEB_END)
    quiet = await create_customer(ledger.org, legal_name="没有往来的客户")
    await billing_contact(quiet, "quiet@example.com")
    archived = await create_customer(ledger.org, legal_name="已归档的客户", status=CustomerStatus.ARCHIVED)
    await billing_contact(archived, "archived@example.com")
    # March activity only: nothing to reconcile in February.
    await issued_invoice(ledger.owner, quiet, "10.00", issue_date=date(2026, 3, 3), due_date=date(2026, 4, 2))

    owner = await q.owner_token(gql, ledger)
    draft = await q.call(gql, owner, ledger, q.CREATE, {"input": {
        "customerId": str(drafted.id), "periodStart": "2026-02-01", "periodEnd": "2026-02-28",
    }})
    draft_id = draft["accountStatementCreate"]["statement"]["id"]

    first = await _send(gql, owner, ledger)
    assert first["errors"] == []
    assert (first["periodStart"], first["periodEnd"], first["currency"]) == ("2026-02-01", "2026-02-28", "CNY")
    sent = {s["customer"]["legalName"]: s for s in first["sent"]}
    assert set(sent) == {"上海某某贸易有限公司", "已有草稿的客户"}
    assert (sent["上海某某贸易有限公司"]["openingBalance"], sent["上海某某贸易有限公司"]["closingBalance"]) == ("550.00", "500.00")
    assert (sent["已有草稿的客户"]["id"], sent["已有草稿的客户"]["closingBalance"]) == (draft_id, "300.00")
    assert {s["status"] for s in first["sent"]} == {"SENT"}
    skipped = [{"customerId": str(no_email.id), "code": no_email.code, "name": "没有邮箱的客户", "reason": "NO_BILLING_CONTACT",
                "periodStart": "2026-02-01", "periodEnd": "2026-02-28"}]
    assert (first["alreadySent"], first["nothingToReconcile"], first["skipped"]) == (0, 1, skipped)

    # Sent again: nobody gets a second statement or a second link; the skipped one is reported again.
    second = await _send(gql, owner, ledger)
    assert (second["sent"], second["alreadySent"], second["nothingToReconcile"], second["skipped"]) == ([], 2, 1, skipped)
    statements = await AccountStatement.filter(organization_id=ledger.org.id, period_start=FEB_START, period_end=FEB_END)
    assert sorted((s.customer_id, s.status) for s in statements) == sorted(
        [(ledger.customer.id, StatementStatus.SENT), (drafted.id, StatementStatus.SENT)]
    )
    assert await StatementLink.filter(statement__organization_id=ledger.org.id).count() == 2

    # The reason goes away: the next send makes and sends that customer's statement, and only that one.
    await billing_contact(no_email, "found-ap@example.com")
    third = await _send(gql, owner, ledger)
    assert ([s["customer"]["legalName"] for s in third["sent"]], third["alreadySent"], third["skipped"]) == (["没有邮箱的客户"], 2, [])
    assert third["sent"][0]["closingBalance"] == "88.00"

    for address in ("ledger-ap@example.com", "drafted-ap@example.com", "found-ap@example.com"):
        mail = await asyncio.to_thread(inbox.wait_for, lambda m, address=address: m["To"] == address)
        assert any(part.get_content_type() == "application/pdf" for part in mail.walk())
    actions = await AuditEntry.filter(organization_id=ledger.org.id, action="account_statement.send_month").count()
    assert actions == 3


async def test_bad_months_and_roles_are_refused_and_change_nothing(gql):
    ledger = await february_ledger()
    await billing_contact(ledger.customer, "ledger-ap@example.com")
    owner = await q.owner_token(gql, ledger)
    for year, month, currency, field, code in (
        (2026, 13, None, "month", "INVALID_PERIOD"),
        (2026, 0, None, "month", "INVALID_PERIOD"),
        (1, 1, None, "year", "INVALID_PERIOD"),
        (2027, 6, None, "month", "INVALID_PERIOD"),
        (2026, 2, "人民币", "currency", "INVALID_CURRENCY"),
    ):
        refused = await _send(gql, owner, ledger, year, month, currency)
        assert refused["errors"] == [{"field": field, "code": code}], (year, month, currency)
        assert refused["sent"] == []
    collector = await staff(ledger.org, Role.COLLECTOR)
    token = (await login(gql, await User.get(id=collector.membership.user_id)))["accessToken"]
    forbidden = await gql(SEND_MONTH, {"y": 2026, "m": 2}, token=token, org=ledger.org.id)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await AccountStatement.filter(organization_id=ledger.org.id).count() == 0
    assert await AuditEntry.filter(organization_id=ledger.org.id, action="account_statement.send_month").count() == 0


async def test_a_foreign_currency_month_lists_that_currency_only(gql):
    ledger = await february_ledger()
    await billing_contact(ledger.customer, "ledger-ap@example.com")
    owner = await q.owner_token(gql, ledger)
    usd = await _send(gql, owner, ledger, currency="usd")
    assert (usd["errors"], usd["currency"], usd["sent"], usd["nothingToReconcile"]) == ([], "USD", [], 1)
    assert Decimal(0) == sum(s.closing_balance for s in await AccountStatement.filter(organization_id=ledger.org.id))
