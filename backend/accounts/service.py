"""Accounts: sign-in and sessions, organizations, members, invitations, API keys."""

from __future__ import annotations

import hmac
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q

from ..audit import service as audit
from ..audit.models import ActorType
from ..config import Settings
from ..kit.errors import DomainError, FieldError
from ..kit.ids import new_token, token_hash
from ..kit.time import utcnow
from ..kit.uow import enqueue, unit_of_work
from . import validation as v
from .actor import Actor
from .errors import AccountErrorCode
from .models import ApiKey, ApiKeyScope, Invitation, Locale, LoginFailure, Membership, Organization, RefreshToken, Role, User
from .permissions import OWNER_ONLY_ROLES, Permission
from .security import hash_password, issue_access_token, verify_password

log = logging.getLogger(__name__)

ORG_FIELDS = ("name", "base_currency", "timezone", "locale")
MEMBERSHIP_FIELDS = ("role", "sees_all_customers")
INVITATION_DAYS = 7
API_KEY_PREFIX = "hk_"


def _raise_if(*errors: FieldError | None) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


def _user_actor(user: User, ip: str | None, request_id: str | None) -> Actor:
    return Actor(actor_type=ActorType.USER, organization_id=None, user_id=user.id, request_id=request_id, ip=ip)


# --- sign-in and sessions -------------------------------------------------------------------


@dataclass(frozen=True)
class TokenPair:
    user: User
    access_token: str
    access_expires_at: datetime
    refresh_token: str


async def _new_refresh_token(user: User, family_id: uuid.UUID, settings: Settings, ip: str | None, ua: str | None) -> str:
    token = new_token()
    await RefreshToken.create(
        user=user,
        family_id=family_id,
        token_hash=token_hash(token),
        expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        ip=ip,
        user_agent=(ua or "")[:255] or None,
    )
    return token


# Both advisory locks are taken in this order (account, then address) by every sign-in, so two
# sign-ins never wait on each other in a cycle.
_RESERVE_ATTEMPT_SQL = """
SELECT pg_advisory_xact_lock(hashtextextended('login-account:' || $1, 0)),
       pg_advisory_xact_lock(hashtextextended('login-address:' || $2, 0))
"""
_FAILURES_SQL = """
SELECT count(*) FILTER (WHERE email = $1) AS per_account, count(*) FILTER (WHERE ip = $2) AS per_address
FROM login_failures WHERE created_at >= $3 AND (email = $1 OR ip = $2)
"""


async def _reserve_attempt(settings: Settings, email: str, ip: str) -> bool:
    """Check the limits and count this attempt as a failure in one step, atomic across API
    processes (advisory locks on the account and the address, held for this short transaction):
    of N simultaneous attempts on an account, exactly as many as the limit allows get their
    password checked. A successful sign-in then clears the account's failures, this one included."""
    since = utcnow() - timedelta(minutes=settings.login_window_minutes)
    async with unit_of_work() as connection:
        await connection.execute_query(_RESERVE_ATTEMPT_SQL, [email, ip])
        _, rows = await connection.execute_query(_FAILURES_SQL, [email, ip, since])
        if (
            rows[0]["per_account"] >= settings.login_max_failures_per_account
            or rows[0]["per_address"] >= settings.login_max_failures_per_address
        ):
            return False
        await LoginFailure.create(email=email, ip=ip, using_db=connection)
    return True


async def create_tokens(
    settings: Settings, email: str, password: str, *, ip: str, user_agent: str | None, request_id: str | None
) -> TokenPair:
    email = v.normalize_email(email)[:254]
    if not await _reserve_attempt(settings, email, ip):
        raise DomainError.single(
            AccountErrorCode.RATE_LIMITED, "Too many failed sign-ins; wait a few minutes and try again.", "email"
        )
    user = await User.get_or_none(email=email)
    if not verify_password(user.password_hash if user else None, password):
        raise DomainError.single(AccountErrorCode.INVALID_CREDENTIALS, "Wrong email or password.", "password")
    assert user is not None
    if not user.is_active:
        raise DomainError.single(AccountErrorCode.INACTIVE_USER, "This account is disabled.", "email")
    async with unit_of_work():
        await LoginFailure.filter(email=email).delete()
        family_id = uuid.uuid4()
        refresh = await _new_refresh_token(user, family_id, settings, ip, user_agent)
        access, expires = issue_access_token(settings, user.id, family_id)
        await audit.record(
            _user_actor(user, ip, request_id), "auth.login", "user", user.id, extra={"family": str(family_id)}
        )
    return TokenPair(user=user, access_token=access, access_expires_at=expires, refresh_token=refresh)


