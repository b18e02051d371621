"""GraphQL of customer documents: the type (mapped from the row, never the bytes), the per-request
loader of a customer's documents, and the mutations that change or delete one. Uploading and
downloading the file go through HTTP (backend/customers/documents_http.py)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry
from strawberry.dataloader import DataLoader

from ..api.context import Context
from ..api.errors import payload_errors
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import documents
from .errors import CustomerErrorCode
from .models import CustomerDocument as DocumentRow
from .models import DocumentType
from .service import org_today
from .types import CustomerError

DocumentTypeEnum = strawberry.enum(DocumentType, name="DocumentType")
ExpiryStatusEnum = strawberry.enum(
    documents.ExpiryStatus, name="DocumentExpiryStatus",
    description=f"NONE: no expiry date; EXPIRING: within {documents.EXPIRY_WARNING_DAYS} days, today included; EXPIRED: before today.",
)


class DocumentsByCustomerIdLoader(DataLoader[uuid.UUID, list[DocumentRow]]):
    """A customer's documents, newest first, for many customers in one query (never the bytes)."""

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[list[DocumentRow]]:
        rows = await DocumentRow.filter(customer_id__in=ids).order_by("-created_at", "id")
        grouped: dict[uuid.UUID, list[DocumentRow]] = {k: [] for k in ids}
        for row in rows:
            grouped[row.customer_id].append(row)
        return [grouped[k] for k in ids]


class OrgTodayLoader(DataLoader[uuid.UUID, date]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[date]:
        return [await org_today(org_id) for org_id in ids]


@strawberry.type(description="A file kept about a customer (客户资料) and its metadata.")
class CustomerDocument:
    id: strawberry.ID
    customer_id: strawberry.ID
    doc_type: DocumentTypeEnum
    number: str
    issued_on: date | None
    expires_on: date | None
    note: str
    file_name: str
    content_type: str = strawberry.field(description="Detected from the file's content.")
    size_bytes: int
    sha256: str
    uploaded_by_id: strawberry.ID | None
    created_at: datetime
    updated_at: datetime
    expiry_status: ExpiryStatusEnum
    download_url: str = strawberry.field(description="GET it with the same credentials as /graphql.")

    @classmethod
    def from_model(cls, row: DocumentRow, today: date) -> "CustomerDocument":
        return cls(
            id=strawberry.ID(str(row.id)), customer_id=strawberry.ID(str(row.customer_id)), doc_type=row.doc_type,
            number=row.number, issued_on=row.issued_on, expires_on=row.expires_on, note=row.note, file_name=row.file_name,
            content_type=row.content_type, size_bytes=row.size_bytes, sha256=row.sha256,
            uploaded_by_id=strawberry.ID(str(row.uploaded_by_id)) if row.uploaded_by_id else None,
            created_at=row.created_at, updated_at=row.updated_at,
            expiry_status=documents.expiry_status(row.expires_on, today),
            download_url=f"/documents/{row.id}",
        )


async def customer_documents(info: strawberry.Info[Context], customer_id: uuid.UUID) -> list[CustomerDocument]:
    """The documents of a customer the caller already sees (the Customer type resolves it)."""
    org_id = info.context.org_actor().org_id
    rows = await info.context.loader("DocumentsByCustomerIdLoader", DocumentsByCustomerIdLoader).load(customer_id)
    today = await info.context.loader("OrgTodayLoader", OrgTodayLoader).load(org_id)
    return [CustomerDocument.from_model(row, today) for row in rows]


@strawberry.input
class CustomerDocumentUpdateInput:
    doc_type: DocumentTypeEnum | None = strawberry.field(default=None, description="Absent or null: unchanged.")
    number: strawberry.Maybe[str | None]
    issued_on: strawberry.Maybe[date | None]
    expires_on: strawberry.Maybe[date | None]
    note: strawberry.Maybe[str | None]


@strawberry.type
class CustomerDocumentPayload:
    document: CustomerDocument | None
    errors: list[CustomerError]


def _failed(exc: DomainError) -> CustomerDocumentPayload:
    return CustomerDocumentPayload(document=None, errors=payload_errors(exc, CustomerError, CustomerErrorCode))


@strawberry.type
class CustomerDocumentsQuery:
    @strawberry.field(description="The largest document POST /documents/customers/{id} accepts, in bytes (MAX_DOCUMENT_BYTES).")
    def customer_document_max_bytes(self, info: strawberry.Info[Context]) -> int:
        info.context.org_actor()
        return info.context.settings.max_document_bytes


@strawberry.type
class CustomerDocumentsMutation:
    @strawberry.mutation(description="Change a document's type, number, dates or note (the file stays as uploaded).")
    async def customer_document_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, input: CustomerDocumentUpdateInput
    ) -> CustomerDocumentPayload:
        actor = info.context.org_actor()
        changes: dict[str, object] = {}
        if input.doc_type is not None:
            changes["doc_type"] = DocumentType(input.doc_type)
        for name in ("number", "note"):
            sent = getattr(input, name)
            if sent is not None:
                changes[name] = sent.value or ""
        for name in ("issued_on", "expires_on"):
            sent = getattr(input, name)
            if sent is not None:
                changes[name] = sent.value
        try:
            row = await documents.update(actor, parse_uuid(id), changes)
        except DomainError as exc:
            return _failed(exc)
        return CustomerDocumentPayload(document=CustomerDocument.from_model(row, await org_today(actor.org_id)), errors=[])

    @strawberry.mutation(description="Delete a document and its file for good; the audit log keeps its metadata and SHA-256.")
    async def customer_document_delete(self, info: strawberry.Info[Context], id: strawberry.ID) -> CustomerDocumentPayload:
        actor = info.context.org_actor()
        try:
            row = await documents.delete(actor, parse_uuid(id))
        except DomainError as exc:
            return _failed(exc)
        return CustomerDocumentPayload(document=CustomerDocument.from_model(row, await org_today(actor.org_id)), errors=[])
