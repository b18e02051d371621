"""Credit (信用管理): statements, qualitative profile, manual assessment, scorecard settings, grade
policies, and the maker-checker overrides and exceptions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from ..accounts.actor import Actor
from ..accounts.models import Role
from ..accounts.permissions import ROLE_PERMISSIONS, Permission
from ..alerts import service as alerts
from ..collections.policies import policy_of_organization
from ..audit import service as audit
from ..customers import repository as customers_repo
from ..customers.models import Customer
from ..customers.service import org_today
from ..invoices.models import Invoice, InvoiceStatus
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError
from ..kit.money import MAX_AMOUNT, quantize, to_base, to_decimal
from ..kit.serialize import to_json_value
from ..kit.time import utcnow
from ..kit.uow import unit_of_work
from ..payments.models import PaymentMethod
from . import statements as st
from .errors import CreditErrorCode as Code
from .inputs import load_config, load_snapshots
from .models import (
    GRADES,
    AssessmentMethod,
    CreditAssessment,
    CreditException,
    CreditOverride,
    CreditPolicy,
    CreditPolicyChange,
    CreditProfile,
    CreditSettings,
    DecisionStatus,
    FinancialStatement,
    Grade,
    Guarantee,
    IndustryRisk,
    ManagementQuality,
    PolicySubject,
    PublicRecord,
)
from .policy import PolicyTerms, order_problem
from .scorecard import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, FACTOR_BY_KEY, assess
from .standing import insert_assessments, refresh_standings, standing_after, write_standings

MAX_REASON = 2000
# Roles that may ask for overrides and exceptions unless the organization chooses otherwise.
DEFAULT_REQUEST_ROLES = tuple(r.value for r in Role if Permission.CREDIT_EXCEPTION_REQUEST in ROLE_PERMISSIONS[r])
REQUESTABLE_ROLES = tuple(r.value for r in Role if r is not Role.AUDITOR)


def _raise_if(errors: list[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


def _reason(reason: str, field: str = "reason") -> str:
    if not reason.strip():
        raise DomainError.single(Code.REQUIRED, "Say why.", field)
    if len(reason) > MAX_REASON:
        raise DomainError.single(Code.TOO_LONG, f"At most {MAX_REASON} characters.", field)
    return reason.strip()


async def _customer(actor: Actor, customer_id: uuid.UUID | None, *, lock: bool = False, field: str = "customerId") -> Customer:
    customer = await customers_repo.get_visible(actor, customer_id, for_update=lock)
    if customer is None:
        raise DomainError.single(Code.NOT_FOUND, "No such customer.", field)
    return customer


def _user(actor: Actor) -> uuid.UUID:
    if actor.user_id is None:
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "This needs a signed-in user, not an API key.")
    return actor.user_id


# --- financial statements -------------------------------------------------------------------

STATEMENT_FIELDS = ("period_start", "period_end", *st.AMOUNTS, "audited", "source")


async def _statement_values(actor: Actor, data: dict[str, Any]) -> dict[str, Any]:
    today = await org_today(actor.org_id)
    errors: list[FieldError] = st.period_errors(data["period_start"], data["period_end"], today)
    figures, figure_errors = st.figure_errors(data)
    errors.extend(figure_errors)
    source = (data.get("source") or "").strip()
    if len(source) > 100:
        errors.append(FieldError(Code.TOO_LONG, "At most 100 characters.", "source"))
    _raise_if(list(errors))
    return {
        "period_start": data["period_start"], "period_end": data["period_end"], **figures,
        "audited": bool(data.get("audited", False)), "source": source,
    }


async def create_statement(actor: Actor, customer_id: uuid.UUID | None, data: dict[str, Any]) -> FinancialStatement:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    values = await _statement_values(actor, data)
    try:
        async with unit_of_work():
            customer = await _customer(actor, customer_id, lock=True)
            if await FinancialStatement.filter(customer_id=customer.id, period_end=values["period_end"]).exists():
                raise DomainError.single(Code.DUPLICATE_PERIOD, "This customer already has a statement for this period.", "periodEnd")
            statement = await FinancialStatement.create(
                organization_id=actor.org_id, customer_id=customer.id, created_by_id=actor.user_id, **values
            )
            await audit.record(actor, "statement.create", "financial_statement", statement.id, after=audit.snapshot(statement, STATEMENT_FIELDS))
    except IntegrityError as exc:
        raise DomainError.single(Code.DUPLICATE_PERIOD, "This customer already has a statement for this period.", "periodEnd") from exc
    return statement


async def _locked_statement(actor: Actor, statement_id: uuid.UUID | None) -> FinancialStatement:
    visible = (
        await FinancialStatement.filter(
            id=statement_id, organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor)
        ).exists()
        if statement_id
        else False
    )
    if not visible:
        raise DomainError.single(Code.NOT_FOUND, "No such statement.", "id")
    return await FinancialStatement.filter(id=statement_id).select_for_update().get()


async def update_statement(actor: Actor, statement_id: uuid.UUID | None, version: int, data: dict[str, Any]) -> FinancialStatement:
    """Replace a statement's figures (all of them: a statement is checked as a whole)."""
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    values = await _statement_values(actor, data)
    try:
        async with unit_of_work():
            statement = await _locked_statement(actor, statement_id)
            if statement.version != version:
                raise DomainError.single(Code.STALE_VERSION, "Someone changed this statement meanwhile; reload it.", "version")
            clash = FinancialStatement.filter(customer_id=statement.customer_id, period_end=values["period_end"]).exclude(id=statement.id)
            if await clash.exists():
                raise DomainError.single(Code.DUPLICATE_PERIOD, "This customer already has a statement for this period.", "periodEnd")
            before = audit.snapshot(statement, STATEMENT_FIELDS)
            for name, value in values.items():
                setattr(statement, name, value)
            statement.version += 1
            await statement.save()
            await audit.record(
                actor, "statement.update", "financial_statement", statement.id, before=before, after=audit.snapshot(statement, STATEMENT_FIELDS)
            )
    except IntegrityError as exc:
        raise DomainError.single(Code.DUPLICATE_PERIOD, "This customer already has a statement for this period.", "periodEnd") from exc
    return statement


