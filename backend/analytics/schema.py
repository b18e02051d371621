"""GraphQL queries of analytics: translation only, the figures come from service.py."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from ..api.context import Context
from . import agency, forecast, service, snapshots
from .types import AnalyticsCut, CashForecast, Dashboard, KpiReport, OrganizationOverview, TrendGranularity, TrendSeriesPoint


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(description="The dashboard as of a date (default: today in the organization's timezone).")
    async def dashboard(self, info: strawberry.Info[Context], as_of: date | None = None) -> Dashboard:
        return Dashboard(data=await service.dashboard(info.context.org_actor(), as_of))

    @strawberry.field(description="Every KPI of domain.md for a period (inclusive dates, organization time), optionally cut.")
    async def kpis(self, info: strawberry.Info[Context], start: date, end: date, cut: AnalyticsCut | None = None) -> KpiReport:
        actor = info.context.org_actor()
        return KpiReport.from_data(await service.kpi_report(actor, start, end, cut.to_cut() if cut else None))

    @strawberry.field(description="Trend series from the daily snapshots: one point per day, ISO week or month of [from, to].")
    async def trends(
        self, info: strawberry.Info[Context], granularity: TrendGranularity,
        from_: Annotated[date, strawberry.argument(name="from")], to: date,
    ) -> list[TrendSeriesPoint]:
        points = await snapshots.trends(info.context.org_actor(), granularity, from_, to)
        return [TrendSeriesPoint.from_data(p) for p in points]

    @strawberry.field(description="Expected collections per week for the 13 weeks from asOf (default: today), against past actuals.")
    async def cash_forecast(self, info: strawberry.Info[Context], as_of: date | None = None) -> CashForecast:
        return CashForecast.from_data(await forecast.cash_forecast(info.context.org_actor(), as_of))

    @strawberry.field(description="Every organization the signed-in user belongs to: AR, overdue AR and DSO as of each one's today.")
    async def agency_overview(self, info: strawberry.Info[Context]) -> list[OrganizationOverview]:
        return [OrganizationOverview.from_data(o) for o in await agency.agency_overview(info.context.user_actor())]