async def refresh_tokens(
    settings: Settings, refresh_token: str, *, ip: str, user_agent: str | None, request_id: str | None
) -> TokenPair:
    """Rotate a refresh token. Presenting a spent token revokes its whole family."""
    now = utcnow()
    reused_family: uuid.UUID | None = None
    async with unit_of_work():
        row = await RefreshToken.filter(token_hash=token_hash(refresh_token)).select_for_update().first()
        if row is None or row.revoked_at is not None or row.expires_at <= now:
            raise DomainError.single(
                AccountErrorCode.INVALID_REFRESH_TOKEN, "Sign in again.", "refreshToken"
            )
        if row.used_at is not None:
            reused_family = row.family_id
            await RefreshToken.filter(family_id=row.family_id, revoked_at__isnull=True).update(revoked_at=now)
        else:
            user = await User.get(id=row.user_id)
            if not user.is_active:
                raise DomainError.single(AccountErrorCode.INACTIVE_USER, "This account is disabled.", "refreshToken")
            row.used_at = now
            await row.save(update_fields=["used_at"])
            refresh = await _new_refresh_token(user, row.family_id, settings, ip, user_agent)
            access, expires = issue_access_token(settings, user.id, row.family_id)
            await audit.record(
                _user_actor(user, ip, request_id), "auth.refresh", "user", user.id, extra={"family": str(row.family_id)}
            )
    if reused_family is not None:
        log.warning("refresh token reused; family %s revoked (ip %s)", reused_family, ip)
        raise DomainError.single(
            AccountErrorCode.REFRESH_TOKEN_REUSED,
            "This refresh token was already used; every session of this sign-in is now signed out.",
            "refreshToken",
        )
    return TokenPair(user=user, access_token=access, access_expires_at=expires, refresh_token=refresh)


async def revoke_refresh_token(refresh_token: str, *, ip: str | None, request_id: str | None) -> None:
    async with unit_of_work():
        row = await RefreshToken.filter(token_hash=token_hash(refresh_token)).select_for_update().first()
        if row is None:
            raise DomainError.single(AccountErrorCode.INVALID_REFRESH_TOKEN, "Unknown refresh token.", "refreshToken")
        await RefreshToken.filter(family_id=row.family_id, revoked_at__isnull=True).update(revoked_at=utcnow())
        user = await User.get(id=row.user_id)
        await audit.record(_user_actor(user, ip, request_id), "auth.logout", "user", user.id, extra={"family": str(row.family_id)})


async def purge_expired_sessions(now: datetime | None = None) -> int:
    """Delete refresh tokens expired a week ago and login failures older than a day."""
    now = now or utcnow()
    removed = await RefreshToken.filter(expires_at__lt=now - timedelta(days=7)).delete()
    await LoginFailure.filter(created_at__lt=now - timedelta(days=1)).delete()
    return removed


# --- users ----------------------------------------------------------------------------------


async def update_me(actor: Actor, *, full_name: str | None, locale: Locale | None) -> User:
    async with unit_of_work():
        user = await User.filter(id=actor.user_id).select_for_update().get()
        before = audit.snapshot(user, ("full_name", "locale"))
        if full_name is not None:
            _raise_if(v.text_error(full_name, "fullName", 100, required=False))
            user.full_name = full_name.strip()
        if locale is not None:
            user.locale = locale
        await user.save()
        await audit.record(actor, "user.update", "user", user.id, before=before, after=audit.snapshot(user, before))
    return user


async def change_password(actor: Actor, *, current_password: str, new_password: str) -> User:
    async with unit_of_work():
        user = await User.filter(id=actor.user_id).select_for_update().get()
        if not verify_password(user.password_hash, current_password):
            raise DomainError.single(AccountErrorCode.INVALID_CREDENTIALS, "The current password is wrong.", "currentPassword")
        _raise_if(v.password_error(new_password, "newPassword"))
        user.password_hash = hash_password(new_password)
        await user.save(update_fields=["password_hash", "updated_at"])
        await RefreshToken.filter(user_id=user.id, revoked_at__isnull=True).update(revoked_at=utcnow())
        await audit.record(actor, "user.password_change", "user", user.id)
    return user


