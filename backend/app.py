"""create_app(): the Starlette application (GraphQL, webhooks, health, metrics, the SPA)."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.datastructures import MutableHeaders
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise import connections

from .accounts.http import logout_endpoint, refresh_endpoint
from .api.metrics import register_queue_depth
from .api.middleware import RequestIdMiddleware
from .api.schema import build_schema
from .api.view import HuikuanGraphQL
from .config import Settings, get_settings
from .customers.documents_http import document_endpoints
from .db import close_orm, init_orm, resolve_database_url
from .exports.http import export_endpoint, invoice_pdf_endpoint
from .imports.http import error_report_endpoint, template_endpoint
from .reconciliation.http import endpoints as statement_endpoints
from .collections.http import letter_endpoint
from .webhooks.http import webhook
from .webhooks.providers import ADAPTERS
from .worker.broker import ping_broker

log = logging.getLogger(__name__)

# The web app's build: inside the installed package (a wheel, the Docker image), or the checkout's
# committed frontend/dist (an editable install, `make run`).
_PACKAGED_SPA = Path(__file__).resolve().parent / "spa_dist"
_CHECKOUT_SPA = Path(__file__).resolve().parent.parent / "frontend" / "dist"
SPA_DIST = _PACKAGED_SPA if (_PACKAGED_SPA / "index.html").is_file() else _CHECKOUT_SPA
READINESS_TIMEOUT = 3.0


# Vite names every file under assets/ by its content hash: it never changes, so it may be cached
# for good. index.html (and the client-side routes answered with it) must be revalidated to pick
# up a new release.
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


class SpaFiles(StaticFiles):
    """Static files; unknown paths without a file extension get index.html (client-side routes)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as exc:
            if exc.status_code == 404 and "." not in path.rsplit("/", 1)[-1]:
                response = await super().get_response("index.html", scope)
                response.headers["cache-control"] = REVALIDATE
                return response
            raise
        if response.status_code in (200, 304):
            response.headers["cache-control"] = IMMUTABLE if path.startswith("assets/") else REVALIDATE
        return response


# The web app: scripts only from our own files (Vite emits no inline script); styles also inline,
# because Ant Design's CSS-in-JS writes <style> elements at run time (a nonce would need index.html
# rendered per response); the favicon and AntD's images are data: URLs. See docs/security.md.
SPA_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# GraphiQL (development only) is one HTML page with an inline script that loads its bundle from a CDN.
GRAPHIQL_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://unpkg.com",
        "style-src 'self' 'unsafe-inline' https://unpkg.com",
        "img-src 'self' data: https:",
        "font-src 'self' data: https://unpkg.com",
        "connect-src 'self' https://unpkg.com",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    ]
)
COMMON_HEADERS = {
    "x-content-type-options": "nosniff",
    # Invitation links carry their token in the path: never send it to another site.
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
}
HSTS = "max-age=31536000; includeSubDomains"


class SecurityHeadersMiddleware:
    """The usual security headers on every response, and a Content-Security-Policy: the web app's,
    or GraphiQL's on the GraphiQL page. HSTS in production (served behind TLS)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.headers = dict(COMMON_HEADERS)
        if settings.is_production:
            self.headers["strict-transport-security"] = HSTS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers[name] = value
                graphiql = scope["path"] == "/graphql" and headers.get("content-type", "").startswith("text/html")
                headers["content-security-policy"] = GRAPHIQL_CSP if graphiql else SPA_CSP
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(connections.get("default").execute_query("SELECT 1"), READINESS_TIMEOUT)
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        checks["database"] = f"unavailable: {type(exc).__name__}"
    try:
        await asyncio.wait_for(asyncio.to_thread(ping_broker), READINESS_TIMEOUT)
        checks["broker"] = "ok"
    except Exception as exc:  # noqa: BLE001
        checks["broker"] = f"unavailable: {type(exc).__name__}"
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks}, status_code=200 if ready else 503)


async def metrics(request: Request) -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        url = resolve_database_url(settings)
        await init_orm(url, settings.db_pool_max)
        # What start-up built (schema, ORM, routes) lives as long as the process: frozen out of the
        # collector's generations, it is not walked by every full collection during a request (a
        # 300 ms pause in a request measured by bench_analytics).
        gc.freeze()
        try:
            yield
        finally:
            await close_orm()

    graphql = HuikuanGraphQL(build_schema(settings), settings)
    statements = statement_endpoints(settings)
    documents = document_endpoints(settings)
    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        Route("/webhooks/{provider}/{token}", webhook, methods=["POST"]),
        Route("/imports/{job_id}/errors.csv", error_report_endpoint(settings), methods=["GET"]),
        Route("/imports/templates/{kind}.{fmt}", template_endpoint, methods=["GET"]),
        Route("/exports/invoices/{invoice_id}.pdf", invoice_pdf_endpoint(settings), methods=["GET"]),
        Route("/exports/{kind}.{fmt}", export_endpoint(settings), methods=["GET"]),
        Route("/public/statements/{token}", statements["view"], methods=["GET"]),
        Route("/public/statements/{token}/pdf", statements["pdf"], methods=["GET"]),
        Route("/public/statements/{token}/confirm", statements["confirm"], methods=["POST"]),
        Route("/public/statements/{token}/dispute", statements["dispute"], methods=["POST"]),
        Route("/statements/{statement_id}/export.{fmt:str}", statements["export"], methods=["GET"]),
        Route("/statements/discrepancies/{discrepancy_id}/attachment", statements["attachment"], methods=["GET"]),
        Route("/documents/customers/{customer_id}", documents["upload"], methods=["POST"]),
        Route("/documents/{document_id}", documents["download"], methods=["GET"]),
        Route("/collections/letters/{action_id}/{kind}.pdf", letter_endpoint(settings), methods=["GET"]),
        Route("/auth/refresh", refresh_endpoint(settings), methods=["POST"]),
        Route("/auth/logout", logout_endpoint(settings), methods=["POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
    ]
    if SPA_DIST.is_dir():
        routes.append(Mount("/", app=SpaFiles(directory=SPA_DIST, html=True), name="spa"))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
    app.add_middleware(
        RequestIdMiddleware, max_body_bytes=settings.max_body_bytes,
        webhook_providers=frozenset(provider.value for provider in ADAPTERS),
    )
    register_queue_depth()
    return app
