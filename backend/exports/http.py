"""GET /exports/{kind}.{csv|xlsx}?<the list's filters>&lang=zh-CN|en — the list as a file;
GET /exports/invoices/{invoice_id}.pdf — an invoice to print.

Authenticated like /graphql (Authorization: Bearer <access token or API key>, X-Organization);
the web app downloads with fetch and saves the blob. Refusals answer JSON
{"errors": [{"field", "code", "message"}]}: 400 for a bad kind, format or filter, 401 without
credentials, 403 without the kind's permission.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..accounts.auth import RequestAuth, authenticate
from ..api.view import bearer_token, client_ip
from ..config import Settings
from ..kit.errors import AccessDenied, AccessErrorCode
from .errors import ExportInputError
from ..kit.ids import parse_uuid
from .invoice_pdf import invoice_pdf
from .service import language_of, start_export

_UNAUTHENTICATED = {
    AccessErrorCode.UNAUTHENTICATED,
    AccessErrorCode.INVALID_TOKEN,
    AccessErrorCode.TOKEN_EXPIRED,
    AccessErrorCode.API_KEY_INVALID,
    AccessErrorCode.API_KEY_REVOKED,
}


def _refusal(status: int, field: str | None, code: str, message: str) -> Response:
    return JSONResponse({"errors": [{"field": field, "code": code, "message": message}]}, status_code=status)


async def _auth(settings: Settings, request: Request) -> RequestAuth:
    return await authenticate(
        settings,
        bearer=bearer_token(request),
        org_header=request.headers.get("x-organization"),
        ip=client_ip(request, settings),
        request_id=request.state.request_id,
    )


def _denied(denied: AccessDenied) -> Response:
    return _refusal(401 if denied.code in _UNAUTHENTICATED else 403, None, denied.code.value, denied.message)


def export_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def export(request: Request) -> Response:
        auth = await _auth(settings, request)
        params = dict(request.query_params)
        language = language_of(params.get("lang"), request.headers.get("accept-language"))
        try:
            actor = auth.require_actor()
            download = await start_export(actor, request.path_params["kind"], request.path_params["fmt"], params, language)
        except ExportInputError as error:
            return _refusal(400, error.field, error.code, error.message)
        except AccessDenied as denied:
            return _denied(denied)
        return StreamingResponse(
            download.body,
            media_type=download.media_type,
            headers={
                "content-disposition": f'attachment; filename="{download.filename}"',
                "cache-control": "no-store",
            },
        )

    return export


def invoice_pdf_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    """GET /exports/invoices/{invoice_id}.pdf — the invoice to print, authenticated as above; 404
    for an invoice the caller does not see."""

    async def pdf(request: Request) -> Response:
        auth = await _auth(settings, request)
        try:
            found = await invoice_pdf(auth.require_actor(), parse_uuid(request.path_params["invoice_id"]))
        except AccessDenied as denied:
            return _denied(denied)
        if found is None:
            return _refusal(404, "id", "NOT_FOUND", "No such invoice, or you may not see it.")
        invoice, content = found
        name = invoice.number or f"draft-{invoice.id}"
        return Response(content, media_type="application/pdf", headers={
            "content-disposition": f'inline; filename="invoice-{name}.pdf"', "cache-control": "no-store",
        })

    return pdf
