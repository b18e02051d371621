"""GraphQL types of the credit domain, mapped explicitly from rows, and their DataLoaders."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from tortoise import connections

from ..accounts.models import Role
from ..accounts.types import RoleEnum, User, UserByIdLoader
from ..api.context import Context
from ..api.errors import MessageParamType, WithParams
from ..api.pagination import Connection, paginate
from ..customers import repository as customers_repo
from ..customers import types as customer_types
from ..customers.models import Customer
from ..kit.errors import ParamKind
from . import models
from . import statements as st
from .check import HoldCause, hold_causes
from .errors import CreditErrorCode
from .inputs import load_config
from .policy import PolicyTerms
from .scorecard import FACTOR_BY_KEY, FACTORS, Config
from .service import SettingsView

CreditErrorCodeEnum = strawberry.enum(CreditErrorCode, name="CreditErrorCode")
GradeEnum = strawberry.enum(models.Grade, name="CreditGrade")
AssessmentMethodEnum = strawberry.enum(models.AssessmentMethod, name="AssessmentMethod")
AssessmentStatusEnum = strawberry.enum(models.AssessmentStatus, name="AssessmentStatus")
MissingDataEnum = strawberry.enum(models.MissingData, name="MissingData")
DecisionStatusEnum = strawberry.enum(models.DecisionStatus, name="CreditDecisionStatus")
IndustryRiskEnum = strawberry.enum(models.IndustryRisk, name="IndustryRisk")
ManagementQualityEnum = strawberry.enum(models.ManagementQuality, name="ManagementQuality")
PublicRecordEnum = strawberry.enum(models.PublicRecord, name="PublicRecord")
GuaranteeEnum = strawberry.enum(models.Guarantee, name="Guarantee")
PolicySubjectEnum = strawberry.enum(models.PolicySubject, name="CreditPolicySubject")
RunStatusEnum = strawberry.enum(models.RunStatus, name="ReassessmentRunStatus")
RunTriggerEnum = strawberry.enum(models.RunTrigger, name="ReassessmentRunTrigger")


@strawberry.type
class CreditError(WithParams):
    field: str | None
    code: CreditErrorCodeEnum
    message: str


def _id(value: uuid.UUID | None) -> strawberry.ID | None:
    return strawberry.ID(str(value)) if value is not None else None


async def load_user(info: strawberry.Info[Context], user_id: uuid.UUID | None) -> User | None:
    if user_id is None:
        return None
    row = await info.context.loader("UserByIdLoader", UserByIdLoader).load(user_id)
    return User.from_model(row) if row else None


async def load_customer(info: strawberry.Info[Context], customer_id: uuid.UUID) -> customer_types.Customer | None:
    row = await info.context.loader("CustomerByIdLoader", CustomerByIdLoader).load(customer_id)
    return customer_types.Customer.from_model(row) if row else None


class CustomerByIdLoader(DataLoader[uuid.UUID, Any]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[Any]:
        rows = {c.id: c for c in await Customer.filter(id__in=ids)}
        return [rows.get(i) for i in ids]


HoldCauseEnum = strawberry.enum(HoldCause, name="HoldCause")


class CreditHoldByCustomerIdLoader(DataLoader[uuid.UUID, Any]):
    """Credit hold causes of a page of customers: one query for the customers, one for the
    policies, one for the balances."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        super().__init__(load_fn=self._load)
        self.organization_id = organization_id

    async def _load(self, ids: list[uuid.UUID]) -> list[Any]:
        customers = await Customer.filter(organization_id=self.organization_id, id__in=ids)
        causes = await hold_causes(self.organization_id, customers)
        return [causes.get(i) for i in ids]


async def credit_hold_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> Any:
    org_id = info.context.org_actor().org_id
    return await info.context.loader("CreditHoldByCustomerIdLoader", lambda: CreditHoldByCustomerIdLoader(org_id)).load(customer_id)


