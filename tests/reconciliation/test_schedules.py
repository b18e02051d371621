"""Acceptance 5: a scheduled run repeated twice sends once; customers skipped for a reason are
reported and sent on a later run once the reason is gone."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest

from backend.reconciliation import schedules
from backend.worker.schedule import build_scheduler
from backend.reconciliation.models import AccountStatement, Frequency, StatementLink, StatementStatus
from tests.invoices.factories import create_customer, issued_invoice
from tests.reconciliation import gql as q
from tests.reconciliation.factories import FEB_END, FEB_START, billing_contact, february_ledger

SCHEDULE_SET = """
mutation($f: StatementFrequency!, $c: ID, $day: Int) {
  statementScheduleSet(frequency: $f, customerId: $c, sendDay: $day) { schedule { id frequency customerId } errors { field code } }
}
"""
RUNS = """{ statementRuns(first: 5) { nodes { sent alreadySent nothingToReconcile skipped { code reason periodStart periodEnd } } } }"""


def test_due_period_is_the_last_complete_month_or_quarter():
    assert schedules.due_period(Frequency.MONTHLY, date(2026, 3, 3)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert schedules.due_period(Frequency.MONTHLY, date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert schedules.due_period(Frequency.QUARTERLY, date(2026, 4, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert schedules.due_period(Frequency.QUARTERLY, date(2026, 2, 15)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert schedules.due_period(Frequency.OFF, date(2026, 2, 15)) is None


def test_the_scheduler_runs_the_reconciliation_jobs():
    jobs = {job.id: str(job.trigger) for job in build_scheduler().get_jobs()}
    assert jobs["reconciliation.expire_links"] == "cron[minute='41']"
    assert jobs["reconciliation.run_all_schedules"] == "cron[hour='1', minute='7']"


@pytest.mark.worker
async def test_a_repeated_run_sends_once_and_reports_the_skipped(gql, worker_process, smtp_server):
    inbox, _ = smtp_server
    ledger = await february_ledger()
    await billing_contact(ledger.customer, "scheduled-ap@example.com")
    no_email = await create_customer(ledger.org, legal_name="没有邮箱的客户")
    await issued_invoice(ledger.owner, no_email, "88.00", issue_date=FEB_START, due_date=FEB_END)
    opted_out = await create_customer(ledger.org, legal_name="不发对账单的客户")
    await issued_invoice(ledger.owner, opted_out, "99.00", issue_date=FEB_START, due_date=FEB_END)
    quiet = await create_customer(ledger.org, legal_name="没有往来的客户")
    await billing_contact(quiet, "quiet@example.com")

    owner = await q.owner_token(gql, ledger)
    for variables in ({"f": "MONTHLY", "day": 2}, {"f": "OFF", "c": str(opted_out.id)}):
        result = await q.call(gql, owner, ledger, SCHEDULE_SET, variables)
        assert result["statementScheduleSet"]["errors"] == []

    assert (await schedules.run_organization(ledger.org.id, today=date(2026, 3, 1))).sent == 0  # before the send day
    first = await schedules.run_organization(ledger.org.id, today=date(2026, 3, 3))
    second = await schedules.run_organization(ledger.org.id, today=date(2026, 3, 4))
    assert (first.sent, first.already_sent, first.nothing_to_reconcile) == (1, 0, 1)
    assert (second.sent, second.already_sent, second.nothing_to_reconcile) == (0, 1, 1)
    statements = await AccountStatement.filter(organization_id=ledger.org.id)
    assert [(s.customer_id, s.period_start, s.period_end, s.status, s.closing_balance, s.scheduled) for s in statements] == [
        (ledger.customer.id, FEB_START, FEB_END, StatementStatus.SENT, Decimal("500.00"), True)
    ]
    assert await StatementLink.filter(statement__organization_id=ledger.org.id).count() == 1

    runs = (await q.call(gql, owner, ledger, RUNS, {}))["statementRuns"]["nodes"]
    assert runs[0]["skipped"] == runs[1]["skipped"] == [
        {"code": no_email.code, "reason": "NO_BILLING_CONTACT", "periodStart": "2026-02-01", "periodEnd": "2026-02-28"}
    ]

    # The reason goes away: the next run sends that customer, and only that one.
    await billing_contact(no_email, "found-ap@example.com")
    third = await schedules.run_organization(ledger.org.id, today=date(2026, 3, 5))
    assert (third.sent, third.already_sent, third.skipped) == (1, 1, [])

    await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "found-ap@example.com")
    await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "scheduled-ap@example.com")
    await asyncio.sleep(2)
    assert len([m for m in inbox.messages if m["To"] == "scheduled-ap@example.com"]) == 1
    assert not [m for m in inbox.messages if m["To"] == "quiet@example.com"]