async def delete_statement(actor: Actor, statement_id: uuid.UUID | None) -> FinancialStatement:
    actor.require_write().require(Permission.CUSTOMERS_MANAGE)
    async with unit_of_work():
        statement = await _locked_statement(actor, statement_id)
        before = audit.snapshot(statement, (*STATEMENT_FIELDS, "customer_id"))
        await statement.delete()
        await audit.record(actor, "statement.delete", "financial_statement", statement.id, before=before)
    return statement


# --- qualitative profile --------------------------------------------------------------------

PROFILE_FIELDS = ("industry_risk", "management", "public_record", "guarantee")
PROFILE_ENUMS = {"industry_risk": IndustryRisk, "management": ManagementQuality, "public_record": PublicRecord, "guarantee": Guarantee}


async def update_profile(actor: Actor, customer_id: uuid.UUID | None, changes: dict[str, Any]) -> CreditProfile:
    """Set the qualitative inputs given (null = unknown). Public records are flagged through the
    alerts service, which also raises the alert."""
    actor.require_write().require(Permission.CREDIT_ASSESS)
    async with unit_of_work():
        customer = await _customer(actor, customer_id, lock=True)
        profile, _ = await CreditProfile.get_or_create(customer_id=customer.id, defaults={"organization_id": actor.org_id})
        before = audit.snapshot(profile, PROFILE_FIELDS)
        for name in ("industry_risk", "management", "guarantee"):
            if name in changes:
                setattr(profile, name, PROFILE_ENUMS[name](changes[name]) if changes[name] is not None else None)
        profile.updated_by_id = actor.user_id
        profile.version += 1
        await profile.save()
        await audit.record(actor, "credit_profile.update", "credit_profile", profile.id, before=before, after=audit.snapshot(profile, PROFILE_FIELDS))
    return profile


# --- assessment -----------------------------------------------------------------------------


