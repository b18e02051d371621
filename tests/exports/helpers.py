"""Helpers of the export tests: a download through the HTTP endpoint, a sheet's rows, a small ledger."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

from openpyxl import load_workbook

from backend.accounts.models import Role
from backend.kit.time import local_today
from tests.invoices.factories import create_customer, issued_invoice, received, staff


async def download(client, member_, path: str, **params: str):
    return await client.get(
        path, params=params, headers={"Authorization": f"Bearer {member_.token}", "X-Organization": str(member_.org.id)}
    )


def sheet(content: bytes) -> list[tuple]:
    book = load_workbook(io.BytesIO(content))
    return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]


async def ledger(m):
    """Three customers as of today: A owes 1,000.00 of which 400.00 overdue, B owes 250.50 not
    yet due, C paid its 80.00 today."""
    owner = (await staff(m.org, Role.OWNER)).actor
    today = local_today("Asia/Shanghai")
    a = await create_customer(m.org, code="A-001", legal_name="=HYPERLINK(\"http://x\",\"甲\")")
    b = await create_customer(m.org, code="B-002", legal_name="乙贸易有限公司")
    c = await create_customer(m.org, code="C-003", legal_name="@丙科技")
    await issued_invoice(owner, a, "400.00", issue_date=today - timedelta(days=60), due_date=today - timedelta(days=30), contract_ref="+86 合同")
    await issued_invoice(owner, a, "600.00", issue_date=today - timedelta(days=5), due_date=today + timedelta(days=25))
    await issued_invoice(owner, b, "250.50", issue_date=today - timedelta(days=5), due_date=today + timedelta(days=25))
    paid = await issued_invoice(owner, c, "80.00", issue_date=today - timedelta(days=5), due_date=today + timedelta(days=25))
    await received(owner, c, "80.00", received_on=today, allocate=[(paid.id, Decimal("80.00"))])
    return owner, (a, b, c)