def _grouped_loader(model: Any, order: tuple[str, ...], **filters: Any) -> type[DataLoader]:
    class Loader(DataLoader[uuid.UUID, list[Any]]):
        def __init__(self) -> None:
            super().__init__(load_fn=self._load)

        @staticmethod
        async def _load(ids: list[uuid.UUID]) -> list[list[Any]]:
            grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
            for row in await model.filter(customer_id__in=ids, **filters).order_by(*order):
                grouped[row.customer_id].append(row)
            return [grouped.get(i, []) for i in ids]

    return Loader


StatementsByCustomerIdLoader = _grouped_loader(models.FinancialStatement, ("-period_end", "id"))
OverridesByCustomerIdLoader = _grouped_loader(models.CreditOverride, ("-created_at", "id"))
ExceptionsByCustomerIdLoader = _grouped_loader(models.CreditException, ("-created_at", "id"))
ProfilesByCustomerIdLoader = _grouped_loader(models.CreditProfile, ("id",))


class LatestAssessmentByCustomerIdLoader(DataLoader[uuid.UUID, models.CreditAssessment | None]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[models.CreditAssessment | None]:
        latest = await connections.get("default").execute_query_dict(
            "SELECT DISTINCT ON (customer_id) id FROM credit_assessments WHERE customer_id = ANY($1::uuid[]) "
            "ORDER BY customer_id, created_at DESC, id DESC",
            [ids],
        )
        found = {r.customer_id: r for r in await models.CreditAssessment.filter(id__in=[row["id"] for row in latest])}
        return [found.get(i) for i in ids]


class CreditConfigLoader(DataLoader[uuid.UUID, Config]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[Config]:
        return [await load_config(i) for i in ids]


# --- statements -----------------------------------------------------------------------------


@strawberry.type
class FinancialRatios:
    debt_to_asset: Decimal | None = strawberry.field(description="Total liabilities ÷ total assets (资产负债率), a fraction.")
    current_ratio: Decimal | None
    quick_ratio: Decimal | None = strawberry.field(description="(Current assets − inventory) ÷ current liabilities.")
    cash_ratio: Decimal | None
    net_margin: Decimal | None = strawberry.field(description="Net profit ÷ revenue, a fraction.")
    ocf_to_current_liabilities: Decimal | None
    equity: Decimal


@strawberry.type
class FinancialStatement:
    id: strawberry.ID
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
    audited: bool
    source: str
    version: int
    created_at: datetime
    ratios: FinancialRatios

    @classmethod
    def from_model(cls, row: models.FinancialStatement) -> "FinancialStatement":
        r = st.ratios(row)
        return cls(
            id=strawberry.ID(str(row.id)), period_start=row.period_start, period_end=row.period_end,
            total_assets=row.total_assets, total_liabilities=row.total_liabilities, current_assets=row.current_assets,
            current_liabilities=row.current_liabilities, inventory=row.inventory, cash=row.cash, revenue=row.revenue,
            net_profit=row.net_profit, operating_cash_flow=row.operating_cash_flow, audited=row.audited, source=row.source,
            version=row.version, created_at=row.created_at,
            ratios=FinancialRatios(
                debt_to_asset=r.debt_to_asset, current_ratio=r.current_ratio, quick_ratio=r.quick_ratio, cash_ratio=r.cash_ratio,
                net_margin=r.net_margin, ocf_to_current_liabilities=r.ocf_to_current_liabilities, equity=r.equity,
            ),
        )


async def statements_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> list[FinancialStatement]:
    rows = await info.context.loader("StatementsByCustomerIdLoader", StatementsByCustomerIdLoader).load(customer_id)
    return [FinancialStatement.from_model(r) for r in rows]


# --- profile --------------------------------------------------------------------------------


@strawberry.type
class CreditProfile:
    industry_risk: IndustryRiskEnum | None
    management: ManagementQualityEnum | None
    public_record: PublicRecordEnum | None
    public_record_note: str
    public_record_checked_on: date | None
    guarantee: GuaranteeEnum | None
    version: int
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.CreditProfile) -> "CreditProfile":
        return cls(
            industry_risk=row.industry_risk, management=row.management, public_record=row.public_record,
            public_record_note=row.public_record_note, public_record_checked_on=row.public_record_checked_on,
            guarantee=row.guarantee, version=row.version, updated_at=row.updated_at,
        )


async def profile_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> CreditProfile | None:
    rows = await info.context.loader("ProfilesByCustomerIdLoader", ProfilesByCustomerIdLoader).load(customer_id)
    return CreditProfile.from_model(rows[0]) if rows else None


# --- assessments ----------------------------------------------------------------------------


@strawberry.type
class FactorScore:
    key: str
    group: str = strawberry.field(description="financial, behavioural or qualitative")
    label: str = strawberry.field(deprecation_reason="Chinese text; label the factor by `key` in the reader's language.")
    unit: str
    value: str | None = strawberry.field(description="The figure as computed (null when unknown: see note).")
    value_param: MessageParamType | None = strawberry.field(
        description="The figure typed for the reader's language (NUMBER, PERCENT, or TEXT for a category code); null when unknown."
    )
    points: int = strawberry.field(description="0-100 from the factor's points table.")
    weight: int
    contribution: Decimal = strawberry.field(description="points × weight ÷ 100: its share of the score.")
    note: str | None = strawberry.field(description="Why the figure is unknown, e.g. no_statement.")


def _value_param(unit: str, value: Any) -> MessageParamType | None:
    """A factor's figure as a typed message parameter named `value`."""
    if value is None:
        return None
    kind = ParamKind.TEXT if unit == "category" else ParamKind.PERCENT if unit == "%" else ParamKind.NUMBER
    return MessageParamType(name="value", kind=kind, value=str(value))


@strawberry.type
class CreditAssessment:
    id: strawberry.ID
    customer_id: strawberry.ID
    method: AssessmentMethodEnum
    as_of: date
    status: AssessmentStatusEnum = strawberry.field(
        description="INSUFFICIENT_DATA: nothing to score (see missing); score, grade and factors are then empty."
    )
    missing: list[MissingDataEnum] = strawberry.field(description="The factor groups the customer had no figure in.")
    score: Decimal | None
    grade: GradeEnum | None
    previous_grade: GradeEnum | None
    factors: list[FactorScore]
    inputs: JSON = strawberry.field(description="Every figure the factors were computed from.")
    suggested_limit: Decimal | None
    limit_reasoning: JSON | None
    run_id: strawberry.ID | None = strawberry.field(description="The risk worker's run, for automatic assessments.")
    created_at: datetime
    assessed_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Who ran it; null for the risk worker.")
    async def assessed_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.assessed_by_id)

    @classmethod
    def from_model(cls, row: models.CreditAssessment) -> "CreditAssessment":
        factors = []
        for f in row.factors:
            definition = FACTOR_BY_KEY[f["key"]]
            factors.append(
                FactorScore(
                    key=f["key"], group=f["group"], label=definition.label, unit=definition.unit,
                    value=None if f["value"] is None else str(f["value"]), value_param=_value_param(definition.unit, f["value"]),
                    points=f["points"], weight=f["weight"],
                    contribution=Decimal(f["contribution"]), note=f["note"],
                )
            )
        return cls(
            id=strawberry.ID(str(row.id)), customer_id=strawberry.ID(str(row.customer_id)), method=row.method, as_of=row.as_of,
            status=row.status, missing=[models.MissingData(m) for m in row.missing], score=row.score, grade=row.grade,
            previous_grade=row.previous_grade, factors=factors, inputs=row.inputs,
            suggested_limit=row.suggested_limit, limit_reasoning=row.limit_reasoning, run_id=_id(row.run_id),
            created_at=row.created_at, assessed_by_id=row.assessed_by_id,
        )


