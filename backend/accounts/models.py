"""Users, organizations, memberships, invitations, sessions (refresh-token families), API keys."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class Role(str, Enum):
    OWNER = "owner"
    ADMIN = "admin"
    FINANCE = "finance"
    COLLECTOR = "collector"
    SALES = "sales"
    AUDITOR = "auditor"


class Locale(str, Enum):
    ZH_CN = "zh-CN"
    EN = "en"


class User(Model):
    id = fields.UUIDField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=255)
    full_name = fields.CharField(max_length=100, default="")
    locale = fields.CharEnumField(Locale, max_length=8, default=Locale.ZH_CN)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "users"


class Organization(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=200)
    base_currency = fields.CharField(max_length=3, default="CNY")
    timezone = fields.CharField(max_length=64, default="Asia/Shanghai")
    locale = fields.CharEnumField(Locale, max_length=8, default=Locale.ZH_CN)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "organizations"


class Membership(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField(
        "huikuan.Organization", related_name="memberships", on_delete=fields.CASCADE
    )
    user = fields.ForeignKeyField("huikuan.User", related_name="memberships", on_delete=fields.CASCADE)
    role = fields.CharEnumField(Role, max_length=16)
    sees_all_customers = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "memberships"
        unique_together = (("organization", "user"),)


class Invitation(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField(
        "huikuan.Organization", related_name="invitations", on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=254)
    role = fields.CharEnumField(Role, max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    invited_by = fields.ForeignKeyField("huikuan.User", related_name="invitations_sent", on_delete=fields.RESTRICT)
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "invitations"


class RefreshToken(Model):
    """One refresh token; tokens of one sign-in share a family, revoked together on reuse."""

    id = fields.UUIDField(primary_key=True)
    user = fields.ForeignKeyField("huikuan.User", related_name="refresh_tokens", on_delete=fields.CASCADE)
    family_id = fields.UUIDField(db_index=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    ip = fields.CharField(max_length=64, null=True)
    user_agent = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "refresh_tokens"


class ApiKeyScope(str, Enum):
    READ = "read"
    WRITE = "write"


class ApiKey(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField(
        "huikuan.Organization", related_name="api_keys", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16, unique=True)
    key_hash = fields.CharField(max_length=64)
    scopes = fields.JSONField(default=list)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="api_keys_created", on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_keys"


class LoginFailure(Model):
    """Failed sign-ins, counted per account and per address for rate limiting."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, db_index=True)
    ip = fields.CharField(max_length=64, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "login_failures"
