"""GraphQL queries of analytics: translation only, the figures come from service.py."""

from __future__ import annotations

from datetime import date

import strawberry

from ..api.context import Context
from . import service
from .types import Dashboard, KpiReport


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(description="The dashboard as of a date (default: today in the organization's timezone).")
    async def dashboard(self, info: strawberry.Info[Context], as_of: date | None = None) -> Dashboard:
        return Dashboard.from_data(await service.dashboard(info.context.org_actor(), as_of))

    @strawberry.field(description="Every KPI of domain.md for a period (inclusive dates, organization time).")
    async def kpis(self, info: strawberry.Info[Context], start: date, end: date) -> KpiReport:
        return KpiReport.from_data(await service.kpi_report(info.context.org_actor(), start, end))