async def latest_assessment_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> CreditAssessment | None:
    row = await info.context.loader("LatestAssessmentByCustomerIdLoader", LatestAssessmentByCustomerIdLoader).load(customer_id)
    return CreditAssessment.from_model(row) if row else None


async def assessments_of(
    info: strawberry.Info[Context], customer_id: uuid.UUID, first: int | None, after: str | None
) -> Connection[CreditAssessment]:
    return await paginate(
        models.CreditAssessment.filter(customer_id=customer_id),
        first=first,
        after=after,
        max_page_size=info.context.settings.max_page_size,
        order=("-created_at", "-id"),
        to_node=CreditAssessment.from_model,
    )


# --- settings and policies ------------------------------------------------------------------


@strawberry.type
class FactorWeight:
    factor: str
    group: str
    label: str = strawberry.field(deprecation_reason="Chinese text; label the factor by `factor` in the reader's language.")
    weight: int


@strawberry.type
class GradeThreshold:
    grade: GradeEnum
    min_score: int


@strawberry.type
class CreditSettings:
    weights: list[FactorWeight]
    thresholds: list[GradeThreshold] = strawberry.field(description="Below B's minimum is C.")
    exception_request_roles: list[RoleEnum]
    version: int

    @classmethod
    def from_view(cls, view: SettingsView) -> "CreditSettings":
        return cls(
            weights=[FactorWeight(factor=f.key, group=f.group.value, label=f.label, weight=view.weights.get(f.key, 0)) for f in FACTORS],
            thresholds=[GradeThreshold(grade=models.Grade(g), min_score=s) for g, s in view.thresholds.items()],
            exception_request_roles=[Role(r) for r in view.exception_request_roles],
            version=view.version,
        )


