"""Customers (客户信息管理): the customer file, its contacts and attachment metadata."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from tortoise.exceptions import IntegrityError

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..alerts.tasks import ledger_changed
from ..audit import service as audit
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError
from ..kit.time import local_today
from ..kit.uow import unit_of_work
from . import credit_code as uscc
from . import repository as repo
from . import validation as v
from .errors import CustomerErrorCode as Code
from .models import Attachment, AttachmentKind, Contact, ContactChannel, Customer, CustomerStatus

CUSTOMER_FIELDS = (
    "code", "legal_name", "short_name", "credit_code", "tax_number", "industry", "address", "region", "website",
    "founded_on", "registered_capital", "status", "tags", "owner_id", "collector_id", "notes",
)
CONTACT_FIELDS = ("name", "title", "phone", "email", "preferred_channel", "language", "is_billing_contact")
TEXT_LIMITS = {"legal_name": 200, "short_name": 100, "industry": 64, "address": 300, "region": 64, "notes": 5000}
HOLD_STATUSES = (CustomerStatus.ON_HOLD, CustomerStatus.BLOCKED)
MAX_CONTACTS = 50
MAX_ATTACHMENTS = 200
LANGUAGES = ("zh-CN", "en")


def raise_if(errors: list[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


def not_found(field: str = "id") -> DomainError:
    return DomainError.single(Code.NOT_FOUND, "No such customer.", field)


async def org_today(organization_id: uuid.UUID) -> date:
    org = await Organization.get(id=organization_id)
    return local_today(org.timezone)


async def _clean_customer(actor: Actor, data: dict[str, Any], today: date) -> dict[str, Any]:
    """Validate the given fields (snake_case keys) and return them normalized; raise on any error."""
    clean: dict[str, Any] = {}
    errors: list[FieldError | None] = []
    if "code" in data:
        errors.append(v.customer_code(data["code"] or ""))
        clean["code"] = (data["code"] or "").strip()
    for name, limit in TEXT_LIMITS.items():
        if name in data:
            value = (data[name] or "").strip()
            errors.append(v.text(value, _camel(name), limit, required=name == "legal_name"))
            clean[name] = value
    if "credit_code" in data:
        code = uscc.normalize(data["credit_code"] or "")
        clean["credit_code"] = code or None
        if code:
            errors.append(v.credit_code(code))
    if "tax_number" in data:
        clean["tax_number"] = (data["tax_number"] or "").strip().upper()
        errors.append(v.tax_number(clean["tax_number"]))
    if "website" in data:
        clean["website"] = (data["website"] or "").strip()
        errors.append(v.website(clean["website"]))
    if "founded_on" in data:
        clean["founded_on"] = data["founded_on"]
        errors.append(v.founded_on(data["founded_on"], today))
    if "registered_capital" in data:
        clean["registered_capital"], error = v.registered_capital(data["registered_capital"])
        errors.append(error)
    if "status" in data:
        clean["status"] = CustomerStatus(data["status"] or CustomerStatus.ACTIVE)
    if "tags" in data:
        clean["tags"], error = v.tags(list(data["tags"] or []))
        errors.append(error)
    for name in ("owner_id", "collector_id"):
        if name in data:
            clean[name] = data[name]
            if data[name] is not None and await repo.membership_in_org(actor.org_id, data[name]) is None:
                errors.append(FieldError(Code.INVALID_MEMBER, "Choose a member of this organization.", _camel(name)))
    raise_if(errors)
    return clean


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _check_status_change(actor: Actor, before: CustomerStatus | None, after: CustomerStatus) -> None:
    """Putting a customer on credit hold needs credit:assess; lifting a hold needs credit:approve."""
    if before == after:
        return
    if after in HOLD_STATUSES and not actor.can(Permission.CREDIT_ASSESS):
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may not put customers on credit hold (credit:assess).")
    if before in HOLD_STATUSES and not actor.can(Permission.CREDIT_APPROVE):
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may not lift a credit hold (credit:approve).")


async def _unique_or_raise(actor: Actor, clean: dict[str, Any], exclude_id: uuid.UUID | None) -> None:
    errors: list[FieldError | None] = []
    if "code" in clean:
        same = Customer.filter(organization_id=actor.org_id, code=clean["code"])
        if exclude_id:
            same = same.exclude(id=exclude_id)
        if await same.exists():
            errors.append(FieldError(Code.DUPLICATE_CODE, "Another customer has this code.", "code"))
    if clean.get("credit_code"):
        same = Customer.filter(organization_id=actor.org_id, credit_code=clean["credit_code"])
        if exclude_id:
            same = same.exclude(id=exclude_id)
        if await same.exists():
            errors.append(FieldError(Code.DUPLICATE_CREDIT_CODE, "Another customer has this credit code.", "creditCode"))
    raise_if(errors)


def _duplicate_from(exc: IntegrityError) -> DomainError:
    """A unique index caught a race the pre-check missed."""
    if "credit_code" in str(exc):
        return DomainError.single(Code.DUPLICATE_CREDIT_CODE, "Another customer has this credit code.", "creditCode")
    return DomainError.single(Code.DUPLICATE_CODE, "Another customer has this code.", "code")


async def create_customer(actor: Actor, data: dict[str, Any]) -> Customer:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    data = {"code": data.get("code", ""), "legal_name": data.get("legal_name", ""), **data}
    today = await org_today(actor.org_id)
    clean = await _clean_customer(actor, data, today)
    _check_status_change(actor, CustomerStatus.ACTIVE, clean.get("status", CustomerStatus.ACTIVE))
    if not actor.sees_all_customers and clean.get("owner_id") is None and clean.get("collector_id") is None:
        # A salesperson's new customer is theirs, so they keep seeing it.
        mine = await repo.own_membership(actor)
        clean["owner_id"] = mine.id if mine else None
    try:
        async with unit_of_work():
            await _unique_or_raise(actor, clean, None)
            customer = await Customer.create(organization_id=actor.org_id, **clean)
            await audit.record(actor, "customer.create", "customer", customer.id, after=audit.snapshot(customer, CUSTOMER_FIELDS))
    except IntegrityError as exc:
        raise _duplicate_from(exc) from exc
    return await Customer.get(id=customer.id)


async def update_customer(actor: Actor, customer_id: uuid.UUID | None, version: int, changes: dict[str, Any]) -> Customer:
    """Apply `changes` (only the fields given) if `version` is still the customer's version."""
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    today = await org_today(actor.org_id)
    clean = await _clean_customer(actor, changes, today)
    try:
        async with unit_of_work():
            customer = await repo.get_visible(actor, customer_id, for_update=True)
            if customer is None:
                raise not_found()
            if customer.version != version:
                raise DomainError.single(
                    Code.STALE_VERSION, f"Someone changed this customer meanwhile (version {customer.version}); reload it.", "version"
                )
            if "status" in clean:
                _check_status_change(actor, customer.status, clean["status"])
            await _unique_or_raise(actor, clean, customer.id)
            before = audit.snapshot(customer, CUSTOMER_FIELDS)
            for name, value in clean.items():
                setattr(customer, name, value)
            customer.version += 1
            await customer.save()
            await audit.record(actor, "customer.update", "customer", customer.id, before=before, after=audit.snapshot(customer, CUSTOMER_FIELDS))
            if before.get("status") != customer.status.value:
                await ledger_changed(actor.org_id, [customer.id])
    except IntegrityError as exc:
        raise _duplicate_from(exc) from exc
    return await Customer.get(id=customer.id)


