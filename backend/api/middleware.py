"""Pure ASGI middleware: request ids (bound to every log line of the request), request-body
limits and Prometheus metrics."""

from __future__ import annotations

import json
import logging
import time
import uuid

from prometheus_client import Counter, Histogram
from starlette.datastructures import MutableHeaders
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..logs import bind_request, unbind

log = logging.getLogger("huikuan.http")

REQUESTS = Counter("huikuan_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("huikuan_http_request_seconds", "HTTP request latency", ["method", "route"])
WEBHOOKS = Counter(
    "huikuan_webhook_deliveries_total", "Webhook deliveries by provider and answer (2xx accepted, 4xx refused)",
    ["provider", "status"],
)

# The scope key holding the body limit of the current request, in bytes. An endpoint may raise
# it before reading the body (the GraphQL view does for signed-in uploads).
BODY_LIMIT = "huikuan.body_limit"

SPA_ROUTE = "/{spa}"
UNMATCHED_ROUTE = "unmatched"


def route_label(scope: Scope) -> str:
    """The template of the route that answered (`/webhooks/{provider}/{token}`), never the raw
    path: the web app's client-side routes, all answered by the SPA mount, are one label, and a
    path no route matched is another."""
    route = scope.get("route")
    if isinstance(route, Route):
        return route.path
    if isinstance(route, Mount):
        return SPA_ROUTE
    return UNMATCHED_ROUTE


def _webhook_provider(scope: Scope, providers: frozenset[str]) -> str | None:
    if scope.get("route") is None or not isinstance(scope["route"], Route) or not scope["route"].path.startswith("/webhooks/"):
        return None
    provider = scope.get("path_params", {}).get("provider")
    return provider if provider in providers else "unknown"


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"The request body is larger than {limit} bytes.")


def set_body_limit(scope: Scope, limit: int) -> None:
    scope[BODY_LIMIT] = limit


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            # Anything but a short run of digits is not a length we would ever accept.
            return int(text) if text.isascii() and text.isdigit() and len(text) <= 15 else -1
    return None


def limited_receive(scope: Scope, receive: Receive) -> Receive:
    """`receive` that refuses a body over the request's limit before reading it (Content-Length)
    or as soon as the chunks received pass it (chunked transfer), never buffering more."""
    received = 0

    async def wrapped() -> Message:
        nonlocal received
        limit: int = scope[BODY_LIMIT]
        if received == 0:
            declared = _declared_length(scope)
            if declared is not None and (declared < 0 or declared > limit):
                raise BodyTooLarge(limit)
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
        return message

    return wrapped


def json_error(status: int, code: str, message: str, request_id: str) -> tuple[Message, Message]:
    body = json.dumps({"errors": [{"message": message, "extensions": {"code": code, "requestId": request_id}}]}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())],
    }
    return start, {"type": "http.response.body", "body": body}


class RequestIdMiddleware:
    """Gives every response an `x-request-id` (errors and 413s included), caps request bodies at
    `max_body_bytes` unless the endpoint raises the limit, and answers anything unexpected with a
    JSON 500 that carries the request id."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, webhook_providers: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.webhook_providers = webhook_providers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        set_body_limit(scope, self.max_body_bytes)
        tokens = bind_request(request_id=request_id)
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                MutableHeaders(scope=message).append("x-request-id", request_id)
            await send(message)

        try:
            await self.app(scope, limited_receive(scope, receive), send_with_id)
        except BodyTooLarge as exc:
            if response_started:
                raise
            for message in json_error(413, "BODY_TOO_LARGE", str(exc), request_id):
                await send_with_id(message)
        except Exception:
            log.exception("unhandled error (request %s)", request_id)
            if response_started:
                raise
            for message in json_error(500, "INTERNAL_SERVER_ERROR", "Internal server error.", request_id):
                await send_with_id(message)
        finally:
            unbind(tokens)
            route = route_label(scope)
            LATENCY.labels(scope["method"], route).observe(time.perf_counter() - started)
            REQUESTS.labels(scope["method"], route, str(status)).inc()
            provider = _webhook_provider(scope, self.webhook_providers)
            if provider is not None:
                WEBHOOKS.labels(provider, str(status)).inc()
