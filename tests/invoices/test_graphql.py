"""The invoicing API: mutations with payload errors, the invoices connection (filters, sorting,
scoping), invoice detail through DataLoaders (no N+1)."""

from __future__ import annotations

import logging
import uuid
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from backend.accounts.models import Membership, Role
from backend.invoices import service as invoices
from backend.kit.time import local_today
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, received, staff

CREATE = """
mutation($input: InvoiceCreateInput!) {
  invoiceCreate(input: $input) { invoice { id status total taxTotal version } errors { field code } }
}
"""
ISSUE = """
mutation($id: ID!, $issueDate: Date) {
  invoiceIssue(id: $id, issueDate: $issueDate) { invoice { number status issueDate dueDate } errors { field code message } }
}
"""
DETAIL = """
query($id: ID!) {
  invoice(id: $id) {
    number status total openAmount allocated credited writtenOff disputed
    lines { position description amount taxAmount }
    installments { sequence dueDate amount openAmount }
    allocations { amount appliedOn payment { amount unapplied } }
    creditApplications { amount creditNoteNumber }
    writeOffs { amount status invoiceNumber }
  }
}
"""
LIST = """
query($filter: InvoiceFilter, $sort: InvoiceSort, $first: Int, $after: String) {
  invoices(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { number total status }
  }
}
"""
NESTED = """
query { invoices(first: 50) { nodes { number lines { amount } installments { openAmount } allocations { amount invoice { number } }
        creditApplications { amount } writeOffs { amount } lateFeeCharges { amount } } } }
"""
VOID = "mutation($id: ID!) { invoiceVoid(id: $id, reason: \"开错\") { invoice { status } errors { field code } } }"


async def test_create_issue_and_read_an_invoice(gql):
    owner = await member(gql, Role.OWNER)
    customer = await create_customer(owner.org, payment_terms_days=10)
    created = await gql(
        CREATE,
        {"input": {
            "customerId": str(customer.id), "currency": "CNY",
            # 2 × 50.00 = 100.00, tax 13.00; 1 × 20.00 = 20.00 → total 133.00
            "lines": [{"description": "设备", "quantity": "2", "unitPrice": "50.00", "taxRate": "0.13"},
                      {"description": "安装", "quantity": "1", "unitPrice": "20.00"}],
            "installments": [{"dueDate": "2026-02-01", "amount": "33.00"}, {"dueDate": "2026-03-01", "amount": "100.00"}],
        }},
        token=owner.token, org=owner.org.id,
    )
    payload = created["data"]["invoiceCreate"]
    assert payload["errors"] == [] and payload["invoice"]["total"] == "133.00" and payload["invoice"]["taxTotal"] == "13.00"
    invoice_id = payload["invoice"]["id"]
    issued = await gql(ISSUE, {"id": invoice_id, "issueDate": "2026-01-05"}, token=owner.token, org=owner.org.id)
    assert issued["data"]["invoiceIssue"] == {
        "invoice": {"number": "INV-000001", "status": "ISSUED", "issueDate": "2026-01-05", "dueDate": "2026-03-01"}, "errors": []
    }
    again = await gql(ISSUE, {"id": invoice_id}, token=owner.token, org=owner.org.id)
    assert again["data"]["invoiceIssue"]["errors"][0]["code"] == "NOT_DRAFT"

    finance = await staff(owner.org, Role.FINANCE)
    await received(finance.actor, customer, "50.00", received_on=date(2026, 1, 20), allocate=[(uuid.UUID(invoice_id), Decimal("50.00"))])
    detail = (await gql(DETAIL, {"id": invoice_id}, token=owner.token, org=owner.org.id))["data"]["invoice"]
    assert detail["status"] == "PARTIALLY_PAID" and detail["openAmount"] == "83.00"
    assert [line["amount"] for line in detail["lines"]] == ["100.00", "20.00"]
    # 50 paid: the part due 1 Feb (33) is settled, 17 of the part due 1 Mar → 83 open
    assert detail["installments"] == [
        {"sequence": 1, "dueDate": "2026-02-01", "amount": "33.00", "openAmount": "0.00"},
        {"sequence": 2, "dueDate": "2026-03-01", "amount": "100.00", "openAmount": "83.00"},
    ]
    assert detail["allocations"] == [{"amount": "50.00", "appliedOn": "2026-01-20", "payment": {"amount": "50.00", "unapplied": "0.00"}}]


