"""Acceptance 5: the worklist's order matches a ranking computed by hand; it pages by keyset with
one query per page; a collector sees only their own list. Also the collection timeline and
collector assignment (bulk and by rules)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from backend.accounts.models import Membership, Role
from backend.audit.models import AuditEntry
from backend.collections import assignment, plans, service, worklist
from backend.collections.models import ActionChannel, AssignmentRule, DisputeReason, Outcome
from backend.customers.models import Customer
from backend.kit.errors import DomainError
from backend.kit.time import local_today
from tests.collections.factories import customer, invoice, org_with_owner, pay, staff
from tests.credit.querycount import count_queries
from tests.fixtures.api import member

TZ = "Asia/Shanghai"


def day(n: int) -> date:
    return local_today(TZ) + timedelta(days=n)


async def _book(org, collector_membership):  # type: ignore[no-untyped-def]
    """Seven customers of one collector and one of another. Scores, risk × Σ(open × days past due):
    A  C   1000 × 10                         → 1.0 × 10,000          = 10,000
    B  AAA 20000 × 10                        → 0.2 × 200,000         = 40,000
    C  B   500 × 30 + part 1000 × 20 (+ 2000 not yet due, + a part not yet due) → 0.8 × 35,000 = 28,000
    D  —   100 × 1, promised today           → 0.7 × 100 = 70, but first (promise due today)
    E  A   (5000 − 1000 paid) × 4, follow-up due today → 0.6 × 16,000 = 9,600, second (follow-up)
    F  AA  nothing overdue                   → not on the list
    H  A   1000 × 2, its latest action asks no follow-up → 0.6 × 2,000 = 1,200
    Order: D, E, then B, C, A, H."""
    m = collector_membership.id
    c = {}
    c["A"] = await customer(org, legal_name="A 公司", grade="C", collector_id=m)
    await invoice(org, c["A"], total="1000.00", due=day(-10), issued=day(-40))
    c["B"] = await customer(org, legal_name="B 公司", grade="AAA", collector_id=m)
    await invoice(org, c["B"], total="20000.00", due=day(-10), issued=day(-40))
    c["C"] = await customer(org, legal_name="C 公司", grade="B", collector_id=m)
    await invoice(org, c["C"], total="500.00", due=day(-30), issued=day(-60))
    await invoice(org, c["C"], total="2000.00", due=day(5), issued=day(-10))
    await invoice(org, c["C"], total="3000.00", due=day(10), issued=day(-60), parts=[(day(-20), "1000.00"), (day(10), "2000.00")])
    c["D"] = await customer(org, legal_name="D 公司", collector_id=m)
    d_inv = await invoice(org, c["D"], total="100.00", due=day(-1), issued=day(-30))
    c["E"] = await customer(org, legal_name="E 公司", grade="A", collector_id=m)
    e_inv = await invoice(org, c["E"], total="5000.00", due=day(-4), issued=day(-30))
    await pay(e_inv, "1000.00", day(-2))
    c["F"] = await customer(org, legal_name="F 公司", grade="AA", collector_id=m)
    await invoice(org, c["F"], total="9000.00", due=day(3), issued=day(-30))
    c["H"] = await customer(org, legal_name="H 公司", grade="A", collector_id=m)
    await invoice(org, c["H"], total="1000.00", due=day(-2), issued=day(-30))
    c["G"] = await customer(org, legal_name="G 公司", grade="C", region="华南")
    await invoice(org, c["G"], total="99999.00", due=day(-50), issued=day(-90))
    return c, d_inv


async def test_the_worklist_order_matches_the_hand_computed_ranking_page_by_page(monkeypatch):
    org, owner = await org_with_owner(TZ)
    collector, membership = await staff(org, Role.COLLECTOR)
    c, d_inv = await _book(org, membership)
    await service.promise_to_pay(collector, c["D"].id, amount="100.00", promised_on=day(0), invoice_ids=[d_inv.id])
    await service.log_action(collector, c["E"].id, service.ActionData(ActionChannel.CALL, Outcome.NO_ANSWER, next_follow_up_on=day(0)))
    await service.log_action(collector, c["H"].id, service.ActionData(ActionChannel.CALL, Outcome.NO_ANSWER, next_follow_up_on=day(0)))
    await service.log_action(collector, c["H"].id, service.ActionData(ActionChannel.CALL, Outcome.REACHED))
    names = {v.id: k for k, v in c.items()}

    seen, scores, after, pages = [], [], None, 0
    while True:
        with count_queries(monkeypatch) as sent:
            page = await worklist.worklist(collector, worklist.WorklistFilter(), first=2, after=after)
        assert len(sent) == 2  # the organization's today, then the page
        pages += 1
        assert page.total_count == 6
        seen += [names[i.customer_id] for i in page.items]
        scores += [i.score for i in page.items]
        if not page.has_next_page:
            break
        last = page.items[-1]
        after = (last.priority, last.score, last.customer_id)
    assert pages == 3
    assert seen == ["D", "E", "B", "C", "A", "H"]
    assert scores == [Decimal("70.00"), Decimal("9600.00"), Decimal("40000.00"), Decimal("28000.00"), Decimal("10000.00"), Decimal("1200.00")]

    first = (await worklist.worklist(collector, worklist.WorklistFilter(), first=10, after=None)).items
    c_row = next(i for i in first if i.customer_id == c["C"].id)
    assert (c_row.overdue_amount, c_row.open_amount, c_row.worst_days_overdue) == (Decimal("1500.00"), Decimal("5500.00"), 30)
    assert first[0].promised_today == Decimal("100.00") and first[1].next_follow_up_on == day(0)

    due = await worklist.worklist(collector, worklist.WorklistFilter(due_today_only=True), first=10, after=None)
    assert [names[i.customer_id] for i in due.items] == ["D", "E"]
    graded = await worklist.worklist(collector, worklist.WorklistFilter(grades=("A", "")), first=10, after=None)
    assert [names[i.customer_id] for i in graded.items] == ["D", "E", "H"]
    big = await worklist.worklist(collector, worklist.WorklistFilter(min_overdue_amount=Decimal("1500")), first=10, after=None)
    assert [names[i.customer_id] for i in big.items] == ["E", "B", "C"]
    # The band [1,000, 4,000) of overdue amounts: A 1,000, C 1,500 and H 1,000 in; D 100, E 4,000 and B 20,000 out.
    band = worklist.WorklistFilter(min_overdue_amount=Decimal("1000"), max_overdue_amount=Decimal("4000"))
    assert [names[i.customer_id] for i in (await worklist.worklist(collector, band, first=10, after=None)).items] == ["C", "A", "H"]
    with pytest.raises(DomainError) as err:
        await worklist.worklist(collector, worklist.WorklistFilter(min_overdue_amount=Decimal("10"), max_overdue_amount=Decimal("10")),
                                first=10, after=None)
    assert (err.value.errors[0].code.value, err.value.errors[0].field) == ("INVALID_AMOUNT", "maxOverdueAmount")

    everyone = await worklist.worklist(owner, worklist.WorklistFilter(all_collectors=True), first=10, after=None)
    assert [names[i.customer_id] for i in everyone.items][:3] == ["D", "E", "G"]
    theirs = await worklist.worklist(owner, worklist.WorklistFilter(collector_id=membership.id), first=10, after=None)
    assert len(theirs.items) == 6
    south = await worklist.worklist(owner, worklist.WorklistFilter(all_collectors=True, regions=("华南",)), first=10, after=None)
    assert [names[i.customer_id] for i in south.items] == ["G"]
    with pytest.raises(DomainError) as err:
        await worklist.worklist(collector, worklist.WorklistFilter(all_collectors=True), first=10, after=None)
    assert err.value.errors[0].code.value == "NOT_ASSIGNED"


WORKLIST = """
query($f: WorklistFilterInput, $after: String) {
  collectionWorklist(filter: $f, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { reason score overdueAmount worstDaysOverdue customer { legalName } collector { id } } }
  }
}
"""
TIMELINE = """
query($c: ID!, $after: String) {
  collectionTimeline(customerId: $c, first: 3, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { kind at action { outcome } promise { amount } plan { amount installments { sequence amount paidAmount } }
            dispute { reason } legalCase { stage totalCosts } reminder { status } }
  }
}
"""
PLAN = """
mutation($c: ID!, $i: PaymentPlanInput!) {
  paymentPlanCreate(customerId: $c, input: $i) { plan { id status amount installments { dueDate amount } } errors { field code message } }
}
"""
LEGAL = """
mutation($c: ID!, $i: LegalCaseInput!) {
  legalCaseCreate(customerId: $c, input: $i) { legalCase { id stage version totalCosts documents { name } } errors { field code } }
}
"""
RULES_SAVE = """
mutation($r: [AssignmentRuleInput!]!) { assignmentRulesSave(rules: $r) { rules { position region grade collector { id } } errors { field code } } }
"""
RULES_APPLY = """
mutation($d: Boolean!) { assignmentRulesApply(dryRun: $d) { changes { customer { legalName } fromCollector { id } toCollector { id } } errors { code } } }
"""
ASSIGN = """
mutation($ids: [ID!]!, $m: ID) { customersAssignCollector(customerIds: $ids, collectorId: $m) { changes { customer { legalName } } errors { field code } } }
"""


async def test_graphql_worklist_timeline_plans_and_legal(gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    me = await Membership.get(organization_id=org.id, user_id=owner.user.id)
    _, collector_membership = await staff(org, Role.COLLECTOR)
    c, _ = await _book(org, me)
    result = await gql(WORKLIST, {"f": {}}, token=owner.token, org=org.id)
    data = result["data"]["collectionWorklist"]
    assert data["totalCount"] == 6 and data["pageInfo"]["hasNextPage"]
    assert [e["node"]["customer"]["legalName"] for e in data["edges"]] == ["B 公司", "C 公司"]
    assert data["edges"][0]["node"] | {"customer": None, "collector": None} == {
        "reason": "OVERDUE", "score": "40000.00", "overdueAmount": "20000.00", "worstDaysOverdue": 10, "customer": None, "collector": None,
    }
    nxt = await gql(WORKLIST, {"f": {}, "after": data["pageInfo"]["endCursor"]}, token=owner.token, org=org.id)
    assert [e["node"]["customer"]["legalName"] for e in nxt["data"]["collectionWorklist"]["edges"]] == ["A 公司", "E 公司"]
    bad = await gql(WORKLIST, {"f": {}, "after": "bm90IGEgY3Vyc29y"}, token=owner.token, org=org.id)
    assert bad["errors"]

    cust = c["C"]
    invoices = {i.total: i for i in await cust.invoices.all()}
    plan = await gql(PLAN, {"c": str(cust.id), "i": {"amount": "500.00", "invoiceIds": [str(invoices[Decimal("500.00")].id)],
                                                    "installments": [{"dueDate": day(3).isoformat(), "amount": "200.00"},
                                                                     {"dueDate": day(33).isoformat(), "amount": "200.00"}]}},
                     token=owner.token, org=org.id)
    assert plan["data"]["paymentPlanCreate"]["plan"] is None
    assert plan["data"]["paymentPlanCreate"]["errors"] == [
        {"field": "installments", "code": "INSTALLMENTS_TOTAL", "message": "The installments add up to 400.00, not the plan's amount 500.00."}
    ]
    plan = await gql(PLAN, {"c": str(cust.id), "i": {"amount": "500.00", "invoiceIds": [str(invoices[Decimal("500.00")].id)],
                                                    "installments": [{"dueDate": day(3).isoformat(), "amount": "200.00"},
                                                                     {"dueDate": day(33).isoformat(), "amount": "300.00"}]}},
                     token=owner.token, org=org.id)
    assert plan["data"]["paymentPlanCreate"]["errors"] == [] and plan["data"]["paymentPlanCreate"]["plan"]["status"] == "ACTIVE"
    legal = await gql(LEGAL, {"c": str(cust.id), "i": {"invoiceIds": [str(invoices[Decimal("3000.00")].id)], "lawFirm": "金杜",
                                                      "costs": [{"amount": "800.00", "description": "律师费", "incurredOn": day(0).isoformat()}],
                                                      "documents": [{"name": "律师函", "kind": "letter"}]}},
                      token=owner.token, org=org.id)
    assert legal["data"]["legalCaseCreate"]["errors"] == []
    assert legal["data"]["legalCaseCreate"]["legalCase"]["totalCosts"] == "800.00"

    timeline = await gql(TIMELINE, {"c": str(cust.id)}, token=owner.token, org=org.id)
    nodes = timeline["data"]["collectionTimeline"]["nodes"]
    assert [n["kind"] for n in nodes] == ["LEGAL_CASE", "PLAN"]
    assert nodes[1]["plan"]["installments"] == [{"sequence": 1, "amount": "200.00", "paidAmount": "0.00"},
                                                {"sequence": 2, "amount": "300.00", "paidAmount": "0.00"}]

    saved = await gql(RULES_SAVE, {"r": [{"collectorId": str(collector_membership.id), "region": "华南"},
                                         {"collectorId": str(collector_membership.id), "grade": "C", "minAmount": "5000", "maxAmount": "1000"}]},
                      token=owner.token, org=org.id)
    assert saved["data"]["assignmentRulesSave"]["errors"] == [{"field": "rules[1].maxAmount", "code": "INVALID_AMOUNT"}]
    assert await AssignmentRule.filter(organization_id=org.id).count() == 0
    saved = await gql(RULES_SAVE, {"r": [{"collectorId": str(collector_membership.id), "region": "华南"},
                                         {"collectorId": str(collector_membership.id), "grade": "C", "minAmount": "500", "maxAmount": "5000"}]},
                      token=owner.token, org=org.id)
    assert saved["data"]["assignmentRulesSave"]["errors"] == []
    dry = await gql(RULES_APPLY, {"d": True}, token=owner.token, org=org.id)
    assert sorted(x["customer"]["legalName"] for x in dry["data"]["assignmentRulesApply"]["changes"]) == ["A 公司", "G 公司"]
    assert (await Customer.get(id=c["A"].id)).collector_id == me.id
    applied = await gql(RULES_APPLY, {"d": False}, token=owner.token, org=org.id)
    assert len(applied["data"]["assignmentRulesApply"]["changes"]) == 2
    assert (await Customer.get(id=c["A"].id)).collector_id == collector_membership.id
    assert await AuditEntry.filter(action="assignment_rules.apply", organization_id=org.id).count() == 1
    again = await gql(RULES_APPLY, {"d": False}, token=owner.token, org=org.id)
    assert again["data"]["assignmentRulesApply"]["changes"] == []

    moved = await gql(ASSIGN, {"ids": [str(c["A"].id), str(c["B"].id)], "m": str(me.id)}, token=owner.token, org=org.id)
    assert [x["customer"]["legalName"] for x in moved["data"]["customersAssignCollector"]["changes"]] == ["A 公司"]
    collector = await member(gql, Role.COLLECTOR, org=org)
    refused = await gql(ASSIGN, {"ids": [str(c["A"].id)], "m": None}, token=collector.token, org=org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


PAUSED = """
query($c: ID!) {
  dunningPause(customerId: $c) { until reason }
  collectionWorklist(filter: {}, first: 10) {
    nodes { customer { legalName } dunningPause { until reason } lastAction { outcome note noteCode } }
  }
}
"""


async def test_a_pause_in_force_shows_on_the_worklist_and_the_customer_until_its_last_day(gql, monkeypatch):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    me = await Membership.get(organization_id=org.id, user_id=owner.user.id)
    c, _ = await _book(org, me)
    actor, _ = await staff(org, Role.OWNER)
    await service.log_action(actor, c["E"].id, service.ActionData(ActionChannel.CALL, Outcome.REACHED, note="已接通"))
    await service.log_action(actor, c["E"].id, service.ActionData(ActionChannel.CALL, Outcome.NO_ANSWER, note="占线"))
    await service.pause_dunning(actor, c["B"].id, reason="客户重组中", until=day(2))
    await service.pause_dunning(actor, c["B"].id, reason="等一周", until=day(7))  # the longer of two in force
    await service.pause_dunning(actor, c["A"].id, reason="等待法务意见")
    await service.pause_dunning(actor, c["C"].id, reason="已解除")
    await service.resume_dunning(actor, c["C"].id)

    with count_queries(monkeypatch) as sent:
        result = await gql(PAUSED, {"c": str(c["B"].id)}, token=owner.token, org=org.id)
    assert result["data"]["dunningPause"] == {"until": day(7).isoformat(), "reason": "等一周"}
    rows = {n["customer"]["legalName"]: n["dunningPause"] for n in result["data"]["collectionWorklist"]["nodes"]}
    # Paused customers stay on the list (a pause stops reminders, not the collector), showing the pause.
    assert rows == {"D 公司": None, "E 公司": None, "B 公司": {"until": day(7).isoformat(), "reason": "等一周"},
                    "C 公司": None, "A 公司": {"until": None, "reason": "等待法务意见"}, "H 公司": None}
    assert sum("dunning_pauses" in q for q in sent) == 2  # one for the tab's query, one for every row of the list
    assert sum("FROM collection_actions" in q and "DISTINCT ON (customer_id) id" in q for q in sent) == 1
    last = {n["customer"]["legalName"]: n["lastAction"] for n in result["data"]["collectionWorklist"]["nodes"]}
    assert last["E 公司"] == {"outcome": "NO_ANSWER", "note": "占线", "noteCode": ""} and last["B 公司"] is None

    # In force through its last day, over from the next: the reminders resume by themselves.
    assert set(await service.pauses_in_force(org.id, [c["B"].id], day(7))) == {c["B"].id}
    assert await service.pauses_in_force(org.id, [c["B"].id], day(8)) == {}
    nothing = await gql(PAUSED, {"c": str(c["H"].id)}, token=owner.token, org=org.id)
    assert nothing["data"]["dunningPause"] is None


async def test_an_action_plan_or_case_on_a_customer_not_assigned_is_refused():
    org, owner = await org_with_owner(TZ)
    collector, membership = await staff(org, Role.COLLECTOR)
    cust = await customer(org)
    inv = await invoice(org, cust, total="100.00", due=day(-3), issued=day(-30))
    for call in (
        service.log_action(collector, cust.id, service.ActionData(ActionChannel.CALL, Outcome.REACHED)),
        plans.create_plan(collector, cust.id, amount="100.00", invoice_ids=[inv.id], installments=[plans.InstallmentData(day(1), "100.00")]),
        plans.open_case(collector, cust.id, invoice_ids=[inv.id]),
        service.open_dispute(collector, cust.id, reason=DisputeReason.PRICING, amount="10.00", invoice_ids=[inv.id]),
    ):
        with pytest.raises(DomainError) as err:
            await call
        assert err.value.errors[0].code.value == "NOT_ASSIGNED"
    with pytest.raises(DomainError) as err:
        await assignment.assign_customers(owner, [cust.id], membership.id)
        await assignment.assign_customers(owner, [], membership.id)
    assert err.value.errors[0].code.value == "REQUIRED"
