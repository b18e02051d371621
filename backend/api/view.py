"""The /graphql endpoint: Strawberry's ASGI view made to follow the GraphQL-over-HTTP spec,
including the `application/graphql-response+json` media type and its status codes."""

from __future__ import annotations

import json
from contextvars import ContextVar
from typing import Any

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionResult

from ..accounts.auth import authenticate
from ..config import Settings
from .context import Context
from .middleware import set_body_limit

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"

_media_type: ContextVar[str] = ContextVar("huikuan_media_type", default=JSON)
_context: ContextVar[Context | None] = ContextVar("huikuan_graphql_context", default=None)


def negotiate(accept: str | None) -> str | None:
    """The response media type for an Accept header, or None when we can offer neither."""
    if not accept:
        return JSON
    best_offer: str | None = None
    best_rank: tuple[float, bool, int] | None = None
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        media = media.lower()
        if media in (GRAPHQL_RESPONSE_JSON, JSON):
            offer = media
        elif media in ("*/*", "application/*"):
            offer = JSON
        else:
            continue
        # Prefer higher quality, then the spec's own media type, then the client's order.
        rank = (quality, offer == GRAPHQL_RESPONSE_JSON, -position)
        if quality > 0 and (best_rank is None or rank > best_rank):
            best_offer, best_rank = offer, rank
    return best_offer


def client_ip(request: Request, settings: Settings) -> str:
    """The client's address. Behind `TRUSTED_PROXY_COUNT` proxies (with `TRUST_FORWARDED_FOR`),
    each proxy appends the address it received the request from to `X-Forwarded-For`, so the
    N-th entry from the right was written by our outermost proxy; everything left of it came
    from the client and may be forged. With fewer entries than proxies, the header was not set
    by our proxies and the peer's address is used."""
    peer = request.client.host if request.client else "unknown"
    if not settings.trust_forwarded_for:
        return peer
    entries = [part.strip() for header in request.headers.getlist("x-forwarded-for") for part in header.split(",")]
    count = settings.trusted_proxy_count
    if count < 1 or len(entries) < count or not entries[-count]:
        return peer
    return entries[-count][:64]


def json_depth_exceeds(value: object, limit: int) -> bool:
    """Whether arrays and objects nest deeper than `limit` (iterative: no recursion to exhaust)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-api-key") or None


class HuikuanGraphQL(GraphQL):
    def __init__(self, schema: Any, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            allow_queries_via_get=True,
            multipart_uploads_enabled=False,
        )
        self.settings = settings

    async def get_context(self, request: Any, response: Any) -> Context:
        request_id = request.state.request_id
        ip = client_ip(request, self.settings)
        auth = await authenticate(
            self.settings,
            bearer=bearer_token(request),
            org_header=request.headers.get("x-organization"),
            ip=ip,
            request_id=request_id,
        )
        context = Context(
            request=request, response=response, settings=self.settings, auth=auth, request_id=request_id, ip=ip
        )
        if auth.actor is not None:
            # Only a signed-in caller may send an import file (base64 in `importStart`); the body
            # is read after this, so everyone else stays at the general limit.
            set_body_limit(request.scope, self.settings.max_upload_body_bytes)
        _context.set(context)
        return context

    def decode_json(self, data: str | bytes) -> object:
        """The body as one JSON object (or a batch list), or a 400: never a 500 for any bytes."""
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
        except UnicodeDecodeError:
            raise HTTPException(400, "The request body is not UTF-8 text.") from None
        try:
            value = json.loads(text)
        except RecursionError:
            raise HTTPException(400, "The request body is nested too deeply.") from None
        except ValueError as exc:  # JSONDecodeError, and integers beyond Python's digit limit
            raise HTTPException(400, f"Unable to parse request body as JSON: {exc}") from None
        if not isinstance(value, dict):
            raise HTTPException(400, "The request body must be a JSON object.")
        if json_depth_exceeds(value, self.settings.max_json_depth):
            raise HTTPException(400, f"The request body is nested deeper than {self.settings.max_json_depth} levels.")
        return value

    async def execute_single(self, request, request_adapter, sub_response, context, root_value, request_data):  # type: ignore[override]
        try:
            return await super().execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )
        except HTTPException as exc:
            cause = exc.__cause__
            if isinstance(cause, InvalidOperationTypeError) and request_adapter.method == "GET":
                raise HTTPException(405, cause.as_http_error_reason("GET")) from cause
            raise

    async def process_result(self, request: Any, result: ExecutionResult) -> dict[str, Any]:
        data: dict[str, Any] = await super().process_result(request, result)
        context = _context.get()
        if _media_type.get() == GRAPHQL_RESPONSE_JSON and context is not None and not context.executed:
            # A request error: the document did not parse or validate. No `data` entry.
            data.pop("data", None)
        return data

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        media_type = _media_type.get()
        response.headers["content-type"] = f"{media_type}; charset=utf-8"
        if media_type == GRAPHQL_RESPONSE_JSON and isinstance(response_data, dict) and "data" not in response_data:
            response.status_code = 400
        return response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)
        media_type = negotiate(request.headers.get("accept"))
        if media_type is None:
            response: Response = _error_response(
                406, f"Accept {GRAPHQL_RESPONSE_JSON} or {JSON}.", JSON
            )
        else:
            token = _media_type.set(media_type)
            try:
                response = await self.run(request)
            except HTTPException as exc:
                response = _error_response(exc.status_code, exc.reason, media_type)
                if exc.status_code == 405:
                    response.headers["allow"] = "GET, POST" if request.method not in ("GET", "POST") else "POST"
            finally:
                _media_type.reset(token)
        await response(scope, receive, send)


def _error_response(status: int, message: str, media_type: str) -> Response:
    return Response(
        json.dumps({"errors": [{"message": message}]}),
        status_code=status,
        media_type=f"{media_type}; charset=utf-8",
    )
