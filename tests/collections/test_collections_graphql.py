"""The GraphQL layer of collections: dunning policies with their validation (nothing changed on a
refusal), the credit policy's link to a dunning policy of the same organization only, the
collection log (assignment, author-only edits in a window, audit), promises and disputes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from backend.accounts.models import Membership, Role
from backend.audit.models import AuditEntry
from backend.collections import service
from backend.collections.models import (
    ActionChannel, ClaimStatus, CollectionAction, DisputeReason, DunningPolicy, DunningStage, Outcome, ReminderClaim,
)
from backend.collections.reminders import run_organization
from backend.credit.models import CreditPolicy
from backend.customers.models import Customer
from backend.kit.time import local_today
from tests.collections.factories import Outbox, customer, invoice, policy, staff, utc
from tests.collections.test_reminder_once import NoSuchMailbox
from tests.credit.querycount import count_queries
from tests.fixtures.api import member, unique

POLICY_CREATE = """
mutation($i: DunningPolicyInput!) {
  dunningPolicyCreate(input: $i) {
    policy { id name isDefault version allowedWeekdays quietHoursStart quietHoursEnd minAmount
             stages { offsetDays channel templates { language subject body } } }
    errors { field code message }
  }
}
"""
POLICY_UPDATE = """
mutation($id: ID!, $v: Int!, $i: DunningPolicyInput!) {
  dunningPolicyUpdate(id: $id, version: $v, input: $i) { policy { version stages { offsetDays } } errors { field code message } }
}
"""
POLICIES = "{ dunningPolicies { name isDefault stages { offsetDays channel } } }"
CREDIT_POLICY = """
mutation($p: ID) {
  creditPolicyUpdate(grade: B, version: 0, reason: "催收节奏", input: {dunningPolicyId: $p}) { policy { dunningPolicyId } errors { field code } }
}
"""
ACTION_CREATE = """
mutation($c: ID!, $i: CollectionActionInput!) {
  collectionActionCreate(customerId: $c, input: $i) {
    action { id version channel outcome note nextFollowUpOn collector { id } author { email } invoices { number } }
    errors { field code message }
  }
}
"""
ACTION_UPDATE = """
mutation($id: ID!, $v: Int!, $i: CollectionActionUpdateInput!) {
  collectionActionUpdate(id: $id, version: $v, input: $i) { action { note outcome version } errors { field code } }
}
"""
PROMISE = """
mutation($c: ID!, $i: PromiseToPayInput!) {
  promiseToPayCreate(customerId: $c, input: $i) { promise { amount currency status promisedOn invoices { number } } errors { field code message } }
}
"""
DISPUTE = """
mutation($c: ID!, $i: DisputeInput!) {
  disputeOpen(customerId: $c, input: $i) { dispute { id status reason amount owner { id } invoices { number } } errors { field code } }
}
"""
RESOLVE = """
mutation($id: ID!) { disputeResolve(id: $id, resolution: CREDIT_NOTE, note: "开红字发票") { dispute { status resolution daysToResolve } errors { field code } } }
"""
LOG = """
query($c: ID) {
  collectionActions(customerId: $c) { totalCount nodes { outcome note } }
  promisesToPay(customerId: $c) { nodes { amount status } }
  disputes(customerId: $c) { nodes { status } }
}
"""


def _template(lang: str, body: str, subject: str = "提醒 {customer_name}") -> dict[str, str]:
    return {"language": lang, "subject": subject, "body": body}


def _stage(offset: int, channel: str = "EMAIL", zh: str = "{customer_name} 合计 {total_open}", en: str = "Dear {contact_name}") -> dict:
    return {"offsetDays": offset, "channel": channel, "templates": [_template("zh-CN", zh), _template("en", en)]}


def _policy(**kwargs: Any) -> dict[str, Any]:
    return {"name": unique("标准催收"), "stages": [_stage(-3), _stage(0), _stage(7, "PHONE_TASK")], **kwargs}


def _errors(result: dict, name: str) -> list[tuple[str, str]]:
    assert "errors" not in result, result
    return [(e["field"], e["code"]) for e in result["data"][name]["errors"]]


async def test_a_policy_is_saved_whole_with_its_stages(gql):
    owner = await member(gql, Role.OWNER)
    result = await gql(POLICY_CREATE, {"i": _policy(minAmount="100.00", allowedWeekdays=[5, 1, 2])}, token=owner.token, org=owner.org.id)
    payload = result["data"]["dunningPolicyCreate"]
    assert payload["errors"] == []
    policy = payload["policy"]
    assert policy["isDefault"] is True  # the organization's first policy
    assert policy["allowedWeekdays"] == [1, 2, 5] and policy["minAmount"] == "100.00"
    assert [(s["offsetDays"], s["channel"]) for s in policy["stages"]] == [(-3, "EMAIL"), (0, "EMAIL"), (7, "PHONE_TASK")]
    assert policy["stages"][0]["templates"][1] == {"language": "zh-CN", "subject": "提醒 {customer_name}", "body": "{customer_name} 合计 {total_open}"}

    second = await gql(POLICY_CREATE, {"i": _policy(isDefault=True)}, token=owner.token, org=owner.org.id)
    assert second["data"]["dunningPolicyCreate"]["policy"]["isDefault"] is True
    listed = (await gql(POLICIES, token=owner.token, org=owner.org.id))["data"]["dunningPolicies"]
    assert [p["isDefault"] for p in listed] == [True, False]

    updated = await gql(POLICY_UPDATE, {"id": policy["id"], "v": 1, "i": _policy(stages=[_stage(1), _stage(10)])}, token=owner.token, org=owner.org.id)
    assert updated["data"]["dunningPolicyUpdate"] == {"policy": {"version": 2, "stages": [{"offsetDays": 1}, {"offsetDays": 10}]}, "errors": []}
    assert await AuditEntry.filter(organization_id=owner.org.id, action="dunning_policy.update").count() == 1


async def test_bad_policies_are_refused_with_the_problem_named_and_nothing_changed(gql):
    owner = await member(gql, Role.OWNER)
    cases = [
        (_policy(stages=[_stage(0), _stage(-3)]), [("stages[1].offsetDays", "STAGE_ORDER")]),
        (_policy(stages=[_stage(0), _stage(0)]), [("stages[1].offsetDays", "DUPLICATE_STAGE")]),
        (_policy(stages=[]), [("stages", "NO_STAGES")]),
        (_policy(stages=[_stage(0, en="Dear {contact_name}, pay {amount_due}")]), [("stages[0].templates[1].body", "UNKNOWN_VARIABLE")]),
        (_policy(stages=[_stage(0, zh="{customer_name.__class__}")]), [("stages[0].templates[0].body", "UNKNOWN_VARIABLE")]),
        (_policy(stages=[_stage(0, zh="未闭合 {customer_name")]), [("stages[0].templates[0].body", "INVALID_TEMPLATE")]),
        (_policy(stages=[_stage(0, zh="{total_open!r}")]), [("stages[0].templates[0].body", "INVALID_TEMPLATE")]),
        (_policy(stages=[{"offsetDays": 0, "channel": "EMAIL", "templates": [_template("zh-CN", "您好")]}]),
         [("stages[0].templates", "MISSING_TEMPLATE")]),
        (_policy(stages=[{"offsetDays": 0, "channel": "SMS", "templates": [_template("fr", "Bonjour"), _template("zh-CN", "您好")]}]),
         [("stages[0].templates[0].language", "UNKNOWN_LANGUAGE"), ("stages[0].templates", "MISSING_TEMPLATE")]),
        (_policy(minAmount="-1"), [("minAmount", "INVALID_AMOUNT")]),
        (_policy(quietHoursStart=24, quietHoursEnd=8), [("quietHoursStart", "INVALID_VALUE")]),
        (_policy(allowedWeekdays=[]), [("allowedWeekdays", "INVALID_VALUE")]),
        (_policy(payLink="javascript:alert(1)"), [("payLink", "INVALID_VALUE")]),
        (_policy(name="  "), [("name", "REQUIRED")]),
    ]
    for policy_input, expected in cases:
        result = await gql(POLICY_CREATE, {"i": policy_input}, token=owner.token, org=owner.org.id)
        assert _errors(result, "dunningPolicyCreate") == expected, policy_input
    # An amount no column holds is refused by the Decimal scalar before the service runs.
    huge = await gql(POLICY_CREATE, {"i": _policy(minAmount="1e1000000")}, token=owner.token, org=owner.org.id)
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in huge["errors"]] == [("OUT_OF_RANGE", "i.minAmount")]
    unknown = await gql(POLICY_CREATE, {"i": cases[3][0]}, token=owner.token, org=owner.org.id)
    assert "{amount_due}" in unknown["data"]["dunningPolicyCreate"]["errors"][0]["message"]
    assert not await DunningPolicy.filter(organization_id=owner.org.id).exists()

    created = await gql(POLICY_CREATE, {"i": _policy(name="标准")}, token=owner.token, org=owner.org.id)
    policy_id = created["data"]["dunningPolicyCreate"]["policy"]["id"]
    refused = await gql(POLICY_UPDATE, {"id": policy_id, "v": 1, "i": _policy(name="标准", stages=[_stage(5), _stage(5)])},
                        token=owner.token, org=owner.org.id)
    assert _errors(refused, "dunningPolicyUpdate") == [("stages[1].offsetDays", "DUPLICATE_STAGE")]
    stale = await gql(POLICY_UPDATE, {"id": policy_id, "v": 7, "i": _policy(name="标准")}, token=owner.token, org=owner.org.id)
    assert _errors(stale, "dunningPolicyUpdate") == [("version", "STALE_VERSION")]
    duplicate = await gql(POLICY_CREATE, {"i": _policy(name="标准")}, token=owner.token, org=owner.org.id)
    assert _errors(duplicate, "dunningPolicyCreate") == [("name", "DUPLICATE_NAME")]
    row = await DunningPolicy.get(id=policy_id)
    assert row.version == 1
    assert await DunningStage.filter(policy_id=policy_id).order_by("offset_days").values_list("offset_days", flat=True) == [-3, 0, 7]

    finance = await member(gql, Role.FINANCE, org=owner.org)
    forbidden = await gql(POLICY_CREATE, {"i": _policy()}, token=finance.token, org=owner.org.id)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_credit_policy_links_only_a_dunning_policy_of_its_organization(gql):
    owner = await member(gql, Role.OWNER)
    other = await member(gql, Role.OWNER)
    theirs = await gql(POLICY_CREATE, {"i": _policy()}, token=other.token, org=other.org.id)
    foreign_id = theirs["data"]["dunningPolicyCreate"]["policy"]["id"]
    refused = await gql(CREDIT_POLICY, {"p": foreign_id}, token=owner.token, org=owner.org.id)
    assert _errors(refused, "creditPolicyUpdate") == [("dunningPolicyId", "NOT_FOUND")]
    garbage = await gql(CREDIT_POLICY, {"p": "not-a-uuid"}, token=owner.token, org=owner.org.id)
    assert _errors(garbage, "creditPolicyUpdate") == [("dunningPolicyId", "NOT_FOUND")]
    assert not await CreditPolicy.filter(organization_id=owner.org.id).exists()

    ours = await gql(POLICY_CREATE, {"i": _policy()}, token=owner.token, org=owner.org.id)
    our_id = ours["data"]["dunningPolicyCreate"]["policy"]["id"]
    accepted = await gql(CREDIT_POLICY, {"p": our_id}, token=owner.token, org=owner.org.id)
    assert accepted["data"]["creditPolicyUpdate"] == {"policy": {"dunningPolicyId": our_id}, "errors": []}


async def test_collectors_log_actions_on_their_customers_only_and_edit_them_for_a_day(gql):
    owner = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    colleague = await member(gql, Role.COLLECTOR, org=owner.org)
    mine_membership = await Membership.get(user_id=collector.user.id, organization_id=owner.org.id)
    mine = await Customer.create(organization=owner.org, code=unique("C"), legal_name="甲公司", collector=mine_membership)
    theirs = await Customer.create(organization=owner.org, code=unique("C"), legal_name="乙公司")
    inv = await invoice(owner.org, mine, total="500.00", due=date(2026, 1, 31))
    follow_up = (local_today("Asia/Shanghai") + timedelta(days=2)).isoformat()
    call = {"channel": "CALL", "outcome": "NO_ANSWER", "note": "无人接听", "nextFollowUpOn": follow_up, "invoiceIds": [str(inv.id)]}

    refused = await gql(ACTION_CREATE, {"c": str(theirs.id), "i": call}, token=collector.token, org=owner.org.id)
    assert _errors(refused, "collectionActionCreate") == [("customerId", "NOT_ASSIGNED")]
    assert not await CollectionAction.filter(customer_id=theirs.id).exists()
    past = await gql(ACTION_CREATE, {"c": str(mine.id), "i": {**call, "nextFollowUpOn": "2020-01-01"}}, token=collector.token, org=owner.org.id)
    assert _errors(past, "collectionActionCreate") == [("nextFollowUpOn", "INVALID_DATE")]

    created = (await gql(ACTION_CREATE, {"c": str(mine.id), "i": call}, token=collector.token, org=owner.org.id))["data"]["collectionActionCreate"]
    assert created["errors"] == []
    action = created["action"]
    assert action["author"] == {"email": collector.user.email} and action["collector"] == {"id": str(mine_membership.id)}
    assert action["invoices"] == [{"number": inv.number}] and action["nextFollowUpOn"] == follow_up

    edit = {"note": "无人接听，已发短信", "outcome": "LEFT_MESSAGE"}
    by_other = await gql(ACTION_UPDATE, {"id": action["id"], "v": 1, "i": edit}, token=owner.token, org=owner.org.id)
    assert _errors(by_other, "collectionActionUpdate") == [("id", "NOT_AUTHOR")]
    not_visible = await gql(ACTION_UPDATE, {"id": action["id"], "v": 1, "i": edit}, token=colleague.token, org=owner.org.id)
    assert _errors(not_visible, "collectionActionUpdate") == [("customerId", "NOT_ASSIGNED")]
    ok = await gql(ACTION_UPDATE, {"id": action["id"], "v": 1, "i": edit}, token=collector.token, org=owner.org.id)
    assert ok["data"]["collectionActionUpdate"] == {"action": {"note": "无人接听，已发短信", "outcome": "LEFT_MESSAGE", "version": 2}, "errors": []}
    entries = await AuditEntry.filter(target_id=action["id"]).order_by("created_at").values_list("action", flat=True)
    assert entries == ["collection_action.create", "collection_action.update"]

    # A day later the log is append-only.
    logged = await CollectionAction.get(id=action["id"])
    await CollectionAction.filter(id=logged.id).update(created_at=logged.created_at - timedelta(hours=25))
    late = await gql(ACTION_UPDATE, {"id": action["id"], "v": 2, "i": {"note": "改"}}, token=collector.token, org=owner.org.id)
    assert _errors(late, "collectionActionUpdate") == [("id", "EDIT_WINDOW_CLOSED")]

    log = (await gql(LOG, {"c": str(mine.id)}, token=collector.token, org=owner.org.id))["data"]
    assert log["collectionActions"] == {"totalCount": 1, "nodes": [{"outcome": "LEFT_MESSAGE", "note": "无人接听，已发短信"}]}
    assert (await gql(LOG, {"c": None}, token=colleague.token, org=owner.org.id))["data"]["collectionActions"]["totalCount"] == 0


async def test_promises_and_disputes_through_graphql(gql):
    owner = await member(gql, Role.OWNER)
    cust = await Customer.create(organization=owner.org, code=unique("C"), legal_name="丙公司")
    inv = await invoice(owner.org, cust, total="900.00", due=date(2026, 1, 31))
    usd = await invoice(owner.org, cust, total="100.00", due=date(2026, 1, 31), currency="USD")
    today = local_today("Asia/Shanghai")
    past = await gql(PROMISE, {"c": str(cust.id), "i": {"amount": "100", "promisedOn": (today - timedelta(days=1)).isoformat(),
                                                          "invoiceIds": [str(inv.id)]}}, token=owner.token, org=owner.org.id)
    assert _errors(past, "promiseToPayCreate") == [("promisedOn", "PROMISE_IN_PAST")]
    mixed = await gql(PROMISE, {"c": str(cust.id), "i": {"amount": "100", "promisedOn": today.isoformat(),
                                                           "invoiceIds": [str(inv.id), str(usd.id)]}}, token=owner.token, org=owner.org.id)
    assert _errors(mixed, "promiseToPayCreate") == [("invoiceIds", "MIXED_CURRENCIES")]
    ok = await gql(PROMISE, {"c": str(cust.id), "i": {"amount": "450.00", "promisedOn": today.isoformat(), "invoiceIds": [str(inv.id)]}},
                   token=owner.token, org=owner.org.id)
    assert ok["data"]["promiseToPayCreate"]["promise"] == {
        "amount": "450.00", "currency": "CNY", "status": "OPEN", "promisedOn": today.isoformat(), "invoices": [{"number": inv.number}],
    }

    dispute = await gql(DISPUTE, {"c": str(cust.id), "i": {"reason": "QUALITY", "amount": "200.00", "invoiceIds": [str(inv.id)]}},
                        token=owner.token, org=owner.org.id)
    opened = dispute["data"]["disputeOpen"]["dispute"]
    assert opened["status"] == "OPEN" and opened["invoices"] == [{"number": inv.number}] and opened["owner"] is not None
    too_much = await gql(DISPUTE, {"c": str(cust.id), "i": {"reason": "PRICING", "amount": "900.01", "invoiceIds": [str(inv.id)]}},
                         token=owner.token, org=owner.org.id)
    assert _errors(too_much, "disputeOpen") == [("amount", "INVALID_AMOUNT")]
    resolved = await gql(RESOLVE, {"id": opened["id"]}, token=owner.token, org=owner.org.id)
    assert resolved["data"]["disputeResolve"]["dispute"]["status"] == "RESOLVED"
    assert resolved["data"]["disputeResolve"]["dispute"]["daysToResolve"] >= 0
    again = await gql(RESOLVE, {"id": opened["id"]}, token=owner.token, org=owner.org.id)
    assert _errors(again, "disputeResolve") == [("id", "INVALID_STATE")]
    log = (await gql(LOG, {"c": str(cust.id)}, token=owner.token, org=owner.org.id))["data"]
    assert log["promisesToPay"]["nodes"] == [{"amount": "450.00", "status": "OPEN"}]
    assert log["disputes"]["nodes"] == [{"status": "RESOLVED"}]


PAUSE = """
mutation($c: ID!, $u: Date) { dunningPause(customerId: $c, reason: "客户重组", until: $u) { pause { until reason liftedAt } errors { field code } } }
"""
RESUME = "mutation($c: ID!) { dunningResume(customerId: $c) { pausesLifted errors { field code } } }"
REMINDERS = """
query($s: [ReminderStatus!]) { reminders(statuses: $s) { totalCount nodes { id status recipient messageId customer { legalName } } } }
"""
REMINDER_RESOLVE = "mutation($id: ID!) { reminderResolve(id: $id, delivered: false) { reminder { status attempts } errors { field code } } }"


async def test_pauses_and_the_reminders_that_need_a_person(gql):
    owner = await member(gql, Role.OWNER)
    cust = await Customer.create(organization=owner.org, code=unique("C"), legal_name="丁公司")
    past = await gql(PAUSE, {"c": str(cust.id), "u": "2020-01-01"}, token=owner.token, org=owner.org.id)
    assert _errors(past, "dunningPause") == [("until", "INVALID_DATE")]
    paused = await gql(PAUSE, {"c": str(cust.id), "u": None}, token=owner.token, org=owner.org.id)
    assert paused["data"]["dunningPause"] == {"pause": {"until": None, "reason": "客户重组", "liftedAt": None}, "errors": []}
    resumed = await gql(RESUME, {"c": str(cust.id)}, token=owner.token, org=owner.org.id)
    assert resumed["data"]["dunningResume"] == {"pausesLifted": 1, "errors": []}

    actor, _ = await staff(owner.org, Role.ADMIN)
    await policy(actor, (0,))
    lost = await customer(owner.org, email="nobody@example.com", legal_name="戊公司")
    await invoice(owner.org, lost, total="100.00", due=date(2026, 11, 3))

    await run_organization(owner.org.id, utc(2026, 11, 3, 1, 5), mailer=NoSuchMailbox())
    listed = (await gql(REMINDERS, {"s": ["FAILED", "UNCONFIRMED", "NO_RECIPIENT"]}, token=owner.token, org=owner.org.id))["data"]["reminders"]
    assert listed["totalCount"] == 1
    [node] = listed["nodes"]
    assert node["status"] == "FAILED" and node["recipient"] == "nobody@example.com" and node["customer"] == {"legalName": "戊公司"}
    again = await gql(REMINDER_RESOLVE, {"id": node["id"]}, token=owner.token, org=owner.org.id)
    assert again["data"]["reminderResolve"] == {"reminder": {"status": "RETRY", "attempts": 0}, "errors": []}
    outbox = Outbox()
    await run_organization(owner.org.id, utc(2026, 11, 3, 2, 5), mailer=outbox)
    assert [m["Message-ID"] for m in outbox.messages] == [node["messageId"]]
    assert (await ReminderClaim.get(id=node["id"])).status is ClaimStatus.SENT


FULL_LOG = """
query {
  collectionActions(first: 50) { nodes { outcome author { email } collector { id } customer { legalName } invoices { number } } }
  promisesToPay(first: 50) { nodes { status collector { id } invoices { number } } }
  disputes(first: 50) { nodes { status owner { id } invoices { number } } }
}
"""


async def test_the_lists_cost_the_same_number_of_queries_for_one_row_or_many(gql, monkeypatch):
    async def org_with(rows: int) -> tuple:  # type: ignore[type-arg]
        owner = await member(gql, Role.OWNER)
        actor, _ = await staff(owner.org, Role.ADMIN)
        today = local_today("Asia/Shanghai")
        for _ in range(rows):
            cust = await Customer.create(organization=owner.org, code=unique("C"), legal_name=unique("客户"))
            inv = await invoice(owner.org, cust, total="100.00", due=date(2026, 1, 31))
            await service.log_action(actor, cust.id, service.ActionData(ActionChannel.CALL, Outcome.REACHED, invoice_ids=[inv.id]))
            await service.promise_to_pay(actor, cust.id, amount="50.00", promised_on=today, invoice_ids=[inv.id])
            await service.open_dispute(actor, cust.id, reason=DisputeReason.OTHER, amount="10.00", invoice_ids=[inv.id])
        return owner

    counts = []
    for rows in (1, 6):
        owner = await org_with(rows)
        with count_queries(monkeypatch) as sent:
            result = await gql(FULL_LOG, token=owner.token, org=owner.org.id)
        assert len(result["data"]["collectionActions"]["nodes"]) == rows
        counts.append(len(sent))
    assert counts[0] == counts[1]
