"""GraphQL: customers (search, filters, sorting, relay pagination), contacts and attachments."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.inputs import column_length
from ..api.pagination import Connection, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import models
from . import repository as repo
from . import service
from .errors import CustomerErrorCode
from .models import AttachmentKind, ContactChannel, CustomerStatus
from .types import (
    Attachment,
    AttachmentKindEnum,
    ContactChannelEnum,
    Contact,
    Customer,
    CustomerError,
    CustomerStatusEnum,
)


def _errors(exc: DomainError) -> list[CustomerError]:
    return payload_errors(exc, CustomerError, CustomerErrorCode)


def maybe_fields(input_obj: Any, renames: dict[str, str] | None = None) -> dict[str, Any]:
    """The fields a client sent in a partial-update input (strawberry.Maybe), by service name."""
    renames = renames or {}
    changes: dict[str, Any] = {}
    for name, value in vars(input_obj).items():
        if value is not None:
            changes[renames.get(name, name)] = value.value
    return changes


@strawberry.enum(name="CustomerSortField")
class CustomerSortField(Enum):
    CODE = "code"
    LEGAL_NAME = "legal_name"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    BALANCE = strawberry.enum_value("balance", description="open balance today, base currency")
    OVERDUE_AMOUNT = strawberry.enum_value("overdue_amount", description="overdue balance today, base currency")
    DAYS_OVERDUE = strawberry.enum_value("days_overdue", description="worst days overdue today")
    GRADE = strawberry.enum_value("grade", description="credit grade by risk: AAA first ascending, C first descending; not graded before AAA")
    SCORE = strawberry.enum_value("score", description="credit score; not assessed before 0")


@strawberry.input
class CustomerFilterInput:
    grades: list[str] | None = strawberry.field(default=None, metadata=column_length(models.Customer, "grade"))
    statuses: list[CustomerStatusEnum] | None = None
    collector_id: strawberry.ID | None = None
    owner_id: strawberry.ID | None = None
    tag: str | None = None
    overdue: bool | None = strawberry.field(default=None, description="true: has an invoice past due; false: has none")


@strawberry.input
class CustomerCreateInput:
    code: str
    legal_name: str
    short_name: str = ""
    credit_code: str | None = None
    tax_number: str = ""
    industry: str = ""
    address: str = ""
    region: str = ""
    website: str = ""
    founded_on: date | None = None
    registered_capital: Decimal | None = None
    status: CustomerStatusEnum = CustomerStatus.ACTIVE
    tags: list[str] = strawberry.field(default_factory=list)
    owner_id: strawberry.ID | None = None
    collector_id: strawberry.ID | None = None
    notes: str = ""


@strawberry.input(description="Only the fields sent are changed; null clears an optional field.")
class CustomerUpdateInput:
    code: strawberry.Maybe[str]
    legal_name: strawberry.Maybe[str]
    short_name: strawberry.Maybe[str]
    credit_code: strawberry.Maybe[str | None]
    tax_number: strawberry.Maybe[str]
    industry: strawberry.Maybe[str]
    address: strawberry.Maybe[str]
    region: strawberry.Maybe[str]
    website: strawberry.Maybe[str]
    founded_on: strawberry.Maybe[date | None]
    registered_capital: strawberry.Maybe[Decimal | None]
    status: strawberry.Maybe[CustomerStatusEnum]
    tags: strawberry.Maybe[list[str]]
    owner_id: strawberry.Maybe[strawberry.ID | None]
    collector_id: strawberry.Maybe[strawberry.ID | None]
    notes: strawberry.Maybe[str]


@strawberry.input
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    preferred_channel: ContactChannelEnum = ContactChannel.EMAIL
    language: str = "zh-CN"
    is_billing_contact: bool = False


@strawberry.input
class ContactUpdateInput:
    name: strawberry.Maybe[str]
    title: strawberry.Maybe[str]
    phone: strawberry.Maybe[str]
    email: strawberry.Maybe[str]
    preferred_channel: strawberry.Maybe[ContactChannelEnum]
    language: strawberry.Maybe[str]
    is_billing_contact: strawberry.Maybe[bool]


@strawberry.input
class AttachmentInput:
    kind: AttachmentKindEnum
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str = ""
    storage_key: str = strawberry.field(default="", description="Where the uploaded file lives in object storage.")


@strawberry.type
class CustomerPayload:
    customer: Customer | None
    errors: list[CustomerError]


@strawberry.type
class ContactPayload:
    contact: Contact | None
    errors: list[CustomerError]


@strawberry.type
class AttachmentPayload:
    attachment: Attachment | None
    errors: list[CustomerError]


def _member_ids(data: dict[str, Any]) -> dict[str, Any]:
    """Membership ids as UUIDs; one that is not a UUID becomes the nil UUID, which matches no member."""
    for name in ("owner_id", "collector_id"):
        if data.get(name) is not None:
            data[name] = parse_uuid(data[name]) or uuid.UUID(int=0)
    return data


@strawberry.type
class CustomersQuery:
    @strawberry.field(description="Customers the caller sees: search by name, code, credit code or contact; filter; sort.")
    async def customers(
        self,
        info: strawberry.Info[Context],
        search: str | None = None,
        filter: CustomerFilterInput | None = None,
        sort: CustomerSortField = CustomerSortField.CODE,
        descending: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Customer]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        f = filter or CustomerFilterInput()
        criteria = repo.CustomerFilter(
            search=search,
            grades=tuple(f.grades or ()),
            statuses=tuple(CustomerStatus(s) for s in f.statuses or ()),
            collector_id=parse_uuid(f.collector_id) if f.collector_id else None,
            owner_id=parse_uuid(f.owner_id) if f.owner_id else None,
            tag=f.tag,
            overdue=f.overdue,
        )
        today = await service.org_today(actor.org_id)
        prefix = "-" if descending else ""
        query, key, annotated = repo.filtered(actor, criteria, today), sort.value, None
        if repo.computed_sort(sort.value):
            query, field = repo.with_sort_key(actor, query, sort.value, today)
            key, annotated = repo.SORT_KEY, {repo.SORT_KEY: field}
        return await paginate(
            query,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            order=(f"{prefix}{key}", f"{prefix}id"),
            to_node=Customer.from_model,
            annotated=annotated,
        )

    @strawberry.field(description="One customer, if the caller may see it.")
    async def customer(self, info: strawberry.Info[Context], id: strawberry.ID) -> Customer | None:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        row = await repo.get_visible(actor, parse_uuid(id))
        return Customer.from_model(row) if row else None


@strawberry.type
class CustomersMutation:
    @strawberry.mutation
    async def customer_create(self, info: strawberry.Info[Context], input: CustomerCreateInput) -> CustomerPayload:
        actor = info.context.org_actor()
        data = {k: v for k, v in vars(input).items()}
        data["status"] = CustomerStatus(input.status)
        try:
            row = await service.create_customer(actor, _member_ids(data))
        except DomainError as exc:
            return CustomerPayload(customer=None, errors=_errors(exc))
        return CustomerPayload(customer=Customer.from_model(row), errors=[])

    @strawberry.mutation(description="Change the fields sent; `version` must be the customer's current version.")
    async def customer_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: CustomerUpdateInput
    ) -> CustomerPayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_customer(actor, parse_uuid(id), version, _member_ids(maybe_fields(input)))
        except DomainError as exc:
            return CustomerPayload(customer=None, errors=_errors(exc))
        return CustomerPayload(customer=Customer.from_model(row), errors=[])

    @strawberry.mutation
    async def contact_create(self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: ContactInput) -> ContactPayload:
        actor = info.context.org_actor()
        try:
            row = await service.create_contact(actor, parse_uuid(customer_id), dict(vars(input)))
        except DomainError as exc:
            return ContactPayload(contact=None, errors=_errors(exc))
        return ContactPayload(contact=Contact.from_model(row), errors=[])

    @strawberry.mutation
    async def contact_update(self, info: strawberry.Info[Context], id: strawberry.ID, input: ContactUpdateInput) -> ContactPayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_contact(actor, parse_uuid(id), maybe_fields(input))
        except DomainError as exc:
            return ContactPayload(contact=None, errors=_errors(exc))
        return ContactPayload(contact=Contact.from_model(row), errors=[])

    @strawberry.mutation
    async def contact_delete(self, info: strawberry.Info[Context], id: strawberry.ID) -> ContactPayload:
        actor = info.context.org_actor()
        try:
            row = await service.delete_contact(actor, parse_uuid(id))
        except DomainError as exc:
            return ContactPayload(contact=None, errors=_errors(exc))
        return ContactPayload(contact=Contact.from_model(row), errors=[])

    @strawberry.mutation(description="Record an uploaded document's metadata (PDF, images, Office, ZIP; at most 20 MB).")
    async def attachment_add(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: AttachmentInput
    ) -> AttachmentPayload:
        actor = info.context.org_actor()
        try:
            row = await service.add_attachment(
                actor, parse_uuid(customer_id), kind=AttachmentKind(input.kind), file_name=input.file_name,
                content_type=input.content_type, size_bytes=input.size_bytes, sha256=input.sha256, storage_key=input.storage_key,
            )
        except DomainError as exc:
            return AttachmentPayload(attachment=None, errors=_errors(exc))
        return AttachmentPayload(attachment=Attachment.from_model(row), errors=[])

    @strawberry.mutation
    async def attachment_remove(self, info: strawberry.Info[Context], id: strawberry.ID) -> AttachmentPayload:
        actor = info.context.org_actor()
        try:
            row = await service.remove_attachment(actor, parse_uuid(id))
        except DomainError as exc:
            return AttachmentPayload(attachment=None, errors=_errors(exc))
        return AttachmentPayload(attachment=Attachment.from_model(row), errors=[])
