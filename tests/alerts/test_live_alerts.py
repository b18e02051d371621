"""Defect 5 of issue 10: alerts on live data. A ledger change enqueues (through the outbox, after
the commit) the evaluation of that customer's rules, and a real worker raises the alert within
seconds; evaluating again raises nothing more. An admin's "run now" evaluates the organization
in the worker, role-checked and audit-logged."""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.alerts import service
from backend.alerts.models import Alert, RuleKind
from backend.audit.models import AuditEntry
from backend.customers.models import CustomerStatus
from backend.kit.errors import AccessDenied
from backend.payments import service as payments
from tests.credit.factories import customer, days, invoice, org_and_owner, staff

pytestmark = pytest.mark.worker


async def _wait_for_alerts(org, count: int, timeout: float = 20.0) -> list[Alert]:
    deadline = time.monotonic() + timeout
    while True:
        found = list(await Alert.filter(organization_id=org.id).order_by("kind", "raised_at"))
        if len(found) >= count:
            return found
        assert time.monotonic() < deadline, f"{len(found)} alert(s) after {timeout} s, expected {count}"
        await asyncio.sleep(0.2)


async def test_a_payment_allocated_raises_the_customers_alerts_in_the_worker(worker_process):
    org, owner = await org_and_owner()
    c = await customer(org)
    # 144 days overdue, 150,000 open: the 30- and 90-day rules and the 100,000 amount rule apply,
    # but nothing evaluated them yet (the factory writes no ledger event).
    inv = await invoice(org, c, total="200000", issued=-174, due=-144)
    assert await Alert.filter(organization_id=org.id).count() == 0

    await payments.record_payment(
        owner, customer_id=c.id, amount=Decimal("50000.00"), currency="CNY", method="bank_transfer",
        received_on=days(0), allocate=[(inv.id, Decimal("50000.00"))],
    )
    started = time.monotonic()
    alerts = await _wait_for_alerts(org, 3)
    assert time.monotonic() - started < 20
    assert sorted((a.kind, a.details.get("overdue_balance")) for a in alerts) == [
        (RuleKind.OVERDUE_AMOUNT, "150000.00"), (RuleKind.OVERDUE_DAYS, "150000.00"), (RuleKind.OVERDUE_DAYS, "150000.00"),
    ]
    # Evaluating again (as the nightly sweep or a second event would) raises nothing more.
    assert await service.evaluate_customers_today(org.id, [c.id]) == 0
    await asyncio.sleep(1)
    assert await Alert.filter(organization_id=org.id).count() == 3


async def test_putting_a_customer_on_hold_evaluates_its_rules(worker_process):
    """Putting a customer on hold is a ledger-side change: its rules are evaluated (here the
    utilization rule: 1,017,000 open against a limit of 800,000 = 127.125 %, shown to cents half-even: 127.12)."""
    from backend.customers import service as customers

    org, owner = await org_and_owner()
    c = await customer(org, credit_limit=Decimal("800000.00"))
    await invoice(org, c, total="1017000", issued=-5, due=25)
    await customers.update_customer(owner, c.id, c.version, {"status": CustomerStatus.ON_HOLD})
    (alert,) = await _wait_for_alerts(org, 1)
    assert alert.kind is RuleKind.LIMIT_UTILIZATION
    assert alert.details["utilization_pct"] == "127.12"


async def test_run_now_evaluates_the_organization_in_the_worker_for_admins_only(worker_process):
    org, owner = await org_and_owner()
    collector, _ = await staff(org, Role.COLLECTOR)
    first, second = await customer(org), await customer(org)
    await invoice(org, first, total="1000", issued=-100, due=-61)  # over 30 days
    await invoice(org, second, total="1000", issued=-50, due=-31)  # over 30 days
    with pytest.raises(AccessDenied):
        await service.request_evaluation(collector)

    await service.request_evaluation(owner)
    alerts = await _wait_for_alerts(org, 2)
    assert {a.customer_id for a in alerts} == {first.id, second.id}
    assert await AuditEntry.filter(organization_id=org.id, action="alert.evaluate_now").count() == 1
    await service.request_evaluation(owner)
    await asyncio.sleep(3)
    assert await Alert.filter(organization_id=org.id).count() == 2
