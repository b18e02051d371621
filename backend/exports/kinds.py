"""The built-in export kinds: each list of the web app, with the list's filters (query parameters
named as the list's GraphQL filter fields) and the rows the list shows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..accounts.actor import Actor
from ..accounts.models import User
from ..accounts.permissions import Permission
from ..alerts import service as alerts_service
from ..alerts.messages import alert_message, render_title
from ..alerts.models import Alert, AlertState, RuleKind, Severity
from ..analytics.cuts import Cut
from ..analytics.service import kpi_report
from ..audit import service as audit_service
from ..audit.models import AuditEntry
from ..customers import repository as customers_repo
from ..customers.models import Customer, CustomerStatus
from ..customers.service import org_today
from ..invoices import repository as invoices_repo
from ..invoices.aging import BUCKETED_PARTS_SQL, aging_by_customer, bucket_ranges, bucket_settings
from ..invoices.balances import NO_BALANCE, customer_balances
from ..invoices.models import AgingBasis, Invoice, InvoiceStatus
from ..kit.errors import DomainError
from ..payments import repository as payments_repo
from ..payments.models import Payment, PaymentStatus
from ..payments.service import unapplied
from .errors import ExportInputError
from .labels import label
from .registry import PAGE_SIZE, Column, ColumnType, ExportKind, Pages, Params, Row, Table, keyset_pages, register, sql_pages

CENT = Decimal("0.01")
MONEY = ColumnType.MONEY


async def _customers_by_id(ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Customer]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {c.id: c for c in await Customer.filter(id__in=list(wanted))}


# -- customers -------------------------------------------------------------------------------

CUSTOMER_SORTS = {"code", "legal_name", "created_at", "updated_at", "balance", "overdue_amount", "days_overdue", "grade", "score"}

CUSTOMER_COLUMNS = (
    Column("code", "客户编号", "Code"),
    Column("legal_name", "客户名称", "Legal name"),
    Column("short_name", "简称", "Short name"),
    Column("credit_code", "统一社会信用代码", "Credit code"),
    Column("status", "状态", "Status"),
    Column("grade", "信用等级", "Grade"),
    Column("score", "信用评分", "Score", ColumnType.NUMBER),
    Column("credit_limit", "信用额度", "Credit limit", MONEY),
    Column("payment_terms_days", "账期（天）", "Payment terms (days)", ColumnType.NUMBER),
    Column("open_balance", "应收余额（本位币）", "Open balance (base currency)", MONEY, total=True),
    Column("overdue_balance", "逾期金额（本位币）", "Overdue amount (base currency)", MONEY, total=True),
    Column("worst_days_overdue", "最长逾期天数", "Worst days overdue", ColumnType.NUMBER),
    Column("tags", "标签", "Tags"),
)


async def _customers(actor: Actor, params: Params) -> Table:
    criteria = customers_repo.CustomerFilter(
        search=params.text("search"),
        grades=params.texts("grades"),
        statuses=params.enums("statuses", CustomerStatus),
        collector_id=params.uuid("collectorId"),
        owner_id=params.uuid("ownerId"),
        tag=params.text("tag", 64),
        overdue=params.bool("overdue"),
    )
    sort = (params.text("sort", 32) or "code").lower()
    if sort not in CUSTOMER_SORTS:
        sort = "code"
    prefix = "-" if params.bool("descending") else ""
    today = await org_today(actor.org_id)
    query, key, annotated = customers_repo.filtered(actor, criteria, today), sort, None
    if customers_repo.computed_sort(sort):
        query, field = customers_repo.with_sort_key(actor, query, sort, today)
        key, annotated = customers_repo.SORT_KEY, {customers_repo.SORT_KEY: field}
    language = params.language

    async def to_rows(page: list[Customer]) -> list[Row]:
        balances = await customer_balances(actor.org_id, [c.id for c in page], today)
        rows = []
        for c in page:
            b = balances.get(c.id, NO_BALANCE)
            rows.append((
                c.code, c.legal_name, c.short_name, c.credit_code, label("customer_status", c.status, language), c.grade,
                c.score, c.credit_limit, c.payment_terms_days, b.open_balance, b.overdue_balance, b.worst_days_overdue,
                " ".join(c.tags or []),
            ))
        return rows

    return Table(CUSTOMER_COLUMNS, keyset_pages(query, (f"{prefix}{key}", f"{prefix}id"), to_rows, annotated=annotated))


register(ExportKind("customers", Permission.CUSTOMERS_READ, "客户", "Customers", _customers))


# -- invoices --------------------------------------------------------------------------------

INVOICE_SORTS = {"created_at", "number", "issue_date", "due_date", "total"}
_NEEDS_ISSUED = {"number", "issue_date", "due_date"}

INVOICE_COLUMNS = (
    Column("number", "发票号", "Number"),
    Column("customer_code", "客户编号", "Customer code"),
    Column("customer", "客户名称", "Customer"),
    Column("status", "状态", "Status"),
    Column("issue_date", "开票日期", "Issue date", ColumnType.DATE),
    Column("due_date", "到期日", "Due date", ColumnType.DATE),
    Column("currency", "币种", "Currency"),
    Column("total", "金额", "Total", MONEY),
    Column("open", "未收金额", "Open", MONEY),
    Column("total_base", "金额（本位币）", "Total (base currency)", MONEY, total=True),
    Column("open_base", "未收金额（本位币）", "Open (base currency)", MONEY, total=True),
    Column("disputed", "争议", "Disputed"),
    Column("e_invoice_number", "电子发票号码", "E-invoice number"),
    Column("contract_ref", "合同号", "Contract"),
)


def _base(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_open(invoice: Invoice) -> Decimal:
    """What is open of the invoice now (its running sums; drafts and voided invoices owe nothing)."""
    if invoice.status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID):
        return Decimal("0.00")
    return invoice.total - invoice.allocated - invoice.credited - invoice.written_off


async def _invoices(actor: Actor, params: Params) -> Table:
    customer_id = params.uuid("customerId")
    criteria = invoices_repo.InvoiceListFilter(
        statuses=params.enums("status", InvoiceStatus),
        customer_id=customer_id,
        customer_given=customer_id is not None,
        overdue=params.bool("overdue"),
        disputed=params.bool("disputed"),
        due_from=params.date("dueFrom"),
        due_to=params.date("dueTo"),
        search=params.text("search"),
    )
    query = await invoices_repo.filtered(actor, invoices_repo.invoices(actor), criteria)
    sort = (params.text("sort", 32) or "created_at").lower()
    if sort not in INVOICE_SORTS:
        sort = "created_at"
    if sort in _NEEDS_ISSUED:
        query = query.exclude(status=InvoiceStatus.DRAFT)
    prefix = "-" if params.bool("descending") else ""
    language = params.language

    async def to_rows(page: list[Invoice]) -> list[Row]:
        customers = await _customers_by_id(i.customer_id for i in page)
        rows = []
        for i in page:
            c = customers[i.customer_id]
            open_amount = invoice_open(i)
            total = i.total if i.status is not InvoiceStatus.VOID else Decimal("0.00")
            rows.append((
                i.number, c.code, c.legal_name, label("invoice_status", i.status, language), i.issue_date, i.due_date,
                i.currency, i.total, open_amount, _base(total, i.exchange_rate), _base(open_amount, i.exchange_rate),
                label("yes_no", i.disputed, language), i.e_invoice_number, i.contract_ref,
            ))
        return rows

    return Table(INVOICE_COLUMNS, keyset_pages(query, (f"{prefix}{sort}", f"{prefix}id"), to_rows))


register(ExportKind("invoices", Permission.CUSTOMERS_READ, "发票", "Invoices", _invoices))


# -- payments --------------------------------------------------------------------------------

PAYMENT_SORTS = {"received_on", "amount", "created_at"}

PAYMENT_COLUMNS = (
    Column("received_on", "收款日期", "Received on", ColumnType.DATE),
    Column("customer_code", "客户编号", "Customer code"),
    Column("customer", "客户名称", "Customer"),
    Column("payer_name", "付款方", "Payer"),
    Column("method", "收款方式", "Method"),
    Column("status", "状态", "Status"),
    Column("reference", "参考号", "Reference"),
    Column("currency", "币种", "Currency"),
    Column("amount", "金额", "Amount", MONEY),
    Column("unapplied", "未核销", "Unapplied", MONEY),
    Column("amount_base", "金额（本位币）", "Amount (base currency)", MONEY, total=True),
    Column("unapplied_base", "未核销（本位币）", "Unapplied (base currency)", MONEY, total=True),
)


async def _payments(actor: Actor, params: Params) -> Table:
    customer_id = params.uuid("customerId")
    query = payments_repo.filtered(actor, payments_repo.PaymentListFilter(
        customer_id=customer_id,
        customer_given=customer_id is not None,
        status=params.enum("status", PaymentStatus),
        unmatched=params.bool("unmatched"),
        has_unapplied=params.bool("hasUnapplied"),
        received_from=params.date("receivedFrom"),
        received_to=params.date("receivedTo"),
        search=params.text("search"),
    ))
    sort = (params.text("sort", 32) or "received_on").lower()
    if sort not in PAYMENT_SORTS:
        sort = "received_on"
    descending = params.bool("descending")
    prefix = "" if descending is False else "-"  # the list's default: newest first
    language = params.language

    async def to_rows(page: list[Payment]) -> list[Row]:
        customers = await _customers_by_id(p.customer_id for p in page)
        rows = []
        for p in page:
            c = customers.get(p.customer_id)
            left = unapplied(p)
            amount = p.amount if p.status is PaymentStatus.RECEIVED else Decimal("0.00")
            rows.append((
                p.received_on, c.code if c else "", c.legal_name if c else "", p.payer_name,
                label("payment_method", p.method, language), label("payment_status", p.status, language), p.reference,
                p.currency, p.amount, left, _base(amount, p.exchange_rate), _base(left, p.exchange_rate),
            ))
        return rows

    return Table(PAYMENT_COLUMNS, keyset_pages(query, (f"{prefix}{sort}", f"{prefix}id"), to_rows))


register(ExportKind("payments", Permission.CUSTOMERS_READ, "收款", "Payments", _payments))


# -- alerts ----------------------------------------------------------------------------------

ALERT_COLUMNS = (
    Column("raised_at", "预警时间", "Raised at", ColumnType.DATETIME),
    Column("severity", "级别", "Severity"),
    Column("kind", "类型", "Kind"),
    Column("state", "状态", "State"),
    Column("customer_code", "客户编号", "Customer code"),
    Column("customer", "客户名称", "Customer"),
    Column("title", "标题", "Title"),
    Column("acknowledged_at", "确认时间", "Acknowledged at", ColumnType.DATETIME),
    Column("resolved_at", "解决时间", "Resolved at", ColumnType.DATETIME),
    Column("resolution_note", "处理说明", "Resolution note"),
)


async def _alerts(actor: Actor, params: Params) -> Table:
    customer_id = params.uuid("customerId")
    query = alerts_service.filtered_alerts(actor, alerts_service.AlertListFilter(
        states=params.enums("states", AlertState),
        severities=params.enums("severities", Severity),
        kinds=params.enums("kinds", RuleKind),
        customer_id=customer_id,
        customer_given=customer_id is not None,
    ))
    language = params.language

    async def to_rows(page: list[Alert]) -> list[Row]:
        customers = await _customers_by_id(a.customer_id for a in page)
        return [
            (
                a.raised_at, label("alert_severity", a.severity, language), label("alert_kind", a.kind, language),
                label("alert_state", a.state, language), customers[a.customer_id].code, customers[a.customer_id].legal_name,
                render_title(*alert_message(a.kind, a.details), language), a.acknowledged_at, a.resolved_at, a.resolution_note,
            )
            for a in page
        ]

    return Table(ALERT_COLUMNS, keyset_pages(query, ("-raised_at", "-id"), to_rows))


register(ExportKind("alerts", Permission.CUSTOMERS_READ, "预警", "Alerts", _alerts))


# -- audit log -------------------------------------------------------------------------------

AUDIT_COLUMNS = (
    Column("created_at", "时间", "Time", ColumnType.DATETIME),
    Column("actor_type", "操作者类型", "Actor type"),
    Column("actor", "操作者", "Actor"),
    Column("action", "操作", "Action"),
    Column("target_type", "对象类型", "Object type"),
    Column("target_id", "对象", "Object"),
    Column("changes", "变更", "Changes"),
    Column("ip", "IP 地址", "IP address"),
    Column("request_id", "请求编号", "Request id"),
)


async def _audit_log(actor: Actor, params: Params) -> Table:
    query = audit_service.filtered_entries(actor, audit_service.AuditListFilter(
        action=params.text("action", 64),
        target_type=params.text("targetType", 64),
        target_id=params.text("targetId", 64),
        actor_user_id=params.uuid("actorUserId"),
        actor_given=params.text("actorUserId", 64) is not None,
        since=params.datetime("since"),
        until=params.datetime("until"),
    ))
    language = params.language

    async def to_rows(page: list[AuditEntry]) -> list[Row]:
        user_ids = {e.actor_user_id for e in page if e.actor_user_id is not None}
        users = {u.id: u for u in await User.filter(id__in=list(user_ids))} if user_ids else {}
        rows = []
        for e in page:
            user = users.get(e.actor_user_id)
            who = f"{user.full_name} <{user.email}>" if user and user.full_name else (user.email if user else "")
            rows.append((
                e.created_at, label("actor_type", e.actor_type, language), who, e.action, e.target_type, e.target_id,
                json.dumps(e.changes, ensure_ascii=False, sort_keys=True), e.ip, e.request_id,
            ))
        return rows

    return Table(AUDIT_COLUMNS, keyset_pages(query, ("-id",), to_rows))


register(ExportKind("audit_log", Permission.AUDIT_READ, "审计日志", "Audit log", _audit_log))


# -- aging -----------------------------------------------------------------------------------


def bucket_label(name: str, language: str) -> str:
    """current → 未到期 / Current; 1-30 → 1–30 天 / 1–30 days; over_365 → 365 天以上 / Over 365 days."""
    zh = language == "zh-CN"
    if name == "current":
        return "未到期" if zh else "Current"
    if name == "overdue":
        return "逾期" if zh else "Overdue"
    if name.startswith("over_"):
        days = name.removeprefix("over_")
        return f"{days} 天以上" if zh else f"Over {days} days"
    low, high = name.split("-")
    return f"{low}–{high} 天" if zh else f"{low}–{high} days"


async def _as_of(actor: Actor, params: Params) -> date:
    return params.date("asOf") or await org_today(actor.org_id)


async def _aging_summary(actor: Actor, params: Params) -> Table:
    """The aging table by customer (customers × buckets, largest total first) with its totals."""
    as_of = await _as_of(actor, params)
    bounds, _, _ = await bucket_settings(actor.org_id)
    ranges = bucket_ranges(bounds)
    columns = (
        Column("customer_code", "客户编号", "Customer code"),
        Column("customer", "客户名称", "Customer"),
        *(Column(f"bucket_{i}", bucket_label(name, "zh-CN"), bucket_label(name, "en"), MONEY, total=True) for i, (name, _, _) in enumerate(ranges)),
        Column("total", "合计（本位币）", "Total (base currency)", MONEY, total=True),
        Column("invoice_count", "发票数", "Invoices", ColumnType.NUMBER),
    )
    membership = invoices_repo.scope_membership(actor)

    async def pages() -> Pages:
        after = None
        while True:
            table = await aging_by_customer(actor.org_id, as_of, limit=PAGE_SIZE, after=after, membership_id=membership)
            if not table.rows:
                return
            customers = await _customers_by_id(r.customer_id for r in table.rows)
            yield [
                (customers[r.customer_id].code, customers[r.customer_id].legal_name, *(b.amount for b in r.buckets), r.total, r.invoice_count)
                for r in table.rows
            ]
            if not table.has_next:
                return
            after = (table.rows[-1].total, table.rows[-1].customer_id)

    return Table(columns, pages())


register(ExportKind("aging_summary", Permission.CUSTOMERS_READ, "账龄汇总", "Aging summary", _aging_summary))


AGING_DETAIL_SQL = f"""
SELECT c.code, c.legal_name, i.number, b.sequence, b.issue_date, b.due_date, b.days_past_due, i.currency, b.open, b.base, b.bucket
FROM ({BUCKETED_PARTS_SQL}) b
JOIN customers c ON c.id = b.customer_id
JOIN invoices i ON i.id = b.id
ORDER BY c.code, c.id, b.due_date, i.number, b.sequence
"""


async def _aging_detail(actor: Actor, params: Params) -> Table:
    """Customer × invoice (installment part) × bucket: every open part as of the date, in its bucket."""
    as_of = await _as_of(actor, params)
    customer_id = params.uuid("customerId")
    bounds, basis, thresholds = await bucket_settings(actor.org_id)
    names = [name for name, _, _ in bucket_ranges(bounds)]
    language = params.language
    columns = (
        Column("customer_code", "客户编号", "Customer code"),
        Column("customer", "客户名称", "Customer"),
        Column("number", "发票号", "Invoice"),
        Column("part", "分期", "Installment", ColumnType.NUMBER),
        Column("issue_date", "开票日期", "Issue date", ColumnType.DATE),
        Column("due_date", "到期日", "Due date", ColumnType.DATE),
        Column("days_past_due", "逾期天数", "Days past due", ColumnType.NUMBER),
        Column("bucket", "账龄区间", "Bucket"),
        Column("currency", "币种", "Currency"),
        Column("open", "未收金额", "Open", MONEY),
        Column("base", "未收金额（本位币）", "Open (base currency)", MONEY, total=True),
    )
    args = [
        actor.org_id, as_of, None, [customer_id] if customer_id else None, invoices_repo.scope_membership(actor),
        thresholds, basis is AgingBasis.INVOICE_DATE,
    ]

    async def to_rows(records: list[Any]) -> list[Row]:
        return [
            (
                r["code"], r["legal_name"], r["number"], r["sequence"], r["issue_date"], r["due_date"], max(r["days_past_due"], 0),
                bucket_label(names[r["bucket"]], language), r["currency"], r["open"], r["base"],
            )
            for r in records
        ]

    return Table(columns, sql_pages(AGING_DETAIL_SQL, args, to_rows))


register(ExportKind("aging_detail", Permission.CUSTOMERS_READ, "账龄明细", "Aging detail", _aging_detail))


# -- KPI table -------------------------------------------------------------------------------

KPI_ROWS = (
    ("beginning_ar", "期初应收", "Beginning AR", "money"),
    ("ending_ar", "期末应收", "Ending AR", "money"),
    ("ending_current_ar", "期末未到期应收", "Ending current AR", "money"),
    ("ending_overdue_ar", "期末逾期应收", "Ending overdue AR", "money"),
    ("credit_sales", "赊销额", "Credit sales", "money"),
    ("cash_collected", "回款额", "Cash collected", "money"),
    ("write_offs", "坏账核销", "Write-offs", "money"),
    ("standard_dso", "DSO（标准）", "DSO (standard)", "days"),
    ("countback_dso", "DSO（倒推法）", "DSO (countback)", "days"),
    ("best_possible_dso", "最佳 DSO", "Best possible DSO", "days"),
    ("average_days_delinquent", "平均逾期天数 (ADD)", "Average days delinquent", "days"),
    ("cei", "催收效率指数 (CEI)", "Collection effectiveness index", "percent"),
    ("collection_rate", "回收率", "Collection rate", "percent"),
    ("overdue_ratio", "逾期率（金额）", "Overdue ratio (amount)", "percent"),
    ("overdue_ratio_by_count", "逾期率（笔数）", "Overdue ratio (count)", "percent"),
    ("bad_debt_ratio", "坏账率", "Bad-debt ratio", "percent"),
    ("ar_turnover", "应收账款周转率", "AR turnover", "times"),
    ("turnover_days", "应收账款周转天数", "AR turnover days", "days"),
    ("promises_fallen_due", "到期承诺笔数", "Promises fallen due", "count"),
    ("promise_kept_rate", "承诺兑现率", "Promise-kept rate", "percent"),
    ("average_days_to_pay", "平均付款天数", "Average days to pay", "days"),
    ("average_days_late", "平均逾期付款天数", "Average days late", "days"),
)
KPI_UNITS = {"money": ("元（本位币）", "base currency"), "days": ("天", "days"), "percent": ("%", "%"), "times": ("次", "times"),
             "count": ("笔", "count")}


async def _kpis(actor: Actor, params: Params) -> Table:
    """The KPI table for a period (`start`, `end`; default: this month to date), cut as the
    `kpis` query is (`customerId`, `collectorId`, `grade`, `currency`)."""
    today = await org_today(actor.org_id)
    start = params.date("start") or today.replace(day=1)
    end = params.date("end") or today
    cut = Cut(params.uuid("customerId"), params.uuid("collectorId"), params.text("grade", 8), params.text("currency", 8))
    try:
        report = await kpi_report(actor, start, end, cut)
    except DomainError as error:
        first = error.errors[0]
        raise ExportInputError((first.field or "end").removeprefix("cut."), first.code.value, first.message) from None
    language = params.language
    columns = (
        Column("kpi", "指标", "KPI"),
        Column("value", "数值", "Value", ColumnType.NUMBER),
        Column("unit", "单位", "Unit"),
        Column("start", "期间开始", "Period start", ColumnType.DATE),
        Column("end", "期间结束", "Period end", ColumnType.DATE),
    )

    async def pages() -> Pages:
        yield [
            (zh if language == "zh-CN" else en, getattr(report, key), KPI_UNITS[unit][0 if language == "zh-CN" else 1], report.start, report.end)
            for key, zh, en, unit in KPI_ROWS
        ]

    return Table(columns, pages())


register(ExportKind("kpis", Permission.CUSTOMERS_READ, "KPI 指标", "KPIs", _kpis))

from ..analytics import exports as _analytics_exports  # noqa: E402,F401  (registers "trends")
