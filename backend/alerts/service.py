"""Early warnings: evaluating the rules for a set of customers (set-based, idempotent), working
alerts (acknowledge, resolve), configuring rules, flagging public credit records."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import connections
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..credit.inputs import Snapshot, load_snapshots
from ..credit.models import GRADES, CreditProfile, Grade, PublicRecord
from ..customers import repository as customers_repo
from ..customers.service import org_today
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError
from ..kit.money import MAX_AMOUNT, to_decimal
from ..kit.serialize import to_json_value
from ..kit.time import utcnow
from ..kit.uow import unit_of_work
from .errors import AlertErrorCode as Code
from .messages import alert_message, render_title
from .tasks import request_run
from .models import Alert, AlertRule, AlertState, RuleKind, Severity

# The rules every organization starts with (editable, never deleted: disable instead).
DEFAULT_RULES: tuple[tuple[RuleKind, str, Decimal | None, Severity], ...] = (
    (RuleKind.OVERDUE_DAYS, "逾期超过30天", Decimal("30.00"), Severity.WARNING),
    (RuleKind.OVERDUE_DAYS, "逾期超过90天", Decimal("90.00"), Severity.CRITICAL),
    (RuleKind.OVERDUE_AMOUNT, "逾期金额超过10万元", Decimal("100000.00"), Severity.WARNING),
    (RuleKind.LIMIT_UTILIZATION, "额度使用率超过90%", Decimal("90.00"), Severity.WARNING),
    (RuleKind.GRADE_DOWNGRADE, "信用等级下调", Decimal("1.00"), Severity.WARNING),
    (RuleKind.BROKEN_PROMISE, "承诺付款违约", None, Severity.WARNING),
    (RuleKind.PUBLIC_RECORD, "公共信用记录异常", None, Severity.CRITICAL),
)
# Rules whose condition is re-checked on every evaluation: their alerts resolve themselves when it clears.
CONDITION_KINDS = (RuleKind.OVERDUE_DAYS, RuleKind.OVERDUE_AMOUNT, RuleKind.LIMIT_UTILIZATION)
THRESHOLD_RANGES: dict[RuleKind, tuple[Decimal, Decimal, bool]] = {
    RuleKind.OVERDUE_DAYS: (Decimal(0), Decimal(3650), True),
    RuleKind.OVERDUE_AMOUNT: (Decimal(0), MAX_AMOUNT, False),
    RuleKind.LIMIT_UTILIZATION: (Decimal(0), Decimal(1000), False),
    RuleKind.GRADE_DOWNGRADE: (Decimal(1), Decimal(len(GRADES) - 1), True),
}
RULE_FIELDS = ("kind", "name", "threshold", "severity", "enabled")


async def ensure_rules(organization_id: uuid.UUID) -> list[AlertRule]:
    """The organization's rules, creating the defaults the first time (inside the caller's transaction)."""
    db = connections.get("default")
    await db.execute_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"alert_rules:{organization_id}"])
    rules = await AlertRule.filter(organization_id=organization_id).order_by("created_at", "id")
    if rules:
        return list(rules)
    await AlertRule.bulk_create(
        [
            AlertRule(organization_id=organization_id, kind=kind, name=name, threshold=threshold, severity=severity)
            for kind, name, threshold, severity in DEFAULT_RULES
        ]
    )
    return list(await AlertRule.filter(organization_id=organization_id).order_by("created_at", "id"))


# --- evaluation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    rule: AlertRule
    customer_id: uuid.UUID
    owner_id: uuid.UUID | None
    cause_key: str
    details: dict[str, Any]


INSERT_SQL = """
INSERT INTO alerts (id, organization_id, rule_id, kind, customer_id, cause_key, severity, state, title, details,
                    owner_id, raised_at, resolution_note)
SELECT u.id, $1, u.rule_id, u.kind, u.customer_id, u.cause_key, u.severity, 'open', u.title, u.details::jsonb,
       u.owner_id, now(), ''
FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[])
     AS u(id, rule_id, kind, customer_id, cause_key, severity, title, details, owner_id)
