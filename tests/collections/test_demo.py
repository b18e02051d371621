"""The collections demo rows load once, on the demo ledger: a default policy, a history of
actions, promises kept and broken, a plan, a dispute and a legal case; the timeline shows them."""

from __future__ import annotations

from backend.accounts.models import Role
from backend.collections.demo import load_collections_demo
from backend.collections.models import (
    CollectionAction, Dispute, DunningPolicy, LegalCase, LegalStage, PaymentPlan, PlanStatus, PromiseStatus, PromiseToPay,
)
from backend.collections.timeline import timeline
from backend.invoices.demo import load_demo_ledger
from tests.collections.factories import staff
from tests.invoices.factories import ledger_org


async def test_collections_demo_is_idempotent_and_complete():
    org, actor = await ledger_org()
    owner_actor, owner = await staff(org, Role.OWNER)
    _, collector = await staff(org, Role.COLLECTOR)
    await load_demo_ledger(org)
    await load_collections_demo(org, owner, collector)
    await load_collections_demo(org, owner, collector)
    assert await DunningPolicy.filter(organization_id=org.id, is_default=True).count() == 1
    assert await CollectionAction.filter(organization_id=org.id).count() == 7
    assert sorted(p.status for p in await PromiseToPay.filter(organization_id=org.id)) == [PromiseStatus.BROKEN, PromiseStatus.KEPT]
    plan = await PaymentPlan.get(organization_id=org.id)
    assert plan.status is PlanStatus.ACTIVE and sum([i.amount for i in await plan.installments.all()]) == plan.amount
    assert await Dispute.filter(organization_id=org.id, status="open").count() == 1
    case = await LegalCase.get(organization_id=org.id)
    assert case.stage is LegalStage.LITIGATION and len(case.documents) == 2
    page = await timeline(owner_actor, plan.customer_id, first=50, after=None)
    assert {e.kind.value for e in page.entries} >= {"action", "promise", "plan"}
