"""Building import files in the tests: CSV (UTF-8 or GBK) and XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook


def csv_bytes(rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows: Sequence[Sequence[Any]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def file_bytes(fmt: str, rows: Sequence[Sequence[Any]]) -> bytes:
    return xlsx_bytes(rows) if fmt == "xlsx" else csv_bytes(rows)


def read_report(report: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report.decode("utf-8-sig"))))
