"""Bank statement import: lines are not duplicated on re-import, suggestions rank invoices by
reference, amount and payer name, and confirming a line records the payment and its allocation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.imports import service
from backend.kit.errors import DomainError
from backend.imports.matching import name_similarity
from backend.imports.models import BankLineState, BankStatementLine, ImportKind, ImportJob, ImportState
from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments.models import Allocation, Payment
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, staff

from .files import csv_bytes, run_to_end, xlsx_bytes

D = Decimal
HEADER = ["交易日期", "交易流水号", "付款人", "金额", "摘要"]


async def import_statement(actor, content: bytes, name: str = "statement.csv", account: str = "招商银行 6225 **** 0001") -> ImportJob:
    job = await service.start_import(actor, kind=ImportKind.BANK_STATEMENT, file_name=name, content=content, bank_account=account)
    return await run_to_end(job.id)


def test_name_similarity_ignores_company_suffixes():
    assert name_similarity("杭州青禾食品贸易有限公司", "杭州青禾食品贸易") == 1.0
    assert name_similarity("青禾食品", "杭州青禾食品贸易有限公司") == 0.9  # contained
    assert name_similarity("上海澄明机电", "北京远方物流") == 0.0


async def test_reimporting_a_statement_does_not_duplicate_lines(db, gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    rows = [
        HEADER,
        ["2026-03-02", "TX0001", "杭州青禾食品贸易有限公司", "1,000.00", "货款 INV-000123"],
        ["2026-03-02", "TX0002", "某某", "-50.00", "手续费"],  # outgoing: skipped
        ["2026-03-03", "TX0003", "上海澄明机电", "250.00", "3月货款"],
    ]
    first = await import_statement(actor, csv_bytes(rows))
    assert (first.state, first.rows_imported, first.rows_skipped) == (ImportState.SUCCEEDED, 2, 1)
    again = await import_statement(actor, xlsx_bytes(rows + [["2026-03-04", "TX0004", "新付款人", "10.00", ""]]), name="statement.xlsx")
    # TX0001 and TX0003 are already there, TX0002 is outgoing: only TX0004 is new.
    assert (again.state, again.rows_imported, again.rows_skipped) == (ImportState.SUCCEEDED, 1, 3)
    assert await BankStatementLine.filter(organization_id=owner.org.id).count() == 3
    other_account = await import_statement(actor, csv_bytes(rows), account="工商银行 0002")
    assert other_account.rows_imported == 2

    duplicate_in_file = await import_statement(actor, csv_bytes([HEADER, rows[1], rows[1]]), account="建设银行 0003")
    assert duplicate_in_file.state is ImportState.FAILED
    assert [(e["row"], e["code"]) for e in duplicate_in_file.error_sample] == [(3, "DUPLICATE_IN_FILE")]


LINES = """
query($state: BankLineState) {
  bankStatementLines(state: $state, first: 20) {
    nodes { id transactionId amount payerName state
      suggestions { invoiceId invoiceNumber customerName openAmount score reasons } }
  }
}
"""
CONFIRM = """
mutation($id: ID!, $invoiceIds: [ID!]) {
  bankLineConfirm(id: $id, invoiceIds: $invoiceIds) { line { state paymentId } errors { field code } }
}
"""


async def test_suggestions_and_one_step_confirmation(db, gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    actor = (await staff(org, Role.FINANCE)).actor
    qinghe = await create_customer(org, code="QH", legal_name="杭州青禾食品贸易有限公司")
    chengming = await create_customer(org, code="CM", legal_name="上海澄明机电设备有限公司")
    by_reference = await issued_invoice(actor, qinghe, "1000.00", issue_date=date(2026, 1, 5))
    other_qinghe = await issued_invoice(actor, qinghe, "400.00", issue_date=date(2026, 1, 6))
    same_amount = await issued_invoice(actor, chengming, "250.00", issue_date=date(2026, 1, 7))
    rows = [
        HEADER,
        ["2026-03-02", "TX1", "杭州青禾食品贸易有限公司", "1000.00", f"付货款{by_reference.number}"],
        ["2026-03-03", "TX2", "澄明机电", "250.00", "货款"],
        ["2026-03-04", "TX3", "无名氏", "77.00", "?"],
    ]
    await import_statement(actor, csv_bytes(rows))
    result = await gql(LINES, {"state": "OPEN"}, token=owner.token, org=org.id)
    lines = {n["transactionId"]: n for n in result["data"]["bankStatementLines"]["nodes"]}

    tx1 = lines["TX1"]["suggestions"]
    # reference 60 + amount 30 + name 30 × 1.0 = 120; the other 青禾 invoice: name only, 30.
    assert [(s["invoiceNumber"], s["score"], s["reasons"]) for s in tx1] == [
        (by_reference.number, 120, ["REFERENCE", "AMOUNT", "PAYER_NAME"]),
        (other_qinghe.number, 30, ["PAYER_NAME"]),
    ]
    tx2 = lines["TX2"]["suggestions"]
    # amount 30 + name 30 × 0.9 (澄明机电 is contained in 澄明机电设备) = 57
    assert [(s["invoiceNumber"], s["score"]) for s in tx2] == [(same_amount.number, 57)]
    assert lines["TX3"]["suggestions"] == []

    confirmed = await gql(CONFIRM, {"id": lines["TX1"]["id"], "invoiceIds": [tx1[0]["invoiceId"]]}, token=owner.token, org=org.id)
    assert confirmed["data"]["bankLineConfirm"]["errors"] == []
    payment_id = confirmed["data"]["bankLineConfirm"]["line"]["paymentId"]
    payment = await Payment.get(id=payment_id)
    assert (payment.amount, payment.allocated, payment.customer_id, payment.received_on) == (D("1000.00"), D("1000.00"), qinghe.id, date(2026, 3, 2))
    assert (await Allocation.get(payment_id=payment.id)).invoice_id == by_reference.id
    assert (await Invoice.get(id=by_reference.id)).status is InvoiceStatus.PAID

    twice = await gql(CONFIRM, {"id": lines["TX1"]["id"], "invoiceIds": []}, token=owner.token, org=org.id)
    assert twice["data"]["bankLineConfirm"]["errors"] == [{"field": "id", "code": "ALREADY_DECIDED"}]
    wrong_customer = await gql(
        CONFIRM, {"id": lines["TX2"]["id"], "invoiceIds": [str(same_amount.id), str(other_qinghe.id)]}, token=owner.token, org=org.id
    )
    assert wrong_customer["data"]["bankLineConfirm"]["errors"] == [{"field": "invoiceIds", "code": "CUSTOMER_MISMATCH"}]

    ok = await gql(CONFIRM_INEXACT, {"id": lines["TX2"]["id"], "invoiceIds": [str(same_amount.id)], "confirm": True}, token=owner.token, org=org.id)
    assert ok["data"]["bankLineConfirm"]["line"]["state"] == "CONFIRMED"
    ignored = await gql(
        "mutation($id: ID!) { bankLineIgnore(id: $id) { line { state } errors { code } } }", {"id": lines["TX3"]["id"]},
        token=owner.token, org=org.id,
    )
    assert ignored["data"]["bankLineIgnore"] == {"line": {"state": "IGNORED"}, "errors": []}
    assert await BankStatementLine.filter(organization_id=org.id, state=BankLineState.OPEN).count() == 0

    collector = await member(gql, Role.COLLECTOR, org=org)
    denied = await gql(LINES, token=collector.token, org=org.id)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_confirming_against_several_invoices_fills_them_in_order(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    a = await issued_invoice(actor, customer, "400.00")
    b = await issued_invoice(actor, customer, "1000.00")
    await import_statement(actor, csv_bytes([HEADER, ["2026-03-02", "TX9", "付款人", "1000.00", ""]]))
    line = await BankStatementLine.get(organization_id=org.id)
    await service.confirm_bank_line(actor, line.id, invoice_ids=[a.id, b.id], customer_id=None, confirm_inexact=True)
    # 1000 received: a takes its 400 open, b the remaining 600 (of its 1000), nothing unapplied.
    allocations = {x.invoice_id: x.amount for x in await Allocation.filter(organization_id=org.id)}
    assert allocations == {a.id: D("400.00"), b.id: D("600.00")}
    assert [(await Invoice.get(id=i.id)).status for i in (a, b)] == [InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID]


async def test_confirming_on_account_and_in_a_foreign_currency(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    usd_invoice = await issued_invoice(actor, customer, "50.00", currency="USD", exchange_rate=D("7.1"))
    rows = [
        ["交易日期", "交易流水号", "付款人", "金额", "币种"],
        ["2026-03-02", "A1", "付款人", "30.00", "CNY"],
        ["2026-03-02", "A2", "付款人", "20.00", "USD"],
        ["2026-03-02", "A3", "付款人", "20.00", "USD"],
    ]
    await import_statement(actor, csv_bytes(rows))
    lines = {l.transaction_id: l for l in await BankStatementLine.filter(organization_id=org.id)}

    on_account = await service.confirm_bank_line(actor, lines["A1"].id, invoice_ids=[], customer_id=customer.id, confirm_inexact=True)
    payment = await Payment.get(id=on_account.payment_id)
    assert (payment.customer_id, payment.amount, payment.allocated) == (customer.id, D("30.00"), D("0.00"))

    with pytest.raises(DomainError) as no_rate:
        await service.confirm_bank_line(actor, lines["A2"].id, invoice_ids=[], customer_id=customer.id, confirm_inexact=True)
    assert [(e.field, e.code.value) for e in no_rate.value.errors] == [("exchangeRate", "EXCHANGE_RATE_REQUIRED")]
    assert (await BankStatementLine.get(id=lines["A2"].id)).state is BankLineState.OPEN

    # Against the USD invoice the line takes the invoice's rate (7.1) and pays 20 of its 50.
    confirmed = await service.confirm_bank_line(actor, lines["A3"].id, invoice_ids=[usd_invoice.id], customer_id=None, confirm_inexact=True)
    payment = await Payment.get(id=confirmed.payment_id)
    assert (payment.currency, payment.exchange_rate, payment.allocated) == ("USD", D("7.100000"), D("20.00"))


LINES_WITH_CONFIDENCE = """
query { bankStatementLines(state: OPEN, first: 20) { nodes { id transactionId payerName
  suggestions { invoiceId customerName score confidence nameSimilarity exact } } } }
