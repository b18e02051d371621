"""The dunning calendar: what a policy would send a customer, day by day, and why the rest is not
sent — and, with a frozen clock, exactly what the reminder worker then sends on those days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from backend.accounts.models import Role
from backend.collections import dunning_calendar, plans, service
from backend.collections.dunning_calendar import SkipReason
from backend.collections.models import ReminderClaim
from backend.collections.reminders import run_organization
from backend.kit.errors import DomainError
from backend.kit.time import local_today
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, pay, policy, staff
from tests.fixtures.api import member

TZ = "Asia/Shanghai"


def at(day: date) -> datetime:
    """09:05 in Shanghai on `day`: outside the quiet hours (20 → 8)."""
    return datetime.combine(day, time(9, 5), tzinfo=ZoneInfo(TZ)).astimezone(timezone.utc)


async def _book():  # type: ignore[no-untyped-def]
    """Weekdays only, −3 / 0 / +7 days, minimum 100, around M, the next Monday after today:
    1 (1,000) and 2 (2,000) due Thu M+3, consolidated; 3 (50) due Fri M+4, alone under the minimum;
    4 (1,000) due Wed M+2, flagged disputed; 5 (300) due Tue M+1, paid; 6 (500) due Sat M+5, whose
    due-date and +7 stages fall on Saturdays and go out on the Mondays after. Dunning is paused
    through M+1."""
    org, owner = await org_with_owner(TZ)
    rules = await policy(owner, (-3, 0, 7), allowed_weekdays=[1, 2, 3, 4, 5], min_amount="100", is_default=True)
    today = local_today(TZ)
    monday = today + timedelta(days=7 - today.weekday())
    cust = await customer(org)
    issued = today - timedelta(days=30)
    inv = {
        1: await invoice(org, cust, total="1000.00", due=monday + timedelta(days=3), issued=issued),
        2: await invoice(org, cust, total="2000.00", due=monday + timedelta(days=3), issued=issued),
        3: await invoice(org, cust, total="50.00", due=monday + timedelta(days=4), issued=issued),
        4: await invoice(org, cust, total="1000.00", due=monday + timedelta(days=2), issued=issued),
        5: await invoice(org, cust, total="300.00", due=monday + timedelta(days=1), issued=issued),
        6: await invoice(org, cust, total="500.00", due=monday + timedelta(days=5), issued=issued),
    }
    inv[4].disputed = True
    await inv[4].save(update_fields=["disputed"])
    await pay(inv[5], "300.00", today)
    await service.pause_dunning(owner, cust.id, reason="客户月底结账", until=monday + timedelta(days=1))
    return org, owner, rules, cust, inv, today, monday


async def test_the_calendar_is_what_the_worker_then_sends_day_by_day():
    org, owner, rules, cust, inv, today, monday = await _book()
    number = {i.id: n for n, i in inv.items()}
    days = (monday - today).days + 16
    result = await dunning_calendar.calendar(owner, cust.id, rules.id, today, days, now=at(today))
    assert result.follows_policy and result.today == today

    def entry(day: date, offset: int, reason: SkipReason | None) -> list[int]:
        found = [e for e in result.entries if (e.day, e.offset_days, e.reason) == (day, offset, reason)]
        assert len(found) <= 1
        return sorted(number[p.invoice_id] for p in found[0].parts) if found else []

    m = monday
    sends = {(e.day, e.offset_days, frozenset(number[p.invoice_id] for p in e.parts)) for e in result.entries if e.reason is None}
    assert sends == {
        (m + timedelta(days=2), -3, frozenset({6})),
        (m + timedelta(days=3), 0, frozenset({1, 2})),
        (m + timedelta(days=7), 0, frozenset({6})),  # Saturday's stage on Monday
        (m + timedelta(days=10), 7, frozenset({1, 2})),
        (m + timedelta(days=14), 7, frozenset({6})),
    }
    # On M: 1 and 2 paused; 4 (its −3 stage from Sunday) disputed; 5 (from Saturday) paid.
    assert (entry(m, -3, SkipReason.PAUSED), entry(m, -3, SkipReason.DISPUTED), entry(m, -3, SkipReason.PAID)) == ([1, 2], [4], [5])
    assert entry(m + timedelta(days=1), -3, SkipReason.PAUSED) == [3]
    assert entry(m + timedelta(days=4), 0, SkipReason.BELOW_MINIMUM) == [3]  # 50 < 100
    assert entry(m + timedelta(days=11), 7, SkipReason.BELOW_MINIMUM) == [3]
    moved = next(e for e in result.entries if e.day == m + timedelta(days=7) and e.reason is None)
    part = moved.parts[0]
    assert (part.stage_day, part.days_past_due, part.open, moved.totals, moved.language) == (
        m + timedelta(days=5), 2, Decimal("500.00"), {"CNY": Decimal("500.00")}, "zh-CN"
    )
    assert not [e for e in result.entries if e.day < m]  # the weekend before M sends nothing and skips nothing

    # The worker, run each day at 09:05 and a second time at 15:05, sends exactly that, once.
    outbox = Outbox()
    for n in range(days):
        day = today + timedelta(days=n)
        await run_organization(org.id, at(day), mailer=outbox)
        await run_organization(org.id, at(day) + timedelta(hours=6), mailer=outbox)
    claims = await ReminderClaim.filter(customer_id=cust.id).prefetch_related("items")
    sent = {(c.local_day, c.offset_days, frozenset(number[i.invoice_id] for i in c.items)) for c in claims}
    assert sent == sends
    assert len(outbox.messages) == len(sends) and {c.status.value for c in claims} == {"sent"}

    # Afterwards the calendar knows they went out.
    again = await dunning_calendar.calendar(owner, cust.id, rules.id, m + timedelta(days=10), 1, now=at(m + timedelta(days=10)))
    assert [(e.reason, sorted(number[p.invoice_id] for p in e.parts)) for e in again.entries] == [(SkipReason.ALREADY_SENT, [1, 2])]


CALENDAR = """
query($c: ID!, $p: ID!, $from: Date!, $days: Int!) {
  dunningCalendar(customerId: $c, policyId: $p, from: $from, days: $days) {
    today followsPolicy policyEnabled
    entries { day offsetDays channel language reason totals { currency amount }
              parts { invoiceNumber sequence dueDate openAmount daysOverdue movedFrom } }
  }
}
"""


async def test_graphql_calendar_limits_and_scope(gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    actor, _ = await staff(org, Role.OWNER)
    rules = await policy(actor, (0,), allowed_weekdays=[1, 2, 3, 4, 5, 6, 7], is_default=True)
    other = await policy(actor, (0,))
    today = local_today(org.timezone)
    cust = await customer(org, language="en")
    inv = await invoice(org, cust, total="1234.50", due=today + timedelta(days=2), issued=today - timedelta(days=10))
    variables = {"c": str(cust.id), "p": str(rules.id), "from": today.isoformat(), "days": 5}
    data = (await gql(CALENDAR, variables, token=owner.token, org=org.id))["data"]["dunningCalendar"]
    assert data["followsPolicy"] and data["policyEnabled"] and data["today"] == today.isoformat()
    assert data["entries"] == [{
        "day": (today + timedelta(days=2)).isoformat(), "offsetDays": 0, "channel": "EMAIL", "language": "en", "reason": None,
        "totals": [{"currency": "CNY", "amount": "1234.50"}],
        "parts": [{"invoiceNumber": inv.number, "sequence": 1, "dueDate": (today + timedelta(days=2)).isoformat(),
                   "openAmount": "1234.50", "daysOverdue": 0, "movedFrom": None}],
    }]
    theirs = (await gql(CALENDAR, variables | {"p": str(other.id)}, token=owner.token, org=org.id))["data"]["dunningCalendar"]
    assert theirs["followsPolicy"] is False

    for bad, field in (({"days": 121}, "days"), ({"from": (today - timedelta(days=1)).isoformat()}, "from")):
        with pytest.raises(DomainError) as err:
            await dunning_calendar.calendar(actor, cust.id, rules.id, date.fromisoformat(variables["from"] if "from" not in bad else bad["from"]),
                                    bad.get("days", 5))
        assert err.value.errors[0].field == field
    collector = await member(gql, Role.COLLECTOR, org=org)
    refused = await gql(CALENDAR, variables, token=collector.token, org=org.id)
    assert refused["errors"][0]["extensions"]["code"] == "NOT_ASSIGNED"


async def test_the_calendar_lists_plan_installment_reminders_as_the_worker_sends_them():
    """Weekdays only, −3 / 0 / +7 days, around M, the next Monday after today: a plan over invoice
    1 (1,000, due Thu M−4, its own stages held as PLAN_CURRENT) with installment 1 of 400 due Wed M+2 and installment 2 of 600 due Sat M+5; 100 paid
    today, so installment 1 is 300 short. Installments get the −3 and 0 (message) stages, not +7:
    1 at −3 on Sun M−1 → Mon M (paused through M), at 0 on M+2 (300); 2 at −3 on M+2 (600), at 0 on
    Sat M+5 → Mon M+7 (600)."""
    org, owner = await org_with_owner(TZ)
    rules = await policy(owner, (-3, 0, 7), allowed_weekdays=[1, 2, 3, 4, 5], is_default=True)
    today = local_today(TZ)
    monday = today + timedelta(days=7 - today.weekday())
    cust = await customer(org)
    inv = await invoice(org, cust, total="1000.00", due=monday - timedelta(days=4), issued=today - timedelta(days=50))
    plan = await plans.create_plan(
        owner, cust.id, amount="1000.00", invoice_ids=[inv.id], default_after_days=30,
        installments=[plans.InstallmentData(monday + timedelta(days=2), "400.00"), plans.InstallmentData(monday + timedelta(days=5), "600.00")],
    )
    await pay(inv, "100.00", today)
    await service.pause_dunning(owner, cust.id, reason="客户月底结账", until=monday)
    outbox = Outbox()
    await run_organization(org.id, at(today), mailer=outbox)  # settles the plan's 100 paid
    days = (monday - today).days + 9
    result = await dunning_calendar.calendar(owner, cust.id, rules.id, today, days, now=at(today))
    m = monday
    installment = [
        (e.day, e.offset_days, e.reason, p.number, p.open, p.days_past_due, p.stage_day)
        for e in result.entries for p in e.parts if p.number.startswith("分期")
    ]
    assert installment == [
        (m, -3, SkipReason.PAUSED, "分期第 1/2 期", Decimal("300.00"), -2, m - timedelta(days=1)),
        (m + timedelta(days=2), 0, None, "分期第 1/2 期", Decimal("300.00"), 0, m + timedelta(days=2)),
        (m + timedelta(days=2), -3, None, "分期第 2/2 期", Decimal("600.00"), -3, m + timedelta(days=2)),
        (m + timedelta(days=7), 0, None, "分期第 2/2 期", Decimal("600.00"), 2, m + timedelta(days=5)),
    ]
    assert {e.reason for e in result.entries if e.parts[0].invoice_id == inv.id and not e.parts[0].number.startswith("分期")} == {
        SkipReason.PLAN_CURRENT
    }

    for n in range(days):
        day = today + timedelta(days=n)
        await run_organization(org.id, at(day), mailer=outbox)
        await run_organization(org.id, at(day) + timedelta(hours=6), mailer=outbox)
    claims = await ReminderClaim.filter(customer_id=cust.id)
    assert sorted((c.local_day, c.offset_days, c.status.value) for c in claims) == [
        (m + timedelta(days=2), -3, "sent"), (m + timedelta(days=2), 0, "sent"), (m + timedelta(days=7), 0, "sent"),
    ]
    assert len(outbox.messages) == 3
    await plan.refresh_from_db()
    assert plan.paid_amount == Decimal("100.00")

    again = await dunning_calendar.calendar(owner, cust.id, rules.id, m + timedelta(days=2), 1, now=at(m + timedelta(days=2)))
    assert sorted((e.offset_days, e.reason) for e in again.entries if e.parts[0].number.startswith("分期")) == [
        (-3, SkipReason.ALREADY_SENT), (0, SkipReason.ALREADY_SENT)
    ]
