"""Writing a Table as CSV or XLSX, page by page, so memory stays flat whatever the row count.

CSV is UTF-8 with a byte-order mark (Excel then opens Chinese text correctly), amounts as plain
numbers with two places, dates as YYYY-MM-DD. XLSX goes through openpyxl's write-only mode (rows are
written to a temporary file as they come) with amounts as numbers shown with two places and dates
as dates. Both end with a totals row when a column is totalled. Every text cell that a spreadsheet
would read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with ' .
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import tempfile
from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .registry import Column, ColumnType, Row, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
CHUNK = 64 * 1024
MONEY_FORMAT = "#,##0.00"
CENT = Decimal("0.01")
TOTAL_LABEL = {"zh-CN": "合计", "en": "Total"}


def neutralize(text: str) -> str:
    """Text a spreadsheet must show as text, never evaluate (OWASP "CSV injection")."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Totals:
    def __init__(self, columns: Sequence[Column]) -> None:
        self.indexes = [i for i, c in enumerate(columns) if c.total]
        self.sums = {i: Decimal(0) for i in self.indexes}

    def add(self, row: Row) -> None:
        for i in self.indexes:
            if row[i] is not None:
                self.sums[i] += row[i]

    def row(self, columns: Sequence[Column], language: str) -> list[Any] | None:
        if not self.indexes:
            return None
        cells: list[Any] = [None] * len(columns)
        for i in self.indexes:
            cells[i] = self.sums[i]
        label = next(i for i in range(len(columns)) if i not in self.sums)
        cells[label] = TOTAL_LABEL[language]
        return cells


def _local(value: datetime, tz: ZoneInfo) -> datetime:
    return value.astimezone(tz).replace(tzinfo=None, microsecond=0)


def _csv_cell(column: Column, value: Any, tz: ZoneInfo) -> str:
    if value is None:
        return ""
    if column.type is ColumnType.MONEY:
        return f"{Decimal(value).quantize(CENT):f}"
    if column.type is ColumnType.NUMBER:
        return str(value)
    if column.type is ColumnType.DATE and isinstance(value, date):
        return value.isoformat()
    if column.type is ColumnType.DATETIME and isinstance(value, datetime):
        return _local(value, tz).isoformat(sep=" ")
    return neutralize(str(value))


async def write_csv(table: Table, language: str, timezone: str) -> AsyncIterator[bytes]:
    tz = ZoneInfo(timezone)
    columns = table.columns
    totals = _Totals(columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    out.write(BOM)
    writer.writerow([neutralize(c.header(language)) for c in columns])
    async for page in table.pages:
        for row in page:
            totals.add(row)
            writer.writerow([_csv_cell(c, v, tz) for c, v in zip(columns, row, strict=True)])
        yield out.getvalue().encode("utf-8")
        out.seek(0)
        out.truncate()
    total_row = totals.row(columns, language)
    if total_row is not None:
        writer.writerow([_csv_cell(c, v, tz) if c.total else (v or "") for c, v in zip(columns, total_row, strict=True)])
    yield out.getvalue().encode("utf-8")


def _xlsx_cell(sheet: Any, column: Column, value: Any, tz: ZoneInfo) -> Any:
    if value is None:
        return None
    if column.type is ColumnType.MONEY:
        cell = WriteOnlyCell(sheet, value=Decimal(value).quantize(CENT))
        cell.number_format = MONEY_FORMAT
        return cell
    if column.type is ColumnType.NUMBER:
        return value
    if column.type is ColumnType.DATE and isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if column.type is ColumnType.DATETIME and isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=_local(value, tz))
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    return neutralize(str(value))


def _bold(sheet: Any, values: Sequence[Any]) -> list[Any]:
    cells = []
    for value in values:
        cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


async def write_xlsx(table: Table, language: str, timezone: str, sheet_title: str) -> AsyncIterator[bytes]:
    tz = ZoneInfo(timezone)
    columns = table.columns
    totals = _Totals(columns)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title[:31])
    for i, column in enumerate(columns):
        width = 14 if column.type in (ColumnType.MONEY, ColumnType.DATE, ColumnType.NUMBER) else 20
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_bold(sheet, [neutralize(c.header(language)) for c in columns]))
    async for page in table.pages:
        for row in page:
            totals.add(row)
            sheet.append([_xlsx_cell(sheet, c, v, tz) for c, v in zip(columns, row, strict=True)])
    total_row = totals.row(columns, language)
    if total_row is not None:
        sheet.append(_bold(sheet, [_xlsx_cell(sheet, c, v, tz) if c.total else v for c, v in zip(columns, total_row, strict=True)]))
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        await asyncio.to_thread(book.save, path)
        with open(path, "rb") as saved:
            while chunk := saved.read(CHUNK):
                yield chunk
    finally:
        os.unlink(path)
