"""The append-only audit log. UPDATE, DELETE and TRUNCATE are refused by triggers (see migrations)."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ActorType(str, Enum):
    USER = "user"
    API_KEY = "api_key"
    SYSTEM = "system"
    PUBLIC_LINK = "public_link"
    WEBHOOK = "webhook"


class AuditEntry(Model):
    id = fields.BigIntField(primary_key=True)
    organization = fields.ForeignKeyField(
        "huikuan.Organization", related_name="audit_entries", null=True, on_delete=fields.RESTRICT
    )
    actor_type = fields.CharEnumField(ActorType, max_length=16)
    actor_user = fields.ForeignKeyField("huikuan.User", related_name="audit_entries", null=True, on_delete=fields.RESTRICT)
    actor_api_key = fields.ForeignKeyField(
        "huikuan.ApiKey", related_name="audit_entries", null=True, on_delete=fields.RESTRICT
    )
    action = fields.CharField(max_length=64)
    target_type = fields.CharField(max_length=64)
    target_id = fields.CharField(max_length=64, null=True)
    changes = fields.JSONField(default=dict)
    request_id = fields.CharField(max_length=64, null=True)
    ip = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "audit_log"
        indexes = (("organization_id", "created_at"), ("organization_id", "target_type", "target_id"))