async def test_bad_input_comes_back_as_payload_errors(gql):
    owner = await member(gql, Role.OWNER)
    customer = await create_customer(owner.org)
    result = await gql(
        CREATE,
        {"input": {"customerId": str(customer.id), "currency": "CNY", "lines": [{"description": "x", "quantity": "-1", "unitPrice": "1"}]}},
        token=owner.token, org=owner.org.id,
    )
    assert result["data"]["invoiceCreate"] == {"invoice": None, "errors": [{"field": "lines.0.quantity", "code": "INVALID_QUANTITY"}]}
    missing = await gql(
        CREATE,
        {"input": {"customerId": "nope", "currency": "CNY", "lines": [{"description": "x", "quantity": "1", "unitPrice": "1"}]}},
        token=owner.token, org=owner.org.id,
    )
    assert missing["data"]["invoiceCreate"]["errors"] == [{"field": "customerId", "code": "NOT_FOUND"}]


async def test_auditor_reads_but_cannot_change(gql):
    owner = await member(gql, Role.OWNER)
    auditor = await member(gql, Role.AUDITOR, org=owner.org)
    customer = await create_customer(owner.org)
    finance = await staff(owner.org, Role.FINANCE)
    invoice = await issued_invoice(finance.actor, customer)
    result = await gql(VOID, {"id": str(invoice.id)}, token=auditor.token, org=owner.org.id)
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    listed = await gql(LIST, {}, token=auditor.token, org=owner.org.id)
    assert listed["data"]["invoices"]["totalCount"] == 1


