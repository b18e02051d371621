"""Building import files in the tests (CSV in UTF-8 or GBK, XLSX with openpyxl), and running them."""

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
    """The report's rows by column (its headers are in the uploader's language)."""
    rows = list(csv.reader(io.StringIO(report.decode("utf-8-sig"))))
    return [dict(zip(("row", "column", "code", "message"), row)) for row in rows[1:]]


async def run_to_end(job_id: Any, timeout: float = 60.0) -> Any:
    """Run an import job and wait for its end. A worker of the session (tests/fixtures/worker.py)
    may have claimed the job from the queue first; then this call returns at once and we wait."""
    import asyncio
    import time

    from backend.imports import service
    from backend.imports.models import ImportJob, ImportState

    await service.run_import(job_id)
    deadline = time.monotonic() + timeout
    while True:
        job = await ImportJob.get(id=job_id)
        if job.state in (ImportState.SUCCEEDED, ImportState.FAILED):
            return job
        assert time.monotonic() < deadline, f"import {job_id} stuck in {job.state}"
        await asyncio.sleep(0.1)