"""
CONFIRM_INEXACT = """
mutation($id: ID!, $invoiceIds: [ID!], $confirm: Boolean!) {
  bankLineConfirm(id: $id, invoiceIds: $invoiceIds, confirmInexact: $confirm) { line { state paymentId } errors { field code } }
}
"""


async def test_an_inexact_match_needs_an_explicit_confirmation(db, gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    actor = (await staff(org, Role.FINANCE)).actor
    hengtong = await create_customer(org, code="HT", legal_name="苏州恒通精密机械有限公司", short_name="恒通精密")
    invoice = await issued_invoice(actor, hengtong, "12000.00", issue_date=date(2026, 1, 5))
    other = await issued_invoice(actor, hengtong, "3000.00", issue_date=date(2026, 1, 6))
    await import_statement(actor, csv_bytes([
        HEADER,
        ["2026-03-02", "S1", "苏州恒远精密机械有限公司", "12000.00", "货款"],  # one character off in the name
        ["2026-03-02", "S2", "苏州恒通精密机械有限公司", "2999.00", "货款"],  # the name, but one yuan short
        ["2026-03-02", "S3", "恒通精密", "3000.00", "货款"],  # the short name and the amount: exact
    ]))
    result = await gql(LINES_WITH_CONFIDENCE, token=owner.token, org=org.id)
    lines = {n["transactionId"]: n for n in result["data"]["bankStatementLines"]["nodes"]}
    s1 = lines["S1"]["suggestions"][0]
    # 苏州恒远精密机械 vs 苏州恒通精密机械: 7 bigrams each, 5 shared (苏州 州恒 精密 密机 机械) → Dice 10/14 = 0.714;
    # score = amount 30 + 30 × 0.714 = 51.4 → 51; confidence 51 / 120 = 42.5 % → 43 (half up).
    assert (lines["S1"]["payerName"], s1["customerName"]) == ("苏州恒远精密机械有限公司", "苏州恒通精密机械有限公司")
    assert (s1["invoiceId"], s1["score"], s1["confidence"], s1["nameSimilarity"], s1["exact"]) == (str(invoice.id), 51, 43, 71, False)
    s3 = next(s for s in lines["S3"]["suggestions"] if s["invoiceId"] == str(other.id))
    # amount 30 + name 30 × 1.0 (the short name) = 60 → 50 %.
    assert (s3["score"], s3["confidence"], s3["nameSimilarity"], s3["exact"]) == (60, 50, 100, True)

    for tx, target in (("S1", invoice), ("S2", other)):
        refused = await gql(CONFIRM_INEXACT, {"id": lines[tx]["id"], "invoiceIds": [str(target.id)], "confirm": False},
                            token=owner.token, org=org.id)
        assert refused["data"]["bankLineConfirm"] == {"line": None, "errors": [{"field": "confirmInexact", "code": "CONFIRMATION_REQUIRED"}]}
    assert await Payment.filter(organization_id=org.id).count() == 0
    assert await BankStatementLine.filter(organization_id=org.id, state=BankLineState.OPEN).count() == 3

    exact = await gql(CONFIRM_INEXACT, {"id": lines["S3"]["id"], "invoiceIds": [str(other.id)], "confirm": False}, token=owner.token, org=org.id)
    assert exact["data"]["bankLineConfirm"]["errors"] == []
    confirmed = await gql(CONFIRM_INEXACT, {"id": lines["S1"]["id"], "invoiceIds": [str(invoice.id)], "confirm": True},
                          token=owner.token, org=org.id)
    assert confirmed["data"]["bankLineConfirm"]["line"]["state"] == "CONFIRMED"
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.PAID