ON CONFLICT (organization_id, kind, customer_id, cause_key) WHERE state <> 'resolved' DO NOTHING
RETURNING id
"""

AUTO_RESOLVE_SQL = """
UPDATE alerts a SET state = 'resolved', resolved_at = now(), resolution_note = 'condition cleared'
FROM unnest($2::uuid[], $3::uuid[]) AS v(rule_id, customer_id)
WHERE a.organization_id = $1 AND a.rule_id = v.rule_id AND a.customer_id = v.customer_id AND a.state <> 'resolved'
"""


def _condition(rule: AlertRule, snapshot: Snapshot, limit: Decimal | None, currency: str) -> dict[str, Any] | None:
    """The figures that raise the alert when the customer meets the rule's condition (amounts in `currency`)."""
    b = snapshot.inputs.behaviour
    threshold = rule.threshold or Decimal(0)
    if rule.kind is RuleKind.OVERDUE_DAYS and b.worst_days_overdue > threshold:
        return {"worst_days_overdue": b.worst_days_overdue, "overdue_balance": b.overdue_balance, "threshold": threshold, "currency": currency}
    if rule.kind is RuleKind.OVERDUE_AMOUNT and b.overdue_balance > threshold:
        return {"overdue_balance": b.overdue_balance, "threshold": threshold, "currency": currency}
    if rule.kind is RuleKind.LIMIT_UTILIZATION and limit is not None:
        exposure = b.open_balance
        over = exposure * 100 > threshold * limit if limit > 0 else exposure > 0
        if over:
            utilization = (exposure * 100 / limit).quantize(Decimal("0.01")) if limit > 0 else None
            return {
                "exposure": exposure, "credit_limit": limit, "utilization_pct": utilization, "threshold": threshold,
                "currency": currency,
            }
    return None


async def evaluate(
    organization_id: uuid.UUID,
    snapshots: Mapping[uuid.UUID, Snapshot],
    *,
    limits: Mapping[uuid.UUID, Decimal | None],
    downgrades: Sequence[tuple[uuid.UUID, uuid.UUID, Grade, Grade]] = (),
) -> int:
    """Raise the alerts these customers' figures call for and resolve those whose condition cleared.
    `limits` are the credit limits now in force; `downgrades` are (customer, new assessment, from, to).
    Idempotent: an open alert for the same cause blocks a second one (unique partial index)."""
    rules = [r for r in await ensure_rules(organization_id) if r.enabled]
    currency = await Organization.filter(id=organization_id).first().values_list("base_currency", flat=True)
    candidates: list[Candidate] = []
    cleared: list[tuple[uuid.UUID, uuid.UUID]] = []
    for cid, snapshot in snapshots.items():
        owner = snapshot.customer.collector_id or snapshot.customer.owner_id
        for rule in rules:
            if rule.kind in CONDITION_KINDS:
                met = _condition(rule, snapshot, limits.get(cid), currency)
                if met is None:
                    cleared.append((rule.id, cid))
                else:
                    candidates.append(Candidate(rule, cid, owner, f"rule:{rule.id}", met))
            elif rule.kind is RuleKind.BROKEN_PROMISE:
                for broken in snapshot.broken_promises:
                    candidates.append(Candidate(rule, cid, owner, f"promise:{broken.id}", {
                        "promise_id": broken.id, "kind": broken.kind, "amount": broken.amount, "paid": broken.paid,
                        "currency": broken.currency, "due_on": broken.due_on,
                    }))
    steps = {r.id: int(r.threshold or 1) for r in rules if r.kind is RuleKind.GRADE_DOWNGRADE}
    for cid, assessment_id, before, after in downgrades:
        snapshot = snapshots[cid]
        owner = snapshot.customer.collector_id or snapshot.customer.owner_id
        for rule in rules:
            if rule.kind is RuleKind.GRADE_DOWNGRADE and GRADES.index(after) - GRADES.index(before) >= steps[rule.id]:
                candidates.append(
                    Candidate(
                        rule, cid, owner, f"assessment:{assessment_id}",
                        {"from": before.value, "to": after.value, "assessment_id": str(assessment_id)},
                    )
                )
    db = connections.get("default")
    if cleared:
        await db.execute_query(AUTO_RESOLVE_SQL, [organization_id, [r for r, _ in cleared], [c for _, c in cleared]])
    return await _insert(organization_id, candidates)


def _stored_title(candidate: Candidate) -> str:
    """The `title` column: the alert in Chinese for readers of the table itself; the API and the
    exports render it from its code and parameters in the reader's language."""
    return render_title(*alert_message(candidate.rule.kind, candidate.details), "zh-CN")[:200]


async def _insert(organization_id: uuid.UUID, candidates: Sequence[Candidate]) -> int:
    if not candidates:
        return 0
    rows = await connections.get("default").execute_query_dict(
        INSERT_SQL,
        [
            organization_id,
            [uuid.uuid4() for _ in candidates],
            [c.rule.id for c in candidates],
            [c.rule.kind.value for c in candidates],
            [c.customer_id for c in candidates],
            [c.cause_key for c in candidates],
            [c.rule.severity.value for c in candidates],
            [_stored_title(c) for c in candidates],
            [json.dumps(to_json_value(c.details), ensure_ascii=False) for c in candidates],
            [c.owner_id for c in candidates],
        ],
    )
    return len(rows)


