"""An invoice prints as a PDF with its Chinese text (read back with pypdf)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from backend.accounts.models import Role
from backend.audit.models import AuditEntry
from backend.invoices import service as invoices
from backend.invoices.service import LineInput
from tests.exports.helpers import download
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, staff


async def test_invoice_pdf_has_the_chinese_text_lines_and_totals(client, gql):
    m = await member(gql, Role.FINANCE)
    owner = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org, code="SZ-01", legal_name="苏州恒通精密机械有限公司")
    draft = await invoices.create_draft(
        owner, customer_id=customer.id, currency="CNY", contract_ref="HT-2026-007",
        lines=[LineInput(description="精密轴承 <型号 A&B>", quantity=Decimal(10), unit_price=Decimal("100.00"), tax_rate=Decimal("0.13"))],
    )
    invoice = await invoices.issue_invoice(owner, draft.id, issue_date=date(2026, 3, 1), due_date=date(2026, 3, 31))

    response = await download(client, m, f"/exports/invoices/{invoice.id}.pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in ("发票", invoice.number, "苏州恒通精密机械有限公司", "精密轴承 <型号 A&B>", "HT-2026-007", "2026-03-31", "价税合计"):
        assert expected in text, expected
    # 10 × 100.00 = 1,000.00, tax 13 % = 130.00, total 1,130.00, nothing paid yet.
    assert "1,000.00" in text and "130.00" in text and text.count("1,130.00") == 2
    assert await AuditEntry.filter(organization_id=m.org.id, action="export.download", target_id=str(invoice.id)).exists()

    stranger = await member(gql, Role.OWNER)
    assert (await download(client, stranger, f"/exports/invoices/{invoice.id}.pdf")).status_code == 404
    assert (await client.get(f"/exports/invoices/{invoice.id}.pdf")).status_code == 401
