"""Acceptance 1: with a frozen clock, reminders go out on the organization's local day, once each,
for an organization in Asia/Shanghai and one in America/New_York across the end of US daylight
saving time (2026-11-01 02:00 local), per installment part; hourly reruns send nothing more."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from backend.collections.models import ClaimStatus, CollectionAction, ReminderClaim, ReminderItem
from backend.collections.reminders import fire_dates, run_organization, sending_now
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, policy, utc


async def _tick_hourly(orgs, start: datetime, end: datetime, outbox: Outbox) -> None:
    now = start
    while now <= end:
        for org in orgs:
            await run_organization(org.id, now, mailer=outbox)
        now += timedelta(hours=1)


async def _sent(org) -> set[tuple[int, date, datetime, tuple[tuple[str, int], ...]]]:
    found = set()
    for claim in await ReminderClaim.filter(organization_id=org.id).order_by("local_day"):
        assert claim.status is ClaimStatus.SENT
        items = await ReminderItem.filter(claim_id=claim.id).prefetch_related("invoice")
        found.add((claim.offset_days, claim.local_day, claim.sent_at, tuple(sorted((i.invoice.number, i.part_sequence) for i in items))))
    return found


async def test_each_stage_goes_out_on_the_local_day_once_across_dst():
    shanghai, sh_owner = await org_with_owner("Asia/Shanghai")
    new_york, ny_owner = await org_with_owner("America/New_York", locale="en")
    await policy(sh_owner, (-3, 0, 7))  # quiet 20:00-08:00, every weekday
    await policy(ny_owner, (-3, 0, 7))
    sh_customer = await customer(shanghai)
    ny_customer = await customer(new_york, language="en")
    a = await invoice(shanghai, sh_customer, total="1000.00", due=date(2026, 11, 3))
    # Two parts; the first (500, due 11-03) is paid, so only the second (700, due 11-05) is reminded.
    b = await invoice(shanghai, sh_customer, total="1200.00", due=date(2026, 11, 3),
                      parts=[(date(2026, 11, 3), "500.00"), (date(2026, 11, 5), "700.00")], allocated="500.00")
    c = await invoice(new_york, ny_customer, total="800.00", due=date(2026, 11, 3))

    outbox = Outbox()
    await _tick_hourly([shanghai, new_york], utc(2026, 10, 27, 0, 5), utc(2026, 11, 11, 23, 5), outbox)

    # Shanghai (UTC+8): 08:05 local is 00:05 UTC; each stage day counted per part.
    assert await _sent(shanghai) == {
        (-3, date(2026, 10, 31), utc(2026, 10, 31, 0, 5), ((a.number, 1),)),
        (-3, date(2026, 11, 2), utc(2026, 11, 2, 0, 5), ((b.number, 2),)),
        (0, date(2026, 11, 3), utc(2026, 11, 3, 0, 5), ((a.number, 1),)),
        (0, date(2026, 11, 5), utc(2026, 11, 5, 0, 5), ((b.number, 2),)),
        (7, date(2026, 11, 10), utc(2026, 11, 10, 0, 5), ((a.number, 1),)),
    }
    # New York: 08:05 EDT (UTC-4) before 1 November, 08:05 EST (UTC-5) after.
    assert await _sent(new_york) == {
        (-3, date(2026, 10, 31), utc(2026, 10, 31, 12, 5), ((c.number, 1),)),
        (0, date(2026, 11, 3), utc(2026, 11, 3, 13, 5), ((c.number, 1),)),
        (7, date(2026, 11, 10), utc(2026, 11, 10, 13, 5), ((c.number, 1),)),
    }
    assert len(outbox.messages) == 8
    assert await CollectionAction.filter(customer_id__in=[sh_customer.id, ny_customer.id], outcome="sent").count() == 8

    # Five more runs on a stage day send nothing more.
    for minute in range(5):
        for org in (shanghai, new_york):
            await run_organization(org.id, utc(2026, 11, 10, 14, minute), mailer=outbox)
    assert len(outbox.messages) == 8


async def test_quiet_hours_and_weekdays_are_the_organizations():
    org, owner = await org_with_owner("America/New_York")
    p = await policy(owner, (0,), allowed_weekdays=[1, 2, 3, 4, 5], quiet_hours_start=20, quiet_hours_end=9)
    tz_local = lambda *a: utc(*a).astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))  # noqa: E731
    assert not sending_now(p, tz_local(2026, 11, 2, 13, 59))  # Monday 08:59 EST
    assert sending_now(p, tz_local(2026, 11, 2, 14, 0))  # Monday 09:00 EST
    assert not sending_now(p, tz_local(2026, 11, 3, 1, 0))  # Monday 20:00 EST
    assert not sending_now(p, tz_local(2026, 11, 7, 15, 0))  # Saturday
    # Stages of Saturday and Sunday go out on Monday.
    assert fire_dates(p, date(2026, 11, 9)) == [date(2026, 11, 9), date(2026, 11, 8), date(2026, 11, 7)]
    assert fire_dates(p, date(2026, 11, 10)) == [date(2026, 11, 10)]


async def test_stages_on_a_weekend_go_out_on_monday_in_one_message():
    org, owner = await org_with_owner("Asia/Shanghai")
    await policy(owner, (0,), allowed_weekdays=[1, 2, 3, 4, 5])
    cust = await customer(org)
    saturday = await invoice(org, cust, total="300.00", due=date(2026, 11, 7))
    sunday = await invoice(org, cust, total="200.00", due=date(2026, 11, 8))
    monday = await invoice(org, cust, total="100.00", due=date(2026, 11, 9))
    outbox = Outbox()
    await _tick_hourly([org], utc(2026, 11, 6, 0, 5), utc(2026, 11, 10, 23, 5), outbox)
    expected = tuple(sorted((i.number, 1) for i in (saturday, sunday, monday)))
    assert await _sent(org) == {(0, date(2026, 11, 9), utc(2026, 11, 9, 0, 5), expected)}
    assert len(outbox.messages) == 1
