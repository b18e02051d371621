"""What an audit entry acted on, by name: one query per kind of object in a page of the log."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence

from strawberry.dataloader import DataLoader

from ..accounts.models import ApiKey, Invitation, Membership, User
from ..alerts.models import AlertRule
from ..customers.models import Customer
from ..imports.models import BankStatementLine, ImportJob
from ..invoices.models import CreditNote, Invoice, WriteOff
from ..payments.models import Payment
from ..reconciliation.models import AccountStatement
from ..kit.ids import parse_uuid
from .actions import AuditTargetType as T

Labels = Callable[[uuid.UUID, list[uuid.UUID]], Awaitable[dict[uuid.UUID, str]]]


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


async def _invoices(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await Invoice.filter(organization_id=org, id__in=ids).values_list("id", "number", "customer__legal_name")
    return {i: _joined(number, name) for i, number, name in rows}


async def _customers(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await Customer.filter(organization_id=org, id__in=ids).values_list("id", "code", "legal_name")
    return {i: _joined(code, name) for i, code, name in rows}


async def _payments(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await Payment.filter(organization_id=org, id__in=ids).values_list("id", "payer_name", "reference", "customer__legal_name")
    return {i: _joined(customer or payer, reference) for i, payer, reference, customer in rows}


async def _numbered(model, org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await model.filter(organization_id=org, id__in=ids).values_list("id", "number", "customer__legal_name")
    return {i: _joined(number, name) for i, number, name in rows}


async def _write_offs(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await WriteOff.filter(organization_id=org, id__in=ids).values_list("id", "invoice__number", "invoice__customer__legal_name")
    return {i: _joined(number, name) for i, number, name in rows}


async def _bank_lines(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await BankStatementLine.filter(organization_id=org, id__in=ids).values_list("id", "payer_name", "reference")
    return {i: _joined(payer, reference) for i, payer, reference in rows}


def _field(model, field: str) -> Labels:
    async def labels(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        return {i: value for i, value in await model.filter(organization_id=org, id__in=ids).values_list("id", field) if value}

    return labels


async def _memberships(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await Membership.filter(organization_id=org, id__in=ids).values_list("id", "user__full_name", "user__email")
    return {i: name or email for i, name, email in rows}


async def _users(org: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    # Only the organization's members: the log names nobody else.
    rows = await User.filter(id__in=ids, memberships__organization_id=org).values_list("id", "full_name", "email")
    return {i: name or email for i, name, email in rows}


LABELS: dict[str, Labels] = {
    T.INVOICE.value: _invoices,
    T.CUSTOMER.value: _customers,
    T.PAYMENT.value: _payments,
    T.CREDIT_NOTE.value: lambda org, ids: _numbered(CreditNote, org, ids),
    T.ACCOUNT_STATEMENT.value: lambda org, ids: _numbered(AccountStatement, org, ids),
    T.WRITE_OFF.value: _write_offs,
    T.BANK_STATEMENT_LINE.value: _bank_lines,
    T.IMPORT_JOB.value: _field(ImportJob, "file_name"),
    T.INVITATION.value: _field(Invitation, "email"),
    T.API_KEY.value: _field(ApiKey, "name"),
    T.ALERT_RULE.value: _field(AlertRule, "name"),
    T.MEMBERSHIP.value: _memberships,
    T.USER.value: _users,
}


class AuditTargetLabelLoader(DataLoader[tuple[str, str], str | None]):
    """(target type, target id) → the object's number or name, in the organization; None for a
    kind without a name (the SPA then shows the kind alone) or an object since deleted."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, keys: Sequence[tuple[str, str]]) -> list[str | None]:
        by_type: dict[str, list[uuid.UUID]] = defaultdict(list)
        for target_type, target_id in keys:
            parsed = parse_uuid(target_id)
            if target_type in LABELS and parsed is not None:
                by_type[target_type].append(parsed)
        found: dict[tuple[str, uuid.UUID], str] = {}
        for target_type, ids in by_type.items():
            for i, label in (await LABELS[target_type](self.organization_id, ids)).items():
                found[(target_type, i)] = label
        return [found.get((t, parsed)) if (parsed := parse_uuid(i)) else None for t, i in keys]
