"""POST /webhooks/{provider}/{token}: the raw request handed to the service, the body read with a cap."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from ..api.view import client_ip
from ..config import get_settings
from . import service


async def _body(request: Request, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)


async def webhook(request: Request) -> Response:
    body = await _body(request, service.MAX_BODY_BYTES)
    headers = {key.lower(): value for key, value in request.headers.items()}
    return await service.receive(
        request.path_params["provider"], request.path_params["token"], headers, body, getattr(request.state, "request_id", None),
        client_ip(request, get_settings()),
    )
