"""GraphQL: statements of account (list, detail, create, refresh, send, revoke links) and their
discrepancies (assign, resolve). Reading needs customers:read (and sees only the caller's customers);
changing needs invoices:manage."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from tortoise.expressions import Subquery

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import overview, schedules, service
from .errors import ReconciliationErrorCode
from .models import Discrepancy, DiscrepancyStatus, Frequency, Resolution, StatementRun
from .types import (
    AccountStatement,
    AccountStatementPayload,
    DiscrepancyStatusEnum,
    FrequencyEnum,
    OrganizationReconciliation,
    ReconciliationError,
    ReconciliationErrorCodeEnum,
    ResolutionEnum,
    SkippedCustomer,
    StatementDiscrepancy,
    StatementDiscrepancyPayload,
    StatementMonthSendPayload,
    StatementRunType,
    StatementSchedulePayload,
    StatementScheduleType,
    StatementStatusEnum,
)


def _errors(exc: DomainError) -> list[ReconciliationError]:
    return payload_errors(exc, ReconciliationError, ReconciliationErrorCode)


@strawberry.input
class AccountStatementFilterInput:
    statuses: list[StatementStatusEnum] | None = None
    customer_id: strawberry.ID | None = None
    period_from: date | None = strawberry.field(default=None, description="Statements whose period ends on or after this date.")
    period_to: date | None = strawberry.field(default=None, description="Statements whose period starts on or before this date.")


@strawberry.input
class AccountStatementCreateInput:
    customer_id: strawberry.ID
    period_start: date
    period_end: date
    currency: str | None = strawberry.field(default=None, description="The documents in this currency; default the base currency.")
    open_items_only: bool = strawberry.field(default=False, description="List what is open at the closing date instead of every movement.")


@strawberry.input
class StatementDiscrepancyFilterInput:
    statuses: list[DiscrepancyStatusEnum] | None = None
    assigned_to_id: strawberry.ID | None = strawberry.field(default=None, description="A membership id.")


@strawberry.type
class ReconciliationQuery:
    @strawberry.field(description="Statements of account of the customers the caller sees, latest period first.")
    async def account_statements(
        self,
        info: strawberry.Info[Context],
        filter: AccountStatementFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AccountStatement]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        f = filter or AccountStatementFilterInput()
        query = service.visible_statements(actor)
        if f.statuses:
            query = query.filter(status__in=list(f.statuses))
        if f.customer_id:
            query = query.filter(customer_id=parse_uuid(f.customer_id))
        if f.period_from:
            query = query.filter(period_end__gte=f.period_from)
        if f.period_to:
            query = query.filter(period_start__lte=f.period_to)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-period_end", "-created_at", "-id"), to_node=AccountStatement.from_model,
        )

    @strawberry.field(description="One statement of account with its lines and running balance.")
    async def account_statement(self, info: strawberry.Info[Context], id: strawberry.ID) -> AccountStatement | None:
        row = await service.get_statement(info.context.org_actor(), parse_uuid(id))
        return AccountStatement.from_model(row) if row else None

    @strawberry.field(description="Discrepancies raised by customers on the statements the caller sees, oldest first; open ones by default.")
    async def statement_discrepancies(
        self,
        info: strawberry.Info[Context],
        filter: StatementDiscrepancyFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[StatementDiscrepancy]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        f = filter or StatementDiscrepancyFilterInput()
        query = Discrepancy.filter(organization_id=actor.org_id, statement_id__in=Subquery(service.visible_statements(actor).values("id")))
        query = query.filter(status__in=list(f.statuses) if f.statuses else [DiscrepancyStatus.OPEN])
        if f.assigned_to_id:
            query = query.filter(assigned_to_id=parse_uuid(f.assigned_to_id))
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("created_at", "id"), to_node=StatementDiscrepancy.from_model,
        )


    @strawberry.field(
        description="Every organization the signed-in user belongs to, with last month's statements by status and the "
        "customers still due one (the agency view; no X-Organization needed)."
    )
    async def reconciliation_overview(self, info: strawberry.Info[Context]) -> list[OrganizationReconciliation]:
        actor = info.context.user_actor()
        assert actor.user_id is not None
        return [OrganizationReconciliation.from_data(row) for row in await overview.overview(actor.user_id)]

    @strawberry.field(description="The organization's default statement schedule and the per-customer overrides.")
    async def statement_schedules(self, info: strawberry.Info[Context]) -> list[StatementScheduleType]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        rows = await schedules.schedules(actor).order_by("created_at", "id")
        return [StatementScheduleType.from_model(r) for r in rows]

    @strawberry.field(description="Runs of the statement schedule, newest first, with the customers skipped and why.")
    async def statement_runs(
        self, info: strawberry.Info[Context], first: int | None = None, after: str | None = None
    ) -> Connection[StatementRunType]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return await paginate(
            StatementRun.filter(organization_id=actor.org_id), first=first, after=after,
            max_page_size=info.context.settings.max_page_size, order=("-started_at", "-id"), to_node=StatementRunType.from_model,
        )


@strawberry.type
class ReconciliationMutation:
    @strawberry.mutation(description="A draft statement of account for one customer and period, its figures taken from the ledger now.")
    async def account_statement_create(self, info: strawberry.Info[Context], input: AccountStatementCreateInput) -> AccountStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.create_statement(
                actor, customer_id=parse_uuid(input.customer_id), period_start=input.period_start, period_end=input.period_end,
                currency=input.currency, open_items_only=input.open_items_only,
            )
        except DomainError as exc:
            return AccountStatementPayload(statement=None, errors=_errors(exc))
        return AccountStatementPayload(statement=AccountStatement.from_model(row), errors=[])

    @strawberry.mutation(description="Take a draft's figures from the ledger again.")
    async def account_statement_refresh(self, info: strawberry.Info[Context], id: strawberry.ID) -> AccountStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.refresh_draft(actor, parse_uuid(id))
        except DomainError as exc:
            return AccountStatementPayload(statement=None, errors=_errors(exc))
        return AccountStatementPayload(statement=AccountStatement.from_model(row), errors=[])

    @strawberry.mutation(description="Email the statement (PDF and a confirmation link) to the customer's billing contacts; earlier links stop working.")
    async def account_statement_send(
        self, info: strawberry.Info[Context], id: strawberry.ID, link_days: int = service.DEFAULT_LINK_DAYS
    ) -> AccountStatementPayload:
        actor = info.context.org_actor()
        try:
            sent = await service.send_statement(actor, parse_uuid(id), link_days=link_days)
        except DomainError as exc:
            return AccountStatementPayload(statement=None, errors=_errors(exc))
        return AccountStatementPayload(statement=AccountStatement.from_model(sent.statement), errors=[])

    @strawberry.mutation(
        description="Send a month's statement to every customer with a balance or a movement in it: its draft, else a new "
        "one (one per customer, period and currency; repeating sends nobody twice). Customers that cannot be sent "
        "(no billing email, …) are listed with the reason and tried again on the next send."
    )
    async def account_statement_send_month(
        self,
        info: strawberry.Info[Context],
        year: int,
        month: Annotated[int, strawberry.argument(description="1–12.")],
        currency: Annotated[str | None, strawberry.argument(description="Default the base currency.")] = None,
        link_days: int = service.DEFAULT_LINK_DAYS,
    ) -> StatementMonthSendPayload:
        actor = info.context.org_actor()
        try:
            done = await schedules.send_month(actor, year=year, month=month, currency=currency, link_days=link_days)
        except DomainError as exc:
            return StatementMonthSendPayload(
                period_start=None, period_end=None, currency=None, sent=[], already_sent=0, nothing_to_reconcile=0,
                skipped=[], errors=_errors(exc),
            )
        return StatementMonthSendPayload(
            period_start=done.period_start, period_end=done.period_end, currency=done.currency,
            sent=[AccountStatement.from_model(row) for row in done.sent], already_sent=done.already_sent,
            nothing_to_reconcile=done.nothing_to_reconcile, skipped=[SkippedCustomer.from_data(s) for s in done.skipped],
            errors=[],
        )

    @strawberry.mutation(description="Stop every link of the statement from working.")
    async def account_statement_revoke_links(self, info: strawberry.Info[Context], id: strawberry.ID) -> AccountStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.revoke_links(actor, parse_uuid(id))
        except DomainError as exc:
            return AccountStatementPayload(statement=None, errors=_errors(exc))
        return AccountStatementPayload(statement=AccountStatement.from_model(row), errors=[])

    @strawberry.mutation(description="Give a discrepancy to a member to work.")
    async def statement_discrepancy_assign(
        self, info: strawberry.Info[Context], id: strawberry.ID, membership_id: strawberry.ID
    ) -> StatementDiscrepancyPayload:
        actor = info.context.org_actor()
        try:
            row = await service.assign_discrepancy(actor, parse_uuid(id), parse_uuid(membership_id))
        except DomainError as exc:
            return StatementDiscrepancyPayload(discrepancy=None, errors=_errors(exc))
        return StatementDiscrepancyPayload(discrepancy=StatementDiscrepancy.from_model(row), errors=[])

    @strawberry.mutation(description="Record how a discrepancy was settled and by which document; the last one resolves the statement.")
    async def statement_discrepancy_resolve(
        self,
        info: strawberry.Info[Context],
        id: strawberry.ID,
        resolution: ResolutionEnum,
        note: str = "",
        document_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The credit note (CREDIT_NOTE_ISSUED) or invoice or credit note (ADJUSTMENT_POSTED) posted."),
        ] = None,
    ) -> StatementDiscrepancyPayload:
        actor = info.context.org_actor()
        document = parse_uuid(document_id) if document_id else None
        if document_id and document is None:
            error = ReconciliationError(field="documentId", code=ReconciliationErrorCodeEnum.NOT_FOUND, message="No such document.")
            return StatementDiscrepancyPayload(discrepancy=None, errors=[error])
        try:
            row = await service.resolve_discrepancy(
                actor, parse_uuid(id), resolution=Resolution(resolution), note=note, document_id=document
            )
        except DomainError as exc:
            return StatementDiscrepancyPayload(discrepancy=None, errors=_errors(exc))
        return StatementDiscrepancyPayload(discrepancy=StatementDiscrepancy.from_model(row), errors=[])

    @strawberry.mutation(description="Set the organization's default statement schedule (no customerId) or a customer's override.")
    async def statement_schedule_set(
        self,
        info: strawberry.Info[Context],
        frequency: FrequencyEnum,
        customer_id: strawberry.ID | None = None,
        send_day: int = 1,
        open_items_only: bool = False,
        link_days: int = service.DEFAULT_LINK_DAYS,
    ) -> StatementSchedulePayload:
        actor = info.context.org_actor()
        customer = parse_uuid(customer_id) if customer_id else None
        if customer_id and customer is None:
            error = ReconciliationError(field="customerId", code=ReconciliationErrorCodeEnum.NOT_FOUND, message="No such customer.")
            return StatementSchedulePayload(schedule=None, errors=[error])
        try:
            row = await schedules.set_schedule(
                actor, customer_id=customer, frequency=Frequency(frequency),
                send_day=send_day, open_items_only=open_items_only, link_days=link_days,
            )
        except DomainError as exc:
            return StatementSchedulePayload(schedule=None, errors=_errors(exc))
        return StatementSchedulePayload(schedule=StatementScheduleType.from_model(row), errors=[])
