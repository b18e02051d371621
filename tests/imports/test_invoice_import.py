"""Issue 4, acceptance 4: a good file imports fully; a file with one bad row imports nothing and
reports that row — CSV and XLSX, Chinese headers (and English ones)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.audit.models import AuditEntry
from backend.customers.models import Customer
from backend.imports import service
from backend.imports.models import ImportKind, ImportState, ImportJob
from backend.invoices import service as invoices
from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments.models import Allocation, Payment
from tests.invoices.factories import create_customer, issued_invoice, ledger_org

from .files import csv_bytes, file_bytes, read_report, run_to_end

D = Decimal
HEADER = ["发票号码", "客户编码", "客户名称", "开票日期", "到期日", "金额", "币种", "已收金额"]


async def run(actor, kind: ImportKind, name: str, content: bytes, **kwargs) -> ImportJob:
    job = await service.start_import(actor, kind=kind, file_name=name, content=content, **kwargs)
    assert job.state is ImportState.PENDING
    return await run_to_end(job.id)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
async def test_good_invoice_file_imports_fully(db, fmt):
    org, actor = await ledger_org()
    known = await create_customer(org, code="K001", legal_name="上海已知客户有限公司")
    rows = [
        HEADER,
        ["FP-2025-0001", "K001", "", "2025-11-01", "2025-12-01", "1,200.00", "CNY", ""],
        ["FP-2025-0002", "N002", "杭州新客户贸易有限公司", date(2025, 11, 5), date(2025, 12, 5), 800.5, "", 300],
        ["FP-2025-0003", "N002", "杭州新客户贸易有限公司", "2025/11/20", "2025/12/20", "99.99", "CNY", "0"],
    ]
    job = await run(actor, ImportKind.INVOICES, f"期初发票.{fmt}", file_bytes(fmt, rows))
    assert (job.state, job.rows_total, job.rows_validated, job.rows_imported, job.error_count) == (ImportState.SUCCEEDED, 3, 3, 3, 0)

    invoices = {i.number: i for i in await Invoice.filter(organization_id=org.id)}
    assert sorted(invoices) == ["FP-2025-0001", "FP-2025-0002", "FP-2025-0003"]
    first, second, third = invoices["FP-2025-0001"], invoices["FP-2025-0002"], invoices["FP-2025-0003"]
    assert (first.customer_id, first.status, first.total, first.allocated, first.due_date) == (
        known.id, InvoiceStatus.ISSUED, D("1200.00"), D("0.00"), date(2025, 12, 1)
    )
    # 800.50 invoiced, 300 already paid: an opening payment of 300 allocated to it, 500.50 open.
    assert (second.status, second.total, second.allocated) == (InvoiceStatus.PARTIALLY_PAID, D("800.50"), D("300.00"))
    opening = await Payment.get(organization_id=org.id)
    allocation = await Allocation.get(payment_id=opening.id)
    assert (opening.amount, opening.allocated, opening.received_on) == (D("300.00"), D("300.00"), date(2025, 11, 5))
    assert (allocation.invoice_id, allocation.amount) == (second.id, D("300.00"))
    new_customer = await Customer.get(organization_id=org.id, code="N002")
    assert new_customer.legal_name == "杭州新客户贸易有限公司"
    assert second.customer_id == third.customer_id == new_customer.id
    assert await AuditEntry.filter(organization_id=org.id, action="import.complete", target_id=str(job.id)).exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
async def test_one_bad_row_imports_nothing_and_reports_that_row(db, fmt):
    org, actor = await ledger_org()
    await create_customer(org, code="K001")
    rows = [
        HEADER,
        ["FP-1", "K001", "", "2025-11-01", "2025-12-01", "100.00", "CNY", ""],
        ["FP-2", "N-NEW", "新客户有限公司", "2025-11-02", "2025-12-02", "200.00", "CNY", ""],
        ["FP-3", "K001", "", "2025-11-03", "2025-10-03", "12.345", "CNY", ""],  # row 4: due before issue, 3 decimals
        ["FP-4", "K001", "", "2025-11-04", "2025-12-04", "400.00", "CNY", ""],
    ]
    job = await run(actor, ImportKind.INVOICES, f"bad.{fmt}", file_bytes(fmt, rows))
    assert (job.state, job.rows_imported, job.error_count) == (ImportState.FAILED, 0, 2)
    assert not await Invoice.filter(organization_id=org.id).exists()
    assert not await Customer.filter(organization_id=org.id, code="N-NEW").exists()
    report = read_report(bytes(job.error_report))
    assert [(r["row"], r["column"], r["code"]) for r in report] == [("4", "到期日", "DUE_BEFORE_ISSUE"), ("4", "金额", "INVALID_AMOUNT")]
    assert all(r["message"] for r in report)
    assert [e["row"] for e in job.error_sample] == [4, 4]


async def test_english_headers_gbk_csv_and_cross_row_errors(db):
    org, actor = await ledger_org()
    await create_customer(org, code="C1")
    taken = await create_customer(org, code="C2")
    await Invoice.create(
        organization_id=org.id, customer=taken, number="INV-TAKEN", status=InvoiceStatus.ISSUED, currency="CNY",
        issue_date=date(2025, 1, 1), due_date=date(2025, 2, 1), total=D("1.00"), subtotal=D("1.00"),
    )
    rows = [
        ["Invoice Number", "Customer Code", "Customer Name", "Invoice Date", "Due Date", "Amount", "Currency", "Exchange rate"],
        ["INV-1", "C1", "", "2025-11-01", "2025-12-01", "10.00", "USD", "7.1"],
        ["INV-1", "C1", "", "2025-11-01", "2025-12-01", "10.00", "CNY", ""],  # row 3: number twice
        ["INV-TAKEN", "C1", "", "2025-11-01", "2025-12-01", "10.00", "CNY", ""],  # row 4: number exists
        ["INV-5", "GHOST", "", "2025-11-01", "2025-12-01", "10.00", "CNY", ""],  # row 5: unknown customer, no name
        ["INV-6", "X9", "甲公司", "2025-11-01", "2025-12-01", "10.00", "CNY", ""],
        ["INV-7", "X9", "乙公司", "2025-11-01", "2025-12-01", "10.00", "CNY", ""],  # row 7: other name for X9
        ["INV-8", "C1", "", "2025-13-01", "2025-12-01", "10.00", "EUR", ""],  # row 8: bad date, EUR without rate
    ]
    job = await run(actor, ImportKind.INVOICES, "invoices.csv", csv_bytes(rows, encoding="gbk"))
    report = [(r["row"], r["column"], r["code"]) for r in read_report(bytes(job.error_report))]
    assert report == [
        ("3", "Invoice Number", "DUPLICATE_IN_FILE"),
        ("4", "Invoice Number", "ALREADY_EXISTS"),
        ("5", "Customer Code", "CUSTOMER_NOT_FOUND"),
        ("7", "Customer Name", "CUSTOMER_NAME_CONFLICT"),
        ("8", "Exchange rate", "INVALID_EXCHANGE_RATE"),
        ("8", "Invoice Date", "INVALID_DATE"),
    ]
    assert await Invoice.filter(organization_id=org.id).count() == 1


async def test_missing_required_column_and_unreadable_file(db):
    org, actor = await ledger_org()
    job = await run(actor, ImportKind.INVOICES, "x.csv", csv_bytes([["发票号码", "金额"], ["A", "1"]]))
    codes = {(r["column"], r["code"]) for r in read_report(bytes(job.error_report))}
    assert {("客户编码", "MISSING_COLUMN"), ("开票日期", "MISSING_COLUMN"), ("到期日", "MISSING_COLUMN")} <= codes
    broken = await run(actor, ImportKind.INVOICES, "x.xlsx", b"PK\x03\x04 not really a workbook")
    assert (broken.state, read_report(bytes(broken.error_report))[0]["code"]) == (ImportState.FAILED, "UNREADABLE_FILE")


CUSTOMER_HEADER = ["客户编码", "客户名称", "统一社会信用代码", "简称", "行业", "地区"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
async def test_customers_import_all_or_nothing(db, fmt):
    org, actor = await ledger_org()
    good = [
        CUSTOMER_HEADER,
        ["C100", "深圳市腾讯计算机系统有限公司", "91440300708461136T", "腾讯", "互联网", "广东"],
        ["C101", "阿里巴巴（中国）有限公司", "91330100716105852F", "阿里", "互联网", "浙江"],
    ]
    job = await run(actor, ImportKind.CUSTOMERS, f"客户.{fmt}", file_bytes(fmt, good))
    assert (job.state, job.rows_imported) == (ImportState.SUCCEEDED, 2), job.error_sample
    assert await Customer.filter(organization_id=org.id).count() == 2

    bad = [
        CUSTOMER_HEADER,
        ["C200", "甲有限公司", "", "", "", ""],
        ["C201", "乙有限公司", "914403001922038217", "", "", ""],  # row 3: check character 6 mistyped as 7
        ["C100", "丙有限公司", "", "", "", ""],  # row 4: code exists
    ]
    job = await run(actor, ImportKind.CUSTOMERS, f"客户2.{fmt}", file_bytes(fmt, bad))
    report = [(r["row"], r["column"], r["code"]) for r in read_report(bytes(job.error_report))]
    assert report == [("3", "统一社会信用代码", "INVALID_CREDIT_CODE"), ("4", "客户编码", "ALREADY_EXISTS")]
    assert await Customer.filter(organization_id=org.id).count() == 2


async def test_running_twice_imports_once(db):
    org, actor = await ledger_org()
    await create_customer(org, code="K1")
    job = await service.start_import(
        actor, kind=ImportKind.INVOICES, file_name="a.csv",
        content=csv_bytes([HEADER, ["FP-9", "K1", "", "2025-01-01", "2025-02-01", "5.00", "CNY", ""]]),
    )
    await run_to_end(job.id)
    await service.run_import(job.id)
    assert await Invoice.filter(organization_id=org.id).count() == 1


async def test_start_refuses_bad_input(db):
    org, actor = await ledger_org()
    from backend.kit.errors import DomainError

    with pytest.raises(DomainError) as caught:
        await service.start_import(actor, kind=ImportKind.BANK_STATEMENT, file_name="a.pdf", content=b"")
    assert {(e.field, e.code.value) for e in caught.value.errors} == {
        ("fileName", "UNSUPPORTED_FORMAT"), ("content", "INVALID_FILE"), ("bankAccount", "REQUIRED"),
    }
    assert not await ImportJob.filter(organization_id=org.id).exists()


async def test_a_number_created_after_validation_fails_the_import_cleanly(db, monkeypatch):
    org, actor = await ledger_org()
    customer = await create_customer(org, code="K1")
    await Invoice.create(
        organization_id=org.id, customer=customer, number="FP-RACE", status=InvoiceStatus.ISSUED, currency="CNY",
        issue_date=date(2025, 1, 1), due_date=date(2025, 2, 1), total=D("1.00"), subtotal=D("1.00"),
    )

    async def nothing_taken(*args, **kwargs):  # as if FP-RACE were created between validation and loading
        return set()

    monkeypatch.setattr("backend.imports.repository.values_taken", nothing_taken)
    rows = [HEADER, ["FP-NEW", "K1", "", "2025-01-01", "2025-02-01", "5.00", "CNY", ""], ["FP-RACE", "K1", "", "2025-01-01", "2025-02-01", "5.00", "CNY", ""]]
    job = await run(actor, ImportKind.INVOICES, "race.csv", csv_bytes(rows))
    assert (job.state, job.error_sample[0]["code"]) == (ImportState.FAILED, "ALREADY_EXISTS")
    assert await Invoice.filter(organization_id=org.id).count() == 1


async def test_imported_numbers_inside_the_series_are_skipped_when_issuing(db):
    """Issue 9 §3: an imported INV-000002 no longer blocks every later issue on the unique number."""
    org, actor = await ledger_org()
    customer = await create_customer(org, code="K001", legal_name="上海已知客户有限公司")
    rows = [HEADER, ["INV-000002", "K001", "", "2025-11-01", "2025-12-01", "100.00", "CNY", ""]]
    job = await run(actor, ImportKind.INVOICES, "期初发票.csv", csv_bytes(rows))
    assert (job.state, job.rows_imported) == (ImportState.SUCCEEDED, 1)
    issued = [(await issued_invoice(actor, customer, "10.00", issue_date=date(2026, 1, 1))).number for _ in range(3)]
    # 1 is free, 2 was imported, then 3 and 4: together the series has no gap
    assert issued == ["INV-000001", "INV-000003", "INV-000004"]
    numbers = sorted(i.number for i in await Invoice.filter(organization_id=org.id))
    assert numbers == ["INV-000001", "INV-000002", "INV-000003", "INV-000004"]
    note = await invoices.create_credit_note(actor, customer_id=customer.id, currency="CNY", amount=D("1.00"), reason="折让")
    assert note.number == "CN-000001"
