"""Reading a CSV or XLSX file into a header row and numbered data rows (numbers as the user sees
them in Excel: the header is row 1). CSV may be UTF-8 (with or without BOM) or GB18030/GBK, which
is what Excel on a Chinese Windows saves."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .models import FileFormat


class UnreadableFile(Exception):
    pass


@dataclass(frozen=True)
class Table:
    headers: list[str]
    header_row: int
    rows: list[tuple[int, Sequence[Any]]]


def _blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _table(numbered: list[tuple[int, Sequence[Any]]]) -> Table:
    data = [(n, values) for n, values in numbered if not _blank(values)]
    if not data:
        raise UnreadableFile("The file has no header row.")
    header_row, header = data[0]
    headers = ["" if h is None else str(h).strip() for h in header]
    return Table(headers=headers, header_row=header_row, rows=data[1:])


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The CSV file is neither UTF-8 nor GB18030/GBK text.")


def read_csv(content: bytes) -> Table:
    text = _decode(content)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UnreadableFile(f"The CSV file cannot be parsed: {exc}.") from exc
    return _table([(i, row) for i, row in enumerate(rows, start=1)])


def read_xlsx(content: bytes) -> Table:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UnreadableFile("The file is not an Excel workbook (.xlsx).") from exc
    try:
        sheet = workbook.worksheets[0]
        return _table([(i, row) for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)])
    finally:
        workbook.close()


def read_table(content: bytes, file_format: FileFormat) -> Table:
    return read_xlsx(content) if file_format is FileFormat.XLSX else read_csv(content)
