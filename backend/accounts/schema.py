"""GraphQL queries and mutations of the accounts domain: translation only, rules are in service.py."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from ..api.context import Context
from ..api.errors import payload_errors
from ..api.inputs import column_length
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import models, service
from .http import set_refresh_cookie
from .permissions import Permission
from .types import (
    AccountError,
    AccountErrorCodeEnum,
    ApiKey,
    ApiKeyScopeEnum,
    Invitation,
    InvitationPreview,
    LocaleEnum,
    Member,
    Organization,
    RoleEnum,
    User,
    Viewer,
)


def _errors(exc: DomainError) -> list[AccountError]:
    return payload_errors(exc, AccountError, AccountErrorCodeEnum)


@strawberry.enum(description="Where tokenCreate hands out the refresh token.")
class RefreshTokenDelivery(Enum):
    BODY = strawberry.enum_value("BODY", description="In the payload's refreshToken (API clients).")
    COOKIE = strawberry.enum_value(
        "COOKIE", description="In an httpOnly cookie for POST /auth/refresh (the web app); refreshToken is null."
    )


@strawberry.type
class TokenPayload:
    access_token: str | None = None
    access_token_expires_at: datetime | None = None
    refresh_token: str | None = None
    user: User | None = None
    errors: list[AccountError] = strawberry.field(default_factory=list)

    @classmethod
    def from_pair(cls, pair: service.TokenPair) -> "TokenPayload":
        return cls(
            access_token=pair.access_token,
            access_token_expires_at=pair.access_expires_at,
            refresh_token=pair.refresh_token,
            user=User.from_model(pair.user),
        )


@strawberry.type
class TokenRevokePayload:
    revoked: bool
    errors: list[AccountError]


@strawberry.type
class ViewerPayload:
    user: User | None
    errors: list[AccountError]


@strawberry.type
class OrganizationPayload:
    organization: Organization | None
    errors: list[AccountError]


@strawberry.type
class MemberPayload:
    member: Member | None
    errors: list[AccountError]


@strawberry.type
class InvitationPreviewPayload:
    invitation: InvitationPreview | None
    errors: list[AccountError]


@strawberry.type
class InvitationPayload:
    invitation: Invitation | None
    errors: list[AccountError]


@strawberry.type
class ApiKeyCreatePayload:
    api_key: ApiKey | None
    secret: str | None = strawberry.field(default=None, description="The full key, shown only in this answer.")
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.type
class ApiKeyPayload:
    api_key: ApiKey | None
    errors: list[AccountError]


@strawberry.input
class OrganizationCreateInput:
    name: str
    base_currency: str = "CNY"
    timezone: str = strawberry.field(default="Asia/Shanghai", metadata=column_length(models.Organization, "timezone"))
    locale: LocaleEnum = models.Locale.ZH_CN


@strawberry.input
class OrganizationUpdateInput:
    name: str | None = None
    base_currency: str | None = None
    timezone: str | None = strawberry.field(default=None, metadata=column_length(models.Organization, "timezone"))
    locale: LocaleEnum | None = None


@strawberry.input
class MeUpdateInput:
    full_name: str | None = None
    locale: LocaleEnum | None = None


@strawberry.type
class AccountsQuery:
    @strawberry.field(description="The signed-in user.")
    async def me(self, info: strawberry.Info[Context]) -> Viewer:
        actor = info.context.user_actor()
        return Viewer(user=await models.User.get(id=actor.user_id))

    @strawberry.field(description="The organization named by the X-Organization header.")
    async def organization(self, info: strawberry.Info[Context]) -> Organization:
        actor = info.context.org_actor()
        return Organization.from_model(await models.Organization.get(id=actor.org_id), actor.role)

    @strawberry.field(description="An invitation, by the token of its link (no sign-in needed: the token is the proof).")
    async def invitation(self, token: str) -> InvitationPreviewPayload:
        try:
            preview = await service.preview_invitation(token)
        except DomainError as exc:
            return InvitationPreviewPayload(invitation=None, errors=_errors(exc))
        row = preview.invitation
        return InvitationPreviewPayload(
            invitation=InvitationPreview(
                organization_id=strawberry.ID(str(row.organization_id)),
                email=row.email,
                role=row.role,
                organization_name=preview.organization_name,
                expires_at=row.expires_at,
                has_account=preview.has_account,
            ),
            errors=[],
        )

    @strawberry.field(description="API keys of the organization (needs api_keys:manage).")
    async def api_keys(self, info: strawberry.Info[Context]) -> list[ApiKey]:
        actor = info.context.org_actor().require(Permission.API_KEYS_MANAGE)
        rows = await models.ApiKey.filter(organization_id=actor.org_id).order_by("-created_at", "id")
        return [ApiKey.from_model(row) for row in rows]


@strawberry.type
class AccountsMutation:
    @strawberry.mutation(description="Sign in: a short-lived access token and a refresh token.")
    async def token_create(
        self,
        info: strawberry.Info[Context],
        email: str,
        password: str,
        refresh_token_delivery: RefreshTokenDelivery = RefreshTokenDelivery.BODY,
    ) -> TokenPayload:
        ctx = info.context
        try:
            pair = await service.create_tokens(
                ctx.settings, email, password, ip=ctx.ip, user_agent=ctx.user_agent, request_id=ctx.request_id
            )
        except DomainError as exc:
            return TokenPayload(errors=_errors(exc))
        payload = TokenPayload.from_pair(pair)
        if refresh_token_delivery is RefreshTokenDelivery.COOKIE:
            set_refresh_cookie(ctx.settings, ctx.request, ctx.response, pair.refresh_token)
            payload.refresh_token = None
        return payload

    @strawberry.mutation(description="Rotate a refresh token; a reused one revokes its whole family.")
    async def token_refresh(self, info: strawberry.Info[Context], refresh_token: str) -> TokenPayload:
        ctx = info.context
        try:
            pair = await service.refresh_tokens(
                ctx.settings, refresh_token, ip=ctx.ip, user_agent=ctx.user_agent, request_id=ctx.request_id
            )
        except DomainError as exc:
            return TokenPayload(errors=_errors(exc))
        return TokenPayload.from_pair(pair)

    @strawberry.mutation(description="Sign out: revoke the refresh token's family (and its access tokens).")
    async def token_revoke(self, info: strawberry.Info[Context], refresh_token: str) -> TokenRevokePayload:
        ctx = info.context
        try:
            await service.revoke_refresh_token(refresh_token, ip=ctx.ip, request_id=ctx.request_id)
        except DomainError as exc:
            return TokenRevokePayload(revoked=False, errors=_errors(exc))
        return TokenRevokePayload(revoked=True, errors=[])

    @strawberry.mutation
    async def me_update(self, info: strawberry.Info[Context], input: MeUpdateInput) -> ViewerPayload:
        actor = info.context.user_actor()
        try:
            user = await service.update_me(actor, full_name=input.full_name, locale=input.locale)
        except DomainError as exc:
            return ViewerPayload(user=None, errors=_errors(exc))
        return ViewerPayload(user=User.from_model(user), errors=[])

    @strawberry.mutation
    async def password_change(
        self, info: strawberry.Info[Context], current_password: str, new_password: str
    ) -> ViewerPayload:
        actor = info.context.user_actor()
        try:
            user = await service.change_password(actor, current_password=current_password, new_password=new_password)
        except DomainError as exc:
            return ViewerPayload(user=None, errors=_errors(exc))
        return ViewerPayload(user=User.from_model(user), errors=[])

    @strawberry.mutation(description="Create an organization; the caller becomes its owner.")
    async def organization_create(
        self, info: strawberry.Info[Context], input: OrganizationCreateInput
    ) -> OrganizationPayload:
        actor = info.context.user_actor()
        try:
            org = await service.create_organization(
                actor, name=input.name, base_currency=input.base_currency, timezone=input.timezone, locale=input.locale
            )
        except DomainError as exc:
            return OrganizationPayload(organization=None, errors=_errors(exc))
        return OrganizationPayload(organization=Organization.from_model(org, models.Role.OWNER), errors=[])

    @strawberry.mutation
    async def organization_update(
        self, info: strawberry.Info[Context], input: OrganizationUpdateInput
    ) -> OrganizationPayload:
        actor = info.context.org_actor()
        try:
            org = await service.update_organization(
                actor, name=input.name, base_currency=input.base_currency, timezone=input.timezone, locale=input.locale
            )
        except DomainError as exc:
            return OrganizationPayload(organization=None, errors=_errors(exc))
        return OrganizationPayload(organization=Organization.from_model(org, actor.role), errors=[])

    @strawberry.mutation(description="Invite someone by email; they join with the given role.")
    async def member_invite(self, info: strawberry.Info[Context], email: str, role: RoleEnum) -> InvitationPayload:
        ctx = info.context
        actor = ctx.org_actor()
        try:
            invitation = await service.invite_member(ctx.settings, actor, email=email, role=role)
        except DomainError as exc:
            return InvitationPayload(invitation=None, errors=_errors(exc))
        return InvitationPayload(invitation=Invitation.from_model(invitation), errors=[])

    @strawberry.mutation(description="Send a pending invitation again, with a new link valid for 7 more days.")
    async def invitation_resend(self, info: strawberry.Info[Context], id: strawberry.ID) -> InvitationPayload:
        actor = info.context.org_actor()
        try:
            invitation = await service.resend_invitation(actor, parse_uuid(id))
        except DomainError as exc:
            return InvitationPayload(invitation=None, errors=_errors(exc))
        return InvitationPayload(invitation=Invitation.from_model(invitation), errors=[])

    @strawberry.mutation(description="Revoke a pending invitation: its link stops working.")
    async def invitation_revoke(self, info: strawberry.Info[Context], id: strawberry.ID) -> InvitationPayload:
        actor = info.context.org_actor()
        try:
            invitation = await service.revoke_invitation(actor, parse_uuid(id))
        except DomainError as exc:
            return InvitationPayload(invitation=None, errors=_errors(exc))
        return InvitationPayload(invitation=Invitation.from_model(invitation), errors=[])

    @strawberry.mutation(description="Accept an invitation (no sign-in needed: the token is the proof).")
    async def invitation_accept(
        self, info: strawberry.Info[Context], token: str, password: str | None = None, full_name: str | None = None
    ) -> MemberPayload:
        ctx = info.context
        try:
            membership = await service.accept_invitation(
                token, password=password, full_name=full_name, ip=ctx.ip, request_id=ctx.request_id
            )
        except DomainError as exc:
            return MemberPayload(member=None, errors=_errors(exc))
        return MemberPayload(member=Member.from_model(membership), errors=[])

    @strawberry.mutation
    async def member_update(
        self,
        info: strawberry.Info[Context],
        id: strawberry.ID,
        role: RoleEnum | None = None,
        sees_all_customers: bool | None = None,
    ) -> MemberPayload:
        actor = info.context.org_actor()
        try:
            membership = await service.update_membership(
                actor, parse_uuid(id), role=role, sees_all_customers=sees_all_customers
            )
        except DomainError as exc:
            return MemberPayload(member=None, errors=_errors(exc))
        return MemberPayload(member=Member.from_model(membership), errors=[])

    @strawberry.mutation
    async def member_remove(self, info: strawberry.Info[Context], id: strawberry.ID) -> MemberPayload:
        actor = info.context.org_actor()
        try:
            membership = await service.remove_membership(actor, parse_uuid(id))
        except DomainError as exc:
            return MemberPayload(member=None, errors=_errors(exc))
        return MemberPayload(member=Member.from_model(membership), errors=[])

    @strawberry.mutation(description="Create an API key for third-party apps; the secret is shown once.")
    async def api_key_create(
        self,
        info: strawberry.Info[Context],
        name: str,
        scopes: list[ApiKeyScopeEnum],
        expires_at: datetime | None = None,
    ) -> ApiKeyCreatePayload:
        actor = info.context.org_actor()
        try:
            issued = await service.create_api_key(
                actor, name=name, scopes=[s.value for s in scopes], expires_at=expires_at
            )
        except DomainError as exc:
            return ApiKeyCreatePayload(api_key=None, secret=None, errors=_errors(exc))
        return ApiKeyCreatePayload(api_key=ApiKey.from_model(issued.api_key), secret=issued.secret, errors=[])

    @strawberry.mutation
    async def api_key_revoke(self, info: strawberry.Info[Context], id: strawberry.ID) -> ApiKeyPayload:
        actor = info.context.org_actor()
        try:
            key = await service.revoke_api_key(actor, parse_uuid(id))
        except DomainError as exc:
            return ApiKeyPayload(api_key=None, errors=_errors(exc))
        return ApiKeyPayload(api_key=ApiKey.from_model(key), errors=[])
