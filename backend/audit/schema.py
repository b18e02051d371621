"""GraphQL: the audit log, readable by admins and auditors."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.pagination import Connection, paginate
from ..kit.ids import parse_uuid
from . import models, service
from .actions import AuditAction
from .dataloaders import AuditTargetLabelLoader

ActorTypeEnum = strawberry.enum(models.ActorType, name="AuditActorType")
AuditActionEnum = strawberry.enum(AuditAction, name="AuditAction", description="Every audited action (the registry in backend/audit/actions.py).")


def _action_code(action: str) -> AuditAction | None:
    try:
        return AuditAction(action)
    except ValueError:
        return None


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

    @strawberry.field(description="The action from the registry (null for an action no longer in it).")
    def action_code(self) -> AuditActionEnum | None:
        return _action_code(self.action)

    @strawberry.field(description="The object's number or name (an invoice's number and customer, a customer's code and name…), if it has one and still exists.")
    async def target_label(self, info: strawberry.Info[Context]) -> str | None:
        if self.target_id is None:
            return None
        org_id = info.context.org_actor().org_id
        return await info.context.loader("AuditTargetLabelLoader", lambda: AuditTargetLabelLoader(org_id)).load((self.target_type, self.target_id))

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
    action_code: AuditActionEnum | None = None
    target_type: str | None = None
    target_id: str | None = None
    actor_user_id: strawberry.ID | None = None
    since: datetime | None = None
    until: datetime | None = None


@strawberry.type
class AuditQuery:
    @strawberry.field(description="Every action the audit log records, for a filter's choices.")
    def audit_actions(self, info: strawberry.Info[Context]) -> list[AuditActionEnum]:
        info.context.org_actor().require(Permission.AUDIT_READ)
        return list(AuditAction)

    @strawberry.field(description="The organization's audit log, newest first (needs audit:read).")
    async def audit_log(
        self,
        info: strawberry.Info[Context],
        filter: AuditLogFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEntry]:
        actor = info.context.org_actor().require(Permission.AUDIT_READ)
        f = filter or AuditLogFilter()
        query = service.filtered_entries(actor, service.AuditListFilter(
            action=f.action,
            target_type=f.target_type,
            target_id=f.target_id,
            actor_user_id=parse_uuid(f.actor_user_id) if f.actor_user_id else None,
            actor_given=bool(f.actor_user_id),
            since=f.since,
            until=f.until,
        ))
        if f.action_code:
            query = query.filter(action=AuditAction(f.action_code).value)
        return await paginate(
            query,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            order=("-id",),
            to_node=AuditEntry.from_model,
        )