@strawberry.type
class CreditPolicy:
    grade: GradeEnum
    credit_limit_cap: Decimal | None = strawberry.field(description="null: no cap")
    revenue_limit_pct: Decimal | None = strawberry.field(description="Suggested limit: this % of annualized revenue.")
    payment_terms_days: int
    allowed_payment_methods: list[str] = strawberry.field(
        description="bank_transfer, cheque, cash, bank_acceptance_bill, alipay, wechat_pay, card, other"
    )
    prepayment_required: bool
    guarantee_required: bool
    credit_hold: bool
    hold_overdue_days: int | None
    dunning_policy_id: strawberry.ID | None
    version: int = strawberry.field(description="0 while the grade uses the defaults.")

    @classmethod
    def from_terms(cls, terms: PolicyTerms) -> "CreditPolicy":
        return cls(
            grade=terms.grade, credit_limit_cap=terms.credit_limit_cap, revenue_limit_pct=terms.revenue_limit_pct,
            payment_terms_days=terms.payment_terms_days, allowed_payment_methods=list(terms.allowed_payment_methods),
            prepayment_required=terms.prepayment_required, guarantee_required=terms.guarantee_required,
            credit_hold=terms.credit_hold, hold_overdue_days=terms.hold_overdue_days,
            dunning_policy_id=_id(terms.dunning_policy_id), version=terms.version,
        )


@strawberry.type
class CreditOverride:
    id: strawberry.ID
    credit_limit: Decimal | None
    payment_terms_days: int | None
    reason: str
    expires_on: date | None
    status: DecisionStatusEnum
    decided_at: datetime | None
    decision_note: str
    created_at: datetime
    customer_row_id: strawberry.Private[uuid.UUID]
    requested_by_id: strawberry.Private[uuid.UUID]
    decided_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await load_customer(info, self.customer_row_id)

    @strawberry.field
    async def requested_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.requested_by_id)

    @strawberry.field
    async def decided_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.decided_by_id)

    @classmethod
    def from_model(cls, row: models.CreditOverride) -> "CreditOverride":
        return cls(
            id=strawberry.ID(str(row.id)), credit_limit=row.credit_limit, payment_terms_days=row.payment_terms_days,
            reason=row.reason, expires_on=row.expires_on, status=row.status, decided_at=row.decided_at,
            decision_note=row.decision_note, created_at=row.created_at, customer_row_id=row.customer_id,
            requested_by_id=row.requested_by_id, decided_by_id=row.decided_by_id,
        )


