"""The payments API: record with allocation, payment detail, unapplied cash, payload errors, scoping."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Membership, Role
from backend.audit.models import AuditEntry
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, received, staff

RECORD = """
mutation($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    payment { id amount allocated unapplied status allocations { amount invoice { number openAmount status } } }
    errors { field code }
  }
}
"""
ALLOCATE = """
mutation($id: ID!, $allocations: [InvoiceAmountInput!], $oldest: Boolean! = false) {
  paymentAllocate(id: $id, allocations: $allocations, oldestDueFirst: $oldest) { payment { unapplied } errors { field code } }
}
"""
REFUND = """
mutation($id: ID!, $amount: Decimal!) {
  paymentRefund(id: $id, amount: $amount, reason: "多付") { refund { amount } payment { refunded unapplied } errors { field code } }
}
"""
REVERSE = """
mutation($id: ID!) { paymentReverse(id: $id, reason: "退票") { payment { status unapplied allocated } errors { field code } } }
"""
UNAPPLIED = "query($c: ID!) { customerUnappliedCash(customerId: $c) { currency amount } }"
PAYMENTS = """
query($filter: PaymentFilter) { payments(filter: $filter) { totalCount nodes { amount unapplied customerId } } }
"""


async def test_record_allocate_refund_and_reverse_through_the_api(gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    customer = await create_customer(owner.org)
    a = await issued_invoice(actor, customer, "60.00")
    b = await issued_invoice(actor, customer, "30.00")
    recorded = await gql(
        RECORD,
        {"input": {"customerId": str(customer.id), "amount": "100.00", "currency": "CNY", "method": "BANK_TRANSFER",
                   "receivedOn": "2026-01-15", "reference": "电汇 0115", "oldestDueFirst": True}},
        token=owner.token, org=owner.org.id,
    )
    payload = recorded["data"]["paymentRecord"]
    assert payload["errors"] == []
    payment = payload["payment"]
    # 100 → a (60) and b (30), 10 unapplied
    assert (payment["allocated"], payment["unapplied"]) == ("90.00", "10.00")
    assert sorted((x["invoice"]["number"], x["amount"], x["invoice"]["status"]) for x in payment["allocations"]) == [
        (a.number, "60.00", "PAID"), (b.number, "30.00", "PAID"),
    ]
    cash = await gql(UNAPPLIED, {"c": str(customer.id)}, token=owner.token, org=owner.org.id)
    assert cash["data"]["customerUnappliedCash"] == [{"currency": "CNY", "amount": "10.00"}]
    over = await gql(REFUND, {"id": payment["id"], "amount": "10.01"}, token=owner.token, org=owner.org.id)
    assert over["data"]["paymentRefund"]["errors"] == [{"field": "amount", "code": "EXCEEDS_AVAILABLE"}]
    nothing_open = await gql(ALLOCATE, {"id": payment["id"], "oldest": True}, token=owner.token, org=owner.org.id)
    assert nothing_open["data"]["paymentAllocate"]["errors"] == [{"field": "allocations", "code": "NO_OPEN_INVOICES"}]
    reversed_ = await gql(REVERSE, {"id": payment["id"]}, token=owner.token, org=owner.org.id)
    assert reversed_["data"]["paymentReverse"] == {
        "payment": {"status": "REVERSED", "unapplied": "0.00", "allocated": "0.00"}, "errors": []
    }
    assert await AuditEntry.filter(organization_id=owner.org.id, action__startswith="payment.").count() == 2


async def test_allocation_errors_name_the_line(gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    customer = await create_customer(owner.org)
    invoice = await issued_invoice(actor, customer, "10.00")
    usd = await issued_invoice(actor, customer, "10.00", currency="USD", exchange_rate=Decimal("7"))
    payment = await received(actor, customer, "50.00")
    result = await gql(
        ALLOCATE,
        {"id": str(payment.id), "allocations": [{"invoiceId": str(invoice.id), "amount": "10.01"}, {"invoiceId": str(usd.id), "amount": "1"}]},
        token=owner.token, org=owner.org.id,
    )
    assert result["data"]["paymentAllocate"]["errors"] == [
        {"field": "allocations.0.amount", "code": "EXCEEDS_OPEN_AMOUNT"},
        {"field": "allocations.1.invoiceId", "code": "CURRENCY_MISMATCH"},
    ]


async def test_collectors_see_their_customers_payments_only(gql):
    owner = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    membership = await Membership.get(user=collector.user, organization=owner.org)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    mine = await create_customer(owner.org, collector_id=membership.id)
    theirs = await create_customer(owner.org)
    await received(actor, mine, "1.00")
    await received(actor, theirs, "2.00")
    await received(actor, None, "3.00")
    seen = await gql(PAYMENTS, {}, token=collector.token, org=owner.org.id)
    assert [p["amount"] for p in seen["data"]["payments"]["nodes"]] == ["1.00"]
    everything = await gql(PAYMENTS, {}, token=owner.token, org=owner.org.id)
    assert everything["data"]["payments"]["totalCount"] == 3
    unmatched = await gql(PAYMENTS, {"filter": {"unmatched": True}}, token=owner.token, org=owner.org.id)
    assert [p["amount"] for p in unmatched["data"]["payments"]["nodes"]] == ["3.00"]
    hidden = await gql(UNAPPLIED, {"c": str(theirs.id)}, token=collector.token, org=owner.org.id)
    assert hidden["data"]["customerUnappliedCash"] == []
    forbidden = await gql(
        RECORD,
        {"input": {"customerId": str(mine.id), "amount": "1.00", "currency": "CNY", "method": "CASH", "receivedOn": "2026-01-01"}},
        token=collector.token, org=owner.org.id,
    )
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_lists_name_the_customer_of_each_invoice_and_payment(gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    customer = await create_customer(owner.org)
    await issued_invoice(actor, customer, "10.00")
    await received(actor, customer, "4.00")
    result = await gql(
        "{ invoices { nodes { customer { id code legalName } } } payments { nodes { customer { id code legalName } } } }",
        token=owner.token, org=owner.org.id,
    )
    expected = [{"id": str(customer.id), "code": customer.code, "legalName": customer.legal_name}]
    assert [n["customer"] for n in result["data"]["invoices"]["nodes"]] == expected
    assert [n["customer"] for n in result["data"]["payments"]["nodes"]] == expected
