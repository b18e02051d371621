"""Who collects which customer: bulk assignment by hand, and assignment rules by region, grade and
open-balance band. Rules are saved whole, in order; applying them gives each active customer the
collector of the first enabled rule it matches (customers matching none keep theirs) and reports
the customers whose collector changed. The open balance is the customers' base-currency open
amount as of the organization's today (CUSTOMER_BALANCES_SQL, the one definition)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Membership
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..credit.models import GRADES
from ..customers import repository as customers_repo
from ..customers.models import Customer, CustomerStatus
from ..invoices.balances import CUSTOMER_BALANCES_SQL
from ..kit.clean import InputRejected, clean_text, parse_amount
from ..kit.errors import DomainError, FieldError
from ..kit.uow import unit_of_work
from .errors import CollectionsErrorCode as Code
from .models import AssignmentRule
from .service import _today

MAX_RULES = 100
MAX_CUSTOMERS = 500


@dataclass(frozen=True)
class RuleData:
    collector_id: uuid.UUID | None
    region: str | None = None
    grade: str | None = None
    min_amount: object | None = None
    max_amount: object | None = None
    enabled: bool = True


@dataclass(frozen=True)
class Change:
    customer_id: uuid.UUID
    from_collector_id: uuid.UUID | None
    to_collector_id: uuid.UUID | None


async def assign_customers(actor: Actor, customer_ids: Sequence[uuid.UUID], collector_id: uuid.UUID | None) -> list[Change]:
    """Give these customers to a collector (null: nobody). Returns the customers that changed."""
    actor.require_write().require(Permission.DUNNING_POLICIES_MANAGE)
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        raise DomainError.single(Code.REQUIRED, "Choose at least one customer.", "customerIds")
    if len(ids) > MAX_CUSTOMERS:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_CUSTOMERS} customers at once.", "customerIds")
    async with unit_of_work():
        if collector_id is not None and await customers_repo.membership_in_org(actor.org_id, collector_id) is None:
            raise DomainError.single(Code.NOT_FOUND, "No such member.", "collectorId")
        rows = list(await Customer.filter(organization_id=actor.org_id, id__in=ids).select_for_update().order_by("id"))
        if len(rows) != len(ids):
            raise DomainError.single(Code.NOT_FOUND, "Some customers do not exist.", "customerIds")
        changes = [Change(r.id, r.collector_id, collector_id) for r in rows if r.collector_id != collector_id]
        await _write(actor, changes)
        if changes:
            await audit.record(actor, "customers.assign", "organization", actor.org_id, extra=_changes_extra(changes))
    return changes


async def _write(actor: Actor, changes: Sequence[Change]) -> None:
    by_target: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for c in changes:
        by_target.setdefault(c.to_collector_id, []).append(c.customer_id)
    for target, customer_ids in by_target.items():
        await Customer.filter(organization_id=actor.org_id, id__in=customer_ids).update(collector_id=target)
        await connections.get("default").execute_query(
            "UPDATE customers SET version = version + 1 WHERE organization_id = $1 AND id = ANY($2::uuid[])", [actor.org_id, customer_ids]
        )


def _changes_extra(changes: Sequence[Change]) -> dict[str, list[list[str | None]]]:
    """The audit entry's record of who moved from whom to whom."""
    return {"changes": [[str(c.customer_id), str(c.from_collector_id) if c.from_collector_id else None,
                         str(c.to_collector_id) if c.to_collector_id else None] for c in changes]}


