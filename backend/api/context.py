"""The per-request GraphQL context: settings, the authenticated actor, and per-request loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..accounts.actor import Actor
from ..accounts.auth import RequestAuth
from ..config import Settings
from ..kit.errors import AccessDenied, AccessErrorCode


@dataclass
class Context:
    request: Request
    response: Response
    settings: Settings
    auth: RequestAuth
    request_id: str
    ip: str
    # DataLoaders are created lazily per request and never shared between requests (or tenants).
    loaders: dict[str, Any] = field(default_factory=dict)
    executed: bool = False

    @property
    def user_agent(self) -> str | None:
        return self.request.headers.get("user-agent")

    def actor(self) -> Actor:
        """The caller; refuses unauthenticated callers and bad X-Organization headers."""
        return self.auth.require_actor()

    def user_actor(self) -> Actor:
        actor = self.actor()
        if actor.user_id is None:
            raise AccessDenied(AccessErrorCode.FORBIDDEN, "This needs a signed-in user, not an API key.")
        return actor

    def org_actor(self) -> Actor:
        return self.actor().require_organization()

    def loader(self, key: str, factory: Any) -> Any:
        if key not in self.loaders:
            self.loaders[key] = factory()
        return self.loaders[key]
