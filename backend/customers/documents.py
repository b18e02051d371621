"""Customer documents (客户资料): files kept about a customer (营业执照, 开户许可证, contracts,
授信协议, financial statements, the legal representative's ID …) with their type, number, dates and
a note. The bytes live in PostgreSQL in their own table; the type of a file is read from its
content, never from its name or the client's word; deleting a document erases its bytes and keeps
its metadata and digest in the audit log."""

from __future__ import annotations

import hashlib
import io
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..kit.errors import DomainError, FieldError, message_params
from ..kit.uow import unit_of_work
from . import repository as repo
from .errors import CustomerErrorCode as Code
from .models import CustomerDocument, CustomerDocumentFile, DocumentType

# Documents that expire within this many days (counted from the organization's today) are a warning.
EXPIRY_WARNING_DAYS = 30
MAX_DOCUMENTS = 200
MAX_NUMBER_LENGTH = 64
MAX_NOTE_LENGTH = 500
MAX_FILE_NAME_LENGTH = 255

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Shown in the browser (Content-Disposition: inline); anything else is saved as a file.
INLINE_TYPES = frozenset({PDF, PNG, JPEG})

DOCUMENT_FIELDS = (
    "doc_type", "number", "issued_on", "expires_on", "note", "file_name", "content_type", "size_bytes", "sha256", "customer_id",
)
METADATA_FIELDS = ("doc_type", "number", "issued_on", "expires_on", "note")


class ExpiryStatus(str, Enum):
    NONE = "none"  # no expiry date
    VALID = "valid"
    EXPIRING = "expiring"  # within EXPIRY_WARNING_DAYS, today included
    EXPIRED = "expired"  # the expiry date is before today


def expiry_status(expires_on: date | None, today: date) -> ExpiryStatus:
    """Where a document stands on `today` (the organization's local day)."""
    if expires_on is None:
        return ExpiryStatus.NONE
    if expires_on < today:
        return ExpiryStatus.EXPIRED
    if expires_on <= today + timedelta(days=EXPIRY_WARNING_DAYS):
        return ExpiryStatus.EXPIRING
    return ExpiryStatus.VALID


