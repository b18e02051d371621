"""Acceptance 4: a customer crossing a threshold raises one alert; running the rules again raises none."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tortoise.exceptions import IntegrityError

from backend.accounts.models import Role
from backend.alerts import service
from backend.alerts.models import Alert, AlertRule, AlertState, RuleKind, Severity
from backend.credit import reassess
from backend.credit import service as credit
from backend.credit.models import CreditProfile, PublicRecord
from backend.kit.errors import DomainError
from tests.credit.factories import customer, days, invoice, org_and_owner, pay, profile, staff


async def _alerts(org, **filters) -> list[Alert]:
    return list(await Alert.filter(organization_id=org.id, **filters).order_by("raised_at", "id"))


async def test_crossing_the_overdue_threshold_raises_one_alert_and_rerunning_raises_none():
    org, owner = await org_and_owner()
    _, collector = await staff(org, Role.COLLECTOR)
    c = await customer(org, collector=collector)
    inv = await invoice(org, c, total="8000", issued=-60, due=-30)  # 30 days overdue: not over 30
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 0

    inv.due_date = days(-31)  # now 31 days overdue: over the 30-day rule, under the 90-day one
    await inv.save()
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 1
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 0
    (alert,) = await _alerts(org)
    rule = await AlertRule.get(id=alert.rule_id)
    assert (alert.kind, rule.threshold, alert.severity, alert.state) == (
        RuleKind.OVERDUE_DAYS, Decimal(30), Severity.WARNING, AlertState.OPEN,
    )
    assert alert.owner_id == collector.id and alert.details["worst_days_overdue"] == 31

    # Acknowledged, it still blocks a second alert; paid, it resolves itself; overdue again, a new one.
    await service.acknowledge(owner, alert.id)
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 0
    await pay(inv, "8000", 0)
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 0
    assert (await Alert.get(id=alert.id)).state is AlertState.RESOLVED
    await invoice(org, c, total="100", issued=-70, due=-40)
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 1
    assert len(await _alerts(org)) == 2


async def test_the_database_refuses_a_second_open_alert_for_the_same_cause():
    org, _ = await org_and_owner()
    c = await customer(org)
    values = dict(organization=org, kind=RuleKind.OVERDUE_DAYS, customer=c, cause_key="rule:x", severity=Severity.INFO, title="t")
    first = await Alert.create(**values)
    with pytest.raises(IntegrityError):
        await Alert.create(**values)
    first.state = AlertState.RESOLVED
    await first.save()
    await Alert.create(**values)  # the earlier one is resolved: a new cause episode


async def test_amount_and_utilization_rules_and_the_worker_raise_once():
    org, owner = await org_and_owner()
    c = await customer(org, credit_limit=Decimal("100000"))
    # 95,000 open of a 100,000 limit: utilization 95 % > 90 %; 120,000 overdue > 100,000.
    await invoice(org, c, total="95000", issued=-10, due=20)
    big = await customer(org, credit_limit=Decimal("1000000"))
    await invoice(org, big, total="120000", issued=-20, due=-5)
    assert await service.evaluate_customers(org.id, [c.id, big.id], days(0)) == 2
    kinds = {(a.customer_id, a.kind) for a in await _alerts(org)}
    assert kinds == {(c.id, RuleKind.LIMIT_UTILIZATION), (big.id, RuleKind.OVERDUE_AMOUNT)}
    assert await service.evaluate_customers(org.id, [c.id, big.id], days(0)) == 0


async def test_grade_downgrade_raises_one_alert_per_downgrade():
    org, owner = await org_and_owner()
    c = await customer(org)
    await profile(org, c, guarantee="none")  # as unknown (50 points), but enough to be scored
    await credit.assess_customer(owner, c.id)  # B, nothing owed (see docs/credit.md)
    await invoice(org, c, total="50000", issued=-200, due=-170)
    run = await reassess.run_reassessment(org.id)
    assert run.assessments_written == 1
    downgrades = await _alerts(org, kind=RuleKind.GRADE_DOWNGRADE)
    assert len(downgrades) == 1 and downgrades[0].details == {
        "from": "B", "to": "C", "assessment_id": downgrades[0].cause_key.removeprefix("assessment:"),
    }
    await reassess.run_reassessment(org.id)
    assert len(await _alerts(org, kind=RuleKind.GRADE_DOWNGRADE)) == 1


async def test_flagging_a_public_record_raises_an_alert_once():
    org, owner = await org_and_owner()
    c = await customer(org)
    profile, alert = await service.flag_public_record(owner, c.id, record=PublicRecord.DISHONEST, note="信用中国：失信被执行人", checked_on=None)
    assert profile.public_record is PublicRecord.DISHONEST and alert is not None
    assert (alert.kind, alert.severity) == (RuleKind.PUBLIC_RECORD, Severity.CRITICAL)
    _, again = await service.flag_public_record(owner, c.id, record=PublicRecord.DISHONEST, note="再次核查", checked_on=None)
    assert again is None and len(await _alerts(org)) == 1
    assert (await CreditProfile.get(customer_id=c.id)).public_record_note == "再次核查"
    with pytest.raises(DomainError) as no_note:
        await service.flag_public_record(owner, c.id, record=PublicRecord.MINOR, note="", checked_on=None)
    assert no_note.value.errors[0].code.value == "REQUIRED"


async def test_rules_are_configurable_and_checked():
    org, owner = await org_and_owner()
    rules = await service.list_rules(owner)
    assert [r.kind for r in rules].count(RuleKind.OVERDUE_DAYS) == 2
    overdue_30 = next(r for r in rules if r.kind is RuleKind.OVERDUE_DAYS and r.threshold == 30)
    with pytest.raises(DomainError) as bad:
        await service.update_rule(owner, overdue_30.id, overdue_30.version, {"threshold": "12.5"})
    assert (bad.value.errors[0].field, bad.value.errors[0].code.value) == ("threshold", "INVALID_THRESHOLD")
    with pytest.raises(DomainError) as stale:
        await service.update_rule(owner, overdue_30.id, overdue_30.version + 1, {"threshold": "15"})
    assert stale.value.errors[0].code.value == "STALE_VERSION"
    updated = await service.update_rule(owner, overdue_30.id, overdue_30.version, {"threshold": "15", "severity": Severity.INFO})
    assert (updated.threshold, updated.severity, updated.version) == (Decimal(15), Severity.INFO, overdue_30.version + 1)
    c = await customer(org)
    await invoice(org, c, total="10", issued=-30, due=-16)
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 1
    created = await service.create_rule(owner, kind=RuleKind.OVERDUE_DAYS, name="逾期超过7天", threshold="7", severity=Severity.INFO)
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 1
    assert {a.rule_id for a in await _alerts(org)} == {updated.id, created.id}


async def test_resolve_and_counts():
    org, owner = await org_and_owner()
    c = await customer(org)
    await invoice(org, c, total="200000", issued=-150, due=-120)
    # Over 30 and over 90 days (warning + critical), over 100,000 overdue (warning).
    assert await service.evaluate_customers(org.id, [c.id], days(0)) == 3
    counts = await service.counts(owner)
    assert (counts.open, counts.open_critical, counts.open_warning, counts.acknowledged) == (3, 1, 2, 0)
    first = (await _alerts(org))[0]
    await service.resolve(owner, first.id, "已电话沟通，客户承诺月底付款")
    with pytest.raises(DomainError) as twice:
        await service.resolve(owner, first.id, "")
    assert twice.value.errors[0].code.value == "INVALID_STATE"
    assert (await service.counts(owner)).open == 2