async def assess_customer(actor: Actor, customer_id: uuid.UUID | None) -> CreditAssessment:
    """A manual assessment: always stored (the archive keeps who ran it), standing updated,
    alert rules run for the customer."""
    actor.require_write().require(Permission.CREDIT_ASSESS)
    today = await org_today(actor.org_id)
    async with unit_of_work():
        customer = await _customer(actor, customer_id, lock=True)
        config = await load_config(actor.org_id)
        snapshot = (await load_snapshots(actor.org_id, [customer.id], today))[customer.id]
        result = assess(snapshot.inputs, config)
        inserted = await insert_assessments(
            actor.org_id, [(snapshot, result)], method=AssessmentMethod.MANUAL, as_of=today, run_id=None, assessed_by=actor.user_id
        )
        assessment_id = inserted[customer.id]
        standing = standing_after(snapshot, result, config.policies)
        await write_standings(actor.org_id, [standing])
        previous = snapshot.latest.grade if snapshot.latest else customer_grade(customer)
        downgrades = [(customer.id, assessment_id, previous, result.grade)] if previous and result.grade else []
        await alerts.evaluate(actor.org_id, {customer.id: snapshot}, limits={customer.id: standing.credit_limit}, downgrades=downgrades)
        await audit.record(
            actor, "credit.assess", "customer", customer.id,
            before=to_json_value({"grade": customer.grade, "score": customer.score, "credit_limit": customer.credit_limit}),
            after=to_json_value({"grade": result.grade, "score": result.score, "credit_limit": standing.credit_limit}),
            extra={"assessment": assessment_id},
        )
    return await CreditAssessment.get(id=assessment_id)


def customer_grade(customer: Customer) -> Grade | None:
    return Grade(customer.grade) if customer.grade else None


# --- settings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingsView:
    weights: dict[str, int]
    thresholds: dict[str, int]
    exception_request_roles: list[str]
    version: int


async def get_settings(organization_id: uuid.UUID) -> SettingsView:
    row = await CreditSettings.get_or_none(organization_id=organization_id)
    if row is None:
        return SettingsView(dict(DEFAULT_WEIGHTS), dict(DEFAULT_THRESHOLDS), list(DEFAULT_REQUEST_ROLES), 0)
    return SettingsView(dict(row.weights), dict(row.thresholds), list(row.exception_request_roles), row.version)


def _weights(raw: dict[str, Any]) -> dict[str, int]:
    unknown = sorted(set(raw) - set(FACTOR_BY_KEY))
    if unknown:
        raise DomainError.single(Code.UNKNOWN_FACTOR, f"Unknown factors: {', '.join(unknown)}.", "weights")
    weights = {key: 0 for key in FACTOR_BY_KEY}
    for key, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
            raise DomainError.single(Code.INVALID_WEIGHT, f"The weight of {key} must be a whole number from 0 to 100.", "weights")
        weights[key] = value
    total = sum(weights.values())
    if total != 100:
        raise DomainError.single(Code.WEIGHTS_SUM, f"Weights must sum to 100; these sum to {total}.", "weights")
    return weights


def _thresholds(raw: dict[str, Any]) -> dict[str, int]:
    grades = [g.value for g in GRADES[:-1]]
    if set(raw) != set(grades):
        raise DomainError.single(Code.INVALID_THRESHOLDS, "Give the minimum score of AAA, AA, A and B (below B is C).", "thresholds")
    values = [raw[g] for g in grades]
    if any(not isinstance(v, int) or isinstance(v, bool) for v in values) or not (
        100 >= values[0] > values[1] > values[2] > values[3] > 0
    ):
        raise DomainError.single(
            Code.INVALID_THRESHOLDS, "Minimum scores are whole numbers with 100 ≥ AAA > AA > A > B > 0.", "thresholds"
        )
    return {g: raw[g] for g in grades}


def _roles(raw: list[str]) -> list[str]:
    invalid = sorted(set(raw) - set(REQUESTABLE_ROLES))
    if invalid:
        raise DomainError.single(Code.INVALID_ROLE, f"These roles cannot request exceptions: {', '.join(invalid)}.", "exceptionRequestRoles")
    return sorted(set(raw))


