"""The "performance" export kind: the leaderboard of a period with each component's points
(start, end; default last month), one row per collector the caller may see."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..exports.errors import ExportInputError
from ..exports.registry import Column, ColumnType, ExportKind, Params, Row, Table, register
from ..kit.errors import DomainError
from ..kit.time import local_today
from . import service
from .scoring import ComponentKey

_COMPONENT_HEADERS = {
    ComponentKey.CASH: ("回款得分", "Cash points"),
    ComponentKey.CEI: ("CEI 得分", "CEI points"),
    ComponentKey.DSO: ("DSO 得分", "DSO points"),
    ComponentKey.OVERDUE_CHANGE: ("逾期变化得分", "Overdue change points"),
    ComponentKey.ACTIONS: ("催收记录得分", "Actions points"),
    ComponentKey.PROMISES: ("承诺兑现得分", "Promises points"),
    ComponentKey.DISPUTES: ("争议处理得分", "Disputes points"),
}

COLUMNS = (
    Column("rank", "排名", "Rank", ColumnType.NUMBER),
    Column("collector", "催收员", "Collector"),
    Column("email", "邮箱", "Email"),
    Column("score", "得分", "Score", ColumnType.NUMBER),
    Column("customers", "客户数", "Customers", ColumnType.NUMBER),
    Column("cash_collected", "回款（本位币）", "Cash collected (base currency)", ColumnType.MONEY, total=True),
    Column("cash_target", "回款目标", "Cash target", ColumnType.MONEY, total=True),
    Column("cei", "CEI（%）", "CEI (%)", ColumnType.NUMBER),
    Column("standard_dso", "DSO（天）", "DSO (days)", ColumnType.NUMBER),
    Column("overdue_start", "期初逾期", "Overdue at start", ColumnType.MONEY, total=True),
    Column("overdue_end", "期末逾期", "Overdue at end", ColumnType.MONEY, total=True),
    Column("actions_logged", "催收记录", "Actions logged", ColumnType.NUMBER),
    Column("promise_kept_rate", "承诺兑现率", "Promise-kept rate", ColumnType.NUMBER),
    Column("average_days_to_resolve", "争议平均处理天数", "Average days to resolve", ColumnType.NUMBER),
    *(Column(f"points_{key.value}", zh, en, ColumnType.NUMBER) for key, (zh, en) in _COMPONENT_HEADERS.items()),
)


async def _build(actor: Actor, params: Params) -> Table:
    start, end = params.date("start"), params.date("end")
    if start is None or end is None:
        today = local_today((await Organization.get(id=actor.org_id)).timezone)
        end = end or today.replace(day=1) - timedelta(days=1)
        start = start or end.replace(day=1)
    try:
        board = await service.leaderboard(actor, start, end)
    except DomainError as exc:
        error = exc.errors[0]
        raise ExportInputError(error.field or "start", error.code.value, error.message) from None

    async def pages() -> AsyncIterator[Sequence[Row]]:
        rows = []
        for r in board.rows:
            f = r.figures
            points = {c.key: c.points for c in r.components}
            rows.append((
                r.rank, r.name, r.email, r.score, r.customers, f.cash_collected, f.cash_target, f.cei, f.standard_dso,
                f.overdue_start, f.overdue_end, f.actions_logged, f.promise_kept_rate, f.average_days_to_resolve,
                *(points[key] for key in ComponentKey),
            ))
        yield rows

    return Table(COLUMNS, pages())


register(ExportKind("performance", Permission.PERFORMANCE_OWN, "绩效考核", "Performance", _build))
