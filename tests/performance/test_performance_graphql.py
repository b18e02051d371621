"""Performance through GraphQL: who sees which rows, bad periods, weights and targets."""

from __future__ import annotations

from datetime import datetime, timezone

from backend.accounts.models import Membership, Organization, Role
from backend.audit.models import AuditEntry
from tests.fixtures.api import member
from tests.performance.test_scores import march_ledger

PERIOD = {"start": "2026-03-01", "end": "2026-03-31"}

LEADERBOARD = """
query($period: PerformancePeriodInput!) {
  performanceLeaderboard(period: $period) { currency rows { collectorId rank score components { key points excluded } } }
}
"""

COLLECTOR = """
query($id: ID!, $period: PerformancePeriodInput!) {
  collectorPerformance(collectorId: $id, period: $period) { collectorId score cashCollected cashTarget cei
    components { key value target points weight effectiveWeight contribution excluded } }
}
"""

SETTINGS_UPDATE = """
mutation($input: PerformanceSettingsInput!) {
  performanceSettingsUpdate(input: $input) { settings { cash cei disputeTargetDays version } errors { field code message } }
}
"""

TARGET_SET = """
mutation($input: PerformanceTargetInput!) {
  performanceTargetSet(input: $input) { target { month cashTarget actionsTarget } errors { field code } }
}
"""

WEIGHTS = {"cash": 30, "cei": 20, "dso": 10, "overdueChange": 15, "actions": 10, "promises": 10, "disputes": 5}


