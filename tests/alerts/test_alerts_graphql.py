"""Alerts over GraphQL: listed and counted for the customers the caller sees; acknowledged and
resolved with errors as data; rules configured by managers only."""

from __future__ import annotations

from backend.accounts.models import Membership, Role
from backend.alerts import service
from backend.alerts.models import Alert, AlertState, RuleKind, Severity
from tests.credit.factories import customer, days, invoice
from tests.fixtures.api import member

ALERTS = """
query($filter: AlertFilterInput) {
  alerts(filter: $filter) { totalCount nodes { id kind severity state title customer { code } owner { id } } }
  alertCounts { open acknowledged openCritical openWarning openInfo }
}
"""
ACK = "mutation($id: ID!) { alertAcknowledge(id: $id) { alert { state acknowledgedBy { email } } errors { field code } } }"
RESOLVE = "mutation($id: ID!) { alertResolve(id: $id, note: \"已收到回款计划\") { alert { state resolutionNote } errors { field code } } }"
FLAG = """
mutation($c: ID!) {
  customerPublicRecordFlag(customerId: $c, record: DISHONEST, note: "中国执行信息公开网：失信被执行人") {
    profile { publicRecord } alert { kind severity } errors { field code }
  }
}
"""


async def test_alerts_are_scoped_counted_and_worked(gql):
    owner = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    auditor = await member(gql, Role.AUDITOR, org=owner.org)
    mine = await Membership.get(organization_id=owner.org.id, user_id=collector.user.id)
    assigned = await customer(owner.org, code="K-1", collector=mine)
    other = await customer(owner.org, code="K-2")
    for c in (assigned, other):
        await invoice(owner.org, c, total="5000", issued=-60, due=-35)
    assert await service.evaluate_customers(owner.org.id, [assigned.id, other.id], days(0)) == 2

    everything = (await gql(ALERTS, token=owner.token, org=owner.org.id))["data"]
    assert everything["alerts"]["totalCount"] == 2
    assert everything["alertCounts"] == {"open": 2, "acknowledged": 0, "openCritical": 0, "openWarning": 2, "openInfo": 0}
    own = (await gql(ALERTS, token=collector.token, org=owner.org.id))["data"]
    assert [(n["customer"]["code"], n["owner"]["id"]) for n in own["alerts"]["nodes"]] == [("K-1", str(mine.id))]
    assert own["alertCounts"]["open"] == 1
    assert (await gql(ALERTS, token=auditor.token, org=owner.org.id))["data"]["alerts"]["totalCount"] == 2

    alert_id = own["alerts"]["nodes"][0]["id"]
    other_id = next(n["id"] for n in everything["alerts"]["nodes"] if n["customer"]["code"] == "K-2")
    assert (await gql(ACK, {"id": other_id}, token=collector.token, org=owner.org.id))["data"]["alertAcknowledge"]["errors"] == [
        {"field": "id", "code": "NOT_FOUND"}
    ]
    acked = (await gql(ACK, {"id": alert_id}, token=collector.token, org=owner.org.id))["data"]["alertAcknowledge"]
    assert acked["alert"] == {"state": "ACKNOWLEDGED", "acknowledgedBy": {"email": collector.user.email}}
    assert (await gql(ACK, {"id": alert_id}, token=collector.token, org=owner.org.id))["data"]["alertAcknowledge"]["errors"] == [
        {"field": "id", "code": "INVALID_STATE"}
    ]
    resolved = (await gql(RESOLVE, {"id": alert_id}, token=collector.token, org=owner.org.id))["data"]["alertResolve"]
    assert resolved["alert"] == {"state": "RESOLVED", "resolutionNote": "已收到回款计划"}
    assert (await gql(RESOLVE, {"id": other_id}, token=auditor.token, org=owner.org.id))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    unresolved = (await gql(ALERTS, token=owner.token, org=owner.org.id))["data"]
    assert unresolved["alerts"]["totalCount"] == 1 and unresolved["alertCounts"]["open"] == 1
    history = await gql(ALERTS, {"filter": {"states": ["RESOLVED"]}}, token=owner.token, org=owner.org.id)
    assert history["data"]["alerts"]["totalCount"] == 1


