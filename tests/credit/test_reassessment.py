"""Acceptance 3: the risk worker is idempotent and resumes after being killed halfway."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backend.credit import reassess
from backend.credit.models import AssessmentMethod, CreditAssessment, ReassessmentRun, RunStatus, RunTrigger
from backend.customers.models import CustomerStatus
from tests.credit.factories import customer, days, invoice, org_and_owner, pay, today
from tests.credit.querycount import count_queries


async def _org_with_customers(n: int):
    org, owner = await org_and_owner()
    customers = []
    for i in range(n):
        c = await customer(org)
        inv = await invoice(org, c, total=str(10000 * (i + 1)), issued=-60 - i, due=-30 - i)
        if i % 2:
            await pay(inv, str(5000 * (i + 1)), -5)
        customers.append(c)
    return org, owner, sorted(customers, key=lambda c: c.id)


async def _assessments(org) -> list[CreditAssessment]:
    return list(await CreditAssessment.filter(organization_id=org.id).order_by("customer_id"))


async def test_second_run_on_unchanged_data_writes_nothing():
    org, _, customers = await _org_with_customers(5)
    first = await reassess.run_reassessment(org.id, batch_size=2)
    assert (first.status, first.batches, first.customers_seen, first.assessments_written) == (RunStatus.COMPLETED, 3, 5, 5)
    written = await _assessments(org)
    assert [a.customer_id for a in written] == [c.id for c in customers]
    assert all(a.method is AssessmentMethod.AUTOMATIC and a.run_id == first.id and a.assessed_by_id is None for a in written)

    second = await reassess.run_reassessment(org.id, batch_size=2)
    assert second.id != first.id and second.status is RunStatus.COMPLETED
    assert (second.customers_seen, second.assessments_written) == (5, 0)
    assert len(await _assessments(org)) == 5

    # One customer's figures change: exactly that one gets a new assessment.
    await invoice(org, customers[2], total="99999", issued=-120, due=-95)
    third = await reassess.run_reassessment(org.id, batch_size=2)
    assert third.assessments_written == 1
    newest = await CreditAssessment.filter(run_id=third.id).get()
    assert newest.customer_id == customers[2].id


class WorkerKilled(Exception):
    pass


async def test_killed_halfway_and_rerun_leaves_one_assessment_per_customer(monkeypatch):
    org, _, customers = await _org_with_customers(5)
    real_evaluate = reassess.alerts.evaluate
    calls = 0

    async def dies_in_second_batch(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise WorkerKilled
        return await real_evaluate(*args, **kwargs)

    monkeypatch.setattr(reassess.alerts, "evaluate", dies_in_second_batch)
    with pytest.raises(WorkerKilled):
        await reassess.run_reassessment(org.id, batch_size=2)
    monkeypatch.setattr(reassess.alerts, "evaluate", real_evaluate)

    interrupted = await ReassessmentRun.get(organization_id=org.id)
    # The first batch committed; the second rolled back as a whole.
    assert interrupted.status is RunStatus.RUNNING
    assert (interrupted.batches, interrupted.customers_seen, interrupted.cursor) == (1, 2, customers[1].id)
    assert [a.customer_id for a in await _assessments(org)] == [customers[0].id, customers[1].id]

    resumed = await reassess.run_reassessment(org.id, batch_size=2)
    assert resumed.id == interrupted.id and resumed.status is RunStatus.COMPLETED
    assert (resumed.batches, resumed.customers_seen, resumed.assessments_written) == (3, 5, 5)
    written = await _assessments(org)
    assert [a.customer_id for a in written] == [c.id for c in customers]
    assert {a.run_id for a in written} == {interrupted.id}


async def test_run_skips_archived_customers_and_set_runs_only_touch_their_set():
    org, _, customers = await _org_with_customers(3)
    customers[0].status = CustomerStatus.ARCHIVED
    await customers[0].save()
    run = await reassess.run_reassessment(org.id)
    assert run.customers_seen == 2
    assert not await CreditAssessment.filter(customer_id=customers[0].id).exists()

    await invoice(org, customers[1], total="5000", issued=-230, due=-200)
    await invoice(org, customers[2], total="5000", issued=-230, due=-200)
    event = await reassess.reassess_customers(org.id, [customers[1].id])
    assert (event.trigger, event.customers_seen, event.assessments_written) == (RunTrigger.EVENT, 1, 1)
    assert await CreditAssessment.filter(customer_id=customers[2].id).count() == 1


async def test_a_stale_unfinished_run_is_abandoned_not_resumed():
    org, _, _ = await _org_with_customers(2)
    stale = await ReassessmentRun.create(organization_id=org.id, as_of=today() - timedelta(days=1), trigger=RunTrigger.SCHEDULE)
    run = await reassess.run_reassessment(org.id)
    assert run.id != stale.id and run.as_of == days(0)
    assert (await ReassessmentRun.get(id=stale.id)).status is RunStatus.ABANDONED


async def test_one_batch_costs_the_same_number_of_queries_for_2_or_20_customers(monkeypatch):
    """Set-based: the inputs of a batch come from a fixed number of queries."""
    costs = []
    for n in (2, 20):
        org, _, _ = await _org_with_customers(n)
        with count_queries(monkeypatch) as sent:
            await reassess.run_reassessment(org.id, batch_size=100)
        costs.append(len(sent))
    assert costs[0] == costs[1] > 5, costs