async def test_filters_sorting_and_pagination(gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    a_customer = await create_customer(owner.org)
    b_customer = await create_customer(owner.org)
    today = local_today(owner.org.timezone)
    overdue = await issued_invoice(actor, a_customer, "30.00", issue_date=today - timedelta(days=40), due_date=today - timedelta(days=10))
    current = await issued_invoice(actor, a_customer, "20.00", issue_date=today, due_date=today + timedelta(days=30))
    paid_late = await issued_invoice(actor, b_customer, "10.00", issue_date=today - timedelta(days=40), due_date=today - timedelta(days=5))
    await received(actor, b_customer, "10.00", received_on=today, allocate=[(paid_late.id, Decimal("10.00"))])
    # an installment invoice whose first part is past due and unpaid is overdue, too
    parts = await issued_invoice(
        actor, b_customer, "40.00", issue_date=today - timedelta(days=20),
        installments=[(today - timedelta(days=1), "15.00"), (today + timedelta(days=60), "25.00")],
    )
    await invoices.create_draft(actor, customer_id=b_customer.id, currency="CNY", lines=[invoices.LineInput("草稿", Decimal(1), Decimal(5))])

    async def numbers(variables):
        result = await gql(LIST, variables, token=owner.token, org=owner.org.id)
        assert "errors" not in result, result
        return [n["number"] for n in result["data"]["invoices"]["nodes"]]

    assert await numbers({"filter": {"overdue": True}, "sort": {"field": "NUMBER"}}) == [overdue.number, parts.number]
    assert sorted(await numbers({"filter": {"overdue": False}, "sort": {"field": "NUMBER"}})) == [current.number, paid_late.number]
    assert await numbers({"filter": {"status": ["PAID"]}}) == [paid_late.number]
    assert await numbers({"filter": {"customerId": str(a_customer.id)}, "sort": {"field": "TOTAL", "descending": True}}) == [
        overdue.number, current.number,
    ]
    window = {"dueFrom": (today - timedelta(days=10)).isoformat(), "dueTo": today.isoformat()}
    assert await numbers({"filter": window, "sort": {"field": "DUE_DATE"}}) == [overdue.number, paid_late.number]
    assert await numbers({"filter": {"search": current.number[-3:]}}) == [current.number]
    by_due = await numbers({"sort": {"field": "DUE_DATE", "descending": True}})
    assert by_due == [parts.number, current.number, paid_late.number, overdue.number]  # drafts have no due date
    first = await gql(LIST, {"first": 2, "sort": {"field": "NUMBER"}}, token=owner.token, org=owner.org.id)
    page = first["data"]["invoices"]
    assert page["pageInfo"]["hasNextPage"] and page["totalCount"] == 4
    rest = await numbers({"first": 2, "after": page["pageInfo"]["endCursor"], "sort": {"field": "NUMBER"}})
    assert [n["number"] for n in page["nodes"]] + rest == [overdue.number, current.number, paid_late.number, parts.number]


async def test_collectors_see_only_their_customers(gql):
    owner = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    membership = await Membership.get(user=collector.user, organization=owner.org)
    finance = (await staff(owner.org, Role.FINANCE)).actor
    mine = await create_customer(owner.org, collector_id=membership.id)
    theirs = await create_customer(owner.org)
    my_invoice = await issued_invoice(finance, mine, "10.00")
    their_invoice = await issued_invoice(finance, theirs, "20.00")
    listed = await gql(LIST, {}, token=collector.token, org=owner.org.id)
    assert [n["number"] for n in listed["data"]["invoices"]["nodes"]] == [my_invoice.number]
    hidden = await gql(DETAIL, {"id": str(their_invoice.id)}, token=collector.token, org=owner.org.id)
    assert hidden["data"]["invoice"] is None
    aging = await gql("{ aging(asOf: \"2026-06-01\") { total } }", token=collector.token, org=owner.org.id)
    assert aging["data"]["aging"]["total"] == "10.00"


@contextmanager
def counting_queries():
    logger = logging.getLogger("tortoise.db_client")
    records: list[logging.LogRecord] = []

    class Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler, level = Count(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


async def test_nested_lists_do_not_query_per_invoice(gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    customer = await create_customer(owner.org)

    async def count_for(n: int) -> int:
        for _ in range(n):
            invoice = await issued_invoice(actor, customer, "10.00")
            await received(actor, customer, "1.00", allocate=[(invoice.id, Decimal("1.00"))])
        with counting_queries() as records:
            result = await gql(NESTED, token=owner.token, org=owner.org.id)
        assert "errors" not in result
        return len(records)

    few = await count_for(2)
    many = await count_for(10)
    assert many == few, (few, many)
    assert few > 3


CREDIT_NOTE = """
mutation($input: CreditNoteCreateInput!) { creditNoteCreate(input: $input) { creditNote { id number available } errors { field code } } }
"""
APPLY = """
mutation($id: ID!, $apps: [InvoiceAmountInput!]!) {
  creditNoteApply(id: $id, applications: $apps, appliedOn: "2026-02-01") {
    creditNote { applied available status applications { amount invoiceNumber } } errors { field code }
  }
}
"""
REQUEST = """
mutation($id: ID!, $amount: Decimal!) { writeOffRequest(invoiceId: $id, amount: $amount, reason: "破产") { writeOff { id status } errors { field code } } }
"""
APPROVE = "mutation($id: ID!) { writeOffApprove(id: $id, writtenOffOn: \"2026-03-01\") { writeOff { status writtenOffOn } errors { field code } } }"
PENDING = "{ writeOffs(status: REQUESTED) { nodes { amount invoiceNumber } } }"
SETTINGS = """
mutation($input: InvoiceSettingsInput!) { invoiceSettingsUpdate(input: $input) { settings { rounding agingBounds agingBasis } errors { field code } } }
"""
LATE_FEES = "mutation { lateFeesAssess(asOf: \"2026-04-01\") { charges { days amount periodStart } errors { code } } }"


async def test_credit_notes_write_offs_late_fees_and_settings_through_the_api(gql):
    owner = await member(gql, Role.OWNER)
    finance = await member(gql, Role.FINANCE, org=owner.org)
    as_owner, as_finance = {"token": owner.token, "org": owner.org.id}, {"token": finance.token, "org": owner.org.id}
    customer = await create_customer(owner.org)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    invoice = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31),
                                   late_fee_daily_rate=Decimal("0.001"))

    note = (await gql(CREDIT_NOTE, {"input": {"customerId": str(customer.id), "currency": "CNY", "amount": "30.00",
                                              "reason": "返利", "issueDate": "2026-01-15"}}, **as_finance))["data"]["creditNoteCreate"]
    assert note["errors"] == [] and note["creditNote"]["number"] == "CN-000001"
    too_much = await gql(APPLY, {"id": note["creditNote"]["id"], "apps": [{"invoiceId": str(invoice.id), "amount": "30.01"}]}, **as_finance)
    assert too_much["data"]["creditNoteApply"]["errors"] == [{"field": "applications", "code": "EXCEEDS_AVAILABLE"}]
    applied = await gql(APPLY, {"id": note["creditNote"]["id"], "apps": [{"invoiceId": str(invoice.id), "amount": "30.00"}]}, **as_finance)
    assert applied["data"]["creditNoteApply"] == {
        "creditNote": {"applied": "30.00", "available": "0.00", "status": "APPLIED",
                       "applications": [{"amount": "30.00", "invoiceNumber": invoice.number}]},
        "errors": [],
    }

    # February: 28 days × 70.00 open (100 − 30 credited on 1 Feb) × 0.001 = 1.96; March: 31 × 70 × 0.001 = 2.17
    fees = await gql(LATE_FEES, **as_finance)
    assert fees["data"]["lateFeesAssess"] == {
        "charges": [{"days": 28, "amount": "1.96", "periodStart": "2026-02-01"}, {"days": 31, "amount": "2.17", "periodStart": "2026-03-01"}],
        "errors": [],
    }

    request = (await gql(REQUEST, {"id": str(invoice.id), "amount": "70.00"}, **as_finance))["data"]["writeOffRequest"]
    assert request["writeOff"]["status"] == "REQUESTED"
    assert (await gql(PENDING, **as_owner))["data"]["writeOffs"]["nodes"] == [{"amount": "70.00", "invoiceNumber": invoice.number}]
    refused = await gql(APPROVE, {"id": request["writeOff"]["id"]}, **as_finance)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    approved = await gql(APPROVE, {"id": request["writeOff"]["id"]}, **as_owner)
    assert approved["data"]["writeOffApprove"] == {"writeOff": {"status": "APPROVED", "writtenOffOn": "2026-03-01"}, "errors": []}
    detail = (await gql(DETAIL, {"id": str(invoice.id)}, **as_owner))["data"]["invoice"]
    assert (detail["status"], detail["openAmount"], detail["writeOffs"][0]["status"]) == ("WRITTEN_OFF", "0.00", "APPROVED")

    bad = await gql(SETTINGS, {"input": {"agingBounds": [60, 30]}}, **as_owner)
    assert bad["data"]["invoiceSettingsUpdate"]["errors"] == [{"field": "agingBounds", "code": "AGING_BOUNDS_UNSORTED"}]
    good = await gql(SETTINGS, {"input": {"rounding": "BANKERS", "agingBounds": [30, 90]}}, **as_owner)
    assert good["data"]["invoiceSettingsUpdate"]["settings"] == {"rounding": "BANKERS", "agingBounds": [30, 90], "agingBasis": "DUE_DATE"}
    not_allowed = await gql(SETTINGS, {"input": {"rounding": "HALF_UP"}}, **as_finance)
    assert not_allowed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