async def test_public_record_flag_and_rule_configuration(gql):
    owner = await member(gql, Role.OWNER)
    finance = await member(gql, Role.FINANCE, org=owner.org)
    c = await customer(owner.org)
    flagged = (await gql(FLAG, {"c": str(c.id)}, token=finance.token, org=owner.org.id))["data"]["customerPublicRecordFlag"]
    assert flagged == {"profile": {"publicRecord": "DISHONEST"}, "alert": {"kind": "PUBLIC_RECORD", "severity": "CRITICAL"}, "errors": []}

    rules = (await gql("{ alertRules { id kind threshold version } }", token=finance.token, org=owner.org.id))["data"]["alertRules"]
    overdue = next(r for r in rules if r["kind"] == "OVERDUE_DAYS" and r["threshold"] == "30.00")
    update = "mutation($id: ID!, $v: Int!, $t: Decimal) { alertRuleUpdate(id: $id, version: $v, input: {threshold: $t}) { rule { threshold } errors { field code } } }"
    refused = await gql(update, {"id": overdue["id"], "v": overdue["version"], "t": "20"}, token=finance.token, org=owner.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    bad = await gql(update, {"id": overdue["id"], "v": overdue["version"], "t": "-3"}, token=owner.token, org=owner.org.id)
    assert bad["data"]["alertRuleUpdate"]["errors"] == [{"field": "threshold", "code": "INVALID_THRESHOLD"}]
    ok = await gql(update, {"id": overdue["id"], "v": overdue["version"], "t": "20"}, token=owner.token, org=owner.org.id)
    assert ok["data"]["alertRuleUpdate"] == {"rule": {"threshold": "20.00"}, "errors": []}
    create = 'mutation { alertRuleCreate(input: {kind: BROKEN_PROMISE, name: "违约", threshold: "3"}) { rule { id } errors { field code } } }'
    assert (await gql(create, token=owner.token, org=owner.org.id))["data"]["alertRuleCreate"]["errors"] == [
        {"field": "threshold", "code": "INVALID_THRESHOLD"}
    ]


SEVERITY_COUNTS = "query($filter: AlertFilterInput) { alertSeverityCounts(filter: $filter) { critical warning info } }"


async def test_severity_cards_count_what_the_list_shows_under_its_filters_states_included(gql):
    owner = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    mine = await customer(owner.org, collector=await Membership.get(user_id=collector.user.id, organization_id=owner.org.id))
    other = await customer(owner.org)
    rows = [  # (customer, kind, severity, state)
        (mine, RuleKind.OVERDUE_DAYS, Severity.CRITICAL, AlertState.OPEN),
        (mine, RuleKind.OVERDUE_AMOUNT, Severity.WARNING, AlertState.OPEN),
        (other, RuleKind.OVERDUE_DAYS, Severity.WARNING, AlertState.ACKNOWLEDGED),
        (other, RuleKind.LIMIT_UTILIZATION, Severity.INFO, AlertState.RESOLVED),
        (mine, RuleKind.BROKEN_PROMISE, Severity.WARNING, AlertState.RESOLVED),
    ]
    for n, (c, kind, severity, state) in enumerate(rows):
        await Alert.create(organization=owner.org, customer=c, kind=kind, severity=severity, state=state, cause_key=f"k{n}", title="")

    async def cards(filter: dict | None, who=owner) -> dict:  # type: ignore[type-arg, no-untyped-def]
        return (await gql(SEVERITY_COUNTS, {"filter": filter}, token=who.token, org=owner.org.id))["data"]["alertSeverityCounts"]

    # Unresolved (the list's default): rows 1-3.
    assert await cards(None) == {"critical": 1, "warning": 2, "info": 0}
    # Open only: rows 1-2; resolved only: rows 4-5; every state: all five.
    assert await cards({"states": ["OPEN"]}) == {"critical": 1, "warning": 1, "info": 0}
    assert await cards({"states": ["RESOLVED"]}) == {"critical": 0, "warning": 1, "info": 1}
    assert await cards({"states": ["OPEN", "ACKNOWLEDGED", "RESOLVED"]}) == {"critical": 1, "warning": 3, "info": 1}
    # The kind filter applies; the severity filter does not (each card says what choosing it lists).
    assert await cards({"kinds": ["OVERDUE_DAYS"], "severities": ["CRITICAL"]}) == {"critical": 1, "warning": 1, "info": 0}
    # A collector counts only the customers assigned to them: rows 1, 2 and 5.
    assert await cards({"states": ["OPEN", "ACKNOWLEDGED", "RESOLVED"]}, collector) == {"critical": 1, "warning": 2, "info": 0}