async def evaluate_customers(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], as_of: date) -> int:
    """Run the rules for these customers against their current standing (no re-scoring)."""
    async with unit_of_work():
        snapshots = await load_snapshots(organization_id, customer_ids, as_of)
        limits = {cid: s.customer.credit_limit for cid, s in snapshots.items()}
        return await evaluate(organization_id, snapshots, limits=limits)


async def evaluate_customers_today(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID]) -> int:
    """The rules for these customers as of the organization's today (after a ledger change)."""
    return await evaluate_customers(organization_id, customer_ids, await org_today(organization_id))


EVALUATE_BATCH = 1000
_CUSTOMER_BATCH_SQL = """
SELECT id FROM customers
WHERE organization_id = $1 AND status <> 'archived' AND ($2::uuid IS NULL OR id > $2::uuid)
ORDER BY id LIMIT $3
"""


async def evaluate_organization(organization_id: uuid.UUID, batch_size: int = EVALUATE_BATCH) -> int:
    """Every (not archived) customer's rules as of the organization's today, a batch per
    transaction, in id order; returns the alerts raised."""
    today = await org_today(organization_id)
    db = connections.get("default")
    raised, last = 0, None
    while True:
        rows = await db.execute_query_dict(_CUSTOMER_BATCH_SQL, [organization_id, last, batch_size])
        if not rows:
            return raised
        ids = [r["id"] for r in rows]
        raised += await evaluate_customers(organization_id, ids, today)
        last = ids[-1]


async def request_evaluation(actor: Actor) -> None:
    """An admin's "run now": the whole organization's rules, evaluated by the worker."""
    actor.require_write().require(Permission.ALERT_RULES_MANAGE)
    async with unit_of_work():
        await request_run(actor.org_id)
        await audit.record(actor, "alert.evaluate_now", "organization", actor.org_id)


# --- working alerts -------------------------------------------------------------------------


def visible_alerts(actor: Actor) -> QuerySet[Alert]:
    return Alert.filter(organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor))


@dataclass(frozen=True)
class AlertListFilter:
    """The alert list's filters (GraphQL `alerts(filter:)` and the alerts export); unresolved
    alerts when no state is named."""

    states: tuple[AlertState, ...] = ()
    severities: tuple[Severity, ...] = ()
    kinds: tuple[RuleKind, ...] = ()
    customer_id: uuid.UUID | None = None
    customer_given: bool = False  # a customer id was given, even one that is not valid: nothing matches


def filtered_alerts(actor: Actor, f: AlertListFilter) -> QuerySet[Alert]:
    query = visible_alerts(actor)
    if f.states:
        query = query.filter(state__in=list(f.states))
    else:
        query = query.exclude(state=AlertState.RESOLVED)
    if f.severities:
        query = query.filter(severity__in=list(f.severities))
    if f.kinds:
        query = query.filter(kind__in=list(f.kinds))
    if f.customer_given:
        query = query.filter(customer_id=f.customer_id)
    return query


async def _locked_alert(actor: Actor, alert_id: uuid.UUID | None) -> Alert:
    found = await visible_alerts(actor).filter(id=alert_id).exists() if alert_id else False
    if not found:
        raise DomainError.single(Code.NOT_FOUND, "No such alert.", "id")
    return await Alert.filter(id=alert_id).select_for_update().get()


async def acknowledge(actor: Actor, alert_id: uuid.UUID | None) -> Alert:
    actor.require_write().require(Permission.ALERTS_WORK)
    async with unit_of_work():
        alert = await _locked_alert(actor, alert_id)
        if alert.state is not AlertState.OPEN:
            raise DomainError.single(Code.INVALID_STATE, f"Only open alerts can be acknowledged (this one is {alert.state.value}).", "id")
        alert.state = AlertState.ACKNOWLEDGED
        alert.acknowledged_by_id = actor.user_id
        alert.acknowledged_at = utcnow()
        await alert.save(update_fields=["state", "acknowledged_by_id", "acknowledged_at"])
        await audit.record(actor, "alert.acknowledge", "alert", alert.id, before={"state": "open"}, after={"state": alert.state.value})
    return alert


