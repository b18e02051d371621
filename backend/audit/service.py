"""Writing the audit log: one entry per change, inside the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.models import Model
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..kit.serialize import to_json_value
from .models import AuditEntry


def snapshot(obj: Model, fields: Iterable[str]) -> dict[str, Any]:
    return {name: to_json_value(getattr(obj, name)) for name in fields}


def changed(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only the fields whose value changed, as {"field": {"from": old, "to": new}}."""
    return {
        key: {"from": before.get(key), "to": after.get(key)}
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


async def record(
    actor: Actor,
    action: str,
    target_type: str,
    target_id: Any,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
    organization_id: Any = None,
) -> AuditEntry:
    changes: dict[str, Any] = {"fields": changed(before or {}, after or {})}
    if extra:
        changes["extra"] = to_json_value(extra)
    return await AuditEntry.create(
        organization_id=organization_id if organization_id is not None else actor.organization_id,
        actor_type=actor.actor_type,
        actor_user_id=actor.user_id,
        actor_api_key_id=actor.api_key_id,
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        changes=changes,
        request_id=actor.request_id,
        ip=actor.ip,
    )


@dataclass(frozen=True)
class AuditListFilter:
    """The audit log's filters (GraphQL `auditLog(filter:)` and the audit log export)."""

    action: str | None = None
    target_type: str | None = None
    target_id: str | None = None
    actor_user_id: uuid.UUID | None = None
    actor_given: bool = False  # an actor id was given, even one that is not valid: nothing matches
    since: datetime | None = None
    until: datetime | None = None


def filtered_entries(actor: Actor, f: AuditListFilter) -> QuerySet[AuditEntry]:
    """The caller's organization's entries (the caller has audit:read)."""
    query = AuditEntry.filter(organization_id=actor.org_id)
    if f.action:
        query = query.filter(action=f.action)
    if f.target_type:
        query = query.filter(target_type=f.target_type)
    if f.target_id:
        query = query.filter(target_id=f.target_id)
    if f.actor_given:
        query = query.filter(actor_user_id=f.actor_user_id)
    if f.since:
        query = query.filter(created_at__gte=f.since)
    if f.until:
        query = query.filter(created_at__lt=f.until)
    return query
