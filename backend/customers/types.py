"""GraphQL types of customers, contacts and attachments, mapped explicitly from rows; the
per-request DataLoaders that keep lists free of N+1 queries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.dataloader import DataLoader

from ..accounts.models import Membership
from ..accounts.types import Member
from ..api.context import Context
from ..api.errors import WithParams
from ..api.pagination import Connection
from ..invoices.balances import NO_BALANCE, customer_balances
from . import models
from .documents import ExpiryStatus
from .errors import CustomerErrorCode
from .service import org_today

if TYPE_CHECKING:
    from .documents_schema import CustomerDocument
    from ..alerts.types import Alert
    from ..credit.types import CreditAssessment, CreditException, CreditOverride, CreditProfile, CustomerCreditPolicy, FinancialStatement
    from ..reconciliation.types import ReconciliationStatus

CustomerStatusEnum = strawberry.enum(models.CustomerStatus, name="CustomerStatus")
ContactChannelEnum = strawberry.enum(models.ContactChannel, name="ContactChannel")
AttachmentKindEnum = strawberry.enum(models.AttachmentKind, name="AttachmentKind")
CustomerErrorCodeEnum = strawberry.enum(CustomerErrorCode, name="CustomerErrorCode")


@strawberry.type
class CustomerError(WithParams):
    field: str | None
    code: CustomerErrorCodeEnum
    message: str


def _group(rows: list, keys: list[uuid.UUID], attr: str = "customer_id") -> list[list]:
    grouped: dict[uuid.UUID, list] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, attr)].append(row)
    return [grouped.get(k, []) for k in keys]


class ContactsByCustomerIdLoader(DataLoader[uuid.UUID, list[models.Contact]]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[list[models.Contact]]:
        rows = await models.Contact.filter(customer_id__in=ids).order_by("-is_billing_contact", "name", "id")
        return _group(list(rows), ids)


class AttachmentsByCustomerIdLoader(DataLoader[uuid.UUID, list[models.Attachment]]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[list[models.Attachment]]:
        rows = await models.Attachment.filter(customer_id__in=ids).order_by("-created_at", "id")
        return _group(list(rows), ids)


class MembershipByIdLoader(DataLoader[uuid.UUID, Membership | None]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[Membership | None]:
        rows = {m.id: m for m in await Membership.filter(id__in=ids)}
        return [rows.get(i) for i in ids]


@strawberry.type
class CustomerBalances:
    """Open and overdue balances in base currency as of the organization's today, per installment
    part (backend/invoices/balances.py: the one definition of open and overdue)."""

    open_balance: Decimal
    overdue_balance: Decimal
    worst_days_overdue: int


class BalancesByCustomerIdLoader(DataLoader[uuid.UUID, CustomerBalances]):
    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[CustomerBalances]:
        found = await customer_balances(self.organization_id, ids, await org_today(self.organization_id))
        return [
            CustomerBalances(open_balance=b.open_balance, overdue_balance=b.overdue_balance, worst_days_overdue=b.worst_days_overdue)
            for b in (found.get(i, NO_BALANCE) for i in ids)
        ]


@strawberry.type
class Contact:
    id: strawberry.ID
    name: str
    title: str
    phone: str
    email: str
    preferred_channel: ContactChannelEnum
    language: str
    is_billing_contact: bool
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Contact) -> "Contact":
        return cls(
            id=strawberry.ID(str(row.id)), name=row.name, title=row.title, phone=row.phone, email=row.email,
            preferred_channel=row.preferred_channel, language=row.language, is_billing_contact=row.is_billing_contact,
            created_at=row.created_at,
        )


@strawberry.type
class Attachment:
    id: strawberry.ID
    kind: AttachmentKindEnum
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str
    storage_key: str
    uploaded_by_id: strawberry.ID | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Attachment) -> "Attachment":
        return cls(
            id=strawberry.ID(str(row.id)), kind=row.kind, file_name=row.file_name, content_type=row.content_type,
            size_bytes=row.size_bytes, sha256=row.sha256, storage_key=row.storage_key,
            uploaded_by_id=strawberry.ID(str(row.uploaded_by_id)) if row.uploaded_by_id else None, created_at=row.created_at,
        )


@strawberry.type
class Customer:
    id: strawberry.ID
    code: str
    legal_name: str
    short_name: str
    credit_code: str | None = strawberry.field(description="统一社会信用代码")
    tax_number: str
    industry: str
    address: str
    region: str
    website: str
    founded_on: date | None
    registered_capital: Decimal | None
    status: CustomerStatusEnum
    tags: list[str]
    notes: str
    grade: str | None = strawberry.field(description="Current credit grade (AAA, AA, A, B, C) from the latest assessment.")
    score: Decimal | None
    credit_limit: Decimal | None = strawberry.field(description="In force: the grade's suggested limit or an approved override.")
    payment_terms_days: int | None
    version: int = strawberry.field(description="Send it back with customerUpdate: a stale version is refused.")
    created_at: datetime
    updated_at: datetime
    owner_id: strawberry.Private[uuid.UUID | None]
    collector_id: strawberry.Private[uuid.UUID | None]
    row_id: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: models.Customer) -> "Customer":
        return cls(
            id=strawberry.ID(str(row.id)), code=row.code, legal_name=row.legal_name, short_name=row.short_name,
            credit_code=row.credit_code, tax_number=row.tax_number, industry=row.industry, address=row.address,
            region=row.region, website=row.website, founded_on=row.founded_on, registered_capital=row.registered_capital,
            status=row.status, tags=list(row.tags or []), notes=row.notes, grade=row.grade, score=row.score,
            credit_limit=row.credit_limit, payment_terms_days=row.payment_terms_days, version=row.version,
            created_at=row.created_at, updated_at=row.updated_at, owner_id=row.owner_id, collector_id=row.collector_id,
            row_id=row.id,
        )

    async def _member(self, info: strawberry.Info[Context], membership_id: uuid.UUID | None) -> Member | None:
        if membership_id is None:
            return None
        row = await info.context.loader("MembershipByIdLoader", MembershipByIdLoader).load(membership_id)
        return Member.from_model(row) if row else None

    @strawberry.field(description="The salesperson who owns the relationship.")
    async def owner(self, info: strawberry.Info[Context]) -> Member | None:
        return await self._member(info, self.owner_id)

    @strawberry.field(description="The assigned collector.")
    async def collector(self, info: strawberry.Info[Context]) -> Member | None:
        return await self._member(info, self.collector_id)

    @strawberry.field
    async def contacts(self, info: strawberry.Info[Context]) -> list[Contact]:
        rows = await info.context.loader("ContactsByCustomerIdLoader", ContactsByCustomerIdLoader).load(self.row_id)
        return [Contact.from_model(r) for r in rows]

    @strawberry.field
    async def attachments(self, info: strawberry.Info[Context]) -> list[Attachment]:
        rows = await info.context.loader("AttachmentsByCustomerIdLoader", AttachmentsByCustomerIdLoader).load(self.row_id)
        return [Attachment.from_model(r) for r in rows]

    @strawberry.field(description="Documents (资料), newest first.")
    async def documents(self, info: strawberry.Info[Context]) -> list[Annotated["CustomerDocument", strawberry.lazy(".documents_schema")]]:
        from .documents_schema import customer_documents

        return await customer_documents(info, self.row_id)

    @strawberry.field(description="Documents expired, or expiring within 30 days of the organization's today.")
    async def document_warnings(
        self, info: strawberry.Info[Context]
    ) -> list[Annotated["CustomerDocument", strawberry.lazy(".documents_schema")]]:
        from .documents_schema import customer_documents

        found = await customer_documents(info, self.row_id)
        return [d for d in found if d.expiry_status in (ExpiryStatus.EXPIRED, ExpiryStatus.EXPIRING)]

    @strawberry.field
    async def balances(self, info: strawberry.Info[Context]) -> CustomerBalances:
        org_id = info.context.org_actor().org_id
        loader = info.context.loader("BalancesByCustomerIdLoader", lambda: BalancesByCustomerIdLoader(org_id))
        return await loader.load(self.row_id)

    @strawberry.field(description="True when the open balance today is over the credit limit in force (a limit of 0 allows nothing open); false without a limit.")
    async def over_limit(self, info: strawberry.Info[Context]) -> bool:
        if self.credit_limit is None:
            return False
        return (await self.balances(info)).open_balance > self.credit_limit

    @strawberry.field(
        description="Why the customer is on credit hold today (its status, its grade's policy, or an invoice overdue "
        "past the policy's hold days), or null: new invoices need an approved exception."
    )
    async def credit_hold(self, info: strawberry.Info[Context]) -> Annotated["HoldCauseEnum", strawberry.lazy("..credit.types")] | None:
        from ..credit.types import credit_hold_of

        return await credit_hold_of(info, self.row_id)

    @strawberry.field(description="Financial statements, newest period first.")
    async def statements(self, info: strawberry.Info[Context]) -> list[Annotated["FinancialStatement", strawberry.lazy("..credit.types")]]:
        from ..credit.types import statements_of

        return await statements_of(info, self.row_id)

    @strawberry.field(description="The qualitative inputs of the scorecard.")
    async def credit_profile(self, info: strawberry.Info[Context]) -> Annotated["CreditProfile", strawberry.lazy("..credit.types")] | None:
        from ..credit.types import profile_of

        return await profile_of(info, self.row_id)

    @strawberry.field(description="The most recent assessment.")
    async def latest_assessment(
        self, info: strawberry.Info[Context]
    ) -> Annotated["CreditAssessment", strawberry.lazy("..credit.types")] | None:
        from ..credit.types import latest_assessment_of

        return await latest_assessment_of(info, self.row_id)

    @strawberry.field(description="The credit archive (信用档案): every assessment, newest first.")
    async def assessments(
        self, info: strawberry.Info[Context], first: int | None = None, after: str | None = None
    ) -> Connection[Annotated["CreditAssessment", strawberry.lazy("..credit.types")]]:
        from ..credit.types import assessments_of

        return await assessments_of(info, self.row_id, first, after)

    @strawberry.field(description="What the customer's grade gets, with an approved override applied.")
    async def credit_policy(
        self, info: strawberry.Info[Context]
    ) -> Annotated["CustomerCreditPolicy", strawberry.lazy("..credit.types")] | None:
        from ..credit.types import customer_policy_of

        return await customer_policy_of(info, self)

    @strawberry.field(description="Override requests and decisions, newest first.")
    async def credit_overrides(self, info: strawberry.Info[Context]) -> list[Annotated["CreditOverride", strawberry.lazy("..credit.types")]]:
        from ..credit.types import overrides_of

        return await overrides_of(info, self.row_id)

    @strawberry.field(description="Exception requests for its invoices, newest first.")
    async def credit_exceptions(
        self, info: strawberry.Info[Context]
    ) -> list[Annotated["CreditException", strawberry.lazy("..credit.types")]]:
        from ..credit.types import exceptions_of

        return await exceptions_of(info, self.row_id)

    @strawberry.field(description="Unresolved early-warning alerts.")
    async def open_alerts(self, info: strawberry.Info[Context]) -> list[Annotated["Alert", strawberry.lazy("..alerts.types")]]:
        from ..alerts.types import open_alerts_of

        return await open_alerts_of(info, self.row_id)

    @strawberry.field(description="Reconciliation (对账): the last period the customer confirmed and its open discrepancies.")
    async def reconciliation(
        self, info: strawberry.Info[Context]
    ) -> Annotated["ReconciliationStatus", strawberry.lazy("..reconciliation.types")]:
        from ..reconciliation.types import reconciliation_status_of

        return await reconciliation_status_of(info, self.row_id)