async def update_settings(
    actor: Actor,
    *,
    version: int,
    reason: str,
    weights: dict[str, Any] | None = None,
    thresholds: dict[str, Any] | None = None,
    exception_request_roles: list[str] | None = None,
) -> SettingsView:
    actor.require_write().require(Permission.CREDIT_POLICY_MANAGE)
    why = _reason(reason)
    new_weights = _weights(weights) if weights is not None else None
    new_thresholds = _thresholds(thresholds) if thresholds is not None else None
    new_roles = _roles(exception_request_roles) if exception_request_roles is not None else None
    try:
        async with unit_of_work():
            row = await CreditSettings.filter(organization_id=actor.org_id).select_for_update().first()
            current = await get_settings(actor.org_id)
            if current.version != version:
                raise DomainError.single(Code.STALE_VERSION, "Someone changed the credit settings meanwhile; reload them.", "version")
            after = SettingsView(
                new_weights or current.weights, new_thresholds or current.thresholds,
                new_roles if new_roles is not None else current.exception_request_roles, current.version + 1,
            )
            values = {"weights": after.weights, "thresholds": after.thresholds, "exception_request_roles": after.exception_request_roles}
            if row is None:
                row = await CreditSettings.create(organization_id=actor.org_id, updated_by_id=actor.user_id, version=after.version, **values)
            else:
                await CreditSettings.filter(id=row.id).update(updated_by_id=actor.user_id, version=after.version, updated_at=utcnow(), **values)
            before = {"weights": current.weights, "thresholds": current.thresholds, "exception_request_roles": current.exception_request_roles}
            await CreditPolicyChange.create(
                organization_id=actor.org_id, subject=PolicySubject.SETTINGS, action="update", before=before, after=values,
                reason=why, changed_by_id=actor.user_id,
            )
            await audit.record(actor, "credit_settings.update", "credit_settings", row.id, before=before, after=values, extra={"reason": why})
    except IntegrityError as exc:
        # Another change created the row at the same moment.
        raise DomainError.single(Code.STALE_VERSION, "Someone changed the credit settings meanwhile; reload them.", "version") from exc
    return after


# --- grade policies -------------------------------------------------------------------------

POLICY_FIELDS = (
    "credit_limit_cap", "revenue_limit_pct", "payment_terms_days", "allowed_payment_methods", "prepayment_required",
    "guarantee_required", "credit_hold", "hold_overdue_days", "dunning_policy_id",
)