async def resolve(actor: Actor, alert_id: uuid.UUID | None, note: str) -> Alert:
    actor.require_write().require(Permission.ALERTS_WORK)
    if len(note) > 2000:
        raise DomainError.single(Code.TOO_LONG, "At most 2000 characters.", "note")
    async with unit_of_work():
        alert = await _locked_alert(actor, alert_id)
        if alert.state is AlertState.RESOLVED:
            raise DomainError.single(Code.INVALID_STATE, "This alert is already resolved.", "id")
        before = alert.state.value
        alert.state = AlertState.RESOLVED
        alert.resolved_by_id = actor.user_id
        alert.resolved_at = utcnow()
        alert.resolution_note = note.strip()
        await alert.save(update_fields=["state", "resolved_by_id", "resolved_at", "resolution_note"])
        await audit.record(actor, "alert.resolve", "alert", alert.id, before={"state": before}, after={"state": "resolved"})
    return alert


@dataclass(frozen=True)
class AlertCounts:
    open: int
    acknowledged: int
    open_critical: int
    open_warning: int
    open_info: int


COUNTS_SQL = """
SELECT COUNT(*) FILTER (WHERE a.state = 'open') AS open,
       COUNT(*) FILTER (WHERE a.state = 'acknowledged') AS acknowledged,
       COUNT(*) FILTER (WHERE a.state = 'open' AND a.severity = 'critical') AS open_critical,
       COUNT(*) FILTER (WHERE a.state = 'open' AND a.severity = 'warning') AS open_warning,
       COUNT(*) FILTER (WHERE a.state = 'open' AND a.severity = 'info') AS open_info
FROM alerts a
JOIN customers c ON c.id = a.customer_id
LEFT JOIN memberships mc ON mc.id = c.collector_id
LEFT JOIN memberships mo ON mo.id = c.owner_id
WHERE a.organization_id = $1 AND a.state <> 'resolved' AND ($2 OR mc.user_id = $3 OR mo.user_id = $3)
"""


@dataclass(frozen=True)
class SeverityCounts:
    critical: int
    warning: int
    info: int


async def severity_counts(actor: Actor, f: AlertListFilter) -> SeverityCounts:
    """The alerts page's cards: how many alerts of each severity the list would show under its
    other filters (states included, unresolved when none is named); the severity filter itself is
    left out, so each card says what choosing that severity lists. One grouped query."""
    rows = await (
        filtered_alerts(actor, replace(f, severities=()))
        .annotate(n=Count("id")).group_by("severity").values("severity", "n")
    )
    found = {Severity(r["severity"]): int(r["n"]) for r in rows}
    return SeverityCounts(
        critical=found.get(Severity.CRITICAL, 0), warning=found.get(Severity.WARNING, 0), info=found.get(Severity.INFO, 0),
    )


async def counts(actor: Actor) -> AlertCounts:
    """Unresolved alerts of the customers the caller sees, for the dashboard."""
    rows = await connections.get("default").execute_query_dict(COUNTS_SQL, [actor.org_id, actor.sees_all_customers, actor.user_id])
    return AlertCounts(**{k: int(v) for k, v in rows[0].items()})


# --- rules ----------------------------------------------------------------------------------


def _threshold(kind: RuleKind, raw: object) -> Decimal | None:
    if kind not in THRESHOLD_RANGES:
        if raw is not None:
            raise DomainError.single(Code.INVALID_THRESHOLD, "This kind of rule has no threshold.", "threshold")
        return None
    low, high, whole = THRESHOLD_RANGES[kind]
    value = to_decimal(raw) if raw is not None else None
    if value is None or not low <= value <= high or (whole and value != value.to_integral_value()) or value != value.quantize(Decimal("0.01")):
        kind_text = "whole number" if whole else "number"
        raise DomainError.single(Code.INVALID_THRESHOLD, f"Enter a {kind_text} between {low} and {high}.", "threshold")
    return value.quantize(Decimal("0.01"))


def _name(name: str) -> str:
    if not name.strip():
        raise DomainError.single(Code.REQUIRED, "Name the rule.", "name")
    if len(name.strip()) > 100:
        raise DomainError.single(Code.TOO_LONG, "At most 100 characters.", "name")
    return name.strip()