# --- organizations --------------------------------------------------------------------------


def _org_errors(name: str | None, base_currency: str | None, timezone: str | None) -> list[FieldError | None]:
    return [
        None if name is None else v.text_error(name, "name", 200),
        None if base_currency is None else v.currency_error(base_currency),
        None if timezone is None else v.timezone_error(timezone),
    ]


async def create_organization(
    actor: Actor, *, name: str, base_currency: str = "CNY", timezone: str = "Asia/Shanghai", locale: Locale = Locale.ZH_CN
) -> Organization:
    """Any signed-in user may create an organization and becomes its owner."""
    _raise_if(*_org_errors(name, base_currency, timezone))
    async with unit_of_work():
        org = await Organization.create(name=name.strip(), base_currency=base_currency, timezone=timezone, locale=locale)
        await Membership.create(organization=org, user_id=actor.user_id, role=Role.OWNER)
        await audit.record(
            actor, "organization.create", "organization", org.id, after=audit.snapshot(org, ORG_FIELDS), organization_id=org.id
        )
    return org


# Documents whose amounts are in the base currency at a stored rate, or dated in the organization's
# calendar: once one exists, the base currency and the timezone are fixed.
_HAS_DOCUMENTS_SQL = """
SELECT EXISTS (SELECT 1 FROM invoices WHERE organization_id = $1)
    OR EXISTS (SELECT 1 FROM payments WHERE organization_id = $1)
    OR EXISTS (SELECT 1 FROM credit_notes WHERE organization_id = $1) AS found
"""


async def update_organization(
    actor: Actor, *, name: str | None, base_currency: str | None, timezone: str | None, locale: Locale | None
) -> Organization:
    """Change the organization's settings. The base currency and the timezone cannot change once a
    document (invoice, payment, credit note) exists: every stored rate converts into the base
    currency and every business date is a day of that timezone, so a change would relabel them
    (HAS_DOCUMENTS; nothing is changed)."""
    actor.require_write().require(Permission.ORGANIZATION_MANAGE)
    _raise_if(*_org_errors(name, base_currency, timezone))
    async with unit_of_work() as conn:
        org = await Organization.filter(id=actor.org_id).select_for_update().get()
        changing = [
            (field, label)
            for field, label, value in (("base_currency", "baseCurrency", base_currency), ("timezone", "timezone", timezone))
            if value is not None and value.strip() != getattr(org, field)
        ]
        if changing and (await conn.execute_query_dict(_HAS_DOCUMENTS_SQL, [org.id]))[0]["found"]:
            raise DomainError(
                *(
                    FieldError(AccountErrorCode.HAS_DOCUMENTS, f"The {field.replace('_', ' ')} is fixed once documents exist.", label)
                    for field, label in changing
                )
            )
        before = audit.snapshot(org, ORG_FIELDS)
        for field, value in (("name", name), ("base_currency", base_currency), ("timezone", timezone), ("locale", locale)):
            if value is not None:
                setattr(org, field, value.strip() if isinstance(value, str) else value)
        await org.save()
        await audit.record(actor, "organization.update", "organization", org.id, before=before, after=audit.snapshot(org, ORG_FIELDS))
    return org


# --- members and invitations ----------------------------------------------------------------


def _check_role_grant(actor: Actor, role: Role, field: str = "role") -> None:
    if role in OWNER_ONLY_ROLES and actor.role is not Role.OWNER:
        raise DomainError.single(AccountErrorCode.OWNER_ONLY, "Only an owner can grant the owner role.", field)


def _pending(invitation: Invitation | None) -> bool:
    return invitation is not None and invitation.accepted_at is None and invitation.revoked_at is None


