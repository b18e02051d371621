"""GraphQL types of reconciliation, mapped explicitly from rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.scalars import JSON

from ..accounts.types import Member, RoleEnum, User
from ..api.context import Context
from ..api.errors import WithParams
from ..credit.types import load_customer, load_user
from ..customers import types as customer_types
from ..customers.types import MembershipByIdLoader
from ..kit.time import utcnow
from . import models, service
from .dataloaders import (
    AccessesByStatementIdLoader,
    DiscrepanciesByStatementIdLoader,
    LineByIdLoader,
    LinesByStatementRevisionLoader,
    LinksByStatementIdLoader,
    ReconciliationStatusByCustomerIdLoader,
)
from .errors import ReconciliationErrorCode
from .overview import OrganizationOverview
from .repository import StoredLine

StatementStatusEnum = strawberry.enum(models.StatementStatus, name="AccountStatementStatus")
LineKindEnum = strawberry.enum(models.LineKind, name="AccountStatementLineKind")
DisputeReasonEnum = strawberry.enum(models.DisputeReason, name="StatementDisputeReason")
DiscrepancyStatusEnum = strawberry.enum(models.DiscrepancyStatus, name="DiscrepancyStatus")
ResolutionEnum = strawberry.enum(models.Resolution, name="DiscrepancyResolution")
AccessActionEnum = strawberry.enum(models.AccessAction, name="StatementAccessAction")
ReconciliationErrorCodeEnum = strawberry.enum(ReconciliationErrorCode, name="ReconciliationErrorCode")


@strawberry.type
class ReconciliationError(WithParams):
    field: str | None
    code: ReconciliationErrorCodeEnum
    message: str


def _loader(info: strawberry.Info[Context], cls: type) -> Any:
    org_id = info.context.org_actor().org_id
    return info.context.loader(cls.__name__, lambda: cls(org_id))


@strawberry.type
class AccountStatementLine:
    id: strawberry.ID
    position: int
    kind: LineKindEnum
    document_id: strawberry.ID
    document_number: str
    document_date: date
    due_date: date | None
    reference: str
    debit: Decimal
    credit: Decimal
    open_amount: Decimal | None = strawberry.field(description="Open-item statements: what is still open of the document.")
    balance: Decimal = strawberry.field(description="Running balance after this line.")
    exchange_rate: Decimal
    base_amount: Decimal = strawberry.field(description="Debit − credit in the base currency at the document's rate.")

    @classmethod
    def from_model(cls, row: models.StatementLine | StoredLine) -> "AccountStatementLine":
        return cls(
            id=strawberry.ID(str(row.id)), position=row.position, kind=row.kind, document_id=strawberry.ID(str(row.document_id)),
            document_number=row.document_number, document_date=row.document_date, due_date=row.due_date, reference=row.reference,
            debit=row.debit, credit=row.credit, open_amount=row.open_amount, balance=row.balance, exchange_rate=row.exchange_rate,
            base_amount=row.base_amount,
        )


LINE_TABLE_COLUMNS = (
    "id", "position", "kind", "documentId", "documentNumber", "documentDate", "dueDate", "reference", "debit", "credit",
    "openAmount", "balance", "exchangeRate", "baseAmount",
)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def line_table_row(row: StoredLine) -> list[object]:
    """One line as the values of LINE_TABLE_COLUMNS, in that order (kind as in the GraphQL enum)."""
    return [
        str(row.id), row.position, row.kind.name, str(row.document_id), row.document_number, row.document_date.isoformat(),
        _text(row.due_date), row.reference, str(row.debit), str(row.credit), _text(row.open_amount), str(row.balance),
        str(row.exchange_rate), str(row.base_amount),
    ]


@strawberry.type
class StatementDiscrepancy:
    id: strawberry.ID
    revision: int
    reason: DisputeReasonEnum
    customer_amount: Decimal | None = strawberry.field(description="The customer's figure for the line.")
    customer_note: str
    contact_name: str
    attachment_name: str | None
    attachment_type: str | None
    status: DiscrepancyStatusEnum
    resolution: ResolutionEnum | None
    resolution_note: str
    document_id: strawberry.ID | None = strawberry.field(description="The invoice or credit note posted to settle it.")
    resolved_at: datetime | None
    version: int
    created_at: datetime
    statement_id: strawberry.ID
    line_id: strawberry.Private[uuid.UUID]
    assigned_to_id: strawberry.Private[uuid.UUID | None]
    resolved_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, row: models.Discrepancy) -> "StatementDiscrepancy":
        return cls(
            id=strawberry.ID(str(row.id)), revision=row.revision, reason=row.reason, customer_amount=row.customer_amount,
            customer_note=row.customer_note, contact_name=row.contact_name, attachment_name=row.attachment_name,
            attachment_type=row.attachment_type, status=row.status, resolution=row.resolution, resolution_note=row.resolution_note,
            document_id=strawberry.ID(str(row.document_id)) if row.document_id else None, resolved_at=row.resolved_at,
            version=row.version, created_at=row.created_at,
            statement_id=strawberry.ID(str(row.statement_id)), line_id=row.line_id, assigned_to_id=row.assigned_to_id,
            resolved_by_id=row.resolved_by_id,
        )

    @strawberry.field(description="The disputed line (of the revision the customer answered).")
    async def line(self, info: strawberry.Info[Context]) -> AccountStatementLine | None:
        row = await _loader(info, LineByIdLoader).load(self.line_id)
        return AccountStatementLine.from_model(row) if row else None

    @strawberry.field
    async def assigned_to(self, info: strawberry.Info[Context]) -> Member | None:
        if self.assigned_to_id is None:
            return None
        row = await info.context.loader("MembershipByIdLoader", MembershipByIdLoader).load(self.assigned_to_id)
        return Member.from_model(row) if row else None

    @strawberry.field
    async def resolved_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.resolved_by_id)

    @strawberry.field(description="A link to the customer's file that works for 15 minutes without signing in.")
    def attachment_url(self, info: strawberry.Info[Context]) -> str | None:
        if self.attachment_name is None:
            return None
        return service.attachment_path(info.context.settings, uuid.UUID(str(self.id)))


@strawberry.type
class StatementLinkInfo:
    """A link sent to the customer (the token itself is never kept)."""

    id: strawberry.ID
    revision: int
    expires_at: datetime
    revoked_at: datetime | None
    recipients: list[str]
    created_at: datetime
    active: bool

    @classmethod
    def from_model(cls, row: models.StatementLink) -> "StatementLinkInfo":
        return cls(
            id=strawberry.ID(str(row.id)), revision=row.revision, expires_at=row.expires_at, revoked_at=row.revoked_at,
            recipients=list(row.recipients or []), created_at=row.created_at,
            active=row.revoked_at is None and row.expires_at > utcnow(),
        )


@strawberry.type
class StatementAccessEntry:
    """One visit or answer through a link."""

    action: AccessActionEnum
    ip: str
    user_agent: str
    detail: JSON
    at: datetime

    @classmethod
    def from_model(cls, row: models.StatementAccess) -> "StatementAccessEntry":
        return cls(action=row.action, ip=row.ip, user_agent=row.user_agent, detail=row.detail, at=row.at)


@strawberry.type
class AccountStatement:
    """A statement of account (对账单) sent to a customer for confirmation; not the customer's own
    financial statements (see `Customer.statements`)."""

    id: strawberry.ID
    number: str
    status: StatementStatusEnum
    period_start: date
    period_end: date
    currency: str
    base_currency: str
    open_items_only: bool
    revision: int = strawberry.field(description="Bumped on each re-send after a dispute or expiry; each revision keeps its lines.")
    opening_balance: Decimal = strawberry.field(description="As of the day before the period (balance-forward statements).")
    total_debits: Decimal
    total_credits: Decimal
    closing_balance: Decimal
    opening_balance_base: Decimal
    closing_balance_base: Decimal
    aging: JSON = strawberry.field(description="Aging at the closing date in base currency, and the unapplied cash beside it.")
    snapshot_at: datetime
    sent_at: datetime | None
    send_count: int
    confirmed_at: datetime | None
    confirmed_by_name: str
    disputed_at: datetime | None
    resolved_at: datetime | None
    expired_at: datetime | None
    version: int
    created_at: datetime
    row_id: strawberry.Private[uuid.UUID]
    customer_id: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: models.AccountStatement) -> "AccountStatement":
        return cls(
            id=strawberry.ID(str(row.id)), number=row.number, status=row.status, period_start=row.period_start,
            period_end=row.period_end, currency=row.currency, base_currency=row.base_currency, open_items_only=row.open_items_only,
            revision=row.revision, opening_balance=row.opening_balance, total_debits=row.total_debits,
            total_credits=row.total_credits, closing_balance=row.closing_balance, opening_balance_base=row.opening_balance_base,
            closing_balance_base=row.closing_balance_base, aging=row.aging, snapshot_at=row.snapshot_at, sent_at=row.sent_at,
            send_count=row.send_count, confirmed_at=row.confirmed_at, confirmed_by_name=row.confirmed_by_name,
            disputed_at=row.disputed_at, resolved_at=row.resolved_at, expired_at=row.expired_at, version=row.version,
            created_at=row.created_at, row_id=row.id, customer_id=row.customer_id,
        )

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await load_customer(info, self.customer_id)

    @strawberry.field(description="The lines with their running balance: the current revision unless another is named.")
    async def lines(self, info: strawberry.Info[Context], revision: int | None = None) -> list[AccountStatementLine]:
        rows = await _loader(info, LinesByStatementRevisionLoader).load((self.row_id, revision or self.revision))
        return [AccountStatementLine.from_model(r) for r in rows]

    @strawberry.field(
        description="The same lines as `lines` as one compact table: `columns` (names as in `lines`), then `rows`, one array "
        "of values per line (amounts and dates as strings). For statements with thousands of lines: one field instead of "
        "ten per line."
    )
    async def lines_table(self, info: strawberry.Info[Context], revision: int | None = None) -> JSON:
        rows = await _loader(info, LinesByStatementRevisionLoader).load((self.row_id, revision or self.revision))
        return {"columns": list(LINE_TABLE_COLUMNS), "rows": [line_table_row(r) for r in rows]}

    @strawberry.field(description="Every discrepancy the customer raised, oldest first.")
    async def discrepancies(self, info: strawberry.Info[Context]) -> list[StatementDiscrepancy]:
        rows = await _loader(info, DiscrepanciesByStatementIdLoader).load(self.row_id)
        return [StatementDiscrepancy.from_model(r) for r in rows]

    @strawberry.field(description="The links sent, newest first.")
    async def links(self, info: strawberry.Info[Context]) -> list[StatementLinkInfo]:
        rows = await _loader(info, LinksByStatementIdLoader).load(self.row_id)
        return [StatementLinkInfo.from_model(r) for r in rows]

    @strawberry.field(description="Every visit and answer through its links, newest first.")
    async def access_log(self, info: strawberry.Info[Context]) -> list[StatementAccessEntry]:
        rows = await _loader(info, AccessesByStatementIdLoader).load(self.row_id)
        return [StatementAccessEntry.from_model(r) for r in rows]

    @strawberry.field(description="A link to the PDF that works for 15 minutes without signing in.")
    def pdf_url(self, info: strawberry.Info[Context]) -> str:
        return service.export_path(info.context.settings, self.row_id, "pdf")

    @strawberry.field(description="A link to the XLSX that works for 15 minutes without signing in.")
    def xlsx_url(self, info: strawberry.Info[Context]) -> str:
        return service.export_path(info.context.settings, self.row_id, "xlsx")


@strawberry.type
class ReconciliationStatus:
    """Where the customer stands with reconciliation."""

    last_confirmed_period_end: date | None = strawberry.field(description="The end of the latest period the customer confirmed.")
    last_confirmed_at: datetime | None
    open_discrepancies: int
    latest_statement_status: StatementStatusEnum | None

    @classmethod
    def from_data(cls, data: service.CustomerStatus) -> "ReconciliationStatus":
        return cls(
            last_confirmed_period_end=data.last_confirmed_period_end, last_confirmed_at=data.last_confirmed_at,
            open_discrepancies=data.open_discrepancies, latest_statement_status=data.latest_status,
        )


async def reconciliation_status_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> ReconciliationStatus:
    data = await _loader(info, ReconciliationStatusByCustomerIdLoader).load(customer_id)
    return ReconciliationStatus.from_data(data)


@strawberry.type
class AccountStatementPayload:
    statement: AccountStatement | None
    errors: list[ReconciliationError]


@strawberry.type
class StatementDiscrepancyPayload:
    discrepancy: StatementDiscrepancy | None
    errors: list[ReconciliationError]


FrequencyEnum = strawberry.enum(models.Frequency, name="StatementFrequency")


@strawberry.type
class StatementScheduleType:
    id: strawberry.ID
    customer_id: strawberry.ID | None = strawberry.field(description="Null: the organization's default.")
    frequency: FrequencyEnum
    send_day: int
    open_items_only: bool
    link_days: int
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.StatementSchedule) -> "StatementScheduleType":
        return cls(
            id=strawberry.ID(str(row.id)), customer_id=strawberry.ID(str(row.customer_id)) if row.customer_id else None,
            frequency=row.frequency, send_day=row.send_day, open_items_only=row.open_items_only, link_days=row.link_days,
            updated_at=row.updated_at,
        )


@strawberry.type
class SkippedCustomer:
    customer_id: strawberry.ID
    code: str
    name: str
    period_start: date
    period_end: date
    reason: ReconciliationErrorCodeEnum
    message: str

    @classmethod
    def from_data(cls, s: dict) -> "SkippedCustomer":
        return cls(
            customer_id=strawberry.ID(s["customerId"]), code=s["code"], name=s["name"],
            period_start=date.fromisoformat(s["periodStart"]), period_end=date.fromisoformat(s["periodEnd"]),
            reason=ReconciliationErrorCode(s["reason"]), message=s["message"],
        )


@strawberry.type
class StatementRunType:
    """One pass of the schedule: sent, already sent, nothing to reconcile, and who was skipped and why."""

    id: strawberry.ID
    run_on: date
    sent: int
    already_sent: int
    nothing_to_reconcile: int
    skipped: list[SkippedCustomer]
    started_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_model(cls, row: models.StatementRun) -> "StatementRunType":
        return cls(
            id=strawberry.ID(str(row.id)), run_on=row.run_on, sent=row.sent, already_sent=row.already_sent,
            nothing_to_reconcile=row.nothing_to_reconcile,
            skipped=[SkippedCustomer.from_data(s) for s in row.skipped],
            started_at=row.started_at, finished_at=row.finished_at,
        )


@strawberry.type
class StatementMonthSendPayload:
    """What sending a month did: the statements sent, the customers whose statement was already sent,
    those with nothing to reconcile, and every customer skipped with the reason (nothing kept for them)."""

    period_start: date | None
    period_end: date | None
    currency: str | None
    sent: list[AccountStatement]
    already_sent: int
    nothing_to_reconcile: int
    skipped: list[SkippedCustomer]
    errors: list[ReconciliationError]


@strawberry.type
class StatementSchedulePayload:
    schedule: StatementScheduleType | None
    errors: list[ReconciliationError]


@strawberry.type
class OrganizationReconciliation:
    """Where one of the user's organizations stands with last month's statements (the agency view)."""

    organization_id: strawberry.ID
    organization_name: str
    role: RoleEnum
    period_start: date
    period_end: date
    due: int = strawberry.field(description="Customers with an open invoice and no statement for the period.")
    draft: int
    sent: int
    disputed: int
    resolved: int
    confirmed: int
    expired: int
    open_discrepancies: int

    @classmethod
    def from_data(cls, row: OrganizationOverview) -> "OrganizationReconciliation":
        return cls(
            organization_id=strawberry.ID(str(row.organization_id)), organization_name=row.name, role=row.role,
            period_start=row.period_start, period_end=row.period_end, due=row.due, draft=row.draft, sent=row.sent,
            disputed=row.disputed, resolved=row.resolved, confirmed=row.confirmed, expired=row.expired,
            open_discrepancies=row.open_discrepancies,
        )
