"""The behavioural inputs read the ledger as the payments service writes it."""

from decimal import Decimal

from backend.credit.inputs import load_snapshots
from backend.kit.time import utcnow
from tests.credit.factories import customer, days, invoice, org_and_owner, pay, today


async def test_a_reversed_allocation_is_no_longer_money_received():
    org, _ = await org_and_owner()
    cust = await customer(org)
    first = await invoice(org, cust, total="1000", issued=-60, due=-40)
    second = await invoice(org, cust, total="3000", issued=-60, due=-40)
    await pay(first, "1000", -30)  # 10 days late
    bounced = await pay(second, "3000", -20)  # 20 days late, then the payment bounced
    bounced.reversed_on = days(-5)
    bounced.reversed_at = utcnow()
    await bounced.save(update_fields=["reversed_on", "reversed_at"])
    snapshot = (await load_snapshots(org.id, [cust.id], today()))[cust.id]
    # Only the first allocation counts: 1,000 paid, 1,000 × 10 = 10,000 amount-days late.
    assert snapshot.inputs.behaviour.paid_amount == Decimal("1000.00")
    assert snapshot.inputs.behaviour.late_amount_days == Decimal("10000.00")
    # As of the day before the reversal it still counted: 4,000 paid, 1,000 × 10 + 3,000 × 20 = 70,000.
    before = (await load_snapshots(org.id, [cust.id], days(-6)))[cust.id]
    assert (before.inputs.behaviour.paid_amount, before.inputs.behaviour.late_amount_days) == (Decimal("4000.00"), Decimal("70000.00"))
