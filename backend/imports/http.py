"""GET /imports/{job_id}/errors.csv?expires=...&signature=...: the error report behind a signed link."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from collections.abc import Awaitable, Callable

from ..config import Settings
from ..kit.clean import InputRejected
from ..kit.ids import parse_uuid
from . import service


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
