"""The other kinds: payments, alerts, audit log, aging summary and detail, KPI table; figures by hand."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

from backend.accounts.models import Role
from backend.alerts.models import Alert, AlertState, RuleKind, Severity
from backend.kit.time import local_today
from tests.exports.helpers import download, ledger, sheet
from tests.fixtures.api import member


async def test_aging_summary_is_customers_by_bucket_with_totals(client, gql):
    m = await member(gql, Role.OWNER)
    await ledger(m)
    rows = sheet((await download(client, m, "/exports/aging_summary.xlsx", lang="zh-CN")).content)
    header, body, totals = rows[0], rows[1:-1], rows[-1]
    assert header == ("客户编号", "客户名称", "未到期", "1–30 天", "31–60 天", "61–90 天", "91–180 天", "181–365 天", "365 天以上",
                      "合计（本位币）", "发票数")
    # A: 600.00 not yet due + 400.00 thirty days past due = 1,000.00; B: 250.50 not yet due. C owes nothing.
    assert body == [
        ("A-001", "'=HYPERLINK(\"http://x\",\"甲\")", 600, 400, 0, 0, 0, 0, 0, 1000, 2),
        ("B-002", "乙贸易有限公司", 250.5, 0, 0, 0, 0, 0, 0, 250.5, 1),
    ]
    assert totals == ("合计", None, 850.5, 400, 0, 0, 0, 0, 0, 1250.5, None)


async def test_aging_detail_is_customer_by_invoice_by_bucket(client, gql):
    m = await member(gql, Role.OWNER)
    await ledger(m)
    content = (await download(client, m, "/exports/aging_detail.csv", lang="en")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    header, body, totals = rows[0], rows[1:-1], rows[-1]
    today = local_today("Asia/Shanghai")
    cols = [header.index(name) for name in ("Customer code", "Due date", "Days past due", "Bucket", "Open (base currency)")]
    assert [[r[i] for i in cols] for r in body] == [
        ["A-001", (today - timedelta(days=30)).isoformat(), "30", "1–30 days", "400.00"],
        ["A-001", (today + timedelta(days=25)).isoformat(), "0", "Current", "600.00"],
        ["B-002", (today + timedelta(days=25)).isoformat(), "0", "Current", "250.50"],
    ]
    assert totals[0] == "Total" and totals[cols[-1]] == "1250.50"


async def test_payments_export(client, gql):
    m = await member(gql, Role.OWNER)
    await ledger(m)
    rows = sheet((await download(client, m, "/exports/payments.xlsx", lang="en")).content)
    header, body, totals = rows[0], rows[1:-1], rows[-1]
    assert [(r[header.index("Customer code")], r[header.index("Method")], r[header.index("Amount (base currency)")],
             r[header.index("Unapplied (base currency)")]) for r in body] == [("C-003", "Bank transfer", 80, 0)]
    assert totals[header.index("Amount (base currency)")] == 80
    assert len(sheet((await download(client, m, "/exports/payments.xlsx", hasUnapplied="true")).content)) == 2  # header, totals


async def test_alerts_export_follows_the_list_filter(client, gql):
    m = await member(gql, Role.OWNER)
    _, (a, b, _) = await ledger(m)
    await Alert.create(organization=m.org, kind=RuleKind.OVERDUE_DAYS, customer=a, cause_key="k1", severity=Severity.CRITICAL, title="",
                       details={"worst_days_overdue": 31, "overdue_balance": "400.00", "threshold": "30.00", "currency": "CNY"})
    await Alert.create(organization=m.org, kind=RuleKind.LIMIT_UTILIZATION, customer=b, cause_key="k2", severity=Severity.WARNING,
                       title="", state=AlertState.RESOLVED, details={
                           "exposure": "950.00", "credit_limit": "1000.00", "utilization_pct": "95.00", "threshold": "90.00", "currency": "CNY"})
    rows = sheet((await download(client, m, "/exports/alerts.xlsx", lang="zh-CN")).content)
    assert rows[0][:4] == ("预警时间", "级别", "类型", "状态") and len(rows) == 2
    assert rows[1][1:5] == ("严重", "逾期天数", "待处理", "A-001")
    assert rows[1][6] == "最长逾期 31 天（阈值 30 天）"  # rendered from the alert's code and figures, not its stored text
    resolved = sheet((await download(client, m, "/exports/alerts.xlsx", states="resolved", lang="en")).content)
    assert [r[6] for r in resolved[1:]] == ["Credit limit 95% used (threshold 90%)"]


async def test_audit_log_export_needs_audit_read(client, gql):
    m = await member(gql, Role.OWNER)
    await download(client, m, "/exports/customers.csv")
    rows = sheet((await download(client, m, "/exports/audit_log.xlsx", action="export.download", lang="en")).content)
    assert rows[0][:4] == ("Time", "Actor type", "Actor", "Action")
    # Newest first: this export is recorded before its rows are read.
    assert [(r[1], r[3], r[5]) for r in rows[1:]] == [("User", "export.download", "audit_log"), ("User", "export.download", "customers")]
    collector = await member(gql, Role.COLLECTOR, org=m.org)
    refused = await download(client, collector, "/exports/audit_log.xlsx")
    assert refused.status_code == 403 and refused.json()["errors"][0]["code"] == "FORBIDDEN"


async def test_kpi_table(client, gql):
    m = await member(gql, Role.OWNER)
    _, (_, b, _) = await ledger(m)
    today = local_today("Asia/Shanghai")
    rows = sheet((await download(client, m, "/exports/kpis.xlsx", lang="en", start=(today - timedelta(days=90)).isoformat(),
                                 end=today.isoformat())).content)
    values = {r[0]: r[1] for r in rows[1:]}
    # Invoiced in the period 400 + 600 + 250.50 + 80 = 1,330.50; collected 80; open at the end 1,250.50.
    assert values["Credit sales"] == 1330.5 and values["Cash collected"] == 80 and values["Ending AR"] == 1250.5
    # C's 80.00, issued five days ago and due in 25, was paid today: 5 days to pay, none late.
    assert values["Average days to pay"] == 5 and values["Average days late"] == 0
    assert values["Promises fallen due"] == 0 and values["Promise-kept rate"] is None
    # The cut of the KPI page: B alone invoiced 250.50, all still open.
    cut = sheet((await download(client, m, "/exports/kpis.xlsx", lang="zh-CN", start=(today - timedelta(days=90)).isoformat(),
                                end=today.isoformat(), customerId=str(b.id))).content)
    by_name = {r[0]: (r[1], r[2]) for r in cut[1:]}
    assert by_name["赊销额"] == (250.5, "元（本位币）") and by_name["期末应收"] == (250.5, "元（本位币）") and by_name["回款额"] == (0, "元（本位币）")
    assert by_name["到期承诺笔数"] == (0, "笔")
    unknown = await download(client, m, "/exports/kpis.csv", customerId=str(uuid.uuid4()))
    assert unknown.status_code == 400 and unknown.json()["errors"][0]["field"] == "customerId"
    assert (await download(client, m, "/exports/kpis.csv", grade="Z")).json()["errors"][0]["code"] == "UNKNOWN_GRADE"
    bad = await download(client, m, "/exports/kpis.csv", start=today.isoformat(), end=(today - timedelta(days=1)).isoformat())
    assert bad.status_code == 400 and bad.json()["errors"][0]["code"] == "PERIOD_REVERSED"