async def create_rule(
    actor: Actor, *, kind: RuleKind, name: str, threshold: object, severity: Severity, enabled: bool = True
) -> AlertRule:
    actor.require_write().require(Permission.ALERT_RULES_MANAGE)
    clean_name, value = _name(name), _threshold(kind, threshold)
    async with unit_of_work():
        await ensure_rules(actor.org_id)
        rule = await AlertRule.create(
            organization_id=actor.org_id, kind=kind, name=clean_name, threshold=value, severity=severity,
            enabled=enabled, updated_by_id=actor.user_id,
        )
        await audit.record(actor, "alert_rule.create", "alert_rule", rule.id, after=audit.snapshot(rule, RULE_FIELDS))
    return rule


async def update_rule(actor: Actor, rule_id: uuid.UUID | None, version: int, changes: dict[str, Any]) -> AlertRule:
    actor.require_write().require(Permission.ALERT_RULES_MANAGE)
    async with unit_of_work():
        await ensure_rules(actor.org_id)
        rule = await AlertRule.filter(id=rule_id, organization_id=actor.org_id).select_for_update().first() if rule_id else None
        if rule is None:
            raise DomainError.single(Code.NOT_FOUND, "No such rule.", "id")
        if rule.version != version:
            raise DomainError.single(Code.STALE_VERSION, "Someone changed this rule meanwhile; reload it.", "version")
        before = audit.snapshot(rule, RULE_FIELDS)
        if "name" in changes:
            rule.name = _name(changes["name"] or "")
        if "threshold" in changes:
            rule.threshold = _threshold(rule.kind, changes["threshold"])
        if "severity" in changes:
            rule.severity = Severity(changes["severity"])
        if "enabled" in changes:
            rule.enabled = bool(changes["enabled"])
        rule.version += 1
        rule.updated_by_id = actor.user_id
        await rule.save()
        await audit.record(actor, "alert_rule.update", "alert_rule", rule.id, before=before, after=audit.snapshot(rule, RULE_FIELDS))
    return rule


async def list_rules(actor: Actor) -> list[AlertRule]:
    async with unit_of_work():
        return await ensure_rules(actor.org_id)


# --- public credit record -------------------------------------------------------------------

RECORD_RANK = {PublicRecord.CLEAN: 0, PublicRecord.MINOR: 1, PublicRecord.DISHONEST: 2}


async def flag_public_record(
    actor: Actor, customer_id: uuid.UUID | None, *, record: PublicRecord, note: str, checked_on: date | None
) -> tuple[CreditProfile, Alert | None]:
    """Staff record what a public credit check (e.g. 信用中国, the dishonest judgment debtor list)
    showed; a record worse than before raises a public-record alert."""
    actor.require_write().require(Permission.ALERTS_WORK)
    if actor.user_id is None:
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "This needs a signed-in user, not an API key.")
    errors: list[FieldError] = []
    if len(note) > 500:
        errors.append(FieldError(Code.TOO_LONG, "At most 500 characters.", "note"))
    if record is not PublicRecord.CLEAN and not note.strip():
        errors.append(FieldError(Code.REQUIRED, "Say what the record shows and where.", "note"))
    today = await org_today(actor.org_id)
    if checked_on is not None and checked_on > today:
        errors.append(FieldError(Code.INVALID_DATE, "The check cannot be in the future.", "checkedOn"))
    if errors:
        raise DomainError(*errors)
    async with unit_of_work():
        customer = await customers_repo.get_visible(actor, customer_id, for_update=True)
        if customer is None:
            raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
        profile, _ = await CreditProfile.get_or_create(customer_id=customer.id, defaults={"organization_id": actor.org_id})
        previous = profile.public_record
        profile.public_record = record
        profile.public_record_note = note.strip()
        profile.public_record_checked_on = checked_on or today
        profile.updated_by_id = actor.user_id
        profile.version += 1
        await profile.save()
        alert = None
        worse = RECORD_RANK[record] > RECORD_RANK.get(previous, 0) if previous else record is not PublicRecord.CLEAN
        if worse:
            rule = next((r for r in await ensure_rules(actor.org_id) if r.kind is RuleKind.PUBLIC_RECORD and r.enabled), None)
            if rule is not None:
                candidate = Candidate(
                    rule, customer.id, customer.collector_id or customer.owner_id, f"public_record:{record.value}",
                    {"record": record.value, "note": note.strip()},
                )
                await _insert(actor.org_id, [candidate])
                alert = await Alert.filter(
                    organization_id=actor.org_id, customer_id=customer.id, kind=RuleKind.PUBLIC_RECORD,
                    cause_key=candidate.cause_key,
                ).exclude(state=AlertState.RESOLVED).first()
        await audit.record(
            actor, "customer.public_record", "customer", customer.id,
            before={"public_record": previous.value if previous else None}, after={"public_record": record.value},
        )
    return profile, alert
