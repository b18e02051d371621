"""Staff performance scores (acceptance 3 of issue 13) on a small ledger with three collectors,
every figure computed by hand below. Base currency CNY, organization time Asia/Shanghai,
period March 2026 (31 days).

Who held whom (collector_assignments):
  X  A from 01-01
  Y  A from 01-01 until 03-15, B from 03-16 (in both portfolios)
  Z  B from 01-01
  C  a collector who held nobody.

Ledger
  X  I1 1,000.00 issued 01-10 due 02-09, 600.00 paid 03-10 (A holds X) → open 400.00, overdue
     I2 2,000.00 issued 03-05 due 04-04 → current
  Y  I3   500.00 issued 01-15 due 02-14, paid in full 03-20 (B holds Y since 03-16)
     I4   800.00 issued 03-10 due 03-25 → overdue
  Z  I5 1,500.00 issued 02-01 due 03-15, paid in full 03-12 (B)
     I6 1,200.00 issued 03-20 due 04-19 → current

Collector A, portfolio {X, Y}
  beginning AR (02-28) = I1 1,000 + I3 500 = 1,500.00, all overdue → overdue at start 1,500.00
  credit sales = I2 2,000 + I4 800 = 2,800.00
  ending AR (03-31) = I1 400 + I2 2,000 + I4 800 = 3,200.00; current 2,000.00; overdue 1,200.00
  cash: 600.00 (target 1,000.00)               → min(0.6, 1) × 100             = 60.00
  CEI = (1,500 + 2,800 − 3,200) ÷ (1,500 + 2,800 − 2,000) × 100 = 1,100 ÷ 2,300 × 100 = 47.826… → 47.83
  DSO = 3,200 ÷ 2,800 × 31 = 35.43 → 35.4; best = 2,000 ÷ 2,800 × 31 = 22.14 → 22.1
                                                → 100 × 22.1 ÷ 35.4 = 62.429… → 62.43
  overdue change r = (1,500 − 1,200) ÷ 1,500 = 0.2 → 50 + 50 × 0.2              = 60.00
  actions: 4 in March local time (one at 00:30 on 03-01 Shanghai = 02-28 16:30 UTC; the one at
    01:00 on 04-01 Shanghai and the one on 02-27 do not count), target 5 → 80.00
  promises: X's due 03-10 kept, Y's due 03-12 broken (A held Y then) → 1 ÷ 2 = 0.5 → 50.00
  disputes: X's 03-01 → 03-11 (10 days), Y's 02-20 → 03-15 (23 days, A held Y): 16.5 days,
    target 10 days → 100 × 10 ÷ 16.5 = 60.606… → 60.61
  weights 30/20/10/15/10/10/5, all kept: score = (60 × 30 + 47.83 × 20 + 62.43 × 10 + 60 × 15
    + 80 × 10 + 50 × 10 + 60.61 × 5) ÷ 100 = (1,800 + 956.6 + 624.3 + 900 + 800 + 500 + 303.05) ÷ 100
    = 58.8395 → 58.8

Collector B, portfolio {Y, Z}
  beginning AR = I3 500 + I5 1,500 = 2,000.00; overdue at start = I3 500.00 (I5 not yet due)
  credit sales = I4 800 + I6 1,200 = 2,000.00; ending AR = 800 + 1,200 = 2,000.00, current 1,200.00
  cash: I5 1,500 + I3 500 = 2,000.00, no target → left out
  CEI = (2,000 + 2,000 − 2,000) ÷ (2,000 + 2,000 − 1,200) × 100 = 71.428… → 71.43
  DSO = 2,000 ÷ 2,000 × 31 = 31.0; best = 1,200 ÷ 2,000 × 31 = 18.6 → 100 × 18.6 ÷ 31 = 60.00
  overdue change r = (500 − 800) ÷ 500 = −0.6 → 50 − 30 = 20.00
  actions: 1 (on Y, 03-18), no target → left out; no promise fell due, no dispute resolved → left out
  kept weights 20 + 10 + 15 = 45: score = (71.43 × 20 + 60 × 10 + 20 × 15) ÷ 45 = 2,328.6 ÷ 45
    = 51.746… → 51.7; contributions 31.75, 13.33, 6.67; effective weights 44.44, 22.22, 33.33
Collector C: nothing to score → score null, every component left out.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal as D

from backend.accounts.models import Membership, Role
from backend.collections.models import (
    ActionChannel, CollectionAction, Dispute, DisputeReason, DisputeResolution, DisputeStatus, Outcome, PromiseStatus, PromiseToPay,
)
from backend.customers.models import Customer
from backend.performance import service
from backend.performance.models import CollectorAssignment
from backend.performance.scoring import ComponentKey, Exclusion
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
DEFAULT_WEIGHTS = {ComponentKey.CASH: 30, ComponentKey.CEI: 20, ComponentKey.DSO: 10, ComponentKey.OVERDUE_CHANGE: 15,
                   ComponentKey.ACTIONS: 10, ComponentKey.PROMISES: 10, ComponentKey.DISPUTES: 5}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


async def march_ledger(gql):
    org, owner = await ledger_org()
    a_member = await member(gql, Role.COLLECTOR, org=org)
    b_member = await member(gql, Role.COLLECTOR, org=org)
    c_member = await member(gql, Role.COLLECTOR, org=org)
    a, b, c = [await Membership.get(user=m.user, organization=org) for m in (a_member, b_member, c_member)]
    x, y, z = [await create_customer(org, code=code) for code in "XYZ"]
    for customer, holder, start, end in ((x, a, date(2026, 1, 1), None), (y, a, date(2026, 1, 1), date(2026, 3, 16)),
                                         (y, b, date(2026, 3, 16), None), (z, b, date(2026, 1, 1), None)):
        await CollectorAssignment.create(organization=org, customer=customer, collector=holder, started_on=start, ended_on=end)
    i1 = await issued_invoice(owner, x, "1000.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    await issued_invoice(owner, x, "2000.00", issue_date=date(2026, 3, 5), due_date=date(2026, 4, 4))
    i3 = await issued_invoice(owner, y, "500.00", issue_date=date(2026, 1, 15), due_date=date(2026, 2, 14))
    await issued_invoice(owner, y, "800.00", issue_date=date(2026, 3, 10), due_date=date(2026, 3, 25))
    i5 = await issued_invoice(owner, z, "1500.00", issue_date=date(2026, 2, 1), due_date=date(2026, 3, 15))
    await issued_invoice(owner, z, "1200.00", issue_date=date(2026, 3, 20), due_date=date(2026, 4, 19))
    await received(owner, x, "600.00", received_on=date(2026, 3, 10), allocate=[(i1.id, D("600.00"))])
    await received(owner, z, "1500.00", received_on=date(2026, 3, 12), allocate=[(i5.id, D("1500.00"))])
    await received(owner, y, "500.00", received_on=date(2026, 3, 20), allocate=[(i3.id, D("500.00"))])
    for customer, when in ((x, utc(2026, 2, 28, 16, 30)), (x, utc(2026, 3, 5, 2)), (x, utc(2026, 3, 9, 2)),
                           (x, utc(2026, 3, 25, 2)), (x, utc(2026, 3, 31, 17)), (x, utc(2026, 2, 27, 2)),
                           (y, utc(2026, 3, 18, 2))):
        await CollectionAction.create(organization=org, customer=customer, channel=ActionChannel.CALL,
                                      outcome=Outcome.REACHED, occurred_at=when)
    for customer, due, status in ((x, date(2026, 3, 10), PromiseStatus.KEPT), (y, date(2026, 3, 12), PromiseStatus.BROKEN)):
        await PromiseToPay.create(organization=org, customer=customer, amount=D("100.00"), currency="CNY",
                                  made_on=date(2026, 3, 1), promised_on=due, status=status, settled_on=due)
    for customer, opened, resolved in ((x, utc(2026, 3, 1, 2), utc(2026, 3, 11, 2)), (y, utc(2026, 2, 20, 2), utc(2026, 3, 15, 2))):
        await Dispute.create(organization=org, customer=customer, reason=DisputeReason.PRICING, amount=D("100.00"),
                             currency="CNY", status=DisputeStatus.RESOLVED, resolution=DisputeResolution.NO_CHANGE,
                             opened_at=opened, resolved_at=resolved)
    await service.set_target(owner, a.id, date(2026, 3, 15), D("1000.00"), 5)
    await service.update_settings(owner, DEFAULT_WEIGHTS, 10)
    return org, owner, (a, b, c), (a_member, b_member, c_member)


def _by_key(row):
    return {c.key: c for c in row.components}


async def test_scores_match_the_hand_computed_example(gql):
    org, owner, (a, b, c), _ = await march_ledger(gql)
    board = await service.leaderboard(owner, *MARCH)
    assert [r.collector_id for r in board.rows] == [a.id, b.id, c.id]
    ra, rb, rc = board.rows
    assert (ra.rank, ra.score, rb.rank, rb.score, rc.rank, rc.score) == (1, D("58.8"), 2, D("51.7"), None, None)

    assert (ra.customers, ra.beginning_ar, ra.credit_sales, ra.ending_ar, ra.ending_current_ar) == (
        2, D("1500.00"), D("2800.00"), D("3200.00"), D("2000.00"))
    f = ra.figures
    assert (f.cash_collected, f.cash_target, f.cei, f.standard_dso, f.best_possible_dso) == (
        D("600.00"), D("1000.00"), D("47.83"), D("35.4"), D("22.1"))
    assert (f.overdue_start, f.overdue_end, f.actions_logged, f.actions_target) == (D("1500.00"), D("1200.00"), 4, D("5.00"))
    assert (f.promises_due, f.promises_kept, f.promise_kept_rate, f.disputes_resolved, f.average_days_to_resolve) == (
        2, 1, D("0.5000"), 2, D("16.5"))
    points = {k: c.points for k, c in _by_key(ra).items()}
    assert points == {ComponentKey.CASH: D("60.00"), ComponentKey.CEI: D("47.83"), ComponentKey.DSO: D("62.43"),
                      ComponentKey.OVERDUE_CHANGE: D("60.00"), ComponentKey.ACTIONS: D("80.00"),
                      ComponentKey.PROMISES: D("50.00"), ComponentKey.DISPUTES: D("60.61")}
    contributions = {k: c.contribution for k, c in _by_key(ra).items()}
    assert contributions == {ComponentKey.CASH: D("18.00"), ComponentKey.CEI: D("9.57"), ComponentKey.DSO: D("6.24"),
                             ComponentKey.OVERDUE_CHANGE: D("9.00"), ComponentKey.ACTIONS: D("8.00"),
                             ComponentKey.PROMISES: D("5.00"), ComponentKey.DISPUTES: D("3.03")}
    assert _by_key(ra)[ComponentKey.OVERDUE_CHANGE].value == D("-300.00")

    assert (rb.customers, rb.beginning_ar, rb.credit_sales, rb.ending_ar, rb.ending_current_ar) == (
        2, D("2000.00"), D("2000.00"), D("2000.00"), D("1200.00"))
    fb = rb.figures
    assert (fb.cash_collected, fb.cash_target, fb.cei, fb.standard_dso, fb.best_possible_dso) == (
        D("2000.00"), None, D("71.43"), D("31.0"), D("18.6"))
    assert (fb.overdue_start, fb.overdue_end, fb.actions_logged) == (D("500.00"), D("800.00"), 1)
    kb = _by_key(rb)
    assert {k: (c.points, c.effective_weight, c.contribution, c.excluded) for k, c in kb.items()} == {
        ComponentKey.CASH: (None, None, None, Exclusion.NO_TARGET),
        ComponentKey.CEI: (D("71.43"), D("44.44"), D("31.75"), None),
        ComponentKey.DSO: (D("60.00"), D("22.22"), D("13.33"), None),
        ComponentKey.OVERDUE_CHANGE: (D("20.00"), D("33.33"), D("6.67"), None),
        ComponentKey.ACTIONS: (None, None, None, Exclusion.NO_TARGET),
        ComponentKey.PROMISES: (None, None, None, Exclusion.NOTHING_DUE),
        ComponentKey.DISPUTES: (None, None, None, Exclusion.NOTHING_DUE),
    }
    assert rc.customers == 0 and all(comp.points is None for comp in rc.components)


def test_targets_are_prorated_over_the_months_a_period_touches():
    # 16–31 January (16 of 31 days) of 3,100 + all of February 2,800 = 1,600 + 2,800 = 4,400.00
    period = service.Period(date(2026, 1, 16), date(2026, 2, 28))
    assert service.prorated(period, {date(2026, 1, 1): D("3100"), date(2026, 2, 1): D("2800")}) == D("4400.00")
    # A month without a target: no target for the period.
    assert service.prorated(period, {date(2026, 1, 1): D("3100")}) is None


async def test_the_collector_history_follows_every_change_of_collector(gql):
    org, owner = await ledger_org()
    first = await Membership.get(user=(await member(gql, Role.COLLECTOR, org=org)).user, organization=org)
    second = await Membership.get(user=(await member(gql, Role.COLLECTOR, org=org)).user, organization=org)
    customer = await create_customer(org, collector=first)
    rows = await CollectorAssignment.filter(customer=customer).order_by("id")
    assert [(r.collector_id, r.ended_on) for r in rows] == [(first.id, None)]
    # Back-date the first holding, then hand the customer over: the first row ends today.
    await CollectorAssignment.filter(id=rows[0].id).update(started_on=date(2026, 1, 1))
    await Customer.filter(id=customer.id).update(collector_id=second.id)
    rows = await CollectorAssignment.filter(customer=customer).order_by("id")
    today = rows[1].started_on
    assert [(r.collector_id, r.started_on, r.ended_on) for r in rows] == [
        (first.id, date(2026, 1, 1), today), (second.id, today, None)]
    # Changed twice on the same day: the day goes to the last holder, no empty row is kept.
    await Customer.filter(id=customer.id).update(collector_id=first.id)
    await Customer.filter(id=customer.id).update(collector_id=None)
    rows = await CollectorAssignment.filter(customer=customer).order_by("id")
    assert [(r.collector_id, r.started_on, r.ended_on) for r in rows] == [(first.id, date(2026, 1, 1), today)]
