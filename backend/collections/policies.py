"""Dunning policies: validation and saving. A policy is saved whole (its stages replaced) or not
at all: every problem is reported at once, with the field it concerns, and nothing is changed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..kit.clean import InputRejected, clean_text, parse_amount
from ..kit.errors import DomainError, FieldError
from ..kit.serialize import to_json_value
from ..kit.uow import unit_of_work
from .errors import CollectionsErrorCode as Code
from .models import DunningChannel, DunningPolicy, DunningStage
from .templates import LANGUAGES, TemplateProblem, UnknownVariable, parse

MAX_STAGES = 20
OFFSET_RANGE = (-365, 3650)
SUBJECT_MAX = 200
BODY_MAX = 5000
# Channels whose stages send a message: both languages are required. Task channels may carry
# templates (the task's note) but need not.
MESSAGE_CHANNELS = (DunningChannel.EMAIL, DunningChannel.SMS)
DEFAULT_WEEKDAYS = [1, 2, 3, 4, 5]
POLICY_FIELDS = (
    "name", "is_default", "enabled", "consolidate", "min_amount", "quiet_hours_start", "quiet_hours_end",
    "allowed_weekdays", "pay_link",
)


@dataclass(frozen=True)
class TemplateData:
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class StageData:
    offset_days: int
    channel: DunningChannel
    templates: Sequence[TemplateData] = ()


@dataclass(frozen=True)
class PolicyData:
    name: str
    stages: Sequence[StageData]
    is_default: bool = False
    enabled: bool = True
    consolidate: bool = True
    min_amount: object = Decimal("0")
    quiet_hours_start: int | None = 20
    quiet_hours_end: int | None = 9
    allowed_weekdays: Sequence[int] = field(default_factory=lambda: list(DEFAULT_WEEKDAYS))
    pay_link: str = ""


def _text(value: str, field_name: str, limit: int, errors: list[FieldError], *, required: bool = False) -> str:
    try:
        text = clean_text(value, max_length=limit).strip()
    except InputRejected as exc:
        errors.append(FieldError(Code.TOO_LONG if exc.code.value == "TOO_LONG" else Code.INVALID_VALUE, exc.message, field_name))
        return ""
    if required and not text:
        errors.append(FieldError(Code.REQUIRED, "Required.", field_name))
    return text


def _template(text: str, where: str, field_name: str, errors: list[FieldError]) -> None:
    try:
        parse(text)
    except TemplateProblem as problem:
        code = Code.UNKNOWN_VARIABLE if isinstance(problem, UnknownVariable) else Code.INVALID_TEMPLATE
        errors.append(FieldError(code, f"{where}: {problem}", field_name))


def _stages(stages: Sequence[StageData], errors: list[FieldError]) -> list[dict[str, Any]]:
    if not stages:
        errors.append(FieldError(Code.NO_STAGES, "A policy needs at least one stage.", "stages"))
        return []
    if len(stages) > MAX_STAGES:
        errors.append(FieldError(Code.INVALID_VALUE, f"At most {MAX_STAGES} stages.", "stages"))
        return []
    clean: list[dict[str, Any]] = []
    seen: set[int] = set()
    previous: int | None = None
    for i, stage in enumerate(stages):
        at = f"stages[{i}]"
        low, high = OFFSET_RANGE
        if not low <= stage.offset_days <= high:
            errors.append(FieldError(Code.INVALID_VALUE, f"Stage {i + 1}: offsets run from {low} to {high} days.", f"{at}.offsetDays"))
        elif stage.offset_days in seen:
            errors.append(FieldError(Code.DUPLICATE_STAGE, f"Stage {i + 1}: another stage is already at {stage.offset_days} days.", f"{at}.offsetDays"))
        elif previous is not None and stage.offset_days < previous:
            errors.append(FieldError(
                Code.STAGE_ORDER, f"Stage {i + 1} ({stage.offset_days} days) comes before stage {i} ({previous} days); list stages in order.",
                f"{at}.offsetDays",
            ))
        seen.add(stage.offset_days)
        previous = stage.offset_days if previous is None else max(previous, stage.offset_days)
        templates: dict[str, dict[str, str]] = {}
        for j, t in enumerate(stage.templates):
            tat = f"{at}.templates[{j}]"
            if t.language not in LANGUAGES:
                errors.append(FieldError(Code.UNKNOWN_LANGUAGE, f"Stage {i + 1}: templates are in {' or '.join(LANGUAGES)}.", f"{tat}.language"))
                continue
            if t.language in templates:
                errors.append(FieldError(Code.INVALID_VALUE, f"Stage {i + 1}: one {t.language} template only.", f"{tat}.language"))
                continue
            subject = _text(t.subject, f"{tat}.subject", SUBJECT_MAX, errors, required=stage.channel is DunningChannel.EMAIL)
            body = _text(t.body, f"{tat}.body", BODY_MAX, errors, required=True)
            _template(subject, f"Stage {i + 1} ({t.language} subject)", f"{tat}.subject", errors)
            _template(body, f"Stage {i + 1} ({t.language} body)", f"{tat}.body", errors)
            templates[t.language] = {"subject": subject, "body": body}
        if stage.channel in MESSAGE_CHANNELS:
            for language in LANGUAGES:
                if language not in templates and all(t.language != language for t in stage.templates):
                    errors.append(FieldError(
                        Code.MISSING_TEMPLATE, f"Stage {i + 1} sends {stage.channel.value}: it needs a {language} template.", f"{at}.templates",
                    ))
        clean.append({"offset_days": stage.offset_days, "channel": stage.channel, "templates": templates})
    return clean


def clean_policy(data: PolicyData) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    errors: list[FieldError] = []
    values: dict[str, Any] = {
        "name": _text(data.name, "name", 100, errors, required=True),
        "is_default": bool(data.is_default),
        "enabled": bool(data.enabled),
        "consolidate": bool(data.consolidate),
        "pay_link": _text(data.pay_link, "payLink", 500, errors),
    }
    if values["pay_link"] and not values["pay_link"].startswith(("https://", "http://")):
        errors.append(FieldError(Code.INVALID_VALUE, "A payment link starts with https:// (or http://).", "payLink"))
    try:
        amount = parse_amount(data.min_amount)
    except InputRejected as exc:
        errors.append(FieldError(Code.INVALID_AMOUNT, exc.message, "minAmount"))
    else:
        if amount < 0:
            errors.append(FieldError(Code.INVALID_AMOUNT, "Enter an amount of zero or more.", "minAmount"))
        values["min_amount"] = amount
    start, end = data.quiet_hours_start, data.quiet_hours_end
    if (start is None) != (end is None):
        errors.append(FieldError(Code.INVALID_VALUE, "Give both ends of the quiet hours, or neither.", "quietHoursStart"))
    for name, hour in (("quietHoursStart", start), ("quietHoursEnd", end)):
        if hour is not None and not 0 <= hour <= 23:
            errors.append(FieldError(Code.INVALID_VALUE, "An hour from 0 to 23.", name))
    values["quiet_hours_start"], values["quiet_hours_end"] = start, end
    weekdays = sorted(set(data.allowed_weekdays))
    if not weekdays or not set(weekdays) <= set(range(1, 8)):
        errors.append(FieldError(Code.INVALID_VALUE, "Choose at least one weekday (1 = Monday … 7 = Sunday).", "allowedWeekdays"))
    values["allowed_weekdays"] = weekdays
    stages = _stages(data.stages, errors)
    if errors:
        raise DomainError(*errors)
    return values, stages


def _snapshot(values: dict[str, Any], stages: list[dict[str, Any]]) -> dict[str, Any]:
    return to_json_value({**values, "stages": stages})


async def _save_stages(organization_id: uuid.UUID, policy_id: uuid.UUID, stages: list[dict[str, Any]]) -> None:
    await DunningStage.filter(policy_id=policy_id).delete()
    await DunningStage.bulk_create([DunningStage(organization_id=organization_id, policy_id=policy_id, **s) for s in stages])


async def _no_default(organization_id: uuid.UUID) -> None:
    """Before a policy becomes the default: the unique index allows one default per organization."""
    await DunningPolicy.filter(organization_id=organization_id, is_default=True).update(is_default=False)


async def _lock_policies(organization_id: uuid.UUID) -> None:
    """Policy writes of one organization go one at a time (the default flag and names are per organization)."""
    await connections.get("default").execute_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"dunning_policies:{organization_id}"])


def _duplicate_name() -> DomainError:
    return DomainError.single(Code.DUPLICATE_NAME, "Another dunning policy has this name.", "name")


async def create_policy(actor: Actor, data: PolicyData) -> DunningPolicy:
    actor.require_write().require(Permission.DUNNING_POLICIES_MANAGE)
    values, stages = clean_policy(data)
    async with unit_of_work():
        await _lock_policies(actor.org_id)
        if await DunningPolicy.filter(organization_id=actor.org_id, name=values["name"]).exists():
            raise _duplicate_name()
        first = not await DunningPolicy.filter(organization_id=actor.org_id).exists()
        values["is_default"] = values["is_default"] or first
        if values["is_default"]:
            await _no_default(actor.org_id)
        policy = await DunningPolicy.create(organization_id=actor.org_id, updated_by_id=actor.user_id, **values)
        await _save_stages(actor.org_id, policy.id, stages)
        await audit.record(actor, "dunning_policy.create", "dunning_policy", policy.id, after=_snapshot(values, stages))
    return policy


async def update_policy(actor: Actor, policy_id: uuid.UUID | None, version: int, data: PolicyData) -> DunningPolicy:
    """Replace a policy's settings and stages. Reminders already claimed stay claimed: a stage is
    known by its offset, so a stage kept at the same offset is not sent again."""
    actor.require_write().require(Permission.DUNNING_POLICIES_MANAGE)
    values, stages = clean_policy(data)
    async with unit_of_work():
        await _lock_policies(actor.org_id)
        policy = await DunningPolicy.filter(id=policy_id, organization_id=actor.org_id).select_for_update().first() if policy_id else None
        if policy is None:
            raise DomainError.single(Code.NOT_FOUND, "No such dunning policy.", "id")
        if policy.version != version:
            raise DomainError.single(Code.STALE_VERSION, "Someone changed this policy meanwhile; reload it.", "version")
        if await DunningPolicy.filter(organization_id=actor.org_id, name=values["name"]).exclude(id=policy.id).exists():
            raise _duplicate_name()
        if policy.is_default and not values["is_default"]:
            raise DomainError.single(
                Code.INVALID_VALUE, "Make another policy the default instead; an organization keeps one default.", "isDefault"
            )
        before_stages = [
            {"offset_days": s.offset_days, "channel": s.channel, "templates": s.templates}
            for s in await DunningStage.filter(policy_id=policy.id).order_by("offset_days")
        ]
        before = _snapshot(audit.snapshot(policy, POLICY_FIELDS), before_stages)
        if values["is_default"]:
            await _no_default(actor.org_id)
        policy.update_from_dict({**values, "version": policy.version + 1, "updated_by_id": actor.user_id})
        await policy.save()
        await _save_stages(actor.org_id, policy.id, stages)
        await audit.record(actor, "dunning_policy.update", "dunning_policy", policy.id, before=before, after=_snapshot(values, stages))
    return policy


async def list_policies(actor: Actor) -> list[DunningPolicy]:
    return list(await DunningPolicy.filter(organization_id=actor.org_id).order_by("-is_default", "name"))


async def policy_of_organization(organization_id: uuid.UUID, policy_id: uuid.UUID) -> bool:
    """Whether `policy_id` is a dunning policy of this organization (for the credit policy's link)."""
    return await DunningPolicy.filter(id=policy_id, organization_id=organization_id).exists()
