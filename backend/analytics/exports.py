"""The "trends" export kind: the trend series of the daily snapshots (docs/exports.md)."""

from __future__ import annotations

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..exports.errors import ExportInputError
from ..exports.registry import Column, ColumnType, ExportKind, Pages, Params, Table, register
from ..kit.errors import DomainError
from ..kit.time import local_today
from .period import organization_start
from .service import _month_start
from .snapshots import Granularity, trends

COLUMNS = (
    Column("start", "期间开始", "Period start", ColumnType.DATE),
    Column("end", "期间结束", "Period end", ColumnType.DATE),
    Column("snapshot_days", "快照天数", "Snapshot days", ColumnType.NUMBER),
    Column("ar_total", "应收余额", "AR", ColumnType.MONEY),
    Column("current_ar", "未到期", "Current AR", ColumnType.MONEY),
    Column("overdue_ar", "逾期", "Overdue AR", ColumnType.MONEY),
    Column("dso", "DSO（天）", "DSO (days)", ColumnType.NUMBER),
    Column("cei", "月初至今 CEI（%）", "CEI month to date (%)", ColumnType.NUMBER),
    Column("cash_collected", "回款", "Cash collected", ColumnType.MONEY, total=True),
    Column("credit_sales", "赊销额", "Credit sales", ColumnType.MONEY, total=True),
)


async def _trends(actor: Actor, params: Params) -> Table:
    """`granularity` (day, week, month; default month), `from` and `to` (default: the twelve
    months to today, from the organization's first day at the earliest)."""
    org = await Organization.get(id=actor.org_id)
    today = local_today(org.timezone)
    granularity = params.enum("granularity", Granularity) or Granularity.MONTH
    end = params.date("to") or today
    start = params.date("from") or max(_month_start(end, 11), await organization_start(org))
    try:
        points = await trends(actor, granularity, start, end)
    except DomainError as error:
        first = error.errors[0]
        raise ExportInputError(first.field or "to", first.code.value, first.message) from None
    rows = [
        (p.start, p.end, p.snapshot_days, p.ar_total, p.current_ar, p.overdue_ar, p.dso, p.cei_month_to_date,
         p.cash_collected, p.credit_sales)
        for p in points
    ]

    async def pages() -> Pages:
        yield rows

    return Table(COLUMNS, pages())


register(ExportKind("trends", Permission.CUSTOMERS_READ, "趋势", "Trends", _trends))
