"""POST /documents/customers/{customer_id} — upload a document (multipart/form-data: `file`,
`docType`, and optional `number`, `issuedOn`, `expiresOn` (YYYY-MM-DD), `note`);
GET /documents/{document_id} — its file (under /documents, not /customers: the web app's own
routes live there).

Authenticated like /graphql (Authorization: Bearer <access token or API key>, X-Organization).
The upload's body may be up to MAX_DOCUMENT_BYTES plus room for the form; the shared body limit
refuses a larger one before reading it. Refusals answer JSON {"errors": [{"field", "code",
"message", "params"}]}: 400 for bad input, 401 without credentials, 403 without the role, 404 for a
customer or document the caller does not see, 413 for a body over the limit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..accounts.auth import authenticate
from ..api.middleware import BodyTooLarge, set_body_limit
from ..api.view import bearer_token, client_ip
from ..config import Settings
from ..kit.clean import InputCode, InputRejected, check_business_date, clean_text
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError, message_params
from ..kit.ids import parse_uuid
from . import documents
from .errors import CustomerErrorCode as Code
from .models import DocumentType

# Room for the form's other fields and the multipart boundaries, on top of the file itself.
FORM_OVERHEAD_BYTES = 64 * 1024

_UNAUTHENTICATED = {
    AccessErrorCode.UNAUTHENTICATED,
    AccessErrorCode.INVALID_TOKEN,
    AccessErrorCode.TOKEN_EXPIRED,
    AccessErrorCode.API_KEY_INVALID,
    AccessErrorCode.API_KEY_REVOKED,
}


def _errors(status: int, errors: tuple[FieldError, ...] | list[FieldError]) -> JSONResponse:
    return JSONResponse({"errors": [{
        "field": e.field, "code": e.code.value, "message": e.message,
        "params": [{"name": p.name, "kind": p.kind.value, "value": p.value} for p in e.params],
    } for e in errors]}, status_code=status)


def _denied(denied: AccessDenied) -> JSONResponse:
    return _errors(401 if denied.code in _UNAUTHENTICATED else 403, [FieldError(denied.code, denied.message)])


def _domain(error: DomainError) -> JSONResponse:
    not_found = any(e.code == Code.NOT_FOUND for e in error.errors)
    return _errors(404 if not_found else 400, error.errors)


def _rejected(rejected: InputRejected, field: str) -> FieldError:
    code = Code.TOO_LONG if rejected.code == InputCode.TOO_LONG else Code.INVALID
    return FieldError(code, rejected.message, field, message_params(rejected.params))


def _text(form: Any, name: str, max_length: int, errors: list[FieldError]) -> str:
    value = form.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(FieldError(Code.INVALID, "Send text, not a file.", name))
        return ""
    try:
        return clean_text(value, max_length=max_length).strip()
    except InputRejected as rejected:
        errors.append(_rejected(rejected, name))
        return ""


def _date(form: Any, name: str, errors: list[FieldError]) -> date | None:
    text = _text(form, name, 10, errors)
    if not text:
        return None
    try:
        return check_business_date(date.fromisoformat(text))
    except (ValueError, InputRejected):
        errors.append(FieldError(Code.INVALID_DATE, "Enter a date as YYYY-MM-DD between 1900 and 2099.", name))
        return None


def document_endpoints(settings: Settings) -> dict[str, Callable[[Request], Awaitable[Response]]]:
    async def upload(request: Request) -> Response:
        limit = settings.max_document_bytes
        set_body_limit(request.scope, limit + FORM_OVERHEAD_BYTES)
        auth = await authenticate(
            settings, bearer=bearer_token(request), org_header=request.headers.get("x-organization"),
            ip=client_ip(request, settings), request_id=request.state.request_id,
        )
        try:
            actor = auth.require_actor()
            documents.require_upload(actor)
        except AccessDenied as denied:
            return _denied(denied)
        megabytes = limit // (1024 * 1024)
        too_large = FieldError(Code.FILE_TOO_LARGE, f"A file must be between 1 byte and {megabytes} MB.", "file",
                               message_params({"megabytes": megabytes}))
        try:
            async with request.form(max_files=1, max_fields=10, max_part_size=16 * 1024) as form:
                errors: list[FieldError] = []
                file = form.get("file")
                if not isinstance(file, UploadFile):
                    errors.append(FieldError(Code.REQUIRED, "Choose a file.", "file"))
                file_name = ""
                if isinstance(file, UploadFile):
                    try:
                        file_name = clean_text(file.filename or "", max_length=documents.MAX_FILE_NAME_LENGTH)
                    except InputRejected as rejected:
                        errors.append(_rejected(rejected, "file"))
                raw_type = _text(form, "docType", 32, errors)
                try:
                    doc_type = DocumentType(raw_type)
                except ValueError:
                    errors.append(FieldError(Code.REQUIRED if not raw_type else Code.INVALID, "Choose the document's type.", "docType"))
                    doc_type = DocumentType.OTHER
                fields = documents.DocumentFields(
                    doc_type=doc_type,
                    number=_text(form, "number", documents.MAX_NUMBER_LENGTH, errors),
                    issued_on=_date(form, "issuedOn", errors),
                    expires_on=_date(form, "expiresOn", errors),
                    note=_text(form, "note", documents.MAX_NOTE_LENGTH, errors),
                )
                if errors:
                    return _errors(400, errors)
                assert isinstance(file, UploadFile)
                content = await file.read(limit + 1)
        except BodyTooLarge:
            return _errors(413, [too_large])
        except HTTPException as bad:
            return _errors(400, [FieldError(Code.INVALID, str(bad.detail), "file")])
        if len(content) > limit:
            return _errors(413, [too_large])
        try:
            document = await documents.upload(
                actor, parse_uuid(request.path_params["customer_id"]), fields, file_name=file_name, content=content, max_bytes=limit,
            )
        except AccessDenied as denied:
            return _denied(denied)
        except DomainError as error:
            return _domain(error)
        return JSONResponse({"id": str(document.id), "fileName": document.file_name, "contentType": document.content_type,
                             "sizeBytes": document.size_bytes, "sha256": document.sha256}, status_code=201)

    async def download(request: Request) -> Response:
        auth = await authenticate(
            settings, bearer=bearer_token(request), org_header=request.headers.get("x-organization"),
            ip=client_ip(request, settings), request_id=request.state.request_id,
        )
        try:
            found = await documents.download(auth.require_actor(), parse_uuid(request.path_params["document_id"]))
        except AccessDenied as denied:
            return _denied(denied)
        if found is None:
            return _errors(404, [FieldError(Code.NOT_FOUND, "No such document, or you may not see it.", "id")])
        document, content = found
        disposition = "inline" if document.content_type in documents.INLINE_TYPES else "attachment"
        ascii_name = document.file_name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
        return Response(content, media_type=document.content_type, headers={
            "content-disposition": f"{disposition}; filename*=UTF-8''{quote(document.file_name, safe='')}; filename=\"{ascii_name}\"",
            "x-content-type-options": "nosniff",
            "cache-control": "private, no-store",
        })

    return {"upload": upload, "download": download}
