"""GraphQL types of the accounts domain, mapped explicitly from rows (rows never leak)."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from strawberry.dataloader import DataLoader

from ..api.context import Context
from ..api.errors import WithParams
from ..api.pagination import Connection, paginate
from . import models
from .errors import AccountErrorCode
from .permissions import ROLE_PERMISSIONS, Permission

RoleEnum = strawberry.enum(models.Role, name="Role", description="owner, admin, finance, collector, sales, auditor")
LocaleEnum = strawberry.enum(models.Locale, name="Locale")
ApiKeyScopeEnum = strawberry.enum(models.ApiKeyScope, name="ApiKeyScope")
AccountErrorCodeEnum = strawberry.enum(AccountErrorCode, name="AccountErrorCode")
PermissionEnum = strawberry.enum(Permission, name="Permission", description="What a role may do (docs/roles.md).")


@strawberry.type
class AccountError(WithParams):
    field: str | None
    code: AccountErrorCodeEnum
    message: str


@strawberry.type
class User:
    id: strawberry.ID
    email: str
    full_name: str
    locale: LocaleEnum

    @classmethod
    def from_model(cls, row: models.User) -> "User":
        return cls(id=strawberry.ID(str(row.id)), email=row.email, full_name=row.full_name, locale=row.locale)


class UserByIdLoader(DataLoader[uuid.UUID, models.User | None]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[models.User | None]:
        rows = {row.id: row for row in await models.User.filter(id__in=ids)}
        return [rows.get(i) for i in ids]


@strawberry.type
class Member:
    id: strawberry.ID
    role: RoleEnum
    sees_all_customers: bool
    created_at: datetime
    user_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def user(self, info: strawberry.Info[Context]) -> User:
        row = await info.context.loader("UserByIdLoader", UserByIdLoader).load(self.user_id)
        return User.from_model(row)

    @classmethod
    def from_model(cls, row: models.Membership) -> "Member":
        return cls(
            id=strawberry.ID(str(row.id)),
            role=row.role,
            sees_all_customers=row.sees_all_customers,
            created_at=row.created_at,
            user_id=row.user_id,
        )


@strawberry.type
class Organization:
    id: strawberry.ID
    name: str
    base_currency: str
    timezone: str
    locale: LocaleEnum
    created_at: datetime
    viewer_role: RoleEnum | None = strawberry.field(description="The caller's role in this organization.")

    @strawberry.field(description="What the caller may do here (from their role); clients show or hide features by it.")
    def viewer_permissions(self) -> list[PermissionEnum]:
        if self.viewer_role is None:
            return []
        return sorted(ROLE_PERMISSIONS[self.viewer_role], key=list(Permission).index)

    @classmethod
    def from_model(cls, row: models.Organization, viewer_role: models.Role | None) -> "Organization":
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            base_currency=row.base_currency,
            timezone=row.timezone,
            locale=row.locale,
            created_at=row.created_at,
            viewer_role=viewer_role,
        )

    @strawberry.field(description="Members of the organization (needs members:read).")
    async def members(
        self, info: strawberry.Info[Context], first: int | None = None, after: str | None = None
    ) -> Connection[Member]:
        actor = info.context.org_actor().require(Permission.MEMBERS_READ)
        return await paginate(
            models.Membership.filter(organization_id=actor.org_id),
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            order=("created_at", "id"),
            to_node=Member.from_model,
        )

    @strawberry.field(description="Invitations not yet accepted or revoked, newest first, expired ones included (needs members:manage).")
    async def pending_invitations(self, info: strawberry.Info[Context]) -> list["Invitation"]:
        from .service import pending_invitations_query

        actor = info.context.org_actor().require(Permission.MEMBERS_MANAGE)
        rows = await pending_invitations_query(actor.org_id).order_by("-created_at", "id").limit(MAX_PENDING_INVITATIONS)
        return [Invitation.from_model(row) for row in rows]


MAX_PENDING_INVITATIONS = 200


@strawberry.type
class Invitation:
    id: strawberry.ID
    email: str
    role: RoleEnum
    created_at: datetime
    expires_at: datetime

    @classmethod
    def from_model(cls, row: models.Invitation) -> "Invitation":
        return cls(
            id=strawberry.ID(str(row.id)), email=row.email, role=row.role, created_at=row.created_at, expires_at=row.expires_at
        )


@strawberry.type(description="What the holder of an invitation link may see before accepting it.")
class InvitationPreview:
    organization_id: strawberry.ID
    email: str
    role: RoleEnum
    organization_name: str
    expires_at: datetime
    has_account: bool = strawberry.field(description="The address has an account: accept by signing in with it.")


@strawberry.type
class ApiKey:
    id: strawberry.ID
    name: str
    prefix: str
    scopes: list[ApiKeyScopeEnum]
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, row: models.ApiKey) -> "ApiKey":
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            prefix=row.prefix,
            scopes=[models.ApiKeyScope(s) for s in row.scopes],
            created_at=row.created_at,
            expires_at=row.expires_at,
            last_used_at=row.last_used_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type
class Viewer:
    """The signed-in user and the organizations they belong to."""

    user: strawberry.Private[models.User]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.user.id))

    @strawberry.field
    def email(self) -> str:
        return self.user.email

    @strawberry.field
    def full_name(self) -> str:
        return self.user.full_name

    @strawberry.field
    def locale(self) -> LocaleEnum:
        return self.user.locale

    @strawberry.field(description="Organizations the user belongs to, by name; `search` filters by name.")
    async def organizations(self, search: str | None = None) -> list[Organization]:
        query = models.Membership.filter(user_id=self.user.id).select_related("organization")
        if search:
            query = query.filter(organization__name__icontains=search)
        rows = await query.order_by("organization__name", "organization_id")
        return [Organization.from_model(m.organization, m.role) for m in rows]

