"""GraphQL: statements, qualitative profile, assessments, settings, grade policies, overrides,
exceptions, policy history and reassessment runs."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from typing import Any

import strawberry

from ..accounts.permissions import Permission
from ..accounts.types import RoleEnum
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..customers.schema import maybe_fields
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError
from ..kit.ids import parse_uuid
from . import models, service
from .errors import CreditErrorCode
from .inputs import load_config
from .models import GRADES, Grade
from .types import (
    CreditAssessment,
    CreditError,
    CreditException,
    CreditOverride,
    CreditPolicy,
    CreditPolicyChange,
    CreditProfile,
    CreditSettings,
    DecisionStatusEnum,
    FinancialStatement,
    GradeEnum,
    GuaranteeEnum,
    IndustryRiskEnum,
    ManagementQualityEnum,
    ReassessmentRun,
    visible,
)


def _errors(exc: DomainError) -> list[CreditError]:
    return payload_errors(exc, CreditError, CreditErrorCode)


@strawberry.input(description="Figures in the organization's base currency; a period covers 1 to 12 whole months.")
class FinancialStatementInput:
    period_start: date
    period_end: date
    total_assets: Decimal
    total_liabilities: Decimal
    current_assets: Decimal
    current_liabilities: Decimal
    inventory: Decimal
    cash: Decimal
    revenue: Decimal
    net_profit: Decimal
    operating_cash_flow: Decimal
    audited: bool = False
    source: str = ""


@strawberry.input
class CreditProfileInput:
    industry_risk: strawberry.Maybe[IndustryRiskEnum | None]
    management: strawberry.Maybe[ManagementQualityEnum | None]
    guarantee: strawberry.Maybe[GuaranteeEnum | None]


@strawberry.input
class FactorWeightInput:
    factor: str
    weight: int


@strawberry.input
class GradeThresholdInput:
    grade: GradeEnum
    min_score: int


@strawberry.input(description="Give what changes; weights must cover the factors with a total of 100.")
class CreditSettingsInput:
    version: int
    reason: str
    weights: list[FactorWeightInput] | None = None
    thresholds: list[GradeThresholdInput] | None = None
    exception_request_roles: list[RoleEnum] | None = None


@strawberry.input
class CreditPolicyInput:
    credit_limit_cap: strawberry.Maybe[Decimal | None]
    revenue_limit_pct: strawberry.Maybe[Decimal | None]
    payment_terms_days: strawberry.Maybe[int]
    allowed_payment_methods: strawberry.Maybe[list[str]]
    prepayment_required: strawberry.Maybe[bool]
    guarantee_required: strawberry.Maybe[bool]
    credit_hold: strawberry.Maybe[bool]
    hold_overdue_days: strawberry.Maybe[int | None]
    dunning_policy_id: strawberry.Maybe[strawberry.ID | None]


@strawberry.input
class CreditOverrideInput:
    credit_limit: Decimal | None = None
    payment_terms_days: int | None = None
    expires_on: date | None = None
    reason: str


@strawberry.type
class FinancialStatementPayload:
    statement: FinancialStatement | None
    errors: list[CreditError]


@strawberry.type
class CreditProfilePayload:
    profile: CreditProfile | None
    errors: list[CreditError]


@strawberry.type
class CreditAssessmentPayload:
    assessment: CreditAssessment | None
    errors: list[CreditError]


@strawberry.type
class CreditSettingsPayload:
    settings: CreditSettings | None
    errors: list[CreditError]


@strawberry.type
class CreditPolicyPayload:
    policy: CreditPolicy | None
    errors: list[CreditError]


@strawberry.type
class CreditOverridePayload:
    override: CreditOverride | None
    errors: list[CreditError]


@strawberry.type
class CreditExceptionPayload:
    exception: CreditException | None
    errors: list[CreditError]


def _statement_data(input: FinancialStatementInput) -> dict:
    return dict(vars(input))


async def _requests(info: strawberry.Info[Context], model: Any, status: Any, first: int | None, after: str | None, to_node: Any) -> Any:
    """Override or exception requests of the customers the caller sees, newest first."""
    actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
    query = visible(actor, model)
    if status is not None:
        query = query.filter(status=status)
    return await paginate(
        query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
        order=("-created_at", "-id"), to_node=to_node,
    )


@strawberry.type
class CreditQuery:
    @strawberry.field(description="Scorecard weights, grade thresholds, who may request exceptions.")
    async def credit_settings(self, info: strawberry.Info[Context]) -> CreditSettings:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return CreditSettings.from_view(await service.get_settings(actor.org_id))

    @strawberry.field(description="The policy of every grade, best first.")
    async def credit_policies(self, info: strawberry.Info[Context]) -> list[CreditPolicy]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        config = await load_config(actor.org_id)
        return [CreditPolicy.from_terms(config.policies[g]) for g in GRADES]

    @strawberry.field(description="Override requests and decisions of the customers the caller sees, newest first.")
    async def credit_overrides(
        self, info: strawberry.Info[Context], status: DecisionStatusEnum | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[CreditOverride]:
        return await _requests(info, models.CreditOverride, status, first, after, CreditOverride.from_model)

    @strawberry.field(description="Exception requests of the customers the caller sees, newest first.")
    async def credit_exceptions(
        self, info: strawberry.Info[Context], status: DecisionStatusEnum | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[CreditException]:
        return await _requests(info, models.CreditException, status, first, after, CreditException.from_model)

    @strawberry.field(description="Who changed settings, grade policies and overrides, and why (needs credit:policy or audit:read).")
    async def credit_policy_changes(
        self, info: strawberry.Info[Context], first: int | None = None, after: str | None = None
    ) -> Connection[CreditPolicyChange]:
        actor = info.context.org_actor()
        if not (actor.can(Permission.CREDIT_POLICY_MANAGE) or actor.can(Permission.AUDIT_READ)):
            raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may not read the credit policy history.")
        return await paginate(
            models.CreditPolicyChange.filter(organization_id=actor.org_id), first=first, after=after,
            max_page_size=info.context.settings.max_page_size, order=("-id",), to_node=CreditPolicyChange.from_model,
        )

    @strawberry.field(description="The risk worker's runs, newest first (needs credit:assess or audit:read).")
    async def reassessment_runs(
        self, info: strawberry.Info[Context], first: int | None = None, after: str | None = None
    ) -> Connection[ReassessmentRun]:
        actor = info.context.org_actor()
        if not (actor.can(Permission.CREDIT_ASSESS) or actor.can(Permission.AUDIT_READ)):
            raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may not read the reassessment runs.")
        return await paginate(
            models.ReassessmentRun.filter(organization_id=actor.org_id), first=first, after=after,
            max_page_size=info.context.settings.max_page_size, order=("-started_at", "-id"), to_node=ReassessmentRun.from_model,
        )


@strawberry.type
class CreditMutation:
    @strawberry.mutation
    async def statement_create(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: FinancialStatementInput
    ) -> FinancialStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.create_statement(actor, parse_uuid(customer_id), _statement_data(input))
        except DomainError as exc:
            return FinancialStatementPayload(statement=None, errors=_errors(exc))
        return FinancialStatementPayload(statement=FinancialStatement.from_model(row), errors=[])

    @strawberry.mutation(description="Replace a statement's figures; `version` must be current.")
    async def statement_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: FinancialStatementInput
    ) -> FinancialStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_statement(actor, parse_uuid(id), version, _statement_data(input))
        except DomainError as exc:
            return FinancialStatementPayload(statement=None, errors=_errors(exc))
        return FinancialStatementPayload(statement=FinancialStatement.from_model(row), errors=[])

    @strawberry.mutation
    async def statement_delete(self, info: strawberry.Info[Context], id: strawberry.ID) -> FinancialStatementPayload:
        actor = info.context.org_actor()
        try:
            row = await service.delete_statement(actor, parse_uuid(id))
        except DomainError as exc:
            return FinancialStatementPayload(statement=None, errors=_errors(exc))
        return FinancialStatementPayload(statement=FinancialStatement.from_model(row), errors=[])

    @strawberry.mutation(description="Set the qualitative scorecard inputs sent (null = unknown).")
    async def credit_profile_update(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: CreditProfileInput
    ) -> CreditProfilePayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_profile(actor, parse_uuid(customer_id), maybe_fields(input))
        except DomainError as exc:
            return CreditProfilePayload(profile=None, errors=_errors(exc))
        return CreditProfilePayload(profile=CreditProfile.from_model(row), errors=[])

    @strawberry.mutation(description="Assess a customer now (manual); its standing follows the result.")
    async def credit_assess(self, info: strawberry.Info[Context], customer_id: strawberry.ID) -> CreditAssessmentPayload:
        actor = info.context.org_actor()
        try:
            row = await service.assess_customer(actor, parse_uuid(customer_id))
        except DomainError as exc:
            return CreditAssessmentPayload(assessment=None, errors=_errors(exc))
        return CreditAssessmentPayload(assessment=CreditAssessment.from_model(row), errors=[])

    @strawberry.mutation
    async def credit_settings_update(self, info: strawberry.Info[Context], input: CreditSettingsInput) -> CreditSettingsPayload:
        actor = info.context.org_actor()
        try:
            view = await service.update_settings(
                actor,
                version=input.version,
                reason=input.reason,
                weights={w.factor: w.weight for w in input.weights} if input.weights is not None else None,
                thresholds={Grade(t.grade).value: t.min_score for t in input.thresholds} if input.thresholds is not None else None,
                exception_request_roles=[r.value for r in input.exception_request_roles]
                if input.exception_request_roles is not None
                else None,
            )
        except DomainError as exc:
            return CreditSettingsPayload(settings=None, errors=_errors(exc))
        return CreditSettingsPayload(settings=CreditSettings.from_view(view), errors=[])

    @strawberry.mutation(description="Change a grade's policy (with the reason kept); its customers get the new terms.")
    async def credit_policy_update(
        self, info: strawberry.Info[Context], grade: GradeEnum, version: int, reason: str, input: CreditPolicyInput
    ) -> CreditPolicyPayload:
        actor = info.context.org_actor()
        changes = maybe_fields(input)
        if changes.get("dunning_policy_id") is not None:
            # Not a UUID: the nil UUID, which names no policy, so the service answers NOT_FOUND.
            changes["dunning_policy_id"] = parse_uuid(changes["dunning_policy_id"]) or uuid.UUID(int=0)
        try:
            terms = await service.update_policy(actor, Grade(grade), version=version, reason=reason, changes=changes)
        except DomainError as exc:
            return CreditPolicyPayload(policy=None, errors=_errors(exc))
        return CreditPolicyPayload(policy=CreditPolicy.from_terms(terms), errors=[])

    @strawberry.mutation(description="Ask for a customer-specific limit and/or terms; another manager must approve.")
    async def credit_override_request(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: CreditOverrideInput
    ) -> CreditOverridePayload:
        actor = info.context.org_actor()
        try:
            row = await service.request_override(
                actor, parse_uuid(customer_id), credit_limit=input.credit_limit, payment_terms_days=input.payment_terms_days,
                expires_on=input.expires_on, reason=input.reason,
            )
        except DomainError as exc:
            return CreditOverridePayload(override=None, errors=_errors(exc))
        return CreditOverridePayload(override=CreditOverride.from_model(row), errors=[])

    @strawberry.mutation(description="Approve an override (needs credit:approve; never one's own request).")
    async def credit_override_approve(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> CreditOverridePayload:
        return await _decide_override(info, id, True, note)

    @strawberry.mutation
    async def credit_override_reject(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> CreditOverridePayload:
        return await _decide_override(info, id, False, note)

    @strawberry.mutation(description="Withdraw an override in force; the grade's terms apply again.")
    async def credit_override_revoke(self, info: strawberry.Info[Context], id: strawberry.ID, reason: str) -> CreditOverridePayload:
        actor = info.context.org_actor()
        try:
            row = await service.revoke_override(actor, parse_uuid(id), reason=reason)
        except DomainError as exc:
            return CreditOverridePayload(override=None, errors=_errors(exc))
        return CreditOverridePayload(override=CreditOverride.from_model(row), errors=[])

    @strawberry.mutation(description="Ask to issue exactly this draft invoice despite the limit or a credit hold.")
    async def credit_exception_request(
        self, info: strawberry.Info[Context], invoice_id: strawberry.ID, reason: str
    ) -> CreditExceptionPayload:
        actor = info.context.org_actor()
        try:
            row = await service.request_exception(actor, parse_uuid(invoice_id), reason=reason)
        except DomainError as exc:
            return CreditExceptionPayload(exception=None, errors=_errors(exc))
        return CreditExceptionPayload(exception=CreditException.from_model(row), errors=[])

    @strawberry.mutation(description="Approve an exception (needs credit:approve; never one's own request).")
    async def credit_exception_approve(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> CreditExceptionPayload:
        return await _decide_exception(info, id, True, note)

    @strawberry.mutation
    async def credit_exception_reject(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> CreditExceptionPayload:
        return await _decide_exception(info, id, False, note)


async def _decide_override(info: strawberry.Info[Context], id: strawberry.ID, approve: bool, note: str) -> CreditOverridePayload:
    actor = info.context.org_actor()
    try:
        row = await service.decide_override(actor, parse_uuid(id), approve=approve, note=note)
    except DomainError as exc:
        return CreditOverridePayload(override=None, errors=_errors(exc))
    return CreditOverridePayload(override=CreditOverride.from_model(row), errors=[])


async def _decide_exception(info: strawberry.Info[Context], id: strawberry.ID, approve: bool, note: str) -> CreditExceptionPayload:
    actor = info.context.org_actor()
    try:
        row = await service.decide_exception(actor, parse_uuid(id), approve=approve, note=note)
    except DomainError as exc:
        return CreditExceptionPayload(exception=None, errors=_errors(exc))
    return CreditExceptionPayload(exception=CreditException.from_model(row), errors=[])