async def invite_member(settings: Settings, actor: Actor, *, email: str, role: Role) -> Invitation:
    """Invite someone by e-mail. The job that sends the mail gets the invitation's id only: it makes
    the link's token itself (see `issue_invitation_token`), so no token travels through the broker.
    Inviting an address again replaces its pending invitation (the earlier link stops working)."""
    actor.require_write().require(Permission.MEMBERS_MANAGE)
    email = v.normalize_email(email)
    _raise_if(v.email_error(email))
    _check_role_grant(actor, role)
    from .tasks import send_invitation

    async with unit_of_work():
        if await Membership.filter(organization_id=actor.org_id, user__email=email).exists():
            raise DomainError.single(AccountErrorCode.ALREADY_MEMBER, "This person is already a member.", "email")
        now = utcnow()
        await Invitation.filter(
            organization_id=actor.org_id, email=email, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=now)
        invitation = await Invitation.create(
            organization_id=actor.org_id,
            email=email,
            role=role,
            # Replaced by the sending job; until then no link exists that could match it.
            token_hash=token_hash(new_token()),
            invited_by_id=actor.user_id,
            expires_at=now + timedelta(days=INVITATION_DAYS),
        )
        await audit.record(
            actor, "invitation.create", "invitation", invitation.id, after={"email": email, "role": role.value}
        )
        await enqueue(send_invitation, str(invitation.id))
    return invitation


async def _locked_invitation(actor: Actor, invitation_id: uuid.UUID | None) -> Invitation:
    invitation = (
        await Invitation.filter(id=invitation_id, organization_id=actor.org_id).select_for_update().first()
        if invitation_id
        else None
    )
    if invitation is None:
        raise DomainError.single(AccountErrorCode.NOT_FOUND, "No such invitation in this organization.", "id")
    if not _pending(invitation):
        raise DomainError.single(AccountErrorCode.INVITATION_INVALID, "This invitation was accepted or revoked.", "id")
    return invitation


async def resend_invitation(actor: Actor, invitation_id: uuid.UUID | None) -> Invitation:
    """Send a pending invitation again with a new link (the earlier one stops working), valid for
    another INVITATION_DAYS days."""
    actor.require_write().require(Permission.MEMBERS_MANAGE)
    from .tasks import send_invitation

    async with unit_of_work():
        invitation = await _locked_invitation(actor, invitation_id)
        _check_role_grant(actor, invitation.role, "id")
        invitation.expires_at = utcnow() + timedelta(days=INVITATION_DAYS)
        await invitation.save(update_fields=["expires_at"])
        await audit.record(actor, "invitation.resend", "invitation", invitation.id, after={"email": invitation.email})
        await enqueue(send_invitation, str(invitation.id))
    return invitation


async def revoke_invitation(actor: Actor, invitation_id: uuid.UUID | None) -> Invitation:
    actor.require_write().require(Permission.MEMBERS_MANAGE)
    async with unit_of_work():
        invitation = await _locked_invitation(actor, invitation_id)
        invitation.revoked_at = utcnow()
        await invitation.save(update_fields=["revoked_at"])
        await audit.record(
            actor, "invitation.revoke", "invitation", invitation.id, before={"revoked": False}, after={"revoked": True}
        )
    return invitation


def pending_invitations_query(organization_id: uuid.UUID):
    return Invitation.filter(organization_id=organization_id, accepted_at__isnull=True, revoked_at__isnull=True)


async def issue_invitation_token(invitation_id: uuid.UUID) -> tuple[Invitation, str] | None:
    """For the sending job: a new link token for a pending invitation (only its hash is kept, so
    each sending replaces the previous link), or None when there is nothing to send."""
    async with unit_of_work():
        invitation = await Invitation.filter(id=invitation_id).select_for_update().first()
        if not _pending(invitation) or invitation.expires_at <= utcnow():
            return None
        token = new_token()
        invitation.token_hash = token_hash(token)
        await invitation.save(update_fields=["token_hash"])
        await invitation.fetch_related("organization")
    return invitation, token


@dataclass(frozen=True)
class InvitationPreview:
    invitation: Invitation
    organization_name: str
    has_account: bool


async def preview_invitation(token: str) -> InvitationPreview:
    """What the accept page shows to the holder of a link: the organization, the role, the address
    and whether that address already has an account (then they sign in to accept)."""
    invitation = await Invitation.filter(token_hash=token_hash(token)).select_related("organization").first()
    _check_invitation(invitation)
    assert invitation is not None
    return InvitationPreview(
        invitation=invitation,
        organization_name=invitation.organization.name,
        has_account=await User.filter(email=invitation.email).exists(),
    )