@strawberry.type
class CreditException:
    id: strawberry.ID
    invoice_id: strawberry.ID
    amount: Decimal = strawberry.field(description="The invoice total in base currency it covers.")
    reason: str
    status: DecisionStatusEnum
    decided_at: datetime | None
    decision_note: str
    used_at: datetime | None
    created_at: datetime
    customer_row_id: strawberry.Private[uuid.UUID]
    requested_by_id: strawberry.Private[uuid.UUID]
    decided_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await load_customer(info, self.customer_row_id)

    @strawberry.field
    async def requested_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.requested_by_id)

    @strawberry.field
    async def decided_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.decided_by_id)

    @classmethod
    def from_model(cls, row: models.CreditException) -> "CreditException":
        return cls(
            id=strawberry.ID(str(row.id)), invoice_id=strawberry.ID(str(row.invoice_id)), amount=row.amount, reason=row.reason,
            status=row.status, decided_at=row.decided_at, decision_note=row.decision_note, used_at=row.used_at,
            created_at=row.created_at, customer_row_id=row.customer_id, requested_by_id=row.requested_by_id,
            decided_by_id=row.decided_by_id,
        )


async def overrides_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> list[CreditOverride]:
    rows = await info.context.loader("OverridesByCustomerIdLoader", OverridesByCustomerIdLoader).load(customer_id)
    return [CreditOverride.from_model(r) for r in rows]


async def exceptions_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> list[CreditException]:
    rows = await info.context.loader("ExceptionsByCustomerIdLoader", ExceptionsByCustomerIdLoader).load(customer_id)
    return [CreditException.from_model(r) for r in rows]


@strawberry.type
class CustomerCreditPolicy:
    """The terms a customer trades on: its grade's policy, with an approved override's limit and terms."""

    grade: GradeEnum
    credit_limit: Decimal | None
    payment_terms_days: int | None
    grade_policy: CreditPolicy
    active_override: CreditOverride | None


async def customer_policy_of(info: strawberry.Info[Context], customer: customer_types.Customer) -> CustomerCreditPolicy | None:
    if customer.grade is None:
        return None
    actor = info.context.org_actor()
    config = await info.context.loader("CreditConfigLoader", CreditConfigLoader).load(actor.org_id)
    overrides = await overrides_of(info, customer.row_id)
    active = next((o for o in overrides if o.status is models.DecisionStatus.APPROVED), None)
    grade = models.Grade(customer.grade)
    return CustomerCreditPolicy(
        grade=grade, credit_limit=customer.credit_limit, payment_terms_days=customer.payment_terms_days,
        grade_policy=CreditPolicy.from_terms(config.policies[grade]), active_override=active,
    )


@strawberry.type
class CreditPolicyChange:
    id: strawberry.ID
    subject: PolicySubjectEnum
    grade: GradeEnum | None
    customer_id: strawberry.ID | None
    action: str
    before: JSON | None
    after: JSON | None
    reason: str
    created_at: datetime
    changed_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def changed_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.changed_by_id)

    @classmethod
    def from_model(cls, row: models.CreditPolicyChange) -> "CreditPolicyChange":
        return cls(
            id=strawberry.ID(str(row.id)), subject=row.subject, grade=row.grade, customer_id=_id(row.customer_id),
            action=row.action, before=row.before, after=row.after, reason=row.reason, created_at=row.created_at,
            changed_by_id=row.changed_by_id,
        )


@strawberry.type
class ReassessmentRun:
    id: strawberry.ID
    as_of: date
    trigger: RunTriggerEnum
    status: RunStatusEnum
    batches: int
    customers_seen: int
    assessments_written: int
    started_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_model(cls, row: models.ReassessmentRun) -> "ReassessmentRun":
        return cls(
            id=strawberry.ID(str(row.id)), as_of=row.as_of, trigger=row.trigger, status=row.status, batches=row.batches,
            customers_seen=row.customers_seen, assessments_written=row.assessments_written, started_at=row.started_at,
            finished_at=row.finished_at,
        )


def visible(actor: Any, model: Any) -> Any:
    return model.filter(organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor))
