"""GraphQL types of analytics, mapped from the service's dataclasses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from ..invoices.types import AgingReport
from . import service
from .errors import AnalyticsErrorCode

AnalyticsErrorCodeEnum = strawberry.enum(AnalyticsErrorCode, name="AnalyticsErrorCode")


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

    @classmethod
    def from_data(cls, report: service.KpiReport) -> "KpiReport":
        return cls(**{name: getattr(report, name) for name in cls.__annotations__})


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


@strawberry.type(description="What is owed, what is late and what comes in next, as of a date, in the base currency.")
class Dashboard:
    as_of: date
    currency: str
    ar_total: Decimal
    current_ar: Decimal
    overdue_ar: Decimal
    open_invoice_count: int
    overdue_invoice_count: int
    overdue_ratio: Decimal | None
    dso: Decimal | None = strawberry.field(description="Standard DSO over the 90 days ending on asOf.")
    month_to_date: KpiReport
    aging: AgingReport = strawberry.field(description="The organization's aging buckets as of asOf.")
    trend: list[TrendPoint] = strawberry.field(description="The last six months, month by month (the last one to asOf).")
    overdue_receivable: Decimal = strawberry.field(description="Open amounts already past due, not in the forecast weeks.")
    forecast: list[ForecastWeek]
    top_overdue_customers: list[OverdueCustomer]

    @classmethod
    def from_data(cls, data: service.Dashboard) -> "Dashboard":
        return cls(
            as_of=data.as_of,
            currency=data.currency,
            ar_total=data.position.total,
            current_ar=data.position.current,
            overdue_ar=data.position.overdue,
            open_invoice_count=data.position.open_invoices,
            overdue_invoice_count=data.position.overdue_invoices,
            overdue_ratio=data.month.overdue_ratio,
            dso=data.dso,
            month_to_date=KpiReport.from_data(data.month),
            aging=AgingReport.from_data(data.aging),
            trend=[TrendPoint(**vars(point)) for point in data.trend],
            overdue_receivable=data.overdue,
            forecast=[ForecastWeek(start=w.start, end=w.end, amount=w.amount) for w in data.forecast],
            top_overdue_customers=[
                OverdueCustomer(
                    customer_id=strawberry.ID(str(c.customer_id)), code=c.code, name=c.name, overdue_amount=c.overdue,
                    days_overdue=c.days_overdue, invoice_count=c.invoice_count,
                )
                for c in data.top_overdue
            ],
        )
