"""The web app's session cookie: the refresh token lives in an httpOnly cookie scoped to `/auth/`,
out of reach of scripts, and the access token only in the page's memory.

`tokenCreate(refreshTokenDelivery: COOKIE)` sets the cookie; `POST /auth/refresh` rotates it and
answers a new access token; `POST /auth/logout` revokes the sign-in and clears it. Both endpoints
refuse (403) a request without the `X-Huikuan-CSRF: 1` header or from another origin: a cross-site
form cannot send that header, and a cross-origin script would need a CORS pre-flight that this
server never grants; SameSite=Strict keeps the cookie off cross-site requests besides. Refused
refreshes answer 200 with `errors` (as GraphQL payloads do), so a signed-out page logs nothing.
See docs/security.md."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..api.view import client_ip
from ..config import Settings
from ..kit.errors import DomainError
from . import service
from .errors import AccountErrorCode

REFRESH_COOKIE = "huikuan_refresh"
COOKIE_PATH = "/auth/"
CSRF_HEADER = "x-huikuan-csrf"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def _secure(settings: Settings, request: Request) -> bool:
    """Secure always, except over plain http to a loopback address in development (`make run`):
    browsers would not send a Secure cookie back to http://127.0.0.1."""
    return settings.is_production or not (request.url.scheme == "http" and request.url.hostname in LOOPBACK_HOSTS)


def set_refresh_cookie(settings: Settings, request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        REFRESH_COOKIE,
        token,
        max_age=settings.refresh_token_days * 86400,
        path=COOKIE_PATH,
        secure=_secure(settings, request),
        httponly=True,
        samesite="strict",
    )


def _clear_refresh_cookie(settings: Settings, request: Request, response: Response) -> None:
    response.delete_cookie(
        REFRESH_COOKIE, path=COOKIE_PATH, secure=_secure(settings, request), httponly=True, samesite="strict"
    )


def _origins(settings: Settings, request: Request) -> set[str]:
    public = settings.public_url.rstrip("/")
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    return {public, own}


def _csrf_refusal(settings: Settings, request: Request) -> Response | None:
    if request.headers.get(CSRF_HEADER) != "1":
        return JSONResponse({"errors": [{"code": "CSRF", "message": f"Send the {CSRF_HEADER} header."}]}, status_code=403)
    origin = request.headers.get("origin")
    if origin is not None and origin.rstrip("/") not in _origins(settings, request):
        return JSONResponse({"errors": [{"code": "CSRF", "message": "Cross-origin request refused."}]}, status_code=403)
    return None


def refresh_endpoint(settings: Settings):  # type: ignore[no-untyped-def]
    async def refresh(request: Request) -> Response:
        if (refused := _csrf_refusal(settings, request)) is not None:
            return refused
        token = request.cookies.get(REFRESH_COOKIE)
        try:
            if not token:
                raise DomainError.single(AccountErrorCode.INVALID_REFRESH_TOKEN, "Sign in again.", "refreshToken")
            pair = await service.refresh_tokens(
                settings,
                token,
                ip=client_ip(request, settings),
                user_agent=request.headers.get("user-agent"),
                request_id=request.state.request_id,
            )
        except DomainError as exc:
            response = JSONResponse(
                {"session": None, "errors": [{"field": e.field, "code": e.code.value, "message": e.message} for e in exc.errors]}
            )
            _clear_refresh_cookie(settings, request, response)
            return response
        response = JSONResponse(
            {
                "session": {
                    "accessToken": pair.access_token,
                    "accessTokenExpiresAt": pair.access_expires_at.isoformat(),
                    "user": {"id": str(pair.user.id), "locale": pair.user.locale.value},
                },
                "errors": [],
            }
        )
        set_refresh_cookie(settings, request, response, pair.refresh_token)
        return response

    return refresh


def logout_endpoint(settings: Settings):  # type: ignore[no-untyped-def]
    async def logout(request: Request) -> Response:
        if (refused := _csrf_refusal(settings, request)) is not None:
            return refused
        token = request.cookies.get(REFRESH_COOKIE)
        revoked = False
        if token:
            try:
                await service.revoke_refresh_token(
                    token, ip=client_ip(request, settings), request_id=request.state.request_id
                )
                revoked = True
            except DomainError:
                revoked = False
        response = JSONResponse({"revoked": revoked})
        _clear_refresh_cookie(settings, request, response)
        return response

    return logout