def _check_invitation(invitation: Invitation | None) -> None:
    if not _pending(invitation):
        raise DomainError.single(AccountErrorCode.INVITATION_INVALID, "This invitation is not valid.", "token")
    assert invitation is not None
    if invitation.expires_at <= utcnow():
        raise DomainError.single(AccountErrorCode.INVITATION_EXPIRED, "This invitation has expired.", "token")


async def accept_invitation(
    token: str, *, password: str | None, full_name: str | None, ip: str | None, request_id: str | None
) -> Membership:
    """Join the organization; a new user sets a password, an existing one must give theirs."""
    async with unit_of_work():
        invitation = await Invitation.filter(token_hash=token_hash(token)).select_for_update().first()
        _check_invitation(invitation)
        assert invitation is not None
        user = await User.get_or_none(email=invitation.email)
        if user is None:
            _raise_if(v.password_error(password or ""), v.text_error(full_name or "", "fullName", 100, required=False))
            user = await User.create(
                email=invitation.email, password_hash=hash_password(password or ""), full_name=(full_name or "").strip()
            )
        elif not verify_password(user.password_hash, password or ""):
            raise DomainError.single(AccountErrorCode.INVALID_CREDENTIALS, "Enter your current password to join.", "password")
        if await Membership.filter(organization_id=invitation.organization_id, user=user).exists():
            raise DomainError.single(AccountErrorCode.ALREADY_MEMBER, "You are already a member.", "token")
        membership = await Membership.create(organization_id=invitation.organization_id, user=user, role=invitation.role)
        invitation.accepted_at = utcnow()
        await invitation.save(update_fields=["accepted_at"])
        actor = Actor(
            actor_type=ActorType.USER, organization_id=invitation.organization_id, user_id=user.id, request_id=request_id, ip=ip
        )
        await audit.record(actor, "membership.create", "membership", membership.id, after={"role": invitation.role.value})
    return membership


async def _locked_membership(actor: Actor, membership_id: uuid.UUID | None) -> Membership:
    membership = (
        await Membership.filter(id=membership_id, organization_id=actor.org_id).select_for_update().first()
        if membership_id
        else None
    )
    if membership is None:
        raise DomainError.single(AccountErrorCode.NOT_FOUND, "No such member in this organization.", "id")
    return membership


async def _ensure_an_owner_remains(actor: Actor, membership: Membership) -> None:
    others = await Membership.filter(organization_id=actor.org_id, role=Role.OWNER).exclude(id=membership.id).count()
    if membership.role is Role.OWNER and others == 0:
        raise DomainError.single(AccountErrorCode.LAST_OWNER, "An organization needs at least one owner.", "role")


async def update_membership(
    actor: Actor, membership_id: uuid.UUID | None, *, role: Role | None, sees_all_customers: bool | None
) -> Membership:
    actor.require_write().require(Permission.MEMBERS_MANAGE)
    async with unit_of_work():
        membership = await _locked_membership(actor, membership_id)
        before = audit.snapshot(membership, MEMBERSHIP_FIELDS)
        if role is not None and role is not membership.role:
            _check_role_grant(actor, role)
            _check_role_grant(actor, membership.role)
            if role is not Role.OWNER:
                await _ensure_an_owner_remains(actor, membership)
            membership.role = role
        if sees_all_customers is not None:
            membership.sees_all_customers = sees_all_customers
        await membership.save()
        await audit.record(
            actor, "membership.update", "membership", membership.id, before=before, after=audit.snapshot(membership, MEMBERSHIP_FIELDS)
        )
    return membership


async def remove_membership(actor: Actor, membership_id: uuid.UUID | None) -> Membership:
    actor.require_write().require(Permission.MEMBERS_MANAGE)
    async with unit_of_work():
        membership = await _locked_membership(actor, membership_id)
        _check_role_grant(actor, membership.role)
        await _ensure_an_owner_remains(actor, membership)
        before = audit.snapshot(membership, (*MEMBERSHIP_FIELDS, "user_id"))
        await membership.delete()
        await audit.record(actor, "membership.delete", "membership", membership.id, before=before)
    return membership


