"""GraphQL: the audit log, readable by admins and auditors."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.pagination import Connection, paginate
from ..kit.ids import parse_uuid
from . import models

ActorTypeEnum = strawberry.enum(models.ActorType, name="AuditActorType")


@strawberry.type
class AuditEntry:
    id: strawberry.ID
    actor_type: ActorTypeEnum
    actor_user_id: strawberry.ID | None
    actor_api_key_id: strawberry.ID | None
    action: str
    target_type: str
    target_id: str | None
    changes: JSON
    request_id: str | None
    ip: str | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.AuditEntry) -> "AuditEntry":
        return cls(
            id=strawberry.ID(str(row.id)),
            actor_type=row.actor_type,
            actor_user_id=strawberry.ID(str(row.actor_user_id)) if row.actor_user_id else None,
            actor_api_key_id=strawberry.ID(str(row.actor_api_key_id)) if row.actor_api_key_id else None,
            action=row.action,
            target_type=row.target_type,
            target_id=row.target_id,
            changes=row.changes,
            request_id=row.request_id,
            ip=row.ip,
            created_at=row.created_at,
        )


@strawberry.input
class AuditLogFilter:
    action: str | None = None
    target_type: str | None = None
    target_id: str | None = None
    actor_user_id: strawberry.ID | None = None
    since: datetime | None = None
    until: datetime | None = None


@strawberry.type
class AuditQuery:
    @strawberry.field(description="The organization's audit log, newest first (needs audit:read).")
    async def audit_log(
        self,
        info: strawberry.Info[Context],
        filter: AuditLogFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEntry]:
        actor = info.context.org_actor().require(Permission.AUDIT_READ)
        query = models.AuditEntry.filter(organization_id=actor.org_id)
        if filter is not None:
            if filter.action:
                query = query.filter(action=filter.action)
            if filter.target_type:
                query = query.filter(target_type=filter.target_type)
            if filter.target_id:
                query = query.filter(target_id=filter.target_id)
            if filter.actor_user_id:
                query = query.filter(actor_user_id=parse_uuid(filter.actor_user_id))
            if filter.since:
                query = query.filter(created_at__gte=filter.since)
            if filter.until:
                query = query.filter(created_at__lt=filter.until)
        return await paginate(
            query,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            order=("-id",),
            to_node=AuditEntry.from_model,
        )
