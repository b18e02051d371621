"""Pure ASGI middleware: request ids and Prometheus metrics."""

from __future__ import annotations

import time
import uuid

from prometheus_client import Counter, Histogram
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUESTS = Counter("huikuan_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("huikuan_http_request_seconds", "HTTP request latency", ["method", "route"])


def _route_label(path: str) -> str:
    """Bounded label values: the first path segment only (no ids in metrics)."""
    if path.startswith(("/graphql", "/webhooks", "/healthz", "/readyz", "/metrics")):
        return "/" + path.strip("/").split("/")[0] + ("/*" if path.startswith("/webhooks/") else "")
    return "/spa"


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        route = _route_label(scope["path"])
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append("x-request-id", request_id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            LATENCY.labels(scope["method"], route).observe(time.perf_counter() - started)
            REQUESTS.labels(scope["method"], route, str(status)).inc()