def _money(value: object | None, field_name: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = parse_amount(value)
    except InputRejected as exc:
        raise DomainError.single(Code.INVALID_AMOUNT, exc.message, field_name) from None
    if amount < 0:
        raise DomainError.single(Code.INVALID_AMOUNT, "Enter an amount of zero or more.", field_name)
    return amount


async def save_rules(actor: Actor, rules: Sequence[RuleData]) -> list[AssignmentRule]:
    """Replace the organization's rules, in this order (every problem reported at once)."""
    actor.require_write().require(Permission.DUNNING_POLICIES_MANAGE)
    if len(rules) > MAX_RULES:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_RULES} rules.", "rules")
    errors: list[FieldError] = []
    cleaned: list[dict] = []
    members = {
        m.id for m in await Membership.filter(organization_id=actor.org_id, id__in=[r.collector_id for r in rules if r.collector_id])
    }
    grades = {g.value for g in GRADES}
    for n, rule in enumerate(rules):
        at = f"rules[{n}]"
        try:
            region = clean_text(rule.region, max_length=64).strip() or None if rule.region is not None else None
            low = _money(rule.min_amount, f"{at}.minAmount")
            high = _money(rule.max_amount, f"{at}.maxAmount")
        except InputRejected as exc:
            errors.append(FieldError(Code.INVALID_VALUE, exc.message, f"{at}.region"))
            continue
        except DomainError as exc:
            errors.extend(exc.errors)
            continue
        if rule.collector_id is None or rule.collector_id not in members:
            errors.append(FieldError(Code.NOT_FOUND, "No such member.", f"{at}.collectorId"))
        if rule.grade is not None and rule.grade not in grades:
            errors.append(FieldError(Code.INVALID_VALUE, f"Grades are {', '.join(sorted(grades))}.", f"{at}.grade"))
        if low is not None and high is not None and low >= high:
            errors.append(FieldError(Code.INVALID_AMOUNT, "The band's minimum is below its maximum.", f"{at}.maxAmount"))
        cleaned.append({"position": n + 1, "region": region, "grade": rule.grade, "min_amount": low, "max_amount": high,
                        "collector_id": rule.collector_id, "enabled": rule.enabled})
    if errors:
        raise DomainError(*errors)
    async with unit_of_work():
        before = await AssignmentRule.filter(organization_id=actor.org_id).count()
        await AssignmentRule.filter(organization_id=actor.org_id).delete()
        rows = [AssignmentRule(organization_id=actor.org_id, **c) for c in cleaned]
        await AssignmentRule.bulk_create(rows)
        await audit.record(actor, "assignment_rules.save", "organization", actor.org_id, before={"rules": before},
                           after={"rules": [{k: str(v) if v is not None else None for k, v in c.items()} for c in cleaned]})
    return list(await AssignmentRule.filter(organization_id=actor.org_id).order_by("position"))


async def list_rules(actor: Actor) -> list[AssignmentRule]:
    actor.require(Permission.CUSTOMERS_READ)
    return list(await AssignmentRule.filter(organization_id=actor.org_id).order_by("position"))


def matches(rule: AssignmentRule, region: str, grade: str | None, balance: Decimal) -> bool:
    return (
        rule.enabled
        and (rule.region is None or rule.region == region)
        and (rule.grade is None or rule.grade == grade)
        and (rule.min_amount is None or balance >= rule.min_amount)
        and (rule.max_amount is None or balance < rule.max_amount)
    )


async def apply_rules(actor: Actor, *, dry_run: bool = False) -> list[Change]:
    """Each active customer gets the collector of the first enabled rule it matches; returns the
    customers whose collector changed (or would, with `dry_run`)."""
    actor.require_write().require(Permission.DUNNING_POLICIES_MANAGE)
    today = await _today(actor.org_id)
    async with unit_of_work():
        rules = list(await AssignmentRule.filter(organization_id=actor.org_id, enabled=True).order_by("position"))
        if not rules:
            return []
        customers = await Customer.filter(organization_id=actor.org_id, status=CustomerStatus.ACTIVE).order_by("id").values_list(
            "id", "region", "grade", "collector_id"
        )
        balances = {
            r["customer_id"]: r["open_balance"]
            for r in await connections.get("default").execute_query_dict(CUSTOMER_BALANCES_SQL, [actor.org_id, today, None, None, None])
        }
        changes = []
        for customer_id, region, grade, collector_id in customers:
            rule = next((r for r in rules if matches(r, region, grade, balances.get(customer_id, Decimal(0)))), None)
            if rule is not None and rule.collector_id != collector_id:
                changes.append(Change(customer_id, collector_id, rule.collector_id))
        if not dry_run:
            await _write(actor, changes)
            if changes:
                await audit.record(actor, "assignment_rules.apply", "organization", actor.org_id, extra=_changes_extra(changes))
    return changes
