"""The customer's side of a statement, without an account, at the link's token (JSON), and the staff's
exports behind short-lived signed links.

  GET  /public/statements/{token}           the statement (header, totals, lines, aging, answer)
  GET  /public/statements/{token}/pdf       its PDF
  POST /public/statements/{token}/confirm   {"name": "…"}
  POST /public/statements/{token}/dispute   {"name": "…", "lines": [{"lineId", "reason", "amount", "note"}],
                                             "attachment": {"fileName", "contentType", "contentBase64"}}
  GET  /statements/{id}/export.{pdf|xlsx}?expires=…&signature=…
  GET  /statements/discrepancies/{id}/attachment?expires=…&signature=…   the file a customer attached

A token that is unknown, tampered with, revoked or expired gets the same 404 and nothing else.
Every use of a working link is logged (action, IP, user agent, time), refusals included.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import quote
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..accounts.models import Organization
from ..api.view import client_ip
from ..config import Settings
from ..customers.models import Customer
from ..kit.clean import InputRejected, clean_text, parse_amount
from ..kit.errors import DomainError, FieldError
from ..kit.ids import parse_uuid
from ..kit.serialize import to_json_value
from ..api.middleware import BodyTooLarge, set_body_limit
from . import service
from .errors import PublicErrorCode as P
from .exports import load_document, render_pdf, render_xlsx
from .models import AccessAction, Discrepancy, DisputeReason, StatementLink
from .repository import stored_lines

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_DISPUTED_LINES = 200
MAX_NOTE = 2000
MAX_NAME = 100
# Declared type → (extensions, magic bytes at the start of the file).
ALLOWED_FILES: dict[str, tuple[tuple[str, ...], bytes]] = {
    "application/pdf": ((".pdf",), b"%PDF-"),
    "image/png": ((".png",), b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": ((".jpg", ".jpeg"), b"\xff\xd8\xff"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ((".xlsx",), b"PK\x03\x04"),
}
INVALID_LINK = "This link is not valid: it may have expired or been withdrawn. Ask the sender for a new one."
MEDIA = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _refusal(status: int, code: P, message: str, errors: list[FieldError] | None = None) -> JSONResponse:
    return JSONResponse(
        {
            "error": {"code": code.value, "message": message},
            "errors": [{"field": e.field, "code": e.code.value, "message": e.message} for e in errors or []],
        },
        status_code=status,
        headers={"cache-control": "no-store"},
    )


def _invalid_link() -> JSONResponse:
    return _refusal(404, P.LINK_INVALID, INVALID_LINK)


def _visitor(settings: Settings, request: Request) -> service.Visitor:
    return service.Visitor(
        ip=client_ip(request, settings),
        user_agent=request.headers.get("user-agent", ""),
        request_id=getattr(request.state, "request_id", None),
    )


async def _read_body(request: Request) -> bytes | None:
    """The body, or None when it is longer than allowed. The answer of a valid link may carry an
    attachment, so this endpoint raises the request's body limit; the shared middleware still
    refuses a larger body before reading it (declared length) or as soon as it passes the limit."""
    set_body_limit(request.scope, MAX_BODY_BYTES)
    try:
        return await request.body()
    except BodyTooLarge:
        return None


async def _json_body(request: Request) -> dict[str, Any] | JSONResponse:
    body = await _read_body(request)
    if body is None:
        return _refusal(413, P.BODY_TOO_LARGE, f"The request is larger than {MAX_BODY_BYTES // (1024 * 1024)} MB.")
    try:
        data = json.loads(body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _refusal(400, P.INVALID_BODY, "Send a JSON object.")
    if not isinstance(data, dict):
        return _refusal(400, P.INVALID_BODY, "Send a JSON object.")
    return data


def _text(data: dict[str, Any], key: str, field: str, max_length: int, errors: list[FieldError]) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    try:
        return clean_text(value, max_length=max_length).strip()
    except InputRejected as exc:
        errors.append(FieldError(P.INVALID_TEXT, exc.message, field))
        return ""


# --- reading ---------------------------------------------------------------------------------


async def _statement_json(link: StatementLink) -> dict[str, Any]:
    statement = link.statement
    organization = await Organization.get(id=statement.organization_id)
    customer = await Customer.get(id=statement.customer_id)
    lines = await stored_lines(statement.organization_id, [statement.id], statement.revision)
    disputes = await Discrepancy.filter(statement_id=statement.id, revision=statement.revision).order_by("created_at", "id")
    return to_json_value({
        "number": statement.number,
        "organization": organization.name,
        "customer": {"name": customer.legal_name, "code": customer.code},
        "periodStart": statement.period_start,
        "periodEnd": statement.period_end,
        "currency": statement.currency,
        "openItemsOnly": statement.open_items_only,
        "status": statement.status.value,
        "openingBalance": statement.opening_balance,
        "totalDebits": statement.total_debits,
        "totalCredits": statement.total_credits,
        "closingBalance": statement.closing_balance,
        "aging": statement.aging,
        "linkExpiresAt": link.expires_at,
        "lines": [
            {
                "id": line.id, "position": line.position, "kind": line.kind.value, "date": line.document_date,
                "document": line.document_number, "reference": line.reference, "dueDate": line.due_date,
                "debit": line.debit, "credit": line.credit, "openAmount": line.open_amount, "balance": line.balance,
            }
            for line in lines
        ],
        "answer": {
            "confirmedAt": statement.confirmed_at,
            "confirmedBy": statement.confirmed_by_name or None,
            "disputedAt": statement.disputed_at,
            "disputes": [
                {"lineId": d.line_id, "reason": d.reason.value, "amount": d.customer_amount, "note": d.customer_note,
                 "attachment": d.attachment_name, "status": d.status.value}
                for d in disputes
            ],
        },
    })


async def _opened(settings: Settings, request: Request) -> tuple[StatementLink, service.Visitor] | None:
    """The working link of the request with its visitor; a refused token is logged (it has no statement)."""
    link = await service.link_by_token(request.path_params["token"])
    visitor = _visitor(settings, request)
    if link is None:
        log.warning("statement link refused: %s from %s (%s)", request.method, visitor.ip, visitor.user_agent[:200])
        return None
    return link, visitor


async def _view(settings: Settings, request: Request) -> Response:
    opened = await _opened(settings, request)
    if opened is None:
        return _invalid_link()
    link, visitor = opened
    await service.log_access(link, visitor, AccessAction.VIEW)
    return JSONResponse(await _statement_json(link), headers={"cache-control": "no-store"})


async def _pdf(settings: Settings, request: Request) -> Response:
    opened = await _opened(settings, request)
    if opened is None:
        return _invalid_link()
    link, visitor = opened
    await service.log_access(link, visitor, AccessAction.DOWNLOAD, {"format": "pdf"})
    content = await asyncio.to_thread(render_pdf, await load_document(link.statement))
    return Response(
        content, media_type=MEDIA["pdf"],
        headers={"content-disposition": f'attachment; filename="{link.statement.number}.pdf"', "cache-control": "no-store"},
    )


# --- answering -------------------------------------------------------------------------------


async def _answered(link: StatementLink, visitor: service.Visitor, answer: Callable[[], Awaitable[service.Answer]]) -> Response:
    try:
        result = await answer()
    except DomainError as exc:
        await service.log_access(link, visitor, AccessAction.REFUSED, {"errors": [e.code.value for e in exc.errors]})
        first = exc.errors[0]
        status = 409 if first.code is P.ALREADY_ANSWERED else 422
        return _refusal(status, P(first.code.value), first.message, list(exc.errors))
    return JSONResponse(
        {"status": result.statement.status.value, "repeated": result.repeated},
        headers={"cache-control": "no-store"},
    )


async def _confirm(settings: Settings, request: Request) -> Response:
    opened = await _opened(settings, request)
    if opened is None:
        return _invalid_link()
    link, visitor = opened
    data = await _json_body(request)
    if isinstance(data, Response):
        return data
    errors: list[FieldError] = []
    name = _text(data, "name", "name", MAX_NAME, errors)
    if errors:
        return _refusal(422, P.INVALID_TEXT, errors[0].message, errors)
    return await _answered(link, visitor, lambda: service.confirm(link, visitor, name=name))


def _upload(data: Any, errors: list[FieldError]) -> service.Upload | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        errors.append(FieldError(P.INVALID_BODY, "Describe the file with fileName, contentType and contentBase64.", "attachment"))
        return None
    text_errors: list[FieldError] = []
    file_name = _text(data, "fileName", "attachment.fileName", 255, text_errors)
    content_type = _text(data, "contentType", "attachment.contentType", 100, text_errors).lower()
    if text_errors:
        errors.extend(text_errors)
        return None
    encoded = data.get("contentBase64")
    try:
        content = base64.b64decode(encoded if isinstance(encoded, str) else "", validate=True)
    except (binascii.Error, ValueError):
        errors.append(FieldError(P.INVALID_BODY, "The file is not base64.", "attachment.contentBase64"))
        return None
    allowed = ALLOWED_FILES.get(content_type)
    suffix = PurePosixPath(file_name.lower()).suffix
    if not content:
        errors.append(FieldError(P.INVALID_BODY, "The file is empty.", "attachment.contentBase64"))
    elif len(content) > MAX_ATTACHMENT_BYTES:
        errors.append(FieldError(P.FILE_TOO_LARGE, f"A file may be at most {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB.", "attachment"))
    elif allowed is None or suffix not in allowed[0] or not content.startswith(allowed[1]):
        errors.append(FieldError(P.FILE_TYPE_NOT_ALLOWED, "Attach a PDF, PNG, JPEG or XLSX file.", "attachment"))
    else:
        return service.Upload(file_name=file_name, content_type=content_type, content=content)
    return None


def _disputed_lines(raw: Any, errors: list[FieldError]) -> list[service.DisputedLine]:
    if not isinstance(raw, list) or not raw:
        errors.append(FieldError(P.NO_LINES, "Choose at least one line you disagree with.", "lines"))
        return []
    if len(raw) > MAX_DISPUTED_LINES:
        errors.append(FieldError(P.TOO_MANY_LINES, f"At most {MAX_DISPUTED_LINES} lines at once.", "lines"))
        return []
    result: list[service.DisputedLine] = []
    seen: set[Any] = set()
    for i, item in enumerate(raw):
        field = f"lines.{i}"
        if not isinstance(item, dict):
            errors.append(FieldError(P.INVALID_BODY, "Each line is an object.", field))
            continue
        line_id = parse_uuid(item.get("lineId")) if isinstance(item.get("lineId"), str) else None
        if line_id is None:
            errors.append(FieldError(P.LINE_NOT_ON_STATEMENT, "This line is not on the statement.", f"{field}.lineId"))
        elif line_id in seen:
            errors.append(FieldError(P.DUPLICATE_LINE, "Each line once.", f"{field}.lineId"))
        seen.add(line_id)
        try:
            reason = DisputeReason(item.get("reason"))
        except ValueError:
            errors.append(FieldError(P.INVALID_REASON, "Reason: " + ", ".join(r.value for r in DisputeReason) + ".", f"{field}.reason"))
            reason = DisputeReason.OTHER
        amount: Decimal | None = None
        if item.get("amount") is not None:
            try:
                amount = parse_amount(item["amount"])
            except InputRejected as exc:
                errors.append(FieldError(P.INVALID_AMOUNT, exc.message, f"{field}.amount"))
        note = _text(item, "note", f"{field}.note", MAX_NOTE, errors)
        if line_id is not None:
            result.append(service.DisputedLine(line_id=line_id, reason=reason, customer_amount=amount, note=note))
    return result


async def _dispute(settings: Settings, request: Request) -> Response:
    opened = await _opened(settings, request)
    if opened is None:
        return _invalid_link()
    link, visitor = opened
    data = await _json_body(request)
    if isinstance(data, Response):
        return data
    errors: list[FieldError] = []
    name = _text(data, "name", "name", MAX_NAME, errors)
    lines = _disputed_lines(data.get("lines"), errors)
    upload = _upload(data.get("attachment"), errors)
    if errors:
        await service.log_access(link, visitor, AccessAction.REFUSED, {"errors": [e.code.value for e in errors]})
        first = errors[0]
        return _refusal(413 if first.code is P.FILE_TOO_LARGE else 422, P(first.code.value), first.message, errors)
    return await _answered(link, visitor, lambda: service.dispute(link, visitor, name=name, lines=lines, upload=upload))


# --- staff exports behind signed links ---------------------------------------------------------


async def _export(settings: Settings, request: Request) -> Response:
    fmt = request.path_params["fmt"]
    statement = await service.statement_by_export_link(
        settings, parse_uuid(request.path_params["statement_id"]), fmt,
        request.query_params.get("expires", ""), request.query_params.get("signature", ""),
    )
    if statement is None:
        return Response("This link is not valid or has expired.", status_code=404, media_type="text/plain")
    document = await load_document(statement)
    content = await asyncio.to_thread(render_pdf if fmt == "pdf" else render_xlsx, document)
    return Response(
        content, media_type=MEDIA[fmt],
        headers={"content-disposition": f'attachment; filename="{statement.number}.{fmt}"', "cache-control": "no-store"},
    )


async def _attachment(settings: Settings, request: Request) -> Response:
    row = await service.attachment_by_link(
        settings, parse_uuid(request.path_params["discrepancy_id"]),
        request.query_params.get("expires", ""), request.query_params.get("signature", ""),
    )
    if row is None or row.attachment is None:
        return Response("This link is not valid or has expired.", status_code=404, media_type="text/plain")
    name = quote(row.attachment_name or "attachment")
    return Response(
        bytes(row.attachment), media_type=row.attachment_type or "application/octet-stream",
        headers={"content-disposition": f"attachment; filename*=UTF-8''{name}", "x-content-type-options": "nosniff",
                 "cache-control": "no-store"},
    )


def endpoints(settings: Settings) -> dict[str, Callable[[Request], Awaitable[Response]]]:
    """The handlers, bound to the settings, by route name (see backend/app.py)."""

    def bind(handler: Callable[[Settings, Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await handler(settings, request)

        return endpoint

    return {"view": bind(_view), "pdf": bind(_pdf), "confirm": bind(_confirm), "dispute": bind(_dispute), "export": bind(_export),
            "attachment": bind(_attachment)}