def _policy_changes(raw: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    if "credit_limit_cap" in raw:
        value = raw["credit_limit_cap"]
        amount = to_decimal(value) if value is not None else None
        if value is not None and (amount is None or amount < 0 or amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01"))):
            errors.append(FieldError(Code.INVALID_AMOUNT, "Enter a non-negative amount, or none for no cap.", "creditLimitCap"))
        clean["credit_limit_cap"] = quantize(amount) if amount is not None else None
    if "revenue_limit_pct" in raw:
        value = raw["revenue_limit_pct"]
        pct = to_decimal(value) if value is not None else None
        if value is not None and (pct is None or not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01"))):
            errors.append(FieldError(Code.INVALID_VALUE, "A percentage from 0 to 100, or none.", "revenueLimitPct"))
        clean["revenue_limit_pct"] = quantize(pct) if pct is not None else None
    if "payment_terms_days" in raw:
        days = raw["payment_terms_days"]
        if not isinstance(days, int) or not 0 <= days <= 365:
            errors.append(FieldError(Code.INVALID_VALUE, "Payment terms are 0 to 365 days.", "paymentTermsDays"))
        clean["payment_terms_days"] = days
    if "hold_overdue_days" in raw:
        days = raw["hold_overdue_days"]
        if days is not None and (not isinstance(days, int) or not 0 <= days <= 3650):
            errors.append(FieldError(Code.INVALID_VALUE, "0 to 3650 days, or none.", "holdOverdueDays"))
        clean["hold_overdue_days"] = days
    if "allowed_payment_methods" in raw:
        methods = list(raw["allowed_payment_methods"] or [])
        valid = {m.value for m in PaymentMethod}
        if not methods or not set(methods) <= valid:
            errors.append(FieldError(Code.INVALID_VALUE, "Choose at least one payment method.", "allowedPaymentMethods"))
        clean["allowed_payment_methods"] = tuple(m for m in (x.value for x in PaymentMethod) if m in methods)
    for name in ("prepayment_required", "guarantee_required", "credit_hold"):
        if name in raw:
            clean[name] = bool(raw[name])
    if "dunning_policy_id" in raw:
        clean["dunning_policy_id"] = raw["dunning_policy_id"]
    _raise_if(list(errors))
    return clean


async def update_policy(actor: Actor, grade: Grade, *, version: int, reason: str, changes: dict[str, Any]) -> PolicyTerms:
    """Change one grade's policy; every customer of that grade gets the new limit and terms."""
    actor.require_write().require(Permission.CREDIT_POLICY_MANAGE)
    why = _reason(reason)
    clean = _policy_changes(changes)
    dunning_policy_id = clean.get("dunning_policy_id")
    if dunning_policy_id is not None and not await policy_of_organization(actor.org_id, dunning_policy_id):
        raise DomainError.single(Code.NOT_FOUND, "No such dunning policy in this organization.", "dunningPolicyId")
    today = await org_today(actor.org_id)
    try:
        async with unit_of_work():
            rows = await CreditPolicy.filter(organization_id=actor.org_id).select_for_update()
            config = await load_config(actor.org_id)
            current = config.policies[grade]
            if current.version != version:
                raise DomainError.single(Code.STALE_VERSION, f"Someone changed the {grade.value} policy meanwhile; reload it.", "version")
            updated = current.with_changes({**clean, "version": current.version + 1})
            problem = order_problem({**config.policies, grade: updated})
            if problem:
                raise DomainError.single(Code.GRADE_ORDER, problem, "grade")
            values = {name: getattr(updated, name) for name in POLICY_FIELDS}
            values["allowed_payment_methods"] = list(updated.allowed_payment_methods)
            row = next((r for r in rows if r.grade == grade), None)
            if row is None:
                row = await CreditPolicy.create(organization_id=actor.org_id, grade=grade, version=updated.version, updated_by_id=actor.user_id, **values)
            else:
                await CreditPolicy.filter(id=row.id).update(version=updated.version, updated_by_id=actor.user_id, updated_at=utcnow(), **values)
            before, after = to_json_value(current.as_dict()), to_json_value(updated.as_dict())
            await CreditPolicyChange.create(
                organization_id=actor.org_id, subject=PolicySubject.GRADE_POLICY, grade=grade, action="update",
                before=before, after=after, reason=why, changed_by_id=actor.user_id,
            )
            new_config = await load_config(actor.org_id)
            ids = await Customer.filter(organization_id=actor.org_id, grade=grade.value).values_list("id", flat=True)
            await refresh_standings(actor.org_id, list(ids), new_config, today)
            await audit.record(actor, "credit_policy.update", "credit_policy", row.id, before=before, after=after, extra={"reason": why, "grade": grade.value})
    except IntegrityError as exc:
        # Another change created the row at the same moment.
        raise DomainError.single(Code.STALE_VERSION, "Someone changed this policy meanwhile; reload it.", "version") from exc
    return updated


# --- who may request ------------------------------------------------------------------------


async def _require_requester(actor: Actor) -> uuid.UUID:
    actor.require_write()
    user_id = _user(actor)
    settings = await get_settings(actor.org_id)
    if actor.role is None or actor.role.value not in settings.exception_request_roles:
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may not request credit overrides or exceptions here.")
    return user_id


def _require_approver(actor: Actor, requested_by: uuid.UUID, status: DecisionStatus) -> uuid.UUID:
    actor.require_write().require(Permission.CREDIT_APPROVE)
    user_id = _user(actor)
    if status is not DecisionStatus.REQUESTED:
        raise DomainError.single(Code.NOT_PENDING, f"This request is already {status.value}.", "id")
    if user_id == requested_by:
        raise DomainError.single(Code.SELF_APPROVAL, "Someone other than the requester must decide.", "id")
    return user_id


# --- overrides ------------------------------------------------------------------------------

OVERRIDE_FIELDS = ("credit_limit", "payment_terms_days", "expires_on", "status", "reason")


def _override_values(credit_limit: object, payment_terms_days: int | None, expires_on: date | None, today: date) -> tuple[Decimal | None, list[FieldError]]:
    errors: list[FieldError] = []
    amount = to_decimal(credit_limit) if credit_limit is not None else None
    if credit_limit is not None and (amount is None or amount < 0 or amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01"))):
        errors.append(FieldError(Code.INVALID_AMOUNT, "Enter a non-negative amount.", "creditLimit"))
    if payment_terms_days is not None and not 0 <= payment_terms_days <= 365:
        errors.append(FieldError(Code.INVALID_VALUE, "Payment terms are 0 to 365 days.", "paymentTermsDays"))
    if credit_limit is None and payment_terms_days is None:
        errors.append(FieldError(Code.REQUIRED, "Give a credit limit, payment terms or both.", "creditLimit"))
    if expires_on is not None and expires_on <= today:
        errors.append(FieldError(Code.INVALID_EXPIRY, "The expiry date must be in the future.", "expiresOn"))
    return (quantize(amount) if amount is not None and not errors else amount), errors


async def _policy_change(actor: Actor, override: CreditOverride, action: str, before: dict[str, Any] | None, reason: str) -> None:
    await CreditPolicyChange.create(
        organization_id=actor.org_id, subject=PolicySubject.OVERRIDE, customer_id=override.customer_id, action=action,
        before=before, after=audit.snapshot(override, OVERRIDE_FIELDS), reason=reason, changed_by_id=actor.user_id,
    )


async def request_override(
    actor: Actor, customer_id: uuid.UUID | None, *, credit_limit: object, payment_terms_days: int | None,
    expires_on: date | None, reason: str,
) -> CreditOverride:
    user_id = await _require_requester(actor)
    why = _reason(reason)
    today = await org_today(actor.org_id)
    amount, errors = _override_values(credit_limit, payment_terms_days, expires_on, today)
    _raise_if(list(errors))
    async with unit_of_work():
        customer = await _customer(actor, customer_id, lock=True)
        override = await CreditOverride.create(
            organization_id=actor.org_id, customer_id=customer.id, credit_limit=amount, payment_terms_days=payment_terms_days,
            expires_on=expires_on, reason=why, requested_by_id=user_id,
        )
        await _policy_change(actor, override, "request", None, why)
        await audit.record(actor, "credit_override.request", "credit_override", override.id, after=audit.snapshot(override, OVERRIDE_FIELDS))
    return override


async def _locked_override(actor: Actor, override_id: uuid.UUID | None) -> CreditOverride:
    visible = (
        await CreditOverride.filter(
            id=override_id, organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor)
        ).exists()
        if override_id
        else False
    )
    if not visible:
        raise DomainError.single(Code.NOT_FOUND, "No such override.", "id")
    return await CreditOverride.filter(id=override_id).select_for_update().get()


async def decide_override(actor: Actor, override_id: uuid.UUID | None, *, approve: bool, note: str) -> CreditOverride:
    """Approve (replacing any override in force) or reject; never by the requester."""
    if len(note) > MAX_REASON:
        raise DomainError.single(Code.TOO_LONG, f"At most {MAX_REASON} characters.", "note")
    today = await org_today(actor.org_id)
    async with unit_of_work():
        override = await _locked_override(actor, override_id)
        user_id = _require_approver(actor, override.requested_by_id, override.status)
        before = audit.snapshot(override, OVERRIDE_FIELDS)
        if approve and override.expires_on is not None and override.expires_on < today:
            raise DomainError.single(Code.INVALID_EXPIRY, "This override expired before it was approved.", "id")
        await Customer.filter(id=override.customer_id).select_for_update().first()
        if approve:
            await CreditOverride.filter(customer_id=override.customer_id, status=DecisionStatus.APPROVED).update(
                status=DecisionStatus.SUPERSEDED
            )
        override.status = DecisionStatus.APPROVED if approve else DecisionStatus.REJECTED
        override.decided_by_id = user_id
        override.decided_at = utcnow()
        override.decision_note = note.strip()
        await override.save()
        if approve:
            await refresh_standings(actor.org_id, [override.customer_id], await load_config(actor.org_id), today)
        action = "approve" if approve else "reject"
        await _policy_change(actor, override, action, before, note.strip() or override.reason)
        await audit.record(actor, f"credit_override.{action}", "credit_override", override.id, before=before, after=audit.snapshot(override, OVERRIDE_FIELDS))
    return override


async def revoke_override(actor: Actor, override_id: uuid.UUID | None, *, reason: str) -> CreditOverride:
    actor.require_write().require(Permission.CREDIT_APPROVE)
    why = _reason(reason)
    today = await org_today(actor.org_id)
    async with unit_of_work():
        override = await _locked_override(actor, override_id)
        if override.status is not DecisionStatus.APPROVED:
            raise DomainError.single(Code.NOT_PENDING, f"Only an override in force can be revoked (this one is {override.status.value}).", "id")
        before = audit.snapshot(override, OVERRIDE_FIELDS)
        override.status = DecisionStatus.REVOKED
        await override.save(update_fields=["status"])
        await refresh_standings(actor.org_id, [override.customer_id], await load_config(actor.org_id), today)
        await _policy_change(actor, override, "revoke", before, why)
        await audit.record(actor, "credit_override.revoke", "credit_override", override.id, before=before, after=audit.snapshot(override, OVERRIDE_FIELDS))
    return override


async def expire_overrides(organization_id: uuid.UUID, today: date, customer_ids: list[uuid.UUID] | None = None) -> int:
    """Lapse approved overrides whose expiry date has passed and restore those customers' standing
    (inside the caller's transaction)."""
    query = CreditOverride.filter(organization_id=organization_id, status=DecisionStatus.APPROVED, expires_on__lt=today)
    if customer_ids is not None:
        query = query.filter(customer_id__in=customer_ids)
    expired = await query.select_for_update()
    if not expired:
        return 0
    for override in expired:
        override.status = DecisionStatus.EXPIRED
        await override.save(update_fields=["status"])
        await CreditPolicyChange.create(
            organization_id=organization_id, subject=PolicySubject.OVERRIDE, customer_id=override.customer_id,
            action="expire", before={"status": "approved"}, after=audit.snapshot(override, OVERRIDE_FIELDS),
            reason=f"expired after {override.expires_on}",
        )
    await refresh_standings(organization_id, [o.customer_id for o in expired], await load_config(organization_id), today)
    return len(expired)


# --- exceptions -----------------------------------------------------------------------------

EXCEPTION_FIELDS = ("invoice_id", "amount", "status", "reason")


async def request_exception(actor: Actor, invoice_id: uuid.UUID | None, *, reason: str) -> CreditException:
    """Ask to issue exactly this draft invoice despite the credit limit or a hold."""
    user_id = await _require_requester(actor)
    why = _reason(reason)
    async with unit_of_work():
        invoice = await Invoice.filter(id=invoice_id, organization_id=actor.org_id).first() if invoice_id else None
        if invoice is None or await customers_repo.get_visible(actor, invoice.customer_id) is None:
            raise DomainError.single(Code.NOT_FOUND, "No such invoice.", "invoiceId")
        if invoice.status is not InvoiceStatus.DRAFT:
            raise DomainError.single(Code.INVOICE_NOT_DRAFT, "Exceptions are for invoices not yet issued.", "invoiceId")
        if await CreditException.filter(
            invoice_id=invoice.id, status__in=[DecisionStatus.REQUESTED, DecisionStatus.APPROVED]
        ).exists():
            raise DomainError.single(Code.EXCEPTION_EXISTS, "This invoice already has an open exception request.", "invoiceId")
        try:
            async with unit_of_work():
                exception = await CreditException.create(
                    organization_id=actor.org_id, customer_id=invoice.customer_id, invoice_id=invoice.id,
                    amount=to_base(invoice.total, invoice.exchange_rate), reason=why, requested_by_id=user_id,
                )
        except IntegrityError as exc:
            raise DomainError.single(Code.EXCEPTION_EXISTS, "This invoice already has an open exception request.", "invoiceId") from exc
        await audit.record(actor, "credit_exception.request", "credit_exception", exception.id, after=audit.snapshot(exception, EXCEPTION_FIELDS))
    return exception


async def decide_exception(actor: Actor, exception_id: uuid.UUID | None, *, approve: bool, note: str) -> CreditException:
    if len(note) > MAX_REASON:
        raise DomainError.single(Code.TOO_LONG, f"At most {MAX_REASON} characters.", "note")
    async with unit_of_work():
        visible = (
            await CreditException.filter(
                id=exception_id, organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor)
            ).exists()
            if exception_id
            else False
        )
        if not visible:
            raise DomainError.single(Code.NOT_FOUND, "No such exception request.", "id")
        exception = await CreditException.filter(id=exception_id).select_for_update().get()
        user_id = _require_approver(actor, exception.requested_by_id, exception.status)
        before = audit.snapshot(exception, EXCEPTION_FIELDS)
        exception.status = DecisionStatus.APPROVED if approve else DecisionStatus.REJECTED
        exception.decided_by_id = user_id
        exception.decided_at = utcnow()
        exception.decision_note = note.strip()
        await exception.save()
        action = "approve" if approve else "reject"
        await audit.record(
            actor, f"credit_exception.{action}", "credit_exception", exception.id, before=before, after=audit.snapshot(exception, EXCEPTION_FIELDS)
        )
    return exception
