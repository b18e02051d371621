"""The statement as a paper 对账函: PDF (reportlab, its built-in CID font STSong-Light, so Chinese text
renders without a font file) and XLSX (openpyxl). Both carry the organization's and the customer's
names, the period, opening and closing balances, the totals, the lines with their running balance,
the aging summary and a confirmation block (签章栏) for the customer's stamp. Labels are bilingual
(中文 / English), as such letters usually are when sent to customers of either language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..accounts.models import Organization
from ..customers.models import Customer
from .models import AccountStatement, LineKind
from .repository import StoredLine, stored_lines

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

KIND_LABELS = {
    LineKind.INVOICE: "发票 Invoice",
    LineKind.PAYMENT: "收款 Payment",
    LineKind.PAYMENT_REVERSAL: "收款冲回 Payment reversed",
    LineKind.REFUND: "退款 Refund",
    LineKind.CREDIT_NOTE: "贷项通知 Credit note",
    LineKind.WRITE_OFF: "核销 Write-off",
}
BUCKET_LABELS = {"current": "未到期 Current"}


@dataclass(frozen=True)
class StatementDocument:
    statement: AccountStatement
    organization: Organization
    customer: Customer
    lines: list[StoredLine]

    @property
    def title(self) -> str:
        return "往来对账函 Statement of account"

    @property
    def period(self) -> str:
        return f"{self.statement.period_start.isoformat()} — {self.statement.period_end.isoformat()}"


async def load_document(statement: AccountStatement) -> StatementDocument:
    """The statement with what its exports show: its organization, customer and current lines."""
    return StatementDocument(
        statement=statement,
        organization=await Organization.get(id=statement.organization_id),
        customer=await Customer.get(id=statement.customer_id),
        lines=await stored_lines(statement.organization_id, [statement.id], statement.revision),
    )


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _header_rows(doc: StatementDocument) -> list[tuple[str, str]]:
    s = doc.statement
    return [
        ("编号 No.", s.number),
        ("发函单位 From", doc.organization.name),
        ("客户 Customer", f"{doc.customer.legal_name} ({doc.customer.code})"),
        ("期间 Period", doc.period),
        ("币种 Currency", s.currency),
        ("类型 Type", "未清项 Open items" if s.open_items_only else "余额结转 Balance forward"),
    ]


def _total_rows(doc: StatementDocument) -> list[tuple[str, str]]:
    s = doc.statement
    rows = [] if s.open_items_only else [("期初余额 Opening balance", _money(s.opening_balance))]
    rows += [
        ("本期借方合计 Total debits", _money(s.total_debits)),
        ("本期贷方合计 Total credits", _money(s.total_credits)),
        ("期末余额 Closing balance", _money(s.closing_balance)),
    ]
    if s.currency != s.base_currency:
        rows.append((f"期末余额（{s.base_currency}）Closing balance in {s.base_currency}", _money(s.closing_balance_base)))
    return rows


def _aging_rows(doc: StatementDocument) -> list[tuple[str, str]]:
    aging = doc.statement.aging or {}
    rows = [(BUCKET_LABELS.get(b["label"], f"{b['label']} 天 days"), _money(Decimal(b["amount"]))) for b in aging.get("buckets", [])]
    if aging:
        rows.append(("未核销收款及贷项 Unapplied payments and credits", _money(-Decimal(aging["unapplied"]))))
    return rows


LINE_HEIGHT = 5 * mm
LINE_HEADER = ["日期 Date", "类型 Type", "单号 Document", "到期日 Due", "借方 Debit", "贷方 Credit", "余额 Balance"]


def _line_cells(line: StoredLine) -> list[str]:
    return [
        line.document_date.isoformat(), KIND_LABELS[line.kind], line.document_number or line.reference,
        line.due_date.isoformat() if line.due_date else "", _money(line.debit) if line.debit else "",
        _money(line.credit) if line.credit else "", _money(line.balance),
    ]


CONFIRMATION_TEXT = (
    "本函仅为核对账目之用，并非催款结算。若贵公司核对无误，请在“信息证明无误”处签章确认；"
    "如有不符，请在“信息不符”处列明不符项目及金额。"
    " This letter is for reconciliation only. If the balance agrees with your books, please sign and stamp"
    " below; if not, list the differences."
)
SIGNATURE_ROWS = [
    ("信息证明无误 Balance confirmed", "信息不符 Differences (请列明 please list)"),
    ("（公司盖章 Company stamp）", "（公司盖章 Company stamp）"),
    ("经办人 Signed by:", "经办人 Signed by:"),
    ("日期 Date:", "日期 Date:"),
]


def render_pdf(doc: StatementDocument) -> bytes:
    out = io.BytesIO()
    normal = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK")
    title = ParagraphStyle("t", parent=normal, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("h", parent=normal, fontSize=11, leading=16, spaceBefore=6)
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    story: list = [Paragraph(doc.title, title), Spacer(1, 4 * mm)]
    story.append(Table([list(r) for r in _header_rows(doc)], colWidths=[40 * mm, 130 * mm], style=grid))
    story += [Paragraph("金额汇总 Totals", heading), Table([list(r) for r in _total_rows(doc)], colWidths=[80 * mm, 50 * mm], style=grid)]
    story.append(Paragraph("明细 Lines", heading))
    rows = [LINE_HEADER] + [_line_cells(line) for line in doc.lines]
    # Fixed row heights: reportlab then lays out 10,000 lines without measuring each cell.
    lines_table = LongTable(rows, repeatRows=1, colWidths=[20 * mm, 30 * mm, 32 * mm, 20 * mm, 24 * mm, 24 * mm, 26 * mm],
                            rowHeights=[LINE_HEIGHT] * len(rows))
    lines_table.setStyle(TableStyle([*grid.getCommands(), ("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    story.append(lines_table)
    aging = _aging_rows(doc)
    if aging:
        story += [Paragraph(f"账龄（{doc.statement.base_currency}，截至 {doc.statement.period_end}）Aging", heading),
                  Table([list(r) for r in aging], colWidths=[80 * mm, 50 * mm], style=grid)]
    story += [Spacer(1, 6 * mm), Paragraph(CONFIRMATION_TEXT, normal), Spacer(1, 3 * mm)]
    story.append(Table([list(r) for r in SIGNATURE_ROWS], colWidths=[85 * mm, 85 * mm], rowHeights=[8 * mm, 22 * mm, 8 * mm, 8 * mm],
                       style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("BOX", (0, 0), (0, -1), 0.5, colors.black),
                                         ("BOX", (1, 0), (1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                      title=f"{doc.statement.number} {doc.customer.legal_name}", author=doc.organization.name).build(story)
    return out.getvalue()


def render_xlsx(doc: StatementDocument) -> bytes:
    """One sheet laid out like the letter; amounts are numbers (Decimal, shown with two places), not text."""
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "对账单"
    bold = Font(bold=True)
    sheet.append([doc.title])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in _header_rows(doc):
        sheet.append([label, value])
    sheet.append([])
    s = doc.statement
    totals = ([] if s.open_items_only else [("期初余额 Opening balance", s.opening_balance)]) + [
        ("本期借方合计 Total debits", s.total_debits),
        ("本期贷方合计 Total credits", s.total_credits),
        ("期末余额 Closing balance", s.closing_balance),
    ]
    for label, amount in totals:
        sheet.append([label, amount])
        sheet.cell(sheet.max_row, 2).number_format = "#,##0.00"
    sheet.append([])
    sheet.append(LINE_HEADER)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for line in doc.lines:
        sheet.append([
            line.document_date, KIND_LABELS[line.kind], line.document_number or line.reference, line.due_date,
            line.debit or None, line.credit or None, line.balance,
        ])
        row = sheet.max_row
        sheet.cell(row, 1).number_format = sheet.cell(row, 4).number_format = "yyyy-mm-dd"
        for column in (5, 6, 7):
            sheet.cell(row, column).number_format = "#,##0.00"
    sheet.append([])
    for label, value in _aging_rows(doc):
        sheet.append([label, value])
    sheet.append([])
    sheet.append([CONFIRMATION_TEXT])
    sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True)
    for left, right in SIGNATURE_ROWS:
        sheet.append([left, None, None, None, right])
    for column, width in zip("ABCDEFG", (24, 26, 22, 12, 16, 16, 16), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