# --- API keys -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedApiKey:
    api_key: ApiKey
    secret: str


async def create_api_key(actor: Actor, *, name: str, scopes: list[str], expires_at: datetime | None) -> IssuedApiKey:
    actor.require_write().require(Permission.API_KEYS_MANAGE)
    valid_scopes = {s.value for s in ApiKeyScope}
    errors: list[FieldError | None] = [v.text_error(name, "name", 100)]
    if not scopes or not set(scopes) <= valid_scopes:
        errors.append(FieldError(AccountErrorCode.INVALID_SCOPE, "Scopes are read and/or write.", "scopes"))
    if expires_at is not None and expires_at <= utcnow():
        errors.append(FieldError(AccountErrorCode.INVALID_EXPIRY, "The expiry must be in the future.", "expiresAt"))
    _raise_if(*errors)
    prefix = new_token(6)[:8].replace("-", "x").replace("_", "y")
    secret = new_token(32)
    full_key = f"{API_KEY_PREFIX}{prefix}_{secret}"
    async with unit_of_work():
        key = await ApiKey.create(
            organization_id=actor.org_id,
            name=name.strip(),
            prefix=prefix,
            key_hash=token_hash(full_key),
            scopes=sorted(set(scopes)),
            created_by_id=actor.user_id,
            expires_at=expires_at,
        )
        await audit.record(actor, "api_key.create", "api_key", key.id, after={"name": key.name, "scopes": key.scopes})
    return IssuedApiKey(api_key=key, secret=full_key)


async def revoke_api_key(actor: Actor, api_key_id: uuid.UUID | None) -> ApiKey:
    actor.require_write().require(Permission.API_KEYS_MANAGE)
    async with unit_of_work():
        key = (
            await ApiKey.filter(id=api_key_id, organization_id=actor.org_id).select_for_update().first()
            if api_key_id
            else None
        )
        if key is None:
            raise DomainError.single(AccountErrorCode.NOT_FOUND, "No such API key.", "id")
        if key.revoked_at is None:
            key.revoked_at = utcnow()
            await key.save(update_fields=["revoked_at"])
        await audit.record(actor, "api_key.revoke", "api_key", key.id, after={"revoked": True}, before={"revoked": False})
    return key


def split_api_key(raw: str) -> str | None:
    """The lookup prefix of an `hk_<prefix>_<secret>` key, or None when it is not shaped like one."""
    if not raw.startswith(API_KEY_PREFIX):
        return None
    prefix, sep, secret = raw[len(API_KEY_PREFIX):].partition("_")
    return prefix if sep and prefix and secret else None


def api_key_matches(key: ApiKey, raw: str) -> bool:
    return hmac.compare_digest(key.key_hash, token_hash(raw))


# --- scripts --------------------------------------------------------------------------------


async def create_user_with_membership(
    *, email: str, password: str, organization_name: str, role: Role, full_name: str = ""
) -> tuple[User, Organization, Membership]:
    """`huikuan createuser`: idempotent set-up of a user in an organization (created if absent)."""
    email = v.normalize_email(email)
    _raise_if(v.email_error(email), v.password_error(password), v.text_error(organization_name, "organization", 200))
    async with unit_of_work():
        user = await User.get_or_none(email=email)
        if user is None:
            user = await User.create(email=email, password_hash=hash_password(password), full_name=full_name)
        else:
            user.password_hash = hash_password(password)
            await user.save(update_fields=["password_hash", "updated_at"])
        org = await Organization.filter(name=organization_name.strip()).order_by("created_at").first()
        if org is None:
            org = await Organization.create(name=organization_name.strip())
        membership = await Membership.get_or_none(organization=org, user=user)
        if membership is None:
            membership = await Membership.create(organization=org, user=user, role=role)
        elif membership.role is not role:
            membership.role = role
            await membership.save(update_fields=["role", "updated_at"])
        actor = Actor.system(org.id)
        await audit.record(actor, "membership.provision", "membership", membership.id, after={"email": email, "role": role.value})
    return user, org, membership


def organizations_query(user_id: uuid.UUID, search: str | None):
    query = Organization.filter(memberships__user_id=user_id)
    if search:
        query = query.filter(Q(name__icontains=search))
    return query