# --- contacts -------------------------------------------------------------------------------


def _clean_contact(data: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    errors: list[FieldError | None] = []
    for name, limit in (("name", 100), ("title", 100)):
        if name in data:
            clean[name] = (data[name] or "").strip()
            errors.append(v.text(clean[name], name, limit, required=name == "name"))
    if "phone" in data:
        clean["phone"] = (data["phone"] or "").strip()
        errors.append(v.phone(clean["phone"]))
    if "email" in data:
        clean["email"] = (data["email"] or "").strip().lower()
        errors.append(v.email(clean["email"]))
    if "preferred_channel" in data:
        clean["preferred_channel"] = ContactChannel(data["preferred_channel"])
    if "language" in data:
        clean["language"] = data["language"]
        if data["language"] not in LANGUAGES:
            errors.append(FieldError(Code.INVALID, "Language is zh-CN or en.", "language"))
    if "is_billing_contact" in data:
        clean["is_billing_contact"] = bool(data["is_billing_contact"])
    raise_if(errors)
    return clean


def _reachable(contact: Contact) -> None:
    channel = contact.preferred_channel
    if channel is ContactChannel.EMAIL and not contact.email:
        raise DomainError.single(Code.REQUIRED, "Email is the preferred channel: enter an email address.", "email")
    if channel in (ContactChannel.SMS, ContactChannel.PHONE) and not contact.phone:
        raise DomainError.single(Code.REQUIRED, "Enter a phone number for this preferred channel.", "phone")


async def create_contact(actor: Actor, customer_id: uuid.UUID | None, data: dict[str, Any]) -> Contact:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    clean = _clean_contact({"name": data.get("name", ""), **data})
    async with unit_of_work():
        customer = await repo.get_visible(actor, customer_id, for_update=True)
        if customer is None:
            raise not_found("customerId")
        if await Contact.filter(customer_id=customer.id).count() >= MAX_CONTACTS:
            raise DomainError.single(Code.TOO_MANY, f"A customer keeps at most {MAX_CONTACTS} contacts.", "customerId")
        contact = Contact(organization_id=actor.org_id, customer_id=customer.id, **clean)
        _reachable(contact)
        await contact.save()
        await audit.record(actor, "contact.create", "contact", contact.id, after=audit.snapshot(contact, CONTACT_FIELDS))
    return contact


async def _visible_contact(actor: Actor, contact_id: uuid.UUID | None) -> Contact:
    contact = (
        await Contact.filter(id=contact_id, organization_id=actor.org_id, customer_id__in=repo.visible_customer_ids(actor)).first()
        if contact_id
        else None
    )
    if contact is None:
        raise DomainError.single(Code.NOT_FOUND, "No such contact.", "id")
    return await Contact.filter(id=contact.id).select_for_update().get()


async def update_contact(actor: Actor, contact_id: uuid.UUID | None, changes: dict[str, Any]) -> Contact:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    clean = _clean_contact(changes)
    async with unit_of_work():
        contact = await _visible_contact(actor, contact_id)
        before = audit.snapshot(contact, CONTACT_FIELDS)
        for name, value in clean.items():
            setattr(contact, name, value)
        _reachable(contact)
        await contact.save()
        await audit.record(actor, "contact.update", "contact", contact.id, before=before, after=audit.snapshot(contact, CONTACT_FIELDS))
    return await Contact.get(id=contact.id)


async def delete_contact(actor: Actor, contact_id: uuid.UUID | None) -> Contact:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    async with unit_of_work():
        contact = await _visible_contact(actor, contact_id)
        before = audit.snapshot(contact, (*CONTACT_FIELDS, "customer_id"))
        await contact.delete()
        await audit.record(actor, "contact.delete", "contact", contact.id, before=before)
    return contact


# --- attachments ----------------------------------------------------------------------------

ATTACHMENT_FIELDS = ("kind", "file_name", "content_type", "size_bytes", "sha256", "storage_key", "customer_id")


async def add_attachment(
    actor: Actor,
    customer_id: uuid.UUID | None,
    *,
    kind: AttachmentKind,
    file_name: str,
    content_type: str,
    size_bytes: int,
    sha256: str = "",
    storage_key: str = "",
) -> Attachment:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    errors = v.attachment(file_name, content_type, size_bytes, sha256.strip().lower())
    if len(storage_key) > 500:
        errors.append(FieldError(Code.TOO_LONG, "At most 500 characters.", "storageKey"))
    raise_if(list(errors))
    async with unit_of_work():
        customer = await repo.get_visible(actor, customer_id, for_update=True)
        if customer is None:
            raise not_found("customerId")
        if await Attachment.filter(customer_id=customer.id).count() >= MAX_ATTACHMENTS:
            raise DomainError.single(Code.TOO_MANY, f"A customer keeps at most {MAX_ATTACHMENTS} attachments.", "customerId")
        attachment = await Attachment.create(
            organization_id=actor.org_id,
            customer_id=customer.id,
            kind=kind,
            file_name=file_name.strip(),
            content_type=content_type.strip().lower(),
            size_bytes=size_bytes,
            sha256=sha256.strip().lower(),
            storage_key=storage_key.strip(),
            uploaded_by_id=actor.user_id,
        )
        await audit.record(actor, "attachment.create", "attachment", attachment.id, after=audit.snapshot(attachment, ATTACHMENT_FIELDS))
    return attachment


async def remove_attachment(actor: Actor, attachment_id: uuid.UUID | None) -> Attachment:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    async with unit_of_work():
        attachment = (
            await Attachment.filter(
                id=attachment_id, organization_id=actor.org_id, customer_id__in=repo.visible_customer_ids(actor)
            ).first()
            if attachment_id
            else None
        )
        if attachment is None:
            raise DomainError.single(Code.NOT_FOUND, "No such attachment.", "id")
        before = audit.snapshot(attachment, ATTACHMENT_FIELDS)
        await attachment.delete()
        await audit.record(actor, "attachment.delete", "attachment", attachment.id, before=before)
    return attachment
