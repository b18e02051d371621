"""GraphQL types of analytics, mapped from the service's dataclasses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal

import strawberry

from ..invoices.types import AgingReport
from ..kit.ids import parse_uuid
from ..accounts.types import RoleEnum
from . import agency, forecast, service, snapshots
from .cuts import Cut
from .errors import AnalyticsErrorCode

AnalyticsErrorCodeEnum = strawberry.enum(AnalyticsErrorCode, name="AnalyticsErrorCode")


@strawberry.input(description="Keep only a customer, a collector's customers, a grade's customers and/or one document currency.")
class AnalyticsCut:
    customer_id: strawberry.ID | None = None
    collector_id: strawberry.ID | None = strawberry.field(default=None, description="A membership id.")
    grade: str | None = None
    currency: str | None = strawberry.field(default=None, description="Only documents in this currency (figures stay in the base currency).")

    def to_cut(self) -> Cut:
        return Cut(
            customer_id=parse_uuid(self.customer_id), collector_id=parse_uuid(self.collector_id),
            grade=self.grade, currency=self.currency,
        )


@strawberry.type(description="Every KPI of a period, in the base currency; a ratio with a zero denominator is null.")
class KpiReport:
    start: date
    end: date
    days: int
    beginning_ar: Decimal
    ending_ar: Decimal
    ending_current_ar: Decimal
    ending_overdue_ar: Decimal
    credit_sales: Decimal
    cash_collected: Decimal
    write_offs: Decimal
    standard_dso: Decimal | None
    countback_dso: Decimal | None
    best_possible_dso: Decimal | None
    average_days_delinquent: Decimal | None
    cei: Decimal | None = strawberry.field(description="Collection effectiveness index, in percent.")
    collection_rate: Decimal | None
    overdue_ratio: Decimal | None = strawberry.field(description="Overdue AR ÷ total AR at the period's end, by amount.")
    overdue_ratio_by_count: Decimal | None
    bad_debt_ratio: Decimal | None
    ar_turnover: Decimal | None
    turnover_days: Decimal | None
    promises_fallen_due: int = strawberry.field(description="Promises to pay settled with a promised date in the period.")
    promise_kept_rate: Decimal | None = strawberry.field(description="Σ kept ratios ÷ promises fallen due.")
    # Average days to pay and days late, computed when one of the two fields below is selected
    # (the dashboard's month); a full report (`kpis`) has them already.
    days_to_pay: strawberry.Private[Callable[[], Awaitable[tuple[Decimal | None, Decimal | None]]]]

    @strawberry.field(
        description="Amount-weighted days from invoice date to payment, of the money received in the 12 months to the period's end."
    )
    async def average_days_to_pay(self) -> Decimal | None:
        return (await self.days_to_pay())[0]

    @strawberry.field(
        description="Amount-weighted days past each installment part's due date, of the money received in the 12 months to the period's end."
    )
    async def average_days_late(self) -> Decimal | None:
        return (await self.days_to_pay())[1]

    @classmethod
    def from_figures(cls, figures: service.KpiFigures, payment_days: Callable[[], Awaitable[service.PaymentDays]]) -> "KpiReport":
        async def days_to_pay() -> tuple[Decimal | None, Decimal | None]:
            paid = await payment_days()
            return paid.average_days_to_pay, paid.average_days_late

        return cls(**vars(figures), days_to_pay=days_to_pay)

    @classmethod
    def from_data(cls, report: service.KpiReport) -> "KpiReport":
        figures = {name: value for name, value in vars(report).items() if name not in ("average_days_to_pay", "average_days_late")}

        async def days_to_pay() -> tuple[Decimal | None, Decimal | None]:
            return report.average_days_to_pay, report.average_days_late

        return cls(**figures, days_to_pay=days_to_pay)


@strawberry.type
class TrendPoint:
    start: date
    end: date
    ar: Decimal
    overdue_ar: Decimal
    credit_sales: Decimal
    cash_collected: Decimal
    dso: Decimal | None


@strawberry.type(description="Open amounts falling due in a week (end null: everything later).")
class ForecastWeek:
    start: date
    end: date | None
    amount: Decimal


@strawberry.type
class OverdueCustomer:
    customer_id: strawberry.ID
    code: str
    name: str
    overdue_amount: Decimal
    days_overdue: int
    invoice_count: int


@strawberry.type(description="What is owed, what is late and what comes in next, as of a date, in the base currency. "
                 "Each part is computed only when selected.")
class Dashboard:
    data: strawberry.Private[service.Dashboard]

    @strawberry.field
    def as_of(self) -> date:
        return self.data.as_of

    @strawberry.field
    def currency(self) -> str:
        return self.data.currency

    @strawberry.field
    async def ar_total(self) -> Decimal:
        return (await self.data.position()).total

    @strawberry.field
    async def current_ar(self) -> Decimal:
        return (await self.data.position()).current

    @strawberry.field
    async def overdue_ar(self) -> Decimal:
        return (await self.data.position()).overdue

    @strawberry.field
    async def open_invoice_count(self) -> int:
        return (await self.data.position()).open_invoices

    @strawberry.field
    async def overdue_invoice_count(self) -> int:
        return (await self.data.position()).overdue_invoices

    @strawberry.field
    async def overdue_ratio(self) -> Decimal | None:
        return (await self.data.position()).overdue_ratio

    @strawberry.field(description="Standard DSO over the 90 days ending on asOf.")
    async def dso(self) -> Decimal | None:
        return await self.data.dso()

    @strawberry.field
    async def month_to_date(self) -> KpiReport:
        return KpiReport.from_figures(await self.data.month(), self.data.payment_days)

    @strawberry.field(description="The organization's aging buckets as of asOf.")
    async def aging(self) -> AgingReport:
        return AgingReport.from_data(await self.data.aging())

    @strawberry.field(description="The last six months, month by month (the last one to asOf).")
    async def trend(self) -> list[TrendPoint]:
        return [TrendPoint(**vars(point)) for point in await self.data.trend()]

    @strawberry.field(description="Open amounts already past due, not in the forecast weeks.")
    async def overdue_receivable(self) -> Decimal:
        return await self.data.overdue()

    @strawberry.field
    async def forecast(self) -> list[ForecastWeek]:
        return [ForecastWeek(start=w.start, end=w.end, amount=w.amount) for w in await self.data.forecast()]

    @strawberry.field
    async def top_overdue_customers(self) -> list[OverdueCustomer]:
        return [
            OverdueCustomer(
                customer_id=strawberry.ID(str(c.customer_id)), code=c.code, name=c.name, overdue_amount=c.overdue,
                days_overdue=c.days_overdue, invoice_count=c.invoice_count,
            )
            for c in await self.data.top_overdue()
        ]


TrendGranularity = strawberry.enum(snapshots.Granularity, name="TrendGranularity")


@strawberry.type
class BucketAmount:
    label: str
    amount: Decimal


@strawberry.type(description="A day, ISO week or month of the daily snapshots: positions at its last snapshot day (null when "
                 "none was taken), flows summed over its snapshot days.")
class TrendSeriesPoint:
    start: date
    end: date
    snapshot_days: int
    ar_total: Decimal | None
    current_ar: Decimal | None
    overdue_ar: Decimal | None
    buckets: list[BucketAmount]
    dso: Decimal | None = strawberry.field(description="Standard DSO over the 90 days ending on the last snapshot day.")
    cei_month_to_date: Decimal | None
    cash_collected: Decimal
    credit_sales: Decimal

    @classmethod
    def from_data(cls, p: snapshots.TrendPoint) -> "TrendSeriesPoint":
        return cls(
            start=p.start, end=p.end, snapshot_days=p.snapshot_days, ar_total=p.ar_total, current_ar=p.current_ar,
            overdue_ar=p.overdue_ar, buckets=[BucketAmount(label=label, amount=amount) for label, amount in p.buckets],
            dso=p.dso, cei_month_to_date=p.cei_month_to_date, cash_collected=p.cash_collected, credit_sales=p.credit_sales,
        )


@strawberry.type
class CashForecastWeek:
    start: date
    end: date
    expected: Decimal
    promised: Decimal = strawberry.field(description="The part of `expected` that promises to pay and payment-plan installments fall due for.")


@strawberry.type
class CashForecastPastWeek:
    start: date
    end: date
    forecast: Decimal = strawberry.field(description="What the forecast made 13 weeks before asOf expected in this week.")
    actual: Decimal = strawberry.field(description="Cash collected in the week.")


@strawberry.type(description="Expected collections for the 13 weeks from asOf, and the 13 weeks before against what came in.")
class CashForecast:
    as_of: date
    currency: str
    weeks: list[CashForecastWeek]
    later: Decimal = strawberry.field(description="Expected after the 13 weeks.")
    total: Decimal = strawberry.field(description="Every week and later: the open AR as of asOf.")
    past_weeks: list[CashForecastPastWeek]

    @classmethod
    def from_data(cls, f: forecast.CashForecast) -> "CashForecast":
        return cls(
            as_of=f.as_of, currency=f.currency, later=f.later, total=f.total,
            weeks=[CashForecastWeek(start=w.start, end=w.end, expected=w.expected, promised=w.promised) for w in f.weeks],
            past_weeks=[CashForecastPastWeek(start=w.start, end=w.end, forecast=w.forecast, actual=w.actual) for w in f.past_weeks],
        )


@strawberry.type(description="One organization of the agency overview, as the member sees it, in its base currency.")
class OrganizationOverview:
    organization_id: strawberry.ID
    name: str
    role: RoleEnum
    currency: str
    as_of: date = strawberry.field(description="Today in the organization's timezone.")
    ar_total: Decimal
    overdue_ar: Decimal
    open_invoice_count: int
    overdue_ratio: Decimal | None
    dso: Decimal | None = strawberry.field(description="Standard DSO over the 90 days ending on asOf.")

    @classmethod
    def from_data(cls, o: agency.OrganizationOverview) -> "OrganizationOverview":
        return cls(
            organization_id=strawberry.ID(str(o.organization_id)), name=o.name, role=o.role, currency=o.currency, as_of=o.as_of,
            ar_total=o.ar_total, overdue_ar=o.overdue_ar, open_invoice_count=o.open_invoice_count,
            overdue_ratio=o.overdue_ratio, dso=o.dso,
        )