async def test_managers_see_every_collector_and_collectors_only_themselves(gql):
    org, _, (a, b, c), (a_member, b_member, _) = await march_ledger(gql)
    finance = await member(gql, Role.FINANCE, org=org)
    board = (await gql(LEADERBOARD, {"period": PERIOD}, token=finance.token, org=org.id))["data"]["performanceLeaderboard"]
    assert [(r["collectorId"], r["rank"], r["score"]) for r in board["rows"]] == [
        (str(a.id), 1, "58.8"), (str(b.id), 2, "51.7"), (str(c.id), None, None)]
    assert board["currency"] == "CNY"

    own = (await gql(LEADERBOARD, {"period": PERIOD}, token=b_member.token, org=org.id))["data"]["performanceLeaderboard"]
    assert [(r["collectorId"], r["score"]) for r in own["rows"]] == [(str(b.id), "51.7")]

    mine = await gql(COLLECTOR, {"id": str(b.id), "period": PERIOD}, token=b_member.token, org=org.id)
    breakdown = {c["key"]: c for c in mine["data"]["collectorPerformance"]["components"]}
    assert breakdown["CEI"] == {"key": "CEI", "value": "71.43", "target": None, "points": "71.43", "weight": 20,
                                "effectiveWeight": "44.44", "contribution": "31.75", "excluded": None}
    assert breakdown["CASH"]["excluded"] == "NO_TARGET"

    other = await gql(COLLECTOR, {"id": str(a.id), "period": PERIOD}, token=b_member.token, org=org.id)
    assert other["data"] is None and other["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    sales = await member(gql, Role.SALES, org=org)
    refused = await gql(LEADERBOARD, {"period": PERIOD}, token=sales.token, org=org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    seen_by_manager = await gql(COLLECTOR, {"id": str(a.id), "period": PERIOD}, token=finance.token, org=org.id)
    assert seen_by_manager["data"]["collectorPerformance"]["score"] == "58.8"


async def test_bad_periods_are_refused_by_the_one_period_check(gql):
    """The codes of analytics' check_period, for the leaderboard and a collector's breakdown alike;
    the organization exists from 2024-05-10 (its creation), so the figures start there."""
    m = await member(gql, Role.OWNER)
    await Organization.filter(id=m.org.id).update(created_at=datetime(2024, 5, 10, 4, 0, tzinfo=timezone.utc))
    own = await Membership.get(organization_id=m.org.id)
    cases = [
        ({"start": "2026-03-31", "end": "2026-03-01"}, "PERIOD_REVERSED"),
        ({"start": "2026-03-01", "end": "2099-01-31"}, "PERIOD_IN_FUTURE"),
        ({"start": "2014-01-01", "end": "2026-03-31"}, "PERIOD_TOO_LONG"),
        ({"start": "2024-04-01", "end": "2024-05-09"}, "BEFORE_ORGANIZATION"),
    ]
    for period, code in cases:
        board = await gql(LEADERBOARD, {"period": period}, token=m.token, org=m.org.id)
        assert board["errors"][0]["extensions"] == {"code": code, "field": "end", "params": []}, period
        one = await gql(COLLECTOR, {"id": str(own.id), "period": period}, token=m.token, org=m.org.id)
        assert one["errors"][0]["extensions"]["code"] == code, period
    # Starting before the organization existed is a valid question: the period counts from its first day.
    young = await gql(LEADERBOARD, {"period": {"start": "2024-01-01", "end": "2024-06-30"}}, token=m.token, org=m.org.id)
    assert "errors" not in young, young


async def test_weights_must_sum_to_100_and_only_managers_set_them(gql):
    m = await member(gql, Role.OWNER)
    before = await AuditEntry.filter(organization_id=m.org.id).count()
    bad = await gql(SETTINGS_UPDATE, {"input": {"weights": {**WEIGHTS, "cash": 20}, "disputeTargetDays": 30}}, token=m.token, org=m.org.id)
    assert [(e["field"], e["code"]) for e in bad["data"]["performanceSettingsUpdate"]["errors"]] == [("weights", "WEIGHTS_SUM")]
    assert "90" in bad["data"]["performanceSettingsUpdate"]["errors"][0]["message"]
    bad = await gql(SETTINGS_UPDATE, {"input": {"weights": {**WEIGHTS, "cash": -10, "cei": 60}, "disputeTargetDays": 0}},
                    token=m.token, org=m.org.id)
    assert [(e["field"], e["code"]) for e in bad["data"]["performanceSettingsUpdate"]["errors"]] == [
        ("weights.cash", "WEIGHT_OUT_OF_RANGE"), ("disputeTargetDays", "INVALID_TARGET_DAYS")]
    assert await AuditEntry.filter(organization_id=m.org.id).count() == before

    good = await gql(SETTINGS_UPDATE, {"input": {"weights": {**WEIGHTS, "cash": 40, "disputes": 0, "promises": 5},
                                                 "disputeTargetDays": 14}}, token=m.token, org=m.org.id)
    assert good["data"]["performanceSettingsUpdate"] == {
        "settings": {"cash": 40, "cei": 20, "disputeTargetDays": 14, "version": 1}, "errors": []}
    assert await AuditEntry.filter(organization_id=m.org.id, action="performance_settings.update").count() == 1

    collector = await member(gql, Role.COLLECTOR, org=m.org)
    refused = await gql(SETTINGS_UPDATE, {"input": {"weights": WEIGHTS, "disputeTargetDays": 30}}, token=collector.token, org=m.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_targets_per_collector_and_month(gql):
    m = await member(gql, Role.ADMIN)
    collector = await member(gql, Role.COLLECTOR, org=m.org)
    cid = str((await Membership.get(user=collector.user, organization=m.org)).id)
    result = await gql(TARGET_SET, {"input": {"collectorId": cid, "month": "2026-03-17", "cashTarget": "50000.00", "actionsTarget": 40}},
                       token=m.token, org=m.org.id)
    assert result["data"]["performanceTargetSet"] == {
        "target": {"month": "2026-03-01", "cashTarget": "50000.00", "actionsTarget": 40}, "errors": []}
    bad = await gql(TARGET_SET, {"input": {"collectorId": cid, "month": "2026-03-01", "cashTarget": "-1.00", "actionsTarget": -3}},
                    token=m.token, org=m.org.id)
    assert [(e["field"], e["code"]) for e in bad["data"]["performanceTargetSet"]["errors"]] == [
        ("cashTarget", "INVALID_TARGET"), ("actionsTarget", "INVALID_TARGET")]
    stranger = await member(gql, Role.COLLECTOR)
    sid = str((await Membership.get(user=stranger.user, organization=stranger.org)).id)
    bad = await gql(TARGET_SET, {"input": {"collectorId": sid, "month": "2026-03-01", "cashTarget": "1.00"}}, token=m.token, org=m.org.id)
    assert [(e["field"], e["code"]) for e in bad["data"]["performanceTargetSet"]["errors"]] == [("collectorId", "INVALID_MEMBER")]
    assert await AuditEntry.filter(organization_id=m.org.id, action="performance_target.set").count() == 1
