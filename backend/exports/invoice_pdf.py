"""An invoice as a printable PDF (A4): the organization, the customer, dates and references, the
lines with tax, the totals, what is paid and still open, the installments and the notes. Labels are
bilingual (中文 / English) like the statement of account, and the font is the statement's CID font
(backend/reconciliation/exports.py registers it), so Chinese renders without a font file."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..customers.models import Customer
from ..invoices import repository as invoices_repo
from ..invoices.models import Invoice, InvoiceInstallment, InvoiceLine
from ..kit.uow import unit_of_work
from ..reconciliation.exports import FONT
from .kinds import invoice_open
from .labels import LABELS


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _quantity(value: Decimal) -> str:
    """10.0000 → 10, 2.5000 → 2.5."""
    return f"{value.normalize():f}"


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    """Text as it was typed: reportlab's markup characters (<, >, &) are escaped."""
    return Paragraph(escape(value), style)


def _status(invoice: Invoice) -> str:
    zh, en = LABELS["invoice_status"][invoice.status.value]
    return f"{zh} {en}"


async def invoice_pdf(actor: Actor, invoice_id: uuid.UUID | None) -> tuple[Invoice, bytes] | None:
    """The invoice's PDF, if the caller may see the invoice (None otherwise); recorded in the audit log."""
    actor.require_organization().require(Permission.CUSTOMERS_READ)
    invoice = await invoices_repo.invoices(actor).filter(id=invoice_id).first() if invoice_id else None
    if invoice is None:
        return None
    organization = await Organization.get(id=actor.org_id)
    customer = await Customer.get(id=invoice.customer_id)
    lines = await InvoiceLine.filter(invoice_id=invoice.id).order_by("position")
    parts = await InvoiceInstallment.filter(invoice_id=invoice.id).order_by("due_date", "sequence")
    async with unit_of_work():
        await audit.record(actor, "export.download", "invoice", invoice.id, extra={"format": "pdf", "number": invoice.number})
    return invoice, render(organization, customer, invoice, lines, parts)


def render(
    organization: Organization, customer: Customer, invoice: Invoice, lines: list[InvoiceLine], parts: list[InvoiceInstallment]
) -> bytes:
    out = io.BytesIO()
    normal = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK")
    title = ParagraphStyle("t", parent=normal, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("h", parent=normal, fontSize=11, leading=16, spaceBefore=6)
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    number = invoice.number or "草稿 Draft"
    header = [
        ("开票方 From", organization.name),
        ("发票号 Invoice No.", number),
        ("状态 Status", _status(invoice)),
        ("客户 Customer", f"{customer.legal_name} ({customer.code})"),
        ("统一社会信用代码 Credit code", customer.credit_code or ""),
        ("地址 Address", customer.address),
        ("开票日期 Issue date", invoice.issue_date.isoformat() if invoice.issue_date else ""),
        ("到期日 Due date", invoice.due_date.isoformat() if invoice.due_date else ""),
        ("币种 Currency", invoice.currency),
    ]
    if invoice.e_invoice_number:
        header.append(("电子发票号码 E-invoice No.", f"{invoice.e_invoice_code} {invoice.e_invoice_number}".strip()))
    if invoice.contract_ref:
        header.append(("合同号 Contract", invoice.contract_ref))
    story: list = [_text(f"发票 Invoice {number}", title), Spacer(1, 4 * mm)]
    story.append(Table([[k, _text(v, normal)] for k, v in header], colWidths=[50 * mm, 130 * mm], style=grid))
    story.append(Paragraph("明细 Lines", heading))
    rows = [["#", "项目 Description", "数量 Qty", "单价 Unit price", "税率 Tax", "金额 Amount", "税额 Tax amount"]]
    for line in lines:
        rows.append([
            str(line.position), _text(line.description, normal), _quantity(line.quantity), _quantity(line.unit_price),
            f"{(line.tax_rate * 100).normalize():f}%", _money(line.amount), _money(line.tax_amount),
        ])
    lines_table = Table(rows, repeatRows=1, colWidths=[8 * mm, 62 * mm, 18 * mm, 24 * mm, 16 * mm, 26 * mm, 26 * mm])
    lines_table.setStyle(TableStyle([*grid.getCommands(), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                                     ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    story.append(lines_table)
    paid = invoice.allocated + invoice.credited + invoice.written_off
    totals = [
        ("不含税金额 Subtotal", _money(invoice.subtotal)),
        ("税额 Tax", _money(invoice.tax_total)),
        (f"价税合计 Total ({invoice.currency})", _money(invoice.total)),
        ("已收及冲减 Paid and credited", _money(paid)),
        ("未收金额 Balance due", _money(invoice_open(invoice))),
    ]
    story += [Spacer(1, 3 * mm), Table([list(r) for r in totals], colWidths=[60 * mm, 40 * mm], hAlign="RIGHT",
                                       style=TableStyle([*grid.getCommands(), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))]
    if parts:
        story.append(Paragraph("分期 Installments", heading))
        story.append(Table([["#", "到期日 Due", "金额 Amount"]] + [[str(p.sequence), p.due_date.isoformat(), _money(p.amount)] for p in parts],
                           colWidths=[10 * mm, 40 * mm, 40 * mm], hAlign="LEFT", style=grid))
    if invoice.notes:
        story += [Paragraph("备注 Notes", heading), _text(invoice.notes, normal)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                      title=f"{number} {customer.legal_name}", author=organization.name).build(story)
    return out.getvalue()
