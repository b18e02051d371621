"""Hostile import files end as row or file errors with a code, never as INTERNAL_ERROR: a NUL in a
cell, sheet XML that does not parse, numbers beyond any column, and an XLSX that unpacks into
two million rows (read as a stream and stopped at the row limit)."""

from __future__ import annotations

import io
import zipfile

import pytest

from backend.customers.models import Customer
from backend.imports import reading, service
from backend.imports.models import FileFormat, ImportKind, ImportState
from tests.fixtures.api import member
from tests.invoices.factories import staff

from .files import csv_bytes, read_report, xlsx_bytes


def _with_sheet(xml: bytes) -> bytes:
    """A real workbook whose first sheet's XML is replaced."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["客户编码", "客户名称"], ["A1", "甲公司"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = xml if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            target.writestr(item, data)
    return out.getvalue()


def xlsx_bomb(rows: int) -> bytes:
    """A sheet of `rows` identical rows: a few hundred KB packed, tens of MB of XML unpacked."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>'
    )
    row = b'<row><c t="inlineStr"><is><t>X</t></is></c><c><v>1</v></c></row>'
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["code", "name"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with target.open(item.filename, "w") as sheet:
                    sheet.write(head)
                    chunk = row * 10_000
                    for _ in range(rows // 10_000):
                        sheet.write(chunk)
                    sheet.write(b"</sheetData></worksheet>")
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def test_broken_sheet_xml_is_an_unreadable_file():
    broken = _with_sheet(b"<worksheet><sheetData><row><c><v>1</v></row>")
    with pytest.raises(reading.UnreadableFile):
        reading.read_table(broken, FileFormat.XLSX, 100)


def test_a_nul_in_a_header_is_an_unreadable_file():
    with pytest.raises(reading.UnreadableFile):
        reading.read_table(csv_bytes([["客户编码\x00", "客户名称"], ["A", "B"]]), FileFormat.CSV, 100)


def test_a_zip_bomb_is_read_as_a_stream_and_stops_at_the_row_limit():
    bomb = xlsx_bomb(2_000_000)
    assert len(bomb) < 1_000_000
    with pytest.raises(reading.TooManyRows) as refused:
        reading.read_table(bomb, FileFormat.XLSX, 1_000)
    assert refused.value.header_row == 1


@pytest.mark.parametrize(
    "content,file_name,code",
    [
        (csv_bytes([["客户编码", "客户名称"], ["N1", "甲\x00公司"]]), "nul.csv", "INVALID_TEXT"),
        (_with_sheet(b"<worksheet><sheetData><row><c><v>1</v></row>"), "broken.xlsx", "UNREADABLE_FILE"),
    ],
    ids=["nul-cell", "broken-xml"],
)
async def test_hostile_files_end_as_coded_errors(db, gql, content, file_name, code):
    owner = await member(gql)
    actor = (await staff(owner.org)).actor
    job = await service.start_import(actor, kind=ImportKind.CUSTOMERS, file_name=file_name, content=content, bank_account="")
    await service.run_import(job.id)
    await job.refresh_from_db()
    assert job.state is ImportState.FAILED
    assert [e["code"] for e in job.error_sample] == [code]
    assert await Customer.filter(organization_id=owner.org.id).count() == 0


@pytest.mark.parametrize("amount", ["NaN", "1e1000000", "1e30", "sNaN", "Infinity"])
async def test_amounts_beyond_any_column_are_row_errors(db, gql, amount):
    owner = await member(gql)
    actor = (await staff(owner.org)).actor
    content = csv_bytes([["交易日期", "交易流水号", "付款人", "金额"], ["2026-03-02", "TX1", "某公司", amount]])
    job = await service.start_import(actor, kind=ImportKind.BANK_STATEMENT, file_name="s.csv", content=content, bank_account="A")
    await service.run_import(job.id)
    await job.refresh_from_db()
    assert (job.state, [e["code"] for e in job.error_sample]) == (ImportState.FAILED, ["INVALID_AMOUNT"])
