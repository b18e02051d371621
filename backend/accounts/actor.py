"""Who is acting, for which organization, with which permissions: passed to every service call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..audit.models import ActorType
from ..kit.errors import AccessDenied, AccessErrorCode
from .models import Role
from .permissions import Permission


@dataclass(frozen=True)
class Actor:
    actor_type: ActorType
    organization_id: uuid.UUID | None
    user_id: uuid.UUID | None = None
    membership_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    role: Role | None = None
    permissions: frozenset[Permission] = field(default_factory=frozenset)
    read_only: bool = False
    sees_all_customers: bool = True
    request_id: str | None = None
    ip: str | None = None

    @classmethod
    def system(cls, organization_id: uuid.UUID | None, request_id: str | None = None) -> "Actor":
        return cls(
            actor_type=ActorType.SYSTEM,
            organization_id=organization_id,
            permissions=frozenset(Permission),
            request_id=request_id,
        )

    @property
    def org_id(self) -> uuid.UUID:
        self.require_organization()
        assert self.organization_id is not None
        return self.organization_id

    def require_organization(self) -> "Actor":
        if self.organization_id is None:
            raise AccessDenied(
                AccessErrorCode.ORGANIZATION_REQUIRED,
                "Name the organization with the X-Organization header.",
            )
        return self

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> "Actor":
        if permission not in self.permissions:
            raise AccessDenied(AccessErrorCode.FORBIDDEN, f"Your role may not do this ({permission.value}).")
        return self

    def require_write(self) -> "Actor":
        if self.read_only:
            if self.api_key_id is not None:
                raise AccessDenied(AccessErrorCode.READ_ONLY_API_KEY, "This API key may only read.")
            raise AccessDenied(AccessErrorCode.FORBIDDEN, "Your role may read but not change anything.")
        return self
