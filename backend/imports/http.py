"""GET /imports/{job_id}/errors.csv?expires=...&signature=...: the error report behind a signed link.
GET /imports/templates/{kind}.{csv|xlsx}: an empty file with the columns of an import kind (no data,
so no sign-in)."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable

from openpyxl import Workbook
from openpyxl.styles import Font
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..config import Settings
from ..kit.clean import InputRejected
from ..kit.ids import parse_uuid
from . import service
from .models import ImportKind
from .validation import template_headers

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def template_file(kind: ImportKind, fmt: str) -> bytes:
    headers = template_headers(kind)
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerow(headers)
        return out.getvalue().encode("utf-8-sig")  # with a BOM, so Excel shows the Chinese
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = kind.value
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = max(14, 2 * len(str(cell.value)) + 4)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


async def template_endpoint(request: Request) -> Response:
    try:
        kind = ImportKind(request.path_params["kind"])
    except ValueError:
        return Response("No such import kind.", status_code=404, media_type="text/plain")
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "xlsx"):
        return Response("CSV or XLSX.", status_code=404, media_type="text/plain")
    return Response(
        template_file(kind, fmt),
        media_type="text/csv; charset=utf-8" if fmt == "csv" else XLSX_TYPE,
        headers={"content-disposition": f'attachment; filename="huikuan-{kind.value}-template.{fmt}"', "cache-control": "no-store"},
    )


def error_report_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def error_report(request: Request) -> Response:
        return await _error_report(settings, request)

    return error_report


async def _error_report(settings: Settings, request: Request) -> Response:
    try:
        job = await service.error_report_by_link(
            settings,
            parse_uuid(request.path_params["job_id"]),
            request.query_params.get("expires", ""),
            request.query_params.get("signature", ""),
        )
    except InputRejected as rejected:
        return JSONResponse(
            {"errors": [{"message": f"expires: {rejected.message}", "extensions": {"code": rejected.code.value, "field": "expires"}}]},
            status_code=400,
        )
    if job is None or job.error_report is None:
        return Response("This link is not valid or has expired.", status_code=404, media_type="text/plain")
    return Response(
        bytes(job.error_report),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="import-{job.id}-errors.csv"'},
    )