def detect_type(content: bytes) -> str | None:
    """The media type of a file read from its first bytes (and, for the Office formats, from the
    parts of its zip container): PDF, PNG, JPEG, DOCX or XLSX; None for anything else."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            return None
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return DOCX
        if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
            return XLSX
    return None


@dataclass(frozen=True)
class DocumentFields:
    """Metadata already cleaned at the boundary (text free of NUL and lone surrogates, dates in range)."""

    doc_type: DocumentType
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    note: str = ""


def _check_fields(values: dict[str, Any]) -> None:
    errors: list[FieldError] = []
    if len(values.get("number") or "") > MAX_NUMBER_LENGTH:
        errors.append(FieldError(Code.TOO_LONG, f"At most {MAX_NUMBER_LENGTH} characters.", "number"))
    if len(values.get("note") or "") > MAX_NOTE_LENGTH:
        errors.append(FieldError(Code.TOO_LONG, f"At most {MAX_NOTE_LENGTH} characters.", "note"))
    issued, expires = values.get("issued_on"), values.get("expires_on")
    if issued is not None and expires is not None and expires < issued:
        errors.append(FieldError(Code.INVALID_DATE, "The expiry date cannot be before the issue date.", "expiresOn"))
    if errors:
        raise DomainError(*errors)


def clean_file_name(value: str) -> str:
    """The last part of a path a browser may send (C:\\fakepath\\营业执照.pdf), without control
    characters (they have no place in a name and none in a header), trimmed."""
    name = value.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def require_upload(actor: Actor) -> None:
    """May this caller add documents? Checked again by `upload`; the HTTP layer asks first so that
    it never reads a body it would refuse."""
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)


async def upload(
    actor: Actor, customer_id: uuid.UUID | None, fields: DocumentFields, *, file_name: str, content: bytes, max_bytes: int
) -> CustomerDocument:
    require_upload(actor)
    errors: list[FieldError] = []
    name = clean_file_name(file_name)
    if not name:
        errors.append(FieldError(Code.REQUIRED, "Choose a file.", "file"))
    elif len(name) > MAX_FILE_NAME_LENGTH:
        errors.append(FieldError(Code.TOO_LONG, f"At most {MAX_FILE_NAME_LENGTH} characters.", "file"))
    if not content or len(content) > max_bytes:
        megabytes = max_bytes // (1024 * 1024)
        errors.append(FieldError(Code.FILE_TOO_LARGE, f"A file must be between 1 byte and {megabytes} MB.", "file",
                                 params=message_params({"megabytes": megabytes})))
    content_type = detect_type(content) if content else None
    if content and len(content) <= max_bytes and content_type is None:
        errors.append(FieldError(Code.FILE_TYPE_NOT_ALLOWED, "PDF, PNG, JPEG, Word (DOCX) or Excel (XLSX) files only.", "file"))
    if errors:
        raise DomainError(*errors)
    _check_fields(vars(fields))
    assert content_type is not None
    async with unit_of_work():
        customer = await repo.get_visible(actor, customer_id, for_update=True)
        if customer is None:
            raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
        if await CustomerDocument.filter(customer_id=customer.id).count() >= MAX_DOCUMENTS:
            raise DomainError.single(Code.TOO_MANY, f"A customer keeps at most {MAX_DOCUMENTS} documents.", "customerId")
        document = await CustomerDocument.create(
            organization_id=actor.org_id, customer_id=customer.id, doc_type=fields.doc_type, number=fields.number.strip(),
            issued_on=fields.issued_on, expires_on=fields.expires_on, note=fields.note.strip(), file_name=name,
            content_type=content_type, size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(),
            uploaded_by_id=actor.user_id,
        )
        await CustomerDocumentFile.create(document_id=document.id, content=content)
        await audit.record(actor, "customer_document.upload", "customer_document", document.id,
                           after=audit.snapshot(document, DOCUMENT_FIELDS))
    return document


async def _visible(actor: Actor, document_id: uuid.UUID | None, *, for_update: bool = False) -> CustomerDocument:
    query = CustomerDocument.filter(id=document_id, organization_id=actor.org_id, customer_id__in=repo.visible_customer_ids(actor))
    document = await query.first() if document_id else None
    if document is None:
        raise DomainError.single(Code.NOT_FOUND, "No such document.", "id")
    if for_update:
        locked = await CustomerDocument.filter(id=document.id).select_for_update().first()
        assert locked is not None
        return locked
    return document


async def update(actor: Actor, document_id: uuid.UUID | None, changes: dict[str, Any]) -> CustomerDocument:
    """Change the metadata given (snake_case keys of METADATA_FIELDS); the file stays as uploaded."""
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    async with unit_of_work():
        document = await _visible(actor, document_id, for_update=True)
        before = audit.snapshot(document, METADATA_FIELDS)
        changes = {name: value.strip() if isinstance(value, str) else value for name, value in changes.items() if name in METADATA_FIELDS}
        _check_fields({**{name: getattr(document, name) for name in METADATA_FIELDS}, **changes})
        for name, value in changes.items():
            setattr(document, name, value)
        await document.save()
        after = audit.snapshot(document, METADATA_FIELDS)
        await audit.record(actor, "customer_document.update", "customer_document", document.id,
                           before=before, after=after)
    return document


async def delete(actor: Actor, document_id: uuid.UUID | None) -> CustomerDocument:
    """Erase the document and its bytes; the audit entry keeps its metadata and SHA-256."""
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    async with unit_of_work():
        document = await _visible(actor, document_id, for_update=True)
        before = audit.snapshot(document, DOCUMENT_FIELDS)
        await document.delete()
        await audit.record(actor, "customer_document.delete", "customer_document", document.id, before=before)
    return document


async def download(actor: Actor, document_id: uuid.UUID | None) -> tuple[CustomerDocument, bytes] | None:
    """The document and its bytes, or None when the caller does not see it."""
    actor.require(Permission.CUSTOMERS_READ)
    try:
        document = await _visible(actor, document_id)
    except DomainError:
        return None
    stored = await CustomerDocumentFile.get(document_id=document.id)
    return document, bytes(stored.content)
